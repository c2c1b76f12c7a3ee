import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isReservedEnvName } from '../../../src/spec/env-names.js';
import { problemsOf, targetsOf } from './helpers.js';

const spec = (cluster: string, secrets = '') => `app: shop
components:
  - name: web
    image: nginx:1.27
${secrets}clusters:
  - name: c1
${cluster}`;

describe('the spec may not read runner or GitHub environment variables', () => {
  it.each([
    'GITHUB_TOKEN',
    'github_token',
    'GITHUB_OUTPUT',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'RUNNER_TEMP',
    'INPUT_GITHUB-TOKEN',
  ])('%s is reserved', (name) => {
    expect(isReservedEnvName(name)).toBe(true);
  });

  it.each(['PROD_TOKEN', 'MY_GITHUB_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN', 'KUBECONFIG'])('%s is allowed', (name) => {
    expect(isReservedEnvName(name)).toBe(false);
  });

  it('a provider tokenEnv naming GITHUB_TOKEN is a positioned error', () => {
    const problems = problemsOf(
      spec('    kubeconfig:\n      server: https://k8s.example.com\n      tokenEnv: GITHUB_TOKEN\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 9,
        column: 17,
        message: expect.stringContaining('environment variable GITHUB_TOKEN belongs to the runner or GitHub'),
      }),
    ]);
  });

  it('kubeconfigEnv, clientSecretEnv and secrets fromEnv / *Env are checked too, also when a variable names the env var', () => {
    const secrets =
      '    \nsecrets:\n  - name: leak\n    fromEnv:\n      token: ACTIONS_RUNTIME_TOKEN\n  - name: pull\n    type: docker-config\n    dockerConfigEnv: RUNNER_TEMP\n';
    const problems = problemsOf(
      spec('    variables: { kc: INPUT_GITHUB-TOKEN }\n    kubeconfig:\n      kubeconfigEnv: ${kc}\n', secrets),
    );
    expect(problems.map((problem) => problem.message.split(' belongs')[0])).toEqual([
      'environment variable ACTIONS_RUNTIME_TOKEN',
      'environment variable RUNNER_TEMP',
      'environment variable INPUT_GITHUB-TOKEN',
    ]);
  });

  it('ordinary names pass', () => {
    expect(
      targetsOf(spec('    kubeconfig:\n      server: https://k8s.example.com\n      tokenEnv: PROD_TOKEN\n')),
    ).toHaveLength(1);
  });

  it('every schema property described as an environment variable is one the check covers (ends in Env, or fromEnv)', () => {
    const schema = readFileSync(new URL('../../../schemas/k8deployer.schema.json', import.meta.url), 'utf8');
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value && typeof value === 'object') {
          for (const [name, property] of Object.entries(value as Record<string, { description?: string }>)) {
            // A field whose value names a variable to read ("Environment variable holding…"), not container env.
            if (
              /environment variable (holding|with)|name of the environment variable/i.test(property?.description ?? '')
            )
              found.push(name);
          }
        }
        walk(value);
      }
    };
    walk(JSON.parse(schema));
    expect(found.length).toBeGreaterThan(8);
    for (const name of found) expect(name.endsWith('Env') || name === 'fromEnv', name).toBe(true);
  });
});
