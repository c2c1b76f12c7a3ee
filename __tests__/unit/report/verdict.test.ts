import { describe, expect, it } from 'vitest';
import type { DeployEvent, PlannedChange } from '../../../src/events.js';
import { cutDescription } from '../../../src/github/deployments.js';
import { dependencyGraph } from '../../../src/report/markdown.js';
import { planDiffs } from '../../../src/report/plan-markdown.js';
import { buildRunReport, finalizeReport, type ComponentReport } from '../../../src/report/result.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { clusterVerdict, diagnose, failureCard, versionCell, verdictLine } from '../../../src/report/verdict.js';
import { deployment } from './fixtures.js';

function component(reason: string, events: string[] = [], logTail?: string[]): ComponentReport {
  return {
    name: 'api',
    depends: [],
    outcome: 'failed',
    durationMs: 1,
    reason,
    urls: [],
    images: ['shop-api:2.4.2'],
    failedObjects: [{ object: 'Deployment/shop/api', reason }],
    details: { events, ...(logTail ? { logTail } : {}) },
  };
}

const diff = '--- live\n+++ desired\n-        image: shop-api:2.4.1\n+        image: shop-api:2.4.2\n';

/** production: api fails to pull shop-api:2.4.2 and is rolled back to revision 7 (2.4.1); staging succeeds. */
function rolledBackRun(): DeployEvent[] {
  const changes: PlannedChange[] = [{ component: 'api', ref: deployment('api'), action: 'update', diff }];
  return [
    { type: 'run-started', runId: 'r', command: 'deploy', app: 'shop', clusters: ['staging', 'production'], at: 0 },
    { type: 'plan-ready', cluster: 'production', changes, at: 1 },
    { type: 'plan-ready', cluster: 'staging', changes, at: 1 },
    { type: 'component-finished', cluster: 'staging', component: 'api', outcome: 'succeeded', durationMs: 5, at: 2 },
    { type: 'cluster-finished', cluster: 'staging', outcome: 'succeeded', durationMs: 5, at: 2 },
    {
      type: 'object-applied',
      cluster: 'production',
      component: 'worker',
      ref: deployment('worker'),
      action: 'update',
      at: 2,
    },
    {
      type: 'object-applied',
      cluster: 'production',
      component: 'api',
      ref: deployment('api'),
      action: 'update',
      at: 2,
    },
    {
      type: 'object-failed',
      cluster: 'production',
      component: 'api',
      ref: deployment('api'),
      reason: 'Deployment api: container app ImagePullBackOff',
      details: {
        events: [
          'Normal Pulling pod/api-1 Pulling image "shop-api:2.4.2"',
          'Warning Failed pod/api-1 Failed to pull image "shop-api:2.4.2": not found',
        ],
      },
      at: 3,
    },
    {
      type: 'component-finished',
      cluster: 'production',
      component: 'api',
      outcome: 'failed',
      durationMs: 3,
      reason: 'Deployment api: container app ImagePullBackOff',
      at: 3,
    },
    {
      type: 'component-finished',
      cluster: 'production',
      component: 'worker',
      outcome: 'skipped',
      durationMs: 3,
      at: 3,
    },
    { type: 'component-finished', cluster: 'production', component: 'web', outcome: 'skipped', durationMs: 0, at: 3 },
    { type: 'rollback-started', cluster: 'production', toRevision: 7, at: 4 },
    { type: 'rollback-finished', cluster: 'production', toRevision: 7, ok: true, at: 5 },
    {
      type: 'cluster-finished',
      cluster: 'production',
      outcome: 'rolled-back',
      durationMs: 5,
      // What the engine sends: the cause, then the rollback.
      reason: 'Deployment api: container app ImagePullBackOff; rolled back to revision 7',
      at: 5,
    },
    { type: 'run-finished', outcome: 'failed', durationMs: 6, at: 6 },
  ];
}

const infos = [
  { name: 'api', kind: 'service', depends: [], images: ['shop-api:2.4.2'], urls: [] },
  { name: 'worker', kind: 'worker', depends: [], images: ['shop-worker:1.0'], urls: [] },
  { name: 'web', kind: 'service', depends: ['api'], images: ['shop-web:3'], urls: [] },
];

describe('the verdict line', () => {
  const report = finalizeReport(buildRunReport(rolledBackRun()), { components: infos, finished: true });

  it('says per cluster, worst first, what failed and what runs now', () => {
    expect(verdictLine(report)).toBe(
      '❌ production: `api` ImagePullBackOff `shop-api:2.4.2` not found → rolled back to `2.4.1` (revision 7) · ✅ staging',
    );
  });

  it('prints the rollback once, shows versions old → new, and cancelled/skipped consistently', () => {
    const summary = renderJobSummary(report);
    expect(summary.match(/rolled back to/g)?.length).toBe(
      // verdict line + the components rolled back with the cluster (none succeeded here) → just the verdict.
      1,
    );
    const production = report.clusters.find((c) => c.name === 'production')!;
    const byName = Object.fromEntries(production.components.map((c) => [c.name, c]));
    expect(byName['worker']).toMatchObject({ outcome: 'cancelled', reason: 'stopped because api failed' });
    expect(byName['web']).toMatchObject({ outcome: 'skipped', reason: 'not started: api failed' });
    expect(summary).toContain('| `worker` | 🛑 cancelled |');
    expect(summary).toContain('| `api` | ❌ failed | `shop-api:2.4.1` → `2.4.2` |');
    expect(versionCell(byName['api']!)).toBe('`shop-api:2.4.1` → `2.4.2`');
    // staging succeeded with a version change: folded, but still saying old → new.
    expect(summary).toContain('<summary>✅ staging: 3 component(s) succeeded</summary>');
  });

  it('never shows components of a rolled-back cluster as succeeded', () => {
    const events = rolledBackRun().filter((e) => !(e.type === 'component-finished' && e.component === 'web'));
    events.splice(5, 0, {
      type: 'component-finished',
      cluster: 'production',
      component: 'web',
      outcome: 'succeeded',
      durationMs: 1,
      at: 2,
    });
    const rolled = finalizeReport(buildRunReport(events), { components: infos, finished: true });
    const web = rolled.clusters.find((c) => c.name === 'production')!.components.find((c) => c.name === 'web');
    expect(web).toMatchObject({ outcome: 'rolled-back', reason: 'rolled back to revision 7' });
  });

  it('escapes cluster text in the verdict', () => {
    expect(
      clusterVerdict({
        name: 'p',
        outcome: 'failed',
        durationMs: 0,
        reason: '<img src=x> @admin [x](http://evil)',
        components: [],
        warnings: [],
      }),
    ).toBe('❌ p: &lt;img src=x&gt; @\u2060admin \\[x\\]\\(http:\u2060//evil\\)');
  });
});

describe('failure cards: a hint per failure type', () => {
  it('image not found → tag, registry, pull secret', () => {
    const d = diagnose(component('ImagePullBackOff', ['Warning Failed Failed to pull image "r.io/a:9": not found']));
    expect(d).toMatchObject({ type: 'image-pull', image: 'r.io/a:9' });
    expect(d.hint).toMatch(/tag.*registry.*pull secret/);
  });

  it('crash loop → exit code and the last log lines', () => {
    const c = component(
      'Deployment api: container app CrashLoopBackOff: exit code 3',
      ['Warning BackOff pod/api Back-off restarting failed container'],
      ['boot', 'panic: no DATABASE_URL'],
    );
    const d = diagnose(c);
    expect(d).toMatchObject({ type: 'crash-loop', exitCode: '3', cause: 'CrashLoopBackOff (exit code 3)' });
    const card = failureCard({ name: 'prod', outcome: 'failed', durationMs: 0, components: [c], warnings: [] }, c, {
      logLines: 10,
      maxBytes: 4096,
    });
    expect(card).toContain('**Event:** `Warning BackOff pod/api Back-off restarting failed container`');
    expect(card).toContain('```text\nboot\npanic: no DATABASE_URL\n```');
    expect(card).toContain('with code 3');
    // Open, not collapsed.
    expect(card).not.toContain('<details>');
  });

  it('unschedulable → requests vs capacity', () => {
    const d = diagnose(
      component('Pod api-1 unschedulable', ['Warning FailedScheduling 0/3 nodes are available: 3 Insufficient cpu.']),
    );
    expect(d.type).toBe('unschedulable');
    expect(d.cause).toContain('0/3 nodes are available: 3 Insufficient cpu.');
    expect(d.hint).toMatch(/requests.*allocatable capacity/);
  });

  it('quota exceeded', () => {
    const d = diagnose(
      component('pods "api-1" is forbidden: exceeded quota: compute, requested: limits.cpu=2, used: limits.cpu=4'),
    );
    expect(d).toMatchObject({ type: 'quota', cause: 'quota exceeded (compute)' });
  });

  it('forbidden → the missing RBAC verb', () => {
    const d = diagnose(
      component(
        'deployments.apps "api" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "deployments" in API group "apps" in the namespace "shop"',
      ),
    );
    expect(d).toMatchObject({ type: 'forbidden', rbac: { verb: 'patch', resource: 'deployments.apps' } });
    expect(d.hint).toContain('RBAC verb `patch` on `deployments.apps`');
  });
});

describe('fixes', () => {
  it('the "more diffs" note is a paragraph of its own after </details>, not literal asterisks', () => {
    const changes: PlannedChange[] = Array.from({ length: 5 }, (_, i) => ({
      component: 'api',
      ref: deployment(`d${i}`),
      action: 'update' as const,
      diff: `-  x: ${'a'.repeat(400)}\n+  x: b${i}`,
    }));
    const text = planDiffs(
      { name: 'c', outcome: 'planned', durationMs: 0, components: [], warnings: [], changes },
      1500,
    )!;
    expect(text).toMatch(/<\/details>\n\n… \d+ more diff\(s\) of c not shown\./);
  });

  it('a graph above 15 nodes shows only the failed/changed part and its neighbours', () => {
    const events: DeployEvent[] = [
      { type: 'run-started', runId: 'r', command: 'deploy', app: 'a', clusters: ['c'], at: 0 },
    ];
    for (let i = 0; i < 30; i += 1) {
      events.push({
        type: 'component-finished',
        cluster: 'c',
        component: `s${i}`,
        outcome: i === 10 ? 'failed' : 'succeeded',
        durationMs: 1,
        at: 1,
      });
    }
    const chain = Array.from({ length: 30 }, (_, i) => ({
      name: `s${i}`,
      kind: 'service',
      depends: i === 0 ? [] : [`s${i - 1}`],
      images: [],
      urls: [],
    }));
    const report = finalizeReport(buildRunReport(events), { components: chain, finished: true });
    const graph = dependencyGraph(report)!;
    expect(graph.match(/\["s\d+"\]/g)).toEqual(['["s9"]', '["s10"]', '["s11"]']);
    // Nothing failed or changed in a big graph: nothing worth drawing.
    const green = finalizeReport(buildRunReport(events.filter((e) => !('outcome' in e && e.outcome === 'failed'))), {
      components: chain.filter((c) => c.name !== 's10').map((c) => ({ ...c, depends: [] })),
      finished: true,
    });
    expect(dependencyGraph(green)).toBeNull();
  });

  it('cuts a deployment description at a grapheme boundary, never leaving a lone surrogate', () => {
    const text = `${'a'.repeat(138)}😀👩‍👩‍👧 tail`;
    const cut = cutDescription(text)!;
    expect(cut.length).toBeLessThanOrEqual(140);
    expect(cut).toBe(`${'a'.repeat(138)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut)).toBe(false);
    expect(cutDescription('short ✅')).toBe('short ✅');
    const emojis = '✅'.repeat(200);
    expect(cutDescription(emojis)).toBe(`${'✅'.repeat(139)}…`);
  });
});
