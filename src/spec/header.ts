import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
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
  let text: string;
  try {
    text = await readFile(specPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `spec file not found: ${specPath}` : `cannot read spec file ${specPath}: ${code ?? String(error)}`);
  }
  const value = parseYamlSource(text, specPath).value as Record<string, unknown> | null;
  const header: SpecHeader = { app: typeof value?.app === 'string' ? value.app : 'app' };
  if (Array.isArray(value?.releases)) header.releases = value.releases as ReleaseRule[];
  if (value?.preview && typeof value.preview === 'object') header.preview = value.preview as Preview;
  return header;
}
