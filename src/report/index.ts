import type { EventBus } from '../events.js';
import { commentMarker, renderPrComment } from './comment.js';
import { renderResultJson } from './json.js';
import { maskDeep, SecretMasker } from './mask.js';
import { logLines } from './escape.js';
import { ProgressReporter, type ReporterMode, componentTable } from './progress.js';
import {
  type ComponentInfoSource,
  type RunReport,
  clusterReasons,
  emptyReport,
  exitCodeOfReport,
  finalizeReport,
  reduceReport,
} from './result.js';
import { renderJobSummary } from './summary.js';

export { commentMarker, commentLimitBytes, renderPrComment, type PrCommentOptions } from './comment.js';
export {
  annotationText,
  htmlText,
  logLine,
  logLines,
  markdownCode,
  markdownText,
  mermaidLabel,
  plainText,
  safeUrl,
} from './escape.js';
export { formatDuration } from './format.js';
export { renderResultJson, toResultJson, type ResultJson } from './json.js';
export { SecretMasker, maskDeep, maskReplacement } from './mask.js';
export {
  ProgressReporter,
  componentTable,
  escapeCommandData,
  type ProgressReporterOptions,
  type ReporterMode,
} from './progress.js';
export {
  buildRunReport,
  emptyReport,
  finalizeReport,
  reduceReport,
  worstOutcome,
  type ClusterReport,
  type ComponentInfoSource,
  type ComponentReport,
  ReportOutcome,
  type RollbackReport,
  type RunReport,
} from './result.js';
export { defaultSummaryMaxBytes, renderJobSummary, stepSummaryLimitBytes, type JobSummaryOptions } from './summary.js';

export interface AttachReportersOptions {
  bus: EventBus;
  mode: ReporterMode;
  /** One finished log line; the CLI passes a stdout writer, the action `core.info` or the same writer. */
  write: (line: string) => void;
  /** Shared masker: register every secret as it appears (the credential providers' `mask` callback can feed it). */
  masker?: SecretMasker;
  progressIntervalMs?: number;
  /** How often the log names what is still awaited (default 10 s); tests pass a short one. */
  heartbeatIntervalMs?: number;
  verbose?: boolean;
  now?: () => number;
  /**
   * Flush held-back progress lines on a timer (unref'd, so it never keeps the process alive). Default true; tests
   * that drive time themselves pass false.
   */
  timer?: boolean;
}

export interface FinishOptions {
  /** What rendering knows per cluster (urls, images, depends, kind), e.g. the RenderedApp list. */
  components?: ComponentInfoSource;
  /** For the PR comment marker and headings; default: the cluster names joined with "+". */
  environment?: string;
  previewUrl?: string;
  runUrl?: string;
  sha?: string;
  summaryMaxBytes?: number;
}

/** Everything the entry points publish, already masked. */
export interface FinalReports {
  report: RunReport;
  /** `status` output. */
  status: RunReport['outcome'];
  /** The process exit code and, for a failed run, why: from the same report as everything else here. */
  exitCode: number;
  reasons: string[];
  /** `result` output. */
  resultJson: string;
  summaryMarkdown: string;
  commentBody: string;
  commentMarker: string;
  /** The plain-text cluster × component table (also printed by the progress reporter at run-finished). */
  table: string;
}

export interface Reporters {
  readonly masker: SecretMasker;
  /** The report so far (not finalized). */
  report(): RunReport;
  /** Stops listening and renders every final form of the report. Safe to call once the run has finished or failed. */
  finish(options?: FinishOptions): FinalReports;
  /** Stops listening without rendering (e.g. on a crash before any event). */
  detach(): void;
}

/**
 * Subscribes the log reporter and the result reducer to the bus. The reporters never reach back into the engine:
 * src/action/run.ts and src/commands.ts (the CLI's cluster commands) call finish() after the run and publish the
 * returned texts (outputs, summary, comment) and the exit code.
 */
export function attachReporters(options: AttachReportersOptions): Reporters {
  const masker = options.masker ?? new SecretMasker();
  const mask = (text: string): string => masker.mask(text);
  const progress = new ProgressReporter({
    mode: options.mode,
    write: options.write,
    mask,
    ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
    ...(options.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
    // Per-object lines: asked for, or GitHub's step debug logging (RUNNER_DEBUG=1), or K8DEPLOYER_VERBOSE=1.
    verbose: options.verbose ?? (process.env.RUNNER_DEBUG === '1' || process.env.K8DEPLOYER_VERBOSE === '1'),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  let report = emptyReport();
  const unsubscribe = options.bus.subscribe((event) => {
    report = reduceReport(report, event);
    progress.handle(event);
  });
  const timer =
    options.timer === false
      ? undefined
      : setInterval(
          () => progress.flush(),
          Math.max(1, Math.min(options.progressIntervalMs ?? 5_000, options.heartbeatIntervalMs ?? 10_000, 5_000)),
        );
  timer?.unref();
  let detached = false;
  const detach = (): void => {
    if (detached) return;
    detached = true;
    unsubscribe();
    if (timer) clearInterval(timer);
  };

  return {
    masker,
    report: () => report,
    detach,
    finish(finishOptions: FinishOptions = {}): FinalReports {
      detach();
      const final = finalizeReport(report, {
        finished: true,
        ...(finishOptions.components ? { components: finishOptions.components } : {}),
      });
      const environment = finishOptions.environment ?? (final.clusters.map((c) => c.name).join('+') || 'default');
      const app = final.app ?? 'app';
      const shared = {
        mask,
        ...(finishOptions.previewUrl ? { previewUrl: finishOptions.previewUrl } : {}),
        ...(finishOptions.runUrl ? { runUrl: finishOptions.runUrl } : {}),
      };
      return {
        report: final,
        status: final.outcome,
        exitCode: exitCodeOfReport(final),
        reasons: clusterReasons(maskDeep(final, mask)),
        resultJson: renderResultJson(final, mask),
        summaryMarkdown: renderJobSummary(final, {
          ...shared,
          environment,
          ...(finishOptions.summaryMaxBytes ? { maxBytes: finishOptions.summaryMaxBytes } : {}),
        }),
        commentBody: renderPrComment(final, {
          ...shared,
          app,
          environment,
          ...(finishOptions.sha ? { sha: finishOptions.sha } : {}),
        }),
        // Masked like the one inside the comment body, so the two always match.
        commentMarker: commentMarker(mask(app), mask(environment)),
        // Printable as is: no line of it can be read as a workflow command.
        table: logLines(mask(componentTable(maskDeep(final.clusters, mask)))).join('\n'),
      };
    },
  };
}
