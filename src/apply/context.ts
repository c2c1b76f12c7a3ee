import type { ClusterClient } from '../cluster/client.js';
import type { EventBus, Outcome, PlannedChange } from '../events.js';
import type { RenderedApp } from '../render/types.js';
import type { EngineOptions } from './options.js';
import type { EngineTuning } from './tuning.js';

/** What one cluster's deploy, rollback or delete works with. */
export interface ClusterContext {
  cluster: string;
  client: ClusterClient;
  rendered: RenderedApp;
  bus: EventBus;
  options: EngineOptions;
  runId: string;
  tuning: EngineTuning;
  /**
   * Aborted on SIGINT/SIGTERM (reason: CancelledError): stop applying, end waits, roll back within the grace window.
   */
  signal?: AbortSignal;
  /** Aborted on a second signal: skip or stop the rollback (the lease is still released). */
  escalation?: AbortSignal;
}

export interface ClusterResult {
  cluster: string;
  outcome: Outcome;
  reason?: string;
  /** The ApplySet revision now deployed (after a rollback: the one restored). */
  revision?: number;
  changes?: PlannedChange[];
  /** Mutating API requests this run sent to the cluster (dry runs excluded). */
  apiWrites?: number;
}
