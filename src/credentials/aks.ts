import { ClientAssertionCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { KubeConfig } from '@kubernetes/client-node';
import { CredentialsError } from '../errors.js';
import { loadYamlDocument } from '../spec/bounded-yaml.js';
import { fetchHttpClient } from './azure-http.js';
import { kubeconfigFromText, maskKubeConfigSecrets } from './kubeconfig.js';
import type { AksProviderConfig, ClusterCredentials, ResolveContext } from './types.js';
import {
  buildKubeConfig,
  credentialsOf,
  messageOf,
  fetchJson,
  nowOf,
  RefreshingToken,
  requestIdToken,
  requireEnv,
  SecretSink,
  trimSlash,
  type HttpProblem,
} from './util.js';

const P = 'aks';
const API_VERSION = '2024-09-01';
/** The Entra application every AKS cluster's API server trusts (the "Azure Kubernetes Service AAD Server"). */
export const AKS_AAD_SERVER_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630/.default';
const HOUR = 3_600_000;

interface ManagedCluster {
  properties?: {
    aadProfile?: { managed?: boolean; enableAzureRBAC?: boolean } | null;
    disableLocalAccounts?: boolean;
    fqdn?: string;
    provisioningState?: string;
  };
}

/**
 * Azure: Entra token (federated GitHub OIDC or secret) → ARM listClusterUserCredential → kubeconfig; Entra clusters get
 * a refreshing bearer token.
 */
export async function resolveAks(config: AksProviderConfig, ctx: ResolveContext): Promise<ClusterCredentials> {
  const secrets = new SecretSink(ctx);
  const arm = trimSlash(config.armUrl ?? 'https://management.azure.com');
  const newCredential = credentialFactory(config, ctx, secrets);
  const armToken = await entraToken(newCredential(), `${new URL(arm).origin}/.default`, 'ARM token', config);
  const headers = { Authorization: `Bearer ${armToken.token}`, Accept: 'application/json' };
  const base = `${arm}/subscriptions/${enc(config.subscriptionId)}/resourceGroups/${enc(config.resourceGroup)}/providers/Microsoft.ContainerService/managedClusters/${enc(config.cluster)}`;

  const cluster = await fetchJson<ManagedCluster>(
    ctx,
    P,
    'get managed cluster',
    `${base}?api-version=${API_VERSION}`,
    { headers },
    (p) => armError(p, config, 'Microsoft.ContainerService/managedClusters/read'),
  );
  const props = cluster.properties ?? {};
  if (config.admin && props.disableLocalAccounts) {
    throw new CredentialsError(
      P,
      'list credentials',
      `cluster ${config.cluster} has local accounts disabled, so admin credentials do not exist; drop \`admin: true\` and grant the identity an Azure RBAC role on the cluster`,
    );
  }
  const action = config.admin ? 'listClusterAdminCredential' : 'listClusterUserCredential';
  const list = await fetchJson<{ kubeconfigs?: { name?: string; value?: string }[] }>(
    ctx,
    P,
    'list credentials',
    `${base}/${action}?api-version=${API_VERSION}`,
    { method: 'POST', headers: { ...headers, 'Content-Length': '0' } },
    (p) => armError(p, config, `Microsoft.ContainerService/managedClusters/${action}/action`),
  );
  const value = list.kubeconfigs?.[0]?.value;
  if (!value) throw new CredentialsError(P, 'list credentials', 'ARM answered without kubeconfigs[0].value');
  const yaml = Buffer.from(value, 'base64').toString('utf8');

  const loaded = new KubeConfig();
  try {
    loadYamlDocument(yaml, { file: 'kubeconfig' }); // budgets first: client-node parses without any
    loaded.loadFromString(yaml);
  } catch (error) {
    throw new CredentialsError(P, 'list credentials', `kubeconfig from ARM does not parse: ${messageOf(error)}`, {
      cause: error,
    });
  }
  maskKubeConfigSecrets(loaded, secrets);
  const user = loaded.getCurrentUser();
  const entra =
    Boolean(props.aadProfile) ||
    isKubelogin(user?.exec) ||
    (user?.authProvider as { name?: string } | undefined)?.name === 'azure';
  if (!entra || config.admin) return kubeconfigFromText(yaml, { provider: P, ctx, secrets });

  // Entra-enabled: the kubeconfig's user runs kubelogin, which the runner may not have. Use our own token instead.
  const clusterEntry = loaded.getCurrentCluster();
  if (!clusterEntry) throw new CredentialsError(P, 'list credentials', 'kubeconfig from ARM has no current cluster');
  const tokens = new RefreshingToken(
    async () => {
      const t = await entraToken(newCredential(), AKS_AAD_SERVER_SCOPE, 'cluster token', config);
      // Entra tokens last 60–90 min; fetch again at least hourly.
      const expiresAt = new Date(Math.min(t.expiresOnTimestamp, nowOf(ctx).getTime() + HOUR));
      ctx.log?.(`aks: got an Entra token for ${config.cluster}, using it until ${expiresAt.toISOString()}`);
      return { token: t.token, expiresAt };
    },
    { refreshBeforeMs: 5 * 60_000, now: () => nowOf(ctx), secrets },
  );
  await tokens.get();
  const kubeConfig = buildKubeConfig({
    name: `aks-${config.cluster}`,
    server: clusterEntry.server,
    ...(clusterEntry.caData ? { caData: clusterEntry.caData } : {}),
    ...(clusterEntry.tlsServerName ? { tlsServerName: clusterEntry.tlsServerName } : {}),
    user: { source: tokens },
  });
  return credentialsOf(kubeConfig, clusterEntry.server, secrets, { tokens });
}

function credentialFactory(config: AksProviderConfig, ctx: ResolveContext, secrets: SecretSink): () => TokenCredential {
  const options = {
    ...(config.authorityHost ? { authorityHost: config.authorityHost } : {}),
    ...(ctx.fetch ? { httpClient: fetchHttpClient(ctx.fetch) } : {}),
  };
  if (config.clientSecretEnv) {
    const secret = secrets.add(
      requireEnv(ctx, P, 'client secret', config.clientSecretEnv, `the client secret of app ${config.clientId}`),
    );
    return () => new ClientSecretCredential(config.tenantId, config.clientId, secret, options);
  }
  // A fresh credential per token: MSAL's cache runs on the wall clock, the refresh decision here on ctx.now.
  const getAssertion = () => requestIdToken(ctx, P, 'api://AzureADTokenExchange', secrets);
  return () => new ClientAssertionCredential(config.tenantId, config.clientId, getAssertion, options);
}

async function entraToken(credential: TokenCredential, scope: string, step: string, config: AksProviderConfig) {
  let token;
  try {
    token = await credential.getToken(scope);
  } catch (error) {
    if (error instanceof CredentialsError) throw error;
    if (error instanceof Error && error.cause instanceof CredentialsError) throw error.cause;
    throw new CredentialsError(P, step, `${entraHint(messageOf(error), config, entraErrorCodes(error))}`, {
      cause: error,
    });
  }
  if (!token) throw new CredentialsError(P, step, `Entra returned no token for ${scope}`);
  return token;
}

/**
 * The AADSTS codes of an Entra error: @azure/identity's AuthenticationError carries them as
 * errorResponse.errorCodes (numbers, from the token endpoint's `error_codes`); found along the cause chain.
 */
function entraErrorCodes(error: unknown): number[] {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth += 1) {
    const codes = (current as { errorResponse?: { errorCodes?: unknown } }).errorResponse?.errorCodes;
    if (Array.isArray(codes)) return codes.filter((code): code is number => typeof code === 'number');
    current = (current as { cause?: unknown }).cause;
  }
  return [];
}

/**
 * A hint for the Entra errors a misconfigured workflow meets. By the error's codes when it has them; the AADSTS text
 * in the message is the fallback (errors that reach us re-wrapped without errorResponse).
 */
function entraHint(message: string, config: AksProviderConfig, codes: number[] = []): string {
  const has = (...wanted: number[]): boolean =>
    codes.length > 0
      ? wanted.some((code) => codes.includes(code))
      : wanted.some((code) => new RegExp(`AADSTS${code}(?!\\d)`).test(message));
  if (has(700213, 70021, 700211)) {
    return `${message} — add a federated credential to app ${config.clientId} with issuer https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and this job's subject (repo:<owner>/<repo>:environment:<env> or :ref:refs/heads/<branch>)`;
  }
  if (has(7000215, 7000222)) return `${message} — the client secret in ${config.clientSecretEnv} is wrong or expired`;
  if (has(700016)) return `${message} — no app ${config.clientId} in tenant ${config.tenantId}`;
  return message;
}

function armError(p: HttpProblem, config: AksProviderConfig, action: string): string {
  switch (p.status) {
    case 401:
      return `ARM rejected the token (expired or for the wrong tenant): ${p.detail}`;
    case 403:
      return `the identity ${config.clientId} lacks ${action} on ${config.cluster} (grant "Azure Kubernetes Service Cluster User Role"${action.includes('Admin') ? ' / Cluster Admin Role' : ''}): ${p.detail}`;
    case 404:
      return `cluster ${config.cluster} not found in resource group ${config.resourceGroup} of subscription ${config.subscriptionId}: ${p.detail}`;
    default:
      return p.detail;
  }
}

function isKubelogin(exec: unknown): boolean {
  const command = (exec as { command?: string } | undefined)?.command ?? '';
  return /kubelogin/.test(command);
}

function enc(s: string): string {
  return encodeURIComponent(s);
}
