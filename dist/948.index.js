export const id = 948;
export const ids = [948,584];
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

/***/ 54948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   editSleepNotice: () => (/* binding */ editSleepNotice)
/* harmony export */ });
/* unused harmony exports withAsleepNotice, withoutAsleepNotice */
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96584);
/* harmony import */ var _sticky_comment_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7648);



/**
 * Edits the preview's sticky comment (only ours, only if there is one: a sleep is no reason to start a thread) to
 * say it sleeps and how to wake it, or, on wake, to drop that notice again.
 */
async function editSleepNotice(client, options) {
    const existing = await (0,_sticky_comment_js__WEBPACK_IMPORTED_MODULE_2__/* .findStickyComment */ .oC)(client, { ...options, issueNumber: options.pr });
    if (!existing)
        return 'no comment';
    const body = 'asleep' in options.change
        ? withAsleepNotice(existing.body, options.marker, options.change.asleep)
        : withoutAsleepNotice(existing.body, options.change.awake.wokenBy);
    if (body === existing.body)
        return 'unchanged';
    await (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.githubCall)('updating the pull request comment', 'pull-requests: write', () => client.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }));
    return 'updated';
}
const asleepStart = '<!-- k8deployer:asleep -->';
const asleepEnd = '<!-- k8deployer:asleep:end -->';
/** The sticky comment with the "asleep" notice under its marker (replacing an earlier one). */
function withAsleepNotice(body, marker, notice) {
    const rest = withoutAsleepNotice(body);
    const after = rest.startsWith(marker) ? rest.slice(marker.length).replace(/^\n/, '') : rest;
    const hours = Math.round(notice.idleHours * 10) / 10;
    const block = [
        asleepStart,
        '> [!NOTE]',
        `> 💤 **Asleep** since ${notice.since.toISOString().replace(/\.\d+Z$/, 'Z')}: no deploy for ${hours} h, so its workloads were scaled to zero.`,
        '> Push a commit, or comment `/k8deployer wake`, to wake it.',
        asleepEnd,
    ].join('\n');
    return `${marker}\n${block}\n\n${after}`;
}
/** The sticky comment without the "asleep" notice; a wake by comment may add who woke it (escaped user text). */
function withoutAsleepNotice(body, wokenBy) {
    const start = body.indexOf(asleepStart);
    const end = body.indexOf(asleepEnd);
    if (start < 0 || end < start)
        return body;
    const woken = wokenBy
        ? `> [!NOTE]\n> Woken by a comment from ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .markdownText */ .p7)(wokenBy, 40)}; a push deploys it again as usual.`
        : '';
    return `${body.slice(0, start)}${woken}${body.slice(end + asleepEnd.length).replace(woken ? /^/ : /^\n+/, '')}`;
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
