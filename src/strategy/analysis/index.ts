// One analysis run: every HTTP and Prometheus check of the strategy once, in parallel, each bounded by its timeout.
import type { AnalysisConfig, AnalysisRun } from '../types.js';
import { analysisRun, evaluateHttp, evaluatePrometheus } from './evaluate.js';
import { probeHttp } from './http.js';
import { queryPrometheus } from './prometheus.js';

export function hasChecks(config: AnalysisConfig): boolean {
  return config.http.length > 0 || config.prometheus.length > 0;
}

export async function runAnalysis(config: AnalysisConfig, signal?: AbortSignal): Promise<AnalysisRun> {
  const checks = await Promise.all([
    ...config.http.map(async (check) => evaluateHttp(check, await probeHttp(check, signal))),
    ...config.prometheus.map(async (check) => evaluatePrometheus(check, await queryPrometheus(check, signal))),
  ]);
  return analysisRun(Date.now(), checks);
}
