import type { KubeObject } from '../kube/object.js';
import type { Secret } from '../spec/spec-types.generated.js';
import { appLabels, contentHash, objectMeta, type RenderContext } from './context.js';

type External = NonNullable<Secret['external']>;

const SECRET_TYPES: Record<NonNullable<Secret['type']>, string> = {
  opaque: 'Opaque',
  'docker-config': 'kubernetes.io/dockerconfigjson',
  tls: 'kubernetes.io/tls',
};

/**
 * A spec secret whose values live in a secret store: an ExternalSecret (external-secrets.io/v1) of the same name
 * whose target is the Secret the pods reference. The runner never sees a value; the operator writes the Secret and
 * owns it (creationPolicy Owner), so deleting the app deletes the Secret with it.
 */
export function renderExternalSecret(context: RenderContext, secret: Secret, external: External): KubeObject {
  const data = Object.entries(external.keys ?? {}).map(([secretKey, place]) => ({
    secretKey,
    remoteRef: typeof place === 'string' ? { key: place } : place,
  }));
  const dataFrom = (external.extract ?? []).map((key) => ({ extract: { key } }));
  const type = SECRET_TYPES[secret.type ?? 'opaque'];
  const spec = {
    refreshInterval: external.refreshInterval ?? '1h',
    secretStoreRef: { name: external.store, kind: external.storeKind ?? 'SecretStore' },
    target: {
      name: secret.name,
      creationPolicy: 'Owner',
      ...(type === 'Opaque' ? {} : { template: { type } }),
    },
    ...(data.length > 0 ? { data } : {}),
    ...(dataFrom.length > 0 ? { dataFrom } : {}),
  };
  // The pods' checksum follows what the spec says to read: a changed mapping rolls them, a value rotated in the
  // store does not (the runner cannot know it; see docs/packaging.md).
  context.secretChecksums.set(secret.name, contentHash(spec, 16));
  return {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: objectMeta(context, secret.name, appLabels(context)),
    spec,
  };
}
