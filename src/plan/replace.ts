// A planned replace: the server refuses the dry run because an immutable field changes (a Job's pod template on
// every image bump, a Service's clusterIP, a StatefulSet's volumeClaimTemplates). Deploy deletes and re-creates
// such an object when replaceOnImmutable is set (Jobs by default) and fails otherwise; the plan says the same.
import { immutableFields } from '../cluster/errors.js';
import { describeError } from '../errors.js';
import { ChangeAction, type PlannedChange } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import type { DesiredObject } from '../render/types.js';
import { objectDiff } from './diff.js';

export type ReplaceVerdict =
  | { kind: 'replace'; change: Omit<PlannedChange, 'component' | 'ref'> }
  | { kind: 'refused'; problem: string }
  | { kind: 'other' };

/** What deploy will do with an object whose dry run failed with `error`. */
export function replaceVerdict(
  error: unknown,
  desired: DesiredObject,
  live: KubeObject,
  sent: KubeObject,
): ReplaceVerdict {
  const fields = immutableFields(error);
  if (fields.length === 0) return { kind: 'other' };
  if (!desired.options?.replaceOnImmutable) {
    // Deploy's own wording (apply/execute.ts), so plan and deploy fail alike.
    return {
      kind: 'refused',
      problem: `${describeError(error)} (set replaceOnImmutable on the component to delete and re-create it)`,
    };
  }
  return {
    kind: 'replace',
    change: {
      action: ChangeAction.Replace,
      immutableFields: fields,
      diff: objectDiff(live, overlay(live, sent) as KubeObject),
    },
  };
}

/**
 * The live object with the desired one laid over it, close to what the server would store (the dry run that
 * would say it exactly is the one refused): maps merge, lists of named items merge by name, other values replace.
 * Server defaults stay as they are live, so the diff shows what the spec changes, not every default.
 */
export function overlay(live: unknown, desired: unknown): unknown {
  if (Array.isArray(desired)) {
    if (!Array.isArray(live) || !desired.every(isNamed)) return structuredClone(desired);
    const byName = new Map(live.filter(isNamed).map((item) => [item['name'], item]));
    return desired.map((item) => overlay(byName.get(item['name']), item));
  }
  if (isRecord(desired)) {
    if (!isRecord(live)) return structuredClone(desired);
    const merged: Record<string, unknown> = { ...structuredClone(live) };
    for (const [key, value] of Object.entries(desired)) merged[key] = overlay(live[key], value);
    return merged;
  }
  return desired;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNamed(value: unknown): value is Record<string, unknown> & { name: string } {
  return isRecord(value) && typeof value['name'] === 'string';
}
