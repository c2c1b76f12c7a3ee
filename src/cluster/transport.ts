import { IsomorphicFetchHttpLibrary, RequestContext, type KubeConfig } from '@kubernetes/client-node';
import { ClusterError } from '../errors.js';
import { ApiStatusError, ClusterUnreachableError, FieldConflictError, authOf, type KubeStatus } from './errors.js';
import { bodyLine } from '../kube/status-text.js';

export type HttpVerb = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method: HttpVerb;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  contentType?: string;
  /** Names the operation in error messages, e.g. `apply Deployment/web/api`. */
  context: string;
  signal?: AbortSignal;
  /** Per-request deadline; watches pass 0 (no deadline, they end on their own timeoutSeconds). */
  timeoutMs?: number;
  /** Retries on a retryable failure (default 3, POST never); 0 for callers that back off and retry themselves. */
  retries?: number;
  /** The request changes nothing on the server although it is not a GET (an access review): not counted as a write. */
  readOnly?: boolean;
}

export interface HttpResponse {
  status: number;
  text: string;
}

type Dispatcher = ReturnType<RequestContext['getDispatcher']>;

const RETRY_DELAYS_MS = [250, 750, 1500];
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Raw HTTP to one API server, authenticated by the KubeConfig (exec plugins, tokens, client certs all handled by
 * client-node). We talk REST directly instead of through the generated clients: server-side apply, dry runs, watch
 * streams, logs and /metrics all need the raw request, and the generated models drop fields of unknown kinds.
 */
export class KubeTransport {
  private readonly http = new IsomorphicFetchHttpLibrary();
  private dispatcher: Dispatcher;
  private closed = false;
  /** Mutating requests sent (dry runs excluded): the benchmark's "writes per object" on the client side. */
  writes = 0;

  constructor(
    readonly cluster: string,
    private readonly kubeConfig: KubeConfig,
  ) {}

  get server(): string {
    return this.kubeConfig.getCurrentCluster()?.server ?? '(no server in kubeconfig)';
  }

  async request(request: HttpRequest): Promise<HttpResponse> {
    // Retrying is safe for everything but POST: apply/put/delete/get converge to the same state when repeated.
    const retries =
      request.method === 'POST' ? 0 : Math.min(request.retries ?? RETRY_DELAYS_MS.length, RETRY_DELAYS_MS.length);
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await this.send(request);
        if (response.status >= 400) throw this.statusError(request, response);
        return response;
      } catch (error) {
        const retryable = error instanceof ClusterError && error.retryable;
        const aborted = request.signal?.aborted ?? false;
        if (!retryable || aborted || attempt >= retries) throw error;
        // An abort during the pause ends it, and nothing more is sent.
        await sleep(RETRY_DELAYS_MS[attempt] ?? 1000, request.signal);
        if (request.signal?.aborted) throw this.networkError(request, request.signal.reason);
      }
    }
  }

  async json<T>(request: HttpRequest): Promise<{ status: number; body: T }> {
    const response = await this.request(request);
    return { status: response.status, body: (response.text ? JSON.parse(response.text) : {}) as T };
  }

  /** Opens a streaming GET (watch, log follow). The caller reads and cancels the stream. */
  async stream(request: HttpRequest): Promise<ReadableStream<Uint8Array>> {
    const ctx = await this.context(request);
    let response;
    try {
      response = await this.http.send(ctx).toPromise();
    } catch (error) {
      throw this.networkError(request, error);
    }
    if (response.httpStatusCode >= 400) {
      const text = await response.body.text();
      throw this.statusError(request, { status: response.httpStatusCode, text });
    }
    const body = response.body.stream();
    if (!body) throw new ClusterError(this.cluster, `${request.context}: empty response stream`, { retryable: true });
    return body;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    const closable = this.dispatcher as { close?: () => Promise<void> } | undefined;
    void closable?.close?.().catch(() => undefined);
  }

  private async send(request: HttpRequest): Promise<HttpResponse> {
    const isDryRun = request.query?.['dryRun'] !== undefined;
    if (request.method !== 'GET' && !isDryRun && !request.readOnly) this.writes += 1;
    const ctx = await this.context(request);
    try {
      const response = await this.http.send(ctx).toPromise();
      return { status: response.httpStatusCode, text: await response.body.text() };
    } catch (error) {
      throw this.networkError(request, error);
    }
  }

  private async context(request: HttpRequest): Promise<RequestContext> {
    if (this.closed) throw new ClusterError(this.cluster, `${request.context}: client already closed`);
    const url = new URL(this.server.replace(/\/+$/, '') + request.path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    const ctx = new RequestContext(url.toString(), request.method);
    await this.kubeConfig.applySecurityAuthentication(ctx);
    // client-node builds a fresh undici Agent per request (a new TLS handshake each time); one per cluster keeps
    // connections alive across the hundreds of calls a deploy makes. Credentials are still re-applied per request.
    this.dispatcher ??= ctx.getDispatcher();
    if (this.dispatcher) ctx.setDispatcher(this.dispatcher);
    ctx.setHeaderParam('Accept', 'application/json');
    if (request.body !== undefined) {
      ctx.setHeaderParam('Content-Type', request.contentType ?? 'application/json');
      ctx.setBody(JSON.stringify(request.body));
    }
    const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signals = [request.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter(
      (signal): signal is AbortSignal => signal !== undefined,
    );
    if (signals.length > 0) ctx.setSignal(AbortSignal.any(signals));
    return ctx;
  }

  private statusError(request: HttpRequest, response: HttpResponse): ApiStatusError {
    let status: KubeStatus;
    try {
      status = JSON.parse(response.text) as KubeStatus;
    } catch {
      status = { message: bodyLine(response.text, `HTTP ${response.status}`) };
    }
    const isApply = request.contentType?.startsWith('application/apply-patch') ?? false;
    if (response.status === 409 && isApply && status.reason === 'Conflict') {
      return new FieldConflictError(this.cluster, response.status, status, request.context);
    }
    // 401: say which credentials were rejected (method and source, never the value).
    return new ApiStatusError(
      this.cluster,
      response.status,
      status,
      request.context,
      response.status === 401 ? authOf(this.kubeConfig) : undefined,
    );
  }

  private networkError(request: HttpRequest, error: unknown): ClusterError {
    if (error instanceof ClusterError) return error;
    if (request.signal?.aborted) {
      return new ClusterError(this.cluster, `${request.context}: cancelled`, { cause: error });
    }
    return new ClusterUnreachableError(this.cluster, this.server, error);
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
