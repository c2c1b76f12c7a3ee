import { readSpecText } from './load.js';
import type { Preview, ReleaseRule } from './spec-types.generated.js';
import { parseYamlSource } from './yaml-source.js';

export interface SpecHeader {
  app: string;
  releases?: ReleaseRule[];
  preview?: Preview;
}

/**
 * The few fields the action needs before it can decide what to run (which release rule, which preview namespace).
 * The full validation happens when the spec is loaded for that run.
 */
export async function readSpecHeader(specPath: string): Promise<SpecHeader> {
  const value = parseYamlSource(await readSpecText(specPath), specPath).value as Record<string, unknown> | null;
  const header: SpecHeader = { app: typeof value?.app === 'string' ? value.app : 'app' };
  if (Array.isArray(value?.releases)) header.releases = value.releases as ReleaseRule[];
  if (value?.preview && typeof value.preview === 'object') header.preview = value.preview as Preview;
  return header;
}
