import { describe, expect, it } from 'vitest';
import {
  describeProvider,
  providerConfigFromSpec,
  resolveCredentials,
  type ClusterProviderConfig,
} from '../../../src/credentials/index.js';
import { CredentialsError } from '../../../src/errors.js';
import { testContext } from './local-server.js';

describe('resolveCredentials / describeProvider', () => {
  const configs: [ClusterProviderConfig, string][] = [
    [
      { provider: 'eks', region: 'us-east-1', cluster: 'prod', roleArn: 'arn:aws:iam::1:role/deploy' },
      'eks prod (us-east-1, role arn:aws:iam::1:role/deploy via GitHub OIDC)',
    ],
    [{ provider: 'doks', cluster: 'prod' }, 'doks prod (token from DIGITALOCEAN_ACCESS_TOKEN)'],
    [{ provider: 'lke', cluster: 'prod', tokenEnv: 'LT' }, 'lke prod (token from LT)'],
    [
      { provider: 'aks', subscriptionId: 's', resourceGroup: 'rg', cluster: 'prod', tenantId: 't', clientId: 'c' },
      'aks prod (rg, subscription s, app c via GitHub OIDC)',
    ],
    [
      {
        provider: 'gke',
        project: 'p',
        location: 'l',
        cluster: 'prod',
        workloadIdentityProvider: 'projects/1/locations/global/workloadIdentityPools/a/providers/b',
        serviceAccount: 'sa@p.iam.gserviceaccount.com',
      },
      'gke prod (p/l, as sa@p.iam.gserviceaccount.com via GitHub OIDC)',
    ],
    [
      { provider: 'kubeconfig', server: 'https://10.0.0.1:6443', tokenEnv: 'K' },
      'kubeconfig (https://10.0.0.1:6443 with token from K)',
    ],
    [{ provider: 'kubeconfig', kubeconfigEnv: 'KC', context: 'x' }, 'kubeconfig (kubeconfig from KC, context x)'],
  ];

  it.each(configs)('describes %j without secrets', (config, text) => {
    expect(describeProvider(config)).toBe(text);
  });

  it('dispatches on provider and reports the provider in errors', async () => {
    const t = testContext();
    await expect(resolveCredentials({ provider: 'doks', cluster: 'x' }, t.ctx)).rejects.toThrow(
      /^doks: API token: environment variable DIGITALOCEAN_ACCESS_TOKEN/,
    );
    await expect(resolveCredentials({ provider: 'lke', cluster: 'x' }, t.ctx)).rejects.toThrow(
      /^lke: API token: environment variable LINODE_TOKEN/,
    );
    const error = await resolveCredentials({ provider: 'openshift' } as unknown as ClusterProviderConfig, t.ctx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/unknown provider "openshift"/);
  });

  it('maps the spec shape {name, eks: {...}} onto the provider union', () => {
    expect(providerConfigFromSpec({ name: 'prod', eks: { region: 'us-east-1', cluster: 'c' } })).toEqual({
      provider: 'eks',
      region: 'us-east-1',
      cluster: 'c',
    });
    expect(() => providerConfigFromSpec({ name: 'x', eks: {}, gke: {} })).toThrow(/exactly one of .* \(has eks, gke\)/);
    expect(() => providerConfigFromSpec({ name: 'x' })).toThrow(/has none/);
  });
});
