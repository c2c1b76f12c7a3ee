import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { readinessOf, type ReadinessContext } from '../../../src/track/readiness.js';

interface Case {
  name: string;
  context?: ReadinessContext;
  object: KubeObject;
  expect: { status: string; message?: string; warning?: string };
}

const cases = load(readFileSync(new URL('./fixtures/readiness.yaml', import.meta.url), 'utf8')) as Case[];

describe('readinessOf', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const result = readinessOf(entry.object, entry.context ?? {});
    expect(result.status).toBe(entry.expect.status);
    if (entry.expect.message) expect(result.message).toContain(entry.expect.message);
    if (entry.expect.warning) expect(result.warning).toContain(entry.expect.warning);
  });

  it('does not change its input', () => {
    const object = cases[0]?.object as KubeObject;
    const before = JSON.stringify(object);
    readinessOf(object, { minGeneration: 1 });
    expect(JSON.stringify(object)).toBe(before);
  });
});
