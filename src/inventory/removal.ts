import type { KubeObject } from '../kube/object.js';
import { ApplySetKeys, RevisionKeys, memberKey } from './applyset.js';

export interface RemovalFlags {
  deleteNamespaces: boolean;
  deletePvcs: boolean;
  /**
   * CustomResourceDefinitions that left the set (deleting a CRD deletes every CR of it); no setting turns it on yet.
   */
  deleteCrds: boolean;
}

/** Objects in these are never ours to remove. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/** Namespaces that are never deleted, even when labelled as ours. */
const PROTECTED_NAMESPACES = new Set([...SYSTEM_NAMESPACES, 'default']);

/**
 * Which live members may go: never objects annotated to keep, never another ApplySet's objects, never system
 * namespaces; Namespaces, CRDs and PVCs only when the matching flag is set.
 */
export function removable(member: KubeObject, applySetId: string, flags: RemovalFlags): boolean {
  if (member.metadata.labels?.[ApplySetKeys.partOf] !== applySetId) return false;
  if (member.metadata.annotations?.[RevisionKeys.keep] === 'true') return false;
  if (member.metadata.annotations?.['helm.sh/resource-policy'] === 'keep') return false;
  if (member.kind === 'Namespace') return flags.deleteNamespaces && !PROTECTED_NAMESPACES.has(member.metadata.name);
  if (member.kind === 'CustomResourceDefinition') return flags.deleteCrds;
  if (member.kind === 'PersistentVolumeClaim') return flags.deletePvcs;
  return !SYSTEM_NAMESPACES.has(member.metadata.namespace ?? '');
}

/** Members of the old set that the new desired set no longer has. */
export function pruneCandidates(
  members: KubeObject[],
  desired: KubeObject[],
  applySetId: string,
  flags: RemovalFlags,
): KubeObject[] {
  const wanted = new Set(desired.map(memberKey));
  return members.filter((member) => !wanted.has(memberKey(member)) && removable(member, applySetId, flags));
}
