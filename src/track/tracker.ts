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
    const { client } = this.options;
    const applied = target.applied;
    const ref = refOf(applied);
    const context: ReadinessContext = { minGeneration: generationOf(applied), expectedUid: uidOf(applied) };
    if (applied.kind === 'PersistentVolumeClaim') context.waitForFirstConsumer = await this.bindsLate(applied);

    const immediate = readinessOf(applied, context);
    if (immediate.status === ObjectStatus.Ready) return this.succeed(target, ref, immediate.message, immediate.warning);

    const namespace = applied.metadata.namespace;
    let informers: { self: Informer; pods?: Informer; replicaSets?: Informer; events?: Informer; scaleUps?: Informer };
    try {
      const workload = WORKLOAD_KINDS.has(applied.kind);
      informers = {
        self: await client.informer(applied.apiVersion, applied.kind, { namespace }),
        pods: workload ? await client.informer('v1', 'Pod', { namespace }) : undefined,
        replicaSets:
          applied.kind === 'Deployment' ? await client.informer('apps/v1', 'ReplicaSet', { namespace }) : undefined,
        // Only warnings: FailedCreate, FailedMount and a claim's ProvisioningFailed show up nowhere else.
        events:
          (workload || applied.kind === 'PersistentVolumeClaim') && namespace
            ? await client.informer('v1', 'Event', { namespace, fieldSelector: 'type=Warning' })
            : undefined,
        // The cluster autoscaler's TriggeredScaleUp is a Normal event: the Warning-only watch above never sees it.
        scaleUps:
          workload && namespace
            ? await client.informer('v1', 'Event', { namespace, fieldSelector: 'reason=TriggeredScaleUp' })
            : undefined,
      };
    } catch (error) {
      return this.fail(target, ref, describeError(error), { cause: error });
    }
    return new Promise<TrackResult>((resolve) => {
      let settled = false;
      let lastProgress = '';
      let recheckTimer: NodeJS.Timeout | undefined;
      let stuckTimer: NodeJS.Timeout | undefined;
      const unsubscribers: (() => void)[] = [];

      const finish = (result: Promise<TrackResult>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timeoutTimer);
        clearTimeout(recheckTimer);
        clearTimeout(stuckTimer);
        for (const unsubscribe of unsubscribers) unsubscribe();
        target.signal?.removeEventListener('abort', onAbort);
        void result.then(resolve);
      };
      const resetStuckTimer = (): void => {
        // A wait that already finished (cancelled before it began, or its informer had failed) must not start a timer
        // nobody clears: a ref'd 4-minute timer would keep a cancelled CLI alive after it has reported.
        if (settled) return;
        clearTimeout(stuckTimer);
        stuckTimer = setTimeout(
          () =>
            finish(
              this.fail(
                target,
                ref,
                `no progress for ${Math.round(this.thresholds.noProgressMs / 1000)} s: ${lastProgress}`,
              ),
            ),
          this.thresholds.noProgressMs,
        );
      };
      const evaluate = (): void => {
        if (settled) return;
        const live = freshest(applied, informers.self.get(ref.name, ref.namespace));
        if (!live) return;
        const readiness = readinessOf(live, context);
        if (readiness.status === ObjectStatus.Ready) {
          finish(Promise.resolve(this.succeed(target, ref, readiness.message, readiness.warning)));
          return;
        }
        if (readiness.status === ObjectStatus.Failed) {
          finish(this.fail(target, ref, readiness.message, { object: live }));
          return;
        }
        const verdict: FailFastVerdict & { pods?: KubeObject[] } = informers.pods
          ? this.podVerdict(live, informers.pods, informers.replicaSets, informers.events, informers.scaleUps)
          : live.kind === 'PersistentVolumeClaim' && informers.events
            ? claimFailure(live, informers.events.list() as KubeEventLike[], Date.now(), this.thresholds)
            : {};
        if (verdict.failure) {
          finish(this.fail(target, ref, verdict.failure.reason, { object: live, signal: verdict.failure }));
          return;
        }
        clearTimeout(recheckTimer);
        if (verdict.recheckAt !== undefined) {
          recheckTimer = setTimeout(evaluate, Math.max(0, verdict.recheckAt - Date.now()) + 10);
        }
        const pods = verdict.pods ? podStates(verdict.pods) : '';
        const message = pods ? `${readiness.message}; ${pods}` : readiness.message;
        const text = `${readiness.status}: ${message}`;
        if (text !== lastProgress) {
          lastProgress = text;
          this.options.bus.emit({
            type: 'object-progress',
            cluster: this.options.cluster,
            component: target.component,
            ref,
            status: readiness.status,
            message,
            at: Date.now(),
          });
        }
      };
      const onRelated = (): void => {
        resetStuckTimer();
        evaluate();
      };
      const onAbort = (): void => finish(Promise.resolve({ ok: false, reason: `${label(ref)}: cancelled` }));
      const timeoutTimer = setTimeout(
        () =>
          finish(
            this.fail(
              target,
              ref,
              `not ready after ${Math.round(target.timeoutMs / 1000)} s (${lastProgress || 'no status'})`,
            ),
          ),
        target.timeoutMs,
      );

      for (const informer of [
        informers.self,
        informers.pods,
        informers.replicaSets,
        informers.events,
        informers.scaleUps,
      ]) {
        if (!informer) continue;
        unsubscribers.push(informer.subscribe(onRelated));
        unsubscribers.push(
          informer.onError((error) => finish(this.fail(target, ref, describeError(error), { cause: error }))),
        );
        if (informer.failed) finish(this.fail(target, ref, describeError(informer.failed), { cause: informer.failed }));
      }
      if (target.signal?.aborted) onAbort();
      target.signal?.addEventListener('abort', onAbort, { once: true });
      resetStuckTimer();
      evaluate();
    });
  }

  private podVerdict(
    live: KubeObject,
    podInformer: Informer,
    rsInformer: Informer | undefined,
    eventInformer: Informer | undefined,
    scaleUpInformer?: Informer,
  ): FailFastVerdict & { pods?: KubeObject[] } {
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
    const warnings = (eventInformer?.list() ?? []) as KubeEventLike[];
    const scalingUp = podsScalingUp((scaleUpInformer?.list() ?? []) as KubeEventLike[]);
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
      const verdict = eventFailure(eventInformer.list() as KubeEventLike[], uids, now, this.thresholds);
      if (verdict.failure) return verdict;
      if (verdict.recheckAt !== undefined) recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
    }
    return recheckAt === undefined ? { pods } : { recheckAt, pods };
  }

  private succeed(target: TrackTarget, ref: ObjectRef, message: string, warning?: string): TrackResult {
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
    return { ok: true };
  }

  private async fail(
    target: TrackTarget,
    ref: ObjectRef,
    message: string,
    evidence: { object?: KubeObject; signal?: FailureSignal; cause?: unknown } = {},
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
