import { afterEach, describe, expect, it } from 'vitest';
import { resolveAks } from '../../../src/credentials/aks.js';
import type { AksProviderConfig } from '../../../src/credentials/types.js';
import {
  authHeaderOf,
  startServer,
  testContext,
  type LocalServer,
  type RecordedRequest,
  type Reply,
} from './local-server.js';

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');
const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const AUTHORITY = 'https://login.example.test';
const SUB = '00000000-0000-0000-0000-000000000001';
const CLUSTER_PATH = `/subscriptions/${SUB}/resourceGroups/rg-prod/providers/Microsoft.ContainerService/managedClusters/aks-prod`;

function userKubeconfig(kind: 'entra' | 'local'): string {
  const user =
    kind === 'entra'
      ? `    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubelogin
      args: [get-token, --login, devicecode, --server-id, 6dae42f8-4368-4678-94ff-3960e28e3630]
      provideClusterInfo: false`
      : `    client-certificate-data: ${CA}
    client-key-data: ${Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nlocal-key\n-----END RSA PRIVATE KEY-----\n').toString('base64')}
    token: local-account-token`;
  return `apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: ${CA}
    server: https://aks-prod-dns-abc.hcp.westeurope.azmk8s.io:443
  name: aks-prod
contexts:
- context:
    cluster: aks-prod
    user: clusterUser_rg-prod_aks-prod
  name: aks-prod
current-context: aks-prod
users:
- name: clusterUser_rg-prod_aks-prod
  user:
${user}
`;
}

interface AzureState {
  entra: boolean;
  disableLocalAccounts: boolean;
  tokenError?: { status: number; error: string; description: string };
  armForbidden?: boolean;
  issued: { scope: string; token: string }[];
}

/** Entra ID v2 endpoints (OIDC discovery + client-credentials token) and ARM managedClusters, as documented. */
async function fakeAzure(state: AzureState): Promise<LocalServer> {
  const server: LocalServer = await startServer((req: RecordedRequest): Reply => {
    const p = req.url.pathname;
    if (req.method === 'GET' && p === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      return {
        json: {
          token_endpoint: `${AUTHORITY}/${TENANT}/oauth2/v2.0/token`,
          authorization_endpoint: `${AUTHORITY}/${TENANT}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${AUTHORITY}/${TENANT}/oauth2/v2.0/logout`,
          issuer: `${AUTHORITY}/${TENANT}/v2.0`,
          jwks_uri: `${AUTHORITY}/${TENANT}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        },
      };
    }
    if (req.method === 'GET' && p === '/common/discovery/instance') {
      return {
        json: {
          tenant_discovery_endpoint: `${AUTHORITY}/${TENANT}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: 'login.example.test',
              preferred_cache: 'login.example.test',
              aliases: ['login.example.test'],
            },
          ],
        },
      };
    }
    if (req.method === 'POST' && p === `/${TENANT}/oauth2/v2.0/token`) {
      const form = new URLSearchParams(req.body);
      if (state.tokenError) {
        const e = state.tokenError;
        return {
          status: e.status,
          json: {
            error: e.error,
            error_description: e.description,
            error_codes: [Number(/AADSTS(\d+)/.exec(e.description)?.[1])],
            timestamp: '2026-01-01 00:00:00Z',
            trace_id: 't',
            correlation_id: 'c',
          },
        };
      }
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== CLIENT)
        return { status: 400, json: { error: 'invalid_request', error_description: 'AADSTS900144: bad grant' } };
      const assertionOk =
        form.get('client_assertion_type') === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
        (form.get('client_assertion') ?? '').split('.').length === 3;
      const secretOk = form.get('client_secret') === 'app-secret';
      if (!assertionOk && !secretOk)
        return {
          status: 401,
          json: { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
        };
      const scope = form.get('scope') ?? '';
      const token = `entra-${state.issued.length + 1}-${scope.startsWith('6dae42f8') ? 'aks' : 'arm'}`;
      state.issued.push({ scope, token });
      return { json: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token } };
    }
    if (p.startsWith(CLUSTER_PATH) || p.startsWith(`/subscriptions/${SUB}/`)) {
      if (req.url.searchParams.get('api-version') !== '2024-09-01')
        return { status: 400, json: { error: { code: 'InvalidApiVersionParameter', message: 'bad api-version' } } };
      if (!/^Bearer entra-\d+-arm$/.test(String(req.headers['authorization'])))
        return {
          status: 401,
          json: { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } },
        };
      if (!p.startsWith(CLUSTER_PATH))
        return {
          status: 404,
          json: {
            error: {
              code: 'ResourceNotFound',
              message: `The Resource 'Microsoft.ContainerService/managedClusters/x' under resource group 'rg-prod' was not found.`,
            },
          },
        };
      if (state.armForbidden)
        return {
          status: 403,
          json: {
            error: {
              code: 'AuthorizationFailed',
              message: `The client '${CLIENT}' does not have authorization to perform action 'Microsoft.ContainerService/managedClusters/read'`,
            },
          },
        };
      if (req.method === 'GET' && p === CLUSTER_PATH) {
        return {
          json: {
            id: CLUSTER_PATH,
            name: 'aks-prod',
            properties: {
              provisioningState: 'Succeeded',
              fqdn: 'aks-prod-dns-abc.hcp.westeurope.azmk8s.io',
              disableLocalAccounts: state.disableLocalAccounts,
              ...(state.entra ? { aadProfile: { managed: true, enableAzureRBAC: true, tenantID: TENANT } } : {}),
            },
          },
        };
      }
      if (
        req.method === 'POST' &&
        (p === `${CLUSTER_PATH}/listClusterUserCredential` || p === `${CLUSTER_PATH}/listClusterAdminCredential`)
      ) {
        if (p.endsWith('Admin') && state.disableLocalAccounts)
          return {
            status: 400,
            json: {
              error: {
                code: 'BadRequest',
                message:
                  'Getting static credential is not allowed because this cluster is set to disable local accounts.',
              },
            },
          };
        return {
          json: {
            kubeconfigs: [
              {
                name: p.endsWith('Admin') ? 'clusterAdmin' : 'clusterUser',
                value: Buffer.from(userKubeconfig(state.entra && !p.endsWith('Admin') ? 'entra' : 'local')).toString(
                  'base64',
                ),
              },
            ],
          },
        };
      }
    }
    return { status: 404, json: { error: { code: 'NotFound', message: `no route ${req.method} ${p}` } } };
  });
  return server;
}

describe('AKS contract (local Entra ID + ARM server following Microsoft docs)', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function setup(partial: Partial<AzureState> = {}, env: Record<string, string> = {}) {
    const state: AzureState = { entra: true, disableLocalAccounts: true, issued: [], ...partial };
    server = await fakeAzure(state);
    const local = server.url;
    // MSAL accepts only https authorities; the transport (our injected fetch) sends them to the local server, including
    // MSAL's instance discovery call to login.microsoftonline.com for an authority it does not know.
    const routedFetch: typeof fetch = (input, init) =>
      fetch(
        String(input instanceof Request ? input.url : input)
          .replace(AUTHORITY, local)
          .replace('https://login.microsoftonline.com', local),
        init,
      );
    const t = testContext({ fetch: routedFetch, env });
    const config: AksProviderConfig = {
      provider: 'aks',
      subscriptionId: SUB,
      resourceGroup: 'rg-prod',
      cluster: 'aks-prod',
      tenantId: TENANT,
      clientId: CLIENT,
      authorityHost: AUTHORITY,
      armUrl: local,
    };
    return { state, t, config, server };
  }

  it('federated OIDC → ARM → Entra cluster: drops kubelogin and sends an AKS-scoped bearer token', async () => {
    const { state, t, config, server } = await setup();
    const creds = await resolveAks(config, t.ctx);
    expect(t.idTokenAudiences[0]).toBe('api://AzureADTokenExchange');
    const tokenRequests = server.requests
      .filter((r) => r.url.pathname.endsWith('/oauth2/v2.0/token'))
      .map((r) => new URLSearchParams(r.body));
    expect(tokenRequests[0]!.get('client_assertion_type')).toBe(
      'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    );
    expect(tokenRequests.map((f) => f.get('scope'))).toEqual([
      expect.stringContaining(`${new URL(server.url).origin}/.default`),
      expect.stringContaining('6dae42f8-4368-4678-94ff-3960e28e3630/.default'),
    ]);
    const post = server.requests.find(
      (r) => r.method === 'POST' && r.url.pathname.endsWith('/listClusterUserCredential'),
    )!;
    expect(post.url.search).toBe('?api-version=2024-09-01');
    expect(post.headers['authorization']).toBe('Bearer entra-1-arm');
    expect(creds.server).toBe('https://aks-prod-dns-abc.hcp.westeurope.azmk8s.io:443');
    expect(creds.kubeConfig.getCurrentUser()?.exec).toBeUndefined();
    expect(creds.kubeConfig.getCurrentCluster()?.caData).toBe(CA);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer entra-2-aks');
    expect(t.masked).toEqual(expect.arrayContaining(['entra-2-aks']));
    expect(state.issued).toHaveLength(2);
  });

  it('refreshes the cluster token hourly during a long deploy', async () => {
    const { state, t, config } = await setup();
    const creds = await resolveAks(config, t.ctx);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer entra-2-aks');
    t.advance(50 * 60_000);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer entra-2-aks');
    t.advance(6 * 60_000); // 4 min before the hour: inside the 5 min window
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer entra-3-aks');
    expect(state.issued.map((i) => i.token)).toEqual(['entra-1-arm', 'entra-2-aks', 'entra-3-aks']);
    expect(t.masked).toContain('entra-3-aks');
    expect(creds.expiresAt?.toISOString()).toBe('2026-01-01T01:56:00.000Z');
  });

  it('uses a client secret from the named env var and keeps local-account credentials as they are', async () => {
    const { t, config, server } = await setup(
      { entra: false, disableLocalAccounts: false },
      { AZ_SECRET: 'app-secret' },
    );
    const creds = await resolveAks({ ...config, clientSecretEnv: 'AZ_SECRET' }, t.ctx);
    expect(t.idTokenAudiences).toHaveLength(0);
    const form = new URLSearchParams(server.requests.find((r) => r.url.pathname.endsWith('/token'))!.body);
    expect(form.get('client_secret')).toBe('app-secret');
    expect(creds.kubeConfig.getCurrentUser()?.token).toBe('local-account-token');
    expect(t.masked).toEqual(expect.arrayContaining(['app-secret', 'local-account-token']));
  });

  it('refuses admin credentials on a cluster without local accounts', async () => {
    const { t, config } = await setup();
    await expect(resolveAks({ ...config, admin: true }, t.ctx)).rejects.toThrow(/local accounts disabled/);
  });

  it('explains a missing federated credential (AADSTS700213)', async () => {
    const { t, config } = await setup({
      tokenError: {
        status: 400,
        error: 'invalid_request',
        description:
          'AADSTS700213: No matching federated identity record found for presented assertion subject repo:octo/app:ref:refs/heads/main.',
      },
    });
    await expect(resolveAks(config, t.ctx)).rejects.toThrow(
      /aks: ARM token: .*AADSTS700213.*add a federated credential/,
    );
  });

  it('reports ARM 403 with the missing action and 404 with the cluster coordinates', async () => {
    const { t, config } = await setup({ armForbidden: true });
    await expect(resolveAks(config, t.ctx)).rejects.toThrow(
      /get managed cluster: HTTP 403: .*lacks Microsoft.ContainerService\/managedClusters\/read.*AuthorizationFailed/,
    );
    await expect(resolveAks({ ...config, cluster: 'missing' }, t.ctx)).rejects.toThrow(
      /HTTP 404: cluster missing not found in resource group rg-prod/,
    );
  });

  it('explains a missing id-token permission', async () => {
    const { t, config } = await setup();
    t.ctx.getIdToken = () => Promise.reject(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable'));
    await expect(resolveAks(config, t.ctx)).rejects.toThrow(/aks: GitHub OIDC token: .*permissions: id-token: write/);
  });
});
