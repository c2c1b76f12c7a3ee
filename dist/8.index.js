export const id = 8;
export const ids = [8,803];
export const modules = {

/***/ 56008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AKS_AAD_SERVER_SCOPE: () => (/* binding */ AKS_AAD_SERVER_SCOPE),
  resolveAks: () => (/* binding */ resolveAks)
});

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 293 modules
var esm = __webpack_require__(32076);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(53329);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/credentials/azure-http.ts
/**
 * An @azure/identity HttpClient over a plain fetch. Lets the action route Entra calls through ctx.fetch (a proxy-
 * aware fetch, or a test's local server) — MSAL itself insists on https authorities, the transport does not care.
 */
function fetchHttpClient(fetchImpl) {
    return {
        async sendRequest(request) {
            const headers = {};
            for (const [name, value] of request.headers)
                headers[name] = value;
            const body = request.body;
            const response = await fetchImpl(request.url, {
                method: request.method,
                headers,
                ...(typeof body === 'string' ? { body } : body instanceof Uint8Array ? { body: Buffer.from(body) } : {}),
                ...(request.abortSignal ? { signal: request.abortSignal } : {}),
            });
            const responseHeaders = simpleHeaders();
            response.headers.forEach((value, name) => responseHeaders.set(name, value));
            return { request, status: response.status, headers: responseHeaders, bodyAsText: await response.text() };
        },
    };
}
function simpleHeaders() {
    const map = new Map();
    const headers = {
        get: (name) => map.get(name.toLowerCase())?.value,
        has: (name) => map.has(name.toLowerCase()),
        set: (name, value) => void map.set(name.toLowerCase(), { name, value: String(value) }),
        delete: (name) => void map.delete(name.toLowerCase()),
        toJSON: (options) => Object.fromEntries([...map.entries()].map(([key, h]) => [options?.preserveCase ? h.name : key, h.value])),
        [Symbol.iterator]: function* () {
            for (const [key, h] of map)
                yield [key, h.value];
        },
    };
    return headers;
}

// EXTERNAL MODULE: ./src/credentials/kubeconfig.ts
var kubeconfig = __webpack_require__(59803);
// EXTERNAL MODULE: ./src/credentials/util.ts
var util = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/credentials/aks.ts






const P = 'aks';
const API_VERSION = '2024-09-01';
/** The Entra application every AKS cluster's API server trusts (the "Azure Kubernetes Service AAD Server"). */
const AKS_AAD_SERVER_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630/.default';
const HOUR = 3_600_000;
/** Azure: Entra token (federated GitHub OIDC or secret) → ARM listClusterUserCredential → kubeconfig; Entra clusters get a refreshing bearer token. */
async function resolveAks(config, ctx) {
    const secrets = new util/* SecretSink */.mr(ctx);
    const arm = (0,util/* trimSlash */.Y0)(config.armUrl ?? 'https://management.azure.com');
    const newCredential = credentialFactory(config, ctx, secrets);
    const armToken = await entraToken(newCredential(), `${new URL(arm).origin}/.default`, 'ARM token', config);
    const headers = { Authorization: `Bearer ${armToken.token}`, Accept: 'application/json' };
    const base = `${arm}/subscriptions/${enc(config.subscriptionId)}/resourceGroups/${enc(config.resourceGroup)}/providers/Microsoft.ContainerService/managedClusters/${enc(config.cluster)}`;
    const cluster = await (0,util/* fetchJson */.x6)(ctx, P, 'get managed cluster', `${base}?api-version=${API_VERSION}`, { headers }, (p) => armError(p, config, 'Microsoft.ContainerService/managedClusters/read'));
    const props = cluster.properties ?? {};
    if (config.admin && props.disableLocalAccounts) {
        throw new errors/* CredentialsError */.lE(P, 'list credentials', `cluster ${config.cluster} has local accounts disabled, so admin credentials do not exist; drop \`admin: true\` and grant the identity an Azure RBAC role on the cluster`);
    }
    const action = config.admin ? 'listClusterAdminCredential' : 'listClusterUserCredential';
    const list = await (0,util/* fetchJson */.x6)(ctx, P, 'list credentials', `${base}/${action}?api-version=${API_VERSION}`, { method: 'POST', headers: { ...headers, 'Content-Length': '0' } }, (p) => armError(p, config, `Microsoft.ContainerService/managedClusters/${action}/action`));
    const value = list.kubeconfigs?.[0]?.value;
    if (!value)
        throw new errors/* CredentialsError */.lE(P, 'list credentials', 'ARM answered without kubeconfigs[0].value');
    const yaml = Buffer.from(value, 'base64').toString('utf8');
    const loaded = new dist/* KubeConfig */.ypW();
    try {
        loaded.loadFromString(yaml);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(P, 'list credentials', `kubeconfig from ARM does not parse: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    (0,kubeconfig.maskKubeConfigSecrets)(loaded, secrets);
    const user = loaded.getCurrentUser();
    const entra = Boolean(props.aadProfile) || isKubelogin(user?.exec) || user?.authProvider?.name === 'azure';
    if (!entra || config.admin)
        return (0,kubeconfig.kubeconfigFromText)(yaml, { provider: P, ctx, secrets });
    // Entra-enabled: the kubeconfig's user runs kubelogin, which the runner may not have. Use our own token instead.
    const clusterEntry = loaded.getCurrentCluster();
    if (!clusterEntry)
        throw new errors/* CredentialsError */.lE(P, 'list credentials', 'kubeconfig from ARM has no current cluster');
    const tokens = new util/* RefreshingToken */.fT(async () => {
        const t = await entraToken(newCredential(), AKS_AAD_SERVER_SCOPE, 'cluster token', config);
        // Entra tokens last 60–90 min; fetch again at least hourly.
        const expiresAt = new Date(Math.min(t.expiresOnTimestamp, (0,util/* nowOf */.Ic)(ctx).getTime() + HOUR));
        ctx.log?.(`aks: got an Entra token for ${config.cluster}, using it until ${expiresAt.toISOString()}`);
        return { token: t.token, expiresAt };
    }, { refreshBeforeMs: 5 * 60_000, now: () => (0,util/* nowOf */.Ic)(ctx), secrets });
    await tokens.get();
    const kubeConfig = (0,util/* buildKubeConfig */.YX)({
        name: `aks-${config.cluster}`,
        server: clusterEntry.server,
        ...(clusterEntry.caData ? { caData: clusterEntry.caData } : {}),
        ...(clusterEntry.tlsServerName ? { tlsServerName: clusterEntry.tlsServerName } : {}),
        user: { source: tokens },
    });
    return (0,util/* credentialsOf */.YN)(kubeConfig, clusterEntry.server, secrets, { tokens });
}
function credentialFactory(config, ctx, secrets) {
    const options = {
        ...(config.authorityHost ? { authorityHost: config.authorityHost } : {}),
        ...(ctx.fetch ? { httpClient: fetchHttpClient(ctx.fetch) } : {}),
    };
    if (config.clientSecretEnv) {
        const secret = secrets.add((0,util/* requireEnv */.tr)(ctx, P, 'client secret', config.clientSecretEnv, `the client secret of app ${config.clientId}`));
        return () => new esm/* ClientSecretCredential */.HC(config.tenantId, config.clientId, secret, options);
    }
    // A fresh credential per token: MSAL's cache runs on the wall clock, the refresh decision here on ctx.now.
    const getAssertion = () => (0,util/* requestIdToken */.gj)(ctx, P, 'api://AzureADTokenExchange', secrets);
    return () => new esm/* ClientAssertionCredential */.XI(config.tenantId, config.clientId, getAssertion, options);
}
async function entraToken(credential, scope, step, config) {
    let token;
    try {
        token = await credential.getToken(scope);
    }
    catch (error) {
        if (error instanceof errors/* CredentialsError */.lE)
            throw error;
        if (error instanceof Error && error.cause instanceof errors/* CredentialsError */.lE)
            throw error.cause;
        throw new errors/* CredentialsError */.lE(P, step, `${entraHint((0,util/* messageOf */.bD)(error), config)}`, { cause: error });
    }
    if (!token)
        throw new errors/* CredentialsError */.lE(P, step, `Entra returned no token for ${scope}`);
    return token;
}
function entraHint(message, config) {
    if (/AADSTS700213|AADSTS70021|AADSTS700211/.test(message)) {
        return `${message} — add a federated credential to app ${config.clientId} with issuer https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and this job's subject (repo:<owner>/<repo>:environment:<env> or :ref:refs/heads/<branch>)`;
    }
    if (/AADSTS7000215|AADSTS7000222/.test(message))
        return `${message} — the client secret in ${config.clientSecretEnv} is wrong or expired`;
    if (/AADSTS700016/.test(message))
        return `${message} — no app ${config.clientId} in tenant ${config.tenantId}`;
    return message;
}
function armError(p, config, action) {
    switch (p.status) {
        case 401:
            return `ARM rejected the token (expired or for the wrong tenant): ${p.detail}`;
        case 403:
            return `the identity ${config.clientId} lacks ${action} on ${config.cluster} (grant "Azure Kubernetes Service Cluster User Role"${action.includes('Admin') ? ' / Cluster Admin Role' : ''}): ${p.detail}`;
        case 404:
            return `cluster ${config.cluster} not found in resource group ${config.resourceGroup} of subscription ${config.subscriptionId}: ${p.detail}`;
        default:
            return p.detail;
    }
}
function isKubelogin(exec) {
    const command = exec?.command ?? '';
    return /kubelogin/.test(command);
}
function enc(s) {
    return encodeURIComponent(s);
}


/***/ }),

/***/ 59803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kubeconfigFromText: () => (/* binding */ kubeconfigFromText),
/* harmony export */   maskKubeConfigSecrets: () => (/* binding */ maskKubeConfigSecrets),
/* harmony export */   resolveKubeconfig: () => (/* binding */ resolveKubeconfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53329);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1236);





const P = 'kubeconfig';
const SECRET_AUTH_PROVIDER_KEYS = ['access-token', 'id-token', 'refresh-token', 'client-secret', 'idp-certificate-authority-data'];
/** Bare metal and everything else: a kubeconfig from env or file, or server + token / client cert + CA. */
async function resolveKubeconfig(config, ctx) {
    const secrets = new _util_js__WEBPACK_IMPORTED_MODULE_4__/* .SecretSink */ .mr(ctx);
    if (config.kubeconfigEnv) {
        const raw = (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .requireEnv */ .tr)(ctx, P, 'read kubeconfig', config.kubeconfigEnv, 'kubeconfig YAML or its base64');
        const text = looksLikeBase64Kubeconfig(raw);
        if (text !== raw)
            secrets.add(raw);
        return kubeconfigFromText(text, { provider: P, ctx, secrets, ...(config.context ? { context: config.context } : {}) });
    }
    if (config.path) {
        const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .ypW();
        try {
            kc.loadFromFile(config.path);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'read kubeconfig', `cannot load ${config.path}: ${(0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, { cause: error });
        }
        return finish(kc, { provider: P, ctx, secrets, ...(config.context ? { context: config.context } : {}) });
    }
    if (config.server)
        return fromParts(config, config.server, ctx, secrets);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', 'set one of kubeconfigEnv, path, or server (+ tokenEnv or clientCertificateEnv/clientKeyEnv)');
}
function fromParts(config, server, ctx, secrets) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', `server ${server} is not a URL (expected https://host:port)`);
    }
    if (url.protocol !== 'https:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', `server ${server} must use https`);
    const user = {};
    if (config.tokenEnv)
        user.token = secrets.add((0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .requireEnv */ .tr)(ctx, P, 'read token', config.tokenEnv, 'a bearer token for the API server'));
    if (config.clientCertificateEnv || config.clientKeyEnv) {
        if (!config.clientCertificateEnv || !config.clientKeyEnv)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', 'clientCertificateEnv and clientKeyEnv go together');
        const cert = (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .requireEnv */ .tr)(ctx, P, 'read client certificate', config.clientCertificateEnv, 'a PEM client certificate');
        const key = secrets.add((0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .requireEnv */ .tr)(ctx, P, 'read client key', config.clientKeyEnv, 'a PEM private key'));
        user.certData = pemOrThrow(cert, config.clientCertificateEnv);
        user.keyData = secrets.add(pemOrThrow(key, config.clientKeyEnv));
    }
    if (!user.token && !user.certData)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', `server ${server} needs tokenEnv or clientCertificateEnv + clientKeyEnv`);
    let caData;
    let caFile;
    if (config.certificateAuthority) {
        caData = (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .pemToData */ .yu)(config.certificateAuthority);
        if (!caData) {
            caFile = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(config.certificateAuthority);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(caFile))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', 'certificateAuthority is neither PEM, base64 of PEM, nor an existing file');
        }
    }
    if (config.insecureSkipTlsVerify)
        ctx.log?.(`warning: kubeconfig: TLS verification is off for ${server}`);
    const name = `k8deployer-${url.host}`;
    const kc = (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .buildKubeConfig */ .YX)({
        name,
        server,
        ...(caData ? { caData } : {}),
        ...(config.tlsServerName ? { tlsServerName: config.tlsServerName } : {}),
        skipTLSVerify: config.insecureSkipTlsVerify ?? false,
        user,
    });
    if (caFile) {
        const cluster = kc.getCurrentCluster();
        if (cluster)
            cluster.caFile = caFile;
    }
    return (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsOf */ .YN)(kc, server, secrets);
}
function pemOrThrow(value, envName) {
    const data = (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .pemToData */ .yu)(value);
    if (!data)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(P, 'configuration', `${envName} holds neither PEM nor base64 of PEM`);
    return data;
}
function looksLikeBase64Kubeconfig(raw) {
    const trimmed = raw.trim();
    if (/^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')) {
        const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
        if (/clusters\s*:|apiVersion\s*:/.test(decoded))
            return decoded;
    }
    return raw;
}
/** Loads kubeconfig YAML (also used by LKE and AKS), masks its secrets and checks there is a usable context. */
function kubeconfigFromText(text, options) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_2__/* .KubeConfig */ .ypW();
    try {
        kc.loadFromString(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(options.provider, 'read kubeconfig', `not a valid kubeconfig: ${(0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .messageOf */ .bD)(error)}`, { cause: error });
    }
    return finish(kc, options);
}
/** Masks every user's secrets in a loaded config (client-node keeps them all in memory). */
function maskKubeConfigSecrets(kc, secrets) {
    for (const user of kc.getUsers()) {
        secrets.add(user.token);
        secrets.add(user.password);
        secrets.add(user.keyData);
        const providerConfig = user.authProvider?.config ?? {};
        for (const key of SECRET_AUTH_PROVIDER_KEYS) {
            const v = providerConfig[key];
            if (typeof v === 'string')
                secrets.add(v);
        }
        const env = user.exec?.env ?? [];
        for (const e of env)
            if (e.value)
                secrets.add(e.value);
    }
}
function finish(kc, options) {
    const { provider, ctx, secrets } = options;
    maskKubeConfigSecrets(kc, secrets);
    if (options.context) {
        if (!kc.getContextObject(options.context)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(provider, 'select context', `context ${options.context} is not in the kubeconfig (has: ${kc.getContexts().map((c) => c.name).join(', ') || 'none'})`);
        }
        kc.setCurrentContext(options.context);
    }
    else if (!kc.getCurrentContext() && kc.getContexts().length === 1) {
        kc.setCurrentContext(kc.getContexts()[0].name);
    }
    const cluster = kc.getCurrentCluster();
    if (!kc.getCurrentContext() || !cluster) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CredentialsError */ .lE(provider, 'select context', 'the kubeconfig has no current-context (or it names a missing cluster); set `context`');
    }
    const user = kc.getCurrentUser();
    const authProvider = user?.authProvider?.name;
    if (authProvider === 'gcp' || authProvider === 'azure') {
        ctx.log?.(`warning: ${provider}: user ${user?.name} uses the ${authProvider} auth-provider, which shells out to the ${authProvider === 'gcp' ? 'gcloud' : 'az'} CLI and was removed from kubectl; use provider ${authProvider === 'gcp' ? 'gke' : 'aks'} instead`);
    }
    const exec = user?.exec;
    if (exec?.command)
        ctx.log?.(`${provider}: user ${user?.name} runs the exec plugin ${exec.command}; client-node caches its token until expirationTimestamp`);
    return (0,_util_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsOf */ .YN)(kc, cluster.server, secrets);
}


/***/ })

};
