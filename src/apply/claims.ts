import type { ClusterClient } from '../cluster/client.js';
import type { KubeObject } from '../kube/object.js';

interface StatefulSetSpec {
  selector?: { matchLabels?: Record<string, string> };
  volumeClaimTemplates?: { metadata?: { name?: string } }[];
}

/**
 * The PersistentVolumeClaims a StatefulSet's controller made from its volumeClaimTemplates: named
 * `<template>-<statefulset>-<ordinal>` and labelled with the StatefulSet's selector labels. They carry no ApplySet
 * label (the controller creates them, not k8deployer), so they are found from the StatefulSet, never by label alone.
 */
export async function claimTemplateClaims(client: ClusterClient, statefulSet: KubeObject): Promise<KubeObject[]> {
  const spec = (statefulSet['spec'] ?? {}) as StatefulSetSpec;
  const templates = (spec.volumeClaimTemplates ?? []).map((template) => template.metadata?.name).filter((name): name is string => Boolean(name));
  const matchLabels = spec.selector?.matchLabels ?? {};
  const namespace = statefulSet.metadata.namespace;
  if (templates.length === 0 || !namespace || Object.keys(matchLabels).length === 0) return [];
  const labelSelector = Object.entries(matchLabels).map(([key, value]) => `${key}=${value}`).join(',');
  const claims = await client.list('v1', 'PersistentVolumeClaim', { namespace, labelSelector });
  return claims.filter((claim) => templates.some((template) => isClaimOf(claim.metadata.name, template, statefulSet.metadata.name)));
}

export function isClaimOf(claimName: string, template: string, statefulSet: string): boolean {
  const prefix = `${template}-${statefulSet}-`;
  return claimName.startsWith(prefix) && /^\d+$/.test(claimName.slice(prefix.length));
}

/** A claim that never bound holds no data: removing it loses nothing. */
export function neverBound(claim: KubeObject): boolean {
  const status = claim['status'] as { phase?: string } | undefined;
  const spec = claim['spec'] as { volumeName?: string } | undefined;
  return status?.phase !== 'Bound' && status?.phase !== 'Lost' && !spec?.volumeName;
}
