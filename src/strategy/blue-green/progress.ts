// A blue-green component's status in the shared rollout form (src/strategy/types.ts) and as one line of text.
import { RolloutPhase, StrategyType, type ComponentRollout } from '../types.js';
import { BlueGreenStep, type BlueGreenStatus } from './types.js';

const phaseOf: Record<BlueGreenStep, RolloutPhase> = {
  [BlueGreenStep.FirstDeploy]: RolloutPhase.Progressing,
  [BlueGreenStep.Switching]: RolloutPhase.Progressing,
  [BlueGreenStep.AwaitingPromote]: RolloutPhase.Paused,
  [BlueGreenStep.Steady]: RolloutPhase.Promoted,
  [BlueGreenStep.Aborted]: RolloutPhase.Aborted,
  [BlueGreenStep.RolledBack]: RolloutPhase.Aborted,
  [BlueGreenStep.Promoted]: RolloutPhase.Promoted,
  [BlueGreenStep.SwitchedBack]: RolloutPhase.Aborted,
};

export function blueGreenRollout(status: BlueGreenStatus): ComponentRollout {
  return {
    component: status.component,
    strategy: StrategyType.BlueGreen,
    phase: phaseOf[status.step],
    blueGreen: status,
  };
}

/** One line for logs and reports: `blue → green switching; blue kept until …; next: k8deployer abort …`. */
export function describeBlueGreen(status: BlueGreenStatus): string {
  const parts: string[] = [];
  const { activeColor: live, previewColor: preview, previousColor: before } = status;
  switch (status.step) {
    case BlueGreenStep.FirstDeploy:
      parts.push(`first deploy: ${live} is live`);
      break;
    case BlueGreenStep.Switching:
      parts.push(`${before ?? '?'} → ${live}: switches once ${live} is ready`);
      break;
    case BlueGreenStep.AwaitingPromote:
      parts.push(`${live} stays live; the new version runs on ${preview} (preview Service) and waits for promote`);
      break;
    case BlueGreenStep.Steady:
      parts.push(`${live} is live, nothing to switch`);
      break;
    case BlueGreenStep.Aborted:
      parts.push(`this version was aborted: ${live} stays live, ${preview} keeps the aborted version on the preview`);
      break;
    case BlueGreenStep.RolledBack:
      parts.push(`not switched: ${live} is still live`);
      break;
    case BlueGreenStep.Promoted:
      parts.push(`promoted: ${before ?? '?'} → ${live}`);
      break;
    case BlueGreenStep.SwitchedBack:
      parts.push(`switched back: ${before ?? '?'} → ${live}`);
      break;
  }
  if (status.kept) parts.push(`${status.kept.color} kept until ${status.kept.until}`);
  if (status.removes) parts.push(`${status.removes} removed (keepFor ended)`);
  if (status.next) parts.push(`next: ${status.next}`);
  return parts.join('; ');
}
