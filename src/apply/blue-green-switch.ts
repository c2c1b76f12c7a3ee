// `promote` / `abort` for blue-green components, on one cluster: under the app's deploy lease, decide from the last
// revision (switch-plan.ts), check that the color to go live is ready, repoint the main Service (one write per
// component) and record the result as the next revision, so that a later deploy or rollback starts from the truth.
import type { ClusterContext, ClusterResult } from './context.js';
import { K8deployerError } from '../errors.js';
import { ChangeAction, ObjectStatus, Outcome, type PlannedChange } from '../events.js';
import { decorate, desiredSetHash } from '../inventory/applyset.js';
import { describeRunHolder } from '../inventory/holder.js';
import { DeployLease } from '../inventory/lease.js';
import { ApplySetParent } from '../inventory/parent.js';
import { refOf } from '../kube/object.js';
import { readinessOf } from '../track/readiness.js';
import { blueGreenEvent } from './blue-green-events.js';
import { planSwitch, type ComponentSwitch, type SwitchAction } from '../strategy/blue-green/switch-plan.js';

export async function switchColors(ctx: ClusterContext, action: SwitchAction): Promise<ClusterResult> {
  const { client, rendered, cluster, bus, options } = ctx;
  const parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
  const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
    ttlSeconds: ctx.tuning.leaseTtlSeconds,
    holder: describeRunHolder(),
    onWait: (message) => bus.emit({ type: 'log', level: 'warning', cluster, message, at: Date.now() }),
    onLost: (reason) => bus.emit({ type: 'log', level: 'warning', cluster, message: reason, at: Date.now() }),
  });
  const live = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
  if (!live)
    throw new K8deployerError(`app ${rendered.app} is not deployed: namespace ${rendered.namespace} does not exist`);
  await lease.acquire(AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(ctx.signal ? [ctx.signal] : [])]));
  try {
    const previous = await parent.load();
    if (!previous) throw new K8deployerError(`app ${rendered.app} has no deployed revision in ${rendered.namespace}`);
    const plan = planSwitch(previous, action, Date.now());
    if (plan.components.length === 0)
      throw new K8deployerError(
        `app ${rendered.app} has no blue-green component in ${rendered.namespace} to ${action}`,
      );
    const problems: string[] = [];
    for (const entry of plan.components) {
      if (entry.problem) problems.push(entry.problem);
      else if (entry.needsReady) {
        const notReady = await readinessProblem(ctx, entry);
        if (notReady) problems.push(notReady);
      }
    }
    // All or nothing: an app whose components cannot all switch is left as it is.
    if (problems.length > 0) return { cluster, outcome: Outcome.Failed, reason: problems.join('; ') };
    const changes: PlannedChange[] = [];
    for (const entry of plan.components) {
      if (entry.note) bus.emit({ type: 'log', level: 'info', cluster, message: entry.note, at: Date.now() });
      for (const changed of entry.changed) {
        await client.apply(decorate(changed.object, parent.id), { force: options.forceConflicts });
        const ref = refOf(changed.object);
        bus.emit({
          type: 'object-applied',
          cluster,
          component: entry.component,
          ref,
          action: ChangeAction.Update,
          at: Date.now(),
        });
        changes.push({ component: entry.component, ref, action: ChangeAction.Update });
      }
      if (entry.status) bus.emit(blueGreenEvent(cluster, entry.status));
    }
    const components = previous.components ?? rendered.components;
    const revision =
      changes.length > 0
        ? await parent.commit(plan.objects, components, desiredSetHash(plan.objects, components))
        : previous.revision;
    return { cluster, outcome: Outcome.Succeeded, revision, changes };
  } finally {
    await lease.release();
  }
}

/** The color to go live must be ready now: a switch is instant or not at all. */
async function readinessProblem(ctx: ClusterContext, entry: ComponentSwitch): Promise<string | undefined> {
  const target = entry.needsReady?.object;
  if (!target) return undefined;
  const live = await ctx.client.get(refOf(target));
  const name = `Deployment ${target.metadata.name}`;
  if (!live) return `component ${entry.component}: ${name} is gone; cannot switch to it (deploy again)`;
  const readiness = readinessOf(live);
  if (readiness.status !== ObjectStatus.Ready)
    return `component ${entry.component}: ${name} is not ready (${readiness.message}); not switched`;
  return undefined;
}
