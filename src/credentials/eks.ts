import { DescribeClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { AssumeRoleWithWebIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CredentialsError } from '../errors.js';
import { eksToken, stsHost, type AwsCredentials } from './eks-token.js';
import type { ClusterCredentials, EksProviderConfig, ResolveContext } from './types.js';
import {
  buildKubeConfig,
  credentialsOf,
  messageOf,
  nowOf,
  RefreshingToken,
  requestIdToken,
  SecretSink,
} from './util.js';

const P = 'eks';
/** Re-assume the role when less than this remains, so a token signed now outlives its 14 min of use. */
const ROLE_REFRESH_MS = 15 * 60_000;

export async function resolveEks(config: EksProviderConfig, ctx: ResolveContext): Promise<ClusterCredentials> {
  const secrets = new SecretSink(ctx);
  const now = () => nowOf(ctx);
  const awsCreds = awsCredentialSource(config, ctx, secrets);
  let current = await awsCreds();

  const eks = new EKSClient({
    region: config.region,
    ...(config.endpoints?.eks ? { endpoint: config.endpoints.eks } : {}),
    credentials: async () => {
      current = await fresh(current, awsCreds, now);
      return current;
    },
    maxAttempts: 3,
  });
  let cluster;
  try {
    cluster = (await eks.send(new DescribeClusterCommand({ name: config.cluster }))).cluster;
  } catch (error) {
    throw new CredentialsError(P, 'DescribeCluster', describeAwsError(error, config, 'DescribeCluster'), {
      cause: error,
      retryable: isRetryable(error),
    });
  } finally {
    eks.destroy();
  }
  if (!cluster?.endpoint || !cluster.certificateAuthority?.data) {
    throw new CredentialsError(
      P,
      'DescribeCluster',
      `cluster ${config.cluster} has no endpoint or CA yet (status ${cluster?.status ?? 'unknown'})`,
    );
  }
  if (cluster.status !== 'ACTIVE') {
    throw new CredentialsError(P, 'DescribeCluster', `cluster ${config.cluster} is ${cluster.status}, not ACTIVE`, {
      retryable: cluster.status === 'CREATING' || cluster.status === 'UPDATING',
    });
  }

  // The API server's authenticator replays the URL and accepts only public STS hosts, so a VPC-endpoint override
  // for the STS API calls must not leak into the token.
  const override = config.endpoints?.sts ? new URL(config.endpoints.sts).host : undefined;
  const host =
    override && /^sts(-fips)?(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/.test(override)
      ? override
      : stsHost(config.region);
  const tokens = new RefreshingToken(
    async () => {
      current = await fresh(current, awsCreds, now);
      const { token, expiresAt } = await eksToken({
        cluster: config.cluster,
        region: config.region,
        host,
        credentials: current,
        signingDate: now(),
      });
      ctx.log?.(`eks: signed a new cluster token for ${config.cluster}, valid until ${expiresAt.toISOString()}`);
      return { token, expiresAt };
    },
    { refreshBeforeMs: 0, now, secrets },
  );
  await tokens.get();
  const kubeConfig = buildKubeConfig({
    name: `eks-${config.region}-${config.cluster}`,
    server: cluster.endpoint,
    caData: cluster.certificateAuthority.data,
    user: { source: tokens },
  });
  return credentialsOf(kubeConfig, cluster.endpoint, secrets, { tokens });
}

async function fresh(
  current: AwsCredentials,
  source: () => Promise<AwsCredentials>,
  now: () => Date,
): Promise<AwsCredentials> {
  if (!current.expiration) return current;
  if (current.expiration.getTime() - now().getTime() >= ROLE_REFRESH_MS) return current;
  return source();
}

/** OIDC web identity when roleArn is set, else static keys from the environment. Masks what it returns. */
function awsCredentialSource(
  config: EksProviderConfig,
  ctx: ResolveContext,
  secrets: SecretSink,
): () => Promise<AwsCredentials> {
  if (!config.roleArn) {
    // A promise either way: a missing key rejects, as the OIDC path's failures do.
    return () => new Promise<AwsCredentials>((resolve) => resolve(staticKeyCredentials(ctx, secrets)));
  }
  const roleArn = config.roleArn;
  return async () => {
    const idToken = await requestIdToken(ctx, P, config.audience ?? 'sts.amazonaws.com', secrets);
    const sts = new STSClient({
      region: config.region,
      ...(config.endpoints?.sts ? { endpoint: config.endpoints.sts } : {}),
      maxAttempts: 3,
    });
    try {
      const out = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: roleArn,
          RoleSessionName: config.roleSessionName ?? sessionName(ctx),
          WebIdentityToken: idToken,
          DurationSeconds: config.durationSeconds ?? 3600,
        }),
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
        throw new CredentialsError(P, 'AssumeRoleWithWebIdentity', 'STS answered without credentials');
      }
      secrets.add(c.AccessKeyId);
      secrets.add(c.SecretAccessKey);
      secrets.add(c.SessionToken);
      ctx.log?.(`eks: assumed ${roleArn}${c.Expiration ? ` until ${c.Expiration.toISOString()}` : ''}`);
      return {
        accessKeyId: c.AccessKeyId,
        secretAccessKey: c.SecretAccessKey,
        sessionToken: c.SessionToken,
        ...(c.Expiration ? { expiration: c.Expiration } : {}),
      };
    } catch (error) {
      if (error instanceof CredentialsError) throw error;
      throw new CredentialsError(
        P,
        'AssumeRoleWithWebIdentity',
        describeAwsError(error, config, 'AssumeRoleWithWebIdentity'),
        {
          cause: error,
          retryable: isRetryable(error),
        },
      );
    } finally {
      sts.destroy();
    }
  };
}

function sessionName(ctx: ResolveContext): string {
  const run = ctx.env['GITHUB_RUN_ID'];
  return (run ? `k8deployer-${run}-${ctx.env['GITHUB_RUN_ATTEMPT'] ?? '1'}` : 'k8deployer').slice(0, 64);
}

/**
 * The error code the AWS SDK v3 parsed from the response: `name` (from the JSON `__type` / `x-amzn-errortype` of
 * REST-JSON services like EKS, or `<Error><Code>` of awsQuery services like STS); `Code` is the same value on
 * errors deserialised by older clients. Empty for errors that never reached AWS (network, our own).
 */
function awsErrorCode(error: unknown): string {
  const { name, Code } = (error ?? {}) as { name?: unknown; Code?: unknown };
  if (typeof Code === 'string' && Code) return Code;
  return typeof name === 'string' && name !== 'Error' ? name : '';
}

/**
 * A hint by the error code and the call that failed: an AccessDenied from STS is the role's trust policy, from EKS the
 * identity's IAM policy. The call is known here, so no message text is inspected.
 */
function describeAwsError(
  error: unknown,
  config: EksProviderConfig,
  operation: 'DescribeCluster' | 'AssumeRoleWithWebIdentity',
): string {
  const name = awsErrorCode(error);
  const message = messageOf(error);
  switch (name) {
    case 'AccessDenied':
    case 'AccessDeniedException':
      return operation === 'AssumeRoleWithWebIdentity'
        ? `${name}: ${message} — check the role's trust policy (federated token.actions.githubusercontent.com, aud ${config.audience ?? 'sts.amazonaws.com'}, sub repo:<owner>/<repo>:...)`
        : `${name}: ${message} — the identity needs eks:DescribeCluster on ${config.cluster}`;
    case 'InvalidIdentityToken':
    case 'InvalidIdentityTokenException':
    case 'IDPRejectedClaim':
    case 'IDPRejectedClaimException':
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return `${name}: ${message} — STS rejected the GitHub OIDC token (is the IAM OIDC provider for token.actions.githubusercontent.com set up, with audience ${config.audience ?? 'sts.amazonaws.com'}?)`;
    case 'ResourceNotFoundException':
      return `cluster ${config.cluster} not found in ${config.region}: ${message}`;
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
    case 'SignatureDoesNotMatch':
      return `${name}: ${message} — the AWS credentials are invalid or expired`;
    default:
      return name ? `${name}: ${message}` : message;
  }
}

function isRetryable(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === undefined || status === 429 || status >= 500;
}

/** Long-lived keys from the environment (no roleArn): each one is registered as a secret before it is used. */
function staticKeyCredentials(ctx: ResolveContext, secrets: SecretSink): AwsCredentials {
  const accessKeyId = ctx.env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = ctx.env['AWS_SECRET_ACCESS_KEY'];
  if (!accessKeyId || !secretAccessKey) {
    throw new CredentialsError(
      P,
      'AWS credentials',
      'no roleArn in the cluster entry and AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY are not set: set roleArn (GitHub OIDC, needs `permissions: id-token: write`) or provide keys',
    );
  }
  const sessionToken = ctx.env['AWS_SESSION_TOKEN'];
  secrets.add(accessKeyId);
  secrets.add(secretAccessKey);
  secrets.add(sessionToken);
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
