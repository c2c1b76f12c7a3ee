import { markdownCode, markdownText, safeUrl } from './escape.js';
import { byteLength, formatDuration, truncateBytes } from './format.js';
import { MarkdownBudget, bareUrl, componentLinks, headline } from './markdown.js';
import { planSections } from './plan-markdown.js';
import { maskDeep } from './mask.js';
import { blueGreenSection, rolloutSection } from './rollouts.js';
import type { RunReport } from './result.js';
import { attentionSections, failureCard, failures, verdictLine } from './verdict.js';

/** GitHub refuses comment bodies over 65 536 characters; bytes ≥ characters, so a byte budget is safe. */
export const commentLimitBytes = 65_536;

export interface PrCommentOptions {
  app: string;
  environment: string;
  previewUrl?: string;
  runUrl?: string;
  /** Commit the result is for (shown short). */
  sha?: string;
  maxBytes?: number;
  mask?: (text: string) => string;
  /** When the comment was rendered; shown so a stale comment is recognisable. */
  now?: Date;
}

function markerPart(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_');
}

/** The hidden marker that identifies our comment for one app and environment, so re-runs update it in place. */
export function commentMarker(app: string, environment: string): string {
  return `<!-- k8deployer:${markerPart(app)}:${markerPart(environment)} -->`;
}

/** The sticky PR comment: marker, headline, preview link, results; for plan runs the changes and collapsed diffs. */
export function renderPrComment(unmasked: RunReport, unmaskedOptions: PrCommentOptions): string {
  const mask = unmaskedOptions.mask ?? ((text: string) => text);
  // Mask first, escape while rendering: escaping would hide a secret from a masker running over the result.
  const report = maskDeep(unmasked, mask);
  const options = maskDeep({ ...unmaskedOptions, mask: undefined, now: undefined }, mask);
  const maxBytes = Math.min(options.maxBytes ?? commentLimitBytes, commentLimitBytes);
  // From the masked names; attachReporters returns the same marker, which is how the sticky comment is found.
  const marker = commentMarker(options.app, options.environment);
  const budget = new MarkdownBudget(maxBytes - byteLength(marker) - 1024);
  const subject = `${markdownCode(options.app, { max: 80 })} → **${markdownText(options.environment, 80)}** ${markdownText(report.command ?? 'run', 20)}`;
  budget.add(`### ${headline(report, subject)}\n\n${verdictLine(report)}`);
  if (options.previewUrl) budget.add(`🔗 Preview: ${bareUrl(options.previewUrl)}`);
  const cards = failures(report);
  const share = Math.max(2048, Math.floor((maxBytes * 0.4) / Math.max(1, cards.length)));
  for (const [cluster, component] of cards.slice(0, 5)) {
    budget.add(failureCard(cluster, component, { logLines: 10, maxBytes: Math.min(share, 8_000) }), 1024);
  }
  if (cards.length > 5) budget.add(`*… ${cards.length - 5} more failure(s) in the job summary.*`);
  const rollouts = rolloutSection(report);
  if (rollouts) budget.add(rollouts, 1024);
  for (const section of attentionSections(report, {
    ...(options.previewUrl ? {} : { links: componentLinks }),
    maxRows: 100,
  }))
    budget.add(section, 1024);
  const blueGreen = blueGreenSection(report);
  if (blueGreen) budget.add(blueGreen, 1024);

  if (report.command === 'plan') {
    const planned = report.clusters.filter((cluster) => cluster.changes);
    const sections = planSections(planned, {
      tableBytes: Math.floor((maxBytes * 0.2) / Math.max(1, planned.length)),
      diffBytes: Math.min(Math.floor(maxBytes * 0.3), budget.remaining - 2048),
      perDiffBytes: 8_000,
    });
    for (const section of sections) budget.add(section);
  }

  const runUrl = safeUrl(options.runUrl);
  const footer = [
    options.sha ? `for ${markdownText(options.sha.slice(0, 7), 7)}` : '',
    runUrl ? `[run log](${runUrl})` : '',
    `updated ${(unmaskedOptions.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z')}`,
    report.durationMs > 0 ? `took ${formatDuration(report.durationMs)}` : '',
  ].filter(Boolean);
  if (budget.omitted > 0) budget.add(`*${budget.omitted} section(s) left out to fit a comment; see the run log.*`);
  // The marker stays outside masking and any cut: without it the next run would post a second comment.
  const content = mask(`${budget.toString()}\n<sub>${footer.join(' · ')}</sub>\n`);
  const room = maxBytes - byteLength(marker) - 1;
  return `${marker}\n${byteLength(content) <= room ? content : truncateBytes(content, room)}`;
}
