// vitest globalSetup for the e2e project: brings up two local test clusters (scripts/testbed.sh) once per run and
// tears them down afterwards. Tests read them with `testClusters()` from ./testbed.ts.
//
// Reuse clusters that are already running (e.g. `scripts/testbed.sh up 2` in another shell) with
//   K8DEPLOYER_TEST_KUBECONFIGS=/path/a/kubeconfig,/path/b/kubeconfig
// (`eval "$(scripts/testbed.sh env)"` sets it); those clusters are left running at the end.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import type { TestCluster } from './testbed.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'testbed.sh');
const CLUSTERS = 2;

function runTestbed(args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // stderr (progress, timings, failures) goes straight to the terminal; stdout carries the machine-readable lines.
    const child = spawn('bash', [SCRIPT, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(out);
      else reject(new Error(`scripts/testbed.sh ${args.join(' ')} exited with ${code}`));
    });
  });
}

function binDir(): string {
  const result = spawnSync('bash', [SCRIPT, 'bin-dir'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

/** Every vendored CRD set under testbed/crds (Gateway API, External Secrets): reused clusters may predate one. */
function applyTestbedCrds(kubectl: string, kubeconfig: string): void {
  const result = spawnSync(
    kubectl,
    ['--kubeconfig', kubeconfig, 'apply', '--server-side', '--recursive', '-f', join(ROOT, 'testbed', 'crds')],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`applying the test bed's CRDs failed: ${result.stderr}`);
}

function kubectlFrom(dir: string): string {
  return dir ? join(dir, 'kubectl') : 'kubectl';
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = (process.env.K8DEPLOYER_TEST_KUBECONFIGS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean);
  if (reuse.length > 0) {
    const clusters: TestCluster[] = reuse.map((path, i) => ({
      name: basename(dirname(path)) || `cluster-${i + 1}`,
      kubeconfigPath: resolve(path),
    }));
    const kubectl = process.env.K8DEPLOYER_KUBECTL || kubectlFrom(binDir());
    // Reused clusters may predate the Gateway API CRDs in the test bed: apply them (server-side, idempotent).
    for (const cluster of clusters) applyTestbedCrds(kubectl, cluster.kubeconfigPath);
    project.provide('testClusters', clusters);
    project.provide('testbedKubectl', kubectl);
    return async () => {};
  }

  const dir = mkdtempSync(join(tmpdir(), 'k8deployer-e2e-'));
  let stopped = false;
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    spawnSync('bash', [SCRIPT, 'down', '--dir', dir], { cwd: ROOT, stdio: 'inherit' });
    rmSync(dir, { recursive: true, force: true });
  };
  // If vitest dies without running the teardown (Ctrl-C, crash), do not leave clusters behind.
  process.once('exit', stopSync);

  let out: string;
  try {
    out = await runTestbed(['up', String(CLUSTERS), '--dir', dir]);
  } catch (error) {
    stopSync();
    throw error;
  }
  const kubeconfigs = out
    .split('\n')
    .filter((line) => line.startsWith('kubeconfig='))
    .map((line) => line.slice('kubeconfig='.length));
  if (kubeconfigs.length !== CLUSTERS) {
    stopSync();
    throw new Error(`scripts/testbed.sh up printed ${kubeconfigs.length} kubeconfigs, expected ${CLUSTERS}:\n${out}`);
  }
  project.provide(
    'testClusters',
    kubeconfigs.map((kubeconfigPath) => ({ name: basename(dirname(kubeconfigPath)), kubeconfigPath })),
  );
  project.provide('testbedKubectl', process.env.K8DEPLOYER_KUBECTL || kubectlFrom(binDir()));

  return async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', stopSync);
    try {
      await runTestbed(['down', '--dir', dir]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
