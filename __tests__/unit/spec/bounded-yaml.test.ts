import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import {
  defaultYamlLimits,
  loadYamlDocument,
  loadYamlDocuments,
  parseBoundedYaml,
} from '../../../src/spec/bounded-yaml.js';
import { lineColumn } from '../../../src/spec/line-index.js';
import { readRegularFileCapped } from '../../../src/spec/read-capped.js';
import { substituteText, substituteVariables } from '../../../src/spec/variables.js';

function refusal(run: () => unknown): { line: number; column: number; message: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const [problem] = error.problems;
    return { line: problem?.line ?? 0, column: problem?.column ?? 0, message: problem?.message ?? '' };
  }
  throw new Error('expected a refusal');
}

describe('bounded YAML loading', () => {
  it('loads every document of a multi-document text', () => {
    expect(loadYamlDocuments('a: 1\n---\nb: [x]\n', { file: 'm.yaml' })).toEqual([{ a: 1 }, { b: ['x'] }]);
    expect(loadYamlDocument('', { file: 'e.yaml' })).toBeUndefined();
  });

  it('counts aliases as the subtree they name, per document', () => {
    const text = 'a: &a [1, 2, 3]\nb: [*a, *a]\n';
    // a: 1 map + key + seq(4) ... the exact count: map 1, keys 2, seq 4, seq 1 + 2 × 4 = 16.
    expect(() => parseBoundedYaml(text, 'f', { ...defaultYamlLimits, maxNodes: 16 })).not.toThrow();
    expect(refusal(() => parseBoundedYaml(text, 'f', { ...defaultYamlLimits, maxNodes: 15 })).message).toMatch(
      /more than 15 YAML nodes/,
    );
  });

  it('refuses forbidden keys where they are keys, not where they are values', () => {
    expect(loadYamlDocument('a: __proto__\nb: [__proto__]\n', { file: 'f' })).toEqual({
      a: '__proto__',
      b: ['__proto__'],
    });
    expect(refusal(() => loadYamlDocument('a:\n  "__proto__": 1\n', { file: 'f' }))).toMatchObject({
      line: 2,
      column: 4,
    });
    expect(refusal(() => loadYamlDocument('- {x: 1}\n- {y: {__proto__: 1}}\n', { file: 'f' }))).toMatchObject({
      line: 2,
      column: 8,
    });
    // Only the keys the caller forbids: manifests may carry `constructor` as data.
    expect(loadYamlDocument('constructor: 1\n', { file: 'f' })).toEqual({ constructor: 1 });
    expect(() =>
      loadYamlDocument('constructor: 1\n', { file: 'f', limits: { forbiddenKeys: new Set(['constructor']) } }),
    ).toThrow(SpecError);
  });

  it('keeps track of keys after complex keys and aliases as keys', () => {
    expect(refusal(() => loadYamlDocument('? [a, b]\n: 1\n__proto__: 2\n', { file: 'f' }))).toMatchObject({
      line: 3,
      column: 1,
    });
    expect(refusal(() => loadYamlDocument('k: &k key\nm:\n  *k : 1\n  __proto__: 2\n', { file: 'f' }))).toMatchObject({
      line: 4,
      column: 3,
    });
    // An alias naming a forbidden scalar, used as a key, is the same key.
    expect(refusal(() => loadYamlDocument('k: &k __proto__\nm:\n  *k : {x: 1}\n', { file: 'f' }))).toMatchObject({
      line: 3,
      column: 3,
    });
  });

  it('reports syntax errors and the size cap with positions', () => {
    expect(refusal(() => loadYamlDocument('a: [1, 2\n', { file: 'f' })).message).toMatch(/^invalid YAML/);
    expect(refusal(() => loadYamlDocument('a: 12345\n', { file: 'f', limits: { maxBytes: 4 } }))).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/larger than 4 bytes/),
    });
  });
});

describe('line index', () => {
  it('agrees with a plain scan for every offset', () => {
    const text = 'a\n\nbc\r\nd\n\n';
    for (let offset = 0; offset <= text.length + 2; offset += 1) {
      let line = 1;
      let start = 0;
      for (let index = 0; index < Math.min(offset, text.length); index += 1)
        if (text[index] === '\n') {
          line += 1;
          start = index + 1;
        }
      expect(lineColumn(text, offset), `offset ${offset}`).toEqual({ line, column: offset - start + 1 });
    }
  });
});

describe('capped reads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'k8deployer-capped-'));
  it('reads a file of exactly the cap and refuses one byte more', async () => {
    writeFileSync(path.join(dir, 'exact'), 'x'.repeat(10));
    writeFileSync(path.join(dir, 'over'), 'x'.repeat(11));
    expect(await readRegularFileCapped(path.join(dir, 'exact'), 10)).toEqual({ ok: true, text: 'x'.repeat(10) });
    expect(await readRegularFileCapped(path.join(dir, 'over'), 10)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/larger than 10 bytes/),
    });
  });

  it('refuses devices and reads /proc files (size 0 in stat) only up to the cap', async () => {
    expect(await readRegularFileCapped('/dev/null', 10)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/a device/),
    });
    expect(await readRegularFileCapped('/proc/self/status', 8)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/larger than 8 bytes/),
    });
  });
});

describe('variable expansion budget', () => {
  it('stops at the budget and says where, once', () => {
    const { value, problems } = substituteVariables(
      { a: '${v}${v}', b: ['${v}', '${v}'] },
      { v: 'xxxx' },
      { maxExpansionChars: 10 },
    );
    expect(problems).toEqual([{ pointer: '/b/0', message: expect.stringMatching(/past 10 characters/) }]);
    expect(value).toEqual({ a: 'xxxxxxxx', b: ['${v}', '${v}'] });
  });

  it('applies to raw manifest text too', () => {
    const { text, problems } = substituteText('${v} ${v} ${v}', { v: 'xxxx' }, { maxExpansionChars: 10 });
    expect(text).toBe('xxxx xxxx ${v}');
    expect(problems).toHaveLength(1);
  });
});
