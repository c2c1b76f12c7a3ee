/** One typed settings object, built once from action inputs (src/action/run.ts) or CLI flags (src/cli.ts). */
export const Command = {
  Render: 'render',
  Plan: 'plan',
  Deploy: 'deploy',
  Delete: 'delete',
  PreviewUp: 'preview-up',
  PreviewDown: 'preview-down',
  /** Deletes preview namespaces older than the preview TTL (run it on a schedule). */
  PreviewSweep: 'preview-sweep',
  /**
   * Continues the app's rollouts in progress (canary steps, a blue-green switch), found from the cluster's rollout
   * record (src/apply/rollout-record.ts), not from this runner: usable from a later workflow.
   */
  Promote: 'promote',
  /** Rolls the app's rollouts in progress back to stable and removes the new version (src/apply/rollout-record.ts). */
  Abort: 'abort',
} as const;
export type Command = (typeof Command)[keyof typeof Command];

export const RollbackScope = {
  Off: 'off',
  /** Roll back only the cluster that failed (default). */
  Cluster: 'cluster',
  /** Roll back every cluster this run touched when any fails. */
  All: 'all',
} as const;
export type RollbackScope = (typeof RollbackScope)[keyof typeof RollbackScope];

export interface Settings {
  command: Command;
  /** Path of k8deployer.yaml. */
  specPath: string;
  /** Cluster names to target; empty = every enabled cluster in the spec. */
  clusters: string[];
  /** Variables given at deploy time; they win over the spec's. */
  variables: Record<string, string>;
  /** Overrides the tag of every component image that has no digest. */
  imageTag?: string;
  /** Whole run, seconds. */
  timeoutSeconds: number;
  /** One object's readiness, seconds. */
  objectTimeoutSeconds: number;
  rollback: RollbackScope;
  /** Objects in flight per cluster. */
  concurrency: number;
  forceConflicts: boolean;
  /** Take over existing objects (and claim namespaces) k8deployer did not create; refused without it. */
  adopt: boolean;
  prune: boolean;
  /** delete: keep going past failures. */
  ignoreErrors: boolean;
  /** delete: also remove namespaces k8deployer created (refused while they hold objects of others). */
  deleteNamespaces: boolean;
  /** delete/prune: also remove PersistentVolumeClaims (data). */
  deletePvcs: boolean;
  /** render: write one file per object here instead of printing. */
  outputDir?: string;
  /** render (CLI only): print Secret values in clear instead of masked. */
  showSecrets?: boolean;
  /** Overrides the namespace of every cluster (PR previews). */
  namespaceOverride?: string;
  /**
   * preview-sweep: previews older than this many hours are removed (default: the spec's preview.ttlHours, else 168).
   */
  previewTtlHours?: number;
  /** Extra labels on the namespace k8deployer creates (PR previews: the PR number, for the TTL sweep). */
  namespaceLabels?: Record<string, string>;
  /**
   * Identity of the repository the app is deployed from (see src/settings/repository.ts). It scopes ownership: the
   * ApplySet, preview namespaces and the sweep, so the same app name in two repositories never shares them.
   */
  repository?: RepositoryIdentity;
}

export interface RepositoryIdentity {
  /** `owner/name` as GitHub spells it (display only). */
  name: string;
  /** A label-safe stable value: GitHub's numeric repository id where known, else a hash of the lower-cased name. */
  labelValue: string;
}

export const defaultSettings: Omit<Settings, 'command' | 'specPath'> = {
  clusters: [],
  variables: {},
  timeoutSeconds: 900,
  objectTimeoutSeconds: 300,
  rollback: RollbackScope.Cluster,
  concurrency: 8,
  forceConflicts: false,
  adopt: false,
  prune: true,
  ignoreErrors: false,
  deleteNamespaces: false,
  deletePvcs: false,
};
