import fastJsonPatch from 'fast-json-patch';
import type { KubeObject } from '../kube/object.js';
import { isPlainObject } from '../spec/merge.js';
import type { Patch } from '../spec/spec-types.generated.js';

const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

export interface PatchFailure {
  index: number;
  message: string;
}

/**
 * Applies a component's patches to its generated objects. A patch without a target patches the workload.
 * Merge patches follow RFC 7386 except that lists of named items (containers, env, ports, volumes) merge by name,
 * as kubectl's strategic merge does, so `containers: [{name: web, ...}]` edits the generated container.
 */
export function applyPatches(
  objects: KubeObject[],
  patches: Patch[],
): { objects: KubeObject[]; failures: PatchFailure[] } {
  const failures: PatchFailure[] = [];
  let result = objects;
  patches.forEach((patch, index) => {
    const matches = (object: KubeObject) =>
      patch.target
        ? (!patch.target.kind || patch.target.kind === object.kind) &&
          (!patch.target.name || patch.target.name === object.metadata.name)
        : workloadKinds.has(object.kind);
    if (!result.some(matches)) {
      const wanted = patch.target
        ? `${patch.target.kind ?? 'any kind'}${patch.target.name ? `/${patch.target.name}` : ''}`
        : 'the workload';
      failures.push({
        index,
        message: `patch target ${wanted} matches no generated object (generated: ${result.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')})`,
      });
      return;
    }
    result = result.map((object) => {
      if (!matches(object)) return object;
      try {
        const patched =
          (patch.type ?? 'merge') === 'json'
            ? fastJsonPatch.applyPatch(structuredClone(object), patch.patch as fastJsonPatch.Operation[], true, false)
                .newDocument
            : (mergeByName(object, patch.patch) as KubeObject);
        const changed = changedIdentity(object, patched);
        if (!changed) return patched;
        failures.push({
          index,
          message: `a patch cannot change an object's ${changed} (${object.kind}/${object.metadata.name}); set it in the spec instead`,
        });
        return object;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push({ index, message: `patch does not apply to ${object.kind}/${object.metadata.name}: ${reason}` });
        return object;
      }
    });
  });
  return { objects: result, failures };
}

/**
 * What says which object this is. Changing it in a patch would make the object another one (another kind, or
 * another namespace, outside what the plan, prune and preview confinement checked), so it is refused.
 */
function changedIdentity(before: KubeObject, after: unknown): string | undefined {
  if (!isPlainObject(after)) return 'shape';
  const metadata = isPlainObject(after.metadata) ? after.metadata : {};
  if (after.kind !== before.kind) return 'kind';
  if (after.apiVersion !== before.apiVersion) return 'apiVersion';
  if (metadata.name !== before.metadata.name) return 'name';
  if (metadata.namespace !== before.metadata.namespace) return 'namespace';
  return undefined;
}

/** Lists whose items are containers: a merge patch item naming none of them is a typo unless it is a whole new
 * container (it has an image); otherwise it would add a container with no image that only fails at deploy. */
const containerLists = new Set(['containers', 'initContainers', 'ephemeralContainers']);

const isNamed = (item: unknown): item is Record<string, unknown> & { name: string } =>
  isPlainObject(item) && typeof item.name === 'string';

export function mergeByName(target: unknown, patch: unknown, key?: string): unknown {
  if (key !== undefined && containerLists.has(key) && target === undefined && Array.isArray(patch)) target = [];
  if (Array.isArray(target) && Array.isArray(patch) && patch.every(isNamed) && target.every(isNamed)) {
    const merged = target.map((item) => structuredClone(item) as Record<string, unknown>);
    for (const item of patch) {
      const existing = merged.findIndex((candidate) => candidate.name === item.name);
      if (item.$patch === 'delete') {
        if (existing >= 0) merged.splice(existing, 1);
      } else if (existing >= 0) {
        merged[existing] = mergeByName(merged[existing], item) as Record<string, unknown>;
      } else if (key !== undefined && containerLists.has(key) && item.image === undefined) {
        const names = merged.map((candidate) => candidate.name).join(', ') || 'none';
        throw new Error(
          `there is no container '${item.name}' in ${key} (${key}: ${names}); a new container needs an image`,
        );
      } else {
        merged.push(structuredClone(item));
      }
    }
    return merged;
  }
  if (!isPlainObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete result[field];
    else result[field] = mergeByName(Object.hasOwn(result, field) ? result[field] : undefined, value, field);
  }
  return result;
}
