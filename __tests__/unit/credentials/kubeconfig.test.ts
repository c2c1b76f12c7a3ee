import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { VersionApi } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveKubeconfig } from '../../../src/credentials/kubeconfig.js';
import { authHeaderOf, testContext } from './local-server.js';
import { makePki, startFakeApiServer, type Pki } from './tls-fixture.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

function kubeconfigYaml(server: string, ca: string, user: string, extra = ''): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: one
  cluster:
    server: ${server}
    certificate-authority-data: ${b64(ca)}
- name: two
  cluster:
    server: https://two.example:6443
users:
- name: u1
  user:
${user}
- name: u2
  user:
    token: second-user-token
contexts:
- name: ctx-one
  context: {cluster: one, user: u1}
- name: ctx-two
  context: {cluster: two, user: u2}
${extra}`;
}

describe('kubeconfig provider (self-signed CA, local HTTPS API server)', () => {
  let pki: Pki;
  let api: Awaited<ReturnType<typeof startFakeApiServer>>;
  beforeAll(async () => {
    pki = makePki();
    api = await startFakeApiServer(pki);
  });
  afterAll(async () => {
    await api.close();
    pki.cleanup();
  });

  async function version(kc: Parameters<typeof authHeaderOf>[0]) {
    return (await kc.makeApiClient(VersionApi).getCode()).gitVersion;
  }

  it('server + token from env + PEM CA + tlsServerName reaches the server; token masked', async () => {
    const t = testContext({ env: { KUBE_TOKEN: 'bare-metal-token' } });
    const creds = await resolveKubeconfig(
      {
        provider: 'kubeconfig',
        server: api.url,
        tokenEnv: 'KUBE_TOKEN',
        certificateAuthority: pki.caPem,
        tlsServerName: 'kube.test',
      },
      t.ctx,
    );
    expect(await version(creds.kubeConfig)).toBe('v1.33.0');
    expect(api.seen.at(-1)).toMatchObject({ path: '/version', authorization: 'Bearer bare-metal-token' });
    expect(t.masked).toEqual(['bare-metal-token']);
    expect(creds.server).toBe(api.url);
  });

  it('without tlsServerName the certificate (DNS:kube.test only) does not match 127.0.0.1', async () => {
    const t = testContext({ env: { KUBE_TOKEN: 'x' } });
    const creds = await resolveKubeconfig(
      { provider: 'kubeconfig', server: api.url, tokenEnv: 'KUBE_TOKEN', certificateAuthority: b64(pki.caPem) },
      t.ctx,
    );
    await expect(version(creds.kubeConfig)).rejects.toThrow();
  });

  it('client certificate + key from env (base64 or PEM), CA from a file path', async () => {
    const t = testContext({ env: { CERT: b64(pki.clientCertPem), KEY: pki.clientKeyPem } });
    const creds = await resolveKubeconfig(
      {
        provider: 'kubeconfig',
        server: api.url,
        clientCertificateEnv: 'CERT',
        clientKeyEnv: 'KEY',
        certificateAuthority: pki.caPath,
        tlsServerName: 'kube.test',
      },
      t.ctx,
    );
    expect(await version(creds.kubeConfig)).toBe('v1.33.0');
    expect(api.seen.at(-1)).toMatchObject({ clientCN: 'deployer' });
    expect(api.seen.at(-1)?.authorization).toBeUndefined();
    expect(t.masked).toContain(pki.clientKeyPem.trim());
    // and line by line, since log masking matches single lines
    const keyLines = pki.clientKeyPem.split('\n').filter((l) => l && !l.startsWith('-----'));
    expect(t.masked).toEqual(expect.arrayContaining(keyLines));
  });

  it('kubeconfig YAML from env: current-context, masks every user, context override', async () => {
    const yaml = kubeconfigYaml(api.url, pki.caPem, '    token: first-user-token', 'current-context: ctx-one\n');
    const t = testContext({ env: { KUBECONFIG_DATA: yaml } });
    const creds = await resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KUBECONFIG_DATA' }, t.ctx);
    expect(creds.server).toBe(api.url);
    expect(await authHeaderOf(creds.kubeConfig)).toBe('Bearer first-user-token');
    expect(t.masked).toEqual(['first-user-token', 'second-user-token']);
    const other = await resolveKubeconfig(
      { provider: 'kubeconfig', kubeconfigEnv: 'KUBECONFIG_DATA', context: 'ctx-two' },
      t.ctx,
    );
    expect(other.server).toBe('https://two.example:6443');
    await expect(
      resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KUBECONFIG_DATA', context: 'nope' }, t.ctx),
    ).rejects.toThrow('kubeconfig: select context: context nope is not in the kubeconfig (has: ctx-one, ctx-two)');
  });

  it('base64 kubeconfig from env; the blob itself is masked', async () => {
    const blob = b64(kubeconfigYaml(api.url, pki.caPem, '    token: t1', 'current-context: ctx-one\n'));
    const t = testContext({ env: { KC: blob } });
    const creds = await resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KC' }, t.ctx);
    expect(creds.server).toBe(api.url);
    expect(t.masked[0]).toBe(blob);
  });

  it('kubeconfig file path with a relative CA file', async () => {
    const file = path.join(pki.dir, 'config');
    writeFileSync(
      file,
      `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: '${api.url}', certificate-authority: ca.crt, tls-server-name: kube.test}}]
users: [{name: u, user: {token: file-token}}]
contexts: [{name: x, context: {cluster: c, user: u}}]
current-context: x
`,
      { mode: 0o600 },
    );
    const t = testContext();
    const creds = await resolveKubeconfig({ provider: 'kubeconfig', path: file }, t.ctx);
    expect(await version(creds.kubeConfig)).toBe('v1.33.0');
    expect(api.seen.at(-1)?.authorization).toBe('Bearer file-token');
    await expect(
      resolveKubeconfig({ provider: 'kubeconfig', path: path.join(pki.dir, 'missing') }, t.ctx),
    ).rejects.toThrow(/kubeconfig: read kubeconfig: cannot load/);
  });

  it('warns about gcp/azure auth-providers and masks their tokens; notes exec plugins', async () => {
    const gcp = kubeconfigYaml(
      api.url,
      pki.caPem,
      '    auth-provider:\n      name: gcp\n      config: {access-token: ya29.secret, cmd-path: gcloud}',
      'current-context: ctx-one\n',
    );
    const t = testContext({ env: { KC: gcp } });
    await resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KC' }, t.ctx);
    expect(t.logs.join('\n')).toMatch(/warning: kubeconfig: user u1 uses the gcp auth-provider.*use provider gke/);
    expect(t.masked).toContain('ya29.secret');
    const exec = kubeconfigYaml(
      api.url,
      pki.caPem,
      '    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: my-plugin\n      env: [{name: API_KEY, value: plugin-secret}]',
      'current-context: ctx-one\n',
    );
    const t2 = testContext({ env: { KC: exec } });
    await resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KC' }, t2.ctx);
    expect(t2.logs.join('\n')).toMatch(/exec plugin my-plugin/);
    expect(t2.masked).toContain('plugin-secret');
  });

  it('names what is missing', async () => {
    const t = testContext();
    await expect(resolveKubeconfig({ provider: 'kubeconfig' }, t.ctx)).rejects.toThrow(
      /set one of kubeconfigEnv, path, or server/,
    );
    await expect(resolveKubeconfig({ provider: 'kubeconfig', kubeconfigEnv: 'KUBECONFIG_B64' }, t.ctx)).rejects.toThrow(
      'environment variable KUBECONFIG_B64',
    );
    await expect(
      resolveKubeconfig({ provider: 'kubeconfig', server: api.url, tokenEnv: 'NOPE' }, t.ctx),
    ).rejects.toThrow('environment variable NOPE');
    await expect(resolveKubeconfig({ provider: 'kubeconfig', server: api.url }, t.ctx)).rejects.toThrow(
      /needs tokenEnv or clientCertificateEnv/,
    );
    await expect(
      resolveKubeconfig(
        { provider: 'kubeconfig', server: 'http://plain:80', tokenEnv: 'X' },
        testContext({ env: { X: 'y' } }).ctx,
      ),
    ).rejects.toThrow(/must use https/);
    await expect(
      resolveKubeconfig(
        { provider: 'kubeconfig', kubeconfigEnv: 'KC' },
        testContext({ env: { KC: 'apiVersion: v1\nkind: Config\nclusters: []\n' } }).ctx,
      ),
    ).rejects.toThrow(/no current-context/);
  });
});
