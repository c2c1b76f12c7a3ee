import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { K8deployerError, SpecError, describeError } from '../errors.js';
import { isInside } from '../files/confined.js';
import type { PreparedRun } from '../pipeline.js';
import { resolveTargets, defaultClusterName, type ClusterTarget, type SpecOptions } from '../spec/load.js';
import type { Cluster } from '../spec/spec-types.generated.js';
import { envNameReferences } from '../spec/env-names.js';
import { parseYamlSource } from '../spec/yaml-source.js';
import { untrustedSteps } from './trusted-steps.js';

type ClusterFieldRole = 'credential' | 'deployment';

/**
 * Every field of a `clusters[]` entry (the generated schema type), classified. `satisfies` turns a field added to
 * the schema into a compile error here until someone decides whether a pull request may change it. Credential fields
 * say where credentials go and which ones are used: the provider blocks (server, CA, region, role, token/kubeconfig
 * environment variable names, kubeconfig path). Cluster `variables` are not listed because base credentials are
 * taken after the base spec's own variables are substituted, so a head that changes a variable used in a provider
 * block changes nothing.
 */
export const clusterFieldRoles = {
  name: 'deployment',
  enabled: 'deployment',
  namespace: 'deployment',
  environment: 'deployment',
  url: 'deployment',
  variables: 'deployment',
  profile: 'deployment',
  components: 'deployment',
  eks: 'credential',
  doks: 'credential',
  lke: 'credential',
  aks: 'credential',
  gke: 'credential',
  kubeconfig: 'credential',
} as const satisfies Record<keyof Cluster, ClusterFieldRole>;

export const credentialFields = (Object.keys(clusterFieldRoles) as (keyof Cluster)[]).filter(
  (key) => clusterFieldRoles[key] === 'credential',
);

/** Reads a file of the repository at the trusted (base) commit; the path is relative to the repository root. */
export type BaseFileReader = (repoPath: string) => Promise<string>;

export interface TrustedCredentialsOptions {
  /** The spec path as the run uses it and the workspace (repository root) it is relative to. */
  specPath: string;
  workspace: string;
  baseSha: string;
  readBase: BaseFileReader;
  /** Same variables, cluster selection and namespace the head run uses. */
  specOptions: SpecOptions;
  /** Where base copies of repository files the credentials name (kubeconfig path, CA file) are written. */
  tempDir: string;
  /**
   * A preview whose clusters the event chose (no `clusters` input): only the base spec's preview clusters
   * (`preview.clusters`, else its first enabled cluster) may get it, so a PR cannot move its preview onto, say, the
   * production cluster.
   */
  previewClustersFromBase?: boolean;
}

export interface TrustedCredentialsReport {
  /** Clusters whose credential fields the pull request changed (ignored), with the changed field paths. */
  changed: { cluster: string; fields: string[] }[];
  /** Clusters the pull request adds: left out of this run. */
  added: string[];
  /** Clusters the PR's spec names for its preview that the base spec does not preview on: left out. */
  notPreviewed?: string[];
}

/** Fails closed: without the base spec there is no trusted source of credentials. */
export class UntrustedCredentialsError extends K8deployerError {}

/**
 * Rule 2 of the threat model: on pull request events the credential fields of every targeted cluster come from the
 * base branch's spec, read at the base commit. The head's fields are replaced (and reported when they differ); a
 * cluster the base does not have is left out. Mutates `prepared` (its targets' credentials and the target list).
 */
export async function applyBaseCredentials(
  prepared: PreparedRun,
  options: TrustedCredentialsOptions,
): Promise<TrustedCredentialsReport> {
  const repoPath = repositoryPath(options.workspace, options.specPath);
  let text: string;
  try {
    text = await options.readBase(repoPath);
  } catch (error) {
    throw new UntrustedCredentialsError(
      `cannot read ${repoPath} at the base commit ${options.baseSha.slice(0, 12)} (${describeError(error)}); on pull request events cluster credentials ` +
        'come only from the base branch, so this run is refused (a pull request that adds the spec needs to be merged first)',
      { cause: error },
    );
  }
  const baseDocument = unusableBaseAsError(() => parseYamlSource(text, `${repoPath}@${options.baseSha.slice(0, 7)}`));
  const baseNames = clusterNames(baseDocument.value);
  const added = prepared.targets.map(({ target }) => target.name).filter((name) => !baseNames.includes(name));
  prepared.targets = prepared.targets.filter(({ target }) => baseNames.includes(target.name));
  if (prepared.targets.length === 0) {
    throw new UntrustedCredentialsError(
      `the base branch's spec has none of the clusters this run targets (${added.join(', ')}); a pull request cannot add clusters`,
    );
  }
  const previewClusters = options.previewClustersFromBase ? basePreviewClusters(baseDocument.value) : undefined;
  const notPreviewed = previewClusters
    ? prepared.targets.map(({ target }) => target.name).filter((name) => !previewClusters.includes(name))
    : [];
  if (previewClusters)
    prepared.targets = prepared.targets.filter(({ target }) => previewClusters.includes(target.name));
  if (prepared.targets.length === 0) {
    throw new UntrustedCredentialsError(
      `the base branch's spec previews on ${previewClusters?.join(', ') || 'no cluster'}, not on ${notPreviewed.join(', ')}; a pull request cannot move its preview to another cluster`,
    );
  }
  const baseTargets = unusableBaseAsError(() =>
    resolveTargets(baseDocument, {
      ...options.specOptions,
      clusters: prepared.targets.map(({ target }) => target.name),
    }),
  );
  refuseNewEnvReads(prepared, baseTargets);
  const steps = untrustedSteps(prepared, baseTargets);
  if (steps.length > 0)
    throw new UntrustedCredentialsError(
      `this pull request ${steps.join('; ')}; on pull request events kind: http requests come only from the base branch (merge the change first)`,
    );
  const changed: TrustedCredentialsReport['changed'] = [];
  for (const entry of prepared.targets) {
    const base = baseTargets.find((target) => target.name === entry.target.name);
    if (!base)
      throw new UntrustedCredentialsError(`cluster ${entry.target.name} is missing from the base branch's spec`);
    // Credentials say who may write; the namespace says where. A PR may not move a deploy into another namespace.
    if (entry.target.namespace !== base.namespace) {
      throw new UntrustedCredentialsError(
        `cluster ${entry.target.name}: this pull request moves the app from namespace ${base.namespace} to ${entry.target.namespace}; ` +
          'on pull request events the namespace comes from the base branch (merge the change first)',
      );
    }
    const fields = changedFields(entry.target.credentials, base.credentials);
    if (fields.length > 0) changed.push({ cluster: entry.target.name, fields });
    entry.target.provider = base.provider;
    entry.target.credentials = await pinRepositoryFiles(base.credentials, options);
  }
  return { changed, added, ...(notPreviewed.length ? { notPreviewed } : {}) };
}

/**
 * The step's environment holds the workflow's secrets (often production's). A PR that makes the spec read one the
 * base does not (`secrets: [{fromEnv: {k: PROD_DB_PASSWORD}}]`) would copy it into a Secret its own code can read.
 */
function refuseNewEnvReads(prepared: PreparedRun, baseTargets: ClusterTarget[]): void {
  // Provider blocks are replaced by the base's wholesale; what remains are the names the spec's secrets and its
  // kind: http headers (valueEnv) read.
  const secretReads = (target: ClusterTarget) =>
    envNameReferences(target.spec)
      .filter((ref) => !ref.pointer.startsWith('/clusters/'))
      .map((ref) => ref.name);
  const baseNames = new Set(baseTargets.flatMap(secretReads));
  const fresh = new Set(
    prepared.targets.flatMap(({ target }) => secretReads(target)).filter((name) => !baseNames.has(name)),
  );
  if (fresh.size === 0) return;
  throw new UntrustedCredentialsError(
    `this pull request makes the spec read the environment variable(s) ${[...fresh].sort().join(', ')}, which the base branch's spec does not read; ` +
      'on pull request events only variables the base branch already reads are used (merge the change first)',
  );
}

/** The base spec's preview clusters: `preview.clusters`, else its first enabled cluster (as the action defaults). */
function basePreviewClusters(value: unknown): string[] {
  const spec = value as { preview?: { clusters?: unknown }; clusters?: unknown } | null;
  const listed = spec?.preview?.clusters;
  if (Array.isArray(listed)) return listed.filter((name): name is string => typeof name === 'string');
  const clusters = Array.isArray(spec?.clusters) ? (spec.clusters as { name?: unknown; enabled?: unknown }[]) : [];
  if (clusters.length === 0) return [defaultClusterName];
  const first = clusters.find((cluster) => cluster?.enabled !== false && cluster?.enabled !== 'false');
  return typeof first?.name === 'string' ? [first.name] : [];
}

/** The base spec's problems are not the PR's to fix here (their positions are in another version of the file). */
function unusableBaseAsError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const detail = error instanceof SpecError ? error.message.split('\n').slice(0, 3).join('; ') : describeError(error);
    throw new UntrustedCredentialsError(`the base branch's spec cannot be used for credentials: ${detail}`, {
      cause: error,
    });
  }
}

/** The names of the spec's clusters as written (a spec without clusters has the one local-kubeconfig cluster). */
function clusterNames(value: unknown): string[] {
  const clusters = (value as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(clusters) || clusters.length === 0) return [defaultClusterName];
  return clusters
    .map((cluster) => (cluster as { name?: unknown } | null)?.name)
    .filter((name): name is string => typeof name === 'string');
}

/** `kubeconfig.server` style paths of the fields that differ (values are not shown: they may be sensitive). */
function changedFields(head: Record<string, unknown>, base: Record<string, unknown>): string[] {
  if (head.provider !== base.provider) return [`provider (${String(base.provider)} → ${String(head.provider)})`];
  const keys = new Set([...Object.keys(head), ...Object.keys(base)].filter((key) => key !== 'provider'));
  return [...keys]
    .filter((key) => JSON.stringify(head[key]) !== JSON.stringify(base[key]))
    .map((key) => `${String(base.provider)}.${key}`)
    .sort();
}

/**
 * A kubeconfig file or CA file the base names inside the repository would still be read from the head's checkout,
 * which the pull request controls; copies of the base's versions are used instead.
 */
async function pinRepositoryFiles(
  credentials: ClusterTarget['credentials'],
  options: TrustedCredentialsOptions,
): Promise<ClusterTarget['credentials']> {
  const pinned = { ...credentials };
  for (const key of ['path', 'certificateAuthority'] as const) {
    const value = pinned[key];
    if (typeof value !== 'string' || value === '' || (key === 'certificateAuthority' && !looksLikePath(value)))
      continue;
    // Spec paths resolve relative to the spec file (src/files/confined.ts), not to the checkout's root.
    const absolute = path.resolve(path.dirname(path.resolve(options.workspace, options.specPath)), value);
    if (!isBelow(options.workspace, absolute)) continue;
    const relative = repositoryPath(options.workspace, absolute);
    let content: string;
    try {
      content = await options.readBase(relative);
    } catch (error) {
      throw new UntrustedCredentialsError(
        `cannot read ${relative} (the cluster's ${key}) at the base commit: ${describeError(error)}`,
        { cause: error },
      );
    }
    const dir = await mkdtemp(path.join(options.tempDir, 'k8deployer-base-'));
    const file = path.join(dir, path.basename(relative));
    await writeFile(file, content, { mode: 0o600 });
    pinned[key] = file;
    // The copy lives outside the checkout, but it is still repository content (src/credentials/kubeconfig.ts).
    if (key === 'path') pinned.fromRepository = true;
  }
  return pinned;
}

/** PEM or base64 of PEM is inline data; anything else kubeconfig.ts treats as a file path. */
function looksLikePath(value: string): boolean {
  return !value.includes('-----BEGIN') && !/^[A-Za-z0-9+/=\s]{64,}$/.test(value.trim());
}

/** Strictly below the checkout (the checkout itself is no file to read at the base commit). */
function isBelow(root: string, file: string): boolean {
  return path.resolve(root) !== file && isInside(path.resolve(root), file);
}

function repositoryPath(workspace: string, file: string): string {
  const absolute = path.resolve(workspace, file);
  if (!isBelow(workspace, absolute)) {
    throw new UntrustedCredentialsError(
      `${file} is outside the repository checkout ${workspace}, so it cannot be read at the base commit`,
    );
  }
  return path.relative(path.resolve(workspace), absolute).split(path.sep).join('/');
}

/** One line for the log / warning annotation and the PR comment; cluster names are the spec's (user text). */
export function describeTrustedCredentials(report: TrustedCredentialsReport): string | undefined {
  const parts: string[] = [];
  for (const { cluster, fields } of report.changed) {
    parts.push(
      `cluster ${cluster}: this pull request changes ${fields.join(', ')}; ignored, the base branch's credentials are used`,
    );
  }
  if (report.added.length > 0)
    parts.push(`cluster(s) ${report.added.join(', ')} are not in the base branch's spec and were left out`);
  if (report.notPreviewed?.length)
    parts.push(
      `cluster(s) ${report.notPreviewed.join(', ')} do not get previews in the base branch's spec and were left out`,
    );
  return parts.length ? parts.join('. ') : undefined;
}
