import type { DeployEvent } from '../events.js';
import { blueGreenRollout, describeBlueGreen } from '../strategy/blue-green/progress.js';
import type { BlueGreenStatus } from '../strategy/blue-green/types.js';
import type { AnalysisRun } from '../strategy/types.js';

/** A blue-green component's status as the shared strategy-progress event every reporter reads. */
export function blueGreenEvent(cluster: string, status: BlueGreenStatus, lastAnalysis?: AnalysisRun): DeployEvent {
  return {
    type: 'strategy-progress',
    cluster,
    rollout: { ...blueGreenRollout(status), ...(lastAnalysis ? { lastAnalysis } : {}) },
    message: `component ${status.component}: ${describeBlueGreen(status)}`,
    at: Date.now(),
  };
}
