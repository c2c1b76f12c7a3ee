// A recording pass-through in front of one test cluster's API server: every request of the client given its
// kubeconfig reaches the real server unchanged, and is recorded as the server receives it. The API server's own
// apiserver_request_total counts every client of the cluster, and the test clusters are shared (other test runs
// write to them at the same time), so a count scoped to one run has to be taken on that run's own connection.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as k8s from '@kubernetes/client-node';

/** One request as the API server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  contentType: string;
}

export interface RequestRecorder {
  /**
   * A KubeConfig whose server is the recorder (plain HTTP on loopback, no credentials: the recorder adds them;
   * client-node wants skipTLSVerify for http).
   */
  kubeConfig: k8s.KubeConfig;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts a recorder in front of the current cluster of `upstream`, authenticating with its client certificate. */
export async function recordRequests(upstream: k8s.KubeConfig): Promise<RequestRecorder> {
  const cluster = upstream.getCurrentCluster();
  if (!cluster) throw new Error('kubeconfig has no current cluster');
  const target = new URL(cluster.server);
  const tls: https.RequestOptions = {};
  await upstream.applyToHTTPSOptions(tls);
  const requests: RecordedRequest[] = [];
  const server = http.createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      contentType: String(request.headers['content-type'] ?? ''),
    });
    const forwarded = https.request(
      {
        ...tls,
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host, ...(tls.headers ?? {}) },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', (error) => response.destroy(error));
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const kubeConfig = new k8s.KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'recorded', server: `http://127.0.0.1:${port}`, skipTLSVerify: true }],
    users: [{ name: 'recorded' }],
    contexts: [{ name: 'recorded', cluster: 'recorded', user: 'recorded' }],
    currentContext: 'recorded',
  });
  return {
    kubeConfig,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Write requests by `VERB resource` the way apiserver_request_total names them (APPLY for server-side apply),
 * dry runs excluded.
 */
export function writesOf(requests: RecordedRequest[]): Record<string, number> {
  const writes: Record<string, number> = {};
  for (const request of requests) {
    if (request.method === 'GET') continue;
    const url = new URL(request.path, 'http://recorder');
    if (url.searchParams.get('dryRun') === 'All') continue;
    const verb = request.contentType.startsWith('application/apply-patch') ? 'APPLY' : request.method;
    const segments = url.pathname.split('/').filter(Boolean);
    // /api/v1[/namespaces/ns]/resource[/name[/subresource]] or /apis/group/version/...
    const rest = segments.slice(segments[0] === 'api' ? 2 : 3);
    const resource = rest[0] === 'namespaces' && rest.length > 2 ? rest.slice(2) : rest;
    // An access review (the permission pre-check) is a POST that stores nothing: not a write.
    if (resource[0] === 'selfsubjectrulesreviews' || resource[0] === 'selfsubjectaccessreviews') continue;
    const key = `${verb} ${resource[0] ?? ''}${resource[2] ? `/${resource[2]}` : ''}`;
    writes[key] = (writes[key] ?? 0) + 1;
  }
  return writes;
}
