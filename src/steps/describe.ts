import type { HttpStep } from './types.js';

/** The request in a few words for logs and reports: `POST https://example.com/hooks`. Never a header or body. */
export function describeRequest(step: Pick<HttpStep, 'method' | 'url'>): string {
  const url = step.url.length > 200 ? `${step.url.slice(0, 200)}…` : step.url;
  return `${step.method} ${url}`;
}
