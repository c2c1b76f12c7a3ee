import type { Component, HttpHeaderValue, K8DeployerSpec } from './spec-types.generated.js';
import { escapePointerToken } from './yaml-source.js';
import { parseStatus } from '../steps/expect.js';
import { maxRequestBodyBytes } from '../steps/types.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;
type Secrets = NonNullable<K8DeployerSpec['secrets']>;

/** RFC 9110 token: what a header name may be made of. */
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** CR and LF would end the header and start another (header injection); NUL is refused by every server. */
const headerBreak = /[\r\n\0]/;
/** Set by the HTTP client itself from the body and the connection; a spec setting them would break the request. */
const clientHeaders = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'expect',
]);
/** Fields that build or patch Kubernetes objects: a request has none. */
const objectFields = [
  'image',
  'port',
  'ports',
  'command',
  'args',
  'replicas',
  'env',
  'envFrom',
  'config',
  'volumes',
  'initContainers',
  'sidecars',
  'storage',
  'probes',
  'service',
  'services',
  'ingress',
  'rbac',
  'pdb',
  'autoscale',
  'schedule',
  'files',
  'helm',
  'kustomize',
  'patches',
] as const;

/** kind: http: the http block is there (and only there), and every value in it is one the runner can send safely. */
export function checkHttpComponent(
  component: Component,
  kind: string,
  pointer: string,
  at: At,
  secrets: Secrets,
): void {
  if (kind !== 'http') {
    if (component.http !== undefined) at(`${pointer}/http`, `http is only for kind: http`, true);
    return;
  }
  const http = component.http;
  if (!http) {
    at(pointer, `component '${component.name}' (http) needs an http block with a url`, true);
    return;
  }
  for (const field of objectFields)
    if (component[field] !== undefined)
      at(
        `${pointer}/${field}`,
        `a kind: http component takes no ${field}; it makes a request and writes no object`,
        true,
      );
  const at$ = `${pointer}/http`;
  checkUrl(http.url, `${at$}/url`, at);
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(http.headers ?? {})) {
    const where = `${at$}/headers/${escapePointerToken(name)}`;
    if (!headerName.test(name)) at(where, `header name ${JSON.stringify(name)} is not a valid HTTP token`, true);
    else if (clientHeaders.has(name.toLowerCase()))
      at(where, `header ${name} is set by the HTTP client and cannot be given`, true);
    if (seen.has(name.toLowerCase())) at(where, `header ${name} is given twice (names are case-insensitive)`, true);
    seen.add(name.toLowerCase());
    checkHeaderValue(value, where, at, secrets);
  }
  const method = http.method ?? 'GET';
  if (http.body !== undefined) {
    if (method === 'GET' || method === 'HEAD') at(`${at$}/body`, `a ${method} request takes no body`, true);
    const bytes = Buffer.byteLength(typeof http.body === 'string' ? http.body : JSON.stringify(http.body));
    if (bytes > maxRequestBodyBytes)
      at(`${at$}/body`, `the body is ${bytes} bytes; at most ${maxRequestBodyBytes} are sent`, true);
  }
  const status = http.expect?.status;
  const items = Array.isArray(status) ? status : status === undefined ? [] : [status];
  items.forEach((item, index) => {
    const parsed = parseStatus(item);
    if ('error' in parsed) at(`${at$}/expect/status${Array.isArray(status) ? `/${index}` : ''}`, parsed.error);
  });
  const backoff = http.backoff;
  if (
    backoff?.initialSeconds !== undefined &&
    backoff.maxSeconds !== undefined &&
    backoff.initialSeconds > backoff.maxSeconds
  )
    at(
      `${at$}/backoff/initialSeconds`,
      `initialSeconds (${backoff.initialSeconds}) is above maxSeconds (${backoff.maxSeconds})`,
    );
  const attempt = http.timeoutSeconds ?? 10;
  const total = http.totalTimeoutSeconds ?? 120;
  if (attempt > total)
    at(
      `${at$}/${http.timeoutSeconds !== undefined ? 'timeoutSeconds' : 'totalTimeoutSeconds'}`,
      `one attempt may take ${attempt} s but all of them only ${total} s (timeoutSeconds must not exceed totalTimeoutSeconds)`,
    );
}

function checkUrl(url: string, pointer: string, at: At): void {
  // A reference left unresolved is reported by variable substitution already.
  if (url.includes('${')) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    at(pointer, `url ${JSON.stringify(url.slice(0, 200))} is not an absolute URL`);
    return;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    at(pointer, `url scheme ${parsed.protocol.slice(0, -1)} is not http or https`);
  // The URL is printed in logs and reports; credentials in it would be printed with it.
  if (parsed.username !== '' || parsed.password !== '')
    at(pointer, `url has a user:password@ part, which would be printed in logs; send credentials in a secret header`);
  if (headerBreak.test(url)) at(pointer, `url contains a line break or NUL`);
}

function checkHeaderValue(value: HttpHeaderValue, pointer: string, at: At, secrets: Secrets): void {
  if (typeof value === 'string') {
    if (headerBreak.test(value)) at(pointer, `header value contains CR, LF or NUL (header injection)`);
    return;
  }
  if (value.prefix !== undefined && headerBreak.test(value.prefix))
    at(`${pointer}/prefix`, `prefix contains CR, LF or NUL (header injection)`);
  if (!('secret' in value)) return;
  const secret = secrets.find((entry) => entry.name === value.secret);
  if (!secret) {
    const known = secrets.map((entry) => entry.name);
    at(
      `${pointer}/secret`,
      `unknown secret '${value.secret}'${known.length ? ` (known: ${known.slice(0, 20).join(', ')})` : ''}`,
    );
  } else if ((secret.type ?? 'opaque') !== 'opaque' || secret.fromEnv?.[value.key] === undefined) {
    at(
      `${pointer}/key`,
      `secret '${secret.name}' has no fromEnv key '${value.key}' (http headers read secret values from fromEnv)`,
    );
  }
}
