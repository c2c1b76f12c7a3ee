export const id = 803;
export const ids = [803];
export const modules = {

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
