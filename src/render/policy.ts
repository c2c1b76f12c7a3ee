import type { KubeObject } from '../kube/object.js';
import { componentLabels, objectMeta, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';

const workloadKind: Record<string, { apiVersion: string; kind: string }> = {
  service: { apiVersion: 'apps/v1', kind: 'Deployment' },
  worker: { apiVersion: 'apps/v1', kind: 'Deployment' },
  statefulset: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
};

/** A budget keeps voluntary disruptions (node drains) from taking every replica at once. */
export function renderPodDisruptionBudget(
  context: RenderContext,
  component: EffectiveComponent,
): KubeObject | undefined {
  if (component.pdb === false || !workloadKind[component.kind]) return undefined;
  const replicas = component.autoscale?.min ?? component.replicas ?? defaultReplicas(component);
  if (component.pdb === undefined && replicas < 2) return undefined;
  const spec: Record<string, unknown> = { selector: { matchLabels: selectorLabels(context, component.name) } };
  if (component.pdb?.minAvailable !== undefined) spec.minAvailable = component.pdb.minAvailable;
  else spec.maxUnavailable = component.pdb?.maxUnavailable ?? 1;
  // Let a drain evict pods that never became ready, so a broken rollout cannot block node maintenance.
  spec.unhealthyPodEvictionPolicy = 'AlwaysAllow';
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: objectMeta(context, component.name, componentLabels(context, component)),
    spec,
  };
}

export function renderAutoscaler(context: RenderContext, component: EffectiveComponent): KubeObject | undefined {
  const autoscale = component.autoscale;
  const target = workloadKind[component.kind];
  if (!autoscale || !target) return undefined;
  const metrics: Record<string, unknown>[] = [];
  const utilization = (name: string, averageUtilization: number) => ({
    type: 'Resource',
    resource: { name, target: { type: 'Utilization', averageUtilization } },
  });
  if (autoscale.cpu !== undefined || autoscale.memory === undefined)
    metrics.push(utilization('cpu', autoscale.cpu ?? 80));
  if (autoscale.memory !== undefined) metrics.push(utilization('memory', autoscale.memory));
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: objectMeta(context, component.name, componentLabels(context, component)),
    spec: {
      scaleTargetRef: { ...target, name: component.name },
      minReplicas: autoscale.min ?? component.replicas ?? defaultReplicas(component),
      maxReplicas: autoscale.max,
      metrics,
    },
  };
}

export function defaultReplicas(component: EffectiveComponent): number {
  return component.kind === 'service' ? 2 : 1;
}
