/**
 * Untrusted text (cluster events, conditions, termination messages, pod logs; PR titles and branch names; names from
 * a pull request's spec) made inert for the one medium it is written to. Each reporter escapes at its sink with the
 * helper for that medium, after masking secrets (escaping changes characters, so a masker running afterwards could
 * miss a secret):
 *
 * | helper          | medium                                                                  |
 * |-----------------|-------------------------------------------------------------------------|
 * | markdownText    | inline Markdown: paragraphs, headings, emphasis, table cells             |
 * | markdownCode    | an inline code span (optionally inside a table cell)                     |
 * | codeBlock       | a fenced block (format.ts): a fence longer than any backtick run inside  |
 * | htmlText        | text inside raw HTML (`<summary>`, `<code>` on a `<details>` line)       |
 * | mermaidLabel    | a quoted node label in a mermaid graph                                   |
 * | logLine         | one line of the workflow log / terminal                                  |
 * | annotationText  | the message of a workflow command (`::error::`, `::warning::`, group)    |
 *
 * Neither may produce a link, an image, an @mention, an issue reference, HTML, a workflow command or a terminal
 * escape sequence; what the text says stays readable.
 */

/** Invisible, and not a word character: breaks GitHub's mention, reference and autolink patterns. */
const wordJoiner = '\u2060';

// CSI (ESC [ … final), OSC (ESC ] … BEL or ST), the 8-bit CSI, and two-character escapes.
const ansiSequence =
  // eslint-disable-next-line no-control-regex -- matching ESC and BEL is the point: these are the sequences removed
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;
/** CommonMark line endings, and the Unicode ones some viewers honour. */
const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * C0 controls except tab and newline, DEL, C1 controls, and format characters (bidi overrides and isolates, zero
 * widths, soft hyphen, tags): they reorder or hide what a reader sees ("Trojan Source") or hide a command from a
 * check while the runner, comparing culture-aware, ignores them.
 */
const invisible = /[^\P{Cc}\t\n]|\p{Cf}/gu;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without escape sequences or invisible characters; line breaks normalised to `\n`, tabs kept. */
export function plainText(text: string): string {
  return text
    .replace(ansiSequence, '')
    .replace(lineBreak, '\n')
    .replace(loneSurrogate, '\uFFFD')
    .replace(invisible, '');
}

/** One line, at most `max` characters (cut before escaping, so an escape is never cut in half). */
export function oneLine(text: string, max = 300): string {
  // Work bounded by `max`, not by the input: only a prefix can survive the cut (invisible characters aside).
  const head = Number.isFinite(max) && text.length > max * 16 + 4096 ? text.slice(0, max * 16 + 4096) : text;
  // Split and trim rather than one regex around the line break: that would backtrack quadratically on long blanks.
  const line = plainText(head)
    .split('\n')
    .map((part) => part.replace(/\t/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ⏎ ');
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/**
 * GitHub links `@user`, `@org/team`, `#123`, `GH-123`, `owner/repo#1`, bare `https://…`, `www.…` and e-mail
 * addresses in rendered text, also inside raw HTML (its filters run on the HTML's text nodes). A word joiner after
 * the trigger keeps the text as it reads and breaks every pattern.
 */
function breakReferences(text: string): string {
  return text
    .replace(/@/g, `@${wordJoiner}`)
    .replace(/#(?=\d)/g, `#${wordJoiner}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${wordJoiner}`)
    .replace(/:\/\//g, `:${wordJoiner}//`)
    .replace(/\b(www)\./gi, `$1${wordJoiner}.`);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtmlChars(text: string, quotes = true): string {
  return text.replace(quotes ? /[&<>"']/g : /[&<>]/g, (char) => htmlEntities[char] ?? char);
}

/**
 * Inline Markdown. HTML-significant characters become entities (they work in Markdown and HTML alike); every other
 * character that can start a link, image, emphasis, code span, strikethrough, math, footnote or table cell is
 * backslash-escaped (CommonMark allows it before any ASCII punctuation); so is a block marker at the start
 * (heading, quote, list, setext underline), in case a caller puts the text first on a line.
 */
export function markdownText(text: string, max = 300): string {
  const escaped = breakReferences(oneLine(text, max))
    .replace(/[\\`*_[\]()!|~$#{}]/g, '\\$&')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
  // Entities last: their `#` and `;` must not be escaped themselves. Quotes are harmless outside link titles.
  return escapeHtmlChars(escaped, false);
}

/**
 * An inline code span: nothing inside is interpreted, so the text shows verbatim. The fence is longer than any
 * backtick run inside; in a table cell a pipe must still be escaped (the table is split before code spans are seen).
 */
export function markdownCode(text: string, options: { max?: number; table?: boolean } = {}): string {
  let content = oneLine(text, options.max ?? 300);
  if (content === '') return '';
  if (options.table) content = content.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  // A space pad is stripped again by the renderer; it keeps a leading or trailing backtick off the fence.
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Linear, and no spread: a log tail can hold more backtick runs than a call may take arguments. */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  return longest;
}

/**
 * Text inside raw HTML (`<summary>`), where Markdown is not interpreted but entities and GitHub's reference filters
 * are. Markdown punctuation becomes numeric entities too: they decode to plain characters in a text node, and stay
 * inert should a renderer read the line as Markdown after all.
 */
export function htmlText(text: string, max = 300): string {
  // One pass, so an entity's own `&` and `#` are never escaped again.
  return breakReferences(oneLine(text, max)).replace(
    /[&<>"'\\`*_[\]()!|~$#{}]/g,
    (char) => htmlEntities[char] ?? `&#${char.charCodeAt(0)};`,
  );
}

/**
 * A mermaid node label, to be placed between double quotes. Letters, digits and a few harmless marks stay; `<` and
 * `>` become look-alikes (an entity would be decoded back into a tag in an HTML label); everything else becomes a
 * mermaid entity code (`#59;`), so no quote, bracket, semicolon, newline or backtick can end the label or start a
 * statement such as `click`.
 */
export function mermaidLabel(text: string, max = 80): string {
  let label = '';
  for (const char of oneLine(text, max)) {
    if (/^[\p{L}\p{N} _.,/-]$/u.test(char)) label += char;
    else if (char === '<') label += '‹';
    else if (char === '>') label += '›';
    else label += `#${char.codePointAt(0) ?? 63};`;
  }
  return label;
}

/** Removes what could hide between the characters of a command from a culture-aware comparison. */
function skeleton(line: string): string {
  return line.replace(/[\s\p{C}\p{M}]/gu, '');
}

/**
 * One line for the workflow log or a terminal. The runner reads `::command::` at the start of a line (after leading
 * white space) and the legacy `##[command]` anywhere in it, comparing culture-aware (ignorable characters do not
 * separate); a line that could be either is defused with a visible prefix, or full-width `＃`. Escape sequences and
 * control characters are removed (terminal injection); a line break in the input becomes a visible `⏎`.
 */
export function logLine(text: string): string {
  let line = plainText(text).replace(/\n/g, ' ⏎ ');
  const bare = skeleton(line);
  if (bare.includes('##[')) line = line.replace(/#/g, '＃');
  if (bare.startsWith('::')) line = `· ${line}`;
  return line;
}

/** Each line of a multi-line text through logLine. */
export function logLines(text: string): string[] {
  return plainText(text).split('\n').map(logLine);
}

/**
 * The message (or a property) of a workflow command (`::error::`, `::warning::`, `::group::`). The command escapes
 * `%`, CR and LF itself, so nothing in it can start another command; this removes escape sequences and invisible
 * characters, normalises line breaks (shown as line breaks in an annotation) and caps the length.
 */
export function annotationText(text: string, max = 4000): string {
  const chars = [...plainText(text)];
  const capped = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  // The runner parses the command before the legacy form, so `##[` inside is data; defused anyway, as in logLine.
  return skeleton(capped).includes('##[') ? capped.replace(/#/g, '＃') : capped;
}

/** An http(s) URL that is safe as a Markdown link target, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  // No white space, control, format (bidi, zero-width) or separator character, nothing that ends a link target.
  if (!url || !/^https?:\/\/[^\s\p{C}\p{Z}<>()"'`\\]+$/u.test(url)) return undefined;
  try {
    return new URL(url).protocol.startsWith('http') ? url : undefined;
  } catch {
    return undefined;
  }
}
