import type { KubeObject } from '../kube/object.js';
import { arrayAt, condition, field, latestInstantOf, numberAt, ownedBy, stringAt, uidOf } from './fields.js';

/** How long a bad signal may persist before the deploy fails (engine.md). Tests shorten them. */
export interface FailFastThresholds {
  imagePullMs: number;
  createContainerMs: number;
  unschedulableMs: number;
  /** Unschedulable while the cluster autoscaler is adding a node for the pod (TriggeredScaleUp). */
  unschedulableScalingUpMs: number;
  failedCreateMs: number;
  failedMountMs: number;
  oomRestarts: number;
  /** No status change and no event for this long: the object is stuck. */
  noProgressMs: number;
  /**
   * Every pod of the new revision Running, not Ready, its readiness probe failing (kubelet `Unhealthy` events) for
   * this long, or for twice the probe's own failureThreshold × periodSeconds when that is longer: an app that warms
   * up slowly gets its probe's full budget twice over, a broken health endpoint fails in about 2 min, not at 4.
   */
  readinessProbeMs: number;
  /** A claim's provisioner keeps reporting ProvisioningFailed (missing StorageClass, quota, cloud error). */
  provisioningFailedMs: number;
}

export const defaultThresholds: FailFastThresholds = {
  imagePullMs: 60_000,
  createContainerMs: 60_000,
  unschedulableMs: 60_000,
  unschedulableScalingUpMs: 300_000,
  failedCreateMs: 30_000,
  failedMountMs: 120_000,
  oomRestarts: 2,
  noProgressMs: 240_000,
  readinessProbeMs: 120_000,
  provisioningFailedMs: 60_000,
};

export interface FailureSignal {
  /** One line, without the object prefix, e.g. `container app ImagePullBackOff: manifest unknown`. */
  reason: string;
  /** The pod whose container failed, for its events and log tail. */
  pod?: KubeObject;
  container?: string;
  /** Read the previous container's log (it crashed and restarted). */
  previousLog?: boolean;
}

export interface FailFastVerdict {
  failure?: FailureSignal;
  /** A signal is present but below its threshold: evaluate again at this time. */
  recheckAt?: number;
}

/** Remembers when a signal was first seen; the caller keeps it across evaluations. */
export type FirstSeen = (key: string) => number;

const FAIL_AT_ONCE = new Set(['ErrImageNeverPull', 'InvalidImageName']);
const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff']);
const CREATE_CONTAINER = new Set(['CreateContainerConfigError', 'CreateContainerError']);

/**
 * Pull errors no retry can cure: the registry answered, and said the image or the right to it does not exist. The
 * wording is the registry's and containerd's / CRI-O's (`...: not found`, `manifest unknown`, `pull access denied,
 * repository does not exist or may require authorization`, `401 Unauthorized`, `denied: requested access to the
 * resource is denied`, `invalid reference format`), carried by the kubelet in ErrImagePull's message and, since
 * Kubernetes 1.31, in ImagePullBackOff's (`Back-off pulling image "x": ErrImagePull: ...`).
 */
const HOPELESS_PULL =
  /\bnot found\b|manifest unknown|name unknown|repository does not exist|pull access denied|\bunauthori[sz]ed\b|\b401\b|\b403 forbidden\b|\bdenied\b|invalid reference format/i;
/**
 * Pull errors that may pass: the registry or the network is slow or overloaded. Checked first, so a token fetch that
 * timed out (`failed to authorize: ... i/o timeout`) keeps its patience.
 */
const TRANSIENT_PULL =
  /timeout|timed out|deadline exceeded|\b5\d\d\b|service unavailable|bad gateway|internal server error|too ?many ?requests|\b429\b|rate limit|tls handshake|connection (refused|reset)|\beof\b|no such host|temporary failure|try again/i;

/** A pull error that fails the component at once (the registry said no), or undefined to wait as for any pull. */
export function hopelessPull(message: string | undefined): boolean {
  if (!message) return false;
  return !TRANSIENT_PULL.test(message) && HOPELESS_PULL.test(message);
}

/** What the pod's events say beyond its status. */
export interface PodEventContext {
  /** The cluster autoscaler reported a scale-up for this pod: a node is on its way. */
  scalingUp?: boolean;
  /** Warning events of the namespace: an unbound claim's ProvisioningFailed says why the pod cannot schedule. */
  warnings?: KubeEventLike[];
  /** The pod's controller: a StatefulSet's claim templates name the storage class of the claims it creates. */
  workload?: KubeObject;
}

/** Looks at one pod of the new revision. Pure given `firstSeen` and `now`. */
export function podFailure(
  pod: KubeObject,
  now: number,
  firstSeen: FirstSeen,
  limits: FailFastThresholds,
  events: PodEventContext = {},
): FailFastVerdict {
  const uid = uidOf(pod) ?? pod.metadata.name;
  let recheckAt: number | undefined;
  const later = (at: number): void => {
    recheckAt = recheckAt === undefined ? at : Math.min(recheckAt, at);
  };
  const statuses = [...arrayAt(pod, 'status', 'initContainerStatuses'), ...arrayAt(pod, 'status', 'containerStatuses')];
  for (const status of statuses) {
    const name = stringAt(status, 'name') ?? '?';
    const waitingReason = stringAt(status, 'state', 'waiting', 'reason');
    const waitingMessage = stringAt(status, 'state', 'waiting', 'message');
    const withMessage = (reason: string): string =>
      waitingMessage ? `container ${name} ${reason}: ${waitingMessage}` : `container ${name} ${reason}`;
    // A container that never ran (image pull, config error) has no log: asking for one only adds a "logs
    // unavailable" line that says nothing.
    const failure = (reason: string, previousLog = false): FailFastVerdict => ({
      failure: { reason, pod, ...(hasRun(status) ? { container: name } : {}), previousLog },
    });
    if (waitingReason && FAIL_AT_ONCE.has(waitingReason)) return failure(withMessage(waitingReason));
    if (waitingReason && IMAGE_PULL.has(waitingReason) && hopelessPull(waitingMessage)) {
      return failure(withMessage(waitingReason));
    }
    if (waitingReason === 'CrashLoopBackOff') return failure(crashText(name, status), true);
    const restarts = numberAt(status, 'restartCount') ?? 0;
    const lastReason = stringAt(status, 'lastState', 'terminated', 'reason');
    if (lastReason === 'OOMKilled' && restarts >= limits.oomRestarts) {
      return failure(`container ${name} OOMKilled (restarted ${restarts} times)`, true);
    }
    const persistent = waitingReason && (IMAGE_PULL.has(waitingReason) || CREATE_CONTAINER.has(waitingReason));
    if (waitingReason && persistent) {
      const limit = IMAGE_PULL.has(waitingReason) ? limits.imagePullMs : limits.createContainerMs;
      // ErrImagePull and ImagePullBackOff alternate; they are one signal.
      const family = IMAGE_PULL.has(waitingReason) ? 'image-pull' : 'create-container';
      const since = firstSeen(`${uid}/${name}/${family}`);
      if (now - since >= limit) return failure(withMessage(waitingReason));
      later(since + limit);
    }
  }
  const scheduled = condition(pod, 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    const since = Math.min(firstSeen(`${uid}/unschedulable`), latestInstantOf(scheduled.lastTransitionTime) || now);
    const limit = events.scalingUp ? limits.unschedulableScalingUpMs : limits.unschedulableMs;
    if (now - since >= limit) {
      const waited = events.scalingUp
        ? ` (the cluster autoscaler's scale-up did not help within ${Math.round(limit / 1000)} s)`
        : '';
      // The scheduler only says "unbound immediate PersistentVolumeClaims"; the claim's own events say why.
      const claims = /unbound immediate PersistentVolumeClaims/i.test(scheduled.message ?? '')
        ? unboundClaimsText(pod, events)
        : '';
      const why = claims || `${scheduled.message ?? ''}${waited}`;
      return { failure: { reason: `pod ${pod.metadata.name} unschedulable: ${why}`.trim(), pod } };
    }
    later(since + limit);
  }
  return recheckAt === undefined ? {} : { recheckAt };
}

/** A ReplicaSet (or other controller) that cannot create its pods (quota, admission webhook, bad SA). */
export function controllerFailure(
  controller: KubeObject,
  now: number,
  firstSeen: FirstSeen,
  limits: FailFastThresholds,
): FailFastVerdict {
  const replicaFailure = condition(controller, 'ReplicaFailure');
  if (replicaFailure?.status !== 'True') return {};
  const key = `${uidOf(controller) ?? controller.metadata.name}/failed-create`;
  const since = Math.min(firstSeen(key), latestInstantOf(replicaFailure.lastTransitionTime) || now);
  if (now - since >= limits.failedCreateMs) {
    return {
      failure: { reason: `${replicaFailure.reason ?? 'FailedCreate'}: ${replicaFailure.message ?? ''}`.trim() },
    };
  }
  return { recheckAt: since + limits.failedCreateMs };
}

/** The ReplicaSet a Deployment is rolling out to (same revision annotation as the Deployment). */
export function newReplicaSetOf(deployment: KubeObject, replicaSets: KubeObject[]): KubeObject | undefined {
  const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
  if (!revision) return undefined;
  return replicaSets.find(
    (rs) =>
      ownedBy(rs, uidOf(deployment)) && rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision,
  );
}

/**
 * Pods that belong to the revision being rolled out. Old pods failing is not our rollout's fault (and they are
 * about to be replaced), so only these count for fail-fast.
 */
export function podsOfNewRevision(workload: KubeObject, pods: KubeObject[], replicaSets: KubeObject[]): KubeObject[] {
  const uid = uidOf(workload);
  switch (workload.kind) {
    case 'Deployment': {
      const rs = newReplicaSetOf(workload, replicaSets);
      return rs ? pods.filter((pod) => ownedBy(pod, uidOf(rs))) : [];
    }
    case 'StatefulSet': {
      const revision = stringAt(workload, 'status', 'updateRevision');
      return pods.filter(
        (pod) => ownedBy(pod, uid) && (!revision || pod.metadata.labels?.['controller-revision-hash'] === revision),
      );
    }
    case 'DaemonSet': {
      const generation = String(numberAt(workload, 'metadata', 'generation') ?? '');
      return pods.filter((pod) => ownedBy(pod, uid) && pod.metadata.labels?.['pod-template-generation'] === generation);
    }
    case 'ReplicaSet':
    case 'Job':
      return pods.filter((pod) => ownedBy(pod, uid));
    case 'Pod':
      return [workload];
    default:
      return [];
  }
}

function hasRun(status: unknown): boolean {
  return (
    (numberAt(status, 'restartCount') ?? 0) > 0 ||
    field(status, 'state', 'running') !== undefined ||
    field(status, 'state', 'terminated') !== undefined ||
    field(status, 'lastState', 'terminated') !== undefined
  );
}

function crashText(name: string, status: unknown): string {
  const terminated = field(status, 'lastState', 'terminated');
  const exitCode = numberAt(terminated, 'exitCode');
  const reason = stringAt(terminated, 'reason');
  const message = stringAt(terminated, 'message');
  const parts = [`container ${name} CrashLoopBackOff`];
  if (exitCode !== undefined) parts.push(`exit code ${exitCode}${reason ? ` (${reason})` : ''}`);
  else if (reason) parts.push(reason);
  if (message) parts.push(message.trim().split('\n').slice(-1)[0] ?? '');
  return parts.join(': ');
}

/** The fields of a core/v1 Event the fail-fast rules read. */
export interface KubeEventLike {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  series?: { count?: number };
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  involvedObject?: { uid?: string; kind?: string; name?: string; fieldPath?: string };
}

const EVENT_RULES: Record<string, { limit: (limits: FailFastThresholds) => number; repeats?: number }> = {
  // A controller that cannot create its pods (quota, admission webhook, missing ServiceAccount).
  FailedCreate: { limit: (limits) => limits.failedCreateMs, repeats: 2 },
  FailedMount: { limit: (limits) => limits.failedMountMs },
  FailedAttachVolume: { limit: (limits) => limits.failedMountMs },
};

/**
 * Warning events about the objects of the new revision (its controller and pods): FailedCreate twice or for 30 s,
 * FailedMount / FailedAttachVolume for 2 min. Pure given `now`.
 */
/** Pods for which the cluster autoscaler has triggered a scale-up (event reason TriggeredScaleUp). */
export function podsScalingUp(events: KubeEventLike[]): Set<string> {
  const uids = new Set<string>();
  for (const event of events) {
    if (event.reason === 'TriggeredScaleUp' && event.involvedObject?.uid) uids.add(event.involvedObject.uid);
  }
  return uids;
}

export function eventFailure(
  events: KubeEventLike[],
  uids: Set<string>,
  now: number,
  limits: FailFastThresholds,
): FailFastVerdict {
  let recheckAt: number | undefined;
  for (const event of events) {
    const rule = event.type === 'Warning' && event.reason ? EVENT_RULES[event.reason] : undefined;
    if (!rule || !uids.has(event.involvedObject?.uid ?? '')) continue;
    const since = latestInstantOf(event.firstTimestamp ?? event.eventTime) || now;
    const count = event.series?.count ?? event.count ?? 1;
    const limit = rule.limit(limits);
    if ((rule.repeats !== undefined && count >= rule.repeats) || now - since >= limit) {
      const subject = event.involvedObject?.kind === 'Pod' ? `pod ${event.involvedObject.name ?? ''} ` : '';
      return { failure: { reason: `${subject}${event.reason}: ${event.message ?? ''}`.trim() } };
    }
    recheckAt = Math.min(recheckAt ?? Infinity, since + limit);
  }
  return recheckAt === undefined ? {} : { recheckAt };
}

/** One line about the new revision's pods for progress output, e.g. `pods: 1 ready, 1 ImagePullBackOff`. */
export function podStates(pods: KubeObject[]): string {
  if (pods.length === 0) return '';
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const ready = condition(pod, 'Ready')?.status === 'True';
    const waiting = [...arrayAt(pod, 'status', 'initContainerStatuses'), ...arrayAt(pod, 'status', 'containerStatuses')]
      .map((status) => stringAt(status, 'state', 'waiting', 'reason'))
      .find((reason) => reason !== undefined);
    const phase = stringAt(pod, 'status', 'phase') ?? 'Pending';
    // "Running" alone reads as fine; a pod that runs and is not Ready is what a failing readiness probe looks like.
    const state = ready ? 'ready' : (waiting ?? (phase === 'Running' ? 'Running but not ready' : phase));
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return `pods: ${[...counts].map(([state, count]) => `${count} ${state}`).join(', ')}`;
}

const READINESS_FAILED = /^Readiness probe failed:\s*/i;
const MAX_PROBE_TEXT = 200;

/**
 * Pods that run but never become Ready because their readiness probe fails: the kubelet says so only in `Unhealthy`
 * Warning events. Fails when EVERY pod of the new revision is Running, not Ready, with a failing readiness probe for
 * its window (see `readinessProbeMs`); one Ready pod means the app can work, and the other rules or the timeout decide.
 * Pure given `now`.
 */
export function readinessProbeFailure(
  pods: KubeObject[],
  events: KubeEventLike[],
  now: number,
  limits: FailFastThresholds,
): FailFastVerdict {
  if (pods.length === 0) return {};
  const failing: { pod: KubeObject; since: number; window: number; last: KubeEventLike }[] = [];
  for (const pod of pods) {
    const uid = uidOf(pod);
    const running =
      stringAt(pod, 'status', 'phase') === 'Running' &&
      arrayAt(pod, 'status', 'containerStatuses').every((status) => field(status, 'state', 'running') !== undefined);
    const ready = condition(pod, 'Ready');
    if (!running || ready?.status === 'True') return {};
    const unhealthy = events.filter(
      (event) =>
        event.type === 'Warning' &&
        event.reason === 'Unhealthy' &&
        READINESS_FAILED.test(event.message ?? '') &&
        event.involvedObject?.kind === 'Pod' &&
        (uid ? event.involvedObject.uid === uid : event.involvedObject.name === pod.metadata.name),
    );
    if (unhealthy.length === 0) return {};
    const firstFailure = Math.min(
      ...unhealthy.map((event) => latestInstantOf(event.firstTimestamp ?? event.eventTime) || now),
    );
    // A pod that was Ready and lost it counts from then, not from an earlier failure folded into the same event.
    const since = Math.max(firstFailure, latestInstantOf(ready?.lastTransitionTime) || 0);
    const last = unhealthy.reduce((a, b) => (eventTime(b) >= eventTime(a) ? b : a));
    failing.push({ pod, since, window: Math.max(limits.readinessProbeMs, 2 * probeBudgetMs(pod, last)), last });
  }
  const allFailedAt = Math.max(...failing.map((entry) => entry.since + entry.window));
  if (now < allFailedAt) return { recheckAt: allFailedAt };
  const shown = [...failing].sort((a, b) => a.pod.metadata.name.localeCompare(b.pod.metadata.name))[0]!;
  const forSeconds = Math.round((now - Math.max(...failing.map((entry) => entry.since))) / 1000);
  const container = stringAt(probedContainer(shown.pod, shown.last), 'name');
  return {
    failure: {
      reason: `${pods.length} Running, 0 Ready: readiness probe failing for ${forSeconds} s (${probeText(shown.pod, shown.last)}, pod ${shown.pod.metadata.name})`,
      pod: shown.pod,
      // The app's own log usually says why its health endpoint fails.
      ...(container ? { container } : {}),
    },
  };
}

function eventTime(event: KubeEventLike): number {
  return Date.parse(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? '') || 0;
}

/** The container an event is about: the kubelet writes `spec.containers{name}` as its fieldPath. */
function probedContainer(pod: KubeObject, event: KubeEventLike): unknown {
  const containers = arrayAt(pod, 'spec', 'containers');
  const name = /^spec\.containers\{(.+)\}$/.exec(event.involvedObject?.fieldPath ?? '')?.[1];
  return (
    (name ? containers.find((container) => stringAt(container, 'name') === name) : undefined) ??
    containers.find((container) => field(container, 'readinessProbe') !== undefined)
  );
}

/**
 * How long the kubelet needs to call a pod unready: failureThreshold × periodSeconds (Kubernetes defaults 3 × 10 s).
 */
function probeBudgetMs(pod: KubeObject, event: KubeEventLike): number {
  const probe = field(probedContainer(pod, event), 'readinessProbe');
  return (numberAt(probe, 'failureThreshold') ?? 3) * (numberAt(probe, 'periodSeconds') ?? 10) * 1000;
}

/** `HTTP 503 on :8080/healthz`: the kubelet's verdict, shortened, and what it probed. */
function probeText(pod: KubeObject, event: KubeEventLike): string {
  const raw = (event.message ?? '').replace(READINESS_FAILED, '').split('\n')[0]?.trim() ?? '';
  const status = /HTTP probe failed with statuscode: (\d+)/.exec(raw)?.[1];
  const verdict = status
    ? `HTTP ${status}`
    : raw.length > MAX_PROBE_TEXT
      ? `${raw.slice(0, MAX_PROBE_TEXT)}…`
      : raw || 'probe failed';
  const probe = field(probedContainer(pod, event), 'readinessProbe');
  const http = field(probe, 'httpGet');
  const port = (value: unknown): string => (typeof value === 'number' || typeof value === 'string' ? `:${value}` : '');
  const target =
    http !== undefined
      ? ` on ${port(field(http, 'port'))}${stringAt(http, 'path') ?? '/'}`
      : field(probe, 'tcpSocket') !== undefined
        ? ` on tcp ${port(field(probe, 'tcpSocket', 'port'))}`
        : field(probe, 'grpc') !== undefined
          ? ` on grpc ${port(field(probe, 'grpc', 'port'))}`
          : field(probe, 'exec') !== undefined
            ? ' (exec probe)'
            : '';
  return `${verdict}${target}`;
}

/**
 * `claim data-db-0 (storage class "fast") is not bound: ProvisioningFailed: ...` for the pod's claims that have one.
 */
function unboundClaimsText(pod: KubeObject, context: PodEventContext): string {
  const claims = arrayAt(pod, 'spec', 'volumes')
    .map((volume) => stringAt(volume, 'persistentVolumeClaim', 'claimName'))
    .filter((name): name is string => name !== undefined);
  const texts: string[] = [];
  for (const claim of claims) {
    const event = latestProvisioningFailure(claim, context.warnings ?? []);
    if (!event) continue;
    texts.push(claimText(claim, templateClassOf(context.workload, claim), event));
  }
  return texts.join('; ');
}

/** The storage class a StatefulSet's claim template gives the claim `<template>-<set>-<ordinal>`. */
function templateClassOf(workload: KubeObject | undefined, claim: string): string | null | undefined {
  if (workload?.kind !== 'StatefulSet') return undefined;
  const template = arrayAt(workload, 'spec', 'volumeClaimTemplates').find((entry) =>
    new RegExp(`^${escapeRegExp(`${stringAt(entry, 'metadata', 'name') ?? ''}-${workload.metadata.name}-`)}\\d+$`).test(
      claim,
    ),
  );
  if (!template) return undefined;
  return stringAt(template, 'spec', 'storageClassName') ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function latestProvisioningFailure(claim: string, events: KubeEventLike[]): KubeEventLike | undefined {
  let latest: KubeEventLike | undefined;
  for (const event of events) {
    if (event.type !== 'Warning' || event.reason !== 'ProvisioningFailed') continue;
    if (event.involvedObject?.kind !== 'PersistentVolumeClaim' || event.involvedObject.name !== claim) continue;
    if (!latest || eventTime(event) >= eventTime(latest)) latest = event;
  }
  return latest;
}

/** `claim data (storage class "fast") is not bound: ProvisioningFailed: ...` */
function claimText(claim: string, storageClass: string | null | undefined, event: KubeEventLike): string {
  return `claim ${claim}${classText(storageClass)} is not bound: ${provisioningText(event)}`;
}

/** `storageClass`: a name, null for "none set: the default class", undefined when unknown. */
function classText(storageClass: string | null | undefined): string {
  return storageClass === null
    ? ' (no storage class: the default one)'
    : storageClass
      ? ` (storage class ${JSON.stringify(storageClass)})`
      : '';
}

function provisioningText(event: KubeEventLike): string {
  const message = (event.message ?? '').split('\n')[0]?.trim() ?? '';
  return `ProvisioningFailed: ${message.length > MAX_PROBE_TEXT ? `${message.slice(0, MAX_PROBE_TEXT)}…` : message}`;
}

/**
 * A PersistentVolumeClaim we wait for whose provisioner keeps failing (ProvisioningFailed for
 * `provisioningFailedMs`): names the claim's storage class and the provisioner's message. Pure given `now`.
 */
export function claimFailure(
  pvc: KubeObject,
  events: KubeEventLike[],
  now: number,
  limits: FailFastThresholds,
): FailFastVerdict {
  if (stringAt(pvc, 'status', 'phase') === 'Bound') return {};
  const uid = uidOf(pvc);
  const own = events.filter((event) => !uid || !event.involvedObject?.uid || event.involvedObject.uid === uid);
  const latest = latestProvisioningFailure(pvc.metadata.name, own);
  if (!latest) return {};
  const since = Math.min(
    ...own
      .filter((event) => event.reason === 'ProvisioningFailed' && event.involvedObject?.name === pvc.metadata.name)
      .map((event) => latestInstantOf(event.firstTimestamp ?? event.eventTime) || now),
  );
  if (now - since < limits.provisioningFailedMs) return { recheckAt: since + limits.provisioningFailedMs };
  return {
    failure: {
      reason: `not bound${classText(stringAt(pvc, 'spec', 'storageClassName') ?? null)}: ${provisioningText(latest)}`,
    },
  };
}
