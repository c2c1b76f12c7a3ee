import type { PreparedRun } from '../pipeline.js';
import type { ClusterTarget } from '../spec/load.js';
import type { Component } from '../spec/spec-types.generated.js';

/**
 * kind: http steps make requests from the runner, which on a pull request event holds the workflow's secrets and
 * sits in its network. A pull request's head may not add a request or change one (its URL, headers, body): it could
 * send a header value to a host of its choosing, or make the runner fetch an internal address and quote the answer
 * in the PR comment. Requests come from the base branch, like credentials (threat model rule 2); merge first.
 */
export function untrustedSteps(prepared: PreparedRun, baseTargets: ClusterTarget[]): string[] {
  const problems: string[] = [];
  for (const { target } of prepared.targets) {
    const base = baseTargets.find((entry) => entry.name === target.name);
    const baseSteps = new Map((base?.spec.components ?? []).filter(isStep).map((c) => [c.name, canonical(c)]));
    for (const component of target.spec.components.filter(isStep)) {
      const trusted = baseSteps.get(component.name);
      if (trusted === undefined) problems.push(`adds the kind: http step ${component.name}`);
      else if (trusted !== canonical(component))
        problems.push(`changes the request of the kind: http step ${component.name}`);
    }
  }
  return [...new Set(problems)];
}

function isStep(component: Component): boolean {
  return component.kind === 'http' || component.http !== undefined;
}

function canonical(component: Component): string {
  return JSON.stringify(sorted(component.http ?? null));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
    );
  return value;
}
