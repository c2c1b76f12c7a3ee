export const id = 354;
export const ids = [354];
export const modules = {

/***/ 75341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ githubIdTokenGetter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The runner protocol behind core.getIDToken: GET $ACTIONS_ID_TOKEN_REQUEST_URL&audience=<aud> with
 * `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN` → `{"value": "<jwt>"}`. Both variables exist only when
 * the job has `permissions: id-token: write`.
 */
function githubIdTokenGetter(options) {
    return async (audience) => {
        const requestUrl = options.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        const requestToken = options.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!requestUrl || !requestToken) {
            const missing = !requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('github-oidc', 'request ID token', `${missing} is not set: the job needs \`permissions: id-token: write\` (and pull requests from forks never get one)`);
        }
        const url = new URL(requestUrl);
        url.searchParams.set('audience', audience);
        let response;
        try {
            response = await (options.fetch ?? globalThis.fetch)(url, {
                headers: { Authorization: `Bearer ${requestToken}`, Accept: 'application/json; api-version=2.0' },
            });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('github-oidc', 'request ID token', `request failed: ${String(error)}`, { cause: error, retryable: true });
        }
        const text = await response.text();
        if (!response.ok) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('github-oidc', 'request ID token', `HTTP ${response.status} from the token service: ${text.slice(0, 200)}`, {
                retryable: response.status >= 500 || response.status === 429,
            });
        }
        let value;
        try {
            value = JSON.parse(text).value;
        }
        catch {
            value = undefined;
        }
        if (typeof value !== 'string' || value === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('github-oidc', 'request ID token', 'the token service answered without a "value"');
        }
        return value;
    };
}


/***/ }),

/***/ 15694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ Outcome),
/* harmony export */   Xw: () => (/* binding */ ChangeAction),
/* harmony export */   k7: () => (/* binding */ ObjectStatus),
/* harmony export */   l7: () => (/* binding */ EventBus)
/* harmony export */ });
/** Readiness of one object, as computed by the pure status functions in src/track. */
const ObjectStatus = {
    InProgress: 'InProgress',
    Ready: 'Ready',
    Failed: 'Failed',
    Terminating: 'Terminating',
    NotFound: 'NotFound',
    Unknown: 'Unknown',
};
const ChangeAction = {
    Create: 'create',
    Update: 'update',
    Unchanged: 'unchanged',
    Delete: 'delete',
};
const Outcome = {
    Succeeded: 'succeeded',
    Failed: 'failed',
    RolledBack: 'rolled-back',
    Skipped: 'skipped',
    Planned: 'planned',
    Deleted: 'deleted',
    /** Stopped by SIGINT/SIGTERM; the rollback policy ran within the grace window (the reason says how far). */
    Cancelled: 'cancelled',
};
/** A tiny synchronous fan-out: stages emit, reporters subscribe. Listeners must not throw into the engine. */
class EventBus {
    listeners = [];
    subscribe(listener) {
        this.listeners.push(listener);
        return () => {
            const index = this.listeners.indexOf(listener);
            if (index >= 0)
                this.listeners.splice(index, 1);
        };
    }
    emit(event) {
        for (const listener of [...this.listeners]) {
            try {
                listener(event);
            }
            catch {
                // A broken reporter must never break a deploy.
            }
        }
    }
}


/***/ }),

/***/ 34374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ groupOf),
/* harmony export */   H8: () => (/* binding */ refOf),
/* harmony export */   XF: () => (/* binding */ refKey)
/* harmony export */ });
function refOf(object) {
    const ref = { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name };
    if (object.metadata.namespace)
        ref.namespace = object.metadata.namespace;
    return ref;
}
/** `Kind/namespace/name` (or `Kind/name`), stable and readable: used as a map key and in messages. */
function refKey(ref) {
    return ref.namespace ? `${ref.kind}/${ref.namespace}/${ref.name}` : `${ref.kind}/${ref.name}`;
}
function groupOf(apiVersion) {
    const slash = apiVersion.indexOf('/');
    return slash < 0 ? '' : apiVersion.slice(0, slash);
}


/***/ }),

/***/ 54231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ renderPrComment),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   SS: () => (/* binding */ commentLimitBytes)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54285);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69488);




/** GitHub refuses comment bodies over 65 536 characters; bytes ≥ characters, so a byte budget is safe. */
const commentLimitBytes = 65_536;
function markerPart(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_');
}
/** The hidden marker that identifies our comment for one app and environment, so re-runs update it in place. */
function commentMarker(app, environment) {
    return `<!-- k8deployer:${markerPart(app)}:${markerPart(environment)} -->`;
}
/** The sticky PR comment: marker, headline, preview link, results; for plan runs the changes and collapsed diffs. */
function renderPrComment(unmasked, unmaskedOptions) {
    const mask = unmaskedOptions.mask ?? ((text) => text);
    // Mask first, escape while rendering: escaping would hide a secret from a masker running over the result.
    const report = (0,_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .maskDeep */ .fI)(unmasked, mask);
    const options = (0,_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .maskDeep */ .fI)({ ...unmaskedOptions, mask: undefined, now: undefined }, mask);
    const maxBytes = Math.min(options.maxBytes ?? commentLimitBytes, commentLimitBytes);
    // From the masked names; attachReporters returns the same marker, which is how the sticky comment is found.
    const marker = commentMarker(options.app, options.environment);
    const budget = new _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .MarkdownBudget */ .nd(maxBytes - (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(marker) - 1024);
    const subject = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(options.app, { max: 80 })} → **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(options.environment, 80)}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(report.command ?? 'run', 20)}`;
    budget.add(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report, subject)}`);
    if (options.previewUrl)
        budget.add(`🔗 Preview: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bareUrl */ .cq)(options.previewUrl)}`);
    budget.add((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .resultTable */ .AD)(report, { maxBytes: Math.floor(maxBytes * 0.4), links: !options.previewUrl }));
    if (report.command === 'plan') {
        for (const cluster of report.clusters) {
            if (!cluster.changes)
                continue;
            budget.add((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .planTable */ .k0)(cluster, Math.floor(maxBytes * 0.2)));
            const diffs = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .planDiffs */ .oY)(cluster, Math.min(Math.floor(maxBytes * 0.3), budget.remaining - 2048), 8_000);
            if (diffs)
                budget.add(diffs);
        }
    }
    const runUrl = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(options.runUrl);
    const footer = [
        options.sha ? `for ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(options.sha.slice(0, 7), 7)}` : '',
        runUrl ? `[run log](${runUrl})` : '',
        `updated ${(unmaskedOptions.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z')}`,
        report.durationMs > 0 ? `took ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(report.durationMs)}` : '',
    ].filter(Boolean);
    if (budget.omitted > 0)
        budget.add(`*${budget.omitted} section(s) left out to fit a comment; see the run log.*`);
    // The marker stays outside masking and any cut: without it the next run would post a second comment.
    const content = mask(`${budget.toString()}\n<sub>${footer.join(' · ')}</sub>\n`);
    const room = maxBytes - (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(marker) - 1;
    return `${marker}\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(content) <= room ? content : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .truncateBytes */ .QY)(content, room)}`;
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ longestBacktickRun),
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   OG: () => (/* binding */ logLines),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   p7: () => (/* binding */ markdownText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xr: () => (/* binding */ annotationText)
/* harmony export */ });
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
const ansiSequence = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;
/** CommonMark line endings, and the Unicode ones some viewers honour. */
const lineBreak = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/**
 * C0 controls except tab and newline, DEL, C1 controls, and format characters (bidi overrides and isolates, zero
 * widths, soft hyphen, tags): they reorder or hide what a reader sees ("Trojan Source") or hide a command from a
 * check while the runner, comparing culture-aware, ignores them.
 */
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cf}/gu;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text without escape sequences or invisible characters; line breaks normalised to `\n`, tabs kept. */
function plainText(text) {
    return text.replace(ansiSequence, '').replace(lineBreak, '\n').replace(loneSurrogate, '\uFFFD').replace(invisible, '');
}
/** One line, at most `max` characters (cut before escaping, so an escape is never cut in half). */
function oneLine(text, max = 300) {
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
function breakReferences(text) {
    return text
        .replace(/@/g, `@${wordJoiner}`)
        .replace(/#(?=\d)/g, `#${wordJoiner}`)
        .replace(/\b(GH-)(?=\d)/gi, `$1${wordJoiner}`)
        .replace(/:\/\//g, `:${wordJoiner}//`)
        .replace(/\b(www)\./gi, `$1${wordJoiner}.`);
}
const htmlEntities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function escapeHtmlChars(text, quotes = true) {
    return text.replace(quotes ? /[&<>"']/g : /[&<>]/g, (char) => htmlEntities[char] ?? char);
}
/**
 * Inline Markdown. HTML-significant characters become entities (they work in Markdown and HTML alike); every other
 * character that can start a link, image, emphasis, code span, strikethrough, math, footnote or table cell is
 * backslash-escaped (CommonMark allows it before any ASCII punctuation); so is a block marker at the start
 * (heading, quote, list, setext underline), in case a caller puts the text first on a line.
 */
function markdownText(text, max = 300) {
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
function markdownCode(text, options = {}) {
    let content = oneLine(text, options.max ?? 300);
    if (content === '')
        return '';
    if (options.table)
        content = content.replace(/\|/g, '\\|');
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    // A space pad is stripped again by the renderer; it keeps a leading or trailing backtick off the fence.
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Linear, and no spread: a log tail can hold more backtick runs than a call may take arguments. */
function longestBacktickRun(text) {
    let longest = 0;
    for (const match of text.matchAll(/`+/g))
        longest = Math.max(longest, match[0].length);
    return longest;
}
/**
 * Text inside raw HTML (`<summary>`), where Markdown is not interpreted but entities and GitHub's reference filters
 * are. Markdown punctuation becomes numeric entities too: they decode to plain characters in a text node, and stay
 * inert should a renderer read the line as Markdown after all.
 */
function htmlText(text, max = 300) {
    // One pass, so an entity's own `&` and `#` are never escaped again.
    return breakReferences(oneLine(text, max)).replace(/[&<>"'\\`*_[\]()!|~$#{}]/g, (char) => htmlEntities[char] ?? `&#${char.charCodeAt(0)};`);
}
/**
 * A mermaid node label, to be placed between double quotes. Letters, digits and a few harmless marks stay; `<` and
 * `>` become look-alikes (an entity would be decoded back into a tag in an HTML label); everything else becomes a
 * mermaid entity code (`#59;`), so no quote, bracket, semicolon, newline or backtick can end the label or start a
 * statement such as `click`.
 */
function mermaidLabel(text, max = 80) {
    let label = '';
    for (const char of oneLine(text, max)) {
        if (/^[\p{L}\p{N} _.,/-]$/u.test(char))
            label += char;
        else if (char === '<')
            label += '‹';
        else if (char === '>')
            label += '›';
        else
            label += `#${char.codePointAt(0) ?? 63};`;
    }
    return label;
}
/** Removes what could hide between the characters of a command from a culture-aware comparison. */
function skeleton(line) {
    return line.replace(/[\s\p{C}\p{M}]/gu, '');
}
/**
 * One line for the workflow log or a terminal. The runner reads `::command::` at the start of a line (after leading
 * white space) and the legacy `##[command]` anywhere in it, comparing culture-aware (ignorable characters do not
 * separate); a line that could be either is defused with a visible prefix, or full-width `＃`. Escape sequences and
 * control characters are removed (terminal injection); a line break in the input becomes a visible `⏎`.
 */
function logLine(text) {
    let line = plainText(text).replace(/\n/g, ' ⏎ ');
    const bare = skeleton(line);
    if (bare.includes('##['))
        line = line.replace(/#/g, '＃');
    if (bare.startsWith('::'))
        line = `· ${line}`;
    return line;
}
/** Each line of a multi-line text through logLine. */
function logLines(text) {
    return plainText(text).split('\n').map(logLine);
}
/**
 * The message (or a property) of a workflow command (`::error::`, `::warning::`, `::group::`). The command escapes
 * `%`, CR and LF itself, so nothing in it can start another command; this removes escape sequences and invisible
 * characters, normalises line breaks (shown as line breaks in an annotation) and caps the length.
 */
function annotationText(text, max = 4000) {
    const chars = [...plainText(text)];
    const capped = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
    // The runner parses the command before the legacy form, so `##[` inside is data; defused anyway, as in logLine.
    return skeleton(capped).includes('##[') ? capped.replace(/#/g, '＃') : capped;
}
/** An http(s) URL that is safe as a Markdown link target, or undefined. */
function safeUrl(url) {
    // No white space, control, format (bidi, zero-width) or separator character, nothing that ends a link target.
    if (!url || !/^https?:\/\/[^\s\p{C}\p{Z}<>()"'`\\]+$/u.test(url))
        return undefined;
    try {
        return new URL(url).protocol.startsWith('http') ? url : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FR: () => (/* binding */ outcomeLabel),
/* harmony export */   QY: () => (/* binding */ truncateBytes),
/* harmony export */   RF: () => (/* binding */ outcomeEmoji),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dl: () => (/* binding */ lastLinesWithin),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   ed: () => (/* binding */ textTable)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65781);


/** `850ms`, `12s`, `3m 05s`, `1h 02m`: short enough for a table column. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
const outcomeEmoji = {
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Succeeded]: '✅',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Failed]: '❌',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.RolledBack]: '↩️',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Cancelled]: '🛑',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Skipped]: '⏭️',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Planned]: '📝',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Deleted]: '🗑️',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Running]: '⏳',
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Pending]: '⏸️',
};
function outcomeLabel(outcome) {
    return `${outcomeEmoji[outcome]} ${outcome}`;
}
/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it early. */
function codeBlock(text, language = 'text') {
    // Escape sequences and bidi controls are stripped: they would hide or reorder what the block shows.
    const content = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(2, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .longestBacktickRun */ .Az)(content)) + 1);
    return `${fence}${language}\n${content}\n${fence}`;
}
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Cuts text to at most maxBytes of UTF-8 without splitting a character; marks the cut. */
function truncateBytes(text, maxBytes, marker = '\n… (truncated)') {
    if (byteLength(text) <= maxBytes)
        return text;
    const budget = Math.max(0, maxBytes - byteLength(marker));
    let cut = Buffer.from(text, 'utf8').subarray(0, budget).toString('utf8');
    // A split multi-byte character decodes to U+FFFD at the end; drop it.
    cut = cut.replace(/\uFFFD$/, '');
    return cut + marker;
}
/** Keeps the last lines that fit in maxBytes (the end of a log is what explains a crash); marks the cut. */
function lastLinesWithin(lines, maxBytes) {
    const kept = [];
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
            if (cut > 0)
                kept.unshift(`… (${cut} earlier line${cut === 1 ? '' : 's'} cut)`);
            break;
        }
        kept.unshift(line);
        size += lineBytes;
    }
    return kept.join('\n');
}
/** Aligned plain-text table for terminals and logs. */
function textTable(header, rows) {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => [...(row[column] ?? '')].length)));
    const render = (row) => row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd();
    return [render(header), ...rows.map(render)].join('\n');
}


/***/ }),

/***/ 41590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M2: () => (/* reexport */ report_mask/* SecretMasker */.M2),
  xr: () => (/* reexport */ report_escape/* annotationText */.xr),
  eT: () => (/* binding */ attachReporters),
  BP: () => (/* reexport */ report_escape/* logLine */.BP),
  OG: () => (/* reexport */ report_escape/* logLines */.OG)
});

// UNUSED EXPORTS: ProgressReporter, ReportOutcome, buildRunReport, commentLimitBytes, commentMarker, componentTable, defaultSummaryMaxBytes, emptyReport, escapeCommandData, finalizeReport, formatDuration, htmlText, markdownCode, markdownText, maskDeep, maskReplacement, mermaidLabel, plainText, reduceReport, renderJobSummary, renderPrComment, renderResultJson, safeUrl, stepSummaryLimitBytes, toResultJson, worstOutcome

// EXTERNAL MODULE: ./src/report/comment.ts
var comment = __webpack_require__(54231);
;// CONCATENATED MODULE: ./src/report/json.ts
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function toResultJson(report) {
    return defined({
        status: report.outcome,
        command: report.command,
        app: report.app,
        durationMs: Math.round(report.durationMs),
        clusters: report.clusters.map((cluster) => defined({
            name: cluster.name,
            namespace: cluster.namespace,
            status: cluster.outcome,
            durationMs: Math.round(cluster.durationMs),
            reason: cluster.reason,
            revision: cluster.revision,
            rollback: cluster.rollback ? defined({ ...cluster.rollback }) : undefined,
            components: cluster.components.map((component) => defined({
                name: component.name,
                status: component.outcome,
                durationMs: Math.round(component.durationMs),
                reason: component.reason,
                urls: component.urls,
                images: component.images,
            })),
        })),
    });
}
/**
 * Masked string by string before serializing (a secret with a quote or backslash would not match once escaped),
 * because the output is visible to every later step and to anyone reading the run.
 */
function renderResultJson(report, mask = (text) => text) {
    return JSON.stringify(toResultJson(report), (_key, value) => (typeof value === 'string' ? mask(value) : value));
}

// EXTERNAL MODULE: ./src/report/mask.ts
var report_mask = __webpack_require__(69488);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(15694);
// EXTERNAL MODULE: ./src/kube/object.ts
var object = __webpack_require__(34374);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: ./src/report/result.ts
var result = __webpack_require__(65781);
;// CONCATENATED MODULE: ./src/report/progress.ts





/** Diff lines shown per changed object in the log; the PR comment and summary carry the full diffs. */
const maxDiffLines = 40;
/** Escapes data of a workflow command (https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts). */
function escapeCommandData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeCommandProperty(text) {
    return escapeCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const changeVerb = {
    create: '+ create',
    update: '~ update',
    unchanged: '= unchanged',
    delete: '- delete',
};
/**
 * The log reporter for the CLI and the action. Lines carry a `[cluster]` prefix because clusters run in parallel and
 * their lines interleave; in Actions each cluster's result is also printed as one collapsible `::group::`.
 */
class ProgressReporter {
    mode;
    writeLine;
    mask;
    interval;
    verbose;
    now;
    logTailLines;
    objects = new Map();
    seenEvents = new Set();
    errorsShown = new Set();
    report = (0,result/* emptyReport */._O)();
    constructor(options) {
        this.mode = options.mode;
        this.writeLine = options.write;
        this.mask = options.mask ?? ((text) => text);
        this.interval = options.progressIntervalMs ?? (options.mode === 'actions' ? 30_000 : 5_000);
        this.verbose = options.verbose ?? false;
        this.now = options.now ?? Date.now;
        this.logTailLines = options.logTailLines ?? 20;
    }
    /** Our own workflow commands go through here unneutralized; everything else goes through `line`. */
    command(name, data, properties = {}) {
        const props = Object.entries(properties)
            .map(([key, value]) => `${key}=${escapeCommandProperty((0,report_escape/* annotationText */.xr)(this.mask(value)))}`)
            .join(',');
        this.writeLine(`::${name}${props ? ` ${props}` : ''}::${escapeCommandData((0,report_escape/* annotationText */.xr)(this.mask(data)))}`);
    }
    /** Every line of text that is not our own command: masked first, then made inert for the log (logLine). */
    line(text, cluster) {
        for (const part of (0,report_escape/* logLines */.OG)(this.mask(text))) {
            this.writeLine(cluster === undefined ? part : (0,report_escape/* logLine */.BP)(`[${this.mask(cluster)}] ${part}`));
        }
    }
    problem(level, message, cluster) {
        const text = cluster === undefined ? message : `[${cluster}] ${message}`;
        if (this.mode === 'actions')
            this.command(level, (0,report_escape/* oneLine */.TN)(text, 1000), { title: 'k8deployer' });
        else
            this.line(`${level}: ${message}`, cluster);
    }
    handle(event) {
        this.report = (0,result/* reduceReport */.rx)(this.report, event);
        this.dispatch(event);
        this.flush(event.at);
    }
    dispatch(event) {
        switch (event.type) {
            case 'run-started':
                this.line(`k8deployer ${event.command} ${event.app} → ${event.clusters.join(', ') || '(no clusters)'} (run ${event.runId})`);
                return;
            case 'cluster-started':
                this.line(`started, namespace ${event.namespace}`, event.cluster);
                return;
            case 'plan-ready':
                this.printPlan(event.cluster, event.changes);
                return;
            case 'object-applied':
                this.line(`${event.action === events/* ChangeAction */.Xw.Unchanged ? 'unchanged' : `applied (${event.action})`} ${(0,object/* refKey */.XF)(event.ref)}`, event.cluster);
                return;
            case 'object-progress':
                // Objects that are ready once applied are announced by object-ready; "Ready: applied" would say it twice.
                if (event.status === 'Ready' && event.message === 'applied')
                    return;
                this.progress(event.cluster, event.ref, `${event.status}: ${event.message}`, event.at);
                return;
            case 'object-ready':
                this.objects.delete(`${event.cluster}|${(0,object/* refKey */.XF)(event.ref)}`);
                this.line(`✓ ${(0,object/* refKey */.XF)(event.ref)} ready`, event.cluster);
                return;
            case 'object-failed':
                this.objects.delete(`${event.cluster}|${(0,object/* refKey */.XF)(event.ref)}`);
                this.errorsShown.add(`${event.cluster}|${event.reason}`);
                this.problem('error', event.reason, event.cluster);
                if (event.details)
                    this.printDetails(event.cluster, event.details);
                return;
            case 'component-finished': {
                const reason = event.reason ? `: ${(0,report_escape/* oneLine */.TN)(event.reason)}` : '';
                this.line(`component ${event.component} ${event.outcome} in ${(0,format/* formatDuration */.a3)(event.durationMs)}${reason}`, event.cluster);
                return;
            }
            case 'rollback-started':
                this.line(event.toRevision === null
                    ? 'rolling back: removing what this run created (first install)'
                    : `rolling back to revision ${event.toRevision}`, event.cluster);
                return;
            case 'rollback-finished':
                if (event.ok)
                    this.line(`rollback finished${event.toRevision === null ? '' : ` (revision ${event.toRevision})`}`, event.cluster);
                else
                    this.problem('error', `rollback failed: ${event.reason ?? 'unknown reason'}`, event.cluster);
                return;
            case 'object-pruned':
                this.line(`pruned ${(0,object/* refKey */.XF)(event.ref)}`, event.cluster);
                return;
            case 'object-deleted':
                this.line(`deleted ${(0,object/* refKey */.XF)(event.ref)}`, event.cluster);
                return;
            case 'cluster-finished':
                this.finishCluster(event);
                return;
            case 'run-cancelled':
                this.problem('warning', `interrupted by ${event.signal}: stopping; applying the rollback policy and releasing the lease (a second signal skips the rollback)`);
                return;
            case 'run-finished':
                this.objects.clear();
                this.printFinalTable();
                return;
            case 'log':
                this.log(event);
                return;
        }
    }
    /** Prints progress lines that were held back by the interval and are now due. Call it from a timer. */
    flush(now = this.now()) {
        for (const [key, state] of this.objects) {
            if (state.pending !== undefined && now - state.lastPrintedAt >= this.interval) {
                const [cluster, ...rest] = key.split('|');
                this.line(`${rest.join('|')}: ${state.pending}`, cluster);
                state.lastMessage = state.pending;
                state.lastPrintedAt = now;
                delete state.pending;
            }
        }
    }
    /** The report this reporter has seen so far. */
    get currentReport() {
        return this.report;
    }
    progress(cluster, ref, message, at) {
        const key = `${cluster}|${(0,object/* refKey */.XF)(ref)}`;
        const state = this.objects.get(key);
        if (!state) {
            this.objects.set(key, { lastPrintedAt: at, lastMessage: message });
            this.line(`${(0,object/* refKey */.XF)(ref)}: ${message}`, cluster);
            return;
        }
        // An unchanged message is repeated only as a slow heartbeat, so a long wait still shows life.
        const due = message === state.lastMessage ? state.lastPrintedAt + this.interval * 3 : state.lastPrintedAt + this.interval;
        if (at >= due) {
            state.lastPrintedAt = at;
            state.lastMessage = message;
            delete state.pending;
            this.line(`${(0,object/* refKey */.XF)(ref)}: ${message}`, cluster);
        }
        else if (message !== state.lastMessage) {
            state.pending = message;
        }
    }
    printPlan(cluster, changes) {
        const counts = { create: 0, update: 0, unchanged: 0, delete: 0 };
        for (const change of changes)
            counts[change.action] += 1;
        this.line(`plan: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete, ${counts.unchanged} unchanged`, cluster);
        for (const change of changes) {
            if (change.action === events/* ChangeAction */.Xw.Unchanged)
                continue;
            this.line(`  ${changeVerb[change.action]} ${(0,object/* refKey */.XF)(change.ref)} (${change.component})`, cluster);
            // The diff (Secret values already masked by the planner) shows what an update would change.
            const diffLines = (change.diff ?? '').split('\n').filter((line) => line.length > 0 && !line.startsWith('---') && !line.startsWith('+++'));
            // Indentation is the structure of a YAML diff: keep it, cut only the end.
            for (const diffLine of diffLines.slice(0, maxDiffLines))
                this.line(`      ${diffLine.slice(0, 200).trimEnd()}`, cluster);
            if (diffLines.length > maxDiffLines)
                this.line(`      … ${diffLines.length - maxDiffLines} more diff lines`, cluster);
        }
    }
    printDetails(cluster, details) {
        for (const event of details.events) {
            const key = `${cluster}|${event}`;
            if (this.seenEvents.has(key))
                continue;
            this.seenEvents.add(key);
            this.line(`  event: ${(0,report_escape/* oneLine */.TN)(event, 500)}`, cluster);
        }
        if (details.logTail && details.logTail.length > 0) {
            const tail = details.logTail.slice(-this.logTailLines);
            this.line(`  last ${tail.length} log lines:`, cluster);
            for (const logLine of tail)
                this.line(`  │ ${logLine}`, cluster);
        }
        else if (details.logUnavailable) {
            this.line(`  logs unavailable: ${details.logUnavailable}`, cluster);
        }
    }
    finishCluster(event) {
        for (const key of [...this.objects.keys()])
            if (key.startsWith(`${event.cluster}|`))
                this.objects.delete(key);
        const reason = event.reason ? `: ${(0,report_escape/* oneLine */.TN)(event.reason)}` : '';
        const summary = `${event.outcome} in ${(0,format/* formatDuration */.a3)(event.durationMs)}${reason}`;
        if ((event.outcome === result/* ReportOutcome */.Lz.Failed || event.outcome === result/* ReportOutcome */.Lz.RolledBack || event.outcome === result/* ReportOutcome */.Lz.Cancelled) && event.reason && !this.errorsShown.has(`${event.cluster}|${event.reason}`)) {
            this.problem('error', `${event.outcome}: ${event.reason}`, event.cluster);
        }
        else {
            this.line(summary, event.cluster);
        }
        if (this.mode !== 'actions')
            return;
        const cluster = (0,result/* finalizeReport */.Fw)(this.report, { finished: true }).clusters.find((c) => c.name === event.cluster);
        this.command('group', `[${event.cluster}] ${summary}`);
        if (cluster)
            this.line(componentTable([cluster]));
        this.writeLine('::endgroup::');
    }
    printFinalTable() {
        const report = (0,result/* finalizeReport */.Fw)(this.report, { finished: true });
        this.line('');
        this.line(componentTable(report.clusters));
        const failed = report.outcome === result/* ReportOutcome */.Lz.Failed || report.outcome === result/* ReportOutcome */.Lz.RolledBack || report.outcome === result/* ReportOutcome */.Lz.Cancelled;
        this.line(`${failed ? '✗' : '✓'} ${report.command ?? 'run'} ${report.outcome} in ${(0,format/* formatDuration */.a3)(report.durationMs)}`);
    }
    log(event) {
        if (event.level === 'warning' || event.level === 'error') {
            this.problem(event.level, event.message, event.cluster);
        }
        else if (event.level === 'debug') {
            if (this.mode === 'actions')
                this.command('debug', event.cluster ? `[${event.cluster}] ${event.message}` : event.message);
            else if (this.verbose)
                this.line(`debug: ${event.message}`, event.cluster);
        }
        else {
            this.line(event.message, event.cluster);
        }
    }
}
/** CLUSTER / COMPONENT / STATUS / DURATION / REASON, one row per cluster × component. */
function componentTable(clusters) {
    const rows = [];
    for (const cluster of clusters) {
        const rollback = cluster.rollback
            ? ` (rollback ${cluster.rollback.ok === undefined ? 'running' : cluster.rollback.ok ? 'ok' : 'failed'})`
            : '';
        if (cluster.components.length === 0) {
            rows.push([(0,report_escape/* oneLine */.TN)(cluster.name, 80), '-', cluster.outcome + rollback, (0,format/* formatDuration */.a3)(cluster.durationMs), (0,report_escape/* oneLine */.TN)(cluster.reason ?? '', 120)]);
        }
        for (const component of cluster.components) {
            const notRun = component.durationMs === 0 && (component.outcome === result/* ReportOutcome */.Lz.Skipped || component.outcome === result/* ReportOutcome */.Lz.Pending);
            rows.push([
                (0,report_escape/* oneLine */.TN)(cluster.name, 80),
                (0,report_escape/* oneLine */.TN)(component.name, 80),
                component.outcome,
                notRun ? '' : (0,format/* formatDuration */.a3)(component.durationMs),
                (0,report_escape/* oneLine */.TN)(component.reason ?? '', 120),
            ]);
        }
        if (cluster.components.length > 0 && (rollback || cluster.reason)) {
            rows.push([(0,report_escape/* oneLine */.TN)(cluster.name, 80), '(cluster)', cluster.outcome + rollback, (0,format/* formatDuration */.a3)(cluster.durationMs), (0,report_escape/* oneLine */.TN)(cluster.reason ?? '', 120)]);
        }
    }
    return (0,format/* textTable */.ed)(['CLUSTER', 'COMPONENT', 'STATUS', 'DURATION', 'REASON'], rows);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/summary.ts





/** GitHub refuses a step summary over 1 MiB; stay clearly below it (the runner's own text may follow). */
const stepSummaryLimitBytes = 1024 * 1024;
const defaultSummaryMaxBytes = 1000 * 1024;
function failureBlock(cluster, component, maxBytes) {
    // The title sits in raw HTML (the <details> block), where only HTML escaping means anything.
    const title = `${format/* outcomeEmoji */.RF[component.outcome]} ${(0,report_escape/* htmlText */.js)(cluster.name, 60)} / <code>${(0,report_escape/* htmlText */.js)(component.name, 60)}</code>: ${(0,report_escape/* htmlText */.js)(component.reason ?? component.outcome, 200)}`;
    const body = [];
    if (component.failedObjects.length > 0) {
        body.push('**Objects**', '', ...component.failedObjects.slice(0, 20).map((f) => `- ${(0,report_escape/* markdownCode */.D9)(f.object, { max: 200 })}: ${(0,report_escape/* markdownText */.p7)(f.reason, 500)}`));
    }
    const details = component.details;
    // Evidence gets what is left after the title; logs are the most useful and the biggest, so they share the rest.
    const evidenceBudget = Math.max(1024, maxBytes - 2048);
    if (details && details.events.length > 0) {
        body.push('', '**Events**', '', (0,format/* codeBlock */.DV)((0,format/* lastLinesWithin */.dl)(details.events, Math.floor(evidenceBudget / 3))));
    }
    if (details?.logTail && details.logTail.length > 0) {
        body.push('', `**Log tail** (last ${details.logTail.length} lines)`, '', (0,format/* codeBlock */.DV)((0,format/* lastLinesWithin */.dl)(details.logTail, Math.floor((evidenceBudget * 2) / 3))));
    }
    else if (details?.logUnavailable) {
        body.push('', `*Logs unavailable: ${(0,report_escape/* markdownText */.p7)(details.logUnavailable, 300)}*`);
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...body, '', '</details>'].join('\n');
}
function clusterNotes(cluster) {
    if (cluster.warnings.length === 0)
        return null;
    return [
        '<details>',
        `<summary>⚠️ ${(0,report_escape/* htmlText */.js)(cluster.name, 60)}: ${cluster.warnings.length} warning(s)</summary>`,
        '',
        (0,format/* codeBlock */.DV)((0,format/* lastLinesWithin */.dl)(cluster.warnings, 16_000)),
        '',
        '</details>',
    ].join('\n');
}
/**
 * The job summary: headline, cluster × component table, dependency graph, plan, then failure evidence. Sections are
 * added in that order under a byte budget; what does not fit is dropped whole and counted in a closing note.
 */
function renderJobSummary(unmasked, unmaskedOptions = {}) {
    const mask = unmaskedOptions.mask ?? ((text) => text);
    // Mask first, escape while rendering: escaping would hide a secret from a masker running over the result.
    const report = (0,report_mask/* maskDeep */.fI)(unmasked, mask);
    const options = (0,report_mask/* maskDeep */.fI)({ ...unmaskedOptions, mask: undefined }, mask);
    const maxBytes = Math.min(options.maxBytes ?? defaultSummaryMaxBytes, stepSummaryLimitBytes);
    // Masking can lengthen text (a 4-byte secret becomes "***" — shorter — but be safe): reserve a margin.
    const budget = new markdown/* MarkdownBudget */.nd(maxBytes - 1024);
    const subject = `k8deployer ${(0,report_escape/* markdownText */.p7)(report.command ?? 'run', 20)} ${(0,report_escape/* markdownCode */.D9)(report.app ?? 'app', { max: 80 })}`;
    const runUrl = (0,report_escape/* safeUrl */.Pl)(options.runUrl);
    const meta = [
        options.environment ? `environment **${(0,report_escape/* markdownText */.p7)(options.environment, 80)}**` : '',
        options.previewUrl ? `preview ${(0,markdown/* bareUrl */.cq)(options.previewUrl)}` : '',
        runUrl ? `[run log](${runUrl})` : '',
        report.runId ? `run ${(0,report_escape/* markdownCode */.D9)(report.runId, { max: 40 })}` : '',
    ].filter(Boolean);
    budget.add(`## ${(0,markdown/* headline */.Pl)(report, subject)}${meta.length > 0 ? `\n\n${meta.join(' · ')}` : ''}`);
    budget.add((0,markdown/* resultTable */.AD)(report, { maxBytes: Math.floor(maxBytes * 0.4) }));
    const graph = (0,markdown/* dependencyGraph */.iq)(report);
    if (graph)
        budget.add(`### Dependencies\n\n${graph}`);
    const planned = report.clusters.filter((cluster) => cluster.changes && cluster.changes.length > 0);
    if (planned.length > 0 && report.command === 'plan') {
        budget.add('### Plan');
        for (const cluster of planned) {
            budget.add((0,markdown/* planTable */.k0)(cluster, Math.floor(maxBytes * 0.1)));
            const diffs = (0,markdown/* planDiffs */.oY)(cluster, Math.min(Math.floor(maxBytes * 0.1), budget.remaining - 4096));
            if (diffs)
                budget.add(diffs);
        }
    }
    const failures = [];
    for (const cluster of report.clusters) {
        for (const component of cluster.components) {
            if (component.outcome === result/* ReportOutcome */.Lz.Failed || component.failedObjects.length > 0)
                failures.push([cluster, component]);
        }
    }
    if (failures.length > 0) {
        budget.add('### Failures');
        // Each failure gets a fair share, so one huge log tail cannot crowd out every other failure.
        const share = Math.max(4096, Math.floor((budget.remaining - 2048) / failures.length));
        for (const [index, [cluster, component]] of failures.entries()) {
            // Once the budget is spent, count the rest instead of rendering blocks that cannot fit.
            if (budget.remaining < 4096) {
                budget.omitted += failures.length - index;
                break;
            }
            budget.add(failureBlock(cluster, component, Math.min(share, 200_000)), 512);
        }
    }
    for (const cluster of report.clusters) {
        const notes = clusterNotes(cluster);
        if (notes)
            budget.add(notes, 512);
    }
    if (budget.omitted > 0) {
        budget.add(`> [!NOTE]\n> ${budget.omitted} section(s) left out to stay under GitHub's 1 MiB summary limit; the full record is in the run log and the \`result\` output.`);
    }
    const text = mask(budget.toString());
    return (0,format/* byteLength */.dp)(text) <= maxBytes ? text : (0,format/* truncateBytes */.QY)(text, maxBytes);
}

;// CONCATENATED MODULE: ./src/report/index.ts















/**
 * Subscribes the log reporter and the result reducer to the bus. The reporters never reach back into the engine:
 * src/action/run.ts and src/commands.ts (the CLI's cluster commands) call finish() after the run and publish the
 * returned texts (outputs, summary, comment) and the exit code.
 */
function attachReporters(options) {
    const masker = options.masker ?? new report_mask/* SecretMasker */.M2();
    const mask = (text) => masker.mask(text);
    const progress = new ProgressReporter({
        mode: options.mode,
        write: options.write,
        mask,
        ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
        ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
        ...(options.now === undefined ? {} : { now: options.now }),
    });
    let report = (0,result/* emptyReport */._O)();
    const unsubscribe = options.bus.subscribe((event) => {
        report = (0,result/* reduceReport */.rx)(report, event);
        progress.handle(event);
    });
    const timer = options.timer === false ? undefined : setInterval(() => progress.flush(), Math.min(options.progressIntervalMs ?? 5_000, 5_000));
    timer?.unref();
    let detached = false;
    const detach = () => {
        if (detached)
            return;
        detached = true;
        unsubscribe();
        if (timer)
            clearInterval(timer);
    };
    return {
        masker,
        report: () => report,
        detach,
        finish(finishOptions = {}) {
            detach();
            const final = (0,result/* finalizeReport */.Fw)(report, {
                finished: true,
                ...(finishOptions.components ? { components: finishOptions.components } : {}),
            });
            const environment = finishOptions.environment ?? (final.clusters.map((c) => c.name).join('+') || 'default');
            const app = final.app ?? 'app';
            const shared = {
                mask,
                ...(finishOptions.previewUrl ? { previewUrl: finishOptions.previewUrl } : {}),
                ...(finishOptions.runUrl ? { runUrl: finishOptions.runUrl } : {}),
            };
            return {
                report: final,
                status: final.outcome,
                exitCode: (0,result/* exitCodeOfReport */.j0)(final),
                reasons: (0,result/* clusterReasons */.ev)(final),
                resultJson: renderResultJson(final, mask),
                summaryMarkdown: renderJobSummary(final, {
                    ...shared,
                    environment,
                    ...(finishOptions.summaryMaxBytes ? { maxBytes: finishOptions.summaryMaxBytes } : {}),
                }),
                commentBody: (0,comment/* renderPrComment */.Q1)(final, {
                    ...shared,
                    app,
                    environment,
                    ...(finishOptions.sha ? { sha: finishOptions.sha } : {}),
                }),
                // Masked like the one inside the comment body, so the two always match.
                commentMarker: (0,comment/* commentMarker */.Ql)(mask(app), mask(environment)),
                // Printable as is: no line of it can be read as a workflow command.
                table: (0,report_escape/* logLines */.OG)(mask(componentTable(final.clusters))).join('\n'),
            };
        },
    };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AD: () => (/* binding */ resultTable),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   cq: () => (/* binding */ bareUrl),
/* harmony export */   iq: () => (/* binding */ dependencyGraph),
/* harmony export */   k0: () => (/* binding */ planTable),
/* harmony export */   nd: () => (/* binding */ MarkdownBudget),
/* harmony export */   oY: () => (/* binding */ planDiffs)
/* harmony export */ });
/* unused harmony export markdownLink */
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15694);
/* harmony import */ var _kube_object_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(34374);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12011);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65781);





/** Markdown building blocks shared by the job summary and the PR comment. */
/**
 * Collects sections in priority order under a byte budget: a section that does not fit is dropped (and counted) so
 * the document stays well-formed instead of being cut in the middle of a table or a code block.
 */
class MarkdownBudget {
    maxBytes;
    parts = [];
    used = 0;
    omitted = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    get remaining() {
        return this.maxBytes - this.used;
    }
    /** Adds the section if it fits (with `reserve` bytes left for what must follow); returns whether it did. */
    add(section, reserve = 0) {
        const size = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(section) + 2;
        if (this.used + size + reserve > this.maxBytes) {
            this.omitted += 1;
            return false;
        }
        this.parts.push(section);
        this.used += size;
        return true;
    }
    toString() {
        return this.parts.join('\n\n') + '\n';
    }
}
function durationCell(durationMs, outcome) {
    return durationMs === 0 && (outcome === _result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Skipped || outcome === _result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Pending) ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(durationMs);
}
/** A link to a URL we publish (an ingress, the run log); anything that is not a plain http(s) URL stays text. */
function markdownLink(url, label) {
    const target = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(url);
    if (!target)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(url, 120);
    const text = label ?? url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(text, 80)}](${target})`;
}
/** A URL shown bare (GitHub autolinks it) when it is a plain http(s) URL; otherwise inert text. */
function bareUrl(url) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .safeUrl */ .Pl)(url) ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(url, 200);
}
function rollbackText(cluster) {
    if (!cluster.rollback)
        return '';
    const target = cluster.rollback.toRevision === null ? 'first install removed' : `to revision ${cluster.rollback.toRevision}`;
    if (cluster.rollback.ok === undefined)
        return `rollback ${target} running`;
    return cluster.rollback.ok
        ? `rolled back ${target}`
        : `rollback ${target} failed${cluster.rollback.reason ? `: ${cluster.rollback.reason}` : ''}`;
}
/** One row per cluster × component; rows beyond the budget collapse into a "… N more" row. */
function resultTable(report, options) {
    const links = options.links ?? true;
    const header = links
        ? ['| Cluster | Component | Status | Duration | Reason | Link |', '|---|---|---|---|---|---|']
        : ['| Cluster | Component | Status | Duration | Reason |', '|---|---|---|---|---|'];
    const rows = [];
    const row = (cells) => `| ${cells.join(' | ')} |`;
    for (const cluster of report.clusters) {
        const components = cluster.components.length > 0 ? cluster.components : [undefined];
        for (const component of components) {
            const cells = component
                ? [
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cluster.name, 60),
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)(component.name, { max: 60, table: true }),
                    (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(component.outcome),
                    durationCell(component.durationMs, component.outcome),
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(component.reason ?? ''),
                ]
                : [
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cluster.name, 60),
                    '—',
                    (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(cluster.outcome),
                    durationCell(cluster.durationMs, cluster.outcome),
                    (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cluster.reason ?? ''),
                ];
            // A deleted component is no longer served at its URL: linking it would send readers to nothing (or to production).
            const live = component && component.outcome !== _result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Deleted;
            if (links)
                cells.push(live ? component.urls.slice(0, 3).map((url) => markdownLink(url)).join('<br>') : '');
            rows.push(row(cells));
        }
        const rollback = rollbackText(cluster);
        if (cluster.components.length > 0 && (rollback || (cluster.reason && cluster.outcome !== _result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Succeeded))) {
            const cells = [
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cluster.name, 60),
                '*(cluster)*',
                (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(cluster.outcome),
                (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(cluster.durationMs),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)([cluster.reason, rollback].filter(Boolean).join('; ')),
            ];
            if (links)
                cells.push('');
            rows.push(row(cells));
        }
    }
    const lines = [...header];
    let size = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(lines.join('\n'));
    for (const [index, line] of rows.entries()) {
        const more = rows.length - index;
        if (size + (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(line) + 1 + 80 > options.maxBytes) {
            lines.push(row([`… ${more} more row${more === 1 ? '' : 's'} (see the \`result\` output)`, '', '', '', '', ...(links ? [''] : [])]));
            break;
        }
        lines.push(line);
        size += (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(line) + 1;
    }
    return lines.join('\n');
}
const classStyles = {
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Succeeded]: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Failed]: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.RolledBack]: 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Cancelled]: 'fill:#ffebe9,stroke:#9a6700,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Skipped]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Planned]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Deleted]: 'fill:#f6f8fa,stroke:#57606a,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Running]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_3__/* .ReportOutcome */ .Lz.Pending]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
};
/**
 * Component dependency graph, each node coloured by its worst outcome over all clusters. Null when there is nothing
 * to draw or too much to draw readably.
 */
function dependencyGraph(report, maxNodes = 60) {
    const components = new Map();
    for (const cluster of report.clusters) {
        for (const component of cluster.components) {
            const entry = components.get(component.name) ?? { depends: new Set(), outcomes: [] };
            for (const dependency of component.depends)
                entry.depends.add(dependency);
            entry.outcomes.push(component.outcome);
            components.set(component.name, entry);
        }
    }
    if (components.size === 0 || components.size > maxNodes)
        return null;
    const ids = new Map([...components.keys()].map((name, index) => [name, `c${index}`]));
    const lines = ['graph LR'];
    const classes = new Map();
    for (const [name, entry] of components) {
        const outcome = (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .worstOutcome */ .Om)(entry.outcomes);
        const id = ids.get(name) ?? '';
        lines.push(`  ${id}["${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(name)}"]`);
        classes.set(outcome, [...(classes.get(outcome) ?? []), id]);
    }
    for (const [name, entry] of components) {
        for (const dependency of entry.depends) {
            const from = ids.get(dependency);
            if (from)
                lines.push(`  ${from} --> ${ids.get(name) ?? ''}`);
        }
    }
    for (const [outcome, members] of classes) {
        const className = outcome.replace(/[^a-z]/g, '');
        lines.push(`  classDef ${className} ${classStyles[outcome]}`);
        lines.push(`  class ${members.join(',')} ${className}`);
    }
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid');
}
const actionSymbol = {
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Create]: '➕ create',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Update]: '✏️ update',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Unchanged]: 'unchanged',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete]: '➖ delete',
};
/** Per-cluster change counts and a table of every change that is not "unchanged". */
function planTable(cluster, maxBytes) {
    const changes = cluster.changes ?? [];
    const counts = { create: 0, update: 0, unchanged: 0, delete: 0 };
    for (const change of changes)
        counts[change.action] += 1;
    const lines = [
        `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(cluster.name, 60)}**: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete, ${counts.unchanged} unchanged`,
    ];
    const changed = changes.filter((change) => change.action !== _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Unchanged);
    if (changed.length === 0)
        return lines[0] ?? '';
    lines.push('', '| Change | Object | Component |', '|---|---|---|');
    let size = (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(lines.join('\n'));
    for (const [index, change] of changed.entries()) {
        const line = `| ${actionSymbol[change.action]} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownCode */ .D9)((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(change.ref), { max: 200, table: true })} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .markdownText */ .p7)(change.component, 60)} |`;
        if (size + (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(line) + 80 > maxBytes) {
            lines.push(`| … ${changed.length - index} more | | |`);
            break;
        }
        lines.push(line);
        size += (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(line) + 1;
    }
    return lines.join('\n');
}
/** Collapsed diffs of updated objects, each capped, until the budget runs out. */
function planDiffs(cluster, maxBytes, perDiffBytes = 16_000) {
    const withDiff = (cluster.changes ?? []).filter((change) => change.diff && change.diff.trim() !== '');
    if (withDiff.length === 0)
        return null;
    const blocks = [];
    let size = 0;
    for (const [index, change] of withDiff.entries()) {
        const block = [
            `<details><summary>diff <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_4__/* .refKey */ .XF)(change.ref), 200)}</code></summary>`,
            '',
            (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)((0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateBytes */ .QY)(change.diff ?? '', perDiffBytes), 'diff'),
            '',
            '</details>',
        ].join('\n');
        if (size + (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(block) + 120 > maxBytes) {
            blocks.push(`*… ${withDiff.length - index} more diff(s) not shown.*`);
            break;
        }
        blocks.push(block);
        size += (0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .byteLength */ .dp)(block) + 1;
    }
    return blocks.join('\n');
}
function headline(report, subject) {
    const outcome = report.outcome;
    const duration = report.durationMs > 0 ? ` in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(report.durationMs)}` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeLabel */ .FR)(outcome).split(' ')[0]} ${subject}: **${outcome}**${duration}`;
}


/***/ }),

/***/ 69488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M2: () => (/* binding */ SecretMasker),
/* harmony export */   fI: () => (/* binding */ maskDeep)
/* harmony export */ });
/* unused harmony export maskReplacement */
/**
 * Replaces every registered secret in rendered text. Every reporter output (log lines, job summary, PR comment,
 * JSON) passes through one masker, so a token that reaches an error message or a pod log never leaves the run.
 * GitHub masks `::add-mask::` values in the log only; summaries and comments are not masked by the runner.
 */
const maskReplacement = '***';
/** Shorter values would mask ordinary words and numbers all over the output. */
const minimumSecretLength = 4;
class SecretMasker {
    secrets = new Set();
    pattern;
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    /** Registers a secret; multi-line secrets (keys, certificates) are also masked line by line, as GitHub does. */
    add(secret) {
        if (!secret)
            return;
        const candidates = [secret, ...secret.split(/\r?\n/).map((line) => line.trim())];
        let changed = false;
        for (const candidate of candidates) {
            if (candidate.length < minimumSecretLength || this.secrets.has(candidate))
                continue;
            this.secrets.add(candidate);
            changed = true;
        }
        if (changed)
            this.pattern = undefined;
    }
    get size() {
        return this.secrets.size;
    }
    mask(text) {
        if (this.secrets.size === 0 || text === '')
            return text;
        this.pattern ??= new RegExp(
        // Longest first, so a secret that contains another is replaced whole.
        [...this.secrets]
            .sort((a, b) => b.length - a.length)
            .map((secret) => secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
            .join('|'), 'g');
        return text.replace(this.pattern, maskReplacement);
    }
}
/**
 * Every string in a plain data value (a report, its options) masked. Reporters mask their data before escaping it
 * for their medium: escaping changes characters (`a_b` → `a\_b`), so a masker running over the finished text
 * could miss a secret.
 */
function maskDeep(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((item) => maskDeep(item, mask));
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)]));
    }
    return value;
}


/***/ }),

/***/ 65781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ finalizeReport),
/* harmony export */   Lz: () => (/* binding */ ReportOutcome),
/* harmony export */   Om: () => (/* binding */ worstOutcome),
/* harmony export */   _O: () => (/* binding */ emptyReport),
/* harmony export */   ev: () => (/* binding */ clusterReasons),
/* harmony export */   j0: () => (/* binding */ exitCodeOfReport),
/* harmony export */   rx: () => (/* binding */ reduceReport)
/* harmony export */ });
/* unused harmony export buildRunReport */
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15694);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _kube_object_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34374);



/** An Outcome, or where a run still is: `running` (started, not finished) and `pending` (not started). */
const ReportOutcome = { ..._events_js__WEBPACK_IMPORTED_MODULE_0__/* .Outcome */ .Pi, Running: 'running', Pending: 'pending' };
const maxWarningsKept = 50;
function emptyReport() {
    return { outcome: ReportOutcome.Pending, durationMs: 0, clusters: [], warnings: [] };
}
function newCluster(name) {
    return { name, outcome: ReportOutcome.Pending, durationMs: 0, components: [], warnings: [] };
}
function newComponent(name) {
    return { name, depends: [], outcome: ReportOutcome.Pending, durationMs: 0, urls: [], images: [], failedObjects: [] };
}
/** Copy-on-write update of one cluster (created when first mentioned). */
function withCluster(report, name, update) {
    const index = report.clusters.findIndex((cluster) => cluster.name === name);
    const clusters = [...report.clusters];
    if (index < 0)
        clusters.push(update(newCluster(name)));
    else
        clusters[index] = update(clusters[index] ?? newCluster(name));
    return { ...report, clusters };
}
function withComponent(cluster, name, update) {
    const index = cluster.components.findIndex((component) => component.name === name);
    const components = [...cluster.components];
    if (index < 0)
        components.push(update(newComponent(name)));
    else
        components[index] = update(components[index] ?? newComponent(name));
    return { ...cluster, components };
}
function pushCapped(list, item) {
    const next = [...list, item];
    return next.length > maxWarningsKept ? next.slice(next.length - maxWarningsKept) : next;
}
function startRunning(outcome) {
    return outcome === ReportOutcome.Pending ? ReportOutcome.Running : outcome;
}
/** The pure reducer: one event in, a new report out. Nothing is mutated. */
function reduceReport(report, event) {
    switch (event.type) {
        case 'run-started':
            return {
                ...report,
                runId: event.runId,
                command: event.command,
                app: event.app,
                outcome: ReportOutcome.Running,
                startedAt: event.at,
                clusters: event.clusters.reduce((clusters, name) => (clusters.some((c) => c.name === name) ? clusters : [...clusters, newCluster(name)]), report.clusters),
            };
        case 'cluster-started':
            return withCluster(report, event.cluster, (c) => ({
                ...c,
                namespace: event.namespace,
                outcome: ReportOutcome.Running,
                startedAt: event.at,
            }));
        case 'plan-ready':
            return withCluster(report, event.cluster, (c) => {
                let next = { ...c, changes: event.changes };
                for (const component of new Set(event.changes.map((change) => change.component))) {
                    const own = event.changes.filter((change) => change.component === component);
                    const counts = ['create', 'update', 'delete']
                        .map((action) => [action, own.filter((change) => change.action === action).length])
                        .filter(([, count]) => count > 0)
                        .map(([action, count]) => `${count} to ${action}`);
                    next = withComponent(next, component, (x) => ({ ...x, reason: counts.length > 0 ? counts.join(', ') : 'no change' }));
                }
                return next;
            });
        case 'object-applied':
        case 'object-progress':
        case 'object-ready':
            return withCluster(report, event.cluster, (c) => withComponent({ ...c, outcome: startRunning(c.outcome) }, event.component, (x) => ({
                ...x,
                outcome: startRunning(x.outcome),
            })));
        case 'object-failed':
            return withCluster(report, event.cluster, (c) => withComponent(c, event.component, (x) => ({
                ...x,
                outcome: x.outcome === ReportOutcome.Pending || x.outcome === ReportOutcome.Running ? ReportOutcome.Failed : x.outcome,
                reason: x.reason ?? event.reason,
                failedObjects: [...x.failedObjects, { object: (0,_kube_object_js__WEBPACK_IMPORTED_MODULE_2__/* .refKey */ .XF)(event.ref), reason: event.reason }],
                details: x.details ?? event.details,
            })));
        case 'component-finished':
            return withCluster(report, event.cluster, (c) => withComponent(c, event.component, (x) => {
                const next = { ...x, outcome: event.outcome, durationMs: event.durationMs };
                const reason = event.reason ?? x.reason;
                if (reason !== undefined)
                    next.reason = reason;
                return next;
            }));
        case 'rollback-started':
            return withCluster(report, event.cluster, (c) => ({ ...c, rollback: { toRevision: event.toRevision } }));
        case 'rollback-finished':
            return withCluster(report, event.cluster, (c) => {
                const rollback = { toRevision: event.toRevision, ok: event.ok };
                if (event.reason !== undefined)
                    rollback.reason = event.reason;
                return { ...c, rollback };
            });
        case 'object-pruned':
        case 'object-deleted':
            return report;
        case 'cluster-finished':
            return withCluster(report, event.cluster, (c) => {
                const next = { ...c, outcome: event.outcome, durationMs: event.durationMs };
                if (event.reason !== undefined)
                    next.reason = event.reason;
                if (event.revision !== undefined)
                    next.revision = event.revision;
                return next;
            });
        case 'run-cancelled':
            return { ...report, cancelledBy: event.signal };
        case 'run-finished':
            return { ...report, outcome: event.outcome, durationMs: event.durationMs };
        case 'log': {
            if (event.level !== 'warning' && event.level !== 'error')
                return report;
            if (event.cluster === undefined)
                return { ...report, warnings: pushCapped(report.warnings, event.message) };
            return withCluster(report, event.cluster, (c) => ({ ...c, warnings: pushCapped(c.warnings, event.message) }));
        }
    }
}
function buildRunReport(events) {
    let report = emptyReport();
    for (const event of events)
        report = reduceReport(report, event);
    return report;
}
function infosFor(source, cluster) {
    if (!source)
        return [];
    if (Array.isArray(source)) {
        const first = source[0];
        if (first && 'objects' in first) {
            return source.find((app) => app.cluster === cluster)?.components ?? [];
        }
        return source;
    }
    return source[cluster] ?? [];
}
/**
 * Adds what rendering knows (kind, depends, images, urls), lists components no event mentioned in spec order, and,
 * for a finished run, settles anything still pending or running so the final report never says "running".
 */
function finalizeReport(report, options = {}) {
    const finished = options.finished ?? report.outcome !== ReportOutcome.Running;
    const clusters = report.clusters.map((cluster) => {
        const infos = infosFor(options.components, cluster.name);
        const byName = new Map(cluster.components.map((component) => [component.name, component]));
        const ordered = [];
        for (const info of infos) {
            const component = byName.get(info.name) ?? newComponent(info.name);
            byName.delete(info.name);
            ordered.push({ ...component, kind: info.kind, depends: [...info.depends], urls: [...info.urls], images: [...info.images] });
        }
        ordered.push(...byName.values());
        const settled = finished ? ordered.map((component) => settleComponent(component, cluster)) : ordered;
        const next = { ...cluster, components: settled };
        if (finished && (next.outcome === ReportOutcome.Pending || next.outcome === ReportOutcome.Running)) {
            next.outcome = next.outcome === ReportOutcome.Pending ? ReportOutcome.Skipped : ReportOutcome.Failed;
            next.reason ??= next.outcome === ReportOutcome.Skipped ? 'not started' : 'did not finish';
        }
        return next;
    });
    const final = { ...report, clusters };
    if (finished && (final.outcome === ReportOutcome.Pending || final.outcome === ReportOutcome.Running)) {
        final.outcome = clusters.some((c) => c.outcome === ReportOutcome.Failed) ? ReportOutcome.Failed : ReportOutcome.Skipped;
    }
    return final;
}
function settleComponent(component, cluster) {
    if (component.outcome !== ReportOutcome.Pending && component.outcome !== ReportOutcome.Running)
        return component;
    // The engine may not report every component on success (e.g. plan, delete); the cluster's outcome covers them.
    if (cluster.outcome === ReportOutcome.Succeeded || cluster.outcome === ReportOutcome.Planned || cluster.outcome === ReportOutcome.Deleted) {
        return { ...component, outcome: cluster.outcome };
    }
    if (component.outcome === ReportOutcome.Running) {
        return { ...component, outcome: ReportOutcome.Failed, reason: component.reason ?? cluster.reason ?? 'did not become ready' };
    }
    return { ...component, outcome: ReportOutcome.Skipped, reason: component.reason ?? 'not started' };
}
/** Worst first: what a multi-cluster cell or a headline shows. */
const severity = [
    ReportOutcome.Failed,
    ReportOutcome.Cancelled,
    ReportOutcome.RolledBack,
    ReportOutcome.Running,
    ReportOutcome.Pending,
    ReportOutcome.Skipped,
    ReportOutcome.Planned,
    ReportOutcome.Deleted,
    ReportOutcome.Succeeded,
];
function worstOutcome(outcomes) {
    for (const outcome of severity)
        if (outcomes.includes(outcome))
            return outcome;
    return ReportOutcome.Pending;
}
const failingOutcomes = new Set([ReportOutcome.Failed, ReportOutcome.RolledBack, ReportOutcome.Cancelled]);
/** The run's exit code, from the finalized report: failed, rolled back and cancelled runs fail. */
function exitCodeOfReport(report) {
    return failingOutcomes.has(report.outcome) ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Failure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Ok;
}
/** `cluster: reason` for every cluster that has one: what a failed step says. */
function clusterReasons(report) {
    return report.clusters.filter((cluster) => cluster.reason).map((cluster) => `${cluster.name}: ${cluster.reason}`);
}


/***/ })

};
