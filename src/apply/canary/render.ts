// Canary rendering, pure: from a component's stable objects (the last deployed revision) and its target objects (this
// run's), the objects one canary step needs. Stable keeps serving from the revision's Deployment; the new version
// runs as `<name>-canary`; the traffic split is the replica ratio behind the one Service, an ingress-nginx canary
// Ingress, or the HTTPRoute's backend weights.
import { refKey, refOf, type KubeObject, type ObjectRef } from '../../kube/object.js';
import type { DesiredObject } from '../../render/types.js';
import { TrafficSplit } from '../../strategy/types.js';

export const CANARY_SUFFIX = '-canary';
/** On the canary's pods (and its selector): tells them apart from stable's, whose selector cannot change. */
export const TRACK_LABEL = 'k8deployer.io/track';
const NAME_LABEL = 'app.kubernetes.io/name';
const NGINX_CANARY = 'nginx.ingress.kubernetes.io/canary';
const NGINX_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';

export function canaryName(name: string): string {
  return `${name}${CANARY_SUFFIX}`;
}

export interface ReplicaSplit {
  stable: number;
  canary: number;
  /** The share of traffic the canary gets in fact, in percent (with replicas: canary / all pods). */
  weight: number;
}

/**
 * With replicas the share is what the pod counts allow: at least one canary pod, stable keeps one until 100 %. With
 * a weighted route stable keeps its replicas and the canary gets its share of them (at least one).
 */
export function splitReplicas(traffic: TrafficSplit, weight: number, stableReplicas: number): ReplicaSplit {
  const total = Math.max(1, stableReplicas);
  if (traffic !== TrafficSplit.Replicas) {
    return { stable: total, canary: Math.max(1, Math.ceil((total * weight) / 100)), weight };
  }
  if (weight >= 100) return { stable: 0, canary: total, weight: 100 };
  const canary = total === 1 ? 1 : Math.min(total - 1, Math.max(1, Math.round((total * weight) / 100)));
  const stable = total === 1 ? 1 : total - canary;
  return { stable, canary, weight: Math.round((canary * 100) / (stable + canary)) };
}

export interface CanaryStepInput {
  component: string;
  traffic: TrafficSplit;
  /** The component's objects in the last deployed revision (what stable runs). */
  stable: DesiredObject[];
  /** The component's objects as this run renders them (the version the canary runs). */
  target: DesiredObject[];
  /** The stable Deployment's replicas before the rollout began. */
  stableReplicas: number;
  weight: number;
}

export interface CanaryStepObjects {
  /** Everything of the component during this step: stable's objects, the canary's, the split. */
  objects: DesiredObject[];
  /** The objects only the canary has (removed on promote and abort). */
  created: ObjectRef[];
  split: ReplicaSplit;
  /** The canary Deployment's name (its readiness is the canary's). */
  canaryDeployment: string;
  /** Label selector of the canary's pods, for the fail-fast watch during pauses. */
  podSelector: Record<string, string>;
}

/** The component's Deployment among its objects: the one named after it, else the first. */
export function workloadOf(objects: DesiredObject[], component: string): KubeObject | undefined {
  const deployments = objects.filter((entry) => entry.object.kind === 'Deployment').map((entry) => entry.object);
  return deployments.find((object) => object.metadata.name === component) ?? deployments[0];
}

/** The objects of one canary step; throws when the component has no Deployment in both sets (the rules prevent it). */
export function canaryStepObjects(input: CanaryStepInput): CanaryStepObjects {
  const stableWorkload = workloadOf(input.stable, input.component);
  const targetWorkload = workloadOf(input.target, input.component);
  if (!stableWorkload || !targetWorkload)
    throw new Error(`component ${input.component} has no Deployment to run a canary for`);
  const split = splitReplicas(input.traffic, input.weight, input.stableReplicas);
  const routed = input.traffic !== TrafficSplit.Replicas;
  const canary = canaryDeployment(targetWorkload, split.canary, routed);
  const podSelector = selectorOf(canary);
  const stableKeys = new Set(input.stable.map((entry) => refKey(refOf(entry.object))));
  const stableService = serviceFor(input.stable, stableWorkload);
  const targetService = serviceFor(input.target, targetWorkload);
  const extra: KubeObject[] = [canary];
  if (routed && targetService) extra.push(canaryService(targetService, podSelector));

  const objects: DesiredObject[] = [];
  for (const entry of input.stable) {
    let object = entry.object;
    if (object === stableWorkload) object = withReplicas(object, split.stable);
    else if (input.traffic === TrafficSplit.Gateway && object.kind === 'HTTPRoute' && stableService)
      object = weightedRoute(object, stableService.metadata.name, 100 - split.weight, split.weight);
    else if (input.traffic === TrafficSplit.Nginx && object.kind === 'Ingress' && stableService)
      extra.push(nginxCanaryIngress(object, stableService.metadata.name, split.weight));
    objects.push(object === entry.object ? entry : { ...entry, object });
  }
  // What only the new version has (its content-hashed ConfigMaps, say) is needed by the canary's pods.
  for (const entry of input.target) if (!stableKeys.has(refKey(refOf(entry.object)))) objects.push(entry);
  for (const object of extra) objects.push({ component: input.component, object });
  return {
    objects,
    created: extra.map((object) => refOf(object)),
    split,
    canaryDeployment: canary.metadata.name,
    podSelector,
  };
}

function withReplicas(deployment: KubeObject, replicas: number): KubeObject {
  const spec = deployment['spec'] as Record<string, unknown>;
  // With an autoscaler the replica count is the autoscaler's (the renderer leaves it out): leave it so.
  if (spec['replicas'] === undefined) return deployment;
  return { ...deployment, spec: { ...spec, replicas } };
}

/**
 * The target Deployment as `<name>-canary`. Its pods carry the track label; behind a weighted route they also get
 * their own name label, so the stable Service (whose selector is the name label) does not send them stable's share.
 */
function canaryDeployment(target: KubeObject, replicas: number, routed: boolean): KubeObject {
  const copy = structuredClone(target);
  const name = canaryName(target.metadata.name);
  const relabel = (labels: Record<string, string> | undefined): Record<string, string> => {
    const next: Record<string, string> = { ...labels, [TRACK_LABEL]: 'canary' };
    if (routed && next[NAME_LABEL]) next[NAME_LABEL] = canaryName(next[NAME_LABEL]);
    return next;
  };
  copy.metadata = { ...copy.metadata, name, labels: relabel(copy.metadata.labels) };
  const spec = copy['spec'] as Record<string, unknown>;
  const selector = (spec['selector'] ?? {}) as { matchLabels?: Record<string, string> };
  const template = (spec['template'] ?? {}) as { metadata?: { labels?: Record<string, string> } };
  spec['selector'] = { ...selector, matchLabels: relabel(selector.matchLabels) };
  spec['template'] = { ...template, metadata: { ...template.metadata, labels: relabel(template.metadata?.labels) } };
  spec['replicas'] = replicas;
  return copy;
}

function selectorOf(deployment: KubeObject): Record<string, string> {
  const spec = deployment['spec'] as { selector?: { matchLabels?: Record<string, string> } };
  return { ...spec.selector?.matchLabels };
}

/** The Service in front of the workload: the one whose selector its pods match, preferring the workload's name. */
function serviceFor(objects: DesiredObject[], workload: KubeObject): KubeObject | undefined {
  const labels = (workload['spec'] as { template?: { metadata?: { labels?: Record<string, string> } } }).template
    ?.metadata?.labels;
  const matches = objects
    .map((entry) => entry.object)
    .filter((object) => object.kind === 'Service')
    .filter((object) => {
      const selector = (object['spec'] as { selector?: Record<string, string> } | undefined)?.selector ?? {};
      const pairs = Object.entries(selector);
      return pairs.length > 0 && pairs.every(([key, value]) => labels?.[key] === value);
    });
  return matches.find((object) => object.metadata.name === workload.metadata.name) ?? matches[0];
}

/** `<service>-canary`: the canary's pods only, cluster-internal (never a second load balancer). */
function canaryService(service: KubeObject, podSelector: Record<string, string>): KubeObject {
  const spec = { ...(service['spec'] as Record<string, unknown>) };
  for (const key of ['clusterIP', 'clusterIPs', 'loadBalancerIP', 'externalTrafficPolicy', 'healthCheckNodePort'])
    delete spec[key];
  const ports = ((spec['ports'] ?? []) as Record<string, unknown>[]).map((port) => {
    const { nodePort: _nodePort, ...rest } = port;
    return rest;
  });
  return {
    apiVersion: service.apiVersion,
    kind: 'Service',
    metadata: {
      name: canaryName(service.metadata.name),
      ...(service.metadata.namespace ? { namespace: service.metadata.namespace } : {}),
      labels: { ...service.metadata.labels, [TRACK_LABEL]: 'canary' },
    },
    spec: { ...spec, type: 'ClusterIP', ports, selector: podSelector },
  };
}

/** Every backendRef to the stable Service becomes two: stable with its weight, the canary with its own. */
export function weightedRoute(route: KubeObject, service: string, stableWeight: number, weight: number): KubeObject {
  const copy = structuredClone(route);
  const spec = copy['spec'] as { rules?: { backendRefs?: Record<string, unknown>[] }[] };
  for (const rule of spec.rules ?? []) {
    const refs: Record<string, unknown>[] = [];
    for (const ref of rule.backendRefs ?? []) {
      if (ref['name'] !== service) {
        refs.push(ref);
        continue;
      }
      refs.push({ ...ref, weight: stableWeight }, { ...ref, name: canaryName(service), weight });
    }
    rule.backendRefs = refs;
  }
  return copy;
}

/**
 * ingress-nginx's canary: a second Ingress for the same hosts and paths, marked canary, sending canary-weight percent
 * to `<service>-canary`. cert-manager's annotation stays on the main Ingress only (one certificate).
 */
export function nginxCanaryIngress(ingress: KubeObject, service: string, weight: number): KubeObject {
  const copy = structuredClone(ingress);
  const annotations = { ...copy.metadata.annotations };
  delete annotations['cert-manager.io/cluster-issuer'];
  delete annotations['cert-manager.io/issuer'];
  copy.metadata = {
    name: canaryName(ingress.metadata.name),
    ...(ingress.metadata.namespace ? { namespace: ingress.metadata.namespace } : {}),
    labels: { ...ingress.metadata.labels, [TRACK_LABEL]: 'canary' },
    annotations: { ...annotations, [NGINX_CANARY]: 'true', [NGINX_WEIGHT]: String(weight) },
  };
  const spec = copy['spec'] as { rules?: { http?: { paths?: { backend?: { service?: { name?: string } } }[] } }[] };
  for (const rule of spec.rules ?? [])
    for (const path of rule.http?.paths ?? [])
      if (path.backend?.service?.name === service) path.backend.service.name = canaryName(service);
  return copy;
}
