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
