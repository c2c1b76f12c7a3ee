import { SpecError, type SpecProblem } from '../../../src/errors.js';
import { resolveTargets, type ClusterTarget, type SpecOptions } from '../../../src/spec/load.js';
import { parseYamlSource } from '../../../src/spec/yaml-source.js';

export function targetsOf(text: string, options: SpecOptions = {}): ClusterTarget[] {
  return resolveTargets(parseYamlSource(text, 'k8deployer.yaml'), options);
}

/** The problems a spec text is refused with; fails the test when the spec is accepted. */
export function problemsOf(text: string, options: SpecOptions = {}): SpecProblem[] {
  try {
    targetsOf(text, options);
  } catch (error) {
    if (error instanceof SpecError) return error.problems;
    throw error;
  }
  throw new Error('expected the spec to be refused');
}
