// Which components of a deploy run as a canary, and the whole desired set at a given step. Pure.
import { memberKey, type StoredRevision } from '../../inventory/applyset.js';
import type { KubeObject, ObjectRef } from '../../kube/object.js';
import type { DesiredObject, RenderedApp } from '../../render/types.js';
import { StrategyType, type CanaryStrategy } from '../../strategy/types.js';
import { canaryStepObjects, workloadOf, type ReplicaSplit } from './render.js';

export interface CanaryComponent {
  component: string;
  strategy: CanaryStrategy;
  /** Stable's replicas when the rollout began (restored by abort; the share is of these). */
  stableReplicas: number;
}

/**
 * Canary components: a canary strategy, a stable version deployed (in the last revision and live) and a pod template
 * that changes. A first deploy, or one that leaves the template alone, deploys directly.
 */
export function planCanaries(
  target: RenderedApp,
  previous: StoredRevision | undefined,
  liveWorkloads: ReadonlyMap<string, KubeObject>,
): CanaryComponent[] {
  if (!previous) return [];
  const canaries: CanaryComponent[] = [];
  for (const info of target.components) {
    if (info.strategy?.type !== StrategyType.Canary) continue;
    const stable = workloadOf(objectsOf(previous.objects, info.name), info.name);
    const next = workloadOf(objectsOf(target.objects, info.name), info.name);
    const live = liveWorkloads.get(info.name);
    if (!stable || !next || !live) continue;
    if (JSON.stringify(templateOf(stable)) === JSON.stringify(templateOf(next))) continue;
    const replicas = (live['spec'] as { replicas?: number } | undefined)?.replicas ?? 1;
    canaries.push({ component: info.name, strategy: info.strategy, stableReplicas: replicas });
  }
  return canaries;
}

export function objectsOf(objects: DesiredObject[], component: string): DesiredObject[] {
  return objects.filter((entry) => entry.component === component);
}

function templateOf(deployment: KubeObject): unknown {
  return (deployment['spec'] as { template?: unknown } | undefined)?.template;
}

/** Step index of a component when the rollout stands at `step`: components with fewer steps hold at their last. */
export function stepOf(canary: CanaryComponent, step: number): number {
  return Math.min(step, canary.strategy.steps.length - 1);
}

/** How many steps the rollout has: the longest component's. */
export function stepCount(canaries: CanaryComponent[]): number {
  return Math.max(0, ...canaries.map((canary) => canary.strategy.steps.length));
}

export interface CanaryStepSet {
  /** The app as it should be at this step: other components at their target, canary components split. */
  rendered: RenderedApp;
  /** Objects only the canaries have. */
  created: ObjectRef[];
  /** Per canary component: the split and how to find its pods. */
  components: Map<string, { split: ReplicaSplit; canaryDeployment: string; podSelector: Record<string, string> }>;
}

/**
 * The desired set at a step. Canary components keep stable's objects (from the revision) beside the canary's; what
 * the last revision has and this set does not is kept too, so nothing is pruned before the promotion.
 */
export function desiredAtStep(
  target: RenderedApp,
  previous: StoredRevision,
  canaries: CanaryComponent[],
  step: number,
): CanaryStepSet {
  const byComponent = new Map(canaries.map((canary) => [canary.component, canary]));
  const objects: DesiredObject[] = target.objects.filter((entry) => !byComponent.has(entry.component));
  const created: ObjectRef[] = [];
  const components: CanaryStepSet['components'] = new Map();
  for (const canary of canaries) {
    const current = canary.strategy.steps[stepOf(canary, step)];
    const result = canaryStepObjects({
      component: canary.component,
      traffic: canary.strategy.traffic,
      stable: objectsOf(previous.objects, canary.component),
      target: objectsOf(target.objects, canary.component),
      stableReplicas: canary.stableReplicas,
      weight: current?.weight ?? 100,
    });
    objects.push(...result.objects);
    created.push(...result.created);
    components.set(canary.component, {
      split: result.split,
      canaryDeployment: result.canaryDeployment,
      podSelector: result.podSelector,
    });
  }
  const present = new Set(objects.map((entry) => memberKey(entry.object)));
  for (const entry of previous.objects) if (!present.has(memberKey(entry.object))) objects.push(entry);
  // Components only the previous revision knows stay known, so their objects keep their place in the order.
  const names = new Set(target.components.map((info) => info.name));
  const components_ = [...target.components, ...(previous.components ?? []).filter((info) => !names.has(info.name))];
  return { rendered: { ...target, objects, components: components_ }, created, components };
}
