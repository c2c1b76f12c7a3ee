import type { RemovalFlags } from '../inventory/removal.js';
import type { RepositoryIdentity, RollbackScope } from '../settings/types.js';

/**
 * What the engine needs of a run's settings, durations in milliseconds (built once by engineOptions in src/engine.ts).
 */
export interface EngineOptions {
  /** The whole run on one cluster. */
  timeoutMs: number;
  /** One object's readiness, and each wait for a deleted object to go. */
  objectTimeoutMs: number;
  /** Objects in flight per cluster. */
  concurrency: number;
  forceConflicts: boolean;
  adopt: boolean;
  prune: boolean;
  rollback: RollbackScope;
  /** What prune, rollback and delete may remove besides ordinary members. */
  removal: RemovalFlags;
  /** delete: keep going past failures. */
  ignoreErrors: boolean;
  repository?: RepositoryIdentity;
}
