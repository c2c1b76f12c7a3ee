import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { READY_DELAY, kubeConfigFor, testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-cli-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** The shop example, pointed at a test cluster, in its own namespace; the database takes a few seconds to be ready. */
function shopSpecFor(kubeconfigPath: string, namespace: string): string {
  const dir = path.join(workDir, namespace);
  cpSync(path.join(root, 'examples/shop'), dir, { recursive: true });
  const spec = load(readFileSync(path.join(dir, 'k8deployer.yaml'), 'utf8')) as Record<string, unknown>;
  spec.namespace = namespace;
  // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
  copyFileSync(kubeconfigPath, path.join(dir, 'kubeconfig'));
  spec.clusters = [
    {
      name: 'staging',
      kubeconfig: { path: 'kubeconfig' },
      variables: { domain: 'staging.shop.example.com', apiReplicas: 1 },
      components: { db: { podAnnotations: { [READY_DELAY]: '3s' } } },
    },
  ];
  const file = path.join(dir, 'k8deployer.yaml');
  writeFileSync(file, dump(spec));
  return file;
}

const secrets = { SHOP_DB_PASSWORD: 'correct-horse-battery', SHOP_STRIPE_KEY: 'sk_test_e2e_secret' };

describe('CLI deploy of the multi-component example on a real cluster', () => {
  it('installs in dependency order, re-deploys as a no-op, and deletes everything it made', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const namespace = `shop-${Date.now().toString(36)}`;
    const specFile = shopSpecFor(cluster.kubeconfigPath, namespace);
    const kc = kubeConfigFor(cluster);
    const apps = kc.makeApiClient(k8s.AppsV1Api);
    const batch = kc.makeApiClient(k8s.BatchV1Api);
    const core = kc.makeApiClient(k8s.CoreV1Api);

    const first = await cli(['deploy', '-f', specFile, '--timeout', '3m'], secrets);
    expect(first.code, `${first.stdout}\n${first.stderr}`).toBe(0);
    for (const value of Object.values(secrets)) expect(first.stdout + first.stderr).not.toContain(value);

    const db = await apps.readNamespacedStatefulSet({ name: 'db', namespace });
    expect(db.status?.readyReplicas).toBe(1);
    const api = await apps.readNamespacedDeployment({ name: 'api', namespace });
    expect(api.status?.availableReplicas).toBe(1);
    const web = await apps.readNamespacedDeployment({ name: 'web', namespace });
    expect(web.status?.availableReplicas).toBe(2);
    const migrate = await batch.readNamespacedJob({ name: 'migrate', namespace });
    expect(migrate.status?.succeeded).toBe(1);

    // depends: migrate waits for db to be ready, api for migrate to complete.
    const dbPod = await core.readNamespacedPod({ name: 'db-0', namespace });
    const dbReadyAt = dbPod.status?.conditions?.find((condition) => condition.type === 'Ready')?.lastTransitionTime;
    expect(dbReadyAt).toBeDefined();
    expect(new Date(migrate.metadata?.creationTimestamp ?? 0).getTime()).toBeGreaterThanOrEqual(
      new Date(dbReadyAt ?? 0).getTime() - 1000,
    );
    expect(new Date(api.metadata?.creationTimestamp ?? 0).getTime()).toBeGreaterThanOrEqual(
      new Date(migrate.status?.completionTime ?? 0).getTime() - 1000,
    );

    const secret = await core.readNamespacedSecret({ name: 'db-credentials', namespace });
    expect(Buffer.from(secret.data?.password ?? '', 'base64').toString()).toBe(secrets.SHOP_DB_PASSWORD);

    const versions = async () => {
      const list = await apps.listNamespacedDeployment({ namespace });
      return Object.fromEntries(
        list.items.map((item): [string, string | undefined] => [
          item.metadata?.name ?? '',
          item.metadata?.resourceVersion,
        ]),
      );
    };
    const before = await versions();
    const second = await cli(['deploy', '-f', specFile], secrets);
    expect(second.code, `${second.stdout}\n${second.stderr}`).toBe(0);
    expect(await versions()).toEqual(before);

    const removed = await cli(['delete', '-f', specFile, '--delete-namespaces'], secrets);
    expect(removed.code, `${removed.stdout}\n${removed.stderr}`).toBe(0);
    const left = await apps.listNamespacedDeployment({ namespace }).catch(() => ({ items: [] }));
    expect(left.items).toEqual([]);
  });

  it('a cluster whose credentials cannot be resolved fails alone; the other cluster deploys', async () => {
    const [, cluster] = testClusters();
    if (!cluster) throw new Error('no second cluster');
    const namespace = `iso-${Date.now().toString(36)}`;
    const file = path.join(workDir, `${namespace}.yaml`);
    copyFileSync(cluster.kubeconfigPath, path.join(workDir, `${namespace}.kubeconfig`));
    writeFileSync(
      file,
      dump({
        app: 'iso',
        namespace,
        components: [{ name: 'web', image: 'nginx:1.27', port: 8080 }],
        clusters: [
          { name: 'broken', kubeconfig: { path: 'no-such-kubeconfig' } },
          { name: 'healthy', kubeconfig: { path: `${namespace}.kubeconfig` } },
        ],
      }),
    );
    const result = await cli(['deploy', '-f', file, '--timeout', '2m']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/broken\s+-\s+failed\s+\S+\s+kubeconfig: read kubeconfig: cannot load/);
    expect(result.stdout).toMatch(/healthy\s+web\s+succeeded/);
    const web = await kubeConfigFor(cluster)
      .makeApiClient(k8s.AppsV1Api)
      .readNamespacedDeployment({ name: 'web', namespace });
    expect(web.status?.availableReplicas).toBe(2);
  });

  it('a bad spec exits 2 with file:line:column and touches nothing', async () => {
    const file = path.join(workDir, 'bad.yaml');
    writeFileSync(file, 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: http\n');
    const result = await cli(['deploy', '-f', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}:5:11: components[0] (web).port: must be integer, got "http"`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
