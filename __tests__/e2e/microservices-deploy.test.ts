import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { kubeConfigFor, testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-microservices-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

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

/** The example unchanged except for where it goes: a namespace of its own on a test cluster. */
function specFor(kubeconfigPath: string, namespace: string): string {
  const spec = load(readFileSync(path.join(root, 'examples/microservices/k8deployer.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  spec.namespace = namespace;
  copyFileSync(kubeconfigPath, path.join(workDir, `${namespace}.kubeconfig`));
  // The example's Helm chart, where the spec's relative path finds it.
  cpSync(path.join(root, 'examples/microservices/charts'), path.join(workDir, 'charts'), { recursive: true });
  spec.clusters = [{ name: 'test', kubeconfig: { path: `${namespace}.kubeconfig` } }];
  const file = path.join(workDir, `${namespace}.yaml`);
  writeFileSync(file, dump(spec));
  return file;
}

describe('deploying the gRPC microservices example (no patches) on a real cluster', () => {
  it('every service becomes available with its sidecar and init container, the public LoadBalancer gets an address, a re-deploy changes nothing', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const namespace = `boutique-${Date.now().toString(36)}`;
    const file = specFor(cluster.kubeconfigPath, namespace);
    const kc = kubeConfigFor(cluster);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const core = kc.makeApiClient(k8s.CoreV1Api);

    const first = await cli(['deploy', '-f', file, '--timeout', '3m']);
    expect(first.code, first.output).toBe(0);

    const deployments = await apps.listNamespacedDeployment({ namespace });
    const names = deployments.items.map((item) => item.metadata?.name).sort();
    expect(names).toEqual([
      'adservice',
      'cart',
      'checkout',
      'currency',
      'frontend',
      'loadgenerator',
      'productcatalog',
      'recommendation',
      'redis',
    ]);
    for (const item of deployments.items)
      expect(item.status?.availableReplicas, item.metadata?.name).toBeGreaterThanOrEqual(1);

    // What the API server stored, not what was rendered: the fields survive defaulting and admission.
    const cart = await apps.readNamespacedDeployment({ name: 'cart', namespace });
    const cartContainer = cart.spec?.template.spec?.containers[0];
    expect(cartContainer?.readinessProbe?.grpc).toEqual({ port: 7070, service: '' });
    expect(cartContainer?.lifecycle?.preStop?.sleep).toEqual({ seconds: 5 });
    expect(cart.spec?.template.spec?.terminationGracePeriodSeconds).toBe(35);
    const frontend = await apps.readNamespacedDeployment({ name: 'frontend', namespace });
    const sidecar = frontend.spec?.template.spec?.initContainers?.[0];
    expect(sidecar).toMatchObject({
      name: 'metrics',
      restartPolicy: 'Always',
      securityContext: { runAsNonRoot: true, allowPrivilegeEscalation: false },
    });
    // The Helm-chart component: applied as ours (no Helm release Secret), its Deployment available like the rest.
    const adservice = await apps.readNamespacedDeployment({ name: 'adservice', namespace });
    expect(adservice.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('k8deployer');
    const releases = await core.listNamespacedSecret({ namespace, fieldSelector: 'type=helm.sh/release.v1' });
    expect(releases.items).toEqual([]);
    const loadgen = await apps.readNamespacedDeployment({ name: 'loadgenerator', namespace });
    expect(loadgen.spec?.template.spec?.initContainers?.map((container) => container.name)).toEqual(['wait-frontend']);
    expect(loadgen.spec?.template.spec?.initContainers?.[0]?.restartPolicy).toBeUndefined();

    // The frontend's pods carry their sidecar and are Ready, so its readiness counted.
    const pods = await core.listNamespacedPod({ namespace, labelSelector: 'app.kubernetes.io/name=frontend' });
    expect(pods.items.length).toBeGreaterThan(0);
    for (const pod of pods.items) {
      expect(pod.status?.initContainerStatuses?.map((status) => status.name)).toEqual(['metrics']);
      expect(pod.status?.conditions?.find((condition) => condition.type === 'Ready')?.status).toBe('True');
    }

    const external = await core.readNamespacedService({ name: 'frontend-external', namespace });
    expect(external.spec?.type).toBe('LoadBalancer');
    expect(external.spec?.selector).toEqual({
      'app.kubernetes.io/name': 'frontend',
      'app.kubernetes.io/instance': 'boutique',
    });
    expect(external.status?.loadBalancer?.ingress?.[0]?.ip).toBe('127.0.0.1');
    const endpoints = await kc
      .makeApiClient(k8s.DiscoveryV1Api)
      .listNamespacedEndpointSlice({ namespace, labelSelector: 'kubernetes.io/service-name=frontend-external' });
    expect(endpoints.items.flatMap((slice) => slice.endpoints ?? []).length).toBeGreaterThan(0);

    const before = (await apps.listNamespacedDeployment({ namespace })).items.map(
      (item) => item.metadata?.resourceVersion,
    );
    const second = await cli(['deploy', '-f', file]);
    expect(second.code, second.output).toBe(0);
    expect(
      (await apps.listNamespacedDeployment({ namespace })).items.map((item) => item.metadata?.resourceVersion),
    ).toEqual(before);

    const removed = await cli(['delete', '-f', file, '--delete-namespaces']);
    expect(removed.code, removed.output).toBe(0);
  });
});
