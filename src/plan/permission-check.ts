// The permission pre-check of `plan` and `deploy`: from what the deploy would do (each object created or patched,
// replaced, pruned; the namespace; the lease, the ApplySet parent, the watches), the permissions RBAC does not
// grant, all named in one error before anything is written. Both commands compute the same needs from the same
// facts, so a plan passes exactly when the deploy would not hit "forbidden".
import type { ClusterClient } from '../cluster/client.js';
import { UnknownKindError } from '../cluster/discovery.js';
import { isForbidden } from '../cluster/errors.js';
import { reviewPermissions } from './permission-review.js';
import { K8deployerError } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import { forbiddenMessage, requiredPermissions, type NeededObject, type ResourceOf } from './permissions.js';

/** The credentials lack permissions the deploy needs: every one is in the message. Exit code 1 (a cluster failure). */
export class PermissionError extends K8deployerError {}

export interface DeployFacts {
  /** The desired object exists on the cluster (it is patched, not created). */
  exists(object: KubeObject): boolean;
  /** The desired object is deleted and re-created. */
  replaced?(object: KubeObject): boolean;
  /** What a prune would delete. */
  prune: KubeObject[];
  /** The app namespace exists; and (when the app creates it) whether the Namespace object is managed by the app. */
  namespace: { exists: boolean; managed: boolean };
}

/** Throws PermissionError naming every missing permission; returns a note when the check could not be made. */
export async function checkPermissions(
  client: ClusterClient,
  rendered: { namespace: string; objects: KubeObject[]; createsNamespace: boolean },
  facts: DeployFacts,
): Promise<string | undefined> {
  const { createsNamespace } = rendered;
  const appNamespace = (object: KubeObject) =>
    object.kind === 'Namespace' && object.metadata.name === rendered.namespace;
  const objects: NeededObject[] = [];
  for (const object of rendered.objects) {
    if (appNamespace(object)) continue;
    const resource = await resourceOf(client, object);
    // A kind whose CRD this same deploy creates: nothing to review yet (creating the CRD is reviewed).
    if (!resource) continue;
    objects.push({
      resource,
      kind: object.kind,
      exists: facts.exists(object),
      ...(facts.replaced?.(object) ? { replace: true } : {}),
      ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
    });
  }
  const prune = (
    await Promise.all(
      facts.prune.map(async (object) => {
        const resource = await resourceOf(client, object);
        return resource
          ? [{ resource, ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}) }]
          : [];
      }),
    )
  ).flat();
  const needs = requiredPermissions({
    namespace: rendered.namespace,
    objects,
    prune,
    ...(createsNamespace ? { namespaceObject: facts.namespace } : {}),
  });
  const review = await reviewPermissions(client, needs);
  if ('skipped' in review) return `permission pre-check skipped: ${review.skipped}`;
  if (review.missing.length > 0) {
    throw new PermissionError(forbiddenMessage(review.missing, { namespace: rendered.namespace, createsNamespace }));
  }
  return undefined;
}

/** Whether the rendered app creates (and labels) its own namespace: `createNamespace` is not false. */
export function createsOwnNamespace(rendered: { namespace: string; objects: { object: KubeObject }[] }): boolean {
  return rendered.objects.some(
    ({ object }) => object.kind === 'Namespace' && object.metadata.name === rendered.namespace,
  );
}

/**
 * The app namespace, read. Credentials scoped to the namespace may not read the Namespace object itself: then it is
 * taken to exist (the Role that scopes them lives in it), and a write into it says otherwise.
 */
export async function readNamespace(
  client: ClusterClient,
  name: string,
): Promise<{ exists: boolean; live?: KubeObject; unreadable?: boolean }> {
  try {
    const live = await client.get({ apiVersion: 'v1', kind: 'Namespace', name });
    return live ? { exists: true, live } : { exists: false };
  } catch (error) {
    if (isForbidden(error)) return { exists: true, unreadable: true };
    throw error;
  }
}

async function resourceOf(client: ClusterClient, object: KubeObject): Promise<ResourceOf | undefined> {
  try {
    return await client.resource(object.apiVersion, object.kind);
  } catch (error) {
    if (error instanceof UnknownKindError) return undefined;
    throw error;
  }
}
