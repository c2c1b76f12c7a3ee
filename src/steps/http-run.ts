import { backoffDelays } from './backoff.js';
import { checkAnswer } from './expect.js';
import { describeRequest } from './describe.js';
import { maxResponseBytes, type HttpStep, type StepOutcome } from './types.js';

export interface StepRunOptions {
  /** The deploy's deadline and cancellation. */
  signal: AbortSignal;
  /** Told before each wait: what went wrong with the attempt and how long until the next. */
  onRetry?: (retry: { attempt: number; problem: string; delayMs: number }) => void;
  /** Tests pass a short clock; the default waits for real. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * Makes the request until the answer is the expected one, at most 1 + retries times, waiting the backoff schedule
 * between attempts, within the per-attempt and overall time limits. Never throws; the outcome's line says what
 * happened in one line without a header value or the request body. Redirects are not followed (a redirect to
 * another host would carry the headers there): a 3xx is a status like any other.
 */
export async function runHttpStep(step: HttpStep, options: StepRunOptions): Promise<StepOutcome> {
  const request = describeRequest(step);
  const overallLimit = AbortSignal.timeout(step.totalTimeoutMs);
  const overall = AbortSignal.any([options.signal, overallLimit]);
  const delays = backoffDelays(step.retries, step.backoff.initialMs, step.backoff.maxMs);
  const sleep = options.sleep ?? abortableSleep;
  let problem = 'not attempted';
  let status: number | undefined;
  let attempts = 0;
  for (let attempt = 1; attempt <= step.retries + 1; attempt += 1) {
    if (overall.aborted) break;
    attempts = attempt;
    const result = await attemptOnce(step, overall);
    if (result.ok)
      return { ok: true, attempts, status: result.status, line: `${request} → ${result.status}${after(attempts)}` };
    problem = result.problem;
    status = result.status;
    const delay = delays[attempt - 1];
    if (delay === undefined || overall.aborted) break;
    options.onRetry?.({ attempt, problem, delayMs: delay });
    await sleep(delay, overall).catch(() => undefined);
  }
  const stop = options.signal.aborted
    ? ' (stopped: the deploy was cancelled or ran out of time)'
    : overallLimit.aborted
      ? ` (stopped: totalTimeoutSeconds ${step.totalTimeoutMs / 1000} s ran out)`
      : '';
  return {
    ok: false,
    attempts,
    ...(status !== undefined ? { status } : {}),
    line: `${request} → ${problem}${after(attempts)}${stop}`,
  };
}

function after(attempts: number): string {
  return ` after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
}

type Attempt = { ok: true; status: number } | { ok: false; problem: string; status?: number };

async function attemptOnce(step: HttpStep, overall: AbortSignal): Promise<Attempt> {
  const limit = AbortSignal.timeout(step.timeoutMs);
  const signal = AbortSignal.any([overall, limit]);
  try {
    const response = await fetch(step.url, {
      method: step.method,
      headers: step.headers.map((header): [string, string] => [header.name, header.value]),
      ...(step.body !== undefined ? { body: step.body } : {}),
      redirect: 'manual',
      signal,
    });
    const body = step.method === 'HEAD' ? '' : await readCapped(response, maxResponseBytes);
    const verdict = checkAnswer({ status: response.status, body }, step.expect);
    if (verdict.ok) return { ok: true, status: response.status };
    const excerpt = oneLine(body, 120);
    return {
      ok: false,
      status: response.status,
      problem: `${response.status} (${verdict.reason})${excerpt ? `: ${excerpt}` : ''}`,
    };
  } catch (error) {
    if (limit.aborted && !overall.aborted) return { ok: false, problem: `timed out after ${step.timeoutMs / 1000} s` };
    return { ok: false, problem: describeFetchError(error) };
  }
}

/** At most `cap` bytes of the body; the rest is never read (the stream is cancelled). */
export async function readCapped(response: Response, cap: number): Promise<string> {
  if (!response.body) return '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < cap) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = cap - size;
      chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
      size += Math.min(value.byteLength, room);
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** `connection refused (ECONNREFUSED)`: what undici's `fetch failed` hides in its cause. */
function describeFetchError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host lookup failed',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed',
  };
  if (cause?.code) return `${known[cause.code] ?? oneLine(cause.message ?? 'request failed', 120)} (${cause.code})`;
  if (error instanceof Error && error.name === 'AbortError') return 'stopped';
  return oneLine(error instanceof Error ? (cause?.message ?? error.message) : String(error), 120);
}

/** Text from a server, on one line and short: it ends up in a one-line reason. */
function oneLine(text: string, max: number): string {
  const flat = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
