import { afterEach, describe, expect, it } from 'vitest';
import { githubIdTokenGetter, IdTokenUnavailableError } from '../../../src/credentials/github-oidc.js';
import { resolveEks } from '../../../src/credentials/eks.js';
import { fakeJwt, startServer, testContext, type LocalServer } from './local-server.js';

describe('GitHub OIDC contract (local ACTIONS_ID_TOKEN_REQUEST_URL server following the runner protocol)', () => {
  let server: LocalServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function runnerTokenService() {
    return startServer((req) => {
      if (req.headers['authorization'] !== 'Bearer runner-request-token')
        return { status: 401, json: { message: 'Unauthorized' } };
      const audience = req.url.searchParams.get('audience');
      return {
        json: {
          count: 1,
          value: fakeJwt({ aud: audience ?? 'https://github.com/octo', sub: 'repo:octo/app:environment:prod' }),
        },
      };
    });
  }

  it('GETs $ACTIONS_ID_TOKEN_REQUEST_URL&audience=… with the request token and returns value', async () => {
    server = await runnerTokenService();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
    };
    const jwt = await githubIdTokenGetter({ env })('api://AzureADTokenExchange');
    const req = server.requests[0]!;
    expect(req.method).toBe('GET');
    expect(req.url.pathname).toBe('/_apis/token');
    expect(req.url.searchParams.get('api-version')).toBe('2.0');
    expect(req.url.searchParams.get('audience')).toBe('api://AzureADTokenExchange');
    const claims = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as { aud: string };
    expect(claims.aud).toBe('api://AzureADTokenExchange');
  });

  it('says which permission is missing when the variables are absent', async () => {
    await expect(githubIdTokenGetter({ env: {} })('sts.amazonaws.com')).rejects.toThrow(
      'github-oidc: request ID token: ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job needs `permissions: id-token: write`',
    );
  });

  it('a provider using the real getter names itself and the permission when the job lacks id-token: write', async () => {
    const t = testContext({ getIdToken: githubIdTokenGetter({ env: {} }) });
    await expect(
      resolveEks({ provider: 'eks', region: 'us-east-1', cluster: 'c', roleArn: 'arn:aws:iam::1:role/r' }, t.ctx),
    ).rejects.toThrow(
      /^eks: GitHub OIDC token: could not get an ID token for audience sts.amazonaws.com: .*the job needs `permissions: id-token: write`/,
    );
  });

  it('a missing permission is a typed error naming the variable; providers add no second hint to it', async () => {
    const error = await githubIdTokenGetter({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/t' } })(
      'sts.amazonaws.com',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdTokenUnavailableError);
    expect((error as IdTokenUnavailableError).missingVariable).toBe('ACTIONS_ID_TOKEN_REQUEST_TOKEN');
    const t = testContext({ getIdToken: githubIdTokenGetter({ env: {} }) });
    const wrapped = await resolveEks(
      { provider: 'eks', region: 'us-east-1', cluster: 'c', roleArn: 'arn:aws:iam::1:role/r' },
      t.ctx,
    ).catch((e: unknown) => e);
    expect((wrapped as Error).message.match(/id-token: write/g)).toHaveLength(1);
    expect((wrapped as Error).cause).toBeInstanceOf(IdTokenUnavailableError);
  });

  it('reports a rejected request token', async () => {
    server = await runnerTokenService();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'stale',
    };
    await expect(githubIdTokenGetter({ env })('x')).rejects.toThrow(/HTTP 401 from the token service/);
  });

  it('works end to end as a provider context (EKS audience reaches the runner service; the JWT is masked)', async () => {
    server = await runnerTokenService();
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${server.url}/_apis/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runner-request-token',
    };
    // The STS endpoint is the same local server, which does not speak STS: resolution fails after the token request.
    const t = testContext({ env, getIdToken: githubIdTokenGetter({ env }) });
    await expect(
      resolveEks(
        {
          provider: 'eks',
          region: 'us-east-1',
          cluster: 'c',
          roleArn: 'arn:aws:iam::1:role/r',
          endpoints: { sts: server.url, eks: server.url },
        },
        t.ctx,
      ),
    ).rejects.toThrow(/eks: AssumeRoleWithWebIdentity/);
    expect(server.requests[0]!.url.searchParams.get('audience')).toBe('sts.amazonaws.com');
    expect(t.masked[0]!.split('.')).toHaveLength(3);
  });
});
