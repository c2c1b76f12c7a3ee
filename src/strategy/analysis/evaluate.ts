// Pure evaluation of analysis results: HTTP answers against the expected status and success ratio, Prometheus
// samples against their thresholds, runs against the failure limit. The clients (http.ts, prometheus.ts) only fetch.
import type { AnalysisRun, CheckResult, HttpCheck, PrometheusCheck } from '../types.js';

/** One GET's result: a status, or why there was none (connection refused, timeout). */
export type HttpAnswer = { status: number } | { error: string };

export function evaluateHttp(check: HttpCheck, answers: HttpAnswer[]): CheckResult {
  const good = answers.filter((answer) => 'status' in answer && answer.status === check.expectStatus).length;
  const ratio = answers.length === 0 ? 0 : good / answers.length;
  const ok = answers.length > 0 && ratio >= check.successRatio;
  const failures = answers.filter((answer) => !('status' in answer) || answer.status !== check.expectStatus);
  const seen = [...new Set(failures.map((answer) => ('status' in answer ? String(answer.status) : answer.error)))];
  const detail =
    `${good}/${answers.length} answered ${check.expectStatus} (need ${Math.round(check.successRatio * 100)}%)` +
    (seen.length > 0 ? `; got ${seen.slice(0, 3).join(', ')}` : '');
  return { check: `http GET ${check.url}`, ok, detail };
}

/** A Prometheus instant query's outcome: its sample values, or why there are none. */
export type PrometheusAnswer = { values: number[] } | { error: string };

export function evaluatePrometheus(check: PrometheusCheck, answer: PrometheusAnswer): CheckResult {
  const name = `prometheus ${check.query.length > 80 ? `${check.query.slice(0, 77)}...` : check.query}`;
  if ('error' in answer) return { check: name, ok: false, detail: answer.error };
  // No data is not success: a query that matches nothing (a typo, a metric not scraped yet) must not pass.
  if (answer.values.length === 0) return { check: name, ok: false, detail: 'no data (the query returned no sample)' };
  const bad = answer.values.find(
    (value) =>
      Number.isNaN(value) ||
      (check.max !== undefined && value > check.max) ||
      (check.min !== undefined && value < check.min),
  );
  if (bad !== undefined) {
    const bound = check.max !== undefined && bad > check.max ? `> max ${check.max}` : `< min ${String(check.min)}`;
    return { check: name, ok: false, detail: Number.isNaN(bad) ? 'value NaN' : `value ${bad} ${bound}` };
  }
  return { check: name, ok: true, detail: `value ${answer.values.map(String).slice(0, 3).join(', ')} within bounds` };
}

export function analysisRun(at: number, checks: CheckResult[]): AnalysisRun {
  return { at, ok: checks.every((check) => check.ok), checks };
}

/** After a run: continue, or abort because failed runs exceed the limit. */
export function analysisVerdict(failedRuns: number, failureLimit: number): 'continue' | 'abort' {
  return failedRuns > failureLimit ? 'abort' : 'continue';
}

/** The reason an aborted canary reports: the failing checks of the run that tipped it. */
export function analysisFailureReason(run: AnalysisRun, failedRuns: number): string {
  const failing = run.checks.filter((check) => !check.ok).map((check) => `${check.check}: ${check.detail}`);
  return `analysis failed (${failedRuns} failed run${failedRuns === 1 ? '' : 's'}): ${failing.join('; ')}`;
}
