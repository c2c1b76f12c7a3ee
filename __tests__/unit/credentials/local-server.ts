import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpMethod, RequestContext, type KubeConfig } from '@kubernetes/client-node';
import type { ResolveContext } from '../../../src/credentials/types.js';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  text?: string;
}

export type Handler = (req: RecordedRequest) => Reply | Promise<Reply>;

export interface LocalServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A plain node:http server on 127.0.0.1 with a random port; records every request it gets. */
export async function startServer(handler: Handler): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      Promise.resolve()
        .then(() => handler(recorded))
        .then(
          (reply) => {
            const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? '');
            res.writeHead(reply.status ?? 200, {
              'content-type': reply.json !== undefined ? 'application/json' : 'text/plain',
              ...reply.headers,
            });
            res.end(body);
          },
          (error: unknown) => {
            res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(String(error));
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A context whose clock the test moves; collects masked secrets and logs. */
export function testContext(overrides: Partial<ResolveContext> = {}) {
  let now = new Date('2026-01-01T00:00:00Z');
  const masked: string[] = [];
  const logs: string[] = [];
  const idTokenAudiences: string[] = [];
  const ctx: ResolveContext = {
    env: {},
    getIdToken: (audience) => {
      idTokenAudiences.push(audience);
      return Promise.resolve(fakeJwt({ aud: audience, sub: 'repo:octo/app:ref:refs/heads/main' }));
    },
    mask: (s) => masked.push(s),
    now: () => now,
    sleep: async () => {},
    log: (m) => logs.push(m),
    ...overrides,
  };
  return {
    ctx,
    masked,
    logs,
    idTokenAudiences,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    setNow(date: Date) {
      now = date;
    },
  };
}

export function fakeJwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT' })}.${enc({ iss: 'https://token.actions.githubusercontent.com', ...claims })}.c2lnbmF0dXJl`;
}

/** Runs client-node's per-request hook exactly as its generated API clients do; returns the Authorization header. */
export async function authHeaderOf(kc: KubeConfig): Promise<string | undefined> {
  const context = new RequestContext(`${kc.getCurrentCluster()?.server ?? 'https://x'}/api`, HttpMethod.GET);
  await kc.applySecurityAuthentication(context);
  return context.getHeaders()['Authorization'];
}
