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
export function applyPatches(objects: KubeObject[], patches: Patch[]): { objects: KubeObject[]; failures: PatchFailure[] } {
  const failures: PatchFailure[] = [];
  let result = objects;
  patches.forEach((patch, index) => {
    const matches = (object: KubeObject) =>
      patch.target ? (!patch.target.kind || patch.target.kind === object.kind) && (!patch.target.name || patch.target.name === object.metadata.name) : workloadKinds.has(object.kind);
    if (!result.some(matches)) {
      const wanted = patch.target ? `${patch.target.kind ?? 'any kind'}${patch.target.name ? `/${patch.target.name}` : ''}` : 'the workload';
      failures.push({ index, message: `patch target ${wanted} matches no generated object (generated: ${result.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')})` });
      return;
    }
    result = result.map((object) => {
      if (!matches(object)) return object;
      try {
        if ((patch.type ?? 'merge') === 'json') {
          const operations = patch.patch as fastJsonPatch.Operation[];
          return fastJsonPatch.applyPatch(structuredClone(object), operations, true, false).newDocument as KubeObject;
        }
        return mergeByName(object, patch.patch) as KubeObject;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        failures.push({ index, message: `patch does not apply to ${object.kind}/${object.metadata.name}: ${reason}` });
        return object;
      }
    });
  });
  return { objects: result, failures };
}

const isNamed = (item: unknown): item is Record<string, unknown> & { name: string } => isPlainObject(item) && typeof item.name === 'string';

export function mergeByName(target: unknown, patch: unknown): unknown {
  if (Array.isArray(target) && Array.isArray(patch) && patch.every(isNamed) && target.every(isNamed)) {
    const merged = target.map((item) => structuredClone(item) as Record<string, unknown>);
    for (const item of patch) {
      const existing = merged.findIndex((candidate) => candidate.name === item.name);
      if (item.$patch === 'delete') {
        if (existing >= 0) merged.splice(existing, 1);
      } else if (existing >= 0) {
        merged[existing] = mergeByName(merged[existing], item) as Record<string, unknown>;
      } else {
        merged.push(structuredClone(item));
      }
    }
    return merged;
  }
  if (!isPlainObject(patch)) return structuredClone(patch);
  const result: Record<string, unknown> = isPlainObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergeByName(result[key], value);
  }
  return result;
}
