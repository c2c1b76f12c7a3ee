import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import { byteLength } from '../../../src/report/format.js';
import { SecretMasker } from '../../../src/report/mask.js';
import { buildRunReport, finalizeReport } from '../../../src/report/result.js';
import { renderJobSummary, stepSummaryLimitBytes } from '../../../src/report/summary.js';
import { componentInfos, deployment, secretToken, twoClusterRun } from './fixtures.js';

const report = finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos });
const masker = new SecretMasker([secretToken]);

function balanced(markdown: string): void {
  expect(markdown.split('<details>').length).toBe(markdown.split('</details>').length);
  const fences = markdown.split('\n').filter((line) => /^`{3,}/.test(line));
  expect(fences.length % 2).toBe(0);
}

describe('renderJobSummary', () => {
  const markdown = renderJobSummary(report, {
    runUrl: 'https://github.com/acme/shop/actions/runs/1',
    environment: 'production',
    mask: (t) => masker.mask(t),
  });

  it('leads with one verdict per cluster, worst first, before any table', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('## ❌ k8deployer deploy `shop`: **failed** in 1m 11s');
    expect(lines[2]).toBe(
      '❌ us-1: `api` ImagePullBackOff `ghcr.io/acme/api:1.2.3` not found → rolled back to revision 3 · ✅ eu-1',
    );
    expect(markdown.indexOf('❌ us-1:')).toBeLessThan(markdown.indexOf('|'));
    expect(markdown).toContain('environment **production** · [run log](https://github.com/acme/shop/actions/runs/1)');
  });

  it('tables only what needs attention; the green cluster folds into a collapsed table; no empty columns', () => {
    expect(markdown).toContain('| Component | Status | Version | Duration | Reason | Link |');
    expect(markdown).toContain(
      '| `api` | ❌ failed | `ghcr.io/acme/api:1.2.3` | 1m 00s | Deployment api: container app ImagePullBackOff: manifest unknown | [api.example.com](https://api.example.com) |',
    );
    // Rolled back with the cluster: never shown as succeeded.
    expect(markdown).toContain('| `db` | ↩️ rolled-back | `postgres:16` | 4s | rolled back to revision 3 |  |');
    expect(markdown).toContain('| `web` | ⏭️ skipped | `ghcr.io/acme/web:1.2.3` |  | not started: api failed |');
    expect(markdown).toContain('<details>\n<summary>✅ eu-1: 3 component(s) succeeded</summary>');
    // The green table has no Reason column: nothing to say there.
    expect(markdown).toContain('| Component | Status | Version | Duration | Link |');
    expect(markdown).not.toContain('*(cluster)*');
    expect(markdown).not.toContain('(app)');
  });

  it('draws the dependency graph coloured by the worst outcome', () => {
    expect(markdown).toContain('```mermaid\ngraph LR\n  c0["db"]\n  c1["api"]\n  c2["web"]\n  c0 --> c1\n  c1 --> c2');
    expect(markdown).toMatch(/classDef failed fill:#ffebe9/);
    expect(markdown).toContain('class c1 failed');
    expect(markdown).toContain('class c0 rolledback');
  });

  it('opens a failure card with the cause, the key event, the log tail (masked) and a hint', () => {
    expect(markdown).toContain('#### ❌ us-1 / `api`: ImagePullBackOff `ghcr.io/acme/api:1.2.3` not found');
    expect(markdown).toContain('**Cause:** Deployment api: container app ImagePullBackOff: manifest unknown');
    expect(markdown).toContain(
      '**Event:** `Warning Failed pod/api-7d9 Failed to pull image "ghcr.io/acme/api:1.2.3": manifest unknown`',
    );
    expect(markdown).toContain('**Log tail** (last 3 lines)');
    expect(markdown).toContain('token=***');
    expect(markdown).toContain('> 💡 Check the image tag exists in the registry');
    expect(markdown).not.toContain(secretToken);
    expect(markdown).toContain('⚠️ us-1: 1 warning(s)');
    // The card comes before the tables: the cause is what a reader came for.
    expect(markdown.indexOf('#### ❌ us-1')).toBeLessThan(markdown.indexOf('| Component |'));
    balanced(markdown);
  });

  it('escapes Markdown and HTML from the cluster', () => {
    const hostile = finalizeReport(
      buildRunReport([
        { type: 'run-started', runId: 'r', command: 'deploy', app: 'a', clusters: ['c'], at: 0 },
        {
          type: 'component-finished',
          cluster: 'c',
          component: 'x',
          outcome: 'failed',
          durationMs: 1,
          reason: 'a | b <script>alert(1)</script>\nnext',
          at: 1,
        },
        { type: 'run-finished', outcome: 'failed', durationMs: 1, at: 1 },
      ]),
    );
    const text = renderJobSummary(hostile);
    expect(text).toContain('a \\| b &lt;script&gt;alert\\(1\\)&lt;/script&gt; ⏎ next');
    expect(text).not.toContain('<script>');
  });

  it('stays under the 1 MiB step summary limit for a huge run, dropping whole sections', () => {
    const events: DeployEvent[] = [
      { type: 'run-started', runId: 'r', command: 'deploy', app: 'big', clusters: [], at: 0 },
    ];
    const longLine = 'x'.repeat(200);
    const logTail = Array.from({ length: 2000 }, (_, k) => `${k} ${longLine} ${secretToken}`);
    const warnings = Array.from({ length: 50 }, (_, k) => `Warning BackOff ${k} ${longLine}`);
    for (let c = 0; c < 5; c += 1) {
      for (let i = 0; i < 400; i += 1) {
        events.push({
          type: 'object-failed',
          cluster: `cluster-${c}`,
          component: `component-${i}`,
          ref: deployment(`d${i}`),
          reason: `Deployment d${i}: CrashLoopBackOff ${'because '.repeat(100)}`,
          details: { events: warnings, logTail },
          at: 1,
        });
      }
    }
    events.push({ type: 'run-finished', outcome: 'failed', durationMs: 10, at: 10 });
    const huge = finalizeReport(buildRunReport(events));
    const text = renderJobSummary(huge, { mask: (t) => masker.mask(t) });
    expect(byteLength(text)).toBeLessThanOrEqual(stepSummaryLimitBytes);
    expect(byteLength(text)).toBeGreaterThan(500 * 1024);
    expect(text).toContain('| Cluster | Component | Status | Reason |');
    expect(text).toMatch(/… \d+ more row\(s\) in the `result` output/);
    expect(text).toMatch(/> \d+ section\(s\) left out to stay under GitHub's 1 MiB summary limit/);
    expect(text).not.toContain(secretToken);
    balanced(text);
  });

  it('honours a smaller budget', () => {
    expect(byteLength(renderJobSummary(report, { maxBytes: 4096 }))).toBeLessThanOrEqual(4096);
  });
});
