import { markdownText, mermaidLabel, safeUrl } from './escape.js';
import { byteLength, codeBlock, formatDuration, outcomeLabel } from './format.js';
import type { ComponentReport, RunReport } from './result.js';
import { ReportOutcome, worstOutcome } from './result.js';
import { appComponent } from '../render/context.js';

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

/** A link to a URL we publish (an ingress, the run log); anything that is not a plain http(s) URL stays text. */
export function markdownLink(url: string, label?: string): string {
  const target = safeUrl(url);
  if (!target) return markdownText(url, 120);
  const text = label ?? url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return `[${markdownText(text, 80)}](${target})`;
}

/** The Link cell of a component: its URLs, unless it was deleted (a link would send readers to nothing). */
export function componentLinks(component: ComponentReport): string {
  if (component.outcome === ReportOutcome.Deleted) return '';
  return component.urls
    .slice(0, 3)
    .map((url) => markdownLink(url))
    .join('<br>');
}

/** A URL shown bare (GitHub autolinks it) when it is a plain http(s) URL; otherwise inert text. */
export function bareUrl(url: string): string {
  return safeUrl(url) ?? markdownText(url, 200);
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
  [ReportOutcome.Paused]: 'fill:#ddf4ff,stroke:#9a6700,color:#1f2328',
  [ReportOutcome.Pending]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
};

/**
 * The part of a big graph worth drawing: components that did not simply succeed (failed, cancelled, changed…) and
 * their direct neighbours, so a 50-service app shows the failure and what it touches, not a wall of green.
 */
function focusedNodes(
  components: Map<string, { depends: Set<string>; outcomes: ComponentReport['outcome'][]; changed: boolean }>,
): Set<string> {
  const hot = new Set(
    [...components]
      .filter(([, entry]) => entry.changed || worstOutcome(entry.outcomes) !== ReportOutcome.Succeeded)
      .map(([name]) => name),
  );
  const focus = new Set(hot);
  for (const [name, entry] of components) {
    for (const dependency of entry.depends) {
      if (hot.has(name)) focus.add(dependency);
      if (hot.has(dependency)) focus.add(name);
    }
  }
  return focus.size === components.size && hot.size === 0 ? new Set() : focus;
}

/**
 * Component dependency graph, each node coloured by its worst outcome over all clusters. Null when there is nothing
 * to draw or too much to draw readably.
 */
export function dependencyGraph(report: RunReport, maxNodes = 60, focusAbove = 15): string | null {
  const components = new Map<
    string,
    { depends: Set<string>; outcomes: ComponentReport['outcome'][]; changed: boolean }
  >();
  for (const cluster of report.clusters) {
    for (const component of cluster.components) {
      // The app's shared objects (namespace, secrets) are no step of the app a reader follows, unless they failed.
      if (component.name === appComponent && component.outcome !== ReportOutcome.Failed) continue;
      const entry = components.get(component.name) ?? { depends: new Set<string>(), outcomes: [], changed: false };
      for (const dependency of component.depends) entry.depends.add(dependency);
      entry.outcomes.push(component.outcome);
      entry.changed ||= (component.previousImages ?? []).some((image) => !component.images.includes(image));
      components.set(component.name, entry);
    }
  }
  if (components.size === 0) return null;
  if (components.size > focusAbove) {
    const focus = focusedNodes(components);
    if (focus.size === 0) return null;
    for (const name of [...components.keys()]) if (!focus.has(name)) components.delete(name);
  }
  if (components.size > maxNodes) return null;
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
