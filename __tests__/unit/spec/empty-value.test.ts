import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli.js';
import { problemsOf } from './helpers.js';

const spec = (body: string) => `app: shop
components:
  - name: web
    image: nginx:1.27
${body}`;

const shown = (text: string) => problemsOf(text).map((p) => `${p.line}:${p.column}: ${p.message}`);

describe('a key with nothing after it', () => {
  it('env: whose children are not indented points at env and suggests indenting them', () => {
    expect(shown(spec('    env:\n    LOG_LEVEL: debug\n    MODE: fast\n    replicas: 2\n'))).toEqual([
      '5:5: components[0] (web).env has no value; indent LOG_LEVEL, MODE under env?',
    ]);
  });

  it('port: alone points at port, not 1:1, without the list of every field', () => {
    expect(shown(spec('    port:\n    replicas: 2\n'))).toEqual([
      "5:5: components[0] (web).port has no value; write a value after 'port:' or remove the key",
    ]);
  });

  it('a top-level key: the component list left empty', () => {
    expect(shown('app: shop\ncomponents:\n')).toEqual([
      "2:1: components has no value; write a value after 'components:' or remove the key",
    ]);
  });

  it('an explicit null is not "no value": it keeps the type message at the value', () => {
    expect(shown(spec('    env: null\n'))).toEqual(['5:10: components[0] (web).env: must be object, got null']);
  });

  it('stays linear on many empty keys in one mapping', () => {
    const keys = Array.from({ length: 5_000 }, (_, index) => `    k${index}:\n`).join('');
    const started = Date.now();
    const problems = problemsOf(spec(keys));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problems.length).toBeGreaterThan(0);
  });

  it('the CLI prints the positioned problem and exits 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'k8d-empty-'));
    const file = path.join(dir, 'k8deployer.yaml');
    writeFileSync(file, spec('    env:\n    LOG_LEVEL: debug\n'));
    const stderr: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['render', '-f', file])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(stderr.join('')).toBe(
      `error: the spec is not valid (1 problem):\n${file}:5:5: components[0] (web).env has no value; indent LOG_LEVEL under env?\n`,
    );
  });
});
