// The permission pre-check of `plan`: the facts come from the plan itself (what it found to create, patch,
// replace and prune), so plan fails exactly where the deploy would hit "forbidden".
import type { ClusterClient } from '../cluster/client.js';
import { ChangeAction } from '../events.js';
import { refKey, refOf, type KubeObject } from '../kube/object.js';
import { checkPermissions, readNamespace } from './permission-check.js';
import type { ClusterPlan } from './plan.js';

/** Throws PermissionError naming every permission the deploy of this plan would lack; else a note or undefined. */
export async function checkPlanPermissions(
  client: ClusterClient,
  plan: ClusterPlan,
  createsNamespace: boolean,
): Promise<string | undefined> {
  const actions = new Map(plan.objects.map((entry) => [entry.key, entry.action]));
  const actionOf = (object: KubeObject) => actions.get(refKey(refOf(object)));
  // Read as deploy reads it: a namespace the credentials may not read is taken to exist, and to be managed.
  const namespace = createsNamespace ? await readNamespace(client, plan.namespace) : { exists: true };
  // The plan leaves out an existing namespace that is someone else's: deployed into as it is, never patched.
  const planned = plan.objects.some(
    (entry) => entry.object.kind === 'Namespace' && entry.object.metadata.name === plan.namespace,
  );
  return checkPermissions(
    client,
    { namespace: plan.namespace, objects: plan.objects.map((entry) => entry.object), createsNamespace },
    {
      exists: (object) => actionOf(object) !== ChangeAction.Create,
      replaced: (object) => actionOf(object) === ChangeAction.Replace,
      prune: plan.prune,
      namespace: {
        exists: namespace.exists,
        managed: ('unreadable' in namespace && namespace.unreadable === true) || planned,
      },
    },
  );
}
