import type { ApplyResult, ClusterClient } from '../cluster/client.js';
import { isImmutableFieldError } from '../cluster/errors.js';
import { K8deployerError, describeError } from '../errors.js';
import { ChangeAction, Outcome, type EventBus } from '../events.js';
import { refOf, type KubeObject } from '../kube/object.js';
import type { DependencyGraph, GraphNode } from '../plan/graph.js';
import { unchangedByApply } from '../plan/diff.js';
import { provablyUnchanged } from '../plan/unchanged.js';
import { ProblemKind, type PlannedObject } from '../plan/plan.js';
import { Semaphore } from '../plan/semaphore.js';
import type { ReadinessTracker } from '../track/tracker.js';
import { decorate, memberKey } from '../inventory/applyset.js';
import { Owner, adoptionRefused, ownerOf } from '../inventory/ownership.js';
import { waitUntilGone } from './wait-gone.js';
import { runHttpStep } from '../steps/http-run.js';
import { describeRequest } from '../steps/describe.js';

export interface ExecuteOptions {
  cluster: string;
  client: ClusterClient;
  bus: EventBus;
  tracker: ReadinessTracker;
  graph: DependencyGraph;
  applySetId: string;
  /** memberKey → resourceVersion of members before this run: tells `update` from `unchanged`. */
  liveVersions: Map<string, string>;
  /** memberKey → live member listed before this run, so unchanged objects cost no extra read. */
  liveObjects?: Map<string, KubeObject>;
  /** memberKeys whose live state liveObjects holds for sure (absent there = did not exist): no read before applying. */
  prefetched?: Set<string>;
  forceConflicts: boolean;
  /** Take over existing objects k8deployer did not create (the `adopt` setting); refused otherwise. */
  adopt?: boolean;
  /** Applies in flight at once; readiness waits do not count (they cost the server nothing). */
  concurrency: number;
  objectTimeoutMs: number;
  /** The global deadline and cancellation. */
  signal: AbortSignal;
  /** Objects already applied before scheduling (the app's Namespace, so the parent and lease can live in it). */
  preApplied?: Map<string, ApplyResult>;
  /**
   * What the plan decided per object (graph key → planned object): unchanged objects are not written, the others
   * are applied without a second dry run. Without it (a rollback's re-apply) each object is compared before applying.
   */
  planned?: Map<string, PlannedObject>;
  /** Emit component-finished events (off during a rollback's re-apply). */
  reportComponents?: boolean;
}

export interface AppliedObject {
  component: string;
  object: KubeObject;
  action: ChangeAction;
}

export interface ExecuteResult {
  ok: boolean;
  /** One line: what failed first. */
  reason?: string;
  /** The error behind the first failure, when there was one (e.g. the cluster became unreachable). */
  cause?: unknown;
  applied: AppliedObject[];
}

/**
 * Applies every object as soon as all it depends on is ready (DAG scheduling, not waves), waits for its readiness,
 * and stops at the first failure (fail fast): nothing new starts, waits in progress are cancelled.
 */
export async function executeGraph(options: ExecuteOptions): Promise<ExecuteResult> {
  const run = new GraphRun(options);
  const result = await run.execute();
  if (!result.ok && options.reportComponents !== false) run.reportUnfinishedComponents();
  return result;
}

interface ComponentProgress {
  total: number;
  ready: number;
  startedAt?: number;
  failed?: string;
}

/** One pass over the graph. Its state lives in fields, not in closures: what is pending, running, ready, failed. */
class GraphRun {
  private readonly abort = new AbortController();
  private readonly signal: AbortSignal;
  private readonly remainingDeps = new Map<string, number>();
  private readonly components = new Map<string, ComponentProgress>();
  private readonly applied: AppliedObject[] = [];
  private readonly slots: Semaphore;
  private readonly priority: Map<string, number>;
  private failure: { reason: string; cause?: unknown } | undefined;
  private readyCount = 0;
  private inFlight = 0;
  private resolve: (result: ExecuteResult) => void = () => undefined;

  constructor(private readonly options: ExecuteOptions) {
    this.signal = AbortSignal.any([options.signal, this.abort.signal]);
    this.slots = new Semaphore(Math.max(1, options.concurrency));
    this.priority = options.graph.criticality();
    for (const node of options.graph.nodes.values()) {
      this.remainingDeps.set(node.key, node.dependsOn.size);
      const progress = this.components.get(node.desired.component) ?? { total: 0, ready: 0 };
      progress.total += 1;
      this.components.set(node.desired.component, progress);
    }
  }

  execute(): Promise<ExecuteResult> {
    return new Promise<ExecuteResult>((resolve) => {
      this.resolve = resolve;
      const outer = this.options.signal;
      if (outer.aborted)
        this.fail(
          outer.reason instanceof K8deployerError ? this.stopped() : 'deadline reached before the deploy started',
        );
      for (const node of this.options.graph.nodes.values()) {
        if (node.dependsOn.size === 0) this.start(node);
      }
      this.settleIfDone();
      outer.addEventListener('abort', () => this.fail(this.stopped()), { once: true });
    });
  }

  /** Components that did not finish: failed (the one that failed) or skipped (never started or cancelled). */
  reportUnfinishedComponents(): void {
    for (const [component, progress] of this.components) {
      if (progress.ready === progress.total) continue;
      this.options.bus.emit({
        type: 'component-finished',
        cluster: this.options.cluster,
        component,
        outcome: progress.failed ? Outcome.Failed : Outcome.Skipped,
        durationMs: progress.startedAt ? Date.now() - progress.startedAt : 0,
        ...(progress.failed ? { reason: progress.failed } : {}),
        at: Date.now(),
      });
    }
  }

  private start(node: GraphNode): void {
    this.inFlight += 1;
    void this.runNode(node)
      .then((ok) => {
        if (ok) this.nodeReady(node);
      })
      .catch((error: unknown) => this.fail(describeError(error), node.desired.component, error))
      .finally(() => {
        this.inFlight -= 1;
        this.settleIfDone();
      });
  }

  private nodeReady(node: GraphNode): void {
    this.readyCount += 1;
    const progress = this.components.get(node.desired.component);
    if (progress) {
      progress.ready += 1;
      if (progress.ready === progress.total && this.options.reportComponents !== false) {
        this.options.bus.emit({
          type: 'component-finished',
          cluster: this.options.cluster,
          component: node.desired.component,
          outcome: Outcome.Succeeded,
          durationMs: Date.now() - (progress.startedAt ?? Date.now()),
          at: Date.now(),
        });
      }
    }
    for (const dependent of node.dependents) {
      const left = (this.remainingDeps.get(dependent) ?? 1) - 1;
      this.remainingDeps.set(dependent, left);
      const next = this.options.graph.nodes.get(dependent);
      if (left === 0 && next && this.failure === undefined) this.start(next);
    }
  }

  private async runNode(node: GraphNode): Promise<boolean> {
    const { options, signal } = this;
    const progress = this.components.get(node.desired.component);
    if (progress && progress.startedAt === undefined) progress.startedAt = Date.now();
    if (node.desired.step) return this.runStep(node, node.desired.step);
    const result =
      options.preApplied?.get(node.key) ??
      (await this.slots.run(() => applyOne(options, node, signal), this.priority.get(node.key)));
    const object = result.object;
    const action = actionOf(result, options.liveVersions.get(memberKey(object)));
    // Recorded even when cancelled meanwhile: a rollback must know every object this run created.
    this.applied.push({ component: node.desired.component, object, action });
    if (signal.aborted) return false;
    const event = { cluster: options.cluster, component: node.desired.component, ref: refOf(object) };
    options.bus.emit({ type: 'object-applied', ...event, action, at: Date.now() });
    if (node.desired.options?.skipWait) {
      options.bus.emit({ type: 'object-ready', ...event, at: Date.now() });
      return true;
    }
    const tracked = await options.tracker.wait({
      component: node.desired.component,
      applied: object,
      timeoutMs: options.objectTimeoutMs,
      signal,
    });
    if (!tracked.ok) {
      if (!signal.aborted || this.failure === undefined)
        this.fail(tracked.reason, node.desired.component, tracked.cause);
      return false;
    }
    // Dependents (its custom resources) start when this resolves: only once discovery serves the new kind.
    if (object.kind === 'CustomResourceDefinition') await awaitCustomResourceDiscovery(options, object, signal);
    return true;
  }

  /**
   * A kind: http step: the request instead of an apply, its success instead of readiness. It writes nothing to the
   * cluster, so nothing is recorded for a rollback; a failure fails its component like a failed Job.
   */
  private async runStep(node: GraphNode, step: NonNullable<GraphNode['desired']['step']>): Promise<boolean> {
    const { options, signal } = this;
    const base = { cluster: options.cluster, component: node.desired.component };
    const request = describeRequest(step.http);
    if (step.decision && !step.decision.run) {
      options.bus.emit({
        type: 'step-finished',
        ...base,
        ran: false,
        ok: true,
        line: `${request}: not run, ${step.decision.why}`,
        at: Date.now(),
      });
      return true;
    }
    options.bus.emit({ type: 'step-started', ...base, request, at: Date.now() });
    const outcome = await runHttpStep(step.http, {
      signal,
      onRetry: (retry) => options.bus.emit({ type: 'step-retry', ...base, ...retry, at: Date.now() }),
    });
    if (signal.aborted && this.failure !== undefined) return false;
    options.bus.emit({ type: 'step-finished', ...base, ran: true, ok: outcome.ok, line: outcome.line, at: Date.now() });
    if (!outcome.ok) this.fail(outcome.line, node.desired.component);
    return outcome.ok;
  }

  private fail(reason: string, component?: string, cause?: unknown): void {
    this.failure ??= { reason, cause };
    const progress = component ? this.components.get(component) : undefined;
    if (progress && !progress.failed) progress.failed = reason;
    this.abort.abort();
  }

  private settleIfDone(): void {
    if (this.inFlight > 0) return;
    if (this.failure !== undefined) {
      this.resolve({ ok: false, reason: this.failure.reason, cause: this.failure.cause, applied: this.applied });
    } else if (this.readyCount === this.options.graph.nodes.size) {
      this.resolve({ ok: true, applied: this.applied });
    }
  }

  /**
   * Why the outer signal stopped us: a cancellation names its signal (or the end of its grace window); a plain
   * timeout signal carries a DOMException, which is the deadline.
   */
  private stopped(): string {
    const reason: unknown = this.options.signal.reason;
    return reason instanceof K8deployerError ? reason.message : 'timed out: the deploy did not finish in time';
  }
}

async function applyOne(options: ExecuteOptions, node: GraphNode, signal: AbortSignal): Promise<ApplyResult> {
  const planned = options.planned?.get(node.key);
  if (planned) return applyPlanned(options, node, planned, signal);
  const object = decorate(node.desired.object, options.applySetId);
  const unchanged = await unchangedLive(options, object, signal);
  if (unchanged) return { object: unchanged, created: false };
  return applyOrReplace(options, node, object, signal);
}

/** Carries out the plan's decision for one object. */
async function applyPlanned(
  options: ExecuteOptions,
  node: GraphNode,
  planned: PlannedObject,
  signal: AbortSignal,
): Promise<ApplyResult> {
  // An immutable field is what the real apply reports (or replaces the object for); anything else fails here.
  if (planned.problem && planned.problem.kind !== ProblemKind.Immutable)
    throw new K8deployerError(planned.problem.message);
  if (planned.action === ChangeAction.Unchanged && planned.live) return { object: planned.live, created: false };
  return applyOrReplace(options, node, planned.object, signal);
}

async function applyOrReplace(
  options: ExecuteOptions,
  node: GraphNode,
  object: KubeObject,
  signal: AbortSignal,
): Promise<ApplyResult> {
  const { client } = options;
  try {
    return await client.apply(object, { force: options.forceConflicts, signal });
  } catch (error) {
    if (!isImmutableFieldError(error)) throw error;
    if (!node.desired.options?.replaceOnImmutable) {
      throw new K8deployerError(
        `${describeError(error)} (set replaceOnImmutable on the component to delete and re-create it)`,
        { cause: error },
      );
    }
    // Replace strategy: the field can only change by re-creating the object.
    const ref = refOf(object);
    await client.delete(ref, { propagation: 'Foreground', signal });
    await waitUntilGone(client, ref, options.objectTimeoutMs, signal);
    return client.apply(object, { force: options.forceConflicts, signal });
  }
}

async function unchangedLive(
  options: ExecuteOptions,
  object: KubeObject,
  signal: AbortSignal,
): Promise<KubeObject | undefined> {
  const key = memberKey(object);
  const live =
    options.liveObjects?.get(key) ??
    (options.prefetched?.has(key) ? undefined : await options.client.get(refOf(object)));
  return live ? unchangedOrRefused(options.client, object, live, { ...options, signal }) : undefined;
}

/**
 * The live object when applying `object` over it would change nothing (then nothing is written: a no-op deploy
 * makes no write request at all), else undefined. Throws when the object is not ours to take over, unless adopt.
 */
export async function unchangedOrRefused(
  client: ClusterClient,
  object: KubeObject,
  live: KubeObject,
  options: { applySetId: string; adopt?: boolean; forceConflicts: boolean; signal?: AbortSignal },
): Promise<KubeObject | undefined> {
  const owner = ownerOf(live, options.applySetId);
  if (owner !== Owner.Ours && !options.adopt) throw adoptionRefused(live, owner);
  if (provablyUnchanged(object, live)) return live;
  let dryRun: KubeObject;
  try {
    dryRun = (await client.apply(object, { force: options.forceConflicts, dryRun: true, signal: options.signal }))
      .object;
  } catch (error) {
    // The real apply reports it (or replaces the object on an immutable field).
    if (isImmutableFieldError(error)) return undefined;
    throw error;
  }
  // The same resourceVersion proves the live copy is still current, so the comparison is against the truth.
  const current = dryRun.metadata['resourceVersion'] === live.metadata['resourceVersion'];
  return current && unchangedByApply(live, dryRun) ? live : undefined;
}

function actionOf(result: ApplyResult, previousVersion: string | undefined): ChangeAction {
  if (result.created) return ChangeAction.Create;
  return previousVersion !== undefined && previousVersion === result.object.metadata['resourceVersion']
    ? ChangeAction.Unchanged
    : ChangeAction.Update;
}

/**
 * Custom resources of a just-established CRD are unknown to cached discovery, and for a moment to the server's own
 * discovery too (see Discovery.awaitResource): wait until every served version lists the kind.
 */
async function awaitCustomResourceDiscovery(
  options: ExecuteOptions,
  crd: KubeObject,
  signal: AbortSignal,
): Promise<void> {
  const spec = crd['spec'] as
    { group?: string; names?: { kind?: string }; versions?: { name?: string; served?: boolean }[] } | undefined;
  const kind = spec?.names?.kind;
  if (!spec?.group || !kind) return;
  const served = (spec.versions ?? []).filter((version) => version.name && version.served !== false);
  await Promise.all(
    served.map((version) =>
      options.client.awaitResource(`${spec.group}/${version.name}`, kind, {
        timeoutMs: options.objectTimeoutMs,
        signal,
      }),
    ),
  );
}
