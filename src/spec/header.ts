import { readSpecText } from './load.js';
import type { Preview, ReleaseRule } from './spec-types.generated.js';
import { parseYamlSource } from './yaml-source.js';

export interface SpecHeader {
  app: string;
  /** Clusters as written: names and GitHub environment names (default: the cluster name). */
  clusters: { name: string; environment: string; enabled: boolean }[];
  releases?: ReleaseRule[];
  preview?: Preview;
}

/**
 * The few fields the action needs before it can decide what to run (which release rule, which preview namespace).
 * The full validation happens when the spec is loaded for that run.
 */
export async function readSpecHeader(specPath: string): Promise<SpecHeader> {
  const value = parseYamlSource(await readSpecText(specPath), specPath).value as Record<string, unknown> | null;
  const clusters = (Array.isArray(value?.clusters) ? (value.clusters as Record<string, unknown>[]) : [])
    .filter((cluster) => typeof cluster?.name === 'string')
    .map((cluster) => ({
      name: cluster.name as string,
      environment: typeof cluster.environment === 'string' ? cluster.environment : (cluster.name as string),
      enabled: cluster.enabled !== false && cluster.enabled !== 'false',
    }));
  const header: SpecHeader = { app: typeof value?.app === 'string' ? value.app : 'app', clusters };
  if (Array.isArray(value?.releases)) header.releases = value.releases as ReleaseRule[];
  if (value?.preview && typeof value.preview === 'object') header.preview = value.preview as Preview;
  return header;
}
