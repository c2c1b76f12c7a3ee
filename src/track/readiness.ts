import { ObjectStatus } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import { condition, field, generationOf, numberAt, stringAt, uidOf } from './fields.js';
import { conditionText, inProgress, ready, type Readiness } from './verdict.js';
import {
  daemonSetReadiness,
  deploymentReadiness,
  jobReadiness,
  podReadiness,
  replicaSetReadiness,
  statefulSetReadiness,
} from './workloads.js';
import { httpRouteReadiness } from './routes.js';
import { externalSecretReadiness } from './external-secrets.js';

export interface ReadinessContext {
  /** The generation the apply returned: older reads are stale and never count as ready. */
  minGeneration?: number;
  /** The UID the apply returned: another UID means the object was deleted and re-created under us. */
  expectedUid?: string;
  /** PVCs: their StorageClass binds on first consumer, so Pending is the expected state. */
  waitForFirstConsumer?: boolean;
}

/**
 * Kinds that carry no health signal: they are ready as soon as the server accepted them. PodDisruptionBudget too,
 * as in kstatus: its controller sets no condition when computing allowed disruptions fails, and the generic
 * observedGeneration rule already waits for it to see our generation.
 */
const READY_WHEN_APPLIED = new Set([
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'PodDisruptionBudget',
  'NetworkPolicy',
  'LimitRange',
  'ResourceQuota',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
]);

/** Workload kinds whose status is meaningless until the controller observed the current generation. */
const CONTROLLED_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** object → readiness. Pure: same object in, same answer out. The rules are those of docs engine.md. */
export function readinessOf(object: KubeObject, context: ReadinessContext = {}): Readiness {
  const generic = genericPrelude(object, context);
  if (generic) return generic;
  const byKind = KIND_RULES[object.kind];
  if (byKind) return byKind(object, context);
  if (READY_WHEN_APPLIED.has(object.kind)) return ready('applied');
  return genericConditions(object);
}

type KindRule = (object: KubeObject, context: ReadinessContext) => Readiness;

const KIND_RULES: Record<string, KindRule> = {
  Deployment: deploymentReadiness,
  StatefulSet: statefulSetReadiness,
  ReplicaSet: replicaSetReadiness,
  DaemonSet: daemonSetReadiness,
  Job: jobReadiness,
  Pod: podReadiness,
  Service: serviceReadiness,
  PersistentVolumeClaim: pvcReadiness,
  CustomResourceDefinition: crdReadiness,
  APIService: apiServiceReadiness,
  Namespace: namespaceReadiness,
  HTTPRoute: httpRouteReadiness,
  ExternalSecret: externalSecretReadiness,
};

function genericPrelude(object: KubeObject, context: ReadinessContext): Readiness | undefined {
  const uid = uidOf(object);
  if (context.expectedUid && uid && uid !== context.expectedUid) {
    return { status: ObjectStatus.Failed, message: 'object was deleted and re-created by someone else (UID changed)' };
  }
  if (stringAt(object, 'metadata', 'deletionTimestamp')) {
    return { status: ObjectStatus.Terminating, message: 'being deleted' };
  }
  const generation = generationOf(object);
  if (context.minGeneration !== undefined && (generation ?? 0) < context.minGeneration) {
    return inProgress(`stale read: generation ${generation ?? 0} < applied ${context.minGeneration}`);
  }
  const observed = numberAt(object, 'status', 'observedGeneration');
  if (generation !== undefined && observed !== undefined && observed < generation) {
    return inProgress(`waiting for the controller to observe generation ${generation} (seen ${observed})`);
  }
  if (CONTROLLED_KINDS.has(object.kind) && generation !== undefined && observed === undefined) {
    return inProgress('waiting for the controller to observe the object');
  }
  const stalled = condition(object, 'Stalled');
  if (stalled?.status === 'True') {
    return { status: ObjectStatus.Failed, message: conditionText('Stalled', stalled) };
  }
  const reconciling = condition(object, 'Reconciling');
  if (reconciling?.status === 'True') return inProgress(conditionText('Reconciling', reconciling));
  return undefined;
}

function genericConditions(object: KubeObject): Readiness {
  const readyCondition = condition(object, 'Ready');
  if (readyCondition) {
    return readyCondition.status === 'True' ? ready('Ready') : inProgress(conditionText('Ready', readyCondition));
  }
  return ready('no health signal');
}

/**
 * Deliberate difference from kstatus (ready once a cluster IP is set): a LoadBalancer also waits for its address,
 * because the address is what the deploy publishes (engine.md; a component can opt out).
 */
function serviceReadiness(object: KubeObject): Readiness {
  const type = stringAt(object, 'spec', 'type') ?? 'ClusterIP';
  if (type === 'ExternalName') return ready('external name');
  const clusterIP = stringAt(object, 'spec', 'clusterIP');
  if (!clusterIP) return inProgress('waiting for a cluster IP');
  if (type === 'LoadBalancer') {
    const ingress = field(object, 'status', 'loadBalancer', 'ingress');
    if (!Array.isArray(ingress) || ingress.length === 0) return inProgress('waiting for a load balancer address');
    const first = ingress[0] as { ip?: string; hostname?: string };
    return ready(`load balancer ${first.ip ?? first.hostname ?? ''}`.trim());
  }
  return ready(clusterIP === 'None' ? 'headless' : `cluster IP ${clusterIP}`);
}

/** Deliberate difference from kstatus (Bound only): WaitForFirstConsumer claims bind only once a pod uses them. */
function pvcReadiness(object: KubeObject, context: ReadinessContext): Readiness {
  const phase = stringAt(object, 'status', 'phase');
  if (phase === 'Bound') return ready('bound');
  // Lost can be transient (the controller saw the claim before its volume); the object timeout ends a real loss.
  if (phase === 'Lost') return inProgress('claim lost its volume (waiting for it to come back)');
  if (context.waitForFirstConsumer) return ready('pending until a pod uses it (WaitForFirstConsumer)');
  return inProgress(`phase ${phase ?? 'Pending'}`);
}

function crdReadiness(object: KubeObject): Readiness {
  const names = condition(object, 'NamesAccepted');
  if (names?.status === 'False') return { status: ObjectStatus.Failed, message: conditionText('NamesAccepted', names) };
  const established = condition(object, 'Established');
  if (established?.status === 'True') return ready('established');
  // As in kstatus: Installing is the only reason Established is False on the way up; any other reason is final.
  if (established?.status === 'False' && established.reason !== 'Installing') {
    return { status: ObjectStatus.Failed, message: conditionText('Established', established) };
  }
  return inProgress('waiting to be established');
}

function apiServiceReadiness(object: KubeObject): Readiness {
  const available = condition(object, 'Available');
  if (available?.status === 'True') return ready('available');
  return inProgress(available ? conditionText('Available', available) : 'waiting to be available');
}

function namespaceReadiness(object: KubeObject): Readiness {
  const phase = stringAt(object, 'status', 'phase');
  if (phase === 'Terminating') return { status: ObjectStatus.Terminating, message: 'being deleted' };
  return ready('active');
}

export type { Readiness } from './verdict.js';
