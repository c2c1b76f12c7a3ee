import { ClusterError } from '../errors.js';

/** The parts of a Kubernetes `Status` body the engine looks at. */
export interface KubeStatus {
  kind?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: { causes?: { type?: string; message?: string; field?: string }[]; kind?: string; name?: string };
}

/** The API server answered with an HTTP error; keeps the status so callers can branch on it. */
export class ApiStatusError extends ClusterError {
  constructor(
    cluster: string,
    readonly httpStatus: number,
    readonly status: KubeStatus,
    context: string,
  ) {
    super(cluster, `${context}: ${status.message ?? `HTTP ${httpStatus}`}`, {
      // 429 and 5xx come from an overloaded or restarting server; the same call may succeed later.
      retryable: httpStatus === 429 || httpStatus >= 500,
    });
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
    this.conflicts = (status.details?.causes ?? []).map((cause) => ({
      manager: /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'unknown manager',
      field: cause.field ?? '',
    }));
    const summary = this.conflicts.map((c) => `${c.field} (owned by ${c.manager})`).join(', ');
    this.message = `cluster ${cluster}: ${context}: field conflict with another manager: ${summary}; ` +
      'pass force-conflicts to take ownership';
  }
}

/** The server could not be reached at all (refused, reset, DNS, TLS, timeout). Always retryable. */
export class ClusterUnreachableError extends ClusterError {
  constructor(cluster: string, server: string, cause: unknown) {
    super(cluster, `cannot reach API server ${server}: ${networkCauseText(cause)}`, { cause, retryable: true });
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 404;
}

export function isConflict(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 409;
}

export function isAlreadyExists(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 409 && error.reason === 'AlreadyExists';
}

/** Server-side apply says an immutable field (Job template, selector, ...) would change. */
export function isImmutableFieldError(error: unknown): boolean {
  return error instanceof ApiStatusError && error.httpStatus === 422 && /immutable/i.test(error.status.message ?? '');
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
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ') || 'unknown network error';
}
