import { markdownCode, markdownText, mermaidLabel, safeUrl } from './escape.js';
import { byteLength, codeBlock, formatDuration, outcomeLabel } from './format.js';
import type { ClusterReport, ComponentReport, RunReport } from './result.js';
import { ReportOutcome, worstOutcome } from './result.js';

/** Markdown building blocks shared by the job summary and the PR comment. */

/**
 * Collects sections in priority order under a byte budget: a section that does not fit is dropped (and counted) so
 * the document stays well-formed instead of being cut in the middle of a table or a code block.
 */
export class MarkdownBudget {
  private readonly parts: string[] = [];
  private used = 0;
  omitted = 0;

  constructor(private readonly maxBytes: number) {}

  get remaining(): number {
    return this.maxBytes - this.used;
  }

  /** Adds the section if it fits (with `reserve` bytes left for what must follow); returns whether it did. */
  add(section: string, reserve = 0): boolean {
    const size = byteLength(section) + 2;
    if (this.used + size + reserve > this.maxBytes) {
      this.omitted += 1;
      return false;
    }
    this.parts.push(section);
    this.used += size;
    return true;
  }

  toString(): string {
    return this.parts.join('\n\n') + '\n';
  }
}

function durationCell(durationMs: number, outcome: ComponentReport['outcome']): string {
  return durationMs === 0 && (outcome === ReportOutcome.Skipped || outcome === ReportOutcome.Pending)
    ? ''
    : formatDuration(durationMs);
}

/** A link to a URL we publish (an ingress, the run log); anything that is not a plain http(s) URL stays text. */
export function markdownLink(url: string, label?: string): string {
  const target = safeUrl(url);
  if (!target) return markdownText(url, 120);
  const text = label ?? url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `[${markdownText(text, 80)}](${target})`;
}

/** A URL shown bare (GitHub autolinks it) when it is a plain http(s) URL; otherwise inert text. */
export function bareUrl(url: string): string {
  return safeUrl(url) ?? markdownText(url, 200);
}

function rollbackText(cluster: ClusterReport): string {
  if (!cluster.rollback) return '';
  const target =
    cluster.rollback.toRevision === null ? 'first install removed' : `to revision ${cluster.rollback.toRevision}`;
  if (cluster.rollback.ok === undefined) return `rollback ${target} running`;
  return cluster.rollback.ok
    ? `rolled back ${target}`
    : `rollback ${target} failed${cluster.rollback.reason ? `: ${cluster.rollback.reason}` : ''}`;
}

/** One row per cluster × component; rows beyond the budget collapse into a "… N more" row. */
export function resultTable(report: RunReport, options: { maxBytes: number; links?: boolean }): string {
  const links = options.links ?? true;
  const header = links
    ? ['| Cluster | Component | Status | Duration | Reason | Link |', '|---|---|---|---|---|---|']
    : ['| Cluster | Component | Status | Duration | Reason |', '|---|---|---|---|---|'];
  const rows: string[] = [];
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  for (const cluster of report.clusters) {
    const components: (ComponentReport | undefined)[] =
      cluster.components.length > 0 ? cluster.components : [undefined];
    for (const component of components) {
      const cells = component
        ? [
            markdownText(cluster.name, 60),
            markdownCode(component.name, { max: 60, table: true }),
            outcomeLabel(component.outcome),
            durationCell(component.durationMs, component.outcome),
            markdownText(component.reason ?? ''),
          ]
        : [
            markdownText(cluster.name, 60),
            '—',
            outcomeLabel(cluster.outcome),
            durationCell(cluster.durationMs, cluster.outcome),
            markdownText(cluster.reason ?? ''),
          ];
      // A deleted component is no longer served at its URL: linking it would send readers to nothing (or to
      // production).
      const live = component && component.outcome !== ReportOutcome.Deleted;
      if (links)
        cells.push(
          live
            ? component.urls
                .slice(0, 3)
                .map((url) => markdownLink(url))
                .join('<br>')
            : '',
        );
      rows.push(row(cells));
    }
    const rollback = rollbackText(cluster);
    if (
      cluster.components.length > 0 &&
      (rollback || (cluster.reason && cluster.outcome !== ReportOutcome.Succeeded))
    ) {
      const cells = [
        markdownText(cluster.name, 60),
        '*(cluster)*',
        outcomeLabel(cluster.outcome),
        formatDuration(cluster.durationMs),
        markdownText([cluster.reason, rollback].filter(Boolean).join('; ')),
      ];
      if (links) cells.push('');
      rows.push(row(cells));
    }
  }
  const lines = [...header];
  let size = byteLength(lines.join('\n'));
  for (const [index, line] of rows.entries()) {
    const more = rows.length - index;
    if (size + byteLength(line) + 1 + 80 > options.maxBytes) {
      lines.push(
        row([
          `… ${more} more row${more === 1 ? '' : 's'} (see the \`result\` output)`,
          '',
          '',
          '',
          '',
          ...(links ? [''] : []),
        ]),
      );
      break;
    }
    lines.push(line);
    size += byteLength(line) + 1;
  }
  return lines.join('\n');
}

const classStyles: Record<ReportOutcome, string> = {
  [ReportOutcome.Succeeded]: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
  [ReportOutcome.Failed]: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
  [ReportOutcome.RolledBack]: 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
  [ReportOutcome.Cancelled]: 'fill:#ffebe9,stroke:#9a6700,color:#1f2328',
  [ReportOutcome.Skipped]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
  [ReportOutcome.Planned]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
  [ReportOutcome.Deleted]: 'fill:#f6f8fa,stroke:#57606a,color:#1f2328',
  [ReportOutcome.Running]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
  [ReportOutcome.Pending]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
};

/**
 * Component dependency graph, each node coloured by its worst outcome over all clusters. Null when there is nothing
 * to draw or too much to draw readably.
 */
export function dependencyGraph(report: RunReport, maxNodes = 60): string | null {
  const components = new Map<string, { depends: Set<string>; outcomes: ComponentReport['outcome'][] }>();
  for (const cluster of report.clusters) {
    for (const component of cluster.components) {
      const entry = components.get(component.name) ?? { depends: new Set<string>(), outcomes: [] };
      for (const dependency of component.depends) entry.depends.add(dependency);
      entry.outcomes.push(component.outcome);
      components.set(component.name, entry);
    }
  }
  if (components.size === 0 || components.size > maxNodes) return null;
  const ids = new Map([...components.keys()].map((name, index) => [name, `c${index}`]));
  const lines = ['graph LR'];
  const classes = new Map<ReportOutcome, string[]>();
  for (const [name, entry] of components) {
    const outcome = worstOutcome(entry.outcomes);
    const id = ids.get(name) ?? '';
    lines.push(`  ${id}["${mermaidLabel(name)}"]`);
    classes.set(outcome, [...(classes.get(outcome) ?? []), id]);
  }
  for (const [name, entry] of components) {
    for (const dependency of entry.depends) {
      const from = ids.get(dependency);
      if (from) lines.push(`  ${from} --> ${ids.get(name) ?? ''}`);
    }
  }
  for (const [outcome, members] of classes) {
    const className = outcome.replace(/[^a-z]/g, '');
    lines.push(`  classDef ${className} ${classStyles[outcome]}`);
    lines.push(`  class ${members.join(',')} ${className}`);
  }
  return codeBlock(lines.join('\n'), 'mermaid');
}

export function headline(report: RunReport, subject: string): string {
  const outcome = report.outcome;
  const duration = report.durationMs > 0 ? ` in ${formatDuration(report.durationMs)}` : '';
  return `${outcomeLabel(outcome).split(' ')[0]} ${subject}: **${outcome}**${duration}`;
}
