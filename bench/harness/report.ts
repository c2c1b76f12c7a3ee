// Tables with a goal and a verdict column, printed as aligned text (and kept for the JSON result). Pure.

export type Verdict = 'met' | 'missed' | '—';

export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
}

export function verdict(met: boolean | undefined): Verdict {
  return met === undefined ? '—' : met ? 'met' : 'missed';
}

export function formatTable(table: Table): string {
  const widths = table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    table.title,
    line(table.columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...table.rows.map(line),
    ...(table.notes ?? []).map((n) => `  ${n}`),
    '',
  ].join('\n');
}

/** The same table as GitHub Markdown, for the README. */
export function markdownTable(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  return [
    `| ${table.columns.map(escape).join(' | ')} |`,
    `|${table.columns.map(() => '---').join('|')}|`,
    ...table.rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
  ].join('\n');
}

export const seconds = (ms: number | undefined): string =>
  ms === undefined || !Number.isFinite(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`;
export const mb = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '—');
export const verbs = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .map(([verb, n]) => `${verb} ${n}`)
    .join(', ') || '0';
