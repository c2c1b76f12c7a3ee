// Blue-green analysis before the switch on a real control plane, driven through the CLI as separate processes. The
// HTTP check is aimed at a local HTTP server the test starts (the kwok pods serve nothing, so it stands in for the
// `<name>-preview` URL a user would give): answering 500, the new color is never switched to and is removed, stable
// stays selected and the reason names the check; answering 200, the switch happens after every run of the window.
// A deploy that also rolls out a canary is refused before it applies anything.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colorLabel } from '../../src/strategy/blue-green/types.js';
import { READY_DELAY, deleteNamespace, kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-bg-analysis-'));
const namespaces: string[] = [];
let server: Server;
let answer = 500;
let requests = 0;
let checkUrl = '';

beforeAll(async () => {
  server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  checkUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(workDir, { recursive: true, force: true });
  await Promise.all(namespaces.map((namespace) => deleteNamespace(namespace, testClusters().slice(0, 1))));
});

function cli(args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

const cluster = () => {
  const first = testClusters()[0];
  if (!first) throw new Error('no test cluster');
  return first;
};

function writeSpec(namespace: string, image: string, withCanary = false): string {
  const dir = path.join(workDir, namespace);
  mkdirSync(dir, { recursive: true });
  copyFileSync(cluster().kubeconfigPath, path.join(dir, 'kubeconfig'));
  const spec = {
    app: 'bg',
    namespace,
    clusters: [{ name: 'local', kubeconfig: { path: 'kubeconfig' } }],
    components: [
      {
        name: 'api',
        image,
        port: 8080,
        replicas: 2,
        strategy: {
          type: 'blue-green',
          analysisRuns: 3,
          analysis: { interval: '1s', http: [{ url: checkUrl, requests: 2, timeout: '2s' }] },
        },
        podAnnotations: { [READY_DELAY]: '2s' },
      },
      ...(withCanary
        ? [
            {
              name: 'web',
              image: image.replace('api', 'web'),
              port: 8080,
              strategy: { type: 'canary', steps: [{ weight: 50 }] },
              podAnnotations: { [READY_DELAY]: '1s' },
            },
          ]
        : []),
    ],
  };
  const file = path.join(dir, 'k8deployer.yaml');
  writeFileSync(file, dump(spec));
  return file;
}

function clients() {
  const kc = kubeConfigFor(cluster());
  return { core: kc.makeApiClient(k8s.CoreV1Api), apps: kc.makeApiClient(k8s.AppsV1Api) };
}

async function liveColor(namespace: string): Promise<string | undefined> {
  const service = await clients().core.readNamespacedService({ name: 'api', namespace });
  return service.spec?.selector?.[colorLabel];
}

async function serviceVersion(namespace: string): Promise<string | undefined> {
  return (await clients().core.readNamespacedService({ name: 'api', namespace })).metadata?.resourceVersion;
}

async function deploymentNames(namespace: string): Promise<string[]> {
  const list = await clients().apps.listNamespacedDeployment({ namespace });
  return list.items.map((item) => item.metadata?.name ?? '').sort();
}

describe('blue-green analysis before the switch, through the CLI', () => {
  it('a failing check keeps stable selected and removes the new color; a passing window switches', async () => {
    const namespace = await uniqueNamespace('bg-analysis', [cluster()]);
    namespaces.push(namespace);
    // A first deploy has nothing to switch from: no analysis, blue is selected from the start.
    const first = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:1'), '--timeout', '2m']);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('first deploy: blue is live');
    expect(requests).toBe(0);
    const serviceBefore = await serviceVersion(namespace);

    answer = 500;
    const failed = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:2'), '--timeout', '2m']);
    expect(failed.code, failed.output).not.toBe(0);
    expect(failed.output).toContain(
      `component api: analysis failed (1 failed run): http GET ${checkUrl}: 0/2 answered 200 (need 100%); got 500`,
    );
    expect(failed.output).toContain('analysis run 1/3 on green failed');
    expect(failed.output).toContain('not switched: blue is still live');
    // failureLimit 0: the first failed run ends it (2 requests), the main Service was never written.
    expect(requests).toBe(2);
    expect(await liveColor(namespace)).toBe('blue');
    expect(await serviceVersion(namespace)).toBe(serviceBefore);
    expect(await deploymentNames(namespace)).toEqual(['api-blue']);

    answer = 200;
    requests = 0;
    const started = Date.now();
    const passed = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:2'), '--timeout', '2m']);
    expect(passed.code, passed.output).toBe(0);
    for (const run of [1, 2, 3]) expect(passed.output).toContain(`analysis run ${run}/3 on green passed`);
    // Every run of the window was made, interval 1s apart, before the switch.
    expect(requests).toBe(6);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(await liveColor(namespace)).toBe('green');
    expect(await deploymentNames(namespace)).toEqual(['api-blue', 'api-green']);
  });

  it('refuses a deploy that would roll out a canary too (the canary runner would switch without the checks)', async () => {
    const namespace = await uniqueNamespace('bg-analysis-mixed', [cluster()]);
    namespaces.push(namespace);
    const first = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:1', true), '--timeout', '2m']);
    expect(first.code, first.output).toBe(0);
    answer = 200;
    const mixed = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:2', true), '--timeout', '2m']);
    expect(mixed.code, mixed.output).not.toBe(0);
    expect(mixed.output).toContain(
      'blue-green analysis (api) cannot run in a deploy that also rolls out a canary; deploy them separately',
    );
    expect(await liveColor(namespace)).toBe('blue');
    expect(await deploymentNames(namespace)).toEqual(['api-blue', 'web']);
  });
});
