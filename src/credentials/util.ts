import { KubeConfig } from '@kubernetes/client-node';
import type { Cluster, User } from '@kubernetes/client-node';
import { CredentialsError } from '../errors.js';
import { IdTokenUnavailableError } from './github-oidc.js';
import type { ClusterCredentials, ResolveContext } from './types.js';

export const AUTH_PROVIDER_NAME = 'k8deployer';

/** client-node does not export its Authenticator interface from the package root. */
export type Authenticator = Parameters<KubeConfig['addAuthenticator']>[0];

export function nowOf(ctx: ResolveContext): Date {
  return ctx.now ? ctx.now() : new Date();
}

export function fetchOf(ctx: ResolveContext): typeof fetch {
  return ctx.fetch ?? globalThis.fetch;
}

export function sleepOf(ctx: ResolveContext): (ms: number) => Promise<void> {
  return ctx.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
}

/** Masks as soon as a secret exists and remembers it for ClusterCredentials.secrets. */
export class SecretSink {
  readonly secrets: string[] = [];
  constructor(private readonly ctx: ResolveContext) {}

  add<T extends string | undefined>(secret: T): T {
    if (secret && !this.secrets.includes(secret)) {
      this.ctx.mask(secret);
      this.secrets.push(secret);
      // Log masking works line by line, so a multi-line secret (a PEM key) is also masked one line at a time.
      if (secret.includes('\n')) {
        for (const line of secret.split(/\r?\n/)) {
          const l = line.trim();
          if (l.length >= 8 && !l.startsWith('-----') && !this.secrets.includes(l)) {
            this.ctx.mask(l);
            this.secrets.push(l);
          }
        }
      }
    }
    return secret;
  }
}

/** Reads a secret from the env var the spec names; the error names the variable, never a value. */
export function requireEnv(ctx: ResolveContext, provider: string, step: string, name: string, what: string): string {
  const value = ctx.env[name];
  if (value === undefined || value.trim() === '') {
    throw new CredentialsError(provider, step, `environment variable ${name} (${what}) is not set or empty`);
  }
  return value.trim();
}

/** A GitHub OIDC token; turns the usual failure (missing id-token permission) into an actionable message. */
export async function requestIdToken(
  ctx: ResolveContext,
  provider: string,
  audience: string,
  secrets: SecretSink,
): Promise<string> {
  let token: string;
  try {
    token = await ctx.getIdToken(audience);
  } catch (error) {
    const message = messageOf(error);
    const hint = needsPermissionHint(ctx, error)
      ? ' (ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job needs `permissions: id-token: write`)'
      : '';
    throw new CredentialsError(
      provider,
      'GitHub OIDC token',
      `could not get an ID token for audience ${audience}${hint}: ${message}`,
      {
        cause: error,
        retryable: error instanceof CredentialsError && error.retryable,
      },
    );
  }
  return secrets.add(token);
}

/**
 * Whether to add the id-token permission hint: only when the runner gave no request URL and the error does not
 * already say so. Our getter says so by its type; the text match is the fallback for other getters (a test's, or
 * @actions/core's getIDToken, whose errors are plain `Error`s).
 */
function needsPermissionHint(ctx: ResolveContext, error: unknown): boolean {
  if (ctx.env['ACTIONS_ID_TOKEN_REQUEST_URL']) return false;
  if (error instanceof IdTokenUnavailableError) return false;
  return !/id-token: write/.test(messageOf(error));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface HttpProblem {
  status: number;
  body: string;
  /** A message the provider's error body carries, if any. */
  detail: string;
}

/** JSON over fetch; network errors and 429/5xx are retryable CredentialsErrors, other statuses go through `onError`. */
export async function fetchJson<T>(
  ctx: ResolveContext,
  provider: string,
  step: string,
  url: string,
  init: RequestInit,
  onError: (problem: HttpProblem) => string,
): Promise<T> {
  let response: Response;
  try {
    response = await fetchOf(ctx)(url, init);
  } catch (error) {
    throw new CredentialsError(provider, step, `request to ${redactUrl(url)} failed: ${messageOf(error)}`, {
      cause: error,
      retryable: true,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    const problem: HttpProblem = { status: response.status, body: text, detail: errorDetail(text) };
    const retryable = response.status === 429 || response.status >= 500;
    throw new HttpStatusError(
      provider,
      step,
      `HTTP ${response.status}: ${onError(problem)}`,
      response.status,
      retryable,
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CredentialsError(provider, step, `${redactUrl(url)} answered with something that is not JSON`, {
      cause: error,
    });
  }
}

export class HttpStatusError extends CredentialsError {
  constructor(
    provider: string,
    step: string,
    message: string,
    readonly status: number,
    retryable: boolean,
  ) {
    super(provider, step, message, { retryable });
  }
}

/** Pulls the human message out of the usual error shapes (DO, Linode, Azure ARM, Google, OAuth). */
export function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const error = body['error'];
    if (error && typeof error === 'object') {
      const e = error as Record<string, unknown>;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a provider's error body, quoted as it came
      return [e['code'], e['message']].filter((part) => part !== undefined).join(': ');
    }
    if (typeof error === 'string') return [error, body['error_description']].filter(Boolean).join(': ');
    const errors = body['errors'];
    if (Array.isArray(errors)) {
      return errors
        .map((e: { reason?: string; field?: string }) => (e.field ? `${e.field}: ${e.reason}` : e.reason))
        .join('; ');
    }
    if (typeof body['message'] === 'string') return [body['id'], body['message']].filter(Boolean).join(': ');
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 300);
}

function redactUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Caches a bearer token and fetches a new one once `refreshBeforeMs` of its life remains. Concurrent callers share
 * one refresh. Runs inside the Authenticator, i.e. before every request the client makes.
 */
export class RefreshingToken {
  private current?: { token: string; expiresAt?: Date } | undefined;
  private pending?: Promise<string> | undefined;
  private disposed = false;
  refreshCount = 0;

  constructor(
    private readonly fetchToken: () => Promise<{ token: string; expiresAt?: Date }>,
    private readonly options: {
      refreshBeforeMs: number;
      now: () => Date;
      secrets: SecretSink;
      onRefresh?: (expiresAt?: Date) => void;
    },
  ) {}

  get expiresAt(): Date | undefined {
    return this.current?.expiresAt;
  }

  seed(token: string, expiresAt?: Date): void {
    this.options.secrets.add(token);
    this.current = expiresAt ? { token, expiresAt } : { token };
  }

  /** After dispose the token is forgotten and requests fail instead of quietly fetching new credentials. */
  dispose(): void {
    this.disposed = true;
    this.current = undefined;
  }

  async get(): Promise<string> {
    if (this.disposed) throw new Error('credentials were disposed');
    const current = this.current;
    if (current && !this.stale(current.expiresAt)) return current.token;
    this.pending ??= this.refresh().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private stale(expiresAt: Date | undefined): boolean {
    if (!expiresAt) return false;
    return this.options.now().getTime() >= expiresAt.getTime() - this.options.refreshBeforeMs;
  }

  private async refresh(): Promise<string> {
    const next = await this.fetchToken();
    this.refreshCount++;
    this.seed(next.token, next.expiresAt);
    this.options.onRefresh?.(next.expiresAt);
    return next.token;
  }
}

/** Puts a fresh bearer token on every request client-node makes (HTTP and WebSocket). */
export function bearerAuthenticator(source: { get(): Promise<string> }): Authenticator {
  return {
    isAuthProvider: (user: User) => (user.authProvider as { name?: string } | undefined)?.name === AUTH_PROVIDER_NAME,
    // The options are https.RequestOptions or ws ClientOptions; both carry the same optional headers map.
    applyAuthentication: async (_user, opts: { headers?: Record<string, string | string[] | number | undefined> }) => {
      const token = await source.get();
      const headers = (opts.headers ??= {});
      headers['Authorization'] = `Bearer ${token}`;
    },
  };
}

export interface KubeConfigParts {
  name: string;
  server: string;
  /** base64 of the PEM CA bundle. */
  caData?: string;
  tlsServerName?: string;
  skipTLSVerify?: boolean;
  user: { token?: string; certData?: string; keyData?: string; source?: { get(): Promise<string> } };
}

/** One cluster, one user, one context. A `source` means: no static token, a refreshing Authenticator instead. */
export function buildKubeConfig(parts: KubeConfigParts): KubeConfig {
  const kc = new KubeConfig();
  const cluster: Cluster = {
    name: parts.name,
    server: parts.server,
    skipTLSVerify: parts.skipTLSVerify ?? false,
    ...(parts.caData ? { caData: parts.caData } : {}),
    ...(parts.tlsServerName ? { tlsServerName: parts.tlsServerName } : {}),
  };
  const { source, ...staticUser } = parts.user;
  const user: User = {
    name: parts.name,
    ...Object.fromEntries(Object.entries(staticUser).filter(([, v]) => v !== undefined)),
    ...(source ? { authProvider: { name: AUTH_PROVIDER_NAME, config: {} } } : {}),
  };
  if (source) kc.addAuthenticator(bearerAuthenticator(source));
  kc.loadFromOptions({
    clusters: [cluster],
    users: [user],
    contexts: [{ name: parts.name, cluster: parts.name, user: parts.name }],
    currentContext: parts.name,
  });
  return kc;
}

export function credentialsOf(
  kubeConfig: KubeConfig,
  server: string,
  secrets: SecretSink,
  extra: { expiresAt?: () => Date | undefined; dispose?: () => Promise<void> | void; tokens?: RefreshingToken } = {},
): ClusterCredentials {
  let disposed = false;
  const creds: ClusterCredentials = {
    kubeConfig,
    server,
    secrets: secrets.secrets,
    async dispose() {
      if (disposed) return;
      disposed = true;
      extra.tokens?.dispose();
      await extra.dispose?.();
    },
  };
  const read = extra.expiresAt ?? (extra.tokens ? () => extra.tokens?.expiresAt : undefined);
  if (read) {
    Object.defineProperty(creds, 'expiresAt', { get: read, enumerable: true });
  }
  return creds;
}

/** PEM text, or base64 of it → base64 of the PEM (client-node's *Data format). Returns undefined if neither. */
export function pemToData(value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.startsWith('-----BEGIN')) return Buffer.from(trimmed + '\n').toString('base64');
  if (/^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
    if (decoded.trim().startsWith('-----BEGIN')) return Buffer.from(decoded).toString('base64');
  }
  return undefined;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
