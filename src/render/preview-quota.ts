import type { KubeObject } from '../kube/object.js';
import { defaultPreviewLimit, defaultPreviewRequest } from '../spec/preview-rules.js';
import type { Preview } from '../spec/spec-types.generated.js';
import { appLabels, objectMeta, type RenderContext } from './context.js';

type Quota = NonNullable<Preview['quota']>;

/** Names of the preview's quota objects (one of each per preview namespace). */
export const previewQuotaName = 'preview-quota';
export const previewLimitsName = 'preview-limits';

/**
 * preview.quota → a ResourceQuota capping what the whole preview may request and use, and a LimitRange giving every
 * container that sets no resources small defaults (a quota on limits.cpu / limits.memory otherwise rejects such
 * pods). Kubernetes admits pods against both, so a preview cannot starve the cluster it shares with others.
 */
export function renderPreviewQuota(context: RenderContext, quota: Quota): KubeObject[] {
  const hard: Record<string, string> = {};
  if (quota.cpu !== undefined) {
    hard['requests.cpu'] = String(quota.cpu);
    hard['limits.cpu'] = String(quota.cpu);
  }
  if (quota.memory !== undefined) {
    hard['requests.memory'] = String(quota.memory);
    hard['limits.memory'] = String(quota.memory);
  }
  if (quota.pods !== undefined) hard.pods = String(quota.pods);
  const resources = (given: Quota['defaultRequest'], fallback: { cpu: string; memory: string }) => ({
    cpu: String(given?.cpu ?? fallback.cpu),
    memory: String(given?.memory ?? fallback.memory),
    ...(given?.['ephemeral-storage'] !== undefined ? { 'ephemeral-storage': String(given['ephemeral-storage']) } : {}),
  });
  const labels = appLabels(context);
  const objects: KubeObject[] = [];
  if (Object.keys(hard).length > 0)
    objects.push({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: objectMeta(context, previewQuotaName, labels),
      spec: { hard },
    });
  objects.push({
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: objectMeta(context, previewLimitsName, labels),
    spec: {
      limits: [
        {
          type: 'Container',
          defaultRequest: resources(quota.defaultRequest, defaultPreviewRequest),
          default: resources(quota.defaultLimit, defaultPreviewLimit),
        },
      ],
    },
  });
  return objects;
}
