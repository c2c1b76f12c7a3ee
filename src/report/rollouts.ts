// The progress of progressive rollouts (canary, blue-green) for the summary and the PR comment: one row per component
// with its phase, step, weight and latest analysis, and what to run next while one is held until promoted. Every
// value from the cluster or the spec goes through the escape helpers.
import { markdownCode, markdownText } from './escape.js';
import type { RunReport } from './result.js';
import { describeBlueGreen } from '../strategy/blue-green/progress.js';
import type { BlueGreenStatus } from '../strategy/blue-green/types.js';
import { RolloutPhase, type ComponentRollout } from '../strategy/types.js';

const phaseText: Record<string, string> = {
  [RolloutPhase.Progressing]: '⏳ progressing',
  [RolloutPhase.Paused]: '⏯️ paused until promoted',
  [RolloutPhase.Promoted]: '✅ promoted',
  [RolloutPhase.Aborted]: '↩️ aborted',
};

function analysisCell(rollout: ComponentRollout): string {
  const run = rollout.lastAnalysis;
  if (!run) return rollout.reason ? markdownText(rollout.reason, 200) : '';
  const failing = run.checks.filter((check) => !check.ok);
  const head = run.ok
    ? `passed ${run.checks.length}/${run.checks.length}`
    : `failed ${failing.length}/${run.checks.length}`;
  const detail = failing[0] ? `: ${failing[0].check}: ${failing[0].detail}` : '';
  return markdownText(`${head}${detail}`, 200);
}

/** The rollouts table, or null when the run had none. */
export function rolloutSection(report: RunReport): string | null {
  const rows: string[] = [];
  let paused = false;
  for (const cluster of report.clusters) {
    // Blue-green components have a table of their own (colors, not steps and weights).
    for (const rollout of (cluster.rollouts ?? []).filter((entry) => !entry.blueGreen)) {
      if (rollout.phase === RolloutPhase.Paused) paused = true;
      const step =
        rollout.step !== undefined && rollout.steps !== undefined ? `${rollout.step + 1}/${rollout.steps}` : '';
      const weight = rollout.weight !== undefined ? `${rollout.weight}%` : '';
      rows.push(
        `| ${markdownText(cluster.name, 60)} | ${markdownCode(rollout.component, { max: 60, table: true })} | ${markdownText(rollout.strategy, 20)}${rollout.traffic ? ` (${markdownText(rollout.traffic, 20)})` : ''} | ${phaseText[rollout.phase] ?? markdownText(rollout.phase, 20)} | ${step} | ${weight} | ${analysisCell(rollout)} |`,
      );
    }
  }
  if (rows.length === 0) return null;
  const app = report.app ?? 'app';
  const next = paused
    ? `\n\n**Next:** continue with ${markdownCode(`k8deployer promote`)} or roll back with ${markdownCode(`k8deployer abort`)} (same spec and clusters; in a workflow: the action with \`command: promote\` / \`command: abort\`) for app ${markdownCode(app, { max: 80 })}.`
    : '';
  return (
    [
      '### Rollouts',
      '',
      '| Cluster | Component | Strategy | Phase | Step | Traffic to new | Analysis |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n') + next
  );
}

export function blueGreenStatuses(
  report: RunReport,
): { cluster: string; status: BlueGreenStatus; rollout: ComponentRollout }[] {
  return report.clusters.flatMap((cluster) =>
    (cluster.rollouts ?? []).flatMap((rollout) =>
      rollout.blueGreen ? [{ cluster: cluster.name, status: rollout.blueGreen, rollout }] : [],
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
    '| cluster | component | step | live | preview | kept | next | analysis |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(({ cluster, status, rollout }) =>
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
        analysisCell(rollout) || '—',
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
