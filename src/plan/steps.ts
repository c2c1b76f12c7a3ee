import { ChangeAction, type PlannedStepSummary } from '../events.js';
import { describeRequest } from '../steps/describe.js';
import type { DependencyGraph } from './graph.js';
import type { HttpStep, StepDecision } from '../steps/types.js';

/** A step in a plan: where it stands in the graph and whether this deploy runs it. */
export interface PlannedStep {
  /** The step's key in the dependency graph. */
  key: string;
  component: string;
  dependsOn: string[];
  http: HttpStep;
  decision: StepDecision;
}

/**
 * Pure: whether each step runs. `when: always` runs on every deploy; `when: changed` (the default) only when the
 * deploy changes the cluster: an object is created, updated or replaced, something is pruned, or the desired set
 * differs from the last recorded revision (the spec changed, or the last deploy failed before it was recorded).
 * So a deploy with nothing changed makes no request unless a step asks for it.
 */
export function planSteps(
  graph: DependencyGraph,
  change: { actions: ChangeAction[]; pruned: number; recordedHash?: string; desiredHash: string },
): PlannedStep[] {
  const objectsChange = change.actions.some((action) => action !== ChangeAction.Unchanged) || change.pruned > 0;
  const unrecorded = change.recordedHash !== change.desiredHash;
  const steps: PlannedStep[] = [];
  for (const node of graph.nodes.values()) {
    const step = node.desired.step;
    if (!step) continue;
    const decision: StepDecision =
      step.http.when === 'always'
        ? { run: true, why: 'runs on every deploy (when: always)' }
        : objectsChange
          ? { run: true, why: 'the deploy changes the cluster' }
          : unrecorded
            ? { run: true, why: 'the desired set differs from the last recorded revision' }
            : { run: false, why: 'nothing changed (when: changed)' };
    steps.push({
      key: node.key,
      component: node.desired.component,
      dependsOn: [...node.dependsOn],
      http: step.http,
      decision,
    });
  }
  return steps;
}

/** The step as it may leave the engine (printed, serialized): secret header values replaced. */
export function withoutStepSecrets(step: PlannedStep): PlannedStep {
  return {
    ...step,
    http: {
      ...step.http,
      headers: step.http.headers.map((header) =>
        header.secret ? { name: header.name, value: '(masked)', secret: true } : header,
      ),
    },
  };
}

/** What the reports show of a planned step: the request in a few words, no header or body. */
export function stepSummary(step: PlannedStep): PlannedStepSummary {
  return {
    component: step.component,
    request: describeRequest(step.http),
    run: step.decision.run,
    why: step.decision.why,
  };
}
