// The spec's `strategy` field → the strategy the engine runs, defaults filled in. Pure.
import type {
  Analysis as SpecAnalysis,
  BlueGreenStrategy as SpecBlueGreen,
  CanaryStrategy as SpecCanary,
} from '../spec/spec-types.generated.js';
import {
  StrategyType,
  TrafficSplit,
  UNTIL_PROMOTED,
  type AnalysisConfig,
  type CanaryStep,
  type CanaryStrategy,
  type ResolvedStrategy,
} from '../strategy/types.js';

export type SpecStrategy = 'rolling' | 'canary' | 'blue-green' | SpecCanary | SpecBlueGreen;

/** What the resolution needs to know about the component and its cluster. */
export interface StrategyScope {
  /** The component routes through the Gateway API (ingress.gateway). */
  gatewayRoute: boolean;
  /** The cluster profile's trafficSplit. */
  profileTraffic?: TrafficSplit;
}

export const defaultCanarySteps: readonly CanaryStep[] = [{ weight: 20, pause: UNTIL_PROMOTED }];
const defaultIntervalMs = 10_000;
const defaultTimeoutMs = 5_000;

/** undefined: rolling (the workload's own update). */
export function resolveStrategy(spec: SpecStrategy | undefined, scope: StrategyScope): ResolvedStrategy | undefined {
  if (spec === undefined || spec === StrategyType.Rolling) return undefined;
  if (spec === StrategyType.BlueGreen) return { type: StrategyType.BlueGreen };
  if (spec === StrategyType.Canary) return resolveCanary({ type: 'canary' }, scope);
  if (spec.type === StrategyType.BlueGreen) {
    const { analysis, analysisRuns, ...options } = spec;
    return {
      ...options,
      type: StrategyType.BlueGreen,
      // Only a strategy with checks carries analysis: the blue-green options stay as they were without it.
      ...(analysis && (analysis.http?.length || analysis.prometheus?.length)
        ? { analysis: resolveAnalysis(analysis), analysisRuns: analysisRuns ?? defaultBlueGreenRuns }
        : {}),
    };
  }
  return resolveCanary(spec, scope);
}

/** Analysis runs a blue-green switch waits for when the spec does not say: a short window, not a single sample. */
export const defaultBlueGreenRuns = 3;

function resolveAnalysis(analysis: SpecAnalysis): AnalysisConfig {
  return {
    intervalMs: analysis.interval ? durationMs(analysis.interval) : defaultIntervalMs,
    failureLimit: analysis.failureLimit ?? 0,
    http: (analysis.http ?? []).map((check) => ({
      url: check.url,
      expectStatus: check.expectStatus ?? 200,
      successRatio: check.successRatio ?? 1,
      requests: check.requests ?? 5,
      timeoutMs: check.timeout ? durationMs(check.timeout) : defaultTimeoutMs,
    })),
    prometheus: (analysis.prometheus ?? []).map((check) => ({
      url: check.url,
      query: check.query,
      ...(check.min !== undefined ? { min: check.min } : {}),
      ...(check.max !== undefined ? { max: check.max } : {}),
      timeoutMs: check.timeout ? durationMs(check.timeout) : defaultTimeoutMs,
    })),
  };
}

function resolveCanary(spec: SpecCanary, scope: StrategyScope): CanaryStrategy {
  const resolved = resolveAnalysis(spec.analysis ?? {});
  return {
    type: StrategyType.Canary,
    steps: spec.steps
      ? spec.steps.map((step) => ({
          weight: step.weight,
          pause: step.pause === UNTIL_PROMOTED ? UNTIL_PROMOTED : step.pause ? durationMs(step.pause) : 0,
        }))
      : [...defaultCanarySteps],
    traffic:
      spec.traffic ?? (scope.gatewayRoute ? TrafficSplit.Gateway : (scope.profileTraffic ?? TrafficSplit.Replicas)),
    analysis: resolved,
  };
}

const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `1m30s`, `500ms`, `2h` → milliseconds (the schema's pattern already holds; unknown parts count 0). */
export function durationMs(text: string): number {
  let total = 0;
  for (const match of text.matchAll(/(\d+)(ms|s|m|h)/g)) total += Number(match[1]) * (unitMs[match[2] ?? 's'] ?? 0);
  return total;
}
