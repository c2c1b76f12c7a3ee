// The plan as the CLI prints it, terraform-style: the counts, a warning line for deletions, one line per change
// (identical changes grouped), then the diff under it, cut to a few lines.
import type { PlannedChange, PlannedStepSummary } from '../events.js';
import {
  actionVerb,
  countsLine,
  deletionWarning,
  unknownValuesWarning,
  entryDetail,
  entrySubject,
  planCounts,
  planEntries,
} from '../plan/overview.js';

/** Diff lines printed under one entry; the Markdown reports carry the whole diff. */
export const maxPlanDiffLines = 40;

/** The lines of one cluster's plan (without the cluster prefix the progress reporter adds). */
export function planTextLines(
  changes: PlannedChange[],
  maxDiffLines = maxPlanDiffLines,
  steps: PlannedStepSummary[] = [],
): string[] {
  const lines = [`plan: ${countsLine(planCounts(changes))}`];
  const warning = deletionWarning(changes);
  if (warning) lines.push(warning);
  const unknown = unknownValuesWarning(changes);
  if (unknown) lines.push(unknown);
  for (const entry of planEntries(changes)) {
    const detail = entryDetail(entry);
    const components = entry.components.join(', ');
    lines.push(`  ${actionVerb(entry)} ${entrySubject(entry)}${detail ? `: ${detail}` : ''} (${components})`);
    if (entry.objects.length > 1)
      lines.push(`      ${entry.objects.slice(0, 10).join(', ')}${entry.objects.length > 10 ? ', …' : ''}`);
    // The diff (Secret values already masked by the planner); its indentation is the YAML's structure: keep it.
    const diffLines = (entry.diff ?? '')
      .split('\n')
      .filter((line) => line.length > 0 && !line.startsWith('---') && !line.startsWith('+++'));
    for (const diffLine of diffLines.slice(0, maxDiffLines)) lines.push(`      ${diffLine.slice(0, 200).trimEnd()}`);
    if (diffLines.length > maxDiffLines) lines.push(`      … ${diffLines.length - maxDiffLines} more diff lines`);
  }
  // Steps write no object: not counted as changes, listed as what the deploy will (or will not) do.
  for (const step of steps)
    lines.push(`  ${step.run ? 'will run' : 'will not run'} ${step.request} (${step.component}): ${step.why}`);
  return lines;
}
