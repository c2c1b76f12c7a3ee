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
  const templates = (spec.volumeClaimTemplates ?? [])
    .map((template) => template.metadata?.name)
    .filter((name): name is string => Boolean(name));
  const matchLabels = spec.selector?.matchLabels ?? {};
  const namespace = statefulSet.metadata.namespace;
  if (templates.length === 0 || !namespace || Object.keys(matchLabels).length === 0) return [];
  const labelSelector = Object.entries(matchLabels)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
  const claims = await client.list('v1', 'PersistentVolumeClaim', { namespace, labelSelector });
  return claims.filter((claim) =>
    templates.some((template) => isClaimOf(claim.metadata.name, template, statefulSet.metadata.name)),
  );
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

/**
 * Claims left by an earlier, failed install of a StatefulSet that does not exist now, which never bound and ask for
 * another storage class than the template does now (typically: a class that did not exist, since fixed). The
 * StatefulSet controller reuses a claim by name, so such a claim would keep the new pod Pending forever. Never bound
 * means no data: removing them loses nothing. Claims of a live StatefulSet are never touched here.
 */
export async function staleClaims(client: ClusterClient, desired: KubeObject): Promise<KubeObject[]> {
  if (desired.kind !== 'StatefulSet') return [];
  if (
    await client.get({
      apiVersion: desired.apiVersion,
      kind: desired.kind,
      name: desired.metadata.name,
      namespace: desired.metadata.namespace,
    })
  )
    return [];
  const templates =
    (
      desired['spec'] as
        { volumeClaimTemplates?: { metadata?: { name?: string }; spec?: { storageClassName?: string } }[] } | undefined
    )?.volumeClaimTemplates ?? [];
  const wanted = new Map(templates.map((template) => [template.metadata?.name ?? '', template.spec?.storageClassName]));
  const claims = await claimTemplateClaims(client, desired);
  return claims.filter((claim) => {
    if (!neverBound(claim)) return false;
    const template = [...wanted.keys()].find((name) => isClaimOf(claim.metadata.name, name, desired.metadata.name));
    const className = (claim['spec'] as { storageClassName?: string } | undefined)?.storageClassName;
    const wantedClass = template === undefined ? undefined : wanted.get(template);
    // An absent class in the template means the default class, whose name we do not know here: leave those alone.
    return template !== undefined && wantedClass !== undefined && className !== wantedClass;
  });
}
