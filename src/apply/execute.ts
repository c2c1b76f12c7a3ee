import type { ApplyResult, ClusterClient } from '../cluster/client.js';
import { isImmutableFieldError } from '../cluster/errors.js';
import { K8deployerError, describeError } from '../errors.js';
import { ChangeAction, Outcome, type EventBus } from '../events.js';
import { refOf, type KubeObject } from '../kube/object.js';
import type { DependencyGraph, GraphNode } from '../plan/graph.js';
import { unchangedByApply } from '../plan/diff.js';
import type { ReadinessTracker } from '../track/tracker.js';
import { decorate, memberKey } from '../inventory/applyset.js';
import { Owner, adoptionRefused, ownerOf } from '../inventory/ownership.js';
import { waitUntilGone } from './wait-gone.js';

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
  const { graph, bus, cluster } = options;
  const abort = new AbortController();
  const signal = AbortSignal.any([options.signal, abort.signal]);
  const remainingDeps = new Map<string, number>();
  for (const node of graph.nodes.values()) remainingDeps.set(node.key, node.dependsOn.size);
  const applied: AppliedObject[] = [];
  const componentState = new Map<string, { total: number; ready: number; startedAt?: number; failed?: string }>();
  for (const node of graph.nodes.values()) {
    const state = componentState.get(node.desired.component) ?? { total: 0, ready: 0 };
    state.total += 1;
    componentState.set(node.desired.component, state);
  }
  let failure: string | undefined;
  let failureCause: unknown;
  let readyCount = 0;
  const slots = new Semaphore(Math.max(1, options.concurrency));
  const priority = graph.criticality();

  const result = await new Promise<ExecuteResult>((resolve) => {
    let inFlight = 0;
    const settleIfDone = (): void => {
      if (inFlight > 0) return;
      if (failure !== undefined || readyCount === graph.nodes.size) {
        resolve(
          failure === undefined ? { ok: true, applied } : { ok: false, reason: failure, cause: failureCause, applied },
        );
      }
    };
    const fail = (reason: string, component?: string, cause?: unknown): void => {
      if (failure === undefined) {
        failure = reason;
        failureCause = cause;
      }
      const state = component ? componentState.get(component) : undefined;
      if (state && !state.failed) state.failed = reason;
      abort.abort();
    };
    const start = (node: GraphNode): void => {
      inFlight += 1;
      void runNode(node)
        .then((ok) => {
          if (!ok) return;
          readyCount += 1;
          const state = componentState.get(node.desired.component);
          if (state) {
            state.ready += 1;
            if (state.ready === state.total && options.reportComponents !== false) {
              bus.emit({
                type: 'component-finished',
                cluster,
                component: node.desired.component,
                outcome: Outcome.Succeeded,
                durationMs: Date.now() - (state.startedAt ?? Date.now()),
                at: Date.now(),
              });
            }
          }
          for (const dependent of node.dependents) {
            const left = (remainingDeps.get(dependent) ?? 1) - 1;
            remainingDeps.set(dependent, left);
            const next = graph.nodes.get(dependent);
            if (left === 0 && next && failure === undefined) start(next);
          }
        })
        .catch((error: unknown) => fail(describeError(error), node.desired.component, error))
        .finally(() => {
          inFlight -= 1;
          settleIfDone();
        });
    };
    const runNode = async (node: GraphNode): Promise<boolean> => {
      const state = componentState.get(node.desired.component);
      if (state && state.startedAt === undefined) state.startedAt = Date.now();
      const result =
        options.preApplied?.get(node.key) ??
        (await slots.run(() => applyOne(options, node, signal), priority.get(node.key)));
      const object = result.object;
      const action = actionOf(result, options.liveVersions.get(memberKey(object)));
      // Recorded even when cancelled meanwhile: a rollback must know every object this run created.
      applied.push({ component: node.desired.component, object, action });
      if (signal.aborted) return false;
      bus.emit({
        type: 'object-applied',
        cluster,
        component: node.desired.component,
        ref: refOf(object),
        action,
        at: Date.now(),
      });
      if (node.desired.options?.skipWait) {
        bus.emit({
          type: 'object-ready',
          cluster,
          component: node.desired.component,
          ref: refOf(object),
          at: Date.now(),
        });
        return true;
      }
      const tracked = await options.tracker.wait({
        component: node.desired.component,
        applied: object,
        timeoutMs: options.objectTimeoutMs,
        signal,
      });
      if (!tracked.ok) {
        if (!signal.aborted || failure === undefined) fail(tracked.reason, node.desired.component, tracked.cause);
        return false;
      }
      // Dependents (its custom resources) start when this resolves: only once discovery serves the new kind.
      if (object.kind === 'CustomResourceDefinition') await awaitCustomResourceDiscovery(options, object, signal);
      return true;
    };
    // Why the outer signal stopped us: a cancellation names its signal (or the end of its grace window); a plain
    // timeout signal carries a DOMException, which is the deadline.
    const stopped = (): string =>
      options.signal.reason instanceof K8deployerError
        ? options.signal.reason.message
        : 'timed out: the deploy did not finish in time';
    if (options.signal.aborted)
      fail(options.signal.reason instanceof K8deployerError ? stopped() : 'deadline reached before the deploy started');
    for (const node of graph.nodes.values()) {
      if (node.dependsOn.size === 0) start(node);
    }
    settleIfDone();
    options.signal.addEventListener('abort', () => fail(stopped()), { once: true });
  });

  if (!result.ok && options.reportComponents !== false) {
    for (const [component, state] of componentState) {
      if (state.ready === state.total) continue;
      bus.emit({
        type: 'component-finished',
        cluster,
        component,
        outcome: state.failed ? Outcome.Failed : Outcome.Skipped,
        durationMs: state.startedAt ? Date.now() - state.startedAt : 0,
        ...(state.failed ? { reason: state.failed } : {}),
        at: Date.now(),
      });
    }
  }
  return result;
}

async function applyOne(options: ExecuteOptions, node: GraphNode, signal: AbortSignal): Promise<ApplyResult> {
  const { client } = options;
  const object = decorate(node.desired.object, options.applySetId);
  const unchanged = await unchangedLive(options, object, signal);
  if (unchanged) return { object: unchanged, created: false };
  try {
    return await client.apply(object, { force: options.forceConflicts, signal });
  } catch (error) {
    if (!isImmutableFieldError(error)) throw error;
    if (!node.desired.options?.replaceOnImmutable) {
      throw new Error(`${describeError(error)} (set replaceOnImmutable on the component to delete and re-create it)`);
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

/**
 * Bounds concurrent API calls. Waiting tasks start highest priority first (FIFO among equals): when applies queue
 * up, the ones on the critical path should not wait behind leaves.
 */
export class Semaphore {
  private active = 0;
  private sequence = 0;
  private readonly waiting: { priority: number; order: number; start: () => void }[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, priority = 0): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>((start) => {
        this.waiting.push({ priority, order: this.sequence++, start });
        this.waiting.sort((a, b) => b.priority - a.priority || a.order - b.order);
      });
    }
    this.active += 1;
    try {
      return await task();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.start();
    }
  }
}
