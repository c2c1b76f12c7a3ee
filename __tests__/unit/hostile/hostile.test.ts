import { describe, expect, it } from 'vitest';
import { boundedCases } from './cases-bounded.js';
import { validationCases } from './cases-validation.js';
import { namespaceCases, patchCases, prototypeCases } from './cases-patches-namespaces.js';
import { describeRefusal, observe, type HostileCase } from './harness.js';

/**
 * A safety bound, not a benchmark: each case takes well under a second of work. CPU time is what the input costs
 * (other processes on a busy machine do not count); the wall-clock bound only catches waiting (a read that blocks
 * costs no CPU), so it is loose enough for a machine running many test workers at once.
 */
const cpuBoundMs = 2_000;
const wallBoundMs = 15_000;

const corpus: [string, HostileCase[]][] = [
  ['bounded work', boundedCases],
  ['validation before the API server', validationCases],
  ['patches', patchCases],
  ['system namespaces', namespaceCases],
  ['prototype keys', prototypeCases],
];

describe.each(corpus)('hostile input: %s', (_, cases) => {
  it.each(cases.map((hostile) => [hostile.name, hostile] as const))('%s', async (_name, hostile) => {
    const observed = await observe(hostile);
    expect(observed.cpuMs, `took ${Math.round(observed.cpuMs)} ms of CPU`).toBeLessThan(cpuBoundMs);
    expect(observed.elapsedMs, `took ${Math.round(observed.elapsedMs)} ms`).toBeLessThan(wallBoundMs);
    if ('accepted' in hostile.outcome) {
      if (observed.error) throw observed.error as Error;
      return;
    }
    // Never a crash of the runtime (stack overflow, type error, out of range): always one of our named errors.
    expect(observed.error, 'the input was accepted').toBeDefined();
    expect(observed.error).not.toBeInstanceOf(RangeError);
    expect(observed.error).not.toBeInstanceOf(TypeError);
    const refusal = describeRefusal(observed.error);
    expect(refusal.exitCode, refusal.text).toBe(hostile.outcome.exitCode ?? 2);
    expect(refusal.text).toMatch(hostile.outcome.refused);
    if (hostile.outcome.line !== undefined) expect(refusal.line, refusal.text).toBe(hostile.outcome.line);
    if (hostile.outcome.column !== undefined) expect(refusal.column, refusal.text).toBe(hostile.outcome.column);
  });
});

it('the corpus is large enough to mean something', () => {
  expect(corpus.reduce((count, [, cases]) => count + cases.length, 0)).toBeGreaterThanOrEqual(60);
});
