// The permission pre-check on a real API server with real RBAC: ServiceAccount tokens minted through the TokenRequest
// API, written into a kubeconfig the CLI uses. A read-only token makes `plan` and `deploy` fail (exit 1) with every
// missing verb in one message, and the deploy sends no write; a token that may do everything in its namespace except
// read or manage the Namespace object gets the `createNamespace: false` hint, and with that option the deploy works.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import { prepareRun } from '../../src/pipeline.js';
import { defaultSettings } from '../../src/settings/types.js';
import { recordRequests } from './request-recorder.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-permissions-'));
const [cluster] = testClusters();
let namespace = '';

/** Namespaced kinds a minimal app and k8deployer's own bookkeeping use; `namespaces` deliberately absent. */
const deployerRules = [
  {
    apiGroups: ['', 'apps', 'coordination.k8s.io', 'networking.k8s.io', 'policy'],
    resources: [
      'configmaps',
      'secrets',
      'services',
      'serviceaccounts',
      'pods',
      'events',
      'persistentvolumeclaims',
      'deployments',
      'replicasets',
      'statefulsets',
      'leases',
      'networkpolicies',
      'poddisruptionbudgets',
    ],
    verbs: ['*'],
  },
];

async function serviceAccount(name: string, rules: unknown[]): Promise<void> {
  if (!cluster) throw new Error('no cluster');
  const documents = [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } },
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace }, rules },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name, namespace },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subjects: [{ kind: 'ServiceAccount', name, namespace }],
    },
  ];
  await kubectl(cluster, ['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: documents }));
  // The TokenRequest API (what `kubectl create token` calls): a bound, short-lived token of the ServiceAccount.
  const admin = kubeConfigFor(cluster);
  const core = admin.makeApiClient(k8s.CoreV1Api);
  const token = await core.createNamespacedServiceAccountToken({
    name,
    namespace,
    body: { spec: { audiences: [], expirationSeconds: 3600 } },
  });
  const server = admin.getCurrentCluster();
  if (!server || !token.status?.token) throw new Error('no token');
  writeFileSync(
    path.join(workDir, `${name}.kubeconfig`),
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'staging', cluster: { server: server.server, 'certificate-authority-data': server.caData } }],
      users: [{ name, user: { token: token.status.token } }],
      contexts: [{ name: 'staging', context: { cluster: 'staging', user: name } }],
      'current-context': 'staging',
    }),
  );
}

function specFor(account: string, extra = ''): string {
  const file = path.join(workDir, `${account}${extra ? '-option' : ''}.yaml`);
  writeFileSync(
    file,
    `app: shop\nnamespace: ${namespace}\n${extra}clusters:\n  - name: staging\n    kubeconfig: { path: ${account}.kubeconfig }\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n`,
  );
  return file;
}

function cli(...args: string[]): Promise<{ code: number; output: string }> {
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

/** Deploys through the engine (the CLI's code path) to read what the run sent: its client's count of writes. */
async function deployWithEngine(account: string, extra = '', kubeConfig?: k8s.KubeConfig) {
  const specPath = specFor(account, extra);
  const settings = { ...defaultSettings, command: 'deploy' as const, specPath, timeoutSeconds: 90 };
  const prepared = await prepareRun(settings, { env: {}, missingSecrets: 'error' });
  return runDeploy({
    targets: prepared.targets.map(({ target, rendered }) => ({
      cluster: target.name,
      kubeConfig: kubeConfig ?? kubeConfigOf(path.join(workDir, `${account}.kubeconfig`)),
      rendered,
    })),
    bus: new EventBus(),
    options: engineOptions(settings),
    tuning: { leaseTtlSeconds: 30 },
    runId: `permissions-${Date.now()}`,
  });
}

function kubeConfigOf(file: string): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(file);
  return kc;
}

beforeAll(async () => {
  if (!cluster) throw new Error('no cluster');
  namespace = await uniqueNamespace('permissions', cluster);
  await serviceAccount('reader', [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch'] }]);
  await serviceAccount('deployer', deployerRules);
  copyFileSync(cluster.kubeconfigPath, path.join(workDir, 'admin.kubeconfig'));
}, 60_000);
afterAll(async () => {
  if (cluster) await deleteNamespace(namespace, cluster);
  rmSync(workDir, { recursive: true, force: true });
});

describe('permission pre-check', () => {
  const readOnlyMessage = () =>
    `forbidden: cannot create, patch deployments.apps in namespace ${namespace}; ` +
    `cannot create, delete, patch, update leases.coordination.k8s.io in namespace ${namespace}; ` +
    `cannot create, patch networkpolicies.networking.k8s.io in namespace ${namespace}; ` +
    `cannot create, patch poddisruptionbudgets.policy in namespace ${namespace}; ` +
    `cannot create, update secrets in namespace ${namespace}; ` +
    `cannot create, patch serviceaccounts in namespace ${namespace}; ` +
    `cannot create, patch services in namespace ${namespace}; ` +
    `grant these verbs to the credentials' user (a Role in the namespace, a ClusterRole for cluster-wide ones)`;

  it('plan with a read-only token fails (exit 1) naming every missing verb at once', async () => {
    const result = await cli('plan', '-f', specFor('reader'));
    expect(result.output).toContain(readOnlyMessage());
    expect(result.code).toBe(1);
  });

  it('deploy with a read-only token fails with the same message (exit 1)', async () => {
    const result = await cli('deploy', '-f', specFor('reader'));
    expect(result.output).toContain(readOnlyMessage());
    expect(result.code).toBe(1);
  });

  it('deploy with a read-only token sends no write at all before failing', async () => {
    const result = await deployWithEngine('reader');
    expect(result.outcome).toBe('failed');
    expect(result.clusters[0]?.reason).toBe(readOnlyMessage());
    expect(result.clusters[0]?.apiWrites).toBe(0);
  });

  it('namespace-scoped credentials get the createNamespace: false hint, and with it the deploy succeeds', async () => {
    const hint =
      `forbidden: cannot get, patch namespaces in namespace ${namespace}; the credentials cannot manage namespace ${namespace}: ` +
      'if it exists (an administrator made it), set `createNamespace: false` in the spec to deploy into it as it is; ' +
      'otherwise grant these verbs';
    const plan = await cli('plan', '-f', specFor('deployer'));
    expect(plan.output).toContain(hint);
    expect(plan.code).toBe(1);
    const refused = await deployWithEngine('deployer');
    expect(refused.clusters[0]?.reason).toBe(hint);
    expect(refused.clusters[0]?.apiWrites).toBe(0);

    const deployed = await deployWithEngine('deployer', 'createNamespace: false\n');
    expect(deployed.clusters[0]?.reason).toBeUndefined();
    expect(deployed.outcome).toBe('succeeded');
    if (!cluster) throw new Error('no cluster');
    expect(await kubectl(cluster, ['get', 'deployment', 'web', '-n', namespace, '-o', 'name'])).toContain(
      'deployment.apps/web',
    );
  }, 120_000);

  it('costs one rules review per namespace, not one per object (and no access review when nothing is cluster-wide)', async () => {
    if (!cluster) throw new Error('no cluster');
    const recorder = await recordRequests(kubeConfigFor(cluster));
    try {
      const deployed = await deployWithEngine('admin', 'createNamespace: false\n', recorder.kubeConfig);
      expect(deployed.clusters[0]?.reason).toBeUndefined();
    } finally {
      await recorder.close();
    }
    const reviews = (resource: string) =>
      recorder.requests.filter((request) => request.method === 'POST' && request.path.includes(`/${resource}`)).length;
    expect(reviews('selfsubjectrulesreviews')).toBe(1);
    expect(reviews('selfsubjectaccessreviews')).toBe(0);
  }, 120_000);
});
