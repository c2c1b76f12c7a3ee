// The "Rollouts" section of the job summary and PR comment: where each blue-green component stands and what to run
// next. Text comes from the spec and the revision (names, colors, times), still escaped like any other.
import { describeBlueGreen } from '../strategy/blue-green/progress.js';
import type { BlueGreenStatus } from '../strategy/blue-green/types.js';
import { markdownCode, markdownText } from './escape.js';
import type { RunReport } from './result.js';

export function blueGreenStatuses(report: RunReport): { cluster: string; status: BlueGreenStatus }[] {
  return report.clusters.flatMap((cluster) =>
    (cluster.rollouts ?? []).flatMap((rollout) =>
      rollout.blueGreen ? [{ cluster: cluster.name, status: rollout.blueGreen }] : [],
    ),
  );
}

/** A markdown table, or undefined when the run has no blue-green component. */
export function blueGreenSection(report: RunReport): string | undefined {
  const rows = blueGreenStatuses(report);
  if (rows.length === 0) return undefined;
  const cell = (text: string | undefined) => (text ? markdownText(text, 200) : '—');
  return [
    '### Blue-green',
    '',
    '| cluster | component | step | live | preview | kept | next |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(({ cluster, status }) =>
      [
        '',
        cell(cluster),
        cell(status.component),
        cell(status.step),
        `**${cell(status.activeColor)}**`,
        cell(status.previewColor),
        status.kept
          ? `${cell(status.kept.color)} until ${cell(status.kept.until)}`
          : status.removes
            ? `${cell(status.removes)} removed`
            : '—',
        status.next ? markdownCode(status.next, { max: 80, table: true }) : '—',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ].join('\n');
}

/** For the GitHub Deployment status: one short line per blue-green component (`api: green live, blue kept`). */
export function blueGreenDescription(report: RunReport): string | undefined {
  const rows = blueGreenStatuses(report);
  if (rows.length === 0) return undefined;
  return rows.map(({ status }) => `${status.component}: ${describeBlueGreen(status)}`).join('; ');
}
