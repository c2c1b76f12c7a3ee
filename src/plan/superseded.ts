import { ChangeAction, type PlannedChange } from '../events.js';
import { refKey, type KubeObject } from '../kube/object.js';
import { toYaml, unifiedDiff, maskSecrets } from './diff.js';

/** `<component>-<config>-<10 hex>`: the renderer's content-hashed name (see render/config.ts). */
const HASHED_NAME = /^(.+)-[0-9a-f]{10}$/;
const HASHED_KINDS = new Set(['ConfigMap', 'Secret']);

/**
 * A content-hashed ConfigMap whose content changed is, to the API, a new object plus the prune of the old one. A
 * person changed the content: pair each such create with the delete of the same component's object of the same base
 * name, and give the create the content diff (`data`/`binaryData`, Secret values masked) and the old name. The
 * reports then show one "content" change instead of an add and a delete. Pure: the objects come with the plan.
 */
export function markSuperseded(
  changes: PlannedChange[],
  desired: Map<string, KubeObject>,
  pruned: Map<string, KubeObject>,
): PlannedChange[] {
  const deletes = new Map<string, PlannedChange[]>();
  for (const change of changes) {
    const base = hashedBase(change);
    if (change.action !== ChangeAction.Delete || base === undefined) continue;
    const list = deletes.get(base) ?? [];
    list.push(change);
    deletes.set(base, list);
  }
  if (deletes.size === 0) return changes;
  const taken = new Set<PlannedChange>();
  return changes.map((change) => {
    const base = hashedBase(change);
    if (change.action !== ChangeAction.Create || base === undefined) return change;
    const old = deletes.get(base)?.find((candidate) => !taken.has(candidate));
    const before = old && pruned.get(refKey(old.ref));
    const after = desired.get(refKey(change.ref));
    if (!old || !before || !after) return change;
    taken.add(old);
    return { ...change, supersedes: old.ref.name, diff: contentDiff(before, after) };
  });
}

/** The key two generations of one hashed object share: kind, namespace, component and the name without its hash. */
function hashedBase(change: PlannedChange): string | undefined {
  if (!HASHED_KINDS.has(change.ref.kind)) return undefined;
  const match = HASHED_NAME.exec(change.ref.name);
  if (!match) return undefined;
  return [change.ref.kind, change.ref.namespace ?? '', change.component, match[1]].join('\n');
}

function contentDiff(before: KubeObject, after: KubeObject): string {
  const content = (object: KubeObject): KubeObject => ({
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: { name: '' },
    ...(object['data'] !== undefined ? { data: object['data'] } : {}),
    ...(object['binaryData'] !== undefined ? { binaryData: object['binaryData'] } : {}),
  });
  const masked = maskSecrets(content(before), content(after));
  const lines = (object: KubeObject): string[] => {
    const { data, binaryData } = object as { data?: unknown; binaryData?: unknown };
    return toYaml({ ...(data !== undefined ? { data } : {}), ...(binaryData !== undefined ? { binaryData } : {}) })
      .split('\n')
      .filter((line) => line !== '');
  };
  return unifiedDiff(lines(masked.live), lines(masked.desired));
}
