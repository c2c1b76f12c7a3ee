/**
 * Caps on what one spec may ask for. Each is far above what a spec written by people holds (tens of components, a
 * handful of clusters) and low enough that validation, rendering and planning stay well under a second. Past a cap the
 * spec is refused with a positioned error rather than processed slowly.
 */
export const specLimits = {
  /** Components, app groups included. Also bounds the depth of every walk over the dependency graph. */
  maxComponents: 1000,
  /** Cluster entries; every one is validated and rendered separately. */
  maxClusters: 50,
  /**
   * Components × clusters: each pair is rendered (and, on deploy, planned) once. 10,000 renders take well under a
   * second; 100 clusters × 1,000 components would take many.
   */
  maxRenders: 10_000,
  /** YAML nodes × clusters: the whole spec is substituted and validated once per cluster. */
  maxValidatedNodes: 2_000_000,
  /** Dependency cycles named in one report; one is enough to fix, a few show the pattern. */
  maxReportedCycles: 10,
} as const;
