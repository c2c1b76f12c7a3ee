// The API server's audit log (JSON lines, one audit.k8s.io/v1 Event per stage) read back as "who asked what". The
// metrics' apiserver_request_total has no client label, so the per-tool request counts come from here: every
// client of the test bed uses the same admin credentials, but each sends its own User-Agent. Pure apart from
// `auditPolicy`, which is just text.

export interface AuditRequest {
  auditID: string;
  verb: string;
  userAgent: string;
  requestURI: string;
  /** `resource[/subresource]`, or the path for non-resource requests (`/api`, `/openapi/v3`). */
  resource: string;
  namespace: string;
  /** A server-side dry run (`dryRun=All`): validated and admitted, never stored. */
  dryRun: boolean;
}

/** Metadata level for everything: one event when a response starts (watches) or completes, no bodies. */
export const auditPolicy = [
  'apiVersion: audit.k8s.io/v1',
  'kind: Policy',
  'omitStages: [RequestReceived, Panic]',
  'rules:',
  '  - level: Metadata',
  '',
].join('\n');

/** Clients that are part of the cluster, not of any deployer: their requests are never a tool's. */
const CLUSTER_AGENTS = /^(kube-controller-manager|kube-scheduler|kube-apiserver|kwok)\b/;

/**
 * The requests in an audit log slice, one per auditID (a watch logs ResponseStarted and later ResponseComplete).
 * Lines that are not JSON events (a torn last line while the server writes) are skipped.
 */
export function parseAuditLog(text: string): AuditRequest[] {
  const seen = new Set<string>();
  const requests: AuditRequest[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    let event: {
      auditID?: string;
      verb?: string;
      userAgent?: string;
      requestURI?: string;
      objectRef?: { resource?: string; subresource?: string; namespace?: string };
    };
    try {
      event = JSON.parse(line) as typeof event;
    } catch {
      continue;
    }
    if (!event.auditID || seen.has(event.auditID)) continue;
    seen.add(event.auditID);
    const uri = event.requestURI ?? '';
    const ref = event.objectRef;
    requests.push({
      auditID: event.auditID,
      verb: event.verb ?? '?',
      userAgent: event.userAgent ?? '',
      requestURI: uri,
      resource: ref?.resource
        ? `${ref.resource}${ref.subresource ? `/${ref.subresource}` : ''}`
        : (uri.split('?')[0] ?? uri),
      namespace: ref?.namespace ?? '',
      dryRun: /[?&]dryRun=All\b/.test(uri),
    });
  }
  return requests;
}

/**
 * The requests a deployer made: everything but the cluster's own components, the benchmark's observer (its
 * requests carry `marker` in their URI) and metric scrapes. Tools run one at a time, so that is the tool's.
 */
export function deployerRequests(requests: AuditRequest[], marker: string): AuditRequest[] {
  return requests.filter(
    (r) =>
      !CLUSTER_AGENTS.test(r.userAgent) &&
      !r.requestURI.includes(marker) &&
      !r.requestURI.startsWith('/metrics') &&
      !r.requestURI.startsWith('/readyz'),
  );
}

/**
 * Requests per verb, sorted (audit verbs: get list watch create update patch delete deletecollection); dry runs
 * counted apart as `patch (dry run)`, since they change nothing.
 */
export function countByVerb(requests: AuditRequest[]): Record<string, number> {
  const result: Record<string, number> = {};
  const key = (r: AuditRequest) => (r.dryRun ? `${r.verb} (dry run)` : r.verb);
  for (const verb of [...new Set(requests.map(key))].sort())
    result[verb] = requests.filter((r) => key(r) === verb).length;
  return result;
}

/** Stored writes per resource, e.g. `{ deployments: 50, leases: 2 }`. */
export function writesByResource(requests: AuditRequest[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const r of requests.filter(isWrite)) result[r.resource] = (result[r.resource] ?? 0) + 1;
  return result;
}

const WRITES = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);

/**
 * Review kinds are questions, not objects: a `create` of one is answered and never stored (the permission pre-check
 * asks them), like a dry run.
 */
const NEVER_STORED = new Set([
  'selfsubjectrulesreviews',
  'selfsubjectaccessreviews',
  'subjectaccessreviews',
  'localsubjectaccessreviews',
  'tokenreviews',
  'selfsubjectreviews',
]);

/** A request that may store something: a write verb, not a dry run, not a review. */
export function isWrite(request: AuditRequest): boolean {
  return WRITES.has(request.verb) && !request.dryRun && !NEVER_STORED.has(request.resource);
}

/** Watch requests per `resource namespace` (namespace `*` for cluster-wide): "one watch per kind and namespace". */
export function watchesByKind(requests: AuditRequest[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const r of requests) {
    if (r.verb !== 'watch') continue;
    const key = `${r.resource} ${r.namespace || '*'}`;
    result.set(key, (result.get(key) ?? 0) + 1);
  }
  return result;
}
