import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(md|ya?ml)$/.test(name) ? [full] : [];
  });
}

/** Every `run:` script in a file: the inline value or the indented block under `run: |`. */
function runScripts(text: string): { line: number; script: string }[] {
  const lines = text.split('\n');
  const scripts: { line: number; script: string }[] = [];
  lines.forEach((line, index) => {
    const match = /^(\s*)(?:-\s+)?run:\s*(.*)$/.exec(line);
    if (!match) return;
    const indent = (match[1] ?? '').length;
    const body = [match[2] ?? ''];
    for (let next = index + 1; next < lines.length; next++) {
      const candidate = lines[next] ?? '';
      if (candidate.trim() !== '' && candidate.search(/\S/) <= indent) break;
      body.push(candidate);
    }
    scripts.push({ line: index + 1, script: body.join('\n') });
  });
  return scripts;
}

describe('documented workflows treat outputs as data (threat model rule 7)', () => {
  const documents = [
    'README.md',
    'action.yml',
    ...files(path.join(root, 'docs')).map((f) => path.relative(root, f)),
    ...files(path.join(root, 'examples')).map((f) => path.relative(root, f)),
  ];

  it('no run: script interpolates ${{ ... }} expressions with step outputs or event text', () => {
    const offenders: string[] = [];
    for (const file of documents) {
      for (const { line, script } of runScripts(readFileSync(path.join(root, file), 'utf8'))) {
        if (/\$\{\{[^}]*(outputs\.|github\.event\.|github\.head_ref)/.test(script)) offenders.push(`${file}:${line}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('finds the scripts it checks (the scan itself works)', () => {
    expect(runScripts("      - run: echo '${{ steps.deploy.outputs.result }}'")).toHaveLength(1);
    expect(
      runScripts('      - run: |\n          echo "${{ steps.x.outputs.y }}"\n      - uses: x')[0]?.script,
    ).toContain('outputs.y');
    expect(documents.length).toBeGreaterThan(2);
  });
});
