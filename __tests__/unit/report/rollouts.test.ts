// A paused canary through the reporters: the rollouts table (cluster text escaped), the next commands, the JSON
// output, the verdict, the exit codes of paused and aborted runs.
import { describe, expect, it } from 'vitest';
import { Outcome, type DeployEvent } from '../../../src/events.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { renderPrComment } from '../../../src/report/comment.js';
import { toResultJson } from '../../../src/report/json.js';
import { emptyReport, exitCodeOfReport, reduceReport, type RunReport } from '../../../src/report/result.js';
import type { ComponentRollout } from '../../../src/strategy/types.js';

function reportOf(events: DeployEvent[]): RunReport {
  return events.reduce(reduceReport, emptyReport());
}

const rollout: ComponentRollout = {
  component: 'web',
  strategy: 'canary',
  phase: 'paused',
  step: 1,
  steps: 2,
  weight: 50,
  traffic: 'replicas',
  stableReplicas: 4,
  lastAnalysis: {
    at: 2,
    ok: false,
    checks: [{ check: 'http GET https://x.example/healthz', ok: false, detail: '1/2 answered 200 <img src=x> [a](b)' }],
  },
};

function pausedRun(command = 'deploy', outcome: Outcome = Outcome.Paused): RunReport {
  return reportOf([
    { type: 'run-started', runId: 'r1', command, app: 'shop', clusters: ['prod'], at: 0 },
    { type: 'cluster-started', cluster: 'prod', namespace: 'shop', at: 1 },
    {
      type: 'strategy-progress',
      cluster: 'prod',
      rollout: { ...rollout, phase: 'progressing', step: 0 },
      message: 'x',
      at: 2,
    },
    { type: 'strategy-progress', cluster: 'prod', rollout, message: 'paused', at: 3 },
    {
      type: 'cluster-finished',
      cluster: 'prod',
      outcome,
      durationMs: 5,
      reason: 'paused at step 2/2 until promoted',
      at: 4,
    },
    { type: 'run-finished', outcome, durationMs: 5, at: 5 },
  ]);
}

describe('rollout reporting', () => {
  it('keeps the latest state per component', () => {
    expect(pausedRun().clusters[0]?.rollouts).toEqual([rollout]);
  });
  it('the summary and the comment show the table, escaped, and what to run next', () => {
    for (const text of [
      renderJobSummary(pausedRun()),
      renderPrComment(pausedRun(), { app: 'shop', environment: 'production' }),
    ]) {
      expect(text).toContain('### Rollouts');
      expect(text).toContain('| prod | `web` | canary (replicas) | ⏯️ paused until promoted | 2/2 | 50% |');
      expect(text).not.toContain('<img');
      expect(text).not.toContain('[a](b)');
      expect(text).toContain('`k8deployer promote`');
      expect(text).toContain('`k8deployer abort`');
      expect(text).toMatch(/⏯️ prod: rollout paused \(paused at step 2\/2 until promoted\)/);
    }
  });
  it('the JSON output carries the rollouts and the paused status; paused exits 0', () => {
    const report = pausedRun();
    const json = toResultJson(report);
    expect(json.status).toBe('paused');
    expect(json.clusters[0]?.rollouts?.[0]).toMatchObject({ component: 'web', phase: 'paused', weight: 50 });
    expect(exitCodeOfReport(report)).toBe(0);
  });
  it('rolled back is what abort succeeds at; a deploy that rolled back fails', () => {
    expect(exitCodeOfReport(pausedRun('abort', Outcome.RolledBack))).toBe(0);
    expect(exitCodeOfReport(pausedRun('deploy', Outcome.RolledBack))).toBe(1);
  });
});
