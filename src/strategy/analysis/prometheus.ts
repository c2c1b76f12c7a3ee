// The analysis Prometheus client: one instant query, GET <url>/api/v1/query?query=..., as the HTTP API documents
// (https://prometheus.io/docs/prometheus/latest/querying/api/#instant-queries): an envelope
// { status: "success" | "error", data: { resultType, result }, errorType?, error? }, where a vector's result is
// [{ metric: {...}, value: [<unix time>, "<value>"] }, ...] and a scalar's is [<unix time>, "<value>"]. The answer
// is read up to a bound: a huge or endless body cannot exhaust memory.
import type { PrometheusCheck } from '../types.js';
import type { PrometheusAnswer } from './evaluate.js';

const maxBodyBytes = 1024 * 1024;

export async function queryPrometheus(check: PrometheusCheck, signal?: AbortSignal): Promise<PrometheusAnswer> {
  const url = `${check.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(check.query)}`;
  const stop = AbortSignal.any([AbortSignal.timeout(check.timeoutMs), ...(signal ? [signal] : [])]);
  let text: string;
  let status: number;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: stop });
    status = response.status;
    text = await readBounded(response);
  } catch (error) {
    if (stop.aborted && !signal?.aborted) return { error: `no answer within ${check.timeoutMs} ms` };
    // fetch says only "fetch failed"; the cause has the reason (ECONNREFUSED, a DNS failure, a bad port).
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)) };
  }
  return parseQueryAnswer(status, text);
}

/** Pure: the HTTP status and body of /api/v1/query → sample values or an error line. */
export function parseQueryAnswer(status: number, text: string): PrometheusAnswer {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { error: `HTTP ${status}: not a Prometheus API answer (not JSON)` };
  }
  const envelope = body as { status?: unknown; error?: unknown; errorType?: unknown; data?: unknown };
  if (envelope.status !== 'success') {
    const why = typeof envelope.error === 'string' ? envelope.error.slice(0, 200) : 'no error given';
    const type = typeof envelope.errorType === 'string' ? `${envelope.errorType}: ` : '';
    return { error: `HTTP ${status}: query failed (${type}${why})` };
  }
  const data = envelope.data as { resultType?: unknown; result?: unknown } | undefined;
  if (data?.resultType === 'scalar') {
    const value = sampleValue(data.result);
    return value === undefined ? { error: 'malformed scalar result' } : { values: [value] };
  }
  if (data?.resultType === 'vector' && Array.isArray(data.result)) {
    const values: number[] = [];
    for (const sample of data.result) {
      const value = sampleValue((sample as { value?: unknown } | null)?.value);
      if (value === undefined) return { error: 'malformed vector sample' };
      values.push(value);
    }
    return { values };
  }
  return { error: `result type ${String(data?.resultType)} is not an instant vector or scalar` };
}

/** `[<unix time>, "<value>"]` → the value ("NaN", "+Inf" included, as Prometheus writes them). */
function sampleValue(pair: unknown): number | undefined {
  if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== 'string') return undefined;
  const text = pair[1];
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const value = Number(text);
  return text === 'NaN' || !Number.isNaN(value) ? value : undefined;
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBodyBytes) throw new Error(`answer larger than ${maxBodyBytes / 1024} KiB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
