export const id = 153;
export const ids = [153];
export const modules = {

/***/ 99153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   executeClusterCommand: () => (/* binding */ executeClusterCommand),
/* harmony export */   exitCodeOf: () => (/* binding */ exitCodeOf),
/* harmony export */   runClusterCommand: () => (/* binding */ runClusterCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _credentials_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17678);
/* harmony import */ var _credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75341);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28541);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15694);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9110);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38623);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(31664);











/**
 * plan / deploy / delete / preview-up / preview-down / preview-sweep: load and render the spec, then hand the targets
 * to the engine, which resolves each cluster's credentials in that cluster's run. Credentials are released whatever
 * happens.
 */
async function executeClusterCommand(options) {
    const { settings } = options;
    if (settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.PreviewSweep) {
        const { sweepPreviews } = await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 88520));
        return sweepPreviews({ ...options, providerConfig: (prepared) => providerConfig(prepared, options.env) });
    }
    const deploying = settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.Deploy || settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.PreviewUp;
    // Deploys need every secret value; plan and delete can work without them (plan masks them anyway).
    const prepared = options.prepared ?? (await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareRun */ .Z)(settings, { env: options.env, missingSecrets: deploying ? 'error' : 'placeholder' }));
    maskSecretValues(prepared, options.credentials.mask);
    const credentials = [];
    try {
        // Credentials are resolved inside each cluster's run, so a cluster whose credentials fail fails alone.
        const targets = prepared.targets.map((entry) => ({
            cluster: entry.target.name,
            rendered: entry.rendered,
            kubeConfig: async () => {
                const resolved = await (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveCredentials */ .z8)(providerConfig(entry, options.env), { ...options.credentials, env: options.env });
                credentials.push(resolved);
                return resolved.kubeConfig;
            },
        }));
        const request = { targets, bus: options.bus, settings, runId: options.runId, ...(options.tuning ? { tuning: options.tuning } : {}) };
        const result = settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.Plan
            ? await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .runPlan */ .Fo)(request)
            : settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.Delete || settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.PreviewDown
                ? await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .runDelete */ .rv)({ ...request, settings: settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_10__/* .Command */ .uB.PreviewDown ? { ...settings, deleteNamespaces: true } : settings })
                : await (0,_engine_js__WEBPACK_IMPORTED_MODULE_5__/* .runDeploy */ .zt)(request);
        return { prepared, result };
    }
    finally {
        await Promise.allSettled(credentials.map((entry) => entry.dispose()));
    }
}
/**
 * The values of the spec's Secrets come from the environment; registering them keeps them out of every log line,
 * summary, comment and output even if an API error or an event should quote one. Lines are registered one by one
 * too, because log masking matches single lines.
 */
function maskSecretValues(prepared, mask) {
    for (const { rendered } of prepared.targets) {
        for (const { object } of rendered.objects) {
            if (object.kind !== 'Secret')
                continue;
            for (const encoded of Object.values((object.data ?? {}))) {
                const value = Buffer.from(encoded, 'base64').toString('utf8');
                for (const part of new Set([value, ...value.split('\n')]))
                    if (part.trim().length >= 4)
                        mask(part.trim());
            }
        }
    }
}
/** A spec without clusters deploys with the local kubeconfig, as kubectl would. */
function providerConfig(prepared, env) {
    const config = prepared.target.credentials;
    if (config.provider === 'kubeconfig' && Object.keys(config).length === 1) {
        const fromEnv = env.KUBECONFIG?.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).find((entry) => entry.length > 0);
        return { provider: 'kubeconfig', path: fromEnv ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config') };
    }
    return config;
}
function exitCodeOf(outcome) {
    return outcome === _events_js__WEBPACK_IMPORTED_MODULE_7__/* .Outcome */ .Pi.Failed || outcome === _events_js__WEBPACK_IMPORTED_MODULE_7__/* .Outcome */ .Pi.RolledBack ? _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .yU.Failure : _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ExitCode */ .yU.Ok;
}
/** The CLI's cluster commands: live progress on stdout, the final table, an exit code. */
async function runClusterCommand(settings, io) {
    const bus = new _events_js__WEBPACK_IMPORTED_MODULE_7__/* .EventBus */ .l7();
    const masker = new _report_index_js__WEBPACK_IMPORTED_MODULE_9__/* .SecretMasker */ .M2();
    const reporters = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_9__/* .attachReporters */ .eT)({ bus, mode: io.mode, write: (line) => io.write(`${line}\n`), masker });
    try {
        const { prepared, result } = await executeClusterCommand({
            settings,
            env: io.env,
            bus,
            runId: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            credentials: { getIdToken: (0,_credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_4__/* .githubIdTokenGetter */ .V)({ env: io.env }), mask: (secret) => masker.add(secret) },
        });
        reporters.finish({ components: prepared.targets.map(({ rendered }) => rendered) });
        return exitCodeOf(result.outcome);
    }
    finally {
        reporters.detach();
    }
}


/***/ }),

/***/ 17678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z8: () => (/* binding */ resolveCredentials)
});

// UNUSED EXPORTS: AUTH_PROVIDER_NAME, ProviderName, describeProvider, githubIdTokenGetter, providerConfigFromSpec, providers

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/credentials/types.ts
const ProviderName = {
    Eks: 'eks',
    Doks: 'doks',
    Lke: 'lke',
    Aks: 'aks',
    Gke: 'gke',
    Kubeconfig: 'kubeconfig',
};

// EXTERNAL MODULE: ./src/credentials/github-oidc.ts
var github_oidc = __webpack_require__(75341);
// EXTERNAL MODULE: ./src/credentials/util.ts
var util = __webpack_require__(1236);
;// CONCATENATED MODULE: ./src/credentials/index.ts




/**
 * One provider per `provider:` value; each is a plain function behind the CredentialProvider interface. Loaded on
 * first use: the cloud SDKs are most of the bundle, and a run only ever needs the providers its clusters name.
 */
const providers = {
    eks: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(126), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 64903))).resolveEks(config, ctx) },
    doks: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 85343))).resolveDoks(config, ctx) },
    lke: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 36794))).resolveLke(config, ctx) },
    aks: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(669), __webpack_require__.e(76), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 56008))).resolveAks(config, ctx) },
    gke: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 36259))).resolveGke(config, ctx) },
    kubeconfig: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 59803))).resolveKubeconfig(config, ctx) },
};
/** Turns a spec's `clusters[]` entry into a ready KubeConfig. Masks every secret through ctx.mask as it appears. */
async function resolveCredentials(config, ctx) {
    const provider = Object.hasOwn(providers, config.provider) ? providers[config.provider] : undefined;
    if (!provider) {
        const unknown = config.provider;
        throw new errors/* CredentialsError */.lE(String(unknown), 'configuration', `unknown provider ${JSON.stringify(unknown)} (expected eks, doks, lke, aks, gke or kubeconfig)`);
    }
    // The map pairs each provider with its own config type; the union cannot express that per call.
    return provider.resolve(config, ctx);
}
const PROVIDER_KEYS = (/* unused pure expression or super */ null && (['eks', 'doks', 'lke', 'aks', 'gke', 'kubeconfig']));
/**
 * The deploy spec writes a cluster as `{name, eks: {...}}` (exactly one provider key, see the JSON Schema);
 * this turns it into the `{provider: 'eks', ...}` union the providers take.
 */
function providerConfigFromSpec(cluster) {
    const present = PROVIDER_KEYS.filter((key) => cluster[key] !== undefined);
    if (present.length !== 1) {
        throw new CredentialsError(present[0] ?? 'cluster', 'configuration', `cluster ${cluster.name ?? '?'} must have exactly one of ${PROVIDER_KEYS.join(', ')} (has ${present.length ? present.join(', ') : 'none'})`);
    }
    const key = present[0];
    return { ...cluster[key], provider: key };
}
/** A one-line, secret-free description for logs: `eks prod (us-east-1, role arn:aws:iam::1:role/deploy)`. */
function describeProvider(config) {
    switch (config.provider) {
        case 'eks':
            return `eks ${config.cluster} (${config.region}, ${config.roleArn ? `role ${config.roleArn} via GitHub OIDC` : 'keys from AWS_ACCESS_KEY_ID'})`;
        case 'doks':
            return `doks ${config.cluster} (token from ${config.tokenEnv ?? 'DIGITALOCEAN_ACCESS_TOKEN'})`;
        case 'lke':
            return `lke ${config.cluster} (token from ${config.tokenEnv ?? 'LINODE_TOKEN'})`;
        case 'aks':
            return `aks ${config.cluster} (${config.resourceGroup}, subscription ${config.subscriptionId}, app ${config.clientId} via ${config.clientSecretEnv ? `secret ${config.clientSecretEnv}` : 'GitHub OIDC'}${config.admin ? ', admin' : ''})`;
        case 'gke':
            return `gke ${config.cluster} (${config.project}/${config.location}, ${config.serviceAccount ? `as ${config.serviceAccount}` : 'federated identity'} via GitHub OIDC)`;
        case 'kubeconfig': {
            const source = config.kubeconfigEnv
                ? `kubeconfig from ${config.kubeconfigEnv}`
                : config.path
                    ? `kubeconfig ${config.path}`
                    : `${config.server ?? '?'} with ${config.tokenEnv ? `token from ${config.tokenEnv}` : config.clientCertificateEnv ? `client cert from ${config.clientCertificateEnv}` : 'no credentials'}`;
            return `kubeconfig (${source}${config.context ? `, context ${config.context}` : ''})`;
        }
        default:
            return `unknown provider ${JSON.stringify(config.provider)}`;
    }
}


/***/ }),

/***/ 1236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   Ic: () => (/* binding */ nowOf),
/* harmony export */   Y0: () => (/* binding */ trimSlash),
/* harmony export */   YN: () => (/* binding */ credentialsOf),
/* harmony export */   YX: () => (/* binding */ buildKubeConfig),
/* harmony export */   bD: () => (/* binding */ messageOf),
/* harmony export */   fT: () => (/* binding */ RefreshingToken),
/* harmony export */   gj: () => (/* binding */ requestIdToken),
/* harmony export */   l: () => (/* binding */ sleepOf),
/* harmony export */   mr: () => (/* binding */ SecretSink),
/* harmony export */   tr: () => (/* binding */ requireEnv),
/* harmony export */   x6: () => (/* binding */ fetchJson),
/* harmony export */   yu: () => (/* binding */ pemToData)
/* harmony export */ });
/* unused harmony exports AUTH_PROVIDER_NAME, fetchOf, errorDetail, bearerAuthenticator */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53329);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


const AUTH_PROVIDER_NAME = 'k8deployer';
function nowOf(ctx) {
    return ctx.now ? ctx.now() : new Date();
}
function fetchOf(ctx) {
    return ctx.fetch ?? globalThis.fetch;
}
function sleepOf(ctx) {
    return ctx.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
}
/** Masks as soon as a secret exists and remembers it for ClusterCredentials.secrets. */
class SecretSink {
    ctx;
    secrets = [];
    constructor(ctx) {
        this.ctx = ctx;
    }
    add(secret) {
        if (secret && !this.secrets.includes(secret)) {
            this.ctx.mask(secret);
            this.secrets.push(secret);
            // Log masking works line by line, so a multi-line secret (a PEM key) is also masked one line at a time.
            if (secret.includes('\n')) {
                for (const line of secret.split(/\r?\n/)) {
                    const l = line.trim();
                    if (l.length >= 8 && !l.startsWith('-----') && !this.secrets.includes(l)) {
                        this.ctx.mask(l);
                        this.secrets.push(l);
                    }
                }
            }
        }
        return secret;
    }
}
/** Reads a secret from the env var the spec names; the error names the variable, never a value. */
function requireEnv(ctx, provider, step, name, what) {
    const value = ctx.env[name];
    if (value === undefined || value.trim() === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, step, `environment variable ${name} (${what}) is not set or empty`);
    }
    return value.trim();
}
/** A GitHub OIDC token; turns the usual failure (missing id-token permission) into an actionable message. */
async function requestIdToken(ctx, provider, audience, secrets) {
    let token;
    try {
        token = await ctx.getIdToken(audience);
    }
    catch (error) {
        const message = messageOf(error);
        const hint = ctx.env['ACTIONS_ID_TOKEN_REQUEST_URL'] || /id-token: write/.test(message)
            ? ''
            : ' (ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job needs `permissions: id-token: write`)';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, 'GitHub OIDC token', `could not get an ID token for audience ${audience}${hint}: ${message}`, {
            cause: error,
            retryable: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE && error.retryable,
        });
    }
    return secrets.add(token);
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** JSON over fetch; network errors and 429/5xx are retryable CredentialsErrors, other statuses go through `onError`. */
async function fetchJson(ctx, provider, step, url, init, onError) {
    let response;
    try {
        response = await fetchOf(ctx)(url, init);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, step, `request to ${redactUrl(url)} failed: ${messageOf(error)}`, { cause: error, retryable: true });
    }
    const text = await response.text();
    if (!response.ok) {
        const problem = { status: response.status, body: text, detail: errorDetail(text) };
        const retryable = response.status === 429 || response.status >= 500;
        throw new HttpStatusError(provider, step, `HTTP ${response.status}: ${onError(problem)}`, response.status, retryable);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, step, `${redactUrl(url)} answered with something that is not JSON`, { cause: error });
    }
}
class HttpStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE {
    status;
    constructor(provider, step, message, status, retryable) {
        super(provider, step, message, { retryable });
        this.status = status;
    }
}
/** Pulls the human message out of the usual error shapes (DO, Linode, Azure ARM, Google, OAuth). */
function errorDetail(text) {
    try {
        const body = JSON.parse(text);
        const error = body['error'];
        if (error && typeof error === 'object') {
            const e = error;
            return [e['code'], e['message']].filter((part) => part !== undefined).join(': ');
        }
        if (typeof error === 'string')
            return [error, body['error_description']].filter(Boolean).join(': ');
        const errors = body['errors'];
        if (Array.isArray(errors)) {
            return errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason)).join('; ');
        }
        if (typeof body['message'] === 'string')
            return [body['id'], body['message']].filter(Boolean).join(': ');
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.slice(0, 300);
}
function redactUrl(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}
/**
 * Caches a bearer token and fetches a new one once `refreshBeforeMs` of its life remains. Concurrent callers share
 * one refresh. Runs inside the Authenticator, i.e. before every request the client makes.
 */
class RefreshingToken {
    fetchToken;
    options;
    current;
    pending;
    disposed = false;
    refreshCount = 0;
    constructor(fetchToken, options) {
        this.fetchToken = fetchToken;
        this.options = options;
    }
    get expiresAt() {
        return this.current?.expiresAt;
    }
    seed(token, expiresAt) {
        this.options.secrets.add(token);
        this.current = expiresAt ? { token, expiresAt } : { token };
    }
    /** After dispose the token is forgotten and requests fail instead of quietly fetching new credentials. */
    dispose() {
        this.disposed = true;
        this.current = undefined;
    }
    async get() {
        if (this.disposed)
            throw new Error('credentials were disposed');
        const current = this.current;
        if (current && !this.stale(current.expiresAt))
            return current.token;
        this.pending ??= this.refresh().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }
    stale(expiresAt) {
        if (!expiresAt)
            return false;
        return this.options.now().getTime() >= expiresAt.getTime() - this.options.refreshBeforeMs;
    }
    async refresh() {
        const next = await this.fetchToken();
        this.refreshCount++;
        this.seed(next.token, next.expiresAt);
        this.options.onRefresh?.(next.expiresAt);
        return next.token;
    }
}
/** Puts a fresh bearer token on every request client-node makes (HTTP and WebSocket). */
function bearerAuthenticator(source) {
    return {
        isAuthProvider: (user) => user.authProvider?.name === AUTH_PROVIDER_NAME,
        applyAuthentication: async (_user, opts) => {
            const token = await source.get();
            const headers = (opts.headers ??= {});
            headers['Authorization'] = `Bearer ${token}`;
        },
    };
}
/** One cluster, one user, one context. A `source` means: no static token, a refreshing Authenticator instead. */
function buildKubeConfig(parts) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .KubeConfig */ .ypW();
    const cluster = {
        name: parts.name,
        server: parts.server,
        skipTLSVerify: parts.skipTLSVerify ?? false,
        ...(parts.caData ? { caData: parts.caData } : {}),
        ...(parts.tlsServerName ? { tlsServerName: parts.tlsServerName } : {}),
    };
    const { source, ...staticUser } = parts.user;
    const user = {
        name: parts.name,
        ...Object.fromEntries(Object.entries(staticUser).filter(([, v]) => v !== undefined)),
        ...(source ? { authProvider: { name: AUTH_PROVIDER_NAME, config: {} } } : {}),
    };
    if (source)
        kc.addAuthenticator(bearerAuthenticator(source));
    kc.loadFromOptions({
        clusters: [cluster],
        users: [user],
        contexts: [{ name: parts.name, cluster: parts.name, user: parts.name }],
        currentContext: parts.name,
    });
    return kc;
}
function credentialsOf(kubeConfig, server, secrets, extra = {}) {
    let disposed = false;
    const creds = {
        kubeConfig,
        server,
        secrets: secrets.secrets,
        async dispose() {
            if (disposed)
                return;
            disposed = true;
            extra.tokens?.dispose();
            await extra.dispose?.();
        },
    };
    const read = extra.expiresAt ?? (extra.tokens ? () => extra.tokens?.expiresAt : undefined);
    if (read) {
        Object.defineProperty(creds, 'expiresAt', { get: read, enumerable: true });
    }
    return creds;
}
/** PEM text, or base64 of it → base64 of the PEM (client-node's *Data format). Returns undefined if neither. */
function pemToData(value) {
    const trimmed = value.trim();
    if (trimmed.startsWith('-----BEGIN'))
        return Buffer.from(trimmed + '\n').toString('base64');
    if (/^[A-Za-z0-9+/=\s_-]+$/.test(trimmed)) {
        const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
        if (decoded.trim().startsWith('-----BEGIN'))
            return Buffer.from(decoded).toString('base64');
    }
    return undefined;
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}


/***/ }),

/***/ 28541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rv: () => (/* binding */ runDelete),
  zt: () => (/* binding */ runDeploy),
  Fo: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cluster/errors.ts

/** The API server answered with an HTTP error; keeps the status so callers can branch on it. */
class ApiStatusError extends errors/* ClusterError */.b$ {
    httpStatus;
    status;
    constructor(cluster, httpStatus, status, context) {
        super(cluster, `${context}: ${status.message ?? `HTTP ${httpStatus}`}`, {
            // 429 and 5xx come from an overloaded or restarting server; the same call may succeed later.
            retryable: httpStatus === 429 || httpStatus >= 500,
        });
        this.httpStatus = httpStatus;
        this.status = status;
    }
    get reason() {
        return this.status.reason ?? '';
    }
}
/** A server-side apply conflict: another field manager owns fields we try to set. */
class FieldConflictError extends ApiStatusError {
    conflicts;
    constructor(cluster, httpStatus, status, context) {
        super(cluster, httpStatus, status, context);
        this.conflicts = (status.details?.causes ?? []).map((cause) => ({
            manager: /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'unknown manager',
            field: cause.field ?? '',
        }));
        const summary = this.conflicts.map((c) => `${c.field} (owned by ${c.manager})`).join(', ');
        this.message = `cluster ${cluster}: ${context}: field conflict with another manager: ${summary}; ` +
            'pass force-conflicts to take ownership';
    }
}
/** The server could not be reached at all (refused, reset, DNS, TLS, timeout). Always retryable. */
class ClusterUnreachableError extends errors/* ClusterError */.b$ {
    constructor(cluster, server, cause) {
        super(cluster, `cannot reach API server ${server}: ${networkCauseText(cause)}`, { cause, retryable: true });
    }
}
function isNotFound(error) {
    return error instanceof ApiStatusError && error.httpStatus === 404;
}
function isConflict(error) {
    return error instanceof ApiStatusError && error.httpStatus === 409;
}
function isAlreadyExists(error) {
    return error instanceof ApiStatusError && error.httpStatus === 409 && error.reason === 'AlreadyExists';
}
/** Server-side apply says an immutable field (Job template, selector, ...) would change. */
function isImmutableFieldError(error) {
    return error instanceof ApiStatusError && error.httpStatus === 422 && /immutable/i.test(error.status.message ?? '');
}
function isGone(error) {
    return error instanceof ApiStatusError && error.httpStatus === 410;
}
function networkCauseText(cause) {
    // undici wraps the socket error: TypeError('fetch failed', { cause: Error('connect ECONNREFUSED ...') }).
    const parts = [];
    let current = cause;
    for (let depth = 0; current && depth < 4; depth += 1) {
        if (current instanceof Error) {
            if (current.message && !parts.includes(current.message))
                parts.push(current.message);
            current = current.cause;
        }
        else {
            parts.push(String(current));
            break;
        }
    }
    return parts.join(': ') || 'unknown network error';
}

;// CONCATENATED MODULE: ./src/cluster/discovery.ts


/** Maps apiVersion + kind to URL paths. Caches per group/version; a miss refetches once (new CRDs appear late). */
class Discovery {
    transport;
    cache = new Map();
    constructor(transport) {
        this.transport = transport;
    }
    async resourceFor(apiVersion, kind) {
        const found = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
        if (found)
            return found;
        this.invalidate(apiVersion);
        const refreshed = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
        if (refreshed)
            return refreshed;
        throw new errors/* ClusterError */.b$(this.transport.cluster, `the server has no resource of kind ${kind} in ${apiVersion}`);
    }
    /** The server's preferred version of a group, for kinds known only as `Kind.group` (ApplySet annotations). */
    async resourceForGroupKind(group, kind) {
        if (!group)
            return this.resourceFor('v1', kind);
        const { body } = await this.transport.json({
            method: 'GET',
            path: `/apis/${group}`,
            context: `discover group ${group}`,
        });
        const apiVersion = body.preferredVersion?.groupVersion;
        if (!apiVersion)
            throw new errors/* ClusterError */.b$(this.transport.cluster, `the server has no API group ${group}`);
        return this.resourceFor(apiVersion, kind);
    }
    /** Forget a group/version, e.g. after its CRD became Established. */
    invalidate(apiVersion) {
        this.cache.delete(apiVersion);
    }
    load(apiVersion) {
        let entry = this.cache.get(apiVersion);
        if (!entry) {
            entry = this.fetch(apiVersion);
            this.cache.set(apiVersion, entry);
            // A failed lookup must not poison the cache.
            entry.catch(() => this.cache.delete(apiVersion));
        }
        return entry;
    }
    async fetch(apiVersion) {
        try {
            const { body } = await this.transport.json({
                method: 'GET',
                path: apiBasePath(apiVersion),
                context: `discover ${apiVersion}`,
            });
            return (body.resources ?? [])
                .filter((resource) => !resource.name.includes('/'))
                .map((resource) => ({ apiVersion, kind: resource.kind, plural: resource.name, namespaced: resource.namespaced }));
        }
        catch (error) {
            // An unknown group/version (CRD not installed yet) is an empty list, not an error.
            if (isNotFound(error))
                return [];
            throw error;
        }
    }
}
function apiBasePath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
function collectionPath(resource, namespace) {
    const scope = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${apiBasePath(resource.apiVersion)}${scope}/${resource.plural}`;
}
function objectPath(resource, name, namespace) {
    return `${collectionPath(resource, namespace)}/${encodeURIComponent(name)}`;
}

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(53329);
;// CONCATENATED MODULE: ./src/cluster/transport.ts



const RETRY_DELAYS_MS = [250, 750, 1500];
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * Raw HTTP to one API server, authenticated by the KubeConfig (exec plugins, tokens, client certs all handled by
 * client-node). We talk REST directly instead of through the generated clients: server-side apply, dry runs, watch
 * streams, logs and /metrics all need the raw request, and the generated models drop fields of unknown kinds.
 */
class KubeTransport {
    cluster;
    kubeConfig;
    http = new dist/* IsomorphicFetchHttpLibrary */.l1q();
    dispatcher;
    closed = false;
    /** Mutating requests sent (dry runs excluded): the benchmark's "writes per object" on the client side. */
    writes = 0;
    constructor(cluster, kubeConfig) {
        this.cluster = cluster;
        this.kubeConfig = kubeConfig;
    }
    get server() {
        return this.kubeConfig.getCurrentCluster()?.server ?? '(no server in kubeconfig)';
    }
    async request(request) {
        // Retrying is safe for everything but POST: apply/put/delete/get converge to the same state when repeated.
        const retries = request.method === 'POST' ? 0 : RETRY_DELAYS_MS.length;
        for (let attempt = 0;; attempt += 1) {
            try {
                const response = await this.send(request);
                if (response.status >= 400)
                    throw this.statusError(request, response);
                return response;
            }
            catch (error) {
                const retryable = error instanceof errors/* ClusterError */.b$ && error.retryable;
                const aborted = request.signal?.aborted ?? false;
                if (!retryable || aborted || attempt >= retries)
                    throw error;
                await sleep(RETRY_DELAYS_MS[attempt] ?? 1000);
            }
        }
    }
    async json(request) {
        const response = await this.request(request);
        return { status: response.status, body: (response.text ? JSON.parse(response.text) : {}) };
    }
    /** Opens a streaming GET (watch, log follow). The caller reads and cancels the stream. */
    async stream(request) {
        const ctx = await this.context(request);
        let response;
        try {
            response = await this.http.send(ctx).toPromise();
        }
        catch (error) {
            throw this.networkError(request, error);
        }
        if (response.httpStatusCode >= 400) {
            const text = await response.body.text();
            throw this.statusError(request, { status: response.httpStatusCode, text });
        }
        const body = response.body.stream();
        if (!body)
            throw new errors/* ClusterError */.b$(this.cluster, `${request.context}: empty response stream`, { retryable: true });
        return body;
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        const closable = this.dispatcher;
        void closable?.close?.().catch(() => undefined);
    }
    async send(request) {
        const isDryRun = request.query?.['dryRun'] !== undefined;
        if (request.method !== 'GET' && !isDryRun)
            this.writes += 1;
        const ctx = await this.context(request);
        try {
            const response = await this.http.send(ctx).toPromise();
            return { status: response.httpStatusCode, text: await response.body.text() };
        }
        catch (error) {
            throw this.networkError(request, error);
        }
    }
    async context(request) {
        if (this.closed)
            throw new errors/* ClusterError */.b$(this.cluster, `${request.context}: client already closed`);
        const url = new URL(this.server.replace(/\/+$/, '') + request.path);
        for (const [key, value] of Object.entries(request.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const ctx = new dist/* RequestContext */.bb4(url.toString(), request.method);
        await this.kubeConfig.applySecurityAuthentication(ctx);
        // client-node builds a fresh undici Agent per request (a new TLS handshake each time); one per cluster keeps
        // connections alive across the hundreds of calls a deploy makes. Credentials are still re-applied per request.
        this.dispatcher ??= ctx.getDispatcher();
        if (this.dispatcher)
            ctx.setDispatcher(this.dispatcher);
        ctx.setHeaderParam('Accept', 'application/json');
        if (request.body !== undefined) {
            ctx.setHeaderParam('Content-Type', request.contentType ?? 'application/json');
            ctx.setBody(JSON.stringify(request.body));
        }
        const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
        const signals = [request.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter((signal) => signal !== undefined);
        if (signals.length > 0)
            ctx.setSignal(AbortSignal.any(signals));
        return ctx;
    }
    statusError(request, response) {
        let status;
        try {
            status = JSON.parse(response.text);
        }
        catch {
            status = { message: response.text.slice(0, 300) || `HTTP ${response.status}` };
        }
        const isApply = request.contentType?.startsWith('application/apply-patch') ?? false;
        if (response.status === 409 && isApply && status.reason === 'Conflict') {
            return new FieldConflictError(this.cluster, response.status, status, request.context);
        }
        return new ApiStatusError(this.cluster, response.status, status, request.context);
    }
    networkError(request, error) {
        if (error instanceof errors/* ClusterError */.b$)
            return error;
        if (request.signal?.aborted) {
            return new errors/* ClusterError */.b$(this.cluster, `${request.context}: cancelled`, { cause: error });
        }
        return new ClusterUnreachableError(this.cluster, this.server, error);
    }
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/cluster/informer.ts




/**
 * A list-then-watch cache of one kind in one namespace, like client-go's reflector: relists on 410 Gone, resumes
 * from the last resourceVersion when the stream ends, and reports a lasting connection loss instead of hanging.
 */
class Informer {
    transport;
    resource;
    options;
    store = new Map();
    listeners = new Set();
    errorListeners = new Set();
    abort = new AbortController();
    resourceVersion = '';
    synced;
    failure;
    constructor(transport, resource, options = {}) {
        this.transport = transport;
        this.resource = resource;
        this.options = options;
    }
    /** Resolves once the first list is in the cache. */
    start() {
        this.synced ??= new Promise((resolve, reject) => {
            void this.run(resolve, reject);
        });
        return this.synced;
    }
    stop() {
        this.abort.abort();
    }
    get failed() {
        return this.failure;
    }
    list() {
        return [...this.store.values()];
    }
    get(name, namespace) {
        return this.store.get(storeKey(name, namespace));
    }
    subscribe(listener) {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
    }
    onError(listener) {
        this.errorListeners.add(listener);
        return () => this.errorListeners.delete(listener);
    }
    async run(resolve, reject) {
        let needList = true;
        let failingSince;
        let backoffMs = 200;
        while (!this.abort.signal.aborted) {
            try {
                if (needList) {
                    await this.relist();
                    needList = false;
                    resolve();
                }
                await this.watch();
                failingSince = undefined;
                backoffMs = 200;
            }
            catch (error) {
                if (this.abort.signal.aborted)
                    break;
                if (isGone(error) || error instanceof GoneSignal) {
                    needList = true;
                    continue;
                }
                const retryable = !(error instanceof errors/* ClusterError */.b$) || error.retryable;
                const now = Date.now();
                failingSince ??= now;
                if (!retryable || now - failingSince >= (this.options.failAfterMs ?? 15_000)) {
                    this.fail(asClusterError(this.transport.cluster, error, this.resource.kind));
                    reject(this.failure);
                    return;
                }
                await sleep(backoffMs, this.abort.signal);
                backoffMs = Math.min(backoffMs * 2, 2000);
                // After an outage our resourceVersion may have been compacted away; a fresh list is the safe resume point.
                if (now - failingSince > 2000)
                    needList = true;
            }
        }
    }
    async relist() {
        const { body } = await this.transport.json({
            method: 'GET',
            path: collectionPath(this.resource, this.options.namespace),
            query: { labelSelector: this.options.labelSelector, fieldSelector: this.options.fieldSelector },
            context: `list ${this.resource.kind}`,
            signal: this.abort.signal,
        });
        this.resourceVersion = body.metadata?.resourceVersion ?? '';
        const seen = new Set();
        for (const item of body.items ?? []) {
            // List items carry no apiVersion/kind; listeners expect whole objects.
            const object = { ...item, apiVersion: this.resource.apiVersion, kind: this.resource.kind };
            const key = storeKey(object.metadata.name, object.metadata.namespace);
            seen.add(key);
            const previous = this.store.get(key);
            this.store.set(key, object);
            if (previous?.metadata['resourceVersion'] !== object.metadata['resourceVersion']) {
                this.notify(previous ? 'MODIFIED' : 'ADDED', object);
            }
        }
        for (const [key, object] of this.store) {
            if (!seen.has(key)) {
                this.store.delete(key);
                this.notify('DELETED', object);
            }
        }
    }
    async watch() {
        const stream = await this.transport.stream({
            method: 'GET',
            path: collectionPath(this.resource, this.options.namespace),
            query: {
                watch: 'true',
                resourceVersion: this.resourceVersion,
                allowWatchBookmarks: 'true',
                timeoutSeconds: 240,
                labelSelector: this.options.labelSelector,
                fieldSelector: this.options.fieldSelector,
            },
            context: `watch ${this.resource.kind}`,
            signal: this.abort.signal,
            timeoutMs: 0,
        });
        const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        try {
            for (;;) {
                const { value, done } = await reader.read();
                if (done)
                    return;
                buffer += value;
                let newline = buffer.indexOf('\n');
                while (newline >= 0) {
                    const line = buffer.slice(0, newline).trim();
                    buffer = buffer.slice(newline + 1);
                    if (line)
                        this.handle(JSON.parse(line));
                    newline = buffer.indexOf('\n');
                }
            }
        }
        catch (error) {
            if (error instanceof errors/* ClusterError */.b$)
                throw error;
            if (this.abort.signal.aborted)
                return;
            throw new errors/* ClusterError */.b$(this.transport.cluster, `watch ${this.resource.kind} broke: ${String(error)}`, {
                cause: error,
                retryable: true,
            });
        }
        finally {
            reader.cancel().catch(() => undefined);
        }
    }
    handle(line) {
        if (line.type === 'ERROR') {
            if (line.object.code === 410) {
                throw new GoneSignal(this.transport.cluster);
            }
            throw new errors/* ClusterError */.b$(this.transport.cluster, `watch ${this.resource.kind}: ${line.object.message ?? 'error'}`, {
                retryable: true,
            });
        }
        const rv = line.object.metadata['resourceVersion'];
        if (typeof rv === 'string')
            this.resourceVersion = rv;
        if (line.type === 'BOOKMARK')
            return;
        const object = { ...line.object, apiVersion: this.resource.apiVersion, kind: this.resource.kind };
        const key = storeKey(object.metadata.name, object.metadata.namespace);
        if (line.type === 'DELETED')
            this.store.delete(key);
        else
            this.store.set(key, object);
        this.notify(line.type, object);
    }
    notify(type, object) {
        for (const listener of [...this.listeners]) {
            try {
                listener(type, object);
            }
            catch {
                // A listener bug must not kill the watch loop.
            }
        }
    }
    fail(error) {
        this.failure = error;
        for (const listener of [...this.errorListeners])
            listener(error);
    }
}
/** A 410 inside the stream: resourceVersion too old, so relist. Shaped like ApiStatusError for isGone(). */
class GoneSignal extends errors/* ClusterError */.b$ {
    httpStatus = 410;
    constructor(cluster) {
        super(cluster, 'watch expired (410 Gone)', { retryable: true });
    }
}
function storeKey(name, namespace) {
    return namespace ? `${namespace}/${name}` : name;
}
function asClusterError(cluster, error, kind) {
    if (error instanceof errors/* ClusterError */.b$)
        return error;
    return new errors/* ClusterError */.b$(cluster, `watching ${kind} failed: ${String(error)}`, { cause: error, retryable: true });
}

;// CONCATENATED MODULE: ./src/cluster/client.ts




/** The one field manager every k8deployer apply uses, so ownership is stable across runs and machines. */
const FIELD_MANAGER = 'k8deployer';
function connectCluster(name, kubeConfig, options = {}) {
    return new KubeClusterClient(name, kubeConfig, options);
}
class KubeClusterClient {
    name;
    options;
    transport;
    discovery;
    informers = new Map();
    constructor(name, kubeConfig, options) {
        this.name = name;
        this.options = options;
        this.transport = new KubeTransport(name, kubeConfig);
        this.discovery = new Discovery(this.transport);
    }
    get writes() {
        return this.transport.writes;
    }
    async apply(object, options = {}) {
        const body = applyBody(object);
        const resource = await this.resource(body.apiVersion, body.kind);
        const { status, body: result } = await this.transport.json({
            method: 'PATCH',
            path: objectPath(resource, body.metadata.name, body.metadata.namespace),
            query: {
                fieldManager: FIELD_MANAGER,
                force: options.force ? 'true' : undefined,
                dryRun: options.dryRun ? 'All' : undefined,
            },
            body,
            contentType: 'application/apply-patch+yaml',
            context: `${options.dryRun ? 'dry-run apply' : 'apply'} ${describe(body)}`,
            signal: options.signal,
        });
        return { object: withKind(result, body), created: status === 201 };
    }
    async create(object) {
        const body = structuredClone(object);
        const resource = await this.resource(body.apiVersion, body.kind);
        const { body: result } = await this.transport.json({
            method: 'POST',
            path: collectionPath(resource, body.metadata.namespace),
            query: { fieldManager: FIELD_MANAGER },
            body,
            context: `create ${describe(body)}`,
        });
        return withKind(result, body);
    }
    async replace(object) {
        const body = structuredClone(object);
        const resource = await this.resource(body.apiVersion, body.kind);
        const { body: result } = await this.transport.json({
            method: 'PUT',
            path: objectPath(resource, body.metadata.name, body.metadata.namespace),
            query: { fieldManager: FIELD_MANAGER },
            body,
            context: `update ${describe(body)}`,
        });
        return withKind(result, body);
    }
    async get(ref) {
        const resource = await this.resource(ref.apiVersion, ref.kind);
        try {
            const { body } = await this.transport.json({
                method: 'GET',
                path: objectPath(resource, ref.name, ref.namespace),
                context: `get ${describe(ref)}`,
            });
            return withKind(body, ref);
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    async list(apiVersion, kind, options = {}) {
        const resource = await this.resource(apiVersion, kind);
        const { body } = await this.transport.json({
            method: 'GET',
            path: collectionPath(resource, options.namespace),
            query: { labelSelector: options.labelSelector, fieldSelector: options.fieldSelector },
            context: `list ${kind}${options.namespace ? ` in ${options.namespace}` : ''}`,
        });
        return (body.items ?? []).map((item) => ({ ...item, apiVersion, kind }));
    }
    async delete(ref, options = {}) {
        const resource = await this.resource(ref.apiVersion, ref.kind);
        const preconditions = options.uid || options.resourceVersion ? { uid: options.uid, resourceVersion: options.resourceVersion } : undefined;
        try {
            await this.transport.request({
                method: 'DELETE',
                path: objectPath(resource, ref.name, ref.namespace),
                body: { apiVersion: 'v1', kind: 'DeleteOptions', propagationPolicy: options.propagation ?? 'Background', preconditions },
                context: `delete ${describe(ref)}`,
                signal: options.signal,
            });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
            throw error;
        }
    }
    resource(apiVersion, kind) {
        return this.discovery.resourceFor(apiVersion, kind);
    }
    resourceForGroupKind(group, kind) {
        return this.discovery.resourceForGroupKind(group, kind);
    }
    refreshDiscovery(apiVersion) {
        this.discovery.invalidate(apiVersion);
    }
    informer(apiVersion, kind, options = {}) {
        const key = JSON.stringify([apiVersion, kind, options.namespace, options.labelSelector, options.fieldSelector]);
        let entry = this.informers.get(key);
        if (!entry) {
            entry = (async () => {
                const resource = await this.resource(apiVersion, kind);
                const informer = new Informer(this.transport, resource, {
                    ...options,
                    failAfterMs: this.options.watchFailAfterMs,
                });
                await informer.start();
                return informer;
            })();
            this.informers.set(key, entry);
            entry.catch(() => this.informers.delete(key));
        }
        return entry;
    }
    async eventsFor(object, limit = 8) {
        const uid = object.metadata['uid'];
        if (typeof uid !== 'string')
            return [];
        const { body } = await this.transport.json({
            method: 'GET',
            path: object.metadata.namespace ? `/api/v1/namespaces/${object.metadata.namespace}/events` : '/api/v1/events',
            query: { fieldSelector: `involvedObject.uid=${uid}` },
            context: `events of ${describe(object.metadata.namespace ? { ...object.metadata, kind: object.kind } : { kind: object.kind, name: object.metadata.name })}`,
        });
        const sorted = (body.items ?? []).sort((a, b) => eventTime(a) - eventTime(b));
        const warnings = sorted.filter((event) => event.type === 'Warning');
        // Warnings explain failures; routine events (scaling, scheduling) only when there is nothing else.
        return (warnings.length > 0 ? warnings : sorted)
            .slice(-limit)
            .map((event) => `${event.type ?? 'Normal'} ${event.reason ?? ''}: ${event.message ?? ''}`.trim());
    }
    async logTail(namespace, pod, container, options = {}) {
        try {
            const response = await this.transport.request({
                method: 'GET',
                path: `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(pod)}/log`,
                query: { container, tailLines: options.lines ?? 20, previous: options.previous ? 'true' : undefined },
                context: `log of pod ${namespace}/${pod}`,
                timeoutMs: 5000,
            });
            return { lines: response.text.split('\n').filter((line) => line.length > 0) };
        }
        catch (error) {
            // Logs come from the kubelet; simulated nodes (kwok) and stopped nodes have none. Never fail a deploy on it.
            return { unavailable: error instanceof Error ? error.message : String(error) };
        }
    }
    async metrics() {
        return (await this.transport.request({ method: 'GET', path: '/metrics', context: 'read /metrics' })).text;
    }
    close() {
        for (const entry of this.informers.values()) {
            entry.then((informer) => informer.stop()).catch(() => undefined);
        }
        this.informers.clear();
        this.transport.close();
    }
}
function eventTime(event) {
    return Date.parse(event.lastTimestamp ?? event.eventTime ?? event.metadata?.creationTimestamp ?? '') || 0;
}
/** A copy fit for server-side apply: server-owned metadata removed (a stale resourceVersion would conflict). */
function applyBody(object) {
    const body = structuredClone(object);
    for (const field of ['resourceVersion', 'uid', 'creationTimestamp', 'managedFields', 'generation', 'selfLink']) {
        delete body.metadata[field];
    }
    delete body['status'];
    return body;
}
function withKind(result, like) {
    return { ...result, apiVersion: result.apiVersion || like.apiVersion, kind: result.kind || like.kind };
}
function describe(ref) {
    const name = ref.metadata?.name ?? ref.name ?? '';
    const namespace = ref.metadata?.namespace ?? ref.namespace;
    return namespace ? `${ref.kind} ${namespace}/${name}` : `${ref.kind} ${name}`;
}

// EXTERNAL MODULE: ./src/events.ts
var events = __webpack_require__(15694);
// EXTERNAL MODULE: ./src/settings/types.ts
var types = __webpack_require__(31664);
// EXTERNAL MODULE: ./src/kube/object.ts
var kube_object = __webpack_require__(34374);
;// CONCATENATED MODULE: ./src/plan/references.ts
/** Names of the ConfigMaps, Secrets, ServiceAccount and PVCs a workload's pod template uses. */
function referencedNames(workload) {
    const refs = { ConfigMap: [], Secret: [], ServiceAccount: [], PersistentVolumeClaim: [] };
    const podSpec = podSpecOf(workload);
    if (!podSpec)
        return refs;
    const add = (kind, name) => {
        if (typeof name === 'string' && name && !refs[kind].includes(name))
            refs[kind].push(name);
    };
    add('ServiceAccount', podSpec['serviceAccountName'] ?? podSpec['serviceAccount']);
    for (const secret of asArray(podSpec['imagePullSecrets']))
        add('Secret', secret['name']);
    for (const volume of asArray(podSpec['volumes'])) {
        add('ConfigMap', asRecord(volume['configMap'])['name']);
        add('Secret', asRecord(volume['secret'])['secretName']);
        add('PersistentVolumeClaim', asRecord(volume['persistentVolumeClaim'])['claimName']);
        for (const source of asArray(asRecord(volume['projected'])['sources'])) {
            add('ConfigMap', asRecord(source['configMap'])['name']);
            add('Secret', asRecord(source['secret'])['name']);
        }
    }
    const containers = [...asArray(podSpec['initContainers']), ...asArray(podSpec['containers'])];
    for (const container of containers) {
        for (const envFrom of asArray(container['envFrom'])) {
            add('ConfigMap', asRecord(envFrom['configMapRef'])['name']);
            add('Secret', asRecord(envFrom['secretRef'])['name']);
        }
        for (const env of asArray(container['env'])) {
            const from = asRecord(env['valueFrom']);
            add('ConfigMap', asRecord(from['configMapKeyRef'])['name']);
            add('Secret', asRecord(from['secretKeyRef'])['name']);
        }
    }
    return refs;
}
function podSpecOf(workload) {
    const spec = asRecord(workload['spec']);
    if (workload.kind === 'Pod')
        return spec;
    if (workload.kind === 'CronJob')
        return asRecord(asRecord(asRecord(asRecord(spec['jobTemplate'])['spec'])['template'])['spec']);
    return asRecord(asRecord(spec['template'])['spec']);
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function asArray(value) {
    return Array.isArray(value) ? value.map(asRecord) : [];
}

;// CONCATENATED MODULE: ./src/plan/graph.ts



/** Objects that must be ready before others are applied. Built per engine.md ("Order"). */
class DependencyGraph {
    nodes = new Map();
    constructor(objects) {
        for (const desired of objects) {
            const key = (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(desired.object));
            if (this.nodes.has(key))
                throw new errors/* K8deployerError */.QX(`the desired set contains ${key} twice`);
            this.nodes.set(key, { key, desired, dependsOn: new Set(), dependents: new Set() });
        }
    }
    addEdge(from, to) {
        if (from === to)
            return;
        const node = this.nodes.get(from);
        const target = this.nodes.get(to);
        if (!node || !target)
            return;
        node.dependsOn.add(to);
        target.dependents.add(from);
    }
    /** Dependencies first. Throws naming the cycle when there is one. */
    order() {
        const cycle = findCycle(this);
        if (cycle)
            throw new errors/* K8deployerError */.QX(`dependency cycle: ${cycle.join(' → ')}`);
        const result = [];
        const done = new Set();
        const visit = (node) => {
            if (done.has(node.key))
                return;
            done.add(node.key);
            for (const dep of node.dependsOn) {
                const next = this.nodes.get(dep);
                if (next)
                    visit(next);
            }
            result.push(node);
        };
        for (const node of this.nodes.values())
            visit(node);
        return result;
    }
    /**
     * Length of the longest chain of dependents hanging off each object, weighting workloads (which take time to
     * become ready) over objects that are ready once applied. Higher = more urgent to apply.
     */
    criticality() {
        const memo = new Map();
        const visit = (node) => {
            const known = memo.get(node.key);
            if (known !== undefined)
                return known;
            let longest = 0;
            for (const key of node.dependents) {
                const next = this.nodes.get(key);
                if (next)
                    longest = Math.max(longest, visit(next));
            }
            const value = longest + (SLOW_KINDS.has(node.desired.object.kind) ? 10 : 1);
            memo.set(node.key, value);
            return value;
        };
        for (const node of this.nodes.values())
            visit(node);
        return memo;
    }
    /** Longest chain of dependencies (in nodes): what bounds a DAG-scheduled deploy's wall time. */
    depth() {
        const memo = new Map();
        const depthOf = (node) => {
            const known = memo.get(node.key);
            if (known !== undefined)
                return known;
            let deepest = 0;
            for (const dep of node.dependsOn) {
                const next = this.nodes.get(dep);
                if (next)
                    deepest = Math.max(deepest, depthOf(next));
            }
            memo.set(node.key, deepest + 1);
            return deepest + 1;
        };
        return Math.max(0, ...[...this.order()].map(depthOf));
    }
}
/** Returns the keys along one cycle (first key repeated at the end), or undefined. */
function findCycle(graph) {
    const state = new Map();
    const stack = [];
    const visit = (key) => {
        const seen = state.get(key);
        if (seen === 'done')
            return undefined;
        if (seen === 'visiting')
            return [...stack.slice(stack.indexOf(key)), key];
        state.set(key, 'visiting');
        stack.push(key);
        for (const dep of graph.nodes.get(key)?.dependsOn ?? []) {
            const cycle = visit(dep);
            if (cycle)
                return cycle;
        }
        stack.pop();
        state.set(key, 'done');
        return undefined;
    };
    for (const key of graph.nodes.keys()) {
        const cycle = visit(key);
        if (cycle)
            return cycle;
    }
    return undefined;
}
/** Kinds whose readiness takes real time (pods, controllers). */
const SLOW_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'Pod', 'CustomResourceDefinition', 'APIService']);
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod']);
const WORKLOAD_INPUTS = new Set([
    'ConfigMap',
    'Secret',
    'ServiceAccount',
    'PersistentVolumeClaim',
    'Role',
    'RoleBinding',
    'ClusterRole',
    'ClusterRoleBinding',
]);
/** The built-in edges of engine.md plus the spec's component `depends`. */
function buildGraph(objects, components = []) {
    const graph = new DependencyGraph(objects);
    const byKindName = new Map();
    const crdKeys = new Map();
    for (const node of graph.nodes.values()) {
        const object = node.desired.object;
        byKindName.set(kindNameKey(object.kind, object.metadata.name, object.metadata.namespace), node.key);
        if (object.kind === 'CustomResourceDefinition') {
            const spec = object['spec'];
            if (spec?.group && spec.names?.kind)
                crdKeys.set(`${spec.names.kind}.${spec.group}`, node.key);
        }
    }
    const find = (kind, name, namespace) => byKindName.get(kindNameKey(kind, name, namespace));
    for (const node of graph.nodes.values()) {
        const object = node.desired.object;
        const namespace = object.metadata.namespace;
        if (namespace) {
            const nsKey = find('Namespace', namespace);
            if (nsKey)
                graph.addEdge(node.key, nsKey);
        }
        const crd = crdKeys.get(`${object.kind}.${(0,kube_object/* groupOf */.F8)(object.apiVersion)}`);
        if (crd)
            graph.addEdge(node.key, crd);
        for (const edge of bindingEdges(object)) {
            const target = find(edge.kind, edge.name, edge.kind.startsWith('Cluster') ? undefined : namespace);
            if (target)
                graph.addEdge(node.key, target);
        }
        if (object.kind === 'PersistentVolumeClaim') {
            const className = object['spec']?.storageClassName;
            const target = className ? find('StorageClass', className) : undefined;
            if (target)
                graph.addEdge(node.key, target);
        }
        if (WORKLOADS.has(object.kind))
            addWorkloadEdges(graph, node, find);
    }
    addComponentEdges(graph, components);
    return graph;
}
function addWorkloadEdges(graph, node, find) {
    const object = node.desired.object;
    const namespace = object.metadata.namespace;
    const refs = referencedNames(object);
    for (const [kind, names] of Object.entries(refs)) {
        for (const name of names) {
            const target = find(kind, name, namespace);
            if (target)
                graph.addEdge(node.key, target);
        }
    }
    const serviceAccount = refs.ServiceAccount[0] ?? 'default';
    for (const other of graph.nodes.values()) {
        const candidate = other.desired.object;
        if (!WORKLOAD_INPUTS.has(candidate.kind))
            continue;
        // Inputs of the same component come first even when referenced indirectly (env from generated names, RBAC).
        const sameComponent = other.desired.component === node.desired.component;
        const bindsOurAccount = (candidate.kind === 'RoleBinding' || candidate.kind === 'ClusterRoleBinding') &&
            bindsServiceAccount(candidate, serviceAccount, namespace);
        if (sameComponent || bindsOurAccount)
            graph.addEdge(node.key, other.key);
    }
}
function addComponentEdges(graph, components) {
    const byComponent = new Map();
    for (const node of graph.nodes.values()) {
        const list = byComponent.get(node.desired.component) ?? [];
        list.push(node.key);
        byComponent.set(node.desired.component, list);
    }
    for (const component of components) {
        for (const dependency of component.depends) {
            if (!components.some((entry) => entry.name === dependency)) {
                throw new errors/* K8deployerError */.QX(`component ${component.name} depends on unknown component ${dependency}`);
            }
            for (const from of byComponent.get(component.name) ?? []) {
                for (const to of byComponent.get(dependency) ?? [])
                    graph.addEdge(from, to);
            }
        }
    }
}
function bindingEdges(object) {
    if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding')
        return [];
    const roleRef = object['roleRef'];
    return roleRef?.kind && roleRef.name ? [{ kind: roleRef.kind, name: roleRef.name }] : [];
}
function bindsServiceAccount(binding, account, namespace) {
    const subjects = binding['subjects'] ?? [];
    return subjects.some((subject) => subject.kind === 'ServiceAccount' &&
        subject.name === account &&
        (subject.namespace ?? binding.metadata.namespace) === namespace);
}
function kindNameKey(kind, name, namespace) {
    return `${kind}/${namespace ?? ''}/${name}`;
}

;// CONCATENATED MODULE: ./src/track/fields.ts
/** Safe readers for the loosely typed JSON of a live object (status fields may be absent at any depth). */
function field(value, ...path) {
    let current = value;
    for (const key of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function numberAt(value, ...path) {
    const found = field(value, ...path);
    return typeof found === 'number' ? found : undefined;
}
function stringAt(value, ...path) {
    const found = field(value, ...path);
    return typeof found === 'string' ? found : undefined;
}
function arrayAt(value, ...path) {
    const found = field(value, ...path);
    return Array.isArray(found) ? found : [];
}
function conditionsOf(object) {
    return arrayAt(object, 'status', 'conditions').filter((entry) => typeof field(entry, 'type') === 'string' && typeof field(entry, 'status') === 'string');
}
function condition(object, type) {
    return conditionsOf(object).find((entry) => entry.type === type);
}
function generationOf(object) {
    return numberAt(object, 'metadata', 'generation');
}
function uidOf(object) {
    return stringAt(object, 'metadata', 'uid');
}
function ownedBy(object, ownerUid) {
    if (!ownerUid)
        return false;
    return arrayAt(object, 'metadata', 'ownerReferences').some((owner) => field(owner, 'uid') === ownerUid);
}

;// CONCATENATED MODULE: ./src/track/failfast.ts

const defaultThresholds = {
    imagePullMs: 60_000,
    createContainerMs: 60_000,
    unschedulableMs: 60_000,
    unschedulableScalingUpMs: 300_000,
    failedCreateMs: 30_000,
    failedMountMs: 120_000,
    oomRestarts: 2,
    noProgressMs: 240_000,
};
const FAIL_AT_ONCE = new Set(['ErrImageNeverPull', 'InvalidImageName']);
const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff']);
const CREATE_CONTAINER = new Set(['CreateContainerConfigError', 'CreateContainerError']);
/** Looks at one pod of the new revision. Pure given `firstSeen` and `now`. */
function podFailure(pod, now, firstSeen, limits, events = {}) {
    const uid = uidOf(pod) ?? pod.metadata.name;
    let recheckAt;
    const later = (at) => {
        recheckAt = recheckAt === undefined ? at : Math.min(recheckAt, at);
    };
    const statuses = [...arrayAt(pod, 'status', 'initContainerStatuses'), ...arrayAt(pod, 'status', 'containerStatuses')];
    for (const status of statuses) {
        const name = stringAt(status, 'name') ?? '?';
        const waitingReason = stringAt(status, 'state', 'waiting', 'reason');
        const waitingMessage = stringAt(status, 'state', 'waiting', 'message');
        const withMessage = (reason) => waitingMessage ? `container ${name} ${reason}: ${waitingMessage}` : `container ${name} ${reason}`;
        const failure = (reason, previousLog = false) => ({
            failure: { reason, pod, container: name, previousLog },
        });
        if (waitingReason && FAIL_AT_ONCE.has(waitingReason))
            return failure(withMessage(waitingReason));
        if (waitingReason === 'CrashLoopBackOff')
            return failure(crashText(name, status), true);
        const restarts = numberAt(status, 'restartCount') ?? 0;
        const lastReason = stringAt(status, 'lastState', 'terminated', 'reason');
        if (lastReason === 'OOMKilled' && restarts >= limits.oomRestarts) {
            return failure(`container ${name} OOMKilled (restarted ${restarts} times)`, true);
        }
        const persistent = waitingReason && (IMAGE_PULL.has(waitingReason) || CREATE_CONTAINER.has(waitingReason));
        if (waitingReason && persistent) {
            const limit = IMAGE_PULL.has(waitingReason) ? limits.imagePullMs : limits.createContainerMs;
            // ErrImagePull and ImagePullBackOff alternate; they are one signal.
            const family = IMAGE_PULL.has(waitingReason) ? 'image-pull' : 'create-container';
            const since = firstSeen(`${uid}/${name}/${family}`);
            if (now - since >= limit)
                return failure(withMessage(waitingReason));
            later(since + limit);
        }
    }
    const scheduled = condition(pod, 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
        const since = Math.min(firstSeen(`${uid}/unschedulable`), Date.parse(scheduled.lastTransitionTime ?? '') || now);
        const limit = events.scalingUp ? limits.unschedulableScalingUpMs : limits.unschedulableMs;
        if (now - since >= limit) {
            const waited = events.scalingUp ? ` (the cluster autoscaler's scale-up did not help within ${Math.round(limit / 1000)} s)` : '';
            return { failure: { reason: `pod ${pod.metadata.name} unschedulable: ${scheduled.message ?? ''}${waited}`.trim(), pod } };
        }
        later(since + limit);
    }
    return recheckAt === undefined ? {} : { recheckAt };
}
/** A ReplicaSet (or other controller) that cannot create its pods (quota, admission webhook, bad SA). */
function controllerFailure(controller, now, firstSeen, limits) {
    const replicaFailure = condition(controller, 'ReplicaFailure');
    if (replicaFailure?.status !== 'True')
        return {};
    const key = `${uidOf(controller) ?? controller.metadata.name}/failed-create`;
    const since = Math.min(firstSeen(key), Date.parse(replicaFailure.lastTransitionTime ?? '') || now);
    if (now - since >= limits.failedCreateMs) {
        return { failure: { reason: `${replicaFailure.reason ?? 'FailedCreate'}: ${replicaFailure.message ?? ''}`.trim() } };
    }
    return { recheckAt: since + limits.failedCreateMs };
}
/** The ReplicaSet a Deployment is rolling out to (same revision annotation as the Deployment). */
function newReplicaSetOf(deployment, replicaSets) {
    const revision = deployment.metadata.annotations?.['deployment.kubernetes.io/revision'];
    if (!revision)
        return undefined;
    return replicaSets.find((rs) => ownedBy(rs, uidOf(deployment)) && rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision);
}
/**
 * Pods that belong to the revision being rolled out. Old pods failing is not our rollout's fault (and they are
 * about to be replaced), so only these count for fail-fast.
 */
function podsOfNewRevision(workload, pods, replicaSets) {
    const uid = uidOf(workload);
    switch (workload.kind) {
        case 'Deployment': {
            const rs = newReplicaSetOf(workload, replicaSets);
            return rs ? pods.filter((pod) => ownedBy(pod, uidOf(rs))) : [];
        }
        case 'StatefulSet': {
            const revision = stringAt(workload, 'status', 'updateRevision');
            return pods.filter((pod) => ownedBy(pod, uid) && (!revision || pod.metadata.labels?.['controller-revision-hash'] === revision));
        }
        case 'DaemonSet': {
            const generation = String(numberAt(workload, 'metadata', 'generation') ?? '');
            return pods.filter((pod) => ownedBy(pod, uid) && pod.metadata.labels?.['pod-template-generation'] === generation);
        }
        case 'Job':
            return pods.filter((pod) => ownedBy(pod, uid));
        case 'Pod':
            return [workload];
        default:
            return [];
    }
}
function crashText(name, status) {
    const terminated = field(status, 'lastState', 'terminated');
    const exitCode = numberAt(terminated, 'exitCode');
    const reason = stringAt(terminated, 'reason');
    const message = stringAt(terminated, 'message');
    const parts = [`container ${name} CrashLoopBackOff`];
    if (exitCode !== undefined)
        parts.push(`exit code ${exitCode}${reason ? ` (${reason})` : ''}`);
    else if (reason)
        parts.push(reason);
    if (message)
        parts.push(message.trim().split('\n').slice(-1)[0] ?? '');
    return parts.join(': ');
}
const EVENT_RULES = {
    // A controller that cannot create its pods (quota, admission webhook, missing ServiceAccount).
    FailedCreate: { limit: (limits) => limits.failedCreateMs, repeats: 2 },
    FailedMount: { limit: (limits) => limits.failedMountMs },
    FailedAttachVolume: { limit: (limits) => limits.failedMountMs },
};
/**
 * Warning events about the objects of the new revision (its controller and pods): FailedCreate twice or for 30 s,
 * FailedMount / FailedAttachVolume for 2 min. Pure given `now`.
 */
/** Pods for which the cluster autoscaler has triggered a scale-up (event reason TriggeredScaleUp). */
function podsScalingUp(events) {
    const uids = new Set();
    for (const event of events) {
        if (event.reason === 'TriggeredScaleUp' && event.involvedObject?.uid)
            uids.add(event.involvedObject.uid);
    }
    return uids;
}
function eventFailure(events, uids, now, limits) {
    let recheckAt;
    for (const event of events) {
        const rule = event.type === 'Warning' && event.reason ? EVENT_RULES[event.reason] : undefined;
        if (!rule || !uids.has(event.involvedObject?.uid ?? ''))
            continue;
        const since = Date.parse(event.firstTimestamp ?? event.eventTime ?? '') || now;
        const count = event.series?.count ?? event.count ?? 1;
        const limit = rule.limit(limits);
        if ((rule.repeats !== undefined && count >= rule.repeats) || now - since >= limit) {
            const subject = event.involvedObject?.kind === 'Pod' ? `pod ${event.involvedObject.name ?? ''} ` : '';
            return { failure: { reason: `${subject}${event.reason}: ${event.message ?? ''}`.trim() } };
        }
        recheckAt = Math.min(recheckAt ?? Infinity, since + limit);
    }
    return recheckAt === undefined ? {} : { recheckAt };
}
/** One line about the new revision's pods for progress output, e.g. `pods: 1 ready, 1 ImagePullBackOff`. */
function podStates(pods) {
    if (pods.length === 0)
        return '';
    const counts = new Map();
    for (const pod of pods) {
        const ready = condition(pod, 'Ready')?.status === 'True';
        const waiting = [...arrayAt(pod, 'status', 'initContainerStatuses'), ...arrayAt(pod, 'status', 'containerStatuses')]
            .map((status) => stringAt(status, 'state', 'waiting', 'reason'))
            .find((reason) => reason !== undefined);
        const state = ready ? 'ready' : (waiting ?? stringAt(pod, 'status', 'phase') ?? 'Pending');
        counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    return `pods: ${[...counts].map(([state, count]) => `${count} ${state}`).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/track/verdict.ts

function ready(message, warning) {
    return warning ? { status: events/* ObjectStatus */.k7.Ready, message, warning } : { status: events/* ObjectStatus */.k7.Ready, message };
}
function inProgress(message) {
    return { status: events/* ObjectStatus */.k7.InProgress, message };
}
function conditionText(type, entry) {
    const reason = entry.reason ? ` (${entry.reason})` : '';
    const message = entry.message ? `: ${entry.message}` : '';
    return `${type}=${entry.status}${reason}${message}`;
}

;// CONCATENATED MODULE: ./src/track/workloads.ts



function deploymentReadiness(object) {
    const progressing = condition(object, 'Progressing');
    if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Progressing', progressing) };
    }
    const want = numberAt(object, 'spec', 'replicas') ?? 1;
    const total = numberAt(object, 'status', 'replicas') ?? 0;
    if (field(object, 'spec', 'paused') === true)
        return ready(`${total} replicas`, 'rollout is paused');
    if (want === 0)
        return total === 0 ? ready('scaled to 0') : inProgress(`${total} replicas terminating`);
    const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
    const available = numberAt(object, 'status', 'availableReplicas') ?? 0;
    const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
    if (updated < want)
        return inProgress(`${updated} of ${want} replicas updated`);
    if (total > updated)
        return inProgress(`${total - updated} old replicas pending termination`);
    if (available < want)
        return inProgress(`${available} of ${want} updated replicas available`);
    if (readyCount < want)
        return inProgress(`${readyCount} of ${want} replicas ready`);
    return ready(`${want}/${want} replicas ready`);
}
function statefulSetReadiness(object) {
    const want = numberAt(object, 'spec', 'replicas') ?? 1;
    const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
    if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
        return ready(`${readyCount}/${want} replicas ready`, 'OnDelete strategy: pods update only when deleted');
    }
    const partition = numberAt(object, 'spec', 'updateStrategy', 'rollingUpdate', 'partition') ?? 0;
    const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
    if (partition > 0) {
        // Only ordinals ≥ partition are meant to update; the rest legitimately stay on the old revision.
        const expected = Math.max(0, want - partition);
        if (updated < expected)
            return inProgress(`${updated} of ${expected} partitioned replicas updated`);
        if (readyCount < want)
            return inProgress(`${readyCount} of ${want} replicas ready`);
        return ready(`${want}/${want} replicas ready (partition ${partition})`);
    }
    if (readyCount < want)
        return inProgress(`${readyCount} of ${want} replicas ready`);
    const current = numberAt(object, 'status', 'currentReplicas') ?? 0;
    const currentRevision = stringAt(object, 'status', 'currentRevision');
    const updateRevision = stringAt(object, 'status', 'updateRevision');
    if (updateRevision && currentRevision !== updateRevision) {
        return inProgress(`${updated} of ${want} replicas at revision ${updateRevision}`);
    }
    if (current < want)
        return inProgress(`${current} of ${want} replicas current`);
    return ready(`${want}/${want} replicas ready`);
}
function daemonSetReadiness(object) {
    const desired = numberAt(object, 'status', 'desiredNumberScheduled');
    if (desired === undefined)
        return inProgress('waiting for the controller to schedule');
    const updated = numberAt(object, 'status', 'updatedNumberScheduled') ?? 0;
    const available = numberAt(object, 'status', 'numberAvailable') ?? 0;
    const readyCount = numberAt(object, 'status', 'numberReady') ?? 0;
    if (updated < desired)
        return inProgress(`${updated} of ${desired} pods updated`);
    if (available < desired)
        return inProgress(`${available} of ${desired} pods available`);
    if (readyCount < desired)
        return inProgress(`${readyCount} of ${desired} pods ready`);
    return ready(`${desired}/${desired} pods ready`);
}
function jobReadiness(object) {
    const failed = condition(object, 'Failed');
    if (failed?.status === 'True')
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Failed', failed) };
    const complete = condition(object, 'Complete');
    if (complete?.status === 'True')
        return ready('complete');
    const active = numberAt(object, 'status', 'active') ?? 0;
    const succeeded = numberAt(object, 'status', 'succeeded') ?? 0;
    return inProgress(`running: ${active} active, ${succeeded} succeeded`);
}
function podReadiness(object) {
    const phase = stringAt(object, 'status', 'phase') ?? 'Pending';
    if (phase === 'Succeeded')
        return ready('succeeded');
    if (phase === 'Failed') {
        const reason = stringAt(object, 'status', 'reason') ?? stringAt(object, 'status', 'message') ?? 'pod failed';
        return { status: events/* ObjectStatus */.k7.Failed, message: `phase Failed: ${reason}` };
    }
    if (condition(object, 'Ready')?.status === 'True')
        return ready('ready');
    const waiting = arrayAt(object, 'status', 'containerStatuses')
        .map((status) => {
        const reason = stringAt(status, 'state', 'waiting', 'reason');
        return reason ? `container ${stringAt(status, 'name') ?? '?'} ${reason}` : undefined;
    })
        .filter((text) => text !== undefined);
    return inProgress(waiting.length > 0 ? `${phase}: ${waiting.join(', ')}` : `phase ${phase}`);
}

;// CONCATENATED MODULE: ./src/track/readiness.ts




/** Kinds that carry no health signal: they are ready as soon as the server accepted them. */
const READY_WHEN_APPLIED = new Set([
    'ConfigMap',
    'Secret',
    'ServiceAccount',
    'Role',
    'RoleBinding',
    'ClusterRole',
    'ClusterRoleBinding',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'LimitRange',
    'ResourceQuota',
    'StorageClass',
    'PriorityClass',
    'IngressClass',
]);
/** Workload kinds whose status is meaningless until the controller observed the current generation. */
const CONTROLLED_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);
/** object → readiness. Pure: same object in, same answer out. The rules are those of docs engine.md. */
function readinessOf(object, context = {}) {
    const generic = genericPrelude(object, context);
    if (generic)
        return generic;
    const byKind = KIND_RULES[object.kind];
    if (byKind)
        return byKind(object, context);
    if (READY_WHEN_APPLIED.has(object.kind))
        return ready('applied');
    return genericConditions(object);
}
const KIND_RULES = {
    Deployment: deploymentReadiness,
    StatefulSet: statefulSetReadiness,
    DaemonSet: daemonSetReadiness,
    Job: jobReadiness,
    Pod: podReadiness,
    Service: serviceReadiness,
    PersistentVolumeClaim: pvcReadiness,
    CustomResourceDefinition: crdReadiness,
    APIService: apiServiceReadiness,
    Namespace: namespaceReadiness,
};
function genericPrelude(object, context) {
    const uid = uidOf(object);
    if (context.expectedUid && uid && uid !== context.expectedUid) {
        return { status: events/* ObjectStatus */.k7.Failed, message: 'object was deleted and re-created by someone else (UID changed)' };
    }
    if (stringAt(object, 'metadata', 'deletionTimestamp')) {
        return { status: events/* ObjectStatus */.k7.Terminating, message: 'being deleted' };
    }
    const generation = generationOf(object);
    if (context.minGeneration !== undefined && (generation ?? 0) < context.minGeneration) {
        return inProgress(`stale read: generation ${generation ?? 0} < applied ${context.minGeneration}`);
    }
    const observed = numberAt(object, 'status', 'observedGeneration');
    if (generation !== undefined && observed !== undefined && observed < generation) {
        return inProgress(`waiting for the controller to observe generation ${generation} (seen ${observed})`);
    }
    if (CONTROLLED_KINDS.has(object.kind) && generation !== undefined && observed === undefined) {
        return inProgress('waiting for the controller to observe the object');
    }
    const stalled = condition(object, 'Stalled');
    if (stalled?.status === 'True') {
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Stalled', stalled) };
    }
    const reconciling = condition(object, 'Reconciling');
    if (reconciling?.status === 'True')
        return inProgress(conditionText('Reconciling', reconciling));
    return undefined;
}
function genericConditions(object) {
    const readyCondition = condition(object, 'Ready');
    if (readyCondition) {
        return readyCondition.status === 'True' ? ready('Ready') : inProgress(conditionText('Ready', readyCondition));
    }
    return ready('no health signal');
}
function serviceReadiness(object) {
    const type = stringAt(object, 'spec', 'type') ?? 'ClusterIP';
    if (type === 'ExternalName')
        return ready('external name');
    const clusterIP = stringAt(object, 'spec', 'clusterIP');
    if (!clusterIP)
        return inProgress('waiting for a cluster IP');
    if (type === 'LoadBalancer') {
        const ingress = field(object, 'status', 'loadBalancer', 'ingress');
        if (!Array.isArray(ingress) || ingress.length === 0)
            return inProgress('waiting for a load balancer address');
        const first = ingress[0];
        return ready(`load balancer ${first.ip ?? first.hostname ?? ''}`.trim());
    }
    return ready(clusterIP === 'None' ? 'headless' : `cluster IP ${clusterIP}`);
}
function pvcReadiness(object, context) {
    const phase = stringAt(object, 'status', 'phase');
    if (phase === 'Bound')
        return ready('bound');
    // Lost can be transient (the controller saw the claim before its volume); the object timeout ends a real loss.
    if (phase === 'Lost')
        return inProgress('claim lost its volume (waiting for it to come back)');
    if (context.waitForFirstConsumer)
        return ready('pending until a pod uses it (WaitForFirstConsumer)');
    return inProgress(`phase ${phase ?? 'Pending'}`);
}
function crdReadiness(object) {
    const names = condition(object, 'NamesAccepted');
    if (names?.status === 'False')
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('NamesAccepted', names) };
    const established = condition(object, 'Established');
    if (established?.status === 'True')
        return ready('established');
    return inProgress('waiting to be established');
}
function apiServiceReadiness(object) {
    const available = condition(object, 'Available');
    if (available?.status === 'True')
        return ready('available');
    return inProgress(available ? conditionText('Available', available) : 'waiting to be available');
}
function namespaceReadiness(object) {
    const phase = stringAt(object, 'status', 'phase');
    if (phase === 'Terminating')
        return { status: events/* ObjectStatus */.k7.Terminating, message: 'being deleted' };
    return ready('active');
}

;// CONCATENATED MODULE: ./src/track/tracker.ts






const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'Pod']);
/**
 * Waits for objects to become ready by listening to shared informers (never polling), turning updates into
 * object-progress / object-ready / object-failed events. Timers only re-check time-based fail-fast thresholds.
 */
class ReadinessTracker {
    options;
    thresholds;
    firstSeenAt = new Map();
    constructor(options) {
        this.options = options;
        this.thresholds = { ...defaultThresholds, ...options.thresholds };
    }
    async wait(target) {
        const { client } = this.options;
        const applied = target.applied;
        const ref = (0,kube_object/* refOf */.H8)(applied);
        const context = { minGeneration: generationOf(applied), expectedUid: uidOf(applied) };
        if (applied.kind === 'PersistentVolumeClaim')
            context.waitForFirstConsumer = await this.bindsLate(applied);
        const immediate = readinessOf(applied, context);
        if (immediate.status === events/* ObjectStatus */.k7.Ready)
            return this.succeed(target, ref, immediate.message, immediate.warning);
        const namespace = applied.metadata.namespace;
        let informers;
        try {
            const workload = WORKLOAD_KINDS.has(applied.kind);
            informers = {
                self: await client.informer(applied.apiVersion, applied.kind, { namespace }),
                pods: workload ? await client.informer('v1', 'Pod', { namespace }) : undefined,
                replicaSets: applied.kind === 'Deployment' ? await client.informer('apps/v1', 'ReplicaSet', { namespace }) : undefined,
                // Only warnings: FailedCreate and FailedMount show up nowhere else.
                events: workload && namespace ? await client.informer('v1', 'Event', { namespace, fieldSelector: 'type=Warning' }) : undefined,
            };
        }
        catch (error) {
            return this.fail(target, ref, (0,errors/* describeError */.Uc)(error), { cause: error });
        }
        return new Promise((resolve) => {
            let settled = false;
            let lastProgress = '';
            let recheckTimer;
            let stuckTimer;
            const unsubscribers = [];
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timeoutTimer);
                clearTimeout(recheckTimer);
                clearTimeout(stuckTimer);
                for (const unsubscribe of unsubscribers)
                    unsubscribe();
                target.signal?.removeEventListener('abort', onAbort);
                void result.then(resolve);
            };
            const resetStuckTimer = () => {
                clearTimeout(stuckTimer);
                stuckTimer = setTimeout(() => finish(this.fail(target, ref, `no progress for ${Math.round(this.thresholds.noProgressMs / 1000)} s: ${lastProgress}`)), this.thresholds.noProgressMs);
            };
            const evaluate = () => {
                if (settled)
                    return;
                const live = freshest(applied, informers.self.get(ref.name, ref.namespace));
                if (!live)
                    return;
                const readiness = readinessOf(live, context);
                if (readiness.status === events/* ObjectStatus */.k7.Ready) {
                    finish(this.succeed(target, ref, readiness.message, readiness.warning));
                    return;
                }
                if (readiness.status === events/* ObjectStatus */.k7.Failed) {
                    finish(this.fail(target, ref, readiness.message, { object: live }));
                    return;
                }
                const verdict = informers.pods ? this.podVerdict(live, informers.pods, informers.replicaSets, informers.events) : {};
                if (verdict.failure) {
                    finish(this.fail(target, ref, verdict.failure.reason, { object: live, signal: verdict.failure }));
                    return;
                }
                clearTimeout(recheckTimer);
                if (verdict.recheckAt !== undefined) {
                    recheckTimer = setTimeout(evaluate, Math.max(0, verdict.recheckAt - Date.now()) + 10);
                }
                const pods = verdict.pods ? podStates(verdict.pods) : '';
                const message = pods ? `${readiness.message}; ${pods}` : readiness.message;
                const text = `${readiness.status}: ${message}`;
                if (text !== lastProgress) {
                    lastProgress = text;
                    this.options.bus.emit({
                        type: 'object-progress',
                        cluster: this.options.cluster,
                        component: target.component,
                        ref,
                        status: readiness.status,
                        message,
                        at: Date.now(),
                    });
                }
            };
            const onRelated = () => {
                resetStuckTimer();
                evaluate();
            };
            const onAbort = () => finish(Promise.resolve({ ok: false, reason: `${label(ref)}: cancelled` }));
            const timeoutTimer = setTimeout(() => finish(this.fail(target, ref, `not ready after ${Math.round(target.timeoutMs / 1000)} s (${lastProgress || 'no status'})`)), target.timeoutMs);
            for (const informer of [informers.self, informers.pods, informers.replicaSets, informers.events]) {
                if (!informer)
                    continue;
                unsubscribers.push(informer.subscribe(onRelated));
                unsubscribers.push(informer.onError((error) => finish(this.fail(target, ref, (0,errors/* describeError */.Uc)(error), { cause: error }))));
                if (informer.failed)
                    finish(this.fail(target, ref, (0,errors/* describeError */.Uc)(informer.failed), { cause: informer.failed }));
            }
            if (target.signal?.aborted)
                onAbort();
            target.signal?.addEventListener('abort', onAbort, { once: true });
            resetStuckTimer();
            evaluate();
        });
    }
    podVerdict(live, podInformer, rsInformer, eventInformer) {
        // Until the controller has seen our generation, "the new revision" still names the one we replace (a rollback
        // would otherwise fail on the very pods it is removing).
        const observed = numberAt(live, 'status', 'observedGeneration');
        const generation = generationOf(live);
        if (live.kind !== 'Pod' && live.kind !== 'Job' && (observed === undefined || (generation !== undefined && observed < generation))) {
            return {};
        }
        const now = Date.now();
        const firstSeen = (key) => {
            const seen = this.firstSeenAt.get(key);
            if (seen !== undefined)
                return seen;
            this.firstSeenAt.set(key, now);
            return now;
        };
        const replicaSets = rsInformer?.list() ?? [];
        const pods = podsOfNewRevision(live, podInformer.list(), replicaSets);
        let recheckAt;
        const scalingUp = eventInformer ? podsScalingUp(eventInformer.list()) : new Set();
        for (const pod of pods) {
            const verdict = podFailure(pod, now, firstSeen, this.thresholds, { scalingUp: scalingUp.has(uidOf(pod) ?? '') });
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        const newRs = live.kind === 'Deployment' ? newReplicaSetOf(live, replicaSets) : undefined;
        if (newRs) {
            const verdict = controllerFailure(newRs, now, firstSeen, this.thresholds);
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        if (eventInformer) {
            const uids = new Set([uidOf(live), uidOf(newRs ?? live), ...pods.map(uidOf)].filter((uid) => uid !== undefined));
            const verdict = eventFailure(eventInformer.list(), uids, now, this.thresholds);
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        return recheckAt === undefined ? { pods } : { recheckAt, pods };
    }
    async succeed(target, ref, message, warning) {
        const { bus, cluster } = this.options;
        if (warning) {
            bus.emit({ type: 'log', level: 'warning', cluster, message: `${label(ref)}: ${warning}`, at: Date.now() });
        }
        bus.emit({ type: 'object-progress', cluster, component: target.component, ref, status: events/* ObjectStatus */.k7.Ready, message, at: Date.now() });
        bus.emit({ type: 'object-ready', cluster, component: target.component, ref, at: Date.now() });
        return { ok: true };
    }
    async fail(target, ref, message, evidence = {}) {
        const reason = message.startsWith('cluster ') ? message : `${label(ref)}: ${message}`;
        // No evidence to collect from a cluster we cannot reach.
        const details = evidence.cause ? undefined : await this.details(evidence).catch(() => undefined);
        this.options.bus.emit({
            type: 'object-failed',
            cluster: this.options.cluster,
            component: target.component,
            ref,
            reason,
            ...(details ? { details } : {}),
            at: Date.now(),
        });
        return { ok: false, reason, ...(details ? { details } : {}), ...(evidence.cause ? { cause: evidence.cause } : {}) };
    }
    /** Events of the object and the failing pod, plus the failing container's log tail when logs exist. */
    async details(evidence) {
        if (!evidence.object)
            return undefined;
        const { client } = this.options;
        const events = await client.eventsFor(evidence.object);
        const pod = evidence.signal?.pod;
        const container = evidence.signal?.container;
        if (!pod || pod === evidence.object)
            return { events };
        events.push(...(await client.eventsFor(pod)).map((line) => `pod ${pod.metadata.name}: ${line}`));
        if (!container || !pod.metadata.namespace)
            return { events };
        const log = await client.logTail(pod.metadata.namespace, pod.metadata.name, container, {
            lines: 20,
            previous: evidence.signal?.previousLog ?? false,
        });
        return log.lines ? { events, logTail: log.lines } : { events, logUnavailable: log.unavailable ?? 'no log' };
    }
    async bindsLate(pvc) {
        const className = stringAt(pvc, 'spec', 'storageClassName');
        try {
            const classes = await this.options.client.list('storage.k8s.io/v1', 'StorageClass');
            const storageClass = className
                ? classes.find((entry) => entry.metadata.name === className)
                : classes.find((entry) => entry.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true');
            return stringAt(storageClass, 'volumeBindingMode') === 'WaitForFirstConsumer';
        }
        catch {
            return false;
        }
    }
}
function label(ref) {
    return `${ref.kind} ${ref.name}`;
}
/** The newer of the apply response and the informer's copy; resourceVersions are compared only when numeric. */
function freshest(applied, cached) {
    if (!cached)
        return applied;
    const a = Number(applied.metadata['resourceVersion']);
    const c = Number(cached.metadata['resourceVersion']);
    if (Number.isFinite(a) && Number.isFinite(c) && c < a)
        return applied;
    return cached;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/apply/applyset.ts



/** Label and annotation keys exactly as kubectl's ApplySet implementation (KEP-3659) writes them. */
const ApplySetKeys = {
    id: 'applyset.kubernetes.io/id',
    partOf: 'applyset.kubernetes.io/part-of',
    tooling: 'applyset.kubernetes.io/tooling',
    containsGroupKinds: 'applyset.kubernetes.io/contains-group-kinds',
    additionalNamespaces: 'applyset.kubernetes.io/additional-namespaces',
};
const TOOLING = 'k8deployer/v1';
/** Our own bookkeeping on the parent: the last deployed revision. */
const RevisionKeys = {
    revision: 'k8deployer.io/revision',
    hash: 'k8deployer.io/revision-hash',
    chunks: 'k8deployer.io/revision-chunks',
    app: 'k8deployer.io/app',
    /** Objects annotated `true` are never pruned or deleted. */
    keep: 'k8deployer.io/keep',
};
/** Raw bytes per chunk: base64 grows them by 4/3, which keeps each Secret well under the 1 MiB object limit. */
const CHUNK_BYTES = 700 * 1024;
/** kubectl: base64url(sha256("<name>.<namespace>.<kind>.<group>")), no padding, between `applyset-` and `-v1`. */
function applySetId(name, namespace, kind = 'Secret', group = '') {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
    return `applyset-${digest}-v1`;
}
function parentName(app) {
    return `k8deployer-${app}`;
}
/** `Deployment.apps`, or just `ConfigMap` for the core group: Kubernetes' GroupKind.String(). */
function groupKindOf(object) {
    const group = (0,kube_object/* groupOf */.F8)(object.apiVersion);
    return group ? `${object.kind}.${group}` : object.kind;
}
function parseGroupKind(text) {
    const dot = text.indexOf('.');
    return dot < 0 ? { kind: text, group: '' } : { kind: text.slice(0, dot), group: text.slice(dot + 1) };
}
/** Identity of an object across API versions: group, kind, namespace, name. */
function memberKey(object) {
    return `${groupKindOf(object)}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}
/**
 * The component a live member belonged to: from the last deployed revision, else from the standard name label the
 * renderer sets. Only used to label deletions in plans and reports.
 */
function componentOfMember(member, previous) {
    const key = memberKey(member);
    const stored = previous?.objects.find((entry) => memberKey(entry.object) === key);
    return stored?.component ?? member.metadata.labels?.['app.kubernetes.io/name'] ?? '';
}
/** A copy of the object labelled as a member of the ApplySet. */
function decorate(object, id) {
    const copy = structuredClone(object);
    copy.metadata.labels = { ...copy.metadata.labels, [ApplySetKeys.partOf]: id };
    return copy;
}
function listAnnotation(values) {
    return [...new Set(values)].filter(Boolean).sort().join(',');
}
function parseListAnnotation(value) {
    return (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
}
/** Stable hash of a desired set: equal hashes mean a re-deploy changes nothing we need to record. */
function desiredSetHash(objects, components = []) {
    const canonical = objects
        .map((entry) => JSON.stringify(sortKeys({ component: entry.component, object: entry.object, options: entry.options ?? {} })))
        .sort();
    // Dependencies are part of the revision too: a rollback re-applies in their order.
    const order = components.map((component) => `${component.name}<-${[...component.depends].sort().join(',')}`).sort();
    return (0,external_node_crypto_.createHash)('sha256').update([...canonical, ...order].join('\n')).digest('hex').slice(0, 32);
}
/** gzip(JSON) split into chunks of at most CHUNK_BYTES. */
function encodeRevision(revision) {
    const packed = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(revision)));
    const chunks = [];
    for (let offset = 0; offset < packed.length; offset += CHUNK_BYTES) {
        chunks.push(packed.subarray(offset, offset + CHUNK_BYTES));
    }
    return chunks.length > 0 ? chunks : [packed];
}
function decodeRevision(chunks) {
    return JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.concat(chunks)).toString('utf8'));
}
function chunkKey(index) {
    return `revision.${index}`;
}
function overflowSecretName(parent, index) {
    return `${parent}-chunk-${index}`;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sortKeys(value[key])]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/apply/wait-gone.ts

/** Resolves when the object no longer exists, watching (not polling) its kind in its namespace. */
async function waitUntilGone(client, ref, timeoutMs, signal) {
    const informer = await client.informer(ref.apiVersion, ref.kind, ref.namespace ? { namespace: ref.namespace } : {});
    if (!informer.get(ref.name, ref.namespace))
        return;
    await new Promise((resolve, reject) => {
        const done = (error) => {
            clearTimeout(timer);
            unsubscribe();
            unsubscribeError();
            signal?.removeEventListener('abort', onAbort);
            if (error)
                reject(error);
            else
                resolve();
        };
        const onAbort = () => done(new errors/* ClusterError */.b$(client.name, `cancelled while waiting for ${ref.kind} ${ref.name} to go`));
        const timer = setTimeout(() => done(new errors/* ClusterError */.b$(client.name, `${ref.kind} ${ref.name} still exists after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
        const unsubscribe = informer.subscribe(() => {
            if (!informer.get(ref.name, ref.namespace))
                done();
        });
        const unsubscribeError = informer.onError((error) => done(error));
        signal?.addEventListener('abort', onAbort, { once: true });
        if (!informer.get(ref.name, ref.namespace))
            done();
    });
}

;// CONCATENATED MODULE: ./src/apply/execute.ts






/**
 * Applies every object as soon as all it depends on is ready (DAG scheduling, not waves), waits for its readiness,
 * and stops at the first failure (fail fast): nothing new starts, waits in progress are cancelled.
 */
async function executeGraph(options) {
    const { graph, bus, cluster } = options;
    const abort = new AbortController();
    const signal = AbortSignal.any([options.signal, abort.signal]);
    const remainingDeps = new Map();
    for (const node of graph.nodes.values())
        remainingDeps.set(node.key, node.dependsOn.size);
    const applied = [];
    const componentState = new Map();
    for (const node of graph.nodes.values()) {
        const state = componentState.get(node.desired.component) ?? { total: 0, ready: 0 };
        state.total += 1;
        componentState.set(node.desired.component, state);
    }
    let failure;
    let failureCause;
    let readyCount = 0;
    const slots = new Semaphore(Math.max(1, options.concurrency));
    const priority = graph.criticality();
    const result = await new Promise((resolve) => {
        let inFlight = 0;
        const settleIfDone = () => {
            if (inFlight > 0)
                return;
            if (failure !== undefined || readyCount === graph.nodes.size) {
                resolve(failure === undefined ? { ok: true, applied } : { ok: false, reason: failure, cause: failureCause, applied });
            }
        };
        const fail = (reason, component, cause) => {
            if (failure === undefined) {
                failure = reason;
                failureCause = cause;
            }
            const state = component ? componentState.get(component) : undefined;
            if (state && !state.failed)
                state.failed = reason;
            abort.abort();
        };
        const start = (node) => {
            inFlight += 1;
            void runNode(node)
                .then((ok) => {
                if (!ok)
                    return;
                readyCount += 1;
                const state = componentState.get(node.desired.component);
                if (state) {
                    state.ready += 1;
                    if (state.ready === state.total && options.reportComponents !== false) {
                        bus.emit({
                            type: 'component-finished',
                            cluster,
                            component: node.desired.component,
                            outcome: events/* Outcome */.Pi.Succeeded,
                            durationMs: Date.now() - (state.startedAt ?? Date.now()),
                            at: Date.now(),
                        });
                    }
                }
                for (const dependent of node.dependents) {
                    const left = (remainingDeps.get(dependent) ?? 1) - 1;
                    remainingDeps.set(dependent, left);
                    const next = graph.nodes.get(dependent);
                    if (left === 0 && next && failure === undefined)
                        start(next);
                }
            })
                .catch((error) => fail((0,errors/* describeError */.Uc)(error), node.desired.component, error))
                .finally(() => {
                inFlight -= 1;
                settleIfDone();
            });
        };
        const runNode = async (node) => {
            const state = componentState.get(node.desired.component);
            if (state && state.startedAt === undefined)
                state.startedAt = Date.now();
            const result = options.preApplied?.get(node.key) ?? (await slots.run(() => applyOne(options, node, signal), priority.get(node.key)));
            const object = result.object;
            const action = actionOf(result, options.liveVersions.get(memberKey(object)));
            // Recorded even when cancelled meanwhile: a rollback must know every object this run created.
            applied.push({ component: node.desired.component, object, action });
            if (signal.aborted)
                return false;
            bus.emit({ type: 'object-applied', cluster, component: node.desired.component, ref: (0,kube_object/* refOf */.H8)(object), action, at: Date.now() });
            if (node.desired.options?.skipWait) {
                bus.emit({ type: 'object-ready', cluster, component: node.desired.component, ref: (0,kube_object/* refOf */.H8)(object), at: Date.now() });
                return true;
            }
            const tracked = await options.tracker.wait({
                component: node.desired.component,
                applied: object,
                timeoutMs: options.objectTimeoutMs,
                signal,
            });
            if (!tracked.ok) {
                if (!signal.aborted || failure === undefined)
                    fail(tracked.reason, node.desired.component, tracked.cause);
                return false;
            }
            if (object.kind === 'CustomResourceDefinition')
                refreshCustomResourceDiscovery(options.client, object);
            return true;
        };
        if (options.signal.aborted)
            fail('deadline reached before the deploy started');
        for (const node of graph.nodes.values()) {
            if (node.dependsOn.size === 0)
                start(node);
        }
        settleIfDone();
        options.signal.addEventListener('abort', () => fail(`timed out: the deploy did not finish in time`), { once: true });
    });
    if (!result.ok && options.reportComponents !== false) {
        for (const [component, state] of componentState) {
            if (state.ready === state.total)
                continue;
            bus.emit({
                type: 'component-finished',
                cluster,
                component,
                outcome: state.failed ? events/* Outcome */.Pi.Failed : events/* Outcome */.Pi.Skipped,
                durationMs: state.startedAt ? Date.now() - state.startedAt : 0,
                ...(state.failed ? { reason: state.failed } : {}),
                at: Date.now(),
            });
        }
    }
    return result;
}
async function applyOne(options, node, signal) {
    const { client } = options;
    const object = decorate(node.desired.object, options.applySetId);
    try {
        return await client.apply(object, { force: options.forceConflicts, signal });
    }
    catch (error) {
        if (!isImmutableFieldError(error))
            throw error;
        if (!node.desired.options?.replaceOnImmutable) {
            throw new Error(`${(0,errors/* describeError */.Uc)(error)} (set replaceOnImmutable on the component to delete and re-create it)`);
        }
        // Replace strategy: the field can only change by re-creating the object.
        const ref = (0,kube_object/* refOf */.H8)(object);
        await client.delete(ref, { propagation: 'Foreground', signal });
        await waitUntilGone(client, ref, options.objectTimeoutMs, signal);
        return client.apply(object, { force: options.forceConflicts, signal });
    }
}
function actionOf(result, previousVersion) {
    if (result.created)
        return events/* ChangeAction */.Xw.Create;
    return previousVersion !== undefined && previousVersion === result.object.metadata['resourceVersion']
        ? events/* ChangeAction */.Xw.Unchanged
        : events/* ChangeAction */.Xw.Update;
}
/** Custom resources of a just-established CRD are unknown to cached discovery until we look again. */
function refreshCustomResourceDiscovery(client, crd) {
    const spec = crd['spec'];
    for (const version of spec?.versions ?? []) {
        if (spec?.group && version.name)
            client.refreshDiscovery(`${spec.group}/${version.name}`);
    }
}
/**
 * Bounds concurrent API calls. Waiting tasks start highest priority first (FIFO among equals): when applies queue
 * up, the ones on the critical path should not wait behind leaves.
 */
class Semaphore {
    limit;
    active = 0;
    sequence = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task, priority = 0) {
        if (this.active >= this.limit) {
            await new Promise((start) => {
                this.waiting.push({ priority, order: this.sequence++, start });
                this.waiting.sort((a, b) => b.priority - a.priority || a.order - b.order);
            });
        }
        this.active += 1;
        try {
            return await task();
        }
        finally {
            this.active -= 1;
            this.waiting.shift()?.start();
        }
    }
}

;// CONCATENATED MODULE: ./src/apply/inventory.ts



/**
 * The ApplySet parent Secret of one app in one cluster: which kinds and namespaces hold members (so pruning can find
 * them with label selectors) and the last deployed revision (so a failed deploy can be rolled back).
 */
class ApplySetParent {
    client;
    app;
    namespace;
    name;
    id;
    live;
    constructor(client, app, namespace) {
        this.client = client;
        this.app = app;
        this.namespace = namespace;
        this.name = parentName(app);
        this.id = applySetId(this.name, namespace);
    }
    get exists() {
        return this.live !== undefined;
    }
    get revision() {
        return Number(this.live?.metadata.annotations?.[RevisionKeys.revision] ?? 0) || 0;
    }
    get revisionHash() {
        return this.live?.metadata.annotations?.[RevisionKeys.hash];
    }
    get groupKinds() {
        return parseListAnnotation(this.live?.metadata.annotations?.[ApplySetKeys.containsGroupKinds]);
    }
    get additionalNamespaces() {
        return parseListAnnotation(this.live?.metadata.annotations?.[ApplySetKeys.additionalNamespaces]);
    }
    /** Reads the parent; returns the last deployed revision when there is one. */
    async load() {
        this.live = await this.client.get({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
        if (!this.live)
            return undefined;
        const labelled = this.live.metadata.labels?.[ApplySetKeys.id];
        if (labelled !== this.id) {
            throw new errors/* ClusterError */.b$(this.client.name, `Secret ${this.namespace}/${this.name} exists but is not this app's ApplySet parent`);
        }
        const count = Number(this.live.metadata.annotations?.[RevisionKeys.chunks] ?? 0);
        if (!count)
            return undefined;
        const chunks = [];
        for (let index = 0; index < count; index += 1) {
            const holder = index === 0 ? this.live : await this.client.get({ apiVersion: 'v1', kind: 'Secret', name: overflowSecretName(this.name, index), namespace: this.namespace });
            const data = holder?.['data']?.[chunkKey(index)];
            if (!data)
                throw new errors/* ClusterError */.b$(this.client.name, `revision chunk ${index} of ${this.name} is missing`);
            chunks.push(Buffer.from(data, 'base64'));
        }
        return decodeRevision(chunks);
    }
    /** Before applying: the parent must list every kind and namespace that will hold members (old ∪ new). */
    async widen(objects) {
        const kinds = listAnnotation([...this.groupKinds, ...objects.map(groupKindOf)]);
        const namespaces = listAnnotation([...this.additionalNamespaces, ...this.namespacesOf(objects)]);
        const annotations = this.live?.metadata.annotations ?? {};
        if (this.live &&
            annotations[ApplySetKeys.containsGroupKinds] === kinds &&
            (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces) {
            return;
        }
        await this.write(kinds, namespaces);
    }
    /**
     * After a successful deploy and prune: shrink the parent to the kinds now in use and record the revision. No write
     * when nothing changed (an unchanged re-deploy leaves no trace).
     */
    async commit(objects, components, hash) {
        const kinds = listAnnotation(objects.map((entry) => groupKindOf(entry.object)));
        const namespaces = listAnnotation(this.namespacesOf(objects.map((entry) => entry.object)));
        const annotations = this.live?.metadata.annotations ?? {};
        const sameShape = annotations[ApplySetKeys.containsGroupKinds] === kinds && (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces;
        if (this.live && this.revisionHash === hash && sameShape)
            return this.revision;
        const revision = this.revisionHash === hash ? this.revision : this.revision + 1;
        const chunks = encodeRevision({ revision, objects, components });
        for (let index = 1; index < chunks.length; index += 1) {
            await this.client.apply({
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: { name: overflowSecretName(this.name, index), namespace: this.namespace, labels: { [RevisionKeys.app]: this.app } },
                type: 'Opaque',
                data: { [chunkKey(index)]: chunks[index]?.toString('base64') ?? '' },
            });
        }
        await this.write(kinds, namespaces, {
            revision,
            hash,
            data: { [chunkKey(0)]: chunks[0]?.toString('base64') ?? '' },
            chunks: chunks.length,
        });
        return revision;
    }
    /** Every object labelled as a member, found through the kinds and namespaces the parent lists. */
    async listMembers() {
        const namespaces = [this.namespace, ...this.additionalNamespaces];
        const selector = `${ApplySetKeys.partOf}=${this.id}`;
        const lists = await Promise.all(this.groupKinds.map(async (groupKind) => {
            const { group, kind } = parseGroupKind(groupKind);
            let resource;
            try {
                resource = await this.client.resourceForGroupKind(group, kind);
            }
            catch (error) {
                // A kind whose CRD is gone has no members left to find.
                if (isNotFound(error) || error instanceof errors/* ClusterError */.b$)
                    return [];
                throw error;
            }
            if (!resource.namespaced)
                return this.client.list(resource.apiVersion, kind, { labelSelector: selector });
            const perNamespace = await Promise.all(namespaces.map((namespace) => this.client.list(resource.apiVersion, kind, { namespace, labelSelector: selector })));
            return perNamespace.flat();
        }));
        return lists.flat();
    }
    async remove() {
        const count = Number(this.live?.metadata.annotations?.[RevisionKeys.chunks] ?? 0);
        for (let index = 1; index < count; index += 1) {
            await this.client.delete({ apiVersion: 'v1', kind: 'Secret', name: overflowSecretName(this.name, index), namespace: this.namespace });
        }
        await this.client.delete({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
        this.live = undefined;
    }
    namespacesOf(objects) {
        return objects.map((object) => object.metadata.namespace ?? '').filter((ns) => ns && ns !== this.namespace);
    }
    async write(kinds, namespaces, revision) {
        const annotations = {
            ...this.live?.metadata.annotations,
            [ApplySetKeys.tooling]: TOOLING,
            [ApplySetKeys.containsGroupKinds]: kinds,
        };
        if (namespaces)
            annotations[ApplySetKeys.additionalNamespaces] = namespaces;
        else
            delete annotations[ApplySetKeys.additionalNamespaces];
        if (revision) {
            annotations[RevisionKeys.revision] = String(revision.revision);
            annotations[RevisionKeys.hash] = revision.hash;
            annotations[RevisionKeys.chunks] = String(revision.chunks);
        }
        const object = {
            apiVersion: 'v1',
            kind: 'Secret',
            metadata: {
                ...(this.live?.metadata ?? {}),
                name: this.name,
                namespace: this.namespace,
                labels: { ...this.live?.metadata.labels, [ApplySetKeys.id]: this.id, [RevisionKeys.app]: this.app },
                annotations,
            },
            type: 'Opaque',
            data: revision ? revision.data : (this.live?.['data'] ?? {}),
        };
        delete object.metadata['managedFields'];
        // create / update (not apply): the resourceVersion makes a concurrent writer fail instead of being overwritten.
        this.live = this.live ? await this.client.replace(object) : await this.client.create(object);
    }
}

;// CONCATENATED MODULE: ./src/apply/lease.ts




/**
 * A coordination.k8s.io Lease per app and cluster so two runs never deploy the same app at once. It has a TTL and
 * is renewed while we work, so a killed run blocks the next one for at most one TTL.
 */
class DeployLease {
    client;
    namespace;
    runId;
    options;
    renewTimer;
    live;
    name;
    constructor(client, app, namespace, runId, options) {
        this.client = client;
        this.namespace = namespace;
        this.runId = runId;
        this.options = options;
        this.name = `k8deployer-${app}`;
    }
    async acquire(signal) {
        let announced = false;
        // Usually nobody holds it: try to create it first and only read it when that fails (one round trip saved).
        try {
            this.live = await this.client.create(this.leaseObject());
        }
        catch (error) {
            if (!isAlreadyExists(error))
                throw error;
        }
        while (!this.live && !signal.aborted) {
            const current = await this.client.get(this.ref());
            try {
                if (!current) {
                    this.live = await this.client.create(this.leaseObject());
                    break;
                }
                const spec = (current['spec'] ?? {});
                const expiresAt = Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
                const free = !spec.holderIdentity || spec.holderIdentity === this.runId || !(expiresAt > Date.now());
                if (free) {
                    this.live = await this.client.replace(this.leaseObject(current));
                    break;
                }
                if (!announced) {
                    announced = true;
                    this.options.onWait?.(spec.holderIdentity ?? 'unknown');
                }
                await sleep(Math.max(100, Math.min(1000, expiresAt - Date.now())), signal);
            }
            catch (error) {
                // Someone else created or took it between our read and write: read again.
                if (!isAlreadyExists(error) && !isConflict(error))
                    throw error;
            }
        }
        if (!this.live) {
            throw new errors/* ClusterError */.b$(this.client.name, `timed out waiting for the deploy lease ${this.namespace}/${this.name}`);
        }
        this.renewTimer = setInterval(() => void this.renew(), (this.options.ttlSeconds * 1000) / 3);
        this.renewTimer.unref();
    }
    async release() {
        clearInterval(this.renewTimer);
        this.renewTimer = undefined;
        if (!this.live)
            return;
        const uid = this.live.metadata['uid'];
        this.live = undefined;
        try {
            const current = await this.client.get(this.ref());
            if ((current?.['spec'] ?? {}).holderIdentity !== this.runId)
                return;
            await this.client.delete(this.ref(), { uid: typeof uid === 'string' ? uid : undefined });
        }
        catch (error) {
            // The lease expires on its own; an unreachable cluster must not turn a finished deploy into a failure.
            if (!isNotFound(error) && !isConflict(error))
                this.options.onLost?.(`could not release the lease: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    async renew() {
        if (!this.live)
            return;
        try {
            this.live = await this.client.replace(this.leaseObject(this.live, true));
        }
        catch (error) {
            this.options.onLost?.(`could not renew the lease: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    ref() {
        return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: this.name, namespace: this.namespace };
    }
    leaseObject(current, renewOnly = false) {
        const now = microTime(new Date());
        const previous = (current?.['spec'] ?? {});
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: {
                name: this.name,
                namespace: this.namespace,
                labels: { [RevisionKeys.app]: this.name.slice('k8deployer-'.length) },
                ...(current ? { resourceVersion: current.metadata['resourceVersion'] } : {}),
            },
            spec: {
                holderIdentity: this.runId,
                leaseDurationSeconds: this.options.ttlSeconds,
                acquireTime: renewOnly ? previous.acquireTime : now,
                renewTime: now,
            },
        };
    }
}
/** Lease times are MicroTime: RFC 3339 with exactly six fractional digits. */
function microTime(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

;// CONCATENATED MODULE: ./src/apply/remove.ts





/** Objects in these are never ours to remove. */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/** Namespaces that are never deleted, even when labelled as ours. */
const PROTECTED_NAMESPACES = new Set([...SYSTEM_NAMESPACES, 'default']);
/**
 * Which live members may go: never objects annotated to keep, never another ApplySet's objects, never system
 * namespaces; Namespaces, CRDs and PVCs only when the matching flag is set.
 */
function removable(member, applySetId, flags) {
    if (member.metadata.labels?.[ApplySetKeys.partOf] !== applySetId)
        return false;
    if (member.metadata.annotations?.[RevisionKeys.keep] === 'true')
        return false;
    if (member.metadata.annotations?.['helm.sh/resource-policy'] === 'keep')
        return false;
    if (member.kind === 'Namespace')
        return flags.deleteNamespaces && !PROTECTED_NAMESPACES.has(member.metadata.name);
    if (member.kind === 'CustomResourceDefinition')
        return flags.deleteCrds;
    if (member.kind === 'PersistentVolumeClaim')
        return flags.deletePvcs;
    return !SYSTEM_NAMESPACES.has(member.metadata.namespace ?? '');
}
/** Members of the old set that the new desired set no longer has. */
function pruneCandidates(members, desired, applySetId, flags) {
    const wanted = new Set(desired.map(memberKey));
    return members.filter((member) => !wanted.has(memberKey(member)) && removable(member, applySetId, flags));
}
/**
 * Deletes objects in reverse dependency order (dependents first; Namespaces and CRDs after what lives in them), in
 * waves, waiting until each wave is gone. Returns the failures (empty when all went).
 */
async function removeObjects(objects, options) {
    if (objects.length === 0)
        return [];
    const graph = buildGraph(objects.map((object) => ({ component: '', object })));
    const remaining = new Set(graph.nodes.keys());
    const failures = [];
    while (remaining.size > 0) {
        // A wave: objects nothing still present depends on.
        const wave = [...remaining].filter((key) => [...(graph.nodes.get(key)?.dependents ?? [])].every((dependent) => !remaining.has(dependent)));
        const batch = wave.length > 0 ? wave : [...remaining];
        const results = await Promise.all(batch.map(async (key) => {
            remaining.delete(key);
            const object = graph.nodes.get(key)?.desired.object;
            if (!object)
                return undefined;
            try {
                await removeOne(object, options);
                return undefined;
            }
            catch (error) {
                return (0,errors/* describeError */.Uc)(error);
            }
        }));
        const waveFailures = results.filter((result) => result !== undefined);
        failures.push(...waveFailures);
        if (waveFailures.length > 0 && !options.ignoreErrors)
            break;
    }
    return failures;
}
async function removeOne(object, options) {
    const ref = (0,kube_object/* refOf */.H8)(object);
    const uid = typeof object.metadata['uid'] === 'string' ? object.metadata['uid'] : undefined;
    // Foreground: a Deployment is gone only when its pods are, so the next wave never outruns it.
    const existed = await options.client.delete(ref, { propagation: 'Foreground', uid, signal: options.signal });
    if (existed)
        await waitUntilGone(options.client, ref, options.timeoutMs, options.signal);
    options.bus.emit({ type: options.event, cluster: options.cluster, ref, at: Date.now() });
}

;// CONCATENATED MODULE: ./src/apply/rollback.ts







/**
 * Restores the last deployed revision (re-apply it, wait for it under its own timeout) and deletes what this run
 * created that the revision does not have. On a first install there is nothing to restore: delete what was created.
 * PVCs are kept unless deletePvcs; Namespaces are kept unless deleteNamespaces (they may hold other things).
 */
async function rollBack(input) {
    const { ctx, parent, previous, applied, reason } = input;
    const { cluster, bus, client, settings } = ctx;
    const toRevision = previous ? previous.revision : null;
    bus.emit({ type: 'rollback-started', cluster, toRevision, at: Date.now() });
    const timeoutMs = settings.objectTimeoutSeconds * 1000;
    const problems = [];
    try {
        if (previous) {
            const execution = await executeGraph({
                cluster,
                client,
                bus,
                tracker: new ReadinessTracker({ cluster, client, bus, thresholds: ctx.tuning.thresholds }),
                graph: buildGraph(previous.objects, previous.components ?? []),
                applySetId: parent.id,
                liveVersions: new Map((await parent.listMembers()).map((member) => [memberKey(member), String(member.metadata['resourceVersion'])])),
                forceConflicts: settings.forceConflicts,
                concurrency: settings.concurrency,
                objectTimeoutMs: timeoutMs,
                signal: AbortSignal.timeout(timeoutMs),
                reportComponents: false,
            });
            if (!execution.ok)
                problems.push(`re-applying revision ${previous.revision} failed: ${execution.reason ?? ''}`);
        }
        const keep = new Set((previous?.objects ?? []).map((entry) => memberKey(entry.object)));
        const createdNow = applied
            .filter((entry) => entry.action === events/* ChangeAction */.Xw.Create && !keep.has(memberKey(entry.object)))
            .map((entry) => entry.object)
            .filter((object) => removable(object, parent.id, {
            deleteNamespaces: settings.deleteNamespaces,
            deletePvcs: settings.deletePvcs,
            deleteCrds: ctx.tuning.deleteCrds,
        }));
        const failures = await removeObjects(createdNow, {
            cluster,
            client,
            bus,
            event: 'object-deleted',
            timeoutMs,
            ignoreErrors: true,
            signal: AbortSignal.timeout(timeoutMs),
        });
        problems.push(...failures);
    }
    catch (error) {
        problems.push((0,errors/* describeError */.Uc)(error));
    }
    const ok = problems.length === 0;
    const rollbackText = ok
        ? `rolled back to ${toRevision === null ? 'nothing (first install removed)' : `revision ${toRevision}`}`
        : `rollback failed: ${problems.join('; ')}`;
    bus.emit({
        type: 'rollback-finished',
        cluster,
        toRevision,
        ok,
        ...(ok ? {} : { reason: problems.join('; ') }),
        at: Date.now(),
    });
    return {
        cluster,
        outcome: ok ? events/* Outcome */.Pi.RolledBack : events/* Outcome */.Pi.Failed,
        reason: `${reason}; ${rollbackText}`,
        ...(previous ? { revision: previous.revision } : {}),
    };
}

;// CONCATENATED MODULE: ./src/apply/scope.ts

/**
 * Removes `metadata.namespace` from cluster-scoped objects. Renderers add the app namespace to every manifest whose
 * kind they do not know (e.g. a ClusterIssuer); the server would drop it, and then the live object would never match
 * its desired twin, so prune would delete what was just applied. Scope comes from discovery, or from a CRD in the
 * same set when the kind does not exist yet.
 */
async function withServerScope(client, rendered) {
    const crdScopes = new Map();
    for (const { object } of rendered.objects) {
        if (object.kind !== 'CustomResourceDefinition')
            continue;
        const spec = object['spec'];
        if (spec?.group && spec.names?.kind)
            crdScopes.set(`${spec.names.kind}.${spec.group}`, spec.scope ?? 'Namespaced');
    }
    const objects = await Promise.all(rendered.objects.map(async (entry) => {
        if (!entry.object.metadata.namespace)
            return entry;
        let namespaced;
        try {
            namespaced = (await client.resource(entry.object.apiVersion, entry.object.kind)).namespaced;
        }
        catch {
            const scope = crdScopes.get(`${entry.object.kind}.${(0,kube_object/* groupOf */.F8)(entry.object.apiVersion)}`);
            if (scope === undefined)
                return entry;
            namespaced = scope === 'Namespaced';
        }
        if (namespaced)
            return entry;
        const metadata = { ...entry.object.metadata };
        delete metadata.namespace;
        return { ...entry, object: { ...entry.object, metadata } };
    }));
    return { ...rendered, objects };
}

;// CONCATENATED MODULE: ./src/apply/deploy.ts













/** Applies the rendered app to one cluster up to (not including) prune and revision write. Never throws. */
async function prepareDeploy(input) {
    let ctx = input;
    const { client, settings, bus, cluster } = ctx;
    let rendered = ctx.rendered;
    const deadline = AbortSignal.timeout(settings.timeoutSeconds * 1000);
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace);
    const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
        ttlSeconds: ctx.tuning.leaseTtlSeconds,
        onWait: (holder) => log(ctx, 'info', `waiting for run ${holder} to finish deploying ${rendered.app}`),
        onLost: (reason) => log(ctx, 'warning', reason),
    });
    let applied = [];
    let previous;
    let leaseHeld = false;
    const finish = async (result) => {
        if (leaseHeld)
            await lease.release();
        leaseHeld = false;
        return result;
    };
    const failed = (reason, cause) => ({
        ok: false,
        reason,
        commit: () => finish({ cluster, outcome: events/* Outcome */.Pi.Failed, reason }),
        rollBack: async (why) => {
            if (cause instanceof ClusterUnreachableError) {
                // Nothing can be rolled back (or unlocked) on a cluster we cannot reach; the lease expires by itself and a
                // re-run converges.
                leaseHeld = false;
                return finish({ cluster, outcome: events/* Outcome */.Pi.Failed, reason: `${why}; not rolled back: cluster unreachable (re-run to converge)` });
            }
            if (settings.rollback === 'off' || !leaseHeld)
                return finish({ cluster, outcome: events/* Outcome */.Pi.Failed, reason: why });
            const outcome = await rollBack({ ctx, parent, previous, applied, reason: why });
            return finish({ ...outcome, changes: changesOf(applied) });
        },
    });
    try {
        if (rendered.objects.length === 0) {
            throw new errors/* K8deployerError */.QX(`refusing to deploy an empty set of objects to ${rendered.namespace}: it would prune everything`);
        }
        rendered = await withServerScope(client, rendered);
        ctx = { ...ctx, rendered };
        const graph = buildGraph(rendered.objects, rendered.components);
        graph.order();
        // Warm discovery for every kind in parallel with the bookkeeping below, instead of one kind at a time later.
        for (const apiVersion of new Set(rendered.objects.map((entry) => entry.object.apiVersion))) {
            const kind = rendered.objects.find((entry) => entry.object.apiVersion === apiVersion)?.object.kind ?? '';
            client.resource(apiVersion, kind).catch(() => undefined);
        }
        client.resource('coordination.k8s.io/v1', 'Lease').catch(() => undefined);
        const preApplied = await ensureNamespace(ctx, parent.id);
        for (const result of preApplied.values()) {
            applied.push({ component: componentOf(rendered, (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(result.object))), object: result.object, action: result.created ? events/* ChangeAction */.Xw.Create : events/* ChangeAction */.Xw.Unchanged });
        }
        await lease.acquire(deadline);
        leaseHeld = true;
        previous = await parent.load();
        const members = parent.exists ? await parent.listMembers() : [];
        const liveVersions = new Map(members.map((member) => [memberKey(member), String(member.metadata['resourceVersion'])]));
        await parent.widen(rendered.objects.map((entry) => entry.object));
        const tracker = new ReadinessTracker({ cluster, client, bus, thresholds: ctx.tuning.thresholds });
        const execution = await executeGraph({
            cluster,
            client,
            bus,
            tracker,
            graph,
            applySetId: parent.id,
            liveVersions,
            preApplied,
            forceConflicts: settings.forceConflicts,
            concurrency: settings.concurrency,
            objectTimeoutMs: settings.objectTimeoutSeconds * 1000,
            signal: deadline,
        });
        applied = mergeApplied(applied, execution.applied);
        if (!execution.ok)
            return failed(execution.reason ?? 'deploy failed', execution.cause);
    }
    catch (error) {
        return failed((0,errors/* describeError */.Uc)(error), error);
    }
    return {
        ok: true,
        commit: async () => {
            try {
                const pruned = settings.prune ? await prune(ctx, parent, previous) : { failures: [], changes: [] };
                if (pruned.failures.length > 0) {
                    return finish({ cluster, outcome: events/* Outcome */.Pi.Failed, reason: `prune failed: ${pruned.failures.join('; ')}`, changes: changesOf(applied) });
                }
                const revision = await parent.commit(rendered.objects, rendered.components, desiredSetHash(rendered.objects, rendered.components));
                return finish({ cluster, outcome: events/* Outcome */.Pi.Succeeded, revision, changes: [...changesOf(applied), ...pruned.changes] });
            }
            catch (error) {
                return finish({ cluster, outcome: events/* Outcome */.Pi.Failed, reason: (0,errors/* describeError */.Uc)(error), changes: changesOf(applied) });
            }
        },
        rollBack: async (why) => {
            const outcome = await rollBack({ ctx, parent, previous, applied, reason: why });
            return finish({ ...outcome, changes: changesOf(applied) });
        },
    };
}
/** The ApplySet parent and the lease live in the app namespace, so it has to exist before anything else. */
async function ensureNamespace(ctx, applySetId) {
    const { client, rendered } = ctx;
    const preApplied = new Map();
    const desired = rendered.objects.find((entry) => entry.object.kind === 'Namespace' && entry.object.metadata.name === rendered.namespace);
    if (desired) {
        const result = await client.apply(decorate(desired.object, applySetId), { force: ctx.settings.forceConflicts });
        preApplied.set((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(desired.object)), result);
        return preApplied;
    }
    const existing = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
    if (!existing) {
        throw new errors/* K8deployerError */.QX(`namespace ${rendered.namespace} does not exist and the app does not create it`);
    }
    return preApplied;
}
async function prune(ctx, parent, previous) {
    const { client, settings, rendered } = ctx;
    const members = await parent.listMembers();
    const candidates = pruneCandidates(members, rendered.objects.map((entry) => entry.object), parent.id, {
        deleteNamespaces: settings.deleteNamespaces,
        deletePvcs: settings.deletePvcs,
        deleteCrds: ctx.tuning.deleteCrds,
    });
    const failures = await removeObjects(candidates, {
        cluster: ctx.cluster,
        client,
        bus: ctx.bus,
        event: 'object-pruned',
        timeoutMs: settings.objectTimeoutSeconds * 1000,
        ignoreErrors: true,
    });
    const changes = candidates.map((object) => ({
        component: componentOfMember(object, previous),
        ref: (0,kube_object/* refOf */.H8)(object),
        action: events/* ChangeAction */.Xw.Delete,
    }));
    return { failures, changes };
}
function changesOf(applied) {
    return applied.map((entry) => ({ component: entry.component, ref: (0,kube_object/* refOf */.H8)(entry.object), action: entry.action }));
}
function mergeApplied(before, after) {
    const seen = new Map(before.map((entry) => [(0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object)), entry]));
    for (const entry of after) {
        const key = (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object));
        // The pre-applied Namespace keeps its "create" even though the scheduler's pass saw it unchanged.
        if (!seen.has(key))
            seen.set(key, entry);
    }
    return [...seen.values()];
}
function componentOf(rendered, key) {
    return rendered.objects.find((entry) => (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object)) === key)?.component ?? '';
}
function log(ctx, level, message) {
    ctx.bus.emit({ type: 'log', level, cluster: ctx.cluster, message, at: Date.now() });
}

;// CONCATENATED MODULE: ./src/apply/tuning.ts
const defaultTuning = {
    thresholds: {},
    leaseTtlSeconds: 30,
    watchFailAfterMs: 10_000,
    deleteCrds: false,
};

;// CONCATENATED MODULE: ./src/apply/undeploy.ts







/**
 * Removes what k8deployer deployed for this app: the ApplySet members (found by label through the parent, or from
 * the rendered set when the parent is gone), in reverse dependency order, then the parent. PVCs stay unless
 * deletePvcs; Namespaces go last and only with deleteNamespaces. Objects without our label are never touched.
 */
async function deleteApp(ctx) {
    const { client, rendered, settings, cluster, bus } = ctx;
    const namespaceExists = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace);
    if (!namespaceExists) {
        return { cluster, outcome: events/* Outcome */.Pi.Deleted, reason: `namespace ${rendered.namespace} does not exist: nothing to delete` };
    }
    const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
        ttlSeconds: ctx.tuning.leaseTtlSeconds,
        onWait: (holder) => bus.emit({ type: 'log', level: 'info', cluster, message: `waiting for run ${holder}`, at: Date.now() }),
    });
    await lease.acquire(AbortSignal.timeout(settings.timeoutSeconds * 1000));
    let leaseHeld = true;
    try {
        await parent.load();
        const members = parent.exists ? await parent.listMembers() : await renderedMembers(ctx, parent.id);
        const flags = { deleteNamespaces: settings.deleteNamespaces, deletePvcs: settings.deletePvcs, deleteCrds: ctx.tuning.deleteCrds };
        const doomed = members.filter((member) => removable(member, parent.id, flags));
        const namespaces = doomed.filter((object) => object.kind === 'Namespace');
        const timeoutMs = settings.objectTimeoutSeconds * 1000;
        const removeOptions = {
            cluster,
            client,
            bus,
            event: 'object-deleted',
            timeoutMs,
            ignoreErrors: settings.ignoreErrors,
            signal: AbortSignal.timeout(settings.timeoutSeconds * 1000),
        };
        const failures = await removeObjects(doomed.filter((object) => object.kind !== 'Namespace'), removeOptions);
        const keptMembers = members.length - doomed.length;
        if (failures.length === 0 || settings.ignoreErrors) {
            // Kept members (PVCs) still point at the parent; without it a later deploy could not prune them.
            if (keptMembers === 0)
                await parent.remove();
            await lease.release();
            leaseHeld = false;
            failures.push(...(await removeObjects(namespaces, removeOptions)));
        }
        const changes = doomed.map((object) => ({ component: '', ref: (0,kube_object/* refOf */.H8)(object), action: events/* ChangeAction */.Xw.Delete }));
        if (failures.length > 0) {
            return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: `could not delete: ${failures.join('; ')}`, changes };
        }
        return { cluster, outcome: events/* Outcome */.Pi.Deleted, changes };
    }
    catch (error) {
        return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: (0,errors/* describeError */.Uc)(error) };
    }
    finally {
        if (leaseHeld)
            await lease.release();
    }
}
/** Without a parent, the rendered set tells where to look; only objects carrying our label count. */
async function renderedMembers(ctx, applySetId) {
    const found = await Promise.all(ctx.rendered.objects.map(async (entry) => {
        try {
            return await ctx.client.get((0,kube_object/* refOf */.H8)(entry.object));
        }
        catch (error) {
            if (error instanceof errors/* K8deployerError */.QX)
                return undefined;
            throw error;
        }
    }));
    return found.filter((object) => object !== undefined && object.metadata.labels?.[ApplySetKeys.partOf] === applySetId);
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/plan/diff.ts


const SERVER_FIELDS = ['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp', 'selfLink'];
/** The parts of an object a user changes: server bookkeeping and status removed. A copy. */
function comparable(object) {
    const copy = structuredClone(object);
    for (const field of SERVER_FIELDS)
        delete copy.metadata[field];
    delete copy['status'];
    return copy;
}
function sameObject(a, b) {
    return toYaml(comparable(a)) === toYaml(comparable(b));
}
/**
 * Secret values never appear in a plan: both sides show a placeholder, which differs between the sides only when the
 * value changed, so the diff still says *which* keys change.
 */
function maskSecrets(live, desired) {
    if (live.kind !== 'Secret' && desired.kind !== 'Secret')
        return { live, desired };
    const maskedLive = structuredClone(live);
    const maskedDesired = structuredClone(desired);
    for (const field of ['data', 'stringData']) {
        const before = (live[field] ?? {});
        const after = (desired[field] ?? {});
        if (field in live)
            maskedLive[field] = Object.fromEntries(Object.keys(before).map((key) => [key, placeholder(before[key], after[key], 'old')]));
        if (field in desired)
            maskedDesired[field] = Object.fromEntries(Object.keys(after).map((key) => [key, placeholder(after[key], before[key], 'new')]));
    }
    return { live: maskedLive, desired: maskedDesired };
}
function placeholder(value, other, side) {
    return value === other ? '(masked)' : `(masked, ${side} value)`;
}
function toYaml(object) {
    return (0,js_yaml/* dump */.Bh)(object, { noRefs: true, lineWidth: -1, sortKeys: true });
}
/** A unified diff of the two objects' YAML (sorted keys), `context` unchanged lines around each change. */
function objectDiff(live, desired, context = 3) {
    const masked = maskSecrets(comparable(live), comparable(desired));
    return unifiedDiff(toYaml(masked.live).split('\n'), toYaml(masked.desired).split('\n'), context);
}
/** A unified diff (jsdiff) of two line lists: hunks of `context` unchanged lines around each change, `@@` between. */
function unifiedDiff(before, after, context = 3) {
    const patch = (0,create/* structuredPatch */.YB)('live', 'desired', `${before.join('\n')}\n`, `${after.join('\n')}\n`, '', '', { context });
    return patch.hunks
        .map((hunk) => hunk.lines.filter((line) => line.trim() !== '').map((line) => `${line.charAt(0)} ${line.slice(1)}`.trimEnd()).join('\n'))
        .join('\n@@\n');
}

;// CONCATENATED MODULE: ./src/plan/plan.ts










/**
 * Server-side dry run of every desired object (with the ApplySet label the deploy would add), compared with the
 * live object: create / update (with a masked diff) / unchanged; plus members of the current ApplySet that the new
 * set drops (delete). Reads only.
 */
async function planCluster(client, input, options) {
    const rendered = await withServerScope(client, input);
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace);
    const order = buildGraph(rendered.objects, rendered.components).order();
    const namespaceExists = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
    const previous = namespaceExists ? await parent.load() : undefined;
    const problems = [];
    const changes = await Promise.all(order.map(async (node) => {
        const desired = decorate(node.desired.object, parent.id);
        const ref = (0,kube_object/* refOf */.H8)(desired);
        const base = { component: node.desired.component, ref };
        try {
            const live = await client.get(ref);
            if (!live)
                return { ...base, action: events/* ChangeAction */.Xw.Create };
            const { object: dryRun } = await client.apply(desired, { dryRun: true, force: options.force });
            if (sameObject(live, dryRun))
                return { ...base, action: events/* ChangeAction */.Xw.Unchanged };
            return { ...base, action: events/* ChangeAction */.Xw.Update, diff: objectDiff(live, dryRun) };
        }
        catch (error) {
            // A namespace or CRD created by this same deploy does not exist yet: the object can only be new.
            if (isNotFound(error) || isUnknownKind(error))
                return { ...base, action: events/* ChangeAction */.Xw.Create };
            problems.push(`${ref.kind}/${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: ${(0,errors/* describeError */.Uc)(error)}`);
            return { ...base, action: events/* ChangeAction */.Xw.Update };
        }
    }));
    const members = parent.exists ? await parent.listMembers() : [];
    const deletions = pruneCandidates(members, rendered.objects.map((entry) => entry.object), parent.id, options.flags).map((object) => ({ component: componentOfMember(object, previous), ref: (0,kube_object/* refOf */.H8)(object), action: events/* ChangeAction */.Xw.Delete }));
    return {
        cluster: client.name,
        app: rendered.app,
        namespace: rendered.namespace,
        applySetId: parent.id,
        changes: [...changes, ...deletions],
        problems,
    };
}
function isUnknownKind(error) {
    return error instanceof errors/* ClusterError */.b$ && /has no resource of kind/.test(error.message);
}

;// CONCATENATED MODULE: ./src/engine.ts
// The deploy engine's public entry: plan, deploy and delete an app on one or many clusters. Clusters run in
// parallel and isolated: one failing (or unreachable) never stops or corrupts another. Everything the user sees
// is emitted on the bus; the returned value is the machine-readable summary.









/** Dry run on every cluster: what deploy would create, update, leave alone and prune. Writes nothing. */
async function runPlan(request) {
    const started = begin(request, 'plan', request.runId ?? (0,external_node_crypto_.randomUUID)());
    const plans = [];
    const clusters = await Promise.all(request.targets.map(async (target) => {
        const startedAt = Date.now();
        request.bus.emit({ type: 'cluster-started', cluster: target.cluster, namespace: target.rendered.namespace, at: startedAt });
        const outcome = await inCluster(request, target, async (client) => {
            const plan = await planCluster(client, target.rendered, {
                force: request.settings.forceConflicts,
                flags: removalFlags(request),
            });
            plans.push(plan);
            for (const problem of plan.problems) {
                request.bus.emit({ type: 'log', level: 'warning', cluster: target.cluster, message: problem, at: Date.now() });
            }
            request.bus.emit({ type: 'plan-ready', cluster: target.cluster, changes: plan.changes, at: Date.now() });
            const failed = plan.problems.length > 0;
            return {
                cluster: target.cluster,
                outcome: failed ? events/* Outcome */.Pi.Failed : events/* Outcome */.Pi.Planned,
                ...(failed ? { reason: plan.problems.join('; ') } : {}),
                changes: plan.changes,
            };
        });
        emitClusterFinished(request, outcome, startedAt);
        return outcome;
    }));
    const result = finishRun(request, started, clusters, events/* Outcome */.Pi.Planned);
    return { ...result, plans: request.targets.flatMap((target) => plans.filter((plan) => plan.cluster === target.cluster)) };
}
/**
 * Applies the rendered app to every target: objects in dependency order as soon as their dependencies are ready,
 * fail fast, prune what left the set, record the revision; on failure roll back per settings.rollback.
 */
async function runDeploy(request) {
    // preview-up is a deploy to the engine; reports still name the command the user ran.
    const started = begin(request, request.settings.command === 'preview-up' ? 'preview-up' : 'deploy', request.runId);
    const tuning = tuningOf(request);
    const scope = request.settings.rollback;
    const contexts = request.targets.map((target) => ({
        target,
        startedAt: Date.now(),
    }));
    const prepare = async (entry) => {
        try {
            entry.client = connectCluster(entry.target.cluster, await kubeConfigOf(entry.target), { watchFailAfterMs: tuning.watchFailAfterMs });
            return await prepareDeploy(contextFor(request, entry.target, entry.client, tuning));
        }
        catch (error) {
            const reason = (0,errors/* describeError */.Uc)(error);
            return { ok: false, reason, commit: async () => failedResult(entry.target, reason), rollBack: async () => failedResult(entry.target, reason) };
        }
    };
    const conclude = async (entry, finalize) => {
        let result;
        try {
            result = await finalize();
        }
        catch (error) {
            result = failedResult(entry.target, (0,errors/* describeError */.Uc)(error));
        }
        const apiWrites = entry.client?.writes;
        entry.client?.close();
        emitClusterFinished(request, result, entry.startedAt);
        return apiWrites === undefined ? result : { ...result, apiWrites };
    };
    for (const entry of contexts) {
        request.bus.emit({ type: 'cluster-started', cluster: entry.target.cluster, namespace: entry.target.rendered.namespace, at: Date.now() });
    }
    let clusters;
    if (scope === types/* RollbackScope */.tr.All && contexts.length > 1) {
        // Every cluster must succeed before any commits; one failure rolls back every cluster touched.
        const prepared = await Promise.all(contexts.map(prepare));
        const firstFailure = prepared.findIndex((entry) => !entry.ok);
        clusters = await Promise.all(contexts.map((entry, index) => {
            const deploy = prepared[index];
            if (firstFailure < 0)
                return conclude(entry, () => deploy.commit());
            const why = deploy.ok
                ? `rolled back because cluster ${contexts[firstFailure]?.target.cluster ?? '?'} failed`
                : (deploy.reason ?? 'deploy failed');
            return conclude(entry, () => deploy.rollBack(why));
        }));
    }
    else {
        clusters = await Promise.all(contexts.map(async (entry) => {
            const deploy = await prepare(entry);
            return conclude(entry, () => (deploy.ok ? deploy.commit() : deploy.rollBack(deploy.reason ?? 'deploy failed')));
        }));
    }
    return finishRun(request, started, clusters, events/* Outcome */.Pi.Succeeded);
}
/** Removes everything k8deployer deployed for the app (PVCs and Namespaces only when the settings say so). */
async function runDelete(request) {
    const command = request.settings.command;
    const started = begin(request, command === 'preview-down' || command === 'preview-sweep' ? command : 'delete', request.runId);
    const tuning = tuningOf(request);
    const clusters = await Promise.all(request.targets.map(async (target) => {
        const startedAt = Date.now();
        request.bus.emit({ type: 'cluster-started', cluster: target.cluster, namespace: target.rendered.namespace, at: Date.now() });
        const result = await inCluster(request, target, (client) => deleteApp(contextFor(request, target, client, tuning)));
        emitClusterFinished(request, result, startedAt);
        return result;
    }));
    return finishRun(request, started, clusters, events/* Outcome */.Pi.Deleted);
}
function begin(request, command, runId) {
    const at = Date.now();
    request.bus.emit({
        type: 'run-started',
        runId,
        command,
        app: request.targets[0]?.rendered.app ?? '',
        clusters: request.targets.map((target) => target.cluster),
        at,
    });
    return at;
}
function finishRun(request, startedAt, clusters, success) {
    const outcome = clusters.every((entry) => entry.outcome === success) ? success : events/* Outcome */.Pi.Failed;
    request.bus.emit({ type: 'run-finished', outcome, durationMs: Date.now() - startedAt, at: Date.now() });
    return { outcome, clusters };
}
/** Runs one cluster's work with its own client; any error becomes that cluster's failure, never the run's. */
async function inCluster(request, target, work) {
    let client;
    try {
        client = connectCluster(target.cluster, await kubeConfigOf(target), { watchFailAfterMs: tuningOf(request).watchFailAfterMs });
        return await work(client);
    }
    catch (error) {
        return failedResult(target, (0,errors/* describeError */.Uc)(error));
    }
    finally {
        client?.close();
    }
}
async function kubeConfigOf(target) {
    return typeof target.kubeConfig === 'function' ? target.kubeConfig() : target.kubeConfig;
}
function contextFor(request, target, client, tuning) {
    return {
        cluster: target.cluster,
        client,
        rendered: target.rendered,
        bus: request.bus,
        settings: request.settings,
        runId: request.runId ?? (0,external_node_crypto_.randomUUID)(),
        tuning,
    };
}
function emitClusterFinished(request, result, startedAt) {
    request.bus.emit({
        type: 'cluster-finished',
        cluster: result.cluster,
        outcome: result.outcome,
        durationMs: Date.now() - startedAt,
        ...(result.reason ? { reason: result.reason } : {}),
        ...(result.revision !== undefined ? { revision: result.revision } : {}),
        at: Date.now(),
    });
}
function failedResult(target, reason) {
    return { cluster: target.cluster, outcome: events/* Outcome */.Pi.Failed, reason };
}
function tuningOf(request) {
    return { ...defaultTuning, ...request.tuning, thresholds: { ...defaultTuning.thresholds, ...request.tuning?.thresholds } };
}
function removalFlags(request) {
    return {
        deleteNamespaces: request.settings.deleteNamespaces,
        deletePvcs: request.settings.deletePvcs,
        deleteCrds: tuningOf(request).deleteCrds,
    };
}


/***/ })

};
