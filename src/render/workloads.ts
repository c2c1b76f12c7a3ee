import type { KubeObject } from '../kube/object.js';
import { componentLabels, objectMeta, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';
import { podTemplate, type PodTemplateInput } from './pod.js';
import { defaultReplicas } from './policy.js';

type TemplateInput = Omit<PodTemplateInput, 'labels' | 'forJob' | 'storageMounts'>;

function podLabels(labels: Record<string, string>): Record<string, string> {
  const { 'app.kubernetes.io/version': version } = labels;
  return version ? { 'app.kubernetes.io/version': version } : {};
}

/** The component's workload object: Deployment, StatefulSet, DaemonSet, Job or CronJob. */
export function renderWorkload(context: RenderContext, input: TemplateInput): KubeObject {
  const { component } = input;
  const labels = componentLabels(context, component, { withVersion: true });
  const metadata = objectMeta(
    context,
    component.name,
    labels,
    component.annotations ? { annotations: component.annotations } : {},
  );
  const selector = { matchLabels: selectorLabels(context, component.name) };
  const template = (extra: Partial<PodTemplateInput> = {}) =>
    podTemplate(context, { ...input, labels: podLabels(labels), ...extra });
  const replicas = component.replicas ?? defaultReplicas(component);
  // With an autoscaler the replica count is its to own; writing it on every deploy would undo its scaling.
  const replicaField = component.autoscale ? {} : { replicas };
  const history = component.revisionHistoryLimit ?? 5;

  switch (component.kind) {
    case 'service':
    case 'worker':
      return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
          ...replicaField,
          revisionHistoryLimit: history,
          progressDeadlineSeconds: 600,
          selector,
          strategy: component.updateStrategy ?? {
            type: 'RollingUpdate',
            rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
          },
          template: template(),
        },
      };
    case 'statefulset': {
      const storage = component.storage ?? [];
      return {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata,
        spec: {
          ...replicaField,
          revisionHistoryLimit: history,
          serviceName: component.name,
          selector,
          podManagementPolicy: 'OrderedReady',
          updateStrategy: component.updateStrategy ?? { type: 'RollingUpdate' },
          // Data outlives the pods: removing or scaling down the set never deletes volumes.
          persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
          template: template({ storageMounts: storage.map(({ name, mountPath }) => ({ name, mountPath })) }),
          volumeClaimTemplates: storage.map((claim) => {
            const storageClass = claim.storageClass ?? context.target.profile.storageClass;
            return {
              apiVersion: 'v1',
              kind: 'PersistentVolumeClaim',
              metadata: { name: claim.name, labels: selectorLabels(context, component.name) },
              spec: {
                accessModes: claim.accessModes ?? ['ReadWriteOnce'],
                ...(storageClass ? { storageClassName: storageClass } : {}),
                resources: { requests: { storage: String(claim.size) } },
              },
            };
          }),
        },
      };
    }
    case 'daemonset':
      return {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        metadata,
        spec: {
          revisionHistoryLimit: history,
          selector,
          updateStrategy: component.updateStrategy ?? { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
          template: template(),
        },
      };
    case 'job':
      return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpec(component, template({ forJob: true })) };
    case 'cronjob':
      return {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata,
        spec: {
          schedule: component.schedule,
          ...(component.timeZone ? { timeZone: component.timeZone } : {}),
          concurrencyPolicy: component.concurrencyPolicy ?? 'Forbid',
          startingDeadlineSeconds: 300,
          successfulJobsHistoryLimit: 3,
          failedJobsHistoryLimit: 1,
          jobTemplate: {
            metadata: { labels },
            spec: {
              ...jobSpec(component, template({ forJob: true })),
              ttlSecondsAfterFinished: component.ttlSecondsAfterFinished ?? 86400,
            },
          },
        },
      };
    default:
      throw new Error(`no workload for kind ${component.kind}`);
  }
}

function jobSpec(component: EffectiveComponent, template: Record<string, unknown>): Record<string, unknown> {
  const spec: Record<string, unknown> = { backoffLimit: component.backoffLimit ?? 2, template };
  if (component.activeDeadlineSeconds !== undefined) spec.activeDeadlineSeconds = component.activeDeadlineSeconds;
  if (component.ttlSecondsAfterFinished !== undefined && component.kind === 'job')
    spec.ttlSecondsAfterFinished = component.ttlSecondsAfterFinished;
  return spec;
}
