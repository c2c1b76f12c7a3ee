import { longestBacktickRun, plainText } from './escape.js';
import { ReportOutcome } from './result.js';

/**
 * `<1 ms` (never `0ms`: it reads as not measured), `850ms`, `12s`, `3m 05s`, `1h 02m`: short enough for a table
 * column.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

export const outcomeEmoji: Record<ReportOutcome, string> = {
  [ReportOutcome.Succeeded]: '✅',
  [ReportOutcome.Failed]: '❌',
  [ReportOutcome.RolledBack]: '↩️',
  [ReportOutcome.Cancelled]: '🛑',
  [ReportOutcome.Skipped]: '⏭️',
  [ReportOutcome.Planned]: '📝',
  [ReportOutcome.Deleted]: '🗑️',
  [ReportOutcome.Running]: '⏳',
  [ReportOutcome.Paused]: '⏯️',
  [ReportOutcome.Pending]: '⏸️',
};

export function outcomeLabel(outcome: ReportOutcome): string {
  return `${outcomeEmoji[outcome]} ${outcome}`;
}

/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it early. */
export function codeBlock(text: string, language = 'text'): string {
  // Escape sequences and bidi controls are stripped: they would hide or reorder what the block shows.
  const content = plainText(text).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(2, longestBacktickRun(content)) + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts text to at most maxBytes of UTF-8 without splitting a character; marks the cut. */
export function truncateBytes(text: string, maxBytes: number, marker = '\n… (truncated)'): string {
  if (byteLength(text) <= maxBytes) return text;
  const budget = Math.max(0, maxBytes - byteLength(marker));
  let cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
  // A split multi-byte character decodes to U+FFFD at the end; drop it.
  cut = cut.replace(/\uFFFD$/, '');
  return cut + marker;
}

/** Keeps the last lines that fit in maxBytes (the end of a log is what explains a crash); marks the cut. */
export function lastLinesWithin(lines: readonly string[], maxBytes: number): string {
  const kept: string[] = [];
  let size = 0;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? '';
    const lineBytes = byteLength(line) + 1;
    if (size + lineBytes > maxBytes - 40) {
      let cut = index + 1;
      if (kept.length === 0) {
        // Not even the last line fits: keep its start rather than nothing.
        kept.unshift(truncateBytes(line, Math.max(0, maxBytes - 80)));
        cut = index;
      }
      if (cut > 0) kept.unshift(`… (${cut} earlier line${cut === 1 ? '' : 's'} cut)`);
      break;
    }
    kept.unshift(line);
    size += lineBytes;
  }
  return kept.join('\n');
}

/** Aligned plain-text table for terminals and logs. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)),
  );
  const render = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), ...rows.map(render)].join('\n');
}

/**
 * GitHub rejects descriptions over 140 characters. Cut at a grapheme boundary (never inside a surrogate pair or an
 * emoji sequence: half of one is a lone surrogate, which JSON carries but GitHub refuses or shows as �), and count
 * UTF-16 units, the strictest reading of "characters".
 */
export function cutDescription(text: string | undefined, max = 140): string | undefined {
  if (text === undefined || text.length <= max) return text;
  let kept = '';
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
    if (kept.length + segment.length > max - 1) break;
    kept += segment;
  }
  return `${kept}…`;
}
