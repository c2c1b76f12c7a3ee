// Helpers for e2e tests against the local test clusters that __tests__/e2e/global-setup.ts starts
// (real kube-apiserver/controller-manager/scheduler + etcd, kwok as the kubelet; see docs/testbed.md).
//
// kwok behaviour tests can rely on (testbed/kwok-stages.yaml):
//   - pods on the fake Nodes become Running/Ready at once, or after the pod annotation READY_DELAY (e.g. "3s");
//   - pods owned by a Job become Succeeded (after COMPLETE_DELAY if set);
//   - FAULT set to "image-pull" or "crashloop" as a pod annotation OR label (for a Deployment: in the pod template)
//     makes the pod ImagePullBackOff (phase Pending) or CrashLoopBackOff (phase Running, restartCount 1,
//     lastState.terminated exitCode 1), with a Warning event; "fail" makes it Failed with exit code 1 (for Job pods);
//   - PVCs bind at once (default StorageClass `kwok-volume`), LoadBalancer Services get ingress IP 127.0.0.1;
//   - there are no containers: no logs, exec, port-forward, DNS or Service traffic.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as k8s from '@kubernetes/client-node';
import { inject } from 'vitest';

export interface TestCluster {
  /** `cluster-1`, `cluster-2`, ... */
  name: string;
  /** Absolute path of an admin (system:masters) kubeconfig for this cluster. */
  kubeconfigPath: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testClusters: TestCluster[];
    /** Path of a kubectl matching the test clusters' version (or plain `kubectl` when none was built). */
    testbedKubectl: string;
  }
}

/** Pod annotation: how long kwok waits before making the pod Running/Ready, a Go duration ("500ms", "3s"). */
export const READY_DELAY = 'testbed.k8deployer.io/ready-delay';
/** Pod annotation: how long a Job's pod runs before kwok marks it Succeeded. */
export const COMPLETE_DELAY = 'testbed.k8deployer.io/complete-delay';
/**
 * Pod annotation or label: `image-pull`, `crashloop`, `fail` (phase Failed, exit code 1; for Job pods) or `not-ready`
 * (Running, never Ready).
 */
export const FAULT = 'testbed.k8deployer.io/fault';
/** The default StorageClass of the test clusters (kwok binds its PVCs at once). */
export const STORAGE_CLASS = 'kwok-volume';

/** The clusters of this test run (two by default), each with its own kubeconfig. */
export function testClusters(): TestCluster[] {
  const clusters = inject('testClusters');
  if (!clusters || clusters.length === 0) {
    throw new Error('no test clusters: run the e2e project (vitest --project e2e), its globalSetup starts them');
  }
  return clusters;
}

/** A KubeConfig loaded from the cluster's kubeconfig file. */
export function kubeConfigFor(cluster: TestCluster): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(cluster.kubeconfigPath);
  return kc;
}

/** Path of the kubectl binary built with the test bed (same version as the clusters). */
export function kubectlPath(): string {
  return process.env.K8DEPLOYER_KUBECTL || inject('testbedKubectl') || 'kubectl';
}

/** Runs kubectl against one cluster; resolves with stdout, rejects with stderr in the message. */
export function kubectl(cluster: TestCluster, args: string[], input?: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = execFile(
      kubectlPath(),
      ['--kubeconfig', cluster.kubeconfigPath, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`kubectl ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolvePromise(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 404;
}

/**
 * Creates a namespace with a fresh name `<prefix>-<random>` on the given cluster(s) (default: all test clusters),
 * waits until its `default` ServiceAccount exists (pods are rejected before that) and returns the name.
 */
export async function uniqueNamespace(prefix: string, clusters: TestCluster | TestCluster[] = testClusters()) {
  const base =
    prefix
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'ns';
  const name = `${base}-${randomBytes(4).toString('hex')}`;
  await Promise.all(
    (Array.isArray(clusters) ? clusters : [clusters]).map(async (cluster) => {
      const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
      await core.createNamespace({
        body: { metadata: { name, labels: { 'testbed.k8deployer.io/e2e': 'true' } } },
      });
      await waitFor(`ServiceAccount ${name}/default on ${cluster.name}`, async () => {
        try {
          return await core.readNamespacedServiceAccount({ name: 'default', namespace: name });
        } catch (error) {
          if (isNotFound(error)) return undefined;
          throw error;
        }
      });
    }),
  );
  return name;
}

/** Deletes a namespace (does not wait for it to go). Errors are ignored: for afterAll/afterEach clean-up. */
export async function deleteNamespace(name: string, clusters: TestCluster | TestCluster[] = testClusters()) {
  await Promise.all(
    (Array.isArray(clusters) ? clusters : [clusters]).map((cluster) =>
      kubeConfigFor(cluster)
        .makeApiClient(k8s.CoreV1Api)
        .deleteNamespace({ name })
        .catch(() => undefined),
    ),
  );
}

/**
 * Polls `probe` until it returns something other than undefined/false/null, and returns that.
 * Throws after `timeoutMs` with the last error or value in the message.
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 60_000, intervalMs = 250 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
