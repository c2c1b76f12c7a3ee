export const id = 524;
export const ids = [524,584];
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

/***/ 52524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findPullRequestByHead: () => (/* binding */ findPullRequestByHead),
/* harmony export */   readPullRequest: () => (/* binding */ readPullRequest)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96584);

/** https://docs.github.com/rest/pulls/pulls#get-a-pull-request (`pull-requests: read`). */
async function readPullRequest(client, repo, number) {
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.githubCall)(`reading pull request #${number}`, 'pull-requests: read', () => client.rest.pulls.get({ ...repo, pull_number: number, headers: _client_js__WEBPACK_IMPORTED_MODULE_0__.githubJson }));
    return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        merged: data.merged === true,
        draft: data.draft === true,
        headSha: data.head.sha,
        ...(data.head.repo?.full_name ? { headRepo: data.head.repo.full_name } : {}),
        baseRepo: data.base.repo.full_name,
        ...(data.user?.login ? { author: data.user.login } : {}),
        labels: data.labels.map((label) => label.name),
    };
}
/**
 * The open pull request whose head is `headOwner:headBranch` at `headSha`: how a `workflow_run` of a fork finds its
 * pull request (GitHub leaves `workflow_run.pull_requests` empty for forks).
 * https://docs.github.com/rest/pulls/pulls#list-pull-requests
 */
async function findPullRequestByHead(client, repo, head) {
    const { data } = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__.githubCall)(`finding the pull request of ${head.owner}:${head.branch}`, 'pull-requests: read', () => client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${head.owner}:${head.branch}`,
        per_page: 10,
        headers: _client_js__WEBPACK_IMPORTED_MODULE_0__.githubJson,
    }));
    return data.find((pull) => pull.head.sha === head.sha)?.number;
}


/***/ })

};
