import { CredentialsError } from '../errors.js';
import { kubeconfigFromText } from './kubeconfig.js';
import type { ClusterCredentials, LkeProviderConfig, ResolveContext } from './types.js';
import { fetchJson, HttpStatusError, requireEnv, SecretSink, sleepOf, trimSlash, type HttpProblem } from './util.js';

const P = 'lke';
/** LKE answers 503 for a few minutes after a cluster is created; 2 s doubling to 30 s covers about five minutes. */
const KUBECONFIG_ATTEMPTS = 14;

interface LkeCluster {
  id: number;
  label: string;
}

/** Linode/Akamai: PAT → cluster id by label (X-Filter) → its kubeconfig (long-lived token, no refresh). */
export async function resolveLke(config: LkeProviderConfig, ctx: ResolveContext): Promise<ClusterCredentials> {
  const secrets = new SecretSink(ctx);
  const tokenEnv = config.tokenEnv ?? 'LINODE_TOKEN';
  const pat = secrets.add(requireEnv(ctx, P, 'API token', tokenEnv, 'a Linode token with the lke scope'));
  const api = trimSlash(config.apiUrl ?? 'https://api.linode.com');
  const headers = { Authorization: `Bearer ${pat}`, Accept: 'application/json' };
  const onError = (p: HttpProblem) => lkeError(p, tokenEnv);

  const list = await fetchJson<{ data?: LkeCluster[] }>(
    ctx,
    P,
    'find cluster',
    `${api}/v4/lke/clusters`,
    { headers: { ...headers, 'X-Filter': JSON.stringify({ label: config.cluster }) } },
    onError,
  );
  // X-Filter is an exact match already; filter again so a server that ignores it cannot pick the wrong cluster.
  const matches = (list.data ?? []).filter((c) => c.label === config.cluster);
  if (matches.length === 0)
    throw new CredentialsError(
      P,
      'find cluster',
      `no LKE cluster labelled ${config.cluster} is visible to the token in ${tokenEnv}`,
    );
  if (matches.length > 1)
    throw new CredentialsError(P, 'find cluster', `${matches.length} LKE clusters are labelled ${config.cluster}`);
  const id = matches[0]!.id;

  const sleep = sleepOf(ctx);
  let body: { kubeconfig?: string } | undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      body = await fetchJson(ctx, P, 'get kubeconfig', `${api}/v4/lke/clusters/${id}/kubeconfig`, { headers }, onError);
      break;
    } catch (error) {
      const retry =
        error instanceof HttpStatusError
          ? error.status === 503 || error.status === 429 || error.status >= 500
          : error instanceof CredentialsError && error.retryable;
      if (!retry || attempt >= KUBECONFIG_ATTEMPTS) throw error;
      const delay = Math.min(30_000, 2_000 * 2 ** (attempt - 1));
      ctx.log?.(
        `lke: kubeconfig for ${config.cluster} not ready (${(error as Error).message}); retrying in ${delay / 1000}s`,
      );
      await sleep(delay);
    }
  }
  if (!body?.kubeconfig) throw new CredentialsError(P, 'get kubeconfig', 'the API answered without a kubeconfig');
  const yaml = Buffer.from(body.kubeconfig, 'base64').toString('utf8');
  return kubeconfigFromText(yaml, { provider: P, ctx, secrets });
}

function lkeError(p: HttpProblem, tokenEnv: string): string {
  switch (p.status) {
    case 401:
      return `the token in ${tokenEnv} was rejected (expired, revoked or invalid): ${p.detail}`;
    case 403:
      return `the token in ${tokenEnv} lacks the lke scope (read_only to find the cluster, read_write for its kubeconfig on some accounts): ${p.detail}`;
    case 404:
      return `not found: ${p.detail}`;
    default:
      return p.detail;
  }
}
