import { dump } from 'js-yaml';
import type { KubeObject } from '../kube/object.js';

const SERVER_FIELDS = ['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp', 'selfLink'];

/** The parts of an object a user changes: server bookkeeping and status removed. A copy. */
export function comparable(object: KubeObject): KubeObject {
  const copy = structuredClone(object);
  for (const field of SERVER_FIELDS) delete copy.metadata[field];
  delete copy['status'];
  return copy;
}

export function sameObject(a: KubeObject, b: KubeObject): boolean {
  return toYaml(comparable(a)) === toYaml(comparable(b));
}

/**
 * Secret values never appear in a plan: both sides show a placeholder, which differs between the sides only when the
 * value changed, so the diff still says *which* keys change.
 */
export function maskSecrets(live: KubeObject, desired: KubeObject): { live: KubeObject; desired: KubeObject } {
  if (live.kind !== 'Secret' && desired.kind !== 'Secret') return { live, desired };
  const maskedLive = structuredClone(live);
  const maskedDesired = structuredClone(desired);
  for (const field of ['data', 'stringData']) {
    const before = (live[field] ?? {}) as Record<string, unknown>;
    const after = (desired[field] ?? {}) as Record<string, unknown>;
    if (field in live) maskedLive[field] = Object.fromEntries(Object.keys(before).map((key) => [key, placeholder(before[key], after[key], 'old')]));
    if (field in desired) maskedDesired[field] = Object.fromEntries(Object.keys(after).map((key) => [key, placeholder(after[key], before[key], 'new')]));
  }
  return { live: maskedLive, desired: maskedDesired };
}

function placeholder(value: unknown, other: unknown, side: 'old' | 'new'): string {
  return value === other ? '(masked)' : `(masked, ${side} value)`;
}

export function toYaml(object: unknown): string {
  return dump(object, { noRefs: true, lineWidth: -1, sortKeys: true });
}

/** A unified diff of the two objects' YAML (sorted keys), `context` unchanged lines around each change. */
export function objectDiff(live: KubeObject, desired: KubeObject, context = 3): string {
  const masked = maskSecrets(comparable(live), comparable(desired));
  return unifiedDiff(toYaml(masked.live).split('\n'), toYaml(masked.desired).split('\n'), context);
}

/** Line diff by longest common subsequence; objects are small (hundreds of lines), so O(n·m) is fine. */
export function unifiedDiff(before: string[], after: string[], context = 3): string {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = m - 1; j >= 0; j -= 1) {
      row[j] = before[i] === after[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const lines: { mark: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      lines.push({ mark: ' ', text: before[i] ?? '' });
      i += 1;
      j += 1;
    } else if (j < m && (i >= n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      lines.push({ mark: '+', text: after[j] ?? '' });
      j += 1;
    } else {
      lines.push({ mark: '-', text: before[i] ?? '' });
      i += 1;
    }
  }
  const changed = lines.map((line, index) => (line.mark !== ' ' ? index : -1)).filter((index) => index >= 0);
  if (changed.length === 0) return '';
  const shown = new Set<number>();
  for (const index of changed) {
    for (let k = Math.max(0, index - context); k <= Math.min(lines.length - 1, index + context); k += 1) shown.add(k);
  }
  const output: string[] = [];
  let previous = -1;
  for (let index = 0; index < lines.length; index += 1) {
    if (!shown.has(index)) continue;
    if (previous >= 0 && index !== previous + 1) output.push('@@');
    const line = lines[index];
    if (line && !(line.mark === ' ' && line.text === '')) output.push(`${line.mark} ${line.text}`.trimEnd());
    previous = index;
  }
  return output.join('\n');
}
