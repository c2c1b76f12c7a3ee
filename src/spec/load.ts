import path from 'node:path';
import { InputError, SpecError, type SpecProblem } from '../errors.js';
import {
  FileRefusedError,
  fileLimits,
  newReadBudget,
  readConfinedFile,
  repositoryConfinement,
  resolveConfinedPath,
  type Confinement,
  type SpecPaths,
} from '../files/confined.js';
import { resolveProfile, type ResolvedProfile } from './profiles.js';
import { expandGroupDepends, flattenComponents } from './groups.js';
import { isSystemNamespace, shorten } from './kubernetes-names.js';
import { specLimits } from './limits.js';
import { deepMerge, isPlainObject } from './merge.js';
import { checkSemantics } from './rules.js';
import { seedComponents } from './preview-rules.js';
import { providerNames, type ProviderName } from './providers.js';
import type { Cluster, K8DeployerSpec, Preview, ReleaseRule } from './spec-types.generated.js';
import { validateAgainstSchema } from './validate-schema.js';
import { substituteVariables, type VariableScope } from './variables.js';
import { readRegularFileCapped, type CappedRead } from './read-capped.js';
import { escapePointerToken, parseYamlSource, problemAt, specYamlLimits, type SourceDocument } from './yaml-source.js';

/** One cluster as a deploy sees it. */
export interface ClusterTarget {
  name: string;
  provider: ProviderName;
  /** The provider block as written (variables substituted), tagged with its provider, for src/credentials. */
  credentials: { provider: ProviderName } & Record<string, unknown>;
  namespace: string;
  environment: string;
  url?: string;
  profile: ResolvedProfile;
  variables: VariableScope;
  /** The spec for this cluster: variables substituted, cluster overrides applied, app groups folded into their
   * components, disabled components left out. */
  spec: K8DeployerSpec;
  /** Where each component stands in the spec as written (JSON pointer), for errors found while rendering. */
  componentPointers: ReadonlyMap<string, string>;
  /** For a kubeconfig cluster block: how its file paths (path, certificateAuthority) are resolved and confined. */
  specPaths?: SpecPaths;
  /** A pull-request preview run (SpecOptions.preview): the renderer adds the preview quota. */
  preview?: boolean;
}

export interface LoadedSpec {
  file: string;
  dir: string;
  document: SourceDocument;
  targets: ClusterTarget[];
  /** Contents of every file the spec references, by the path as written. */
  files: ReadonlyMap<string, string>;
  /** Where the spec's paths resolve from and the repository they must stay in. */
  confinement: Confinement;
}

export interface SpecOptions {
  /** Deploy-time variables; they win over the spec's and the cluster's. */
  variables?: Record<string, string>;
  /** Only these clusters (by name); empty = all enabled. */
  clusters?: string[];
  namespaceOverride?: string;
  /** GITHUB_WORKSPACE: the repository root when the spec is inside it. */
  workspace?: string;
  /** The spec file already read and parsed (readSpecDocument), so one run reads it once. */
  document?: SourceDocument;
  /**
   * A pull-request preview (preview-up, preview-down, the sweep): the preview's seed components are in, after every
   * other component, and the preview quota is rendered. Every other run leaves the seed out.
   */
  preview?: boolean;
}

/**
 * What the action decides the run from before it loads the spec for that run (which release rule, which preview
 * namespace and clusters). Taken from the document as written: preview and release patterns are not substituted.
 */
export interface SpecOutline {
  app: string;
  releases?: ReleaseRule[];
  preview?: Preview;
  /** Clusters a run without a cluster selection deploys to, in spec order (`enabled` as the loader reads it). */
  enabledClusters: string[];
}

export const defaultClusterName = 'default';

/**
 * The spec file's text; a missing or unreadable file is an input error that names the path. Only a regular file
 * within the spec's size budget is read (checked before reading, read at most cap + 1 bytes).
 */
export async function readSpecText(specPath: string): Promise<string> {
  let read: CappedRead;
  try {
    read = await readRegularFileCapped(specPath, specYamlLimits.maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENXIO: opening a socket (or a FIFO end nobody holds) that /dev/stdin or /proc/self/fd/N names.
    if (code === 'ENXIO')
      throw new SpecError([
        {
          file: specPath,
          line: 1,
          column: 1,
          pointer: '',
          message: 'not a regular file (a socket or device); refusing to read it',
        },
      ]);
    throw new InputError(
      code === 'ENOENT'
        ? `spec file not found: ${specPath}`
        : `cannot read spec file ${specPath}: ${code ?? String(error)}`,
    );
  }
  if (!read.ok) throw new SpecError([{ file: specPath, line: 1, column: 1, pointer: '', message: read.reason }]);
  return read.text;
}

/** The spec file, read and parsed once per run. */
export async function readSpecDocument(specPath: string): Promise<SourceDocument> {
  return parseYamlSource(await readSpecText(specPath), specPath);
}

export function specOutline(document: SourceDocument): SpecOutline {
  const value = document.value as Record<string, unknown> | null;
  const clusters = Array.isArray(value?.clusters) ? (value.clusters as (Record<string, unknown> | null)[]) : [];
  const outline: SpecOutline = {
    app: typeof value?.app === 'string' ? value.app : 'app',
    enabledClusters: clusters
      .filter((cluster) => typeof cluster?.name === 'string' && isEnabled(cluster.enabled))
      .map((cluster) => cluster?.name as string),
  };
  if (Array.isArray(value?.releases)) outline.releases = value.releases as ReleaseRule[];
  if (value?.preview && typeof value.preview === 'object') outline.preview = value.preview;
  return outline;
}

export async function loadSpec(specPath: string, options: SpecOptions = {}): Promise<LoadedSpec> {
  const document = options.document ?? (await readSpecDocument(specPath));
  const targets = resolveTargets(document, options);
  const dir = path.dirname(specPath);
  const confinement = await repositoryConfinement(specPath, options.workspace);
  const { files, problems } = await readReferencedFiles(targets, confinement, document);
  problems.push(...(await checkKubeconfigPaths(targets, confinement, document)));
  if (problems.length > 0) throw new SpecError(dedupe(problems));
  return { file: specPath, dir, document, targets, files, confinement };
}

/** Pure: the parsed document × options → one validated spec per cluster target. Throws SpecError with every problem. */
export function resolveTargets(document: SourceDocument, options: SpecOptions = {}): ClusterTarget[] {
  const raw = document.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecError([problemAt(document, '', 'the spec must be a mapping with app and components')]);
  }
  const rawSpec = raw as Record<string, unknown>;
  checkSizeCaps(document, rawSpec);
  const rawClusters = Array.isArray(rawSpec.clusters) ? (rawSpec.clusters as unknown[]) : [];
  const problems: SpecProblem[] = [];
  const targets: { target: ClusterTarget; enabled: boolean }[] = [];
  const clusterEntries =
    rawClusters.length > 0
      ? rawClusters.map((cluster, index) => ({ cluster, index }))
      : [{ cluster: undefined, index: -1 }];

  for (const { cluster, index } of clusterEntries) {
    const clusterRecord = (cluster ?? {}) as Record<string, unknown>;
    const name = typeof clusterRecord.name === 'string' ? clusterRecord.name : defaultClusterName;
    const result = resolveOneTarget(document, rawSpec, clusterRecord, index, name, options);
    problems.push(...result.problems);
    if (result.target) targets.push({ target: result.target, enabled: isEnabled(result.enabled) });
  }
  if (problems.length > 0) throw new SpecError(dedupe(problems));

  const known = targets.map(({ target }) => target.name);
  for (const wanted of options.clusters ?? []) {
    if (!known.includes(wanted))
      throw new InputError(`unknown cluster '${wanted}' (the spec has: ${known.join(', ')})`);
  }
  // Naming a cluster explicitly deploys it even when the spec disables it by default.
  const chosen = options.clusters?.length
    ? targets.filter(({ target }) => options.clusters?.includes(target.name))
    : targets.filter(({ enabled }) => enabled);
  return chosen.map(({ target }) => target);
}

function resolveOneTarget(
  document: SourceDocument,
  rawSpec: Record<string, unknown>,
  rawCluster: Record<string, unknown>,
  clusterIndex: number,
  clusterName: string,
  options: SpecOptions,
): { target?: ClusterTarget; enabled?: unknown; problems: SpecProblem[] } {
  const provider = providerNames.find((key) => rawCluster[key] !== undefined) ?? 'kubeconfig';
  const scope: VariableScope = {
    ...primitives(rawSpec.variables),
    ...primitives(rawCluster.variables),
    ...options.variables,
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated; the schema check reports it
    app: String(rawSpec.app ?? ''),
    cluster: clusterName,
    provider,
  };
  const namespaceSource = options.namespaceOverride ?? rawCluster.namespace ?? rawSpec.namespace ?? rawSpec.app;
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- (as app above)
  const namespace = substituteVariables(String(namespaceSource ?? ''), scope).value;
  scope.namespace = String(namespace);

  // Variable blocks hold values, not references; preview and release patterns (${pr}, ${version}) are filled in by the
  // action for the event that triggered it.
  const substituted = substituteVariables(rawSpec, scope, {
    skipKeysAt: (pointer) =>
      ['/variables', '/preview', '/releases'].includes(pointer) || /^\/clusters\/\d+\/variables$/.test(pointer),
  });
  const problems: SpecProblem[] = substituted.problems.map((problem) =>
    problemAt(document, problem.pointer, problem.message),
  );
  const spec = substituted.value as K8DeployerSpec;
  applyClusterOverrides(spec, clusterIndex);

  problems.push(...validateAgainstSchema(spec, document));
  if (problems.length > 0) return { problems };
  const flat = flattenComponents(spec.components);
  problems.push(...checkSemantics(spec, document, flat));
  if (problems.length > 0) return { problems };
  // From here on components are leaves: app groups folded in, depends on a group expanded to its members.
  spec.components = flat.placed.map(({ component }) => ({
    ...component,
    ...(component.depends ? { depends: expandGroupDepends(component.depends, flat.groups) } : {}),
  })) as K8DeployerSpec['components'];
  const seed = seedComponents(spec.preview, flat);
  const componentPointers = new Map(flat.placed.map(({ component, pointer }) => [component.name, pointer]));

  const cluster: Cluster | undefined = clusterIndex >= 0 ? spec.clusters?.[clusterIndex] : undefined;
  const namespacePointer = options.namespaceOverride
    ? ''
    : cluster?.namespace !== undefined
      ? `/clusters/${clusterIndex}/namespace`
      : spec.namespace !== undefined
        ? '/namespace'
        : '/app';
  if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(scope.namespace)) {
    return {
      problems: [
        problemAt(document, namespacePointer, `namespace '${shorten(scope.namespace)}' is not a valid DNS-1123 label`),
      ],
    };
  }
  if (isSystemNamespace(scope.namespace)) {
    const source = options.namespaceOverride ? ' (from --namespace)' : '';
    return {
      problems: [
        problemAt(
          document,
          namespacePointer,
          `namespace '${scope.namespace}'${source} is a Kubernetes system namespace (kube-*); deploy the app to its own namespace`,
        ),
      ],
    };
  }
  spec.components = withSeed(
    spec.components.filter(
      (component) => isEnabled(component.enabled) && (!component.clusters || component.clusters.includes(clusterName)),
    ),
    seed,
    options.preview === true,
  ) as K8DeployerSpec['components'];
  const providerBlock = cluster
    ? ((cluster as unknown as Record<string, unknown>)[provider] as Record<string, unknown> | undefined)
    : undefined;
  const target: ClusterTarget = {
    name: clusterName,
    provider,
    credentials: { ...(providerBlock ?? {}), provider },
    namespace: scope.namespace,
    environment: cluster?.environment ?? clusterName,
    profile: resolveProfile(provider, cluster?.profile),
    variables: scope,
    spec,
    componentPointers,
  };
  if (cluster?.url) target.url = cluster.url;
  if (options.preview) target.preview = true;
  return { target, enabled: cluster?.enabled ?? true, problems };
}

/**
 * preview.seed: outside previews the seed components are left out; in a preview each one also depends on every
 * component outside the seed, so fixtures load into an app that is up (the seed's own order is its depends).
 */
function withSeed<T extends { name: string; depends?: string[] }>(
  components: T[],
  seed: ReadonlySet<string>,
  preview: boolean,
): T[] {
  if (seed.size === 0) return components;
  if (!preview) return components.filter((component) => !seed.has(component.name));
  const app = components.filter((component) => !seed.has(component.name)).map((component) => component.name);
  return components.map((component) =>
    seed.has(component.name)
      ? { ...component, depends: [...new Set([...(component.depends ?? []), ...app])] }
      : component,
  );
}

/** A cluster's `components: {web: {...}}` block deep-merges over the component or app group (lists replace). */
function applyClusterOverrides(spec: K8DeployerSpec, clusterIndex: number): void {
  const overrides = clusterIndex >= 0 ? spec.clusters?.[clusterIndex]?.components : undefined;
  if (!overrides) return;
  const apply = (components: unknown): unknown =>
    Array.isArray(components)
      ? components.map((component: unknown) => {
          if (!isPlainObject(component)) return component;
          const override = typeof component.name === 'string' ? overrides[component.name] : undefined;
          const merged = override ? (deepMerge(component, override) as Record<string, unknown>) : component;
          return merged.components ? { ...merged, components: apply(merged.components) } : merged;
        })
      : components;
  spec.components = apply(spec.components) as K8DeployerSpec['components'];
}

/** Refuses specs past the caps of src/spec/limits.ts before any per-cluster work multiplies their cost. */
function checkSizeCaps(document: SourceDocument, rawSpec: Record<string, unknown>): void {
  const clusters = Array.isArray(rawSpec.clusters) ? rawSpec.clusters.length : 0;
  if (clusters > specLimits.maxClusters) {
    throw new SpecError([
      problemAt(
        document,
        `/clusters/${specLimits.maxClusters}`,
        `more than ${specLimits.maxClusters} clusters (${clusters}); split the spec`,
      ),
    ]);
  }
  let count = 0;
  // Depth is bounded by the YAML nesting limit, so the recursion is too.
  const walk = (components: unknown, pointer: string): string | undefined => {
    if (!Array.isArray(components)) return undefined;
    for (let index = 0; index < components.length; index += 1) {
      if (++count > specLimits.maxComponents) return `${pointer}/${index}`;
      const inner: unknown = components[index];
      const found = isPlainObject(inner) ? walk(inner.components, `${pointer}/${index}/components`) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  const over = walk(rawSpec.components, '/components');
  if (over)
    throw new SpecError([
      problemAt(
        document,
        over,
        `more than ${specLimits.maxComponents} components (app groups included); split the spec`,
      ),
    ]);
  const perCluster = Math.max(1, clusters);
  if (count * perCluster > specLimits.maxRenders) {
    throw new SpecError([
      problemAt(
        document,
        '/clusters',
        `${count} components × ${clusters} clusters is more than ${specLimits.maxRenders} renders; split the spec`,
        true,
      ),
    ]);
  }
  // Every located node has an offset: a cheap, exact enough measure of the spec's size in nodes.
  if (document.valueOffsets.size * perCluster > specLimits.maxValidatedNodes) {
    throw new SpecError([
      problemAt(
        document,
        '/clusters',
        `the spec (${document.valueOffsets.size} YAML nodes) × ${clusters} clusters is more than ${specLimits.maxValidatedNodes} nodes to validate; split the spec`,
        true,
      ),
    ]);
  }
}

function primitives(value: unknown): VariableScope {
  if (!isPlainObject(value)) return {};
  const scope: VariableScope = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean') scope[key] = entry;
  }
  return scope;
}

function isEnabled(value: unknown): boolean {
  return !(
    value === false ||
    (typeof value === 'string' && ['false', 'no', 'off', '0', ''].includes(value.trim().toLowerCase()))
  );
}

function dedupe(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => {
      const key = `${problem.line}:${problem.column}:${problem.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Every file a target references, with the JSON pointer that names it (for errors) and the cap its kind gets. */
export function referencedFiles(
  spec: K8DeployerSpec,
  componentPointers?: ReadonlyMap<string, string>,
): { path: string; pointer: string; maxBytes: number }[] {
  const refs: { path: string; pointer: string; maxBytes: number }[] = [];
  const data = fileLimits.dataFileBytes;
  spec.secrets?.forEach((secret, index) => {
    for (const [key, file] of Object.entries(secret.fromFile ?? {}))
      refs.push({ path: file, pointer: `/secrets/${index}/fromFile/${escapePointerToken(key)}`, maxBytes: data });
    if (secret.certFile) refs.push({ path: secret.certFile, pointer: `/secrets/${index}/certFile`, maxBytes: data });
    if (secret.keyFile) refs.push({ path: secret.keyFile, pointer: `/secrets/${index}/keyFile`, maxBytes: data });
  });
  spec.components.forEach((component, index) => {
    // Components were flattened and filtered per cluster: their index here is not their place in the file.
    const pointer = componentPointers?.get(component.name) ?? `/components/${index}`;
    component.config?.forEach((config, configIndex) =>
      config.files?.forEach((file, fileIndex) =>
        refs.push({ path: file, pointer: `${pointer}/config/${configIndex}/files/${fileIndex}`, maxBytes: data }),
      ),
    );
    component.files?.forEach((file, fileIndex) =>
      refs.push({ path: file, pointer: `${pointer}/files/${fileIndex}`, maxBytes: fileLimits.manifestFileBytes }),
    );
  });
  return refs;
}

/**
 * Reads every referenced file through the confinement (see src/files/confined.ts); refusals are positioned problems.
 */
async function readReferencedFiles(
  targets: ClusterTarget[],
  confinement: Confinement,
  document: SourceDocument,
): Promise<{ files: Map<string, string>; problems: SpecProblem[] }> {
  const files = new Map<string, string>();
  const problems: SpecProblem[] = [];
  const budget = newReadBudget();
  for (const target of targets) {
    for (const ref of referencedFiles(target.spec, target.componentPointers)) {
      if (files.has(ref.path)) continue;
      try {
        files.set(
          ref.path,
          (await readConfinedFile(confinement, ref.path, { maxBytes: ref.maxBytes, budget })).content.toString('utf8'),
        );
      } catch (error) {
        if (!(error instanceof FileRefusedError)) throw error;
        problems.push(problemAt(document, ref.pointer, error.message));
        files.set(ref.path, '');
      }
    }
  }
  return { files, problems };
}

/**
 * A kubeconfig block's file paths resolve relative to the spec and stay in the repository like every other spec path.
 * A path that escapes is a spec error now; a file that does not exist yet is left to the provider, so that cluster
 * fails alone when its credentials are resolved. The provider reads the file itself, through the same confinement.
 */
async function checkKubeconfigPaths(
  targets: ClusterTarget[],
  confinement: Confinement,
  document: SourceDocument,
): Promise<SpecProblem[]> {
  const rawClusters = (document.value as { clusters?: unknown }).clusters;
  const problems: SpecProblem[] = [];
  for (const target of targets) {
    if (target.provider !== 'kubeconfig' || !Array.isArray(rawClusters)) continue;
    const index = rawClusters.findIndex((cluster) => isPlainObject(cluster) && cluster.name === target.name);
    if (index < 0) continue;
    const at: Record<string, string> = {};
    for (const field of ['path', 'certificateAuthority']) {
      const { file, line, column } = problemAt(document, `/clusters/${index}/kubeconfig/${field}`, '');
      at[field] = `${file}:${line}:${column}`;
    }
    target.specPaths = { ...confinement, at };
    const written = target.credentials.path;
    if (typeof written !== 'string') continue;
    try {
      await resolveConfinedPath(confinement, written);
    } catch (error) {
      if (!(error instanceof FileRefusedError)) throw error;
      if (!error.missing) problems.push(problemAt(document, `/clusters/${index}/kubeconfig/path`, error.message));
    }
  }
  return problems;
}
