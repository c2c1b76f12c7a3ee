import type { KubeObject } from '../kube/object.js';

/** On the preview namespace: the commit last deployed (its change dates the last activity, see lastActivity). */
export const previewShaAnnotation = 'k8deployer.io/preview-sha';
/** On the preview namespace while it sleeps: since when (RFC 3339). */
export const asleepAnnotation = 'k8deployer.io/asleep-since';
/** On the preview namespace: when a `/k8deployer wake` comment last woke it (counts as activity). */
export const wokenAnnotation = 'k8deployer.io/woken-at';
/** On a sleeping Deployment or StatefulSet: its replicas before the sleep. */
export const sleepReplicasAnnotation = 'k8deployer.io/sleep-replicas';
/** Field manager of the sleep and wake writes; removed from the workload's managedFields on wake (see wakePatch). */
export const sleepFieldManager = 'k8deployer-sleep';
/** The field manager of deploys (src/cluster/client.ts). */
const deployFieldManager = 'k8deployer';

/** `4h`, `90m`, `2d`, `1d12h` → hours; undefined when it is not such a duration. */
export function durationHours(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?[mhd])+$/.test(text)) return undefined;
  let hours = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)([mhd])/g))
    hours += Number(amount) * (unit === 'm' ? 1 / 60 : unit === 'd' ? 24 : 1);
  return hours;
}

interface NamespaceLike {
  metadata?: {
    annotations?: Record<string, string>;
    creationTimestamp?: string | Date;
    managedFields?: { manager?: string; operation?: string; time?: string | Date }[];
  };
}

function time(value: string | Date | undefined): number {
  return value === undefined ? NaN : new Date(value).getTime();
}

/**
 * When the preview was last active: the latest of its creation, the last deploy that changed the namespace (a new
 * commit changes its preview-sha annotation, and the API server dates the deploy manager's managedFields entry) and
 * the last wake. A deploy that changes nothing writes nothing, so it is no activity either.
 */
export function lastActivity(namespace: NamespaceLike): Date | undefined {
  const metadata = namespace.metadata ?? {};
  const times = [
    time(metadata.creationTimestamp),
    ...(metadata.managedFields ?? [])
      .filter((entry) => entry.manager === deployFieldManager && entry.operation === 'Apply')
      .map((entry) => time(entry.time)),
    time(metadata.annotations?.[wokenAnnotation]),
  ].filter((value) => !Number.isNaN(value));
  return times.length ? new Date(Math.max(...times)) : undefined;
}

/** Asleep already, or idle for less than `sleepAfterHours`: leave it; otherwise it goes to sleep. */
export function shouldSleep(namespace: NamespaceLike, now: Date, sleepAfterHours: number): boolean {
  if (namespace.metadata?.annotations?.[asleepAnnotation] !== undefined) return false;
  const active = lastActivity(namespace);
  return active !== undefined && (now.getTime() - active.getTime()) / 3_600_000 >= sleepAfterHours;
}

export type JsonPatch = { op: 'add' | 'replace' | 'remove' | 'test'; path: string; value?: unknown }[];

const escapeToken = (token: string): string => token.replaceAll('~', '~0').replaceAll('/', '~1');

function annotationOps(object: KubeObject, key: string, value: string | undefined): JsonPatch {
  const annotations = object.metadata.annotations;
  if (value === undefined)
    return annotations?.[key] === undefined
      ? []
      : [{ op: 'remove', path: `/metadata/annotations/${escapeToken(key)}` }];
  if (!annotations) return [{ op: 'add', path: '/metadata/annotations', value: { [key]: value } }];
  return [{ op: 'add', path: `/metadata/annotations/${escapeToken(key)}`, value }];
}

/**
 * A running Deployment or StatefulSet → replicas 0, remembering the count. Guarded by its resourceVersion: a
 * workload that changed since it was read is left for the next sweep. Undefined: nothing to do.
 */
export function sleepPatch(workload: KubeObject): JsonPatch | undefined {
  const replicas = (workload.spec as { replicas?: unknown } | undefined)?.replicas;
  if (typeof replicas !== 'number' || replicas <= 0) return undefined;
  if (workload.metadata.annotations?.[sleepReplicasAnnotation] !== undefined) return undefined;
  return [
    { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
    ...annotationOps(workload, sleepReplicasAnnotation, String(replicas)),
    { op: 'replace', path: '/spec/replicas', value: 0 },
  ];
}

/**
 * A sleeping workload → its remembered replicas, the annotation gone, and the sleep's managedFields entry removed:
 * the sleep took spec.replicas from the deploy's field manager, and a later deploy changing replicas would otherwise
 * conflict with it. With the entry gone nobody claims the field until the next deploy applies it. Two patches: the
 * restore is a write the server attributes to the sleep manager, the removal must come after it.
 */
export function wakePatches(workload: KubeObject): [JsonPatch, (restored: KubeObject) => JsonPatch] | undefined {
  const remembered = Number(workload.metadata.annotations?.[sleepReplicasAnnotation]);
  if (!Number.isInteger(remembered) || remembered < 0) return undefined;
  const restore: JsonPatch = [
    { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
    ...annotationOps(workload, sleepReplicasAnnotation, undefined),
    { op: 'replace', path: '/spec/replicas', value: remembered },
  ];
  const release = (restored: KubeObject): JsonPatch => {
    const entries = (restored.metadata.managedFields ?? []) as { manager?: string }[];
    const kept = entries.filter((entry) => entry.manager !== sleepFieldManager);
    if (kept.length === entries.length || kept.length === 0) return [];
    return [
      { op: 'test', path: '/metadata/resourceVersion', value: restored.metadata.resourceVersion },
      { op: 'replace', path: '/metadata/managedFields', value: kept },
    ];
  };
  return [restore, release];
}
