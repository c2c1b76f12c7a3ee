import type { KubeObject } from '../kube/object.js';
import type { DesiredObject } from '../render/types.js';
import type { RenderedStep } from '../steps/types.js';

/**
 * A step stands in the dependency graph as a desired "object" of this kind, so `depends` works both ways with the
 * same edges as between objects. It is never sent to a cluster: plan does not dry-run it, deploy runs it instead of
 * applying it, the inventory and prune never see it (it is not in RenderedApp.objects).
 */
export const stepApiVersion = 'k8deployer.dev/v1';
export const stepKind = 'HttpStep';

export function stepObject(component: string): KubeObject {
  return { apiVersion: stepApiVersion, kind: stepKind, metadata: { name: component } };
}

export function stepNode(step: RenderedStep): DesiredObject {
  return { component: step.component, object: stepObject(step.component), step: { http: step.http } };
}

export function isStepObject(object: KubeObject): boolean {
  return object.apiVersion === stepApiVersion && object.kind === stepKind;
}
