export const id = 40;
export const ids = [40,584];
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

/***/ 54659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubPublisher: () => (/* binding */ GitHubPublisher)
});

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
;// CONCATENATED MODULE: ./src/github/deployments.ts

const permission = 'deployments: write';
function cut(text) {
    // GitHub rejects descriptions over 140 characters.
    return text === undefined ? undefined : text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
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
        state: options.ok ? 'success' : 'failure',
        ...(options.description ? { description: options.description } : {}),
        ...(options.logUrl ? { logUrl: options.logUrl } : {}),
        ...(options.environmentUrl ? { environmentUrl: options.environmentUrl } : {}),
    });
    if (!options.ok)
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
        throw new github_client.GitHubApiError(`listing deployments of ${options.environment}`, undefined, String(error), { cause: error });
    }
    if (options.delete) {
        for (const id of ids) {
            await (0,github_client.githubCall)(`deleting deployment ${id}`, permission, () => client.rest.repos.deleteDeployment({ owner: options.owner, repo: options.repo, deployment_id: id, headers: github_client.githubJson }));
            deleted.push(id);
        }
    }
    return { deactivated, deleted };
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/** Finds the first comment on the issue or PR that carries the marker, reading every page if needed. */
async function findStickyComment(client, options) {
    return (0,github_client.githubCall)('listing pull request comments', 'pull-requests: read', async () => {
        const pages = client.paginate.iterator(client.rest.issues.listComments, {
            owner: options.owner,
            repo: options.repo,
            issue_number: options.issueNumber,
            per_page: 100,
        });
        for await (const page of pages) {
            const found = page.data.find((comment) => comment.body?.includes(options.marker));
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
        const { data } = await (0,github_client.githubCall)('updating the pull request comment', 'pull-requests: write', () => client.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }));
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await (0,github_client.githubCall)('creating the pull request comment', 'pull-requests: write', () => client.rest.issues.createComment({ owner: options.owner, repo: options.repo, issue_number: options.issueNumber, body }));
    return { action: 'created', id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/github/publisher.ts



/** The GitHub side effects of one run (Deployment statuses and the PR comment), in the order main.ts needs them. */
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
    /** Records the outcome, retires older deployments (or all of them on teardown) and upserts the PR comment. */
    async finish(result) {
        const { client, repo, environment } = this.options;
        if (this.options.deployments && result.teardown) {
            await this.attempt('retiring the preview deployments', () => retireDeployments(client, { ...repo, environment, delete: this.options.deleteOnTeardown ?? true }));
        }
        else if (this.options.deployments && this.deploymentId !== undefined) {
            const deploymentId = this.deploymentId;
            await this.attempt('GitHub Deployment status', () => finishDeployment(client, {
                ...repo,
                deploymentId,
                environment,
                ok: result.ok,
                ...(result.description ? { description: result.description } : {}),
                ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
                ...(result.environmentUrl ? { environmentUrl: result.environmentUrl } : {}),
            }));
        }
        const { pullRequest } = this.options;
        if (this.options.comment && pullRequest !== undefined && result.commentBody && result.commentMarker) {
            const body = result.commentBody;
            const marker = result.commentMarker;
            await this.attempt('pull request comment', () => upsertStickyComment(client, { ...repo, issueNumber: pullRequest, marker, body }));
        }
    }
}


/***/ })

};
