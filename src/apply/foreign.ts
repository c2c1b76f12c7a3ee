import type { ClusterClient } from '../cluster/client.js';
import { K8deployerError } from '../errors.js';
import { refKey, refOf, type KubeObject } from '../kube/object.js';
import { ApplySetKeys, RevisionKeys } from '../inventory/applyset.js';

/** Made by Kubernetes itself in every namespace, or derived from other objects: never "someone's object". */
const AUTOMATIC = new Set(['ConfigMap/kube-root-ca.crt', 'ServiceAccount/default']);
const DERIVED_KINDS = new Set(['Event', 'Endpoints', 'EndpointSlice']);

/** How many foreign objects an error names. */
export const FOREIGN_LISTED = 5;

/**
 * Objects in the namespace that are not this app's: not members of its ApplySet, not its own bookkeeping (parent,
 * chunks, lease), not made by Kubernetes itself, and not owned by another object (pods of a ReplicaSet are covered
 * by the Deployment that owns them). `ours` adds objects known to be the app's without a label (claim-template PVCs).
 */
export async function foreignObjects(
  client: ClusterClient,
  namespace: string,
  options: { applySetId: string; app: string; ours?: KubeObject[] },
): Promise<KubeObject[]> {
  const ours = new Set((options.ours ?? []).map((object) => refKey(refOf(object))));
  const resources = (await client.allResources()).filter(
    (resource) =>
      resource.namespaced && (resource.verbs ?? ['list']).includes('list') && !DERIVED_KINDS.has(resource.kind),
  );
  const lists = await Promise.all(
    resources.map((resource) => client.list(resource.apiVersion, resource.kind, { namespace }).catch(() => [])),
  );
  return lists.flat().filter((object) => {
    const { labels = {} } = object.metadata;
    if (labels[ApplySetKeys.partOf] === options.applySetId) return false;
    if (labels[RevisionKeys.app] === options.app && object.metadata.name.startsWith('k8deployer-')) return false;
    if (AUTOMATIC.has(`${object.kind}/${object.metadata.name}`)) return false;
    if (((object.metadata['ownerReferences'] as unknown[] | undefined) ?? []).length > 0) return false;
    if (object.metadata['deletionTimestamp']) return false;
    if (derivedSecret(object)) return false;
    return !ours.has(refKey(refOf(object)));
  });
}

/** Refuses to delete a namespace that still holds objects of others, naming some of them. */
export function namespaceNotEmptyError(namespace: string, foreign: KubeObject[]): K8deployerError {
  const named = foreign.slice(0, FOREIGN_LISTED).map((object) => `${object.kind} ${object.metadata.name}`);
  const more = foreign.length > FOREIGN_LISTED ? ` and ${foreign.length - FOREIGN_LISTED} more` : '';
  return new K8deployerError(
    `not deleting namespace ${namespace}: it holds objects that are not part of this app (${named.join(', ')}${more}); ` +
      'delete or move them first, or delete the namespace yourself',
  );
}

/**
 * Secrets a controller writes for another object, without an owner reference: cert-manager's certificate Secrets
 * (for our Ingress; a Certificate someone else made is itself foreign) and legacy ServiceAccount tokens.
 */
function derivedSecret(object: KubeObject): boolean {
  if (object.kind !== 'Secret') return false;
  const annotations = object.metadata.annotations ?? {};
  return (
    object['type'] === 'kubernetes.io/service-account-token' ||
    annotations['cert-manager.io/certificate-name'] !== undefined
  );
}
