import type { KubeObject } from '../kube/object.js';
import { arrayAt, condition, field, numberAt, ownedBy, stringAt, uidOf } from './fields.js';

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

/** What the pod's events say beyond its status. */
export interface PodEventContext {
  /** The cluster autoscaler reported a scale-up for this pod: a node is on its way. */
  scalingUp?: boolean;
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
    const failure = (reason: string, previousLog = false): FailFastVerdict => ({
      failure: { reason, pod, container: name, previousLog },
    });
    if (waitingReason && FAIL_AT_ONCE.has(waitingReason)) return failure(withMessage(waitingReason));
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
    const since = Math.min(firstSeen(`${uid}/unschedulable`), Date.parse(scheduled.lastTransitionTime ?? '') || now);
    const limit = events.scalingUp ? limits.unschedulableScalingUpMs : limits.unschedulableMs;
    if (now - since >= limit) {
      const waited = events.scalingUp ? ` (the cluster autoscaler's scale-up did not help within ${Math.round(limit / 1000)} s)` : '';
      return { failure: { reason: `pod ${pod.metadata.name} unschedulable: ${scheduled.message ?? ''}${waited}`.trim(), pod } };
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
  const since = Math.min(firstSeen(key), Date.parse(replicaFailure.lastTransitionTime ?? '') || now);
  if (now - since >= limits.failedCreateMs) {
    return { failure: { reason: `${replicaFailure.reason ?? 'FailedCreate'}: ${replicaFailure.message ?? ''}`.trim() } };
  }
  return { recheckAt: since + limits.failedCreateMs };
}

/** The ReplicaSet a Deployment is rolling out to (same revision annotation as the Deployment). */
export function newReplicaSetOf(deployment: KubeObject, replicaSets: KubeObject[]): KubeObject | undefined {
  const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
  if (!revision) return undefined;
  return replicaSets.find(
    (rs) => ownedBy(rs, uidOf(deployment)) && rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision,
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
      return pods.filter((pod) => ownedBy(pod, uid) && (!revision || pod.metadata.labels?.['controller-revision-hash'] === revision));
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
  eventTime?: string;
  involvedObject?: { uid?: string; kind?: string; name?: string };
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

export function eventFailure(events: KubeEventLike[], uids: Set<string>, now: number, limits: FailFastThresholds): FailFastVerdict {
  let recheckAt: number | undefined;
  for (const event of events) {
    const rule = event.type === 'Warning' && event.reason ? EVENT_RULES[event.reason] : undefined;
    if (!rule || !uids.has(event.involvedObject?.uid ?? '')) continue;
    const since = Date.parse(event.firstTimestamp ?? event.eventTime ?? '') || now;
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
    const state = ready ? 'ready' : (waiting ?? stringAt(pod, 'status', 'phase') ?? 'Pending');
    counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return `pods: ${[...counts].map(([state, count]) => `${count} ${state}`).join(', ')}`;
}
