// The canary step runner: for each step set the split (apply the step's objects and wait for them with the engine's
// readiness tracker, which fails fast), then hold the step while analysis runs and the canary's pods are watched.
// It writes the rollout record at every step, so a later `promote` / `abort` run finds where it stands. What it
// does not do: the initial apply, the promotion and the rollback; ClusterDeploy (src/apply/deploy.ts) does those
// with the same machinery as a plain deploy.
import { describeError } from '../../errors.js';
import type { ClusterContext } from '../context.js';
import { executeGraph, type AppliedObject } from '../execute.js';
import type { StoredRevision } from '../../inventory/applyset.js';
import { refKey, type ObjectRef } from '../../kube/object.js';
import { buildGraph } from '../../plan/graph.js';
import type { RenderedApp } from '../../render/types.js';
import { ReadinessTracker } from '../../track/tracker.js';
import { hasChecks, runAnalysis } from '../../strategy/analysis/index.js';
import { analysisFailureReason, analysisVerdict } from '../../strategy/analysis/evaluate.js';
import { saveRolloutRecord, type RolloutRecord } from '../rollout-record.js';
import {
  RolloutPhase,
  StrategyType,
  UNTIL_PROMOTED,
  type AnalysisRun,
  type ComponentRollout,
} from '../../strategy/types.js';
import { desiredAtStep, stepCount, stepOf, type CanaryComponent, type CanaryStepSet } from './plan.js';
import { watchCanaryPods, type PodWatch } from './watch.js';
import { abortableSleep as sleep } from '../abortable-sleep.js';

export type StepRunResult =
  { kind: 'promote' } | { kind: 'paused'; step: number; message: string } | { kind: 'failed'; reason: string };

export interface CanaryRunInput {
  ctx: ClusterContext;
  applySetId: string;
  /** The app as this rollout deploys it (scope-resolved). */
  target: RenderedApp;
  previous: StoredRevision;
  canaries: CanaryComponent[];
  record: RolloutRecord;
  /** The deadline and cancellation of the run. */
  signal: AbortSignal;
}

export class CanaryRun {
  /** What the steps applied (for the rollback: creations are undone). */
  readonly applied: AppliedObject[] = [];
  private readonly created = new Map<string, ObjectRef>();

  constructor(private readonly input: CanaryRunInput) {
    for (const ref of input.record.created) this.created.set(refKey(ref), ref);
  }

  /** Objects only the canary has, over every step so far (and any earlier rollout this one replaced). */
  get createdObjects(): ObjectRef[] {
    return [...this.created.values()];
  }

  /** The desired set at a step; remembers what it creates. */
  stepSet(step: number): CanaryStepSet {
    const set = desiredAtStep(this.input.target, this.input.previous, this.input.canaries, step);
    for (const ref of set.created) this.created.set(refKey(ref), ref);
    return set;
  }

  /**
   * Runs the steps from `fromStep`; with `applied`, that step's objects are already applied and ready (the deploy's
   * own first apply did it).
   */
  async run(fromStep: number, applied: boolean): Promise<StepRunResult> {
    const count = stepCount(this.input.canaries);
    for (let step = fromStep; step < count; step += 1) {
      const set = this.stepSet(step);
      this.input.record.created = this.createdObjects;
      if (!(applied && step === fromStep)) {
        this.report(step, set, RolloutPhase.Progressing, `step ${step + 1}/${count}: shifting traffic`);
        const failure = await this.applyStep(set);
        if (failure) return { kind: 'failed', reason: failure };
      }
      const pause = this.pauseAt(step);
      if (pause === UNTIL_PROMOTED) {
        const message = `paused at step ${step + 1}/${count} until promoted: run k8deployer promote to continue or k8deployer abort to roll back`;
        await this.save(step, set, RolloutPhase.Paused, message);
        return { kind: 'paused', step, message };
      }
      await this.save(step, set, RolloutPhase.Progressing, `step ${step + 1}/${count}: holding ${pause / 1000} s`);
      const failure = await this.hold(step, set, pause);
      if (failure) return { kind: 'failed', reason: failure };
    }
    return { kind: 'promote' };
  }

  /** Applies the canary components' objects of a step and waits for them (fail fast included). */
  private async applyStep(set: CanaryStepSet): Promise<string | undefined> {
    const { ctx, applySetId, canaries, signal } = this.input;
    const names = new Set(canaries.map((canary) => canary.component));
    const objects = set.rendered.objects.filter((entry) => names.has(entry.component));
    const result = await executeGraph({
      cluster: ctx.cluster,
      client: ctx.client,
      bus: ctx.bus,
      tracker: new ReadinessTracker({
        cluster: ctx.cluster,
        client: ctx.client,
        bus: ctx.bus,
        thresholds: ctx.tuning.thresholds,
      }),
      graph: buildGraph(objects),
      applySetId,
      liveVersions: new Map(),
      forceConflicts: ctx.options.forceConflicts,
      concurrency: ctx.options.concurrency,
      objectTimeoutMs: ctx.options.objectTimeoutMs,
      signal,
      reportComponents: false,
    });
    this.applied.push(...result.applied);
    return result.ok ? undefined : `canary step failed: ${result.reason ?? 'not ready'}`;
  }

  /** The longest pause of the components at this step; until-promoted wins. */
  private pauseAt(step: number): number | typeof UNTIL_PROMOTED {
    let longest = 0;
    for (const canary of this.input.canaries) {
      const pause = canary.strategy.steps[stepOf(canary, step)]?.pause ?? 0;
      if (pause === UNTIL_PROMOTED) return UNTIL_PROMOTED;
      longest = Math.max(longest, pause);
    }
    return longest;
  }

  /**
   * Holds the step for `pauseMs`: the canary's pods are watched the whole time (the first failure signal aborts at
   * once), analysis runs at the start and every interval; a run over the failure limit aborts.
   */
  private async hold(step: number, set: CanaryStepSet, pauseMs: number): Promise<string | undefined> {
    const { ctx, canaries, signal } = this.input;
    const watches: PodWatch[] = [];
    const stop = new AbortController();
    const holdSignal = AbortSignal.any([signal, stop.signal]);
    try {
      for (const canary of canaries) {
        const selector = set.components.get(canary.component)?.podSelector ?? {};
        watches.push(await watchCanaryPods(ctx.client, ctx.rendered.namespace, selector, ctx.tuning.thresholds));
      }
      const podFailure = Promise.race(watches.map((watch) => watch.failure)).then(
        (reason) => `canary failed: ${reason}`,
      );
      const analysis = this.analyse(step, set, pauseMs, holdSignal);
      const stopped = new Promise<string>((resolve) =>
        holdSignal.addEventListener('abort', () => resolve(describeError(holdSignal.reason)), { once: true }),
      );
      return await Promise.race([podFailure, analysis, stopped]);
    } catch (error) {
      return `canary analysis failed: ${describeError(error)}`;
    } finally {
      stop.abort();
      for (const watch of watches) watch.stop();
    }
  }

  /** Analysis runs until the pause ends; resolves undefined when it passed, else with the reason to abort. */
  private async analyse(
    step: number,
    set: CanaryStepSet,
    pauseMs: number,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    const endAt = Date.now() + pauseMs;
    const failures = new Map<string, number>();
    for (;;) {
      for (const canary of this.input.canaries) {
        const config = canary.strategy.analysis;
        if (!hasChecks(config)) continue;
        const run = await runAnalysis(config, signal);
        if (signal.aborted) return undefined;
        const failed = (failures.get(canary.component) ?? 0) + (run.ok ? 0 : 1);
        failures.set(canary.component, failed);
        this.report(step, set, RolloutPhase.Progressing, analysisLine(canary.component, run), {
          component: canary.component,
          run,
          failures: failed,
        });
        if (analysisVerdict(failed, config.failureLimit) === 'abort')
          return `component ${canary.component}: ${analysisFailureReason(run, failed)}`;
      }
      const interval = Math.min(...this.input.canaries.map((canary) => canary.strategy.analysis.intervalMs));
      const wait = Math.min(interval, endAt - Date.now());
      if (wait <= 0) return undefined;
      await sleep(wait, signal);
      if (signal.aborted) return undefined;
      if (Date.now() >= endAt) return undefined;
    }
  }

  private async save(step: number, set: CanaryStepSet, phase: RolloutPhase, message: string): Promise<void> {
    const { record, ctx } = this.input;
    record.rollouts = this.rollouts(step, set, phase);
    record.updatedAt = Date.now();
    await saveRolloutRecord(ctx.client, ctx.rendered.namespace, record);
    this.report(step, set, phase, message);
  }

  private rollouts(step: number, set: CanaryStepSet, phase: RolloutPhase): ComponentRollout[] {
    return this.input.canaries.map((canary) => {
      const previous = this.input.record.rollouts.find((entry) => entry.component === canary.component);
      return {
        ...(previous?.lastAnalysis ? { lastAnalysis: previous.lastAnalysis } : {}),
        component: canary.component,
        strategy: StrategyType.Canary,
        phase,
        step: stepOf(canary, step),
        steps: canary.strategy.steps.length,
        weight: set.components.get(canary.component)?.split.weight ?? 0,
        traffic: canary.strategy.traffic,
        stableReplicas: canary.stableReplicas,
      };
    });
  }

  private report(
    step: number,
    set: CanaryStepSet,
    phase: RolloutPhase,
    message: string,
    analysis?: { component: string; run: AnalysisRun; failures: number },
  ): void {
    const { ctx, record } = this.input;
    for (const rollout of this.rollouts(step, set, phase)) {
      const own = analysis?.component === rollout.component ? analysis : undefined;
      const entry: ComponentRollout = own ? { ...rollout, lastAnalysis: own.run, failures: own.failures } : rollout;
      if (own) {
        record.rollouts = record.rollouts.map((existing) =>
          existing.component === entry.component ? { ...existing, lastAnalysis: own.run } : existing,
        );
      }
      if (analysis && !own) continue;
      ctx.bus.emit({ type: 'strategy-progress', cluster: ctx.cluster, rollout: entry, message, at: Date.now() });
    }
  }
}

function analysisLine(component: string, run: AnalysisRun): string {
  const passed = run.checks.filter((check) => check.ok).length;
  return `component ${component}: analysis ${run.ok ? 'passed' : 'failed'} (${passed}/${run.checks.length} checks)`;
}
