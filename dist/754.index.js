export const id = 754;
export const ids = [754];
export const modules = {

/***/ 75341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ IdTokenUnavailableError),
/* harmony export */   V: () => (/* binding */ githubIdTokenGetter)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The job has no ID token to give: the runner sets its request variables only with `permissions: id-token: write`. */
class IdTokenUnavailableError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE {
    missingVariable;
    constructor(missingVariable) {
        super('github-oidc', 'request ID token', `${missingVariable} is not set: the job needs \`permissions: id-token: write\` (and pull requests from forks never get one)`);
        this.missingVariable = missingVariable;
    }
}
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
            throw new IdTokenUnavailableError(!requestUrl ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : 'ACTIONS_ID_TOKEN_REQUEST_TOKEN');
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE('github-oidc', 'request ID token', `request failed: ${String(error)}`, {
                cause: error,
                retryable: true,
            });
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
    /** Delete and re-create: an immutable field changes (a Job's template, a Service's clusterIP). */
    Replace: 'replace',
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
    /**
     * A progressive rollout (canary, blue-green) holds at a pause until promoted: not failed, nothing to undo;
     * `k8deployer promote` continues it and `k8deployer abort` rolls it back (src/strategy).
     */
    Paused: 'paused',
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

/***/ 1400:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ planCounts),
/* harmony export */   Cf: () => (/* binding */ actionVerb),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   Ju: () => (/* binding */ unknownValuesWarning),
/* harmony export */   W9: () => (/* binding */ planEntries),
/* harmony export */   eB: () => (/* binding */ entryDetail),
/* harmony export */   nn: () => (/* binding */ deletionWarning),
/* harmony export */   t: () => (/* binding */ entrySubject)
/* harmony export */ });
/* unused harmony export summarizeDiff */
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15694);
/* harmony import */ var _kube_object_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34374);
// The reading of a plan a person wants, like `terraform plan`: counts per action, deletions called out, identical
// changes grouped ("55 Deployments: image 7.4.0 → 7.5.0"), a content-hashed ConfigMap's new name shown as a
// content change of the old one. Pure: the CLI and the Markdown reports render from this.


/**
 * Counts as a person reads them: a hashed ConfigMap whose content changed is one change (not an add and a
 * delete); unchanged objects and a delete superseded by its new content are not changes.
 */
function planCounts(changes) {
    const counts = { add: 0, change: 0, replace: 0, delete: 0, unchanged: 0 };
    const superseded = supersededKeys(changes);
    for (const change of changes) {
        if (change.supersedes)
            counts.change += 1;
        else if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete && superseded.has((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref)))
            continue;
        else if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Create)
            counts.add += 1;
        else if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Update)
            counts.change += 1;
        else if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Replace)
            counts.replace += 1;
        else if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete)
            counts.delete += 1;
        else
            counts.unchanged += 1;
    }
    return counts;
}
/** `2 to add, 1 to change, 1 to replace, 0 to delete` (and the unchanged, which reassure). */
function countsLine(counts) {
    return (`${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.delete} to delete` +
        (counts.unchanged > 0 ? `, ${counts.unchanged} unchanged` : ''));
}
/** A warning when the plan deletes something (a superseded ConfigMap aside): the line nobody must miss. */
function deletionWarning(changes) {
    const superseded = supersededKeys(changes);
    const deleted = changes.filter((change) => change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete && !superseded.has((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref)));
    if (deleted.length === 0)
        return undefined;
    const names = deleted.slice(0, 5).map((change) => (0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref));
    const more = deleted.length > 5 ? ` and ${deleted.length - 5} more` : '';
    return `⚠ ${deleted.length} object${deleted.length === 1 ? '' : 's'} will be deleted: ${names.join(', ')}${more}`;
}
/**
 * Values this plan could not know (a secret env var unset where `plan` runs): taken from the live objects, so they
 * count as no change; said once per cluster so a reader knows the plan is blind there.
 */
function unknownValuesWarning(changes) {
    const values = [...new Set(changes.flatMap((change) => change.unknownValues ?? []))].filter((value) => !value.startsWith('secrets checksum'));
    if (values.length === 0)
        return undefined;
    return `⚠ ${values.length} secret value${values.length === 1 ? '' : 's'} unknown to this plan: ${values.slice(0, 5).join(', ')}${values.length > 5 ? ', …' : ''}; shown unchanged where the cluster has one (deploy needs them set)`;
}
/** Every change but the unchanged (unless a value was unknown) and the superseded deletes, identical ones grouped. */
function planEntries(changes) {
    const superseded = supersededKeys(changes);
    const entries = [];
    const groups = new Map();
    for (const change of changes) {
        if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Unchanged && !change.unknownValues)
            continue;
        if (change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete && superseded.has((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref)))
            continue;
        const summary = change.diff ? summarizeDiff(change.diff) : undefined;
        const signature = change.action === _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Update && change.diff && !change.supersedes
            ? `${change.ref.kind}\n${summary ?? changedLines(change.diff)}`
            : undefined;
        const grouped = signature ? groups.get(signature) : undefined;
        if (grouped) {
            grouped.objects.push((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref));
            if (!grouped.components.includes(change.component))
                grouped.components.push(change.component);
            continue;
        }
        const entry = {
            action: change.action,
            kind: change.ref.kind,
            objects: [(0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)(change.ref)],
            components: [change.component],
            ...(summary ? { summary } : {}),
            ...(change.diff ? { diff: change.diff } : {}),
            ...(change.supersedes ? { supersedes: change.supersedes } : {}),
            ...(change.immutableFields ? { immutableFields: change.immutableFields } : {}),
            ...(change.unknownValues ? { unknownValues: change.unknownValues } : {}),
        };
        if (signature)
            groups.set(signature, entry);
        entries.push(entry);
    }
    return entries;
}
/** The entry's first words: `55 Deployments` or `Deployment/shop/api`. */
function entrySubject(entry) {
    if (entry.objects.length === 1)
        return entry.objects[0] ?? entry.kind;
    return `${entry.objects.length} ${plural(entry.kind)}`;
}
function actionVerb(entry) {
    if (entry.supersedes)
        return '~ content';
    switch (entry.action) {
        case _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Create:
            return '+ add';
        case _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Update:
            return '~ change';
        case _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Replace:
            return '± replace';
        case _events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete:
            return '- delete';
        default:
            return '  unchanged';
    }
}
/** What to say after the subject: the summary, why a replace, the old name of a content change. */
function entryDetail(entry) {
    const parts = [];
    if (entry.supersedes)
        parts.push(`${entry.supersedes} → ${entry.objects[0]?.split('/').pop() ?? ''}`);
    if (entry.immutableFields)
        parts.push(`immutable ${entry.immutableFields.join(', ')} changes: delete and re-create`);
    if (entry.summary)
        parts.push(entry.summary);
    if (entry.unknownValues)
        parts.push(`values unknown: ${entry.unknownValues.join(', ')} (not counted as a change)`);
    return parts.join('; ');
}
function plural(kind) {
    if (/(s|x|ch|sh)$/.test(kind))
        return `${kind}es`;
    if (/[^aeiou]y$/.test(kind))
        return `${kind.slice(0, -1)}ies`;
    return `${kind}s`;
}
/** The deletes a hashed ConfigMap/Secret supersedes (its old name, listed as a delete by the planner). */
function supersededKeys(changes) {
    const keys = new Set();
    for (const change of changes) {
        if (!change.supersedes)
            continue;
        keys.add((0,_kube_object_js__WEBPACK_IMPORTED_MODULE_1__/* .refKey */ .XF)({ ...change.ref, name: change.supersedes }));
    }
    return keys;
}
/** The `-`/`+` lines of a diff, trimmed: what identical changes share (context lines differ per object). */
function changedLines(diff) {
    return diff
        .split('\n')
        .filter((line) => line.startsWith('-') || line.startsWith('+'))
        .map((line) => `${line.charAt(0)}${line.slice(1).trim()}`)
        .join('\n');
}
/**
 * `image 7.4.0 → 7.5.0, replicas 2 → 3` when every change of the diff is a value replaced under the same key; an
 * image of the same repository shows only its tags. Undefined when lines are only added or removed.
 */
function summarizeDiff(diff) {
    const removed = [];
    const added = [];
    const pairs = new Set();
    const flush = () => {
        if (removed.length !== added.length)
            return false;
        for (const [index, before] of removed.entries()) {
            const pair = valuePair(before, added[index] ?? '');
            if (!pair)
                return false;
            pairs.add(pair);
        }
        removed.length = 0;
        added.length = 0;
        return true;
    };
    for (const line of diff.split('\n')) {
        if (line.startsWith('---') || line.startsWith('+++'))
            continue;
        if (line.startsWith('-')) {
            if (added.length > 0 && !flush())
                return undefined;
            removed.push(line.slice(1));
        }
        else if (line.startsWith('+'))
            added.push(line.slice(1));
        else if (!flush())
            return undefined;
    }
    if (!flush() || pairs.size === 0)
        return undefined;
    const list = [...pairs];
    return list.length > 4 ? `${list.slice(0, 4).join(', ')} (+${list.length - 4} more)` : list.join(', ');
}
function valuePair(before, after) {
    const left = /^\s*(?:- )?([^:\s][^:]*):\s*(.+)$/.exec(before);
    const right = /^\s*(?:- )?([^:\s][^:]*):\s*(.+)$/.exec(after);
    if (!left || !right || left[1] !== right[1])
        return undefined;
    const key = (left[1] ?? '').split('/').pop() ?? '';
    let [oldValue, newValue] = [left[2] ?? '', right[2] ?? ''];
    if (key === 'image') {
        const [oldRepo, oldTag] = splitImage(oldValue);
        const [newRepo, newTag] = splitImage(newValue);
        if (oldRepo === newRepo && oldTag && newTag)
            [oldValue, newValue] = [oldTag, newTag];
    }
    return `${key} ${oldValue} → ${newValue}`;
}
function splitImage(image) {
    const at = image.lastIndexOf(':');
    return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, undefined];
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
/* harmony import */ var _plan_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85925);
/* harmony import */ var _mask_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(69488);
/* harmony import */ var _rollouts_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2138);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90687);







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
    const report = (0,_mask_js__WEBPACK_IMPORTED_MODULE_6__/* .maskDeep */ .fI)(unmasked, mask);
    const options = (0,_mask_js__WEBPACK_IMPORTED_MODULE_6__/* .maskDeep */ .fI)({ ...unmaskedOptions, mask: undefined, now: undefined }, mask);
    const maxBytes = Math.min(options.maxBytes ?? commentLimitBytes, commentLimitBytes);
    // From the masked names; attachReporters returns the same marker, which is how the sticky comment is found.
    const marker = commentMarker(options.app, options.environment);
    const budget = new _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .MarkdownBudget */ .nd(maxBytes - (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(marker) - 1024);
    const subject = `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(options.app, { max: 80 })} → **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(options.environment, 80)}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(report.command ?? 'run', 20)}`;
    budget.add(`### ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .headline */ .Pl)(report, subject)}\n\n${(0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictLine */ .MT)(report)}`);
    if (options.previewUrl)
        budget.add(`🔗 Preview: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bareUrl */ .cq)(options.previewUrl)}`);
    const cards = (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .failures */ .e9)(report);
    const share = Math.max(2048, Math.floor((maxBytes * 0.4) / Math.max(1, cards.length)));
    for (const [cluster, component] of cards.slice(0, 5)) {
        budget.add((0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .failureCard */ .jO)(cluster, component, { logLines: 10, maxBytes: Math.min(share, 8_000) }), 1024);
    }
    if (cards.length > 5)
        budget.add(`*… ${cards.length - 5} more failure(s) in the job summary.*`);
    const rollouts = (0,_rollouts_js__WEBPACK_IMPORTED_MODULE_4__/* .rolloutSection */ .Zg)(report);
    if (rollouts)
        budget.add(rollouts, 1024);
    for (const section of (0,_verdict_js__WEBPACK_IMPORTED_MODULE_5__/* .attentionSections */ .Fo)(report, {
        ...(options.previewUrl ? {} : { links: _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .componentLinks */ .pk }),
        maxRows: 100,
    }))
        budget.add(section, 1024);
    const blueGreen = (0,_rollouts_js__WEBPACK_IMPORTED_MODULE_4__/* .blueGreenSection */ .Vx)(report);
    if (blueGreen)
        budget.add(blueGreen, 1024);
    if (report.command === 'plan') {
        const planned = report.clusters.filter((cluster) => cluster.changes);
        const sections = (0,_plan_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .planSections */ .wS)(planned, {
            tableBytes: Math.floor((maxBytes * 0.2) / Math.max(1, planned.length)),
            diffBytes: Math.min(Math.floor(maxBytes * 0.3), budget.remaining - 2048),
            perDiffBytes: 8_000,
        });
        for (const section of sections)
            budget.add(section);
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
function plainText(text) {
    return text
        .replace(ansiSequence, '')
        .replace(lineBreak, '\n')
        .replace(loneSurrogate, '\uFFFD')
        .replace(invisible, '');
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
/* harmony export */   ed: () => (/* binding */ textTable),
/* harmony export */   zs: () => (/* binding */ cutDescription)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65781);


/**
 * `<1 ms` (never `0ms`: it reads as not measured), `850ms`, `12s`, `3m 05s`, `1h 02m`: short enough for a table
 * column.
 */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '';
    if (ms < 1)
        return '<1 ms';
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
    [_result_js__WEBPACK_IMPORTED_MODULE_1__/* .ReportOutcome */ .Lz.Paused]: '⏯️',
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
/**
 * GitHub rejects descriptions over 140 characters. Cut at a grapheme boundary (never inside a surrogate pair or an
 * emoji sequence: half of one is a lone surrogate, which JSON carries but GitHub refuses or shows as �), and count
 * UTF-16 units, the strictest reading of "characters".
 */
function cutDescription(text, max = 140) {
    if (text === undefined || text.length <= max)
        return text;
    let kept = '';
    for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) {
        if (kept.length + segment.length > max - 1)
            break;
        kept += segment;
    }
    return `${kept}…`;
}


/***/ }),

/***/ 28270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M2: () => (/* reexport */ report_mask/* SecretMasker */.M2),
  xr: () => (/* reexport */ report_escape/* annotationText */.xr),
  eT: () => (/* binding */ attachReporters),
  Ql: () => (/* reexport */ comment/* commentMarker */.Ql),
  BP: () => (/* reexport */ report_escape/* logLine */.BP),
  OG: () => (/* reexport */ report_escape/* logLines */.OG)
});

// UNUSED EXPORTS: ProgressReporter, ReportOutcome, buildRunReport, commentLimitBytes, componentTable, defaultSummaryMaxBytes, emptyReport, escapeCommandData, finalizeReport, formatDuration, htmlText, markdownCode, markdownText, maskDeep, maskReplacement, mermaidLabel, plainText, reduceReport, renderJobSummary, renderPrComment, renderResultJson, safeUrl, stepSummaryLimitBytes, toResultJson, worstOutcome

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
            rollouts: cluster.rollouts && cluster.rollouts.length > 0 ? cluster.rollouts : undefined,
            components: cluster.components.map((component) => defined({
                name: component.name,
                status: component.outcome,
                durationMs: Math.round(component.durationMs),
                reason: component.reason,
                urls: component.urls,
                images: component.images,
                pins: component.pins,
            })),
        })),
    });
}
/**
 * Masked string by string before serializing (a secret with a quote or backslash would not match once escaped),
 * because the output is visible to every later step and to anyone reading the run.
 */
function renderResultJson(report, mask = (text) => text) {
    return JSON.stringify(toResultJson(report), (_key, value) => typeof value === 'string' ? mask(value) : value);
}

// EXTERNAL MODULE: ./src/report/mask.ts
var report_mask = __webpack_require__(69488);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/plan/overview.ts
var overview = __webpack_require__(1400);
;// CONCATENATED MODULE: ./src/report/plan-text.ts

/** Diff lines printed under one entry; the Markdown reports carry the whole diff. */
const maxPlanDiffLines = 40;
/** The lines of one cluster's plan (without the cluster prefix the progress reporter adds). */
function planTextLines(changes, maxDiffLines = maxPlanDiffLines, steps = []) {
    const lines = [`plan: ${(0,overview/* countsLine */.J7)((0,overview/* planCounts */.Ai)(changes))}`];
    const warning = (0,overview/* deletionWarning */.nn)(changes);
    if (warning)
        lines.push(warning);
    const unknown = (0,overview/* unknownValuesWarning */.Ju)(changes);
    if (unknown)
        lines.push(unknown);
    for (const entry of (0,overview/* planEntries */.W9)(changes)) {
        const detail = (0,overview/* entryDetail */.eB)(entry);
        const components = entry.components.join(', ');
        lines.push(`  ${(0,overview/* actionVerb */.Cf)(entry)} ${(0,overview/* entrySubject */.t)(entry)}${detail ? `: ${detail}` : ''} (${components})`);
        if (entry.objects.length > 1)
            lines.push(`      ${entry.objects.slice(0, 10).join(', ')}${entry.objects.length > 10 ? ', …' : ''}`);
        // The diff (Secret values already masked by the planner); its indentation is the YAML's structure: keep it.
        const diffLines = (entry.diff ?? '')
            .split('\n')
            .filter((line) => line.length > 0 && !line.startsWith('---') && !line.startsWith('+++'));
        for (const diffLine of diffLines.slice(0, maxDiffLines))
            lines.push(`      ${diffLine.slice(0, 200).trimEnd()}`);
        if (diffLines.length > maxDiffLines)
            lines.push(`      … ${diffLines.length - maxDiffLines} more diff lines`);
    }
    // Steps write no object: not counted as changes, listed as what the deploy will (or will not) do.
    for (const step of steps)
        lines.push(`  ${step.run ? 'will run' : 'will not run'} ${step.request} (${step.component}): ${step.why}`);
    return lines;
}

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
/**
 * The workflow command's position properties: an annotation on that line of the file in the pull request's "Files
 * changed" view. GitHub wants a path relative to the repository (the workspace is the working directory).
 */
function sourceProperties(source) {
    if (!source)
        return {};
    const file = (0,external_node_path_.isAbsolute)(source.file) ? (0,external_node_path_.relative)(process.cwd(), source.file) : source.file;
    return {
        file: file.split('\\').join('/'),
        line: String(Math.max(1, source.line)),
        col: String(Math.max(1, source.column)),
    };
}
class ProgressReporter {
    mode;
    writeLine;
    mask;
    interval;
    verbose;
    now;
    logTailLines;
    objects = new Map();
    awaited = new Map();
    heartbeatInterval;
    lastHeartbeatAt;
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
        this.heartbeatInterval = options.heartbeatIntervalMs ?? 10_000;
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
    /** A warning or error; one with a source position is annotated on that line (actions) or prefixed with it. */
    problem(level, message, cluster, source) {
        const text = cluster === undefined ? message : `[${cluster}] ${message}`;
        if (this.mode === 'actions')
            this.command(level, (0,report_escape/* oneLine */.TN)(text, 1000), { title: 'k8deployer', ...sourceProperties(source) });
        // `file:line:col: warning: …` first on the line, as compilers print it, so editors and terminals link it.
        else if (source)
            this.line(`${source.file}:${source.line}:${source.column}: ${level}: ${text}`);
        else
            this.line(`${level}: ${message}`, cluster);
    }
    handle(event) {
        // Masked before anything is cut to length: a secret cut in half by `oneLine(…, 120)` no longer matches the
        // masker, and its first part would be printed (a server echoing a token into a failed request's reason).
        const masked = (0,report_mask/* maskDeep */.fI)(event, this.mask);
        this.report = (0,result/* reduceReport */.rx)(this.report, masked);
        this.dispatch(masked);
        this.flush(masked.at);
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
                this.printPlan(event.cluster, event.changes, event.steps ?? []);
                return;
            case 'step-started':
                this.awaited.set(`${event.cluster}|${event.component}`, { cluster: event.cluster, component: event.component });
                this.line(`▶ ${event.component} started: ${(0,report_escape/* oneLine */.TN)(event.request, 300)}`, event.cluster);
                this.lastHeartbeatAt ??= event.at;
                return;
            case 'step-retry':
                this.line(`  ${event.component}: attempt ${event.attempt} failed: ${(0,report_escape/* oneLine */.TN)(event.problem, 300)}; retrying in ${(0,format/* formatDuration */.a3)(event.delayMs)}`, event.cluster);
                return;
            case 'step-finished':
                // Failures are told once, by component-finished (it carries this line as its reason).
                if (event.ok)
                    this.line(`  ${event.component}: ${(0,report_escape/* oneLine */.TN)(event.line, 400)}`, event.cluster);
                return;
            case 'object-applied': {
                // One line per component state change: "started" once; objects only with --verbose.
                const key = `${event.cluster}|${event.component}`;
                if (!this.awaited.has(key)) {
                    this.awaited.set(key, { cluster: event.cluster, component: event.component });
                    this.line(`▶ ${event.component} started`, event.cluster);
                    this.lastHeartbeatAt ??= event.at;
                }
                if (this.verbose)
                    this.line(`${event.action === events/* ChangeAction */.Xw.Unchanged ? 'unchanged' : `applied (${event.action})`} ${(0,object/* refKey */.XF)(event.ref)}`, event.cluster);
                return;
            }
            case 'object-progress': {
                const awaited = this.awaited.get(`${event.cluster}|${event.component}`);
                if (awaited && event.status !== 'Ready')
                    awaited.reason = `${(0,object/* refKey */.XF)(event.ref)}: ${event.message}`;
                // Objects that are ready once applied are announced by object-ready; "Ready: applied" would say it twice.
                if (!this.verbose || (event.status === 'Ready' && event.message === 'applied'))
                    return;
                this.progress(event.cluster, event.ref, `${event.status}: ${event.message}`, event.at);
                return;
            }
            case 'object-ready':
                this.objects.delete(`${event.cluster}|${(0,object/* refKey */.XF)(event.ref)}`);
                if (this.verbose)
                    this.line(`✓ ${(0,object/* refKey */.XF)(event.ref)} ready`, event.cluster);
                return;
            case 'object-failed':
                this.awaited.delete(`${event.cluster}|${event.component}`);
                this.objects.delete(`${event.cluster}|${(0,object/* refKey */.XF)(event.ref)}`);
                this.errorsShown.add(`${event.cluster}|${event.reason}`);
                this.problem('error', event.reason, event.cluster);
                if (event.details)
                    this.printDetails(event.cluster, event.details);
                return;
            case 'component-finished': {
                this.awaited.delete(`${event.cluster}|${event.component}`);
                const reason = event.reason ? `: ${(0,report_escape/* oneLine */.TN)(event.reason)}` : '';
                const mark = event.outcome === result/* ReportOutcome */.Lz.Succeeded ? '✓' : event.outcome === result/* ReportOutcome */.Lz.Failed ? '✗' : '·';
                this.line(`${mark} ${event.component} ${event.outcome} in ${(0,format/* formatDuration */.a3)(event.durationMs)}${reason}`, event.cluster);
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
            case 'strategy-progress':
                this.line(`◆ ${event.message}`, event.cluster);
                return;
            case 'run-cancelled':
                this.problem('warning', `interrupted by ${event.signal}: stopping; applying the rollback policy and releasing the lease (a second signal skips the rollback)`);
                return;
            case 'run-finished':
                this.objects.clear();
                this.awaited.clear();
                this.printFinalTable();
                return;
            case 'log':
                this.log(event);
                return;
        }
    }
    /** Prints progress lines that were held back by the interval and are now due. Call it from a timer. */
    flush(now = this.now()) {
        this.heartbeat(now);
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
    /**
     * Every heartbeat interval, one line per cluster naming the components still awaited and the tracker's last reason
     * for each, so a long wait shows what it waits for even when the cluster sends nothing.
     */
    heartbeat(now) {
        if (this.heartbeatInterval <= 0 || this.awaited.size === 0)
            return;
        if (this.lastHeartbeatAt !== undefined && now - this.lastHeartbeatAt < this.heartbeatInterval)
            return;
        this.lastHeartbeatAt = now;
        const byCluster = new Map();
        for (const entry of this.awaited.values())
            byCluster.set(entry.cluster, [...(byCluster.get(entry.cluster) ?? []), entry]);
        for (const [cluster, entries] of byCluster) {
            const parts = entries.map((entry) => `${entry.component} (${(0,report_escape/* oneLine */.TN)(entry.reason ?? 'applied, no status reported yet', 160)})`);
            this.line(`… waiting for ${parts.join(', ')}`, cluster);
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
    printPlan(cluster, changes, steps) {
        for (const text of planTextLines(changes, maxDiffLines, steps))
            this.line(text, cluster);
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
        for (const [key, entry] of [...this.awaited])
            if (entry.cluster === event.cluster)
                this.awaited.delete(key);
        for (const key of [...this.objects.keys()])
            if (key.startsWith(`${event.cluster}|`))
                this.objects.delete(key);
        const reason = event.reason ? `: ${(0,report_escape/* oneLine */.TN)(event.reason)}` : '';
        const summary = `${event.outcome} in ${(0,format/* formatDuration */.a3)(event.durationMs)}${reason}`;
        if ((event.outcome === result/* ReportOutcome */.Lz.Failed ||
            event.outcome === result/* ReportOutcome */.Lz.RolledBack ||
            event.outcome === result/* ReportOutcome */.Lz.Cancelled) &&
            event.reason &&
            !this.errorsShown.has(`${event.cluster}|${event.reason}`)) {
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
        const failed = report.outcome === result/* ReportOutcome */.Lz.Failed ||
            report.outcome === result/* ReportOutcome */.Lz.RolledBack ||
            report.outcome === result/* ReportOutcome */.Lz.Cancelled;
        this.line(`${failed ? '✗' : '✓'} ${report.command ?? 'run'} ${report.outcome} in ${(0,format/* formatDuration */.a3)(report.durationMs)}`);
    }
    log(event) {
        if (event.level === 'warning' || event.level === 'error') {
            this.problem(event.level, event.message, event.cluster, event.source);
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
        /** The cluster's own row: alone when it has no components, or after them for a rollback or a reason. */
        const clusterRow = (label) => [
            (0,report_escape/* oneLine */.TN)(cluster.name, 80),
            label,
            cluster.outcome + rollback,
            (0,format/* formatDuration */.a3)(cluster.durationMs),
            (0,report_escape/* oneLine */.TN)(cluster.reason ?? '', 120),
        ];
        if (cluster.components.length === 0) {
            rows.push(clusterRow('-'));
        }
        for (const component of cluster.components) {
            const notRun = component.durationMs === 0 &&
                (component.outcome === result/* ReportOutcome */.Lz.Skipped || component.outcome === result/* ReportOutcome */.Lz.Pending);
            rows.push([
                (0,report_escape/* oneLine */.TN)(cluster.name, 80),
                (0,report_escape/* oneLine */.TN)(component.name, 80),
                component.outcome,
                notRun ? '' : (0,format/* formatDuration */.a3)(component.durationMs),
                (0,report_escape/* oneLine */.TN)(component.reason ?? '', 120),
            ]);
        }
        if (cluster.components.length > 0 && (rollback || cluster.reason)) {
            rows.push(clusterRow('(cluster)'));
        }
    }
    return (0,format/* textTable */.ed)(['CLUSTER', 'COMPONENT', 'STATUS', 'DURATION', 'REASON'], rows);
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/plan-markdown.ts
var plan_markdown = __webpack_require__(85925);
// EXTERNAL MODULE: ./src/report/rollouts.ts
var report_rollouts = __webpack_require__(2138);
// EXTERNAL MODULE: ./src/report/verdict.ts
var verdict = __webpack_require__(90687);
;// CONCATENATED MODULE: ./src/report/summary.ts







/** GitHub refuses a step summary over 1 MiB; stay clearly below it (the runner's own text may follow). */
const stepSummaryLimitBytes = 1024 * 1024;
const defaultSummaryMaxBytes = 1000 * 1024;
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
 * The job summary: headline and the verdict per cluster, an open card per failure, what needs attention (green
 * clusters folded), the dependency graph, the plan. Sections are
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
    budget.add(`## ${(0,markdown/* headline */.Pl)(report, subject)}\n\n${(0,verdict/* verdictLine */.MT)(report)}${meta.length > 0 ? `\n\n${meta.join(' · ')}` : ''}`);
    const cards = (0,verdict/* failures */.e9)(report);
    if (cards.length > 0) {
        // Each failure gets a fair share, so one huge log tail cannot crowd out every other failure.
        const share = Math.max(4096, Math.floor((maxBytes * 0.5) / cards.length));
        for (const [index, [cluster, component]] of cards.entries()) {
            // Cards take at most half: the attention table must still fit after them.
            if (budget.remaining < maxBytes / 2) {
                budget.omitted += cards.length - index;
                break;
            }
            budget.add((0,verdict/* failureCard */.jO)(cluster, component, { logLines: 40, maxBytes: Math.min(share, 100_000) }), 512);
        }
    }
    for (const section of (0,verdict/* attentionSections */.Fo)(report, { links: markdown/* componentLinks */.pk, maxRows: 500 }))
        budget.add(section);
    const rollouts = (0,report_rollouts/* rolloutSection */.Zg)(report);
    if (rollouts)
        budget.add(rollouts, 1024);
    const blueGreen = (0,report_rollouts/* blueGreenSection */.Vx)(report);
    if (blueGreen)
        budget.add(blueGreen);
    const graph = (0,markdown/* dependencyGraph */.iq)(report);
    if (graph)
        budget.add(`### Dependencies\n\n${graph}`);
    const planned = report.clusters.filter((cluster) => cluster.changes && cluster.changes.length > 0);
    if (planned.length > 0 && report.command === 'plan') {
        budget.add('### Plan');
        const sections = (0,plan_markdown/* planSections */.wS)(planned, {
            tableBytes: Math.floor(maxBytes * 0.1),
            diffBytes: Math.min(Math.floor(maxBytes * 0.1) * planned.length, budget.remaining - 4096),
        });
        for (const section of sections)
            budget.add(section);
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
        ...(options.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
        // Per-object lines: asked for, or GitHub's step debug logging (RUNNER_DEBUG=1), or K8DEPLOYER_VERBOSE=1.
        verbose: options.verbose ?? (process.env.RUNNER_DEBUG === '1' || process.env.K8DEPLOYER_VERBOSE === '1'),
        ...(options.now === undefined ? {} : { now: options.now }),
    });
    let report = (0,result/* emptyReport */._O)();
    const unsubscribe = options.bus.subscribe((event) => {
        report = (0,result/* reduceReport */.rx)(report, event);
        progress.handle(event);
    });
    const timer = options.timer === false
        ? undefined
        : setInterval(() => progress.flush(), Math.max(1, Math.min(options.progressIntervalMs ?? 5_000, options.heartbeatIntervalMs ?? 10_000, 5_000)));
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
                reasons: (0,result/* clusterReasons */.ev)((0,report_mask/* maskDeep */.fI)(final, mask)),
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
                table: (0,report_escape/* logLines */.OG)(mask(componentTable((0,report_mask/* maskDeep */.fI)(final.clusters, mask)))).join('\n'),
            };
        },
    };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   cq: () => (/* binding */ bareUrl),
/* harmony export */   iq: () => (/* binding */ dependencyGraph),
/* harmony export */   nd: () => (/* binding */ MarkdownBudget),
/* harmony export */   pk: () => (/* binding */ componentLinks)
/* harmony export */ });
/* unused harmony export markdownLink */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65781);
/* harmony import */ var _render_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75611);




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
        const size = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .byteLength */ .dp)(section) + 2;
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
/** A link to a URL we publish (an ingress, the run log); anything that is not a plain http(s) URL stays text. */
function markdownLink(url, label) {
    const target = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url);
    if (!target)
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(url, 120);
    const text = label ?? url.replace(/^https?:\/\//, '').replace(/\/$/, '');
    return `[${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text, 80)}](${target})`;
}
/** The Link cell of a component: its URLs, unless it was deleted (a link would send readers to nothing). */
function componentLinks(component) {
    if (component.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Deleted)
        return '';
    return component.urls
        .slice(0, 3)
        .map((url) => markdownLink(url))
        .join('<br>');
}
/** A URL shown bare (GitHub autolinks it) when it is a plain http(s) URL; otherwise inert text. */
function bareUrl(url) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .safeUrl */ .Pl)(url) ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(url, 200);
}
const classStyles = {
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Succeeded]: 'fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed]: 'fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.RolledBack]: 'fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Cancelled]: 'fill:#ffebe9,stroke:#9a6700,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Skipped]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Planned]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Deleted]: 'fill:#f6f8fa,stroke:#57606a,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Running]: 'fill:#ddf4ff,stroke:#0969da,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Paused]: 'fill:#ddf4ff,stroke:#9a6700,color:#1f2328',
    [_result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Pending]: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a',
};
/**
 * The part of a big graph worth drawing: components that did not simply succeed (failed, cancelled, changed…) and
 * their direct neighbours, so a 50-service app shows the failure and what it touches, not a wall of green.
 */
function focusedNodes(components) {
    const hot = new Set([...components]
        .filter(([, entry]) => entry.changed || (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .worstOutcome */ .Om)(entry.outcomes) !== _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Succeeded)
        .map(([name]) => name));
    const focus = new Set(hot);
    for (const [name, entry] of components) {
        for (const dependency of entry.depends) {
            if (hot.has(name))
                focus.add(dependency);
            if (hot.has(dependency))
                focus.add(name);
        }
    }
    return focus.size === components.size && hot.size === 0 ? new Set() : focus;
}
/**
 * Component dependency graph, each node coloured by its worst outcome over all clusters. Null when there is nothing
 * to draw or too much to draw readably.
 */
function dependencyGraph(report, maxNodes = 60, focusAbove = 15) {
    const components = new Map();
    for (const cluster of report.clusters) {
        for (const component of cluster.components) {
            // The app's shared objects (namespace, secrets) are no step of the app a reader follows, unless they failed.
            if (component.name === _render_context_js__WEBPACK_IMPORTED_MODULE_3__/* .appComponent */ .V7 && component.outcome !== _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed)
                continue;
            const entry = components.get(component.name) ?? { depends: new Set(), outcomes: [], changed: false };
            for (const dependency of component.depends)
                entry.depends.add(dependency);
            entry.outcomes.push(component.outcome);
            entry.changed ||= (component.previousImages ?? []).some((image) => !component.images.includes(image));
            components.set(component.name, entry);
        }
    }
    if (components.size === 0)
        return null;
    if (components.size > focusAbove) {
        const focus = focusedNodes(components);
        if (focus.size === 0)
            return null;
        for (const name of [...components.keys()])
            if (!focus.has(name))
                components.delete(name);
    }
    if (components.size > maxNodes)
        return null;
    const ids = new Map([...components.keys()].map((name, index) => [name, `c${index}`]));
    const lines = ['graph LR'];
    const classes = new Map();
    for (const [name, entry] of components) {
        const outcome = (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .worstOutcome */ .Om)(entry.outcomes);
        const id = ids.get(name) ?? '';
        lines.push(`  ${id}["${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidLabel */ ._b)(name)}"]`);
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
    return (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid');
}
function headline(report, subject) {
    const outcome = report.outcome;
    const duration = report.durationMs > 0 ? ` in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(report.durationMs)}` : '';
    return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeLabel */ .FR)(outcome).split(' ')[0]} ${subject}: **${outcome}**${duration}`;
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

/***/ 85925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wS: () => (/* binding */ planSections)
/* harmony export */ });
/* unused harmony exports planTable, planDiffs */
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15694);
/* harmony import */ var _plan_overview_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1400);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12011);
// The plan in the job summary and the PR comment: per cluster the counts, a warning when something is deleted,
// a table of the changes (identical ones grouped), then collapsed diffs. The diff budget is shared fairly: each
// cluster gets an equal share of what is left, and what one cluster does not use passes to the next.




const actionLabel = {
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Create]: '➕ add',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Update]: '✏️ change',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Replace]: '♻️ replace',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Delete]: '➖ delete',
    [_events_js__WEBPACK_IMPORTED_MODULE_0__/* .ChangeAction */ .Xw.Unchanged]: 'unchanged',
};
function label(entry) {
    return entry.supersedes ? '✏️ content' : actionLabel[entry.action];
}
/** Counts, deletion warning and a table of every change; rows that do not fit are counted. */
function planTable(cluster, maxBytes) {
    const changes = cluster.changes ?? [];
    const lines = [`**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(cluster.name, 60)}**: ${(0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .countsLine */ .J7)((0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .planCounts */ .Ai)(changes))}`];
    const warning = (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .deletionWarning */ .nn)(changes);
    if (warning)
        lines.push('', `> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(warning, 600)}`);
    const unknown = (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .unknownValuesWarning */ .Ju)(changes);
    if (unknown)
        lines.push('', `> [!WARNING]\n> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(unknown, 600)}`);
    const entries = (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .planEntries */ .W9)(changes);
    const steps = cluster.steps ?? [];
    if (entries.length === 0 && steps.length === 0)
        return lines.join('\n');
    lines.push('', '| Change | Object | Component |', '|---|---|---|');
    // Steps first: few, and what a reviewer most needs to see (a request to an outside system).
    for (const step of steps.slice(0, 50))
        lines.push(`| ${step.run ? '▶️ will run' : '⏸️ will not run'} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)(step.request, { max: 200, table: true })} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(step.why, 200)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(step.component, 120)} |`);
    let size = (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(lines.join('\n'));
    for (const [index, entry] of entries.entries()) {
        const detail = (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .entryDetail */ .eB)(entry);
        const subject = entry.objects.length === 1
            ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownCode */ .D9)((0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .entrySubject */ .t)(entry), { max: 200, table: true })
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)((0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .entrySubject */ .t)(entry), 80);
        const line = `| ${label(entry)} | ${subject}${detail ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(detail, 300)}` : ''} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(entry.components.join(', '), 120)} |`;
        if (size + (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(line) + 80 > maxBytes) {
            lines.push(`| … ${entries.length - index} more | | |`);
            break;
        }
        lines.push(line);
        size += (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(line) + 1;
    }
    return lines.join('\n');
}
/** Collapsed diffs of one cluster's entries, each capped, until `maxBytes` runs out. */
function planDiffs(cluster, maxBytes, perDiffBytes = 16_000) {
    const withDiff = (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .planEntries */ .W9)(cluster.changes ?? []).filter((entry) => entry.diff && entry.diff.trim() !== '');
    if (withDiff.length === 0)
        return null;
    const blocks = [];
    let size = 0;
    for (const [index, entry] of withDiff.entries()) {
        const title = entry.objects.length === 1 ? (0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .entrySubject */ .t)(entry) : `${(0,_plan_overview_js__WEBPACK_IMPORTED_MODULE_1__/* .entrySubject */ .t)(entry)} (first: ${entry.objects[0] ?? ''})`;
        const block = [
            `<details><summary>diff <code>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(title, 200)}</code></summary>`,
            '',
            (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)((0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .truncateBytes */ .QY)(entry.diff ?? '', perDiffBytes), 'diff'),
            '',
            '</details>',
        ].join('\n');
        if (size + (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(block) + 120 > maxBytes) {
            // A paragraph of its own: Markdown right after `</details>` would be read as part of the HTML block.
            blocks.push(`… ${withDiff.length - index} more diff(s) of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownText */ .p7)(cluster.name, 60)} not shown.`);
            break;
        }
        blocks.push(block);
        size += (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(block) + 2;
    }
    return blocks.join('\n\n');
}
/**
 * Every planned cluster's table and diffs. `diffBytes` is shared across clusters: the first cluster cannot take
 * it all and leave the last two diffs.
 */
function planSections(clusters, options) {
    const sections = [];
    let left = Math.max(0, options.diffBytes);
    for (const [index, cluster] of clusters.entries()) {
        sections.push(planTable(cluster, options.tableBytes));
        const share = Math.floor(left / (clusters.length - index));
        const diffs = planDiffs(cluster, share, options.perDiffBytes);
        if (diffs) {
            sections.push(diffs);
            left -= (0,_format_js__WEBPACK_IMPORTED_MODULE_3__/* .byteLength */ .dp)(diffs) + 2;
        }
    }
    return sections;
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
/* unused harmony exports removedImages, buildRunReport */
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
/** `image:` values a unified diff removes: what the cluster ran before the update. */
function removedImages(diff) {
    if (!diff)
        return [];
    const images = [];
    for (const match of diff.matchAll(/^-\s*(?:- )?image:\s*["']?([^\s"']+)["']?\s*$/gm))
        if (match[1])
            images.push(match[1]);
    return images;
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
                let next = { ...c, changes: event.changes, ...(event.steps ? { steps: event.steps } : {}) };
                for (const step of event.steps ?? [])
                    next = withComponent(next, step.component, (x) => ({
                        ...x,
                        reason: step.run ? `will run: ${step.request}` : `will not run: ${step.why}`,
                    }));
                for (const component of new Set(event.changes.map((change) => change.component))) {
                    const own = event.changes.filter((change) => change.component === component);
                    const counts = ['create', 'update', 'delete']
                        .map((action) => [action, own.filter((change) => change.action === action).length])
                        .filter(([, count]) => count > 0)
                        .map(([action, count]) => `${count} to ${action}`);
                    const previous = [...new Set(own.flatMap((change) => removedImages(change.diff)))];
                    next = withComponent(next, component, (x) => ({
                        ...x,
                        reason: counts.length > 0 ? counts.join(', ') : 'no change',
                        ...(previous.length > 0 ? { previousImages: previous } : {}),
                    }));
                }
                return next;
            });
        case 'object-applied':
        case 'object-progress':
        case 'object-ready':
            return withCluster(report, event.cluster, (c) => withComponent({ ...c, outcome: startRunning(c.outcome) }, event.component, (x) => ({
                ...x,
                outcome: startRunning(x.outcome),
                started: true,
            })));
        case 'step-started':
            return withCluster(report, event.cluster, (c) => withComponent({ ...c, outcome: startRunning(c.outcome) }, event.component, (x) => ({
                ...x,
                outcome: startRunning(x.outcome),
                started: true,
            })));
        case 'step-retry':
            return report;
        case 'step-finished':
            // The one line (`POST https://… → 503 after 3 attempts`) is the component's reason, failed or not.
            return withCluster(report, event.cluster, (c) => withComponent(c, event.component, (x) => ({ ...x, reason: event.line })));
        case 'object-failed':
            return withCluster(report, event.cluster, (c) => withComponent(c, event.component, (x) => ({
                ...x,
                outcome: x.outcome === ReportOutcome.Pending || x.outcome === ReportOutcome.Running
                    ? ReportOutcome.Failed
                    : x.outcome,
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
        case 'strategy-progress':
            return withCluster(report, event.cluster, (c) => ({
                ...c,
                rollouts: [...(c.rollouts ?? []).filter((entry) => entry.component !== event.rollout.component), event.rollout],
            }));
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
            ordered.push({
                ...component,
                kind: info.kind,
                depends: [...info.depends],
                urls: [...info.urls],
                images: [...info.images],
                ...(info.pins?.length ? { pins: info.pins.map((pin) => ({ ...pin })) } : {}),
            });
        }
        ordered.push(...byName.values());
        const settled = finished
            ? settleConsequences(ordered.map((component) => settleComponent(component, cluster)), cluster)
            : ordered;
        const next = { ...cluster, components: settled };
        if (finished && (next.outcome === ReportOutcome.Pending || next.outcome === ReportOutcome.Running)) {
            next.outcome = next.outcome === ReportOutcome.Pending ? ReportOutcome.Skipped : ReportOutcome.Failed;
            next.reason ??= next.outcome === ReportOutcome.Skipped ? 'not started' : 'did not finish';
        }
        return next;
    });
    const final = { ...report, clusters };
    if (finished && (final.outcome === ReportOutcome.Pending || final.outcome === ReportOutcome.Running)) {
        final.outcome = clusters.some((c) => c.outcome === ReportOutcome.Failed)
            ? ReportOutcome.Failed
            : ReportOutcome.Skipped;
    }
    return final;
}
function settleComponent(component, cluster) {
    if (component.outcome !== ReportOutcome.Pending && component.outcome !== ReportOutcome.Running)
        return component;
    // The engine may not report every component on success (e.g. plan, delete); the cluster's outcome covers them.
    if (cluster.outcome === ReportOutcome.Succeeded ||
        cluster.outcome === ReportOutcome.Planned ||
        cluster.outcome === ReportOutcome.Deleted) {
        return { ...component, outcome: cluster.outcome };
    }
    if (component.outcome === ReportOutcome.Running) {
        return {
            ...component,
            outcome: ReportOutcome.Failed,
            reason: component.reason ?? cluster.reason ?? 'did not become ready',
        };
    }
    return { ...component, outcome: ReportOutcome.Skipped, reason: component.reason ?? 'not started' };
}
/**
 * What another component's failure did to the rest: a component that was running when the deploy stopped is
 * `cancelled`, one that never started is `skipped`, both saying which component failed; after a successful rollback
 * nothing of this run is live any more, so components that had succeeded are `rolled-back`, never ✅.
 */
function settleConsequences(components, cluster) {
    const culprit = components.find((c) => c.outcome === ReportOutcome.Failed);
    const rolledBack = cluster.rollback?.ok === true;
    const target = cluster.rollback?.toRevision === null || cluster.rollback?.toRevision === undefined
        ? 'first install removed'
        : `rolled back to revision ${cluster.rollback.toRevision}`;
    return components.map((component) => {
        if (culprit && component !== culprit && component.outcome === ReportOutcome.Skipped) {
            const because = `${culprit.name} failed`;
            return component.started
                ? { ...component, outcome: ReportOutcome.Cancelled, reason: `stopped because ${because}` }
                : { ...component, reason: `not started: ${because}` };
        }
        if (rolledBack && component.outcome === ReportOutcome.Succeeded) {
            return { ...component, outcome: ReportOutcome.RolledBack, reason: target };
        }
        return component;
    });
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
const failingOutcomes = new Set([
    ReportOutcome.Failed,
    ReportOutcome.RolledBack,
    ReportOutcome.Cancelled,
]);
/** The run's exit code, from the finalized report: failed, rolled back and cancelled runs fail. */
function exitCodeOfReport(report) {
    // `abort` asks for the rollback: rolled back is what it succeeds at.
    if (report.command === 'abort' && report.outcome === ReportOutcome.RolledBack)
        return _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Ok;
    return failingOutcomes.has(report.outcome) ? _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Failure : _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Ok;
}
/** `cluster: reason` for every cluster that has one: what a failed step says. */
function clusterReasons(report) {
    return report.clusters.filter((cluster) => cluster.reason).map((cluster) => `${cluster.name}: ${cluster.reason}`);
}


/***/ }),

/***/ 2138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vx: () => (/* binding */ blueGreenSection),
/* harmony export */   Zg: () => (/* binding */ rolloutSection),
/* harmony export */   oI: () => (/* binding */ blueGreenDescription)
/* harmony export */ });
/* unused harmony export blueGreenStatuses */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _strategy_blue_green_progress_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45085);
/* harmony import */ var _strategy_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7756);
// The progress of progressive rollouts (canary, blue-green) for the summary and the PR comment: one row per component
// with its phase, step, weight and latest analysis, and what to run next while one is held until promoted. Every
// value from the cluster or the spec goes through the escape helpers.



const phaseText = {
    [_strategy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutPhase */ .Bq.Progressing]: '⏳ progressing',
    [_strategy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutPhase */ .Bq.Paused]: '⏯️ paused until promoted',
    [_strategy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutPhase */ .Bq.Promoted]: '✅ promoted',
    [_strategy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutPhase */ .Bq.Aborted]: '↩️ aborted',
};
function analysisCell(rollout) {
    const run = rollout.lastAnalysis;
    if (!run)
        return rollout.reason ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(rollout.reason, 200) : '';
    const failing = run.checks.filter((check) => !check.ok);
    const head = run.ok
        ? `passed ${run.checks.length}/${run.checks.length}`
        : `failed ${failing.length}/${run.checks.length}`;
    const detail = failing[0] ? `: ${failing[0].check}: ${failing[0].detail}` : '';
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(`${head}${detail}`, 200);
}
/** The rollouts table, or null when the run had none. */
function rolloutSection(report) {
    const rows = [];
    let paused = false;
    for (const cluster of report.clusters) {
        // Blue-green components have a table of their own (colors, not steps and weights).
        for (const rollout of (cluster.rollouts ?? []).filter((entry) => !entry.blueGreen)) {
            if (rollout.phase === _strategy_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RolloutPhase */ .Bq.Paused)
                paused = true;
            const step = rollout.step !== undefined && rollout.steps !== undefined ? `${rollout.step + 1}/${rollout.steps}` : '';
            const weight = rollout.weight !== undefined ? `${rollout.weight}%` : '';
            rows.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.name, 60)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(rollout.component, { max: 60, table: true })} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(rollout.strategy, 20)}${rollout.traffic ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(rollout.traffic, 20)})` : ''} | ${phaseText[rollout.phase] ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(rollout.phase, 20)} | ${step} | ${weight} | ${analysisCell(rollout)} |`);
        }
    }
    if (rows.length === 0)
        return null;
    const app = report.app ?? 'app';
    const next = paused
        ? `\n\n**Next:** continue with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(`k8deployer promote`)} or roll back with ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(`k8deployer abort`)} (same spec and clusters; in a workflow: the action with \`command: promote\` / \`command: abort\`) for app ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(app, { max: 80 })}.`
        : '';
    return ([
        '### Rollouts',
        '',
        '| Cluster | Component | Strategy | Phase | Step | Traffic to new | Analysis |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...rows,
    ].join('\n') + next);
}
function blueGreenStatuses(report) {
    return report.clusters.flatMap((cluster) => (cluster.rollouts ?? []).flatMap((rollout) => rollout.blueGreen ? [{ cluster: cluster.name, status: rollout.blueGreen, rollout }] : []));
}
/** A markdown table, or undefined when the run has no blue-green component. */
function blueGreenSection(report) {
    const rows = blueGreenStatuses(report);
    if (rows.length === 0)
        return undefined;
    const cell = (text) => (text ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(text, 200) : '—');
    return [
        '### Blue-green',
        '',
        '| cluster | component | step | live | preview | kept | next | analysis |',
        '|---|---|---|---|---|---|---|---|',
        ...rows.map(({ cluster, status, rollout }) => [
            '',
            cell(cluster),
            cell(status.component),
            cell(status.step),
            `**${cell(status.activeColor)}**`,
            cell(status.previewColor),
            status.kept
                ? `${cell(status.kept.color)} until ${cell(status.kept.until)}`
                : status.removes
                    ? `${cell(status.removes)} removed`
                    : '—',
            status.next ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(status.next, { max: 80, table: true }) : '—',
            analysisCell(rollout) || '—',
            '',
        ]
            .join(' | ')
            .trim()),
    ].join('\n');
}
/** For the GitHub Deployment status: one short line per blue-green component (`api: green live, blue kept`). */
function blueGreenDescription(report) {
    const rows = blueGreenStatuses(report);
    if (rows.length === 0)
        return undefined;
    return rows.map(({ status }) => `${status.component}: ${(0,_strategy_blue_green_progress_js__WEBPACK_IMPORTED_MODULE_1__/* .describeBlueGreen */ .h)(status)}`).join('; ');
}


/***/ }),

/***/ 90687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ attentionSections),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   e9: () => (/* binding */ failures),
/* harmony export */   jO: () => (/* binding */ failureCard)
/* harmony export */ });
/* unused harmony exports FailureType, isAppComponent, diagnose, versionCell, clusterVerdict, isGreen, needsAttention, componentRows */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12011);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65781);



/**
 * The parts of the summary and the comment that lead with the verdict: one line per cluster, then only what needs
 * attention, then an open card per failure. Every piece of cluster text goes through the escape helpers.
 */
const FailureType = {
    ImagePull: 'image-pull',
    CrashLoop: 'crash-loop',
    Unschedulable: 'unschedulable',
    Quota: 'quota',
    Forbidden: 'forbidden',
    Timeout: 'timeout',
    Other: 'other',
};
/** Components that stand for the app itself (namespace, pull secret) are bookkeeping, not rows a reader needs. */
function isAppComponent(component) {
    return /^\(.*\)$/.test(component.name);
}
function evidence(component) {
    return [
        component.reason ?? '',
        ...component.failedObjects.map((f) => f.reason),
        ...(component.details?.events ?? []),
    ].join('\n');
}
/** Reads the failure type from the reason and the Warning events; the hint says what to check for that type. */
function diagnose(component) {
    const text = evidence(component);
    const image = /image "([^"\s]+)"/i.exec(text)?.[1] ?? /(?:pull|image)\s+'?([\w./-]+:[\w.-]+)'?/i.exec(text)?.[1] ?? undefined;
    if (/exceeded quota|ResourceQuota/i.test(text)) {
        const which = /exceeded quota: ([^,\s]+)/i.exec(text)?.[1];
        return {
            type: FailureType.Quota,
            cause: `quota exceeded${which ? ` (${which})` : ''}`,
            hint: 'The namespace ResourceQuota is used up: lower the resources.requests/limits or replicas, or raise the quota (`kubectl describe resourcequota`).',
        };
    }
    const rbac = /cannot (\w+) resource "([^"]+)"(?: in API group "([^"]*)")?/i.exec(text);
    if (rbac || /\bforbidden\b/i.test(text)) {
        const verb = rbac?.[1] ?? '?';
        const resource = rbac ? `${rbac[2]}${rbac[3] ? `.${rbac[3]}` : ''}` : '?';
        return {
            type: FailureType.Forbidden,
            cause: rbac ? `forbidden: cannot ${verb} ${resource}` : 'forbidden',
            rbac: { verb, resource },
            hint: rbac
                ? `The deploy identity lacks RBAC verb ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(verb, { max: 40 })} on ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(resource, { max: 80 })}: add it to its Role/ClusterRole.`
                : 'The deploy identity lacks a permission: check its Role/ClusterRole bindings (`kubectl auth can-i --list`).',
        };
    }
    if (/ImagePullBackOff|ErrImagePull|manifest unknown|pull access denied|not found/i.test(text) &&
        image !== undefined) {
        return {
            type: FailureType.ImagePull,
            cause: `ImagePullBackOff ${image} not found`,
            image,
            hint: 'Check the image tag exists in the registry, the registry host is right, and the pull secret (`imagePullSecrets`) grants access.',
        };
    }
    if (/ImagePullBackOff|ErrImagePull/i.test(text)) {
        const fallback = component.images[0];
        return {
            type: FailureType.ImagePull,
            cause: `ImagePullBackOff${fallback ? ` ${fallback}` : ''}`,
            ...(fallback ? { image: fallback } : {}),
            hint: 'Check the image tag exists in the registry, the registry host is right, and the pull secret (`imagePullSecrets`) grants access.',
        };
    }
    if (/CrashLoopBackOff|exit(?:ed)? (?:with )?code|OOMKilled|terminated/i.test(text)) {
        const exitCode = /exit(?:ed)?(?: with)? code:? (\d+)/i.exec(text)?.[1];
        const oom = /OOMKilled/i.test(text);
        return {
            type: FailureType.CrashLoop,
            cause: `${oom ? 'OOMKilled' : 'CrashLoopBackOff'}${exitCode ? ` (exit code ${exitCode})` : ''}`,
            ...(exitCode ? { exitCode } : {}),
            hint: oom
                ? 'The container ran out of memory: raise resources.limits.memory or reduce its use.'
                : `The container exits${exitCode ? ` with code ${exitCode}` : ''}: read the last log lines below; check its command, config and environment.`,
        };
    }
    if (/Unschedulable|FailedScheduling|Insufficient|nodes are available/i.test(text)) {
        const scheduler = /\d+\/\d+ nodes are available[^\n]*/i.exec(text)?.[0];
        return {
            type: FailureType.Unschedulable,
            cause: `unschedulable${scheduler ? `: ${scheduler}` : ''}`,
            hint: 'No node has room: compare the containers’ resources.requests with the nodes’ allocatable capacity (`kubectl describe nodes`); lower the requests or add nodes.',
        };
    }
    if (/timed? ?out|deadline|did not become ready/i.test(text)) {
        return {
            type: FailureType.Timeout,
            cause: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(component.reason ?? 'timed out', 120),
            hint: 'Not ready in time: check the readiness probe and the events below, or raise the timeout.',
        };
    }
    return {
        type: FailureType.Other,
        cause: (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(component.reason ?? 'failed', 120),
        hint: 'See the events and the log tail below; the run log has the full record.',
    };
}
/** `repo:1.2.3` → `1.2.3` when both sides share the repository, so `old → new` stays short. */
function tagOf(image) {
    const at = image.indexOf('@');
    if (at >= 0)
        return shortDigest(image.slice(at + 1));
    const colon = image.lastIndexOf(':');
    return colon > image.lastIndexOf('/') ? image.slice(colon + 1) : image;
}
/** The repository of `repo:tag`, `repo@sha256:…` or `repo:tag@sha256:…`. */
function repoOf(image) {
    const bare = image.includes('@') ? image.slice(0, image.indexOf('@')) : image;
    const colon = bare.lastIndexOf(':');
    return colon > bare.lastIndexOf('/') ? bare.slice(0, colon) : bare;
}
/** `sha256:0123456789ab`: enough to tell digests apart in a table; the JSON output has them whole. */
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return colon >= 0 ? digest.slice(0, colon + 13) : digest.slice(0, 12);
}
/** A pinned image shows its tag and digest (`api:1.2.3 @ sha256:…`); others as they run. */
function shownImage(image, component, short) {
    const pin = component.pins?.find((p) => image === `${repoOf(p.image)}@${p.digest}`);
    if (!pin)
        return short ? tagOf(image) : image;
    return `${short ? tagOf(pin.image) : pin.image} @ ${shortDigest(pin.digest)}`;
}
/** Old → new image per component (markdown): `api:1.2.3 → 1.2.4`; unchanged images show once. */
function versionCell(component) {
    const previous = component.previousImages ?? [];
    const cells = component.images.slice(0, 3).map((image) => {
        const old = previous.find((p) => repoOf(p) === repoOf(image));
        if (old === undefined || old === image)
            return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(shownImage(image, component, false), { max: 160, table: true });
        return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(old, { max: 120, table: true })} → ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(shownImage(image, component, true), { max: 80, table: true })}`;
    });
    return cells.join('<br>');
}
/** What runs after a rollback: the revision, and the image it runs when the deploy's dry run said so. */
function rollbackPhrase(cluster, culprit) {
    const rollback = cluster.rollback;
    if (!rollback)
        return '';
    if (rollback.ok === undefined)
        return ' → rolling back';
    if (!rollback.ok)
        return ' → rollback failed';
    if (rollback.toRevision === null)
        return ' → first install removed';
    const old = culprit?.previousImages?.[0];
    return ` → rolled back to ${old ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(tagOf(old), { max: 60 })} (revision ${rollback.toRevision})` : `revision ${rollback.toRevision}`}`;
}
/** The cluster's verdict for the first line: `❌ production: \`api\` ImagePullBackOff … → rolled back to 2.4.1`. */
function clusterVerdict(cluster) {
    const name = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.name, 60);
    const emoji = _format_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeEmoji */ .RF[cluster.outcome];
    const culprit = cluster.components.find((c) => c.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed);
    if (cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed || cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.RolledBack) {
        const cause = culprit
            ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(culprit.name, { max: 60 })} ${causeMarkdown(diagnose(culprit))}`
            : (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(firstClause(cluster.reason ?? cluster.outcome), 160);
        // A rolled-back cluster is a failed deploy: the verdict says ❌, the phrase says what runs now.
        return `❌ ${name}: ${cause}${rollbackPhrase(cluster, culprit)}`;
    }
    if (cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Cancelled) {
        return `${emoji} ${name}: cancelled${cluster.reason ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(firstClause(cluster.reason), 120)})` : ''}${rollbackPhrase(cluster, culprit)}`;
    }
    if (cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Paused) {
        return `${emoji} ${name}: rollout paused${cluster.reason ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.reason, 200)})` : ''}`;
    }
    if (cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Skipped && cluster.reason) {
        return `${emoji} ${name}: skipped (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.reason, 120)})`;
    }
    return `${emoji} ${name}`;
}
/** The cause with the image in a code span (the image is the thing to check). */
function causeMarkdown(diagnosis) {
    if (diagnosis.type === FailureType.ImagePull && diagnosis.image) {
        const rest = diagnosis.cause.replace(diagnosis.image, '\u0000').split('\u0000');
        return rest
            .map((part) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(part.trim(), 120))
            .join(` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(diagnosis.image, { max: 120 })} `)
            .trim();
    }
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(diagnosis.cause, 160);
}
/** The engine joins "cause; rolled back to revision 3": the rollback phrase is said once, by rollbackPhrase. */
function firstClause(reason) {
    return reason.split(/; (?=rolled back|rollback|not rolled back)/)[0] ?? reason;
}
/** All clusters' verdicts, worst first, on one line. */
function verdictLine(report) {
    const order = [
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed,
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.RolledBack,
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Cancelled,
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Running,
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Pending,
        _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Skipped,
    ];
    const rank = (c) => {
        const index = order.indexOf(c.outcome);
        return index < 0 ? order.length : index;
    };
    return [...report.clusters]
        .sort((a, b) => rank(a) - rank(b))
        .map(clusterVerdict)
        .join(' · ');
}
function isGreen(cluster) {
    return ((cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Succeeded ||
        cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Planned ||
        cluster.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Deleted) &&
        cluster.components.every((c) => c.outcome === cluster.outcome || isAppComponent(c)));
}
/** A component needs attention when it failed, was affected by a failure, or changes version. */
function needsAttention(component) {
    if (isAppComponent(component))
        return false;
    if (component.outcome !== _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Succeeded && component.outcome !== _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Planned)
        return true;
    const previous = component.previousImages ?? [];
    return component.images.some((image) => previous.some((p) => repoOf(p) === repoOf(image) && p !== image));
}
/**
 * A table of the given rows with only the columns that have something to say: no empty Version, Reason or Link
 * column, no Cluster column for a single cluster.
 */
function componentRows(rows, options = {}) {
    if (rows.length === 0)
        return '';
    const columns = [];
    if (new Set(rows.map(([cluster]) => cluster.name)).size > 1)
        columns.push({ title: 'Cluster', cell: (cluster) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.name, 60) });
    columns.push({ title: 'Component', cell: (_, c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(c.name, { max: 60, table: true }) });
    columns.push({ title: 'Status', cell: (_, c) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeLabel */ .FR)(c.outcome) });
    const optional = [
        { title: 'Version', cell: (_, c) => versionCell(c) },
        {
            title: 'Duration',
            cell: (_, c) => (c.durationMs > 0 ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(c.durationMs) : ''),
        },
        { title: 'Reason', cell: (_, c) => (c.reason ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(firstClause(c.reason), 200) : '') },
        ...(options.links
            ? [{ title: 'Link', cell: (_, c) => options.links?.(c) ?? '' }]
            : []),
    ];
    const maxRows = options.maxRows ?? 200;
    const shown = rows.slice(0, maxRows);
    for (const column of optional) {
        if (shown.some(([cluster, component]) => column.cell(cluster, component) !== ''))
            columns.push(column);
    }
    const lines = [
        `| ${columns.map((c) => c.title).join(' | ')} |`,
        `|${columns.map(() => '---').join('|')}|`,
        ...shown.map(([cluster, component]) => `| ${columns.map((c) => c.cell(cluster, component)).join(' | ')} |`),
    ];
    if (rows.length > shown.length)
        lines.push('', `*… ${rows.length - shown.length} more row(s) in the \`result\` output.*`);
    return lines.join('\n');
}
/**
 * What follows the verdict: a table of what needs attention in clusters that are not all green, and the green
 * clusters folded into one collapsed table.
 */
function attentionSections(report, options = {}) {
    const sections = [];
    const attention = [];
    for (const cluster of report.clusters) {
        if (isGreen(cluster))
            continue;
        for (const component of cluster.components)
            if (needsAttention(component))
                attention.push([cluster, component]);
    }
    if (attention.length > 0)
        sections.push(componentRows(attention, options));
    const green = report.clusters.filter(isGreen);
    const greenRows = green.flatMap((cluster) => cluster.components.filter((c) => !isAppComponent(c)).map((c) => [cluster, c]));
    if (greenRows.length > 0) {
        const names = green.map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(c.name, 60)).join(', ');
        const label = `${_format_js__WEBPACK_IMPORTED_MODULE_1__/* .outcomeEmoji */ .RF[green[0]?.outcome ?? _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Succeeded]} ${names}: ${greenRows.length} component(s) ${green[0]?.outcome ?? 'succeeded'}`;
        sections.push(['<details>', `<summary>${label}</summary>`, '', componentRows(greenRows, options), '', '</details>'].join('\n'));
    }
    return sections;
}
/** The failure cards' components: what failed, in cluster order. */
function failures(report) {
    const list = [];
    for (const cluster of report.clusters)
        for (const component of cluster.components)
            if (component.outcome === _result_js__WEBPACK_IMPORTED_MODULE_2__/* .ReportOutcome */ .Lz.Failed)
                list.push([cluster, component]);
    return list;
}
/**
 * The Warning event that explains the failure best: one naming the failure, else the first Warning. A Normal event
 * explains no failure, so the card shows none rather than one.
 */
function keyEvent(component) {
    const events = component.details?.events ?? [];
    return (events.find((e) => /^Warning\b/.test(e) && /fail|backoff|error|forbidden|quota|insufficient/i.test(e)) ??
        events.find((e) => /^Warning\b/.test(e)));
}
/**
 * An open (never collapsed) card: the cause in one line, the key Warning event, the log tail and a hint for the
 * failure type. `logLines` bounds the tail (the comment shows fewer than the summary).
 */
function failureCard(cluster, component, options) {
    const diagnosis = diagnose(component);
    const lines = [
        `#### ❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(cluster.name, 60)} / ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(component.name, { max: 60 })}: ${causeMarkdown(diagnosis)}`,
        '',
    ];
    const reason = component.failedObjects[0]?.reason ?? component.reason;
    if (reason)
        lines.push(`**Cause:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(firstClause(reason), 300)}`);
    const event = keyEvent(component);
    if (event)
        lines.push('', `**Event:** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownCode */ .D9)(event, { max: 300 })}`);
    const tail = component.details?.logTail ?? [];
    if (tail.length > 0) {
        const shown = tail.slice(-options.logLines);
        lines.push('', `**Log tail** (last ${shown.length} line${shown.length === 1 ? '' : 's'})`, '', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .lastLinesWithin */ .dl)(shown, Math.max(512, options.maxBytes - 1024))));
    }
    else if (component.details?.logUnavailable) {
        lines.push('', `Logs unavailable: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(component.details.logUnavailable, 200)}`);
    }
    lines.push('', `> 💡 ${diagnosis.hint}`);
    return lines.join('\n');
}


/***/ }),

/***/ 45085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ blueGreenRollout),
/* harmony export */   h: () => (/* binding */ describeBlueGreen)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7756);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94297);
// A blue-green component's status in the shared rollout form (src/strategy/types.ts) and as one line of text.


const phaseOf = {
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.FirstDeploy]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Progressing,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Switching]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Progressing,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.AwaitingPromote]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Paused,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Steady]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Promoted,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Aborted]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Aborted,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.RolledBack]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Aborted,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Promoted]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Promoted,
    [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.SwitchedBack]: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .RolloutPhase */ .Bq.Aborted,
};
function blueGreenRollout(status) {
    return {
        component: status.component,
        strategy: _types_js__WEBPACK_IMPORTED_MODULE_0__/* .StrategyType */ .IB.BlueGreen,
        phase: phaseOf[status.step],
        blueGreen: status,
    };
}
/** One line for logs and reports: `blue → green switching; blue kept until …; next: k8deployer abort …`. */
function describeBlueGreen(status) {
    const parts = [];
    const { activeColor: live, previewColor: preview, previousColor: before } = status;
    switch (status.step) {
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.FirstDeploy:
            parts.push(`first deploy: ${live} is live`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Switching:
            parts.push(`${before ?? '?'} → ${live}: switches once ${live} is ready`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.AwaitingPromote:
            parts.push(`${live} stays live; the new version runs on ${preview} (preview Service) and waits for promote`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Steady:
            parts.push(`${live} is live, nothing to switch`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Aborted:
            parts.push(`this version was aborted: ${live} stays live, ${preview} keeps the aborted version on the preview`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.RolledBack:
            parts.push(`not switched: ${live} is still live`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.Promoted:
            parts.push(`promoted: ${before ?? '?'} → ${live}`);
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenStep */ .ef.SwitchedBack:
            parts.push(`switched back: ${before ?? '?'} → ${live}`);
            break;
    }
    if (status.kept)
        parts.push(`${status.kept.color} kept until ${status.kept.until}`);
    if (status.removes)
        parts.push(`${status.removes} removed (keepFor ended)`);
    if (status.next)
        parts.push(`next: ${status.next}`);
    return parts.join('; ');
}


/***/ })

};
