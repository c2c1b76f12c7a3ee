import { ObjectStatus } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import { arrayAt, condition, field, numberAt, stringAt } from './fields.js';
import { conditionText, inProgress, ready, type Readiness } from './verdict.js';

/*
 * Workload rules. They follow kstatus (sigs.k8s.io/cli-utils pkg/kstatus/status/core.go) and `kubectl rollout
 * status`; every place where they deliberately differ says so and why, next to the rule.
 */

/** The controller's "no deadline" value for spec.progressDeadlineSeconds (it then never sets Progressing). */
const noProgressDeadline = 2_147_483_647;

export function deploymentReadiness(object: KubeObject): Readiness {
  const progressing = condition(object, 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return { status: ObjectStatus.Failed, message: conditionText('Progressing', progressing) };
  }
  const want = numberAt(object, 'spec', 'replicas') ?? 1;
  const total = numberAt(object, 'status', 'replicas') ?? 0;
  // kstatus has no paused rule (a paused rollout would wait until the timeout); a paused Deployment is what the user
  // asked for, so it is ready, with a warning that the new template is not rolled out.
  if (field(object, 'spec', 'paused') === true) return ready(`${total} replicas`, 'rollout is paused');
  // kstatus leaves replicas 0 open; no pods left is the only sensible "done" for a scale to zero.
  if (want === 0) return total === 0 ? ready('scaled to 0') : inProgress(`${total} replicas terminating`);
  const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
  const available = numberAt(object, 'status', 'availableReplicas') ?? 0;
  const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
  if (updated < want) return inProgress(`${updated} of ${want} replicas updated`);
  if (total > updated) return inProgress(`${total - updated} old replicas pending termination`);
  if (available < want) return inProgress(`${available} of ${want} updated replicas available`);
  if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
  // Counts can look complete while the controller still says otherwise (minReadySeconds, a pod that just went
  // unready): its own conditions have the last word, as in kstatus.
  const availableCondition = condition(object, 'Available');
  if (availableCondition?.status !== 'True') {
    return inProgress(
      availableCondition ? conditionText('Available', availableCondition) : 'waiting for the Available condition',
    );
  }
  const deadline = numberAt(object, 'spec', 'progressDeadlineSeconds');
  const tracksProgress = deadline !== undefined && deadline !== noProgressDeadline;
  if (tracksProgress && !(progressing?.status === 'True' && progressing.reason === 'NewReplicaSetAvailable')) {
    return inProgress(
      progressing ? conditionText('Progressing', progressing) : 'waiting for the Progressing condition',
    );
  }
  return ready(`${want}/${want} replicas ready`);
}

/**
 * A ReplicaSet applied from raw manifests (those a Deployment owns are judged through the Deployment).
 * Deliberate difference from kstatus: fullyLabeledReplicas is not required (it only says the pods carry every
 * template label, which available/ready pods of this ReplicaSet already imply, and an absent field would hang us).
 */
export function replicaSetReadiness(object: KubeObject): Readiness {
  const failure = condition(object, 'ReplicaFailure');
  // InProgress, as in kstatus: a quota or a webhook can let the next attempt through. The tracker's fail-fast turns
  // a ReplicaFailure that persists into a failure (engine.md: FailedCreate twice or ≥ 30 s).
  if (failure?.status === 'True') return inProgress(conditionText('ReplicaFailure', failure));
  const want = numberAt(object, 'spec', 'replicas') ?? 1;
  const total = numberAt(object, 'status', 'replicas') ?? 0;
  const available = numberAt(object, 'status', 'availableReplicas') ?? 0;
  const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
  if (total < want) return inProgress(`${total} of ${want} replicas created`);
  if (available < want) return inProgress(`${available} of ${want} replicas available`);
  if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
  if (total > want) return inProgress(`${total - want} surplus replicas pending termination`);
  return ready(want === 0 ? 'scaled to 0' : `${want}/${want} replicas ready`);
}

export function statefulSetReadiness(object: KubeObject): Readiness {
  const want = numberAt(object, 'spec', 'replicas') ?? 1;
  const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
  if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
    return ready(`${readyCount}/${want} replicas ready`, 'OnDelete strategy: pods update only when deleted');
  }
  const total = numberAt(object, 'status', 'replicas') ?? 0;
  if (total < want) return inProgress(`${total} of ${want} replicas created`);
  if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
  // After a scale-down the surplus ordinals are still terminating (and still count in status.replicas).
  if (total > want) return inProgress(`${total - want} surplus replicas pending termination`);
  const partition = numberAt(object, 'spec', 'updateStrategy', 'rollingUpdate', 'partition') ?? 0;
  const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
  if (partition > 0) {
    // Only ordinals ≥ partition are meant to update; the rest legitimately stay on the old revision.
    const expected = Math.max(0, want - partition);
    if (updated < expected) return inProgress(`${updated} of ${expected} partitioned replicas updated`);
    return ready(`${want}/${want} replicas ready (partition ${partition})`);
  }
  const current = numberAt(object, 'status', 'currentReplicas') ?? 0;
  const currentRevision = stringAt(object, 'status', 'currentRevision');
  const updateRevision = stringAt(object, 'status', 'updateRevision');
  if (updateRevision && currentRevision !== updateRevision) {
    return inProgress(`${updated} of ${want} replicas at revision ${updateRevision}`);
  }
  if (current < want) return inProgress(`${current} of ${want} replicas current`);
  return ready(`${want}/${want} replicas ready`);
}

export function daemonSetReadiness(object: KubeObject): Readiness {
  const desired = numberAt(object, 'status', 'desiredNumberScheduled');
  if (desired === undefined) return inProgress('waiting for the controller to schedule');
  const current = numberAt(object, 'status', 'currentNumberScheduled') ?? 0;
  const available = numberAt(object, 'status', 'numberAvailable') ?? 0;
  const readyCount = numberAt(object, 'status', 'numberReady') ?? 0;
  if (current < desired) return inProgress(`${current} of ${desired} pods scheduled`);
  // Deliberate difference from kstatus, which would wait for updated pods until the timeout: under OnDelete the
  // controller never replaces a pod itself (kubectl rollout status treats it as done, too).
  if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
    if (available < desired) return inProgress(`${available} of ${desired} pods available`);
    return ready(`${readyCount}/${desired} pods ready`, 'OnDelete strategy: pods update only when deleted');
  }
  const updated = numberAt(object, 'status', 'updatedNumberScheduled') ?? 0;
  if (updated < desired) return inProgress(`${updated} of ${desired} pods updated`);
  if (available < desired) return inProgress(`${available} of ${desired} pods available`);
  if (readyCount < desired) return inProgress(`${readyCount} of ${desired} pods ready`);
  return ready(`${desired}/${desired} pods ready`);
}

/**
 * Deliberate difference from kstatus, which calls a Job "Current" as soon as it has started: a deploy that applies
 * a Job (a migration) needs it to have run, so only Complete is ready (engine.md).
 */
export function jobReadiness(object: KubeObject): Readiness {
  const failed = condition(object, 'Failed');
  if (failed?.status === 'True') return { status: ObjectStatus.Failed, message: conditionText('Failed', failed) };
  // Since Kubernetes 1.31 the controller sets FailureTarget first and Failed once the pods are gone; the verdict
  // is final at FailureTarget, so waiting for the pods to terminate would only delay the report.
  const failureTarget = condition(object, 'FailureTarget');
  if (failureTarget?.status === 'True') {
    return { status: ObjectStatus.Failed, message: conditionText('FailureTarget', failureTarget) };
  }
  const complete = condition(object, 'Complete');
  if (complete?.status === 'True') return ready('complete');
  if (field(object, 'spec', 'suspend') === true) {
    // Both, as in kstatus: the condition alone lingers for a moment after a resume, the spec alone precedes the
    // controller's acknowledgement (pods may still be running until it deletes them).
    if (condition(object, 'Suspended')?.status === 'True') {
      return ready('suspended', 'Job is suspended: it runs once spec.suspend is false');
    }
    return inProgress('waiting for the controller to suspend the Job');
  }
  const active = numberAt(object, 'status', 'active') ?? 0;
  const succeeded = numberAt(object, 'status', 'succeeded') ?? 0;
  return inProgress(`running: ${active} active, ${succeeded} succeeded`);
}

/**
 * Deliberate differences from kstatus: phase Failed is a failure here (kstatus: "Current, completed but not
 * successfully"): a Pod this deploy created that failed is the deploy's failure. CrashLoopBackOff and
 * Unschedulable are judged by the tracker's fail-fast thresholds (engine.md), not here.
 */
export function podReadiness(object: KubeObject): Readiness {
  const phase = stringAt(object, 'status', 'phase') ?? 'Pending';
  if (phase === 'Succeeded') return ready('succeeded');
  if (phase === 'Failed') {
    const reason = stringAt(object, 'status', 'reason') ?? stringAt(object, 'status', 'message') ?? 'pod failed';
    return { status: ObjectStatus.Failed, message: `phase Failed: ${reason}` };
  }
  if (phase === 'Running' && condition(object, 'Ready')?.status === 'True') return ready('ready');
  const waiting = arrayAt(object, 'status', 'containerStatuses')
    .map((status) => {
      const reason = stringAt(status, 'state', 'waiting', 'reason');
      return reason ? `container ${stringAt(status, 'name') ?? '?'} ${reason}` : undefined;
    })
    .filter((text): text is string => text !== undefined);
  return inProgress(waiting.length > 0 ? `${phase}: ${waiting.join(', ')}` : `phase ${phase}`);
}
