import type { KubeObject } from '../kube/object.js';
import { unknownChecksum, unknownValuesAnnotation } from '../kube/unknown.js';

/**
 * Values a plan cannot know. `plan` runs where deploy's secret env vars are often unset (a PR job without the
 * production secrets): the renderer then fills a placeholder and marks the Secret, and every pod template that
 * checksums it, as unknown. Comparing a placeholder with the live value would show a fake Secret change and a pod
 * roll, so the plan takes the live value for what it cannot know, says which values those are, and counts no change
 * for them. Deploy never sees these marks: it refuses a missing secret value before rendering finishes.
 */
const checksumAnnotation = 'k8deployer.io/secrets-checksum';

export interface ResolvedUnknowns {
  object: KubeObject;
  /** What this plan could not know, e.g. `password (env DB_PASSWORD not set)`. */
  unknownValues?: string[];
}

/** The desired object with the unknown parts taken from the live one (or only unmarked when there is none). */
export function resolveUnknowns(desired: KubeObject, live: KubeObject | undefined): ResolvedUnknowns {
  const marked = desired.metadata.annotations?.[unknownValuesAnnotation];
  if (marked !== undefined) return resolveSecret(desired, live, marked);
  const template = podTemplateOf(desired);
  if (template?.metadata?.annotations?.[checksumAnnotation] === unknownChecksum) {
    const object = structuredClone(desired);
    const copy = podTemplateOf(object)!;
    const liveChecksum = live ? podTemplateOf(live)?.metadata?.annotations?.[checksumAnnotation] : undefined;
    const annotations = { ...copy.metadata!.annotations };
    if (liveChecksum !== undefined) annotations[checksumAnnotation] = liveChecksum;
    else delete annotations[checksumAnnotation];
    copy.metadata = { ...copy.metadata, annotations };
    return { object, unknownValues: ['secrets checksum (a secret value is unknown)'] };
  }
  return { object: desired };
}

function resolveSecret(desired: KubeObject, live: KubeObject | undefined, marked: string): ResolvedUnknowns {
  const object = structuredClone(desired);
  const { [unknownValuesAnnotation]: _mark, ...annotations } = object.metadata.annotations ?? {};
  object.metadata = { ...object.metadata, annotations };
  if (Object.keys(annotations).length === 0) delete object.metadata.annotations;
  const entries = JSON.parse(marked) as { key: string; env: string }[];
  const liveData = (live?.data ?? {}) as Record<string, string>;
  const data = { ...(object.data as Record<string, string>) };
  for (const { key } of entries) {
    if (liveData[key] !== undefined) data[key] = liveData[key];
  }
  object.data = data;
  return { object, unknownValues: entries.map(({ key, env }) => `${key} (env ${env} not set)`) };
}

interface PodTemplate {
  metadata?: { annotations?: Record<string, string> };
}

function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  const spec = object.spec as
    { template?: PodTemplate; jobTemplate?: { spec?: { template?: PodTemplate } } } | undefined;
  return spec?.template ?? spec?.jobTemplate?.spec?.template;
}
