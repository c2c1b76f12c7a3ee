import { ObjectStatus } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import { arrayAt, condition, field, numberAt, stringAt } from './fields.js';
import { conditionText, inProgress, ready, type Readiness } from './verdict.js';

export function deploymentReadiness(object: KubeObject): Readiness {
  const progressing = condition(object, 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return { status: ObjectStatus.Failed, message: conditionText('Progressing', progressing) };
  }
  const want = numberAt(object, 'spec', 'replicas') ?? 1;
  const total = numberAt(object, 'status', 'replicas') ?? 0;
  if (field(object, 'spec', 'paused') === true) return ready(`${total} replicas`, 'rollout is paused');
  if (want === 0) return total === 0 ? ready('scaled to 0') : inProgress(`${total} replicas terminating`);
  const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
  const available = numberAt(object, 'status', 'availableReplicas') ?? 0;
  const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
  if (updated < want) return inProgress(`${updated} of ${want} replicas updated`);
  if (total > updated) return inProgress(`${total - updated} old replicas pending termination`);
  if (available < want) return inProgress(`${available} of ${want} updated replicas available`);
  if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
  return ready(`${want}/${want} replicas ready`);
}

export function statefulSetReadiness(object: KubeObject): Readiness {
  const want = numberAt(object, 'spec', 'replicas') ?? 1;
  const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
  if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
    return ready(`${readyCount}/${want} replicas ready`, 'OnDelete strategy: pods update only when deleted');
  }
  const partition = numberAt(object, 'spec', 'updateStrategy', 'rollingUpdate', 'partition') ?? 0;
  const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
  if (partition > 0) {
    // Only ordinals ≥ partition are meant to update; the rest legitimately stay on the old revision.
    const expected = Math.max(0, want - partition);
    if (updated < expected) return inProgress(`${updated} of ${expected} partitioned replicas updated`);
    if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
    return ready(`${want}/${want} replicas ready (partition ${partition})`);
  }
  if (readyCount < want) return inProgress(`${readyCount} of ${want} replicas ready`);
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
  const updated = numberAt(object, 'status', 'updatedNumberScheduled') ?? 0;
  const available = numberAt(object, 'status', 'numberAvailable') ?? 0;
  const readyCount = numberAt(object, 'status', 'numberReady') ?? 0;
  if (updated < desired) return inProgress(`${updated} of ${desired} pods updated`);
  if (available < desired) return inProgress(`${available} of ${desired} pods available`);
  if (readyCount < desired) return inProgress(`${readyCount} of ${desired} pods ready`);
  return ready(`${desired}/${desired} pods ready`);
}

export function jobReadiness(object: KubeObject): Readiness {
  const failed = condition(object, 'Failed');
  if (failed?.status === 'True') return { status: ObjectStatus.Failed, message: conditionText('Failed', failed) };
  const complete = condition(object, 'Complete');
  if (complete?.status === 'True') return ready('complete');
  const active = numberAt(object, 'status', 'active') ?? 0;
  const succeeded = numberAt(object, 'status', 'succeeded') ?? 0;
  return inProgress(`running: ${active} active, ${succeeded} succeeded`);
}

export function podReadiness(object: KubeObject): Readiness {
  const phase = stringAt(object, 'status', 'phase') ?? 'Pending';
  if (phase === 'Succeeded') return ready('succeeded');
  if (phase === 'Failed') {
    const reason = stringAt(object, 'status', 'reason') ?? stringAt(object, 'status', 'message') ?? 'pod failed';
    return { status: ObjectStatus.Failed, message: `phase Failed: ${reason}` };
  }
  if (condition(object, 'Ready')?.status === 'True') return ready('ready');
  const waiting = arrayAt(object, 'status', 'containerStatuses')
    .map((status) => {
      const reason = stringAt(status, 'state', 'waiting', 'reason');
      return reason ? `container ${stringAt(status, 'name') ?? '?'} ${reason}` : undefined;
    })
    .filter((text): text is string => text !== undefined);
  return inProgress(waiting.length > 0 ? `${phase}: ${waiting.join(', ')}` : `phase ${phase}`);
}
