import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseActionInputs } from '../../../src/settings/action-inputs.js';
import { parseActionManifest, updateActionReference } from '../../../src/settings/action-manifest.js';
import { parseCliArgs } from '../../../src/settings/cli-args.js';
import { actionOnlyInputs, cliOnlyFlags, sharedOptions } from '../../../src/settings/options.js';
import { defaultSettings } from '../../../src/settings/types.js';

const root = new URL('../../../', import.meta.url);
const manifest = parseActionManifest(readFileSync(new URL('action.yml', root), 'utf8'));

describe('action.yml and the CLI agree', () => {
  it('has an input for every CLI flag and a flag for every shared input', () => {
    const help = parseCliArgs(['--help']);
    if (help.kind !== 'help') throw new Error('expected help');
    const flagsInHelp = [...help.text.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!.replace(/^no-/, ''));
    const cliFlags = new Set(flagsInHelp.filter((flag) => !(cliOnlyFlags as readonly string[]).includes(flag)));
    const fromFlags = new Set([...cliFlags].map((flag) => sharedOptions.find((o) => o.flag === flag)?.input));
    const actionInputs = new Set(Object.keys(manifest.inputs));
    const sharedInputs = new Set(
      [...actionInputs].filter((input) => !(actionOnlyInputs as readonly string[]).includes(input)),
    );
    expect([...fromFlags].sort()).toEqual([...sharedInputs].sort());
    for (const input of actionOnlyInputs) expect(actionInputs).toContain(input);
  });

  it('every input the parser reads is declared in action.yml, and nothing else is', () => {
    const read = new Set<string>();
    parseActionInputs((name) => {
      read.add(name);
      return name === 'github-token' ? 't' : '';
    });
    expect([...read].sort()).toEqual(Object.keys(manifest.inputs).sort());
  });

  it('action.yml defaults parse to the same settings as no inputs at all', () => {
    const defaults = Object.fromEntries(Object.entries(manifest.inputs).map(([k, v]) => [k, v.default ?? '']));
    defaults['github-token'] = 'ghs_x';
    const fromDefaults = parseActionInputs((name) => defaults[name] ?? '');
    const fromNothing = parseActionInputs((name) => (name === 'github-token' ? 'ghs_x' : ''));
    expect(fromDefaults).toEqual(fromNothing);
    expect(fromDefaults.settings).toEqual({ ...defaultSettings, command: 'deploy', specPath: 'k8deployer.yaml' });
  });

  it('runs on node24 (credentials stay in memory, so there is no post step to clean up)', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(manifest.outputs).sort()).toEqual(['preview-url', 'result', 'status']);
  });

  it('docs/action.md is in sync with action.yml (run scripts/gen-action-docs.ts)', () => {
    const doc = readFileSync(new URL('docs/action.md', root), 'utf8');
    expect(updateActionReference(doc, manifest)).toBe(doc);
  });
});
