import type { ClientAssertionCredentialOptions } from '@azure/identity';

type AzureHttpClient = NonNullable<ClientAssertionCredentialOptions['httpClient']>;
type PipelineRequest = Parameters<AzureHttpClient['sendRequest']>[0];
type HttpHeaders = PipelineRequest['headers'];

/**
 * An @azure/identity HttpClient over a plain fetch. Lets the action route Entra calls through ctx.fetch (a proxy-
 * aware fetch, or a test's local server) — MSAL itself insists on https authorities, the transport does not care.
 */
export function fetchHttpClient(fetchImpl: typeof fetch): AzureHttpClient {
  return {
    async sendRequest(request: PipelineRequest) {
      const headers: Record<string, string> = {};
      for (const [name, value] of request.headers) headers[name] = value;
      const body = request.body;
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers,
        ...(typeof body === 'string' ? { body } : body instanceof Uint8Array ? { body: Buffer.from(body) } : {}),
        ...(request.abortSignal ? { signal: request.abortSignal as AbortSignal } : {}),
      });
      const responseHeaders = simpleHeaders();
      response.headers.forEach((value, name) => responseHeaders.set(name, value));
      return { request, status: response.status, headers: responseHeaders, bodyAsText: await response.text() };
    },
  };
}

function simpleHeaders(): HttpHeaders {
  const map = new Map<string, { name: string; value: string }>();
  const headers: HttpHeaders = {
    get: (name) => map.get(name.toLowerCase())?.value,
    has: (name) => map.has(name.toLowerCase()),
    set: (name, value) => void map.set(name.toLowerCase(), { name, value: String(value) }),
    delete: (name) => void map.delete(name.toLowerCase()),
    toJSON: (options) =>
      Object.fromEntries([...map.entries()].map(([key, h]) => [options?.preserveCase ? h.name : key, h.value])),
    [Symbol.iterator]: function* () {
      for (const [key, h] of map) yield [key, h.value] as [string, string];
    },
  };
  return headers;
}
