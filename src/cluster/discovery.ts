import { ClusterError } from '../errors.js';
import { isNotFound } from './errors.js';
import { sleep, type KubeTransport } from './transport.js';

export interface ApiResource {
  apiVersion: string;
  kind: string;
  /** Plural resource name used in URLs, e.g. `deployments`. */
  plural: string;
  namespaced: boolean;
  /** What the server allows on it (`list`, `delete`, ...); absent when discovery did not say. */
  verbs?: string[];
}

/** Discovery does not know the kind (yet: a CRD in the same set may add it). */
export class UnknownKindError extends ClusterError {
  constructor(
    cluster: string,
    readonly apiVersion: string,
    readonly kind: string,
  ) {
    super(cluster, `the server has no resource of kind ${kind} in ${apiVersion}${operatorHint(apiVersion)}`);
  }
}

/** API groups the spec renders into that come with an operator or CRD set the cluster must have. */
const OPERATOR_HINTS: Record<string, string> = {
  'external-secrets.io':
    'install External Secrets Operator (external-secrets.io) and its store, or give the values with fromEnv/fromFile',
  'gateway.networking.k8s.io': 'install the Gateway API CRDs and a Gateway controller, or use ingress without gateway',
};

function operatorHint(apiVersion: string): string {
  const hint = OPERATOR_HINTS[apiVersion.split('/')[0] ?? ''];
  return apiVersion.includes('/') && hint ? `: ${hint}` : '';
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean; verbs?: string[] }[];
}

/** Maps apiVersion + kind to URL paths. Caches per group/version; a miss refetches once (new CRDs appear late). */
export class Discovery {
  private readonly cache = new Map<string, Promise<ApiResource[]>>();

  constructor(private readonly transport: KubeTransport) {}

  async resourceFor(apiVersion: string, kind: string): Promise<ApiResource> {
    const found = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
    if (found) return found;
    this.invalidate(apiVersion);
    const refreshed = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
    if (refreshed) return refreshed;
    throw new UnknownKindError(this.transport.cluster, apiVersion, kind);
  }

  /** The server's preferred version of a group, for kinds known only as `Kind.group` (ApplySet annotations). */
  async resourceForGroupKind(group: string, kind: string): Promise<ApiResource> {
    if (!group) return this.resourceFor('v1', kind);
    const { body } = await this.transport.json<{ preferredVersion?: { groupVersion?: string } }>({
      method: 'GET',
      path: `/apis/${group}`,
      context: `discover group ${group}`,
    });
    const apiVersion = body.preferredVersion?.groupVersion;
    if (!apiVersion) throw new ClusterError(this.transport.cluster, `the server has no API group ${group}`);
    return this.resourceFor(apiVersion, kind);
  }

  /** Every resource of every group's preferred version (for "what else lives in this namespace?"). */
  async allResources(): Promise<ApiResource[]> {
    const { body } = await this.transport.json<{ groups?: { preferredVersion?: { groupVersion?: string } }[] }>({
      method: 'GET',
      path: '/apis',
      context: 'discover API groups',
    });
    const versions = [
      'v1',
      ...(body.groups ?? []).map((group) => group.preferredVersion?.groupVersion ?? '').filter(Boolean),
    ];
    return (await Promise.all(versions.map((apiVersion) => this.load(apiVersion)))).flat();
  }

  /** Forget a group/version, e.g. after its CRD became Established. */
  invalidate(apiVersion: string): void {
    this.cache.delete(apiVersion);
  }

  /**
   * Resolves once the server's discovery lists the kind, refetching with backoff. Needed after a CRD turns
   * Established: the apiextensions server publishes the new group/version in discovery from a separate controller
   * queue, so for a short while after Established (longer on a loaded server) `/apis/<group>/<version>` still
   * answers 404. A single refetch, which is all `resourceFor` does, loses that race and fails the custom resource's
   * apply with "no resource of kind"; waiting here, before the CRD counts as ready, closes it.
   */
  async awaitResource(
    apiVersion: string,
    kind: string,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<ApiResource> {
    const deadline = Date.now() + options.timeoutMs;
    for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
      this.invalidate(apiVersion);
      const found = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
      if (found) return found;
      if (Date.now() + delay > deadline || options.signal?.aborted) {
        throw new ClusterError(
          this.transport.cluster,
          `kind ${kind} of ${apiVersion} did not appear in the server's discovery in time`,
        );
      }
      await sleep(delay, options.signal);
    }
  }

  private load(apiVersion: string): Promise<ApiResource[]> {
    let entry = this.cache.get(apiVersion);
    if (!entry) {
      entry = this.fetch(apiVersion);
      this.cache.set(apiVersion, entry);
      // A failed lookup must not poison the cache (nor evict a newer lookup that replaced it meanwhile).
      const pending = entry;
      pending.catch(() => {
        if (this.cache.get(apiVersion) === pending) this.cache.delete(apiVersion);
      });
    }
    return entry;
  }

  private async fetch(apiVersion: string): Promise<ApiResource[]> {
    try {
      const { body } = await this.transport.json<ApiResourceList>({
        method: 'GET',
        path: apiBasePath(apiVersion),
        context: `discover ${apiVersion}`,
      });
      return (body.resources ?? [])
        .filter((resource) => !resource.name.includes('/'))
        .map((resource) => ({
          apiVersion,
          kind: resource.kind,
          plural: resource.name,
          namespaced: resource.namespaced,
          verbs: resource.verbs ?? [],
        }));
    } catch (error) {
      // An unknown group/version (CRD not installed yet) is an empty list, not an error.
      if (isNotFound(error)) return [];
      throw error;
    }
  }
}

export function apiBasePath(apiVersion: string): string {
  return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}

export function collectionPath(resource: ApiResource, namespace?: string): string {
  const scope = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${apiBasePath(resource.apiVersion)}${scope}/${resource.plural}`;
}

export function objectPath(resource: ApiResource, name: string, namespace?: string): string {
  return `${collectionPath(resource, namespace)}/${encodeURIComponent(name)}`;
}
