// Blue-green analysis at the I/O edge: after the new colors are ready and before the main Services switch, every
// gated component's checks run (src/strategy/analysis) until the verdict (src/strategy/blue-green/analysis.ts) says
// switch or abort. Each run is reported as a strategy-progress event carrying the run, like a canary's.
import { describeError } from '../errors.js';
import type { ClusterContext } from './context.js';
import { runAnalysis } from '../strategy/analysis/index.js';
import { analysisFailureReason } from '../strategy/analysis/evaluate.js';
import { switchVerdict, type BlueGreenAnalysis } from '../strategy/blue-green/analysis.js';
import { blueGreenRollout } from '../strategy/blue-green/progress.js';
import type { BlueGreenStatus } from '../strategy/blue-green/types.js';
import type { AnalysisRun } from '../strategy/types.js';
import { abortableSleep as sleep } from './abortable-sleep.js';

export interface GatedSwitch {
  status: BlueGreenStatus;
  analysis: BlueGreenAnalysis;
}

/**
 * Resolves undefined when every gated component may switch, else with the reason none switches. `latest` gets each
 * component's latest run (the report of a rollback shows it).
 */
export async function analyseBeforeSwitch(
  ctx: ClusterContext,
  gated: GatedSwitch[],
  signal: AbortSignal,
  latest: Map<string, AnalysisRun>,
): Promise<string | undefined> {
  const failures = new Map<string, number>();
  const done = new Set<string>();
  for (let runsDone = 1; done.size < gated.length; runsDone += 1) {
    for (const { status, analysis } of gated) {
      if (done.has(status.component)) continue;
      const run = await runAnalysis(analysis.config, signal);
      if (signal.aborted) return `analysis stopped: ${describeError(signal.reason)}`;
      const failed = (failures.get(status.component) ?? 0) + (run.ok ? 0 : 1);
      failures.set(status.component, failed);
      latest.set(status.component, run);
      report(ctx, status, run, failed, runsDone, analysis.runs);
      const verdict = switchVerdict(runsDone, failed, analysis);
      // All or nothing, as the deploy is: one component's failed analysis keeps every color where it is.
      if (verdict === 'abort') return `component ${status.component}: ${analysisFailureReason(run, failed)}`;
      if (verdict === 'switch') done.add(status.component);
    }
    if (done.size === gated.length) break;
    const pending = gated.filter((entry) => !done.has(entry.status.component));
    await sleep(Math.min(...pending.map((entry) => entry.analysis.config.intervalMs)), signal);
    if (signal.aborted) return `analysis stopped: ${describeError(signal.reason)}`;
  }
  return undefined;
}

function report(
  ctx: ClusterContext,
  status: BlueGreenStatus,
  run: AnalysisRun,
  failures: number,
  runsDone: number,
  runs: number,
): void {
  const passed = run.checks.filter((check) => check.ok).length;
  const { previousColor: live = '?', previewColor: candidate } = status;
  const message =
    `component ${status.component}: analysis run ${runsDone}/${runs} on ${candidate} ${run.ok ? 'passed' : 'failed'} ` +
    `(${passed}/${run.checks.length} checks); ${live} stays live until the analysis passes`;
  ctx.bus.emit({
    type: 'strategy-progress',
    cluster: ctx.cluster,
    rollout: { ...blueGreenRollout(status), lastAnalysis: run, failures },
    message,
    at: Date.now(),
  });
}
