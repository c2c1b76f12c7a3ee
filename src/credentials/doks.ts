import { CredentialsError } from '../errors.js';
import type { ClusterCredentials, DoksProviderConfig, ResolveContext } from './types.js';
import {
  buildKubeConfig,
  credentialsOf,
  fetchJson,
  nowOf,
  RefreshingToken,
  requireEnv,
  SecretSink,
  trimSlash,
  type HttpProblem,
} from './util.js';

const P = 'doks';
const MAX_PAGES = 50;

interface DoCluster {
  id: string;
  name: string;
  status?: { state?: string };
}

interface DoCredentials {
  server: string;
  certificate_authority_data: string;
  client_certificate_data?: string | null;
  client_key_data?: string | null;
  token?: string | null;
  expires_at?: string;
}

/** DigitalOcean: PAT → cluster id by name → short-lived cluster credentials, fetched again before they expire. */
export async function resolveDoks(config: DoksProviderConfig, ctx: ResolveContext): Promise<ClusterCredentials> {
  const secrets = new SecretSink(ctx);
  const tokenEnv = config.tokenEnv ?? 'DIGITALOCEAN_ACCESS_TOKEN';
  const pat = secrets.add(
    requireEnv(
      ctx,
      P,
      'API token',
      tokenEnv,
      'a DigitalOcean token with kubernetes:read and kubernetes:access_cluster',
    ),
  );
  const api = trimSlash(config.apiUrl ?? 'https://api.digitalocean.com');
  const expirySeconds = config.expirySeconds ?? 3600;
  const headers = { Authorization: `Bearer ${pat}`, Accept: 'application/json' };
  const onError = (what: string) => (p: HttpProblem) => doError(p, tokenEnv, what);

  const matches: DoCluster[] = [];
  let next: string | undefined = `${api}/v2/kubernetes/clusters?per_page=200`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const body: { kubernetes_clusters?: DoCluster[]; links?: { pages?: { next?: string } } } = await fetchJson(
      ctx,
      P,
      'list clusters',
      next,
      { headers },
      onError('kubernetes:read'),
    );
    matches.push(...(body.kubernetes_clusters ?? []).filter((c) => c.name === config.cluster));
    next = body.links?.pages?.next;
    // The PAT goes with every page request: never follow a link off the API's origin.
    if (next && new URL(next).origin !== new URL(api).origin) {
      throw new CredentialsError(
        P,
        'list clusters',
        `refusing to follow pagination link to another origin (${new URL(next).origin})`,
      );
    }
  }
  if (matches.length === 0)
    throw new CredentialsError(
      P,
      'find cluster',
      `no Kubernetes cluster named ${config.cluster} is visible to the token in ${tokenEnv}`,
    );
  if (matches.length > 1)
    throw new CredentialsError(
      P,
      'find cluster',
      `${matches.length} clusters are named ${config.cluster} (${matches.map((c) => c.id).join(', ')})`,
    );
  const id = matches[0]!.id;

  const fetchCredentials = () =>
    fetchJson<DoCredentials>(
      ctx,
      P,
      'get credentials',
      `${api}/v2/kubernetes/clusters/${encodeURIComponent(id)}/credentials?expiry_seconds=${expirySeconds}`,
      { headers },
      onError('kubernetes:access_cluster'),
    );
  const first = await fetchCredentials();
  const expiresAtOf = (c: DoCredentials) =>
    c.expires_at ? new Date(c.expires_at) : new Date(nowOf(ctx).getTime() + expirySeconds * 1000);
  const name = `doks-${config.cluster}`;
  secrets.add(first.client_key_data ?? undefined);

  if (!first.token) {
    // Clusters that hand out client certificates: no refresh path without rebuilding the config; the expiry is
    // reported.
    if (!first.client_certificate_data || !first.client_key_data)
      throw new CredentialsError(P, 'get credentials', 'the API returned neither a token nor a client certificate');
    const kubeConfig = buildKubeConfig({
      name,
      server: first.server,
      caData: first.certificate_authority_data,
      user: { certData: first.client_certificate_data, keyData: first.client_key_data },
    });
    const expiresAt = expiresAtOf(first);
    return credentialsOf(kubeConfig, first.server, secrets, { expiresAt: () => expiresAt });
  }

  const tokens = new RefreshingToken(
    async () => {
      const c = await fetchCredentials();
      if (!c.token) throw new CredentialsError(P, 'refresh credentials', 'the API returned no token');
      ctx.log?.(`doks: refreshed the token for ${config.cluster}`);
      return { token: c.token, expiresAt: expiresAtOf(c) };
    },
    // A tenth of the lifetime (at least a minute), so a short expiry still refreshes ahead of time.
    { refreshBeforeMs: Math.max(60_000, expirySeconds * 100), now: () => nowOf(ctx), secrets },
  );
  tokens.seed(first.token, expiresAtOf(first));
  const kubeConfig = buildKubeConfig({
    name,
    server: first.server,
    caData: first.certificate_authority_data,
    user: { source: tokens },
  });
  return credentialsOf(kubeConfig, first.server, secrets, { tokens });
}

function doError(p: HttpProblem, tokenEnv: string, scope: string): string {
  switch (p.status) {
    case 401:
      return `the token in ${tokenEnv} was rejected (expired, revoked or invalid): ${p.detail}`;
    case 403:
      return `the token in ${tokenEnv} lacks the ${scope} scope: ${p.detail}`;
    case 404:
      return `not found: ${p.detail}`;
    default:
      return p.detail;
  }
}
