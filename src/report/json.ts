import type { ComponentRollout } from '../strategy/types.js';
import type { ReportOutcome, RunReport } from './result.js';

/** The `result` output: stable field names a workflow can read with fromJSON(). */
export interface ResultJson {
  status: ReportOutcome;
  command?: string;
  app?: string;
  durationMs: number;
  clusters: {
    name: string;
    namespace?: string;
    status: ReportOutcome;
    durationMs: number;
    reason?: string;
    revision?: number;
    rollback?: { toRevision: number | null; ok?: boolean; reason?: string };
    /** Progressive rollouts (canary, blue-green): phase, step, weight, the latest analysis. */
    rollouts?: ComponentRollout[];
    components: {
      name: string;
      status: ReportOutcome;
      durationMs: number;
      reason?: string;
      urls: string[];
      images: string[];
      /** `images.pin: digest`: the tag as written and the digest it named, per pinned image. */
      pins?: { image: string; digest: string }[];
    }[];
  }[];
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function toResultJson(report: RunReport): ResultJson {
  return defined({
    status: report.outcome,
    command: report.command,
    app: report.app,
    durationMs: Math.round(report.durationMs),
    clusters: report.clusters.map((cluster) =>
      defined({
        name: cluster.name,
        namespace: cluster.namespace,
        status: cluster.outcome,
        durationMs: Math.round(cluster.durationMs),
        reason: cluster.reason,
        revision: cluster.revision,
        rollback: cluster.rollback ? defined({ ...cluster.rollback }) : undefined,
        rollouts: cluster.rollouts && cluster.rollouts.length > 0 ? cluster.rollouts : undefined,
        components: cluster.components.map((component) =>
          defined({
            name: component.name,
            status: component.outcome,
            durationMs: Math.round(component.durationMs),
            reason: component.reason,
            urls: component.urls,
            images: component.images,
            pins: component.pins,
          }),
        ),
      }),
    ),
  });
}

/**
 * Masked string by string before serializing (a secret with a quote or backslash would not match once escaped),
 * because the output is visible to every later step and to anyone reading the run.
 */
export function renderResultJson(report: RunReport, mask: (text: string) => string = (text) => text): string {
  return JSON.stringify(toResultJson(report), (_key, value: unknown) =>
    typeof value === 'string' ? mask(value) : value,
  );
}
