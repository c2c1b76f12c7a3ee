// The job summary for a terminal: the same content as the Markdown the action writes (renderJobSummary), shown as
// text. Headings stand out, tables are aligned, folded <details> stay one line, the dependency graph becomes arrows,
// and no Markdown or HTML syntax is left. Colours only when asked (a TTY). It reads only the subset of Markdown that
// summary.ts and its helpers write; the text in it was escaped there, and is unescaped here, control characters
// removed, so cluster text cannot drive the terminal.

export interface TerminalSummaryOptions {
  /** ANSI colours and bold (pass `process.stdout.isTTY`). */
  color: boolean;
}

const ansi = {
  bold: ['\u001b[1m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
} as const;

export function renderTerminalSummary(markdown: string, options: TerminalSummaryOptions): string {
  const style = (name: keyof typeof ansi, text: string) =>
    options.color ? `${ansi[name][0]}${text}${ansi[name][1]}` : text;
  const inline = (text: string) => inlineText(text, style);
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      // The heading is bold as a whole: bold inside it would end that early.
      const text = inlineText(heading[2] ?? '', (name, inner) => (name === 'bold' ? inner : style(name, inner)));
      const level = heading[1]?.length ?? 2;
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(level <= 2 ? style('bold', style('underline', text)) : style('bold', text));
      if (!options.color) out.push((level <= 2 ? '=' : '-').repeat(Math.max(3, displayWidth(text))));
      continue;
    }
    const fence = /^(`{3,})(\w*)\s*$/.exec(line);
    if (fence) {
      const end = lines.findIndex((candidate, at) => at > index && candidate.startsWith(fence[1] ?? '```'));
      const body = lines.slice(index + 1, end < 0 ? lines.length : end);
      index = end < 0 ? lines.length : end;
      if (fence[2] === 'mermaid') out.push(...mermaidText(body, inline));
      else out.push(...body.map((entry) => `    ${style('dim', clean(entry))}`));
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[][] = [];
      for (; index < lines.length && (lines[index] as string).startsWith('|'); index++) {
        const cells = tableCells(lines[index] as string);
        if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
        rows.push(cells.map(inline));
      }
      index--;
      out.push(...alignedTable(rows, style));
      continue;
    }
    if (/^<details( open)?>$/.test(line.trim())) {
      const open = line.includes('open');
      const summary = /^<summary>(.*)<\/summary>$/.exec((lines[index + 1] ?? '').trim());
      if (summary) index++;
      const title = inline(summary?.[1] ?? 'details');
      if (open) {
        out.push(style('bold', `▾ ${title}`));
        continue;
      }
      // Folded, as on GitHub: the title and how much is behind it.
      let depth = 1;
      let hidden = 0;
      for (index++; index < lines.length && depth > 0; index++) {
        const inner = (lines[index] as string).trim();
        if (/^<details( open)?>$/.test(inner)) depth++;
        else if (inner === '</details>') depth--;
        else if (inner !== '') hidden++;
      }
      index--;
      out.push(`▸ ${title} ${style('dim', `(${hidden} line${hidden === 1 ? '' : 's'} folded)`)}`);
      continue;
    }
    if (line.trim() === '</details>') continue;
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      out.push(`  ${inline(quote[1] ?? '')}`);
      continue;
    }
    const text = inline(line);
    if (text === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(text);
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}

/** A table row's cells: split on the pipes Markdown does not escape. */
function tableCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let current = '';
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index] as string;
    if (char === '\\' && inner[index + 1] === '|') {
      current += '\\|';
      index++;
    } else if (char === '|') {
      cells.push(current.trim());
      current = '';
    } else current += char;
  }
  cells.push(current.trim());
  return cells;
}

function alignedTable(rows: string[][], style: (name: keyof typeof ansi, text: string) => string): string[] {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  return rows.map((row, rowIndex) => {
    const cells = widths.map((width, column) => {
      const cell = row[column] ?? '';
      const padded = cell + ' '.repeat(width - displayWidth(cell));
      return rowIndex === 0 ? style('bold', padded) : padded;
    });
    return `  ${cells.join('  ')}`.trimEnd();
  });
}

/** The dependency graph: one `a → b` line per edge, every node with its outcome. */
function mermaidText(body: string[], inline: (text: string) => string): string[] {
  const labels = new Map<string, string>();
  const states = new Map<string, string>();
  const edges: [string, string][] = [];
  for (const line of body) {
    const node = /^\s*(\w+)\["(.*)"\]\s*$/.exec(line);
    if (node) labels.set(node[1] ?? '', mermaidLabelText(node[2] ?? ''));
    const edge = /^\s*(\w+)\s*-->\s*(\w+)\s*$/.exec(line);
    if (edge) edges.push([edge[1] ?? '', edge[2] ?? '']);
    const state = /^\s*class\s+([\w,]+)\s+(\w+)\s*$/.exec(line);
    if (state) for (const id of (state[1] ?? '').split(',')) states.set(id, state[2] ?? '');
  }
  const name = (id: string) => {
    const state = states.get(id);
    return `${inline(labels.get(id) ?? id)}${state ? ` (${state === 'rolledback' ? 'rolled back' : state})` : ''}`;
  };
  const lines = edges.map(([from, to]) => `  ${name(from)} → ${name(to)}`);
  const connected = new Set(edges.flat());
  for (const id of labels.keys()) if (!connected.has(id)) lines.push(`  ${name(id)}`);
  return lines;
}

/** A mermaid label's entity codes (`#59;`) back to characters. */
function mermaidLabelText(label: string): string {
  return label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Inline Markdown and HTML to text: emphasis and code styled, links as `text (url)`, escapes and entities undone. */
function inlineText(text: string, style: (name: keyof typeof ansi, text: string) => string): string {
  // Code spans first: their content is literal (no escapes inside).
  const parts = text.split(/(`+)(.*?)\1/);
  let result = '';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    if (index % 3 === 1) continue;
    if (index % 3 === 2) {
      result += style('cyan', clean(part.trim()));
      continue;
    }
    let plain = part
      .replace(/<br\s*\/?>/g, '; ')
      .replace(/<\/?(?:code|sub|sup|b|strong|em|i|summary|kbd|span)[^>]*>/g, '')
      .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, label: string, url: string) =>
        label === url ? url : `${label} (${url})`,
      )
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1')
      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
        if (name.startsWith('#x') || name.startsWith('#X'))
          return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
        if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
        return entities[name] ?? match;
      });
    plain = clean(plain).replace(/\*\*(.+?)\*\*/g, (_, inner: string) => style('bold', inner));
    result += plain;
  }
  return result;
}

/** No control characters (ESC above all) from the report's text reach the terminal; tabs become spaces. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, '  ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

/** Columns a string takes in a terminal: ANSI codes none, emoji and wide characters two, combining marks none. */
export function displayWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/\u001b\[[0-9;]*m/g, '');
  let width = 0;
  for (const char of visible) {
    const code = char.codePointAt(0) ?? 0;
    // Zero width: joiners, variation selectors, combining marks.
    if (code === 0x200d || code === 0xfe0e || code === 0xfe0f || (code >= 0x300 && code <= 0x36f)) continue;
    width += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char)
      ? 2
      : 1;
  }
  return width;
}
