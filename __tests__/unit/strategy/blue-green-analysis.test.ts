// Blue-green analysis before the switch, pure: the spec's `analysis` resolved with the canary's defaults, the
// decision after each run (the canary's failureLimit rule, over `analysisRuns` runs), which switches it gates, and
// the held layout the deploy applies before the checks (the main Service stays on the live color).
import { describe, expect, it } from 'vitest';
import type { StoredRevision } from '../../../src/inventory/applyset.js';
import type { DesiredObject, RenderedApp } from '../../../src/render/types.js';
import { resolveStrategy } from '../../../src/render/strategy.js';
import {
  blueGreenAnalysis,
  gatedSwitches,
  holdSwitches,
  switchVerdict,
  type BlueGreenAnalysis,
} from '../../../src/strategy/blue-green/analysis.js';
import { resolveBlueGreen } from '../../../src/strategy/blue-green/resolve.js';
import { BlueGreenStep, colorLabel } from '../../../src/strategy/blue-green/types.js';
import { renderFixture } from '../render/render-fixture.js';

const scope = { gatewayRoute: false };
const check = { url: 'http://api-preview.shop:8080/healthz' };

describe('resolving the blue-green analysis', () => {
  it('fills in the canary defaults and three runs', () => {
    const strategy = resolveStrategy({ type: 'blue-green', analysis: { http: [check] } }, scope);
    expect(blueGreenAnalysis(strategy)).toEqual({
      runs: 3,
      config: {
        intervalMs: 10_000,
        failureLimit: 0,
        http: [{ url: check.url, expectStatus: 200, successRatio: 1, requests: 5, timeoutMs: 5_000 }],
        prometheus: [],
      },
    });
  });

  it('takes the given interval, failureLimit and analysisRuns', () => {
    const strategy = resolveStrategy(
      {
        type: 'blue-green',
        analysisRuns: 5,
        analysis: { interval: '2s', failureLimit: 1, prometheus: [{ url: 'http://p:9090', query: 'up', min: 1 }] },
      },
      scope,
    );
    const analysis = blueGreenAnalysis(strategy);
    expect(analysis?.runs).toBe(5);
    expect(analysis?.config).toMatchObject({ intervalMs: 2_000, failureLimit: 1, http: [] });
    expect(analysis?.config.prometheus).toEqual([{ url: 'http://p:9090', query: 'up', min: 1, timeoutMs: 5_000 }]);
  });

  it('has no analysis without checks: readiness alone decides, and the strategy is as before', () => {
    expect(blueGreenAnalysis(resolveStrategy('blue-green', scope))).toBeUndefined();
    const empty = resolveStrategy({ type: 'blue-green', keepFor: '30m', analysis: { interval: '5s' } }, scope);
    expect(empty).toEqual({ type: 'blue-green', keepFor: '30m' });
    expect(blueGreenAnalysis(empty)).toBeUndefined();
  });
});

describe('the decision after each run', () => {
  const analysis = (failureLimit: number, runs: number): BlueGreenAnalysis => ({
    runs,
    config: {
      intervalMs: 1000,
      failureLimit,
      http: [{ ...check, expectStatus: 200, successRatio: 1, requests: 1, timeoutMs: 1000 }],
      prometheus: [],
    },
  });

  it('one passing run is not enough: every run of the window is made', () => {
    expect(switchVerdict(1, 0, analysis(0, 3))).toBe('continue');
    expect(switchVerdict(2, 0, analysis(0, 3))).toBe('continue');
    expect(switchVerdict(3, 0, analysis(0, 3))).toBe('switch');
  });

  it('aborts at once when failed runs exceed failureLimit, like the canary', () => {
    expect(switchVerdict(1, 1, analysis(0, 3))).toBe('abort');
    expect(switchVerdict(1, 1, analysis(1, 3))).toBe('continue');
    expect(switchVerdict(3, 1, analysis(1, 3))).toBe('switch');
    expect(switchVerdict(2, 2, analysis(1, 3))).toBe('abort');
  });
});

describe('the switches it gates and the held layout', () => {
  const spec = (image: string) => `
app: shop
components:
  - name: api
    image: ${image}
    port: 8080
    strategy:
      type: blue-green
      analysis:
        http:
          - url: http://api-preview.shop:8080/
`;
  const render = (image: string): RenderedApp => renderFixture({ name: 'blue-green-analysis', spec: spec(image) });
  const t0 = Date.parse('2026-12-02T12:00:00Z');
  const selector = (objects: DesiredObject[], name: string) =>
    (
      objects.find((entry) => entry.object.kind === 'Service' && entry.object.metadata.name === name)?.object[
        'spec'
      ] as { selector?: Record<string, string> }
    ).selector?.[colorLabel];

  function firstDeploy(): StoredRevision {
    const v1 = resolveBlueGreen(render('api:1'), undefined, t0);
    return {
      revision: 1,
      objects: v1.rendered.objects,
      components: v1.rendered.components,
      hash: 'h',
    } as StoredRevision;
  }

  it('gates only an automatic switch: a first deploy has nothing to switch from', () => {
    const layout = render('api:1');
    const strategyOf = (name: string) => layout.components.find((c) => c.name === name)?.strategy;
    const first = resolveBlueGreen(layout, undefined, t0);
    expect(first.statuses[0]?.step).toBe(BlueGreenStep.FirstDeploy);
    expect(gatedSwitches(first.statuses, strategyOf)).toEqual([]);
    const next = resolveBlueGreen(render('api:2'), firstDeploy(), t0 + 1000);
    expect(next.statuses[0]?.step).toBe(BlueGreenStep.Switching);
    expect(gatedSwitches(next.statuses, strategyOf).map((entry) => entry.status.component)).toEqual(['api']);
  });

  it('holds the main Service on the live color while the preview selects the new one', () => {
    const previous = firstDeploy();
    const switched = resolveBlueGreen(render('api:2'), previous, t0 + 1000);
    expect(selector(switched.rendered.objects, 'api')).toBe('green');
    const held = resolveBlueGreen(holdSwitches(render('api:2'), ['api']), previous, t0 + 1000);
    expect(selector(held.rendered.objects, 'api')).toBe('blue');
    expect(selector(held.rendered.objects, 'api-preview')).toBe('green');
    // The new color's Deployment is the same object in both: the switch that follows rewrites only the Service.
    const green = (objects: DesiredObject[]) =>
      objects.find((entry) => entry.object.kind === 'Deployment' && entry.object.metadata.name === 'api-green')?.object;
    expect(green(held.rendered.objects)).toEqual(green(switched.rendered.objects));
  });
});
