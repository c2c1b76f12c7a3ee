import type { ClusterClient } from '../cluster/client.js';
import { describeError } from '../errors.js';
import type { EventBus } from '../events.js';
import { refOf, type KubeObject } from '../kube/object.js';
import { buildGraph } from '../plan/graph.js';
import { foreignObjects, namespaceNotEmptyError } from './foreign.js';
import { waitUntilGone } from './wait-gone.js';

export interface RemoveOptions {
  cluster: string;
  client: ClusterClient;
  bus: EventBus;
  event: 'object-pruned' | 'object-deleted';
  timeoutMs: number;
  /** Keep going past a failed deletion (delete --ignore-errors); otherwise stop at the first. */
  ignoreErrors: boolean;
  signal?: AbortSignal;
  /**
   * Whose namespace this is: a Namespace is deleted only when nothing of others is left in it (a person's
   * ConfigMap, another app's objects), since deleting it would delete them too.
   */
  owner: { applySetId: string; app: string; ours?: KubeObject[] };
}

/**
 * Deletes objects in reverse dependency order (dependents first; Namespaces and CRDs after what lives in them), in
 * waves, waiting until each wave is gone. Returns the failures (empty when all went).
 */
export async function removeObjects(objects: KubeObject[], options: RemoveOptions): Promise<string[]> {
  if (objects.length === 0) return [];
  const graph = buildGraph(objects.map((object) => ({ component: '', object })));
  const remaining = new Set(graph.nodes.keys());
  const failures: string[] = [];
  while (remaining.size > 0) {
    // A wave: objects nothing still present depends on.
    const wave = [...remaining].filter((key) =>
      [...(graph.nodes.get(key)?.dependents ?? [])].every((dependent) => !remaining.has(dependent)),
    );
    const batch = wave.length > 0 ? wave : [...remaining];
    const results = await Promise.all(
      batch.map(async (key) => {
        remaining.delete(key);
        const object = graph.nodes.get(key)?.desired.object;
        if (!object) return undefined;
        try {
          await removeOne(object, options);
          return undefined;
        } catch (error) {
          return describeError(error);
        }
      }),
    );
    const waveFailures = results.filter((result): result is string => result !== undefined);
    failures.push(...waveFailures);
    if (waveFailures.length > 0 && !options.ignoreErrors) break;
  }
  return failures;
}

async function removeOne(object: KubeObject, options: RemoveOptions): Promise<void> {
  const ref = refOf(object);
  const uid = typeof object.metadata['uid'] === 'string' ? object.metadata['uid'] : undefined;
  if (object.kind === 'Namespace') {
    const foreign = await foreignObjects(options.client, object.metadata.name, options.owner);
    if (foreign.length > 0) throw namespaceNotEmptyError(object.metadata.name, foreign);
  }
  // Foreground: a Deployment is gone only when its pods are, so the next wave never outruns it.
  const existed = await options.client.delete(ref, { propagation: 'Foreground', uid, signal: options.signal });
  if (existed) await waitUntilGone(options.client, ref, options.timeoutMs, options.signal);
  options.bus.emit({ type: options.event, cluster: options.cluster, ref, at: Date.now() });
}
