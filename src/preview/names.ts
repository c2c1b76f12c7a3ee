import { createHash } from 'node:crypto';

export const maxNamespaceLength = 63;
const maxHostLength = 253;

/** Lowercase DNS-1123 label characters only, no leading/trailing or doubled dashes. */
export function sanitizeDnsLabel(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

function substitute(pattern: string, values: { app: string; pr: number }): string {
  return pattern.replaceAll('${app}', values.app).replaceAll('${pr}', String(values.pr));
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * Namespace for a PR preview: the pattern (default `${app}-pr-${pr}`) sanitized to a DNS-1123 label of at most 63
 * characters. A long app name is shortened first so the PR number survives; if the pattern alone is too long, the
 * name is cut and a hash of the full name keeps it unique.
 */
export function previewNamespace(pattern: string, values: { app: string; pr: number }): string {
  const app = sanitizeDnsLabel(values.app) || 'app';
  const full = sanitizeDnsLabel(substitute(pattern, { app, pr: values.pr }));
  if (full.length <= maxNamespaceLength) return full;
  const overflow = full.length - maxNamespaceLength;
  if (pattern.includes('${app}') && app.length - overflow >= 1) {
    const shortened = app.slice(0, app.length - overflow).replace(/-+$/, '');
    const name = sanitizeDnsLabel(substitute(pattern, { app: shortened, pr: values.pr }));
    if (name.length <= maxNamespaceLength && name.length > 0) return name;
  }
  const hash = shortHash(full);
  return `${full.slice(0, maxNamespaceLength - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

/** Host for a PR preview from a pattern like `pr-${pr}.preview.example.com`; each label made DNS-safe. */
export function previewHost(pattern: string, values: { app: string; pr: number }): string {
  const host = substitute(pattern, { app: sanitizeDnsLabel(values.app) || 'app', pr: values.pr })
    .split('.')
    .map((label) => (label === '*' ? label : sanitizeDnsLabel(label).slice(0, 63).replace(/-+$/, '')))
    .filter((label) => label !== '')
    .join('.');
  if (host.length > maxHostLength) throw new Error(`preview host ${host} is longer than ${maxHostLength} characters`);
  return host;
}
