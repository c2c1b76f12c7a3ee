// The runner against a real local HTTP server (node:http), not a mock of fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStatuses } from '../../../src/steps/expect.js';
import { readCapped, runHttpStep } from '../../../src/steps/http-run.js';
import { maxResponseBytes, type HttpStep } from '../../../src/steps/types.js';

let server: Server;
let base = '';
const seen: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
let flaky = 0;

function handle(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    if (request.url === '/flaky') {
      flaky += 1;
      response.writeHead(flaky < 3 ? 503 : 200).end(flaky < 3 ? 'warming <b>up</b>' : 'ok');
    } else if (request.url === '/huge') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const write = (): void => {
        while (sent < 160 && response.write(chunk)) sent += 1;
        if (sent < 160) response.once('drain', write);
        else response.end();
      };
      write();
    } else if (request.url === '/slow') {
      setTimeout(() => response.writeHead(200).end('late'), 2000).unref();
    } else if (request.url === '/redirect') {
      response.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
    } else {
      response.writeHead(200).end('{"ready":true}');
    }
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const step = (over: Partial<HttpStep>): HttpStep => ({
  method: 'GET',
  url: `${base}/`,
  headers: [],
  expect: { status: parseStatuses(undefined) },
  retries: 2,
  backoff: { initialMs: 10, maxMs: 20 },
  timeoutMs: 1000,
  totalTimeoutMs: 10_000,
  when: 'changed',
  ...over,
});
const signal = new AbortController().signal;

describe('running an http step', () => {
  it('retries on the backoff schedule until the answer is right', async () => {
    const retries: { attempt: number; problem: string; delayMs: number }[] = [];
    const waits: number[] = [];
    const outcome = await runHttpStep(step({ url: `${base}/flaky`, retries: 3 }), {
      signal,
      onRetry: (retry) => retries.push(retry),
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
    expect(outcome).toEqual({ ok: true, attempts: 3, status: 200, line: `GET ${base}/flaky → 200 after 3 attempts` });
    expect(waits).toEqual([10, 20]);
    expect(retries.map((retry) => retry.problem)).toEqual([
      '503 (expected 2xx): warming <b>up</b>',
      '503 (expected 2xx): warming <b>up</b>',
    ]);
  });

  it('fails after its retries with the cause in one line, no header value in it', async () => {
    flaky = -100;
    const outcome = await runHttpStep(
      step({
        method: 'POST',
        url: `${base}/flaky`,
        headers: [{ name: 'Authorization', value: 'Bearer hunter2-token', secret: true, secretText: 'hunter2-token' }],
        body: 'x',
      }),
      { signal, sleep: () => Promise.resolve() },
    );
    expect(outcome.ok).toBe(false);
    expect(outcome.line).toBe(`POST ${base}/flaky → 503 (expected 2xx): warming <b>up</b> after 3 attempts`);
    expect(seen.at(-1)?.headers.authorization).toBe('Bearer hunter2-token');
    expect(seen.at(-1)?.body).toBe('x');
  });

  it('reads at most 64 KiB of a 10 MiB answer', async () => {
    const response = await fetch(`${base}/huge`);
    const text = await readCapped(response, maxResponseBytes);
    expect(text.length).toBe(maxResponseBytes);
    const outcome = await runHttpStep(
      step({ url: `${base}/huge`, expect: { status: parseStatuses(200), bodyContains: 'zzz' }, retries: 0 }),
      { signal },
    );
    expect(outcome.line).toMatch(/→ 200 \(body does not contain the expected text\): a{120}… after 1 attempt$/);
  });

  it('gives each attempt its time limit', async () => {
    const outcome = await runHttpStep(step({ url: `${base}/slow`, timeoutMs: 100, retries: 1 }), {
      signal,
      sleep: () => Promise.resolve(),
    });
    expect(outcome.line).toBe(`GET ${base}/slow → timed out after 0.1 s after 2 attempts`);
  });

  it('stops at the overall limit', async () => {
    const started = Date.now();
    const outcome = await runHttpStep(
      step({
        url: `${base}/slow`,
        timeoutMs: 150,
        totalTimeoutMs: 300,
        retries: 20,
        backoff: { initialMs: 100, maxMs: 100 },
      }),
      { signal },
    );
    expect(Date.now() - started).toBeLessThan(1500);
    expect(outcome.ok).toBe(false);
    expect(outcome.line).toContain('(stopped: totalTimeoutSeconds 0.3 s ran out)');
  });

  it('does not follow redirects: a 3xx is a status to expect', async () => {
    const refused = await runHttpStep(step({ url: `${base}/redirect`, retries: 0 }), { signal });
    expect(refused.line).toBe(`GET ${base}/redirect → 302 (expected 2xx) after 1 attempt`);
    const accepted = await runHttpStep(step({ url: `${base}/redirect`, expect: { status: parseStatuses('3xx') } }), {
      signal,
    });
    expect(accepted.ok).toBe(true);
  });

  it('says why a connection failed', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const outcome = await runHttpStep(step({ url, retries: 0 }), { signal });
    expect(outcome.line).toBe(`GET ${url} → connection refused (ECONNREFUSED) after 1 attempt`);
  });
});
