import type { ClusterClient } from '../cluster/client.js';
import { ApiStatusError } from '../cluster/errors.js';
import type { DesiredObject } from '../render/types.js';

interface ClaimSpec {
  storageClassName?: string | null;
}

/** Every storage class the desired set asks for, with the component asking: PVCs and StatefulSet claim templates. */
export function requestedStorageClasses(
  objects: DesiredObject[],
): { component: string; className: string; what: string }[] {
  const requested: { component: string; className: string; what: string }[] = [];
  for (const { component, object } of objects) {
    const spec = object['spec'] as
      (ClaimSpec & { volumeClaimTemplates?: { metadata?: { name?: string }; spec?: ClaimSpec }[] }) | undefined;
    if (object.kind === 'PersistentVolumeClaim' && spec?.storageClassName) {
      requested.push({
        component,
        className: spec.storageClassName,
        what: `PersistentVolumeClaim ${object.metadata.name}`,
      });
    }
    if (object.kind === 'StatefulSet') {
      for (const template of spec?.volumeClaimTemplates ?? []) {
        const className = template.spec?.storageClassName;
        if (className)
          requested.push({
            component,
            className,
            what: `StatefulSet ${object.metadata.name} volume ${template.metadata?.name ?? ''}`,
          });
      }
    }
  }
  return requested;
}

/**
 * Problems for claims naming a storage class the cluster does not have (and the set does not create). Such a claim
 * stays Pending forever and, for a StatefulSet, outlives the failed install and blocks every later deploy, so it is
 * refused before anything is written. An empty class name (static binding) and the default class are not checked.
 * Returns no problems when the identity may not list StorageClasses (namespace-scoped CI credentials).
 */
export async function missingStorageClasses(client: ClusterClient, objects: DesiredObject[]): Promise<string[]> {
  const requested = requestedStorageClasses(objects);
  if (requested.length === 0) return [];
  let existing: string[];
  try {
    existing = (await client.list('storage.k8s.io/v1', 'StorageClass')).map((item) => item.metadata.name);
  } catch (error) {
    if (error instanceof ApiStatusError && (error.httpStatus === 403 || error.httpStatus === 401)) return [];
    throw error;
  }
  const created = new Set(
    objects.filter((entry) => entry.object.kind === 'StorageClass').map((entry) => entry.object.metadata.name),
  );
  const known = new Set([...existing, ...created]);
  const available = existing.length > 0 ? [...existing].sort().join(', ') : 'none';
  return requested
    .filter((entry) => !known.has(entry.className))
    .map(
      (entry) =>
        `component ${entry.component}: ${entry.what} asks for storage class "${entry.className}", which the cluster does not have (storage classes: ${available})`,
    );
}
