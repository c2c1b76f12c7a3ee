import { FIELD_MANAGER } from '../cluster/client.js';
import { K8deployerError } from '../errors.js';
import { refKey, refOf, type KubeObject } from '../kube/object.js';
import { ApplySetKeys } from './applyset.js';

/** Who a live object belongs to, as far as k8deployer can tell from the object alone. */
export const Owner = {
  /** Labelled as a member of this ApplySet, or written by k8deployer before ApplySet labels existed. */
  Ours: 'ours',
  /** Labelled as a member of another ApplySet (another app, another repository, kubectl --applyset). */
  OtherApplySet: 'other-applyset',
  /** Neither: created by a person, a controller or another tool. */
  Foreign: 'foreign',
} as const;
export type Owner = (typeof Owner)[keyof typeof Owner];

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
}

/**
 * Field managers k8deployer has used (one fixed name today; a per-app suffix is reserved for the future).
 *
 * Why one manager and not `k8deployer-<app>`: with per-app managers two apps writing one field would conflict
 * instead of silently trading ownership, but the ownership check above already refuses to apply one app's object
 * from another app (another ApplySet's label) without adopt, so two apps never write the same object by accident.
 * Switching managers is also not free: server-side apply leaves the old manager owning every field, so a field
 * later dropped from the spec would stay (owned by `k8deployer`) instead of being removed; doing it right means
 * rewriting each object's managedFields the way kubectl's csaupgrade does (a JSON patch on metadata.managedFields
 * guarded by resourceVersion), once per object, and keeping both names "ours" meanwhile. That is a migration of every
 * live object with its own failure modes, left for when per-app ownership of shared objects is actually needed.
 */
export function isOurFieldManager(manager: string | undefined): boolean {
  return manager === FIELD_MANAGER || (manager?.startsWith(`${FIELD_MANAGER}-`) ?? false);
}

/**
 * "Did k8deployer create this?" answered from the live object: our ApplySet's part-of label, or (no part-of label at
 * all) a k8deployer field manager. The second case covers objects applied by k8deployer whose label a person removed
 * or that predate the label; it is never taken as ours when another ApplySet's label is present.
 */
export function ownerOf(live: KubeObject, applySetId: string): Owner {
  const partOf = live.metadata.labels?.[ApplySetKeys.partOf];
  if (partOf === applySetId) return Owner.Ours;
  if (partOf) return Owner.OtherApplySet;
  const managers = (live.metadata['managedFields'] as ManagedFieldsEntry[] | undefined) ?? [];
  return managers.some((entry) => isOurFieldManager(entry.manager)) ? Owner.Ours : Owner.Foreign;
}

/** Refused: applying would silently take over an object k8deployer did not create. */
export class AdoptionRefusedError extends K8deployerError {}

/** Names the object, who holds it, and the setting that allows taking it over. */
export function adoptionRefused(live: KubeObject, owner: Owner): AdoptionRefusedError {
  const what = refKey(refOf(live));
  const managers = ((live.metadata['managedFields'] as ManagedFieldsEntry[] | undefined) ?? [])
    .map((entry) => entry.manager)
    .filter((manager): manager is string => Boolean(manager));
  const holder =
    owner === Owner.OtherApplySet
      ? `it belongs to another ApplySet (${ApplySetKeys.partOf}=${live.metadata.labels?.[ApplySetKeys.partOf] ?? ''})`
      : `it was not created by k8deployer${managers.length > 0 ? ` (managed by ${[...new Set(managers)].join(', ')})` : ''}`;
  return new AdoptionRefusedError(
    `${what} already exists and ${holder}; refusing to take it over. Rename the object, delete it, or set adopt (--adopt, action input adopt) to make it part of this app`,
  );
}
