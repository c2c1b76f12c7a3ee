import { structuredPatch } from 'diff';
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
 * True when applying would change nothing that matters: the server's dry-run result equals the live object in
 * everything a user sets (generation and resourceVersion aside) and in who owns which field. Both plan and deploy
 * decide "unchanged" with this, so they agree, and deploy skips the real apply.
 *
 * Comparing the server's own answer (not our desired manifest) is what makes this general: it has the defaults,
 * the quantity and int-or-string normalisation, and drops empty lists the way storage does. The generation is
 * ignored on purpose: some strategies (NetworkPolicy) bump it when an empty list (`ingress: []`) meets the stored
 * absent field, although storage then writes the same spec; that bump alone must not count as a change.
 * Field ownership counts (timestamps aside) so that force-conflicts still takes a field another manager holds.
 */
export function unchangedByApply(live: KubeObject, dryRun: KubeObject): boolean {
  return sameObject(live, dryRun) && toYaml(ownership(live)) === toYaml(ownership(dryRun));
}

function ownership(object: KubeObject): unknown[] {
  const entries = (object.metadata['managedFields'] as Record<string, unknown>[] | undefined) ?? [];
  return entries
    .map((entry) => {
      const copy = { ...entry };
      delete copy['time'];
      return copy;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
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
    if (field in live)
      maskedLive[field] = Object.fromEntries(
        Object.keys(before).map((key) => [key, placeholder(before[key], after[key], 'old')]),
      );
    if (field in desired)
      maskedDesired[field] = Object.fromEntries(
        Object.keys(after).map((key) => [key, placeholder(after[key], before[key], 'new')]),
      );
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

/** A unified diff (jsdiff) of two line lists: hunks of `context` unchanged lines around each change, `@@` between. */
export function unifiedDiff(before: string[], after: string[], context = 3): string {
  const patch = structuredPatch('live', 'desired', `${before.join('\n')}\n`, `${after.join('\n')}\n`, '', '', {
    context,
  });
  return patch.hunks
    .map((hunk) =>
      hunk.lines
        .filter((line) => line.trim() !== '')
        .map((line) => `${line.charAt(0)} ${line.slice(1)}`.trimEnd())
        .join('\n'),
    )
    .join('\n@@\n');
}
