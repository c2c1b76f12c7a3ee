// Blue-green progress as every reporter shows it: fed the engine's events, checked on the rendered outputs.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src/events.js';
import { attachReporters } from '../../../src/report/index.js';
import { blueGreenEvent } from '../../../src/apply/blue-green-events.js';

describe('blue-green in the reports', () => {
  it('the log line, the job summary, the PR comment and the result JSON name the live color and the next command', () => {
    const bus = new EventBus();
    const lines: string[] = [];
    const reporters = attachReporters({ bus, mode: 'cli', write: (line) => lines.push(line), timer: false });
    bus.emit({ type: 'run-started', runId: 'r1', command: 'deploy', app: 'shop', clusters: ['prod'], at: 1 });
    bus.emit({ type: 'cluster-started', cluster: 'prod', namespace: 'shop', at: 2 });
    bus.emit(
      blueGreenEvent('prod', {
        component: 'api|<b>',
        step: 'switching',
        activeColor: 'green',
        previewColor: 'green',
        previousColor: 'blue',
        kept: { color: 'blue', until: '2026-12-02T13:00:00.000Z' },
        next: 'k8deployer abort',
      }),
    );
    bus.emit({ type: 'cluster-finished', cluster: 'prod', outcome: 'succeeded', durationMs: 5, at: 3 });
    bus.emit({ type: 'run-finished', outcome: 'succeeded', durationMs: 5, at: 4 });
    const final = reporters.finish({ environment: 'prod' });
    expect(lines.join('\n')).toContain(
      'component api|<b>: blue → green: switches once green is ready; blue kept until 2026-12-02T13:00:00.000Z; next: k8deployer abort',
    );
    for (const markdown of [final.summaryMarkdown, final.commentBody]) {
      expect(markdown).toContain('### Blue-green');
      expect(markdown).toContain(
        '| prod | api\\|&lt;b&gt; | switching | **green** | green | blue until 2026-12-02T13:00:00.000Z | `k8deployer abort` |',
      );
    }
    const json = JSON.parse(final.resultJson) as { clusters: { rollouts: unknown[] }[] };
    expect(json.clusters[0]?.rollouts).toEqual([
      {
        component: 'api|<b>',
        strategy: 'blue-green',
        phase: 'progressing',
        blueGreen: expect.objectContaining({ activeColor: 'green', next: 'k8deployer abort' }),
      },
    ]);
  });

  it('a switch refused by analysis: the summary row and the result JSON carry the failed check, escaped', () => {
    const bus = new EventBus();
    const reporters = attachReporters({ bus, mode: 'cli', write: () => undefined, timer: false });
    bus.emit({ type: 'run-started', runId: 'r2', command: 'deploy', app: 'shop', clusters: ['prod'], at: 1 });
    bus.emit({ type: 'cluster-started', cluster: 'prod', namespace: 'shop', at: 2 });
    const run = {
      at: 3,
      ok: false,
      checks: [{ check: 'http GET http://x/<i>', ok: false, detail: '0/5 answered 200 (need 100%); got 500' }],
    };
    bus.emit(
      blueGreenEvent(
        'prod',
        { component: 'api', step: 'rolled-back', activeColor: 'blue', previewColor: 'green', previousColor: 'blue' },
        run,
      ),
    );
    bus.emit({ type: 'cluster-finished', cluster: 'prod', outcome: 'rolled-back', durationMs: 5, at: 4 });
    bus.emit({ type: 'run-finished', outcome: 'failed', durationMs: 5, at: 5 });
    const final = reporters.finish({ environment: 'prod' });
    expect(final.summaryMarkdown).toContain(
      // Cluster and spec text is data: markup escaped, the URL kept from autolinking (a word joiner after the scheme).
      '| prod | api | rolled-back | **blue** | green | — | — | failed 1/1: http GET http:\u2060//x/&lt;i&gt;: 0/5 answered 200 \\(need 100%\\); got 500 |',
    );
    const json = JSON.parse(final.resultJson) as { clusters: { rollouts: { lastAnalysis?: unknown }[] }[] };
    expect(json.clusters[0]?.rollouts[0]?.lastAnalysis).toEqual(run);
  });
});
