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

  it('has a headline and a cluster × component table with emoji, duration, reason and link', () => {
    expect(markdown).toContain('## ❌ k8deployer deploy `shop`: **failed** in 1m 11s');
    expect(markdown).toContain('environment **production** · [run log](https://github.com/acme/shop/actions/runs/1)');
    expect(markdown).toContain('| Cluster | Component | Status | Duration | Reason | Link |');
    expect(markdown).toContain(
      '| eu-1 | `web` | ✅ succeeded | 3s |  | [shop.example.com](https://shop.example.com/) |',
    );
    expect(markdown).toContain(
      '| us-1 | `api` | ❌ failed | 1m 00s | Deployment api: container app ImagePullBackOff: manifest unknown | [api.example.com](https://api.example.com) |',
    );
    expect(markdown).toContain(
      '| us-1 | *(cluster)* | ↩️ rolled-back | 1m 10s | Deployment api: container app ImagePullBackOff: manifest unknown; rolled back to revision 3 |',
    );
  });

  it('draws the dependency graph coloured by the worst outcome', () => {
    expect(markdown).toContain('```mermaid\ngraph LR\n  c0["db"]\n  c1["api"]\n  c2["web"]\n  c0 --> c1\n  c1 --> c2');
    expect(markdown).toMatch(/classDef failed fill:#ffebe9/);
    expect(markdown).toContain('class c1,c2 failed'.replace('c1,c2', 'c1'));
    expect(markdown).toContain('class c0 succeeded');
  });

  it('puts events and log tails for failures in collapsed details, masked', () => {
    expect(markdown).toContain(
      '<summary>❌ us-1 / <code>api</code>: Deployment api: container app ImagePullBackOff: manifest unknown</summary>',
    );
    expect(markdown).toContain('Failed to pull image "ghcr.io/acme/api:1.2.3": manifest unknown');
    expect(markdown).toContain('token=***');
    expect(markdown).not.toContain(secretToken);
    expect(markdown).toContain('⚠️ us-1: 1 warning(s)');
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
    expect(text).toContain('| Cluster | Component | Status | Duration | Reason | Link |');
    expect(text).toMatch(/… \d+ more rows \(see the `result` output\)/);
    expect(text).toMatch(/> \d+ section\(s\) left out to stay under GitHub's 1 MiB summary limit/);
    expect(text).not.toContain(secretToken);
    balanced(text);
  });

  it('honours a smaller budget', () => {
    expect(byteLength(renderJobSummary(report, { maxBytes: 4096 }))).toBeLessThanOrEqual(4096);
  });
});
