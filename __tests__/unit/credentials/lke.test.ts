import { afterEach, describe, expect, it } from 'vitest';
import { resolveLke } from '../../../src/credentials/lke.js';
import type { LkeProviderConfig } from '../../../src/credentials/types.js';
import { authHeaderOf, startServer, testContext, type LocalServer, type Reply } from './local-server.js';

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
const PAT = 'linode-pat';

function lkeKubeconfig(id: number): string {
  return `apiVersion: v1
kind: Config
preferences: {}
clusters:
- cluster:
    certificate-authority-data: ${CA}
    server: https://${id}abc.us-east-1.linodelke.net:443
  name: lke${id}
users:
- name: lke${id}-admin
  user:
    as-user-extra: {}
    token: lke-token-${id}
contexts:
- context:
    cluster: lke${id}
    namespace: default
    user: lke${id}-admin
  name: lke${id}-ctx
current-context: lke${id}-ctx
`;
}

/**
 * Linode API v4 as documented: X-Filter on list, `{"errors":[{"reason"}]}`, 503 while a new cluster's kubeconfig is
 * pending.
 */
async function fakeLinode(clusters: { id: number; label: string }[], opts: { unavailable?: number } = {}) {
  let pending = opts.unavailable ?? 0;
  return startServer((req): Reply => {
    if (req.headers['authorization'] === 'Bearer no-lke-scope')
      return { status: 403, json: { errors: [{ reason: 'Unauthorized' }] } };
    if (req.headers['authorization'] !== `Bearer ${PAT}`)
      return { status: 401, json: { errors: [{ reason: 'Invalid Token' }] } };
    if (req.method === 'GET' && req.url.pathname === '/v4/lke/clusters') {
      const filter = JSON.parse(String(req.headers['x-filter'] ?? '{}')) as { label?: string };
      const data = clusters
        .filter((c) => filter.label === undefined || c.label === filter.label)
        .map((c) => ({ ...c, region: 'us-east', k8s_version: '1.33', status: 'ready' }));
      return { json: { data, page: 1, pages: 1, results: data.length } };
    }
    const m = /^\/v4\/lke\/clusters\/(\d+)\/kubeconfig$/.exec(req.url.pathname);
    if (req.method === 'GET' && m) {
      const id = Number(m[1]);
      if (!clusters.some((c) => c.id === id)) return { status: 404, json: { errors: [{ reason: 'Not found' }] } };
      if (pending > 0) {
        pending--;
        return {
          status: 503,
          json: { errors: [{ reason: 'Cluster kubeconfig is not yet available. Please try again later.' }] },
        };
      }
      return { json: { kubeconfig: Buffer.from(lkeKubeconfig(id)).toString('base64') } };
    }
    return { status: 404, json: { errors: [{ reason: 'Not found' }] } };
  });
}

describe('LKE contract (local Linode API following the v4 reference)', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  const config = (url: string, extra: Partial<LkeProviderConfig> = {}): LkeProviderConfig => ({
    provider: 'lke',
    cluster: 'prod',
    apiUrl: url,
    ...extra,
  });

  it('finds the cluster with X-Filter, decodes the kubeconfig, masks the token', async () => {
    const t = testContext({ env: { LINODE_TOKEN: PAT } });
    server = await fakeLinode([
      { id: 7, label: 'staging' },
      { id: 12345, label: 'prod' },
    ]);
    const creds = await resolveLke(config(server.url), t.ctx);
    expect(server.requests[0]!.headers['x-filter']).toBe('{"label":"prod"}');
    expect(server.requests[1]!.url.pathname).toBe('/v4/lke/clusters/12345/kubeconfig');
    expect(creds.server).toBe('https://12345abc.us-east-1.linodelke.net:443');
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer lke-token-12345');
    expect(t.masked).toEqual([PAT, 'lke-token-12345']);
    expect(creds.expiresAt).toBeUndefined();
  });

  it('retries 503 with backoff until the kubeconfig is ready', async () => {
    const delays: number[] = [];
    const t = testContext({
      env: { LINODE_TOKEN: PAT },
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
    });
    server = await fakeLinode([{ id: 1, label: 'prod' }], { unavailable: 3 });
    const creds = await resolveLke(config(server.url), t.ctx);
    expect(delays).toEqual([2000, 4000, 8000]);
    expect(server.requests.filter((r) => r.url.pathname.endsWith('/kubeconfig'))).toHaveLength(4);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer lke-token-1');
  });

  it('gives up after the retry budget with the API reason', async () => {
    const t = testContext({ env: { LINODE_TOKEN: PAT } });
    server = await fakeLinode([{ id: 1, label: 'prod' }], { unavailable: 1000 });
    await expect(resolveLke(config(server.url), t.ctx)).rejects.toThrow(
      /lke: get kubeconfig: HTTP 503: Cluster kubeconfig is not yet available/,
    );
  });

  it('reports an invalid token (401) naming the variable, and a missing variable', async () => {
    const t = testContext({ env: { MY_LINODE: 'bad' } });
    server = await fakeLinode([{ id: 1, label: 'prod' }]);
    await expect(resolveLke(config(server.url, { tokenEnv: 'MY_LINODE' }), t.ctx)).rejects.toThrow(
      'lke: find cluster: HTTP 401: the token in MY_LINODE was rejected (expired, revoked or invalid): Invalid Token',
    );
    await expect(resolveLke(config(server.url), t.ctx)).rejects.toThrow(/environment variable LINODE_TOKEN/);
  });

  it('reports a token without the lke scope (403)', async () => {
    const t = testContext({ env: { LINODE_TOKEN: 'no-lke-scope' } });
    server = await fakeLinode([{ id: 1, label: 'prod' }]);
    await expect(resolveLke(config(server.url), t.ctx)).rejects.toThrow(
      /lke: find cluster: HTTP 403: the token in LINODE_TOKEN lacks the lke scope.*Unauthorized/,
    );
  });

  it('reports a label that matches nothing', async () => {
    const t = testContext({ env: { LINODE_TOKEN: PAT } });
    server = await fakeLinode([{ id: 1, label: 'prod-2' }]);
    await expect(resolveLke(config(server.url), t.ctx)).rejects.toThrow(
      /no LKE cluster labelled prod is visible to the token in LINODE_TOKEN/,
    );
  });
});
