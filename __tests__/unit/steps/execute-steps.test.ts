// Steps in the engine's graph scheduler, with a local HTTP server. A graph of steps only never talks to a cluster:
// the client and tracker given here throw on any use, which proves it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeGraph, type ExecuteOptions } from '../../../src/apply/execute.js';
import { EventBus, type DeployEvent } from '../../../src/events.js';
import { buildGraph } from '../../../src/plan/graph.js';
import { parseStatuses } from '../../../src/steps/expect.js';
import type { HttpStep, RenderedStep } from '../../../src/steps/types.js';

const requests: { path: string; at: number }[] = [];
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  requests.push({ path: request.url ?? '', at: Date.now() });
  if (request.url === '/fail') response.writeHead(503).end('busy');
  else setTimeout(() => response.writeHead(200).end('ok'), 200);
});
let base = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const untouchable = new Proxy(
  {},
  {
    get: (_target, key) => {
      throw new Error(`a step touched the cluster (${String(key)})`);
    },
  },
);

function http(path: string, over: Partial<HttpStep> = {}): HttpStep {
  return {
    method: 'GET',
    url: `${base}${path}`,
    headers: [],
    expect: { status: parseStatuses(undefined) },
    retries: 1,
    backoff: { initialMs: 10, maxMs: 10 },
    timeoutMs: 2000,
    totalTimeoutMs: 5000,
    when: 'changed',
    ...over,
  };
}

async function run(steps: RenderedStep[], depends: Record<string, string[]>, skip: string[] = []) {
  const components = steps.map((step) => ({
    name: step.component,
    kind: 'http',
    depends: depends[step.component] ?? [],
    images: [],
    urls: [],
  }));
  const graph = buildGraph([], components, steps);
  for (const node of graph.nodes.values())
    if (node.desired.step && skip.includes(node.desired.component))
      node.desired.step.decision = { run: false, why: 'nothing changed (when: changed)' };
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const result = await executeGraph({
    cluster: 'c1',
    client: untouchable as ExecuteOptions['client'],
    tracker: untouchable as ExecuteOptions['tracker'],
    bus,
    graph,
    applySetId: 'x',
    liveVersions: new Map(),
    forceConflicts: false,
    concurrency: 4,
    objectTimeoutMs: 5000,
    signal: new AbortController().signal,
  });
  return { result, events };
}

describe('steps in the graph scheduler', () => {
  it('runs a step after the one it depends on, and stops at a failure like a failed Job', async () => {
    requests.length = 0;
    const { result, events } = await run(
      [
        { component: 'warm', http: http('/warm') },
        { component: 'hook', http: http('/fail', { method: 'POST', body: 'x' }) },
        { component: 'after', http: http('/after') },
      ],
      { hook: ['warm'], after: ['hook'] },
    );
    const line = `POST ${base}/fail → 503 (expected 2xx): busy after 2 attempts`;
    expect(result).toMatchObject({ ok: false, reason: line, applied: [] });
    expect(requests.map((request) => request.path)).toEqual(['/warm', '/fail', '/fail']);
    const finished = events.filter((event) => event.type === 'component-finished');
    expect(finished.map((event) => [event.component, event.outcome, event.reason])).toEqual([
      ['warm', 'succeeded', undefined],
      ['hook', 'failed', line],
      ['after', 'skipped', undefined],
    ]);
    expect(events.filter((event) => event.type === 'step-retry')).toEqual([
      expect.objectContaining({ component: 'hook', attempt: 1, delayMs: 10 }),
    ]);
    // The warm-up answered after 200 ms; the hook's first request came after that answer.
    const warmFinished = events.find((event) => event.type === 'step-finished' && event.component === 'warm');
    expect(requests[1]!.at).toBeGreaterThanOrEqual(warmFinished!.at);
  });

  it('a step the plan does not run succeeds without a request, and its dependents go on', async () => {
    requests.length = 0;
    const { result, events } = await run(
      [
        { component: 'hook', http: http('/hook') },
        { component: 'smoke', http: http('/smoke', { when: 'always' }) },
      ],
      { smoke: ['hook'] },
      ['hook'],
    );
    expect(result.ok).toBe(true);
    expect(requests.map((request) => request.path)).toEqual(['/smoke']);
    expect(events.find((event) => event.type === 'step-finished' && event.component === 'hook')).toMatchObject({
      ran: false,
      ok: true,
      line: `GET ${base}/hook: not run, nothing changed (when: changed)`,
    });
  });
});
