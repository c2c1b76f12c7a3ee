import type { KubeConfig } from '@kubernetes/client-node';
import { ClusterError } from '../errors.js';
import { statusLine, type KubeStatus } from '../kube/status-text.js';

export type { KubeStatus } from '../kube/status-text.js';

/** How a cluster's client authenticates, for messages: never a credential's value. */
export interface AuthDescription {
  /** `bearer token`, `client certificate`, `exec plugin aws`, `auth provider k8deployer`. */
  method: string;
  /** Where the credentials come from, e.g. `kubeconfig (https://host with token from KUBE_TOKEN)`. */
  source?: string;
}

// Registered by whoever resolved the credentials (it knows the provider and env var names); read when the server
// rejects them. A WeakMap: the KubeConfig object is the identity, nothing leaks into it or outlives it.
const credentialSources = new WeakMap<KubeConfig, string>();

export function noteCredentialSource(kubeConfig: KubeConfig, source: string): void {
  credentialSources.set(kubeConfig, source);
}

/** The current user's authentication method and the registered source, without any secret. */
export function authOf(kubeConfig: KubeConfig): AuthDescription {
  const user = kubeConfig.getCurrentUser();
  const exec = user?.exec as { command?: string } | undefined;
  const authProvider = (user?.authProvider as { name?: string } | undefined)?.name;
  const method = exec?.command
    ? `exec plugin ${exec.command}`
    : authProvider
      ? `auth provider ${authProvider}`
      : user?.token || user?.authProvider
        ? 'bearer token'
        : user?.certData || user?.certFile
          ? 'client certificate'
          : user?.username
            ? 'basic auth'
            : 'no credentials';
  const source = credentialSources.get(kubeConfig);
  return { method: user?.name ? `${method} of user ${user.name}` : method, ...(source ? { source } : {}) };
}

/** The API server answered with an HTTP error; keeps the status so callers can branch on it. */
export class ApiStatusError extends ClusterError {
  constructor(
    cluster: string,
    readonly httpStatus: number,
    readonly status: KubeStatus,
    context: string,
    auth?: AuthDescription,
  ) {
    super(cluster, `${context}: ${statusLine(status, `HTTP ${httpStatus}`)}`, {
      // 429 and 5xx come from an overloaded or restarting server; the same call may succeed later.
      retryable: httpStatus === 429 || httpStatus >= 500,
    });
    if (httpStatus === 401) this.message = rejectedCredentialsText(cluster, context, auth);
  }

  get reason(): string {
    return this.status.reason ?? '';
  }
}

/** A server-side apply conflict: another field manager owns fields we try to set. */
export class FieldConflictError extends ApiStatusError {
  readonly conflicts: { manager: string; field: string }[];

  constructor(cluster: string, httpStatus: number, status: KubeStatus, context: string) {
    super(cluster, httpStatus, status, context);
    // Each cause is reason FieldManagerConflict with the field in `field`; the API names the owning manager only in
    // the cause's message (`conflict with "<manager>"...`, apimachinery's merge.Conflicts), so that is parsed.
    this.conflicts = (status.details?.causes ?? []).map((cause) => ({
      manager: /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'unknown manager',
      field: cause.field ?? '',
    }));
    const summary = this.conflicts.map((c) => `${c.field} (owned by ${c.manager})`).join(', ');
    this.message =
      `cluster ${cluster}: ${context}: field conflict with another manager: ${summary}; ` +
      'pass force-conflicts to take ownership';
  }
}

/**
 * The server could not be reached at all (refused, reset, DNS, TLS, timeout). Retryable, except when its certificate
 * is not trusted: repeating the handshake gives the same answer, so it fails at once with what to fix.
 */
export class ClusterUnreachableError extends ClusterError {
  /** The TLS handshake failed on the server's certificate (wrong CA, expired, wrong host name). */
  readonly certificate: boolean;

  constructor(cluster: string, server: string, cause: unknown) {
    const certificate = certificateProblem(cause);
    super(
      cluster,
      certificate
        ? certificateText(cluster, server, certificate)
        : `cannot reach API server ${server}: ${networkCauseText(cause)}`,
      {
        cause,
        retryable: certificate === undefined,
      },
    );
    this.certificate = certificate !== undefined;
  }
}

function rejectedCredentialsText(cluster: string, context: string, auth: AuthDescription | undefined): string {
  const what = auth?.method.startsWith('client certificate')
    ? 'client certificate not trusted or expired'
    : 'token invalid or expired';
  const via = auth ? `; they are the ${auth.method}${auth.source ? ` from ${auth.source}` : ''}` : '';
  return `cluster ${cluster}: credentials for cluster ${cluster} were rejected (${what}) on ${context}${via}; renew them or fix the secret that holds them`;
}

type CertificateProblem = { code: string; kind: 'untrusted' | 'expired' | 'hostname' };

// OpenSSL's verify codes as Node reports them (error.code), grouped by what the user has to fix.
const UNTRUSTED_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
]);
const EXPIRED_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function certificateProblem(cause: unknown): CertificateProblem | undefined {
  let current: unknown = cause;
  for (let depth = 0; current instanceof Error && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (UNTRUSTED_CODES.has(code)) return { code, kind: 'untrusted' };
      if (EXPIRED_CODES.has(code)) return { code, kind: 'expired' };
      if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return { code, kind: 'hostname' };
    }
    current = current.cause;
  }
  return undefined;
}

function certificateText(cluster: string, server: string, problem: CertificateProblem): string {
  switch (problem.kind) {
    case 'untrusted':
      return (
        `the server's certificate (${server}) is not signed by the certificate authority in the kubeconfig for cluster ${cluster} ` +
        `(${problem.code}); set the cluster's certificate-authority-data to the CA that issued the API server's certificate`
      );
    case 'expired':
      return `the server's certificate (${server}) is expired or not yet valid (${problem.code}); renew the API server's certificate or check the clock`;
    case 'hostname':
      return `the server's certificate does not name the host of ${server} (${problem.code}); use a server address the certificate lists, or set tls-server-name`;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 404;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 403;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 409;
}

export function isAlreadyExists(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 409 && error.reason === 'AlreadyExists';
}

/**
 * Server-side apply says an immutable field (Job template, selector, Service clusterIP, StatefulSet
 * volumeClaimTemplates, ...) would change: the object can only change by being re-created.
 */
export function isImmutableFieldError(error: unknown): boolean {
  return immutableFields(error).length > 0;
}

// The API's validation wording for "this field cannot change" (apimachinery ValidateImmutableField, the Service
// clusterIP check, the StatefulSet spec check). The Status reason and cause fields are structured; only the cause
// text tells immutability from any other invalid value.
const IMMUTABLE_CAUSE = /field is immutable|may not change once set|updates to \S+ spec for fields other than/i;

/**
 * The fields an Invalid (422) Status names as immutable (`spec.template`, `spec.clusterIPs[0]`), from
 * details.causes; `(unknown field)` when an older server says "immutable" only in its message.
 */
export function immutableFields(error: unknown): string[] {
  if (!(error instanceof ApiStatusError) || error.httpStatus !== 422) return [];
  const causes = error.status.details?.causes ?? [];
  const fields = causes
    .filter((cause) => IMMUTABLE_CAUSE.test(cause.message ?? ''))
    .map((cause) => cause.field || '(unknown field)');
  if (fields.length > 0) return [...new Set(fields)];
  return causes.length === 0 && IMMUTABLE_CAUSE.test(error.status.message ?? '') ? ['(unknown field)'] : [];
}

export function isGone(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 410;
}

function networkCauseText(cause: unknown): string {
  // undici wraps the socket error: TypeError('fetch failed', { cause: Error('connect ECONNREFUSED ...') }).
  const parts: string[] = [];
  let current: unknown = cause;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (current instanceof Error) {
      if (current.message && !parts.includes(current.message)) parts.push(current.message);
      current = current.cause;
    } else {
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown non-Error: its own text
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ') || 'unknown network error';
}
