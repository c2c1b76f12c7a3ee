/** When a step runs: on every deploy, or only when the deploy changes something on the cluster. */
export type StepWhen = 'changed' | 'always';

/** Accepted response statuses, inclusive. */
export interface StatusRange {
  from: number;
  to: number;
}

/** One request header. `secret` values are registered with the masker and never leave the run. */
export interface StepHeader {
  name: string;
  value: string;
  secret: boolean;
  /** The secret part of value (without its prefix), so it is masked even where it appears alone. */
  secretText?: string;
}

/** A kind: http component with its defaults filled in: everything the runner needs, nothing it must look up. */
export interface HttpStep {
  method: string;
  url: string;
  headers: StepHeader[];
  body?: string;
  expect: { status: StatusRange[]; bodyContains?: string };
  /** Attempts after the first. */
  retries: number;
  backoff: { initialMs: number; maxMs: number };
  /** One attempt, response body included. */
  timeoutMs: number;
  /** All attempts and the waits between them. */
  totalTimeoutMs: number;
  when: StepWhen;
}

export interface RenderedStep {
  component: string;
  http: HttpStep;
}

/** What the engine does with a step in this run (decided by the plan). */
export interface StepDecision {
  run: boolean;
  /** Why it does not run (`nothing changed`), or why it does. */
  why: string;
}

/** How one step's run ended, for the events and the reports. */
export interface StepOutcome {
  ok: boolean;
  attempts: number;
  status?: number;
  /** One line, secrets not in it: `POST https://example.com/hooks → 503 after 3 attempts`. */
  line: string;
}

/** The largest response body read; the rest is never downloaded. */
export const maxResponseBytes = 64 * 1024;
/** The largest request body sent. */
export const maxRequestBodyBytes = 1024 * 1024;
