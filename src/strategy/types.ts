// Progressive delivery, shared by every strategy (canary, blue-green): the resolved strategy of a component (the
// spec's `strategy` field with its defaults filled in), the rollout record kept in the cluster, and the progress the
// engine reports. Pure types: no I/O here.
import type { BlueGreenStatus } from './blue-green/types.js';

export const StrategyType = {
  /** The workload's own rolling update: no second Deployment, nothing recorded. */
  Rolling: 'rolling',
  Canary: 'canary',
  BlueGreen: 'blue-green',
} as const;
export type StrategyType = (typeof StrategyType)[keyof typeof StrategyType];

/** How a canary's share of traffic is realised. */
export const TrafficSplit = {
  /** The canary's pods behind the component's one Service: the share is the replica ratio (works everywhere). */
  Replicas: 'replicas',
  /** An ingress-nginx canary Ingress (`nginx.ingress.kubernetes.io/canary-weight`) next to the component's. */
  Nginx: 'nginx',
  /** The component's HTTPRoute with two weighted backendRefs: `<name>` and `<name>-canary`. */
  Gateway: 'gateway',
} as const;
export type TrafficSplit = (typeof TrafficSplit)[keyof typeof TrafficSplit];

/** A pause that ends only with `k8deployer promote` (the run ends with the rollout in progress, not failed). */
export const UNTIL_PROMOTED = 'until-promoted';

export interface CanaryStep {
  /** Percent of traffic (with replicas: of the replicas) the canary gets, 1..100. */
  weight: number;
  /** Milliseconds to hold the step while analysis runs, or until promoted. 0: analysis runs once. */
  pause: number | typeof UNTIL_PROMOTED;
}

export interface HttpCheck {
  url: string;
  expectStatus: number;
  successRatio: number;
  requests: number;
  timeoutMs: number;
}

export interface PrometheusCheck {
  /** Base URL; the client calls `<url>/api/v1/query`. */
  url: string;
  query: string;
  min?: number;
  max?: number;
  timeoutMs: number;
}

export interface AnalysisConfig {
  intervalMs: number;
  /** Failed analysis runs tolerated; one more aborts. */
  failureLimit: number;
  http: HttpCheck[];
  prometheus: PrometheusCheck[];
}

export interface CanaryStrategy {
  type: typeof StrategyType.Canary;
  steps: CanaryStep[];
  traffic: TrafficSplit;
  analysis: AnalysisConfig;
}

export interface BlueGreenStrategy {
  type: typeof StrategyType.BlueGreen;
  /** The blue-green helper's options (switch, keepFor, ...) live here; see docs/progressive-delivery.md. */
  [option: string]: unknown;
}

/** A component's strategy after defaults; `undefined` on a ComponentInfo means rolling. */
export type ResolvedStrategy = CanaryStrategy | BlueGreenStrategy;

/** Where a rollout stands. */
export const RolloutPhase = {
  /** Steps are running in this process. */
  Progressing: 'progressing',
  /** Holding at an until-promoted pause: `promote` continues, `abort` rolls back. */
  Paused: 'paused',
  /** Done: stable runs the new version, the second Deployment is gone. */
  Promoted: 'promoted',
  /** Rolled back: stable serves everything, the new version is gone. */
  Aborted: 'aborted',
} as const;
export type RolloutPhase = (typeof RolloutPhase)[keyof typeof RolloutPhase];

/** One analysis check's result in one run (HTTP, Prometheus, or the canary's own readiness/fail-fast signals). */
export interface CheckResult {
  /** `http GET <url>`, `prometheus <query>`, `readiness`. */
  check: string;
  ok: boolean;
  /** One line for reports, e.g. `4/5 answered 200 (need 100%)` or `value 0.7 > max 0.05`. */
  detail: string;
}

/** One analysis run: every check once. */
export interface AnalysisRun {
  at: number;
  ok: boolean;
  checks: CheckResult[];
}

/** A component's rollout progress: what the rollout record stores and the `strategy-progress` event carries. */
export interface ComponentRollout {
  component: string;
  strategy: typeof StrategyType.Canary | typeof StrategyType.BlueGreen;
  phase: RolloutPhase;
  /** Canary: index of the current step (0-based) and the number of steps. */
  step?: number;
  steps?: number;
  /** Canary: percent of traffic the new version gets now. */
  weight?: number;
  traffic?: TrafficSplit;
  /** Replicas of stable before the rollout began: restored on abort, kept on promote. */
  stableReplicas?: number;
  /** Failed analysis runs so far (in the current step). */
  failures?: number;
  /** The latest analysis run. */
  lastAnalysis?: AnalysisRun;
  /** Why it was aborted. */
  reason?: string;
  /** Blue-green: the live color, the preview's, the old color kept (and until when), the command to run next. */
  blueGreen?: BlueGreenStatus;
}
