import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ApiStatusError, ClusterUnreachableError, authOf, noteCredentialSource } from '../../../src/cluster/errors.js';

const tlsError = (code: string, message: string) =>
  new TypeError('fetch failed', {
    cause: Object.assign(
      new Error(`${message}; if the root CA is installed locally, try running Node.js with --use-system-ca`),
      { code },
    ),
  });

function kubeConfig(user: Record<string, unknown>): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://10.0.0.1:6443' }],
    users: [{ name: 'deployer', ...user }],
    contexts: [{ name: 'c', cluster: 'c', user: 'deployer' }],
    currentContext: 'c',
  });
  return kc;
}

describe('certificate errors', () => {
  it('a server certificate from another CA: names the cluster and the fix, is not retried, drops the Node hint', () => {
    const error = new ClusterUnreachableError(
      'prod',
      'https://10.0.0.1:6443',
      tlsError('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'),
    );
    expect(error.retryable).toBe(false);
    expect(error.certificate).toBe(true);
    expect(error.message).toBe(
      "cluster prod: the server's certificate (https://10.0.0.1:6443) is not signed by the certificate authority in the kubeconfig for cluster prod " +
        "(UNABLE_TO_VERIFY_LEAF_SIGNATURE); set the cluster's certificate-authority-data to the CA that issued the API server's certificate",
    );
  });

  it.each([
    ['SELF_SIGNED_CERT_IN_CHAIN', 'is not signed by the certificate authority in the kubeconfig'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'is not signed by the certificate authority in the kubeconfig'],
    ['CERT_HAS_EXPIRED', 'is expired or not yet valid'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'does not name the host of https://10.0.0.1:6443'],
  ])('%s', (code, text) => {
    const error = new ClusterUnreachableError('prod', 'https://10.0.0.1:6443', tlsError(code, 'x'));
    expect(error.message).toContain(text);
    expect(error.message).not.toContain('use-system-ca');
    expect(error.retryable).toBe(false);
  });

  it('a refused connection stays retryable with the socket error', () => {
    const error = new ClusterUnreachableError(
      'prod',
      'https://10.0.0.1:6443',
      new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      }),
    );
    expect(error.retryable).toBe(true);
    expect(error.certificate).toBe(false);
  });
});

describe('rejected credentials (401)', () => {
  it('names the cluster, the method and the registered source, never the token', () => {
    const kc = kubeConfig({ token: 'sekret-token-value' });
    noteCredentialSource(kc, 'kubeconfig (https://10.0.0.1:6443 with token from PROD_TOKEN)');
    const error = new ApiStatusError(
      'prod',
      401,
      { message: 'Unauthorized', reason: 'Unauthorized', code: 401 },
      'discover v1',
      authOf(kc),
    );
    expect(error.message).toBe(
      'cluster prod: credentials for cluster prod were rejected (token invalid or expired) on discover v1; they are the bearer token of user deployer ' +
        'from kubeconfig (https://10.0.0.1:6443 with token from PROD_TOKEN); renew them or fix the secret that holds them',
    );
    expect(error.message).not.toContain('sekret');
    expect(error.retryable).toBe(false);
  });

  it('describes client certificates and exec plugins', () => {
    expect(authOf(kubeConfig({ certData: 'Y2VydA==', keyData: 'a2V5' })).method).toBe(
      'client certificate of user deployer',
    );
    expect(authOf(kubeConfig({ exec: { command: 'aws', args: ['eks', 'get-token'] } })).method).toBe(
      'exec plugin aws of user deployer',
    );
    const cert = new ApiStatusError('prod', 401, {}, 'get x', authOf(kubeConfig({ certData: 'Y2VydA==' })));
    expect(cert.message).toContain('(client certificate not trusted or expired)');
  });

  it('other statuses keep the server message', () => {
    expect(new ApiStatusError('prod', 403, { message: 'forbidden: User "x" cannot get' }, 'get x').message).toBe(
      'cluster prod: get x: forbidden: User "x" cannot get',
    );
  });
});
