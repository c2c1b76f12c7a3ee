import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import { commentLimitBytes, commentMarker, renderPrComment } from '../../../src/report/comment.js';
import { byteLength } from '../../../src/report/format.js';
import { SecretMasker } from '../../../src/report/mask.js';
import { buildRunReport, finalizeReport } from '../../../src/report/result.js';
import { componentInfos, deployment, twoClusterRun } from './fixtures.js';

const planEvents = (diff: string, count = 1): DeployEvent[] => [
  { type: 'run-started', runId: 'r', command: 'plan', app: 'shop', clusters: ['eu-1'], at: 0 },
  {
    type: 'plan-ready',
    cluster: 'eu-1',
    at: 1,
    changes: [
      { component: 'api', ref: deployment('api'), action: 'update', diff },
      ...Array.from({ length: count }, (_, i) => ({
        component: 'web',
        ref: deployment(`web-${i}`),
        action: 'create' as const,
      })),
      { component: 'db', ref: deployment('db'), action: 'unchanged' },
    ],
  },
  { type: 'cluster-finished', cluster: 'eu-1', outcome: 'planned', durationMs: 800, at: 800 },
  { type: 'run-finished', outcome: 'planned', durationMs: 900, at: 900 },
];

describe('commentMarker', () => {
  it('is a hidden HTML comment per app and environment that cannot be broken out of', () => {
    expect(commentMarker('shop', 'pr-12')).toBe('<!-- k8deployer:shop:pr-12 -->');
    expect(commentMarker('a -->b', 'x:y')).toBe('<!-- k8deployer:a_--_b:x_y -->');
  });
});

describe('renderPrComment', () => {
  it('starts with the marker and shows the result and the preview URL', () => {
    const report = finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos });
    const body = renderPrComment(report, {
      app: 'shop',
      environment: 'pr-12',
      previewUrl: 'https://pr-12.preview.example.com',
      sha: '0123456789abcdef',
      runUrl: 'https://github.com/acme/shop/actions/runs/9',
      now: new Date('2026-01-02T03:04:05.678Z'),
    });
    expect(
      body.startsWith('<!-- k8deployer:shop:pr-12 -->\n### ❌ `shop` → **pr-12** deploy: **failed** in 1m 11s'),
    ).toBe(true);
    expect(body).toContain('🔗 Preview: https://pr-12.preview.example.com');
    expect(body).toContain(
      '❌ us-1: `api` ImagePullBackOff `ghcr.io/acme/api:1.2.3` not found → rolled back to revision 3 · ✅ eu-1',
    );
    expect(body).toContain('#### ❌ us-1 / `api`: ImagePullBackOff `ghcr.io/acme/api:1.2.3` not found');
    expect(body).toContain('> 💡 Check the image tag exists in the registry');
    expect(body).toContain(
      '| `api` | ❌ failed | `ghcr.io/acme/api:1.2.3` | 1m 00s | Deployment api: container app ImagePullBackOff: manifest unknown |',
    );
    expect(body).toContain(
      '<sub>for 0123456 · [run log](https://github.com/acme/shop/actions/runs/9) · updated 2026-01-02T03:04:05Z · took 1m 11s</sub>',
    );
  });

  it('shows the change table and collapsed, masked diffs for plan runs', () => {
    const masker = new SecretMasker(['hunter2-password']);
    const diff = '--- live\n+++ desired\n-  replicas: 2\n+  replicas: 3\n+  PASSWORD: hunter2-password\n```\nbreakout';
    const body = renderPrComment(finalizeReport(buildRunReport(planEvents(diff))), {
      app: 'shop',
      environment: 'staging',
      mask: (t) => masker.mask(t),
    });
    expect(body).toContain('**eu-1**: 1 to add, 1 to change, 0 to replace, 0 to delete, 1 unchanged');
    expect(body).toContain('| ✏️ change | `Deployment/shop/api` | api |');
    expect(body).toContain('| ➕ add | `Deployment/shop/web-0` | web |');
    expect(body).not.toContain('Deployment/shop/db` |');
    expect(body).toContain('<details><summary>diff <code>Deployment/shop/api</code></summary>');
    expect(body).toContain('````diff\n--- live');
    expect(body).toContain('+  PASSWORD: ***');
    expect(body).not.toContain('hunter2-password');
  });

  it('fits GitHub’s comment limit and keeps the marker', () => {
    const hugeDiff = Array.from({ length: 20_000 }, (_, i) => `+ line ${i} ${'y'.repeat(80)}`).join('\n');
    const body = renderPrComment(finalizeReport(buildRunReport(planEvents(hugeDiff, 3_000))), {
      app: 'shop',
      environment: 'staging',
    });
    expect(byteLength(body)).toBeLessThanOrEqual(commentLimitBytes);
    expect(body.startsWith('<!-- k8deployer:shop:staging -->\n')).toBe(true);
    expect(body).toMatch(/\| … \d+ more \| \| \|/);
  });
});

describe('renderPrComment after a teardown', () => {
  it('does not link components that were deleted', () => {
    const events: DeployEvent[] = [
      { type: 'run-started', runId: 'r', command: 'delete', app: 'shop', clusters: ['eu-1'], at: 0 },
      { type: 'component-finished', cluster: 'eu-1', component: 'web', outcome: 'deleted', durationMs: 10, at: 10 },
      { type: 'cluster-finished', cluster: 'eu-1', outcome: 'deleted', durationMs: 20, at: 20 },
      { type: 'run-finished', outcome: 'deleted', durationMs: 30, at: 30 },
    ];
    const body = renderPrComment(finalizeReport(buildRunReport(events), { components: componentInfos }), {
      app: 'shop',
      environment: 'pr-12',
    });
    expect(body).toContain('`web`');
    expect(body).not.toContain('https://shop.example.com/');
  });
});
