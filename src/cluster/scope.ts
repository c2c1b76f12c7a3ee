import type { ClusterClient } from './client.js';
import { groupOf } from '../kube/object.js';
import type { DesiredObject, RenderedApp } from '../render/types.js';

/**
 * Removes `metadata.namespace` from cluster-scoped objects. Renderers add the app namespace to every manifest whose
 * kind they do not know (e.g. a ClusterIssuer); the server would drop it, and then the live object would never match
 * its desired twin, so prune would delete what was just applied. Scope comes from discovery, or from a CRD in the
 * same set when the kind does not exist yet.
 */
export async function withServerScope(client: ClusterClient, rendered: RenderedApp): Promise<RenderedApp> {
  const crdScopes = new Map<string, string>();
  for (const { object } of rendered.objects) {
    if (object.kind !== 'CustomResourceDefinition') continue;
    const spec = object['spec'] as { group?: string; scope?: string; names?: { kind?: string } } | undefined;
    if (spec?.group && spec.names?.kind) crdScopes.set(`${spec.names.kind}.${spec.group}`, spec.scope ?? 'Namespaced');
  }
  const objects = await Promise.all(
    rendered.objects.map(async (entry): Promise<DesiredObject> => {
      if (!entry.object.metadata.namespace) return entry;
      let namespaced: boolean;
      try {
        namespaced = (await client.resource(entry.object.apiVersion, entry.object.kind)).namespaced;
      } catch {
        const scope = crdScopes.get(`${entry.object.kind}.${groupOf(entry.object.apiVersion)}`);
        if (scope === undefined) return entry;
        namespaced = scope === 'Namespaced';
      }
      if (namespaced) return entry;
      const metadata = { ...entry.object.metadata };
      delete metadata.namespace;
      return { ...entry, object: { ...entry.object, metadata } };
    }),
  );
  return { ...rendered, objects };
}
