import type { ObjectRef } from './kube/object.js';
import type { ComponentRollout } from './strategy/types.js';

/** Readiness of one object, as computed by the pure status functions in src/track. */
export const ObjectStatus = {
  InProgress: 'InProgress',
  Ready: 'Ready',
  Failed: 'Failed',
  Terminating: 'Terminating',
  NotFound: 'NotFound',
  Unknown: 'Unknown',
} as const;
export type ObjectStatus = (typeof ObjectStatus)[keyof typeof ObjectStatus];

export const ChangeAction = {
  Create: 'create',
  Update: 'update',
  Unchanged: 'unchanged',
  Delete: 'delete',
  /** Delete and re-create: an immutable field changes (a Job's template, a Service's clusterIP). */
  Replace: 'replace',
} as const;
export type ChangeAction = (typeof ChangeAction)[keyof typeof ChangeAction];

export const Outcome = {
  Succeeded: 'succeeded',
  Failed: 'failed',
  RolledBack: 'rolled-back',
  Skipped: 'skipped',
  Planned: 'planned',
  Deleted: 'deleted',
  /** Stopped by SIGINT/SIGTERM; the rollback policy ran within the grace window (the reason says how far). */
  Cancelled: 'cancelled',
  /**
   * A progressive rollout (canary, blue-green) holds at a pause until promoted: not failed, nothing to undo;
   * `k8deployer promote` continues it and `k8deployer abort` rolls it back (src/strategy).
   */
  Paused: 'paused',
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

export interface PlannedChange {
  component: string;
  ref: ObjectRef;
  action: ChangeAction;
  /** Unified diff of the live and dry-run object, Secret values masked. Empty for create/delete. */
  diff?: string;
  /** Replace: the immutable fields that force it (`spec.template`), from the server's answer. */
  immutableFields?: string[];
  /**
   * A content-hashed ConfigMap/Secret whose content changed: this create's object supersedes the named old one
   * (which the plan also lists as a delete); `diff` is the content diff between them, Secret values masked.
   */
  supersedes?: string;
  /** Secret keys whose value is unknown to this plan (its env var is not set): not counted as a change. */
  unknownValues?: string[];
}

/** Extra evidence for a failure: recent Warning events and the tail of a failing container's log. */
export interface FailureDetails {
  events: string[];
  logTail?: string[];
  /** Set when logs could not be read (e.g. the node has no kubelet). */
  logUnavailable?: string;
}

/** Every stage emits these; every reporter (CLI progress, job summary, PR comment, JSON) consumes them. */
export type DeployEvent =
  | { type: 'run-started'; runId: string; command: string; app: string; clusters: string[]; at: number }
  | { type: 'cluster-started'; cluster: string; namespace: string; at: number }
  | { type: 'plan-ready'; cluster: string; changes: PlannedChange[]; at: number }
  | { type: 'object-applied'; cluster: string; component: string; ref: ObjectRef; action: ChangeAction; at: number }
  | {
      type: 'object-progress';
      cluster: string;
      component: string;
      ref: ObjectRef;
      status: ObjectStatus;
      message: string;
      at: number;
    }
  | { type: 'object-ready'; cluster: string; component: string; ref: ObjectRef; at: number }
  | {
      type: 'object-failed';
      cluster: string;
      component: string;
      ref: ObjectRef;
      /** One line, e.g. `Deployment api: container app ImagePullBackOff: manifest unknown`. */
      reason: string;
      details?: FailureDetails;
      at: number;
    }
  | {
      type: 'component-finished';
      cluster: string;
      component: string;
      outcome: Outcome;
      durationMs: number;
      reason?: string;
      at: number;
    }
  | { type: 'rollback-started'; cluster: string; toRevision: number | null; at: number }
  | { type: 'rollback-finished'; cluster: string; toRevision: number | null; ok: boolean; reason?: string; at: number }
  | { type: 'object-pruned'; cluster: string; ref: ObjectRef; at: number }
  | { type: 'object-deleted'; cluster: string; ref: ObjectRef; at: number }
  | {
      type: 'cluster-finished';
      cluster: string;
      outcome: Outcome;
      durationMs: number;
      reason?: string;
      revision?: number;
      at: number;
    }
  /**
   * A progressive rollout moved: a step began, an analysis run finished, it paused, was promoted or aborted. The
   * rollout is the whole state (as the cluster's rollout record keeps it), so reporters keep only the latest.
   */
  | { type: 'strategy-progress'; cluster: string; rollout: ComponentRollout; message: string; at: number }
  /** SIGINT/SIGTERM arrived: scheduling stops, waits end, the rollback policy runs, the lease is released. */
  | { type: 'run-cancelled'; signal: string; at: number }
  | { type: 'run-finished'; outcome: Outcome; durationMs: number; at: number }
  | { type: 'log'; level: 'debug' | 'info' | 'warning' | 'error'; message: string; cluster?: string; at: number };

export type EventListener = (event: DeployEvent) => void;

/** A tiny synchronous fan-out: stages emit, reporters subscribe. Listeners must not throw into the engine. */
export class EventBus {
  private readonly listeners: EventListener[] = [];

  subscribe(listener: EventListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  emit(event: DeployEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A broken reporter must never break a deploy.
      }
    }
  }
}
