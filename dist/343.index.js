export const id = 343;
export const ids = [343];
export const modules = {

/***/ 85343:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveDoks: () => (/* binding */ resolveDoks)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1236);


const P = 'doks';
const MAX_PAGES = 50;
/** DigitalOcean: PAT → cluster id by name → short-lived cluster credentials, fetched again before they expire. */
async function resolveDoks(config, ctx) {
    const secrets = new _util_js__WEBPACK_IMPORTED_MODULE_1__/* .SecretSink */ .mr(ctx);
    const tokenEnv = config.tokenEnv ?? 'DIGITALOCEAN_ACCESS_TOKEN';
    const pat = secrets.add((0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .requireEnv */ .tr)(ctx, P, 'API token', tokenEnv, 'a DigitalOcean token with kubernetes:read and kubernetes:access_cluster'));
    const api = (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .trimSlash */ .Y0)(config.apiUrl ?? 'https://api.digitalocean.com');
    const expirySeconds = config.expirySeconds ?? 3600;
    const headers = { Authorization: `Bearer ${pat}`, Accept: 'application/json' };
    const onError = (what) => (p) => doError(p, tokenEnv, what);
    const matches = [];
    let next = `${api}/v2/kubernetes/clusters?per_page=200`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
        const body = await (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(ctx, P, 'list clusters', next, { headers }, onError('kubernetes:read'));
        matches.push(...(body.kubernetes_clusters ?? []).filter((c) => c.name === config.cluster));
        next = body.links?.pages?.next;
        // The PAT goes with every page request: never follow a link off the API's origin.
        if (next && new URL(next).origin !== new URL(api).origin) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(P, 'list clusters', `refusing to follow pagination link to another origin (${new URL(next).origin})`);
        }
    }
    if (matches.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(P, 'find cluster', `no Kubernetes cluster named ${config.cluster} is visible to the token in ${tokenEnv}`);
    if (matches.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(P, 'find cluster', `${matches.length} clusters are named ${config.cluster} (${matches.map((c) => c.id).join(', ')})`);
    const id = matches[0].id;
    const fetchCredentials = () => (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchJson */ .x6)(ctx, P, 'get credentials', `${api}/v2/kubernetes/clusters/${encodeURIComponent(id)}/credentials?expiry_seconds=${expirySeconds}`, { headers }, onError('kubernetes:access_cluster'));
    const first = await fetchCredentials();
    const expiresAtOf = (c) => c.expires_at ? new Date(c.expires_at) : new Date((0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nowOf */ .Ic)(ctx).getTime() + expirySeconds * 1000);
    const name = `doks-${config.cluster}`;
    secrets.add(first.client_key_data ?? undefined);
    if (!first.token) {
        // Clusters that hand out client certificates: no refresh path without rebuilding the config; the expiry is
        // reported.
        if (!first.client_certificate_data || !first.client_key_data)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(P, 'get credentials', 'the API returned neither a token nor a client certificate');
        const kubeConfig = (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .buildKubeConfig */ .YX)({
            name,
            server: first.server,
            caData: first.certificate_authority_data,
            user: { certData: first.client_certificate_data, keyData: first.client_key_data },
        });
        const expiresAt = expiresAtOf(first);
        return (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsOf */ .YN)(kubeConfig, first.server, secrets, { expiresAt: () => expiresAt });
    }
    const tokens = new _util_js__WEBPACK_IMPORTED_MODULE_1__/* .RefreshingToken */ .fT(async () => {
        const c = await fetchCredentials();
        if (!c.token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(P, 'refresh credentials', 'the API returned no token');
        ctx.log?.(`doks: refreshed the token for ${config.cluster}`);
        return { token: c.token, expiresAt: expiresAtOf(c) };
    }, 
    // A tenth of the lifetime (at least a minute), so a short expiry still refreshes ahead of time.
    { refreshBeforeMs: Math.max(60_000, expirySeconds * 100), now: () => (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .nowOf */ .Ic)(ctx), secrets });
    tokens.seed(first.token, expiresAtOf(first));
    const kubeConfig = (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .buildKubeConfig */ .YX)({
        name,
        server: first.server,
        caData: first.certificate_authority_data,
        user: { source: tokens },
    });
    return (0,_util_js__WEBPACK_IMPORTED_MODULE_1__/* .credentialsOf */ .YN)(kubeConfig, first.server, secrets, { tokens });
}
function doError(p, tokenEnv, scope) {
    switch (p.status) {
        case 401:
            return `the token in ${tokenEnv} was rejected (expired, revoked or invalid): ${p.detail}`;
        case 403:
            return `the token in ${tokenEnv} lacks the ${scope} scope: ${p.detail}`;
        case 404:
            return `not found: ${p.detail}`;
        default:
            return p.detail;
    }
}


/***/ })

};
