// Blue-green on a real control plane, driven through the CLI as separate processes (as a workflow would run them):
// the switch happens only once the new color is ready, a re-deploy writes nothing, `abort` from another process
// switches back instantly while the old color is kept, `promote` switches again, the old color goes once keepFor
// ends, and a new color that crash-loops never gets the switch.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BlueGreenKeys, colorLabel } from '../../src/strategy/blue-green/types.js';
import { FAULT, READY_DELAY, deleteNamespace, kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-blue-green-'));
const namespaces: string[] = [];
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await Promise.all(namespaces.map((namespace) => deleteNamespace(namespace, testClusters().slice(0, 1))));
});

interface CliResult {
  code: number;
  output: string;
}

function cli(args: string[]): Promise<CliResult> {
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

/** Writes the spec (one blue-green service) for this namespace; the pods take `readyDelay` to be ready. */
function writeSpec(namespace: string, image: string, extra: { keepFor?: string; fault?: string } = {}): string {
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
        strategy: { type: 'blue-green', keepFor: extra.keepFor ?? '1h' },
        podAnnotations: { [READY_DELAY]: '3s', ...(extra.fault ? { [FAULT]: extra.fault } : {}) },
      },
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

async function liveColor(namespace: string, name = 'api'): Promise<string | undefined> {
  const service = await clients().core.readNamespacedService({ name, namespace });
  return service.spec?.selector?.[colorLabel];
}

async function deploymentNames(namespace: string): Promise<string[]> {
  const list = await clients().apps.listNamespacedDeployment({ namespace });
  return list.items.map((item) => item.metadata?.name ?? '').sort();
}

async function resourceVersions(namespace: string): Promise<Record<string, string>> {
  const { core, apps } = clients();
  const services = await core.listNamespacedService({ namespace });
  const deployments = await apps.listNamespacedDeployment({ namespace });
  return Object.fromEntries(
    [...services.items, ...deployments.items].map((item) => [
      `${item.kind ?? ''}/${item.metadata?.name ?? ''}`,
      item.metadata?.resourceVersion ?? '',
    ]),
  );
}

describe('blue-green on a real cluster, through the CLI', () => {
  it('switches after ready, re-deploys as a no-op, abort and promote from other processes, removes the old color after keepFor', async () => {
    const namespace = await uniqueNamespace('bg', [cluster()]);
    namespaces.push(namespace);
    const deploy = async (image: string, keepFor?: string) => {
      const result = await cli([
        'deploy',
        '-f',
        writeSpec(namespace, image, keepFor ? { keepFor } : {}),
        '--timeout',
        '2m',
      ]);
      expect(result.code, result.output).toBe(0);
      return result;
    };

    const first = await deploy('acme/api:1');
    expect(first.output).toContain('first deploy: blue is live');
    expect(await liveColor(namespace)).toBe('blue');
    expect(await liveColor(namespace, 'api-preview')).toBe('blue');
    expect(await deploymentNames(namespace)).toEqual(['api-blue']);

    // plan says what the deploy will switch, and writes nothing.
    const unplanned = await resourceVersions(namespace);
    const plan = await cli(['plan', '-f', writeSpec(namespace, 'acme/api:2')]);
    expect(plan.code, plan.output).toBe(0);
    expect(plan.output).toContain('blue → green: switches once green is ready');
    expect(await resourceVersions(namespace)).toEqual(unplanned);

    const second = await deploy('acme/api:2');
    expect(second.output).toContain('blue → green: switches once green is ready');
    expect(await liveColor(namespace)).toBe('green');
    expect(await deploymentNames(namespace)).toEqual(['api-blue', 'api-green']);
    // The Service was written only after every green pod was Ready.
    const { core, apps } = clients();
    const pods = await core.listNamespacedPod({ namespace, labelSelector: `${colorLabel}=green` });
    const readyTimes = pods.items.map((pod) =>
      new Date(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime ?? 0).getTime(),
    );
    expect(readyTimes).toHaveLength(2);
    const service = await core.readNamespacedService({ name: 'api', namespace });
    const switchedAt = Date.parse(service.metadata?.annotations?.[BlueGreenKeys.switchedAt] ?? '');
    const serviceWrites = (service.metadata?.managedFields ?? []).map((entry) => new Date(entry.time ?? 0).getTime());
    // Kubernetes times have whole seconds: the switch is no earlier than the second the last pod became ready.
    expect(Math.max(...serviceWrites)).toBeGreaterThanOrEqual(Math.max(...readyTimes));
    expect(switchedAt).toBeGreaterThan(0);
    // The old color keeps running for the switch back.
    const blue = await apps.readNamespacedDeployment({ name: 'api-blue', namespace });
    expect(blue.status?.availableReplicas).toBe(2);
    expect(JSON.stringify(blue.spec?.template.spec?.containers)).toContain('acme/api:1');

    const before = await resourceVersions(namespace);
    const again = await deploy('acme/api:2');
    expect(again.output).toContain('green is live, nothing to switch; blue kept until');
    expect(await resourceVersions(namespace)).toEqual(before);

    const specFile = writeSpec(namespace, 'acme/api:2');
    const abort = await cli(['abort', '-f', specFile]);
    expect(abort.code, abort.output).toBe(0);
    expect(abort.output).toContain('switched back: green → blue');
    expect(await liveColor(namespace)).toBe('blue');
    // Deploying the aborted version again does not undo the abort.
    const aborted = await deploy('acme/api:2');
    expect(aborted.output).toContain('this version was aborted: blue stays live');
    expect(await liveColor(namespace)).toBe('blue');

    const promote = await cli(['promote', '-f', specFile]);
    expect(promote.code, promote.output).toBe(0);
    expect(promote.output).toContain('promoted: blue → green');
    expect(await liveColor(namespace)).toBe('green');

    // keepFor 2s: the next deploy finds it over and removes blue.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const expired = await deploy('acme/api:2', '2s');
    expect(expired.output).toContain('blue removed (keepFor ended)');
    expect(await deploymentNames(namespace)).toEqual(['api-green']);
    expect(await liveColor(namespace)).toBe('green');

    const tooLate = await cli(['abort', '-f', writeSpec(namespace, 'acme/api:2', { keepFor: '2s' })]);
    expect(tooLate.code).not.toBe(0);
    expect(tooLate.output).toContain('cannot switch back: the old color blue was already removed');
    expect(await liveColor(namespace)).toBe('green');
  });

  it('a new color that crash-loops never gets the switch: rolled back, blue still selected', async () => {
    const namespace = await uniqueNamespace('bg-crash', [cluster()]);
    namespaces.push(namespace);
    const first = await cli(['deploy', '-f', writeSpec(namespace, 'acme/api:1'), '--timeout', '2m']);
    expect(first.code, first.output).toBe(0);
    const serviceBefore = (await resourceVersions(namespace))['Service/api'];

    const crash = await cli([
      'deploy',
      '-f',
      writeSpec(namespace, 'acme/api:2', { fault: 'crashloop' }),
      '--timeout',
      '2m',
    ]);
    expect(crash.code).not.toBe(0);
    expect(crash.output).toContain('CrashLoopBackOff');
    expect(crash.output).toContain('not switched: blue is still live');
    expect(await liveColor(namespace)).toBe('blue');
    expect((await resourceVersions(namespace))['Service/api']).toBe(serviceBefore);
    // The rollback removed the green Deployment this run created.
    expect(await deploymentNames(namespace)).toEqual(['api-blue']);
  });
});
