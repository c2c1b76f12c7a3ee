export const id = 259;
export const ids = [259];
export const modules = {

/***/ 36259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveGke: () => (/* binding */ resolveGke)
/* harmony export */ });
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(492);
/* harmony import */ var google_auth_library__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(google_auth_library__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1236);



const P = 'gke';
const REFRESH_BEFORE_MS = 5 * 60_000;
/** Google: GitHub OIDC → STS token exchange (→ SA impersonation) → clusters.get → a refreshing OAuth bearer token. */
async function resolveGke(config, ctx) {
    const secrets = new _util_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretSink */ .mr(ctx);
    const provider = config.workloadIdentityProvider.replace(/^\/\/iam\.googleapis\.com\//, '').replace(/^\/+/, '');
    if (!/^projects\/[^/]+\/locations\/[^/]+\/workloadIdentityPools\/[^/]+\/providers\/[^/]+$/.test(provider)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'configuration', `workloadIdentityProvider must look like projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>, got ${config.workloadIdentityProvider}`);
    }
    const iam = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlash */ .Y0)(config.endpoints?.iamCredentials ?? 'https://iamcredentials.googleapis.com');
    const client = new google_auth_library__WEBPACK_IMPORTED_MODULE_0__.IdentityPoolClient({
        type: 'external_account',
        audience: `//iam.googleapis.com/${provider}`,
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        ...(config.endpoints?.sts ? { token_url: `${(0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlash */ .Y0)(config.endpoints.sts)}/v1/token` } : {}),
        ...(config.serviceAccount
            ? {
                service_account_impersonation_url: `${iam}/v1/projects/-/serviceAccounts/${encodeURIComponent(config.serviceAccount)}:generateAccessToken`,
            }
            : {}),
        scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        subject_token_supplier: {
            getSubjectToken: () => (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .requestIdToken */ .gj)(ctx, P, `https://iam.googleapis.com/${provider}`, secrets),
        },
        // The library's own cache runs on the wall clock; the refresh decision is made below on ctx.now instead.
        eagerRefreshThresholdMillis: Number.MAX_SAFE_INTEGER,
        ...(ctx.fetch ? { transporterOptions: { fetchImplementation: ctx.fetch } } : {}),
    });
    const tokens = new _util_js__WEBPACK_IMPORTED_MODULE_2__/* .RefreshingToken */ .fT(async () => {
        let token;
        try {
            token = (await client.getAccessToken()).token;
        }
        catch (error) {
            throw googleAuthError(error, config, provider);
        }
        if (!token)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'token exchange', 'Google STS returned no access token');
        const expiry = client.credentials.expiry_date;
        const lifetime = expiry ? Math.max(0, expiry - Date.now()) : 3_600_000;
        return { token, expiresAt: new Date((0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .nowOf */ .Ic)(ctx).getTime() + lifetime) };
    }, { refreshBeforeMs: REFRESH_BEFORE_MS, now: () => (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .nowOf */ .Ic)(ctx), secrets });
    const accessToken = await tokens.get();
    const container = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .trimSlash */ .Y0)(config.endpoints?.container ?? 'https://container.googleapis.com');
    const url = `${container}/v1/projects/${encodeURIComponent(config.project)}/locations/${encodeURIComponent(config.location)}/clusters/${encodeURIComponent(config.cluster)}`;
    const cluster = await (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchJson */ .x6)(ctx, P, 'get cluster', url, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' } }, (p) => gkeError(p, config));
    if (cluster.status && cluster.status !== 'RUNNING' && cluster.status !== 'RECONCILING') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'get cluster', `cluster ${config.cluster} is ${cluster.status}`, {
            retryable: cluster.status === 'PROVISIONING',
        });
    }
    const dns = cluster.controlPlaneEndpointsConfig?.dnsEndpointConfig?.endpoint;
    const host = config.useDnsEndpoint ? dns : cluster.endpoint;
    if (!host)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'get cluster', config.useDnsEndpoint
            ? `cluster ${config.cluster} has no DNS endpoint enabled`
            : `cluster ${config.cluster} has no endpoint yet`);
    const server = `https://${host}`;
    // DNS endpoints (*.gke.goog) present a publicly trusted certificate, not one from the cluster CA.
    const publicCert = host.endsWith('.gke.goog');
    const ca = cluster.masterAuth?.clusterCaCertificate;
    if (!publicCert && !ca)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'get cluster', `cluster ${config.cluster} has no masterAuth.clusterCaCertificate`);
    const kubeConfig = (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .buildKubeConfig */ .YX)({
        name: `gke_${config.project}_${config.location}_${config.cluster}`,
        server,
        ...(!publicCert && ca ? { caData: ca } : {}),
        user: { source: tokens },
    });
    return (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .credentialsOf */ .YN)(kubeConfig, server, secrets, { tokens });
}
function googleAuthError(error, config, provider) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE)
        return error;
    const response = error
        .response;
    const status = response?.status;
    const url = String(response?.config?.url ?? '');
    const detail = response?.data
        ? typeof response.data === 'string'
            ? response.data
            : JSON.stringify(response.data)
        : (0,_util_js__WEBPACK_IMPORTED_MODULE_2__/* .messageOf */ .bD)(error);
    if (isImpersonationError(response?.data, url, status, config)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'impersonate service account', `HTTP ${status ?? '?'}: ${detail} — the pool principal needs roles/iam.workloadIdentityUser on ${config.serviceAccount}`, { cause: error });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(P, 'token exchange', `HTTP ${status ?? '?'}: ${detail} — check that ${provider} exists, trusts https://token.actions.githubusercontent.com and its attribute condition admits this repository`, {
        cause: error,
        retryable: status === undefined || status >= 500,
    });
}
/**
 * Which of the two google-auth-library calls failed. The request URL says it when the library passes it on; else the
 * body's shape: STS answers with an OAuth 2.0 error (RFC 6749 §5.2, `{"error": "invalid_grant", ...}`), IAM
 * Credentials with a Google API error object. A 403 with a service account to impersonate is the last fallback.
 */
function isImpersonationError(data, url, status, config) {
    if (/generateAccessToken/.test(url))
        return true;
    const body = typeof data === 'string' ? parseJson(data) : data;
    if (typeof body?.error === 'string')
        return false;
    return status === 403 && Boolean(config.serviceAccount);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function gkeError(p, config) {
    switch (p.status) {
        case 401:
            return `the access token was rejected: ${p.detail}`;
        case 403:
            return `the identity lacks container.clusters.get on ${config.project} (grant roles/container.developer, or roles/container.clusterViewer plus Kubernetes RBAC): ${p.detail}`;
        case 404:
            return `cluster ${config.cluster} not found in ${config.project}/${config.location}: ${p.detail}`;
        default:
            return p.detail;
    }
}


/***/ })

};
