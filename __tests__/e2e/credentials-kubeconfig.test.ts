// Bare-metal credential paths of the `kubeconfig` provider against a REAL local API server (the test bed):
// kubeconfig file, kubeconfig in an env var (YAML and base64), client certificate + key, ServiceAccount tokens
// (TokenRequest and legacy token Secret) with server + CA (+ tls-server-name), and how rejections surface.
import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveKubeconfig } from '../../src/credentials/kubeconfig.js';
import type { KubeconfigProviderConfig, ResolveContext } from '../../src/credentials/types.js';
import { deleteNamespace, kubeConfigFor, testClusters, uniqueNamespace, waitFor, type TestCluster } from './testbed.js';

/** undici reports `fetch failed`; the certificate problem is in the cause. */
async function tlsFailure(promise: Promise<unknown>): Promise<string> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as (Error & { cause?: Error }) | undefined;
  if (!error) throw new Error('expected a TLS failure, the request succeeded');
  return error.cause?.message ?? error.message;
}

function context(env: Record<string, string> = {}) {
  const masked: string[] = [];
  const logs: string[] = [];
  const ctx: ResolveContext = {
    env,
    getIdToken: () => Promise.reject(new Error('no OIDC in bare-metal tests')),
    mask: (s) => masked.push(s),
    log: (m) => logs.push(m),
  };
  return { ctx, masked, logs };
}

async function whoAmI(kc: k8s.KubeConfig): Promise<{ username?: string; groups?: string[] }> {
  const review = await kc
    .makeApiClient(k8s.AuthenticationV1Api)
    .createSelfSubjectReview({ body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' } });
  return review.status?.userInfo ?? {};
}

describe('kubeconfig provider against the local test cluster', () => {
  let cluster: TestCluster;
  let admin: k8s.KubeConfig;
  let server: string;
  let caData: string;
  let namespace: string;

  beforeAll(async () => {
    cluster = testClusters()[0]!;
    admin = kubeConfigFor(cluster);
    server = admin.getCurrentCluster()!.server;
    caData = admin.getCurrentCluster()!.caData!;
    namespace = await uniqueNamespace('credentials', cluster);
  });
  afterAll(async () => {
    if (namespace) await deleteNamespace(namespace, cluster);
  });

  it('path: the test bed kubeconfig (admin client cert, O=system:masters, embedded CA)', async () => {
    const { ctx, masked } = context();
    const creds = await resolveKubeconfig({ provider: 'kubeconfig', path: cluster.kubeconfigPath }, ctx);
    expect(creds.server).toBe(server);
    expect((await whoAmI(creds.kubeConfig)).groups).toContain('system:masters');
    expect(masked).toContain(admin.getCurrentUser()!.keyData);
  });

  it('kubeconfigEnv: YAML and base64 of it', async () => {
    const yaml = readFileSync(cluster.kubeconfigPath, 'utf8');
    for (const value of [yaml, Buffer.from(yaml).toString('base64')]) {
      const { ctx } = context({ KUBECONFIG_DATA: value });
      const creds = await resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KUBECONFIG_DATA' }, ctx);
      const namespaces = await creds.kubeConfig.makeApiClient(k8s.CoreV1Api).listNamespace();
      expect(namespaces.items.map((n) => n.metadata?.name)).toContain(namespace);
    }
  });

  it('server + client certificate/key from env + base64 CA', async () => {
    const user = admin.getCurrentUser()!;
    const { ctx, masked } = context({
      CLIENT_CERT: user.certData!,
      CLIENT_KEY: Buffer.from(user.keyData!, 'base64').toString('utf8'),
    });
    const creds = await resolveKubeconfig(
      {
        provider: 'kubeconfig',
        server,
        certificateAuthority: caData,
        clientCertificateEnv: 'CLIENT_CERT',
        clientKeyEnv: 'CLIENT_KEY',
      },
      ctx,
    );
    expect((await whoAmI(creds.kubeConfig)).groups).toContain('system:masters');
    expect(masked.length).toBeGreaterThan(0);
  });

  describe('ServiceAccount tokens', () => {
    const sa = 'deployer';
    let bindingName: string;

    beforeAll(async () => {
      const core = admin.makeApiClient(k8s.CoreV1Api);
      const rbac = admin.makeApiClient(k8s.RbacAuthorizationV1Api);
      await core.createNamespacedServiceAccount({ namespace, body: { metadata: { name: sa } } });
      bindingName = `${namespace}-deployer-view`;
      // Cluster-wide read, nothing else: enough to tell the token's identity and permissions apart from admin's.
      await rbac.createClusterRoleBinding({
        body: {
          metadata: { name: bindingName },
          roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
          subjects: [{ kind: 'ServiceAccount', name: sa, namespace }],
        },
      });
    });
    afterAll(async () => {
      await admin
        .makeApiClient(k8s.RbacAuthorizationV1Api)
        .deleteClusterRoleBinding({ name: bindingName })
        .catch(() => undefined);
    });

    async function tokenRequest(): Promise<string> {
      const review = await admin.makeApiClient(k8s.CoreV1Api).createNamespacedServiceAccountToken({
        name: sa,
        namespace,
        body: {
          apiVersion: 'authentication.k8s.io/v1',
          kind: 'TokenRequest',
          spec: { expirationSeconds: 600, audiences: [] },
        },
      });
      const token = review.status?.token;
      if (!token) throw new Error('TokenRequest returned no token');
      return token;
    }

    it('server + TokenRequest token + PEM CA: acts as the ServiceAccount with its RBAC', async () => {
      const token = await tokenRequest();
      const { ctx, masked } = context({ KUBE_TOKEN: token });
      const config: KubeconfigProviderConfig = {
        provider: 'kubeconfig',
        server,
        tokenEnv: 'KUBE_TOKEN',
        certificateAuthority: Buffer.from(caData, 'base64').toString('utf8'),
      };
      const creds = await resolveKubeconfig(config, ctx);
      expect(masked).toEqual([token]);
      expect(creds.secrets).toEqual([token]);
      expect((await whoAmI(creds.kubeConfig)).username).toBe(`system:serviceaccount:${namespace}:${sa}`);
      const core = creds.kubeConfig.makeApiClient(k8s.CoreV1Api);
      await expect(core.listNamespacedServiceAccount({ namespace })).resolves.toBeDefined();
      await expect(
        core.createNamespace({ body: { metadata: { name: `${namespace}-forbidden` } } }),
      ).rejects.toMatchObject({ code: 403 });
    });

    it('legacy token Secret (filled in by the token controller) works the same way', async () => {
      const core = admin.makeApiClient(k8s.CoreV1Api);
      await core.createNamespacedSecret({
        namespace,
        body: {
          metadata: { name: 'deployer-token', annotations: { 'kubernetes.io/service-account.name': sa } },
          type: 'kubernetes.io/service-account-token',
        },
      });
      const token = await waitFor('token controller to fill deployer-token', async () => {
        const secret = await core.readNamespacedSecret({ name: 'deployer-token', namespace });
        const data = secret.data?.['token'];
        return data ? Buffer.from(data, 'base64').toString('utf8') : undefined;
      });
      const { ctx } = context({ KUBE_TOKEN: token });
      const creds = await resolveKubeconfig(
        { provider: 'kubeconfig', server, tokenEnv: 'KUBE_TOKEN', certificateAuthority: caData },
        ctx,
      );
      expect((await whoAmI(creds.kubeConfig)).username).toBe(`system:serviceaccount:${namespace}:${sa}`);
    });

    it('tlsServerName: a SAN of the serving cert works, anything else fails TLS verification', async () => {
      const token = await tokenRequest();
      const { ctx } = context({ KUBE_TOKEN: token });
      const base: KubeconfigProviderConfig = {
        provider: 'kubeconfig',
        server,
        tokenEnv: 'KUBE_TOKEN',
        certificateAuthority: caData,
      };
      const good = await resolveKubeconfig({ ...base, tlsServerName: 'kubernetes.default.svc' }, ctx);
      expect((await whoAmI(good.kubeConfig)).username).toContain(sa);
      const bad = await resolveKubeconfig({ ...base, tlsServerName: 'not-in-the-cert.example' }, ctx);
      expect(await tlsFailure(whoAmI(bad.kubeConfig))).toMatch(
        /not-in-the-cert.example.* is not in the cert's altnames/,
      );
    });

    it('an invalid token is rejected by the API server with 401', async () => {
      const { ctx } = context({ KUBE_TOKEN: 'not-a-valid-token' });
      const creds = await resolveKubeconfig(
        { provider: 'kubeconfig', server, tokenEnv: 'KUBE_TOKEN', certificateAuthority: caData },
        ctx,
      );
      await expect(creds.kubeConfig.makeApiClient(k8s.CoreV1Api).listNamespace()).rejects.toMatchObject({ code: 401 });
    });

    it('a CA that did not sign the serving cert fails TLS verification', async () => {
      // A certificate, but not the one that signed the serving cert (the admin's client cert is a leaf).
      const otherCa = admin.getCurrentUser()!.certData!;
      const { ctx } = context({ KUBE_TOKEN: await tokenRequest() });
      const creds = await resolveKubeconfig(
        { provider: 'kubeconfig', server, tokenEnv: 'KUBE_TOKEN', certificateAuthority: otherCa },
        ctx,
      );
      expect(await tlsFailure(whoAmI(creds.kubeConfig))).toMatch(/certificate|verify/i);
    });
  });
});
