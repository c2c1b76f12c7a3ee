export const id = 730;
export const ids = [730];
export const modules = {

/***/ 90999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: ./src/credentials/github-oidc.ts
var github_oidc = __webpack_require__(75341);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(15694);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/github/annotations.ts


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
        const file = options.workspace && (0,external_node_path_.isAbsolute)(problem.file) ? (0,external_node_path_.relative)(options.workspace, problem.file) : problem.file;
        // The message quotes the spec (a pull request's, untrusted): no escape sequences or bidi controls.
        // The annotation command escapes %, CR and LF itself, so nothing in it can start another command.
        annotate((0,report_escape/* annotationText */.xr)(problem.pointer ? `${problem.message} (at ${problem.pointer})` : problem.message), {
            title: 'k8deployer spec',
            file: (0,report_escape/* annotationText */.xr)(file.split('\\').join('/'), 500),
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

// EXTERNAL MODULE: ./src/settings/repository.ts
var settings_repository = __webpack_require__(47965);
;// CONCATENATED MODULE: ./src/github/run-context.ts

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
    const identity = (0,settings_repository/* repositoryIdentity */.R)(repository, env['GITHUB_REPOSITORY_ID']);
    if (identity)
        context.repository = identity;
    return context;
}

// EXTERNAL MODULE: ./src/pipeline.ts + 24 modules
var pipeline = __webpack_require__(69127);
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
/**
 * Whether `text` matches `glob` (`*` any run of characters, `?` one character, everything else literal).
 * No regular expression is built from the glob: `v*a*a*a*a*a*a*b` against a long tag backtracks exponentially in
 * a regex engine. This keeps only the last `*` as a restart point (a later star subsumes every earlier choice), so
 * the work is at most glob length × text length, whatever the pattern.
 */
function matchesGlob(glob, text) {
    const pattern = [...glob];
    const chars = [...text];
    let p = 0;
    let t = 0;
    let starAt = -1;
    let resumeAt = 0;
    while (t < chars.length) {
        if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === chars[t]))) {
            p += 1;
            t += 1;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            starAt = p;
            resumeAt = t;
            p += 1;
        }
        else if (starAt >= 0) {
            // Let the last star swallow one more character and retry the rest of the pattern from there.
            p = starAt + 1;
            resumeAt += 1;
            t = resumeAt;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p += 1;
    return p === pattern.length;
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
    const rule = rules.find((candidate) => matchesGlob(candidate.tag, tag));
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
/**
 * The base commit of the pull request this event is about (pull_request, pull_request_target, reviews...), or
 * undefined when the event is not about one. Its spec is the trusted source of cluster credentials.
 */
function pullRequestBase(payload) {
    if (!isPullRequestPayload(payload))
        return undefined;
    return {
        sha: typeof payload.pull_request.base.sha === 'string' ? payload.pull_request.base.sha : '',
        pr: payload.pull_request.number,
    };
}
/** A PR whose head lives in another repository (a fork; a deleted fork has no head repo at all). */
function isForkPullRequest(payload) {
    const head = payload.pull_request.head.repo?.full_name;
    const base = payload.pull_request.base.repo?.full_name;
    // A payload that cannot say where the head lives is treated as a fork: fail closed.
    return typeof head !== 'string' || typeof base !== 'string' || head.toLowerCase() !== base.toLowerCase();
}
function forkRefusal(payload, command) {
    const head = payload.pull_request.head.repo?.full_name ?? 'a deleted fork';
    return (`pull request #${payload.pull_request.number} comes from ${head}, a fork of ${payload.pull_request.base.repo?.full_name ?? 'this repository'}: ` +
        `its code would run with this workflow’s cluster credentials, so k8deployer refuses to ${command} it. ` +
        'Set allow-forks: true only if every fork contributor is trusted.');
}
/** Label and draft changes: they can start or stop a preview when the spec opts in by label or skips drafts. */
const optInActions = new Set(['labeled', 'unlabeled', 'converted_to_draft']);
/**
 * Whether the spec wants a preview of this pull request as it is now (labels, draft state), and if not, why. The
 * labels are the payload's; on label events the action re-reads them from the API first (another label change may
 * have happened since the event was queued).
 */
function previewWanted(preview, pullRequest) {
    const labels = new Set((pullRequest.labels ?? []).map((label) => label.name).filter(Boolean));
    const pr = `pull request #${pullRequest.number}`;
    const skip = preview?.label?.skip;
    if (skip !== undefined && labels.has(skip))
        return { wanted: false, reason: `${pr} has the label ${skip}` };
    const require = preview?.label?.require;
    if (require !== undefined && !labels.has(require))
        return { wanted: false, reason: `${pr} does not have the label ${require}` };
    if (pullRequest.draft === true && preview?.drafts !== true)
        return { wanted: false, reason: `${pr} is a draft (set preview.drafts: true to preview drafts)` };
    return { wanted: true };
}
/**
 * An opening, push, label or draft change: preview-up when the spec wants a preview now; otherwise preview-down when
 * the change may have ended one (a label removed or added, back to draft), else nothing. A label that is none of the
 * spec's changes nothing.
 */
function optInRun(input, payload) {
    const { action } = payload;
    const labels = [input.preview?.label?.require, input.preview?.label?.skip].filter((name) => name !== undefined);
    if ((action === 'labeled' || action === 'unlabeled') && !labels.includes(payload.label?.name ?? '')) {
        return { kind: 'skip', reason: `pull_request action "${action}" does not change the preview` };
    }
    if (action === 'converted_to_draft' && input.preview?.drafts === true)
        return { kind: 'skip', reason: 'pull_request action "converted_to_draft" does not change the preview' };
    const wanted = previewWanted(input.preview, payload.pull_request);
    if (wanted.wanted)
        return previewRun(input, payload, true);
    if (!optInActions.has(action))
        return { kind: 'skip', reason: `no preview: ${wanted.reason}` };
    const down = previewRun(input, payload, false);
    return down.kind === 'preview-down' ? { ...down, reason: wanted.reason } : down;
}
function previewRun(input, payload, up) {
    const pr = payload.pull_request.number;
    const namespace = previewNamespace(input.options.namespacePattern, { app: input.app, pr });
    const environment = `pr-${pr}`;
    const previewClusters = input.preview?.clusters ?? input.defaultPreviewClusters;
    const clusters = previewClusters ? { clusters: [...previewClusters] } : {};
    const hostPattern = input.options.hostPattern ?? input.preview?.host;
    if (!up) {
        const down = {
            kind: 'preview-down',
            command: types/* Command */.uB.PreviewDown,
            pr,
            namespace,
            environment,
            ...clusters,
        };
        if (hostPattern)
            down.host = previewHost(hostPattern, { app: input.app, pr });
        return down;
    }
    const sha = payload.pull_request.head.sha;
    const imageTag = (input.preview?.imageTag ?? 'pr-${pr}').replaceAll('${pr}', String(pr)).replaceAll('${sha}', sha);
    const run = {
        kind: 'preview-up',
        command: types/* Command */.uB.PreviewUp,
        pr,
        sha,
        namespace,
        environment,
        imageTag,
        ...clusters,
    };
    if (hostPattern) {
        run.host = previewHost(hostPattern, { app: input.app, pr });
        run.url = `https://${run.host}`;
    }
    return run;
}
const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);
/** Commands that use cluster credentials: everything but render. */
const credentialedCommands = new Set([
    types/* Command */.uB.Plan,
    types/* Command */.uB.Deploy,
    types/* Command */.uB.Delete,
    types/* Command */.uB.PreviewUp,
    types/* Command */.uB.PreviewDown,
    types/* Command */.uB.PreviewSweep,
    types/* Command */.uB.Promote,
    types/* Command */.uB.Abort,
]);
/**
 * Events auto mode does not act on: their payload is written by someone who may not be trusted with the workflow's
 * credentials (a comment, a review), or they run on a ref that is not a branch of this repository (a merge queue's
 * temporary branch, another workflow's run). A workflow that wants them sets `command:` explicitly.
 */
function autoSkipReason(eventName) {
    return (`auto mode does not deploy on ${eventName ? `${eventName} events` : 'an unknown event'} ` +
        '(only push, pull_request, pull_request_target, schedule and workflow_dispatch decide a command); set `command:` explicitly if this event should run one');
}
/**
 * Decides what this workflow run does from the triggering event, the `command` input and the spec's rules (the
 * table is in docs/action.md). On a pull request from a fork no credentialed command runs unless `allow-forks`.
 */
function resolveEventRun(input) {
    const { command, eventName, payload } = input;
    if (eventName === 'workflow_run' && (command === 'auto' || command === types/* Command */.uB.PreviewUp))
        return workflowRunRun(input);
    // Any payload about a pull request counts for the fork rule (pull_request_review and _comment carry one too).
    const pullRequest = isPullRequestPayload(payload) ? payload : undefined;
    const fork = pullRequest !== undefined && isForkPullRequest(pullRequest) && !input.options.allowForks;
    if (command === types/* Command */.uB.PreviewUp || command === types/* Command */.uB.PreviewDown) {
        if (!pullRequest || !pullRequestEvents.has(eventName)) {
            return {
                kind: 'refused',
                reason: `command ${command} needs a pull_request event (this run was triggered by ${eventName || 'nothing'})`,
            };
        }
        if (fork)
            return { kind: 'refused', reason: forkRefusal(pullRequest, command) };
        return previewRun(input, pullRequest, command === types/* Command */.uB.PreviewUp);
    }
    if (command === types/* Command */.uB.PreviewSweep && pullRequest) {
        // The sweep would take its clusters from the checked-out spec, which on a pull request is the PR's.
        return {
            kind: 'refused',
            reason: `command ${command} does not run on pull request events; run it on schedule (auto mode does) or workflow_dispatch`,
        };
    }
    if (command !== 'auto') {
        if (fork && credentialedCommands.has(command))
            return { kind: 'refused', reason: forkRefusal(pullRequest, command) };
        return explicitRun(input, command);
    }
    switch (eventName) {
        case 'schedule':
            // A scheduled workflow in auto mode cleans up previews whose pull request was forgotten.
            return { kind: 'command', command: types/* Command */.uB.PreviewSweep };
        case 'workflow_dispatch':
            return { kind: 'command', command: types/* Command */.uB.Deploy };
        case 'push':
            return pushRun(input, payload, 'auto');
        case 'pull_request':
        case 'pull_request_target': {
            if (!pullRequest)
                return { kind: 'skip', reason: `the ${eventName} payload has no pull request` };
            const action = pullRequest.action;
            if (previewUpActions.has(action) || optInActions.has(action)) {
                if (fork) {
                    return previewUpActions.has(action)
                        ? { kind: 'refused', reason: forkRefusal(pullRequest, types/* Command */.uB.PreviewUp) }
                        : { kind: 'skip', reason: `pull request #${pullRequest.pull_request.number} comes from a fork` };
                }
                return optInRun(input, pullRequest);
            }
            // Without allow-forks a fork got a preview only through workflow_run (docs/action.md): its teardown runs on
            // pull_request_target, in the base repository's context, and runs none of the fork's code. On pull_request a
            // fork's run has no credentials, and it was never previewed from there.
            if (action === 'closed') {
                return fork && eventName !== 'pull_request_target'
                    ? {
                        kind: 'skip',
                        reason: `pull request #${pullRequest.pull_request.number} comes from a fork and was never previewed`,
                    }
                    : previewRun(input, pullRequest, false);
            }
            return { kind: 'skip', reason: `pull_request action "${action}" does not change the preview` };
        }
        case 'issue_comment':
            return (commentRun(input, payload) ?? { kind: 'skip', reason: autoSkipReason(eventName) });
        default:
            return { kind: 'skip', reason: autoSkipReason(eventName) };
    }
}
/** Who may wake a preview: people with write access (GitHub's author_association for them). */
const wakeAssociations = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);
/**
 * `/k8deployer wake` (alone on the comment's first line) on a pull request; undefined for every other comment, which
 * auto mode skips as before. Anyone can comment, so the author must be an owner, member or collaborator.
 */
function commentRun(input, payload) {
    const firstLine = (payload?.comment?.body ?? '').split('\n', 1)[0]?.trim() ?? '';
    if (payload?.action !== 'created' || !/^\/k8deployer\s+wake$/i.test(firstLine))
        return undefined;
    const pr = payload.issue?.number;
    if (typeof pr !== 'number' || !payload.issue?.pull_request)
        return { kind: 'skip', reason: '/k8deployer wake only wakes pull request previews; this comment is on an issue' };
    const login = payload.comment?.user?.login ?? 'unknown';
    const association = payload.comment?.author_association ?? 'NONE';
    if (!wakeAssociations.has(association)) {
        return {
            kind: 'refused',
            reason: `${login} (${association.toLowerCase()}) may not wake previews: only the repository's owners, members and collaborators may`,
        };
    }
    const namespace = previewNamespace(input.options.namespacePattern, { app: input.app, pr });
    const clusters = input.preview?.clusters ?? input.defaultPreviewClusters;
    return {
        kind: 'preview-wake',
        pr,
        namespace,
        environment: `pr-${pr}`,
        ...(clusters ? { clusters: [...clusters] } : {}),
        commenter: login,
    };
}
/** An explicit command: tag pushes still pick their release rule so `command: deploy` on tags behaves like auto. */
function explicitRun(input, command) {
    if (command === types/* Command */.uB.Deploy && input.eventName === 'push')
        return pushRun(input, input.payload, command);
    return { kind: 'command', command };
}
function pushRun(input, push, command) {
    const ref = typeof push?.ref === 'string' ? push.ref : '';
    if (!ref.startsWith('refs/tags/')) {
        if (command === 'auto' && push?.deleted)
            return { kind: 'skip', reason: `branch ${ref.replace(/^refs\/heads\//, '')} was deleted` };
        return { kind: 'command', command: command === 'auto' ? types/* Command */.uB.Deploy : command };
    }
    const tag = ref.slice('refs/tags/'.length);
    if (push?.deleted)
        return { kind: 'skip', reason: `tag ${tag} was deleted` };
    const rules = input.releases ?? [];
    const match = matchReleaseRule(tag, rules);
    if (match) {
        const run = {
            kind: 'release',
            command: types/* Command */.uB.Deploy,
            tag,
            version: match.version,
            imageTag: match.imageTag,
        };
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
    return { kind: 'command', command: types/* Command */.uB.Deploy };
}
/**
 * Applies the event's decisions to the settings. A given image tag or cluster list wins over the event; the
 * namespace does not: a preview only ever writes its own namespace, so a `namespace` input naming another one is an
 * error (it would send the PR's code into that namespace and let closing the PR delete it).
 */
function settingsForEventRun(settings, run) {
    if (run.kind === 'skip' || run.kind === 'refused' || run.kind === 'preview-wake')
        return settings;
    const next = { ...settings, command: run.command };
    if (run.kind === 'command')
        return next;
    if ((run.kind === 'preview-up' || run.kind === 'release') && settings.imageTag === undefined)
        next.imageTag = run.imageTag;
    if (run.kind === 'preview-up' || run.kind === 'preview-down') {
        if (settings.namespaceOverride !== undefined && settings.namespaceOverride !== run.namespace) {
            throw new errors/* InputError */.dz(`input "namespace": a ${run.command} run only writes its own namespace ${run.namespace}, but the input names ${settings.namespaceOverride}; ` +
                "leave namespace empty on pull request events (e.g. namespace: ${{ github.event_name == 'push' && 'my-namespace' || '' }}) " +
                'or set the preview namespace pattern with preview-namespace');
        }
        next.namespaceOverride = run.namespace;
    }
    if (run.clusters && settings.clusters.length === 0)
        next.clusters = [...run.clusters];
    return next;
}
/**
 * Which pull request a completed `workflow_run` is about, from the payload GitHub writes (not from anything the
 * build produced). `pull_requests` is empty for a fork's run, so the head (owner, branch, SHA) is given to look it up.
 */
function workflowRunTarget(payload) {
    const run = payload?.workflow_run;
    if (!run)
        return { kind: 'skip', reason: 'the workflow_run payload has no workflow_run' };
    if (payload.action !== 'completed')
        return {
            kind: 'skip',
            reason: `workflow_run action "${String(payload.action)}" is not completed`,
        };
    if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
        return {
            kind: 'skip',
            reason: `the completed workflow ran on ${run.event ? `a ${run.event} event` : 'an unknown event'}, not a pull request; auto mode previews only pull request builds (set \`command:\` explicitly if this event should run one)`,
        };
    if (run.conclusion !== 'success')
        return { kind: 'skip', reason: `the pull request's build concluded ${String(run.conclusion)}; nothing to preview` };
    const sha = run.head_sha ?? '';
    const headRepo = run.head_repository?.full_name ?? '';
    const owner = run.head_repository?.owner?.login ?? headRepo.split('/')[0] ?? '';
    if (!/^[0-9a-f]{40}$/i.test(sha) || !owner || !run.head_branch)
        return { kind: 'skip', reason: 'the workflow_run payload does not name the head commit and branch' };
    const fork = headRepo.toLowerCase() !== (run.repository?.full_name ?? '').toLowerCase();
    const number = run.pull_requests?.find((pull) => typeof pull.number === 'number')?.number;
    return {
        kind: 'pull-request',
        ...(number !== undefined && !fork ? { number } : {}),
        sha,
        head: { owner, branch: run.head_branch },
        fork,
    };
}
/**
 * The deploy half of the two-workflow pattern for forks (docs/action.md): the build ran in `pull_request` without
 * secrets, this run deploys from the default branch's spec with the repository's credentials. The fork's code only
 * arrives as the image, so a fork is previewed here (with no secrets, see untrustedCode), and closing the pull
 * request tears it down through the usual pull_request closed event.
 */
function workflowRunRun(input) {
    const target = workflowRunTarget(input.payload);
    if (target.kind === 'skip')
        return target;
    const pullRequest = input.workflowRunPullRequest;
    if (!pullRequest)
        return {
            kind: 'skip',
            reason: `no open pull request has the head ${target.head.owner}:${target.head.branch} at ${target.sha.slice(0, 7)}`,
        };
    if (pullRequest.pull_request.state === 'closed')
        return { kind: 'skip', reason: `pull request #${pullRequest.pull_request.number} is closed` };
    const wanted = previewWanted(input.preview, pullRequest.pull_request);
    if (!wanted.wanted)
        return { kind: 'skip', reason: `no preview: ${wanted.reason}` };
    const run = previewRun(input, pullRequest, true);
    return run.kind === 'preview-up' && target.fork ? { ...run, untrustedCode: true } : run;
}

// EXTERNAL MODULE: ./src/preview/ttl-sweep.ts
var ttl_sweep = __webpack_require__(90633);
// EXTERNAL MODULE: ./src/kube/object.ts
var kube_object = __webpack_require__(34374);
// EXTERNAL MODULE: ./src/render/manifests.ts
var manifests = __webpack_require__(75246);
// EXTERNAL MODULE: ./src/spec/yaml-source.ts
var yaml_source = __webpack_require__(58780);
;// CONCATENATED MODULE: ./src/preview/confine.ts




/** A spec rendering thousands of stray objects gets a readable error, not thousands of annotations. */
const maxProblems = 20;
/**
 * Rule 1 of the threat model, checked on what would actually be sent: every object of a preview run lives in the
 * preview namespace, whatever the spec's namespaces, patches or raw manifests say. Cluster-scoped objects
 * (ClusterRoles, CRDs, webhooks...) are refused outright: they are shared by every namespace, so a pull request could
 * change production through them, and deleting the preview would remove them for everyone. The only exception is
 * the preview's own Namespace object. Problems point at the component that renders the object.
 */
function assertConfinedToPreview(prepared, namespace, options = {}) {
    const problems = [];
    for (const { target, rendered } of prepared.targets) {
        for (const { component, object } of rendered.objects) {
            const what = `${object.kind} ${object.metadata.name}`;
            let message;
            if (object.kind === 'Namespace') {
                if (object.metadata.name !== namespace)
                    message = `a preview may only create its own namespace ${namespace}, not ${what}`;
            }
            else if (manifests/* clusterScopedKinds */.OS.has(object.kind)) {
                message = `${what} is cluster-scoped; a preview only writes objects inside its namespace ${namespace} (leave it out of previews, e.g. with the component's clusters or enabled field)`;
            }
            else if (object.metadata.namespace !== namespace) {
                message = `${what} would be written to namespace ${object.metadata.namespace ?? '(none)'}; a preview only writes its own namespace ${namespace}`;
            }
            else if (options.checkHosts) {
                message = foreignHostProblem(object, options.previewHost);
            }
            if (!message)
                continue;
            const pointer = target.componentPointers.get(component) ?? '';
            problems.push((0,yaml_source/* problemAt */.l4)(prepared.spec.document, pointer, `cluster ${target.name}: ${message}`));
        }
    }
    if (problems.length > maxProblems) {
        const more = problems.length - maxProblems;
        problems.splice(maxProblems, more, {
            ...problems[maxProblems - 1],
            message: `... and ${more} more objects outside the preview namespace`,
        });
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(problems);
}
/**
 * Host names are shared across namespaces too: an ingress controller merges every Ingress (and a Gateway every
 * route) claiming a host, so a preview claiming the production host could take part of its traffic. A preview may
 * only route its own preview host.
 */
function foreignHostProblem(object, previewHost) {
    const hosts = routedHosts(object);
    const foreign = hosts.filter((host) => host !== previewHost);
    if (foreign.length === 0)
        return undefined;
    const what = `${object.kind} ${object.metadata.name}`;
    return previewHost
        ? `${what} routes ${foreign.join(', ')}; a preview may only route its preview host ${previewHost} (write the host as \${previewHost,<production host>})`
        : `${what} routes ${foreign.join(', ')}, but this preview has no host of its own: set the spec's preview.host or the preview-host input, or leave the ingress out of previews`;
}
function routedHosts(object) {
    const spec = object.spec ?? {};
    const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    if (object.kind === 'Ingress') {
        const rules = Array.isArray(spec.rules) ? spec.rules : [];
        const tls = Array.isArray(spec.tls) ? spec.tls : [];
        const ruleHosts = rules
            .map((rule) => rule?.host)
            .filter((host) => typeof host === 'string');
        return [
            ...new Set([...ruleHosts, ...tls.flatMap((entry) => strings(entry?.hosts))]),
        ];
    }
    if (/Route$/.test(object.kind) && (0,kube_object/* groupOf */.F8)(object.apiVersion) === 'gateway.networking.k8s.io')
        return [...new Set(strings(spec.hostnames))];
    return [];
}
/**
 * A fork's code previewed through workflow_run (the image is the fork's build): every Secret of the spec would be
 * readable by that code, so none may be rendered. Registry credentials (docker-config) are the exception: the
 * kubelet uses them to pull the image; they are not mounted into the container.
 */
function assertNoSecretsForForks(prepared, pr) {
    const problems = [];
    const seen = new Set();
    for (const { target } of prepared.targets) {
        (target.spec.secrets ?? []).forEach((secret, index) => {
            if (secret.type === 'docker-config' || seen.has(secret.name))
                return;
            seen.add(secret.name);
            problems.push((0,yaml_source/* problemAt */.l4)(prepared.spec.document, `/secrets/${index}`, `pull request #${pr} comes from a fork: its code would read secret ${secret.name}, so its preview gets no secrets; ` +
                'preview forks with a spec without secrets (the spec input, e.g. spec: k8deployer.preview.yaml)'));
        });
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(problems.slice(0, maxProblems));
}

// EXTERNAL MODULE: ./src/preview/ownership.ts
var ownership = __webpack_require__(67389);
// EXTERNAL MODULE: ./src/files/confined.ts
var confined = __webpack_require__(73051);
// EXTERNAL MODULE: ./src/spec/load.ts + 1 modules
var load = __webpack_require__(98739);
// EXTERNAL MODULE: ./src/spec/env-names.ts
var env_names = __webpack_require__(55157);
;// CONCATENATED MODULE: ./src/preview/trusted-steps.ts
/**
 * kind: http steps make requests from the runner, which on a pull request event holds the workflow's secrets and
 * sits in its network. A pull request's head may not add a request or change one (its URL, headers, body): it could
 * send a header value to a host of its choosing, or make the runner fetch an internal address and quote the answer
 * in the PR comment. Requests come from the base branch, like credentials (threat model rule 2); merge first.
 */
function untrustedSteps(prepared, baseTargets) {
    const problems = [];
    for (const { target } of prepared.targets) {
        const base = baseTargets.find((entry) => entry.name === target.name);
        const baseSteps = new Map((base?.spec.components ?? []).filter(isStep).map((c) => [c.name, canonical(c)]));
        for (const component of target.spec.components.filter(isStep)) {
            const trusted = baseSteps.get(component.name);
            if (trusted === undefined)
                problems.push(`adds the kind: http step ${component.name}`);
            else if (trusted !== canonical(component))
                problems.push(`changes the request of the kind: http step ${component.name}`);
        }
    }
    return [...new Set(problems)];
}
function isStep(component) {
    return component.kind === 'http' || component.http !== undefined;
}
function canonical(component) {
    return JSON.stringify(sorted(component.http ?? null));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sorted(value[key])]));
    return value;
}

;// CONCATENATED MODULE: ./src/preview/trusted-clusters.ts








/**
 * Every field of a `clusters[]` entry (the generated schema type), classified. `satisfies` turns a field added to
 * the schema into a compile error here until someone decides whether a pull request may change it. Credential fields
 * say where credentials go and which ones are used: the provider blocks (server, CA, region, role, token/kubeconfig
 * environment variable names, kubeconfig path). Cluster `variables` are not listed because base credentials are
 * taken after the base spec's own variables are substituted, so a head that changes a variable used in a provider
 * block changes nothing.
 */
const clusterFieldRoles = {
    name: 'deployment',
    enabled: 'deployment',
    namespace: 'deployment',
    environment: 'deployment',
    url: 'deployment',
    variables: 'deployment',
    profile: 'deployment',
    components: 'deployment',
    eks: 'credential',
    doks: 'credential',
    lke: 'credential',
    aks: 'credential',
    gke: 'credential',
    kubeconfig: 'credential',
};
const credentialFields = Object.keys(clusterFieldRoles).filter((key) => clusterFieldRoles[key] === 'credential');
/** Fails closed: without the base spec there is no trusted source of credentials. */
class UntrustedCredentialsError extends errors/* K8deployerError */.QX {
}
/**
 * Rule 2 of the threat model: on pull request events the credential fields of every targeted cluster come from the
 * base branch's spec, read at the base commit. The head's fields are replaced (and reported when they differ); a
 * cluster the base does not have is left out. Mutates `prepared` (its targets' credentials and the target list).
 */
async function applyBaseCredentials(prepared, options) {
    const repoPath = repositoryPath(options.workspace, options.specPath);
    let text;
    try {
        text = await options.readBase(repoPath);
    }
    catch (error) {
        throw new UntrustedCredentialsError(`cannot read ${repoPath} at the base commit ${options.baseSha.slice(0, 12)} (${(0,errors/* describeError */.Uc)(error)}); on pull request events cluster credentials ` +
            'come only from the base branch, so this run is refused (a pull request that adds the spec needs to be merged first)', { cause: error });
    }
    const baseDocument = unusableBaseAsError(() => (0,yaml_source/* parseYamlSource */.WF)(text, `${repoPath}@${options.baseSha.slice(0, 7)}`));
    const baseNames = clusterNames(baseDocument.value);
    const added = prepared.targets.map(({ target }) => target.name).filter((name) => !baseNames.includes(name));
    prepared.targets = prepared.targets.filter(({ target }) => baseNames.includes(target.name));
    if (prepared.targets.length === 0) {
        throw new UntrustedCredentialsError(`the base branch's spec has none of the clusters this run targets (${added.join(', ')}); a pull request cannot add clusters`);
    }
    const previewClusters = options.previewClustersFromBase ? basePreviewClusters(baseDocument.value) : undefined;
    const notPreviewed = previewClusters
        ? prepared.targets.map(({ target }) => target.name).filter((name) => !previewClusters.includes(name))
        : [];
    if (previewClusters)
        prepared.targets = prepared.targets.filter(({ target }) => previewClusters.includes(target.name));
    if (prepared.targets.length === 0) {
        throw new UntrustedCredentialsError(`the base branch's spec previews on ${previewClusters?.join(', ') || 'no cluster'}, not on ${notPreviewed.join(', ')}; a pull request cannot move its preview to another cluster`);
    }
    const baseTargets = unusableBaseAsError(() => (0,load/* resolveTargets */.h5)(baseDocument, {
        ...options.specOptions,
        clusters: prepared.targets.map(({ target }) => target.name),
    }));
    refuseNewEnvReads(prepared, baseTargets);
    const steps = untrustedSteps(prepared, baseTargets);
    if (steps.length > 0)
        throw new UntrustedCredentialsError(`this pull request ${steps.join('; ')}; on pull request events kind: http requests come only from the base branch (merge the change first)`);
    const changed = [];
    for (const entry of prepared.targets) {
        const base = baseTargets.find((target) => target.name === entry.target.name);
        if (!base)
            throw new UntrustedCredentialsError(`cluster ${entry.target.name} is missing from the base branch's spec`);
        // Credentials say who may write; the namespace says where. A PR may not move a deploy into another namespace.
        if (entry.target.namespace !== base.namespace) {
            throw new UntrustedCredentialsError(`cluster ${entry.target.name}: this pull request moves the app from namespace ${base.namespace} to ${entry.target.namespace}; ` +
                'on pull request events the namespace comes from the base branch (merge the change first)');
        }
        const fields = changedFields(entry.target.credentials, base.credentials);
        if (fields.length > 0)
            changed.push({ cluster: entry.target.name, fields });
        entry.target.provider = base.provider;
        entry.target.credentials = await pinRepositoryFiles(base.credentials, options);
    }
    return { changed, added, ...(notPreviewed.length ? { notPreviewed } : {}) };
}
/**
 * The step's environment holds the workflow's secrets (often production's). A PR that makes the spec read one the
 * base does not (`secrets: [{fromEnv: {k: PROD_DB_PASSWORD}}]`) would copy it into a Secret its own code can read.
 */
function refuseNewEnvReads(prepared, baseTargets) {
    // Provider blocks are replaced by the base's wholesale; what remains are the names the spec's secrets and its
    // kind: http headers (valueEnv) read.
    const secretReads = (target) => (0,env_names/* envNameReferences */.D3)(target.spec)
        .filter((ref) => !ref.pointer.startsWith('/clusters/'))
        .map((ref) => ref.name);
    const baseNames = new Set(baseTargets.flatMap(secretReads));
    const fresh = new Set(prepared.targets.flatMap(({ target }) => secretReads(target)).filter((name) => !baseNames.has(name)));
    if (fresh.size === 0)
        return;
    throw new UntrustedCredentialsError(`this pull request makes the spec read the environment variable(s) ${[...fresh].sort().join(', ')}, which the base branch's spec does not read; ` +
        'on pull request events only variables the base branch already reads are used (merge the change first)');
}
/** The base spec's preview clusters: `preview.clusters`, else its first enabled cluster (as the action defaults). */
function basePreviewClusters(value) {
    const spec = value;
    const listed = spec?.preview?.clusters;
    if (Array.isArray(listed))
        return listed.filter((name) => typeof name === 'string');
    const clusters = Array.isArray(spec?.clusters) ? spec.clusters : [];
    if (clusters.length === 0)
        return [load/* defaultClusterName */.D_];
    const first = clusters.find((cluster) => cluster?.enabled !== false && cluster?.enabled !== 'false');
    return typeof first?.name === 'string' ? [first.name] : [];
}
/** The base spec's problems are not the PR's to fix here (their positions are in another version of the file). */
function unusableBaseAsError(work) {
    try {
        return work();
    }
    catch (error) {
        const detail = error instanceof errors/* SpecError */.G8 ? error.message.split('\n').slice(0, 3).join('; ') : (0,errors/* describeError */.Uc)(error);
        throw new UntrustedCredentialsError(`the base branch's spec cannot be used for credentials: ${detail}`, {
            cause: error,
        });
    }
}
/** The names of the spec's clusters as written (a spec without clusters has the one local-kubeconfig cluster). */
function clusterNames(value) {
    const clusters = value?.clusters;
    if (!Array.isArray(clusters) || clusters.length === 0)
        return [load/* defaultClusterName */.D_];
    return clusters
        .map((cluster) => cluster?.name)
        .filter((name) => typeof name === 'string');
}
/** `kubeconfig.server` style paths of the fields that differ (values are not shown: they may be sensitive). */
function changedFields(head, base) {
    if (head.provider !== base.provider)
        return [`provider (${String(base.provider)} → ${String(head.provider)})`];
    const keys = new Set([...Object.keys(head), ...Object.keys(base)].filter((key) => key !== 'provider'));
    return [...keys]
        .filter((key) => JSON.stringify(head[key]) !== JSON.stringify(base[key]))
        .map((key) => `${String(base.provider)}.${key}`)
        .sort();
}
/**
 * A kubeconfig file or CA file the base names inside the repository would still be read from the head's checkout,
 * which the pull request controls; copies of the base's versions are used instead.
 */
async function pinRepositoryFiles(credentials, options) {
    const pinned = { ...credentials };
    for (const key of ['path', 'certificateAuthority']) {
        const value = pinned[key];
        if (typeof value !== 'string' || value === '' || (key === 'certificateAuthority' && !looksLikePath(value)))
            continue;
        // Spec paths resolve relative to the spec file (src/files/confined.ts), not to the checkout's root.
        const absolute = external_node_path_default().resolve(external_node_path_default().dirname(external_node_path_default().resolve(options.workspace, options.specPath)), value);
        if (!isBelow(options.workspace, absolute))
            continue;
        const relative = repositoryPath(options.workspace, absolute);
        let content;
        try {
            content = await options.readBase(relative);
        }
        catch (error) {
            throw new UntrustedCredentialsError(`cannot read ${relative} (the cluster's ${key}) at the base commit: ${(0,errors/* describeError */.Uc)(error)}`, { cause: error });
        }
        const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(options.tempDir, 'k8deployer-base-'));
        const file = external_node_path_default().join(dir, external_node_path_default().basename(relative));
        await (0,promises_.writeFile)(file, content, { mode: 0o600 });
        pinned[key] = file;
        // The copy lives outside the checkout, but it is still repository content (src/credentials/kubeconfig.ts).
        if (key === 'path')
            pinned.fromRepository = true;
    }
    return pinned;
}
/** PEM or base64 of PEM is inline data; anything else kubeconfig.ts treats as a file path. */
function looksLikePath(value) {
    return !value.includes('-----BEGIN') && !/^[A-Za-z0-9+/=\s]{64,}$/.test(value.trim());
}
/** Strictly below the checkout (the checkout itself is no file to read at the base commit). */
function isBelow(root, file) {
    return external_node_path_default().resolve(root) !== file && (0,confined/* isInside */.FK)(external_node_path_default().resolve(root), file);
}
function repositoryPath(workspace, file) {
    const absolute = external_node_path_default().resolve(workspace, file);
    if (!isBelow(workspace, absolute)) {
        throw new UntrustedCredentialsError(`${file} is outside the repository checkout ${workspace}, so it cannot be read at the base commit`);
    }
    return external_node_path_default().relative(external_node_path_default().resolve(workspace), absolute).split((external_node_path_default()).sep).join('/');
}
/** One line for the log / warning annotation and the PR comment; cluster names are the spec's (user text). */
function describeTrustedCredentials(report) {
    const parts = [];
    for (const { cluster, fields } of report.changed) {
        parts.push(`cluster ${cluster}: this pull request changes ${fields.join(', ')}; ignored, the base branch's credentials are used`);
    }
    if (report.added.length > 0)
        parts.push(`cluster(s) ${report.added.join(', ')} are not in the base branch's spec and were left out`);
    if (report.notPreviewed?.length)
        parts.push(`cluster(s) ${report.notPreviewed.join(', ')} do not get previews in the base branch's spec and were left out`);
    return parts.length ? parts.join('. ') : undefined;
}

// EXTERNAL MODULE: ./src/report/comment.ts
var comment = __webpack_require__(54231);
;// CONCATENATED MODULE: ./src/preview/pull-request-guard.ts







/**
 * On events about a pull request, the cluster entries' credential fields come from the base commit's spec
 * (trusted-clusters.ts). Returns the note for the PR comment when the pull request tried to change them.
 */
async function useBaseCredentials(prepared, options) {
    const base = pullRequestBase(options.payload);
    if (!base)
        return undefined;
    const { settings, github } = options;
    // Loaded only on pull request events: @actions/github costs a noticeable part of the cold start.
    const { baseFileReader } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 47232));
    const client = github
        ? (await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584))).createGitHubClient({ token: github.token, baseUrl: github.apiUrl })
        : undefined;
    const report = await applyBaseCredentials(prepared, {
        specPath: settings.specPath,
        workspace: options.workspace,
        baseSha: base.sha,
        readBase: baseFileReader({
            sha: base.sha,
            workspace: options.workspace,
            ...(client && github ? { github: { client, repo: { owner: github.owner, repo: github.repo } } } : {}),
        }),
        specOptions: {
            variables: { ...settings.variables, ...(settings.imageTag !== undefined ? { imageTag: settings.imageTag } : {}) },
            ...(settings.namespaceOverride ? { namespaceOverride: settings.namespaceOverride } : {}),
        },
        tempDir: options.tempDir,
        previewClustersFromBase: (settings.command === types/* Command */.uB.PreviewUp || settings.command === types/* Command */.uB.PreviewDown) &&
            options.inputClusters.length === 0,
    });
    const note = describeTrustedCredentials(report);
    if (note)
        options.warn(note);
    return note;
}
/** The note goes right under the marker (which must stay first); cluster names are the PR's text, so escaped. */
function withCommentNote(body, marker, note, level = 'WARNING') {
    const rest = body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
    return (0,format/* truncateBytes */.QY)(`${marker}\n> [!${level}]\n> ${(0,report_escape/* markdownText */.p7)(note, 2000)}\n\n${rest}`, comment/* commentLimitBytes */.SS);
}
/** Before a preview run writes or deletes its namespace, it must be this repository's preview of this PR. */
function previewOwnerCheck(repository, run) {
    const expected = (0,ownership/* previewOwnershipLabels */.xb)((0,ownership/* requireRepository */.Cc)(repository, run.command), run.pr);
    return (kubeConfig) => (0,ownership/* assertPreviewNamespaceOwned */.D1)(kubeConfig, run.namespace, expected, run.command);
}

;// CONCATENATED MODULE: ./src/preview/index.ts









// EXTERNAL MODULE: ./src/render/print.ts
var print = __webpack_require__(77203);
// EXTERNAL MODULE: ./src/report/index.ts + 4 modules
var report = __webpack_require__(28270);
// EXTERNAL MODULE: ./src/settings/action-inputs.ts
var action_inputs = __webpack_require__(70385);
// EXTERNAL MODULE: ./src/settings/cli-args.ts
var cli_args = __webpack_require__(3197);
// EXTERNAL MODULE: ./src/settings/options.ts
var options = __webpack_require__(48031);
// EXTERNAL MODULE: ./src/spec/bounded-yaml.ts
var bounded_yaml = __webpack_require__(26628);
;// CONCATENATED MODULE: ./src/settings/action-manifest.ts

function parseActionManifest(text) {
    const value = loadYamlDocument(text, { file: 'action.yml' });
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






// EXTERNAL MODULE: ./src/preview/sleep.ts
var sleep = __webpack_require__(479);
;// CONCATENATED MODULE: ./src/action/publish.ts

/** The GitHub environment a run reports: the input's, the release rule's or the preview's, else its clusters'. */
function runEnvironment(action, eventRun, prepared) {
    return (action.environment ??
        ('environment' in eventRun ? eventRun.environment : undefined) ??
        (prepared.targets.map(({ target }) => target.environment).join('+') || 'default'));
}
/** The PR comment and Deployment statuses of this run, or nothing without a token or a GitHub context. */
async function createPublisher(input) {
    const { action, context, eventRun, environment } = input;
    if (action.githubToken === '' || context === undefined || !(action.commentOnPr || action.deployments))
        return undefined;
    const pullRequest = eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down'
        ? eventRun.pr
        : pullRequestNumber(input.env, context);
    // Loaded only when used: @actions/github costs a noticeable part of the cold start.
    const { GitHubPublisher } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(445)]).then(__webpack_require__.bind(__webpack_require__, 76445));
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584));
    return new GitHubPublisher({
        client: createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
        repo: { owner: context.owner, repo: context.repo },
        sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha,
        runUrl: context.runUrl,
        environment,
        production: environment === 'production',
        ...(pullRequest !== undefined ? { pullRequest } : {}),
        comment: action.commentOnPr,
        deployments: action.deployments && input.settings.command !== types/* Command */.uB.Plan,
        preview: eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down',
        warn: input.warn,
        ...(action.commentGroup && context.runId
            ? {
                fanIn: {
                    marker: `<!-- k8deployer:group:${action.commentGroup.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`,
                    runId: context.runId,
                    title: '### k8deployer',
                },
            }
            : {}),
    });
}
function pullRequestNumber(env, context) {
    const match = /^refs\/pull\/(\d+)\//.exec(context.ref ?? env.GITHUB_REF ?? '');
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/preview/freshness.ts
/**
 * Pure: is a preview run for `run.sha` still the pull request's latest? Read before deploying (a queued run whose
 * PR moved on deploys nothing) and after (a deploy that finished after a newer push or the close must not publish
 * a stale result, and must not leave a preview of a closed PR behind).
 */
function previewFreshness(run, now) {
    if (now.state === 'closed')
        return { kind: 'closed', message: `pull request #${run.pr} is closed` };
    if (run.sha !== '' && now.headSha !== '' && now.headSha.toLowerCase() !== run.sha.toLowerCase()) {
        const sha = now.headSha.slice(0, 7);
        return {
            kind: 'superseded',
            sha,
            message: `this run of ${run.sha.slice(0, 7)} is superseded by ${sha}, the pull request's head now; that commit's run deploys it`,
        };
    }
    return { kind: 'current' };
}

;// CONCATENATED MODULE: ./src/action/pull-request-state.ts


async function githubApi(action, context) {
    if (action.githubToken === '' || context === undefined)
        return undefined;
    // Loaded only when used: @actions/github costs a noticeable part of the cold start.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 96584));
    return {
        client: createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
        repo: { owner: context.owner, repo: context.repo },
    };
}
async function livePullRequest(api, pr) {
    const { readPullRequest } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 52524));
    return readPullRequest(api.client, api.repo, pr);
}
const labelActions = new Set(['labeled', 'unlabeled']);
/**
 * Label events are queued: by the time this run starts, the labels may have changed again (a label added and
 * removed quickly). The opt-in decision uses the labels and draft state the API reports now; if it cannot be read,
 * the payload's are used and a warning says so.
 */
async function withCurrentLabels(payload, api, warn) {
    const event = payload;
    if (!api || !event?.pull_request || !labelActions.has(event.action ?? ''))
        return payload;
    try {
        const live = await livePullRequest(api, event.pull_request.number);
        return {
            ...event,
            pull_request: {
                ...event.pull_request,
                labels: live.labels.map((name) => ({ name })),
                draft: live.draft,
            },
        };
    }
    catch (error) {
        warn(`the labels were not re-read (${error instanceof Error ? error.message : String(error)}); using the event's`);
        return payload;
    }
}
/**
 * The PR's state now compared with this run's commit; undefined (carry on) when the API cannot say: the check only
 * avoids wasted or stale work, the preview's safety does not depend on it.
 */
async function freshness(api, run, warn) {
    if (!api)
        return undefined;
    try {
        return previewFreshness(run, await livePullRequest(api, run.pr));
    }
    catch (error) {
        warn(`could not check whether pull request #${run.pr} moved on (${error instanceof Error ? error.message : String(error)})`);
        return undefined;
    }
}
/**
 * workflow_run: the pull request the completed build was for, assembled from the trusted payload (head SHA and
 * repository) and the pulls API (number for forks, labels, draft, state). The build's artifacts are never read.
 */
async function workflowRunPullRequest(payload, api) {
    const target = workflowRunTarget(payload);
    if (target.kind === 'skip' || !api)
        return undefined;
    let number = target.number;
    if (number === undefined) {
        const { findPullRequestByHead } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(524)]).then(__webpack_require__.bind(__webpack_require__, 52524));
        number = await findPullRequestByHead(api.client, api.repo, { ...target.head, sha: target.sha });
    }
    if (number === undefined)
        return undefined;
    const live = await livePullRequest(api, number);
    return {
        action: 'synchronize',
        number,
        pull_request: {
            number,
            state: live.state,
            draft: live.draft,
            labels: live.labels.map((name) => ({ name })),
            // The commit the build built, not the head now: a newer push makes this run superseded (checked later).
            head: { ref: target.head.branch, sha: target.sha, repo: live.headRepo ? { full_name: live.headRepo } : null },
            base: { ref: '', repo: { full_name: live.baseRepo } },
        },
    };
}

// EXTERNAL MODULE: ./src/report/rollouts.ts
var rollouts = __webpack_require__(2138);
;// CONCATENATED MODULE: ./src/action/run.ts





















/**
 * The action's run: inputs → event decisions → the same run as the CLI → outputs, summary, comment, deployments.
 * Every failure ends here as the step's failure; `interruption` is the entry point's signal handling (src/cancel.ts).
 */
async function runAction(env, interruption) {
    const masker = new report/* SecretMasker */.M2();
    const mask = (secret) => {
        if (!secret)
            return;
        core/* setSecret */.Pq(secret);
        masker.add(secret);
    };
    const context = readGitHubRunContext(env);
    try {
        const { settings: inputSettings, action } = (0,action_inputs/* parseActionInputs */.HC)((name) => core/* getInput */.V4(name));
        mask(action.githubToken);
        if (context?.repository)
            inputSettings.repository = context.repository;
        // The spec is read once: its outline decides what the event runs, the same document is loaded for that run.
        const document = await (0,load/* readSpecDocument */.Nd)(inputSettings.specPath);
        const outline = (0,load/* specOutline */.CM)(document);
        const eventPayload = context?.eventPath ? JSON.parse(await (0,promises_.readFile)(context.eventPath, 'utf8')) : {};
        const warn = (message) => core/* warning */.$e((0,report/* annotationText */.xr)(masker.mask(message)));
        const api = apiEvents.has(context?.eventName ?? '') ? await githubApi(action, context) : undefined;
        const payload = await withCurrentLabels(eventPayload, api, warn);
        const fromWorkflowRun = context?.eventName === 'workflow_run' ? await workflowRunPullRequest(payload, api) : undefined;
        const eventRun = resolveEventRun({
            ...(fromWorkflowRun ? { workflowRunPullRequest: fromWorkflowRun } : {}),
            eventName: context?.eventName ?? '',
            payload,
            command: action.command,
            app: outline.app,
            ...(outline.releases ? { releases: outline.releases } : {}),
            ...(outline.preview ? { preview: outline.preview } : {}),
            ...(outline.enabledClusters[0] !== undefined ? { defaultPreviewClusters: [outline.enabledClusters[0]] } : {}),
            options: action.preview,
        });
        if (eventRun.kind === 'skip') {
            core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: nothing to do: ${eventRun.reason}`));
            core/* setOutput */.uH('status', events/* Outcome */.Pi.Skipped);
            return;
        }
        if (eventRun.kind === 'refused') {
            core/* setOutput */.uH('status', events/* Outcome */.Pi.Skipped);
            core/* setFailed */.C1((0,report/* annotationText */.xr)(masker.mask(eventRun.reason)));
            return;
        }
        if (eventRun.kind === 'preview-wake') {
            await wakeFromComment(inputSettings, action, eventRun, {
                env,
                context,
                masker,
                mask,
                document,
                api,
                interruption,
            });
            return;
        }
        if (eventRun.kind === 'preview-down' && eventRun.reason)
            core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${eventRun.reason}`));
        if (eventRun.kind === 'preview-up') {
            // A queued run whose pull request moved on (a newer push, or closed) deploys nothing.
            const before = await freshness(api, eventRun, warn);
            if (before && before.kind !== 'current') {
                const reason = before.kind === 'superseded'
                    ? `superseded by ${before.sha}: ${before.message}`
                    : `${before.message}; nothing deployed (its closed event tears the preview down)`;
                core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: nothing to do: ${reason}`));
                core/* setOutput */.uH('status', events/* Outcome */.Pi.Skipped);
                await writeSummary(action, env, `k8deployer ${eventRun.command}: skipped, ${(0,report_escape/* markdownText */.p7)(reason, 500)}\n`);
                return;
            }
        }
        const settings = withEventVariables(settingsForEventRun(inputSettings, eventRun), eventRun);
        if (settings.command === types/* Command */.uB.Render)
            return await renderToLog(settings, env, document);
        await deploy(settings, action, eventRun, {
            env,
            context,
            masker,
            mask,
            document,
            payload,
            inputClusters: inputSettings.clusters,
            interruption,
            api,
        });
    }
    catch (error) {
        core/* setOutput */.uH('status', events/* Outcome */.Pi.Failed);
        if (error instanceof errors/* SpecError */.G8) {
            annotateSpecProblems(error.problems, core/* error */.z3, context?.workspace ? { workspace: context.workspace } : {});
            core/* setFailed */.C1(`the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}), see the annotations`);
        }
        else {
            core/* setFailed */.C1((0,report/* annotationText */.xr)(masker.mask((0,errors/* describeError */.Uc)(error))));
        }
    }
}
/** Events whose runs read the pull request from the API (labels, head SHA, state). */
const apiEvents = new Set(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run']);
async function writeSummary(action, env, text) {
    if (action.jobSummary && env.GITHUB_STEP_SUMMARY)
        await core/* summary */.z.addRaw(text).write();
}
/**
 * Preview runs get `${pr}` and `${previewHost}` for the spec (e.g. `ingress: {host:
 * "${previewHost,shop.example.com}"}`).
 */
function withEventVariables(settings, run) {
    if (run.kind !== 'preview-up' && run.kind !== 'preview-down')
        return settings;
    const variables = { pr: String(run.pr), ...settings.variables };
    if (run.host)
        variables.previewHost ??= run.host;
    // The labels teardown and the sweep require before they delete anything (src/preview/ownership.ts).
    const owner = (0,ownership/* previewOwnershipLabels */.xb)((0,ownership/* requireRepository */.Cc)(settings.repository, run.command), run.pr);
    return {
        ...settings,
        variables,
        namespaceLabels: { ...settings.namespaceLabels, ...owner },
        // A new commit changes the namespace, which dates the preview's last activity for the sleep (src/preview/sleep.ts).
        ...(run.kind === 'preview-up'
            ? { namespaceAnnotations: { ...settings.namespaceAnnotations, [sleep/* previewShaAnnotation */.qN]: run.sha } }
            : {}),
    };
}
async function renderToLog(settings, env, document) {
    const prepared = await (0,pipeline/* prepareRun */.Z)(settings, { env, document });
    for (const { target, rendered } of prepared.targets) {
        core/* startGroup */.Oh(`${target.name}: ${rendered.objects.length} objects`);
        // The head's spec on a pull request is user text: no line of it may read as a workflow command.
        for (const line of (0,report/* logLines */.OG)((0,print/* objectsToYaml */.TZ)(rendered.objects.map((desired) => desired.object))))
            core/* info */.pq(line);
        core/* endGroup */.N4();
    }
    core/* setOutput */.uH('status', events/* Outcome */.Pi.Planned);
}
async function deploy(settings, action, eventRun, io) {
    const { context, interruption } = io;
    const warn = (message) => core/* warning */.$e((0,report/* annotationText */.xr)(io.masker.mask(message)));
    const bus = new events/* EventBus */.l7();
    const reporters = (0,report/* attachReporters */.eT)({ bus, mode: 'actions', write: (line) => core/* info */.pq(line), masker: io.masker });
    const deploying = settings.command === types/* Command */.uB.Deploy || settings.command === types/* Command */.uB.PreviewUp;
    // Check the spec (and that every secret is there) before anything is recorded on GitHub.
    // On pull request events the head's spec may point a docker-config secret's registry anywhere: the runner's
    // registry credentials must not go there (threat model rule 2), so pinned digests are resolved anonymously.
    const checked = await (0,pipeline/* prepareRun */.Z)(settings, {
        env: io.env,
        document: io.document,
        ...(pullRequestBase(io.payload)
            ? {
                anonymousRegistries: "on pull request events digests are resolved anonymously (the head commit's spec could send registry credentials elsewhere)",
            }
            : {}),
    });
    const environment = runEnvironment(action, eventRun, checked);
    if (eventRun.kind === 'preview-up')
        assertConfinedToPreview(checked, eventRun.namespace, {
            checkHosts: true,
            ...(eventRun.host ? { previewHost: eventRun.host } : {}),
        });
    if (eventRun.kind === 'preview-down')
        assertConfinedToPreview(checked, eventRun.namespace);
    if (eventRun.kind === 'preview-up' && eventRun.untrustedCode)
        assertNoSecretsForForks(checked, eventRun.pr);
    const trustNote = await useBaseCredentials(checked, {
        payload: io.payload,
        settings,
        inputClusters: io.inputClusters,
        workspace: context?.workspace ?? process.cwd(),
        tempDir: io.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(),
        ...(action.githubToken !== '' && context
            ? { github: { token: action.githubToken, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo } }
            : {}),
        warn: (message) => core/* warning */.$e((0,report/* annotationText */.xr)(io.masker.mask(message))),
    });
    const publisher = await createPublisher({
        settings,
        action,
        eventRun,
        context,
        env: io.env,
        environment,
        warn: (message) => core/* warning */.$e((0,report/* annotationText */.xr)(io.masker.mask(message))),
    });
    if (deploying)
        await publisher?.start(`k8deployer ${settings.command}`);
    await publisher?.announce();
    // The engine and the Kubernetes client are most of the bundle: load them after the Deployment is marked in progress.
    const { executeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 99153));
    const renderedUrls = checked.targets.flatMap(({ rendered }) => rendered.components.flatMap((component) => component.urls));
    // The preview's real URL is the ingress URL for its host (http or https as the spec's ingress says).
    const previewHostName = eventRun.kind === 'preview-up' ? eventRun.host : undefined;
    const previewUrl = previewHostName
        ? (renderedUrls.find((url) => new URL(url).host === previewHostName) ?? `https://${previewHostName}`)
        : undefined;
    let environmentUrl = previewUrl;
    try {
        const { prepared, slept } = await executeClusterCommand({
            settings,
            env: io.env,
            bus,
            prepared: checked,
            ...(eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down'
                ? { checkCluster: previewClusterCheck(settings, eventRun) }
                : {}),
            runId: context ? `${context.repo}-${context.runId}` : `run-${Date.now()}`,
            signal: interruption.signal,
            escalation: interruption.escalation,
            credentials: {
                ...runnerCredentials(io),
                log: (message) => core/* info */.pq((0,report/* logLine */.BP)(io.masker.mask(message))),
            },
        });
        if (slept?.length)
            await markAsleep(slept, action, io, checked.targets[0]?.rendered.app ?? 'app');
        const rendered = prepared.targets.map(({ rendered }) => rendered);
        environmentUrl ??= prepared.targets.map(({ target }) => target.url).find(Boolean) ?? renderedUrls[0];
        const final = reporters.finish({
            components: rendered,
            environment,
            ...(previewUrl ? { previewUrl } : {}),
            ...(context ? { runUrl: context.runUrl, sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha } : {}),
        });
        // The pull request may have moved on while this run deployed: closed (tear down) or pushed to (publish nothing).
        const after = eventRun.kind === 'preview-up' ? await freshness(io.api, eventRun, warn) : undefined;
        if (after?.kind === 'closed' && eventRun.kind === 'preview-up') {
            await tearDownClosed(settings, action, eventRun, prepared, { io, publisher, environment, reason: after.message });
            return;
        }
        const superseded = after?.kind === 'superseded' ? `superseded by ${after.sha}` : undefined;
        if (superseded && after?.kind === 'superseded')
            core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${after.message}; the comment is left to that run`));
        core/* setOutput */.uH('result', final.resultJson);
        core/* setOutput */.uH('status', final.status);
        if (previewUrl)
            core/* setOutput */.uH('preview-url', previewUrl);
        if (action.jobSummary && io.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z
                .addRaw(superseded ? `> [!NOTE]\n> This result is ${superseded}; it was not published.\n\n` : '')
                .addRaw(final.summaryMarkdown)
                .write();
        // The Deployment status names the live color and what to run next (promote / abort).
        const blueGreenNote = (0,rollouts/* blueGreenDescription */.oI)(final.report);
        const notes = await publisher?.finish({
            ...(superseded ? { superseded } : {}),
            ok: final.exitCode === 0,
            ...(final.status === events/* Outcome */.Pi.Cancelled
                ? { cancelled: true, description: `cancelled by ${interruption.received ?? 'a signal'}` }
                : blueGreenNote
                    ? { description: (0,format/* cutDescription */.zs)(io.masker.mask(blueGreenNote)) }
                    : {}),
            // A rollout held until promoted: the Deployment stays in progress until promote or abort.
            ...(final.status === events/* Outcome */.Pi.Paused
                ? {
                    paused: true,
                    description: (0,format/* cutDescription */.zs)(io.masker.mask(blueGreenNote ?? 'rollout paused until promoted (run promote or abort)')),
                }
                : {}),
            commentBody: trustNote ? withCommentNote(final.commentBody, final.commentMarker, trustNote) : final.commentBody,
            commentMarker: final.commentMarker,
            ...(environmentUrl ? { environmentUrl } : {}),
            teardown: settings.command === types/* Command */.uB.PreviewDown || settings.command === types/* Command */.uB.Delete,
        });
        await publishNotes(action, io, notes);
        if (final.exitCode !== 0) {
            const { reasons } = final;
            core/* setFailed */.C1((0,report/* annotationText */.xr)(io.masker.mask(`k8deployer ${settings.command} ${final.status}${reasons.length ? `: ${reasons.join('; ')}` : ''}`)));
        }
    }
    catch (error) {
        reporters.detach();
        await publisher?.finish({ ok: false, description: (0,format/* cutDescription */.zs)(io.masker.mask((0,errors/* describeError */.Uc)(error))) });
        throw error;
    }
}
/**
 * The pull request was closed while its preview deployed: the closed event's run may already have torn down (and
 * found nothing yet), so this run removes what it just made, with the same ownership check, and says why.
 */
async function tearDownClosed(settings, action, run, prepared, state) {
    const { io, publisher } = state;
    const note = `${state.reason}: it was closed while this run deployed, so the preview was torn down again`;
    core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${note}`));
    const bus = new events/* EventBus */.l7();
    const reporters = (0,report/* attachReporters */.eT)({ bus, mode: 'actions', write: (line) => core/* info */.pq(line), masker: io.masker });
    const { executeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(114)]).then(__webpack_require__.bind(__webpack_require__, 99153));
    const down = { ...settings, command: types/* Command */.uB.PreviewDown };
    try {
        const result = await executeClusterCommand({
            settings: down,
            env: io.env,
            bus,
            prepared,
            checkCluster: previewOwnerCheck(settings.repository, {
                command: types/* Command */.uB.PreviewDown,
                pr: run.pr,
                namespace: run.namespace,
            }),
            runId: io.context ? `${io.context.repo}-${io.context.runId}-down` : `run-${Date.now()}-down`,
            signal: io.interruption.signal,
            escalation: io.interruption.escalation,
            credentials: { getIdToken: (audience) => (0,github_oidc/* githubIdTokenGetter */.V)({ env: io.env })(audience), mask: io.mask },
        });
        const final = reporters.finish({
            components: result.prepared.targets.map(({ rendered }) => rendered),
            environment: state.environment,
            ...(io.context ? { runUrl: io.context.runUrl, sha: run.sha } : {}),
        });
        core/* setOutput */.uH('result', final.resultJson);
        core/* setOutput */.uH('status', final.status);
        await writeSummary(action, io.env, `> [!NOTE]\n> ${(0,report_escape/* markdownText */.p7)(note, 500)}\n\n${final.summaryMarkdown}`);
        await publishNotes(action, io, await publisher?.finish({
            ok: final.exitCode === 0,
            commentBody: withCommentNote(final.commentBody, final.commentMarker, note, 'NOTE'),
            commentMarker: final.commentMarker,
            teardown: true,
        }));
        if (final.exitCode !== 0)
            core/* setFailed */.C1((0,report/* annotationText */.xr)(io.masker.mask(`k8deployer ${types/* Command */.uB.PreviewDown} ${final.status}: ${final.reasons.join('; ')}`)));
    }
    catch (error) {
        reporters.detach();
        throw error;
    }
}
/** What publishing left undone (e.g. an environment the token may not delete): in the log and the job summary. */
async function publishNotes(action, io, notes) {
    if (!notes?.length)
        return;
    for (const note of notes)
        core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${io.masker.mask(note)}`));
    await writeSummary(action, io.env, notes.map((note) => `> [!NOTE]\n> ${(0,report_escape/* markdownText */.p7)(io.masker.mask(note), 500)}\n`).join('\n'));
}
/**
 * Before a preview run writes: the namespace must be this PR's preview; a preview-up also wakes a sleeping one
 * (restores its replicas and releases the sleep's claim on them, so the deploy's apply does not conflict).
 */
function previewClusterCheck(settings, run) {
    const owner = previewOwnerCheck(settings.repository, run);
    return async (kubeConfig, prepared) => {
        await owner(kubeConfig);
        if (run.kind !== 'preview-up')
            return;
        const { wakeNamespace } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(848)]).then(__webpack_require__.bind(__webpack_require__, 1848));
        const woke = await wakeNamespace(kubeConfig, prepared.target.name, run.namespace, {
            now: new Date(),
            recordWake: false,
        });
        if (woke.wasAsleep)
            core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${prepared.target.name}: preview ${run.namespace} was asleep; ${woke.restored} workload(s) woken`));
    };
}
/** The sweep put previews to sleep: their sticky comments say so, and how to wake them. */
async function markAsleep(slept, action, io, app) {
    const api = await githubApi(action, io.context);
    if (!api || !action.commentOnPr)
        return;
    const { editSleepNotice } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 54948));
    const since = new Date();
    for (const preview of slept) {
        try {
            await editSleepNotice(api.client, {
                ...api.repo,
                pr: preview.pr,
                marker: (0,report/* commentMarker */.Ql)(app, action.environment ?? `pr-${preview.pr}`),
                change: { asleep: { since, idleHours: preview.idleHours } },
            });
        }
        catch (error) {
            core/* warning */.$e((0,report/* annotationText */.xr)(io.masker.mask(`pull request #${preview.pr}: the asleep notice was not written: ${(0,errors/* describeError */.Uc)(error)}`)));
        }
    }
}
/**
 * `/k8deployer wake` from a member: the pull request must be open, and a fork's own author may not wake it (nor
 * anyone, without allow-forks: a fork never had a preview). The spec is the checkout's: issue_comment runs on the
 * default branch, so it is trusted. Restores the replicas, records the wake, and drops the comment's asleep notice.
 */
async function wakeFromComment(inputSettings, action, run, io) {
    const refuse = (reason) => {
        core/* setOutput */.uH('status', events/* Outcome */.Pi.Skipped);
        core/* setFailed */.C1((0,report/* annotationText */.xr)(io.masker.mask(reason)));
    };
    if (!io.api)
        return refuse('/k8deployer wake needs the github-token input to read the pull request');
    const live = await livePullRequest(io.api, run.pr);
    if (live.state === 'closed')
        return refuse(`pull request #${run.pr} is closed; its preview is gone, not asleep`);
    const fork = (live.headRepo ?? '').toLowerCase() !== live.baseRepo.toLowerCase();
    if (fork && !action.preview.allowForks)
        return refuse(`pull request #${run.pr} comes from a fork, which gets no preview here (allow-forks is off)`);
    if (fork && live.author !== undefined && live.author.toLowerCase() === run.commenter.toLowerCase())
        return refuse(`${run.commenter} opened pull request #${run.pr} from a fork and may not wake its preview`);
    const settings = {
        ...inputSettings,
        // Prepared like a teardown: only its clusters, namespace and credentials are used, no secret is needed.
        command: types/* Command */.uB.PreviewDown,
        namespaceOverride: run.namespace,
        ...(inputSettings.clusters.length === 0 && run.clusters ? { clusters: [...run.clusters] } : {}),
    };
    const prepared = await (0,pipeline/* prepareRun */.Z)(settings, { env: io.env, document: io.document });
    const { wakePreview } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(438)]).then(__webpack_require__.bind(__webpack_require__, 91563));
    const woken = await wakePreview({
        prepared,
        namespace: run.namespace,
        env: io.env,
        checkCluster: previewOwnerCheck(settings.repository, {
            command: 'preview-wake',
            pr: run.pr,
            namespace: run.namespace,
        }),
        credentials: runnerCredentials(io),
    });
    const restored = woken.reduce((sum, entry) => sum + entry.restored, 0);
    const asleep = woken.some((entry) => entry.wasAsleep);
    const line = asleep
        ? `preview ${run.namespace} woken by ${run.commenter}: ${restored} workload(s) scaled back up`
        : `preview ${run.namespace} was not asleep; its idle time starts again`;
    core/* info */.pq((0,report/* logLine */.BP)(`k8deployer: ${io.masker.mask(line)}`));
    core/* setOutput */.uH('status', events/* Outcome */.Pi.Succeeded);
    await writeSummary(action, io.env, `k8deployer: ${(0,report_escape/* markdownText */.p7)(io.masker.mask(line), 500)}\n`);
    if (!action.commentOnPr)
        return;
    try {
        const { editSleepNotice } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 54948));
        await editSleepNotice(io.api.client, {
            ...io.api.repo,
            pr: run.pr,
            marker: (0,report/* commentMarker */.Ql)(prepared.targets[0]?.rendered.app ?? 'app', action.environment ?? run.environment),
            change: { awake: { wokenBy: run.commenter } },
        });
    }
    catch (error) {
        core/* warning */.$e((0,report/* annotationText */.xr)(io.masker.mask(`the asleep notice was not removed: ${(0,errors/* describeError */.Uc)(error)}`)));
    }
}
/** The runner's GitHub OIDC token for keyless cloud credentials, masked as soon as it exists. */
function runnerCredentials(io) {
    return {
        getIdToken: async (audience) => {
            const token = await (0,github_oidc/* githubIdTokenGetter */.V)({ env: io.env })(audience);
            io.mask(token);
            return token;
        },
        mask: io.mask,
    };
}


/***/ }),

/***/ 41730:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _action_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90999);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90833);



// Action entry: only wiring. What the event runs and how it is reported lives in src/action/run.ts.
// Cancellation: a cancelled or timed-out workflow sends SIGINT, SIGTERM 7.5 s later, then kills. The first signal
// cancels the run (the engine rolls back within its grace window, releases leases; the summary, comment and
// Deployment say cancelled); the second skips what is left of the rollback. A watchdog exits before the kill.
const interruption = (0,_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .listenForInterrupts */ .vD)({
    onSignal: (signal, count) => {
        const graceMs = count === 1 ? 6_500 : 2_000;
        if (count > 1)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`k8deployer: ${signal} again: skipping the rest of the rollback`);
        setTimeout(() => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`k8deployer: cleanup after ${signal} did not finish in time; exiting`);
            process.exit(1);
        }, graceMs).unref();
    },
});
await (0,_action_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .C)(process.env, interruption);
interruption.dispose();
if (interruption.received) {
    if (!process.exitCode)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`k8deployer: cancelled by ${interruption.received}`);
    // Nothing may keep a cancelled run alive (keep-alive sockets, a stuck request): the runner is about to kill it.
    process.exit(process.exitCode || 1);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 67389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ requireRepository),
/* harmony export */   D1: () => (/* binding */ assertPreviewNamespaceOwned),
/* harmony export */   xb: () => (/* binding */ previewOwnershipLabels)
/* harmony export */ });
/* unused harmony export ownershipMismatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47965);
/* harmony import */ var _ttl_sweep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90633);



/** The labels that make a namespace this repository's preview of this pull request (set when preview-up creates it). */
function previewOwnershipLabels(repository, pr) {
    return { [_settings_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryLabel */ .v]: repository.labelValue, [_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_2__/* .previewPrLabel */ .xi]: String(pr) };
}
/** A preview run that cannot say which repository it belongs to would have to trust labels anyone can copy. */
function requireRepository(repository, command) {
    if (repository)
        return repository;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command} needs the repository identity to tell this repository's previews from others (GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY, or --repository owner/name in the CLI)`);
}
/** Which expected labels the live namespace lacks or carries with another value (empty: it is ours). */
function ownershipMismatches(live, expected) {
    return Object.entries(expected)
        .filter(([key, value]) => live?.[key] !== value)
        .map(([key, value]) => `${key}=${value} (found ${live?.[key] === undefined ? 'none' : live[key]})`);
}
/**
 * Before a preview run writes or deletes its namespace: a namespace of that name that exists without this
 * repository's and this pull request's labels belongs to someone else (another repository's preview with the same
 * app name, or a namespace a human made) and is left alone. A missing namespace is fine: preview-up creates it with
 * the labels, preview-down has nothing to delete.
 */
async function assertPreviewNamespaceOwned(kubeConfig, namespace, expected, command) {
    // Loaded here, not at the top: the action entry imports this module before it needs the Kubernetes client.
    const k8s = await __webpack_require__.e(/* import() */ 356).then(__webpack_require__.bind(__webpack_require__, 17356));
    let live;
    try {
        live = await kubeConfig.makeApiClient(k8s.CoreV1Api).readNamespace({ name: namespace });
    }
    catch (error) {
        if (error?.code === 404)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command}: cannot read namespace ${namespace} to check its owner: ${error.message ?? String(error)}`, { cause: error });
    }
    const mismatches = ownershipMismatches(live.metadata?.labels, expected);
    if (mismatches.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command}: namespace ${namespace} exists but is not this pull request's preview (it lacks ${mismatches.join(', ')}); ` +
            'k8deployer leaves it untouched. Delete or relabel it by hand if it is a leftover, or choose another preview-namespace pattern.');
    }
}


/***/ }),

/***/ 479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ sleepFieldManager),
/* harmony export */   Dh: () => (/* binding */ wakePatches),
/* harmony export */   Il: () => (/* binding */ durationHours),
/* harmony export */   aP: () => (/* binding */ wokenAnnotation),
/* harmony export */   ci: () => (/* binding */ asleepAnnotation),
/* harmony export */   eT: () => (/* binding */ sleepPatch),
/* harmony export */   eg: () => (/* binding */ lastActivity),
/* harmony export */   hq: () => (/* binding */ shouldSleep),
/* harmony export */   qN: () => (/* binding */ previewShaAnnotation)
/* harmony export */ });
/* unused harmony export sleepReplicasAnnotation */
/** On the preview namespace: the commit last deployed (its change dates the last activity, see lastActivity). */
const previewShaAnnotation = 'k8deployer.io/preview-sha';
/** On the preview namespace while it sleeps: since when (RFC 3339). */
const asleepAnnotation = 'k8deployer.io/asleep-since';
/** On the preview namespace: when a `/k8deployer wake` comment last woke it (counts as activity). */
const wokenAnnotation = 'k8deployer.io/woken-at';
/** On a sleeping Deployment or StatefulSet: its replicas before the sleep. */
const sleepReplicasAnnotation = 'k8deployer.io/sleep-replicas';
/** Field manager of the sleep and wake writes; removed from the workload's managedFields on wake (see wakePatch). */
const sleepFieldManager = 'k8deployer-sleep';
/** The field manager of deploys (src/cluster/client.ts). */
const deployFieldManager = 'k8deployer';
/** `4h`, `90m`, `2d`, `1d12h` → hours; undefined when it is not such a duration. */
function durationHours(text) {
    if (!/^(\d+(\.\d+)?[mhd])+$/.test(text))
        return undefined;
    let hours = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)([mhd])/g))
        hours += Number(amount) * (unit === 'm' ? 1 / 60 : unit === 'd' ? 24 : 1);
    return hours;
}
function time(value) {
    return value === undefined ? NaN : new Date(value).getTime();
}
/**
 * When the preview was last active: the latest of its creation, the last deploy that changed the namespace (a new
 * commit changes its preview-sha annotation, and the API server dates the deploy manager's managedFields entry) and
 * the last wake. A deploy that changes nothing writes nothing, so it is no activity either.
 */
function lastActivity(namespace) {
    const metadata = namespace.metadata ?? {};
    const times = [
        time(metadata.creationTimestamp),
        ...(metadata.managedFields ?? [])
            .filter((entry) => entry.manager === deployFieldManager && entry.operation === 'Apply')
            .map((entry) => time(entry.time)),
        time(metadata.annotations?.[wokenAnnotation]),
    ].filter((value) => !Number.isNaN(value));
    return times.length ? new Date(Math.max(...times)) : undefined;
}
/** Asleep already, or idle for less than `sleepAfterHours`: leave it; otherwise it goes to sleep. */
function shouldSleep(namespace, now, sleepAfterHours) {
    if (namespace.metadata?.annotations?.[asleepAnnotation] !== undefined)
        return false;
    const active = lastActivity(namespace);
    return active !== undefined && (now.getTime() - active.getTime()) / 3_600_000 >= sleepAfterHours;
}
const escapeToken = (token) => token.replaceAll('~', '~0').replaceAll('/', '~1');
function annotationOps(object, key, value) {
    const annotations = object.metadata.annotations;
    if (value === undefined)
        return annotations?.[key] === undefined
            ? []
            : [{ op: 'remove', path: `/metadata/annotations/${escapeToken(key)}` }];
    if (!annotations)
        return [{ op: 'add', path: '/metadata/annotations', value: { [key]: value } }];
    return [{ op: 'add', path: `/metadata/annotations/${escapeToken(key)}`, value }];
}
/**
 * A running Deployment or StatefulSet → replicas 0, remembering the count. Guarded by its resourceVersion: a
 * workload that changed since it was read is left for the next sweep. Undefined: nothing to do.
 */
function sleepPatch(workload) {
    const replicas = workload.spec?.replicas;
    if (typeof replicas !== 'number' || replicas <= 0)
        return undefined;
    if (workload.metadata.annotations?.[sleepReplicasAnnotation] !== undefined)
        return undefined;
    return [
        { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
        ...annotationOps(workload, sleepReplicasAnnotation, String(replicas)),
        { op: 'replace', path: '/spec/replicas', value: 0 },
    ];
}
/**
 * A sleeping workload → its remembered replicas, the annotation gone, and the sleep's managedFields entry removed:
 * the sleep took spec.replicas from the deploy's field manager, and a later deploy changing replicas would otherwise
 * conflict with it. With the entry gone nobody claims the field until the next deploy applies it. Two patches: the
 * restore is a write the server attributes to the sleep manager, the removal must come after it.
 */
function wakePatches(workload) {
    const remembered = Number(workload.metadata.annotations?.[sleepReplicasAnnotation]);
    if (!Number.isInteger(remembered) || remembered < 0)
        return undefined;
    const restore = [
        { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
        ...annotationOps(workload, sleepReplicasAnnotation, undefined),
        { op: 'replace', path: '/spec/replicas', value: remembered },
    ];
    const release = (restored) => {
        const entries = (restored.metadata.managedFields ?? []);
        const kept = entries.filter((entry) => entry.manager !== sleepFieldManager);
        if (kept.length === entries.length || kept.length === 0)
            return [];
        return [
            { op: 'test', path: '/metadata/resourceVersion', value: restored.metadata.resourceVersion },
            { op: 'replace', path: '/metadata/managedFields', value: kept },
        ];
    };
    return [restore, release];
}


/***/ }),

/***/ 90633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* reexport safe */ _kube_labels_js__WEBPACK_IMPORTED_MODULE_1__.L),
/* harmony export */   Lc: () => (/* binding */ selectPreviewsToSweep),
/* harmony export */   xi: () => (/* binding */ previewPrLabel)
/* harmony export */ });
/* harmony import */ var _kube_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88550);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47965);


/** Labels a preview namespace carries so a sweep can find it without any other state. */
const previewPrLabel = 'k8deployer.io/preview-pr';

/** Which preview namespaces to delete, oldest first. Namespaces that cannot be dated or attributed are kept. */
function selectPreviewsToSweep(namespaces, options) {
    const open = options.openPullRequests ? new Set(options.openPullRequests) : undefined;
    const candidates = [];
    for (const namespace of namespaces) {
        const prLabel = namespace.labels?.[previewPrLabel];
        if (prLabel === undefined || !/^\d+$/.test(prLabel))
            continue;
        if (options.app !== undefined && namespace.labels?.[_kube_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .partOfLabel */ .L] !== options.app)
            continue;
        if (options.repository !== undefined && namespace.labels?.[_settings_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryLabel */ .v] !== options.repository)
            continue;
        const created = namespace.creationTimestamp === undefined ? NaN : new Date(namespace.creationTimestamp).getTime();
        if (Number.isNaN(created))
            continue;
        const pr = Number(prLabel);
        const ageHours = (options.now.getTime() - created) / 3_600_000;
        if (open && !open.has(pr))
            candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'pull-request-closed' });
        else if (ageHours > options.ttlHours)
            candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'expired' });
    }
    return candidates.sort((a, b) => b.ageHours - a.ageHours);
}


/***/ }),

/***/ 70385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseActionInputs),
/* harmony export */   p_: () => (/* binding */ defaultPreviewTtlHours)
/* harmony export */ });
/* unused harmony export defaultPreviewNamespacePattern */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48031);
/* harmony import */ var _parse_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12085);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31664);




const defaultPreviewNamespacePattern = '${app}-pr-${pr}';
const defaultPreviewTtlHours = 168;
const patternVariables = new Set(['app', 'pr']);
function label(input) {
    return `input "${input}"`;
}
/** Parses every input once; each bad one becomes an InputError that names it and says what it expects. */
function parseActionInputs(getInput) {
    const read = (name) => (getInput(name) ?? '').trim();
    const settings = {
        ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultSettings */ .L6,
        variables: {},
        clusters: [],
        command: 'deploy',
        specPath: 'k8deployer.yaml',
    };
    const writable = settings;
    for (const option of _options_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedOptions */ .mJ) {
        const raw = read(option.input);
        if (raw === '')
            continue;
        writable[option.setting] = option.parse(label(option.input), raw);
    }
    const commandRaw = read('command');
    const command = commandRaw === '' || commandRaw.toLowerCase() === 'auto' ? 'auto' : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)(label('command'), commandRaw);
    if (command !== 'auto')
        settings.command = command;
    const bool = (name, fallback) => {
        const raw = read(name);
        return raw === '' ? fallback : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(label(name), raw);
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
            ttlHours: ttlRaw === '' ? defaultPreviewTtlHours : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHours */ .Tk)(label('preview-ttl'), ttlRaw),
            allowForks: bool('allow-forks', false),
        },
    };
    // An explicit preview-ttl wins over the spec's preview.ttlHours; the default does not.
    if (ttlRaw !== '')
        settings.previewTtlHours = action.preview.ttlHours;
    const groupRaw = read('comment-group');
    if (groupRaw)
        action.commentGroup = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSingleLine */ .e7)(label('comment-group'), groupRaw, 'a group name');
    if (environmentRaw)
        action.environment = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSingleLine */ .e7)(label('environment'), environmentRaw, 'an environment name');
    if (hostRaw)
        action.preview.hostPattern = hostRaw;
    if ((action.commentOnPr || action.deployments) && action.githubToken === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label('github-token')}: expected a token (the default \${{ github.token }} works); ` +
            'set comment: false and deployments: false to run without one');
    }
    return { settings, action };
}
function checkPattern(input, pattern, options) {
    for (const match of pattern.matchAll(/\$\{([^}]*)\}/g)) {
        const name = match[1] ?? '';
        if (!patternVariables.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: unknown variable \${${name}}; use \${app} and \${pr}, got ${JSON.stringify(pattern)}`);
        }
    }
    if (options.mustMentionPr && !pattern.includes('${pr}')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: expected a pattern containing \${pr}, e.g. \${app}-pr-\${pr}, got ${JSON.stringify(pattern)}`);
    }
    const sample = pattern.replaceAll('${app}', 'app').replaceAll('${pr}', '1');
    if (input === 'preview-host' && !/^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$/i.test(sample)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: expected a host name pattern like pr-\${pr}.preview.example.com, got ${JSON.stringify(pattern)}`);
    }
}


/***/ })

};
