import { describe, expect, it } from 'vitest';
import { ChangeAction } from '../../../src/events.js';
import { desiredSetHash } from '../../../src/inventory/applyset.js';
import { buildGraph } from '../../../src/plan/graph.js';
import { planSteps, stepSummary, withoutStepSecrets } from '../../../src/plan/steps.js';
import { backoffDelays } from '../../../src/steps/backoff.js';
import { checkAnswer, describeStatuses, parseStatus, parseStatuses, statusMatches } from '../../../src/steps/expect.js';
import type { RenderedStep } from '../../../src/steps/types.js';
import { renderFixture } from '../render/render-fixture.js';

describe('expect matching', () => {
  it('parses codes, classes and ranges', () => {
    expect(parseStatus(204)).toEqual({ from: 204, to: 204 });
    expect(parseStatus('2xx')).toEqual({ from: 200, to: 299 });
    expect(parseStatus('200-204')).toEqual({ from: 200, to: 204 });
    expect(parseStatus('204-200')).toEqual({ error: expect.stringContaining('backwards') });
    expect(parseStatus(42)).toEqual({ error: expect.stringContaining('outside 100-599') });
    expect(parseStatus('ok')).toEqual({ error: expect.stringContaining('not a code') });
  });

  it('defaults to any 2xx and matches lists', () => {
    expect(parseStatuses(undefined)).toEqual([{ from: 200, to: 299 }]);
    const accepted = parseStatuses([200, '3xx']);
    expect([200, 301, 399].map((status) => statusMatches(status, accepted))).toEqual([true, true, true]);
    expect([201, 404, 503].map((status) => statusMatches(status, accepted))).toEqual([false, false, false]);
    expect(describeStatuses(accepted)).toBe('200, 3xx');
  });

  it('checks the body substring after the status', () => {
    const expectation = { status: parseStatuses(200), bodyContains: '"ready":true' };
    expect(checkAnswer({ status: 200, body: '{"ready":true}' }, expectation)).toEqual({ ok: true });
    expect(checkAnswer({ status: 200, body: '{"ready":false}' }, expectation)).toEqual({
      ok: false,
      reason: 'body does not contain the expected text',
    });
    expect(checkAnswer({ status: 500, body: '' }, expectation)).toEqual({ ok: false, reason: 'expected 200' });
  });
});

describe('backoff schedule', () => {
  it('doubles from the initial delay and stays at the cap', () => {
    expect(backoffDelays(6, 1000, 5000)).toEqual([1000, 2000, 4000, 5000, 5000, 5000]);
    expect(backoffDelays(0, 1000, 5000)).toEqual([]);
    expect(backoffDelays(3, 0, 5000)).toEqual([0, 0, 0]);
  });

  it('never overflows, whatever the numbers', () => {
    const delays = backoffDelays(20, 60_000, 300_000);
    expect(delays.every((delay) => Number.isFinite(delay) && delay <= 300_000)).toBe(true);
    expect(backoffDelays(2, 10_000, 1000)).toEqual([1000, 1000]);
  });
});

const stepSpec = `app: shop
secrets:
  - name: hook
    fromEnv: { token: HOOK_TOKEN }
components:
  - name: api
    image: nginx:1.27
    port: 8080
  - name: register
    depends: [api]
    http:
      method: POST
      url: https://hooks.example.com/register
      headers:
        Authorization: { secret: hook, key: token, prefix: "Bearer " }
        X-Api-Key: { valueEnv: API_KEY }
        X-Team: shop
      body: { app: shop }
  - name: after
    image: nginx:1.27
    depends: [register]
`;
const env = { HOOK_TOKEN: 'tok-s3cret-value', API_KEY: 'key-s3cret-value' };

describe('rendering a step', () => {
  it('fills in the defaults and reads secret values, flagged as secret', () => {
    const rendered = renderFixture({ name: 'step', spec: stepSpec, env });
    expect(rendered.objects.some((entry) => entry.component === 'register')).toBe(false);
    expect(rendered.components.find((component) => component.name === 'register')?.kind).toBe('http');
    const step = rendered.steps?.[0];
    expect(step?.http).toMatchObject({
      method: 'POST',
      retries: 2,
      backoff: { initialMs: 1000, maxMs: 30_000 },
      timeoutMs: 10_000,
      totalTimeoutMs: 120_000,
      when: 'changed',
      body: '{"app":"shop"}',
      expect: { status: [{ from: 200, to: 299 }] },
    });
    expect(step?.http.headers).toEqual([
      { name: 'Authorization', value: 'Bearer tok-s3cret-value', secret: true, secretText: 'tok-s3cret-value' },
      { name: 'X-Api-Key', value: 'key-s3cret-value', secret: true, secretText: 'key-s3cret-value' },
      { name: 'X-Team', value: 'shop', secret: false },
      { name: 'content-type', value: 'application/json', secret: false },
    ]);
  });

  it('a deploy refuses an unset valueEnv at its position, without a value', () => {
    expect(() => renderFixture({ name: 'step', spec: stepSpec, env: { HOOK_TOKEN: 'tok-s3cret-value' } })).toThrow(
      /k8deployer\.yaml:16:\d+: header X-Api-Key: environment variable API_KEY is not set/,
    );
  });

  it('a secret value with a line break is refused without quoting it', () => {
    try {
      renderFixture({ name: 'step', spec: stepSpec, env: { ...env, API_KEY: 'abc\r\nX-Evil: 1' } });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain('header X-Api-Key: its secret value contains CR, LF or NUL');
      expect(String(error)).not.toContain('X-Evil');
    }
  });

  it('orders the graph both ways: the step after api, after-component after the step', () => {
    const rendered = renderFixture({ name: 'step', spec: stepSpec, env });
    const graph = buildGraph(rendered.objects, rendered.components, rendered.steps);
    const order = graph.order().map((node) => node.desired.component);
    const step = order.indexOf('register');
    expect(order.lastIndexOf('api')).toBeLessThan(step);
    expect(order.indexOf('after')).toBeGreaterThan(step);
  });
});

describe('masking and planning steps', () => {
  const rendered = renderFixture({ name: 'step', spec: stepSpec, env });
  const steps = rendered.steps as RenderedStep[];
  const graph = buildGraph(rendered.objects, rendered.components, steps);
  const hash = desiredSetHash(rendered.objects, rendered.components, steps);

  it('a plan leaving the engine carries no secret header value', () => {
    const [planned] = planSteps(graph, { actions: [ChangeAction.Create], pruned: 0, desiredHash: hash });
    const text = JSON.stringify(withoutStepSecrets(planned!));
    expect(text).not.toContain('s3cret');
    expect(text).toContain('"value":"(masked)"');
    expect(stepSummary(planned!)).toEqual({
      component: 'register',
      request: 'POST https://hooks.example.com/register',
      run: true,
      why: 'the deploy changes the cluster',
    });
  });

  it('when: changed runs only when something changes; always runs on every deploy', () => {
    const nothing = { actions: [ChangeAction.Unchanged], pruned: 0, recordedHash: hash, desiredHash: hash };
    expect(planSteps(graph, nothing)[0]?.decision).toEqual({ run: false, why: 'nothing changed (when: changed)' });
    expect(planSteps(graph, { ...nothing, pruned: 1 })[0]?.decision.run).toBe(true);
    // The last deploy failed before it was recorded (rollback off): the step runs again.
    expect(planSteps(graph, { ...nothing, recordedHash: 'older' })[0]?.decision.run).toBe(true);
    const always = steps.map((step) => ({ ...step, http: { ...step.http, when: 'always' as const } }));
    const alwaysGraph = buildGraph(rendered.objects, rendered.components, always);
    expect(planSteps(alwaysGraph, nothing)[0]?.decision).toEqual({
      run: true,
      why: 'runs on every deploy (when: always)',
    });
  });

  it('the recorded hash names secret headers but does not depend on their values', () => {
    const other = renderFixture({
      name: 'step',
      spec: stepSpec,
      env: { HOOK_TOKEN: 'another-token', API_KEY: 'x-key' },
    });
    const withoutSecrets = (app: typeof rendered) => app.objects.filter((entry) => entry.object.kind !== 'Secret');
    expect(desiredSetHash(withoutSecrets(other), other.components, other.steps)).toBe(
      desiredSetHash(withoutSecrets(rendered), rendered.components, steps),
    );
    const changed = steps.map((step) => ({ ...step, http: { ...step.http, url: 'https://hooks.example.com/v2' } }));
    expect(desiredSetHash(rendered.objects, rendered.components, changed)).not.toBe(hash);
    // An app without steps hashes as before (no spurious revision for existing deployments).
    expect(desiredSetHash(rendered.objects, rendered.components, [])).toBe(
      desiredSetHash(rendered.objects, rendered.components),
    );
  });
});
