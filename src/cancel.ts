// Cancellation of a run: SIGINT / SIGTERM (Ctrl-C, a cancelled or timed-out GitHub workflow) become AbortSignals
// that the entry points hand to the engine. The runner's window is short: GitHub Actions sends SIGINT, SIGTERM
// 7.5 s later and kills ~2.5 s after that, so everything the engine does after the first signal is bounded.
import { K8deployerError } from './errors.js';

/** The abort reason of a cancelled run: names the signal, so every message can say why the run stopped. */
export class CancelledError extends K8deployerError {
  constructor(readonly signalName: string) {
    super(`cancelled by ${signalName}`);
  }
}

/** True when the signal was aborted by a cancellation (not a timeout or a failure elsewhere). */
export function isCancelled(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true && signal.reason instanceof CancelledError;
}

/** A signal aborted after `ms` with `reason`; its timer never keeps the process alive. */
export function deadlineSignal(ms: number, reason: unknown): AbortSignal {
  const controller = new AbortController();
  if (ms <= 0) controller.abort(reason);
  else setTimeout(() => controller.abort(reason), ms).unref();
  return controller.signal;
}

/** The exit status a shell gives a process killed by the signal: 128 + its number (130 SIGINT, 143 SIGTERM). */
export function signalExitCode(signalName: string): number {
  return signalName === 'SIGTERM' ? 143 : signalName === 'SIGHUP' ? 129 : 130;
}

/** What the entry points need from `process` (an EventEmitter in tests). */
export interface SignalSource {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface Interruption {
  /** Aborted (reason: CancelledError) at the first signal: stop scheduling, end waits, clean up within the window. */
  readonly signal: AbortSignal;
  /** Aborted at the second signal: skip what is left of the rollback, release the lease, exit. */
  readonly escalation: AbortSignal;
  /** The first signal received, if any. */
  readonly received: NodeJS.Signals | undefined;
  /** Removes the handlers (restoring the default: the next signal kills the process). */
  dispose(): void;
}

export interface InterruptOptions {
  source?: SignalSource;
  signals?: NodeJS.Signals[];
  /** Told of each signal; `count` is 1 for the first, 2 for the escalation, more after that. */
  onSignal?: (signal: NodeJS.Signals, count: number) => void;
}

/**
 * Listens for SIGINT / SIGTERM. Installing a handler stops Node from dying at once, which is the point: the run
 * gets to release its lease, roll back and report. A second signal escalates; a third is ignored by the handler
 * (the runner's SIGKILL follows anyway).
 */
export function listenForInterrupts(options: InterruptOptions = {}): Interruption {
  const source = options.source ?? process;
  const names = options.signals ?? ['SIGINT', 'SIGTERM'];
  const cancel = new AbortController();
  const escalate = new AbortController();
  let received: NodeJS.Signals | undefined;
  let count = 0;
  const handler = (signal: NodeJS.Signals): void => {
    count += 1;
    if (count === 1) {
      received = signal;
      cancel.abort(new CancelledError(signal));
    } else if (count === 2) {
      escalate.abort(new CancelledError(signal));
    }
    options.onSignal?.(signal, count);
  };
  for (const name of names) source.on(name, handler);
  return {
    signal: cancel.signal,
    escalation: escalate.signal,
    get received() {
      return received;
    },
    dispose() {
      for (const name of names) source.off(name, handler);
    },
  };
}
