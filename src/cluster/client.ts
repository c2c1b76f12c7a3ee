import type { KubeConfig } from '@kubernetes/client-node';
import type { KubeObject, ObjectRef } from '../kube/object.js';
import { Discovery, collectionPath, objectPath, type ApiResource } from './discovery.js';
import { isNotFound } from './errors.js';
import { Informer, type InformerOptions } from './informer.js';
import { KubeTransport } from './transport.js';

/** The one field manager every k8deployer apply uses, so ownership is stable across runs and machines. */
export const FIELD_MANAGER = 'k8deployer';

export interface ApplyOptions {
  dryRun?: boolean;
  /** Take ownership of fields another manager owns (the `force-conflicts` setting). */
  force?: boolean;
  signal?: AbortSignal;
}

export interface ApplyResult {
  object: KubeObject;
  /** The server answered 201: the object did not exist before. */
  created: boolean;
}

export type Propagation = 'Foreground' | 'Background' | 'Orphan';

export interface DeleteOptions {
  propagation?: Propagation;
  /** Only delete this exact incarnation (guards against deleting an object someone re-created). */
  uid?: string;
  resourceVersion?: string;
  signal?: AbortSignal;
}

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface LogTail {
  lines?: string[];
  /** Why no log could be read (e.g. no kubelet behind the node). */
  unavailable?: string;
}

/** What the engine needs from one cluster. Every method copies its arguments; results are fresh objects. */
export interface ClusterClient {
  readonly name: string;
  /** Mutating requests sent so far (dry runs excluded). */
  readonly writes: number;
  apply(object: KubeObject, options?: ApplyOptions): Promise<ApplyResult>;
  create(object: KubeObject): Promise<KubeObject>;
  /** PUT with the object's resourceVersion: optimistic concurrency for the lease and the ApplySet parent. */
  replace(object: KubeObject): Promise<KubeObject>;
  /**
   * JSON merge patch of an existing object; never creates one (a PUT does for kinds that allow create-on-update, such
   * as Lease). A `metadata.resourceVersion` in the patch makes it optimistic: 409 when the object changed.
   */
  mergePatch(ref: ObjectRef, patch: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<KubeObject>;
  get(ref: ObjectRef): Promise<KubeObject | undefined>;
  list(apiVersion: string, kind: string, options?: ListOptions): Promise<KubeObject[]>;
  /** False when the object was already gone. */
  delete(ref: ObjectRef, options?: DeleteOptions): Promise<boolean>;
  resource(apiVersion: string, kind: string): Promise<ApiResource>;
  /** For kinds known only as `Kind.group`: resolves the server's preferred version. */
  resourceForGroupKind(group: string, kind: string): Promise<ApiResource>;
  refreshDiscovery(apiVersion: string): void;
  /** Every resource the server serves, at each group's preferred version. */
  allResources(): Promise<ApiResource[]>;
  /** Resolves once discovery lists the kind (a just-established CRD's kind appears there a little later). */
  awaitResource(
    apiVersion: string,
    kind: string,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<ApiResource>;
  /** A started, shared informer; callers must not stop it (close() does). */
  informer(apiVersion: string, kind: string, options?: Omit<InformerOptions, ClientInformerOption>): Promise<Informer>;
  /** Recent events of one object, oldest first, as `Warning Reason: message` lines. */
  eventsFor(object: KubeObject, limit?: number): Promise<string[]>;
  logTail(
    namespace: string,
    pod: string,
    container: string,
    options?: { lines?: number; previous?: boolean },
  ): Promise<LogTail>;
  /** Raw Prometheus text of the API server's /metrics. */
  metrics(): Promise<string>;
  /**
   * Asks the server what the credentials may do (a SelfSubjectRulesReview or SelfSubjectAccessReview of
   * authorization.k8s.io/v1): a POST that stores nothing, so not counted as a write. Returns the review's status.
   */
  review(kind: AccessReviewKind, spec: Record<string, unknown>): Promise<Record<string, unknown>>;
  close(): void;
}

export type AccessReviewKind = 'SelfSubjectRulesReview' | 'SelfSubjectAccessReview';

/** Informer options the client sets for all its informers. */
type ClientInformerOption = 'failAfterMs' | 'watchTimeoutSeconds' | 'onRelist';

export interface ClusterClientOptions {
  /** How long watches may fail before waiters are told the cluster is gone. */
  watchFailAfterMs?: number;
  /** Server-side length of one watch request (default 240 s). */
  watchTimeoutSeconds?: number;
  /** Debug notes from the client (an informer relisted after 410 Gone or an outage). */
  log?: (message: string) => void;
}

export function connectCluster(
  name: string,
  kubeConfig: KubeConfig,
  options: ClusterClientOptions = {},
): ClusterClient {
  return new KubeClusterClient(name, kubeConfig, options);
}

class KubeClusterClient implements ClusterClient {
  private readonly transport: KubeTransport;
  private readonly discovery: Discovery;
  private readonly informers = new Map<string, Promise<Informer>>();

  constructor(
    readonly name: string,
    kubeConfig: KubeConfig,
    private readonly options: ClusterClientOptions,
  ) {
    this.transport = new KubeTransport(name, kubeConfig);
    this.discovery = new Discovery(this.transport);
  }

  get writes(): number {
    return this.transport.writes;
  }

  async apply(object: KubeObject, options: ApplyOptions = {}): Promise<ApplyResult> {
    const body = applyBody(object);
    const resource = await this.resource(body.apiVersion, body.kind);
    const { status, body: result } = await this.transport.json<KubeObject>({
      method: 'PATCH',
      path: objectPath(resource, body.metadata.name, body.metadata.namespace),
      query: {
        fieldManager: FIELD_MANAGER,
        force: options.force ? 'true' : undefined,
        dryRun: options.dryRun ? 'All' : undefined,
      },
      body,
      contentType: 'application/apply-patch+yaml',
      context: `${options.dryRun ? 'dry-run apply' : 'apply'} ${describe(body)}`,
      signal: options.signal,
    });
    return { object: withKind(result, body), created: status === 201 };
  }

  async create(object: KubeObject): Promise<KubeObject> {
    const body = structuredClone(object);
    const resource = await this.resource(body.apiVersion, body.kind);
    const { body: result } = await this.transport.json<KubeObject>({
      method: 'POST',
      path: collectionPath(resource, body.metadata.namespace),
      query: { fieldManager: FIELD_MANAGER },
      body,
      context: `create ${describe(body)}`,
    });
    return withKind(result, body);
  }

  async replace(object: KubeObject): Promise<KubeObject> {
    const body = structuredClone(object);
    const resource = await this.resource(body.apiVersion, body.kind);
    const { body: result } = await this.transport.json<KubeObject>({
      method: 'PUT',
      path: objectPath(resource, body.metadata.name, body.metadata.namespace),
      query: { fieldManager: FIELD_MANAGER },
      body,
      context: `update ${describe(body)}`,
    });
    return withKind(result, body);
  }

  async mergePatch(
    ref: ObjectRef,
    patch: Record<string, unknown>,
    options: { signal?: AbortSignal } = {},
  ): Promise<KubeObject> {
    const resource = await this.resource(ref.apiVersion, ref.kind);
    const { body } = await this.transport.json<KubeObject>({
      method: 'PATCH',
      path: objectPath(resource, ref.name, ref.namespace),
      query: { fieldManager: FIELD_MANAGER },
      body: patch,
      contentType: 'application/merge-patch+json',
      context: `patch ${describe(ref)}`,
      signal: options.signal,
    });
    return withKind(body, ref);
  }

  async get(ref: ObjectRef): Promise<KubeObject | undefined> {
    const resource = await this.resource(ref.apiVersion, ref.kind);
    try {
      const { body } = await this.transport.json<KubeObject>({
        method: 'GET',
        path: objectPath(resource, ref.name, ref.namespace),
        context: `get ${describe(ref)}`,
      });
      return withKind(body, ref);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(apiVersion: string, kind: string, options: ListOptions = {}): Promise<KubeObject[]> {
    const resource = await this.resource(apiVersion, kind);
    const { body } = await this.transport.json<{ items?: KubeObject[] }>({
      method: 'GET',
      path: collectionPath(resource, options.namespace),
      query: { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector },
      context: `list ${kind}${options.namespace ? ` in ${options.namespace}` : ''}`,
    });
    return (body.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
  }

  async delete(ref: ObjectRef, options: DeleteOptions = {}): Promise<boolean> {
    const resource = await this.resource(ref.apiVersion, ref.kind);
    const preconditions =
      options.uid || options.resourceVersion
        ? { uid: options.uid, resourceVersion: options.resourceVersion }
        : undefined;
    try {
      await this.transport.request({
        method: 'DELETE',
        path: objectPath(resource, ref.name, ref.namespace),
        body: {
          apiVersion: 'v1',
          kind: 'DeleteOptions',
          propagationPolicy: options.propagation ?? 'Background',
          preconditions,
        },
        context: `delete ${describe(ref)}`,
        signal: options.signal,
      });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  resource(apiVersion: string, kind: string): Promise<ApiResource> {
    return this.discovery.resourceFor(apiVersion, kind);
  }

  resourceForGroupKind(group: string, kind: string): Promise<ApiResource> {
    return this.discovery.resourceForGroupKind(group, kind);
  }

  refreshDiscovery(apiVersion: string): void {
    this.discovery.invalidate(apiVersion);
  }

  allResources(): Promise<ApiResource[]> {
    return this.discovery.allResources();
  }

  awaitResource(
    apiVersion: string,
    kind: string,
    options: { timeoutMs: number; signal?: AbortSignal },
  ): Promise<ApiResource> {
    return this.discovery.awaitResource(apiVersion, kind, options);
  }

  informer(
    apiVersion: string,
    kind: string,
    options: Omit<InformerOptions, ClientInformerOption> = {},
  ): Promise<Informer> {
    const key = JSON.stringify([apiVersion, kind, options.namespace, options.labelSelector, options.fieldSelector]);
    let entry = this.informers.get(key);
    if (!entry) {
      entry = (async () => {
        const resource = await this.resource(apiVersion, kind);
        const informer = new Informer(this.transport, resource, {
          ...options,
          failAfterMs: this.options.watchFailAfterMs,
          ...(this.options.watchTimeoutSeconds ? { watchTimeoutSeconds: this.options.watchTimeoutSeconds } : {}),
          ...(this.options.log ? { onRelist: this.options.log } : {}),
        });
        await informer.start();
        return informer;
      })();
      this.informers.set(key, entry);
      entry.catch(() => this.informers.delete(key));
    }
    return entry;
  }

  async eventsFor(object: KubeObject, limit = 8): Promise<string[]> {
    const uid = object.metadata['uid'];
    if (typeof uid !== 'string') return [];
    const { body } = await this.transport.json<{ items?: KubeEvent[] }>({
      method: 'GET',
      path: object.metadata.namespace ? `/api/v1/namespaces/${object.metadata.namespace}/events` : '/api/v1/events',
      query: { fieldSelector: `involvedObject.uid=${uid}` },
      context: `events of ${describe(object.metadata.namespace ? { ...object.metadata, kind: object.kind } : { kind: object.kind, name: object.metadata.name })}`,
    });
    const sorted = (body.items ?? []).sort((a, b) => eventTime(a) - eventTime(b));
    const warnings = sorted.filter((event) => event.type === 'Warning');
    // Warnings explain failures; routine events (scaling, scheduling) only when there is nothing else.
    return (warnings.length > 0 ? warnings : sorted)
      .slice(-limit)
      .map((event) => `${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`.trim());
  }

  async logTail(
    namespace: string,
    pod: string,
    container: string,
    options: { lines?: number; previous?: boolean } = {},
  ): Promise<LogTail> {
    try {
      const response = await this.transport.request({
        method: 'GET',
        path: `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`,
        query: { container, tailLines: options.lines ?? 20, previous: options.previous ? 'true' : undefined },
        context: `log of pod ${namespace}/${pod}`,
        timeoutMs: 5000,
      });
      return { lines: response.text.split('\n').filter((line) => line.length > 0) };
    } catch (error) {
      // Logs come from the kubelet; simulated nodes (kwok) and stopped nodes have none. Never fail a deploy on it.
      return { unavailable: error instanceof Error ? error.message : String(error) };
    }
  }

  async metrics(): Promise<string> {
    return (await this.transport.request({ method: 'GET', path: '/metrics', context: 'read /metrics' })).text;
  }

  async review(kind: AccessReviewKind, spec: Record<string, unknown>): Promise<Record<string, unknown>> {
    const apiVersion = 'authorization.k8s.io/v1';
    const resource = await this.resource(apiVersion, kind);
    const { body } = await this.transport.json<{ status?: Record<string, unknown> }>({
      method: 'POST',
      path: collectionPath(resource),
      body: { apiVersion, kind, spec },
      context: `review permissions (${kind})`,
      readOnly: true,
    });
    return body.status ?? {};
  }

  close(): void {
    for (const entry of this.informers.values()) {
      entry.then((informer) => informer.stop()).catch(() => undefined);
    }
    this.informers.clear();
    this.transport.close();
  }
}

interface KubeEvent {
  type?: string;
  reason?: string;
  message?: string;
  lastTimestamp?: string;
  eventTime?: string;
  metadata?: { creationTimestamp?: string };
}

function eventTime(event: KubeEvent): number {
  return Date.parse(event.lastTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp ?? '') || 0;
}

/** A copy fit for server-side apply: server-owned metadata removed (a stale resourceVersion would conflict). */
function applyBody(object: KubeObject): KubeObject {
  const body = structuredClone(object);
  for (const field of ['resourceVersion', 'uid', 'creationTimestamp', 'managedFields', 'generation', 'selfLink']) {
    delete body.metadata[field];
  }
  delete body['status'];
  return body;
}

function withKind(result: KubeObject, like: { apiVersion: string; kind: string }): KubeObject {
  return { ...result, apiVersion: result.apiVersion || like.apiVersion, kind: result.kind || like.kind };
}

function describe(ref: {
  kind: string;
  name?: string;
  namespace?: string;
  metadata?: { name: string; namespace?: string };
}): string {
  const name = ref.metadata?.name ?? ref.name ?? '';
  const namespace = ref.metadata?.namespace ?? ref.namespace;
  return namespace ? `${ref.kind} ${namespace}/${name}` : `${ref.kind} ${name}`;
}
