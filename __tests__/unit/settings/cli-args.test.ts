import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseCliArgs } from '../../../src/settings/cli-args.js';
import { defaultSettings } from '../../../src/settings/types.js';

function run(...argv: string[]) {
  const result = parseCliArgs(argv);
  if (result.kind !== 'run') throw new Error('expected a run');
  return result.settings;
}

function errorOf(...argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseCliArgs', () => {
  it('gives the defaults', () => {
    expect(run('render')).toEqual({ ...defaultSettings, command: 'render', specPath: 'k8deployer.yaml' });
  });

  it('parses every flag', () => {
    expect(
      run(
        'deploy',
        '-f',
        'app.yaml',
        '--cluster',
        'eu-1,us-1',
        '--cluster=ap-1',
        '--var',
        'A=1',
        '--var=B=x=y',
        '--image-tag',
        'v1.2.3',
        '--timeout',
        '10m',
        '--object-timeout',
        '90',
        '--rollback',
        'all',
        '--concurrency',
        '2',
        '--force-conflicts',
        '--adopt',
        '--no-prune',
        '--ignore-errors',
        '--delete-namespaces',
        '--delete-pvcs',
        '-o',
        'out',
        '--namespace',
        'shop-pr-1',
      ),
    ).toEqual({
      command: 'deploy',
      specPath: 'app.yaml',
      clusters: ['eu-1', 'us-1', 'ap-1'],
      variables: { A: '1', B: 'x=y' },
      imageTag: 'v1.2.3',
      timeoutSeconds: 600,
      objectTimeoutSeconds: 90,
      rollback: 'all',
      concurrency: 2,
      forceConflicts: true,
      adopt: true,
      prune: false,
      ignoreErrors: true,
      deleteNamespaces: true,
      deletePvcs: true,
      outputDir: 'out',
      namespaceOverride: 'shop-pr-1',
    });
  });

  it('accepts flags before the command and --spec as the long form of -f', () => {
    expect(run('--spec', 'x.yaml', 'plan').specPath).toBe('x.yaml');
  });

  it('shows help', () => {
    const result = parseCliArgs(['deploy', '--help']);
    expect(result.kind).toBe('help');
    if (result.kind === 'help') {
      expect(result.text).toContain(
        'Usage: k8deployer <render|plan|deploy|delete|preview-up|preview-down|preview-sweep|promote|abort>',
      );
      expect(result.text).toContain('--no-prune');
      expect(result.text).toContain('-f, --spec <file>');
    }
  });

  it.each([
    [['deploy', '--timeout', 'soon'], 'flag --timeout: expected a duration'],
    [['deploy', '--timeout'], 'flag --timeout: expected a value like 15m'],
    [['deploy', '--timeout', '--no-prune'], 'flag --timeout: expected a value'],
    [['deploy', '--rollback', 'maybe'], 'flag --rollback: expected one of off, cluster, all'],
    [['deploy', '--concurrency', '100'], 'flag --concurrency: expected a whole number from 1 to 64'],
    [['deploy', '--var', 'novalue'], 'flag --var: expected KEY=VALUE'],
    [['deploy', '--force-conflicts=maybe'], 'flag --force-conflicts: expected true or false'],
    [['deploy', '--no-prune=1'], 'flag --no-prune: takes no value'],
    [['deploy', '--frobnicate'], 'unknown flag --frobnicate'],
    [['deploy', '-x'], 'unknown flag -x'],
    [['deploy', 'extra'], 'unexpected argument "extra"'],
    [['ship'], 'command: expected one of render, plan, deploy'],
    [[], 'command: expected one of'],
  ])('refuses %j', (argv, message) => {
    expect(errorOf(...argv)).toContain(message);
  });
});

describe('parseCliArgs: CLI-only flags', () => {
  it('--show-secrets asks render to print Secret values in clear', () => {
    const result = parseCliArgs(['render', '--show-secrets']);
    expect(result.kind === 'run' && result.settings.showSecrets).toBe(true);
    const plain = parseCliArgs(['render']);
    expect(plain.kind === 'run' && plain.settings.showSecrets).toBeUndefined();
  });
});

describe('parseCliArgs: repository identity', () => {
  it('--repository owner/name scopes ownership; it wins over the environment', () => {
    const result = parseCliArgs(['preview-sweep', '--repository', 'acme/shop'], {
      GITHUB_REPOSITORY: 'other/repo',
      GITHUB_REPOSITORY_ID: '99',
    });
    expect(result.kind === 'run' && result.settings.repository).toEqual({
      name: 'acme/shop',
      labelValue: expect.stringMatching(/^repo-[0-9a-f]{40}$/),
    });
  });

  it('without the flag, GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY from the environment; else none', () => {
    const fromEnv = parseCliArgs(['deploy'], { GITHUB_REPOSITORY: 'acme/shop', GITHUB_REPOSITORY_ID: '123' });
    expect(fromEnv.kind === 'run' && fromEnv.settings.repository).toEqual({ name: 'acme/shop', labelValue: 'gh-123' });
    const none = parseCliArgs(['deploy'], {});
    expect(none.kind === 'run' && none.settings.repository).toBeUndefined();
  });

  it('a malformed value is an error naming the flag', () => {
    expect(errorOf('deploy', '--repository', 'not a repo')).toMatch(/^flag --repository: expected owner\/name/);
    expect(errorOf('deploy', '--repository')).toBe('flag --repository: expected a value like owner/name');
    expect(errorOf('deploy', '--repository', '--prune')).toBe('flag --repository: expected a value like owner/name');
  });
});
