// `delete` of an app that is not there (a mistyped app name, namespace or cluster) must not look like a deletion:
// it exits 0 (teardown is idempotent) but says, as a warning and as the cluster's result, that nothing was found.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteNamespace, testClusters, uniqueNamespace } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-delete-nothing-'));
const [cluster] = testClusters();
let namespace = '';

beforeAll(async () => {
  if (!cluster) throw new Error('no cluster');
  namespace = await uniqueNamespace('delete-nothing', cluster);
  copyFileSync(cluster.kubeconfigPath, path.join(workDir, 'kubeconfig'));
});
afterAll(async () => {
  if (cluster) await deleteNamespace(namespace, cluster);
  rmSync(workDir, { recursive: true, force: true });
});

function deleteApp(app: string, ns: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(workDir, `${app}.yaml`);
  writeFileSync(
    file,
    `app: ${app}\nnamespace: ${ns}\nclusters:\n  - name: staging\n    kubeconfig: { path: kubeconfig }\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n`,
  );
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), 'delete', '-f', file],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('CLI delete that finds nothing of the app', () => {
  it('in an existing namespace: says so and exits 0', async () => {
    const result = await deleteApp('shpo', namespace);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toContain(
      `no objects of app shpo in namespace ${namespace} on cluster staging: nothing deleted; check the app name, the namespace and the cluster`,
    );
  });

  it('in a namespace that does not exist: names it too', async () => {
    const result = await deleteApp('shop', `${namespace}-typo`);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).toContain(
      `no objects of app shop in namespace ${namespace}-typo on cluster staging (the namespace does not exist): nothing deleted`,
    );
  });
});
