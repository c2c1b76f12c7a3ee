import { readNamespace } from '../plan/permission-check.js';
import { K8deployerError, describeError } from '../errors.js';
import { Outcome, ChangeAction, type PlannedChange } from '../events.js';
import { refOf, type KubeObject } from '../kube/object.js';
import { ApplySetKeys, memberKey } from '../inventory/applyset.js';
import type { ClusterContext, ClusterResult } from './context.js';
import { ApplySetParent } from '../inventory/parent.js';
import { claimTemplateClaims } from './claims.js';
import { Owner, ownerOf } from '../inventory/ownership.js';
import { DeployLease } from '../inventory/lease.js';
import { removable } from '../inventory/removal.js';
import { removeObjects } from './remove.js';
import { describeRunHolder } from '../inventory/holder.js';

/**
 * Removes what k8deployer deployed for this app: the ApplySet members (found by label through the parent, or from
 * the rendered set when the parent is gone), in reverse dependency order, then the parent. PVCs stay unless
 * deletePvcs; Namespaces go last and only with deleteNamespaces. Objects without our label are never touched.
 */
export async function deleteApp(ctx: ClusterContext): Promise<ClusterResult> {
  const { client, rendered, options, cluster, bus } = ctx;
  // Namespace-scoped credentials may not read the Namespace: taken to exist, as deploy does.
  const { exists: namespaceExists } = await readNamespace(client, rendered.namespace);
  const parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
  if (!namespaceExists) return nothingToDelete(ctx, ' (the namespace does not exist)');
  const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
    ttlSeconds: ctx.tuning.leaseTtlSeconds,
    holder: describeRunHolder(),
    onWait: (message) => bus.emit({ type: 'log', level: 'warning', cluster, message, at: Date.now() }),
  });
  // A cancellation (SIGINT/SIGTERM) stops the deletions in flight; the lease is still released below.
  const stop = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(ctx.signal ? [ctx.signal] : [])]);
  await lease.acquire(stop);
  let leaseHeld = true;
  try {
    await parent.load();
    const members = parent.exists ? await parent.listMembers() : await renderedMembers(ctx, parent.id);
    // Claims the StatefulSets' controller made: not labelled, but the app's data; removed only with deletePvcs.
    const claims = await appClaims(ctx, members, parent.id);
    const doomed = [
      ...members.filter((member) => removable(member, parent.id, options.removal)),
      ...(options.removal.deletePvcs ? claims : []),
    ];
    if (members.length === 0 && doomed.length === 0) return nothingToDelete(ctx, '');
    const namespaces = doomed.filter((object) => object.kind === 'Namespace');
    const timeoutMs = options.objectTimeoutMs;
    const removeOptions = {
      cluster,
      client,
      bus,
      event: 'object-deleted' as const,
      timeoutMs,
      ignoreErrors: options.ignoreErrors,
      signal: stop,
      owner: { applySetId: parent.id, app: rendered.app, ours: claims },
    };
    const failures = await removeObjects(
      doomed.filter((object) => object.kind !== 'Namespace'),
      removeOptions,
    );
    const keptMembers = members.length - doomed.length;
    if (failures.length === 0 || options.ignoreErrors) {
      // Kept members (PVCs) still point at the parent; without it a later deploy could not prune them.
      if (keptMembers === 0) await parent.remove();
      await lease.release();
      leaseHeld = false;
      failures.push(...(await removeObjects(namespaces, removeOptions)));
    }
    const changes: PlannedChange[] = doomed.map((object) => ({
      component: '',
      ref: refOf(object),
      action: ChangeAction.Delete,
    }));
    if (failures.length > 0) {
      return { cluster, outcome: Outcome.Failed, reason: `could not delete: ${failures.join('; ')}`, changes };
    }
    return { cluster, outcome: Outcome.Deleted, changes };
  } catch (error) {
    return { cluster, outcome: Outcome.Failed, reason: describeError(error) };
  } finally {
    if (leaseHeld) await lease.release();
  }
}

/**
 * Nothing of the app was found: a success (deleting what is already gone is a no-op, so a teardown job can be re-run),
 * but said plainly and as a warning, so a mistyped app name, namespace or cluster does not look like a deletion.
 */
function nothingToDelete(ctx: ClusterContext, detail: string): ClusterResult {
  const { rendered, cluster } = ctx;
  const reason = nothingDeletedMessage(rendered.app, rendered.namespace, cluster, detail);
  ctx.bus.emit({ type: 'log', level: 'warning', cluster, message: reason, at: Date.now() });
  return { cluster, outcome: Outcome.Deleted, reason };
}

/** Without a parent, the rendered set tells where to look; only objects carrying our label count. */
async function renderedMembers(ctx: ClusterContext, applySetId: string): Promise<KubeObject[]> {
  const found = await Promise.all(
    ctx.rendered.objects.map(async (entry) => {
      try {
        return await ctx.client.get(refOf(entry.object));
      } catch (error) {
        if (error instanceof K8deployerError) return undefined;
        throw error;
      }
    }),
  );
  return found.filter(
    (object): object is KubeObject =>
      object !== undefined && object.metadata.labels?.[ApplySetKeys.partOf] === applySetId,
  );
}

/**
 * Claims of the app's StatefulSets: the live members, and the rendered ones too, since a delete without delete-pvcs
 * removed the StatefulSet and left its claims, which a later delete --delete-pvcs must still find. A rendered
 * StatefulSet that exists but is not ours (another app's of the same name) says nothing about our claims.
 */
async function appClaims(ctx: ClusterContext, members: KubeObject[], applySetId: string): Promise<KubeObject[]> {
  const statefulSets = new Map<string, KubeObject>();
  for (const { object } of ctx.rendered.objects.filter((entry) => entry.object.kind === 'StatefulSet')) {
    const live = await ctx.client.get(refOf(object));
    if (!live || ownerOf(live, applySetId) === Owner.Ours) statefulSets.set(memberKey(object), object);
  }
  for (const member of members.filter((object) => object.kind === 'StatefulSet'))
    statefulSets.set(memberKey(member), member);
  return uniqueObjects(
    (await Promise.all([...statefulSets.values()].map((sts) => claimTemplateClaims(ctx.client, sts)))).flat(),
  );
}

function uniqueObjects(objects: KubeObject[]): KubeObject[] {
  return [...new Map(objects.map((object) => [memberKey(object), object])).values()];
}

/** `delete` found nothing of the app: said so, so that a mistyped name does not look like a deletion. */
export function nothingDeletedMessage(app: string, namespace: string, cluster: string, detail = ''): string {
  return `no objects of app ${app} in namespace ${namespace} on cluster ${cluster}${detail}: nothing deleted; check the app name, the namespace and the cluster`;
}
