// Analysis: the pure evaluation, and the HTTP and Prometheus clients against local servers. The Prometheus server
// answers as the HTTP API documents it (https://prometheus.io/docs/prometheus/latest/querying/api/): the envelope
// { status, data: { resultType, result } } or { status: "error", errorType, error }, vector samples as
// [<unix time>, "<value>"].
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisVerdict, evaluateHttp, evaluatePrometheus } from '../../../src/strategy/analysis/evaluate.js';
import { runAnalysis } from '../../../src/strategy/analysis/index.js';
import { parseQueryAnswer, queryPrometheus } from '../../../src/strategy/analysis/prometheus.js';
import type { HttpCheck, PrometheusCheck } from '../../../src/strategy/types.js';

const http = (url: string, extra: Partial<HttpCheck> = {}): HttpCheck => ({
  url,
  expectStatus: 200,
  successRatio: 1,
  requests: 4,
  timeoutMs: 1000,
  ...extra,
});
const prom = (url: string, extra: Partial<PrometheusCheck> = {}): PrometheusCheck => ({
  url,
  query: 'sum(rate(http_requests_total{code=~"5.."}[1m]))',
  max: 0.5,
  timeoutMs: 1000,
  ...extra,
});

describe('evaluation', () => {
  it('HTTP: the share with the expected status against the success ratio', () => {
    const answers = [{ status: 200 }, { status: 200 }, { status: 503 }, { error: 'ECONNREFUSED' }];
    expect(evaluateHttp(http('http://x'), answers)).toMatchObject({
      ok: false,
      detail: '2/4 answered 200 (need 100%); got 503, ECONNREFUSED',
    });
    expect(evaluateHttp(http('http://x', { successRatio: 0.5 }), answers).ok).toBe(true);
    expect(evaluateHttp(http('http://x'), []).ok).toBe(false);
  });
  it('Prometheus: every sample within bounds; no data and NaN fail', () => {
    expect(evaluatePrometheus(prom('http://p'), { values: [0.1, 0.2] }).ok).toBe(true);
    expect(evaluatePrometheus(prom('http://p'), { values: [0.1, 0.9] })).toMatchObject({
      ok: false,
      detail: 'value 0.9 > max 0.5',
    });
    expect(evaluatePrometheus(prom('http://p', { max: undefined, min: 1 }), { values: [0.5] }).detail).toBe(
      'value 0.5 < min 1',
    );
    expect(evaluatePrometheus(prom('http://p'), { values: [] })).toMatchObject({
      ok: false,
      detail: expect.stringContaining('no data'),
    });
    expect(evaluatePrometheus(prom('http://p'), { values: [NaN] }).ok).toBe(false);
  });
  it('the failure limit: one failed run more than it tolerates aborts', () => {
    expect(analysisVerdict(1, 1)).toBe('continue');
    expect(analysisVerdict(2, 1)).toBe('abort');
    expect(analysisVerdict(1, 0)).toBe('abort');
  });
  it('parses the documented answers: vector, scalar, errors, malformed', () => {
    const vector = JSON.stringify({
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1700000000.1, '0.25'] }] },
    });
    expect(parseQueryAnswer(200, vector)).toEqual({ values: [0.25] });
    expect(
      parseQueryAnswer(200, JSON.stringify({ status: 'success', data: { resultType: 'scalar', result: [1, '+Inf'] } })),
    ).toEqual({ values: [Infinity] });
    expect(
      parseQueryAnswer(400, JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' })),
    ).toEqual({ error: 'HTTP 400: query failed (bad_data: parse error at char 5)' });
    expect(parseQueryAnswer(200, '<html>')).toEqual({ error: 'HTTP 200: not a Prometheus API answer (not JSON)' });
    expect(
      parseQueryAnswer(200, JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] } })),
    ).toEqual({
      error: 'result type matrix is not an instant vector or scalar',
    });
  });
});

describe('clients against local servers', () => {
  let server: Server;
  let base = '';
  const queries: string[] = [];
  let status = 200;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname === '/api/v1/query') {
        const query = url.searchParams.get('query') ?? '';
        queries.push(query);
        response.setHeader('content-type', 'application/json');
        if (query === 'huge') {
          // An endless answer: the client stops reading at its bound.
          const chunk = 'x'.repeat(64 * 1024);
          const write = (): void => {
            if (!response.destroyed && response.write(chunk)) setImmediate(write);
            else if (!response.destroyed) response.once('drain', write);
          };
          write();
          return;
        }
        if (query === 'slow') return void setTimeout(() => response.end('{}'), 3000);
        response.end(
          JSON.stringify({
            status: 'success',
            data: { resultType: 'vector', result: [{ metric: {}, value: [1, '0.75'] }] },
          }),
        );
        return;
      }
      response.statusCode = status;
      response.end('body the check never reads');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('runs every check once: HTTP statuses and the Prometheus query (URL-encoded, as sent)', async () => {
    status = 200;
    const run = await runAnalysis({
      intervalMs: 1000,
      failureLimit: 0,
      http: [http(`${base}/healthz`, { requests: 3 })],
      prometheus: [prom(base)],
    });
    expect(run.checks).toEqual([
      { check: `http GET ${base}/healthz`, ok: true, detail: '3/3 answered 200 (need 100%)' },
      { check: expect.stringContaining('prometheus sum(rate('), ok: false, detail: 'value 0.75 > max 0.5' },
    ]);
    expect(run.ok).toBe(false);
    expect(queries.at(-1)).toBe('sum(rate(http_requests_total{code=~"5.."}[1m]))');
  });
  it('a failing endpoint and a refused connection count as failures', async () => {
    status = 500;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const run = await runAnalysis({
      intervalMs: 1000,
      failureLimit: 0,
      http: [http(`${base}/healthz`, { requests: 2 }), http(`http://127.0.0.1:${closedPort}/`, { requests: 1 })],
      prometheus: [],
    });
    expect(run.checks.map((check) => check.detail)).toEqual([
      '0/2 answered 200 (need 100%); got 500',
      '0/1 answered 200 (need 100%); got ECONNREFUSED',
    ]);
  });
  it('bounded: a slow answer times out, an endless one is cut at 1 MiB', async () => {
    expect(await queryPrometheus(prom(base, { query: 'slow', timeoutMs: 300 }))).toEqual({
      error: 'no answer within 300 ms',
    });
    expect(await queryPrometheus(prom(base, { query: 'huge', timeoutMs: 5000 }))).toEqual({
      error: 'answer larger than 1024 KiB',
    });
  });
});
