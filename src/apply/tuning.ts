import type { FailFastThresholds } from '../track/failfast.js';

/** Engine knobs that are not user settings: defaults suit production, tests shorten them. */
export interface EngineTuning {
  thresholds: Partial<FailFastThresholds>;
  leaseTtlSeconds: number;
  /** How long watches may fail before the cluster counts as unreachable. */
  watchFailAfterMs: number;
  /** Server-side length of one watch request; tests shorten it to make watches resume (and meet 410 Gone) often. */
  watchTimeoutSeconds: number;
  /**
   * After SIGINT/SIGTERM, how long the rollback may run before it is stopped: GitHub Actions sends SIGTERM 7.5 s after
   * SIGINT and kills soon after, and the lease, summary and GitHub statuses still need their share of that window.
   */
  cancelGraceMs: number;
}

export const defaultTuning: EngineTuning = {
  thresholds: {},
  leaseTtlSeconds: 30,
  watchFailAfterMs: 10_000,
  watchTimeoutSeconds: 240,
  cancelGraceMs: 4_000,
};
