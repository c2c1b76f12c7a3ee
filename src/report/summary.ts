import { htmlText, markdownCode, markdownText, safeUrl } from './escape.js';
import { byteLength, codeBlock, lastLinesWithin, truncateBytes } from './format.js';
import { MarkdownBudget, bareUrl, componentLinks, dependencyGraph, headline } from './markdown.js';
import { planSections } from './plan-markdown.js';
import { maskDeep } from './mask.js';
import { blueGreenSection, rolloutSection } from './rollouts.js';
import type { ClusterReport, RunReport } from './result.js';
import { attentionSections, failureCard, failures, verdictLine } from './verdict.js';

/** GitHub refuses a step summary over 1 MiB; stay clearly below it (the runner's own text may follow). */
export const stepSummaryLimitBytes = 1024 * 1024;
export const defaultSummaryMaxBytes = 1000 * 1024;

export interface JobSummaryOptions {
  /** Link to this run's log (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`). */
  runUrl?: string;
  environment?: string;
  previewUrl?: string;
  maxBytes?: number;
  mask?: (text: string) => string;
}

function clusterNotes(cluster: ClusterReport): string | null {
  if (cluster.warnings.length === 0) return null;
  return [
    '<details>',
    `<summary>⚠️ ${htmlText(cluster.name, 60)}: ${cluster.warnings.length} warning(s)</summary>`,
    '',
    codeBlock(lastLinesWithin(cluster.warnings, 16_000)),
    '',
    '</details>',
  ].join('\n');
}

/**
 * The job summary: headline and the verdict per cluster, an open card per failure, what needs attention (green
 * clusters folded), the dependency graph, the plan. Sections are
 * added in that order under a byte budget; what does not fit is dropped whole and counted in a closing note.
 */
export function renderJobSummary(unmasked: RunReport, unmaskedOptions: JobSummaryOptions = {}): string {
  const mask = unmaskedOptions.mask ?? ((text: string) => text);
  // Mask first, escape while rendering: escaping would hide a secret from a masker running over the result.
  const report = maskDeep(unmasked, mask);
  const options = maskDeep({ ...unmaskedOptions, mask: undefined }, mask);
  const maxBytes = Math.min(options.maxBytes ?? defaultSummaryMaxBytes, stepSummaryLimitBytes);
  // Masking can lengthen text (a 4-byte secret becomes "***" — shorter — but be safe): reserve a margin.
  const budget = new MarkdownBudget(maxBytes - 1024);
  const subject = `k8deployer ${markdownText(report.command ?? 'run', 20)} ${markdownCode(report.app ?? 'app', { max: 80 })}`;
  const runUrl = safeUrl(options.runUrl);
  const meta = [
    options.environment ? `environment **${markdownText(options.environment, 80)}**` : '',
    options.previewUrl ? `preview ${bareUrl(options.previewUrl)}` : '',
    runUrl ? `[run log](${runUrl})` : '',
    report.runId ? `run ${markdownCode(report.runId, { max: 40 })}` : '',
  ].filter(Boolean);
  budget.add(
    `## ${headline(report, subject)}\n\n${verdictLine(report)}${meta.length > 0 ? `\n\n${meta.join(' · ')}` : ''}`,
  );
  const cards = failures(report);
  if (cards.length > 0) {
    // Each failure gets a fair share, so one huge log tail cannot crowd out every other failure.
    const share = Math.max(4096, Math.floor((maxBytes * 0.5) / cards.length));
    for (const [index, [cluster, component]] of cards.entries()) {
      // Cards take at most half: the attention table must still fit after them.
      if (budget.remaining < maxBytes / 2) {
        budget.omitted += cards.length - index;
        break;
      }
      budget.add(failureCard(cluster, component, { logLines: 40, maxBytes: Math.min(share, 100_000) }), 512);
    }
  }
  for (const section of attentionSections(report, { links: componentLinks, maxRows: 500 })) budget.add(section);
  const rollouts = rolloutSection(report);
  if (rollouts) budget.add(rollouts, 1024);
  const blueGreen = blueGreenSection(report);
  if (blueGreen) budget.add(blueGreen);

  const graph = dependencyGraph(report);
  if (graph) budget.add(`### Dependencies\n\n${graph}`);

  const planned = report.clusters.filter((cluster) => cluster.changes && cluster.changes.length > 0);
  if (planned.length > 0 && report.command === 'plan') {
    budget.add('### Plan');
    const sections = planSections(planned, {
      tableBytes: Math.floor(maxBytes * 0.1),
      diffBytes: Math.min(Math.floor(maxBytes * 0.1) * planned.length, budget.remaining - 4096),
    });
    for (const section of sections) budget.add(section);
  }

  for (const cluster of report.clusters) {
    const notes = clusterNotes(cluster);
    if (notes) budget.add(notes, 512);
  }
  if (budget.omitted > 0) {
    budget.add(
      `> [!NOTE]\n> ${budget.omitted} section(s) left out to stay under GitHub's 1 MiB summary limit; the full record is in the run log and the \`result\` output.`,
    );
  }
  const text = mask(budget.toString());
  return byteLength(text) <= maxBytes ? text : truncateBytes(text, maxBytes);
}
