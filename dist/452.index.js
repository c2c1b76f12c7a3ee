export const id = 452;
export const ids = [452];
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

/***/ 38623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M2: () => (/* reexport */ SecretMasker),
  eT: () => (/* binding */ attachReporters)
});

// UNUSED EXPORTS: ProgressReporter, buildRunReport, commentLimitBytes, commentMarker, componentTable, defaultSummaryMaxBytes, emptyReport, escapeCommandData, finalizeReport, formatDuration, maskReplacement, neutralizeCommands, reduceReport, renderJobSummary, renderPrComment, renderResultJson, stepSummaryLimitBytes, toResultJson, worstOutcome

;// CONCATENATED MODULE: ./src/report/format.ts
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
    succeeded: '✅',
    failed: '❌',
    'rolled-back': '↩️',
    skipped: '⏭️',
    planned: '📝',
    deleted: '🗑️',
    running: '⏳',
    pending: '⏸️',
};
function outcomeLabel(outcome) {
    return `${outcomeEmoji[outcome]} ${outcome}`;
}
/** One line, at most `max` characters (reasons from the cluster can be long or multi-line). */
function oneLine(text, max = 300) {
    const line = text.replace(/\s*\r?\n\s*/g, ' ⏎ ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** Text safe inside a Markdown table cell: no pipes, no line breaks, no raw HTML. */
function markdownCell(text, max = 300) {
    return oneLine(text, max)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/`/g, "'");
}
/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it early. */
function codeBlock(text, language = 'text') {
    const longestRun = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
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

// EXTERNAL MODULE: ./src/kube/object.ts
var object = __webpack_require__(34374);
;// CONCATENATED MODULE: ./src/report/result.ts

const maxWarningsKept = 50;
function emptyReport() {
    return { outcome: 'pending', durationMs: 0, clusters: [], warnings: [] };
}
function newCluster(name) {
    return { name, outcome: 'pending', durationMs: 0, components: [], warnings: [] };
}
function newComponent(name) {
    return { name, depends: [], outcome: 'pending', durationMs: 0, urls: [], images: [], failedObjects: [] };
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
    return outcome === 'pending' ? 'running' : outcome;
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
                outcome: 'running',
                startedAt: event.at,
                clusters: event.clusters.reduce((clusters, name) => (clusters.some((c) => c.name === name) ? clusters : [...clusters, newCluster(name)]), report.clusters),
            };
        case 'cluster-started':
            return withCluster(report, event.cluster, (c) => ({
                ...c,
                namespace: event.namespace,
                outcome: 'running',
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
                outcome: x.outcome === 'pending' || x.outcome === 'running' ? 'failed' : x.outcome,
                reason: x.reason ?? event.reason,
                failedObjects: [...x.failedObjects, { object: (0,object/* refKey */.XF)(event.ref), reason: event.reason }],
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
    const finished = options.finished ?? report.outcome !== 'running';
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
        if (finished && (next.outcome === 'pending' || next.outcome === 'running')) {
            next.outcome = next.outcome === 'pending' ? 'skipped' : 'failed';
            next.reason ??= next.outcome === 'skipped' ? 'not started' : 'did not finish';
        }
        return next;
    });
    const final = { ...report, clusters };
    if (finished && (final.outcome === 'pending' || final.outcome === 'running')) {
        final.outcome = clusters.some((c) => c.outcome === 'failed') ? 'failed' : 'skipped';
    }
    return final;
}
function settleComponent(component, cluster) {
    if (component.outcome !== 'pending' && component.outcome !== 'running')
        return component;
    // The engine may not report every component on success (e.g. plan, delete); the cluster's outcome covers them.
    if (cluster.outcome === 'succeeded' || cluster.outcome === 'planned' || cluster.outcome === 'deleted') {
        return { ...component, outcome: cluster.outcome };
    }
    if (component.outcome === 'running') {
        return { ...component, outcome: 'failed', reason: component.reason ?? cluster.reason ?? 'did not become ready' };
    }
    return { ...component, outcome: 'skipped', reason: component.reason ?? 'not started' };
}
/** Worst first: what a multi-cluster cell or a headline shows. */
const severity = ['failed', 'rolled-back', 'running', 'pending', 'skipped', 'planned', 'deleted', 'succeeded'];
function worstOutcome(outcomes) {
    for (const outcome of severity)
        if (outcomes.includes(outcome))
            return outcome;
    return 'pending';
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



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
        const size = byteLength(section) + 2;
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
    return durationMs === 0 && (outcome === 'skipped' || outcome === 'pending') ? '' : formatDuration(durationMs);
}
function markdown_link(url) {
    if (!/^https?:\/\/[^\s<>()]+$/.test(url))
        return markdownCell(url, 120);
    const label = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    return `[${markdownCell(label, 80)}](${url})`;
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
                    markdownCell(cluster.name, 60),
                    `\`${markdownCell(component.name, 60)}\``,
                    outcomeLabel(component.outcome),
                    durationCell(component.durationMs, component.outcome),
                    markdownCell(component.reason ?? ''),
                ]
                : [
                    markdownCell(cluster.name, 60),
                    '—',
                    outcomeLabel(cluster.outcome),
                    durationCell(cluster.durationMs, cluster.outcome),
                    markdownCell(cluster.reason ?? ''),
                ];
            // A deleted component is no longer served at its URL: linking it would send readers to nothing (or to production).
            const live = component && component.outcome !== 'deleted';
            if (links)
                cells.push(live ? component.urls.slice(0, 3).map(markdown_link).join('<br>') : '');
            rows.push(row(cells));
        }
        const rollback = rollbackText(cluster);
        if (cluster.components.length > 0 && (rollback || (cluster.reason && cluster.outcome !== 'succeeded'))) {
            const cells = [
                markdownCell(cluster.name, 60),
                '*(cluster)*',
                outcomeLabel(cluster.outcome),
                formatDuration(cluster.durationMs),
                markdownCell([cluster.reason, rollback].filter(Boolean).join('; ')),
            ];
            if (links)
                cells.push('');
            rows.push(row(cells));
        }
    }
    const lines = [...header];
    let size = byteLength(lines.join('\n'));
    for (const [index, line] of rows.entries()) {
        const more = rows.length - index;
        if (size + byteLength(line) + 1 + 80 > options.maxBytes) {
            lines.push(row([`… ${more} more row${more === 1 ? '' : 's'} (see the \`result\` output)`, '', '', '', '', ...(links ? [''] : [])]));
            break;
        }
        lines.push(line);
        size += byteLength(line) + 1;
    }
    return lines.join('\n');
}
const classStyles = {
    succeeded: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    failed: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    'rolled-back': 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    skipped: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
    planned: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    deleted: 'fill:#f6f8fa,stroke:#57606a,color:#1f2328',
    running: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    pending: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
};
function mermaidLabel(text) {
    return text.replace(/"/g, '#quot;').replace(/[<>]/g, '').replace(/[\r\n]+/g, ' ');
}
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
        const outcome = worstOutcome(entry.outcomes);
        const id = ids.get(name) ?? '';
        lines.push(`  ${id}["${mermaidLabel(name)}"]`);
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
        lines.push(`  classDef ${className} ${classStyles[outcome] ?? ''}`);
        lines.push(`  class ${members.join(',')} ${className}`);
    }
    return codeBlock(lines.join('\n'), 'mermaid');
}
const actionSymbol = {
    create: '➕ create',
    update: '✏️ update',
    unchanged: 'unchanged',
    delete: '➖ delete',
};
/** Per-cluster change counts and a table of every change that is not "unchanged". */
function planTable(cluster, maxBytes) {
    const changes = cluster.changes ?? [];
    const counts = { create: 0, update: 0, unchanged: 0, delete: 0 };
    for (const change of changes)
        counts[change.action] += 1;
    const lines = [
        `**${markdownCell(cluster.name, 60)}**: ${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete, ${counts.unchanged} unchanged`,
    ];
    const changed = changes.filter((change) => change.action !== 'unchanged');
    if (changed.length === 0)
        return lines[0] ?? '';
    lines.push('', '| Change | Object | Component |', '|---|---|---|');
    let size = byteLength(lines.join('\n'));
    for (const [index, change] of changed.entries()) {
        const line = `| ${actionSymbol[change.action]} | \`${markdownCell((0,object/* refKey */.XF)(change.ref), 200)}\` | ${markdownCell(change.component, 60)} |`;
        if (size + byteLength(line) + 80 > maxBytes) {
            lines.push(`| … ${changed.length - index} more | | |`);
            break;
        }
        lines.push(line);
        size += byteLength(line) + 1;
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
            `<details><summary>diff <code>${markdownCell((0,object/* refKey */.XF)(change.ref), 200)}</code></summary>`,
            '',
            codeBlock(truncateBytes(change.diff ?? '', perDiffBytes), 'diff'),
            '',
            '</details>',
        ].join('\n');
        if (size + byteLength(block) + 120 > maxBytes) {
            blocks.push(`*… ${withDiff.length - index} more diff(s) not shown.*`);
            break;
        }
        blocks.push(block);
        size += byteLength(block) + 1;
    }
    return blocks.join('\n');
}
function headline(report, subject) {
    const outcome = report.outcome;
    const duration = report.durationMs > 0 ? ` in ${formatDuration(report.durationMs)}` : '';
    return `${outcomeLabel(outcome).split(' ')[0]} ${subject}: **${outcome}**${duration}`;
}

;// CONCATENATED MODULE: ./src/report/comment.ts


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
function renderPrComment(report, options) {
    const mask = options.mask ?? ((text) => text);
    const maxBytes = Math.min(options.maxBytes ?? commentLimitBytes, commentLimitBytes);
    const marker = commentMarker(options.app, options.environment);
    const budget = new MarkdownBudget(maxBytes - byteLength(marker) - 1024);
    const subject = `\`${markdownCell(options.app, 80)}\` → **${markdownCell(options.environment, 80)}** ${report.command ?? 'run'}`;
    budget.add(`### ${headline(report, subject)}`);
    if (options.previewUrl)
        budget.add(`🔗 Preview: ${options.previewUrl}`);
    budget.add(resultTable(report, { maxBytes: Math.floor(maxBytes * 0.4), links: !options.previewUrl }));
    if (report.command === 'plan') {
        for (const cluster of report.clusters) {
            if (!cluster.changes)
                continue;
            budget.add(planTable(cluster, Math.floor(maxBytes * 0.2)));
            const diffs = planDiffs(cluster, Math.min(Math.floor(maxBytes * 0.3), budget.remaining - 2048), 8_000);
            if (diffs)
                budget.add(diffs);
        }
    }
    const footer = [
        options.sha ? `for ${options.sha.slice(0, 7)}` : '',
        options.runUrl ? `[run log](${options.runUrl})` : '',
        `updated ${(options.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z')}`,
        report.durationMs > 0 ? `took ${formatDuration(report.durationMs)}` : '',
    ].filter(Boolean);
    if (budget.omitted > 0)
        budget.add(`*${budget.omitted} section(s) left out to fit a comment; see the run log.*`);
    // The marker stays outside masking and any cut: without it the next run would post a second comment.
    const content = mask(`${budget.toString()}\n<sub>${footer.join(' · ')}</sub>\n`);
    const room = maxBytes - byteLength(marker) - 1;
    return `${marker}\n${byteLength(content) <= room ? content : truncateBytes(content, room)}`;
}

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

;// CONCATENATED MODULE: ./src/report/mask.ts
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
/**
 * Text from the cluster (messages, events, pod logs) must never be read as a workflow command: the runner trims
 * leading spaces and then looks for `::`, so a pod could otherwise print `::add-path::` or `::set-output::`.
 */
function neutralizeCommands(line) {
    return line.trimStart().startsWith('::') ? `· ${line}` : line;
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
    report = emptyReport();
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
            .map(([key, value]) => `${key}=${escapeCommandProperty(this.mask(value))}`)
            .join(',');
        this.writeLine(`::${name}${props ? ` ${props}` : ''}::${escapeCommandData(this.mask(data))}`);
    }
    line(text, cluster) {
        for (const part of text.split(/\r?\n/)) {
            this.writeLine(this.mask(neutralizeCommands(cluster === undefined ? part : `[${cluster}] ${part}`)));
        }
    }
    problem(level, message, cluster) {
        const text = cluster === undefined ? message : `[${cluster}] ${message}`;
        if (this.mode === 'actions')
            this.command(level, oneLine(text, 1000), { title: 'k8deployer' });
        else
            this.line(`${level}: ${message}`, cluster);
    }
    handle(event) {
        this.report = reduceReport(this.report, event);
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
                this.line(`${event.action === 'unchanged' ? 'unchanged' : `applied (${event.action})`} ${(0,object/* refKey */.XF)(event.ref)}`, event.cluster);
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
                const reason = event.reason ? `: ${oneLine(event.reason)}` : '';
                this.line(`component ${event.component} ${event.outcome} in ${formatDuration(event.durationMs)}${reason}`, event.cluster);
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
            if (change.action === 'unchanged')
                continue;
            this.line(`  ${changeVerb[change.action]} ${(0,object/* refKey */.XF)(change.ref)} (${change.component})`, cluster);
            // The diff (Secret values already masked by the planner) shows what an update would change.
            const diffLines = (change.diff ?? '').split('\n').filter((line) => line.length > 0 && !line.startsWith('---') && !line.startsWith('+++'));
            // Indentation is the structure of a YAML diff: keep it, cut only the end.
            for (const diffLine of diffLines.slice(0, maxDiffLines))
                this.line(`      ${diffLine.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200).trimEnd()}`, cluster);
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
            this.line(`  event: ${oneLine(event, 500)}`, cluster);
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
        const reason = event.reason ? `: ${oneLine(event.reason)}` : '';
        const summary = `${event.outcome} in ${formatDuration(event.durationMs)}${reason}`;
        if ((event.outcome === 'failed' || event.outcome === 'rolled-back') && event.reason && !this.errorsShown.has(`${event.cluster}|${event.reason}`)) {
            this.problem('error', `${event.outcome}: ${event.reason}`, event.cluster);
        }
        else {
            this.line(summary, event.cluster);
        }
        if (this.mode !== 'actions')
            return;
        const cluster = finalizeReport(this.report, { finished: true }).clusters.find((c) => c.name === event.cluster);
        this.writeLine(`::group::${escapeCommandData(this.mask(`[${event.cluster}] ${summary}`))}`);
        if (cluster)
            this.line(componentTable([cluster]));
        this.writeLine('::endgroup::');
    }
    printFinalTable() {
        const report = finalizeReport(this.report, { finished: true });
        this.line('');
        this.line(componentTable(report.clusters));
        const failed = report.outcome === 'failed' || report.outcome === 'rolled-back';
        this.line(`${failed ? '✗' : '✓'} ${report.command ?? 'run'} ${report.outcome} in ${formatDuration(report.durationMs)}`);
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
            rows.push([cluster.name, '-', cluster.outcome + rollback, formatDuration(cluster.durationMs), oneLine(cluster.reason ?? '', 120)]);
        }
        for (const component of cluster.components) {
            const notRun = component.durationMs === 0 && (component.outcome === 'skipped' || component.outcome === 'pending');
            rows.push([
                cluster.name,
                component.name,
                component.outcome,
                notRun ? '' : formatDuration(component.durationMs),
                oneLine(component.reason ?? '', 120),
            ]);
        }
        if (cluster.components.length > 0 && (rollback || cluster.reason)) {
            rows.push([cluster.name, '(cluster)', cluster.outcome + rollback, formatDuration(cluster.durationMs), oneLine(cluster.reason ?? '', 120)]);
        }
    }
    return textTable(['CLUSTER', 'COMPONENT', 'STATUS', 'DURATION', 'REASON'], rows);
}

;// CONCATENATED MODULE: ./src/report/summary.ts


/** GitHub refuses a step summary over 1 MiB; stay clearly below it (the runner's own text may follow). */
const stepSummaryLimitBytes = 1024 * 1024;
const defaultSummaryMaxBytes = 1000 * 1024;
function failureBlock(cluster, component, maxBytes) {
    const title = `${outcomeEmoji[component.outcome]} ${markdownCell(cluster.name, 60)} / <code>${markdownCell(component.name, 60)}</code>: ${markdownCell(component.reason ?? component.outcome, 200)}`;
    const body = [];
    if (component.failedObjects.length > 0) {
        body.push('**Objects**', '', ...component.failedObjects.slice(0, 20).map((f) => `- \`${markdownCell(f.object, 200)}\`: ${markdownCell(f.reason, 500)}`));
    }
    const details = component.details;
    // Evidence gets what is left after the title; logs are the most useful and the biggest, so they share the rest.
    const evidenceBudget = Math.max(1024, maxBytes - 2048);
    if (details && details.events.length > 0) {
        body.push('', '**Events**', '', codeBlock(lastLinesWithin(details.events, Math.floor(evidenceBudget / 3))));
    }
    if (details?.logTail && details.logTail.length > 0) {
        body.push('', `**Log tail** (last ${details.logTail.length} lines)`, '', codeBlock(lastLinesWithin(details.logTail, Math.floor((evidenceBudget * 2) / 3))));
    }
    else if (details?.logUnavailable) {
        body.push('', `*Logs unavailable: ${markdownCell(details.logUnavailable, 300)}*`);
    }
    return ['<details>', `<summary>${title}</summary>`, '', ...body, '', '</details>'].join('\n');
}
function clusterNotes(cluster) {
    if (cluster.warnings.length === 0)
        return null;
    return [
        '<details>',
        `<summary>⚠️ ${markdownCell(cluster.name, 60)}: ${cluster.warnings.length} warning(s)</summary>`,
        '',
        codeBlock(lastLinesWithin(cluster.warnings, 16_000)),
        '',
        '</details>',
    ].join('\n');
}
/**
 * The job summary: headline, cluster × component table, dependency graph, plan, then failure evidence. Sections are
 * added in that order under a byte budget; what does not fit is dropped whole and counted in a closing note.
 */
function renderJobSummary(report, options = {}) {
    const mask = options.mask ?? ((text) => text);
    const maxBytes = Math.min(options.maxBytes ?? defaultSummaryMaxBytes, stepSummaryLimitBytes);
    // Masking can lengthen text (a 4-byte secret becomes "***" — shorter — but be safe): reserve a margin.
    const budget = new MarkdownBudget(maxBytes - 1024);
    const subject = `k8deployer ${report.command ?? 'run'} \`${markdownCell(report.app ?? 'app', 80)}\``;
    const meta = [
        options.environment ? `environment **${markdownCell(options.environment, 80)}**` : '',
        options.previewUrl ? `preview ${options.previewUrl}` : '',
        options.runUrl ? `[run log](${options.runUrl})` : '',
        report.runId ? `run \`${markdownCell(report.runId, 40)}\`` : '',
    ].filter(Boolean);
    budget.add(`## ${headline(report, subject)}${meta.length > 0 ? `\n\n${meta.join(' · ')}` : ''}`);
    budget.add(resultTable(report, { maxBytes: Math.floor(maxBytes * 0.4) }));
    const graph = dependencyGraph(report);
    if (graph)
        budget.add(`### Dependencies\n\n${graph}`);
    const planned = report.clusters.filter((cluster) => cluster.changes && cluster.changes.length > 0);
    if (planned.length > 0 && report.command === 'plan') {
        budget.add('### Plan');
        for (const cluster of planned) {
            budget.add(planTable(cluster, Math.floor(maxBytes * 0.1)));
            const diffs = planDiffs(cluster, Math.min(Math.floor(maxBytes * 0.1), budget.remaining - 4096));
            if (diffs)
                budget.add(diffs);
        }
    }
    const failures = [];
    for (const cluster of report.clusters) {
        for (const component of cluster.components) {
            if (component.outcome === 'failed' || component.failedObjects.length > 0)
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
    return byteLength(text) <= maxBytes ? text : truncateBytes(text, maxBytes);
}

;// CONCATENATED MODULE: ./src/report/index.ts













/**
 * Subscribes the log reporter and the result reducer to the bus. The reporters never reach back into the engine:
 * main.ts / cli.ts call finish() after the run and publish the returned texts (outputs, summary, comment).
 */
function attachReporters(options) {
    const masker = options.masker ?? new SecretMasker();
    const mask = (text) => masker.mask(text);
    const progress = new ProgressReporter({
        mode: options.mode,
        write: options.write,
        mask,
        ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
        ...(options.verbose === undefined ? {} : { verbose: options.verbose }),
        ...(options.now === undefined ? {} : { now: options.now }),
    });
    let report = emptyReport();
    const unsubscribe = options.bus.subscribe((event) => {
        report = reduceReport(report, event);
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
            const final = finalizeReport(report, {
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
                resultJson: renderResultJson(final, mask),
                summaryMarkdown: renderJobSummary(final, {
                    ...shared,
                    environment,
                    ...(finishOptions.summaryMaxBytes ? { maxBytes: finishOptions.summaryMaxBytes } : {}),
                }),
                commentBody: renderPrComment(final, {
                    ...shared,
                    app,
                    environment,
                    ...(finishOptions.sha ? { sha: finishOptions.sha } : {}),
                }),
                commentMarker: commentMarker(app, environment),
                table: mask(componentTable(final.clusters)),
            };
        },
    };
}


/***/ })

};
