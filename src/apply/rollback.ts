import { describeError } from '../errors.js';
import { ChangeAction, Outcome } from '../events.js';
import { buildGraph } from '../plan/graph.js';
import { ReadinessTracker } from '../track/tracker.js';
import { memberKey, type StoredRevision } from '../inventory/applyset.js';
import type { ClusterContext, ClusterResult } from './context.js';
import { claimTemplateClaims, neverBound } from './claims.js';
import { executeGraph, type AppliedObject } from './execute.js';
import type { ApplySetParent } from '../inventory/parent.js';
import { removable } from '../inventory/removal.js';
import { removeObjects } from './remove.js';

export interface RollbackInput {
  ctx: ClusterContext;
  parent: ApplySetParent;
  /** The last deployed revision; undefined on a first install. */
  previous: StoredRevision | undefined;
  /** What this run applied, with the action the server reported. */
  applied: AppliedObject[];
  /** Why we roll back: reported together with the rollback's own outcome. */
  reason: string;
  /** Stops the rollback early (after a cancellation: the end of the grace window, or a second signal). */
  signal?: AbortSignal;
}

/**
 * Restores the last deployed revision (re-apply it, wait for it under its own timeout) and deletes what this run
 * created that the revision does not have. On a first install there is nothing to restore: delete what was created.
 * PVCs are kept unless deletePvcs; Namespaces are kept unless deleteNamespaces (they may hold other things).
 */
export async function rollBack(input: RollbackInput): Promise<ClusterResult> {
  const { ctx, parent, previous, applied, reason } = input;
  const { cluster, bus, client, options } = ctx;
  const toRevision = previous ? previous.revision : null;
  bus.emit({ type: 'rollback-started', cluster, toRevision, at: Date.now() });
  const timeoutMs = options.objectTimeoutMs;
  const stopAt = (): AbortSignal =>
    AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(input.signal ? [input.signal] : [])]);
  const problems: string[] = [];
  try {
    if (previous) {
      const execution = await executeGraph({
        cluster,
        client,
        bus,
        tracker: new ReadinessTracker({ cluster, client, bus, thresholds: ctx.tuning.thresholds }),
        graph: buildGraph(previous.objects, previous.components ?? []),
        applySetId: parent.id,
        liveVersions: new Map(
          (await parent.listMembers()).map((member) => [memberKey(member), String(member.metadata['resourceVersion'])]),
        ),
        forceConflicts: options.forceConflicts,
        concurrency: options.concurrency,
        objectTimeoutMs: timeoutMs,
        signal: stopAt(),
        reportComponents: false,
      });
      if (!execution.ok) problems.push(`re-applying revision ${previous.revision} failed: ${execution.reason ?? ''}`);
    }
    const keep = new Set((previous?.objects ?? []).map((entry) => memberKey(entry.object)));
    const createdNow = applied
      .filter((entry) => entry.action === ChangeAction.Create && !keep.has(memberKey(entry.object)))
      .map((entry) => entry.object)
      .filter((object) => removable(object, parent.id, options.removal));
    // A StatefulSet created by this run leaves claims behind; a claim that never bound holds no data, and one stuck
    // Pending (e.g. on a missing storage class) would keep the next deploy's pod Pending too: remove those.
    const claims = (
      await Promise.all(
        createdNow.filter((object) => object.kind === 'StatefulSet').map((sts) => claimTemplateClaims(client, sts)),
      )
    )
      .flat()
      .filter((claim) => options.removal.deletePvcs || neverBound(claim));
    const failures = await removeObjects([...createdNow, ...claims], {
      cluster,
      client,
      bus,
      event: 'object-deleted',
      timeoutMs,
      ignoreErrors: true,
      signal: stopAt(),
      owner: { applySetId: parent.id, app: ctx.rendered.app },
    });
    problems.push(...failures);
  } catch (error) {
    problems.push(describeError(error));
  }
  const ok = problems.length === 0;
  const rollbackText = ok
    ? `rolled back to ${toRevision === null ? 'nothing (first install removed)' : `revision ${toRevision}`}`
    : `rollback failed: ${problems.join('; ')}`;
  bus.emit({
    type: 'rollback-finished',
    cluster,
    toRevision,
    ok,
    ...(ok ? {} : { reason: problems.join('; ') }),
    at: Date.now(),
  });
  return {
    cluster,
    outcome: ok ? Outcome.RolledBack : Outcome.Failed,
    reason: `${reason}; ${rollbackText}`,
    ...(previous ? { revision: previous.revision } : {}),
  };
}
