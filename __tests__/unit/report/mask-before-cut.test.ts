// A secret near the end of a long reason must be masked before the reason is cut to fit a table cell or a line:
// cut first, and the secret's first part no longer matches the masker and is printed.
import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src/events.js';
import { attachReporters, SecretMasker } from '../../../src/report/index.js';

describe('masking comes before truncation', () => {
  it('no part of a secret that straddles a cut reaches the log, the table or the reasons', () => {
    const secret = 'tok-0123456789abcdefghijklmnopqrstuvwxyz';
    const reason = `POST https://hooks.example.com/${'x'.repeat(90)} → 503 (expected 2xx): denied for ${secret} after 3 attempts`;
    const bus = new EventBus();
    const lines: string[] = [];
    const reporters = attachReporters({
      bus,
      mode: 'cli',
      write: (line) => lines.push(line),
      masker: new SecretMasker([secret]),
      timer: false,
    });
    const at = Date.now();
    bus.emit({ type: 'run-started', runId: 'r', command: 'deploy', app: 'shop', clusters: ['c1'], at });
    bus.emit({ type: 'step-finished', cluster: 'c1', component: 'hook', ran: true, ok: false, line: reason, at });
    bus.emit({
      type: 'component-finished',
      cluster: 'c1',
      component: 'hook',
      outcome: 'failed',
      durationMs: 5,
      reason,
      at,
    });
    bus.emit({ type: 'cluster-finished', cluster: 'c1', outcome: 'failed', durationMs: 5, reason, at });
    bus.emit({ type: 'run-finished', outcome: 'failed', durationMs: 5, at });
    const final = reporters.finish();
    const everything = [
      ...lines,
      final.table,
      ...final.reasons,
      final.resultJson,
      final.summaryMarkdown,
      final.commentBody,
    ].join('\n');
    expect(everything).toContain('denied for ***');
    expect(everything).not.toContain('tok-0123');
  });
});
