import type { ApplyResult } from '../cluster/client.js';
import { ClusterUnreachableError } from '../cluster/errors.js';
import { CancelledError, deadlineSignal, isCancelled } from '../cancel.js';
import { K8deployerError, describeError } from '../errors.js';
import { ChangeAction, Outcome, type PlannedChange } from '../events.js';
import { refKey, refOf, type KubeObject } from '../kube/object.js';
import type { DesiredObject, RenderedApp } from '../render/types.js';
import { RollbackScope } from '../settings/types.js';
import { buildGraph } from '../plan/graph.js';
import { provablyUnchanged } from '../plan/unchanged.js';
import { missingStorageClasses } from '../plan/storage.js';
import { ReadinessTracker } from '../track/tracker.js';
import { componentOfMember, decorate, desiredSetHash, memberKey, type StoredRevision } from '../inventory/applyset.js';
import {
  executeGraph,
  unchangedOrRefused,
  type AppliedObject,
  type ExecuteOptions,
  type ExecuteResult,
} from './execute.js';
import { UnprovenChange, graphOfPlan, planCluster, type ClusterPlan } from '../plan/plan.js';
import { ApplySetParent } from '../inventory/parent.js';
import { claimTemplateClaims, staleClaims } from './claims.js';
import { DeployLease } from '../inventory/lease.js';
import { Owner, ownerOf } from '../inventory/ownership.js';
import { removeObjects } from './remove.js';
import { rollBack } from './rollback.js';
import { withServerScope } from '../cluster/scope.js';
import type { ClusterContext, ClusterResult } from './context.js';
import { describeRunHolder } from '../inventory/holder.js';
import { resolveBlueGreen } from '../strategy/blue-green/resolve.js';
import { BlueGreenStep, type BlueGreenStatus } from '../strategy/blue-green/types.js';
import { blueGreenEvent } from './blue-green-events.js';
import { analyseBeforeSwitch } from './blue-green-analysis.js';
import { gatedSwitches, holdSwitches } from '../strategy/blue-green/analysis.js';
import { loadRolloutRecord, type RolloutRecord } from './rollout-record.js';
import { CanaryRun, type StepRunResult } from './canary/run.js';
import { canaryComponentsOf, endRollout, liveStableWorkloads, newRolloutRecord } from './canary/seams.js';
import { planCanaries } from './canary/plan.js';
import { RolloutPhase, type AnalysisRun } from '../strategy/types.js';
import { pruneCandidates } from '../inventory/removal.js';
import { checkPermissions, createsOwnNamespace, readNamespace } from '../plan/permission-check.js';
import { prefetchLive } from '../plan/prefetch.js';

/**
 * A cluster whose objects were applied and waited for. Nothing is final yet: `commit` prunes and records the
 * revision, `rollBack` restores the previous one. Split so that rollback scope `all` can decide across clusters.
 */
export interface PreparedDeploy {
  ok: boolean;
  reason?: string;
  /** What was executed: the plan computed under the lease (absent when the deploy failed before it). */
  plan?: ClusterPlan;
  commit(): Promise<ClusterResult>;
  rollBack(reason: string): Promise<ClusterResult>;
}

/**
 * What the run does: deploy the rendered app (a canary component with a stable version starts a canary), or
 * continue (promote) or roll back (abort) the rollout the cluster's record says is in progress.
 */
export type DeployMode = 'deploy' | 'promote' | 'abort';

/** Plans and applies the rendered app on one cluster up to (not including) prune and revision write. Never throws. */
export async function prepareDeploy(input: ClusterContext, mode: DeployMode = 'deploy'): Promise<PreparedDeploy> {
  const deploy = new ClusterDeploy(input, mode);
  await deploy.prepare();
  return deploy;
}

/**
 * One cluster's deploy: prepare (namespace, lease, plan, apply the plan), then commit or roll back. The state the
 * two later steps need (lease held, what was applied, the previous revision) is in fields, set in one place each.
 */
class ClusterDeploy implements PreparedDeploy {
  ok = false;
  reason?: string;
  plan?: ClusterPlan;
  private ctx: ClusterContext;
  private readonly parent: ApplySetParent;
  private readonly lease: DeployLease;
  private leaseHeld = false;
  private applied: AppliedObject[] = [];
  private previous: StoredRevision | undefined;
  private failureCause: unknown;
  /** A canary in this run (started by the deploy, or continued by promote), and where its steps ended. */
  private canary?: CanaryRun;
  private canaryResult?: StepRunResult;
  /** The rollout record found in the cluster (promote, abort; a deploy that supersedes a rollout). */
  private record?: RolloutRecord;
  /** Blue-green components of this deploy: where each stands (emitted once, kept for the rollback report). */
  private blueGreen: BlueGreenStatus[] = [];
  /** Blue-green components' latest analysis run before their switch (kept for the rollback report). */
  private blueGreenAnalysis = new Map<string, AnalysisRun>();
  /** promote / abort with no rollout in progress: nothing to do, said why. */
  private nothingInProgress?: string;
  private preApplied = new Map<string, ApplyResult>();

  constructor(
    input: ClusterContext,
    private readonly mode: DeployMode = 'deploy',
  ) {
    this.ctx = input;
    const { client, options, rendered } = input;
    this.parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
    this.lease = new DeployLease(client, rendered.app, rendered.namespace, input.runId, {
      ttlSeconds: input.tuning.leaseTtlSeconds,
      holder: describeRunHolder(),
      onWait: (message) => log(this.ctx, 'warning', message),
      onLost: (reason) => log(this.ctx, 'warning', reason),
    });
  }

  private get cluster(): string {
    return this.ctx.cluster;
  }

  async prepare(): Promise<void> {
    try {
      const execution = await this.planAndApply();
      this.applied = mergeApplied(this.applied, execution.applied);
      if (execution.ok) this.ok = true;
      else this.markFailed(execution.reason ?? 'deploy failed', execution.cause);
    } catch (error) {
      this.markFailed(describeError(error), error);
    }
  }

  async commit(): Promise<ClusterResult> {
    if (!this.ok) return this.finish({ cluster: this.cluster, outcome: Outcome.Failed, reason: this.reason ?? '' });
    if (this.nothingInProgress)
      return this.finish({ cluster: this.cluster, outcome: Outcome.Skipped, reason: this.nothingInProgress });
    if (this.canaryResult?.kind === 'paused') {
      // Held until promoted: not failed and not done. No prune and no revision: stable's revision stays the last.
      return this.finish({
        cluster: this.cluster,
        outcome: Outcome.Paused,
        reason: this.canaryResult.message,
        changes: changesOf(this.applied),
      });
    }
    const { ctx, parent } = this;
    const rendered = ctx.rendered;
    try {
      const pruned = ctx.options.prune ? await prune(ctx, parent, this.plan, this.previous) : noPrune;
      if (pruned.failures.length > 0) {
        return this.finish({
          cluster: this.cluster,
          outcome: Outcome.Failed,
          reason: `prune failed: ${pruned.failures.join('; ')}`,
          changes: changesOf(this.applied),
        });
      }
      const revision = await parent.commit(
        rendered.objects,
        rendered.components,
        desiredSetHash(rendered.objects, rendered.components, rendered.steps),
      );
      // Promoted (or a deploy that went straight to a version while a rollout was in progress): its record goes.
      if (this.canary || this.record) await endRollout(ctx, this.canary?.createdObjects ?? [], RolloutPhase.Promoted);
      // switch: manual: the new color is deployed and recorded; the run is held until promoted, like a canary pause.
      const waiting = this.blueGreen.filter((status) => status.step === BlueGreenStep.AwaitingPromote);
      return this.finish({
        cluster: this.cluster,
        outcome: waiting.length > 0 ? Outcome.Paused : Outcome.Succeeded,
        ...(waiting.length > 0
          ? { reason: `${waiting.map((status) => status.component).join(', ')} waiting for k8deployer promote` }
          : {}),
        revision,
        changes: [...changesOf(this.applied), ...pruned.changes],
      });
    } catch (error) {
      return this.finish({
        cluster: this.cluster,
        outcome: Outcome.Failed,
        reason: describeError(error),
        changes: changesOf(this.applied),
      });
    }
  }

  async rollBack(why: string): Promise<ClusterResult> {
    const { ctx, cluster } = this;
    if (this.nothingInProgress)
      return this.finish({ cluster, outcome: Outcome.Skipped, reason: this.nothingInProgress });
    if (!this.ok) {
      const early = this.rollbackNotPossible(why);
      if (early) return this.finish(early);
    } else if (ctx.escalation?.aborted) {
      return this.finish({
        cluster,
        outcome: Outcome.Failed,
        reason: `${why}; ${skippedRollback(ctx)}`,
        changes: changesOf(this.applied),
      });
    }
    // A run that found nothing to change took no lease; rolling back (rollback scope all) writes, so it takes it now.
    if (this.ok && !this.leaseHeld) {
      try {
        await this.lease.acquire(AbortSignal.timeout(ctx.options.objectTimeoutMs));
        this.leaseHeld = true;
      } catch (error) {
        return this.finish({
          cluster,
          outcome: Outcome.Failed,
          reason: `${why}; not rolled back: ${describeError(error)}`,
        });
      }
    }
    const outcome = await rollBack({
      ctx,
      parent: this.parent,
      previous: this.previous,
      applied: this.applied,
      reason: why,
      ...rollbackStop(ctx),
    });
    if (this.canary || this.record) {
      // Stable is back (the revision re-applied); what only the canary had goes, then the record.
      const created = [...(this.canary?.createdObjects ?? []), ...(this.record?.created ?? [])];
      const problems = await endRollout(ctx, created, RolloutPhase.Aborted, why);
      if (problems.length > 0)
        return this.finish({
          ...outcome,
          outcome: Outcome.Failed,
          reason: `${outcome.reason ?? why}; removing the canary failed: ${problems.join('; ')}`,
          changes: changesOf(this.applied),
        });
    }
    return this.finish({ ...outcome, changes: changesOf(this.applied) });
  }

  /** A failed preparation that cannot or must not be rolled back: the result to report instead, else undefined. */
  private rollbackNotPossible(why: string): ClusterResult | undefined {
    const { ctx, cluster } = this;
    if (this.failureCause instanceof ClusterUnreachableError) {
      // Nothing can be rolled back (or unlocked) on a cluster we cannot reach; the lease expires by itself and a
      // re-run converges.
      this.leaseHeld = false;
      // Nothing written yet (e.g. the very first request failed): nothing to roll back, the reason says it all.
      if (!this.applied.some((entry) => entry.action !== ChangeAction.Unchanged))
        return { cluster, outcome: Outcome.Failed, reason: why };
      return {
        cluster,
        outcome: Outcome.Failed,
        reason: `${why}; not rolled back: cluster unreachable (re-run to converge)`,
      };
    }
    // An aborted canary always goes back to stable (that is the strategy), whatever the rollback setting.
    const rollout = this.canary !== undefined || this.mode === 'abort';
    if ((ctx.options.rollback === RollbackScope.Off && !rollout) || !this.leaseHeld)
      return { cluster, outcome: Outcome.Failed, reason: why };
    if (ctx.escalation?.aborted) return { cluster, outcome: Outcome.Failed, reason: `${why}; ${skippedRollback(ctx)}` };
    return undefined;
  }

  /** A rollback restored the last revision: every blue-green component's old color is (again) the live one. */
  private reportColorsRestored(): void {
    for (const status of this.blueGreen) {
      if (!status.previousColor) continue;
      const { kept: _kept, removes: _removes, next: _next, ...rest } = status;
      this.ctx.bus.emit(
        blueGreenEvent(
          this.cluster,
          { ...rest, step: BlueGreenStep.RolledBack, activeColor: status.previousColor },
          this.blueGreenAnalysis.get(status.component),
        ),
      );
    }
  }

  private markFailed(reason: string, cause?: unknown): void {
    this.ok = false;
    this.reason = reason;
    this.failureCause = cause;
  }

  private async finish(result: ClusterResult): Promise<ClusterResult> {
    if (result.outcome === Outcome.RolledBack) this.reportColorsRestored();
    if (this.leaseHeld) await this.lease.release();
    this.leaseHeld = false;
    return result;
  }

  /**
   * Everything up to the first write is checked first. A re-deploy that provably changes nothing finishes without a
   * single write (not even the lease); otherwise: namespace, lease, plan under the lease, apply it.
   */
  private async planAndApply(): Promise<ExecuteResult> {
    const { client } = this.ctx;
    const deadline = AbortSignal.any([
      AbortSignal.timeout(this.ctx.options.timeoutMs),
      ...(this.ctx.signal ? [this.ctx.signal] : []),
    ]);
    await this.checkBeforeFirstWrite();
    // promote / abort always act on the record; the no-op proof is for deploys.
    const unchanged = this.mode === 'deploy' ? await this.planWithoutWrites() : undefined;
    if (unchanged) {
      this.ctx = unchanged.ctx;
      this.recordPreApplied(unchanged.preApplied);
      this.previous = unchanged.previous;
      this.plan = unchanged.plan;
      return this.execute(unchanged.plan, unchanged.members, unchanged.preApplied, deadline);
    }
    const namespace = await ensureNamespace(this.ctx, this.parent);
    if (namespace.unclaimed) this.ctx = withoutObject(this.ctx, namespace.unclaimed);
    const { preApplied } = namespace;
    this.preApplied = preApplied;
    this.recordPreApplied(preApplied);
    await this.lease.acquire(deadline);
    this.leaseHeld = true;
    this.previous = await this.parent.load();
    this.record = await loadRolloutRecord(client, this.ctx.rendered.app, this.ctx.rendered.namespace);
    if (this.mode !== 'deploy') return this.continueRollout(deadline);
    // Blue-green components take their colors from the last revision (src/strategy/blue-green/resolve.ts).
    const layout = this.ctx.rendered;
    const now = Date.now();
    const strategies = resolveBlueGreen(layout, this.previous, now);
    this.ctx = { ...this.ctx, rendered: strategies.rendered };
    this.blueGreen = strategies.statuses;
    for (const status of strategies.statuses) this.ctx.bus.emit(blueGreenEvent(this.cluster, status));
    await removeStaleClaims(this.ctx, this.parent.id, deadline);
    const members = this.parent.exists ? await this.parent.listMembers() : [];
    const canaries = planCanaries(
      this.ctx.rendered,
      this.previous,
      liveStableWorkloads(this.ctx.rendered, this.previous, members, this.record),
    );
    const gated = gatedSwitches(this.blueGreen, (name) => layout.components.find((c) => c.name === name)?.strategy);
    if (canaries.length > 0 && gated.length > 0) {
      // The canary runner applies the blue-green switch with its promotion: it would skip the checks, so refuse.
      const names = gated.map((entry) => entry.status.component).join(', ');
      return {
        ok: false,
        reason: `blue-green analysis (${names}) cannot run in a deploy that also rolls out a canary; deploy them separately`,
        applied: [],
      };
    }
    if (canaries.length > 0 && this.previous) {
      // Stable keeps serving from the last revision while `<name>-canary` runs this version, step by step.
      this.canary = this.canaryRun(
        this.previous,
        canaries,
        newRolloutRecord(this.ctx, this.previous.revision, this.record),
        deadline,
      );
      const first = await this.applyDesired(this.canary.stepSet(0).rendered, members, deadline);
      if (!first.ok) return first;
      return this.runCanary(0, true, first, deadline);
    }
    if (gated.length > 0) {
      // Analysis before the switch: first the new colors with the main Services held on the live ones (the layout
      // `switch: manual` deploys), then the checks, then the switch. A failed analysis fails the deploy before any
      // main Service is written: the rollback removes the new color, as for one that never became ready.
      const held = resolveBlueGreen(
        holdSwitches(
          layout,
          gated.map((entry) => entry.status.component),
        ),
        this.previous,
        now,
      );
      const first = await this.applyDesired(held.rendered, members, deadline);
      if (!first.ok) return first;
      const failure = await analyseBeforeSwitch(this.ctx, gated, deadline, this.blueGreenAnalysis);
      if (failure) return { ok: false, reason: failure, applied: first.applied };
      log(this.ctx, 'info', 'blue-green analysis passed: switching');
      const switched = await this.applyDesired(this.ctx.rendered, await this.parent.listMembers(), deadline);
      return { ...switched, applied: mergeApplied(first.applied, switched.applied) };
    }
    return this.applyDesired(this.ctx.rendered, members, deadline);
  }

  /** promote / abort: the rollout the cluster's record holds, whatever the spec says now. */
  private async continueRollout(deadline: AbortSignal): Promise<ExecuteResult> {
    const { rendered } = this.ctx;
    const record = this.record;
    if (!record || !this.previous) {
      this.nothingInProgress = `no rollout in progress for app ${rendered.app} in namespace ${rendered.namespace}`;
      return { ok: true, applied: [] };
    }
    // What the rollout deploys is what the run that started it rendered, kept in the record.
    this.ctx = { ...this.ctx, rendered: { ...rendered, ...record.target } };
    if (this.mode === 'abort') return { ok: false, reason: `aborted by k8deployer abort`, applied: [] };
    const canaries = canaryComponentsOf(record);
    this.canary = this.canaryRun(this.previous, canaries, record, deadline);
    const paused = record.rollouts.some((entry) => entry.phase === RolloutPhase.Paused);
    const step = Math.max(0, ...record.rollouts.map((entry) => entry.step ?? 0));
    // From a pause the next step; a rollout whose runner stopped mid-step repeats that step.
    return this.runCanary(paused ? step + 1 : step, false, { ok: true, applied: [] }, deadline);
  }

  /** The runner of this rollout's canaries, from the last revision (stable) to this run's rendered set. */
  private canaryRun(
    previous: StoredRevision,
    canaries: ConstructorParameters<typeof CanaryRun>[0]['canaries'],
    record: ConstructorParameters<typeof CanaryRun>[0]['record'],
    signal: AbortSignal,
  ): CanaryRun {
    return new CanaryRun({
      ctx: this.ctx,
      applySetId: this.parent.id,
      target: this.ctx.rendered,
      previous,
      canaries,
      record,
      signal,
    });
  }

  /** The canary's steps; after the last, the promotion: this run's version applied in full, as a plain deploy. */
  private async runCanary(
    fromStep: number,
    applied: boolean,
    first: ExecuteResult,
    deadline: AbortSignal,
  ): Promise<ExecuteResult> {
    const canary = this.canary as CanaryRun;
    this.canaryResult = await canary.run(fromStep, applied);
    const soFar = mergeApplied(first.applied, canary.applied);
    if (this.canaryResult.kind === 'failed') return { ok: false, reason: this.canaryResult.reason, applied: soFar };
    if (this.canaryResult.kind === 'paused') return { ok: true, applied: soFar };
    log(this.ctx, 'info', 'canary steps passed: promoting (stable gets the new version, the canary is removed)');
    const members = await this.parent.listMembers();
    const promotion = await this.applyDesired(this.ctx.rendered, members, deadline);
    return { ...promotion, applied: mergeApplied(soFar, promotion.applied) };
  }

  /** Plans a desired set under the lease and applies it: the plain deploy, and each phase of a rollout. */
  private async applyDesired(
    rendered: RenderedApp,
    members: Awaited<ReturnType<ApplySetParent['listMembers']>>,
    deadline: AbortSignal,
  ): Promise<ExecuteResult> {
    const { client, options } = this.ctx;
    const preApplied = this.preApplied;
    const plan = await planCluster(client, rendered, {
      force: options.forceConflicts,
      flags: options.removal,
      adopt: options.adopt,
      concurrency: options.concurrency,
      inventory: { parent: this.parent, previous: this.previous, members },
    });
    this.plan = { ...plan, blueGreen: this.blueGreen };
    await this.parent.widen(plan.objects.map((entry) => entry.object));
    return this.execute(plan, members, preApplied, deadline);
  }

  /**
   * The no-op re-deploy, decided from reads alone: nobody else holds the lease, the namespace and the ApplySet parent
   * already record this exact desired set, nothing is to be pruned and every object is provably unchanged (its live
   * copy and field ownership, without a dry run). Then nothing would be written, and so no lease is needed either:
   * a run that writes nothing cannot interfere with another (one that starts meanwhile and changes an object we read
   * afterwards makes that object differ, and we are back on the path below). Undefined when anything may change.
   */
  private async planWithoutWrites(): Promise<
    | {
        ctx: ClusterContext;
        plan: ClusterPlan;
        previous: StoredRevision;
        members: KubeObject[];
        preApplied: Map<string, ApplyResult>;
      }
    | undefined
  > {
    const namespace = await ensureNamespace(this.ctx, this.parent, { readOnly: true });
    if (namespace.needsWrite) return undefined;
    const ctx = namespace.unclaimed ? withoutObject(this.ctx, namespace.unclaimed) : this.ctx;
    const { client, options, rendered } = ctx;
    const [heldByOther, previous] = await Promise.all([this.lease.heldByOther(), this.parent.load()]);
    if (heldByOther || !previous) return undefined;
    if (!this.parent.isCurrent(rendered.objects, desiredSetHash(rendered.objects, rendered.components)))
      return undefined;
    const members = await this.parent.listMembers();
    let plan: ClusterPlan;
    try {
      plan = await planCluster(client, rendered, {
        force: options.forceConflicts,
        flags: options.removal,
        adopt: options.adopt,
        concurrency: options.concurrency,
        inventory: { parent: this.parent, previous, members },
        proofOnly: true,
      });
    } catch (error) {
      if (error instanceof UnprovenChange) return undefined;
      throw error;
    }
    // Every desired object exists, so no StatefulSet has stale claims to remove (see staleClaims).
    const unchanged = plan.objects.every((entry) => entry.action === ChangeAction.Unchanged);
    if (!unchanged || plan.prune.length > 0 || plan.problems.length > 0) return undefined;
    return { ctx, plan, previous, members, preApplied: namespace.preApplied };
  }

  private recordPreApplied(preApplied: Map<string, ApplyResult>): void {
    for (const result of preApplied.values()) {
      this.applied.push({
        component: componentOf(this.ctx.rendered, refKey(refOf(result.object))),
        object: result.object,
        action: result.created ? ChangeAction.Create : ChangeAction.Unchanged,
      });
    }
  }

  private execute(
    plan: ClusterPlan,
    members: KubeObject[],
    preApplied: Map<string, ApplyResult>,
    signal: AbortSignal,
  ): Promise<ExecuteResult> {
    const { client, options, cluster } = this.ctx;
    return applyPlan(plan, {
      cluster,
      client,
      bus: this.ctx.bus,
      tracker: new ReadinessTracker({ cluster, client, bus: this.ctx.bus, thresholds: this.ctx.tuning.thresholds }),
      applySetId: this.parent.id,
      liveVersions: new Map(members.map((member) => [memberKey(member), String(member.metadata['resourceVersion'])])),
      preApplied,
      forceConflicts: options.forceConflicts,
      adopt: options.adopt,
      concurrency: options.concurrency,
      objectTimeoutMs: options.objectTimeoutMs,
      signal,
    });
  }

  private async checkPermissions(): Promise<void> {
    const skipped = await deployPermissions(this.ctx, this.parent);
    if (skipped) log(this.ctx, 'debug', skipped);
  }

  /** Refusals that must come before anything is written: cancelled, empty set, bad order, missing storage classes. */
  private async checkBeforeFirstWrite(): Promise<void> {
    const { client, signal } = this.ctx;
    // Cancelled before anything was written here (e.g. while credentials were fetched): nothing to undo.
    if (isCancelled(signal)) throw signal?.reason;
    if (this.ctx.rendered.objects.length === 0) {
      throw new K8deployerError(
        `refusing to deploy an empty set of objects to ${this.ctx.rendered.namespace}: it would prune everything`,
      );
    }
    const rendered = await withServerScope(client, this.ctx.rendered);
    this.ctx = { ...this.ctx, rendered };
    // Validate the order (cycles, unknown depends) and the storage classes before the first write.
    buildGraph(rendered.objects, rendered.components, rendered.steps).order();
    const storageProblems = await missingStorageClasses(client, rendered.objects);
    if (storageProblems.length > 0) throw new K8deployerError(storageProblems.join('; '));
    await this.checkPermissions();
    // Warm discovery for every kind in parallel with the bookkeeping that follows, instead of one kind at a time.
    for (const apiVersion of new Set(rendered.objects.map((entry) => entry.object.apiVersion))) {
      const kind = rendered.objects.find((entry) => entry.object.apiVersion === apiVersion)?.object.kind ?? '';
      client.resource(apiVersion, kind).catch(() => undefined);
    }
    client.resource('coordination.k8s.io/v1', 'Lease').catch(() => undefined);
  }
}

/**
 * Every permission the deploy needs and lacks, in one error before the first write. The facts are read as the plan
 * reads them (the namespace, the inventory, the live objects), so `plan` and `deploy` name the same permissions.
 */
async function deployPermissions(ctx: ClusterContext, parent: ApplySetParent): Promise<string | undefined> {
  const { client, rendered, options } = ctx;
  const namespace = await readNamespace(client, rendered.namespace);
  const previous = namespace.exists && !namespace.unreadable ? await parent.load() : undefined;
  const members = previous && parent.exists ? await parent.listMembers() : [];
  const objects = rendered.objects.map((entry) => decorate(entry.object, parent.id));
  const { live } = await prefetchLive(client, objects, new Map(members.map((member) => [memberKey(member), member])));
  const prune = options.prune ? pruneCandidates(members, objects, parent.id, options.removal) : [];
  const managed =
    namespace.unreadable === true ||
    (namespace.live !== undefined && (options.adopt || ownerOf(namespace.live, parent.id) === Owner.Ours));
  return checkPermissions(
    client,
    { namespace: rendered.namespace, objects, createsNamespace: createsOwnNamespace(rendered) },
    { exists: (object) => live.has(memberKey(object)), prune, namespace: { exists: namespace.exists, managed } },
  );
}

/**
 * Executes a plan: every object in the plan's dependency order, as soon as what it depends on is ready; unchanged
 * objects are not written. kapp's Apply(graph) of Calculate()'s result.
 */
export function applyPlan(
  plan: ClusterPlan,
  options: Omit<ExecuteOptions, 'graph' | 'planned'>,
): Promise<ExecuteResult> {
  return executeGraph({
    ...options,
    graph: graphOfPlan(plan),
    planned: new Map(plan.objects.map((entry) => [entry.key, entry])),
  });
}

const noPrune: { failures: string[]; changes: PlannedChange[] } = { failures: [], changes: [] };

/**
 * After a cancellation the rollback gets a bounded share of the runner's grace window and stops at a second signal;
 * what it could not finish is said in the reason, and a re-run converges (the lease is released either way).
 */
function rollbackStop(ctx: ClusterContext): { signal?: AbortSignal } {
  if (!ctx.signal?.aborted) return {};
  const by = ctx.signal.reason instanceof CancelledError ? ctx.signal.reason.signalName : 'the signal';
  const seconds = Math.round(ctx.tuning.cancelGraceMs / 100) / 10;
  const graceOver = deadlineSignal(
    ctx.tuning.cancelGraceMs,
    new K8deployerError(`rollback stopped: the ${seconds} s grace window after ${by} ran out (re-run to converge)`),
  );
  return { signal: ctx.escalation ? AbortSignal.any([graceOver, stopSignal(ctx.escalation)]) : graceOver };
}

/** The escalation signal with a reason that reads well in the rollback's report. */
function stopSignal(escalation: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = (): void =>
    controller.abort(new K8deployerError(`rollback stopped by a second signal (re-run to converge)`));
  if (escalation.aborted) abort();
  else escalation.addEventListener('abort', abort, { once: true });
  return controller.signal;
}

function skippedRollback(ctx: ClusterContext): string {
  const by = ctx.escalation?.reason instanceof CancelledError ? ` (${ctx.escalation.reason.signalName})` : '';
  return `rollback skipped: second signal${by} (re-run to converge)`;
}

/**
 * The ApplySet parent and the lease live in the app namespace, so it has to exist before anything else. The app's
 * Namespace object is applied (and so labelled as ours) only when k8deployer creates it, or it is already ours, or
 * adopt is set. A namespace that exists and is not ours (a team made it with kubectl, another app owns it) is
 * deployed into as it is: claiming it would let `delete --delete-namespaces` delete it with everything of others in it.
 */
async function ensureNamespace(
  ctx: ClusterContext,
  parent: ApplySetParent,
  mode: { readOnly?: boolean } = {},
): Promise<{ preApplied: Map<string, ApplyResult>; unclaimed?: DesiredObject; needsWrite?: boolean }> {
  const { client, rendered, options } = ctx;
  const applySetId = parent.id;
  const preApplied = new Map<string, ApplyResult>();
  const desired = rendered.objects.find(
    (entry) => entry.object.kind === 'Namespace' && entry.object.metadata.name === rendered.namespace,
  );
  // Credentials scoped to the namespace may not read it: with createNamespace false it is used as it is.
  const { live, exists } = await readNamespace(client, rendered.namespace);
  // Another repository's app of the same name is refused before the first write (not even its namespace is touched).
  if (exists) await parent.verifyOwner();
  if (!desired) {
    if (!exists && mode.readOnly) return { preApplied, needsWrite: true };
    if (!exists)
      throw new K8deployerError(`namespace ${rendered.namespace} does not exist and the app does not create it`);
    return { preApplied };
  }
  if (live && ownerOf(live, applySetId) !== Owner.Ours && !options.adopt) {
    log(
      ctx,
      'info',
      `namespace ${rendered.namespace} exists and was not created by this app: deploying into it without managing it (set adopt to manage it)`,
    );
    return { preApplied, unclaimed: desired };
  }
  const object = decorate(desired.object, applySetId);
  if (mode.readOnly) {
    // No dry run here: only a namespace provably unchanged from its live copy lets the run go without writes.
    if (!live || !provablyUnchanged(object, live)) return { preApplied, needsWrite: true };
    preApplied.set(refKey(refOf(desired.object)), { object: live, created: false });
    return { preApplied };
  }
  const unchanged = live
    ? await unchangedOrRefused(client, object, live, {
        applySetId,
        adopt: options.adopt,
        forceConflicts: options.forceConflicts,
      })
    : undefined;
  const result = unchanged
    ? { object: unchanged, created: false }
    : await client.apply(object, { force: options.forceConflicts });
  preApplied.set(refKey(refOf(desired.object)), result);
  return { preApplied };
}

async function prune(
  ctx: ClusterContext,
  parent: ApplySetParent,
  plan: ClusterPlan | undefined,
  previous: StoredRevision | undefined,
): Promise<{ failures: string[]; changes: PlannedChange[] }> {
  const { client, options, rendered } = ctx;
  // The plan was computed under the lease: its prune set is still what the new set drops.
  const dropped = plan?.prune ?? [];
  // A pruned StatefulSet's claims are its data: they go with it only under deletePvcs, like labelled PVCs.
  const claims = options.removal.deletePvcs
    ? (
        await Promise.all(
          dropped.filter((object) => object.kind === 'StatefulSet').map((sts) => claimTemplateClaims(client, sts)),
        )
      ).flat()
    : [];
  const candidates = [...dropped, ...claims];
  const failures = await removeObjects(candidates, {
    cluster: ctx.cluster,
    client,
    bus: ctx.bus,
    event: 'object-pruned',
    timeoutMs: ctx.options.objectTimeoutMs,
    ignoreErrors: true,
    owner: { applySetId: parent.id, app: rendered.app },
  });
  const changes = candidates.map((object) => ({
    component: componentOfMember(object, previous),
    ref: refOf(object),
    action: ChangeAction.Delete,
  }));
  return { failures, changes };
}

/** Claims an earlier failed install left behind that would block this one (see staleClaims). */
async function removeStaleClaims(ctx: ClusterContext, applySetId: string, signal: AbortSignal): Promise<void> {
  const { client, rendered } = ctx;
  const stale = (await Promise.all(rendered.objects.map((entry) => staleClaims(client, entry.object)))).flat();
  if (stale.length === 0) return;
  log(
    ctx,
    'info',
    `removing never-bound claims of an earlier failed install: ${stale.map((claim) => claim.metadata.name).join(', ')}`,
  );
  const failures = await removeObjects(stale, {
    cluster: ctx.cluster,
    client,
    bus: ctx.bus,
    event: 'object-deleted',
    timeoutMs: ctx.options.objectTimeoutMs,
    ignoreErrors: false,
    signal,
    owner: { applySetId, app: rendered.app },
  });
  if (failures.length > 0) throw new K8deployerError(`could not remove stale claims: ${failures.join('; ')}`);
}

function changesOf(applied: AppliedObject[]): PlannedChange[] {
  return applied.map((entry) => ({ component: entry.component, ref: refOf(entry.object), action: entry.action }));
}

function mergeApplied(before: AppliedObject[], after: AppliedObject[]): AppliedObject[] {
  const seen = new Map(before.map((entry) => [refKey(refOf(entry.object)), entry]));
  for (const entry of after) {
    const key = refKey(refOf(entry.object));
    // The pre-applied Namespace keeps its "create" even though the scheduler's pass saw it unchanged.
    if (!seen.has(key)) seen.set(key, entry);
  }
  return [...seen.values()];
}

/** The context without one desired object (someone else's namespace the app deploys into but does not manage). */
function withoutObject(ctx: ClusterContext, dropped: DesiredObject): ClusterContext {
  const objects = ctx.rendered.objects.filter((entry) => entry !== dropped);
  return { ...ctx, rendered: { ...ctx.rendered, objects } };
}

function componentOf(rendered: RenderedApp, key: string): string {
  return rendered.objects.find((entry) => refKey(refOf(entry.object)) === key)?.component ?? '';
}

function log(ctx: ClusterContext, level: 'debug' | 'info' | 'warning', message: string): void {
  ctx.bus.emit({ type: 'log', level, cluster: ctx.cluster, message, at: Date.now() });
}
