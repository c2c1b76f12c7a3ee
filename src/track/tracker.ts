import type { ClusterClient } from '../cluster/client.js';
import type { Informer } from '../cluster/informer.js';
import { describeError } from '../errors.js';
import { ObjectStatus, type EventBus, type FailureDetails } from '../events.js';
import { refOf, type KubeObject, type ObjectRef } from '../kube/object.js';
import { generationOf, numberAt, stringAt, uidOf } from './fields.js';
import {
  claimFailure,
  controllerFailure,
  defaultThresholds,
  eventFailure,
  newReplicaSetOf,
  podFailure,
  podsScalingUp,
  podStates,
  podsOfNewRevision,
  readinessProbeFailure,
  type FailFastThresholds,
  type FailFastVerdict,
  type FailureSignal,
  type KubeEventLike,
} from './failfast.js';
import { readinessOf, type ReadinessContext } from './readiness.js';
import { isRelated, type RelatedLookup, type WatchRole } from './related.js';

export interface TrackTarget {
  component: string;
  /** The object as the apply returned it: its generation and UID are the floor for later reads. */
  applied: KubeObject;
  timeoutMs: number;
  signal?: AbortSignal;
}

export type TrackResult = { ok: true } | { ok: false; reason: string; details?: FailureDetails; cause?: unknown };

export interface TrackerOptions {
  cluster: string;
  client: ClusterClient;
  bus: EventBus;
  thresholds?: Partial<FailFastThresholds>;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod']);

interface WatchedInformers {
  self: Informer;
  pods?: Informer;
  replicaSets?: Informer;
  /** Every event of the namespace (see openInformers). */
  events?: Informer;
}

function warningsOf(events: Informer | undefined): KubeEventLike[] {
  return ((events?.list() ?? []) as KubeEventLike[]).filter((event) => event.type === 'Warning');
}

function scaleUpsOf(events: Informer | undefined): KubeEventLike[] {
  return ((events?.list() ?? []) as KubeEventLike[]).filter((event) => event.reason === 'TriggeredScaleUp');
}

type PodVerdict = FailFastVerdict & { pods?: KubeObject[] };

type Evidence = { object?: KubeObject; signal?: FailureSignal; cause?: unknown };

/** What a single wait needs from its tracker: pure verdicts, and the reporting that ends or advances it. */
interface TrackHooks {
  readiness(live: KubeObject): ReturnType<typeof readinessOf>;
  verdict(live: KubeObject): PodVerdict;
  succeed(message: string, warning?: string): Promise<TrackResult>;
  fail(message: string, evidence?: Evidence): Promise<TrackResult>;
  progress(status: ObjectStatus, message: string): void;
}

/**
 * Waits for objects to become ready by listening to shared informers (never polling), turning updates into
 * object-progress / object-ready / object-failed events. Timers only re-check time-based fail-fast thresholds.
 */
export class ReadinessTracker {
  private readonly thresholds: FailFastThresholds;
  private readonly firstSeenAt = new Map<string, number>();

  constructor(private readonly options: TrackerOptions) {
    this.thresholds = { ...defaultThresholds, ...options.thresholds };
  }

  async wait(target: TrackTarget): Promise<TrackResult> {
    const applied = target.applied;
    const ref = refOf(applied);
    const context: ReadinessContext = { minGeneration: generationOf(applied), expectedUid: uidOf(applied) };
    if (applied.kind === 'PersistentVolumeClaim') context.waitForFirstConsumer = await this.bindsLate(applied);

    const immediate = readinessOf(applied, context);
    if (immediate.status === ObjectStatus.Ready) return this.succeed(target, ref, immediate.message, immediate.warning);

    let informers: WatchedInformers;
    try {
      informers = await this.openInformers(applied);
    } catch (error) {
      return this.fail(target, ref, describeError(error), { cause: error });
    }
    return new TrackRun(target, ref, informers, this.thresholds.noProgressMs, {
      readiness: (live) => readinessOf(live, context),
      verdict: (live) => this.verdictOf(live, informers),
      succeed: (message, warning) => this.succeed(target, ref, message, warning),
      fail: (message, evidence) => this.fail(target, ref, message, evidence),
      progress: (status, message) =>
        this.options.bus.emit({
          type: 'object-progress',
          cluster: this.options.cluster,
          component: target.component,
          ref,
          status,
          message,
          at: Date.now(),
        }),
    }).run();
  }

  /** The watches an object's readiness and fail-fast verdict depend on; only the object's own one for non-workloads. */
  private async openInformers(applied: KubeObject): Promise<WatchedInformers> {
    const { client } = this.options;
    const namespace = applied.metadata.namespace;
    const workload = WORKLOAD_KINDS.has(applied.kind);
    // Opened together: the first wait in a namespace lists and watches each kind, one round trip for all of them.
    const [self, pods, replicaSets, events] = await Promise.all([
      client.informer(applied.apiVersion, applied.kind, { namespace }),
      workload ? client.informer('v1', 'Pod', { namespace }) : undefined,
      applied.kind === 'Deployment' ? client.informer('apps/v1', 'ReplicaSet', { namespace }) : undefined,
      // Warnings (FailedCreate, FailedMount and a claim's ProvisioningFailed show up nowhere else) and the cluster
      // autoscaler's TriggeredScaleUp, a Normal event. One watch of the namespace's events for both, filtered here: a
      // field selector cannot say "this or that", and one watch per kind and namespace is what the server should see.
      (workload || applied.kind === 'PersistentVolumeClaim') && namespace
        ? client.informer('v1', 'Event', { namespace })
        : undefined,
    ]);
    return { self, pods, replicaSets, events };
  }

  /** Fail-fast verdict for an object that is neither ready nor failed by its own status. */
  private verdictOf(live: KubeObject, informers: WatchedInformers): PodVerdict {
    if (informers.pods) return this.podVerdict(live, informers.pods, informers.replicaSets, informers.events);
    if (live.kind === 'PersistentVolumeClaim' && informers.events) {
      return claimFailure(live, warningsOf(informers.events), Date.now(), this.thresholds);
    }
    return {};
  }

  private podVerdict(
    live: KubeObject,
    podInformer: Informer,
    rsInformer: Informer | undefined,
    eventInformer: Informer | undefined,
  ): PodVerdict {
    // Until the controller has seen our generation, "the new revision" still names the one we replace (a rollback
    // would otherwise fail on the very pods it is removing).
    const observed = numberAt(live, 'status', 'observedGeneration');
    const generation = generationOf(live);
    if (
      live.kind !== 'Pod' &&
      live.kind !== 'Job' &&
      (observed === undefined || (generation !== undefined && observed < generation))
    ) {
      return {};
    }
    const now = Date.now();
    const firstSeen = (key: string): number => {
      const seen = this.firstSeenAt.get(key);
      if (seen !== undefined) return seen;
      this.firstSeenAt.set(key, now);
      return now;
    };
    const replicaSets = rsInformer?.list() ?? [];
    const pods = podsOfNewRevision(live, podInformer.list(), replicaSets);
    let recheckAt: number | undefined;
    const warnings = warningsOf(eventInformer);
    const scalingUp = podsScalingUp(scaleUpsOf(eventInformer));
    for (const pod of pods) {
      const verdict = podFailure(pod, now, firstSeen, this.thresholds, {
        scalingUp: scalingUp.has(uidOf(pod) ?? ''),
        warnings,
        workload: live,
      });
      if (verdict.failure) return verdict;
      if (verdict.recheckAt !== undefined) recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
    }
    if (eventInformer) {
      const verdict = readinessProbeFailure(pods, warnings, now, this.thresholds);
      if (verdict.failure) return verdict;
      if (verdict.recheckAt !== undefined) recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
    }
    // A raw ReplicaSet is its own "new ReplicaSet": its ReplicaFailure gets the same fail-fast as a Deployment's.
    const newRs =
      live.kind === 'Deployment' ? newReplicaSetOf(live, replicaSets) : live.kind === 'ReplicaSet' ? live : undefined;
    if (newRs) {
      const verdict = controllerFailure(newRs, now, firstSeen, this.thresholds);
      if (verdict.failure) return verdict;
      if (verdict.recheckAt !== undefined) recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
    }
    if (eventInformer) {
      const uids = new Set(
        [uidOf(live), uidOf(newRs ?? live), ...pods.map(uidOf)].filter((uid): uid is string => uid !== undefined),
      );
      const verdict = eventFailure(warnings, uids, now, this.thresholds);
      if (verdict.failure) return verdict;
      if (verdict.recheckAt !== undefined) recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
    }
    return recheckAt === undefined ? { pods } : { recheckAt, pods };
  }

  private succeed(target: TrackTarget, ref: ObjectRef, message: string, warning?: string): Promise<TrackResult> {
    const { bus, cluster } = this.options;
    if (warning) {
      bus.emit({ type: 'log', level: 'warning', cluster, message: `${label(ref)}: ${warning}`, at: Date.now() });
    }
    bus.emit({
      type: 'object-progress',
      cluster,
      component: target.component,
      ref,
      status: ObjectStatus.Ready,
      message,
      at: Date.now(),
    });
    bus.emit({ type: 'object-ready', cluster, component: target.component, ref, at: Date.now() });
    return Promise.resolve({ ok: true });
  }

  private async fail(
    target: TrackTarget,
    ref: ObjectRef,
    message: string,
    evidence: Evidence = {},
  ): Promise<TrackResult> {
    const reason = message.startsWith('cluster ') ? message : `${label(ref)}: ${message}`;
    // No evidence to collect from a cluster we cannot reach.
    const details = evidence.cause ? undefined : await this.details(evidence).catch(() => undefined);
    this.options.bus.emit({
      type: 'object-failed',
      cluster: this.options.cluster,
      component: target.component,
      ref,
      reason,
      ...(details ? { details } : {}),
      at: Date.now(),
    });
    return { ok: false, reason, ...(details ? { details } : {}), ...(evidence.cause ? { cause: evidence.cause } : {}) };
  }

  /** Events of the object and the failing pod, plus the failing container's log tail when logs exist. */
  private async details(evidence: {
    object?: KubeObject;
    signal?: FailureSignal;
  }): Promise<FailureDetails | undefined> {
    if (!evidence.object) return undefined;
    const { client } = this.options;
    const events = await client.eventsFor(evidence.object);
    const pod = evidence.signal?.pod;
    const container = evidence.signal?.container;
    if (!pod || pod === evidence.object) return { events };
    events.push(...(await client.eventsFor(pod)).map((line) => `pod ${pod.metadata.name}: ${line}`));
    if (!container || !pod.metadata.namespace) return { events };
    const log = await client.logTail(pod.metadata.namespace, pod.metadata.name, container, {
      lines: 20,
      previous: evidence.signal?.previousLog ?? false,
    });
    return log.lines ? { events, logTail: log.lines } : { events, logUnavailable: log.unavailable ?? 'no log' };
  }

  private async bindsLate(pvc: KubeObject): Promise<boolean> {
    const className = stringAt(pvc, 'spec', 'storageClassName');
    try {
      const classes = await this.options.client.list('storage.k8s.io/v1', 'StorageClass');
      const storageClass = className
        ? classes.find((entry) => entry.metadata.name === className)
        : classes.find(
            (entry) => entry.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
          );
      return stringAt(storageClass, 'volumeBindingMode') === 'WaitForFirstConsumer';
    } catch {
      return false;
    }
  }
}

/**
 * One object's wait, from the first evaluation to the single result. Every informer update re-evaluates; three timers
 * bound it: the overall timeout, the no-progress watchdog (reset by any related update) and the fail-fast recheck a
 * time-based threshold asks for. `finish` settles once and releases timers, subscriptions and the abort listener.
 */
class TrackRun {
  private settled = false;
  private lastProgress = '';
  private timeoutTimer: NodeJS.Timeout | undefined;
  private recheckTimer: NodeJS.Timeout | undefined;
  private stuckTimer: NodeJS.Timeout | undefined;
  private readonly unsubscribers: (() => void)[] = [];
  private resolve: (result: TrackResult) => void = () => undefined;
  private readonly onAbort = (): void =>
    this.finish(() => Promise.resolve({ ok: false, reason: `${label(this.ref)}: cancelled` }));

  constructor(
    private readonly target: TrackTarget,
    private readonly ref: ObjectRef,
    private readonly informers: WatchedInformers,
    private readonly noProgressMs: number,
    private readonly hooks: TrackHooks,
  ) {}

  run(): Promise<TrackResult> {
    return new Promise<TrackResult>((resolve) => {
      this.resolve = resolve;
      this.startTimeout();
      this.subscribe();
      this.listenForAbort();
      this.resetStuckTimer();
      this.evaluate();
    });
  }

  private startTimeout(): void {
    const seconds = Math.round(this.target.timeoutMs / 1000);
    this.timeoutTimer = setTimeout(
      () => this.finish(() => this.hooks.fail(`not ready after ${seconds} s (${this.lastProgress || 'no status'})`)),
      this.target.timeoutMs,
    );
  }

  private subscribe(): void {
    const { self, pods, replicaSets, events } = this.informers;
    const lookup: RelatedLookup = {
      pod: (name) => pods?.get(name, this.ref.namespace),
      replicaSet: (name) => replicaSets?.get(name, this.ref.namespace),
    };
    const watched: [WatchRole, Informer | undefined][] = [
      ['self', self],
      ['pods', pods],
      ['replicaSets', replicaSets],
      ['events', events],
    ];
    for (const [role, informer] of watched) {
      if (!informer || this.settled) continue;
      this.unsubscribers.push(
        informer.subscribe((_type, object) => {
          if (isRelated(this.target.applied, role, object, lookup)) this.onRelated();
        }),
      );
      this.unsubscribers.push(informer.onError((error) => this.failOnWatch(error)));
      if (informer.failed) this.failOnWatch(informer.failed);
    }
  }

  private listenForAbort(): void {
    const signal = this.target.signal;
    if (signal?.aborted) this.onAbort();
    if (!this.settled) signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  private failOnWatch(error: unknown): void {
    this.finish(() => this.hooks.fail(describeError(error), { cause: error }));
  }

  private onRelated(): void {
    this.resetStuckTimer();
    this.evaluate();
  }

  private resetStuckTimer(): void {
    // A wait that already finished (cancelled before it began, or its informer had failed) must not start a timer
    // nobody clears: a ref'd 4-minute timer would keep a cancelled CLI alive after it has reported.
    if (this.settled) return;
    clearTimeout(this.stuckTimer);
    const seconds = Math.round(this.noProgressMs / 1000);
    this.stuckTimer = setTimeout(
      () => this.finish(() => this.hooks.fail(`no progress for ${seconds} s: ${this.lastProgress}`)),
      this.noProgressMs,
    );
  }

  private evaluate(): void {
    if (this.settled) return;
    const live = freshest(this.target.applied, this.informers.self.get(this.ref.name, this.ref.namespace));
    if (!live) return;
    const readiness = this.hooks.readiness(live);
    if (readiness.status === ObjectStatus.Ready) {
      this.finish(() => this.hooks.succeed(readiness.message, readiness.warning));
      return;
    }
    if (readiness.status === ObjectStatus.Failed) {
      this.finish(() => this.hooks.fail(readiness.message, { object: live }));
      return;
    }
    const verdict = this.hooks.verdict(live);
    if (verdict.failure) {
      const signal = verdict.failure;
      this.finish(() => this.hooks.fail(signal.reason, { object: live, signal }));
      return;
    }
    this.scheduleRecheck(verdict.recheckAt);
    const pods = verdict.pods ? podStates(verdict.pods) : '';
    this.reportProgress(readiness.status, pods ? `${readiness.message}; ${pods}` : readiness.message);
  }

  /** A time-based threshold that has not yet passed: evaluate again just after it would. */
  private scheduleRecheck(recheckAt: number | undefined): void {
    clearTimeout(this.recheckTimer);
    if (recheckAt === undefined) return;
    this.recheckTimer = setTimeout(() => this.evaluate(), Math.max(0, recheckAt - Date.now()) + 10);
  }

  /** Emits progress only when it changed; the last text also explains a timeout or a stall. */
  private reportProgress(status: ObjectStatus, message: string): void {
    const text = `${status}: ${message}`;
    if (text === this.lastProgress) return;
    this.lastProgress = text;
    this.hooks.progress(status, message);
  }

  /** Settles once: later results (a second failing informer, a timer racing an update) are never reported. */
  private finish(result: () => Promise<TrackResult>): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timeoutTimer);
    clearTimeout(this.recheckTimer);
    clearTimeout(this.stuckTimer);
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.target.signal?.removeEventListener('abort', this.onAbort);
    void result().then(this.resolve);
  }
}

export function label(ref: ObjectRef): string {
  return `${ref.kind} ${ref.name}`;
}

/** The newer of the apply response and the informer's copy; resourceVersions are compared only when numeric. */
function freshest(applied: KubeObject, cached: KubeObject | undefined): KubeObject | undefined {
  if (!cached) return applied;
  const a = Number(applied.metadata['resourceVersion']);
  const c = Number(cached.metadata['resourceVersion']);
  if (Number.isFinite(a) && Number.isFinite(c) && c < a) return applied;
  return cached;
}
