import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  CancelledError,
  deadlineSignal,
  isCancelled,
  listenForInterrupts,
  signalExitCode,
  type SignalSource,
} from '../../src/cancel.js';
import { EventBus, Outcome, type DeployEvent } from '../../src/events.js';
import { attachReporters, buildRunReport, finalizeReport, worstOutcome } from '../../src/report/index.js';
import { outcomeLabel } from '../../src/report/format.js';

function fakeProcess(): EventEmitter & SignalSource {
  return new EventEmitter() as EventEmitter & SignalSource;
}

describe('listenForInterrupts', () => {
  it('cancels at the first signal, escalates at the second, and ignores later ones', () => {
    const source = fakeProcess();
    const seen: [string, number][] = [];
    const interruption = listenForInterrupts({ source, onSignal: (signal, count) => seen.push([signal, count]) });
    expect(interruption.signal.aborted).toBe(false);
    expect(interruption.received).toBeUndefined();

    source.emit('SIGTERM', 'SIGTERM');
    expect(interruption.signal.aborted).toBe(true);
    expect(interruption.signal.reason).toBeInstanceOf(CancelledError);
    expect((interruption.signal.reason as CancelledError).message).toBe('cancelled by SIGTERM');
    expect(isCancelled(interruption.signal)).toBe(true);
    expect(interruption.escalation.aborted).toBe(false);
    expect(interruption.received).toBe('SIGTERM');

    source.emit('SIGINT', 'SIGINT');
    expect(interruption.escalation.aborted).toBe(true);
    // The first signal stays the one the run reports (and the exit status follows).
    expect(interruption.received).toBe('SIGTERM');
    source.emit('SIGINT', 'SIGINT');
    expect(seen).toEqual([
      ['SIGTERM', 1],
      ['SIGINT', 2],
      ['SIGINT', 3],
    ]);
  });

  it('removes its handlers on dispose, so the next signal has its default effect again', () => {
    const source = fakeProcess();
    const interruption = listenForInterrupts({ source });
    expect(source.listenerCount('SIGINT')).toBe(1);
    expect(source.listenerCount('SIGTERM')).toBe(1);
    interruption.dispose();
    expect(source.listenerCount('SIGINT')).toBe(0);
    expect(source.listenerCount('SIGTERM')).toBe(0);
    source.emit('SIGINT', 'SIGINT');
    expect(interruption.signal.aborted).toBe(false);
  });

  it('tells a cancellation from a timeout', () => {
    const timedOut = new AbortController();
    timedOut.abort(new DOMException('timed out', 'TimeoutError'));
    expect(isCancelled(timedOut.signal)).toBe(false);
    expect(isCancelled(undefined)).toBe(false);
    expect(isCancelled(new AbortController().signal)).toBe(false);
  });
});

describe('signal helpers', () => {
  it('maps signals to the exit status a shell reports (128 + number)', () => {
    expect(signalExitCode('SIGINT')).toBe(130);
    expect(signalExitCode('SIGTERM')).toBe(143);
  });

  it('deadlineSignal aborts with its reason, at once for a non-positive delay', async () => {
    const reason = new Error('grace window over');
    expect(deadlineSignal(0, reason).reason).toBe(reason);
    const later = deadlineSignal(20, reason);
    expect(later.aborted).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(later.aborted).toBe(true);
    expect(later.reason).toBe(reason);
  });
});

describe('reporters show a cancelled run', () => {
  const at = 1_000;
  const events: DeployEvent[] = [
    { type: 'run-started', runId: 'r1', command: 'deploy', app: 'shop', clusters: ['prod'], at },
    { type: 'cluster-started', cluster: 'prod', namespace: 'shop', at },
    { type: 'run-cancelled', signal: 'SIGINT', at: at + 10 },
    { type: 'rollback-started', cluster: 'prod', toRevision: 3, at: at + 11 },
    { type: 'rollback-finished', cluster: 'prod', toRevision: 3, ok: true, at: at + 20 },
    {
      type: 'cluster-finished',
      cluster: 'prod',
      outcome: Outcome.Cancelled,
      durationMs: 20,
      reason: 'cancelled by SIGINT; rolled back to revision 3',
      revision: 3,
      at: at + 20,
    },
    { type: 'run-finished', outcome: Outcome.Cancelled, durationMs: 20, at: at + 21 },
  ];

  it('the report records the signal and the cancelled outcome, which outranks success', () => {
    const report = finalizeReport(buildRunReport(events), { finished: true });
    expect(report.cancelledBy).toBe('SIGINT');
    expect(report.outcome).toBe('cancelled');
    expect(report.clusters[0]).toMatchObject({
      outcome: 'cancelled',
      reason: 'cancelled by SIGINT; rolled back to revision 3',
    });
    expect(worstOutcome(['succeeded', 'cancelled', 'rolled-back'])).toBe('cancelled');
    expect(worstOutcome(['cancelled', 'failed'])).toBe('failed');
    expect(outcomeLabel('cancelled')).toBe('🛑 cancelled');
  });

  it('the log says interrupted, the summary, comment and JSON say cancelled', () => {
    const bus = new EventBus();
    const lines: string[] = [];
    const reporters = attachReporters({ bus, mode: 'cli', write: (line) => lines.push(line), timer: false });
    for (const event of events) bus.emit(event);
    const final = reporters.finish({ environment: 'production' });
    const log = lines.join('\n');
    expect(log).toContain('interrupted by SIGINT');
    expect(log).toContain('cancelled by SIGINT; rolled back to revision 3');
    expect(log).toMatch(/✗ deploy cancelled/);
    expect(final.status).toBe('cancelled');
    expect(JSON.parse(final.resultJson)).toMatchObject({
      status: 'cancelled',
      clusters: [{ name: 'prod', status: 'cancelled' }],
    });
    expect(final.summaryMarkdown).toContain('**cancelled**');
    expect(final.commentBody).toContain('**cancelled**');
  });
});
