// Prometheus text exposition parsing for the API servers' /metrics: what the benchmarks count requests and watches
// with. Pure: text in, numbers out.

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Verbs apiserver_request_total labels writes with (APPLY is a server-side apply PATCH). */
export const WRITE_VERBS: ReadonlySet<string> = new Set([
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'DELETECOLLECTION',
  'APPLY',
]);

/**
 * One sample per line of the text format (`name{a="b",...} value [timestamp]`); comments and blank lines skipped.
 * Label values may hold escaped quotes, backslashes and newlines. A malformed line throws with its line number,
 * because a silently skipped line would make a count wrong without anyone noticing.
 */
export function parsePrometheusText(text: string): Sample[] {
  const samples: Sample[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fail = (why: string): never => {
      throw new Error(`metrics line ${index + 1}: ${why}: ${line.slice(0, 120)}`);
    };
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line);
    if (!nameMatch) fail('no metric name');
    const name = nameMatch![0];
    let at = name.length;
    const labels: Record<string, string> = {};
    if (line[at] === '{') {
      at += 1;
      for (;;) {
        while (line[at] === ' ' || line[at] === ',') at += 1;
        if (line[at] === '}') {
          at += 1;
          break;
        }
        const key = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(line.slice(at));
        if (!key || line[at + key[0].length] !== '=' || line[at + key[0].length + 1] !== '"') fail('bad label');
        at += key![0].length + 2;
        let value = '';
        for (;;) {
          const char = line[at];
          if (char === undefined) fail('unterminated label value');
          at += 1;
          if (char === '"') break;
          if (char === '\\') {
            const next = line[at];
            at += 1;
            value += next === 'n' ? '\n' : (next ?? '');
          } else value += char;
        }
        labels[key![0]] = value;
      }
    }
    const rest = line.slice(at).trim().split(/\s+/);
    const value = parseValue(rest[0] ?? '');
    if (value === undefined) fail('bad value');
    samples.push({ name, labels, value: value! });
  }
  return samples;
}

function parseValue(text: string): number | undefined {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** `resource` or `resource/subresource`, as the API server labels it. */
export function resourceKey(labels: Record<string, string>): string {
  return `${labels['resource'] ?? ''}${labels['subresource'] ? `/${labels['subresource']}` : ''}`;
}

/** apiserver_request_total summed per `VERB resource[/subresource]`; dry runs left out (they change nothing). */
export function requestCounts(samples: Sample[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const sample of samples) {
    if (sample.name !== 'apiserver_request_total' || sample.labels['dry_run']) continue;
    const key = `${sample.labels['verb'] ?? '?'} ${resourceKey(sample.labels)}`;
    totals.set(key, (totals.get(key) ?? 0) + sample.value);
  }
  return totals;
}

/** Counter increase from `before` to `after`, positive entries only (a restarted server would reset). */
export function counterDelta(before: Map<string, number>, after: Map<string, number>): Map<string, number> {
  const result = new Map<string, number>();
  for (const [key, value] of after) {
    const diff = value - (before.get(key) ?? 0);
    if (diff > 0) result.set(key, diff);
  }
  return result;
}

/** `VERB resource` counts folded to per-verb totals, verbs sorted. */
export function byVerb(counts: Map<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, value] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const verb = key.slice(0, key.indexOf(' '));
    result[verb] = (result[verb] ?? 0) + value;
  }
  return result;
}

/** Watches open right now per resource, from apiserver_longrunning_requests (a gauge; all clients). */
export function openWatches(samples: Sample[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const sample of samples) {
    if (sample.name !== 'apiserver_longrunning_requests' || sample.labels['verb'] !== 'WATCH') continue;
    const key = resourceKey(sample.labels);
    result.set(key, (result.get(key) ?? 0) + sample.value);
  }
  return result;
}
