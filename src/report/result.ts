import { Outcome, type DeployEvent, type FailureDetails, type PlannedChange } from '../events.js';
import { ExitCode } from '../errors.js';
import { refKey } from '../kube/object.js';
import type { ComponentInfo, RenderedApp } from '../render/types.js';
import type { ComponentRollout } from '../strategy/types.js';

/** An Outcome, or where a run still is: `running` (started, not finished) and `pending` (not started). */
export const ReportOutcome = { ...Outcome, Running: 'running', Pending: 'pending' } as const;
export type ReportOutcome = (typeof ReportOutcome)[keyof typeof ReportOutcome];

export interface ComponentReport {
  name: string;
  kind?: string;
  depends: string[];
  outcome: ReportOutcome;
  durationMs: number;
  reason?: string;
  urls: string[];
  images: string[];
  /** Images the cluster ran before this run, read from the deploy's own dry-run diff (`image:` lines it removes). */
  previousImages?: string[];
  /** Something of it was applied in this run (so a stop after another component's failure cancelled it). */
  started?: boolean;
  /** Objects that failed, `Kind/namespace/name` → one-line reason. */
  failedObjects: { object: string; reason: string }[];
  /** Evidence for the first failure: Warning events and a log tail. */
  details?: FailureDetails;
}

export interface RollbackReport {
  toRevision: number | null;
  /** Absent while the rollback runs. */
  ok?: boolean;
  reason?: string;
}

export interface ClusterReport {
  name: string;
  namespace?: string;
  outcome: ReportOutcome;
  durationMs: number;
  reason?: string;
  revision?: number;
  rollback?: RollbackReport;
  /** From plan-ready: what a plan (or the deploy's own dry run) would change. */
  changes?: PlannedChange[];
  components: ComponentReport[];
  /** Warning and error log events for this cluster, newest last, capped. */
  warnings: string[];
  startedAt?: number;
  /** Progressive rollouts (canary, blue-green) of this run, the latest state of each component's. */
  rollouts?: ComponentRollout[];
}

export interface RunReport {
  runId?: string;
  command?: string;
  app?: string;
  outcome: ReportOutcome;
  durationMs: number;
  startedAt?: number;
  clusters: ClusterReport[];
  /** The signal that cancelled the run (SIGINT / SIGTERM), when one did. */
  cancelledBy?: string;
  /** Warning and error log events not tied to a cluster. */
  warnings: string[];
}

const maxWarningsKept = 50;

export function emptyReport(): RunReport {
  return { outcome: ReportOutcome.Pending, durationMs: 0, clusters: [], warnings: [] };
}

function newCluster(name: string): ClusterReport {
  return { name, outcome: ReportOutcome.Pending, durationMs: 0, components: [], warnings: [] };
}

function newComponent(name: string): ComponentReport {
  return { name, depends: [], outcome: ReportOutcome.Pending, durationMs: 0, urls: [], images: [], failedObjects: [] };
}

/** Copy-on-write update of one cluster (created when first mentioned). */
function withCluster(report: RunReport, name: string, update: (cluster: ClusterReport) => ClusterReport): RunReport {
  const index = report.clusters.findIndex((cluster) => cluster.name === name);
  const clusters = [...report.clusters];
  if (index < 0) clusters.push(update(newCluster(name)));
  else clusters[index] = update(clusters[index] ?? newCluster(name));
  return { ...report, clusters };
}

function withComponent(
  cluster: ClusterReport,
  name: string,
  update: (component: ComponentReport) => ComponentReport,
): ClusterReport {
  const index = cluster.components.findIndex((component) => component.name === name);
  const components = [...cluster.components];
  if (index < 0) components.push(update(newComponent(name)));
  else components[index] = update(components[index] ?? newComponent(name));
  return { ...cluster, components };
}

function pushCapped(list: string[], item: string): string[] {
  const next = [...list, item];
  return next.length > maxWarningsKept ? next.slice(next.length - maxWarningsKept) : next;
}

function startRunning(outcome: ReportOutcome): ReportOutcome {
  return outcome === ReportOutcome.Pending ? ReportOutcome.Running : outcome;
}

/** `image:` values a unified diff removes: what the cluster ran before the update. */
export function removedImages(diff: string | undefined): string[] {
  if (!diff) return [];
  const images: string[] = [];
  for (const match of diff.matchAll(/^-\s*(?:- )?image:\s*["']?([^\s"']+)["']?\s*$/gm))
    if (match[1]) images.push(match[1]);
  return images;
}

/** The pure reducer: one event in, a new report out. Nothing is mutated. */
export function reduceReport(report: RunReport, event: DeployEvent): RunReport {
  switch (event.type) {
    case 'run-started':
      return {
        ...report,
        runId: event.runId,
        command: event.command,
        app: event.app,
        outcome: ReportOutcome.Running,
        startedAt: event.at,
        clusters: event.clusters.reduce(
          (clusters, name) => (clusters.some((c) => c.name === name) ? clusters : [...clusters, newCluster(name)]),
          report.clusters,
        ),
      };
    case 'cluster-started':
      return withCluster(report, event.cluster, (c) => ({
        ...c,
        namespace: event.namespace,
        outcome: ReportOutcome.Running,
        startedAt: event.at,
      }));
    case 'plan-ready':
      return withCluster(report, event.cluster, (c) => {
        let next: ClusterReport = { ...c, changes: event.changes };
        for (const component of new Set(event.changes.map((change) => change.component))) {
          const own = event.changes.filter((change) => change.component === component);
          const counts = (['create', 'update', 'delete'] as const)
            .map((action) => [action, own.filter((change) => change.action === action).length] as const)
            .filter(([, count]) => count > 0)
            .map(([action, count]) => `${count} to ${action}`);
          const previous = [...new Set(own.flatMap((change) => removedImages(change.diff)))];
          next = withComponent(next, component, (x) => ({
            ...x,
            reason: counts.length > 0 ? counts.join(', ') : 'no change',
            ...(previous.length > 0 ? { previousImages: previous } : {}),
          }));
        }
        return next;
      });
    case 'object-applied':
    case 'object-progress':
    case 'object-ready':
      return withCluster(report, event.cluster, (c) =>
        withComponent({ ...c, outcome: startRunning(c.outcome) }, event.component, (x) => ({
          ...x,
          outcome: startRunning(x.outcome),
          started: true,
        })),
      );
    case 'object-failed':
      return withCluster(report, event.cluster, (c) =>
        withComponent(c, event.component, (x) => ({
          ...x,
          outcome:
            x.outcome === ReportOutcome.Pending || x.outcome === ReportOutcome.Running
              ? ReportOutcome.Failed
              : x.outcome,
          reason: x.reason ?? event.reason,
          failedObjects: [...x.failedObjects, { object: refKey(event.ref), reason: event.reason }],
          details: x.details ?? event.details,
        })),
      );
    case 'component-finished':
      return withCluster(report, event.cluster, (c) =>
        withComponent(c, event.component, (x) => {
          const next: ComponentReport = { ...x, outcome: event.outcome, durationMs: event.durationMs };
          const reason = event.reason ?? x.reason;
          if (reason !== undefined) next.reason = reason;
          return next;
        }),
      );
    case 'rollback-started':
      return withCluster(report, event.cluster, (c) => ({ ...c, rollback: { toRevision: event.toRevision } }));
    case 'rollback-finished':
      return withCluster(report, event.cluster, (c) => {
        const rollback: RollbackReport = { toRevision: event.toRevision, ok: event.ok };
        if (event.reason !== undefined) rollback.reason = event.reason;
        return { ...c, rollback };
      });
    case 'object-pruned':
    case 'object-deleted':
      return report;
    case 'cluster-finished':
      return withCluster(report, event.cluster, (c) => {
        const next: ClusterReport = { ...c, outcome: event.outcome, durationMs: event.durationMs };
        if (event.reason !== undefined) next.reason = event.reason;
        if (event.revision !== undefined) next.revision = event.revision;
        return next;
      });
    case 'strategy-progress':
      return withCluster(report, event.cluster, (c) => ({
        ...c,
        rollouts: [...(c.rollouts ?? []).filter((entry) => entry.component !== event.rollout.component), event.rollout],
      }));
    case 'run-cancelled':
      return { ...report, cancelledBy: event.signal };
    case 'run-finished':
      return { ...report, outcome: event.outcome, durationMs: event.durationMs };
    case 'log': {
      if (event.level !== 'warning' && event.level !== 'error') return report;
      if (event.cluster === undefined) return { ...report, warnings: pushCapped(report.warnings, event.message) };
      return withCluster(report, event.cluster, (c) => ({ ...c, warnings: pushCapped(c.warnings, event.message) }));
    }
  }
}

export function buildRunReport(events: Iterable<DeployEvent>): RunReport {
  let report = emptyReport();
  for (const event of events) report = reduceReport(report, event);
  return report;
}

/** Component infos per cluster name; a plain array applies to every cluster. */
export type ComponentInfoSource = Record<string, ComponentInfo[]> | ComponentInfo[] | RenderedApp[];

function infosFor(source: ComponentInfoSource | undefined, cluster: string): ComponentInfo[] {
  if (!source) return [];
  if (Array.isArray(source)) {
    const first = source[0];
    if (first && 'objects' in first) {
      return (source as RenderedApp[]).find((app) => app.cluster === cluster)?.components ?? [];
    }
    return source as ComponentInfo[];
  }
  return source[cluster] ?? [];
}

/**
 * Adds what rendering knows (kind, depends, images, urls), lists components no event mentioned in spec order, and,
 * for a finished run, settles anything still pending or running so the final report never says "running".
 */
export function finalizeReport(
  report: RunReport,
  options: { components?: ComponentInfoSource; finished?: boolean } = {},
): RunReport {
  const finished = options.finished ?? report.outcome !== ReportOutcome.Running;
  const clusters = report.clusters.map((cluster) => {
    const infos = infosFor(options.components, cluster.name);
    const byName = new Map(cluster.components.map((component) => [component.name, component]));
    const ordered: ComponentReport[] = [];
    for (const info of infos) {
      const component = byName.get(info.name) ?? newComponent(info.name);
      byName.delete(info.name);
      ordered.push({
        ...component,
        kind: info.kind,
        depends: [...info.depends],
        urls: [...info.urls],
        images: [...info.images],
      });
    }
    ordered.push(...byName.values());
    const settled = finished
      ? settleConsequences(
          ordered.map((component) => settleComponent(component, cluster)),
          cluster,
        )
      : ordered;
    const next: ClusterReport = { ...cluster, components: settled };
    if (finished && (next.outcome === ReportOutcome.Pending || next.outcome === ReportOutcome.Running)) {
      next.outcome = next.outcome === ReportOutcome.Pending ? ReportOutcome.Skipped : ReportOutcome.Failed;
      next.reason ??= next.outcome === ReportOutcome.Skipped ? 'not started' : 'did not finish';
    }
    return next;
  });
  const final: RunReport = { ...report, clusters };
  if (finished && (final.outcome === ReportOutcome.Pending || final.outcome === ReportOutcome.Running)) {
    final.outcome = clusters.some((c) => c.outcome === ReportOutcome.Failed)
      ? ReportOutcome.Failed
      : ReportOutcome.Skipped;
  }
  return final;
}

function settleComponent(component: ComponentReport, cluster: ClusterReport): ComponentReport {
  if (component.outcome !== ReportOutcome.Pending && component.outcome !== ReportOutcome.Running) return component;
  // The engine may not report every component on success (e.g. plan, delete); the cluster's outcome covers them.
  if (
    cluster.outcome === ReportOutcome.Succeeded ||
    cluster.outcome === ReportOutcome.Planned ||
    cluster.outcome === ReportOutcome.Deleted
  ) {
    return { ...component, outcome: cluster.outcome };
  }
  if (component.outcome === ReportOutcome.Running) {
    return {
      ...component,
      outcome: ReportOutcome.Failed,
      reason: component.reason ?? cluster.reason ?? 'did not become ready',
    };
  }
  return { ...component, outcome: ReportOutcome.Skipped, reason: component.reason ?? 'not started' };
}

/**
 * What another component's failure did to the rest: a component that was running when the deploy stopped is
 * `cancelled`, one that never started is `skipped`, both saying which component failed; after a successful rollback
 * nothing of this run is live any more, so components that had succeeded are `rolled-back`, never ✅.
 */
function settleConsequences(components: ComponentReport[], cluster: ClusterReport): ComponentReport[] {
  const culprit = components.find((c) => c.outcome === ReportOutcome.Failed);
  const rolledBack = cluster.rollback?.ok === true;
  const target =
    cluster.rollback?.toRevision === null || cluster.rollback?.toRevision === undefined
      ? 'first install removed'
      : `rolled back to revision ${cluster.rollback.toRevision}`;
  return components.map((component) => {
    if (culprit && component !== culprit && component.outcome === ReportOutcome.Skipped) {
      const because = `${culprit.name} failed`;
      return component.started
        ? { ...component, outcome: ReportOutcome.Cancelled, reason: `stopped because ${because}` }
        : { ...component, reason: `not started: ${because}` };
    }
    if (rolledBack && component.outcome === ReportOutcome.Succeeded) {
      return { ...component, outcome: ReportOutcome.RolledBack, reason: target };
    }
    return component;
  });
}

/** Worst first: what a multi-cluster cell or a headline shows. */
const severity: ReportOutcome[] = [
  ReportOutcome.Failed,
  ReportOutcome.Cancelled,
  ReportOutcome.RolledBack,
  ReportOutcome.Running,
  ReportOutcome.Pending,
  ReportOutcome.Skipped,
  ReportOutcome.Planned,
  ReportOutcome.Deleted,
  ReportOutcome.Succeeded,
];

export function worstOutcome(outcomes: readonly ReportOutcome[]): ReportOutcome {
  for (const outcome of severity) if (outcomes.includes(outcome)) return outcome;
  return ReportOutcome.Pending;
}

const failingOutcomes: ReadonlySet<ReportOutcome> = new Set([
  ReportOutcome.Failed,
  ReportOutcome.RolledBack,
  ReportOutcome.Cancelled,
]);

/** The run's exit code, from the finalized report: failed, rolled back and cancelled runs fail. */
export function exitCodeOfReport(report: RunReport): number {
  // `abort` asks for the rollback: rolled back is what it succeeds at.
  if (report.command === 'abort' && report.outcome === ReportOutcome.RolledBack) return ExitCode.Ok;
  return failingOutcomes.has(report.outcome) ? ExitCode.Failure : ExitCode.Ok;
}

/** `cluster: reason` for every cluster that has one: what a failed step says. */
export function clusterReasons(report: RunReport): string[] {
  return report.clusters.filter((cluster) => cluster.reason).map((cluster) => `${cluster.name}: ${cluster.reason}`);
}
