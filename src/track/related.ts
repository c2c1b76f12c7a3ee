import type { KubeObject } from '../kube/object.js';
import { uidOf } from './fields.js';

/** Which of an object's shared watches an update came from. */
export type WatchRole = 'self' | 'pods' | 'replicaSets' | 'events';

/** Looks up the current copy of a related object by name (the shared informers' caches). */
export interface RelatedLookup {
  pod(name: string): KubeObject | undefined;
  replicaSet(name: string): KubeObject | undefined;
}

/**
 * Whether an update on one of the namespace-wide watches can change the verdict on `tracked`: its own copy, a
 * ReplicaSet it owns, a pod it owns (directly or through such a ReplicaSet), or an event about any of these. Every
 * wait in a namespace listens to the same watches, and without this filter each pod update re-evaluated every
 * waiting workload against every pod: quadratic in a 500-component app. When it cannot tell (an owner not in the
 * cache yet, an object without uid) it answers true: an extra evaluation is harmless, a missed one is not.
 */
export function isRelated(tracked: KubeObject, role: WatchRole, object: KubeObject, lookup: RelatedLookup): boolean {
  const uid = uidOf(tracked);
  if (role === 'self') return object.metadata.name === tracked.metadata.name;
  if (uid === undefined) return true;
  if (role === 'replicaSets') return ownerUids(object).includes(uid);
  if (role === 'pods') return podRelated(object, uid, lookup);
  const involved = object['involvedObject'] as { kind?: string; name?: string; uid?: string } | undefined;
  if (!involved?.uid || involved.uid === uid) return true;
  if (involved.kind === 'Pod' && involved.name) {
    const pod = lookup.pod(involved.name);
    return !pod || podRelated(pod, uid, lookup);
  }
  if (involved.kind === 'ReplicaSet' && involved.name) {
    const replicaSet = lookup.replicaSet(involved.name);
    return !replicaSet || ownerUids(replicaSet).includes(uid);
  }
  return involved.name === tracked.metadata.name;
}

function podRelated(pod: KubeObject, uid: string, lookup: RelatedLookup): boolean {
  if (uidOf(pod) === uid) return true;
  const owners = ownerReferences(pod);
  if (owners.some((owner) => owner.uid === uid)) return true;
  return owners.some((owner) => {
    if (owner.kind !== 'ReplicaSet' || !owner.name) return false;
    const replicaSet = lookup.replicaSet(owner.name);
    return !replicaSet || ownerUids(replicaSet).includes(uid);
  });
}

function ownerReferences(object: KubeObject): { kind?: string; name?: string; uid?: string }[] {
  const owners = object.metadata['ownerReferences'];
  return Array.isArray(owners) ? (owners as { kind?: string; name?: string; uid?: string }[]) : [];
}

function ownerUids(object: KubeObject): string[] {
  return ownerReferences(object)
    .map((owner) => owner.uid)
    .filter((value): value is string => typeof value === 'string');
}
