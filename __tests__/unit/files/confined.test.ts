import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, readConfinedFile, repositoryConfinement } from '../../../src/files/confined.js';
import { safeFileSegment } from '../../../src/render/print.js';

describe('isInside', () => {
  it.each([
    ['/repo', '/repo', true],
    ['/repo', '/repo/a/b', true],
    ['/repo', '/repo/..foo', true],
    ['/repo', '/repo/../etc', false],
    ['/repo', '/repository', false],
    ['/repo', '/', false],
    ['/repo', '/etc/passwd', false],
  ])('%s contains %s: %s', (root, candidate, inside) => {
    expect(isInside(root, path.normalize(candidate))).toBe(inside);
  });
});

describe('safeFileSegment', () => {
  it.each([
    ['web', 'web'],
    ['../../x', '___.._x'],
    ['..', '__'],
    ['.hidden', '_hidden'],
    ['a/b\\c', 'a_b_c'],
    ['nul\u0000and\u001bescape', 'nul_and_escape'],
    ['', '_'],
    ['ünïcode', '_n_code'],
  ])('%j → %j', (input, output) => {
    expect(safeFileSegment(input)).toBe(output);
  });

  it('caps the length', () => {
    expect(safeFileSegment('x'.repeat(10_000))).toHaveLength(100);
  });
});

describe('repositoryConfinement', () => {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'k8deployer-confine-')));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('a `.git` file (a worktree) marks the repository root too', async () => {
    mkdirSync(path.join(base, 'wt', 'deploy'), { recursive: true });
    writeFileSync(path.join(base, 'wt', '.git'), 'gitdir: /elsewhere\n');
    const confinement = await repositoryConfinement(path.join(base, 'wt', 'deploy', 'k8deployer.yaml'));
    expect(confinement).toEqual({ root: path.join(base, 'wt'), baseDir: path.join(base, 'wt', 'deploy') });
  });

  it('a GITHUB_WORKSPACE that does not contain the spec is ignored', async () => {
    mkdirSync(path.join(base, 'lone'), { recursive: true });
    const confinement = await repositoryConfinement(path.join(base, 'lone', 'k8deployer.yaml'), path.join(base, 'wt'));
    expect(confinement.root).toBe(path.join(base, 'lone'));
  });

  it('reads exactly the cap, refuses one byte more', async () => {
    const confinement = { root: base, baseDir: base };
    writeFileSync(path.join(base, 'ten'), '0123456789');
    expect((await readConfinedFile(confinement, 'ten', { maxBytes: 10 })).content.toString()).toBe('0123456789');
    await expect(readConfinedFile(confinement, 'ten', { maxBytes: 9 })).rejects.toThrow(
      'file "ten" is 10 bytes; files of this kind are capped at 9 bytes',
    );
    const budget = { remaining: 15 };
    await readConfinedFile(confinement, 'ten', { maxBytes: 10, budget });
    expect(budget.remaining).toBe(5);
    await expect(readConfinedFile(confinement, 'ten', { maxBytes: 10, budget })).rejects.toThrow(
      'file "ten" does not fit',
    );
  });
});
