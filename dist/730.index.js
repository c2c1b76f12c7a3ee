export const id = 730;
export const ids = [730];
export const modules = {

/***/ 34793:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ annotateSpecProblems)
/* harmony export */ });
/* unused harmony export maxAnnotationsPerStep */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** GitHub shows at most 10 error annotations per step; the rest would be dropped silently, so we summarise them. */
const maxAnnotationsPerStep = 10;
/**
 * Turns spec problems into annotations on the spec file, so the error shows on the right line in the PR's
 * "Files changed" view. Paths are made relative to the workspace (annotations need repository paths).
 */
function annotateSpecProblems(problems, annotate, options = {}) {
    const max = options.max ?? maxAnnotationsPerStep;
    const shown = problems.slice(0, problems.length > max ? max - 1 : max);
    for (const problem of shown) {
        const file = options.workspace && (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(problem.file) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(options.workspace, problem.file) : problem.file;
        annotate(problem.pointer ? `${problem.message} (at ${problem.pointer})` : problem.message, {
            title: 'k8deployer spec',
            file: file.split('\\').join('/'),
            startLine: Math.max(1, problem.line),
            startColumn: Math.max(1, problem.column),
        });
    }
    const rest = problems.length - shown.length;
    if (rest > 0) {
        annotate(`${rest} more problem(s) in the spec; see the log for all of them`, { title: 'k8deployer spec' });
    }
    return shown.length + (rest > 0 ? 1 : 0);
}


/***/ }),

/***/ 47068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readGitHubRunContext)
/* harmony export */ });
/** Undefined outside GitHub Actions (no GITHUB_REPOSITORY), e.g. when the CLI runs on a laptop. */
function readGitHubRunContext(env) {
    const repository = env['GITHUB_REPOSITORY'];
    if (!repository || !repository.includes('/'))
        return undefined;
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/$/, '');
    const runId = env['GITHUB_RUN_ID'] ?? '';
    const attempt = env['GITHUB_RUN_ATTEMPT'];
    const context = {
        owner,
        repo,
        serverUrl,
        apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, ''),
        eventName: env['GITHUB_EVENT_NAME'] ?? '',
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        runId,
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`,
    };
    if (env['GITHUB_EVENT_PATH'])
        context.eventPath = env['GITHUB_EVENT_PATH'];
    if (env['GITHUB_WORKSPACE'])
        context.workspace = env['GITHUB_WORKSPACE'];
    return context;
}


/***/ }),

/***/ 41730:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75341);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15694);
/* harmony import */ var _github_annotations_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34793);
/* harmony import */ var _github_run_context_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(47068);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9110);
/* harmony import */ var _preview_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52814);
/* harmony import */ var _render_print_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77203);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38623);
/* harmony import */ var _settings_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(59090);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(31664);
/* harmony import */ var _spec_header_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(48790);














/** Action entry: inputs → event decisions → the same run as the CLI → outputs, summary, comment, deployments. */
async function runAction(env = process.env) {
    const masker = new _report_index_js__WEBPACK_IMPORTED_MODULE_9__/* .SecretMasker */ .M2();
    const mask = (secret) => {
        if (!secret)
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(secret);
        masker.add(secret);
    };
    const context = (0,_github_run_context_js__WEBPACK_IMPORTED_MODULE_13__/* .readGitHubRunContext */ .E)(env);
    try {
        const { settings: inputSettings, action } = (0,_settings_index_js__WEBPACK_IMPORTED_MODULE_10__/* .parseActionInputs */ .HC)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name));
        mask(action.githubToken);
        const header = await (0,_spec_header_js__WEBPACK_IMPORTED_MODULE_12__/* .readSpecHeader */ .T)(inputSettings.specPath);
        const payload = context?.eventPath ? JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(context.eventPath, 'utf8')) : {};
        const eventRun = (0,_preview_index_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveEventRun */ .kq)({
            eventName: context?.eventName ?? '',
            payload,
            command: action.command,
            app: header.app,
            ...(header.releases ? { releases: header.releases } : {}),
            ...(header.preview ? { preview: header.preview } : {}),
            ...(header.clusters.some((cluster) => cluster.enabled) ? { defaultPreviewClusters: [header.clusters.find((cluster) => cluster.enabled)?.name ?? ''] } : {}),
            options: action.preview,
        });
        if (eventRun.kind === 'skip') {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`k8deployer: nothing to do: ${eventRun.reason}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', _events_js__WEBPACK_IMPORTED_MODULE_4__/* .Outcome */ .Pi.Skipped);
            return;
        }
        if (eventRun.kind === 'refused') {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', _events_js__WEBPACK_IMPORTED_MODULE_4__/* .Outcome */ .Pi.Skipped);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(eventRun.reason);
            return;
        }
        const settings = withEventVariables((0,_preview_index_js__WEBPACK_IMPORTED_MODULE_7__/* .settingsForEventRun */ .CZ)(inputSettings, eventRun), eventRun);
        if (_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('preview-ttl') !== '')
            settings.previewTtlHours = action.preview.ttlHours;
        if (settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.Render)
            return await renderToLog(settings, env);
        await deploy(settings, action, eventRun, { env, context, masker, mask, header });
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', _events_js__WEBPACK_IMPORTED_MODULE_4__/* .Outcome */ .Pi.Failed);
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .SpecError */ .G8) {
            (0,_github_annotations_js__WEBPACK_IMPORTED_MODULE_5__/* .annotateSpecProblems */ .Y)(error.problems, _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3, context?.workspace ? { workspace: context.workspace } : {});
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(`the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}), see the annotations`);
        }
        else {
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(masker.mask((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)));
        }
    }
}
/** Preview runs get `${pr}` and `${previewHost}` for the spec (e.g. `ingress: {host: "${previewHost,shop.example.com}"}`). */
function withEventVariables(settings, run) {
    if (run.kind !== 'preview-up' && run.kind !== 'preview-down')
        return settings;
    const variables = { pr: String(run.pr), ...settings.variables };
    if (run.host)
        variables.previewHost ??= run.host;
    return { ...settings, variables, namespaceLabels: { ...settings.namespaceLabels, 'k8deployer.io/preview-pr': String(run.pr) } };
}
async function renderToLog(settings, env) {
    const prepared = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareRun */ .Z)(settings, { env, missingSecrets: 'placeholder' });
    for (const { target, rendered } of prepared.targets) {
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .startGroup */ .Oh(`${target.name}: ${rendered.objects.length} objects`);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq((0,_render_print_js__WEBPACK_IMPORTED_MODULE_8__/* .objectsToYaml */ .TZ)(rendered.objects.map((desired) => desired.object)));
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .endGroup */ .N4();
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', _events_js__WEBPACK_IMPORTED_MODULE_4__/* .Outcome */ .Pi.Planned);
}
async function deploy(settings, action, eventRun, io) {
    const { context } = io;
    const bus = new _events_js__WEBPACK_IMPORTED_MODULE_4__/* .EventBus */ .l7();
    const reporters = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_9__/* .attachReporters */ .eT)({ bus, mode: 'actions', write: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(line), masker: io.masker });
    const selected = io.header.clusters.filter((cluster) => (settings.clusters.length ? settings.clusters.includes(cluster.name) : cluster.enabled));
    // Default environment: the release rule's or the preview's, else the targeted clusters' environment names.
    const environment = action.environment ?? ('environment' in eventRun ? eventRun.environment : undefined) ?? (selected.map((cluster) => cluster.environment).join('+') || 'default');
    const deploying = settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.Deploy || settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.PreviewUp;
    // Check the spec (and that every secret is there) before anything is recorded on GitHub.
    const checked = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .prepareRun */ .Z)(settings, { env: io.env, missingSecrets: deploying ? 'error' : 'placeholder' });
    const pullRequest = eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down' ? eventRun.pr : pullRequestNumber(io.env, context);
    const publishing = action.githubToken !== '' && context !== undefined && (action.commentOnPr || action.deployments);
    // Loaded only when used: @actions/github costs a noticeable part of the cold start.
    const publisher = publishing
        ? new (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 54659))).GitHubPublisher({
            client: (await Promise.all(/* import() */[__webpack_require__.e(175), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584))).createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
            repo: { owner: context.owner, repo: context.repo },
            sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha,
            runUrl: context.runUrl,
            environment,
            production: environment === 'production',
            ...(pullRequest !== undefined ? { pullRequest } : {}),
            comment: action.commentOnPr,
            deployments: action.deployments && settings.command !== _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.Plan,
            preview: eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down',
            warn: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(io.masker.mask(message)),
        })
        : undefined;
    if (deploying)
        await publisher?.start(`k8deployer ${settings.command}`);
    // The engine and the Kubernetes client are most of the bundle: load them after the Deployment is marked in progress.
    const { exitCodeOf, executeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(153)]).then(__webpack_require__.bind(__webpack_require__, 99153));
    let outcome = _events_js__WEBPACK_IMPORTED_MODULE_4__/* .Outcome */ .Pi.Failed;
    const renderedUrls = checked.targets.flatMap(({ rendered }) => rendered.components.flatMap((component) => component.urls));
    // The preview's real URL is the ingress URL for its host (http or https as the spec's ingress says).
    const previewHostName = eventRun.kind === 'preview-up' ? eventRun.host : undefined;
    const previewUrl = previewHostName ? (renderedUrls.find((url) => new URL(url).host === previewHostName) ?? `https://${previewHostName}`) : undefined;
    let environmentUrl = previewUrl;
    try {
        const { prepared, result } = await executeClusterCommand({
            settings,
            env: io.env,
            bus,
            prepared: checked,
            runId: context ? `${context.repo}-${context.runId}` : `run-${Date.now()}`,
            credentials: {
                getIdToken: async (audience) => {
                    const token = await (0,_credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .githubIdTokenGetter */ .V)({ env: io.env })(audience);
                    io.mask(token);
                    return token;
                },
                mask: io.mask,
                log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(io.masker.mask(message)),
            },
        });
        outcome = result.outcome;
        const rendered = prepared.targets.map(({ rendered }) => rendered);
        environmentUrl ??= prepared.targets.map(({ target }) => target.url).find(Boolean) ?? renderedUrls[0];
        const final = reporters.finish({
            components: rendered,
            environment,
            ...(previewUrl ? { previewUrl } : {}),
            ...(context ? { runUrl: context.runUrl, sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha } : {}),
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('result', final.resultJson);
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('status', final.status);
        if (previewUrl)
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('preview-url', previewUrl);
        if (action.jobSummary && io.env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z.addRaw(final.summaryMarkdown).write();
        await publisher?.finish({
            ok: exitCodeOf(outcome) === 0,
            commentBody: final.commentBody,
            commentMarker: final.commentMarker,
            ...(environmentUrl ? { environmentUrl } : {}),
            teardown: settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.PreviewDown || settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_11__/* .Command */ .uB.Delete,
        });
        if (exitCodeOf(outcome) !== 0) {
            const reasons = final.report.clusters.filter((cluster) => cluster.reason).map((cluster) => `${cluster.name}: ${cluster.reason}`);
            _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setFailed */ .C1(io.masker.mask(`k8deployer ${settings.command} ${outcome}${reasons.length ? `: ${reasons.join('; ')}` : ''}`));
        }
    }
    catch (error) {
        reporters.detach();
        await publisher?.finish({ ok: false, description: io.masker.mask((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)).slice(0, 140) });
        throw error;
    }
}
function pullRequestNumber(env, context) {
    const match = /^refs\/pull\/(\d+)\//.exec(context?.ref ?? env.GITHUB_REF ?? '');
    return match ? Number(match[1]) : undefined;
}
await runAction();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 52814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kq: () => (/* reexport */ resolveEventRun),
  CZ: () => (/* reexport */ settingsForEventRun)
});

// UNUSED EXPORTS: expandTagTemplate, globToRegExp, isForkPullRequest, matchReleaseRule, maxNamespaceLength, partOfLabel, previewHost, previewNamespace, previewPrLabel, sanitizeDnsLabel, selectPreviewsToSweep, versionOfTag

// EXTERNAL MODULE: ./src/settings/types.ts
var types = __webpack_require__(31664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/preview/names.ts

const maxNamespaceLength = 63;
const maxHostLength = 253;
/** Lowercase DNS-1123 label characters only, no leading/trailing or doubled dashes. */
function sanitizeDnsLabel(value) {
    return value
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '');
}
function substitute(pattern, values) {
    return pattern.replaceAll('${app}', values.app).replaceAll('${pr}', String(values.pr));
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
}
/**
 * Namespace for a PR preview: the pattern (default `${app}-pr-${pr}`) sanitized to a DNS-1123 label of at most 63
 * characters. A long app name is shortened first so the PR number survives; if the pattern alone is too long, the
 * name is cut and a hash of the full name keeps it unique.
 */
function previewNamespace(pattern, values) {
    const app = sanitizeDnsLabel(values.app) || 'app';
    const full = sanitizeDnsLabel(substitute(pattern, { app, pr: values.pr }));
    if (full.length <= maxNamespaceLength)
        return full;
    const overflow = full.length - maxNamespaceLength;
    if (pattern.includes('${app}') && app.length - overflow >= 1) {
        const shortened = app.slice(0, app.length - overflow).replace(/-+$/, '');
        const name = sanitizeDnsLabel(substitute(pattern, { app: shortened, pr: values.pr }));
        if (name.length <= maxNamespaceLength && name.length > 0)
            return name;
    }
    const hash = shortHash(full);
    return `${full.slice(0, maxNamespaceLength - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}
/** Host for a PR preview from a pattern like `pr-${pr}.preview.example.com`; each label made DNS-safe. */
function previewHost(pattern, values) {
    const host = substitute(pattern, { app: sanitizeDnsLabel(values.app) || 'app', pr: values.pr })
        .split('.')
        .map((label) => (label === '*' ? label : sanitizeDnsLabel(label).slice(0, 63).replace(/-+$/, '')))
        .filter((label) => label !== '')
        .join('.');
    if (host.length > maxHostLength)
        throw new Error(`preview host ${host} is longer than ${maxHostLength} characters`);
    return host;
}

;// CONCATENATED MODULE: ./src/preview/release-rules.ts
function globToRegExp(glob) {
    const source = [...glob]
        .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
        .join('');
    return new RegExp(`^${source}$`);
}
/** `v1.2.3` → `1.2.3`; a tag without a leading v followed by a digit stays as it is. */
function versionOfTag(tag) {
    return /^v\d/.test(tag) ? tag.slice(1) : tag;
}
function expandTagTemplate(template, tag) {
    return template.replaceAll('${tag}', tag).replaceAll('${version}', versionOfTag(tag));
}
/** First matching rule wins, as in the spec. */
function matchReleaseRule(tag, rules) {
    const rule = rules.find((candidate) => globToRegExp(candidate.tag).test(tag));
    if (!rule)
        return undefined;
    const match = {
        rule,
        tag,
        version: versionOfTag(tag),
        imageTag: expandTagTemplate(rule.imageTag ?? '${tag}', tag),
    };
    if (rule.environment !== undefined)
        match.environment = rule.environment;
    if (rule.clusters !== undefined)
        match.clusters = [...rule.clusters];
    return match;
}

;// CONCATENATED MODULE: ./src/preview/event-run.ts



const previewUpActions = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);
function isPullRequestPayload(payload) {
    const pr = payload?.pull_request;
    return typeof pr === 'object' && pr !== null && typeof pr.number === 'number' && !!pr.head && !!pr.base;
}
/** A PR whose head lives in another repository (a fork; a deleted fork has no head repo at all). */
function isForkPullRequest(payload) {
    const head = payload.pull_request.head.repo?.full_name;
    return head === undefined || head.toLowerCase() !== payload.pull_request.base.repo.full_name.toLowerCase();
}
function forkRefusal(payload) {
    const head = payload.pull_request.head.repo?.full_name ?? 'a deleted fork';
    return (`pull request #${payload.pull_request.number} comes from ${head}, a fork of ${payload.pull_request.base.repo.full_name}: ` +
        'its code would deploy with this workflow’s cluster credentials, so k8deployer refuses to preview it. ' +
        'Set allow-forks: true only if every fork contributor is trusted.');
}
function previewRun(input, payload, up) {
    const pr = payload.pull_request.number;
    const namespace = previewNamespace(input.options.namespacePattern, { app: input.app, pr });
    const environment = `pr-${pr}`;
    const previewClusters = input.preview?.clusters ?? input.defaultPreviewClusters;
    const clusters = previewClusters ? { clusters: [...previewClusters] } : {};
    const hostPattern = input.options.hostPattern ?? input.preview?.host;
    if (!up) {
        const down = { kind: 'preview-down', command: types/* Command */.uB.PreviewDown, pr, namespace, environment, ...clusters };
        if (hostPattern)
            down.host = previewHost(hostPattern, { app: input.app, pr });
        return down;
    }
    if (!input.options.allowForks && isForkPullRequest(payload))
        return { kind: 'refused', reason: forkRefusal(payload) };
    const sha = payload.pull_request.head.sha;
    const imageTag = (input.preview?.imageTag ?? 'pr-${pr}').replaceAll('${pr}', String(pr)).replaceAll('${sha}', sha);
    const run = { kind: 'preview-up', command: types/* Command */.uB.PreviewUp, pr, sha, namespace, environment, imageTag, ...clusters };
    if (hostPattern) {
        run.host = previewHost(hostPattern, { app: input.app, pr });
        run.url = `https://${run.host}`;
    }
    return run;
}
/** Decides what this workflow run does from the triggering event, the `command` input and the spec's rules. */
function resolveEventRun(input) {
    const { command, eventName, payload } = input;
    const isPullRequestEvent = eventName === 'pull_request' || eventName === 'pull_request_target';
    if (command === types/* Command */.uB.PreviewUp || command === types/* Command */.uB.PreviewDown) {
        if (!isPullRequestEvent || !isPullRequestPayload(payload)) {
            return { kind: 'refused', reason: `command ${command} needs a pull_request event (this run was triggered by ${eventName || 'nothing'})` };
        }
        return previewRun(input, payload, command === types/* Command */.uB.PreviewUp);
    }
    // A scheduled workflow in auto mode cleans up previews whose pull request was forgotten.
    if (command === 'auto' && eventName === 'schedule')
        return { kind: 'command', command: types/* Command */.uB.PreviewSweep };
    if (command === 'auto' && isPullRequestEvent && isPullRequestPayload(payload)) {
        const action = payload.action;
        if (previewUpActions.has(action))
            return previewRun(input, payload, true);
        if (action === 'closed')
            return previewRun(input, payload, false);
        return { kind: 'skip', reason: `pull_request action "${action}" does not change the preview` };
    }
    const push = payload;
    if ((command === 'auto' || command === types/* Command */.uB.Deploy) && eventName === 'push' && push?.ref?.startsWith('refs/tags/')) {
        const tag = push.ref.slice('refs/tags/'.length);
        if (push.deleted)
            return { kind: 'skip', reason: `tag ${tag} was deleted` };
        const rules = input.releases ?? [];
        const match = matchReleaseRule(tag, rules);
        if (match) {
            const run = { kind: 'release', command: types/* Command */.uB.Deploy, tag, version: match.version, imageTag: match.imageTag };
            if (match.environment !== undefined)
                run.environment = match.environment;
            if (match.clusters !== undefined)
                run.clusters = match.clusters;
            return run;
        }
        if (rules.length > 0 && command === 'auto') {
            return { kind: 'skip', reason: `tag ${tag} matches no release rule (${rules.map((rule) => rule.tag).join(', ')})` };
        }
        if (rules.length === 0)
            return { kind: 'release', command: types/* Command */.uB.Deploy, tag, version: tag.replace(/^v(?=\d)/, ''), imageTag: tag };
    }
    return { kind: 'command', command: command === 'auto' ? types/* Command */.uB.Deploy : command };
}
/**
 * Applies the event's decisions to the settings. Inputs the user set win: a given namespace, image tag or cluster
 * list is never overridden by the event.
 */
function settingsForEventRun(settings, run) {
    if (run.kind === 'skip' || run.kind === 'refused')
        return settings;
    const next = { ...settings, command: run.command };
    if (run.kind === 'command')
        return next;
    if ((run.kind === 'preview-up' || run.kind === 'release') && settings.imageTag === undefined)
        next.imageTag = run.imageTag;
    if ((run.kind === 'preview-up' || run.kind === 'preview-down') && settings.namespaceOverride === undefined) {
        next.namespaceOverride = run.namespace;
    }
    if (run.clusters && settings.clusters.length === 0)
        next.clusters = [...run.clusters];
    return next;
}

;// CONCATENATED MODULE: ./src/preview/index.ts






/***/ }),

/***/ 59090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HC: () => (/* reexport */ parseActionInputs)
});

// UNUSED EXPORTS: Command, RollbackScope, actionOnlyInputs, cliOnlyFlags, cliUsage, defaultPreviewNamespacePattern, defaultPreviewTtlHours, defaultSettings, parseActionManifest, parseCliArgs, renderActionReference, sharedOptions, updateActionReference

// EXTERNAL MODULE: ./src/settings/types.ts
var types = __webpack_require__(31664);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/settings/options.ts
var options = __webpack_require__(48031);
// EXTERNAL MODULE: ./src/settings/parse-values.ts
var parse_values = __webpack_require__(12085);
;// CONCATENATED MODULE: ./src/settings/action-inputs.ts




const defaultPreviewNamespacePattern = '${app}-pr-${pr}';
const defaultPreviewTtlHours = 168;
const patternVariables = new Set(['app', 'pr']);
function label(input) {
    return `input "${input}"`;
}
/** Parses every input once; each bad one becomes an InputError that names it and says what it expects. */
function parseActionInputs(getInput) {
    const read = (name) => (getInput(name) ?? '').trim();
    const settings = { ...types/* defaultSettings */.L6, variables: {}, clusters: [], command: 'deploy', specPath: 'k8deployer.yaml' };
    const writable = settings;
    for (const option of options/* sharedOptions */.mJ) {
        const raw = read(option.input);
        if (raw === '')
            continue;
        writable[option.setting] = option.parse(label(option.input), raw);
    }
    const commandRaw = read('command');
    const command = commandRaw === '' || commandRaw.toLowerCase() === 'auto' ? 'auto' : (0,parse_values/* parseCommand */.RM)(label('command'), commandRaw);
    if (command !== 'auto')
        settings.command = command;
    const bool = (name, fallback) => {
        const raw = read(name);
        return raw === '' ? fallback : (0,parse_values/* parseBoolean */.yG)(label(name), raw);
    };
    const environmentRaw = read('environment');
    const hostRaw = read('preview-host');
    const ttlRaw = read('preview-ttl');
    const namespacePattern = read('preview-namespace') || defaultPreviewNamespacePattern;
    checkPattern('preview-namespace', namespacePattern, { mustMentionPr: true });
    if (hostRaw)
        checkPattern('preview-host', hostRaw, { mustMentionPr: false });
    const action = {
        command,
        githubToken: read('github-token'),
        commentOnPr: bool('comment', true),
        jobSummary: bool('job-summary', true),
        deployments: bool('deployments', true),
        preview: {
            namespacePattern,
            ttlHours: ttlRaw === '' ? defaultPreviewTtlHours : (0,parse_values/* parseHours */.Tk)(label('preview-ttl'), ttlRaw),
            allowForks: bool('allow-forks', false),
        },
    };
    if (environmentRaw)
        action.environment = (0,parse_values/* parseSingleLine */.e7)(label('environment'), environmentRaw, 'an environment name');
    if (hostRaw)
        action.preview.hostPattern = hostRaw;
    if ((action.commentOnPr || action.deployments) && action.githubToken === '') {
        throw new errors/* InputError */.dz(`${label('github-token')}: expected a token (the default \${{ github.token }} works); ` +
            'set comment: false and deployments: false to run without one');
    }
    return { settings, action };
}
function checkPattern(input, pattern, options) {
    for (const match of pattern.matchAll(/\$\{([^}]*)\}/g)) {
        const name = match[1] ?? '';
        if (!patternVariables.has(name)) {
            throw new errors/* InputError */.dz(`${label(input)}: unknown variable \${${name}}; use \${app} and \${pr}, got ${JSON.stringify(pattern)}`);
        }
    }
    if (options.mustMentionPr && !pattern.includes('${pr}')) {
        throw new errors/* InputError */.dz(`${label(input)}: expected a pattern containing \${pr}, e.g. \${app}-pr-\${pr}, got ${JSON.stringify(pattern)}`);
    }
    const sample = pattern.replaceAll('${app}', 'app').replaceAll('${pr}', '1');
    if (input === 'preview-host' && !/^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$/i.test(sample)) {
        throw new errors/* InputError */.dz(`${label(input)}: expected a host name pattern like pr-\${pr}.preview.example.com, got ${JSON.stringify(pattern)}`);
    }
}

// EXTERNAL MODULE: ./src/settings/cli-args.ts
var cli_args = __webpack_require__(3197);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/settings/action-manifest.ts

function parseActionManifest(text) {
    const value = load(text);
    if (!value || typeof value !== 'object' || !value.inputs || !value.outputs || !value.runs) {
        throw new Error('action.yml: expected inputs, outputs and runs');
    }
    return value;
}
const startMarker = '<!-- action-reference:start (generated from action.yml by scripts/gen-action-docs.ts) -->';
const endMarker = '<!-- action-reference:end -->';
function cell(text) {
    return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function code(text) {
    return text === '' ? '' : `\`${text.replace(/`/g, "'")}\``;
}
/** Markdown tables of inputs and outputs, in action.yml order. */
function renderActionReference(manifest) {
    const lines = ['### Inputs', '', '| Input | Default | Description |', '|---|---|---|'];
    for (const [name, input] of Object.entries(manifest.inputs)) {
        const fallback = input.default === undefined ? (input.required ? '*required*' : '') : code(String(input.default));
        lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description)} |`);
    }
    lines.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
    for (const [name, output] of Object.entries(manifest.outputs)) {
        lines.push(`| \`${name}\` | ${cell(output.description)} |`);
    }
    return lines.join('\n');
}
/** Replaces the generated section of a document (between the markers); appends it when the markers are missing. */
function updateActionReference(doc, manifest) {
    const section = `${startMarker}\n${renderActionReference(manifest)}\n${endMarker}`;
    const start = doc.indexOf(startMarker);
    const end = doc.indexOf(endMarker);
    if (start < 0 || end < start)
        return `${doc.trimEnd()}\n\n${section}\n`;
    return doc.slice(0, start) + section + doc.slice(end + endMarker.length);
}

;// CONCATENATED MODULE: ./src/settings/index.ts







/***/ }),

/***/ 48790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readSpecHeader)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29943);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);


/**
 * The few fields the action needs before it can decide what to run (which release rule, which preview namespace).
 * The full validation happens when the spec is loaded for that run.
 */
async function readSpecHeader(specPath) {
    const value = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYamlSource */ .WF)(await (0,_load_js__WEBPACK_IMPORTED_MODULE_0__/* .readSpecText */ .vt)(specPath), specPath).value;
    const clusters = (Array.isArray(value?.clusters) ? value.clusters : [])
        .filter((cluster) => typeof cluster?.name === 'string')
        .map((cluster) => ({
        name: cluster.name,
        environment: typeof cluster.environment === 'string' ? cluster.environment : cluster.name,
        enabled: cluster.enabled !== false && cluster.enabled !== 'false',
    }));
    const header = { app: typeof value?.app === 'string' ? value.app : 'app', clusters };
    if (Array.isArray(value?.releases))
        header.releases = value.releases;
    if (value?.preview && typeof value.preview === 'object')
        header.preview = value.preview;
    return header;
}


/***/ })

};
