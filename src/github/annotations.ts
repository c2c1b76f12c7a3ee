import { isAbsolute, relative } from 'node:path';
import type { SpecProblem } from '../errors.js';
import { annotationText } from '../report/escape.js';

/** The shape of `core.error` / `core.warning`; passed in so this module never imports @actions/core. */
export type AnnotateFunction = (
  message: string,
  properties: { title?: string; file?: string; startLine?: number; startColumn?: number },
) => void;

/** GitHub shows at most 10 error annotations per step; the rest would be dropped silently, so we summarise them. */
export const maxAnnotationsPerStep = 10;

/**
 * Turns spec problems into annotations on the spec file, so the error shows on the right line in the PR's
 * "Files changed" view. Paths are made relative to the workspace (annotations need repository paths).
 */
export function annotateSpecProblems(
  problems: readonly SpecProblem[],
  annotate: AnnotateFunction,
  options: { workspace?: string; max?: number } = {},
): number {
  const max = options.max ?? maxAnnotationsPerStep;
  const shown = problems.slice(0, problems.length > max ? max - 1 : max);
  for (const problem of shown) {
    const file =
      options.workspace && isAbsolute(problem.file) ? relative(options.workspace, problem.file) : problem.file;
    // The message quotes the spec (a pull request's, untrusted): no escape sequences or bidi controls.
    // The annotation command escapes %, CR and LF itself, so nothing in it can start another command.
    annotate(annotationText(problem.pointer ? `${problem.message} (at ${problem.pointer})` : problem.message), {
      title: 'k8deployer spec',
      file: annotationText(file.split('\\').join('/'), 500),
      startLine: Math.max(1, problem.line),
      startColumn: Math.max(1, problem.column),
    });
  }
  const rest = problems.length - shown.length;
  if (rest > 0) {
    annotate(`${rest} more problem(s) in the spec; see the log for all of them`, { title: 'k8deployer spec' });
  }
  return shown.length + (rest > 0 ? 1 : 0);
}
