import { afterEach, describe, expect, it } from 'vitest';
import { resolveDoks } from '../../../src/credentials/doks.js';
import type { DoksProviderConfig } from '../../../src/credentials/types.js';
import { authHeaderOf, startServer, testContext, type LocalServer, type Reply } from './local-server.js';

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
const PAT = 'dop_v1_pat';

/** DigitalOcean API v2 as documented: bearer auth, `links.pages.next` pagination, `{id, message}` errors. */
async function fakeDigitalOcean(clock: () => Date, clusters: { id: string; name: string }[]) {
  let issued = 0;
  const server: LocalServer = await startServer((req): Reply => {
    const auth = req.headers['authorization'];
    if (auth === 'Bearer read-only') {
      if (req.url.pathname.endsWith('/credentials'))
        return { status: 403, json: { id: 'forbidden', message: 'You are not authorized to perform this operation' } };
    } else if (auth !== `Bearer ${PAT}`) {
      return { status: 401, json: { id: 'Unauthorized', message: 'Unable to authenticate you' } };
    }
    if (req.method === 'GET' && req.url.pathname === '/v2/kubernetes/clusters') {
      const perPage = Number(req.url.searchParams.get('per_page') ?? 20);
      const page = Number(req.url.searchParams.get('page') ?? 1);
      const slice = clusters.slice((page - 1) * perPage, page * perPage);
      const last = Math.max(1, Math.ceil(clusters.length / perPage));
      const pages: Record<string, string> = {};
      if (page < last) {
        pages['next'] = `${server.url}/v2/kubernetes/clusters?page=${page + 1}&per_page=${perPage}`;
        pages['last'] = `${server.url}/v2/kubernetes/clusters?page=${last}&per_page=${perPage}`;
      }
      return {
        json: {
          kubernetes_clusters: slice.map((c) => ({ ...c, region: 'nyc1', status: { state: 'running' } })),
          links: { pages },
          meta: { total: clusters.length },
        },
      };
    }
    const m = /^\/v2\/kubernetes\/clusters\/([^/]+)\/credentials$/.exec(req.url.pathname);
    if (req.method === 'GET' && m) {
      if (!clusters.some((c) => c.id === m[1]))
        return {
          status: 404,
          json: { id: 'not_found', message: 'The resource you were accessing could not be found.' },
        };
      const expiry = Number(req.url.searchParams.get('expiry_seconds') ?? 604800);
      issued++;
      return {
        json: {
          server: `https://${m[1]}.k8s.ondigitalocean.com`,
          certificate_authority_data: CA,
          client_certificate_data: null,
          client_key_data: null,
          token: `doks-cluster-token-${issued}`,
          expires_at: new Date(clock().getTime() + expiry * 1000).toISOString(),
        },
      };
    }
    return { status: 404, json: { id: 'not_found', message: 'no route' } };
  });
  return server;
}

function many(n: number, extra: { id: string; name: string }[] = []) {
  return [...Array.from({ length: n }, (_, i) => ({ id: `id-${i}`, name: `other-${i}` })), ...extra];
}

describe('DOKS contract (local DigitalOcean API following the v2 reference)', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const config = (url: string, extra: Partial<DoksProviderConfig> = {}): DoksProviderConfig => ({
    provider: 'doks',
    cluster: 'prod',
    apiUrl: url,
    ...extra,
  });

  it('pages through clusters, fetches credentials with expiry_seconds, masks the tokens', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: PAT } });
    server = await fakeDigitalOcean(t.ctx.now!, many(250, [{ id: 'c-prod', name: 'prod' }]));
    const creds = await resolveDoks(config(server.url), t.ctx);
    const paths = server.requests.map((r) => r.url.pathname + r.url.search);
    expect(paths).toEqual([
      '/v2/kubernetes/clusters?per_page=200',
      '/v2/kubernetes/clusters?page=2&per_page=200',
      '/v2/kubernetes/clusters/c-prod/credentials?expiry_seconds=3600',
    ]);
    for (const r of server.requests) expect(r.headers['authorization']).toBe(`Bearer ${PAT}`);
    expect(creds.server).toBe('https://c-prod.k8s.ondigitalocean.com');
    expect(creds.kubeConfig.getCurrentCluster()?.caData).toBe(CA);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer doks-cluster-token-1');
    expect(t.masked).toEqual([PAT, 'doks-cluster-token-1']);
    expect(creds.expiresAt?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
  });

  it('fetches new credentials before the token expires during a long deploy', async () => {
    const t = testContext({ env: { DO_TOKEN: PAT } });
    server = await fakeDigitalOcean(t.ctx.now!, [{ id: 'c-prod', name: 'prod' }]);
    const creds = await resolveDoks(config(server.url, { tokenEnv: 'DO_TOKEN', expirySeconds: 600 }), t.ctx);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer doks-cluster-token-1');
    t.advance(8 * 60_000);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer doks-cluster-token-1');
    t.advance(90_000); // 30 s left: inside the refresh window
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer doks-cluster-token-2');
    expect(server.requests.filter((r) => r.url.pathname.endsWith('/credentials'))).toHaveLength(2);
    expect(server.requests.at(-1)!.url.searchParams.get('expiry_seconds')).toBe('600');
    expect(t.masked).toContain('doks-cluster-token-2');
    expect(creds.secrets).toContain('doks-cluster-token-2');
    await creds.dispose();
    await expect(authHeaderOf(creds.kubeConfig)).rejects.toThrow(/disposed/);
    await creds.dispose(); // idempotent
  });

  it('never sends the token to a pagination link on another origin', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: PAT } });
    server = await startServer(() => ({
      json: {
        kubernetes_clusters: [],
        links: { pages: { next: 'https://evil.example/v2/kubernetes/clusters?page=2' } },
      },
    }));
    await expect(resolveDoks(config(server.url), t.ctx)).rejects.toThrow(
      /refusing to follow pagination link to another origin \(https:\/\/evil.example\)/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('accepts client certificate credentials (older clusters) and masks the key', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: PAT } });
    const key = Buffer.from('-----BEGIN EC PRIVATE KEY-----\nkeykeykey\n-----END EC PRIVATE KEY-----\n').toString(
      'base64',
    );
    server = await startServer((req) =>
      req.url.pathname === '/v2/kubernetes/clusters'
        ? { json: { kubernetes_clusters: [{ id: 'c1', name: 'prod' }], links: {}, meta: { total: 1 } } }
        : {
            json: {
              server: 'https://c1.k8s.ondigitalocean.com',
              certificate_authority_data: CA,
              client_certificate_data: CA,
              client_key_data: key,
              token: null,
              expires_at: '2026-01-01T01:00:00Z',
            },
          },
    );
    const creds = await resolveDoks(config(server.url), t.ctx);
    expect(creds.kubeConfig.getCurrentUser()).toMatchObject({ certData: CA, keyData: key });
    expect(t.masked).toContain(key);
    expect(creds.expiresAt?.toISOString()).toBe('2026-01-01T01:00:00.000Z');
  });

  it('names the missing token variable', async () => {
    const t = testContext();
    await expect(resolveDoks(config('http://127.0.0.1:9'), t.ctx)).rejects.toThrow(
      'doks: API token: environment variable DIGITALOCEAN_ACCESS_TOKEN',
    );
  });

  it('reports a rejected (expired/invalid) token as 401 and names the variable', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: 'expired' } });
    server = await fakeDigitalOcean(t.ctx.now!, [{ id: 'c-prod', name: 'prod' }]);
    await expect(resolveDoks(config(server.url), t.ctx)).rejects.toThrow(
      'doks: list clusters: HTTP 401: the token in DIGITALOCEAN_ACCESS_TOKEN was rejected (expired, revoked or invalid): Unauthorized: Unable to authenticate you',
    );
  });

  it('reports a token without kubernetes:access_cluster (403 on credentials)', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: 'read-only' } });
    server = await fakeDigitalOcean(t.ctx.now!, [{ id: 'c-prod', name: 'prod' }]);
    await expect(resolveDoks(config(server.url), t.ctx)).rejects.toThrow(
      /get credentials: HTTP 403: .*lacks the kubernetes:access_cluster scope/,
    );
  });

  it('fails on no cluster and on two clusters with the same name', async () => {
    const t = testContext({ env: { DIGITALOCEAN_ACCESS_TOKEN: PAT } });
    server = await fakeDigitalOcean(t.ctx.now!, [
      { id: 'a', name: 'prod-eu' },
      { id: 'b', name: 'staging' },
      { id: 'c', name: 'staging' },
    ]);
    await expect(resolveDoks(config(server.url), t.ctx)).rejects.toThrow(/no Kubernetes cluster named prod is visible/);
    await expect(resolveDoks(config(server.url, { cluster: 'staging' }), t.ctx)).rejects.toThrow(
      /2 clusters are named staging \(b, c\)/,
    );
  });
});
