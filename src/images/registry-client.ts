// I/O: asks an OCI distribution registry which digest a tag names (`HEAD /v2/<name>/manifests/<tag>`), following
// its WWW-Authenticate challenge: Bearer (the Docker registry token authentication spec: GET realm?service&scope,
// anonymously or with Basic credentials) or Basic. Bounded: every request has a timeout, bodies are read up to a cap.
import { createHash } from 'node:crypto';
import { parseChallenges } from './challenge.js';
import type { RegistryCredential } from './credentials.js';
import { isLoopbackHost, isSha256Digest, registryBaseUrl, type ImageReference } from './reference.js';

/** Every manifest type a tag may name: single-platform images and multi-platform indexes, OCI and Docker. */
export const manifestAccept = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export type ResolveResult =
  { ok: true; digest: string } | { ok: false; reason: 'not-found' | 'unauthorized' | 'failed'; message: string };

export interface RegistryClientOptions {
  fetch?: typeof fetch;
  /** Per request. */
  timeoutMs?: number;
}

const defaultTimeoutMs = 15_000;
const maxTokenBytes = 64 * 1024;
const maxManifestBytes = 4 * 1024 * 1024;

/** The digest `reference`'s tag names now. Never throws for registry answers; the result says what went wrong. */
export async function resolveTagDigest(
  reference: ImageReference,
  credential: RegistryCredential | undefined,
  options: RegistryClientOptions = {},
): Promise<ResolveResult> {
  const http = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const url = `${registryBaseUrl(reference.registry)}/v2/${reference.repository}/manifests/${encodeURIComponent(reference.tag)}`;
  const request = (method: 'HEAD' | 'GET', authorization?: string) =>
    http(url, {
      method,
      headers: { Accept: manifestAccept, ...(authorization ? { Authorization: authorization } : {}) },
      signal: AbortSignal.timeout(timeoutMs),
    });
  try {
    let authorization: string | undefined;
    let response = await request('HEAD');
    if (response.status === 401) {
      const challenge = pickChallenge(response.headers.get('www-authenticate') ?? '');
      if (!challenge) return unauthorized(reference, credential, 'it sent no Bearer or Basic challenge');
      if (challenge.scheme === 'basic') {
        if (!credential) return unauthorized(reference, credential, 'it wants Basic credentials');
        if (!secureEnough(url)) return unauthorized(reference, credential, 'credentials are not sent over plain HTTP');
        authorization = basic(credential);
      } else {
        const token = await bearerToken(http, challenge.params, reference, credential, timeoutMs);
        if (typeof token !== 'string') return token;
        authorization = `Bearer ${token}`;
      }
      response = await request('HEAD', authorization);
    }
    if (response.status === 401 || response.status === 403)
      return unauthorized(reference, credential, `HTTP ${response.status}`);
    if (response.status === 404)
      return {
        ok: false,
        reason: 'not-found',
        message: `manifest unknown: the registry has no tag '${reference.tag}' in ${reference.repository}`,
      };
    if (!response.ok) return failed(`HEAD ${reference.repository}:${reference.tag} answered HTTP ${response.status}`);
    const digest = response.headers.get('docker-content-digest');
    if (digest && isSha256Digest(digest)) return { ok: true, digest };
    // Some registries omit the header on HEAD: the digest of the manifest's bytes is the same thing.
    const full = await request('GET', authorization);
    if (!full.ok) return failed(`GET ${reference.repository}:${reference.tag} answered HTTP ${full.status}`);
    const body = await readCapped(full, maxManifestBytes);
    if (body === undefined) return failed(`the manifest is larger than ${maxManifestBytes} bytes`);
    return { ok: true, digest: `sha256:${createHash('sha256').update(body).digest('hex')}` };
  } catch (error) {
    return failed(describeFetchError(error, timeoutMs));
  }
}

function pickChallenge(header: string) {
  const challenges = parseChallenges(header);
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

/** The token endpoint's answer (`token` or `access_token`), asked for with the challenge's service and scope. */
async function bearerToken(
  http: typeof fetch,
  params: Record<string, string>,
  reference: ImageReference,
  credential: RegistryCredential | undefined,
  timeoutMs: number,
): Promise<string | ResolveResult> {
  const realm = params.realm;
  let url: URL;
  try {
    url = new URL(realm ?? '');
  } catch {
    return failed(`its Bearer challenge has no usable realm`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return failed('its Bearer realm is not an HTTP(S) URL');
  if (params.service) url.searchParams.set('service', params.service);
  url.searchParams.set('scope', params.scope ?? `repository:${reference.repository}:pull`);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (credential) {
    if (!secureEnough(url.href))
      return unauthorized(reference, credential, 'its token realm is plain HTTP, where credentials are not sent');
    headers.Authorization = basic(credential);
  }
  const response = await http(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  if (response.status === 401 || response.status === 403)
    return unauthorized(reference, credential, `its token endpoint answered HTTP ${response.status}`);
  if (!response.ok) return failed(`its token endpoint answered HTTP ${response.status}`);
  const body = await readCapped(response, maxTokenBytes);
  if (body === undefined) return failed(`its token answer is larger than ${maxTokenBytes} bytes`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return failed('its token endpoint did not answer JSON');
  }
  const fields = (parsed ?? {}) as { token?: unknown; access_token?: unknown };
  const token = typeof fields.token === 'string' ? fields.token : fields.access_token;
  if (typeof token !== 'string' || token === '' || /[\r\n]/.test(token))
    return failed('its token endpoint answered no token');
  return token;
}

/** Credentials go over HTTPS only; loopback (a registry on this machine) is the one exception. */
function secureEnough(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || isLoopbackHost(parsed.host);
}

function basic(credential: RegistryCredential): string {
  return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}

function unauthorized(
  reference: ImageReference,
  credential: RegistryCredential | undefined,
  detail: string,
): ResolveResult {
  const tried = credential ? `with the credentials of ${credential.source}` : 'anonymously';
  return {
    ok: false,
    reason: 'unauthorized',
    message: `unauthorized for ${reference.repository} (${detail}); tried ${tried}`,
  };
}

function failed(message: string): ResolveResult {
  return { ok: false, reason: 'failed', message };
}

/** The body up to `max` bytes; undefined when it is longer (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  return `could not reach it: ${cause ?? (error instanceof Error ? error.message : String(error))}`;
}

export const registryLimits = { maxTokenBytes, maxManifestBytes, defaultTimeoutMs };
