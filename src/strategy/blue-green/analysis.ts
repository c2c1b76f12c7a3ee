// Blue-green analysis, pure: which components check the new color before their switch, and the decision after each
// run. The rule is the canary's (src/strategy/analysis/evaluate.ts analysisVerdict): failed runs over failureLimit
// abort at once; otherwise every one of `runs` runs is made (`interval` apart) and then the switch goes ahead. One
// passing run is not enough: a short window of runs must hold.
import { analysisVerdict } from '../analysis/evaluate.js';
import { hasChecks } from '../analysis/index.js';
import { StrategyType, type AnalysisConfig, type ResolvedStrategy } from '../types.js';
import { BlueGreenRole, BlueGreenStep, SwitchMode, type BlueGreenStatus, type LayoutObject } from './types.js';

export interface BlueGreenAnalysis {
  config: AnalysisConfig;
  /** Runs the new color must get through before the switch. */
  runs: number;
}

/** The component's analysis before a switch, or undefined when it has no checks (then readiness alone decides). */
export function blueGreenAnalysis(strategy: ResolvedStrategy | undefined): BlueGreenAnalysis | undefined {
  if (strategy?.type !== StrategyType.BlueGreen) return undefined;
  const config = strategy['analysis'] as AnalysisConfig | undefined;
  const runs = strategy['analysisRuns'];
  if (!config || !hasChecks(config) || typeof runs !== 'number') return undefined;
  return { config, runs };
}

export type SwitchVerdict = 'continue' | 'switch' | 'abort';

/** After `runsDone` runs of which `failedRuns` failed: run again, switch, or give up on the new color. */
export function switchVerdict(runsDone: number, failedRuns: number, analysis: BlueGreenAnalysis): SwitchVerdict {
  if (analysisVerdict(failedRuns, analysis.config.failureLimit) === 'abort') return 'abort';
  return runsDone >= analysis.runs ? 'switch' : 'continue';
}

/** The statuses of this deploy that switch automatically and have checks to pass first. */
export function gatedSwitches(
  statuses: BlueGreenStatus[],
  strategyOf: (component: string) => ResolvedStrategy | undefined,
): { status: BlueGreenStatus; analysis: BlueGreenAnalysis }[] {
  return statuses.flatMap((status) => {
    const analysis =
      status.step === BlueGreenStep.Switching ? blueGreenAnalysis(strategyOf(status.component)) : undefined;
    return analysis ? [{ status, analysis }] : [];
  });
}

/**
 * The blue layout with these components' switches held back (as `switch: manual` does): resolved, it deploys the new
 * color and points the preview Service at it while the main Service stays on the live color.
 */
export function holdSwitches<T extends LayoutObject, R extends { objects: T[] }>(rendered: R, components: string[]): R {
  const held = new Set(components);
  return {
    ...rendered,
    objects: rendered.objects.map((entry) =>
      entry.blueGreen?.role === BlueGreenRole.Workload && held.has(entry.component)
        ? {
            ...entry,
            blueGreen: { ...entry.blueGreen, options: { ...entry.blueGreen.options, switch: SwitchMode.Manual } },
          }
        : entry,
    ),
  };
}
