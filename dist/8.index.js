export const id = 8;
export const ids = [8,671];
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
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var dist = __webpack_require__(17356);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/spec/bounded-yaml.ts
var bounded_yaml = __webpack_require__(26628);
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

// EXTERNAL MODULE: ./src/credentials/kubeconfig.ts + 2 modules
var kubeconfig = __webpack_require__(671);
// EXTERNAL MODULE: ./src/credentials/util.ts
var util = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/credentials/aks.ts







const P = 'aks';
const API_VERSION = '2024-09-01';
/** The Entra application every AKS cluster's API server trusts (the "Azure Kubernetes Service AAD Server"). */
const AKS_AAD_SERVER_SCOPE = '6dae42f8-4368-4678-94ff-3960e28e3630/.default';
const HOUR = 3_600_000;
/**
 * Azure: Entra token (federated GitHub OIDC or secret) → ARM listClusterUserCredential → kubeconfig; Entra clusters get
 * a refreshing bearer token.
 */
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
    const loaded = new dist.KubeConfig();
    try {
        (0,bounded_yaml/* loadYamlDocument */.xb)(yaml, { file: 'kubeconfig' }); // budgets first: client-node parses without any
        loaded.loadFromString(yaml);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(P, 'list credentials', `kubeconfig from ARM does not parse: ${(0,util/* messageOf */.bD)(error)}`, {
            cause: error,
        });
    }
    (0,kubeconfig.maskKubeConfigSecrets)(loaded, secrets);
    const user = loaded.getCurrentUser();
    const entra = Boolean(props.aadProfile) ||
        isKubelogin(user?.exec) ||
        user?.authProvider?.name === 'azure';
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
        throw new errors/* CredentialsError */.lE(P, step, `${entraHint((0,util/* messageOf */.bD)(error), config, entraErrorCodes(error))}`, {
            cause: error,
        });
    }
    if (!token)
        throw new errors/* CredentialsError */.lE(P, step, `Entra returned no token for ${scope}`);
    return token;
}
/**
 * The AADSTS codes of an Entra error: @azure/identity's AuthenticationError carries them as
 * errorResponse.errorCodes (numbers, from the token endpoint's `error_codes`); found along the cause chain.
 */
function entraErrorCodes(error) {
    let current = error;
    for (let depth = 0; current && depth < 4; depth += 1) {
        const codes = current.errorResponse?.errorCodes;
        if (Array.isArray(codes))
            return codes.filter((code) => typeof code === 'number');
        current = current.cause;
    }
    return [];
}
/**
 * A hint for the Entra errors a misconfigured workflow meets. By the error's codes when it has them; the AADSTS text
 * in the message is the fallback (errors that reach us re-wrapped without errorResponse).
 */
function entraHint(message, config, codes = []) {
    const has = (...wanted) => codes.length > 0
        ? wanted.some((code) => codes.includes(code))
        : wanted.some((code) => new RegExp(`AADSTS${code}(?!\\d)`).test(message));
    if (has(700213, 70021, 700211)) {
        return `${message} — add a federated credential to app ${config.clientId} with issuer https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and this job's subject (repo:<owner>/<repo>:environment:<env> or :ref:refs/heads/<branch>)`;
    }
    if (has(7000215, 7000222))
        return `${message} — the client secret in ${config.clientSecretEnv} is wrong or expired`;
    if (has(700016))
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

/***/ 671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kubeconfigFromText: () => (/* binding */ kubeconfigFromText),
  maskKubeConfigSecrets: () => (/* binding */ maskKubeConfigSecrets),
  resolveKubeconfig: () => (/* binding */ resolveKubeconfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 875 modules
var dist = __webpack_require__(17356);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/files/confined.ts
var confined = __webpack_require__(73051);
;// CONCATENATED MODULE: ./src/credentials/repository-commands.ts
/**
 * Rule 3 of the threat model: nothing executes from the repository. An exec plugin or auth-provider runs a command of
 * the file's choosing on the runner, with its environment (secrets included). Both ways a repository kubeconfig is
 * read (the spec's `path`, and a file inside the checkout found through KUBECONFIG) ask this one function.
 */
function commandsRunBy(user) {
    const exec = user.exec;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated fields, named as-is
    if (exec !== undefined)
        return `runs the exec plugin ${String(exec?.command ?? '')}`.trim();
    const authProvider = user['auth-provider'];
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- (as above)
    if (authProvider !== undefined)
        return `uses the ${String(authProvider?.name ?? '?')} auth-provider`;
    return undefined;
}
/** The one refusal message for a repository kubeconfig user that would run a command or read a runner file. */
function refusedUserMessage(where, index, name, what) {
    return (`${where}: users[${index}] (${name || 'unnamed'}) ${what}; a kubeconfig from the repository may not run ` +
        `commands or read files ${repositoryKubeconfigHint}`);
}
/** Where a kubeconfig that needs a command belongs instead. */
const repositoryKubeconfigHint = '(put the kubeconfig in a secret and use kubeconfigEnv, or use the provider block for your cloud)';

// EXTERNAL MODULE: ./src/spec/bounded-yaml.ts
var bounded_yaml = __webpack_require__(26628);
// EXTERNAL MODULE: ./src/spec/merge.ts
var merge = __webpack_require__(93367);
// EXTERNAL MODULE: ./src/credentials/util.ts
var util = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/credentials/repository-kubeconfig.ts








const P = 'kubeconfig';
/** File references a kubeconfig may hold, and the inline field each becomes once read. */
const clusterFiles = [['certificate-authority', 'certificate-authority-data']];
const userFiles = [
    ['client-certificate', 'client-certificate-data'],
    ['client-key', 'client-key-data'],
];
/**
 * A kubeconfig path the spec names: relative to the spec file, confined to the repository and size-capped like every
 * spec path (src/files/confined.ts). The files it refers to itself (CA, client certificate and key, token file) are
 * repository files too: they are read here through the same confinement, relative to the kubeconfig's directory as
 * kubectl resolves them, and inlined, so the Kubernetes client never opens a path the repository chose (a
 * `token-file: /proc/self/environ` would otherwise send the runner's environment to the server as a bearer token).
 */
async function loadRepositoryKubeconfig(paths, written) {
    const kc = new dist.KubeConfig();
    try {
        const { realPath, content } = await (0,confined/* readSpecPath */.vp)(paths, 'path', written);
        const inlined = await inlineFileReferences(content.toString('utf8'), { root: paths.root, baseDir: external_node_path_default().dirname(realPath) }, `${paths.at.path ?? written}`);
        kc.loadFromString(inlined);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(P, 'read kubeconfig', `cannot load ${written}: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    return kc;
}
async function inlineFileReferences(text, confinement, where) {
    // The shared YAML budgets (alias bombs, depth); its errors give the position and reason only, never the lines
    // around it, which hold tokens and keys.
    const config = (0,bounded_yaml/* loadYamlDocument */.xb)(text, { file: where });
    if (!(0,merge/* isPlainObject */.Q)(config))
        return text;
    const read = async (entry, field, file) => {
        if (typeof file !== 'string')
            throw new Error(`${where}: ${entry}: ${field} must be a path`);
        try {
            return (await (0,confined/* readConfinedFile */.p7)(confinement, file, { maxBytes: confined/* fileLimits */.vi.dataFileBytes })).content;
        }
        catch (error) {
            if (error instanceof confined/* FileRefusedError */.rr)
                throw new Error(`${where}: ${entry}: ${field}: ${error.message}`, { cause: error });
            throw error;
        }
    };
    for (const [index, entry] of arrayOf(config.clusters).entries()) {
        const cluster = (0,merge/* isPlainObject */.Q)(entry) && (0,merge/* isPlainObject */.Q)(entry.cluster) ? entry.cluster : undefined;
        for (const [fileField, dataField] of clusterFiles) {
            if (cluster?.[fileField] === undefined)
                continue;
            cluster[dataField] = (await read(`clusters[${index}]`, fileField, cluster[fileField])).toString('base64');
            delete cluster[fileField];
        }
    }
    for (const [index, entry] of arrayOf(config.users).entries()) {
        const user = (0,merge/* isPlainObject */.Q)(entry) && (0,merge/* isPlainObject */.Q)(entry.user) ? entry.user : undefined;
        if (!user)
            continue;
        for (const [fileField, dataField] of userFiles) {
            if (user[fileField] === undefined)
                continue;
            user[dataField] = (await read(`users[${index}]`, fileField, user[fileField])).toString('base64');
            delete user[fileField];
        }
        if (user['token-file'] !== undefined) {
            // client-go trims the token file; so do we.
            if (user.token === undefined)
                user.token = (await read(`users[${index}]`, 'token-file', user['token-file'])).toString('utf8').trim();
            delete user['token-file'];
        }
        const refused = commandsRunBy(user);
        if (refused) {
            const name = (0,merge/* isPlainObject */.Q)(entry) && typeof entry.name === 'string' ? entry.name : '';
            throw new Error(refusedUserMessage(where, index, name, refused));
        }
    }
    return JSON.stringify(config);
}
function arrayOf(value) {
    return Array.isArray(value) ? value : [];
}

// EXTERNAL MODULE: ./src/spec/read-capped.ts
var read_capped = __webpack_require__(88341);
;// CONCATENATED MODULE: ./src/credentials/kubeconfig.ts











const kubeconfig_P = 'kubeconfig';
const SECRET_AUTH_PROVIDER_KEYS = [
    'access-token',
    'id-token',
    'refresh-token',
    'client-secret',
    'idp-certificate-authority-data',
];
/** Bare metal and everything else: a kubeconfig from env or file, or server + token / client cert + CA. */
async function resolveKubeconfig(config, ctx) {
    const secrets = new util/* SecretSink */.mr(ctx);
    if (config.kubeconfigEnv) {
        const raw = (0,util/* requireEnv */.tr)(ctx, kubeconfig_P, 'read kubeconfig', config.kubeconfigEnv, 'kubeconfig YAML or its base64');
        const text = looksLikeBase64Kubeconfig(raw);
        if (text !== raw)
            secrets.add(raw);
        return kubeconfigFromText(text, {
            provider: kubeconfig_P,
            ctx,
            secrets,
            ...(config.context ? { context: config.context } : {}),
        });
    }
    if (config.path) {
        const kc = await loadKubeconfigPath(config, config.path, ctx);
        return finish(kc, { provider: kubeconfig_P, ctx, secrets, ...(config.context ? { context: config.context } : {}) });
    }
    if (config.server)
        return fromParts(config, config.server, ctx, secrets);
    throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', 'set one of kubeconfigEnv, path, or server (+ tokenEnv or clientCertificateEnv/clientKeyEnv)');
}
/**
 * Three kinds of kubeconfig path: one the spec names (repository content: confined, its file references inlined,
 * src/credentials/repository-kubeconfig.ts), the base branch's copy of such a file on a pull request (still
 * repository content, src/preview/trusted-clusters.ts), and one from the runner's environment, which may use exec
 * plugins as kubectl would unless it lies inside the checkout.
 */
async function loadKubeconfigPath(config, file, ctx) {
    if (config.fromRepository === true)
        return loadRepositoryText(file);
    if (config.specPaths)
        return loadRepositoryKubeconfig(config.specPaths, file);
    // Checked on the text, before client-node loads it: loading already reads a user's token-file.
    if (isRepositoryFile(file, ctx))
        return loadRepositoryText(file);
    return loadTrustedKubeconfig(file);
}
async function loadRepositoryText(file) {
    const text = await readKubeconfigText(file);
    refuseCommands(text, file);
    const kc = new dist.KubeConfig();
    try {
        kc.loadFromString(text);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', `cannot load ${file}: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    return kc;
}
/** A kubeconfig path from the environment (KUBECONFIG, ~/.kube/config): the runner's own, read as kubectl would. */
function loadTrustedKubeconfig(file) {
    const kc = new dist.KubeConfig();
    try {
        kc.loadFromFile(file);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', `cannot load ${file}: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    return kc;
}
/**
 * A kubeconfig inside the checkout (or a copy of the base branch's, see src/preview/trusted-clusters.ts) is repository
 * content: whoever can push a branch wrote it. One outside (~/.kube/config, a file a setup step wrote) is the
 * runner's own and may use exec plugins as kubectl would.
 */
function isRepositoryFile(written, ctx) {
    const workspace = external_node_path_default().resolve(ctx.env.GITHUB_WORKSPACE || process.cwd());
    let file = external_node_path_default().resolve(written);
    try {
        file = (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        // loadFromFile just read it; a race only makes the check stricter below.
    }
    return (0,confined/* isInside */.FK)(realpathOr(workspace), file);
}
function realpathOr(dir) {
    try {
        return (0,external_node_fs_.realpathSync)(dir);
    }
    catch {
        return dir;
    }
}
/**
 * A repository kubeconfig found through KUBECONFIG is refused what the spec's `path` is refused (commands, see
 * ./repository-commands.ts), and a token file too: it would send any runner file to a server of the file's choosing.
 */
function refuseCommands(text, file) {
    let parsed;
    try {
        parsed = (0,bounded_yaml/* loadYamlDocument */.xb)(text, { file });
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', `cannot load ${file}: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    const users = parsed?.users;
    for (const [index, entry] of (Array.isArray(users) ? users : []).entries()) {
        const user = (entry?.user ?? {});
        const refused = commandsRunBy(user) ??
            (user['token-file'] !== undefined || user.tokenFile !== undefined ? 'reads its token from a file' : undefined);
        if (refused) {
            // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated field, named as-is
            const name = String(entry?.name ?? '');
            throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', refusedUserMessage(file, index, name, refused));
        }
    }
}
/** Kubeconfigs are small; a huge or special file (a FIFO, /dev/zero) is refused instead of read. */
const maxKubeconfigBytes = 1024 * 1024;
async function readKubeconfigText(file) {
    let read;
    try {
        read = await (0,read_capped/* readRegularFileCapped */.U)(file, maxKubeconfigBytes);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', `cannot load ${file}: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    if (!read.ok)
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'read kubeconfig', `cannot load ${file}: ${read.reason}`);
    return read.text;
}
async function fromParts(config, server, ctx, secrets) {
    let url;
    try {
        url = new URL(server);
    }
    catch {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `server ${server} is not a URL (expected https://host:port)`);
    }
    if (url.protocol !== 'https:')
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `server ${server} must use https`);
    const user = {};
    if (config.tokenEnv)
        user.token = secrets.add((0,util/* requireEnv */.tr)(ctx, kubeconfig_P, 'read token', config.tokenEnv, 'a bearer token for the API server'));
    if (config.clientCertificateEnv || config.clientKeyEnv) {
        if (!config.clientCertificateEnv || !config.clientKeyEnv)
            throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', 'clientCertificateEnv and clientKeyEnv go together');
        const cert = (0,util/* requireEnv */.tr)(ctx, kubeconfig_P, 'read client certificate', config.clientCertificateEnv, 'a PEM client certificate');
        const key = secrets.add((0,util/* requireEnv */.tr)(ctx, kubeconfig_P, 'read client key', config.clientKeyEnv, 'a PEM private key'));
        user.certData = pemOrThrow(cert, config.clientCertificateEnv);
        user.keyData = secrets.add(pemOrThrow(key, config.clientKeyEnv));
    }
    if (!user.token && !user.certData)
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `server ${server} needs tokenEnv or clientCertificateEnv + clientKeyEnv`);
    let caData;
    let caFile;
    if (config.certificateAuthority) {
        caData = (0,util/* pemToData */.yu)(config.certificateAuthority);
        if (!caData && config.specPaths) {
            caData = await readRepositoryCertificate(config.specPaths, config.certificateAuthority);
        }
        else if (!caData) {
            caFile = external_node_path_default().resolve(config.certificateAuthority);
            if (!(0,external_node_fs_.existsSync)(caFile))
                throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', 'certificateAuthority is neither PEM, base64 of PEM, nor an existing file');
        }
    }
    if (config.insecureSkipTlsVerify)
        ctx.log?.(`warning: kubeconfig: TLS verification is off for ${server}`);
    const name = `k8deployer-${url.host}`;
    const kc = (0,util/* buildKubeConfig */.YX)({
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
    return (0,util/* credentialsOf */.YN)(kc, server, secrets);
}
/** A CA file the spec names: read through the confinement now, so nothing reads it unchecked later. */
async function readRepositoryCertificate(paths, written) {
    let text;
    try {
        text = (await (0,confined/* readSpecPath */.vp)(paths, 'certificateAuthority', written)).content.toString('utf8');
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `certificateAuthority is neither PEM nor base64 of PEM, and not a readable file: ${(0,util/* messageOf */.bD)(error)}`, { cause: error });
    }
    const data = (0,util/* pemToData */.yu)(text);
    if (!data)
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `certificateAuthority file ${JSON.stringify(written)} holds no PEM certificate`);
    return data;
}
function pemOrThrow(value, envName) {
    const data = (0,util/* pemToData */.yu)(value);
    if (!data)
        throw new errors/* CredentialsError */.lE(kubeconfig_P, 'configuration', `${envName} holds neither PEM nor base64 of PEM`);
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
    const kc = new dist.KubeConfig();
    try {
        // client-node parses with no budgets; the bounded parse first refuses alias bombs and oversized documents.
        (0,bounded_yaml/* loadYamlDocument */.xb)(text, { file: 'kubeconfig' });
        kc.loadFromString(text);
    }
    catch (error) {
        throw new errors/* CredentialsError */.lE(options.provider, 'read kubeconfig', `not a valid kubeconfig: ${(0,util/* messageOf */.bD)(error)}`, {
            cause: error,
        });
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
            throw new errors/* CredentialsError */.lE(provider, 'select context', `context ${options.context} is not in the kubeconfig (has: ${kc
                .getContexts()
                .map((c) => c.name)
                .join(', ') || 'none'})`);
        }
        kc.setCurrentContext(options.context);
    }
    else if (!kc.getCurrentContext() && kc.getContexts().length === 1) {
        kc.setCurrentContext(kc.getContexts()[0].name);
    }
    const cluster = kc.getCurrentCluster();
    if (!kc.getCurrentContext() || !cluster) {
        throw new errors/* CredentialsError */.lE(provider, 'select context', 'the kubeconfig has no current-context (or it names a missing cluster); set `context`');
    }
    const user = kc.getCurrentUser();
    const authProvider = user?.authProvider?.name;
    if (authProvider === 'gcp' || authProvider === 'azure') {
        ctx.log?.(`warning: ${provider}: user ${user?.name} uses the ${authProvider} auth-provider, which shells out to the ${authProvider === 'gcp' ? 'gcloud' : 'az'} CLI and was removed from kubectl; use provider ${authProvider === 'gcp' ? 'gke' : 'aks'} instead`);
    }
    const exec = user?.exec;
    if (exec?.command)
        ctx.log?.(`${provider}: user ${user?.name} runs the exec plugin ${exec.command}; client-node caches its token until expirationTimestamp`);
    return (0,util/* credentialsOf */.YN)(kc, cluster.server, secrets);
}


/***/ })

};
