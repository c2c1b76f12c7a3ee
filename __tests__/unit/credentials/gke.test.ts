import { afterEach, describe, expect, it } from 'vitest';
import { resolveGke } from '../../../src/credentials/gke.js';
import type { GkeProviderConfig } from '../../../src/credentials/types.js';
import {
  authHeaderOf,
  startServer,
  testContext,
  type LocalServer,
  type RecordedRequest,
  type Reply,
} from './local-server.js';

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
const WIP = 'projects/123456/locations/global/workloadIdentityPools/github/providers/my-repo';
const SA = 'deployer@my-proj.iam.gserviceaccount.com';

interface GoogleState {
  stsError?: { error: string; description: string; status?: number };
  saForbidden?: boolean;
  clusterForbidden?: boolean;
  expiresIn: number;
  issued: string[];
}

/** Google STS v1 token exchange, IAM Credentials generateAccessToken and GKE clusters.get, as documented. */
async function fakeGoogle(state: GoogleState): Promise<LocalServer> {
  return startServer((req: RecordedRequest): Reply => {
    const p = decodeURIComponent(req.url.pathname);
    if (req.method === 'POST' && p === '/v1/token') {
      const form = new URLSearchParams(req.body);
      if (state.stsError)
        return {
          status: state.stsError.status ?? 400,
          json: { error: state.stsError.error, error_description: state.stsError.description },
        };
      const ok =
        form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:token-exchange' &&
        form.get('audience') === `//iam.googleapis.com/${WIP}` &&
        form.get('requested_token_type') === 'urn:ietf:params:oauth:token-type:access_token' &&
        form.get('subject_token_type') === 'urn:ietf:params:oauth:token-type:jwt' &&
        (form.get('subject_token') ?? '').split('.').length === 3;
      if (!ok)
        return { status: 400, json: { error: 'invalid_request', error_description: `bad request: ${req.body}` } };
      const token = `federated-${state.issued.length + 1}`;
      state.issued.push(token);
      return {
        json: {
          access_token: token,
          issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
          token_type: 'Bearer',
          expires_in: state.expiresIn,
        },
      };
    }
    if (req.method === 'POST' && p === `/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`) {
      if (!/^Bearer federated-\d+$/.test(String(req.headers['authorization'])))
        return {
          status: 401,
          json: {
            error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' },
          },
        };
      if (state.saForbidden)
        return {
          status: 403,
          json: {
            error: {
              code: 403,
              message: "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
              status: 'PERMISSION_DENIED',
            },
          },
        };
      const body = JSON.parse(req.body) as { scope?: string[]; lifetime?: string };
      if (!body.scope?.includes('https://www.googleapis.com/auth/cloud-platform'))
        return { status: 400, json: { error: { code: 400, message: 'scope required', status: 'INVALID_ARGUMENT' } } };
      const token = `sa-${state.issued.length + 1}`;
      state.issued.push(token);
      return { json: { accessToken: token, expireTime: new Date(Date.now() + state.expiresIn * 1000).toISOString() } };
    }
    const m = /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/clusters\/([^/]+)$/.exec(p);
    if (req.method === 'GET' && m) {
      if (!/^Bearer (federated|sa)-\d+$/.test(String(req.headers['authorization'])))
        return {
          status: 401,
          json: {
            error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' },
          },
        };
      if (state.clusterForbidden)
        return {
          status: 403,
          json: {
            error: {
              code: 403,
              message:
                'Required "container.clusters.get" permission(s) for "projects/my-proj/locations/us-central1/clusters/prod".',
              status: 'PERMISSION_DENIED',
            },
          },
        };
      if (m[1] !== 'my-proj' || m[2] !== 'us-central1' || m[3] !== 'prod')
        return {
          status: 404,
          json: {
            error: {
              code: 404,
              message: `Not found: projects/${m[1]}/locations/${m[2]}/clusters/${m[3]}.`,
              status: 'NOT_FOUND',
            },
          },
        };
      return {
        json: {
          name: 'prod',
          status: 'RUNNING',
          endpoint: '34.1.2.3',
          masterAuth: { clusterCaCertificate: CA },
          controlPlaneEndpointsConfig: {
            dnsEndpointConfig: { endpoint: 'gke-0123abcd-us-central1.gke.goog', allowExternalTraffic: true },
          },
        },
      };
    }
    return { status: 404, json: { error: { code: 404, message: `no route ${req.method} ${p}`, status: 'NOT_FOUND' } } };
  });
}

describe('GKE contract (local Google STS / IAM Credentials / GKE server following Google docs)', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function setup(partial: Partial<GoogleState> = {}) {
    const state: GoogleState = { expiresIn: 3600, issued: [], ...partial };
    server = await fakeGoogle(state);
    const url = server.url;
    const config: GkeProviderConfig = {
      provider: 'gke',
      project: 'my-proj',
      location: 'us-central1',
      cluster: 'prod',
      workloadIdentityProvider: WIP,
      endpoints: { sts: url, iamCredentials: url, container: url },
    };
    return { state, config, server, t: testContext() };
  }

  it('exchanges the GitHub token at STS and reads endpoint + CA from clusters.get', async () => {
    const { config, server, t } = await setup();
    const creds = await resolveGke(config, t.ctx);
    expect(t.idTokenAudiences).toEqual([`https://iam.googleapis.com/${WIP}`]);
    const sts = new URLSearchParams(server.requests[0]!.body);
    expect(sts.get('scope')).toBe('https://www.googleapis.com/auth/cloud-platform');
    const get = server.requests[1]!;
    expect(get.url.pathname).toBe('/v1/projects/my-proj/locations/us-central1/clusters/prod');
    expect(get.headers['authorization']).toBe('Bearer federated-1');
    expect(creds.server).toBe('https://34.1.2.3');
    expect(creds.kubeConfig.getCurrentCluster()?.caData).toBe(CA);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer federated-1');
    expect(t.masked).toContain('federated-1');
    expect(t.masked.some((s) => s.split('.').length === 3)).toBe(true); // the GitHub ID token itself
  });

  it('impersonates the service account and omits the CA for the *.gke.goog DNS endpoint', async () => {
    const { config, server, t } = await setup();
    const creds = await resolveGke({ ...config, serviceAccount: SA, useDnsEndpoint: true }, t.ctx);
    const gen = server.requests.find((r) => r.url.pathname.includes('generateAccessToken'))!;
    expect(gen.headers['authorization']).toBe('Bearer federated-1');
    expect(creds.server).toBe('https://gke-0123abcd-us-central1.gke.goog');
    expect(creds.kubeConfig.getCurrentCluster()?.caData).toBeUndefined();
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer sa-2');
  });

  it('refreshes the token about 5 minutes before it expires', async () => {
    const { state, config, t } = await setup({ expiresIn: 1200 });
    const creds = await resolveGke(config, t.ctx);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer federated-1');
    t.advance(14 * 60_000);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer federated-1');
    t.advance(2 * 60_000); // 4 min left
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer federated-2');
    expect(state.issued).toEqual(['federated-1', 'federated-2']);
    expect(t.idTokenAudiences).toHaveLength(2);
  });

  it('reports an STS rejection with the provider setup hint', async () => {
    const { config, t } = await setup({
      stsError: {
        error: 'invalid_grant',
        description: 'The audience in ID Token [https://iam.googleapis.com/x] does not match the expected audience.',
      },
    });
    await expect(resolveGke(config, t.ctx)).rejects.toThrow(
      /gke: token exchange: HTTP 400: .*invalid_grant.*attribute condition/,
    );
  });

  it('a 403 OAuth error from STS is the token exchange, even with a service account to impersonate', async () => {
    const { config, t } = await setup({
      stsError: { status: 403, error: 'unauthorized_client', description: 'The given credential is rejected.' },
    });
    await expect(resolveGke({ ...config, serviceAccount: SA }, t.ctx)).rejects.toThrow(
      /gke: token exchange: HTTP 403: .*unauthorized_client.*attribute condition/,
    );
  });

  it('reports a missing workloadIdentityUser grant on the service account', async () => {
    const { config, t } = await setup({ saForbidden: true });
    await expect(resolveGke({ ...config, serviceAccount: SA }, t.ctx)).rejects.toThrow(
      /gke: impersonate service account: HTTP 403: .*roles\/iam.workloadIdentityUser/,
    );
  });

  it('reports 403 and 404 from clusters.get', async () => {
    const { state, config, t } = await setup({ clusterForbidden: true });
    await expect(resolveGke(config, t.ctx)).rejects.toThrow(/gke: get cluster: HTTP 403: .*roles\/container.developer/);
    state.clusterForbidden = false;
    await expect(resolveGke({ ...config, cluster: 'nope' }, t.ctx)).rejects.toThrow(
      /HTTP 404: cluster nope not found in my-proj\/us-central1: 404: Not found/,
    );
  });

  it('rejects a malformed provider name and explains a missing id-token permission', async () => {
    const { config, t } = await setup();
    await expect(resolveGke({ ...config, workloadIdentityProvider: 'github/my-repo' }, t.ctx)).rejects.toThrow(
      /must look like projects\//,
    );
    t.ctx.getIdToken = () => Promise.reject(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    await expect(resolveGke(config, t.ctx)).rejects.toThrow(/gke: GitHub OIDC token: .*permissions: id-token: write/);
  });
});
