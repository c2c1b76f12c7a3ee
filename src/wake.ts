import type { KubeConfig } from '@kubernetes/client-node';
import { providerConfig } from './commands.js';
import { resolveCredentials, type ClusterCredentials, type ResolveContext } from './credentials/index.js';
import type { PreparedRun } from './pipeline.js';
import { wakeNamespace } from './preview/sleep-cluster.js';

export interface WakeRequest {
  prepared: PreparedRun;
  namespace: string;
  env: Record<string, string | undefined>;
  credentials: Omit<ResolveContext, 'env'>;
  /** The preview's ownership check (src/preview/ownership.ts), before anything is written. */
  checkCluster: (kubeConfig: KubeConfig) => Promise<void>;
  now?: Date;
}

/** A `/k8deployer wake`: on each preview cluster, restore the sleeping preview's replicas. Nothing is deployed. */
export async function wakePreview(
  request: WakeRequest,
): Promise<{ cluster: string; wasAsleep: boolean; restored: number }[]> {
  const credentials: ClusterCredentials[] = [];
  const woken: { cluster: string; wasAsleep: boolean; restored: number }[] = [];
  try {
    for (const entry of request.prepared.targets) {
      const resolved = await resolveCredentials(providerConfig(entry, request.env), {
        ...request.credentials,
        env: request.env,
      });
      credentials.push(resolved);
      await request.checkCluster(resolved.kubeConfig);
      const result = await wakeNamespace(resolved.kubeConfig, entry.target.name, request.namespace, {
        now: request.now ?? new Date(),
        recordWake: true,
      });
      woken.push({ cluster: entry.target.name, ...result });
    }
    return woken;
  } finally {
    await Promise.allSettled(credentials.map((entry) => entry.dispose()));
  }
}
