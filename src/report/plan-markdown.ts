// The plan in the job summary and the PR comment: per cluster the counts, a warning when something is deleted,
// a table of the changes (identical ones grouped), then collapsed diffs. The diff budget is shared fairly: each
// cluster gets an equal share of what is left, and what one cluster does not use passes to the next.
import { ChangeAction } from '../events.js';
import {
  countsLine,
  deletionWarning,
  unknownValuesWarning,
  entryDetail,
  entrySubject,
  planCounts,
  planEntries,
  type PlanEntry,
} from '../plan/overview.js';
import { htmlText, markdownCode, markdownText } from './escape.js';
import { byteLength, codeBlock, truncateBytes } from './format.js';
import type { ClusterReport } from './result.js';

const actionLabel: Record<ChangeAction, string> = {
  [ChangeAction.Create]: '➕ add',
  [ChangeAction.Update]: '✏️ change',
  [ChangeAction.Replace]: '♻️ replace',
  [ChangeAction.Delete]: '➖ delete',
  [ChangeAction.Unchanged]: 'unchanged',
};

function label(entry: PlanEntry): string {
  return entry.supersedes ? '✏️ content' : actionLabel[entry.action];
}

/** Counts, deletion warning and a table of every change; rows that do not fit are counted. */
export function planTable(cluster: ClusterReport, maxBytes: number): string {
  const changes = cluster.changes ?? [];
  const lines = [`**${markdownText(cluster.name, 60)}**: ${countsLine(planCounts(changes))}`];
  const warning = deletionWarning(changes);
  if (warning) lines.push('', `> [!WARNING]\n> ${markdownText(warning, 600)}`);
  const unknown = unknownValuesWarning(changes);
  if (unknown) lines.push('', `> [!WARNING]\n> ${markdownText(unknown, 600)}`);
  const entries = planEntries(changes);
  const steps = cluster.steps ?? [];
  if (entries.length === 0 && steps.length === 0) return lines.join('\n');
  lines.push('', '| Change | Object | Component |', '|---|---|---|');
  // Steps first: few, and what a reviewer most needs to see (a request to an outside system).
  for (const step of steps.slice(0, 50))
    lines.push(
      `| ${step.run ? '▶️ will run' : '⏸️ will not run'} | ${markdownCode(step.request, { max: 200, table: true })} ${markdownText(step.why, 200)} | ${markdownText(step.component, 120)} |`,
    );
  let size = byteLength(lines.join('\n'));
  for (const [index, entry] of entries.entries()) {
    const detail = entryDetail(entry);
    const subject =
      entry.objects.length === 1
        ? markdownCode(entrySubject(entry), { max: 200, table: true })
        : markdownText(entrySubject(entry), 80);
    const line = `| ${label(entry)} | ${subject}${detail ? ` ${markdownText(detail, 300)}` : ''} | ${markdownText(entry.components.join(', '), 120)} |`;
    if (size + byteLength(line) + 80 > maxBytes) {
      lines.push(`| … ${entries.length - index} more | | |`);
      break;
    }
    lines.push(line);
    size += byteLength(line) + 1;
  }
  return lines.join('\n');
}

/** Collapsed diffs of one cluster's entries, each capped, until `maxBytes` runs out. */
export function planDiffs(cluster: ClusterReport, maxBytes: number, perDiffBytes = 16_000): string | null {
  const withDiff = planEntries(cluster.changes ?? []).filter((entry) => entry.diff && entry.diff.trim() !== '');
  if (withDiff.length === 0) return null;
  const blocks: string[] = [];
  let size = 0;
  for (const [index, entry] of withDiff.entries()) {
    const title =
      entry.objects.length === 1 ? entrySubject(entry) : `${entrySubject(entry)} (first: ${entry.objects[0] ?? ''})`;
    const block = [
      `<details><summary>diff <code>${htmlText(title, 200)}</code></summary>`,
      '',
      codeBlock(truncateBytes(entry.diff ?? '', perDiffBytes), 'diff'),
      '',
      '</details>',
    ].join('\n');
    if (size + byteLength(block) + 120 > maxBytes) {
      // A paragraph of its own: Markdown right after `</details>` would be read as part of the HTML block.
      blocks.push(`… ${withDiff.length - index} more diff(s) of ${markdownText(cluster.name, 60)} not shown.`);
      break;
    }
    blocks.push(block);
    size += byteLength(block) + 2;
  }
  return blocks.join('\n\n');
}

/**
 * Every planned cluster's table and diffs. `diffBytes` is shared across clusters: the first cluster cannot take
 * it all and leave the last two diffs.
 */
export function planSections(
  clusters: ClusterReport[],
  options: { tableBytes: number; diffBytes: number; perDiffBytes?: number },
): string[] {
  const sections: string[] = [];
  let left = Math.max(0, options.diffBytes);
  for (const [index, cluster] of clusters.entries()) {
    sections.push(planTable(cluster, options.tableBytes));
    const share = Math.floor(left / (clusters.length - index));
    const diffs = planDiffs(cluster, share, options.perDiffBytes);
    if (diffs) {
      sections.push(diffs);
      left -= byteLength(diffs) + 2;
    }
  }
  return sections;
}
