import * as core from '@actions/core';
import { runAction } from './action/run.js';
import { listenForInterrupts } from './cancel.js';

// Action entry: only wiring. What the event runs and how it is reported lives in src/action/run.ts.

// Cancellation: a cancelled or timed-out workflow sends SIGINT, SIGTERM 7.5 s later, then kills. The first signal
// cancels the run (the engine rolls back within its grace window, releases leases; the summary, comment and
// Deployment say cancelled); the second skips what is left of the rollback. A watchdog exits before the kill.
const interruption = listenForInterrupts({
  onSignal: (signal, count) => {
    const graceMs = count === 1 ? 6_500 : 2_000;
    if (count > 1) core.warning(`k8deployer: ${signal} again: skipping the rest of the rollback`);
    setTimeout(() => {
      core.error(`k8deployer: cleanup after ${signal} did not finish in time; exiting`);
      process.exit(1);
    }, graceMs).unref();
  },
});
await runAction(process.env, interruption);
interruption.dispose();
if (interruption.received) {
  if (!process.exitCode) core.setFailed(`k8deployer: cancelled by ${interruption.received}`);
  // Nothing may keep a cancelled run alive (keep-alive sockets, a stuck request): the runner is about to kill it.
  process.exit(process.exitCode || 1);
}
