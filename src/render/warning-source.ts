// Where a render warning's offending field was written: in a manifest file of a `kind: manifests` component (the
// object's document, then the field in it), else in the spec (the component's probe, ports or the component). So the
// CLI prints `file:line:col: warning: …` and the action annotates that line, as it does for spec errors.
import path from 'node:path';
import { locate, type SourceDocument } from '../spec/yaml-source.js';
import { lineColumn } from '../spec/line-index.js';
import type { RenderWarning } from './warnings.js';

export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

export interface WarningSources {
  document: SourceDocument;
  /** Contents of every file the spec references, by the path as written. */
  files: ReadonlyMap<string, string>;
  /** Component name → JSON pointer of the component in the spec. */
  componentPointers: ReadonlyMap<string, string>;
}

export function warningSource(warning: RenderWarning, sources: WarningSources): SourcePosition | undefined {
  const pointer = sources.componentPointers.get(warning.component);
  if (pointer === undefined) return undefined;
  const { document } = sources;
  const component = valueAt(document.value, pointer) as { files?: unknown } | undefined;
  const files = Array.isArray(component?.files) ? component.files.filter((file) => typeof file === 'string') : [];
  for (const file of files) {
    const text = sources.files.get(file);
    const offset = text === undefined ? undefined : fieldOffset(text, warning);
    if (text !== undefined && offset !== undefined) {
      return { file: path.join(path.dirname(document.file), file), ...lineColumn(text, offset) };
    }
  }
  const candidates = specPointers(pointer, warning);
  const found = candidates.find((candidate) => document.valueOffsets.has(candidate)) ?? pointer;
  return { file: document.file, ...locate(document, found, true) };
}

/** The line `render` prints for a warning: `file:line:col: warning: cluster …, component …: …`. */
export function warningLine(cluster: string, warning: RenderWarning, source: SourcePosition | undefined): string {
  const at = source ? `${source.file}:${source.line}:${source.column}: ` : '';
  return `${at}warning: cluster ${cluster}, component ${warning.component}: ${warning.message}`;
}

/** The spec fields a generated object's offending field comes from, most precise first. */
function specPointers(component: string, warning: RenderWarning): string[] {
  const { field } = warning;
  if (field.kind === 'probe') {
    const probe = `${component}/probes/${field.probe}`;
    return [`${probe}/port`, probe, `${component}/probes`, `${component}/port`, `${component}/ports`];
  }
  if (field.kind === 'targetPort') return [`${component}/port`, `${component}/ports`, `${component}/patches`];
  return [`${component}/patches`];
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The offset of the offending field in a manifest file: the YAML document whose kind and name are the object's, then
 * the field's key in it. A text search, not a parse: the file was parsed when it was rendered, and here only a
 * position is wanted (undefined when the object is not found as written, e.g. built by variables).
 */
export function fieldOffset(text: string, warning: RenderWarning): number | undefined {
  const { kind, name } = warning.object;
  const starts = [0, ...[...text.matchAll(/^---.*$/gm)].map((match) => match.index + match[0].length)];
  const kindLine = new RegExp(`^kind:\\s*['"]?${escapeRegExp(kind)}['"]?\\s*$`, 'm');
  const nameLine = new RegExp(`^\\s+name:\\s*['"]?${escapeRegExp(name)}['"]?\\s*$`, 'm');
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? text.length;
    const body = text.slice(start, end);
    if (!kindLine.test(body) || !nameLine.test(body)) continue;
    const at = keyIn(body, warning);
    return at === undefined ? start + (kindLine.exec(body)?.index ?? 0) : start + at;
  }
  return undefined;
}

function keyIn(body: string, warning: RenderWarning): number | undefined {
  const { field } = warning;
  const keyAt = (pattern: RegExp, from = 0): number | undefined => {
    pattern.lastIndex = from;
    const match = pattern.exec(body);
    return match ? match.index + (match[1]?.length ?? 0) : undefined;
  };
  if (field.kind === 'selector') return keyAt(/^(\s*)selector:/gm, Math.max(0, body.indexOf('\nspec:')));
  if (field.kind === 'targetPort') {
    return keyAt(
      new RegExp(`^(\\s*(?:-\\s+)?)targetPort:\\s*['"]?${escapeRegExp(String(field.target))}['"]?\\s*$`, 'gm'),
    );
  }
  const probe = keyAt(new RegExp(`^(\\s*)${field.probe}Probe:`, 'gm'));
  if (probe === undefined) return undefined;
  return keyAt(new RegExp(`^(\\s*)port:\\s*['"]?${escapeRegExp(String(field.port))}['"]?\\s*$`, 'gm'), probe) ?? probe;
}
