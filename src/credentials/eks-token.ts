import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export interface EksTokenOptions {
  cluster: string;
  /** Signing region. */
  region: string;
  credentials: AwsCredentials;
  /** STS host the API server's authenticator will call; default sts.<region>.amazonaws.com(.cn). */
  host?: string;
  signingDate: Date;
  /** X-Amz-Expires; aws-iam-authenticator and the AWS CLI use 60 (the server accepts 0–900). */
  expiresIn?: number;
}

export const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
/** Tokens are good for 15 min after signing; stop using one a minute early, as the AWS CLI does. */
export const EKS_TOKEN_LIFETIME_MS = 14 * 60_000;

export function stsHost(region: string): string {
  return region.startsWith('cn-') ? `sts.${region}.amazonaws.com.cn` : `sts.${region}.amazonaws.com`;
}

/** The presigned GetCallerIdentity URL that aws-iam-authenticator replays to learn who is calling. */
export async function presignEksUrl(options: EksTokenOptions): Promise<string> {
  const hostname = options.host ?? stsHost(options.region);
  const signer = new SignatureV4({
    service: 'sts',
    region: options.region,
    sha256: Sha256,
    credentials: {
      accessKeyId: options.credentials.accessKeyId,
      secretAccessKey: options.credentials.secretAccessKey,
      ...(options.credentials.sessionToken ? { sessionToken: options.credentials.sessionToken } : {}),
    },
  });
  const request = new HttpRequest({
    method: 'GET',
    protocol: 'https:',
    hostname,
    path: '/',
    query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
    // x-k8s-aws-id does not start with x-amz-, so presign keeps it a signed header instead of hoisting it.
    headers: { host: hostname, 'x-k8s-aws-id': options.cluster },
  });
  const signed = await signer.presign(request, {
    expiresIn: options.expiresIn ?? 60,
    signingDate: options.signingDate,
  });
  const query = Object.entries(signed.query ?? {})
    .map(([key, value]) => `${rfc3986(key)}=${rfc3986(String(value))}`)
    .join('&');
  return `https://${hostname}/?${query}`;
}

export async function eksToken(options: EksTokenOptions): Promise<{ token: string; expiresAt: Date }> {
  const url = await presignEksUrl(options);
  // Node's base64url alphabet already omits the '=' padding, which the authenticator requires.
  const token = EKS_TOKEN_PREFIX + Buffer.from(url, 'utf8').toString('base64url');
  return { token, expiresAt: new Date(options.signingDate.getTime() + EKS_TOKEN_LIFETIME_MS) };
}

/** Reverses a token into its URL; used by tests and by diagnostics. */
export function decodeEksToken(token: string): URL {
  if (!token.startsWith(EKS_TOKEN_PREFIX)) throw new Error(`token does not start with ${EKS_TOKEN_PREFIX}`);
  return new URL(Buffer.from(token.slice(EKS_TOKEN_PREFIX.length), 'base64url').toString('utf8'));
}

function rfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
