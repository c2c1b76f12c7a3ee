// Canary rollouts with the replica-ratio split on a real control plane (kwok plays the kubelet). Every deploy,
// promote and abort is its own CLI process, so promote and abort find the rollout from the cluster's record, never
// from the runner. The HTTP analysis check targets a local server the test starts (kwok pods serve no traffic).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT, deleteNamespace, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-canary-e2e-'));
const cluster = () => testClusters()[0]!;
const namespaces: string[] = [];

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await Promise.all(namespaces.map((ns) => deleteNamespace(ns, cluster())));
});

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** A spec file: one service of 4 replicas with the strategy; `crash` makes its pods crash-loop. */
function writeSpec(namespace: string, version: string, strategy: string[], crash = false): string {
  const real = mkdtempSync(path.join(workDir, `${namespace}-${version}-`));
  copyFileSync(cluster().kubeconfigPath, path.join(real, 'kubeconfig'));
  const file = path.join(real, 'k8deployer.yaml');
  writeFileSync(
    file,
    [
      'app: web',
      `namespace: ${namespace}`,
      'clusters:',
      '  - name: test',
      '    kubeconfig: { path: kubeconfig }',
      'components:',
      '  - name: web',
      `    image: registry.example.com/web:${version}`,
      '    port: 8080',
      '    replicas: 4',
      '    networkPolicy: false',
      ...(crash ? ['    podLabels:', `      ${FAULT}: crashloop`] : []),
      '    strategy:',
      ...strategy.map((line) => `      ${line}`),
      '',
    ].join('\n'),
  );
  return file;
}

interface LiveDeployment {
  metadata: { name: string };
  spec: { replicas: number; template: { spec: { containers: { image: string }[] } } };
}

async function deployments(namespace: string): Promise<Map<string, { replicas: number; image: string }>> {
  const out = await kubectl(cluster(), ['get', 'deployments', '-n', namespace, '-o', 'json']);
  const items = (JSON.parse(out) as { items: LiveDeployment[] }).items;
  return new Map(
    items.map((item) => [
      item.metadata.name,
      { replicas: item.spec.replicas, image: item.spec.template.spec.containers[0]?.image ?? '' },
    ]),
  );
}

async function recordExists(namespace: string): Promise<boolean> {
  const out = await kubectl(cluster(), [
    'get',
    'secret',
    'k8deployer-web.rollout',
    '-n',
    namespace,
    '--ignore-not-found',
    '-o',
    'name',
  ]);
  return out.trim() !== '';
}

const image = (version: string) => `registry.example.com/web:${version}`;

describe('canary with the replica-ratio split', () => {
  it('a healthy canary is promoted step by step, the last step from a second process', async () => {
    const ns = await uniqueNamespace('canary-ok', cluster());
    namespaces.push(ns);
    const steps = [
      'type: canary',
      'steps:',
      '  - { weight: 25, pause: 1s }',
      '  - { weight: 50, pause: until-promoted }',
    ];
    // The first deploy has no stable version: it deploys directly.
    const first = await cli(['deploy', '-f', writeSpec(ns, '1', steps)]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(await deployments(ns)).toEqual(new Map([['web', { replicas: 4, image: image('1') }]]));
    expect(await recordExists(ns)).toBe(false);

    const second = await cli(['deploy', '-f', writeSpec(ns, '2', steps)]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toContain('paused at step 2/2 until promoted');
    expect(await deployments(ns)).toEqual(
      new Map([
        ['web', { replicas: 2, image: image('1') }],
        ['web-canary', { replicas: 2, image: image('2') }],
      ]),
    );
    expect(await recordExists(ns)).toBe(true);

    // Promote runs from a spec of the *old* version: what it deploys comes from the record, not the checkout.
    const promote = await cli(['promote', '-f', writeSpec(ns, '1', steps)]);
    expect(promote.code, promote.stdout + promote.stderr).toBe(0);
    expect(promote.stdout).toContain('promoted');
    expect(await deployments(ns)).toEqual(new Map([['web', { replicas: 4, image: image('2') }]]));
    expect(await recordExists(ns)).toBe(false);

    // Nothing in progress any more: promote says so and succeeds.
    const again = await cli(['promote', '-f', writeSpec(ns, '2', steps)]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('no rollout in progress');
  });

  it('a canary that crash-loops at step 1 is aborted within seconds; stable keeps serving, nothing of the canary is left', async () => {
    const ns = await uniqueNamespace('canary-crash', cluster());
    namespaces.push(ns);
    const steps = ['type: canary', 'steps:', '  - { weight: 25, pause: 30s }'];
    expect((await cli(['deploy', '-f', writeSpec(ns, '1', steps)])).code).toBe(0);
    const started = Date.now();
    const bad = await cli(['deploy', '-f', writeSpec(ns, '2', steps, true)]);
    const took = Date.now() - started;
    expect(bad.code, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('CrashLoopBackOff');
    expect(bad.stdout + bad.stderr).toMatch(/rolled back to revision 1/);
    // The process (start-up, a kwok crash loop, the rollback) in well under the 30 s pause.
    expect(took).toBeLessThan(25_000);
    expect(await deployments(ns)).toEqual(new Map([['web', { replicas: 4, image: image('1') }]]));
    expect(await recordExists(ns)).toBe(false);
  });

  describe('analysis', () => {
    let server: Server;
    let healthy = true;
    let url = '';
    beforeAll(async () => {
      server = createServer((_request, response) => {
        response.statusCode = healthy ? 200 : 500;
        response.end(healthy ? 'ok' : 'broken');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('an HTTP check that starts failing aborts the canary with the check as the reason', async () => {
      const ns = await uniqueNamespace('canary-http', cluster());
      namespaces.push(ns);
      const steps = [
        'type: canary',
        'steps:',
        '  - { weight: 25, pause: 60s }',
        'analysis:',
        '  interval: 1s',
        '  failureLimit: 1',
        `  http: [{ url: '${url}', expectStatus: 200, requests: 2 }]`,
      ];
      healthy = true;
      expect((await cli(['deploy', '-f', writeSpec(ns, '1', steps)])).code).toBe(0);
      const run = cli(['deploy', '-f', writeSpec(ns, '2', steps)]);
      // Once the canary runs and analysis passed for a while, the server starts failing.
      const startedAt = Date.now();
      for (;;) {
        const live = await deployments(ns);
        if (live.has('web-canary') || Date.now() - startedAt > 60_000) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      healthy = false;
      const result = await run;
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain('analysis passed');
      expect(result.stdout + result.stderr).toMatch(
        /analysis failed \(2 failed runs\): http GET http:\/\/127\.0\.0\.1:\d+\/healthz: 0\/2 answered 200/,
      );
      expect(await deployments(ns)).toEqual(new Map([['web', { replicas: 4, image: image('1') }]]));
      expect(await recordExists(ns)).toBe(false);
    });
  });

  it('abort from a second process restores stable and removes the paused canary', async () => {
    const ns = await uniqueNamespace('canary-abort', cluster());
    namespaces.push(ns);
    const steps = ['type: canary', 'steps:', '  - { weight: 50, pause: until-promoted }'];
    expect((await cli(['deploy', '-f', writeSpec(ns, '1', steps)])).code).toBe(0);
    const paused = await cli(['deploy', '-f', writeSpec(ns, '2', steps)]);
    expect(paused.code, paused.stdout + paused.stderr).toBe(0);
    expect((await deployments(ns)).get('web-canary')).toEqual({ replicas: 2, image: image('2') });

    const abort = await cli(['abort', '-f', writeSpec(ns, '2', steps)]);
    expect(abort.code, abort.stdout + abort.stderr).toBe(0);
    expect(abort.stdout).toContain('aborted');
    expect(await deployments(ns)).toEqual(new Map([['web', { replicas: 4, image: image('1') }]]));
    expect(await recordExists(ns)).toBe(false);
  });
});
