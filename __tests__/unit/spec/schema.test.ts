import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSpecTypes, generateSpecValidator } from '../../../scripts/gen-spec-types.js';
import { specSchema } from '../../../src/spec/validate-schema.js';

function walk(node: unknown, pointer: string, visit: (node: Record<string, unknown>, pointer: string) => void): void {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((item, index) => walk(item, `${pointer}/${index}`, visit));
  visit(node as Record<string, unknown>, pointer);
  for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key}`, visit);
}

describe('deploy-spec JSON Schema', () => {
  it('is draft 2020-12 and describes every field, so editors can show help for each', () => {
    expect(specSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const undocumented: string[] = [];
    walk(specSchema, '', (node, pointer) => {
      const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
      if (!properties || pointer.endsWith('/properties')) return;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property.description !== 'string' || property.description.length < 5)
          undocumented.push(`${pointer}/properties/${name}`);
      }
    });
    expect(undocumented).toEqual([]);
  });

  it('keeps the generated TypeScript types and the precompiled validator in step with the schema', async () => {
    const types = readFileSync(new URL('../../../src/spec/spec-types.generated.ts', import.meta.url), 'utf8');
    expect(types).toBe(await generateSpecTypes());
    const validator = readFileSync(new URL('../../../src/spec/spec-validator.generated.js', import.meta.url), 'utf8');
    expect(validator).toBe(await generateSpecValidator());
  });

  it('every example names the schema for editors (yaml-language-server)', () => {
    const examples = execFileSync('git', ['ls-files', 'examples/*/k8deployer.yaml'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      expect(readFileSync(example, 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../../schemas/k8deployer.schema.json',
      );
    }
  });
});
