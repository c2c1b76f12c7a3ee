import type { KubeConfig } from '@kubernetes/client-node';
import { KubeTransport } from '../cluster/transport.js';
import { ApiStatusError } from '../cluster/errors.js';
import type { KubeObject } from '../kube/object.js';
import {
  asleepAnnotation,
  sleepFieldManager,
  sleepPatch,
  wakePatches,
  wokenAnnotation,
  type JsonPatch,
} from './sleep.js';

/** The kinds a sleep scales to zero: the ones with replicas (DaemonSets and Jobs are left as they are). */
const scalable = [
  { kind: 'Deployment', path: (ns: string) => `/apis/apps/v1/namespaces/${ns}/deployments` },
  { kind: 'StatefulSet', path: (ns: string) => `/apis/apps/v1/namespaces/${ns}/statefulsets` },
];

async function workloads(transport: KubeTransport, namespace: string): Promise<{ path: string; object: KubeObject }[]> {
  const found: { path: string; object: KubeObject }[] = [];
  for (const { path, kind } of scalable) {
    const { body } = await transport.json<{ items?: KubeObject[] }>({
      method: 'GET',
      path: path(encodeURIComponent(namespace)),
      context: `list ${kind} in ${namespace}`,
    });
    for (const item of body.items ?? [])
      found.push({
        path: `${path(encodeURIComponent(namespace))}/${encodeURIComponent(item.metadata.name)}`,
        object: item,
      });
  }
  return found;
}

async function patch(
  transport: KubeTransport,
  path: string,
  body: JsonPatch | Record<string, unknown>,
  context: string,
): Promise<KubeObject | undefined> {
  try {
    const { body: result } = await transport.json<KubeObject>({
      method: 'PATCH',
      path,
      query: { fieldManager: sleepFieldManager },
      body,
      contentType: Array.isArray(body) ? 'application/json-patch+json' : 'application/merge-patch+json',
      context,
    });
    return result;
  } catch (error) {
    // A failed `test` (the object changed since it was read) or a deleted object: the next run sees it afresh.
    if (
      error instanceof ApiStatusError &&
      (error.httpStatus === 422 || error.httpStatus === 404 || error.httpStatus === 409)
    )
      return undefined;
    throw error;
  }
}

/**
 * A JSON patch guarded by the object's resourceVersion, computed from a fresh read and retried a few times: the
 * workload's controller writes its status (a new resourceVersion) right after every scale, so a guard taken from
 * an earlier read often fails. Undefined when there is nothing to do, or the object is gone.
 */
async function patchFresh(
  transport: KubeTransport,
  path: string,
  ops: (live: KubeObject) => JsonPatch | undefined,
  context: string,
): Promise<KubeObject | undefined> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    let live: KubeObject;
    try {
      live = (await transport.json<KubeObject>({ method: 'GET', path, context })).body;
    } catch (error) {
      if (error instanceof ApiStatusError && error.httpStatus === 404) return undefined;
      throw error;
    }
    const patchOps = ops(live);
    if (!patchOps || patchOps.length === 0) return undefined;
    const result = await patch(transport, path, patchOps, context);
    if (result) return result;
  }
  return undefined;
}

function namespacePath(namespace: string): string {
  return `/api/v1/namespaces/${encodeURIComponent(namespace)}`;
}

/** Scales the preview's Deployments and StatefulSets to zero, remembering their replicas, and marks it asleep. */
export async function sleepNamespace(
  kubeConfig: KubeConfig,
  cluster: string,
  namespace: string,
  now: Date,
): Promise<{ scaled: number }> {
  const transport = new KubeTransport(cluster, kubeConfig);
  try {
    let scaled = 0;
    for (const { path, object } of await workloads(transport, namespace)) {
      if (!sleepPatch(object)) continue;
      const what = `sleep ${object.kind} ${namespace}/${object.metadata.name}`;
      if (await patchFresh(transport, path, sleepPatch, what)) scaled += 1;
    }
    await patch(
      transport,
      namespacePath(namespace),
      { metadata: { annotations: { [asleepAnnotation]: now.toISOString() } } },
      `mark namespace ${namespace} asleep`,
    );
    return { scaled };
  } finally {
    transport.close();
  }
}

/**
 * Restores the replicas a sleep remembered and clears the marks; a namespace that is not asleep is left as it is.
 * `woken`: record the wake as activity (a wake by comment; a deploy dates itself).
 */
export async function wakeNamespace(
  kubeConfig: KubeConfig,
  cluster: string,
  namespace: string,
  options: { now: Date; recordWake: boolean },
): Promise<{ wasAsleep: boolean; restored: number }> {
  const transport = new KubeTransport(cluster, kubeConfig);
  try {
    let live: KubeObject;
    try {
      live = (
        await transport.json<KubeObject>({
          method: 'GET',
          path: namespacePath(namespace),
          context: `get namespace ${namespace}`,
        })
      ).body;
    } catch (error) {
      // A preview deployed for the first time has no namespace yet: nothing sleeps.
      if (error instanceof ApiStatusError && error.httpStatus === 404) return { wasAsleep: false, restored: 0 };
      throw error;
    }
    const wasAsleep = live.metadata.annotations?.[asleepAnnotation] !== undefined;
    // A deploy of an awake preview reads one object and writes nothing here.
    if (!wasAsleep && !options.recordWake) return { wasAsleep, restored: 0 };
    let restored = 0;
    for (const { path, object } of await workloads(transport, namespace)) {
      if (!wakePatches(object)) continue;
      const what = `${object.kind} ${namespace}/${object.metadata.name}`;
      const after = await patchFresh(transport, path, (live) => wakePatches(live)?.[0], `wake ${what}`);
      if (!after) continue;
      restored += 1;
      const release = wakePatches(object)![1];
      await patchFresh(transport, path, release, `release the sleep's claim on ${what}`);
    }
    await patch(
      transport,
      namespacePath(namespace),
      {
        metadata: {
          annotations: {
            [asleepAnnotation]: null,
            ...(options.recordWake ? { [wokenAnnotation]: options.now.toISOString() } : {}),
          },
        },
      },
      `mark namespace ${namespace} awake`,
    );
    return { wasAsleep, restored };
  } finally {
    transport.close();
  }
}
