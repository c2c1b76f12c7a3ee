import type { KubeObject } from '../kube/object.js';

export interface ReferencedNames {
  ConfigMap: string[];
  Secret: string[];
  ServiceAccount: string[];
  PersistentVolumeClaim: string[];
}

/** Names of the ConfigMaps, Secrets, ServiceAccount and PVCs a workload's pod template uses. */
export function referencedNames(workload: KubeObject): ReferencedNames {
  const refs: ReferencedNames = { ConfigMap: [], Secret: [], ServiceAccount: [], PersistentVolumeClaim: [] };
  const podSpec = podSpecOf(workload);
  if (!podSpec) return refs;
  const add = (kind: keyof ReferencedNames, name: unknown): void => {
    if (typeof name === 'string' && name && !refs[kind].includes(name)) refs[kind].push(name);
  };
  add('ServiceAccount', podSpec['serviceAccountName'] ?? podSpec['serviceAccount']);
  for (const secret of asArray(podSpec['imagePullSecrets'])) add('Secret', secret['name']);
  for (const volume of asArray(podSpec['volumes'])) {
    add('ConfigMap', asRecord(volume['configMap'])['name']);
    add('Secret', asRecord(volume['secret'])['secretName']);
    add('PersistentVolumeClaim', asRecord(volume['persistentVolumeClaim'])['claimName']);
    for (const source of asArray(asRecord(volume['projected'])['sources'])) {
      add('ConfigMap', asRecord(source['configMap'])['name']);
      add('Secret', asRecord(source['secret'])['name']);
    }
  }
  const containers = [...asArray(podSpec['initContainers']), ...asArray(podSpec['containers'])];
  for (const container of containers) {
    for (const envFrom of asArray(container['envFrom'])) {
      add('ConfigMap', asRecord(envFrom['configMapRef'])['name']);
      add('Secret', asRecord(envFrom['secretRef'])['name']);
    }
    for (const env of asArray(container['env'])) {
      const from = asRecord(env['valueFrom']);
      add('ConfigMap', asRecord(from['configMapKeyRef'])['name']);
      add('Secret', asRecord(from['secretKeyRef'])['name']);
    }
  }
  return refs;
}

function podSpecOf(workload: KubeObject): Record<string, unknown> | undefined {
  const spec = asRecord(workload['spec']);
  if (workload.kind === 'Pod') return spec;
  if (workload.kind === 'CronJob')
    return asRecord(asRecord(asRecord(asRecord(spec['jobTemplate'])['spec'])['template'])['spec']);
  return asRecord(asRecord(spec['template'])['spec']);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.map(asRecord) : [];
}
