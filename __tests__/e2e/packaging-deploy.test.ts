import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { kubeConfigFor, testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, '__tests__/fixtures/packaging');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-packaging-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      // PATH from `testbed.sh env`: the test bed's bin dir holds helm and kubectl (kubectl kustomize).
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function specFor(kubeconfigPath: string, namespace: string): string {
  const dir = path.join(workDir, namespace);
  cpSync(fixtures, dir, { recursive: true });
  copyFileSync(kubeconfigPath, path.join(dir, 'cluster.kubeconfig'));
  const spec = {
    app: 'packaged',
    namespace,
    variables: { greeting: 'hi from a variable' },
    clusters: [{ name: 'test', kubeconfig: { path: 'cluster.kubeconfig' } }],
    components: [
      {
        name: 'greeter',
        kind: 'helm',
        helm: { chart: 'chart', valuesFiles: ['values-extra.yaml'], values: { greeting: '${greeting}' } },
      },
      { name: 'settings', kind: 'kustomize', kustomize: { path: 'kustomize' } },
      { name: 'web', image: 'registry.local/web:1.0', port: 8080, depends: ['greeter', 'settings'] },
    ],
  };
  const file = path.join(dir, 'k8deployer.yaml');
  writeFileSync(file, dump(spec));
  return file;
}

describe('kind: helm and kind: kustomize components on a real cluster', () => {
  it('renders the chart (hooks in order, no Helm release) and the kustomization, applies them as ours, re-deploys with zero writes, deletes', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const namespace = `packaged-${Date.now().toString(36)}`;
    const file = specFor(cluster.kubeconfigPath, namespace);
    const kc = kubeConfigFor(cluster);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const batch = kc.makeApiClient(k8s.BatchV1Api);

    const first = await cli(['deploy', '-f', file, '--timeout', '3m']);
    expect(first.code, first.output).toBe(0);

    const config = await core.readNamespacedConfigMap({ name: 'greeter-config', namespace });
    expect(config.data).toEqual({ greeting: 'hi from a variable', namespace });
    // Ours, not Helm's: our labels win over the chart's managed-by, and the object is an ApplySet member.
    expect(config.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('k8deployer');
    expect(config.metadata?.labels?.['applyset.kubernetes.io/part-of']).toBeTruthy();
    const greeter = await apps.readNamespacedDeployment({ name: 'greeter', namespace });
    expect(greeter.spec?.replicas).toBe(2);
    expect(greeter.status?.availableReplicas).toBe(2);
    const kustomized = await core.readNamespacedConfigMap({ name: 'kz-settings', namespace });
    expect(kustomized.data).toEqual({ mode: 'fast' });
    expect(kustomized.metadata?.labels?.tier).toBe('demo');

    // Hooks: the pre-install Job completed before the chart's Deployment was created, the post-install one after
    // the Deployment was available; the test hook is left out.
    const pre = await batch.readNamespacedJob({ name: 'greeter-pre-install', namespace });
    const post = await batch.readNamespacedJob({ name: 'greeter-post-install', namespace });
    expect(pre.status?.succeeded).toBe(1);
    expect(post.status?.succeeded).toBe(1);
    const created = (object: { metadata?: { creationTimestamp?: Date } }) =>
      new Date(object.metadata?.creationTimestamp ?? 0).getTime();
    expect(new Date(pre.status?.completionTime ?? 0).getTime()).toBeLessThanOrEqual(created(greeter));
    expect(created(post)).toBeGreaterThanOrEqual(created(greeter));
    const pods = await core.listNamespacedPod({ namespace });
    expect(pods.items.map((pod) => pod.metadata?.name)).not.toContain('greeter-test');
    const secrets = await core.listNamespacedSecret({ namespace });
    expect(secrets.items.filter((secret) => secret.type === 'helm.sh/release.v1')).toEqual([]);

    const versions = async () =>
      [
        ...(await apps.listNamespacedDeployment({ namespace })).items,
        ...(await core.listNamespacedConfigMap({ namespace })).items,
        ...(await batch.listNamespacedJob({ namespace })).items,
      ]
        .map((item) => `${item.metadata?.name}@${item.metadata?.resourceVersion}`)
        .sort();
    const before = await versions();
    const second = await cli(['deploy', '-f', file]);
    expect(second.code, second.output).toBe(0);
    expect(await versions()).toEqual(before);

    const removed = await cli(['delete', '-f', file, '--delete-namespaces']);
    expect(removed.code, removed.output).toBe(0);
  });

  it('says which binary is missing and how to get it (exit 2, positioned)', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const file = specFor(cluster.kubeconfigPath, `packaged-missing-${Date.now().toString(36)}`);
    const result = await cli(['render', '-f', file], { PATH: path.dirname(process.execPath) });
    expect(result.code, result.output).toBe(2);
    expect(result.output).toMatch(
      /k8deployer\.yaml:\d+:\d+: component 'greeter' is a Helm chart, but helm is not on PATH: .*install/,
    );
    expect(result.output).toMatch(
      /component 'settings' is a kustomization, but neither kustomize nor kubectl is on PATH/,
    );
  });
});
