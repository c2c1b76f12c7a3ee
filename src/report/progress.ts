import { planTextLines } from './plan-text.js';
import { ChangeAction, type DeployEvent, type FailureDetails, type PlannedChange } from '../events.js';
import { type ObjectRef, refKey } from '../kube/object.js';
import { annotationText, logLine, logLines, oneLine } from './escape.js';
import { formatDuration, textTable } from './format.js';
import { ReportOutcome, type RunReport, emptyReport, finalizeReport, reduceReport } from './result.js';

/** Diff lines shown per changed object in the log; the PR comment and summary carry the full diffs. */
const maxDiffLines = 40;

export type ReporterMode = 'cli' | 'actions';

export interface ProgressReporterOptions {
  mode: ReporterMode;
  /** Receives finished lines (no trailing newline). */
  write: (line: string) => void;
  mask?: (text: string) => string;
  /** Least time between two progress lines of one object. Default 5 s in a terminal, 30 s in Actions. */
  progressIntervalMs?: number;
  /** Print debug log events (Actions always forwards them as ::debug::, which the runner hides by default). */
  verbose?: boolean;
  now?: () => number;
  /** Log tail lines shown live per failure (the job summary has all of them). */
  logTailLines?: number;
  /**
   * How often a heartbeat line names what is still awaited and why (the tracker's last known reason), even when the
   * cluster reports nothing. Default 10 s; 0 turns it off. flush() prints it, so a timer (attachReporters) drives it.
   */
  heartbeatIntervalMs?: number;
}

/** What the log knows of a component while it runs: the latest reason the tracker gave, and where it came from. */
interface Awaited {
  cluster: string;
  component: string;
  reason?: string;
}

interface ObjectProgress {
  lastPrintedAt: number;
  lastMessage: string;
  pending?: string;
}

/** Escapes data of a workflow command (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). */
export function escapeCommandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeCommandProperty(text: string): string {
  return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The log reporter for the CLI and the action. Lines carry a `[cluster]` prefix because clusters run in parallel and
 * their lines interleave; in Actions each cluster's result is also printed as one collapsible `::group::`.
 */
export class ProgressReporter {
  private readonly mode: ReporterMode;
  private readonly writeLine: (line: string) => void;
  private readonly mask: (text: string) => string;
  private readonly interval: number;
  private readonly verbose: boolean;
  private readonly now: () => number;
  private readonly logTailLines: number;
  private readonly objects = new Map<string, ObjectProgress>();
  private readonly awaited = new Map<string, Awaited>();
  private readonly heartbeatInterval: number;
  private lastHeartbeatAt: number | undefined;
  private readonly seenEvents = new Set<string>();
  private readonly errorsShown = new Set<string>();
  private report: RunReport = emptyReport();

  constructor(options: ProgressReporterOptions) {
    this.mode = options.mode;
    this.writeLine = options.write;
    this.mask = options.mask ?? ((text) => text);
    this.interval = options.progressIntervalMs ?? (options.mode === 'actions' ? 30_000 : 5_000);
    this.verbose = options.verbose ?? false;
    this.now = options.now ?? Date.now;
    this.logTailLines = options.logTailLines ?? 20;
    this.heartbeatInterval = options.heartbeatIntervalMs ?? 10_000;
  }

  /** Our own workflow commands go through here unneutralized; everything else goes through `line`. */
  private command(name: string, data: string, properties: Record<string, string> = {}): void {
    const props = Object.entries(properties)
      .map(([key, value]) => `${key}=${escapeCommandProperty(annotationText(this.mask(value)))}`)
      .join(',');
    this.writeLine(`::${name}${props ? ` ${props}` : ''}::${escapeCommandData(annotationText(this.mask(data)))}`);
  }

  /** Every line of text that is not our own command: masked first, then made inert for the log (logLine). */
  private line(text: string, cluster?: string): void {
    for (const part of logLines(this.mask(text))) {
      this.writeLine(cluster === undefined ? part : logLine(`[${this.mask(cluster)}] ${part}`));
    }
  }

  private problem(level: 'error' | 'warning', message: string, cluster?: string): void {
    const text = cluster === undefined ? message : `[${cluster}] ${message}`;
    if (this.mode === 'actions') this.command(level, oneLine(text, 1000), { title: 'k8deployer' });
    else this.line(`${level}: ${message}`, cluster);
  }

  handle(event: DeployEvent): void {
    this.report = reduceReport(this.report, event);
    this.dispatch(event);
    this.flush(event.at);
  }

  private dispatch(event: DeployEvent): void {
    switch (event.type) {
      case 'run-started':
        this.line(
          `k8deployer ${event.command} ${event.app} → ${event.clusters.join(', ') || '(no clusters)'} (run ${event.runId})`,
        );
        return;
      case 'cluster-started':
        this.line(`started, namespace ${event.namespace}`, event.cluster);
        return;
      case 'plan-ready':
        this.printPlan(event.cluster, event.changes);
        return;
      case 'object-applied': {
        // One line per component state change: "started" once; objects only with --verbose.
        const key = `${event.cluster}|${event.component}`;
        if (!this.awaited.has(key)) {
          this.awaited.set(key, { cluster: event.cluster, component: event.component });
          this.line(`▶ ${event.component} started`, event.cluster);
          this.lastHeartbeatAt ??= event.at;
        }
        if (this.verbose)
          this.line(
            `${event.action === ChangeAction.Unchanged ? 'unchanged' : `applied (${event.action})`} ${refKey(event.ref)}`,
            event.cluster,
          );
        return;
      }
      case 'object-progress': {
        const awaited = this.awaited.get(`${event.cluster}|${event.component}`);
        if (awaited && event.status !== 'Ready') awaited.reason = `${refKey(event.ref)}: ${event.message}`;
        // Objects that are ready once applied are announced by object-ready; "Ready: applied" would say it twice.
        if (!this.verbose || (event.status === 'Ready' && event.message === 'applied')) return;
        this.progress(event.cluster, event.ref, `${event.status}: ${event.message}`, event.at);
        return;
      }
      case 'object-ready':
        this.objects.delete(`${event.cluster}|${refKey(event.ref)}`);
        if (this.verbose) this.line(`✓ ${refKey(event.ref)} ready`, event.cluster);
        return;
      case 'object-failed':
        this.awaited.delete(`${event.cluster}|${event.component}`);
        this.objects.delete(`${event.cluster}|${refKey(event.ref)}`);
        this.errorsShown.add(`${event.cluster}|${event.reason}`);
        this.problem('error', event.reason, event.cluster);
        if (event.details) this.printDetails(event.cluster, event.details);
        return;
      case 'component-finished': {
        this.awaited.delete(`${event.cluster}|${event.component}`);
        const reason = event.reason ? `: ${oneLine(event.reason)}` : '';
        const mark =
          event.outcome === ReportOutcome.Succeeded ? '✓' : event.outcome === ReportOutcome.Failed ? '✗' : '·';
        this.line(
          `${mark} ${event.component} ${event.outcome} in ${formatDuration(event.durationMs)}${reason}`,
          event.cluster,
        );
        return;
      }
      case 'rollback-started':
        this.line(
          event.toRevision === null
            ? 'rolling back: removing what this run created (first install)'
            : `rolling back to revision ${event.toRevision}`,
          event.cluster,
        );
        return;
      case 'rollback-finished':
        if (event.ok)
          this.line(
            `rollback finished${event.toRevision === null ? '' : ` (revision ${event.toRevision})`}`,
            event.cluster,
          );
        else this.problem('error', `rollback failed: ${event.reason ?? 'unknown reason'}`, event.cluster);
        return;
      case 'object-pruned':
        this.line(`pruned ${refKey(event.ref)}`, event.cluster);
        return;
      case 'object-deleted':
        this.line(`deleted ${refKey(event.ref)}`, event.cluster);
        return;
      case 'cluster-finished':
        this.finishCluster(event);
        return;
      case 'strategy-progress':
        this.line(`◆ ${event.message}`, event.cluster);
        return;
      case 'run-cancelled':
        this.problem(
          'warning',
          `interrupted by ${event.signal}: stopping; applying the rollback policy and releasing the lease (a second signal skips the rollback)`,
        );
        return;
      case 'run-finished':
        this.objects.clear();
        this.awaited.clear();
        this.printFinalTable();
        return;
      case 'log':
        this.log(event);
        return;
    }
  }

  /** Prints progress lines that were held back by the interval and are now due. Call it from a timer. */
  flush(now: number = this.now()): void {
    this.heartbeat(now);
    for (const [key, state] of this.objects) {
      if (state.pending !== undefined && now - state.lastPrintedAt >= this.interval) {
        const [cluster, ...rest] = key.split('|');
        this.line(`${rest.join('|')}: ${state.pending}`, cluster);
        state.lastMessage = state.pending;
        state.lastPrintedAt = now;
        delete state.pending;
      }
    }
  }

  /**
   * Every heartbeat interval, one line per cluster naming the components still awaited and the tracker's last reason
   * for each, so a long wait shows what it waits for even when the cluster sends nothing.
   */
  private heartbeat(now: number): void {
    if (this.heartbeatInterval <= 0 || this.awaited.size === 0) return;
    if (this.lastHeartbeatAt !== undefined && now - this.lastHeartbeatAt < this.heartbeatInterval) return;
    this.lastHeartbeatAt = now;
    const byCluster = new Map<string, Awaited[]>();
    for (const entry of this.awaited.values())
      byCluster.set(entry.cluster, [...(byCluster.get(entry.cluster) ?? []), entry]);
    for (const [cluster, entries] of byCluster) {
      const parts = entries.map(
        (entry) => `${entry.component} (${oneLine(entry.reason ?? 'applied, no status reported yet', 160)})`,
      );
      this.line(`… waiting for ${parts.join(', ')}`, cluster);
    }
  }

  /** The report this reporter has seen so far. */
  get currentReport(): RunReport {
    return this.report;
  }

  private progress(cluster: string, ref: ObjectRef, message: string, at: number): void {
    const key = `${cluster}|${refKey(ref)}`;
    const state = this.objects.get(key);
    if (!state) {
      this.objects.set(key, { lastPrintedAt: at, lastMessage: message });
      this.line(`${refKey(ref)}: ${message}`, cluster);
      return;
    }
    // An unchanged message is repeated only as a slow heartbeat, so a long wait still shows life.
    const due =
      message === state.lastMessage ? state.lastPrintedAt + this.interval * 3 : state.lastPrintedAt + this.interval;
    if (at >= due) {
      state.lastPrintedAt = at;
      state.lastMessage = message;
      delete state.pending;
      this.line(`${refKey(ref)}: ${message}`, cluster);
    } else if (message !== state.lastMessage) {
      state.pending = message;
    }
  }

  private printPlan(cluster: string, changes: PlannedChange[]): void {
    for (const text of planTextLines(changes, maxDiffLines)) this.line(text, cluster);
  }

  private printDetails(cluster: string, details: FailureDetails): void {
    for (const event of details.events) {
      const key = `${cluster}|${event}`;
      if (this.seenEvents.has(key)) continue;
      this.seenEvents.add(key);
      this.line(`  event: ${oneLine(event, 500)}`, cluster);
    }
    if (details.logTail && details.logTail.length > 0) {
      const tail = details.logTail.slice(-this.logTailLines);
      this.line(`  last ${tail.length} log lines:`, cluster);
      for (const logLine of tail) this.line(`  │ ${logLine}`, cluster);
    } else if (details.logUnavailable) {
      this.line(`  logs unavailable: ${details.logUnavailable}`, cluster);
    }
  }

  private finishCluster(event: Extract<DeployEvent, { type: 'cluster-finished' }>): void {
    for (const [key, entry] of [...this.awaited]) if (entry.cluster === event.cluster) this.awaited.delete(key);
    for (const key of [...this.objects.keys()]) if (key.startsWith(`${event.cluster}|`)) this.objects.delete(key);
    const reason = event.reason ? `: ${oneLine(event.reason)}` : '';
    const summary = `${event.outcome} in ${formatDuration(event.durationMs)}${reason}`;
    if (
      (event.outcome === ReportOutcome.Failed ||
        event.outcome === ReportOutcome.RolledBack ||
        event.outcome === ReportOutcome.Cancelled) &&
      event.reason &&
      !this.errorsShown.has(`${event.cluster}|${event.reason}`)
    ) {
      this.problem('error', `${event.outcome}: ${event.reason}`, event.cluster);
    } else {
      this.line(summary, event.cluster);
    }
    if (this.mode !== 'actions') return;
    const cluster = finalizeReport(this.report, { finished: true }).clusters.find((c) => c.name === event.cluster);
    this.command('group', `[${event.cluster}] ${summary}`);
    if (cluster) this.line(componentTable([cluster]));
    this.writeLine('::endgroup::');
  }

  private printFinalTable(): void {
    const report = finalizeReport(this.report, { finished: true });
    this.line('');
    this.line(componentTable(report.clusters));
    const failed =
      report.outcome === ReportOutcome.Failed ||
      report.outcome === ReportOutcome.RolledBack ||
      report.outcome === ReportOutcome.Cancelled;
    this.line(
      `${failed ? '✗' : '✓'} ${report.command ?? 'run'} ${report.outcome} in ${formatDuration(report.durationMs)}`,
    );
  }

  private log(event: Extract<DeployEvent, { type: 'log' }>): void {
    if (event.level === 'warning' || event.level === 'error') {
      this.problem(event.level, event.message, event.cluster);
    } else if (event.level === 'debug') {
      if (this.mode === 'actions')
        this.command('debug', event.cluster ? `[${event.cluster}] ${event.message}` : event.message);
      else if (this.verbose) this.line(`debug: ${event.message}`, event.cluster);
    } else {
      this.line(event.message, event.cluster);
    }
  }
}

/** CLUSTER / COMPONENT / STATUS / DURATION / REASON, one row per cluster × component. */
export function componentTable(clusters: RunReport['clusters']): string {
  const rows: string[][] = [];
  for (const cluster of clusters) {
    const rollback = cluster.rollback
      ? ` (rollback ${cluster.rollback.ok === undefined ? 'running' : cluster.rollback.ok ? 'ok' : 'failed'})`
      : '';
    /** The cluster's own row: alone when it has no components, or after them for a rollback or a reason. */
    const clusterRow = (label: string): string[] => [
      oneLine(cluster.name, 80),
      label,
      cluster.outcome + rollback,
      formatDuration(cluster.durationMs),
      oneLine(cluster.reason ?? '', 120),
    ];
    if (cluster.components.length === 0) {
      rows.push(clusterRow('-'));
    }
    for (const component of cluster.components) {
      const notRun =
        component.durationMs === 0 &&
        (component.outcome === ReportOutcome.Skipped || component.outcome === ReportOutcome.Pending);
      rows.push([
        oneLine(cluster.name, 80),
        oneLine(component.name, 80),
        component.outcome,
        notRun ? '' : formatDuration(component.durationMs),
        oneLine(component.reason ?? '', 120),
      ]);
    }
    if (cluster.components.length > 0 && (rollback || cluster.reason)) {
      rows.push(clusterRow('(cluster)'));
    }
  }
  return textTable(['CLUSTER', 'COMPONENT', 'STATUS', 'DURATION', 'REASON'], rows);
}
