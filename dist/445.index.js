export const id = 445;
export const ids = [445,584];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   githubCall: () => (/* binding */ githubCall),
/* harmony export */   githubJson: () => (/* binding */ githubJson)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


function createGitHubClient(options) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'k8deployer',
    });
}
/** `application/vnd.github+json` is the current media type; deployments once needed preview types, now GA. */
const githubJson = { accept: 'application/vnd.github+json' };
/** A failed GitHub API call; says what we were doing and, for 403/404, which permission is likely missing. */
class GitHubApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .K8deployerError */ .QX {
    step;
    status;
    constructor(step, status, message, options = {}) {
        super(`GitHub: ${step}: ${message}`, options);
        this.step = step;
        this.status = status;
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/** Runs one API call and rethrows failures as GitHubApiError with context and a permission hint. */
async function githubCall(step, permission, call) {
    try {
        return await call();
    }
    catch (error) {
        const status = statusOf(error);
        const detail = error instanceof Error ? error.message : String(error);
        const hint = status === 403 || status === 404
            ? ` (does the workflow grant \`permissions: ${permission}\`? Forked pull requests get a read-only token)`
            : '';
        throw new GitHubApiError(step, status, `${status ? `HTTP ${status}: ` : ''}${detail}${hint}`, {
            cause: error,
            retryable: status === undefined || status === 429 || status >= 500,
        });
    }
}


/***/ }),

/***/ 76445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubPublisher: () => (/* binding */ GitHubPublisher)
});

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(12011);
;// CONCATENATED MODULE: ./src/github/deployments.ts


const permission = 'deployments: write';

const cut = format/* cutDescription */.zs;
async function postStatus(client, target, status) {
    await (0,github_client.githubCall)(`setting deployment ${target.deploymentId} to ${status.state}`, permission, () => client.rest.repos.createDeploymentStatus({
        owner: target.owner,
        repo: target.repo,
        deployment_id: target.deploymentId,
        state: status.state,
        // We retire older deployments ourselves: auto_inactive skips transient and production environments.
        auto_inactive: false,
        ...(status.description ? { description: cut(status.description) } : {}),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.environment ? { environment: status.environment } : {}),
        headers: github_client.githubJson,
    }));
}
/** Creates the deployment (no auto-merge, no required status checks) and marks it in progress. */
async function startDeployment(client, options) {
    const response = await (0,github_client.githubCall)(`creating a deployment for ${options.environment}`, permission, () => client.rest.repos.createDeployment({
        owner: options.owner,
        repo: options.repo,
        ref: options.ref,
        environment: options.environment,
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
        transient_environment: options.preview,
        production_environment: options.preview ? false : (options.production ?? false),
        ...(options.description ? { description: cut(options.description) } : {}),
        ...(options.payload ? { payload: options.payload } : {}),
        headers: github_client.githubJson,
    }));
    const data = response.data;
    if (response.status !== 201 || typeof data.id !== 'number') {
        throw new github_client.GitHubApiError('creating a deployment', response.status, data.message ?? 'no deployment was created');
    }
    const deploymentId = data.id;
    await postStatus(client, { owner: options.owner, repo: options.repo, deploymentId }, {
        state: 'in_progress',
        ...(options.description ? { description: options.description } : {}),
        ...(options.logUrl ? { logUrl: options.logUrl } : {}),
        ...(options.environmentUrl ? { environmentUrl: options.environmentUrl } : {}),
    });
    return { deploymentId };
}
/** Records the result; after a success, earlier deployments of the environment become inactive. */
async function finishDeployment(client, options) {
    await postStatus(client, options, {
        state: options.paused ? 'in_progress' : options.ok ? 'success' : options.cancelled ? 'error' : 'failure',
        ...(options.description ? { description: options.description } : {}),
        ...(options.logUrl ? { logUrl: options.logUrl } : {}),
        ...(options.environmentUrl ? { environmentUrl: options.environmentUrl } : {}),
    });
    if (!options.ok || options.paused)
        return { deactivated: [] };
    const { deactivated } = await retireDeployments(client, {
        owner: options.owner,
        repo: options.repo,
        environment: options.environment,
        keep: options.deploymentId,
        stopAtInactive: true,
    });
    return { deactivated };
}
/** Marks one deployment inactive (superseded by a newer run's). */
async function deactivateDeployment(client, options) {
    await postStatus(client, options, { state: 'inactive', description: options.description });
}
async function latestState(client, target) {
    const { data } = await (0,github_client.githubCall)(`reading deployment ${target.deploymentId} statuses`, 'deployments: read', () => client.rest.repos.listDeploymentStatuses({
        owner: target.owner,
        repo: target.repo,
        deployment_id: target.deploymentId,
        per_page: 1,
        headers: github_client.githubJson,
    }));
    return data[0]?.state;
}
/** Marks every deployment of the environment inactive (except `keep`) and optionally deletes them. */
async function retireDeployments(client, options) {
    const deactivated = [];
    const deleted = [];
    const pages = client.paginate.iterator(client.rest.repos.listDeployments, {
        owner: options.owner,
        repo: options.repo,
        environment: options.environment,
        per_page: 100,
        headers: github_client.githubJson,
    });
    const ids = [];
    try {
        outer: for await (const page of pages) {
            for (const deployment of page.data) {
                if (deployment.id === options.keep)
                    continue;
                const target = { owner: options.owner, repo: options.repo, deploymentId: deployment.id };
                const state = await latestState(client, target);
                if (state === 'inactive' && options.stopAtInactive && !options.delete)
                    break outer;
                if (state !== 'inactive') {
                    await postStatus(client, target, { state: 'inactive' });
                    deactivated.push(deployment.id);
                }
                ids.push(deployment.id);
            }
        }
    }
    catch (error) {
        if (error instanceof github_client.GitHubApiError)
            throw error;
        throw new github_client.GitHubApiError(`listing deployments of ${options.environment}`, undefined, String(error), {
            cause: error,
        });
    }
    if (options.delete) {
        for (const id of ids) {
            await (0,github_client.githubCall)(`deleting deployment ${id}`, permission, () => client.rest.repos.deleteDeployment({
                owner: options.owner,
                repo: options.repo,
                deployment_id: id,
                headers: github_client.githubJson,
            }));
            deleted.push(id);
        }
    }
    return { deactivated, deleted };
}
/**
 * Deletes a preview's GitHub environment (https://docs.github.com/rest/deployments/environments#delete-an-environment).
 * That needs `administration: write`, which the workflow's GITHUB_TOKEN cannot be given: GitHub answers 403, and the
 * environment stays until a token that may (a PAT or a GitHub App token) removes it. 404: nothing to delete.
 */
async function deleteEnvironment(client, options) {
    try {
        await (0,github_client.githubCall)(`deleting environment ${options.environment}`, 'administration: write', () => client.rest.repos.deleteAnEnvironment({
            owner: options.owner,
            repo: options.repo,
            environment_name: options.environment,
            headers: github_client.githubJson,
        }));
        return 'deleted';
    }
    catch (error) {
        const status = error instanceof github_client.GitHubApiError ? error.status : undefined;
        if (status === 404)
            return 'absent';
        if (status === 403)
            return 'forbidden';
        throw error;
    }
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/github/sticky-comment.ts
var sticky_comment = __webpack_require__(7648);
// EXTERNAL MODULE: ./src/report/comment.ts
var comment = __webpack_require__(54231);
;// CONCATENATED MODULE: ./src/github/fan-in-comment.ts




function part(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_');
}
const sectionPattern = /<!-- k8deployer-section run=([^ ]+) cluster=([^ ]+) seq=(\d+) -->\n([\s\S]*?)\n<!-- \/k8deployer-section -->/g;
function parseSections(body) {
    return [...body.matchAll(sectionPattern)].map((m) => ({
        runId: m[1] ?? '',
        cluster: m[2] ?? '',
        seq: Number(m[3]),
        body: m[4] ?? '',
    }));
}
/** The comment body: marker, title, then every section of this run, one per cluster, newest wins, in name order. */
function mergeFanIn(existing, options) {
    const runId = part(options.runId);
    const merged = new Map();
    const consider = (section) => {
        const key = part(section.cluster);
        const current = merged.get(key);
        if (!current || current.seq < section.seq)
            merged.set(key, { ...section, cluster: key });
    };
    for (const section of parseSections(existing ?? ''))
        if (section.runId === runId)
            consider(section);
    for (const section of options.sections)
        consider(section);
    const sections = [...merged.values()].sort((a, b) => a.cluster.localeCompare(b.cluster));
    const block = (s, body) => `<!-- k8deployer-section run=${runId} cluster=${s.cluster} seq=${s.seq} -->\n${body.replace(/<!--/g, '&lt;!--')}\n<!-- /k8deployer-section -->`;
    const bodies = fitSections(sections.map((s) => s.body), comment/* commentLimitBytes */.SS - (0,format/* byteLength */.dp)([options.marker, options.title, ''].join('\n')) - 1024, (body) => (0,format/* byteLength */.dp)(block({ cluster: 'x', body: '', seq: 0 }, body)) + 64);
    const blocks = sections.map((s, index) => block(s, bodies[index] ?? s.body));
    return { body: [options.marker, options.title, '', ...blocks, ''].join('\n'), sections: merged };
}
/**
 * GitHub refuses a comment over 65,536 characters, and a fan-in comment grows with the clusters: while the sections
 * do not fit, the largest one is cut to its first line (the verdict) and a pointer to the job's summary, which
 * always has the whole report. Sizes in bytes, which bound the characters from above.
 */
function fitSections(bodies, room, size) {
    const result = [...bodies];
    const total = () => result.reduce((sum, body) => sum + size(body), 0);
    const folded = new Set();
    while (total() > room && folded.size < result.length) {
        let largest = -1;
        result.forEach((body, index) => {
            if (!folded.has(index) && (largest < 0 || size(body) > size(result[largest] ?? '')))
                largest = index;
        });
        folded.add(largest);
        const first = (0,format/* truncateBytes */.QY)((result[largest] ?? '').split('\n')[0] ?? '', 1024);
        result[largest] = `${first}\n\n*Details did not fit in this comment: see the job summary of this cluster's run.*`;
    }
    return result;
}
function holds(body, runId, wanted) {
    const present = new Map(parseSections(body)
        .filter((s) => s.runId === part(runId))
        .map((s) => [s.cluster, s.seq]));
    return [...wanted.values()].every((s) => (present.get(s.cluster) ?? -1) >= s.seq);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function upsertFanInComment(client, options) {
    const { owner, repo, issueNumber, marker } = options;
    const seen = new Map();
    seen.set(part(options.section.cluster), { ...options.section, cluster: part(options.section.cluster) });
    const verifyReads = options.verifyReads ?? 3;
    const settleMs = options.settleMs ?? 500;
    let attempts = 0;
    for (;;) {
        attempts += 1;
        const existing = await (0,sticky_comment/* findStickyComment */.oC)(client, { owner, repo, issueNumber, marker });
        const merged = mergeFanIn(existing?.body, {
            marker,
            runId: options.runId,
            title: options.title,
            sections: [...seen.values()],
        });
        for (const [key, section] of merged.sections)
            seen.set(key, section);
        let id;
        if (existing) {
            if (existing.body !== merged.body) {
                await (0,github_client.githubCall)('updating the pull request comment', 'pull-requests: write', () => client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: merged.body }));
            }
            id = existing.id;
        }
        else {
            const { data } = await (0,github_client.githubCall)('creating the pull request comment', 'pull-requests: write', () => client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: merged.body }));
            id = data.id;
            // Two jobs may both have found no comment and both created one: the oldest stays, the others are merged into
            // it by the next pass and deleted.
            const ours = await ownMarkerComments(client, options);
            const keep = Math.min(...ours.map((c) => c.id));
            if (keep !== id) {
                await (0,github_client.githubCall)('deleting a duplicate pull request comment', 'pull-requests: write', () => client.rest.issues.deleteComment({ owner, repo, comment_id: id }));
                continue;
            }
        }
        let intact = true;
        for (let read = 0; read < verifyReads && intact; read += 1) {
            await sleep(settleMs);
            const { data } = await (0,github_client.githubCall)('reading the pull request comment', 'pull-requests: read', () => client.rest.issues.getComment({ owner, repo, comment_id: id }));
            const body = data.body ?? '';
            for (const section of parseSections(body))
                if (section.runId === part(options.runId)) {
                    const key = section.cluster;
                    if ((seen.get(key)?.seq ?? -1) < section.seq)
                        seen.set(key, { ...section });
                }
            intact = holds(body, options.runId, seen);
        }
        if (intact || attempts >= 10)
            return { id, attempts };
    }
}
async function ownMarkerComments(client, options) {
    const identity = await (0,sticky_comment/* tokenIdentity */.sX)(client);
    const all = await client.paginate(client.rest.issues.listComments, {
        owner: options.owner,
        repo: options.repo,
        issue_number: options.issueNumber,
        per_page: 100,
    });
    return all.filter((c) => c.body?.includes(options.marker) && c.user?.login?.toLowerCase() === identity.login.toLowerCase());
}

;// CONCATENATED MODULE: ./src/github/publisher.ts





/**
 * The GitHub side effects of one run (Deployment statuses and the PR comment), in the order src/action/run.ts needs
 * them.
 */
class GitHubPublisher {
    options;
    deploymentId;
    constructor(options) {
        this.options = options;
    }
    async attempt(what, call) {
        try {
            await call();
        }
        catch (error) {
            this.options.warn(`${what} skipped: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    /** Creates the Deployment and marks it in progress (deploy and preview-up only). */
    async start(description) {
        if (!this.options.deployments)
            return;
        const { client, repo } = this.options;
        await this.attempt('GitHub Deployment', async () => {
            const { deploymentId } = await startDeployment(client, {
                ...repo,
                ref: this.options.sha,
                environment: this.options.environment,
                preview: this.options.preview,
                ...(this.options.production === undefined ? {} : { production: this.options.production }),
                ...(description ? { description } : {}),
                ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
            });
            this.deploymentId = deploymentId;
        });
    }
    /** Fan-in only: shows this job's environment as running in the shared comment before the deploy starts. */
    async announce() {
        const { fanIn, pullRequest } = this.options;
        if (!fanIn || !this.options.comment || pullRequest === undefined)
            return;
        await this.attempt('pull request comment', () => this.mergeSection(`⏳ **${(0,report_escape/* markdownText */.p7)(this.options.environment, 80)}**: running`));
    }
    async mergeSection(body) {
        const { fanIn, pullRequest, client, repo } = this.options;
        if (!fanIn || pullRequest === undefined)
            return;
        await upsertFanInComment(client, {
            ...repo,
            issueNumber: pullRequest,
            marker: fanIn.marker,
            runId: fanIn.runId,
            title: fanIn.title,
            section: { cluster: this.options.environment, body, seq: Date.now() },
        });
    }
    /**
     * Records the outcome, retires older deployments (or all of them on teardown, and the preview's environment) and
     * upserts the PR comment. Returns notes for the job summary (what was left and why).
     */
    async finish(result) {
        const notes = [];
        const { client, repo, environment } = this.options;
        if (result.superseded) {
            const deploymentId = this.deploymentId;
            if (this.options.deployments && deploymentId !== undefined)
                await this.attempt('GitHub Deployment status', () => deactivateDeployment(client, { ...repo, deploymentId, description: result.superseded ?? '' }));
            return notes;
        }
        if (this.options.deployments && result.teardown) {
            await this.attempt('retiring the preview deployments', () => retireDeployments(client, { ...repo, environment, delete: this.options.deleteOnTeardown ?? true }));
            if (this.options.preview) {
                await this.attempt(`deleting the GitHub environment ${environment}`, async () => {
                    const deleted = await deleteEnvironment(client, { ...repo, environment });
                    if (deleted === 'forbidden')
                        notes.push(`GitHub environment ${environment} was left: deleting it needs a token with administration: write (a PAT or GitHub App token); the workflow's GITHUB_TOKEN cannot have it. Its deployments are inactive.`);
                });
            }
        }
        else if (this.options.deployments && this.deploymentId !== undefined) {
            const deploymentId = this.deploymentId;
            await this.attempt('GitHub Deployment status', () => finishDeployment(client, {
                ...repo,
                deploymentId,
                environment,
                ok: result.ok,
                ...(result.cancelled ? { cancelled: true } : {}),
                ...(result.paused ? { paused: true } : {}),
                ...(result.description ? { description: result.description } : {}),
                ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
                ...(result.environmentUrl ? { environmentUrl: result.environmentUrl } : {}),
            }));
        }
        const { pullRequest } = this.options;
        if (this.options.comment && pullRequest !== undefined && result.commentBody && result.commentMarker) {
            const body = result.commentBody;
            const marker = result.commentMarker;
            await this.attempt('pull request comment', () => this.options.fanIn
                ? // The job's own marker line goes: the section markers say whose section it is.
                    this.mergeSection(body
                        .split('\n')
                        .slice(body.startsWith(marker) ? 1 : 0)
                        .join('\n')
                        .trim())
                : (0,sticky_comment/* upsertStickyComment */.qD)(client, { ...repo, issueNumber: pullRequest, marker, body }));
        }
        return notes;
    }
}


/***/ }),

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   sX: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* unused harmony export actionsBotLogin */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);

/** The login GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
const actionsBotLogin = 'github-actions[bot]';
const identities = new WeakMap();
/**
 * `GET /user` names the owner of a user token (a PAT, a user-to-server token). An installation token (the
 * workflow's GITHUB_TOKEN, or another app's) may not call it and gets 403 "Resource not accessible by integration";
 * GITHUB_TOKEN's comments are then written by github-actions[bot]. (A token of another GitHub App cannot learn its
 * own bot login without the app's private key, so its old comments are not recognised and a new one is posted.)
 */
function tokenIdentity(client) {
    const cached = identities.get(client);
    if (cached)
        return cached;
    const identity = (async () => {
        try {
            const { data } = await client.rest.users.getAuthenticated();
            return { login: data.login, bot: data.type === 'Bot' };
        }
        catch (error) {
            if (error?.status === 403)
                return { login: actionsBotLogin, bot: true };
            // Not cached: a blip must not decide every later lookup on this client.
            identities.delete(client);
            throw error;
        }
    })();
    identities.set(client, identity);
    return identity;
}
function writtenBy(user, identity) {
    if (!user?.login || user.login.toLowerCase() !== identity.login.toLowerCase())
        return false;
    return !identity.bot || user.type === 'Bot';
}
/**
 * Finds the first comment on the issue or PR that carries the marker and was written by the token's own identity,
 * reading every page if needed. A marker planted in someone else's comment is ignored: updating that comment would
 * fail, or worse, put our report under their name.
 */
async function findStickyComment(client, options) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.githubCall)('listing pull request comments', 'pull-requests: read', async () => {
        const identity = await tokenIdentity(client);
        const pages = client.paginate.iterator(client.rest.issues.listComments, {
            owner: options.owner,
            repo: options.repo,
            issue_number: options.issueNumber,
            per_page: 100,
        });
        for await (const page of pages) {
            const found = page.data.find((comment) => comment.body?.includes(options.marker) && writtenBy(comment.user, identity));
            if (found)
                return { id: found.id, body: found.body ?? '', url: found.html_url };
        }
        return undefined;
    });
}
/** Updates our comment in place, or creates it once; re-runs never add a second comment. */
async function upsertStickyComment(client, options) {
    const body = options.body.includes(options.marker) ? options.body : `${options.marker}\n${options.body}`;
    const existing = await findStickyComment(client, options);
    if (existing && existing.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.url };
    if (existing) {
        const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.githubCall)('updating the pull request comment', 'pull-requests: write', () => client.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }));
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.githubCall)('creating the pull request comment', 'pull-requests: write', () => client.rest.issues.createComment({
        owner: options.owner,
        repo: options.repo,
        issue_number: options.issueNumber,
        body,
    }));
    return { action: 'created', id: data.id, url: data.html_url };
}


/***/ })

};
