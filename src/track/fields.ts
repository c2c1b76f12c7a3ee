import type { KubeObject } from '../kube/object.js';

/** Safe readers for the loosely typed JSON of a live object (status fields may be absent at any depth). */
export function field(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function numberAt(value: unknown, ...path: string[]): number | undefined {
  const found = field(value, ...path);
  return typeof found === 'number' ? found : undefined;
}

export function stringAt(value: unknown, ...path: string[]): string | undefined {
  const found = field(value, ...path);
  return typeof found === 'string' ? found : undefined;
}

export function arrayAt(value: unknown, ...path: string[]): unknown[] {
  const found = field(value, ...path);
  return Array.isArray(found) ? found : [];
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export function conditionsOf(object: unknown): Condition[] {
  return arrayAt(object, 'status', 'conditions').filter(
    (entry): entry is Condition =>
      typeof field(entry, 'type') === 'string' && typeof field(entry, 'status') === 'string',
  );
}

export function condition(object: unknown, type: string): Condition | undefined {
  return conditionsOf(object).find((entry) => entry.type === type);
}

export function generationOf(object: KubeObject): number | undefined {
  return numberAt(object, 'metadata', 'generation');
}

export function uidOf(object: KubeObject): string | undefined {
  return stringAt(object, 'metadata', 'uid');
}

export function ownedBy(object: KubeObject, ownerUid: string | undefined): boolean {
  if (!ownerUid) return false;
  return arrayAt(object, 'metadata', 'ownerReferences').some((owner) => field(owner, 'uid') === ownerUid);
}

/**
 * The latest instant a Kubernetes timestamp can stand for, in ms; NaN when absent or unreadable. metav1.Time (a
 * condition's lastTransitionTime, an event's firstTimestamp) has whole seconds: `07:19:10Z` is any moment of that
 * second, so counting a fail-fast window from its start would let a 1 s window close a few ms after the signal
 * appeared. The end of the second never fails early; stamps with a fraction (MicroTime eventTime) are exact.
 */
export function latestInstantOf(stamp: string | undefined): number {
  if (!stamp) return Number.NaN;
  const at = Date.parse(stamp);
  return /:\d{2}(Z|[+-]\d{2}:\d{2})$/i.test(stamp) ? at + 999 : at;
}
