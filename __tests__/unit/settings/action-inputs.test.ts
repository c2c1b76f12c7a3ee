import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { parseActionInputs } from '../../../src/settings/action-inputs.js';
import { defaultSettings } from '../../../src/settings/types.js';

function inputs(values: Record<string, string>) {
  return (name: string): string => values[name] ?? '';
}

function errorOf(values: Record<string, string>): InputError {
  try {
    parseActionInputs(inputs({ 'github-token': 't', ...values }));
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('parseActionInputs', () => {
  it('gives the defaults for empty inputs', () => {
    const { settings, action } = parseActionInputs(inputs({ 'github-token': 'ghs_x' }));
    expect(settings).toEqual({ ...defaultSettings, command: 'deploy', specPath: 'k8deployer.yaml' });
    expect(action).toEqual({
      command: 'auto',
      githubToken: 'ghs_x',
      commentOnPr: true,
      jobSummary: true,
      deployments: true,
      preview: { namespacePattern: '${app}-pr-${pr}', ttlHours: 168, allowForks: false },
    });
  });

  it('parses every input', () => {
    const { settings, action } = parseActionInputs(
      inputs({
        command: 'Plan',
        spec: ' deploy/k8deployer.yaml ',
        clusters: 'eu-1, us-1\nap-1\n\neu-1',
        variables: 'REPLICAS=3\n# comment\nURL=http://x/?a=b\n',
        'image-tag': 'sha-abc123',
        timeout: '1h30m',
        'object-timeout': '90s',
        rollback: 'all',
        concurrency: '4',
        'force-conflicts': 'true',
        adopt: 'true',
        prune: 'false',
        'ignore-errors': 'yes',
        'delete-namespaces': 'TRUE',
        'delete-pvcs': 'off',
        'output-dir': 'out',
        namespace: 'shop-staging',
        'github-token': 'ghs_y',
        comment: 'false',
        'job-summary': 'false',
        deployments: 'false',
        environment: 'staging',
        'preview-namespace': 'pr-${pr}-${app}',
        'preview-host': 'pr-${pr}.preview.example.com',
        'preview-ttl': '72h',
        'allow-forks': 'true',
      }),
    );
    expect(settings).toEqual({
      command: 'plan',
      specPath: 'deploy/k8deployer.yaml',
      clusters: ['eu-1', 'us-1', 'ap-1'],
      variables: { REPLICAS: '3', URL: 'http://x/?a=b' },
      imageTag: 'sha-abc123',
      timeoutSeconds: 5400,
      objectTimeoutSeconds: 90,
      rollback: 'all',
      concurrency: 4,
      forceConflicts: true,
      adopt: true,
      prune: false,
      ignoreErrors: true,
      deleteNamespaces: true,
      deletePvcs: false,
      outputDir: 'out',
      namespaceOverride: 'shop-staging',
      previewTtlHours: 72,
    });
    expect(action).toEqual({
      command: 'plan',
      githubToken: 'ghs_y',
      commentOnPr: false,
      jobSummary: false,
      deployments: false,
      environment: 'staging',
      preview: {
        namespacePattern: 'pr-${pr}-${app}',
        hostPattern: 'pr-${pr}.preview.example.com',
        ttlHours: 72,
        allowForks: true,
      },
    });
  });

  it('reads variables as a YAML map', () => {
    const { settings } = parseActionInputs(
      inputs({ 'github-token': 't', variables: 'replicas: 3\ndebug: true\nhost: "a=b"' }),
    );
    expect(settings.variables).toEqual({ replicas: '3', debug: 'true', host: 'a=b' });
  });

  it('takes plain seconds as a duration', () => {
    expect(parseActionInputs(inputs({ 'github-token': 't', timeout: '600' })).settings.timeoutSeconds).toBe(600);
  });

  it.each([
    [
      { timeout: 'ten minutes' },
      'input "timeout": expected a duration like 10m, 90s, 1h30m or 600 (seconds), got "ten minutes"',
    ],
    [{ timeout: '0' }, 'input "timeout"'],
    [{ 'object-timeout': '5 m' }, 'input "object-timeout"'],
    [{ prune: 'maybe' }, 'input "prune": expected true or false, got "maybe"'],
    [{ rollback: 'sometimes' }, 'input "rollback": expected one of off, cluster, all, got "sometimes"'],
    [{ concurrency: '0' }, 'input "concurrency": expected a whole number from 1 to 64'],
    [{ concurrency: 'many' }, 'input "concurrency"'],
    [{ clusters: 'eu 1' }, 'input "clusters": expected cluster names'],
    [{ variables: '- a\n- b' }, 'input "variables": expected KEY=VALUE lines or a YAML map'],
    [{ variables: 'a:\n  nested: 1' }, '"a" has a nested or empty value'],
    [{ command: 'destroy' }, 'input "command": expected one of render, plan, deploy, delete, preview-up, preview-down'],
    [{ namespace: 'Not_A_Namespace' }, 'input "namespace": expected a namespace name'],
    [{ 'image-tag': 'a b' }, 'input "image-tag"'],
    [{ 'preview-namespace': '${app}-preview' }, 'input "preview-namespace": expected a pattern containing ${pr}'],
    [{ 'preview-namespace': '${app}-${branch}-${pr}' }, 'unknown variable ${branch}'],
    [{ 'preview-host': 'https://pr-${pr}.example.com' }, 'input "preview-host": expected a host name pattern'],
    [{ 'preview-ttl': 'a week' }, 'input "preview-ttl": expected a number of hours'],
    [{ 'allow-forks': 'sure' }, 'input "allow-forks"'],
    [{ 'github-token': '' }, 'input "github-token": expected a token'],
  ])('refuses %j', (values, message) => {
    expect(errorOf(values).message).toContain(message);
  });

  it('runs without a token when nothing needs GitHub', () => {
    const { action } = parseActionInputs(inputs({ comment: 'false', deployments: 'false' }));
    expect(action.githubToken).toBe('');
  });
});
