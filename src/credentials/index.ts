import { CredentialsError } from '../errors.js';
import { providerNames } from '../spec/providers.js';
import type { ClusterCredentials, ClusterProviderConfig, CredentialProvider, ResolveContext } from './types.js';

export type * from './types.js';
export { githubIdTokenGetter, type GitHubOidcOptions } from './github-oidc.js';
export { AUTH_PROVIDER_NAME } from './util.js';

/**
 * One provider per `provider:` value; each is a plain function behind the CredentialProvider interface. Loaded on
 * first use: the cloud SDKs are most of the bundle, and a run only ever needs the providers its clusters name.
 */
export const providers = {
  eks: { resolve: async (config, ctx) => (await import('./eks.js')).resolveEks(config, ctx) },
  doks: { resolve: async (config, ctx) => (await import('./doks.js')).resolveDoks(config, ctx) },
  lke: { resolve: async (config, ctx) => (await import('./lke.js')).resolveLke(config, ctx) },
  aks: { resolve: async (config, ctx) => (await import('./aks.js')).resolveAks(config, ctx) },
  gke: { resolve: async (config, ctx) => (await import('./gke.js')).resolveGke(config, ctx) },
  kubeconfig: { resolve: async (config, ctx) => (await import('./kubeconfig.js')).resolveKubeconfig(config, ctx) },
} satisfies {
  [K in ClusterProviderConfig['provider']]: CredentialProvider<Extract<ClusterProviderConfig, { provider: K }>>;
};

/** Turns a spec's `clusters[]` entry into a ready KubeConfig. Masks every secret through ctx.mask as it appears. */
export async function resolveCredentials(
  config: ClusterProviderConfig,
  ctx: ResolveContext,
): Promise<ClusterCredentials> {
  const provider = Object.hasOwn(providers, config.provider) ? providers[config.provider] : undefined;
  if (!provider) {
    const unknown = (config as { provider?: unknown }).provider;
    throw new CredentialsError(
      String(unknown),
      'configuration',
      `unknown provider ${JSON.stringify(unknown)} (expected ${providerNames.slice(0, -1).join(', ')} or ${providerNames.at(-1)})`,
    );
  }
  // The map pairs each provider with its own config type; the union cannot express that per call.
  return (provider.resolve as (config: ClusterProviderConfig, ctx: ResolveContext) => Promise<ClusterCredentials>)(
    config,
    ctx,
  );
}

/**
 * The deploy spec writes a cluster as `{name, eks: {...}}` (exactly one provider key, see the JSON Schema);
 * this turns it into the `{provider: 'eks', ...}` union the providers take.
 */
export function providerConfigFromSpec(cluster: { name?: string } & { [key: string]: unknown }): ClusterProviderConfig {
  const present = providerNames.filter((key) => cluster[key] !== undefined);
  if (present.length !== 1) {
    throw new CredentialsError(
      present[0] ?? 'cluster',
      'configuration',
      `cluster ${cluster.name ?? '?'} must have exactly one of ${providerNames.join(', ')} (has ${present.length ? present.join(', ') : 'none'})`,
    );
  }
  const key = present[0]!;
  return { ...(cluster[key] as object), provider: key } as ClusterProviderConfig;
}

/** A one-line, secret-free description for logs: `eks prod (us-east-1, role arn:aws:iam::1:role/deploy)`. */
export function describeProvider(config: ClusterProviderConfig): string {
  switch (config.provider) {
    case 'eks':
      return `eks ${config.cluster} (${config.region}, ${config.roleArn ? `role ${config.roleArn} via GitHub OIDC` : 'keys from AWS_ACCESS_KEY_ID'})`;
    case 'doks':
      return `doks ${config.cluster} (token from ${config.tokenEnv ?? 'DIGITALOCEAN_ACCESS_TOKEN'})`;
    case 'lke':
      return `lke ${config.cluster} (token from ${config.tokenEnv ?? 'LINODE_TOKEN'})`;
    case 'aks':
      return `aks ${config.cluster} (${config.resourceGroup}, subscription ${config.subscriptionId}, app ${config.clientId} via ${config.clientSecretEnv ? `secret ${config.clientSecretEnv}` : 'GitHub OIDC'}${config.admin ? ', admin' : ''})`;
    case 'gke':
      return `gke ${config.cluster} (${config.project}/${config.location}, ${config.serviceAccount ? `as ${config.serviceAccount}` : 'federated identity'} via GitHub OIDC)`;
    case 'kubeconfig': {
      const source = config.kubeconfigEnv
        ? `kubeconfig from ${config.kubeconfigEnv}`
        : config.path
          ? `kubeconfig ${config.path}`
          : `${config.server ?? '?'} with ${config.tokenEnv ? `token from ${config.tokenEnv}` : config.clientCertificateEnv ? `client cert from ${config.clientCertificateEnv}` : 'no credentials'}`;
      return `kubeconfig (${source}${config.context ? `, context ${config.context}` : ''})`;
    }
    default:
      return `unknown provider ${JSON.stringify((config as { provider?: unknown }).provider)}`;
  }
}
