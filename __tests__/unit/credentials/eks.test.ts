import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterEach, describe, expect, it } from 'vitest';
import { CredentialsError } from '../../../src/errors.js';
import { decodeEksToken, eksToken, presignEksUrl } from '../../../src/credentials/eks-token.js';
import { resolveEks } from '../../../src/credentials/eks.js';
import type { EksProviderConfig } from '../../../src/credentials/types.js';
import {
  authHeaderOf,
  startServer,
  testContext,
  type LocalServer,
  type RecordedRequest,
  type Reply,
} from './local-server.js';

const CA = Buffer.from('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n').toString('base64');

describe('EKS token (aws-iam-authenticator format)', () => {
  it('matches the golden SigV4 vector from aws-sdk-ruby', async () => {
    const url = await presignEksUrl({
      cluster: 'my-eks-cluster',
      region: 'us-west-2',
      host: 'sts.amazonaws.com',
      credentials: { accessKeyId: 'akid', secretAccessKey: 'secret' },
      signingDate: new Date('2018-08-05T00:00:00Z'),
      expiresIn: 59,
    });
    expect(new URL(url).searchParams.get('X-Amz-Signature')).toBe(
      'd1f6551aafc0f5c57971fe161a12cbe0539fc1681698ea4a4c0fde5abc51e32e',
    );
  });

  it('has every field the authenticator checks', async () => {
    const signingDate = new Date('2026-03-04T05:06:07Z');
    const { token, expiresAt } = await eksToken({
      cluster: 'prod',
      region: 'eu-west-1',
      credentials: { accessKeyId: 'ASIAEXAMPLE', secretAccessKey: 'sekret', sessionToken: 'sess/tok+en=' },
      signingDate,
    });
    expect(token.startsWith('k8s-aws-v1.')).toBe(true);
    expect(token).not.toMatch(/[=+/]/);
    expect(token.length).toBeLessThanOrEqual(4096);
    expect(expiresAt.toISOString()).toBe('2026-03-04T05:20:07.000Z');
    const url = decodeEksToken(token);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe('sts.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/');
    const q = Object.fromEntries(url.searchParams);
    expect(Object.keys(q).sort()).toEqual(
      [
        'Action',
        'Version',
        'X-Amz-Algorithm',
        'X-Amz-Credential',
        'X-Amz-Date',
        'X-Amz-Expires',
        'X-Amz-Security-Token',
        'X-Amz-Signature',
        'X-Amz-SignedHeaders',
      ].sort(),
    );
    expect(q).toMatchObject({
      Action: 'GetCallerIdentity',
      Version: '2011-06-15',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'ASIAEXAMPLE/20260304/eu-west-1/sts/aws4_request',
      'X-Amz-Date': '20260304T050607Z',
      'X-Amz-Expires': '60',
      'X-Amz-SignedHeaders': 'host;x-k8s-aws-id',
      'X-Amz-Security-Token': 'sess/tok+en=',
    });
    expect(q['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
    // The signature must verify: re-sign what the authenticator would replay.
    expect(await verifyPresigned(url, 'prod', 'sekret', 'sess/tok+en=')).toBe(true);
    expect(await verifyPresigned(url, 'other-cluster', 'sekret', 'sess/tok+en=')).toBe(false);
  });

  it('uses the .com.cn STS host in China regions', async () => {
    const { token } = await eksToken({
      cluster: 'c',
      region: 'cn-north-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      signingDate: new Date(),
    });
    expect(decodeEksToken(token).host).toBe('sts.cn-north-1.amazonaws.com.cn');
  });
});

/** What aws-iam-authenticator effectively checks: STS accepts the replayed request only if the signature matches. */
async function verifyPresigned(url: URL, cluster: string, secret: string, sessionToken?: string): Promise<boolean> {
  const q = Object.fromEntries(url.searchParams);
  const [akid, date, region] = (q['X-Amz-Credential'] ?? '').split('/');
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(q['X-Amz-Date'] ?? '');
  if (!m || !akid || !date || !region) return false;
  const signingDate = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  const signer = new SignatureV4({
    service: 'sts',
    region,
    sha256: Sha256,
    credentials: { accessKeyId: akid, secretAccessKey: secret, ...(sessionToken ? { sessionToken } : {}) },
  });
  const again = await signer.presign(
    new HttpRequest({
      method: 'GET',
      protocol: 'https:',
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: url.host, 'x-k8s-aws-id': cluster },
    }),
    { expiresIn: Number(q['X-Amz-Expires']), signingDate },
  );
  return again.query?.['X-Amz-Signature'] === q['X-Amz-Signature'];
}

interface FakeAws {
  server: LocalServer;
  sts: RecordedRequest[];
  eks: RecordedRequest[];
  state: {
    clusterStatus: string;
    stsError?: { status: number; code: string; message: string };
    /** `inBody`: the code only as the JSON `__type` (namespace-qualified), no x-amzn-errortype header. */
    eksError?: { status: number; type: string; message: string; inBody?: boolean };
    roleMinutes: number;
  };
}

/** Local STS (awsQuery, XML) and EKS (REST-JSON) following the AWS API references. */
async function fakeAws(clock: () => Date): Promise<FakeAws> {
  const sts: RecordedRequest[] = [];
  const eks: RecordedRequest[] = [];
  let issued = 0;
  const state: FakeAws['state'] = { clusterStatus: 'ACTIVE', roleMinutes: 60 };
  const server = await startServer((req): Reply => {
    if (req.method === 'POST' && req.url.pathname === '/') {
      sts.push(req);
      const form = new URLSearchParams(req.body);
      if (form.get('Action') !== 'AssumeRoleWithWebIdentity' || form.get('Version') !== '2011-06-15')
        return { status: 400, text: 'bad action' };
      if (req.headers['authorization']) return { status: 400, text: 'AssumeRoleWithWebIdentity is an unsigned call' };
      if (state.stsError) {
        const e = state.stsError;
        return {
          status: e.status,
          headers: { 'content-type': 'text/xml' },
          text: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${e.message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        };
      }
      issued++;
      const exp = new Date(clock().getTime() + state.roleMinutes * 60_000).toISOString();
      return {
        headers: { 'content-type': 'text/xml' },
        text: `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult><SubjectFromWebIdentityToken>repo:octo/app:ref:refs/heads/main</SubjectFromWebIdentityToken><Audience>sts.amazonaws.com</Audience><AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/deploy/${form.get('RoleSessionName')}</Arn><AssumedRoleId>AROAEXAMPLE:${form.get('RoleSessionName')}</AssumedRoleId></AssumedRoleUser><Credentials><SessionToken>session-token-${issued}</SessionToken><SecretAccessKey>secret-key-${issued}</SecretAccessKey><Expiration>${exp}</Expiration><AccessKeyId>ASIAKEY${issued}</AccessKeyId></Credentials><Provider>arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com</Provider></AssumeRoleWithWebIdentityResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>`,
      };
    }
    const m = /^\/clusters\/([^/]+)$/.exec(req.url.pathname);
    if (req.method === 'GET' && m) {
      eks.push(req);
      const auth = String(req.headers['authorization'] ?? '');
      if (
        !/^AWS4-HMAC-SHA256 Credential=[A-Z0-9]+\/\d{8}\/us-east-2\/eks\/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$/.test(
          auth,
        )
      ) {
        return {
          status: 403,
          headers: { 'x-amzn-errortype': 'UnrecognizedClientException' },
          json: { message: 'The security token included in the request is invalid.' },
        };
      }
      if (state.eksError?.inBody)
        return {
          status: state.eksError.status,
          json: { __type: `com.amazonaws.eks#${state.eksError.type}`, message: state.eksError.message },
        };
      if (state.eksError)
        return {
          status: state.eksError.status,
          headers: { 'x-amzn-errortype': state.eksError.type },
          json: { message: state.eksError.message },
        };
      if (m[1] !== 'prod')
        return {
          status: 404,
          headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
          json: { message: `No cluster found for name: ${m[1]}.` },
        };
      return {
        json: {
          cluster: {
            name: 'prod',
            arn: 'arn:aws:eks:us-east-2:123456789012:cluster/prod',
            endpoint: 'https://ABCDEF.gr7.us-east-2.eks.amazonaws.com',
            status: state.clusterStatus,
            certificateAuthority: { data: CA },
            version: '1.33',
          },
        },
      };
    }
    return { status: 404, text: 'no route' };
  });
  return { server, sts, eks, state };
}

describe('EKS contract (local STS/EKS server following AWS docs)', () => {
  let aws: FakeAws | undefined;
  afterEach(async () => {
    await aws?.server.close();
    aws = undefined;
  });

  const base = (url: string): EksProviderConfig => ({
    provider: 'eks',
    region: 'us-east-2',
    cluster: 'prod',
    roleArn: 'arn:aws:iam::123456789012:role/deploy',
    endpoints: { sts: url, eks: url },
  });

  it('OIDC → AssumeRoleWithWebIdentity → DescribeCluster → a bearer token; everything masked', async () => {
    const t = testContext({ env: { GITHUB_RUN_ID: '42' } });
    aws = await fakeAws(t.ctx.now!);
    const creds = await resolveEks(base(aws.server.url), t.ctx);
    expect(t.idTokenAudiences).toEqual(['sts.amazonaws.com']);
    const form = new URLSearchParams(aws.sts[0]!.body);
    expect(form.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/deploy');
    expect(form.get('RoleSessionName')).toBe('k8deployer-42-1');
    expect(form.get('DurationSeconds')).toBe('3600');
    expect(form.get('WebIdentityToken')).toMatch(/^ey/);
    expect(aws.eks[0]!.headers['x-amz-security-token']).toBe('session-token-1');
    expect(String(aws.eks[0]!.headers['authorization'])).toContain('Credential=ASIAKEY1/');
    expect(creds.server).toBe('https://ABCDEF.gr7.us-east-2.eks.amazonaws.com');
    expect(creds.kubeConfig.getCurrentCluster()?.caData).toBe(CA);
    expect(creds.kubeConfig.getCurrentUser()?.token).toBeUndefined();
    const header = await authHeaderOf(creds.kubeConfig);
    const token = header!.replace(/^Bearer /, '');
    const url = decodeEksToken(token);
    expect(url.host).toBe('sts.us-east-2.amazonaws.com'); // not the local endpoint override: the authenticator only accepts STS hosts
    expect(url.searchParams.get('X-Amz-Security-Token')).toBe('session-token-1');
    expect(await verifyPresigned(url, 'prod', 'secret-key-1', 'session-token-1')).toBe(true);
    for (const s of ['secret-key-1', 'session-token-1', 'ASIAKEY1', token]) expect(t.masked).toContain(s);
    expect(creds.secrets).toEqual(expect.arrayContaining(t.masked));
    expect(creds.expiresAt?.toISOString()).toBe('2026-01-01T00:14:00.000Z');
    await creds.dispose();
  });

  it('re-signs the token after 14 min and re-assumes the role when < 15 min of it remain', async () => {
    const t = testContext();
    aws = await fakeAws(t.ctx.now!);
    const creds = await resolveEks(base(aws.server.url), t.ctx);
    const first = await authHeaderOf(creds.kubeConfig);
    t.advance(10 * 60_000);
    expect(await authHeaderOf(creds.kubeConfig)).toBe(first);
    t.advance(5 * 60_000); // 15 min: token past its 14 min
    const second = await authHeaderOf(creds.kubeConfig);
    expect(second).not.toBe(first);
    expect(aws.sts).toHaveLength(1); // 45 min of role left: same role credentials
    t.advance(31 * 60_000); // 46 min: 14 min of role left
    const third = await authHeaderOf(creds.kubeConfig);
    expect(aws.sts).toHaveLength(2);
    expect(decodeEksToken(third!.slice(7)).searchParams.get('X-Amz-Security-Token')).toBe('session-token-2');
    expect(t.masked).toContain('secret-key-2');
  });

  it('uses static keys from the environment when there is no roleArn', async () => {
    const t = testContext({ env: { AWS_ACCESS_KEY_ID: 'AKIASTATIC', AWS_SECRET_ACCESS_KEY: 'static-secret' } });
    aws = await fakeAws(t.ctx.now!);
    const { roleArn: _unused, ...config } = base(aws.server.url);
    const creds = await resolveEks(config, t.ctx);
    expect(aws.sts).toHaveLength(0);
    expect(t.idTokenAudiences).toHaveLength(0);
    expect(String(aws.eks[0]!.headers['authorization'])).toContain('Credential=AKIASTATIC/');
    const url = decodeEksToken((await authHeaderOf(creds.kubeConfig))!.slice(7));
    expect(url.searchParams.has('X-Amz-Security-Token')).toBe(false);
    expect(t.masked).toEqual(expect.arrayContaining(['AKIASTATIC', 'static-secret']));
  });

  it('names the missing input when there are neither a role nor keys', async () => {
    const t = testContext();
    const { roleArn: _unused, ...config } = base('http://127.0.0.1:9');
    await expect(resolveEks(config, t.ctx)).rejects.toThrow(/AWS_ACCESS_KEY_ID.*roleArn|roleArn.*AWS_ACCESS_KEY_ID/);
  });

  it('explains a missing id-token permission', async () => {
    const t = testContext({
      getIdToken: () => Promise.reject(new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')),
    });
    aws = await fakeAws(t.ctx.now!);
    const error = await resolveEks(base(aws.server.url), t.ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/^eks: GitHub OIDC token: .*permissions: id-token: write/);
  });

  it('reports an STS rejection of the OIDC token with the trust-policy hint', async () => {
    const t = testContext();
    aws = await fakeAws(t.ctx.now!);
    aws.state.stsError = { status: 400, code: 'InvalidIdentityToken', message: 'Incorrect token audience' };
    await expect(resolveEks(base(aws.server.url), t.ctx)).rejects.toThrow(
      /eks: AssumeRoleWithWebIdentity: InvalidIdentityToken(Exception)?: Incorrect token audience — STS rejected the GitHub OIDC token/,
    );
    aws.state.stsError = {
      status: 403,
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    };
    await expect(resolveEks(base(aws.server.url), t.ctx)).rejects.toThrow(/trust policy/);
  });

  it('tells the two AccessDenied apart by the call that failed, not by their message text', async () => {
    const t = testContext();
    aws = await fakeAws(t.ctx.now!);
    // STS <ErrorResponse><Error><Code>AccessDenied</Code>, a message that names no action.
    aws.state.stsError = { status: 403, code: 'AccessDenied', message: 'Access denied' };
    const sts = await resolveEks(base(aws.server.url), t.ctx).catch((e: unknown) => e);
    expect((sts as Error).message).toMatch(
      /^eks: AssumeRoleWithWebIdentity: AccessDenied: Access denied — .*trust policy/,
    );
    expect((sts as CredentialsError).retryable).toBe(false);
    aws.state.stsError = undefined;
    // EKS AccessDeniedException as the JSON `__type` only, with a message that names no action either.
    aws.state.eksError = { status: 403, type: 'AccessDeniedException', message: 'Access denied', inBody: true };
    const eks = await resolveEks(base(aws.server.url), t.ctx).catch((e: unknown) => e);
    expect((eks as Error).message).toMatch(
      /^eks: DescribeCluster: AccessDeniedException: Access denied — the identity needs eks:DescribeCluster on prod/,
    );
    expect((eks as CredentialsError).retryable).toBe(false);
  });

  it('a 5xx from EKS is retryable, by its HTTP status', async () => {
    const t = testContext();
    aws = await fakeAws(t.ctx.now!);
    aws.state.eksError = { status: 500, type: 'ServerException', message: 'internal error', inBody: true };
    const error = await resolveEks(base(aws.server.url), t.ctx).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^eks: DescribeCluster: ServerException: internal error/);
    expect((error as CredentialsError).retryable).toBe(true);
  });

  it('reports DescribeCluster failures: not found, access denied, not ACTIVE', async () => {
    const t = testContext();
    aws = await fakeAws(t.ctx.now!);
    await expect(resolveEks({ ...base(aws.server.url), cluster: 'nope' }, t.ctx)).rejects.toThrow(
      /eks: DescribeCluster: cluster nope not found in us-east-2/,
    );
    aws.state.eksError = {
      status: 403,
      type: 'AccessDeniedException',
      message: 'User: arn:aws:sts::1:assumed-role/deploy/x is not authorized to perform: eks:DescribeCluster',
    };
    await expect(resolveEks(base(aws.server.url), t.ctx)).rejects.toThrow(/needs eks:DescribeCluster on prod/);
    aws.state.eksError = undefined;
    aws.state.clusterStatus = 'CREATING';
    const error = await resolveEks(base(aws.server.url), t.ctx).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/is CREATING, not ACTIVE/);
    expect((error as CredentialsError).retryable).toBe(true);
  });
});
