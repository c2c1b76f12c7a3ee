// The analysis HTTP check's client: a few GETs, each bounded in time; only the status is kept (the body is drained
// and dropped, never logged: it is the app's data).
import type { HttpCheck } from '../types.js';
import type { HttpAnswer } from './evaluate.js';

export async function probeHttp(check: HttpCheck, signal?: AbortSignal): Promise<HttpAnswer[]> {
  const answers: HttpAnswer[] = [];
  for (let index = 0; index < check.requests; index += 1) {
    if (signal?.aborted) break;
    answers.push(await getStatus(check.url, check.timeoutMs, signal));
  }
  return answers;
}

async function getStatus(url: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  const stop = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])]);
  try {
    const response = await fetch(url, { method: 'GET', redirect: 'manual', signal: stop });
    await response.body?.cancel();
    return { status: response.status };
  } catch (error) {
    if (stop.aborted && !signal?.aborted) return { error: `no answer within ${timeoutMs} ms` };
    // fetch says only "fetch failed"; the cause has the reason (ECONNREFUSED, a DNS failure, a bad port).
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)) };
  }
}
