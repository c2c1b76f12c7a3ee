import type { ClusterClient } from '../cluster/client.js';
import { refOf, type KubeObject } from '../kube/object.js';
import { memberKey } from '../inventory/applyset.js';

/** Below this many objects of one kind in one namespace, single reads are cheaper than listing the namespace. */
const LIST_FROM = 4;

/**
 * The live state of every desired object, read up front and in bulk (one list per kind and namespace, or a few
 * reads), so the ownership check before each apply costs no round trip on the critical path. Returns the objects
 * found and the keys whose state is known; kinds that cannot be read yet (a CRD of this same deploy) stay unknown
 * and are read just before their apply. An object created by someone else between this read and our apply would be
 * taken over: a window of the deploy's duration, accepted for one read per kind instead of one per object.
 */
export async function prefetchLive(
  client: ClusterClient,
  objects: KubeObject[],
  known: Map<string, KubeObject>,
): Promise<{ live: Map<string, KubeObject>; prefetched: Set<string> }> {
  const live = new Map(known);
  const prefetched = new Set(known.keys());
  const groups = new Map<string, KubeObject[]>();
  for (const object of objects) {
    if (known.has(memberKey(object))) continue;
    const group = `${object.apiVersion}|${object.kind}|${object.metadata.namespace ?? ''}`;
    const members = groups.get(group);
    if (members) members.push(object);
    else groups.set(group, [object]);
  }
  await Promise.all(
    [...groups.values()].map(async (members) => {
      const [first] = members;
      if (!first) return;
      try {
        const found =
          members.length >= LIST_FROM
            ? await client.list(
                first.apiVersion,
                first.kind,
                first.metadata.namespace ? { namespace: first.metadata.namespace } : {},
              )
            : (await Promise.all(members.map((object) => client.get(refOf(object))))).filter(
                (object): object is KubeObject => object !== undefined,
              );
        const byKey = new Map(found.map((object) => [memberKey(object), object]));
        for (const object of members) {
          const key = memberKey(object);
          const match = byKey.get(key);
          if (match) live.set(key, match);
          prefetched.add(key);
        }
      } catch {
        // Unknown kind (its CRD comes with this deploy) or no list permission: read each object before its apply.
      }
    }),
  );
  return { live, prefetched };
}
