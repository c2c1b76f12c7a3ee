import { ClusterError } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import { collectionPath, type ApiResource } from './discovery.js';
import { isGone } from './errors.js';
import { sleep, type KubeTransport } from './transport.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export type InformerListener = (type: WatchEventType, object: KubeObject) => void;

export interface InformerOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  /** Give up (and tell listeners) after the server was unreachable this long. */
  failAfterMs?: number;
  /** How long one watch request lasts before the server ends it and we resume (default 240 s, as client-go's range). */
  watchTimeoutSeconds?: number;
  /** Told when the cache had to be rebuilt by a fresh list (410 Gone, or resuming after an outage): for debug logs. */
  onRelist?: (message: string) => void;
}

interface WatchLine {
  type: WatchEventType | 'BOOKMARK' | 'ERROR';
  object: KubeObject & { code?: number; message?: string };
}

/**
 * A list-then-watch cache of one kind in one namespace, like client-go's reflector: relists on 410 Gone, resumes
 * from the last resourceVersion when the stream ends, and reports a lasting connection loss instead of hanging.
 */
export class Informer {
  private readonly store = new Map<string, KubeObject>();
  private readonly listeners = new Set<InformerListener>();
  private readonly errorListeners = new Set<(error: ClusterError) => void>();
  private readonly abort = new AbortController();
  private resourceVersion = '';
  private synced: Promise<void> | undefined;
  private failure: ClusterError | undefined;

  constructor(
    private readonly transport: KubeTransport,
    private readonly resource: ApiResource,
    private readonly options: InformerOptions = {},
  ) {}

  /** Resolves once the first list is in the cache. */
  start(): Promise<void> {
    this.synced ??= new Promise<void>((resolve, reject) => {
      void this.run(resolve, reject);
    });
    return this.synced;
  }

  stop(): void {
    this.abort.abort();
  }

  get failed(): ClusterError | undefined {
    return this.failure;
  }

  list(): KubeObject[] {
    return [...this.store.values()];
  }

  get(name: string, namespace?: string): KubeObject | undefined {
    return this.store.get(storeKey(name, namespace));
  }

  subscribe(listener: InformerListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onError(listener: (error: ClusterError) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  private async run(resolve: () => void, reject: (error: unknown) => void): Promise<void> {
    let needList = true;
    let relistReason: string | undefined;
    let failingSince: number | undefined;
    let backoffMs = 200;
    while (!this.abort.signal.aborted) {
      try {
        if (needList) {
          await this.relist();
          needList = false;
          resolve();
          if (relistReason) {
            this.options.onRelist?.(
              `${this.describe()}: ${relistReason}; relisted at resourceVersion ${this.resourceVersion}`,
            );
            relistReason = undefined;
          }
        }
        await this.watch();
        failingSince = undefined;
        backoffMs = 200;
      } catch (error) {
        if (this.abort.signal.aborted) break;
        if (isGone(error) || error instanceof GoneSignal) {
          // The server no longer has history from our resourceVersion (etcd compacted it): only a list catches up.
          relistReason = `watch from resourceVersion ${this.resourceVersion} expired (410 Gone)`;
          needList = true;
          continue;
        }
        const retryable = !(error instanceof ClusterError) || error.retryable;
        const now = Date.now();
        failingSince ??= now;
        if (!retryable || now - failingSince >= (this.options.failAfterMs ?? 15_000)) {
          this.fail(asClusterError(this.transport.cluster, error, this.resource.kind));
          reject(this.failure);
          return;
        }
        await sleep(backoffMs, this.abort.signal);
        backoffMs = Math.min(backoffMs * 2, 2000);
        // After an outage our resourceVersion may have been compacted away; a fresh list is the safe resume point.
        // Measured now, as the next attempt starts: measured before the pause, an outage of up to 2 s more than the
        // limit (the last backoff) resumed the old watch without the list.
        if (Date.now() - failingSince > 2000 && !needList) {
          needList = true;
          relistReason = 'the API server was unreachable for more than 2 s';
        }
      }
    }
  }

  private async relist(): Promise<void> {
    const { body } = await this.transport.json<{ metadata?: { resourceVersion?: string }; items?: KubeObject[] }>({
      method: 'GET',
      path: collectionPath(this.resource, this.options.namespace),
      query: { labelSelector: this.options.labelSelector, fieldSelector: this.options.fieldSelector },
      context: `list ${this.resource.kind}`,
      signal: this.abort.signal,
      // run() backs off and retries, and judges failAfterMs; the transport's retries on top would only add 2.5 s
      // to each failed list of an outage (and to the verdict that the cluster is gone).
      retries: 0,
    });
    this.resourceVersion = body.metadata?.resourceVersion ?? '';
    const seen = new Set<string>();
    for (const item of body.items ?? []) {
      // List items carry no apiVersion/kind; listeners expect whole objects.
      const object = { ...item, apiVersion: this.resource.apiVersion, kind: this.resource.kind };
      const key = storeKey(object.metadata.name, object.metadata.namespace);
      seen.add(key);
      const previous = this.store.get(key);
      this.store.set(key, object);
      if (previous?.metadata['resourceVersion'] !== object.metadata['resourceVersion']) {
        this.notify(previous ? 'MODIFIED' : 'ADDED', object);
      }
    }
    for (const [key, object] of this.store) {
      if (!seen.has(key)) {
        this.store.delete(key);
        this.notify('DELETED', object);
      }
    }
  }

  private async watch(): Promise<void> {
    const stream = await this.transport.stream({
      method: 'GET',
      path: collectionPath(this.resource, this.options.namespace),
      query: {
        watch: 'true',
        resourceVersion: this.resourceVersion,
        allowWatchBookmarks: 'true',
        timeoutSeconds: this.options.watchTimeoutSeconds ?? 240,
        labelSelector: this.options.labelSelector,
        fieldSelector: this.options.fieldSelector,
      },
      context: `watch ${this.resource.kind}`,
      signal: this.abort.signal,
      timeoutMs: 0,
    });
    const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          const line = buffer.slice(0, newline).trim();
          buffer = buffer.slice(newline + 1);
          if (line) this.handle(JSON.parse(line) as WatchLine);
          newline = buffer.indexOf('\n');
        }
      }
    } catch (error) {
      if (error instanceof ClusterError) throw error;
      if (this.abort.signal.aborted) return;
      throw new ClusterError(this.transport.cluster, `watch ${this.resource.kind} broke: ${String(error)}`, {
        cause: error,
        retryable: true,
      });
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }

  private handle(line: WatchLine): void {
    if (line.type === 'ERROR') {
      if (line.object.code === 410) {
        throw new GoneSignal(this.transport.cluster);
      }
      throw new ClusterError(this.transport.cluster, `watch ${this.resource.kind}: ${line.object.message ?? 'error'}`, {
        retryable: true,
      });
    }
    const rv = line.object.metadata['resourceVersion'];
    if (typeof rv === 'string') this.resourceVersion = rv;
    if (line.type === 'BOOKMARK') return;
    const object = { ...line.object, apiVersion: this.resource.apiVersion, kind: this.resource.kind } as KubeObject;
    const key = storeKey(object.metadata.name, object.metadata.namespace);
    if (line.type === 'DELETED') this.store.delete(key);
    else this.store.set(key, object);
    this.notify(line.type, object);
  }

  private notify(type: WatchEventType, object: KubeObject): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(type, object);
      } catch {
        // A listener bug must not kill the watch loop.
      }
    }
  }

  private describe(): string {
    return `watch of ${this.resource.kind}${this.options.namespace ? ` in ${this.options.namespace}` : ''}`;
  }

  private fail(error: ClusterError): void {
    this.failure = error;
    for (const listener of [...this.errorListeners]) listener(error);
  }
}

/** A 410 inside the stream: resourceVersion too old, so relist. Shaped like ApiStatusError for isGone(). */
class GoneSignal extends ClusterError {
  readonly httpStatus = 410;
  constructor(cluster: string) {
    super(cluster, 'watch expired (410 Gone)', { retryable: true });
  }
}

function storeKey(name: string, namespace?: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

function asClusterError(cluster: string, error: unknown, kind: string): ClusterError {
  if (error instanceof ClusterError) return error;
  return new ClusterError(cluster, `watching ${kind} failed: ${String(error)}`, { cause: error, retryable: true });
}
