export const id = 232;
export const ids = [232,584];
export const modules = {

/***/ 47232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseFileReader: () => (/* binding */ baseFileReader)
/* harmony export */ });
/* unused harmony export maxBaseFileBytes */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96584);




/** A spec or kubeconfig is small; a bigger answer is refused rather than buffered. */
const maxBaseFileBytes = 2 * 1024 * 1024;
const run = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/**
 * Reads a repository file at the base commit of a pull request: from the local clone when it has the commit, else
 * through `GET /repos/{owner}/{repo}/contents/{path}?ref={sha}` with the raw media type. Throws when neither works.
 */
function baseFileReader(source) {
    if (!/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(source.sha)) {
        return () => Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .K8deployerError */ .QX(`the event names no base commit (got ${JSON.stringify(source.sha)})`));
    }
    return async (repoPath) => {
        const failures = [];
        if (source.workspace) {
            try {
                const { stdout } = await run('git', ['-C', source.workspace, 'show', `${source.sha}:${repoPath}`], {
                    maxBuffer: maxBaseFileBytes,
                    encoding: 'utf8',
                });
                return stdout;
            }
            catch (error) {
                failures.push(`git show: ${(error.stderr ?? error.message).trim().split('\n')[0]}`);
            }
        }
        if (source.github) {
            try {
                return await readContents(source.github.client, source.github.repo, repoPath, source.sha);
            }
            catch (error) {
                failures.push(error.message);
            }
        }
        if (failures.length === 0)
            failures.push('no checkout with the base commit and no github-token to ask GitHub');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .K8deployerError */ .QX(failures.join('; '));
    };
}
async function readContents(client, repo, repoPath, sha) {
    const response = await (0,_client_js__WEBPACK_IMPORTED_MODULE_3__.githubCall)('reading the base branch spec', 'contents: read', () => client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: repo.owner,
        repo: repo.repo,
        path: repoPath,
        ref: sha,
        headers: { accept: 'application/vnd.github.raw+json' },
        // Octokit would parse a spec written as JSON into an object; the bytes are read here instead, capped.
        request: { parseSuccessResponseBody: false },
    }));
    // A directory (or submodule) answers with its JSON listing even under the raw media type.
    const type = String(response.headers['content-type'] ?? '');
    if (/^application\/json\b/i.test(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .K8deployerError */ .QX(`GitHub: ${repoPath} at ${sha.slice(0, 12)} is not a file`);
    return readCapped(response.data, repoPath);
}
async function readCapped(body, repoPath) {
    if (!body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.byteLength;
        if (size > maxBaseFileBytes)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .K8deployerError */ .QX(`GitHub: ${repoPath} is larger than ${maxBaseFileBytes} bytes`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ }),

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


/***/ })

};
