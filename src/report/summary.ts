import { htmlText, markdownCode, markdownText, safeUrl } from './escape.js';
import { byteLength, codeBlock, lastLinesWithin, outcomeEmoji, truncateBytes } from './format.js';
import { MarkdownBudget, bareUrl, dependencyGraph, headline, resultTable } from './markdown.js';
import { planSections } from './plan-markdown.js';
import { maskDeep } from './mask.js';
import { ReportOutcome, type ClusterReport, type ComponentReport, type RunReport } from './result.js';

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

function failureBlock(cluster: ClusterReport, component: ComponentReport, maxBytes: number): string {
  // The title sits in raw HTML (the <details> block), where only HTML escaping means anything.
  const title = `${outcomeEmoji[component.outcome]} ${htmlText(cluster.name, 60)} / <code>${htmlText(component.name, 60)}</code>: ${htmlText(component.reason ?? component.outcome, 200)}`;
  const body: string[] = [];
  if (component.failedObjects.length > 0) {
    body.push(
      '**Objects**',
      '',
      ...component.failedObjects
        .slice(0, 20)
        .map((f) => `- ${markdownCode(f.object, { max: 200 })}: ${markdownText(f.reason, 500)}`),
    );
  }
  const details = component.details;
  // Evidence gets what is left after the title; logs are the most useful and the biggest, so they share the rest.
  const evidenceBudget = Math.max(1024, maxBytes - 2048);
  if (details && details.events.length > 0) {
    body.push('', '**Events**', '', codeBlock(lastLinesWithin(details.events, Math.floor(evidenceBudget / 3))));
  }
  if (details?.logTail && details.logTail.length > 0) {
    body.push(
      '',
      `**Log tail** (last ${details.logTail.length} lines)`,
      '',
      codeBlock(lastLinesWithin(details.logTail, Math.floor((evidenceBudget * 2) / 3))),
    );
  } else if (details?.logUnavailable) {
    body.push('', `*Logs unavailable: ${markdownText(details.logUnavailable, 300)}*`);
  }
  return ['<details>', `<summary>${title}</summary>`, '', ...body, '', '</details>'].join('\n');
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
 * The job summary: headline, cluster × component table, dependency graph, plan, then failure evidence. Sections are
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
  budget.add(`## ${headline(report, subject)}${meta.length > 0 ? `\n\n${meta.join(' · ')}` : ''}`);
  budget.add(resultTable(report, { maxBytes: Math.floor(maxBytes * 0.4) }));

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

  const failures: [ClusterReport, ComponentReport][] = [];
  for (const cluster of report.clusters) {
    for (const component of cluster.components) {
      if (component.outcome === ReportOutcome.Failed || component.failedObjects.length > 0)
        failures.push([cluster, component]);
    }
  }
  if (failures.length > 0) {
    budget.add('### Failures');
    // Each failure gets a fair share, so one huge log tail cannot crowd out every other failure.
    const share = Math.max(4096, Math.floor((budget.remaining - 2048) / failures.length));
    for (const [index, [cluster, component]] of failures.entries()) {
      // Once the budget is spent, count the rest instead of rendering blocks that cannot fit.
      if (budget.remaining < 4096) {
        budget.omitted += failures.length - index;
        break;
      }
      budget.add(failureBlock(cluster, component, Math.min(share, 200_000)), 512);
    }
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
