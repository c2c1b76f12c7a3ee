import { partOfLabel } from '../kube/labels.js';
import { repositoryLabel } from '../settings/repository.js';

/** Labels a preview namespace carries so a sweep can find it without any other state. */
export const previewPrLabel = 'k8deployer.io/preview-pr';
export { partOfLabel };

export interface PreviewNamespaceInfo {
  name: string;
  labels?: Record<string, string>;
  /** metadata.creationTimestamp (RFC 3339) as the API returns it. */
  creationTimestamp?: string | Date;
}

export interface SweepOptions {
  now: Date;
  ttlHours: number;
  /** PR numbers still open; when given, previews of other PRs are swept whatever their age (a missed close). */
  openPullRequests?: readonly number[];
  /** Only previews of this app (label app.kubernetes.io/part-of). */
  app?: string;
  /** Only previews of this repository (label k8deployer.io/repository, see src/settings/repository.ts). */
  repository?: string;
}

export interface SweepCandidate {
  namespace: string;
  pr: number;
  ageHours: number;
  reason: 'expired' | 'pull-request-closed';
}

/** Which preview namespaces to delete, oldest first. Namespaces that cannot be dated or attributed are kept. */
export function selectPreviewsToSweep(
  namespaces: readonly PreviewNamespaceInfo[],
  options: SweepOptions,
): SweepCandidate[] {
  const open = options.openPullRequests ? new Set(options.openPullRequests) : undefined;
  const candidates: SweepCandidate[] = [];
  for (const namespace of namespaces) {
    const prLabel = namespace.labels?.[previewPrLabel];
    if (prLabel === undefined || !/^\d+$/.test(prLabel)) continue;
    if (options.app !== undefined && namespace.labels?.[partOfLabel] !== options.app) continue;
    if (options.repository !== undefined && namespace.labels?.[repositoryLabel] !== options.repository) continue;
    const created = namespace.creationTimestamp === undefined ? NaN : new Date(namespace.creationTimestamp).getTime();
    if (Number.isNaN(created)) continue;
    const pr = Number(prLabel);
    const ageHours = (options.now.getTime() - created) / 3_600_000;
    if (open && !open.has(pr))
      candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'pull-request-closed' });
    else if (ageHours > options.ttlHours)
      candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'expired' });
  }
  return candidates.sort((a, b) => b.ageHours - a.ageHours);
}
