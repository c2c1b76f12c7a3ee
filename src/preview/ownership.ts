import type { KubeConfig, V1Namespace } from '@kubernetes/client-node';
import { K8deployerError } from '../errors.js';
import { repositoryLabel } from '../settings/repository.js';
import type { RepositoryIdentity } from '../settings/types.js';
import { previewPrLabel } from './ttl-sweep.js';

/** The labels that make a namespace this repository's preview of this pull request (set when preview-up creates it). */
export function previewOwnershipLabels(repository: RepositoryIdentity, pr: number): Record<string, string> {
  return { [repositoryLabel]: repository.labelValue, [previewPrLabel]: String(pr) };
}

/** A preview run that cannot say which repository it belongs to would have to trust labels anyone can copy. */
export function requireRepository(repository: RepositoryIdentity | undefined, command: string): RepositoryIdentity {
  if (repository) return repository;
  throw new K8deployerError(
    `${command} needs the repository identity to tell this repository's previews from others (GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY, or --repository owner/name in the CLI)`,
  );
}

/** Which expected labels the live namespace lacks or carries with another value (empty: it is ours). */
export function ownershipMismatches(
  live: Record<string, string> | undefined,
  expected: Record<string, string>,
): string[] {
  return Object.entries(expected)
    .filter(([key, value]) => live?.[key] !== value)
    .map(([key, value]) => `${key}=${value} (found ${live?.[key] === undefined ? 'none' : live[key]})`);
}

/**
 * Before a preview run writes or deletes its namespace: a namespace of that name that exists without this
 * repository's and this pull request's labels belongs to someone else (another repository's preview with the same
 * app name, or a namespace a human made) and is left alone. A missing namespace is fine: preview-up creates it with
 * the labels, preview-down has nothing to delete.
 */
export async function assertPreviewNamespaceOwned(
  kubeConfig: KubeConfig,
  namespace: string,
  expected: Record<string, string>,
  command: string,
): Promise<void> {
  // Loaded here, not at the top: the action entry imports this module before it needs the Kubernetes client.
  const k8s = await import('@kubernetes/client-node');
  let live: V1Namespace;
  try {
    live = await kubeConfig.makeApiClient(k8s.CoreV1Api).readNamespace({ name: namespace });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 404) return;
    throw new K8deployerError(
      `${command}: cannot read namespace ${namespace} to check its owner: ${(error as Error).message ?? String(error)}`,
      { cause: error },
    );
  }
  const mismatches = ownershipMismatches(live.metadata?.labels, expected);
  if (mismatches.length > 0) {
    throw new K8deployerError(
      `${command}: namespace ${namespace} exists but is not this pull request's preview (it lacks ${mismatches.join(', ')}); ` +
        'k8deployer leaves it untouched. Delete or relabel it by hand if it is a leftover, or choose another preview-namespace pattern.',
    );
  }
}
