import { describe, expect, it } from 'vitest';
import {
  countByVerb,
  deployerRequests,
  isWrite,
  parseAuditLog,
  watchesByKind,
  writesByResource,
} from '../../../bench/harness/audit.js';

// Events in the shape kube-apiserver's log backend writes them (audit.k8s.io/v1, level Metadata), trimmed.
const event = (fields: Record<string, unknown>) =>
  JSON.stringify({ kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', ...fields });
const log = [
  event({
    auditID: 'a1',
    stage: 'ResponseComplete',
    verb: 'patch',
    userAgent: 'kubectl/v1.33.0 (linux/amd64) kubernetes/abc',
    requestURI: '/apis/apps/v1/namespaces/ns/deployments/web?fieldManager=kubectl',
    objectRef: { resource: 'deployments', namespace: 'ns', name: 'web', apiGroup: 'apps' },
  }),
  // A watch logs when its response starts and again when it ends: one request.
  event({
    auditID: 'w1',
    stage: 'ResponseStarted',
    verb: 'watch',
    userAgent: 'node',
    requestURI: '/api/v1/namespaces/ns/pods?watch=true',
    objectRef: { resource: 'pods', namespace: 'ns' },
  }),
  event({
    auditID: 'w1',
    stage: 'ResponseComplete',
    verb: 'watch',
    userAgent: 'node',
    requestURI: '/api/v1/namespaces/ns/pods?watch=true',
    objectRef: { resource: 'pods', namespace: 'ns' },
  }),
  event({
    auditID: 'w2',
    stage: 'ResponseStarted',
    verb: 'watch',
    userAgent: 'node',
    requestURI: '/api/v1/namespaces/ns/pods?labelSelector=%21bench-observer&watch=true',
    objectRef: { resource: 'pods', namespace: 'ns' },
  }),
  event({
    auditID: 'c1',
    stage: 'ResponseComplete',
    verb: 'update',
    userAgent:
      'kube-controller-manager/v1.33.0 (linux/amd64) kubernetes/abc/system:serviceaccount:kube-system:deployment-controller',
    requestURI: '/apis/apps/v1/namespaces/ns/deployments/web/status',
    objectRef: { resource: 'deployments', subresource: 'status', namespace: 'ns' },
  }),
  event({ auditID: 'k1', stage: 'ResponseComplete', verb: 'patch', userAgent: 'kwok/v0.8.0', requestURI: '/api/v1/x' }),
  event({ auditID: 'm1', stage: 'ResponseComplete', verb: 'get', userAgent: 'node', requestURI: '/metrics' }),
  event({
    auditID: 'd1',
    stage: 'ResponseComplete',
    verb: 'get',
    userAgent: 'Helm/3.22.0',
    requestURI: '/api?timeout=32s',
  }),
  event({
    auditID: 'n1',
    stage: 'ResponseComplete',
    verb: 'watch',
    userAgent: 'node',
    requestURI: '/api/v1/namespaces?watch=true',
    objectRef: { resource: 'namespaces' },
  }),
  // k8deployer's plan step: a server-side dry run, admitted but never stored.
  event({
    auditID: 'p1',
    stage: 'ResponseComplete',
    verb: 'patch',
    userAgent: 'node',
    requestURI: '/apis/apps/v1/namespaces/ns/deployments/web?dryRun=All&fieldManager=k8deployer',
    objectRef: { resource: 'deployments', namespace: 'ns', name: 'web', apiGroup: 'apps' },
  }),
  '{"kind":"Event","auditID":"torn', // the server was writing this line
].join('\n');

describe('audit log parsing', () => {
  it('one request per auditID, resource or path, namespace', () => {
    const requests = parseAuditLog(log);
    expect(requests.map((r) => r.auditID)).toEqual(['a1', 'w1', 'w2', 'c1', 'k1', 'm1', 'd1', 'n1', 'p1']);
    expect(requests.filter((r) => r.dryRun).map((r) => r.auditID)).toEqual(['p1']);
    expect(requests.find((r) => r.auditID === 'c1')?.resource).toBe('deployments/status');
    expect(requests.find((r) => r.auditID === 'd1')?.resource).toBe('/api');
  });

  it("a deployer's requests: controllers, kwok, the observer and metric scrapes left out", () => {
    const mine = deployerRequests(parseAuditLog(log), 'bench-observer');
    expect(mine.map((r) => r.auditID)).toEqual(['a1', 'w1', 'd1', 'n1', 'p1']);
    expect(countByVerb(mine)).toEqual({ get: 1, patch: 1, 'patch (dry run)': 1, watch: 2 });
    // A dry run stores nothing: not a write.
    expect(mine.filter(isWrite).map((r) => r.auditID)).toEqual(['a1']);
    expect(writesByResource(mine)).toEqual({ deployments: 1 });
    expect(Object.fromEntries(watchesByKind(mine))).toEqual({ 'pods ns': 1, 'namespaces *': 1 });
  });

  it('a permission review is answered, never stored: not a write', () => {
    const review = { ...parseAuditLog(log)[0]!, verb: 'create', resource: 'selfsubjectrulesreviews' };
    expect(isWrite(review)).toBe(false);
    expect(isWrite({ ...review, resource: 'leases' })).toBe(true);
  });
});
