import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-hostile-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The real CLI entry in a child process, as a user runs it (render needs no cluster). */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function specFile(name: string, text: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, text);
  return file;
}

const laughs = [
  'l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...Array.from(
    { length: 7 },
    (_, level) => `l${level + 1}: &l${level + 1} [${Array.from({ length: 10 }, () => `*l${level}`).join(', ')}]`,
  ),
].join('\n');

const cases = [
  {
    name: 'an alias bomb',
    file: () => specFile('bomb.yaml', `${laughs}\napp: shop\ncomponents:\n  - {name: web, image: i}\n`),
    message: /bomb.yaml:\d+:\d+: the file has more than 100000 YAML nodes/,
  },
  {
    name: 'a __proto__ key steering the namespace',
    file: () =>
      specFile(
        'proto.yaml',
        'app: shop\n__proto__: {namespace: kube-system}\ncomponents:\n  - {name: web, image: i}\n',
      ),
    message: /proto.yaml:2:1: the key '__proto__' is not allowed/,
  },
  {
    name: 'a 3000-component depends cycle',
    file: () =>
      specFile(
        'chain.yaml',
        `app: shop\ncomponents:\n${Array.from({ length: 3000 }, (_, index) => `  - {name: c${index}, image: i, depends: [c${(index + 2999) % 3000}]}`).join('\n')}\n`,
      ),
    message: /chain.yaml:1003:\d+: more than 1000 components/,
  },
  { name: '/dev/zero as the spec', file: () => '/dev/zero', message: /\/dev\/zero:1:1: not a regular file/ },
];

describe('the CLI refuses hostile specs with exit code 2 and no stack trace', () => {
  it.each(cases)('$name', async ({ file, message }) => {
    const result = await cli(['render', '--spec', file()]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(/RangeError|TypeError|Maximum call stack|heap out of memory/);
    expect(result.stdout).toBe('');
  });
});
