import { createHash } from 'node:crypto';
import type { RepositoryIdentity } from './types.js';

/** Label on namespaces (and the ApplySet parent) naming the repository that owns them. */
export const repositoryLabel = 'k8deployer.io/repository';

/**
 * The repository identity from the runner's environment. GITHUB_REPOSITORY_ID survives renames and transfers, so it
 * wins; a CLI run outside Actions can pass `--repository owner/name` (hashed, since `/` is not label-safe).
 */
export function repositoryIdentity(name: string | undefined, id?: string): RepositoryIdentity | undefined {
  const trimmedId = id?.trim();
  const trimmedName = name?.trim();
  if (trimmedId && /^\d{1,20}$/.test(trimmedId))
    return { name: trimmedName || `id ${trimmedId}`, labelValue: `gh-${trimmedId}` };
  if (!trimmedName) return undefined;
  const digest = createHash('sha256').update(trimmedName.toLowerCase()).digest('hex').slice(0, 40);
  return { name: trimmedName, labelValue: `repo-${digest}` };
}
