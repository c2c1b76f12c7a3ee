// The deploy engine's public entry: plan, deploy and delete an app on one or many clusters. Clusters run in
// parallel and isolated: one failing (or unreachable) never stops or corrupts another. Everything the user sees
// is emitted on the bus; the returned value is the machine-readable summary.
import { randomUUID } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { connectCluster, type ClusterClient, type ClusterClientOptions } from './cluster/client.js';
import { CancelledError, isCancelled } from './cancel.js';
import { describeError } from './errors.js';
import { Outcome, type EventBus } from './events.js';
import type { RenderedApp } from './render/types.js';
import { RollbackScope, type Settings } from './settings/types.js';
import type { EngineOptions } from './apply/options.js';
import type { ClusterContext, ClusterResult } from './apply/context.js';
import { prepareDeploy, type DeployMode, type PreparedDeploy } from './apply/deploy.js';
import { defaultTuning, type EngineTuning } from './apply/tuning.js';
import { deleteApp } from './apply/undeploy.js';
import { planCluster, withoutSecretValues, type ClusterPlan } from './plan/plan.js';
import { checkPlanPermissions } from './plan/plan-permissions.js';
import { createsOwnNamespace } from './plan/permission-check.js';
import { stepSummary } from './plan/steps.js';
import { blueGreenEvent } from './apply/blue-green-events.js';
import { switchColors } from './apply/blue-green-switch.js';
import type { SwitchAction } from './strategy/blue-green/switch-plan.js';

export type { ClusterResult } from './apply/context.js';
export type { EngineOptions } from './apply/options.js';
export type { ClusterPlan } from './plan/plan.js';
export type { EngineTuning } from './apply/tuning.js';
export type { FailFastThresholds } from './track/failfast.js';

export interface EngineTarget {
  cluster: string;
  /** The cluster's credentials, or how to get them: a failure to get them fails this cluster only. */
  kubeConfig: KubeConfig | (() => Promise<KubeConfig>);
  rendered: RenderedApp;
}

export interface EngineRequest {
  targets: EngineTarget[];
  bus: EventBus;
  options: EngineOptions;
  /**
   * The command the reports name (run-started); the engine itself does not look at it. Default plan, deploy, delete.
   */
  command?: string;
  /** Engine internals (fail-fast thresholds, lease TTL, ...): defaults suit production; tests shorten them. */
  tuning?: Partial<EngineTuning>;
  /**
   * Cancellation (SIGINT/SIGTERM, reason a CancelledError): deploys stop scheduling, end their waits, apply the
   * rollback policy within tuning.cancelGraceMs, release their leases and finish as `cancelled`.
   */
  signal?: AbortSignal;
  /** A second signal: skip or stop the rollbacks still running; leases are still released. */
  escalation?: AbortSignal;
}

export interface EngineRunRequest extends EngineRequest {
  /** Identifies this run: the lease holder, and in events. */
  runId: string;
  /** runDeploy: deploy (default), or promote / abort the rollout in progress (src/strategy). */
  mode?: DeployMode;
}

export interface RunResult {
  outcome: Outcome;
  clusters: ClusterResult[];
}

export interface PlanResult extends RunResult {
  plans: ClusterPlan[];
}

/** Dry run on every cluster: what deploy would create, update, leave alone and prune. Writes nothing. */
export async function runPlan(request: EngineRequest & { runId?: string }): Promise<PlanResult> {
  const started = begin(request, request.command ?? 'plan', request.runId ?? randomUUID());
  const plans: ClusterPlan[] = [];
  const clusters = await Promise.all(
    request.targets.map(async (target) => {
      const startedAt = Date.now();
      request.bus.emit({
        type: 'cluster-started',
        cluster: target.cluster,
        namespace: target.rendered.namespace,
        at: startedAt,
      });
      const outcome = await inCluster(request, target, async (client) => {
        const { options } = request;
        const plan = await planCluster(client, target.rendered, {
          force: options.forceConflicts,
          flags: options.removal,
          adopt: options.adopt,
          concurrency: options.concurrency,
          ...(options.repository ? { repository: options.repository } : {}),
        });
        // Every permission the deploy would lack, in one message: the plan fails where the deploy would.
        const skipped = await checkPlanPermissions(client, plan, createsOwnNamespace(target.rendered));
        if (skipped) log(request, target.cluster, 'debug', skipped);
        plans.push(withoutSecretValues(plan));
        for (const problem of plan.problems) {
          request.bus.emit({
            type: 'log',
            level: 'warning',
            cluster: target.cluster,
            message: problem,
            at: Date.now(),
          });
        }
        request.bus.emit({
          type: 'plan-ready',
          cluster: target.cluster,
          changes: plan.changes,
          ...(plan.steps?.length ? { steps: plan.steps.map(stepSummary) } : {}),
          at: Date.now(),
        });
        for (const status of plan.blueGreen ?? []) request.bus.emit(blueGreenEvent(target.cluster, status));
        const failed = plan.problems.length > 0;
        return {
          cluster: target.cluster,
          outcome: failed ? Outcome.Failed : Outcome.Planned,
          ...(failed ? { reason: plan.problems.join('; ') } : {}),
          changes: plan.changes,
        };
      });
      emitClusterFinished(request, outcome, startedAt);
      return outcome;
    }),
  );
  const result = finishRun(request, started, clusters, Outcome.Planned);
  return {
    ...result,
    plans: request.targets.flatMap((target) => plans.filter((plan) => plan.cluster === target.cluster)),
  };
}

/**
 * Applies the rendered app to every target: objects in dependency order as soon as their dependencies are ready,
 * fail fast, prune what left the set, record the revision; on failure roll back per options.rollback.
 */
export async function runDeploy(request: EngineRunRequest): Promise<RunResult> {
  const started = begin(request, request.command ?? 'deploy', request.runId);
  const tuning = tuningOf(request);
  const scope = request.options.rollback;
  const contexts: { target: EngineTarget; client?: ClusterClient; startedAt: number }[] = request.targets.map(
    (target) => ({
      target,
      startedAt: Date.now(),
    }),
  );
  const prepare = async (entry: (typeof contexts)[number]): Promise<PreparedDeploy> => {
    try {
      entry.client = connectCluster(
        entry.target.cluster,
        await kubeConfigOf(entry.target),
        clientOptions(request, entry.target.cluster, tuning),
      );
      return await prepareDeploy(contextFor(request, entry.target, entry.client, tuning), request.mode);
    } catch (error) {
      const reason = describeError(error);
      return {
        ok: false,
        reason,
        commit: () => Promise.resolve(failedResult(entry.target, reason)),
        rollBack: () => Promise.resolve(failedResult(entry.target, reason)),
      };
    }
  };
  const conclude = async (
    entry: (typeof contexts)[number],
    finalize: () => Promise<ClusterResult>,
  ): Promise<ClusterResult> => {
    let result: ClusterResult;
    try {
      result = await finalize();
    } catch (error) {
      result = failedResult(entry.target, describeError(error));
    }
    // Whatever a cancelled cluster's rollback achieved, the run did not do what was asked: say why it stopped.
    if (isCancelled(request.signal) && (result.outcome === Outcome.Failed || result.outcome === Outcome.RolledBack)) {
      result = { ...result, outcome: Outcome.Cancelled };
    }
    const apiWrites = entry.client?.writes;
    entry.client?.close();
    emitClusterFinished(request, result, entry.startedAt);
    return apiWrites === undefined ? result : { ...result, apiWrites };
  };
  for (const entry of contexts) {
    request.bus.emit({
      type: 'cluster-started',
      cluster: entry.target.cluster,
      namespace: entry.target.rendered.namespace,
      at: Date.now(),
    });
  }

  let clusters: ClusterResult[];
  if (scope === RollbackScope.All && contexts.length > 1) {
    // Every cluster must succeed before any commits; one failure rolls back every cluster touched.
    const prepared = await Promise.all(contexts.map(prepare));
    const firstFailure = prepared.findIndex((entry) => !entry.ok);
    clusters = await Promise.all(
      contexts.map((entry, index) => {
        const deploy = prepared[index] as PreparedDeploy;
        if (firstFailure < 0) return conclude(entry, () => deploy.commit());
        const why = deploy.ok
          ? `rolled back because cluster ${contexts[firstFailure]?.target.cluster ?? '?'} failed`
          : (deploy.reason ?? 'deploy failed');
        return conclude(entry, () => deploy.rollBack(why));
      }),
    );
  } else {
    clusters = await Promise.all(
      contexts.map(async (entry) => {
        const deploy = await prepare(entry);
        return conclude(entry, () => (deploy.ok ? deploy.commit() : deploy.rollBack(deploy.reason ?? 'deploy failed')));
      }),
    );
  }
  // promote / abort on a cluster with no rollout in progress has nothing to do: that is not a failure.
  const alsoFine = request.mode && request.mode !== 'deploy' ? [Outcome.Skipped] : [];
  return finishRun(
    request,
    started,
    clusters,
    request.mode === 'abort' ? Outcome.RolledBack : Outcome.Succeeded,
    alsoFine,
  );
}

/** Removes everything k8deployer deployed for the app (PVCs and Namespaces only when options.removal says so). */
export async function runDelete(request: EngineRunRequest): Promise<RunResult> {
  const started = begin(request, request.command ?? 'delete', request.runId);
  const clusters = await eachCluster(request, (ctx) => deleteApp(ctx));
  return finishRun(request, started, clusters, Outcome.Deleted);
}

/** One piece of work per target, in parallel, each cluster isolated and reported as it starts and finishes. */
function eachCluster(
  request: EngineRunRequest,
  work: (ctx: ClusterContext) => Promise<ClusterResult>,
): Promise<ClusterResult[]> {
  const tuning = tuningOf(request);
  return Promise.all(
    request.targets.map(async (target) => {
      const startedAt = Date.now();
      request.bus.emit({
        type: 'cluster-started',
        cluster: target.cluster,
        namespace: target.rendered.namespace,
        at: Date.now(),
      });
      const result = await inCluster(request, target, (client) => work(contextFor(request, target, client, tuning)));
      emitClusterFinished(request, result, startedAt);
      return result;
    }),
  );
}

/**
 * promote / abort on every target: blue-green components switch their main Service (src/strategy/blue-green/switch.ts),
 * each cluster under its deploy lease, isolated like a deploy.
 */
export async function runBlueGreenSwitch(request: EngineRunRequest, action: SwitchAction): Promise<RunResult> {
  const started = begin(request, request.command ?? action, request.runId);
  const clusters = await eachCluster(request, (ctx) => switchColors(ctx, action));
  return finishRun(request, started, clusters, Outcome.Succeeded);
}

/** Runs that emitted run-finished: a signal after that is no longer this run's cancellation. */
const finishedRuns = new WeakSet<EngineRequest>();

function begin(request: EngineRequest, command: string, runId: string): number {
  const at = Date.now();
  const { signal } = request;
  if (signal) {
    const announce = (): void => {
      if (finishedRuns.has(request)) return;
      const name = signal.reason instanceof CancelledError ? signal.reason.signalName : 'a signal';
      request.bus.emit({ type: 'run-cancelled', signal: name, at: Date.now() });
    };
    if (signal.aborted) queueMicrotask(announce);
    else signal.addEventListener('abort', announce, { once: true });
  }
  request.bus.emit({
    type: 'run-started',
    runId,
    command,
    app: request.targets[0]?.rendered.app ?? '',
    clusters: request.targets.map((target) => target.cluster),
    at,
  });
  return at;
}

function finishRun(
  request: EngineRequest,
  startedAt: number,
  clusters: ClusterResult[],
  success: Outcome,
  alsoFine: Outcome[] = [],
): RunResult {
  finishedRuns.add(request);
  // A rollout held until promoted is not a failure: the run says it is paused (and what to run next).
  const fine = new Set<Outcome>([success, Outcome.Paused, ...alsoFine]);
  const allDone = clusters.every((entry) => fine.has(entry.outcome));
  const paused = clusters.some((entry) => entry.outcome === Outcome.Paused);
  const outcome = allDone
    ? paused
      ? Outcome.Paused
      : success
    : isCancelled(request.signal)
      ? Outcome.Cancelled
      : Outcome.Failed;
  request.bus.emit({ type: 'run-finished', outcome, durationMs: Date.now() - startedAt, at: Date.now() });
  return { outcome, clusters };
}

/** Runs one cluster's work with its own client; any error becomes that cluster's failure, never the run's. */
async function inCluster(
  request: EngineRequest,
  target: EngineTarget,
  work: (client: ClusterClient) => Promise<ClusterResult>,
): Promise<ClusterResult> {
  let client: ClusterClient | undefined;
  try {
    client = connectCluster(
      target.cluster,
      await kubeConfigOf(target),
      clientOptions(request, target.cluster, tuningOf(request)),
    );
    return await work(client);
  } catch (error) {
    return failedResult(target, describeError(error));
  } finally {
    client?.close();
  }
}

/** Watch behaviour from the tuning; the client's notes (relists) become debug events of the cluster. */
function clientOptions(request: EngineRequest, cluster: string, tuning: EngineTuning): ClusterClientOptions {
  return {
    watchFailAfterMs: tuning.watchFailAfterMs,
    watchTimeoutSeconds: tuning.watchTimeoutSeconds,
    log: (message) => request.bus.emit({ type: 'log', level: 'debug', cluster, message, at: Date.now() }),
  };
}

async function kubeConfigOf(target: EngineTarget): Promise<KubeConfig> {
  return typeof target.kubeConfig === 'function' ? target.kubeConfig() : target.kubeConfig;
}

function contextFor(
  request: EngineRequest & { runId?: string },
  target: EngineTarget,
  client: ClusterClient,
  tuning: EngineTuning,
): ClusterContext {
  return {
    cluster: target.cluster,
    client,
    rendered: target.rendered,
    bus: request.bus,
    options: request.options,
    runId: request.runId ?? randomUUID(),
    tuning,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.escalation ? { escalation: request.escalation } : {}),
  };
}

function log(request: EngineRequest, cluster: string, level: 'debug' | 'warning', message: string): void {
  request.bus.emit({ type: 'log', level, cluster, message, at: Date.now() });
}

function emitClusterFinished(request: EngineRequest, result: ClusterResult, startedAt: number): void {
  request.bus.emit({
    type: 'cluster-finished',
    cluster: result.cluster,
    outcome: result.outcome,
    durationMs: Date.now() - startedAt,
    ...(result.reason ? { reason: result.reason } : {}),
    ...(result.revision !== undefined ? { revision: result.revision } : {}),
    at: Date.now(),
  });
}

function failedResult(target: EngineTarget, reason: string): ClusterResult {
  return { cluster: target.cluster, outcome: Outcome.Failed, reason };
}

function tuningOf(request: EngineRequest): EngineTuning {
  return {
    ...defaultTuning,
    ...request.tuning,
    thresholds: { ...defaultTuning.thresholds, ...request.tuning?.thresholds },
  };
}

/** The run's settings as the engine takes them: durations in milliseconds, the removal flags in one place. */
export function engineOptions(settings: Settings): EngineOptions {
  return {
    timeoutMs: settings.timeoutSeconds * 1000,
    objectTimeoutMs: settings.objectTimeoutSeconds * 1000,
    concurrency: settings.concurrency,
    forceConflicts: settings.forceConflicts,
    adopt: settings.adopt,
    prune: settings.prune,
    rollback: settings.rollback,
    removal: { deleteNamespaces: settings.deleteNamespaces, deletePvcs: settings.deletePvcs, deleteCrds: false },
    ignoreErrors: settings.ignoreErrors,
    ...(settings.repository ? { repository: settings.repository } : {}),
  };
}
