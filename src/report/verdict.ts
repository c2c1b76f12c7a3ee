import { markdownCode, markdownText, oneLine } from './escape.js';
import { codeBlock, formatDuration, lastLinesWithin, outcomeEmoji, outcomeLabel } from './format.js';
import { ReportOutcome, type ClusterReport, type ComponentReport, type RunReport } from './result.js';

/**
 * The parts of the summary and the comment that lead with the verdict: one line per cluster, then only what needs
 * attention, then an open card per failure. Every piece of cluster text goes through the escape helpers.
 */

export const FailureType = {
  ImagePull: 'image-pull',
  CrashLoop: 'crash-loop',
  Unschedulable: 'unschedulable',
  Quota: 'quota',
  Forbidden: 'forbidden',
  Timeout: 'timeout',
  Other: 'other',
} as const;
export type FailureType = (typeof FailureType)[keyof typeof FailureType];

export interface FailureDiagnosis {
  type: FailureType;
  /** A short cause for the verdict line, plain text (escape at the sink). */
  cause: string;
  /** The image that could not be pulled, the exit code, the missing verb: what the hint names. */
  image?: string;
  exitCode?: string;
  rbac?: { verb: string; resource: string };
  hint: string;
}

/** Components that stand for the app itself (namespace, pull secret) are bookkeeping, not rows a reader needs. */
export function isAppComponent(component: ComponentReport): boolean {
  return /^\(.*\)$/.test(component.name);
}

function evidence(component: ComponentReport): string {
  return [
    component.reason ?? '',
    ...component.failedObjects.map((f) => f.reason),
    ...(component.details?.events ?? []),
  ].join('\n');
}

/** Reads the failure type from the reason and the Warning events; the hint says what to check for that type. */
export function diagnose(component: ComponentReport): FailureDiagnosis {
  const text = evidence(component);
  const image =
    /image "([^"\s]+)"/i.exec(text)?.[1] ?? /(?:pull|image)\s+'?([\w./-]+:[\w.-]+)'?/i.exec(text)?.[1] ?? undefined;
  if (/exceeded quota|ResourceQuota/i.test(text)) {
    const which = /exceeded quota: ([^,\s]+)/i.exec(text)?.[1];
    return {
      type: FailureType.Quota,
      cause: `quota exceeded${which ? ` (${which})` : ''}`,
      hint: 'The namespace ResourceQuota is used up: lower the resources.requests/limits or replicas, or raise the quota (`kubectl describe resourcequota`).',
    };
  }
  const rbac = /cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?/i.exec(text);
  if (rbac || /\bforbidden\b/i.test(text)) {
    const verb = rbac?.[1] ?? '?';
    const resource = rbac ? `${rbac[2]}${rbac[3] ? `.${rbac[3]}` : ''}` : '?';
    return {
      type: FailureType.Forbidden,
      cause: rbac ? `forbidden: cannot ${verb} ${resource}` : 'forbidden',
      rbac: { verb, resource },
      hint: rbac
        ? `The deploy identity lacks RBAC verb ${markdownCode(verb, { max: 40 })} on ${markdownCode(resource, { max: 80 })}: add it to its Role/ClusterRole.`
        : 'The deploy identity lacks a permission: check its Role/ClusterRole bindings (`kubectl auth can-i --list`).',
    };
  }
  if (
    /ImagePullBackOff|ErrImagePull|manifest unknown|pull access denied|not found/i.test(text) &&
    image !== undefined
  ) {
    return {
      type: FailureType.ImagePull,
      cause: `ImagePullBackOff ${image} not found`,
      image,
      hint: 'Check the image tag exists in the registry, the registry host is right, and the pull secret (`imagePullSecrets`) grants access.',
    };
  }
  if (/ImagePullBackOff|ErrImagePull/i.test(text)) {
    const fallback = component.images[0];
    return {
      type: FailureType.ImagePull,
      cause: `ImagePullBackOff${fallback ? ` ${fallback}` : ''}`,
      ...(fallback ? { image: fallback } : {}),
      hint: 'Check the image tag exists in the registry, the registry host is right, and the pull secret (`imagePullSecrets`) grants access.',
    };
  }
  if (/CrashLoopBackOff|exit(?:ed)? (?:with )?code|OOMKilled|terminated/i.test(text)) {
    const exitCode = /exit(?:ed)?(?: with)? code:? (\d+)/i.exec(text)?.[1];
    const oom = /OOMKilled/i.test(text);
    return {
      type: FailureType.CrashLoop,
      cause: `${oom ? 'OOMKilled' : 'CrashLoopBackOff'}${exitCode ? ` (exit code ${exitCode})` : ''}`,
      ...(exitCode ? { exitCode } : {}),
      hint: oom
        ? 'The container ran out of memory: raise resources.limits.memory or reduce its use.'
        : `The container exits${exitCode ? ` with code ${exitCode}` : ''}: read the last log lines below; check its command, config and environment.`,
    };
  }
  if (/Unschedulable|FailedScheduling|Insufficient|nodes are available/i.test(text)) {
    const scheduler = /\d+\/\d+ nodes are available[^\n]*/i.exec(text)?.[0];
    return {
      type: FailureType.Unschedulable,
      cause: `unschedulable${scheduler ? `: ${scheduler}` : ''}`,
      hint: 'No node has room: compare the containers’ resources.requests with the nodes’ allocatable capacity (`kubectl describe nodes`); lower the requests or add nodes.',
    };
  }
  if (/timed? ?out|deadline|did not become ready/i.test(text)) {
    return {
      type: FailureType.Timeout,
      cause: oneLine(component.reason ?? 'timed out', 120),
      hint: 'Not ready in time: check the readiness probe and the events below, or raise the timeout.',
    };
  }
  return {
    type: FailureType.Other,
    cause: oneLine(component.reason ?? 'failed', 120),
    hint: 'See the events and the log tail below; the run log has the full record.',
  };
}

/** `repo:1.2.3` → `1.2.3` when both sides share the repository, so `old → new` stays short. */
function tagOf(image: string): string {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? image.slice(at + 1) : image;
}

function repoOf(image: string): string {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? image.slice(0, at) : image;
}

/** Old → new image per component (markdown): `api:1.2.3 → 1.2.4`; unchanged images show once. */
export function versionCell(component: ComponentReport): string {
  const previous = component.previousImages ?? [];
  const cells = component.images.slice(0, 3).map((image) => {
    const old = previous.find((p) => repoOf(p) === repoOf(image));
    if (old === undefined || old === image) return markdownCode(image, { max: 120, table: true });
    return `${markdownCode(old, { max: 120, table: true })} → ${markdownCode(tagOf(image), { max: 60, table: true })}`;
  });
  return cells.join('<br>');
}

/** What runs after a rollback: the revision, and the image it runs when the deploy's dry run said so. */
function rollbackPhrase(cluster: ClusterReport, culprit: ComponentReport | undefined): string {
  const rollback = cluster.rollback;
  if (!rollback) return '';
  if (rollback.ok === undefined) return ' → rolling back';
  if (!rollback.ok) return ' → rollback failed';
  if (rollback.toRevision === null) return ' → first install removed';
  const old = culprit?.previousImages?.[0];
  return ` → rolled back to ${old ? `${markdownCode(tagOf(old), { max: 60 })} (revision ${rollback.toRevision})` : `revision ${rollback.toRevision}`}`;
}

/** The cluster's verdict for the first line: `❌ production: \`api\` ImagePullBackOff … → rolled back to 2.4.1`. */
export function clusterVerdict(cluster: ClusterReport): string {
  const name = markdownText(cluster.name, 60);
  const emoji = outcomeEmoji[cluster.outcome];
  const culprit = cluster.components.find((c) => c.outcome === ReportOutcome.Failed);
  if (cluster.outcome === ReportOutcome.Failed || cluster.outcome === ReportOutcome.RolledBack) {
    const cause = culprit
      ? `${markdownCode(culprit.name, { max: 60 })} ${causeMarkdown(diagnose(culprit))}`
      : markdownText(firstClause(cluster.reason ?? cluster.outcome), 160);
    // A rolled-back cluster is a failed deploy: the verdict says ❌, the phrase says what runs now.
    return `❌ ${name}: ${cause}${rollbackPhrase(cluster, culprit)}`;
  }
  if (cluster.outcome === ReportOutcome.Cancelled) {
    return `${emoji} ${name}: cancelled${cluster.reason ? ` (${markdownText(firstClause(cluster.reason), 120)})` : ''}${rollbackPhrase(cluster, culprit)}`;
  }
  if (cluster.outcome === ReportOutcome.Paused) {
    return `${emoji} ${name}: rollout paused${cluster.reason ? ` (${markdownText(cluster.reason, 200)})` : ''}`;
  }
  if (cluster.outcome === ReportOutcome.Skipped && cluster.reason) {
    return `${emoji} ${name}: skipped (${markdownText(cluster.reason, 120)})`;
  }
  return `${emoji} ${name}`;
}

/** The cause with the image in a code span (the image is the thing to check). */
function causeMarkdown(diagnosis: FailureDiagnosis): string {
  if (diagnosis.type === FailureType.ImagePull && diagnosis.image) {
    const rest = diagnosis.cause.replace(diagnosis.image, '\u0000').split('\u0000');
    return rest
      .map((part) => markdownText(part.trim(), 120))
      .join(` ${markdownCode(diagnosis.image, { max: 120 })} `)
      .trim();
  }
  return markdownText(diagnosis.cause, 160);
}

/** The engine joins "cause; rolled back to revision 3": the rollback phrase is said once, by rollbackPhrase. */
function firstClause(reason: string): string {
  return reason.split(/; (?=rolled back|rollback|not rolled back)/)[0] ?? reason;
}

/** All clusters' verdicts, worst first, on one line. */
export function verdictLine(report: RunReport): string {
  const order: ReportOutcome[] = [
    ReportOutcome.Failed,
    ReportOutcome.RolledBack,
    ReportOutcome.Cancelled,
    ReportOutcome.Running,
    ReportOutcome.Pending,
    ReportOutcome.Skipped,
  ];
  const rank = (c: ClusterReport): number => {
    const index = order.indexOf(c.outcome);
    return index < 0 ? order.length : index;
  };
  return [...report.clusters]
    .sort((a, b) => rank(a) - rank(b))
    .map(clusterVerdict)
    .join(' · ');
}

export function isGreen(cluster: ClusterReport): boolean {
  return (
    (cluster.outcome === ReportOutcome.Succeeded ||
      cluster.outcome === ReportOutcome.Planned ||
      cluster.outcome === ReportOutcome.Deleted) &&
    cluster.components.every((c) => c.outcome === cluster.outcome || isAppComponent(c))
  );
}

/** A component needs attention when it failed, was affected by a failure, or changes version. */
export function needsAttention(component: ComponentReport): boolean {
  if (isAppComponent(component)) return false;
  if (component.outcome !== ReportOutcome.Succeeded && component.outcome !== ReportOutcome.Planned) return true;
  const previous = component.previousImages ?? [];
  return component.images.some((image) => previous.some((p) => repoOf(p) === repoOf(image) && p !== image));
}

interface Column {
  title: string;
  cell: (cluster: ClusterReport, component: ComponentReport) => string;
}

/**
 * A table of the given rows with only the columns that have something to say: no empty Version, Reason or Link
 * column, no Cluster column for a single cluster.
 */
export function componentRows(
  rows: [ClusterReport, ComponentReport][],
  options: { links?: (component: ComponentReport) => string; maxRows?: number } = {},
): string {
  if (rows.length === 0) return '';
  const columns: Column[] = [];
  if (new Set(rows.map(([cluster]) => cluster.name)).size > 1)
    columns.push({ title: 'Cluster', cell: (cluster) => markdownText(cluster.name, 60) });
  columns.push({ title: 'Component', cell: (_, c) => markdownCode(c.name, { max: 60, table: true }) });
  columns.push({ title: 'Status', cell: (_, c) => outcomeLabel(c.outcome) });
  const optional: Column[] = [
    { title: 'Version', cell: (_, c) => versionCell(c) },
    {
      title: 'Duration',
      cell: (_, c) => (c.durationMs > 0 ? formatDuration(c.durationMs) : ''),
    },
    { title: 'Reason', cell: (_, c) => (c.reason ? markdownText(firstClause(c.reason), 200) : '') },
    ...(options.links
      ? [{ title: 'Link', cell: (_: ClusterReport, c: ComponentReport) => options.links?.(c) ?? '' }]
      : []),
  ];
  const maxRows = options.maxRows ?? 200;
  const shown = rows.slice(0, maxRows);
  for (const column of optional) {
    if (shown.some(([cluster, component]) => column.cell(cluster, component) !== '')) columns.push(column);
  }
  const lines = [
    `| ${columns.map((c) => c.title).join(' | ')} |`,
    `|${columns.map(() => '---').join('|')}|`,
    ...shown.map(([cluster, component]) => `| ${columns.map((c) => c.cell(cluster, component)).join(' | ')} |`),
  ];
  if (rows.length > shown.length)
    lines.push('', `*… ${rows.length - shown.length} more row(s) in the \`result\` output.*`);
  return lines.join('\n');
}

/**
 * What follows the verdict: a table of what needs attention in clusters that are not all green, and the green
 * clusters folded into one collapsed table.
 */
export function attentionSections(
  report: RunReport,
  options: { links?: (component: ComponentReport) => string; maxRows?: number } = {},
): string[] {
  const sections: string[] = [];
  const attention: [ClusterReport, ComponentReport][] = [];
  for (const cluster of report.clusters) {
    if (isGreen(cluster)) continue;
    for (const component of cluster.components) if (needsAttention(component)) attention.push([cluster, component]);
  }
  if (attention.length > 0) sections.push(componentRows(attention, options));
  const green = report.clusters.filter(isGreen);
  const greenRows = green.flatMap((cluster) =>
    cluster.components.filter((c) => !isAppComponent(c)).map((c): [ClusterReport, ComponentReport] => [cluster, c]),
  );
  if (greenRows.length > 0) {
    const names = green.map((c) => markdownText(c.name, 60)).join(', ');
    const label = `${outcomeEmoji[green[0]?.outcome ?? ReportOutcome.Succeeded]} ${names}: ${greenRows.length} component(s) ${green[0]?.outcome ?? 'succeeded'}`;
    sections.push(
      ['<details>', `<summary>${label}</summary>`, '', componentRows(greenRows, options), '', '</details>'].join('\n'),
    );
  }
  return sections;
}

/** The failure cards' components: what failed, in cluster order. */
export function failures(report: RunReport): [ClusterReport, ComponentReport][] {
  const list: [ClusterReport, ComponentReport][] = [];
  for (const cluster of report.clusters)
    for (const component of cluster.components)
      if (component.outcome === ReportOutcome.Failed) list.push([cluster, component]);
  return list;
}

/**
 * The Warning event that explains the failure best: one naming the failure, else the first Warning. A Normal event
 * explains no failure, so the card shows none rather than one.
 */
function keyEvent(component: ComponentReport): string | undefined {
  const events = component.details?.events ?? [];
  return (
    events.find((e) => /^Warning\b/.test(e) && /fail|backoff|error|forbidden|quota|insufficient/i.test(e)) ??
    events.find((e) => /^Warning\b/.test(e))
  );
}

/**
 * An open (never collapsed) card: the cause in one line, the key Warning event, the log tail and a hint for the
 * failure type. `logLines` bounds the tail (the comment shows fewer than the summary).
 */
export function failureCard(
  cluster: ClusterReport,
  component: ComponentReport,
  options: { logLines: number; maxBytes: number },
): string {
  const diagnosis = diagnose(component);
  const lines = [
    `#### ❌ ${markdownText(cluster.name, 60)} / ${markdownCode(component.name, { max: 60 })}: ${causeMarkdown(diagnosis)}`,
    '',
  ];
  const reason = component.failedObjects[0]?.reason ?? component.reason;
  if (reason) lines.push(`**Cause:** ${markdownText(firstClause(reason), 300)}`);
  const event = keyEvent(component);
  if (event) lines.push('', `**Event:** ${markdownCode(event, { max: 300 })}`);
  const tail = component.details?.logTail ?? [];
  if (tail.length > 0) {
    const shown = tail.slice(-options.logLines);
    lines.push(
      '',
      `**Log tail** (last ${shown.length} line${shown.length === 1 ? '' : 's'})`,
      '',
      codeBlock(lastLinesWithin(shown, Math.max(512, options.maxBytes - 1024))),
    );
  } else if (component.details?.logUnavailable) {
    lines.push('', `Logs unavailable: ${markdownText(component.details.logUnavailable, 200)}`);
  }
  lines.push('', `> 💡 ${diagnosis.hint}`);
  return lines.join('\n');
}
