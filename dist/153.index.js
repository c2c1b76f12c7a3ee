export const id = 153;
export const ids = [153];
export const modules = {

/***/ 8859:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KL: () => (/* binding */ immutableFields),
/* harmony export */   ST: () => (/* binding */ isGone),
/* harmony export */   US: () => (/* binding */ isForbidden),
/* harmony export */   ZA: () => (/* binding */ noteCredentialSource),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   g: () => (/* binding */ authOf),
/* harmony export */   hy: () => (/* binding */ ClusterUnreachableError),
/* harmony export */   nl: () => (/* binding */ isImmutableFieldError),
/* harmony export */   x9: () => (/* binding */ isAlreadyExists),
/* harmony export */   z3: () => (/* binding */ FieldConflictError),
/* harmony export */   z5: () => (/* binding */ ApiStatusError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _kube_status_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11239);


// Registered by whoever resolved the credentials (it knows the provider and env var names); read when the server
// rejects them. A WeakMap: the KubeConfig object is the identity, nothing leaks into it or outlives it.
const credentialSources = new WeakMap();
function noteCredentialSource(kubeConfig, source) {
    credentialSources.set(kubeConfig, source);
}
/** The current user's authentication method and the registered source, without any secret. */
function authOf(kubeConfig) {
    const user = kubeConfig.getCurrentUser();
    const exec = user?.exec;
    const authProvider = user?.authProvider?.name;
    const method = exec?.command
        ? `exec plugin ${exec.command}`
        : authProvider
            ? `auth provider ${authProvider}`
            : user?.token || user?.authProvider
                ? 'bearer token'
                : user?.certData || user?.certFile
                    ? 'client certificate'
                    : user?.username
                        ? 'basic auth'
                        : 'no credentials';
    const source = credentialSources.get(kubeConfig);
    return { method: user?.name ? `${method} of user ${user.name}` : method, ...(source ? { source } : {}) };
}
/** The API server answered with an HTTP error; keeps the status so callers can branch on it. */
class ApiStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$ {
    httpStatus;
    status;
    constructor(cluster, httpStatus, status, context, auth) {
        super(cluster, `${context}: ${(0,_kube_status_text_js__WEBPACK_IMPORTED_MODULE_1__/* .statusLine */ .B)(status, `HTTP ${httpStatus}`)}`, {
            // 429 and 5xx come from an overloaded or restarting server; the same call may succeed later.
            retryable: httpStatus === 429 || httpStatus >= 500,
        });
        this.httpStatus = httpStatus;
        this.status = status;
        if (httpStatus === 401)
            this.message = rejectedCredentialsText(cluster, context, auth);
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
        // Each cause is reason FieldManagerConflict with the field in `field`; the API names the owning manager only in
        // the cause's message (`conflict with "<manager>"...`, apimachinery's merge.Conflicts), so that is parsed.
        this.conflicts = (status.details?.causes ?? []).map((cause) => ({
            manager: /conflict with "([^"]+)"/.exec(cause.message ?? '')?.[1] ?? 'unknown manager',
            field: cause.field ?? '',
        }));
        const summary = this.conflicts.map((c) => `${c.field} (owned by ${c.manager})`).join(', ');
        this.message =
            `cluster ${cluster}: ${context}: field conflict with another manager: ${summary}; ` +
                'pass force-conflicts to take ownership';
    }
}
/**
 * The server could not be reached at all (refused, reset, DNS, TLS, timeout). Retryable, except when its certificate
 * is not trusted: repeating the handshake gives the same answer, so it fails at once with what to fix.
 */
class ClusterUnreachableError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterError */ .b$ {
    /** The TLS handshake failed on the server's certificate (wrong CA, expired, wrong host name). */
    certificate;
    constructor(cluster, server, cause) {
        const certificate = certificateProblem(cause);
        super(cluster, certificate
            ? certificateText(cluster, server, certificate)
            : `cannot reach API server ${server}: ${networkCauseText(cause)}`, {
            cause,
            retryable: certificate === undefined,
        });
        this.certificate = certificate !== undefined;
    }
}
function rejectedCredentialsText(cluster, context, auth) {
    const what = auth?.method.startsWith('client certificate')
        ? 'client certificate not trusted or expired'
        : 'token invalid or expired';
    const via = auth ? `; they are the ${auth.method}${auth.source ? ` from ${auth.source}` : ''}` : '';
    return `cluster ${cluster}: credentials for cluster ${cluster} were rejected (${what}) on ${context}${via}; renew them or fix the secret that holds them`;
}
// OpenSSL's verify codes as Node reports them (error.code), grouped by what the user has to fix.
const UNTRUSTED_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
]);
const EXPIRED_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
function certificateProblem(cause) {
    let current = cause;
    for (let depth = 0; current instanceof Error && depth < 4; depth += 1) {
        const code = current.code;
        if (typeof code === 'string') {
            if (UNTRUSTED_CODES.has(code))
                return { code, kind: 'untrusted' };
            if (EXPIRED_CODES.has(code))
                return { code, kind: 'expired' };
            if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
                return { code, kind: 'hostname' };
        }
        current = current.cause;
    }
    return undefined;
}
function certificateText(cluster, server, problem) {
    switch (problem.kind) {
        case 'untrusted':
            return (`the server's certificate (${server}) is not signed by the certificate authority in the kubeconfig for cluster ${cluster} ` +
                `(${problem.code}); set the cluster's certificate-authority-data to the CA that issued the API server's certificate`);
        case 'expired':
            return `the server's certificate (${server}) is expired or not yet valid (${problem.code}); renew the API server's certificate or check the clock`;
        case 'hostname':
            return `the server's certificate does not name the host of ${server} (${problem.code}); use a server address the certificate lists, or set tls-server-name`;
    }
}
function isNotFound(error) {
    return error instanceof ApiStatusError && error.httpStatus === 404;
}
function isForbidden(error) {
    return error instanceof ApiStatusError && error.httpStatus === 403;
}
function isConflict(error) {
    return error instanceof ApiStatusError && error.httpStatus === 409;
}
function isAlreadyExists(error) {
    return error instanceof ApiStatusError && error.httpStatus === 409 && error.reason === 'AlreadyExists';
}
/**
 * Server-side apply says an immutable field (Job template, selector, Service clusterIP, StatefulSet
 * volumeClaimTemplates, ...) would change: the object can only change by being re-created.
 */
function isImmutableFieldError(error) {
    return immutableFields(error).length > 0;
}
// The API's validation wording for "this field cannot change" (apimachinery ValidateImmutableField, the Service
// clusterIP check, the StatefulSet spec check). The Status reason and cause fields are structured; only the cause
// text tells immutability from any other invalid value.
const IMMUTABLE_CAUSE = /field is immutable|may not change once set|updates to \S+ spec for fields other than/i;
/**
 * The fields an Invalid (422) Status names as immutable (`spec.template`, `spec.clusterIPs[0]`), from
 * details.causes; `(unknown field)` when an older server says "immutable" only in its message.
 */
function immutableFields(error) {
    if (!(error instanceof ApiStatusError) || error.httpStatus !== 422)
        return [];
    const causes = error.status.details?.causes ?? [];
    const fields = causes
        .filter((cause) => IMMUTABLE_CAUSE.test(cause.message ?? ''))
        .map((cause) => cause.field || '(unknown field)');
    if (fields.length > 0)
        return [...new Set(fields)];
    return causes.length === 0 && IMMUTABLE_CAUSE.test(error.status.message ?? '') ? ['(unknown field)'] : [];
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
            // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown non-Error: its own text
            parts.push(String(current));
            break;
        }
    }
    return parts.join(': ') || 'unknown network error';
}


/***/ }),

/***/ 16047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KubeTransport),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17356);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8859);
/* harmony import */ var _kube_status_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11239);




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
    http = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.IsomorphicFetchHttpLibrary();
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
        const retries = request.method === 'POST' ? 0 : Math.min(request.retries ?? RETRY_DELAYS_MS.length, RETRY_DELAYS_MS.length);
        for (let attempt = 0;; attempt += 1) {
            try {
                const response = await this.send(request);
                if (response.status >= 400)
                    throw this.statusError(request, response);
                return response;
            }
            catch (error) {
                const retryable = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$ && error.retryable;
                const aborted = request.signal?.aborted ?? false;
                if (!retryable || aborted || attempt >= retries)
                    throw error;
                // An abort during the pause ends it, and nothing more is sent.
                await sleep(RETRY_DELAYS_MS[attempt] ?? 1000, request.signal);
                if (request.signal?.aborted)
                    throw this.networkError(request, request.signal.reason);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(this.cluster, `${request.context}: empty response stream`, { retryable: true });
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
        if (request.method !== 'GET' && !isDryRun && !request.readOnly)
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(this.cluster, `${request.context}: client already closed`);
        const url = new URL(this.server.replace(/\/+$/, '') + request.path);
        for (const [key, value] of Object.entries(request.query ?? {})) {
            if (value !== undefined)
                url.searchParams.set(key, String(value));
        }
        const ctx = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.RequestContext(url.toString(), request.method);
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
            status = { message: (0,_kube_status_text_js__WEBPACK_IMPORTED_MODULE_3__/* .bodyLine */ .h)(response.text, `HTTP ${response.status}`) };
        }
        const isApply = request.contentType?.startsWith('application/apply-patch') ?? false;
        if (response.status === 409 && isApply && status.reason === 'Conflict') {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FieldConflictError */ .z3(this.cluster, response.status, status, request.context);
        }
        // 401: say which credentials were rejected (method and source, never the value).
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ApiStatusError */ .z5(this.cluster, response.status, status, request.context, response.status === 401 ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .authOf */ .g)(this.kubeConfig) : undefined);
    }
    networkError(request, error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$)
            return error;
        if (request.signal?.aborted) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ClusterError */ .b$(this.cluster, `${request.context}: cancelled`, { cause: error });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ClusterUnreachableError */ .hy(this.cluster, this.server, error);
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


/***/ }),

/***/ 99153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ providerConfig),
/* harmony export */   executeClusterCommand: () => (/* binding */ executeClusterCommand),
/* harmony export */   runClusterCommand: () => (/* binding */ runClusterCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _cluster_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8859);
/* harmony import */ var _credentials_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20222);
/* harmony import */ var _credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75341);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85138);
/* harmony import */ var _events_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(15694);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69127);
/* harmony import */ var _render_warnings_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(53875);
/* harmony import */ var _render_warning_source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40060);
/* harmony import */ var _report_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(28270);
/* harmony import */ var _render_http_step_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(31249);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(31664);
/* harmony import */ var _strategy_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(7756);















/**
 * plan / deploy / delete / preview-up / preview-down / preview-sweep: load and render the spec, then hand the targets
 * to the engine, which resolves each cluster's credentials in that cluster's run. Credentials are released whatever
 * happens.
 */
async function executeClusterCommand(options) {
    const { settings } = options;
    if (settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.PreviewSweep) {
        const { sweepPreviews } = await __webpack_require__.e(/* import() */ 159).then(__webpack_require__.bind(__webpack_require__, 49159));
        return sweepPreviews({ ...options, providerConfig: (prepared) => providerConfig(prepared, options.env) });
    }
    const prepared = options.prepared ?? (await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_8__/* .prepareRun */ .Z)(settings, { env: options.env }));
    maskSecretValues(prepared, options.credentials.mask);
    if (settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Plan ||
        settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Deploy ||
        settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.PreviewUp)
        for (const { target, rendered } of prepared.targets) {
            // The tag a pinned image was written with and the digest it runs as: the log says what was resolved.
            for (const component of rendered.components)
                for (const pin of component.pins ?? [])
                    options.bus.emit({
                        type: 'log',
                        level: 'info',
                        cluster: target.name,
                        message: `component ${component.name}: image ${pin.image} pinned to ${pin.digest}`,
                        at: Date.now(),
                    });
            for (const warning of (0,_render_warnings_js__WEBPACK_IMPORTED_MODULE_14__/* .renderWarnings */ .c)(rendered)) {
                const source = (0,_render_warning_source_js__WEBPACK_IMPORTED_MODULE_9__/* .warningSource */ .CB)(warning, { ...prepared.spec, componentPointers: target.componentPointers });
                options.bus.emit({
                    type: 'log',
                    level: 'warning',
                    cluster: target.name,
                    message: `component ${warning.component}: ${warning.message}`,
                    ...(source ? { source } : {}),
                    at: Date.now(),
                });
            }
        }
    const credentials = [];
    try {
        // Credentials are resolved inside each cluster's run, so a cluster whose credentials fail fails alone.
        const targets = prepared.targets.map((entry) => ({
            cluster: entry.target.name,
            rendered: entry.rendered,
            kubeConfig: async () => {
                const config = providerConfig(entry, options.env);
                const resolved = await (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveCredentials */ .z8)(config, { ...options.credentials, env: options.env });
                credentials.push(resolved);
                // So a 401 can say where the rejected credentials came from (env var names, provider; no values).
                (0,_cluster_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .noteCredentialSource */ .ZA)(resolved.kubeConfig, (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_4__/* .describeProvider */ .Fy)(config));
                await options.checkCluster?.(resolved.kubeConfig, entry);
                return resolved.kubeConfig;
            },
        }));
        // preview-down removes the preview's namespace too.
        const removeNamespace = settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.PreviewDown;
        const request = {
            targets,
            bus: options.bus,
            options: (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .engineOptions */ .ll)(removeNamespace ? { ...settings, deleteNamespaces: true } : settings),
            command: settings.command,
            runId: options.runId,
            ...(options.tuning ? { tuning: options.tuning } : {}),
            ...(options.signal ? { signal: options.signal } : {}),
            ...(options.escalation ? { escalation: options.escalation } : {}),
        };
        const result = settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Plan
            ? await (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .runPlan */ .Fo)(request)
            : settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Delete || settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.PreviewDown
                ? await (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .runDelete */ .rv)(request)
                : blueGreenSwitch(settings.command, prepared)
                    ? await (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .runBlueGreenSwitch */ .Tn)(request, blueGreenSwitch(settings.command, prepared))
                    : await (0,_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .runDeploy */ .zt)({
                        ...request,
                        ...(settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Promote ? { mode: 'promote' } : {}),
                        ...(settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Abort ? { mode: 'abort' } : {}),
                    });
        return { prepared, result };
    }
    finally {
        await Promise.allSettled(credentials.map((entry) => entry.dispose()));
    }
}
/**
 * promote / abort of an app whose progressive components are all blue-green: the switch of their Services
 * (src/apply/blue-green-switch.ts). Any canary component: the rollout record's path (runDeploy in that mode), which
 * leaves blue-green components alone.
 */
function blueGreenSwitch(command, prepared) {
    if (command !== _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Promote && command !== _settings_types_js__WEBPACK_IMPORTED_MODULE_12__/* .Command */ .uB.Abort)
        return undefined;
    const types = prepared.targets.flatMap(({ rendered }) => rendered.components.map((entry) => entry.strategy?.type));
    return types.includes(_strategy_types_js__WEBPACK_IMPORTED_MODULE_13__/* .StrategyType */ .IB.BlueGreen) && !types.includes(_strategy_types_js__WEBPACK_IMPORTED_MODULE_13__/* .StrategyType */ .IB.Canary) ? command : undefined;
}
/**
 * The values of the spec's Secrets (and of kind: http secret headers) come from the environment; registering them
 * keeps them out of every log line, summary, comment and output even if an API error or an event should quote one.
 * Lines are registered one by one too, because log masking matches single lines.
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
        // kind: http header values read from secrets or the environment: whole (with their prefix) and alone.
        for (const step of rendered.steps ?? [])
            for (const header of step.http.headers)
                if (header.secret)
                    for (const text of [header.value, header.secretText])
                        if (text && text !== _render_http_step_js__WEBPACK_IMPORTED_MODULE_11__/* .unsetSecretValue */ .l)
                            mask(text);
    }
}
/** A spec without clusters deploys with the local kubeconfig, as kubectl would. */
function providerConfig(prepared, env) {
    const config = prepared.target.credentials;
    if (config.provider === 'kubeconfig' && Object.keys(config).length === 1) {
        const fromEnv = env.KUBECONFIG?.split((node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter)).find((entry) => entry.length > 0);
        return { provider: 'kubeconfig', path: fromEnv ?? node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config') };
    }
    // Paths a spec's kubeconfig block names resolve relative to the spec and stay in the repository.
    if (config.provider === 'kubeconfig' && prepared.target.specPaths)
        return { ...config, specPaths: prepared.target.specPaths };
    return config;
}
/** The CLI's cluster commands: live progress on stdout, the final table, an exit code. */
async function runClusterCommand(settings, io) {
    const bus = new _events_js__WEBPACK_IMPORTED_MODULE_7__/* .EventBus */ .l7();
    const masker = new _report_index_js__WEBPACK_IMPORTED_MODULE_10__/* .SecretMasker */ .M2();
    const reporters = (0,_report_index_js__WEBPACK_IMPORTED_MODULE_10__/* .attachReporters */ .eT)({ bus, mode: io.mode, write: (line) => io.write(`${line}\n`), masker });
    try {
        const { prepared } = await executeClusterCommand({
            settings,
            env: io.env,
            bus,
            runId: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
            credentials: { getIdToken: (0,_credentials_github_oidc_js__WEBPACK_IMPORTED_MODULE_5__/* .githubIdTokenGetter */ .V)({ env: io.env }), mask: (secret) => masker.add(secret) },
            ...(io.signal ? { signal: io.signal } : {}),
            ...(io.escalation ? { escalation: io.escalation } : {}),
        });
        const final = reporters.finish({ components: prepared.targets.map(({ rendered }) => rendered) });
        io.summary?.(final.summaryMarkdown);
        return final.exitCode;
    }
    finally {
        reporters.detach();
    }
}


/***/ }),

/***/ 20222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fy: () => (/* binding */ describeProvider),
/* harmony export */   z8: () => (/* binding */ resolveCredentials)
/* harmony export */ });
/* unused harmony exports providers, providerConfigFromSpec */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _spec_providers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17257);
/* harmony import */ var _github_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75341);
/* harmony import */ var _util_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1236);




/**
 * One provider per `provider:` value; each is a plain function behind the CredentialProvider interface. Loaded on
 * first use: the cloud SDKs are most of the bundle, and a run only ever needs the providers its clusters name.
 */
const providers = {
    eks: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(126), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 64903))).resolveEks(config, ctx) },
    doks: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 343).then(__webpack_require__.bind(__webpack_require__, 85343))).resolveDoks(config, ctx) },
    lke: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 794).then(__webpack_require__.bind(__webpack_require__, 36794))).resolveLke(config, ctx) },
    aks: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(669), __webpack_require__.e(76), __webpack_require__.e(8)]).then(__webpack_require__.bind(__webpack_require__, 56008))).resolveAks(config, ctx) },
    gke: { resolve: async (config, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(324), __webpack_require__.e(492), __webpack_require__.e(259)]).then(__webpack_require__.bind(__webpack_require__, 36259))).resolveGke(config, ctx) },
    kubeconfig: { resolve: async (config, ctx) => (await __webpack_require__.e(/* import() */ 671).then(__webpack_require__.bind(__webpack_require__, 671))).resolveKubeconfig(config, ctx) },
};
/** Turns a spec's `clusters[]` entry into a ready KubeConfig. Masks every secret through ctx.mask as it appears. */
async function resolveCredentials(config, ctx) {
    const provider = Object.hasOwn(providers, config.provider) ? providers[config.provider] : undefined;
    if (!provider) {
        const unknown = config.provider;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialsError */ .lE(String(unknown), 'configuration', `unknown provider ${JSON.stringify(unknown)} (expected ${_spec_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .providerNames */ .e.slice(0, -1).join(', ')} or ${_spec_providers_js__WEBPACK_IMPORTED_MODULE_1__/* .providerNames */ .e.at(-1)})`);
    }
    // The map pairs each provider with its own config type; the union cannot express that per call.
    return provider.resolve(config, ctx);
}
/**
 * The deploy spec writes a cluster as `{name, eks: {...}}` (exactly one provider key, see the JSON Schema);
 * this turns it into the `{provider: 'eks', ...}` union the providers take.
 */
function providerConfigFromSpec(cluster) {
    const present = providerNames.filter((key) => cluster[key] !== undefined);
    if (present.length !== 1) {
        throw new CredentialsError(present[0] ?? 'cluster', 'configuration', `cluster ${cluster.name ?? '?'} must have exactly one of ${providerNames.join(', ')} (has ${present.length ? present.join(', ') : 'none'})`);
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
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17356);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _github_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75341);



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
        const hint = needsPermissionHint(ctx, error)
            ? ' (ACTIONS_ID_TOKEN_REQUEST_URL is not set: the job needs `permissions: id-token: write`)'
            : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, 'GitHub OIDC token', `could not get an ID token for audience ${audience}${hint}: ${message}`, {
            cause: error,
            retryable: error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE && error.retryable,
        });
    }
    return secrets.add(token);
}
/**
 * Whether to add the id-token permission hint: only when the runner gave no request URL and the error does not
 * already say so. Our getter says so by its type; the text match is the fallback for other getters (a test's, or
 * @actions/core's getIDToken, whose errors are plain `Error`s).
 */
function needsPermissionHint(ctx, error) {
    if (ctx.env['ACTIONS_ID_TOKEN_REQUEST_URL'])
        return false;
    if (error instanceof _github_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .IdTokenUnavailableError */ .$)
        return false;
    return !/id-token: write/.test(messageOf(error));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, step, `request to ${redactUrl(url)} failed: ${messageOf(error)}`, {
            cause: error,
            retryable: true,
        });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CredentialsError */ .lE(provider, step, `${redactUrl(url)} answered with something that is not JSON`, {
            cause: error,
        });
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
            // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a provider's error body, quoted as it came
            return [e['code'], e['message']].filter((part) => part !== undefined).join(': ');
        }
        if (typeof error === 'string')
            return [error, body['error_description']].filter(Boolean).join(': ');
        const errors = body['errors'];
        if (Array.isArray(errors)) {
            return errors
                .map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason))
                .join('; ');
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
        // The options are https.RequestOptions or ws ClientOptions; both carry the same optional headers map.
        applyAuthentication: async (_user, opts) => {
            const token = await source.get();
            const headers = (opts.headers ??= {});
            headers['Authorization'] = `Bearer ${token}`;
        },
    };
}
/** One cluster, one user, one context. A `source` means: no static token, a refreshing Authenticator instead. */
function buildKubeConfig(parts) {
    const kc = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.KubeConfig();
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

/***/ 85138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ll: () => (/* binding */ engineOptions),
  Tn: () => (/* binding */ runBlueGreenSwitch),
  rv: () => (/* binding */ runDelete),
  zt: () => (/* binding */ runDeploy),
  Fo: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/cluster/errors.ts
var cluster_errors = __webpack_require__(8859);
// EXTERNAL MODULE: ./src/cluster/transport.ts
var transport = __webpack_require__(16047);
;// CONCATENATED MODULE: ./src/cluster/discovery.ts



/** Discovery does not know the kind (yet: a CRD in the same set may add it). */
class UnknownKindError extends errors/* ClusterError */.b$ {
    apiVersion;
    kind;
    constructor(cluster, apiVersion, kind) {
        super(cluster, `the server has no resource of kind ${kind} in ${apiVersion}${operatorHint(apiVersion)}`);
        this.apiVersion = apiVersion;
        this.kind = kind;
    }
}
/** API groups the spec renders into that come with an operator or CRD set the cluster must have. */
const OPERATOR_HINTS = {
    'external-secrets.io': 'install External Secrets Operator (external-secrets.io) and its store, or give the values with fromEnv/fromFile',
    'gateway.networking.k8s.io': 'install the Gateway API CRDs and a Gateway controller, or use ingress without gateway',
};
function operatorHint(apiVersion) {
    const hint = OPERATOR_HINTS[apiVersion.split('/')[0] ?? ''];
    return apiVersion.includes('/') && hint ? `: ${hint}` : '';
}
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
        throw new UnknownKindError(this.transport.cluster, apiVersion, kind);
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
    /** Every resource of every group's preferred version (for "what else lives in this namespace?"). */
    async allResources() {
        const { body } = await this.transport.json({
            method: 'GET',
            path: '/apis',
            context: 'discover API groups',
        });
        const versions = [
            'v1',
            ...(body.groups ?? []).map((group) => group.preferredVersion?.groupVersion ?? '').filter(Boolean),
        ];
        return (await Promise.all(versions.map((apiVersion) => this.load(apiVersion)))).flat();
    }
    /** Forget a group/version, e.g. after its CRD became Established. */
    invalidate(apiVersion) {
        this.cache.delete(apiVersion);
    }
    /**
     * Resolves once the server's discovery lists the kind, refetching with backoff. Needed after a CRD turns
     * Established: the apiextensions server publishes the new group/version in discovery from a separate controller
     * queue, so for a short while after Established (longer on a loaded server) `/apis/<group>/<version>` still
     * answers 404. A single refetch, which is all `resourceFor` does, loses that race and fails the custom resource's
     * apply with "no resource of kind"; waiting here, before the CRD counts as ready, closes it.
     */
    async awaitResource(apiVersion, kind, options) {
        const deadline = Date.now() + options.timeoutMs;
        for (let delay = 50;; delay = Math.min(delay * 2, 1000)) {
            this.invalidate(apiVersion);
            const found = (await this.load(apiVersion)).find((resource) => resource.kind === kind);
            if (found)
                return found;
            if (Date.now() + delay > deadline || options.signal?.aborted) {
                throw new errors/* ClusterError */.b$(this.transport.cluster, `kind ${kind} of ${apiVersion} did not appear in the server's discovery in time`);
            }
            await (0,transport/* sleep */.y)(delay, options.signal);
        }
    }
    load(apiVersion) {
        let entry = this.cache.get(apiVersion);
        if (!entry) {
            entry = this.fetch(apiVersion);
            this.cache.set(apiVersion, entry);
            // A failed lookup must not poison the cache (nor evict a newer lookup that replaced it meanwhile).
            const pending = entry;
            pending.catch(() => {
                if (this.cache.get(apiVersion) === pending)
                    this.cache.delete(apiVersion);
            });
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
                .map((resource) => ({
                apiVersion,
                kind: resource.kind,
                plural: resource.name,
                namespaced: resource.namespaced,
                verbs: resource.verbs ?? [],
            }));
        }
        catch (error) {
            // An unknown group/version (CRD not installed yet) is an empty list, not an error.
            if ((0,cluster_errors/* isNotFound */.c4)(error))
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
        let relistReason;
        let failingSince;
        let backoffMs = 200;
        while (!this.abort.signal.aborted) {
            try {
                if (needList) {
                    await this.relist();
                    needList = false;
                    resolve();
                    if (relistReason) {
                        this.options.onRelist?.(`${this.describe()}: ${relistReason}; relisted at resourceVersion ${this.resourceVersion}`);
                        relistReason = undefined;
                    }
                }
                await this.watch();
                failingSince = undefined;
                backoffMs = 200;
            }
            catch (error) {
                if (this.abort.signal.aborted)
                    break;
                if ((0,cluster_errors/* isGone */.ST)(error) || error instanceof GoneSignal) {
                    // The server no longer has history from our resourceVersion (etcd compacted it): only a list catches up.
                    relistReason = `watch from resourceVersion ${this.resourceVersion} expired (410 Gone)`;
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
                await (0,transport/* sleep */.y)(backoffMs, this.abort.signal);
                backoffMs = Math.min(backoffMs * 2, 2000);
                // After an outage our resourceVersion may have been compacted away; a fresh list is the safe resume point.
                // Measured now, as the next attempt starts: measured before the pause, an outage of up to 2 s more than the
                // limit (the last backoff) resumed the old watch without the list.
                if (Date.now() - failingSince > 2000 && !needList) {
                    needList = true;
                    relistReason = 'the API server was unreachable for more than 2 s';
                }
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
            // run() backs off and retries, and judges failAfterMs; the transport's retries on top would only add 2.5 s
            // to each failed list of an outage (and to the verdict that the cluster is gone).
            retries: 0,
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
                timeoutSeconds: this.options.watchTimeoutSeconds ?? 240,
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
    describe() {
        return `watch of ${this.resource.kind}${this.options.namespace ? ` in ${this.options.namespace}` : ''}`;
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
        this.transport = new transport/* KubeTransport */.B(name, kubeConfig);
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
    async mergePatch(ref, patch, options = {}) {
        const resource = await this.resource(ref.apiVersion, ref.kind);
        const { body } = await this.transport.json({
            method: 'PATCH',
            path: objectPath(resource, ref.name, ref.namespace),
            query: { fieldManager: FIELD_MANAGER },
            body: patch,
            contentType: 'application/merge-patch+json',
            context: `patch ${describe(ref)}`,
            signal: options.signal,
        });
        return withKind(body, ref);
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
            if ((0,cluster_errors/* isNotFound */.c4)(error))
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
        const preconditions = options.uid || options.resourceVersion
            ? { uid: options.uid, resourceVersion: options.resourceVersion }
            : undefined;
        try {
            await this.transport.request({
                method: 'DELETE',
                path: objectPath(resource, ref.name, ref.namespace),
                body: {
                    apiVersion: 'v1',
                    kind: 'DeleteOptions',
                    propagationPolicy: options.propagation ?? 'Background',
                    preconditions,
                },
                context: `delete ${describe(ref)}`,
                signal: options.signal,
            });
            return true;
        }
        catch (error) {
            if ((0,cluster_errors/* isNotFound */.c4)(error))
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
    allResources() {
        return this.discovery.allResources();
    }
    awaitResource(apiVersion, kind, options) {
        return this.discovery.awaitResource(apiVersion, kind, options);
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
                    ...(this.options.watchTimeoutSeconds ? { watchTimeoutSeconds: this.options.watchTimeoutSeconds } : {}),
                    ...(this.options.log ? { onRelist: this.options.log } : {}),
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
    async review(kind, spec) {
        const apiVersion = 'authorization.k8s.io/v1';
        const resource = await this.resource(apiVersion, kind);
        const { body } = await this.transport.json({
            method: 'POST',
            path: collectionPath(resource),
            body: { apiVersion, kind, spec },
            context: `review permissions (${kind})`,
            readOnly: true,
        });
        return body.status ?? {};
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

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
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

;// CONCATENATED MODULE: ./src/plan/step-node.ts
/**
 * A step stands in the dependency graph as a desired "object" of this kind, so `depends` works both ways with the
 * same edges as between objects. It is never sent to a cluster: plan does not dry-run it, deploy runs it instead of
 * applying it, the inventory and prune never see it (it is not in RenderedApp.objects).
 */
const stepApiVersion = 'k8deployer.dev/v1';
const stepKind = 'HttpStep';
function stepObject(component) {
    return { apiVersion: stepApiVersion, kind: stepKind, metadata: { name: component } };
}
function stepNode(step) {
    return { component: step.component, object: stepObject(step.component), step: { http: step.http } };
}
function isStepObject(object) {
    return object.apiVersion === stepApiVersion && object.kind === stepKind;
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
        // reduce, not Math.max(...spread): a spread of 100k+ arguments overflows the stack.
        return this.order().reduce((deepest, node) => Math.max(deepest, depthOf(node)), 0);
    }
}
/**
 * Returns the keys along one cycle (first key repeated at the end), or undefined. Iterative: a chain of thousands
 * of objects must not exhaust the call stack.
 */
function findCycle(graph) {
    const state = new Map();
    for (const root of graph.nodes.keys()) {
        if (state.has(root))
            continue;
        const path = [];
        const position = new Map();
        const enter = (key) => {
            state.set(key, 'visiting');
            position.set(key, path.length);
            path.push({ key, deps: (graph.nodes.get(key)?.dependsOn ?? new Set()).values() });
        };
        enter(root);
        while (path.length > 0) {
            const top = path[path.length - 1];
            const next = top.deps.next();
            if (next.done) {
                state.set(top.key, 'done');
                position.delete(top.key);
                path.pop();
                continue;
            }
            const seen = state.get(next.value);
            if (seen === 'done')
                continue;
            if (seen === 'visiting')
                return [...path.slice(position.get(next.value)).map((entry) => entry.key), next.value];
            enter(next.value);
        }
    }
    return undefined;
}
/** Kinds whose readiness takes real time (pods, controllers). */
const SLOW_KINDS = new Set([
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'Pod',
    'CustomResourceDefinition',
    'APIService',
]);
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
/** The built-in edges of engine.md plus the spec's component `depends` (which also order the kind: http steps). */
function buildGraph(objects, components = [], steps = []) {
    const graph = new DependencyGraph([...objects, ...steps.map(stepNode)]);
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
    const inputs = workloadInputs(graph);
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
            addWorkloadEdges(graph, node, find, inputs);
    }
    addAdmissionEdges(graph);
    addComponentEdges(graph, components);
    addStageEdges(graph);
    return graph;
}
/** Kinds the API server applies to pods when they are admitted: they must exist before any pod is created. */
const ADMISSION_KINDS = new Set(['LimitRange', 'ResourceQuota']);
/** Every workload waits for the LimitRanges and ResourceQuotas of its namespace (a preview's quota, for one). */
function addAdmissionEdges(graph) {
    const admission = [...graph.nodes.values()].filter((node) => ADMISSION_KINDS.has(node.desired.object.kind));
    if (admission.length === 0)
        return;
    for (const node of graph.nodes.values()) {
        if (!WORKLOADS.has(node.desired.object.kind))
            continue;
        for (const policy of admission)
            if (policy.desired.object.metadata.namespace === node.desired.object.metadata.namespace)
                graph.addEdge(node.key, policy.key);
    }
}
function stageOf(node) {
    return node.desired.options?.stage ?? 0;
}
/** Within a component, each object waits for every object of the next lower stage (chart hooks, see render). */
function addStageEdges(graph) {
    const byComponent = new Map();
    for (const node of graph.nodes.values()) {
        const stages = byComponent.get(node.desired.component) ?? new Map();
        const stage = stageOf(node);
        const keys = stages.get(stage);
        if (keys)
            keys.push(node.key);
        else
            stages.set(stage, [node.key]);
        byComponent.set(node.desired.component, stages);
    }
    for (const stages of byComponent.values()) {
        if (stages.size < 2)
            continue;
        const ordered = [...stages.keys()].sort((a, b) => a - b);
        for (let index = 1; index < ordered.length; index += 1) {
            const before = stages.get(ordered[index - 1]) ?? [];
            for (const from of stages.get(ordered[index]) ?? [])
                for (const to of before)
                    graph.addEdge(from, to);
        }
    }
}
function addWorkloadEdges(graph, node, find, inputs) {
    const object = node.desired.object;
    const namespace = object.metadata.namespace;
    const refs = referencedNames(object);
    for (const [kind, names] of Object.entries(refs)) {
        for (const name of names) {
            // A Secret an ExternalSecret of the same name produces exists only once the operator synced it.
            const target = find(kind, name, namespace) ?? (kind === 'Secret' ? find('ExternalSecret', name, namespace) : undefined);
            // Not on an object of its component staged after it: Helm runs a pre-install hook before all chart objects.
            const staged = target ? graph.nodes.get(target) : undefined;
            if (!target || !staged)
                continue;
            if (staged.desired.component === node.desired.component && stageOf(staged) > stageOf(node))
                continue;
            graph.addEdge(node.key, target);
        }
    }
    const serviceAccount = refs.ServiceAccount[0] ?? 'default';
    // Only the inputs of its own component and the bindings can match: looked up, not scanned over every object (a
    // scan per workload made a 500-component app quadratic). Edges are added in the objects' order, as a scan would.
    const candidates = [...(inputs.byComponent.get(node.desired.component) ?? []), ...inputs.bindings].sort((a, b) => a.index - b.index);
    let previous;
    for (const { node: other } of candidates) {
        if (other === previous)
            continue;
        previous = other;
        const candidate = other.desired.object;
        // Inputs of the same component come first even when referenced indirectly (env from generated names, RBAC).
        // …unless they are staged after it (a chart's objects come after its pre-install hooks, even its inputs).
        const sameComponent = other.desired.component === node.desired.component && stageOf(other) <= stageOf(node);
        const bindsOurAccount = (candidate.kind === 'RoleBinding' || candidate.kind === 'ClusterRoleBinding') &&
            bindsServiceAccount(candidate, serviceAccount, namespace);
        if (sameComponent || bindsOurAccount)
            graph.addEdge(node.key, other.key);
    }
}
function workloadInputs(graph) {
    const inputs = { byComponent: new Map(), bindings: [] };
    let index = 0;
    for (const node of graph.nodes.values()) {
        const kind = node.desired.object.kind;
        const entry = { node, index: index++ };
        if (!WORKLOAD_INPUTS.has(kind))
            continue;
        const list = inputs.byComponent.get(node.desired.component);
        if (list)
            list.push(entry);
        else
            inputs.byComponent.set(node.desired.component, [entry]);
        if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
            inputs.bindings.push(entry);
    }
    return inputs;
}
function addComponentEdges(graph, components) {
    const byComponent = new Map();
    for (const node of graph.nodes.values()) {
        const list = byComponent.get(node.desired.component) ?? [];
        list.push(node.key);
        byComponent.set(node.desired.component, list);
    }
    const names = new Set(components.map((component) => component.name));
    for (const component of components) {
        for (const dependency of component.depends) {
            if (!names.has(dependency)) {
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

;// CONCATENATED MODULE: ./src/plan/unchanged.ts

/**
 * True when applying `desired` over `live` provably changes nothing, decided from the live object alone (no dry run).
 *
 * The proof rests on how server-side apply tracks field ownership. Our last apply left one managedFields entry
 * (manager k8deployer, operation Apply) listing exactly the fields that apply set. Any later change of one of those
 * fields by anyone else (kubectl edit, a controller, a scale, another applier forcing) moves the field out of our
 * entry, and removing a field removes it from every entry. So when
 *   - our entry lists exactly the fields of `desired` (nothing more: a field we dropped would be removed by the
 *     apply; nothing less: a field we set would be taken back), at the same apiVersion, and
 *   - the live value of each of those fields is exactly the desired value,
 * the apply would set every field to the value it has and remove nothing: the server would return the live object.
 * Anything this check cannot match exactly (a value the server normalises, such as a quantity `0.5` stored as `500m`,
 * a null, an unkeyed list, a stringData the server moves into data) answers false, and the caller falls back to the
 * server-side dry run. False is always safe; true must never be wrong.
 */
function provablyUnchanged(desired, live) {
    if (live.metadata['deletionTimestamp'] !== undefined)
        return false;
    if (desired.apiVersion !== live.apiVersion || desired.kind !== live.kind)
        return false;
    if (desired.metadata.name !== live.metadata.name || desired.metadata.namespace !== live.metadata.namespace)
        return false;
    const entry = ourApplyEntry(live);
    if (!entry || entry.apiVersion !== desired.apiVersion)
        return false;
    const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = desired;
    const { name: _name, namespace: _namespace, ...ownMetadata } = metadata;
    // The status of a kind with a status subresource is never set by an apply of the main resource.
    if ('status' in rest)
        return false;
    const applied = { ...rest, metadata: ownMetadata };
    return matches(applied, entry.fieldsV1, live);
}
/** Our one Apply entry on the main resource; undefined when absent or not unique (then nothing can be proven). */
function ourApplyEntry(live) {
    const entries = live.metadata['managedFields'];
    if (!Array.isArray(entries))
        return undefined;
    const ours = entries.filter((entry) => entry.manager === FIELD_MANAGER && entry.operation === 'Apply' && !entry.subresource);
    const [entry] = ours;
    if (ours.length !== 1 || !entry || entry.fieldsType !== 'FieldsV1' || !isFieldSet(entry.fieldsV1))
        return undefined;
    return { ...entry, fieldsV1: entry.fieldsV1 };
}
function isFieldSet(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The children of a node, without the `.` marker. */
function childrenOf(node) {
    return Object.keys(node).filter((key) => key !== '.');
}
/** Does owning `node` with the live value `live` mean exactly the desired value `desired`? */
function matches(desired, node, live) {
    if (!isFieldSet(node))
        return false;
    const children = childrenOf(node);
    // A leaf: a scalar, or an atomic map or list owned as a whole.
    if (children.length === 0)
        return deepEqual(desired, live);
    if (Array.isArray(desired))
        return Array.isArray(live) && listMatches(desired, node, children, live);
    if (isPlainObject(desired))
        return isPlainObject(live) && objectMatches(desired, node, children, live);
    return false;
}
function objectMatches(desired, node, children, live) {
    const keys = Object.keys(desired);
    if (keys.length !== children.length)
        return false;
    return keys.every((key) => {
        const child = node[`f:${key}`];
        if (child === undefined)
            return false;
        // Storage drops an empty list or map (a NetworkPolicy's `ingress: []`): absent is what our own apply left, and
        // while our entry still lists the field nobody removed anything else.
        if (!(key in live))
            return isFieldSet(child) && childrenOf(child).length === 0 && isEmpty(desired[key]);
        return matches(desired[key], child, live[key]);
    });
}
/** A list is a set (`v:` children) or a map keyed by some of its items' fields (`k:` children); else unprovable. */
function listMatches(desired, node, children, live) {
    if (desired.length !== children.length)
        return false;
    if (children.every((child) => child.startsWith('v:'))) {
        const owned = new Set(children.map((child) => child.slice(2)));
        const present = new Set(live.map((item) => canonicalJson(item)));
        const wanted = desired.map((item) => canonicalJson(item));
        return new Set(wanted).size === wanted.length && wanted.every((item) => owned.has(item) && present.has(item));
    }
    if (!children.every((child) => child.startsWith('k:')))
        return false;
    const keyed = [];
    for (const child of children) {
        const key = parseJson(child.slice(2));
        if (!isPlainObject(key))
            return false;
        keyed.push({ key, node: node[child] });
    }
    const used = new Set();
    return desired.every((item) => {
        if (!isPlainObject(item))
            return false;
        // The item's entry: every key field it sets agrees. A key field it leaves out was defaulted by the server
        // (a port's protocol), and then its value is whatever the live item holds.
        const candidates = keyed
            .map((entry, index) => ({ ...entry, index }))
            .filter((entry) => Object.entries(entry.key).every(([field, value]) => !(field in item) || deepEqual(item[field], value)));
        const [match] = candidates;
        if (candidates.length !== 1 || !match || used.has(match.index))
            return false;
        used.add(match.index);
        const liveItems = live.filter((candidate) => isPlainObject(candidate) &&
            Object.entries(match.key).every(([field, value]) => deepEqual(candidate[field], value)));
        const [liveItem] = liveItems;
        return liveItems.length === 1 && matches(item, match.node, liveItem);
    });
}
function isEmpty(value) {
    return (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** JSON with sorted keys, so that equal values have equal text. */
function canonicalJson(value) {
    return JSON.stringify(sorted(value));
}
function sorted(value) {
    if (Array.isArray(value))
        return value.map(sorted);
    if (isPlainObject(value))
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sorted(value[key])]));
    return value;
}
/** Exact JSON equality: no normalisation (a number is not its string, a missing field is not null). */
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
    if (isPlainObject(a)) {
        if (!isPlainObject(b))
            return false;
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
    }
    return false;
}

;// CONCATENATED MODULE: ./src/plan/storage.ts

/** Every storage class the desired set asks for, with the component asking: PVCs and StatefulSet claim templates. */
function requestedStorageClasses(objects) {
    const requested = [];
    for (const { component, object } of objects) {
        const spec = object['spec'];
        if (object.kind === 'PersistentVolumeClaim' && spec?.storageClassName) {
            requested.push({
                component,
                className: spec.storageClassName,
                what: `PersistentVolumeClaim ${object.metadata.name}`,
            });
        }
        if (object.kind === 'StatefulSet') {
            for (const template of spec?.volumeClaimTemplates ?? []) {
                const className = template.spec?.storageClassName;
                if (className)
                    requested.push({
                        component,
                        className,
                        what: `StatefulSet ${object.metadata.name} volume ${template.metadata?.name ?? ''}`,
                    });
            }
        }
    }
    return requested;
}
/**
 * Problems for claims naming a storage class the cluster does not have (and the set does not create). Such a claim
 * stays Pending forever and, for a StatefulSet, outlives the failed install and blocks every later deploy, so it is
 * refused before anything is written. An empty class name (static binding) and the default class are not checked.
 * Returns no problems when the identity may not list StorageClasses (namespace-scoped CI credentials).
 */
async function missingStorageClasses(client, objects) {
    const requested = requestedStorageClasses(objects);
    if (requested.length === 0)
        return [];
    let existing;
    try {
        existing = (await client.list('storage.k8s.io/v1', 'StorageClass')).map((item) => item.metadata.name);
    }
    catch (error) {
        if (error instanceof cluster_errors/* ApiStatusError */.z5 && (error.httpStatus === 403 || error.httpStatus === 401))
            return [];
        throw error;
    }
    const created = new Set(objects.filter((entry) => entry.object.kind === 'StorageClass').map((entry) => entry.object.metadata.name));
    const known = new Set([...existing, ...created]);
    const available = existing.length > 0 ? [...existing].sort().join(', ') : 'none';
    return requested
        .filter((entry) => !known.has(entry.className))
        .map((entry) => `component ${entry.component}: ${entry.what} asks for storage class "${entry.className}", which the cluster does not have (storage classes: ${available})`);
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
/**
 * The latest instant a Kubernetes timestamp can stand for, in ms; NaN when absent or unreadable. metav1.Time (a
 * condition's lastTransitionTime, an event's firstTimestamp) has whole seconds: `07:19:10Z` is any moment of that
 * second, so counting a fail-fast window from its start would let a 1 s window close a few ms after the signal
 * appeared. The end of the second never fails early; stamps with a fraction (MicroTime eventTime) are exact.
 */
function latestInstantOf(stamp) {
    if (!stamp)
        return Number.NaN;
    const at = Date.parse(stamp);
    return /:\d{2}(Z|[+-]\d{2}:\d{2})$/i.test(stamp) ? at + 999 : at;
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
    readinessProbeMs: 120_000,
    provisioningFailedMs: 60_000,
};
const FAIL_AT_ONCE = new Set(['ErrImageNeverPull', 'InvalidImageName']);
const IMAGE_PULL = new Set(['ErrImagePull', 'ImagePullBackOff']);
const CREATE_CONTAINER = new Set(['CreateContainerConfigError', 'CreateContainerError']);
/**
 * Pull errors no retry can cure: the registry answered, and said the image or the right to it does not exist. The
 * wording is the registry's and containerd's / CRI-O's (`...: not found`, `manifest unknown`, `pull access denied,
 * repository does not exist or may require authorization`, `401 Unauthorized`, `denied: requested access to the
 * resource is denied`, `invalid reference format`), carried by the kubelet in ErrImagePull's message and, since
 * Kubernetes 1.31, in ImagePullBackOff's (`Back-off pulling image "x": ErrImagePull: ...`).
 */
const HOPELESS_PULL = /\bnot found\b|manifest unknown|name unknown|repository does not exist|pull access denied|\bunauthori[sz]ed\b|\b401\b|\b403 forbidden\b|\bdenied\b|invalid reference format/i;
/**
 * Pull errors that may pass: the registry or the network is slow or overloaded. Checked first, so a token fetch that
 * timed out (`failed to authorize: ... i/o timeout`) keeps its patience.
 */
const TRANSIENT_PULL = /timeout|timed out|deadline exceeded|\b5\d\d\b|service unavailable|bad gateway|internal server error|too ?many ?requests|\b429\b|rate limit|tls handshake|connection (refused|reset)|\beof\b|no such host|temporary failure|try again/i;
/** A pull error that fails the component at once (the registry said no), or undefined to wait as for any pull. */
function hopelessPull(message) {
    if (!message)
        return false;
    return !TRANSIENT_PULL.test(message) && HOPELESS_PULL.test(message);
}
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
        // A container that never ran (image pull, config error) has no log: asking for one only adds a "logs
        // unavailable" line that says nothing.
        const failure = (reason, previousLog = false) => ({
            failure: { reason, pod, ...(hasRun(status) ? { container: name } : {}), previousLog },
        });
        if (waitingReason && FAIL_AT_ONCE.has(waitingReason))
            return failure(withMessage(waitingReason));
        if (waitingReason && IMAGE_PULL.has(waitingReason) && hopelessPull(waitingMessage)) {
            return failure(withMessage(waitingReason));
        }
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
        const since = Math.min(firstSeen(`${uid}/unschedulable`), latestInstantOf(scheduled.lastTransitionTime) || now);
        const limit = events.scalingUp ? limits.unschedulableScalingUpMs : limits.unschedulableMs;
        if (now - since >= limit) {
            const waited = events.scalingUp
                ? ` (the cluster autoscaler's scale-up did not help within ${Math.round(limit / 1000)} s)`
                : '';
            // The scheduler only says "unbound immediate PersistentVolumeClaims"; the claim's own events say why.
            const claims = /unbound immediate PersistentVolumeClaims/i.test(scheduled.message ?? '')
                ? unboundClaimsText(pod, events)
                : '';
            const why = claims || `${scheduled.message ?? ''}${waited}`;
            return { failure: { reason: `pod ${pod.metadata.name} unschedulable: ${why}`.trim(), pod } };
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
    const since = Math.min(firstSeen(key), latestInstantOf(replicaFailure.lastTransitionTime) || now);
    if (now - since >= limits.failedCreateMs) {
        return {
            failure: { reason: `${replicaFailure.reason ?? 'FailedCreate'}: ${replicaFailure.message ?? ''}`.trim() },
        };
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
        case 'ReplicaSet':
        case 'Job':
            return pods.filter((pod) => ownedBy(pod, uid));
        case 'Pod':
            return [workload];
        default:
            return [];
    }
}
function hasRun(status) {
    return ((numberAt(status, 'restartCount') ?? 0) > 0 ||
        field(status, 'state', 'running') !== undefined ||
        field(status, 'state', 'terminated') !== undefined ||
        field(status, 'lastState', 'terminated') !== undefined);
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
        const since = latestInstantOf(event.firstTimestamp ?? event.eventTime) || now;
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
        const phase = stringAt(pod, 'status', 'phase') ?? 'Pending';
        // "Running" alone reads as fine; a pod that runs and is not Ready is what a failing readiness probe looks like.
        const state = ready ? 'ready' : (waiting ?? (phase === 'Running' ? 'Running but not ready' : phase));
        counts.set(state, (counts.get(state) ?? 0) + 1);
    }
    return `pods: ${[...counts].map(([state, count]) => `${count} ${state}`).join(', ')}`;
}
const READINESS_FAILED = /^Readiness probe failed:\s*/i;
const MAX_PROBE_TEXT = 200;
/**
 * Pods that run but never become Ready because their readiness probe fails: the kubelet says so only in `Unhealthy`
 * Warning events. Fails when EVERY pod of the new revision is Running, not Ready, with a failing readiness probe for
 * its window (see `readinessProbeMs`); one Ready pod means the app can work, and the other rules or the timeout decide.
 * Pure given `now`.
 */
function readinessProbeFailure(pods, events, now, limits) {
    if (pods.length === 0)
        return {};
    const failing = [];
    for (const pod of pods) {
        const uid = uidOf(pod);
        const running = stringAt(pod, 'status', 'phase') === 'Running' &&
            arrayAt(pod, 'status', 'containerStatuses').every((status) => field(status, 'state', 'running') !== undefined);
        const ready = condition(pod, 'Ready');
        if (!running || ready?.status === 'True')
            return {};
        const unhealthy = events.filter((event) => event.type === 'Warning' &&
            event.reason === 'Unhealthy' &&
            READINESS_FAILED.test(event.message ?? '') &&
            event.involvedObject?.kind === 'Pod' &&
            (uid ? event.involvedObject.uid === uid : event.involvedObject.name === pod.metadata.name));
        if (unhealthy.length === 0)
            return {};
        const firstFailure = Math.min(...unhealthy.map((event) => latestInstantOf(event.firstTimestamp ?? event.eventTime) || now));
        // A pod that was Ready and lost it counts from then, not from an earlier failure folded into the same event.
        const since = Math.max(firstFailure, latestInstantOf(ready?.lastTransitionTime) || 0);
        const last = unhealthy.reduce((a, b) => (failfast_eventTime(b) >= failfast_eventTime(a) ? b : a));
        failing.push({ pod, since, window: Math.max(limits.readinessProbeMs, 2 * probeBudgetMs(pod, last)), last });
    }
    const allFailedAt = Math.max(...failing.map((entry) => entry.since + entry.window));
    if (now < allFailedAt)
        return { recheckAt: allFailedAt };
    const shown = [...failing].sort((a, b) => a.pod.metadata.name.localeCompare(b.pod.metadata.name))[0];
    const forSeconds = Math.round((now - Math.max(...failing.map((entry) => entry.since))) / 1000);
    const container = stringAt(probedContainer(shown.pod, shown.last), 'name');
    return {
        failure: {
            reason: `${pods.length} Running, 0 Ready: readiness probe failing for ${forSeconds} s (${probeText(shown.pod, shown.last)}, pod ${shown.pod.metadata.name})`,
            pod: shown.pod,
            // The app's own log usually says why its health endpoint fails.
            ...(container ? { container } : {}),
        },
    };
}
function failfast_eventTime(event) {
    return Date.parse(event.lastTimestamp ?? event.eventTime ?? event.firstTimestamp ?? '') || 0;
}
/** The container an event is about: the kubelet writes `spec.containers{name}` as its fieldPath. */
function probedContainer(pod, event) {
    const containers = arrayAt(pod, 'spec', 'containers');
    const name = /^spec\.containers\{(.+)\}$/.exec(event.involvedObject?.fieldPath ?? '')?.[1];
    return ((name ? containers.find((container) => stringAt(container, 'name') === name) : undefined) ??
        containers.find((container) => field(container, 'readinessProbe') !== undefined));
}
/**
 * How long the kubelet needs to call a pod unready: failureThreshold × periodSeconds (Kubernetes defaults 3 × 10 s).
 */
function probeBudgetMs(pod, event) {
    const probe = field(probedContainer(pod, event), 'readinessProbe');
    return (numberAt(probe, 'failureThreshold') ?? 3) * (numberAt(probe, 'periodSeconds') ?? 10) * 1000;
}
/** `HTTP 503 on :8080/healthz`: the kubelet's verdict, shortened, and what it probed. */
function probeText(pod, event) {
    const raw = (event.message ?? '').replace(READINESS_FAILED, '').split('\n')[0]?.trim() ?? '';
    const status = /HTTP probe failed with statuscode: (\d+)/.exec(raw)?.[1];
    const verdict = status
        ? `HTTP ${status}`
        : raw.length > MAX_PROBE_TEXT
            ? `${raw.slice(0, MAX_PROBE_TEXT)}…`
            : raw || 'probe failed';
    const probe = field(probedContainer(pod, event), 'readinessProbe');
    const http = field(probe, 'httpGet');
    const port = (value) => (typeof value === 'number' || typeof value === 'string' ? `:${value}` : '');
    const target = http !== undefined
        ? ` on ${port(field(http, 'port'))}${stringAt(http, 'path') ?? '/'}`
        : field(probe, 'tcpSocket') !== undefined
            ? ` on tcp ${port(field(probe, 'tcpSocket', 'port'))}`
            : field(probe, 'grpc') !== undefined
                ? ` on grpc ${port(field(probe, 'grpc', 'port'))}`
                : field(probe, 'exec') !== undefined
                    ? ' (exec probe)'
                    : '';
    return `${verdict}${target}`;
}
/**
 * `claim data-db-0 (storage class "fast") is not bound: ProvisioningFailed: ...` for the pod's claims that have one.
 */
function unboundClaimsText(pod, context) {
    const claims = arrayAt(pod, 'spec', 'volumes')
        .map((volume) => stringAt(volume, 'persistentVolumeClaim', 'claimName'))
        .filter((name) => name !== undefined);
    const texts = [];
    for (const claim of claims) {
        const event = latestProvisioningFailure(claim, context.warnings ?? []);
        if (!event)
            continue;
        texts.push(claimText(claim, templateClassOf(context.workload, claim), event));
    }
    return texts.join('; ');
}
/** The storage class a StatefulSet's claim template gives the claim `<template>-<set>-<ordinal>`. */
function templateClassOf(workload, claim) {
    if (workload?.kind !== 'StatefulSet')
        return undefined;
    const template = arrayAt(workload, 'spec', 'volumeClaimTemplates').find((entry) => new RegExp(`^${escapeRegExp(`${stringAt(entry, 'metadata', 'name') ?? ''}-${workload.metadata.name}-`)}\\d+$`).test(claim));
    if (!template)
        return undefined;
    return stringAt(template, 'spec', 'storageClassName') ?? null;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function latestProvisioningFailure(claim, events) {
    let latest;
    for (const event of events) {
        if (event.type !== 'Warning' || event.reason !== 'ProvisioningFailed')
            continue;
        if (event.involvedObject?.kind !== 'PersistentVolumeClaim' || event.involvedObject.name !== claim)
            continue;
        if (!latest || failfast_eventTime(event) >= failfast_eventTime(latest))
            latest = event;
    }
    return latest;
}
/** `claim data (storage class "fast") is not bound: ProvisioningFailed: ...` */
function claimText(claim, storageClass, event) {
    return `claim ${claim}${classText(storageClass)} is not bound: ${provisioningText(event)}`;
}
/** `storageClass`: a name, null for "none set: the default class", undefined when unknown. */
function classText(storageClass) {
    return storageClass === null
        ? ' (no storage class: the default one)'
        : storageClass
            ? ` (storage class ${JSON.stringify(storageClass)})`
            : '';
}
function provisioningText(event) {
    const message = (event.message ?? '').split('\n')[0]?.trim() ?? '';
    return `ProvisioningFailed: ${message.length > MAX_PROBE_TEXT ? `${message.slice(0, MAX_PROBE_TEXT)}…` : message}`;
}
/**
 * A PersistentVolumeClaim we wait for whose provisioner keeps failing (ProvisioningFailed for
 * `provisioningFailedMs`): names the claim's storage class and the provisioner's message. Pure given `now`.
 */
function claimFailure(pvc, events, now, limits) {
    if (stringAt(pvc, 'status', 'phase') === 'Bound')
        return {};
    const uid = uidOf(pvc);
    const own = events.filter((event) => !uid || !event.involvedObject?.uid || event.involvedObject.uid === uid);
    const latest = latestProvisioningFailure(pvc.metadata.name, own);
    if (!latest)
        return {};
    const since = Math.min(...own
        .filter((event) => event.reason === 'ProvisioningFailed' && event.involvedObject?.name === pvc.metadata.name)
        .map((event) => latestInstantOf(event.firstTimestamp ?? event.eventTime) || now));
    if (now - since < limits.provisioningFailedMs)
        return { recheckAt: since + limits.provisioningFailedMs };
    return {
        failure: {
            reason: `not bound${classText(stringAt(pvc, 'spec', 'storageClassName') ?? null)}: ${provisioningText(latest)}`,
        },
    };
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



/*
 * Workload rules. They follow kstatus (sigs.k8s.io/cli-utils pkg/kstatus/status/core.go) and `kubectl rollout
 * status`; every place where they deliberately differ says so and why, next to the rule.
 */
/** The controller's "no deadline" value for spec.progressDeadlineSeconds (it then never sets Progressing). */
const noProgressDeadline = 2_147_483_647;
function deploymentReadiness(object) {
    const progressing = condition(object, 'Progressing');
    if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Progressing', progressing) };
    }
    const want = numberAt(object, 'spec', 'replicas') ?? 1;
    const total = numberAt(object, 'status', 'replicas') ?? 0;
    // kstatus has no paused rule (a paused rollout would wait until the timeout); a paused Deployment is what the user
    // asked for, so it is ready, with a warning that the new template is not rolled out.
    if (field(object, 'spec', 'paused') === true)
        return ready(`${total} replicas`, 'rollout is paused');
    // kstatus leaves replicas 0 open; no pods left is the only sensible "done" for a scale to zero.
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
    // Counts can look complete while the controller still says otherwise (minReadySeconds, a pod that just went
    // unready): its own conditions have the last word, as in kstatus.
    const availableCondition = condition(object, 'Available');
    if (availableCondition?.status !== 'True') {
        return inProgress(availableCondition ? conditionText('Available', availableCondition) : 'waiting for the Available condition');
    }
    const deadline = numberAt(object, 'spec', 'progressDeadlineSeconds');
    const tracksProgress = deadline !== undefined && deadline !== noProgressDeadline;
    if (tracksProgress && !(progressing?.status === 'True' && progressing.reason === 'NewReplicaSetAvailable')) {
        return inProgress(progressing ? conditionText('Progressing', progressing) : 'waiting for the Progressing condition');
    }
    return ready(`${want}/${want} replicas ready`);
}
/**
 * A ReplicaSet applied from raw manifests (those a Deployment owns are judged through the Deployment).
 * Deliberate difference from kstatus: fullyLabeledReplicas is not required (it only says the pods carry every
 * template label, which available/ready pods of this ReplicaSet already imply, and an absent field would hang us).
 */
function replicaSetReadiness(object) {
    const failure = condition(object, 'ReplicaFailure');
    // InProgress, as in kstatus: a quota or a webhook can let the next attempt through. The tracker's fail-fast turns
    // a ReplicaFailure that persists into a failure (engine.md: FailedCreate twice or ≥ 30 s).
    if (failure?.status === 'True')
        return inProgress(conditionText('ReplicaFailure', failure));
    const want = numberAt(object, 'spec', 'replicas') ?? 1;
    const total = numberAt(object, 'status', 'replicas') ?? 0;
    const available = numberAt(object, 'status', 'availableReplicas') ?? 0;
    const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
    if (total < want)
        return inProgress(`${total} of ${want} replicas created`);
    if (available < want)
        return inProgress(`${available} of ${want} replicas available`);
    if (readyCount < want)
        return inProgress(`${readyCount} of ${want} replicas ready`);
    if (total > want)
        return inProgress(`${total - want} surplus replicas pending termination`);
    return ready(want === 0 ? 'scaled to 0' : `${want}/${want} replicas ready`);
}
function statefulSetReadiness(object) {
    const want = numberAt(object, 'spec', 'replicas') ?? 1;
    const readyCount = numberAt(object, 'status', 'readyReplicas') ?? 0;
    if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
        return ready(`${readyCount}/${want} replicas ready`, 'OnDelete strategy: pods update only when deleted');
    }
    const total = numberAt(object, 'status', 'replicas') ?? 0;
    if (total < want)
        return inProgress(`${total} of ${want} replicas created`);
    if (readyCount < want)
        return inProgress(`${readyCount} of ${want} replicas ready`);
    // After a scale-down the surplus ordinals are still terminating (and still count in status.replicas).
    if (total > want)
        return inProgress(`${total - want} surplus replicas pending termination`);
    const partition = numberAt(object, 'spec', 'updateStrategy', 'rollingUpdate', 'partition') ?? 0;
    const updated = numberAt(object, 'status', 'updatedReplicas') ?? 0;
    if (partition > 0) {
        // Only ordinals ≥ partition are meant to update; the rest legitimately stay on the old revision.
        const expected = Math.max(0, want - partition);
        if (updated < expected)
            return inProgress(`${updated} of ${expected} partitioned replicas updated`);
        return ready(`${want}/${want} replicas ready (partition ${partition})`);
    }
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
    const current = numberAt(object, 'status', 'currentNumberScheduled') ?? 0;
    const available = numberAt(object, 'status', 'numberAvailable') ?? 0;
    const readyCount = numberAt(object, 'status', 'numberReady') ?? 0;
    if (current < desired)
        return inProgress(`${current} of ${desired} pods scheduled`);
    // Deliberate difference from kstatus, which would wait for updated pods until the timeout: under OnDelete the
    // controller never replaces a pod itself (kubectl rollout status treats it as done, too).
    if (stringAt(object, 'spec', 'updateStrategy', 'type') === 'OnDelete') {
        if (available < desired)
            return inProgress(`${available} of ${desired} pods available`);
        return ready(`${readyCount}/${desired} pods ready`, 'OnDelete strategy: pods update only when deleted');
    }
    const updated = numberAt(object, 'status', 'updatedNumberScheduled') ?? 0;
    if (updated < desired)
        return inProgress(`${updated} of ${desired} pods updated`);
    if (available < desired)
        return inProgress(`${available} of ${desired} pods available`);
    if (readyCount < desired)
        return inProgress(`${readyCount} of ${desired} pods ready`);
    return ready(`${desired}/${desired} pods ready`);
}
/**
 * Deliberate difference from kstatus, which calls a Job "Current" as soon as it has started: a deploy that applies
 * a Job (a migration) needs it to have run, so only Complete is ready (engine.md).
 */
function jobReadiness(object) {
    const failed = condition(object, 'Failed');
    if (failed?.status === 'True')
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Failed', failed) };
    // Since Kubernetes 1.31 the controller sets FailureTarget first and Failed once the pods are gone; the verdict
    // is final at FailureTarget, so waiting for the pods to terminate would only delay the report.
    const failureTarget = condition(object, 'FailureTarget');
    if (failureTarget?.status === 'True') {
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('FailureTarget', failureTarget) };
    }
    const complete = condition(object, 'Complete');
    if (complete?.status === 'True')
        return ready('complete');
    if (field(object, 'spec', 'suspend') === true) {
        // Both, as in kstatus: the condition alone lingers for a moment after a resume, the spec alone precedes the
        // controller's acknowledgement (pods may still be running until it deletes them).
        if (condition(object, 'Suspended')?.status === 'True') {
            return ready('suspended', 'Job is suspended: it runs once spec.suspend is false');
        }
        return inProgress('waiting for the controller to suspend the Job');
    }
    const active = numberAt(object, 'status', 'active') ?? 0;
    const succeeded = numberAt(object, 'status', 'succeeded') ?? 0;
    return inProgress(`running: ${active} active, ${succeeded} succeeded`);
}
/**
 * Deliberate differences from kstatus: phase Failed is a failure here (kstatus: "Current, completed but not
 * successfully"): a Pod this deploy created that failed is the deploy's failure. CrashLoopBackOff and
 * Unschedulable are judged by the tracker's fail-fast thresholds (engine.md), not here.
 */
function podReadiness(object) {
    const phase = stringAt(object, 'status', 'phase') ?? 'Pending';
    if (phase === 'Succeeded')
        return ready('succeeded');
    if (phase === 'Failed') {
        const reason = stringAt(object, 'status', 'reason') ?? stringAt(object, 'status', 'message') ?? 'pod failed';
        return { status: events/* ObjectStatus */.k7.Failed, message: `phase Failed: ${reason}` };
    }
    if (phase === 'Running' && condition(object, 'Ready')?.status === 'True')
        return ready('ready');
    const waiting = arrayAt(object, 'status', 'containerStatuses')
        .map((status) => {
        const reason = stringAt(status, 'state', 'waiting', 'reason');
        return reason ? `container ${stringAt(status, 'name') ?? '?'} ${reason}` : undefined;
    })
        .filter((text) => text !== undefined);
    return inProgress(waiting.length > 0 ? `${phase}: ${waiting.join(', ')}` : `phase ${phase}`);
}

;// CONCATENATED MODULE: ./src/track/routes.ts
// Gateway API route readiness (HTTPRoute), kstatus-like: the route works only once a Gateway controller accepted it.
// status.parents has one entry per (parentRef, controller); each carries Accepted and ResolvedRefs.



function httpRouteReadiness(object) {
    const namespace = object.metadata.namespace;
    const wanted = arrayAt(object, 'spec', 'parentRefs').map((ref) => ({
        name: stringAt(ref, 'name') ?? '',
        namespace: stringAt(ref, 'namespace') ?? namespace,
        sectionName: stringAt(ref, 'sectionName'),
    }));
    const parents = arrayAt(object, 'status', 'parents').map((entry) => ({
        name: stringAt(entry, 'parentRef', 'name') ?? '',
        namespace: stringAt(entry, 'parentRef', 'namespace') ?? namespace,
        sectionName: stringAt(entry, 'parentRef', 'sectionName'),
        conditions: arrayAt(entry, 'conditions').filter((item) => typeof field(item, 'type') === 'string' && typeof field(item, 'status') === 'string'),
    }));
    const generation = generationOf(object);
    const waiting = [];
    for (const ref of wanted) {
        const label = `${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}${ref.sectionName ? `/${ref.sectionName}` : ''}`;
        const status = parents.find((entry) => entry.name === ref.name &&
            entry.namespace === ref.namespace &&
            (ref.sectionName === undefined || entry.sectionName === ref.sectionName));
        const current = (type) => {
            const found = status?.conditions.find((entry) => entry.type === type);
            // A condition written for an older generation says nothing about the route as applied.
            const observed = numberAt(found, 'observedGeneration');
            if (found && generation !== undefined && observed !== undefined && observed < generation)
                return undefined;
            return found;
        };
        const accepted = current('Accepted');
        if (accepted?.status === 'False')
            return { status: events/* ObjectStatus */.k7.Failed, message: `Gateway ${label}: ${conditionText('Accepted', accepted)}` };
        const resolved = current('ResolvedRefs');
        if (accepted?.status !== 'True') {
            waiting.push(`Gateway ${label} to accept the route`);
            continue;
        }
        // ResolvedRefs=False (e.g. BackendNotFound) can clear once the Service exists: the object timeout ends it.
        if (resolved?.status !== 'True')
            waiting.push(resolved ? `Gateway ${label}: ${conditionText('ResolvedRefs', resolved)}` : `Gateway ${label} to resolve refs`);
    }
    if (wanted.length === 0)
        return inProgress('route has no parentRefs');
    if (waiting.length > 0)
        return inProgress(`waiting for ${waiting.join('; ')}`);
    return ready(`accepted by ${wanted.length === 1 ? 'its Gateway' : `${wanted.length} Gateways`}`);
}

;// CONCATENATED MODULE: ./src/track/external-secrets.ts
// ExternalSecret readiness (External Secrets Operator, external-secrets.io/v1). The operator has no
// observedGeneration; it records the generation it synced in status.syncedResourceVersion as
// `<generation>-<hash of labels and annotations>` (pkg/controllers/util GetResourceVersion), and a Ready condition
// with reason SecretSynced or SecretSyncedError.



function externalSecretReadiness(object) {
    const generation = generationOf(object);
    const synced = stringAt(object, 'status', 'syncedResourceVersion');
    const readyCondition = condition(object, 'Ready');
    if (!readyCondition)
        return inProgress('waiting for External Secrets Operator to sync it (no Ready condition yet)');
    // A Ready=True from before our change is not an answer about this generation.
    if (generation !== undefined && synced !== undefined && !synced.startsWith(`${generation}-`))
        return inProgress(`waiting for External Secrets Operator to sync generation ${generation}`);
    if (readyCondition.status === 'True')
        return ready('synced from the store');
    // The operator retries on its own, but a store that refuses the read (missing key, no access, unknown store) does
    // not heal by waiting: fail fast with the operator's words.
    if (readyCondition.reason === 'SecretSyncedError')
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Ready', readyCondition) };
    return inProgress(conditionText('Ready', readyCondition));
}

;// CONCATENATED MODULE: ./src/track/readiness.ts






/**
 * Kinds that carry no health signal: they are ready as soon as the server accepted them. PodDisruptionBudget too,
 * as in kstatus: its controller sets no condition when computing allowed disruptions fails, and the generic
 * observedGeneration rule already waits for it to see our generation.
 */
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
    ReplicaSet: replicaSetReadiness,
    DaemonSet: daemonSetReadiness,
    Job: jobReadiness,
    Pod: podReadiness,
    Service: serviceReadiness,
    PersistentVolumeClaim: pvcReadiness,
    CustomResourceDefinition: crdReadiness,
    APIService: apiServiceReadiness,
    Namespace: namespaceReadiness,
    HTTPRoute: httpRouteReadiness,
    ExternalSecret: externalSecretReadiness,
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
/**
 * Deliberate difference from kstatus (ready once a cluster IP is set): a LoadBalancer also waits for its address,
 * because the address is what the deploy publishes (engine.md; a component can opt out).
 */
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
/** Deliberate difference from kstatus (Bound only): WaitForFirstConsumer claims bind only once a pod uses them. */
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
    // As in kstatus: Installing is the only reason Established is False on the way up; any other reason is final.
    if (established?.status === 'False' && established.reason !== 'Installing') {
        return { status: events/* ObjectStatus */.k7.Failed, message: conditionText('Established', established) };
    }
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

;// CONCATENATED MODULE: ./src/track/related.ts

/**
 * Whether an update on one of the namespace-wide watches can change the verdict on `tracked`: its own copy, a
 * ReplicaSet it owns, a pod it owns (directly or through such a ReplicaSet), or an event about any of these. Every
 * wait in a namespace listens to the same watches, and without this filter each pod update re-evaluated every
 * waiting workload against every pod: quadratic in a 500-component app. When it cannot tell (an owner not in the
 * cache yet, an object without uid) it answers true: an extra evaluation is harmless, a missed one is not.
 */
function isRelated(tracked, role, object, lookup) {
    const uid = uidOf(tracked);
    if (role === 'self')
        return object.metadata.name === tracked.metadata.name;
    if (uid === undefined)
        return true;
    if (role === 'replicaSets')
        return ownerUids(object).includes(uid);
    if (role === 'pods')
        return podRelated(object, uid, lookup);
    const involved = object['involvedObject'];
    if (!involved?.uid || involved.uid === uid)
        return true;
    if (involved.kind === 'Pod' && involved.name) {
        const pod = lookup.pod(involved.name);
        return !pod || podRelated(pod, uid, lookup);
    }
    if (involved.kind === 'ReplicaSet' && involved.name) {
        const replicaSet = lookup.replicaSet(involved.name);
        return !replicaSet || ownerUids(replicaSet).includes(uid);
    }
    return involved.name === tracked.metadata.name;
}
function podRelated(pod, uid, lookup) {
    if (uidOf(pod) === uid)
        return true;
    const owners = ownerReferences(pod);
    if (owners.some((owner) => owner.uid === uid))
        return true;
    return owners.some((owner) => {
        if (owner.kind !== 'ReplicaSet' || !owner.name)
            return false;
        const replicaSet = lookup.replicaSet(owner.name);
        return !replicaSet || ownerUids(replicaSet).includes(uid);
    });
}
function ownerReferences(object) {
    const owners = object.metadata['ownerReferences'];
    return Array.isArray(owners) ? owners : [];
}
function ownerUids(object) {
    return ownerReferences(object)
        .map((owner) => owner.uid)
        .filter((value) => typeof value === 'string');
}

;// CONCATENATED MODULE: ./src/track/tracker.ts







const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod']);
function warningsOf(events) {
    return (events?.list() ?? []).filter((event) => event.type === 'Warning');
}
function scaleUpsOf(events) {
    return (events?.list() ?? []).filter((event) => event.reason === 'TriggeredScaleUp');
}
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
        const applied = target.applied;
        const ref = (0,kube_object/* refOf */.H8)(applied);
        const context = { minGeneration: generationOf(applied), expectedUid: uidOf(applied) };
        if (applied.kind === 'PersistentVolumeClaim')
            context.waitForFirstConsumer = await this.bindsLate(applied);
        const immediate = readinessOf(applied, context);
        if (immediate.status === events/* ObjectStatus */.k7.Ready)
            return this.succeed(target, ref, immediate.message, immediate.warning);
        let informers;
        try {
            informers = await this.openInformers(applied);
        }
        catch (error) {
            return this.fail(target, ref, (0,errors/* describeError */.Uc)(error), { cause: error });
        }
        return new TrackRun(target, ref, informers, this.thresholds.noProgressMs, {
            readiness: (live) => readinessOf(live, context),
            verdict: (live) => this.verdictOf(live, informers),
            succeed: (message, warning) => this.succeed(target, ref, message, warning),
            fail: (message, evidence) => this.fail(target, ref, message, evidence),
            progress: (status, message) => this.options.bus.emit({
                type: 'object-progress',
                cluster: this.options.cluster,
                component: target.component,
                ref,
                status,
                message,
                at: Date.now(),
            }),
        }).run();
    }
    /** The watches an object's readiness and fail-fast verdict depend on; only the object's own one for non-workloads. */
    async openInformers(applied) {
        const { client } = this.options;
        const namespace = applied.metadata.namespace;
        const workload = WORKLOAD_KINDS.has(applied.kind);
        // Opened together: the first wait in a namespace lists and watches each kind, one round trip for all of them.
        const [self, pods, replicaSets, events] = await Promise.all([
            client.informer(applied.apiVersion, applied.kind, { namespace }),
            workload ? client.informer('v1', 'Pod', { namespace }) : undefined,
            applied.kind === 'Deployment' ? client.informer('apps/v1', 'ReplicaSet', { namespace }) : undefined,
            // Warnings (FailedCreate, FailedMount and a claim's ProvisioningFailed show up nowhere else) and the cluster
            // autoscaler's TriggeredScaleUp, a Normal event. One watch of the namespace's events for both, filtered here: a
            // field selector cannot say "this or that", and one watch per kind and namespace is what the server should see.
            (workload || applied.kind === 'PersistentVolumeClaim') && namespace
                ? client.informer('v1', 'Event', { namespace })
                : undefined,
        ]);
        return { self, pods, replicaSets, events };
    }
    /** Fail-fast verdict for an object that is neither ready nor failed by its own status. */
    verdictOf(live, informers) {
        if (informers.pods)
            return this.podVerdict(live, informers.pods, informers.replicaSets, informers.events);
        if (live.kind === 'PersistentVolumeClaim' && informers.events) {
            return claimFailure(live, warningsOf(informers.events), Date.now(), this.thresholds);
        }
        return {};
    }
    podVerdict(live, podInformer, rsInformer, eventInformer) {
        // Until the controller has seen our generation, "the new revision" still names the one we replace (a rollback
        // would otherwise fail on the very pods it is removing).
        const observed = numberAt(live, 'status', 'observedGeneration');
        const generation = generationOf(live);
        if (live.kind !== 'Pod' &&
            live.kind !== 'Job' &&
            (observed === undefined || (generation !== undefined && observed < generation))) {
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
        const warnings = warningsOf(eventInformer);
        const scalingUp = podsScalingUp(scaleUpsOf(eventInformer));
        for (const pod of pods) {
            const verdict = podFailure(pod, now, firstSeen, this.thresholds, {
                scalingUp: scalingUp.has(uidOf(pod) ?? ''),
                warnings,
                workload: live,
            });
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        if (eventInformer) {
            const verdict = readinessProbeFailure(pods, warnings, now, this.thresholds);
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        // A raw ReplicaSet is its own "new ReplicaSet": its ReplicaFailure gets the same fail-fast as a Deployment's.
        const newRs = live.kind === 'Deployment' ? newReplicaSetOf(live, replicaSets) : live.kind === 'ReplicaSet' ? live : undefined;
        if (newRs) {
            const verdict = controllerFailure(newRs, now, firstSeen, this.thresholds);
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        if (eventInformer) {
            const uids = new Set([uidOf(live), uidOf(newRs ?? live), ...pods.map(uidOf)].filter((uid) => uid !== undefined));
            const verdict = eventFailure(warnings, uids, now, this.thresholds);
            if (verdict.failure)
                return verdict;
            if (verdict.recheckAt !== undefined)
                recheckAt = Math.min(recheckAt ?? Infinity, verdict.recheckAt);
        }
        return recheckAt === undefined ? { pods } : { recheckAt, pods };
    }
    succeed(target, ref, message, warning) {
        const { bus, cluster } = this.options;
        if (warning) {
            bus.emit({ type: 'log', level: 'warning', cluster, message: `${label(ref)}: ${warning}`, at: Date.now() });
        }
        bus.emit({
            type: 'object-progress',
            cluster,
            component: target.component,
            ref,
            status: events/* ObjectStatus */.k7.Ready,
            message,
            at: Date.now(),
        });
        bus.emit({ type: 'object-ready', cluster, component: target.component, ref, at: Date.now() });
        return Promise.resolve({ ok: true });
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
/**
 * One object's wait, from the first evaluation to the single result. Every informer update re-evaluates; three timers
 * bound it: the overall timeout, the no-progress watchdog (reset by any related update) and the fail-fast recheck a
 * time-based threshold asks for. `finish` settles once and releases timers, subscriptions and the abort listener.
 */
class TrackRun {
    target;
    ref;
    informers;
    noProgressMs;
    hooks;
    settled = false;
    lastProgress = '';
    timeoutTimer;
    recheckTimer;
    stuckTimer;
    unsubscribers = [];
    resolve = () => undefined;
    onAbort = () => this.finish(() => Promise.resolve({ ok: false, reason: `${label(this.ref)}: cancelled` }));
    constructor(target, ref, informers, noProgressMs, hooks) {
        this.target = target;
        this.ref = ref;
        this.informers = informers;
        this.noProgressMs = noProgressMs;
        this.hooks = hooks;
    }
    run() {
        return new Promise((resolve) => {
            this.resolve = resolve;
            this.startTimeout();
            this.subscribe();
            this.listenForAbort();
            this.resetStuckTimer();
            this.evaluate();
        });
    }
    startTimeout() {
        const seconds = Math.round(this.target.timeoutMs / 1000);
        this.timeoutTimer = setTimeout(() => this.finish(() => this.hooks.fail(`not ready after ${seconds} s (${this.lastProgress || 'no status'})`)), this.target.timeoutMs);
    }
    subscribe() {
        const { self, pods, replicaSets, events } = this.informers;
        const lookup = {
            pod: (name) => pods?.get(name, this.ref.namespace),
            replicaSet: (name) => replicaSets?.get(name, this.ref.namespace),
        };
        const watched = [
            ['self', self],
            ['pods', pods],
            ['replicaSets', replicaSets],
            ['events', events],
        ];
        for (const [role, informer] of watched) {
            if (!informer || this.settled)
                continue;
            this.unsubscribers.push(informer.subscribe((_type, object) => {
                if (isRelated(this.target.applied, role, object, lookup))
                    this.onRelated();
            }));
            this.unsubscribers.push(informer.onError((error) => this.failOnWatch(error)));
            if (informer.failed)
                this.failOnWatch(informer.failed);
        }
    }
    listenForAbort() {
        const signal = this.target.signal;
        if (signal?.aborted)
            this.onAbort();
        if (!this.settled)
            signal?.addEventListener('abort', this.onAbort, { once: true });
    }
    failOnWatch(error) {
        this.finish(() => this.hooks.fail((0,errors/* describeError */.Uc)(error), { cause: error }));
    }
    onRelated() {
        this.resetStuckTimer();
        this.evaluate();
    }
    resetStuckTimer() {
        // A wait that already finished (cancelled before it began, or its informer had failed) must not start a timer
        // nobody clears: a ref'd 4-minute timer would keep a cancelled CLI alive after it has reported.
        if (this.settled)
            return;
        clearTimeout(this.stuckTimer);
        const seconds = Math.round(this.noProgressMs / 1000);
        this.stuckTimer = setTimeout(() => this.finish(() => this.hooks.fail(`no progress for ${seconds} s: ${this.lastProgress}`)), this.noProgressMs);
    }
    evaluate() {
        if (this.settled)
            return;
        const live = freshest(this.target.applied, this.informers.self.get(this.ref.name, this.ref.namespace));
        if (!live)
            return;
        const readiness = this.hooks.readiness(live);
        if (readiness.status === events/* ObjectStatus */.k7.Ready) {
            this.finish(() => this.hooks.succeed(readiness.message, readiness.warning));
            return;
        }
        if (readiness.status === events/* ObjectStatus */.k7.Failed) {
            this.finish(() => this.hooks.fail(readiness.message, { object: live }));
            return;
        }
        const verdict = this.hooks.verdict(live);
        if (verdict.failure) {
            const signal = verdict.failure;
            this.finish(() => this.hooks.fail(signal.reason, { object: live, signal }));
            return;
        }
        this.scheduleRecheck(verdict.recheckAt);
        const pods = verdict.pods ? podStates(verdict.pods) : '';
        this.reportProgress(readiness.status, pods ? `${readiness.message}; ${pods}` : readiness.message);
    }
    /** A time-based threshold that has not yet passed: evaluate again just after it would. */
    scheduleRecheck(recheckAt) {
        clearTimeout(this.recheckTimer);
        if (recheckAt === undefined)
            return;
        this.recheckTimer = setTimeout(() => this.evaluate(), Math.max(0, recheckAt - Date.now()) + 10);
    }
    /** Emits progress only when it changed; the last text also explains a timeout or a stall. */
    reportProgress(status, message) {
        const text = `${status}: ${message}`;
        if (text === this.lastProgress)
            return;
        this.lastProgress = text;
        this.hooks.progress(status, message);
    }
    /** Settles once: later results (a second failing informer, a timer racing an update) are never reported. */
    finish(result) {
        if (this.settled)
            return;
        this.settled = true;
        clearTimeout(this.timeoutTimer);
        clearTimeout(this.recheckTimer);
        clearTimeout(this.stuckTimer);
        for (const unsubscribe of this.unsubscribers)
            unsubscribe();
        this.target.signal?.removeEventListener('abort', this.onAbort);
        void result().then(this.resolve);
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
;// CONCATENATED MODULE: ./src/inventory/applyset.ts



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
    return (value ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
}
/** Stable hash of a desired set: equal hashes mean a re-deploy changes nothing we need to record. */
function desiredSetHash(objects, components = [], steps = []) {
    const canonical = objects
        .map((entry) => JSON.stringify(sortKeys({
        component: entry.component,
        object: entry.object,
        options: entry.options ?? {},
        // A blue-green option (keepFor, switch) is state the next promote/abort reads: a change is a new revision.
        ...(entry.blueGreen ? { blueGreen: entry.blueGreen } : {}),
    })))
        .sort();
    // Dependencies are part of the revision too: a rollback re-applies in their order.
    const order = components.map((component) => `${component.name}<-${[...component.depends].sort().join(',')}`).sort();
    // A changed request is a changed set (so a `when: changed` step runs); secret values are not hashed, only named.
    const requests = steps
        .map((step) => `step:${step.component}:${JSON.stringify(sortKeys(stepFingerprint(step)))}`)
        .sort();
    return (0,external_node_crypto_.createHash)('sha256')
        .update([...canonical, ...order, ...requests].join('\n'))
        .digest('hex')
        .slice(0, 32);
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
function stepFingerprint(step) {
    const headers = step.http.headers.map((header) => (header.secret ? { name: header.name, secret: true } : header));
    return { ...step.http, headers };
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
 * True when applying would change nothing that matters: the server's dry-run result equals the live object in
 * everything a user sets (generation and resourceVersion aside) and in who owns which field. Both plan and deploy
 * decide "unchanged" with this, so they agree, and deploy skips the real apply.
 *
 * Comparing the server's own answer (not our desired manifest) is what makes this general: it has the defaults,
 * the quantity and int-or-string normalisation, and drops empty lists the way storage does. The generation is
 * ignored on purpose: some strategies (NetworkPolicy) bump it when an empty list (`ingress: []`) meets the stored
 * absent field, although storage then writes the same spec; that bump alone must not count as a change.
 * Field ownership counts (timestamps aside) so that force-conflicts still takes a field another manager holds.
 */
function unchangedByApply(live, dryRun) {
    return sameObject(live, dryRun) && toYaml(ownership(live)) === toYaml(ownership(dryRun));
}
function ownership(object) {
    const entries = object.metadata['managedFields'] ?? [];
    return entries
        .map((entry) => {
        const copy = { ...entry };
        delete copy['time'];
        return copy;
    })
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
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
    const patch = (0,create/* structuredPatch */.YB)('live', 'desired', `${before.join('\n')}\n`, `${after.join('\n')}\n`, '', '', {
        context,
    });
    return patch.hunks
        .map((hunk) => hunk.lines
        .filter((line) => line.trim() !== '')
        .map((line) => `${line.charAt(0)} ${line.slice(1)}`.trimEnd())
        .join('\n'))
        .join('\n@@\n');
}

// EXTERNAL MODULE: ./src/settings/repository.ts
var repository = __webpack_require__(47965);
;// CONCATENATED MODULE: ./src/inventory/parent.ts




/**
 * The ApplySet parent Secret of one app in one cluster: which kinds and namespaces hold members (so pruning can find
 * them with label selectors) and the last deployed revision (so a failed deploy can be rolled back).
 *
 * Repository scoping. The id stays kubectl's hash of the parent's name and namespace (KEP-3659 defines it so, and
 * every member of an existing install carries it: changing the formula would orphan them or force relabelling every
 * object on upgrade). What keeps the same app name in two repositories apart is the parent itself: a Secret has one
 * name per namespace, so two repositories deploying app `shop` into one namespace would share it. The parent records
 * the repository (label k8deployer.io/repository) and a run from another repository is refused before it writes
 * anything, so it never shares prune, rollback or delete. Migration: a parent without the label (written by an older
 * version) or with our label is ours; the label is added on the first write. Apps in different namespaces (previews
 * included) have different parents and ids already; an app named like another's preview namespace (`shop-pr-1`)
 * still has its own parent name (`k8deployer-shop-pr-1` vs `k8deployer-shop`), hence its own id.
 */
class ApplySetParent {
    client;
    app;
    namespace;
    repository;
    name;
    id;
    live;
    constructor(client, app, namespace, repository) {
        this.client = client;
        this.app = app;
        this.namespace = namespace;
        this.repository = repository;
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
    /**
     * Reads the parent and checks it is this app's and this repository's; call it before the first write of a run
     * (load reads it again under the lease).
     */
    async verifyOwner() {
        this.live = await this.client.get({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
        if (!this.live)
            return;
        const labelled = this.live.metadata.labels?.[ApplySetKeys.id];
        if (labelled !== this.id) {
            throw new errors/* ClusterError */.b$(this.client.name, `Secret ${this.namespace}/${this.name} exists but is not this app's ApplySet parent`);
        }
        const recorded = this.live.metadata.labels?.[repository/* repositoryLabel */.v];
        if (recorded && this.repository && recorded !== this.repository.labelValue) {
            throw new errors/* ClusterError */.b$(this.client.name, `app ${this.app} in namespace ${this.namespace} was deployed from another repository (${repository/* repositoryLabel */.v}=${recorded} on Secret ${this.name}, this is ${this.repository.name}); refusing to share it: rename the app or deploy into another namespace`);
        }
    }
    /** Reads the parent; returns the last deployed revision when there is one. */
    async load() {
        await this.verifyOwner();
        if (!this.live)
            return undefined;
        const count = Number(this.live.metadata.annotations?.[RevisionKeys.chunks] ?? 0);
        if (!count)
            return undefined;
        const chunks = [];
        for (let index = 0; index < count; index += 1) {
            const holder = index === 0
                ? this.live
                : await this.client.get({
                    apiVersion: 'v1',
                    kind: 'Secret',
                    name: overflowSecretName(this.name, index),
                    namespace: this.namespace,
                });
            const data = holder?.['data']?.[chunkKey(index)];
            if (!data)
                throw new errors/* ClusterError */.b$(this.client.name, `revision chunk ${index} of ${this.name} is missing`);
            chunks.push(Buffer.from(data, 'base64'));
        }
        return decodeRevision(chunks);
    }
    /**
     * True when neither widen nor commit would write for this desired set: the parent records exactly its kinds,
     * namespaces and revision hash, and our repository.
     */
    isCurrent(objects, hash) {
        const kinds = listAnnotation(objects.map((entry) => groupKindOf(entry.object)));
        const namespaces = listAnnotation(this.namespacesOf(objects.map((entry) => entry.object)));
        const annotations = this.live?.metadata.annotations ?? {};
        return (this.live !== undefined &&
            !this.repositoryToRecord() &&
            this.revisionHash === hash &&
            annotations[ApplySetKeys.containsGroupKinds] === kinds &&
            (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces);
    }
    /** Before applying: the parent must list every kind and namespace that will hold members (old ∪ new). */
    async widen(objects) {
        const kinds = listAnnotation([...this.groupKinds, ...objects.map(groupKindOf)]);
        const namespaces = listAnnotation([...this.additionalNamespaces, ...this.namespacesOf(objects)]);
        const annotations = this.live?.metadata.annotations ?? {};
        if (this.live &&
            !this.repositoryToRecord() &&
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
        const sameShape = annotations[ApplySetKeys.containsGroupKinds] === kinds &&
            (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces;
        if (this.live && this.revisionHash === hash && sameShape)
            return this.revision;
        const revision = this.revisionHash === hash ? this.revision : this.revision + 1;
        const chunks = encodeRevision({ revision, objects, components });
        for (let index = 1; index < chunks.length; index += 1) {
            const name = overflowSecretName(this.name, index);
            // `k8deployer-shop-chunk-1` is also the parent's name of an app called `shop-chunk-1`: never write over a Secret
            // that is not one of our own chunks.
            const existing = await this.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace: this.namespace });
            if (existing &&
                (existing.metadata.labels?.[RevisionKeys.app] !== this.app || existing.metadata.labels?.[ApplySetKeys.id])) {
                throw new errors/* ClusterError */.b$(this.client.name, `Secret ${this.namespace}/${name} exists and is not a revision chunk of app ${this.app}; refusing to overwrite it`);
            }
            await this.client.apply({
                apiVersion: 'v1',
                kind: 'Secret',
                metadata: {
                    name: overflowSecretName(this.name, index),
                    namespace: this.namespace,
                    labels: { [RevisionKeys.app]: this.app },
                },
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
                if ((0,cluster_errors/* isNotFound */.c4)(error) || error instanceof errors/* ClusterError */.b$)
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
            await this.client.delete({
                apiVersion: 'v1',
                kind: 'Secret',
                name: overflowSecretName(this.name, index),
                namespace: this.namespace,
            });
        }
        await this.client.delete({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
        this.live = undefined;
    }
    /** Our repository's label value when the parent does not carry it yet (a parent of an older version). */
    repositoryToRecord() {
        const value = this.repository?.labelValue;
        return value && this.live?.metadata.labels?.[repository/* repositoryLabel */.v] !== value ? value : undefined;
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
                labels: {
                    ...this.live?.metadata.labels,
                    [ApplySetKeys.id]: this.id,
                    [RevisionKeys.app]: this.app,
                    ...(this.repository ? { [repository/* repositoryLabel */.v]: this.repository.labelValue } : {}),
                },
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

;// CONCATENATED MODULE: ./src/inventory/removal.ts

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

;// CONCATENATED MODULE: ./src/cluster/scope.ts

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

;// CONCATENATED MODULE: ./src/inventory/ownership.ts




/** Who a live object belongs to, as far as k8deployer can tell from the object alone. */
const Owner = {
    /** Labelled as a member of this ApplySet, or written by k8deployer before ApplySet labels existed. */
    Ours: 'ours',
    /** Labelled as a member of another ApplySet (another app, another repository, kubectl --applyset). */
    OtherApplySet: 'other-applyset',
    /** Neither: created by a person, a controller or another tool. */
    Foreign: 'foreign',
};
/**
 * Field managers k8deployer has used (one fixed name today; a per-app suffix is reserved for the future).
 *
 * Why one manager and not `k8deployer-<app>`: with per-app managers two apps writing one field would conflict
 * instead of silently trading ownership, but the ownership check above already refuses to apply one app's object
 * from another app (another ApplySet's label) without adopt, so two apps never write the same object by accident.
 * Switching managers is also not free: server-side apply leaves the old manager owning every field, so a field
 * later dropped from the spec would stay (owned by `k8deployer`) instead of being removed; doing it right means
 * rewriting each object's managedFields the way kubectl's csaupgrade does (a JSON patch on metadata.managedFields
 * guarded by resourceVersion), once per object, and keeping both names "ours" meanwhile. That is a migration of every
 * live object with its own failure modes, left for when per-app ownership of shared objects is actually needed.
 */
function isOurFieldManager(manager) {
    return manager === FIELD_MANAGER || (manager?.startsWith(`${FIELD_MANAGER}-`) ?? false);
}
/**
 * "Did k8deployer create this?" answered from the live object: our ApplySet's part-of label, or (no part-of label at
 * all) a k8deployer field manager. The second case covers objects applied by k8deployer whose label a person removed
 * or that predate the label; it is never taken as ours when another ApplySet's label is present.
 */
function ownerOf(live, applySetId) {
    const partOf = live.metadata.labels?.[ApplySetKeys.partOf];
    if (partOf === applySetId)
        return Owner.Ours;
    if (partOf)
        return Owner.OtherApplySet;
    const managers = live.metadata['managedFields'] ?? [];
    return managers.some((entry) => isOurFieldManager(entry.manager)) ? Owner.Ours : Owner.Foreign;
}
/** Refused: applying would silently take over an object k8deployer did not create. */
class AdoptionRefusedError extends errors/* K8deployerError */.QX {
}
/** Names the object, who holds it, and the setting that allows taking it over. */
function adoptionRefused(live, owner) {
    const what = (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(live));
    const managers = (live.metadata['managedFields'] ?? [])
        .map((entry) => entry.manager)
        .filter((manager) => Boolean(manager));
    const holder = owner === Owner.OtherApplySet
        ? `it belongs to another ApplySet (${ApplySetKeys.partOf}=${live.metadata.labels?.[ApplySetKeys.partOf] ?? ''})`
        : `it was not created by k8deployer${managers.length > 0 ? ` (managed by ${[...new Set(managers)].join(', ')})` : ''}`;
    return new AdoptionRefusedError(`${what} already exists and ${holder}; refusing to take it over. Rename the object, delete it, or set adopt (--adopt, action input adopt) to make it part of this app`);
}

;// CONCATENATED MODULE: ./src/plan/prefetch.ts


/** Below this many objects of one kind in one namespace, single reads are cheaper than listing the namespace. */
const LIST_FROM = 4;
/**
 * The live state of every desired object, read up front and in bulk (one list per kind and namespace, or a few
 * reads), so the ownership check before each apply costs no round trip on the critical path. Returns the objects
 * found and the keys whose state is known; kinds that cannot be read yet (a CRD of this same deploy) stay unknown
 * and are read just before their apply. An object created by someone else between this read and our apply would be
 * taken over: a window of the deploy's duration, accepted for one read per kind instead of one per object.
 */
async function prefetchLive(client, objects, known) {
    const live = new Map(known);
    const prefetched = new Set(known.keys());
    const groups = new Map();
    for (const object of objects) {
        if (known.has(memberKey(object)))
            continue;
        const group = `${object.apiVersion}|${object.kind}|${object.metadata.namespace ?? ''}`;
        const members = groups.get(group);
        if (members)
            members.push(object);
        else
            groups.set(group, [object]);
    }
    await Promise.all([...groups.values()].map(async (members) => {
        const [first] = members;
        if (!first)
            return;
        try {
            const found = members.length >= LIST_FROM
                ? await client.list(first.apiVersion, first.kind, first.metadata.namespace ? { namespace: first.metadata.namespace } : {})
                : (await Promise.all(members.map((object) => client.get((0,kube_object/* refOf */.H8)(object))))).filter((object) => object !== undefined);
            const byKey = new Map(found.map((object) => [memberKey(object), object]));
            for (const object of members) {
                const key = memberKey(object);
                const match = byKey.get(key);
                if (match)
                    live.set(key, match);
                prefetched.add(key);
            }
        }
        catch {
            // Unknown kind (its CRD comes with this deploy) or no list permission: read each object before its apply.
        }
    }));
    return { live, prefetched };
}

;// CONCATENATED MODULE: ./src/plan/semaphore.ts
/**
 * Bounds concurrent API calls. Waiting tasks start highest priority first (FIFO among equals): when applies queue
 * up, the ones on the critical path should not wait behind leaves. The queue is a binary heap, so a burst of
 * thousands of waiters (a 500-component app) costs O(n log n), not a sort per arrival.
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
            await new Promise((start) => this.push({ priority, order: this.sequence++, start }));
        }
        this.active += 1;
        try {
            return await task();
        }
        finally {
            this.active -= 1;
            this.pop()?.start();
        }
    }
    /** Whether `a` starts before `b`. */
    static before(a, b) {
        return a.priority !== b.priority ? a.priority > b.priority : a.order < b.order;
    }
    push(waiter) {
        const heap = this.waiting;
        heap.push(waiter);
        let index = heap.length - 1;
        while (index > 0) {
            const parent = (index - 1) >> 1;
            if (!Semaphore.before(heap[index], heap[parent]))
                break;
            [heap[index], heap[parent]] = [heap[parent], heap[index]];
            index = parent;
        }
    }
    pop() {
        const heap = this.waiting;
        const top = heap[0];
        const last = heap.pop();
        if (heap.length === 0 || !last)
            return top;
        heap[0] = last;
        let index = 0;
        for (;;) {
            const left = index * 2 + 1;
            const right = left + 1;
            let first = index;
            if (left < heap.length && Semaphore.before(heap[left], heap[first]))
                first = left;
            if (right < heap.length && Semaphore.before(heap[right], heap[first]))
                first = right;
            if (first === index)
                return top;
            [heap[index], heap[first]] = [heap[first], heap[index]];
            index = first;
        }
    }
}

// EXTERNAL MODULE: ./src/kube/unknown.ts
var unknown = __webpack_require__(33035);
;// CONCATENATED MODULE: ./src/plan/unknown-values.ts

/**
 * Values a plan cannot know. `plan` runs where deploy's secret env vars are often unset (a PR job without the
 * production secrets): the renderer then fills a placeholder and marks the Secret, and every pod template that
 * checksums it, as unknown. Comparing a placeholder with the live value would show a fake Secret change and a pod
 * roll, so the plan takes the live value for what it cannot know, says which values those are, and counts no change
 * for them. Deploy never sees these marks: it refuses a missing secret value before rendering finishes.
 */
const checksumAnnotation = 'k8deployer.io/secrets-checksum';
/** The desired object with the unknown parts taken from the live one (or only unmarked when there is none). */
function resolveUnknowns(desired, live) {
    const marked = desired.metadata.annotations?.[unknown/* unknownValuesAnnotation */.X];
    if (marked !== undefined)
        return resolveSecret(desired, live, marked);
    const template = podTemplateOf(desired);
    if (template?.metadata?.annotations?.[checksumAnnotation] === unknown/* unknownChecksum */.o) {
        const object = structuredClone(desired);
        const copy = podTemplateOf(object);
        const liveChecksum = live ? podTemplateOf(live)?.metadata?.annotations?.[checksumAnnotation] : undefined;
        const annotations = { ...copy.metadata.annotations };
        if (liveChecksum !== undefined)
            annotations[checksumAnnotation] = liveChecksum;
        else
            delete annotations[checksumAnnotation];
        copy.metadata = { ...copy.metadata, annotations };
        return { object, unknownValues: ['secrets checksum (a secret value is unknown)'] };
    }
    return { object: desired };
}
function resolveSecret(desired, live, marked) {
    const object = structuredClone(desired);
    const { [unknown/* unknownValuesAnnotation */.X]: _mark, ...annotations } = object.metadata.annotations ?? {};
    object.metadata = { ...object.metadata, annotations };
    if (Object.keys(annotations).length === 0)
        delete object.metadata.annotations;
    const entries = JSON.parse(marked);
    const liveData = (live?.data ?? {});
    const data = { ...object.data };
    for (const { key } of entries) {
        if (liveData[key] !== undefined)
            data[key] = liveData[key];
    }
    object.data = data;
    return { object, unknownValues: entries.map(({ key, env }) => `${key} (env ${env} not set)`) };
}
function podTemplateOf(object) {
    const spec = object.spec;
    return spec?.template ?? spec?.jobTemplate?.spec?.template;
}

;// CONCATENATED MODULE: ./src/plan/replace.ts
// A planned replace: the server refuses the dry run because an immutable field changes (a Job's pod template on
// every image bump, a Service's clusterIP, a StatefulSet's volumeClaimTemplates). Deploy deletes and re-creates
// such an object when replaceOnImmutable is set (Jobs by default) and fails otherwise; the plan says the same.




/** What deploy will do with an object whose dry run failed with `error`. */
function replaceVerdict(error, desired, live, sent) {
    const fields = (0,cluster_errors/* immutableFields */.KL)(error);
    if (fields.length === 0)
        return { kind: 'other' };
    if (!desired.options?.replaceOnImmutable) {
        // Deploy's own wording (apply/execute.ts), so plan and deploy fail alike.
        return {
            kind: 'refused',
            problem: `${(0,errors/* describeError */.Uc)(error)} (set replaceOnImmutable on the component to delete and re-create it)`,
        };
    }
    return {
        kind: 'replace',
        change: {
            action: events/* ChangeAction */.Xw.Replace,
            immutableFields: fields,
            diff: objectDiff(live, overlay(live, sent)),
        },
    };
}
/**
 * The live object with the desired one laid over it, close to what the server would store (the dry run that
 * would say it exactly is the one refused): maps merge, lists of named items merge by name, other values replace.
 * Server defaults stay as they are live, so the diff shows what the spec changes, not every default.
 */
function overlay(live, desired) {
    if (Array.isArray(desired)) {
        if (!Array.isArray(live) || !desired.every(isNamed))
            return structuredClone(desired);
        const byName = new Map(live.filter(isNamed).map((item) => [item['name'], item]));
        return desired.map((item) => overlay(byName.get(item['name']), item));
    }
    if (isRecord(desired)) {
        if (!isRecord(live))
            return structuredClone(desired);
        const merged = { ...structuredClone(live) };
        for (const [key, value] of Object.entries(desired))
            merged[key] = overlay(live[key], value);
        return merged;
    }
    return desired;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isNamed(value) {
    return isRecord(value) && typeof value['name'] === 'string';
}

;// CONCATENATED MODULE: ./src/plan/permissions.ts
// What a deploy needs the credentials to be allowed to do, and which of it RBAC's rules do not allow: computed from
// the plan's objects and actions plus what k8deployer itself touches (namespace, deploy lease, ApplySet parent,
// the watches of tracking), so that `plan` and `deploy` name every missing permission at once, before any write.
// Pure: the reviews that supply the rules are made in src/plan/permission-review.ts.
/** Kinds whose readiness depends on their pods; tracking watches the pods (and a Deployment's ReplicaSets). */
const permissions_WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod']);
function groupOfApiVersion(apiVersion) {
    return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}
/** Everything a deploy of the plan asks the API server to allow, deduplicated, in a stable order. */
function requiredPermissions(input) {
    const needs = new Map();
    const add = (verbs, group, resource, namespace, name) => {
        for (const verb of verbs) {
            const permission = {
                verb,
                group,
                resource,
                ...(namespace ? { namespace } : {}),
                ...(name ? { name } : {}),
            };
            needs.set(permissionKey(permission), permission);
        }
    };
    const ns = input.namespace;
    const where = (resource, namespace) => resource.namespaced ? (namespace ?? ns) : undefined;
    for (const entry of input.objects) {
        const group = groupOfApiVersion(entry.resource.apiVersion);
        const namespace = where(entry.resource, entry.namespace);
        // Server-side apply is a PATCH; one that creates the object is also authorized as create.
        const verbs = entry.replace
            ? ['get', 'patch', 'create', 'delete']
            : entry.exists
                ? ['get', 'patch']
                : ['get', 'create', 'patch'];
        add(verbs, group, entry.resource.plural, namespace);
        // Tracking watches every applied kind in its namespace, and a workload's pods and warning events.
        add(['list', 'watch'], group, entry.resource.plural, namespace);
        if (permissions_WORKLOADS.has(entry.kind) && namespace) {
            add(['list', 'watch'], '', 'pods', namespace);
            add(['list', 'watch'], '', 'events', namespace);
            if (entry.kind === 'Deployment')
                add(['list', 'watch'], 'apps', 'replicasets', namespace);
        }
    }
    for (const entry of input.prune) {
        add(['delete'], groupOfApiVersion(entry.resource.apiVersion), entry.resource.plural, where(entry.resource, entry.namespace));
    }
    // What k8deployer itself writes: the deploy lease and the ApplySet parent Secret, in the app namespace.
    add(['get', 'create', 'update', 'patch', 'delete'], 'coordination.k8s.io', 'leases', ns);
    add(['get', 'create', 'update'], '', 'secrets', ns);
    if (input.namespaceObject) {
        // RBAC decides on one namespace inside that namespace (a Role there can grant get/patch on it); create is
        // cluster-wide.
        add(['get'], '', 'namespaces', ns, ns);
        if (!input.namespaceObject.exists)
            add(['create'], '', 'namespaces');
        else if (input.namespaceObject.managed)
            add(['patch'], '', 'namespaces', ns, ns);
    }
    return [...needs.values()].sort((a, b) => permissionKey(a).localeCompare(permissionKey(b)));
}
function permissionKey(permission) {
    return [
        permission.namespace ?? '',
        permission.resource,
        permission.group,
        permission.verb,
        permission.name ?? '',
    ].join('|');
}
/** Whether one rule allows the permission (RBAC's matching: `*` wildcards, resourceNames only narrow). */
function ruleAllows(rule, permission) {
    const has = (values, value) => (values ?? []).some((entry) => entry === '*' || entry === value);
    if (!has(rule.verbs, permission.verb))
        return false;
    if (!has(rule.apiGroups, permission.group))
        return false;
    if (!has(rule.resources, permission.resource))
        return false;
    const names = rule.resourceNames ?? [];
    if (names.length === 0)
        return true;
    return permission.name !== undefined && names.includes(permission.name);
}
/** The needs of one namespace that none of that namespace's rules allow. */
function notAllowedBy(rules, needs) {
    return needs.filter((need) => !rules.some((rule) => ruleAllows(rule, need)));
}
/** `deployments.apps`, `leases.coordination.k8s.io`, `services` (core): how kubectl names a resource. */
function resourceName(permission) {
    return permission.group ? `${permission.resource}.${permission.group}` : permission.resource;
}
/**
 * One line naming every missing permission, verbs grouped by resource and place, then the fix that fits:
 * `forbidden: cannot create, patch deployments.apps in namespace shop; cannot create namespaces (cluster-wide); …`.
 */
function forbiddenMessage(missing, context) {
    const groups = new Map();
    for (const permission of missing) {
        const key = `${permission.namespace ?? ''}|${resourceName(permission)}`;
        const group = groups.get(key) ?? { permission, verbs: [] };
        if (!group.verbs.includes(permission.verb))
            group.verbs.push(permission.verb);
        groups.set(key, group);
    }
    const lines = [...groups.values()].map(({ permission, verbs }) => {
        const place = permission.namespace ? `in namespace ${permission.namespace}` : 'cluster-wide';
        return `cannot ${verbs.join(', ')} ${resourceName(permission)} ${place}`;
    });
    return `forbidden: ${lines.join('; ')}; ${forbiddenHint(missing, context)}`;
}
function forbiddenHint(missing, context) {
    const onNamespace = missing.filter((permission) => permission.resource === 'namespaces' && permission.group === '');
    if (context.createsNamespace && onNamespace.length > 0 && onNamespace.length === missing.length) {
        return (`the credentials cannot manage namespace ${context.namespace}: if it exists (an administrator made it), set ` +
            `\`createNamespace: false\` in the spec to deploy into it as it is; otherwise grant these verbs`);
    }
    const also = context.createsNamespace && onNamespace.length > 0
        ? ` (or set \`createNamespace: false\` if an administrator made namespace ${context.namespace})`
        : '';
    return `grant these verbs to the credentials' user (a Role in the namespace, a ClusterRole for cluster-wide ones)${also}`;
}

;// CONCATENATED MODULE: ./src/plan/permission-review.ts


async function reviewPermissions(client, needs) {
    try {
        await Promise.all([
            client.resource('authorization.k8s.io/v1', 'SelfSubjectRulesReview'),
            client.resource('authorization.k8s.io/v1', 'SelfSubjectAccessReview'),
        ]);
    }
    catch (error) {
        // A server without the review kinds (disabled authorization API): the deploy learns it from its writes.
        if (error instanceof UnknownKindError)
            return { skipped: 'the server offers no access reviews' };
        throw error;
    }
    const byNamespace = new Map();
    const clusterWide = [];
    for (const need of needs) {
        if (need.namespace === undefined)
            clusterWide.push(need);
        else
            byNamespace.set(need.namespace, [...(byNamespace.get(need.namespace) ?? []), need]);
    }
    const perNamespace = await Promise.all([...byNamespace].map(async ([namespace, namespaced]) => {
        const status = await client.review('SelfSubjectRulesReview', { namespace });
        const rules = (status['resourceRules'] ?? []);
        const notAllowed = notAllowedBy(rules, namespaced);
        // Incomplete rules may omit what another authorizer allows: ask about each doubtful need directly.
        return status['incomplete'] === true ? denied(client, notAllowed) : notAllowed;
    }));
    const missing = [...perNamespace.flat(), ...(await denied(client, clusterWide))];
    return { missing };
}
/** The permissions a SelfSubjectAccessReview does not allow. */
async function denied(client, permissions) {
    const verdicts = await Promise.all(permissions.map(async (permission) => {
        const status = await client.review('SelfSubjectAccessReview', {
            resourceAttributes: {
                verb: permission.verb,
                group: permission.group,
                resource: permission.resource,
                ...(permission.namespace ? { namespace: permission.namespace } : {}),
                ...(permission.name ? { name: permission.name } : {}),
            },
        });
        return status['allowed'] === true ? undefined : permission;
    }));
    return verdicts.filter((entry) => entry !== undefined);
}

;// CONCATENATED MODULE: ./src/plan/permission-check.ts





/** The credentials lack permissions the deploy needs: every one is in the message. Exit code 1 (a cluster failure). */
class PermissionError extends errors/* K8deployerError */.QX {
}
/** Throws PermissionError naming every missing permission; returns a note when the check could not be made. */
async function checkPermissions(client, rendered, facts) {
    const { createsNamespace } = rendered;
    const appNamespace = (object) => object.kind === 'Namespace' && object.metadata.name === rendered.namespace;
    const objects = [];
    for (const object of rendered.objects) {
        if (appNamespace(object))
            continue;
        const resource = await resourceOf(client, object);
        // A kind whose CRD this same deploy creates: nothing to review yet (creating the CRD is reviewed).
        if (!resource)
            continue;
        objects.push({
            resource,
            kind: object.kind,
            exists: facts.exists(object),
            ...(facts.replaced?.(object) ? { replace: true } : {}),
            ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
        });
    }
    const prune = (await Promise.all(facts.prune.map(async (object) => {
        const resource = await resourceOf(client, object);
        return resource
            ? [{ resource, ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}) }]
            : [];
    }))).flat();
    const needs = requiredPermissions({
        namespace: rendered.namespace,
        objects,
        prune,
        ...(createsNamespace ? { namespaceObject: facts.namespace } : {}),
    });
    const review = await reviewPermissions(client, needs);
    if ('skipped' in review)
        return `permission pre-check skipped: ${review.skipped}`;
    if (review.missing.length > 0) {
        throw new PermissionError(forbiddenMessage(review.missing, { namespace: rendered.namespace, createsNamespace }));
    }
    return undefined;
}
/** Whether the rendered app creates (and labels) its own namespace: `createNamespace` is not false. */
function createsOwnNamespace(rendered) {
    return rendered.objects.some(({ object }) => object.kind === 'Namespace' && object.metadata.name === rendered.namespace);
}
/**
 * The app namespace, read. Credentials scoped to the namespace may not read the Namespace object itself: then it is
 * taken to exist (the Role that scopes them lives in it), and a write into it says otherwise.
 */
async function readNamespace(client, name) {
    try {
        const live = await client.get({ apiVersion: 'v1', kind: 'Namespace', name });
        return live ? { exists: true, live } : { exists: false };
    }
    catch (error) {
        if ((0,cluster_errors/* isForbidden */.US)(error))
            return { exists: true, unreadable: true };
        throw error;
    }
}
async function resourceOf(client, object) {
    try {
        return await client.resource(object.apiVersion, object.kind);
    }
    catch (error) {
        if (error instanceof UnknownKindError)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: ./src/strategy/blue-green/render.ts
var render = __webpack_require__(88558);
// EXTERNAL MODULE: ./src/strategy/blue-green/types.ts
var blue_green_types = __webpack_require__(94297);
;// CONCATENATED MODULE: ./src/strategy/blue-green/commands.ts
/** The command a report tells the user to run next (app-wide, with the deploy's own spec and cluster flags). */
function nextCommand(action, _component) {
    return `k8deployer ${action}`;
}

;// CONCATENATED MODULE: ./src/strategy/blue-green/switch-plan.ts
// Pure: what `promote` or `abort` does to the blue-green components of the last deployed revision. The decision
// is made on the revision alone (it is the state, see resolve.ts); the caller checks the target color is ready
// in the cluster before it writes.



const SwitchAction = { Promote: 'promote', Abort: 'abort' };
function planSwitch(previous, action, now) {
    const components = [];
    let objects = previous.objects;
    const names = [
        ...new Set(previous.objects.flatMap((entry) => (entry.blueGreen?.role === blue_green_types/* BlueGreenRole */.Ce.Service ? [entry.component] : []))),
    ];
    for (const component of names) {
        const decided = decide(previous.objects, component, action, now);
        components.push(decided);
        for (const entry of decided.changed)
            objects = objects.map((old) => (switch_plan_sameObject(old, entry) ? entry : old));
    }
    return { components, objects };
}
function decide(all, component, action, now) {
    const own = all.filter((entry) => entry.component === component && entry.blueGreen);
    const byRole = (role) => own.filter((entry) => entry.blueGreen?.role === role);
    const service = byRole(blue_green_types/* BlueGreenRole */.Ce.Service)[0];
    const { name, options } = service.blueGreen;
    const active = (0,render/* colorOf */.HN)(service.object, blue_green_types/* BlueGreenRole */.Ce.Service);
    if (!active)
        return { component, changed: [], problem: `component ${component}: the main Service selects no color` };
    const idle = (0,blue_green_types/* otherColor */.IP)(active);
    const preview = byRole(blue_green_types/* BlueGreenRole */.Ce.Preview)[0];
    const previewColor = (preview && (0,render/* colorOf */.HN)(preview.object, blue_green_types/* BlueGreenRole */.Ce.Preview)) ?? active;
    const workload = (color) => byRole(blue_green_types/* BlueGreenRole */.Ce.Workload).find((entry) => (0,render/* colorOf */.HN)(entry.object, blue_green_types/* BlueGreenRole */.Ce.Workload) === color);
    const idleWorkload = workload(idle);
    const annotations = service.object.metadata.annotations ?? {};
    const versionOf = (entry) => entry?.object.metadata.annotations?.[blue_green_types/* BlueGreenKeys */.UR.version];
    const pointTo = (color, set) => [
        withAnnotations({ ...service, object: (0,render/* paint */.nI)(service.object, blue_green_types/* BlueGreenRole */.Ce.Service, name, color) }, set),
        ...byRole(blue_green_types/* BlueGreenRole */.Ce.Autoscaler).map((entry) => ({
            ...entry,
            object: (0,render/* paint */.nI)(entry.object, blue_green_types/* BlueGreenRole */.Ce.Autoscaler, name, color),
        })),
    ];
    const switchedAt = new Date(now).toISOString();
    const kept = { color: active, until: new Date(now + options.keepForMs).toISOString() };
    const pending = idleWorkload !== undefined && previewColor === idle;
    if (action === SwitchAction.Promote) {
        if (!pending)
            return { component, changed: [], note: `component ${component}: nothing waits for promote (${active} is live)` };
        return {
            component,
            changed: pointTo(idle, { [blue_green_types/* BlueGreenKeys */.UR.switchedAt]: switchedAt, [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: undefined }),
            needsReady: idleWorkload,
            status: {
                component,
                step: blue_green_types/* BlueGreenStep */.ef.Promoted,
                activeColor: idle,
                previewColor: idle,
                previousColor: active,
                kept,
                next: nextCommand('abort', component),
            },
        };
    }
    if (pending) {
        // Before the switch: nothing to switch back; the waiting version is marked so a re-deploy does not switch to it.
        const version = versionOf(idleWorkload);
        const status = {
            component,
            step: blue_green_types/* BlueGreenStep */.ef.Aborted,
            activeColor: active,
            previewColor: idle,
            next: nextCommand('promote', component),
        };
        if (annotations[blue_green_types/* BlueGreenKeys */.UR.abortedVersion] === version)
            return { component, changed: [], note: `component ${component}: already aborted (${active} is live)` };
        return { component, changed: pointTo(active, { [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: version }), status };
    }
    if (!idleWorkload) {
        const since = annotations[blue_green_types/* BlueGreenKeys */.UR.switchedAt];
        const ended = since ? ` (keepFor ended ${new Date(Date.parse(since) + options.keepForMs).toISOString()})` : '';
        return {
            component,
            changed: [],
            problem: `component ${component}: cannot switch back: the old color ${idle} was already removed${ended}; deploy the previous version instead`,
        };
    }
    return {
        component,
        changed: pointTo(idle, {
            [blue_green_types/* BlueGreenKeys */.UR.switchedAt]: switchedAt,
            [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: versionOf(workload(active)),
        }),
        needsReady: idleWorkload,
        status: {
            component,
            step: blue_green_types/* BlueGreenStep */.ef.SwitchedBack,
            activeColor: idle,
            previewColor: active,
            previousColor: active,
            next: nextCommand('promote', component),
        },
    };
}
function switch_plan_sameObject(a, b) {
    return (a.object.kind === b.object.kind && a.object.metadata.name === b.object.metadata.name && a.component === b.component);
}
/** The entry with these annotations set (undefined values removed). */
function withAnnotations(entry, values) {
    const annotations = { ...entry.object.metadata.annotations };
    for (const [key, value] of Object.entries(values)) {
        if (value === undefined)
            delete annotations[key];
        else
            annotations[key] = value;
    }
    const metadata = { ...entry.object.metadata };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    else
        delete metadata.annotations;
    return { ...entry, object: { ...entry.object, metadata } };
}

;// CONCATENATED MODULE: ./src/strategy/blue-green/resolve.ts
// Pure: the blue layout the renderer made + the last deployed revision + the time → the objects this deploy applies
// and where each blue-green component stands. The revision is the state: the main Service's selector names the live
// color, its annotations when it switched and what was aborted; the old color's Deployment is carried over from the
// revision unchanged (so it is neither rewritten nor pruned) until keepFor ends.




/** Colors every blue-green component of `rendered`; other objects pass through untouched. */
function resolveBlueGreen(rendered, previous, now) {
    const names = [...new Set(rendered.objects.flatMap((entry) => (entry.blueGreen ? [entry.component] : [])))];
    if (names.length === 0)
        return { rendered, statuses: [] };
    let objects = rendered.objects;
    const statuses = [];
    for (const component of names) {
        const own = objects.filter((entry) => entry.component === component && entry.blueGreen);
        const resolved = resolveComponent(component, own, previousLayout(previous, component), now);
        objects = [...objects.filter((entry) => !own.includes(entry)), ...resolved.objects];
        statuses.push(resolved.status);
    }
    return { rendered: { ...rendered, objects }, statuses };
}
function resolveComponent(component, own, previous, now) {
    const of = (role) => own.find((entry) => entry.blueGreen?.role === role);
    const workload = of(blue_green_types/* BlueGreenRole */.Ce.Workload);
    const mark = workload.blueGreen;
    const { options, name } = mark;
    const version = versionAnnotation(workload);
    const painted = (entry, color) => entry ? [{ ...entry, object: (0,render/* paint */.nI)(entry.object, entry.blueGreen?.role ?? 'workload', name, color) }] : [];
    const service = (color, annotations) => painted(of(blue_green_types/* BlueGreenRole */.Ce.Service), color).map((entry) => withAnnotations(entry, annotations));
    const lastService = previous.service?.object.metadata.annotations ?? {};
    const carried = {
        [blue_green_types/* BlueGreenKeys */.UR.switchedAt]: lastService[blue_green_types/* BlueGreenKeys */.UR.switchedAt],
        [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: lastService[blue_green_types/* BlueGreenKeys */.UR.abortedVersion],
    };
    const switchedNow = {
        [blue_green_types/* BlueGreenKeys */.UR.switchedAt]: new Date(now).toISOString(),
        [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: undefined,
    };
    const layout = (live, preview, annotations) => [
        ...service(live, annotations),
        ...painted(of(blue_green_types/* BlueGreenRole */.Ce.Preview), preview),
        ...painted(of(blue_green_types/* BlueGreenRole */.Ce.Autoscaler), live),
    ];
    const active = previous.service ? (0,render/* colorOf */.HN)(previous.service.object, blue_green_types/* BlueGreenRole */.Ce.Service) : undefined;
    const activeWorkload = active ? previous.workloads.get(active) : undefined;
    if (!active || !activeWorkload) {
        // Nothing live yet (or the live color's Deployment is not ours to keep): one color, selected from the start.
        const color = active ?? blue_green_types/* Color */.Q1.Blue;
        return {
            objects: [...painted(workload, color), ...layout(color, color, switchedNow)],
            status: { component, step: blue_green_types/* BlueGreenStep */.ef.FirstDeploy, activeColor: color, previewColor: color },
        };
    }
    const idle = (0,blue_green_types/* otherColor */.IP)(active);
    const idleWorkload = previous.workloads.get(idle);
    const previewColor = previous.preview ? (0,render/* colorOf */.HN)(previous.preview.object, blue_green_types/* BlueGreenRole */.Ce.Preview) : active;
    // The idle color holds a version newer than the live one (awaiting promote, or aborted) when the preview selects it.
    const idleIsPending = idleWorkload !== undefined && previewColor === idle;
    const base = { component, previousColor: active };
    if (version === versionAnnotation(activeWorkload)) {
        const switchedAt = Date.parse(carried[blue_green_types/* BlueGreenKeys */.UR.switchedAt] ?? '');
        const until = (Number.isNaN(switchedAt) ? now : switchedAt) + options.keepForMs;
        // Back to the live version: a pending one on the idle color is dropped (and so is its abort mark).
        const keep = idleWorkload && !idleIsPending && now < until ? [idleWorkload] : [];
        const annotations = idleIsPending ? { ...carried, [blue_green_types/* BlueGreenKeys */.UR.abortedVersion]: undefined } : carried;
        return {
            objects: [...painted(workload, active), ...keep, ...layout(active, active, annotations)],
            status: {
                ...base,
                step: blue_green_types/* BlueGreenStep */.ef.Steady,
                activeColor: active,
                previewColor: active,
                ...(keep.length > 0 ? { kept: { color: idle, until: new Date(until).toISOString() } } : {}),
                ...(idleWorkload && keep.length === 0 ? { removes: idle } : {}),
            },
        };
    }
    const sameAsPending = idleIsPending && versionAnnotation(idleWorkload) === version;
    if (sameAsPending && carried[blue_green_types/* BlueGreenKeys */.UR.abortedVersion] === version) {
        // Aborted before: deploying the same version again must not undo the abort by itself.
        return {
            objects: [...painted(workload, idle), activeWorkload, ...layout(active, idle, carried)],
            status: {
                ...base,
                step: blue_green_types/* BlueGreenStep */.ef.Aborted,
                activeColor: active,
                previewColor: idle,
                next: nextCommand('promote', component),
            },
        };
    }
    if (options.switch === blue_green_types/* SwitchMode */.Y8.Manual) {
        return {
            objects: [...painted(workload, idle), activeWorkload, ...layout(active, idle, carried)],
            status: {
                ...base,
                step: blue_green_types/* BlueGreenStep */.ef.AwaitingPromote,
                activeColor: active,
                previewColor: idle,
                next: nextCommand('promote', component),
            },
        };
    }
    return {
        objects: [...painted(workload, idle), activeWorkload, ...layout(idle, idle, switchedNow)],
        status: {
            ...base,
            step: blue_green_types/* BlueGreenStep */.ef.Switching,
            activeColor: idle,
            previewColor: idle,
            kept: { color: active, until: new Date(now + options.keepForMs).toISOString() },
            next: nextCommand('abort', component),
        },
    };
}
function previousLayout(previous, component) {
    const layout = { workloads: new Map() };
    for (const entry of previous?.objects ?? []) {
        if (entry.component !== component || !entry.blueGreen)
            continue;
        const role = entry.blueGreen.role;
        if (role === blue_green_types/* BlueGreenRole */.Ce.Service)
            layout.service = entry;
        else if (role === blue_green_types/* BlueGreenRole */.Ce.Preview)
            layout.preview = entry;
        else if (role === blue_green_types/* BlueGreenRole */.Ce.Workload) {
            const color = (0,render/* colorOf */.HN)(entry.object, role);
            if (color)
                layout.workloads.set(color, entry);
        }
    }
    return layout;
}
function versionAnnotation(entry) {
    return entry.object.metadata.annotations?.[blue_green_types/* BlueGreenKeys */.UR.version];
}

;// CONCATENATED MODULE: ./src/plan/superseded.ts



/** `<component>-<config>-<10 hex>`: the renderer's content-hashed name (see render/config.ts). */
const HASHED_NAME = /^(.+)-[0-9a-f]{10}$/;
const HASHED_KINDS = new Set(['ConfigMap', 'Secret']);
/**
 * A content-hashed ConfigMap whose content changed is, to the API, a new object plus the prune of the old one. A
 * person changed the content: pair each such create with the delete of the same component's object of the same base
 * name, and give the create the content diff (`data`/`binaryData`, Secret values masked) and the old name. The
 * reports then show one "content" change instead of an add and a delete. Pure: the objects come with the plan.
 */
function markSuperseded(changes, desired, pruned) {
    const deletes = new Map();
    for (const change of changes) {
        const base = hashedBase(change);
        if (change.action !== events/* ChangeAction */.Xw.Delete || base === undefined)
            continue;
        const list = deletes.get(base) ?? [];
        list.push(change);
        deletes.set(base, list);
    }
    if (deletes.size === 0)
        return changes;
    const taken = new Set();
    return changes.map((change) => {
        const base = hashedBase(change);
        if (change.action !== events/* ChangeAction */.Xw.Create || base === undefined)
            return change;
        const old = deletes.get(base)?.find((candidate) => !taken.has(candidate));
        const before = old && pruned.get((0,kube_object/* refKey */.XF)(old.ref));
        const after = desired.get((0,kube_object/* refKey */.XF)(change.ref));
        if (!old || !before || !after)
            return change;
        taken.add(old);
        return { ...change, supersedes: old.ref.name, diff: contentDiff(before, after) };
    });
}
/** The key two generations of one hashed object share: kind, namespace, component and the name without its hash. */
function hashedBase(change) {
    if (!HASHED_KINDS.has(change.ref.kind))
        return undefined;
    const match = HASHED_NAME.exec(change.ref.name);
    if (!match)
        return undefined;
    return [change.ref.kind, change.ref.namespace ?? '', change.component, match[1]].join('\n');
}
function contentDiff(before, after) {
    const content = (object) => ({
        apiVersion: object.apiVersion,
        kind: object.kind,
        metadata: { name: '' },
        ...(object['data'] !== undefined ? { data: object['data'] } : {}),
        ...(object['binaryData'] !== undefined ? { binaryData: object['binaryData'] } : {}),
    });
    const masked = maskSecrets(content(before), content(after));
    const lines = (object) => {
        const { data, binaryData } = object;
        return toYaml({ ...(data !== undefined ? { data } : {}), ...(binaryData !== undefined ? { binaryData } : {}) })
            .split('\n')
            .filter((line) => line !== '');
    };
    return unifiedDiff(lines(masked.live), lines(masked.desired));
}

;// CONCATENATED MODULE: ./src/steps/describe.ts
/** The request in a few words for logs and reports: `POST https://example.com/hooks`. Never a header or body. */
function describeRequest(step) {
    const url = step.url.length > 200 ? `${step.url.slice(0, 200)}…` : step.url;
    return `${step.method} ${url}`;
}

;// CONCATENATED MODULE: ./src/plan/steps.ts


/**
 * Pure: whether each step runs. `when: always` runs on every deploy; `when: changed` (the default) only when the
 * deploy changes the cluster: an object is created, updated or replaced, something is pruned, or the desired set
 * differs from the last recorded revision (the spec changed, or the last deploy failed before it was recorded).
 * So a deploy with nothing changed makes no request unless a step asks for it.
 */
function planSteps(graph, change) {
    const objectsChange = change.actions.some((action) => action !== events/* ChangeAction */.Xw.Unchanged) || change.pruned > 0;
    const unrecorded = change.recordedHash !== change.desiredHash;
    const steps = [];
    for (const node of graph.nodes.values()) {
        const step = node.desired.step;
        if (!step)
            continue;
        const decision = step.http.when === 'always'
            ? { run: true, why: 'runs on every deploy (when: always)' }
            : objectsChange
                ? { run: true, why: 'the deploy changes the cluster' }
                : unrecorded
                    ? { run: true, why: 'the desired set differs from the last recorded revision' }
                    : { run: false, why: 'nothing changed (when: changed)' };
        steps.push({
            key: node.key,
            component: node.desired.component,
            dependsOn: [...node.dependsOn],
            http: step.http,
            decision,
        });
    }
    return steps;
}
/** The step as it may leave the engine (printed, serialized): secret header values replaced. */
function withoutStepSecrets(step) {
    return {
        ...step,
        http: {
            ...step.http,
            headers: step.http.headers.map((header) => header.secret ? { name: header.name, value: '(masked)', secret: true } : header),
        },
    };
}
/** What the reports show of a planned step: the request in a few words, no header or body. */
function stepSummary(step) {
    return {
        component: step.component,
        request: describeRequest(step.http),
        run: step.decision.run,
        why: step.decision.why,
    };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts























/** Why the dry run could not evaluate an object; deploy acts on the kind (an immutable field is still applied). */
const ProblemKind = {
    Adoption: 'adoption',
    Immutable: 'immutable',
    Other: 'other',
};
/** A proofOnly plan met an object whose change only a dry run (or the apply) can tell. */
class UnprovenChange extends Error {
    key;
    constructor(key) {
        super(`${key} may change`);
        this.key = key;
    }
}
/**
 * Server-side dry run of every desired object (with the ApplySet label the deploy would add), compared with the
 * live object: create / update (with a masked diff) / unchanged; plus members of the current ApplySet that the new
 * set drops (delete). Reads only.
 */
async function planCluster(client, input, options) {
    const scoped = options.inventory ? input : await withServerScope(client, input);
    const inventory = options.inventory ?? (await loadInventory(client, scoped, options.repository));
    const { parent, previous, members } = inventory;
    // Deploy colors its set under the lease before it plans (it commits that set); the plan command does it here.
    const strategies = options.inventory
        ? { rendered: scoped, statuses: [] }
        : resolveBlueGreen(scoped, previous, Date.now());
    const rendered = strategies.rendered;
    const problems = options.inventory ? [] : await missingStorageClasses(client, rendered.objects);
    const graph = buildGraph(rendered.objects, rendered.components, rendered.steps);
    const order = graph.order().filter((node) => !node.desired.step);
    const { live, prefetched } = await prefetchLive(client, rendered.objects.map((entry) => entry.object), new Map(members.map((member) => [memberKey(member), member])));
    const evaluator = new ObjectEvaluator(client, rendered.namespace, parent.id, options, live, prefetched);
    const planned = await Promise.all(order.map((node) => evaluator.evaluate(node)));
    const objects = planned.filter((entry) => entry !== undefined);
    for (const entry of objects)
        if (entry.problem && entry.action !== events/* ChangeAction */.Xw.Replace)
            problems.push(problemLine(entry));
    const prune = pruneCandidates(members, rendered.objects.map((entry) => entry.object), parent.id, options.flags);
    const deletions = prune.map((object) => ({
        component: componentOfMember(object, previous),
        ref: (0,kube_object/* refOf */.H8)(object),
        action: events/* ChangeAction */.Xw.Delete,
    }));
    // Hashed like deploy records it: without an existing namespace of others that the plan leaves out of the app.
    const kept = new Set(objects.map((entry) => entry.key));
    const recorded = rendered.objects.filter((entry) => kept.has((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object))));
    const steps = planSteps(graph, {
        actions: objects.map((entry) => entry.action),
        pruned: prune.length,
        ...(parent.revisionHash !== undefined ? { recordedHash: parent.revisionHash } : {}),
        desiredHash: desiredSetHash(recorded, rendered.components, rendered.steps),
    });
    return {
        cluster: client.name,
        app: rendered.app,
        namespace: rendered.namespace,
        applySetId: parent.id,
        objects,
        components: rendered.components,
        prune,
        inventory: { parentExists: parent.exists, ...(previous ? { revision: previous.revision } : {}) },
        changes: markSuperseded([...objects.map(changeOf), ...deletions], new Map(objects.map((entry) => [(0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object)), entry.object])), new Map(prune.map((object) => [(0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(object)), object]))),
        problems,
        steps,
        blueGreen: strategies.statuses,
    };
}
/** The plan's dependency graph, rebuilt from its plain edges (a plan read back from JSON schedules the same). */
function graphOfPlan(plan) {
    const graph = new DependencyGraph(plan.objects.map((entry) => ({
        component: entry.component,
        object: entry.object,
        ...(entry.options ? { options: entry.options } : {}),
    })));
    for (const step of plan.steps ?? [])
        graph.nodes.set(step.key, {
            key: step.key,
            desired: {
                component: step.component,
                object: stepObject(step.component),
                step: { http: step.http, decision: step.decision },
            },
            dependsOn: new Set(),
            dependents: new Set(),
        });
    for (const entry of [...plan.objects, ...(plan.steps ?? [])])
        for (const dependency of entry.dependsOn)
            graph.addEdge(entry.key, dependency);
    return graph;
}
async function loadInventory(client, rendered, repository) {
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace, repository);
    const { exists } = await readNamespace(client, rendered.namespace);
    const previous = exists ? await parent.load() : undefined;
    const members = parent.exists ? await parent.listMembers() : [];
    return { parent, previous, members };
}
/** Decides one object's change from its live state and a server-side dry run. */
class ObjectEvaluator {
    client;
    namespace;
    applySetId;
    options;
    live;
    prefetched;
    slots;
    constructor(client, namespace, applySetId, options, live, prefetched) {
        this.client = client;
        this.namespace = namespace;
        this.applySetId = applySetId;
        this.options = options;
        this.live = live;
        this.prefetched = prefetched;
        this.slots = new Semaphore(Math.max(1, options.concurrency ?? 8));
    }
    async evaluate(node) {
        const decorated = decorate(node.desired.object, this.applySetId);
        let live;
        let desired = decorated;
        let base = {
            key: node.key,
            component: node.desired.component,
            object: desired,
            ...(node.desired.options ? { options: node.desired.options } : {}),
            dependsOn: [...node.dependsOn],
            action: events/* ChangeAction */.Xw.Create,
        };
        try {
            live = await this.liveOf(decorated);
            const resolved = resolveUnknowns(decorated, live);
            desired = resolved.object;
            base = { ...base, object: desired, ...(resolved.unknownValues ? { unknownValues: resolved.unknownValues } : {}) };
            if (!live) {
                if (this.options.proofOnly)
                    throw new UnprovenChange(node.key);
                // The plan command dry-runs creates too: RBAC and admission refuse a new object as readily as a changed
                // one. (Deploy, which passes its inventory, learns it from the real apply.)
                if (!this.options.inventory)
                    await this.slots.run(() => this.client.apply(desired, { dryRun: true, force: this.options.force }));
                return base;
            }
            const owner = ownerOf(live, this.applySetId);
            if (owner !== Owner.Ours && !this.options.adopt) {
                // Deploy uses an existing namespace of others as it is and leaves it out of the app (see ensureNamespace).
                if (desired.kind === 'Namespace' && desired.metadata.name === this.namespace)
                    return undefined;
                throw adoptionRefused(live, owner);
            }
            // Provably unchanged from the live object's own field ownership: no dry run needed (see unchanged.ts).
            if (provablyUnchanged(desired, live))
                return { ...base, action: events/* ChangeAction */.Xw.Unchanged, live };
            if (this.options.proofOnly)
                throw new UnprovenChange(node.key);
            const { object: dryRun } = await this.slots.run(() => this.client.apply(desired, { dryRun: true, force: this.options.force }));
            // The same resourceVersion proves the live copy is still current, so the comparison is against the truth.
            const current = dryRun.metadata['resourceVersion'] === live.metadata['resourceVersion'];
            if (current && unchangedByApply(live, dryRun))
                return { ...base, action: events/* ChangeAction */.Xw.Unchanged, live };
            return { ...base, action: events/* ChangeAction */.Xw.Update, diff: objectDiff(live, dryRun) };
        }
        catch (error) {
            // Nothing on an unreachable cluster can be planned: the cluster fails as a whole, with one reason.
            if (error instanceof cluster_errors/* ClusterUnreachableError */.hy || error instanceof UnprovenChange)
                throw error;
            if (this.options.proofOnly)
                throw new UnprovenChange(node.key);
            // A namespace or CRD created by this same deploy does not exist yet: the object can only be new.
            if ((0,cluster_errors/* isNotFound */.c4)(error) || error instanceof UnknownKindError)
                return base;
            const verdict = live ? replaceVerdict(error, node.desired, live, desired) : { kind: 'other' };
            // Deploy deletes and re-creates it (execute.ts applies an Immutable problem and replaces on its error).
            if (verdict.kind === 'replace')
                return { ...base, ...verdict.change, problem: { kind: ProblemKind.Immutable, message: (0,errors/* describeError */.Uc)(error) } };
            if (verdict.kind === 'refused')
                return {
                    ...base,
                    action: events/* ChangeAction */.Xw.Update,
                    problem: { kind: ProblemKind.Immutable, message: verdict.problem },
                };
            const kind = error instanceof AdoptionRefusedError
                ? ProblemKind.Adoption
                : (0,cluster_errors/* isImmutableFieldError */.nl)(error)
                    ? ProblemKind.Immutable
                    : ProblemKind.Other;
            // A refused create stays a create: what the object would be is what the permission check asks about.
            const action = live ? events/* ChangeAction */.Xw.Update : events/* ChangeAction */.Xw.Create;
            return { ...base, action, problem: { kind, message: (0,errors/* describeError */.Uc)(error) } };
        }
    }
    /** From the prefetch when it knows the object (absent there = does not exist), else one read. */
    async liveOf(object) {
        const key = memberKey(object);
        return this.live.get(key) ?? (this.prefetched.has(key) ? undefined : await this.client.get((0,kube_object/* refOf */.H8)(object)));
    }
}
function changeOf(entry) {
    return {
        component: entry.component,
        ref: (0,kube_object/* refOf */.H8)(entry.object),
        action: entry.action,
        ...(entry.diff !== undefined ? { diff: entry.diff } : {}),
        ...(entry.immutableFields ? { immutableFields: entry.immutableFields } : {}),
        ...(entry.unknownValues ? { unknownValues: entry.unknownValues } : {}),
    };
}
function problemLine(entry) {
    if (entry.problem?.kind === ProblemKind.Adoption)
        return entry.problem.message;
    const ref = (0,kube_object/* refOf */.H8)(entry.object);
    return `${ref.kind}/${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: ${entry.problem?.message ?? ''}`;
}
/**
 * The plan as it may leave the engine (printed, serialized, posted on a PR): Secret values replaced, since the plan
 * deploy executes holds the desired and live objects in full. Diffs are masked already.
 */
function withoutSecretValues(plan) {
    return {
        ...plan,
        objects: plan.objects.map((entry) => ({
            ...entry,
            object: maskSecret(entry.object),
            ...(entry.live ? { live: maskSecret(entry.live) } : {}),
        })),
        prune: plan.prune.map(maskSecret),
        steps: (plan.steps ?? []).map(withoutStepSecrets),
    };
}
function maskSecret(object) {
    if (object.kind !== 'Secret')
        return object;
    const masked = { ...object };
    for (const field of ['data', 'stringData']) {
        const values = object[field];
        if (values)
            masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, '(masked)']));
    }
    // The last applied configuration (kubectl's annotation) holds the values too.
    const annotations = object.metadata.annotations;
    if (annotations?.['kubectl.kubernetes.io/last-applied-configuration'] !== undefined) {
        const { ['kubectl.kubernetes.io/last-applied-configuration']: _dropped, ...rest } = annotations;
        masked.metadata = { ...object.metadata, annotations: rest };
    }
    return masked;
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
        // An already aborted signal fires no event: without this the wait would sit out its whole timeout.
        if (signal?.aborted)
            onAbort();
        else if (!informer.get(ref.name, ref.namespace))
            done();
    });
}

;// CONCATENATED MODULE: ./src/steps/backoff.ts
/**
 * The waits before each retry: initialMs, doubling, never above maxMs (capped exponential; no jitter, since one
 * deploy makes one request per step and a schedule that is the same every run is easier to reason about).
 */
function backoffDelays(retries, initialMs, maxMs) {
    const cap = Math.max(0, maxMs);
    const delays = [];
    let next = Math.max(0, initialMs);
    for (let index = 0; index < retries; index += 1) {
        delays.push(Math.min(next, cap));
        // Stop growing once capped: 2^20 doublings of a large initial delay must not reach Infinity.
        next = Math.min(next * 2, cap);
    }
    return delays;
}

// EXTERNAL MODULE: ./src/steps/expect.ts
var expect = __webpack_require__(77742);
// EXTERNAL MODULE: ./src/steps/types.ts
var steps_types = __webpack_require__(9194);
;// CONCATENATED MODULE: ./src/steps/http-run.ts




/**
 * Makes the request until the answer is the expected one, at most 1 + retries times, waiting the backoff schedule
 * between attempts, within the per-attempt and overall time limits. Never throws; the outcome's line says what
 * happened in one line without a header value or the request body. Redirects are not followed (a redirect to
 * another host would carry the headers there): a 3xx is a status like any other.
 */
async function runHttpStep(step, options) {
    const request = describeRequest(step);
    const overallLimit = AbortSignal.timeout(step.totalTimeoutMs);
    const overall = AbortSignal.any([options.signal, overallLimit]);
    const delays = backoffDelays(step.retries, step.backoff.initialMs, step.backoff.maxMs);
    const sleep = options.sleep ?? abortableSleep;
    let problem = 'not attempted';
    let status;
    let attempts = 0;
    for (let attempt = 1; attempt <= step.retries + 1; attempt += 1) {
        if (overall.aborted)
            break;
        attempts = attempt;
        const result = await attemptOnce(step, overall);
        if (result.ok)
            return { ok: true, attempts, status: result.status, line: `${request} → ${result.status}${after(attempts)}` };
        problem = result.problem;
        status = result.status;
        const delay = delays[attempt - 1];
        if (delay === undefined || overall.aborted)
            break;
        options.onRetry?.({ attempt, problem, delayMs: delay });
        await sleep(delay, overall).catch(() => undefined);
    }
    const stop = options.signal.aborted
        ? ' (stopped: the deploy was cancelled or ran out of time)'
        : overallLimit.aborted
            ? ` (stopped: totalTimeoutSeconds ${step.totalTimeoutMs / 1000} s ran out)`
            : '';
    return {
        ok: false,
        attempts,
        ...(status !== undefined ? { status } : {}),
        line: `${request} → ${problem}${after(attempts)}${stop}`,
    };
}
function after(attempts) {
    return ` after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
}
async function attemptOnce(step, overall) {
    const limit = AbortSignal.timeout(step.timeoutMs);
    const signal = AbortSignal.any([overall, limit]);
    try {
        const response = await fetch(step.url, {
            method: step.method,
            headers: step.headers.map((header) => [header.name, header.value]),
            ...(step.body !== undefined ? { body: step.body } : {}),
            redirect: 'manual',
            signal,
        });
        const body = step.method === 'HEAD' ? '' : await readCapped(response, steps_types/* maxResponseBytes */.X);
        const verdict = (0,expect/* checkAnswer */.dG)({ status: response.status, body }, step.expect);
        if (verdict.ok)
            return { ok: true, status: response.status };
        const excerpt = oneLine(body, 120);
        return {
            ok: false,
            status: response.status,
            problem: `${response.status} (${verdict.reason})${excerpt ? `: ${excerpt}` : ''}`,
        };
    }
    catch (error) {
        if (limit.aborted && !overall.aborted)
            return { ok: false, problem: `timed out after ${step.timeoutMs / 1000} s` };
        return { ok: false, problem: describeFetchError(error) };
    }
}
/** At most `cap` bytes of the body; the rest is never read (the stream is cancelled). */
async function readCapped(response, cap) {
    if (!response.body)
        return '';
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    try {
        while (size < cap) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const room = cap - size;
            chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
            size += Math.min(value.byteLength, room);
        }
    }
    finally {
        await reader.cancel().catch(() => undefined);
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
/** `connection refused (ECONNREFUSED)`: what undici's `fetch failed` hides in its cause. */
function describeFetchError(error) {
    const cause = error instanceof Error ? error.cause : undefined;
    const known = {
        ECONNREFUSED: 'connection refused',
        ENOTFOUND: 'host not found',
        EAI_AGAIN: 'host lookup failed',
        ECONNRESET: 'connection reset',
        ETIMEDOUT: 'connection timed out',
        UND_ERR_SOCKET: 'connection closed',
    };
    if (cause?.code)
        return `${known[cause.code] ?? oneLine(cause.message ?? 'request failed', 120)} (${cause.code})`;
    if (error instanceof Error && error.name === 'AbortError')
        return 'stopped';
    return oneLine(error instanceof Error ? (cause?.message ?? error.message) : String(error), 120);
}
/** Text from a server, on one line and short: it ends up in a one-line reason. */
function oneLine(text, max) {
    const flat = text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
function abortableSleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/apply/execute.ts













/**
 * Applies every object as soon as all it depends on is ready (DAG scheduling, not waves), waits for its readiness,
 * and stops at the first failure (fail fast): nothing new starts, waits in progress are cancelled.
 */
async function executeGraph(options) {
    const run = new GraphRun(options);
    const result = await run.execute();
    if (!result.ok && options.reportComponents !== false)
        run.reportUnfinishedComponents();
    return result;
}
/** One pass over the graph. Its state lives in fields, not in closures: what is pending, running, ready, failed. */
class GraphRun {
    options;
    abort = new AbortController();
    signal;
    remainingDeps = new Map();
    components = new Map();
    applied = [];
    slots;
    priority;
    failure;
    readyCount = 0;
    inFlight = 0;
    resolve = () => undefined;
    constructor(options) {
        this.options = options;
        this.signal = AbortSignal.any([options.signal, this.abort.signal]);
        this.slots = new Semaphore(Math.max(1, options.concurrency));
        this.priority = options.graph.criticality();
        for (const node of options.graph.nodes.values()) {
            this.remainingDeps.set(node.key, node.dependsOn.size);
            const progress = this.components.get(node.desired.component) ?? { total: 0, ready: 0 };
            progress.total += 1;
            this.components.set(node.desired.component, progress);
        }
    }
    execute() {
        return new Promise((resolve) => {
            this.resolve = resolve;
            const outer = this.options.signal;
            if (outer.aborted)
                this.fail(outer.reason instanceof errors/* K8deployerError */.QX ? this.stopped() : 'deadline reached before the deploy started');
            for (const node of this.options.graph.nodes.values()) {
                if (node.dependsOn.size === 0)
                    this.start(node);
            }
            this.settleIfDone();
            outer.addEventListener('abort', () => this.fail(this.stopped()), { once: true });
        });
    }
    /** Components that did not finish: failed (the one that failed) or skipped (never started or cancelled). */
    reportUnfinishedComponents() {
        for (const [component, progress] of this.components) {
            if (progress.ready === progress.total)
                continue;
            this.options.bus.emit({
                type: 'component-finished',
                cluster: this.options.cluster,
                component,
                outcome: progress.failed ? events/* Outcome */.Pi.Failed : events/* Outcome */.Pi.Skipped,
                durationMs: progress.startedAt ? Date.now() - progress.startedAt : 0,
                ...(progress.failed ? { reason: progress.failed } : {}),
                at: Date.now(),
            });
        }
    }
    start(node) {
        this.inFlight += 1;
        void this.runNode(node)
            .then((ok) => {
            if (ok)
                this.nodeReady(node);
        })
            .catch((error) => this.fail((0,errors/* describeError */.Uc)(error), node.desired.component, error))
            .finally(() => {
            this.inFlight -= 1;
            this.settleIfDone();
        });
    }
    nodeReady(node) {
        this.readyCount += 1;
        const progress = this.components.get(node.desired.component);
        if (progress) {
            progress.ready += 1;
            if (progress.ready === progress.total && this.options.reportComponents !== false) {
                this.options.bus.emit({
                    type: 'component-finished',
                    cluster: this.options.cluster,
                    component: node.desired.component,
                    outcome: events/* Outcome */.Pi.Succeeded,
                    durationMs: Date.now() - (progress.startedAt ?? Date.now()),
                    at: Date.now(),
                });
            }
        }
        for (const dependent of node.dependents) {
            const left = (this.remainingDeps.get(dependent) ?? 1) - 1;
            this.remainingDeps.set(dependent, left);
            const next = this.options.graph.nodes.get(dependent);
            if (left === 0 && next && this.failure === undefined)
                this.start(next);
        }
    }
    async runNode(node) {
        const { options, signal } = this;
        const progress = this.components.get(node.desired.component);
        if (progress && progress.startedAt === undefined)
            progress.startedAt = Date.now();
        if (node.desired.step)
            return this.runStep(node, node.desired.step);
        const result = options.preApplied?.get(node.key) ??
            (await this.slots.run(() => applyOne(options, node, signal), this.priority.get(node.key)));
        const object = result.object;
        const action = actionOf(result, options.liveVersions.get(memberKey(object)));
        // Recorded even when cancelled meanwhile: a rollback must know every object this run created.
        this.applied.push({ component: node.desired.component, object, action });
        if (signal.aborted)
            return false;
        const event = { cluster: options.cluster, component: node.desired.component, ref: (0,kube_object/* refOf */.H8)(object) };
        options.bus.emit({ type: 'object-applied', ...event, action, at: Date.now() });
        if (node.desired.options?.skipWait) {
            options.bus.emit({ type: 'object-ready', ...event, at: Date.now() });
            return true;
        }
        const tracked = await options.tracker.wait({
            component: node.desired.component,
            applied: object,
            timeoutMs: options.objectTimeoutMs,
            signal,
        });
        if (!tracked.ok) {
            if (!signal.aborted || this.failure === undefined)
                this.fail(tracked.reason, node.desired.component, tracked.cause);
            return false;
        }
        // Dependents (its custom resources) start when this resolves: only once discovery serves the new kind.
        if (object.kind === 'CustomResourceDefinition')
            await awaitCustomResourceDiscovery(options, object, signal);
        return true;
    }
    /**
     * A kind: http step: the request instead of an apply, its success instead of readiness. It writes nothing to the
     * cluster, so nothing is recorded for a rollback; a failure fails its component like a failed Job.
     */
    async runStep(node, step) {
        const { options, signal } = this;
        const base = { cluster: options.cluster, component: node.desired.component };
        const request = describeRequest(step.http);
        if (step.decision && !step.decision.run) {
            options.bus.emit({
                type: 'step-finished',
                ...base,
                ran: false,
                ok: true,
                line: `${request}: not run, ${step.decision.why}`,
                at: Date.now(),
            });
            return true;
        }
        options.bus.emit({ type: 'step-started', ...base, request, at: Date.now() });
        const outcome = await runHttpStep(step.http, {
            signal,
            onRetry: (retry) => options.bus.emit({ type: 'step-retry', ...base, ...retry, at: Date.now() }),
        });
        if (signal.aborted && this.failure !== undefined)
            return false;
        options.bus.emit({ type: 'step-finished', ...base, ran: true, ok: outcome.ok, line: outcome.line, at: Date.now() });
        if (!outcome.ok)
            this.fail(outcome.line, node.desired.component);
        return outcome.ok;
    }
    fail(reason, component, cause) {
        this.failure ??= { reason, cause };
        const progress = component ? this.components.get(component) : undefined;
        if (progress && !progress.failed)
            progress.failed = reason;
        this.abort.abort();
    }
    settleIfDone() {
        if (this.inFlight > 0)
            return;
        if (this.failure !== undefined) {
            this.resolve({ ok: false, reason: this.failure.reason, cause: this.failure.cause, applied: this.applied });
        }
        else if (this.readyCount === this.options.graph.nodes.size) {
            this.resolve({ ok: true, applied: this.applied });
        }
    }
    /**
     * Why the outer signal stopped us: a cancellation names its signal (or the end of its grace window); a plain
     * timeout signal carries a DOMException, which is the deadline.
     */
    stopped() {
        const reason = this.options.signal.reason;
        return reason instanceof errors/* K8deployerError */.QX ? reason.message : 'timed out: the deploy did not finish in time';
    }
}
async function applyOne(options, node, signal) {
    const planned = options.planned?.get(node.key);
    if (planned)
        return applyPlanned(options, node, planned, signal);
    const object = decorate(node.desired.object, options.applySetId);
    const unchanged = await unchangedLive(options, object, signal);
    if (unchanged)
        return { object: unchanged, created: false };
    return applyOrReplace(options, node, object, signal);
}
/** Carries out the plan's decision for one object. */
async function applyPlanned(options, node, planned, signal) {
    // An immutable field is what the real apply reports (or replaces the object for); anything else fails here.
    if (planned.problem && planned.problem.kind !== ProblemKind.Immutable)
        throw new errors/* K8deployerError */.QX(planned.problem.message);
    if (planned.action === events/* ChangeAction */.Xw.Unchanged && planned.live)
        return { object: planned.live, created: false };
    return applyOrReplace(options, node, planned.object, signal);
}
async function applyOrReplace(options, node, object, signal) {
    const { client } = options;
    try {
        return await client.apply(object, { force: options.forceConflicts, signal });
    }
    catch (error) {
        if (!(0,cluster_errors/* isImmutableFieldError */.nl)(error))
            throw error;
        if (!node.desired.options?.replaceOnImmutable) {
            throw new errors/* K8deployerError */.QX(`${(0,errors/* describeError */.Uc)(error)} (set replaceOnImmutable on the component to delete and re-create it)`, { cause: error });
        }
        // Replace strategy: the field can only change by re-creating the object.
        const ref = (0,kube_object/* refOf */.H8)(object);
        await client.delete(ref, { propagation: 'Foreground', signal });
        await waitUntilGone(client, ref, options.objectTimeoutMs, signal);
        return client.apply(object, { force: options.forceConflicts, signal });
    }
}
async function unchangedLive(options, object, signal) {
    const key = memberKey(object);
    const live = options.liveObjects?.get(key) ??
        (options.prefetched?.has(key) ? undefined : await options.client.get((0,kube_object/* refOf */.H8)(object)));
    return live ? unchangedOrRefused(options.client, object, live, { ...options, signal }) : undefined;
}
/**
 * The live object when applying `object` over it would change nothing (then nothing is written: a no-op deploy
 * makes no write request at all), else undefined. Throws when the object is not ours to take over, unless adopt.
 */
async function unchangedOrRefused(client, object, live, options) {
    const owner = ownerOf(live, options.applySetId);
    if (owner !== Owner.Ours && !options.adopt)
        throw adoptionRefused(live, owner);
    if (provablyUnchanged(object, live))
        return live;
    let dryRun;
    try {
        dryRun = (await client.apply(object, { force: options.forceConflicts, dryRun: true, signal: options.signal }))
            .object;
    }
    catch (error) {
        // The real apply reports it (or replaces the object on an immutable field).
        if ((0,cluster_errors/* isImmutableFieldError */.nl)(error))
            return undefined;
        throw error;
    }
    // The same resourceVersion proves the live copy is still current, so the comparison is against the truth.
    const current = dryRun.metadata['resourceVersion'] === live.metadata['resourceVersion'];
    return current && unchangedByApply(live, dryRun) ? live : undefined;
}
function actionOf(result, previousVersion) {
    if (result.created)
        return events/* ChangeAction */.Xw.Create;
    return previousVersion !== undefined && previousVersion === result.object.metadata['resourceVersion']
        ? events/* ChangeAction */.Xw.Unchanged
        : events/* ChangeAction */.Xw.Update;
}
/**
 * Custom resources of a just-established CRD are unknown to cached discovery, and for a moment to the server's own
 * discovery too (see Discovery.awaitResource): wait until every served version lists the kind.
 */
async function awaitCustomResourceDiscovery(options, crd, signal) {
    const spec = crd['spec'];
    const kind = spec?.names?.kind;
    if (!spec?.group || !kind)
        return;
    const served = (spec.versions ?? []).filter((version) => version.name && version.served !== false);
    await Promise.all(served.map((version) => options.client.awaitResource(`${spec.group}/${version.name}`, kind, {
        timeoutMs: options.objectTimeoutMs,
        signal,
    })));
}

;// CONCATENATED MODULE: ./src/apply/claims.ts
/**
 * The PersistentVolumeClaims a StatefulSet's controller made from its volumeClaimTemplates: named
 * `<template>-<statefulset>-<ordinal>` and labelled with the StatefulSet's selector labels. They carry no ApplySet
 * label (the controller creates them, not k8deployer), so they are found from the StatefulSet, never by label alone.
 */
async function claimTemplateClaims(client, statefulSet) {
    const spec = (statefulSet['spec'] ?? {});
    const templates = (spec.volumeClaimTemplates ?? [])
        .map((template) => template.metadata?.name)
        .filter((name) => Boolean(name));
    const matchLabels = spec.selector?.matchLabels ?? {};
    const namespace = statefulSet.metadata.namespace;
    if (templates.length === 0 || !namespace || Object.keys(matchLabels).length === 0)
        return [];
    const labelSelector = Object.entries(matchLabels)
        .map(([key, value]) => `${key}=${value}`)
        .join(',');
    const claims = await client.list('v1', 'PersistentVolumeClaim', { namespace, labelSelector });
    return claims.filter((claim) => templates.some((template) => isClaimOf(claim.metadata.name, template, statefulSet.metadata.name)));
}
function isClaimOf(claimName, template, statefulSet) {
    const prefix = `${template}-${statefulSet}-`;
    return claimName.startsWith(prefix) && /^\d+$/.test(claimName.slice(prefix.length));
}
/** A claim that never bound holds no data: removing it loses nothing. */
function neverBound(claim) {
    const status = claim['status'];
    const spec = claim['spec'];
    return status?.phase !== 'Bound' && status?.phase !== 'Lost' && !spec?.volumeName;
}
/**
 * Claims left by an earlier, failed install of a StatefulSet that does not exist now, which never bound and ask for
 * another storage class than the template does now (typically: a class that did not exist, since fixed). The
 * StatefulSet controller reuses a claim by name, so such a claim would keep the new pod Pending forever. Never bound
 * means no data: removing them loses nothing. Claims of a live StatefulSet are never touched here.
 */
async function staleClaims(client, desired) {
    if (desired.kind !== 'StatefulSet')
        return [];
    if (await client.get({
        apiVersion: desired.apiVersion,
        kind: desired.kind,
        name: desired.metadata.name,
        namespace: desired.metadata.namespace,
    }))
        return [];
    const templates = desired['spec']?.volumeClaimTemplates ?? [];
    const wanted = new Map(templates.map((template) => [template.metadata?.name ?? '', template.spec?.storageClassName]));
    const claims = await claimTemplateClaims(client, desired);
    return claims.filter((claim) => {
        if (!neverBound(claim))
            return false;
        const template = [...wanted.keys()].find((name) => isClaimOf(claim.metadata.name, name, desired.metadata.name));
        const className = claim['spec']?.storageClassName;
        const wantedClass = template === undefined ? undefined : wanted.get(template);
        // An absent class in the template means the default class, whose name we do not know here: leave those alone.
        return template !== undefined && wantedClass !== undefined && className !== wantedClass;
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/inventory/holder.ts

/**
 * Who this run is, as written on the deploy lease so a run waiting for it can say who holds it: the workflow run on
 * GitHub Actions, else the user, host and process. Names only: nothing here is a secret.
 */
function describeRunHolder(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
        const actor = env.GITHUB_ACTOR ? `${env.GITHUB_ACTOR} in ` : '';
        const workflow = env.GITHUB_WORKFLOW ? ` (${env.GITHUB_WORKFLOW})` : '';
        return `${actor}${env.GITHUB_REPOSITORY ?? 'GitHub Actions'} run ${env.GITHUB_RUN_ID}${workflow}`;
    }
    let user = 'unknown user';
    try {
        user = (0,external_node_os_.userInfo)().username;
    }
    catch {
        // No passwd entry (a container's random uid): the host and process still identify the run.
    }
    return `${user}@${(0,external_node_os_.hostname)()}, pid ${process.pid}`;
}
/** A holder read from a cluster is data: one line, no control characters, bounded. */
function shownHolder(text) {
    if (typeof text !== 'string' || text.trim() === '')
        return undefined;
    // eslint-disable-next-line no-control-regex
    const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

;// CONCATENATED MODULE: ./src/inventory/lease.ts






/** The lease annotation naming the run that holds it (who, where): holderIdentity is only the run's id. */
const leaseHolderAnnotation = 'k8deployer.io/holder';
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
    /** The renewal in flight (at most one: a renewal retrying through an outage must not overlap the next). */
    renewing;
    renewals = new AbortController();
    live;
    name;
    constructor(client, app, namespace, runId, options) {
        this.client = client;
        this.namespace = namespace;
        this.runId = runId;
        this.options = options;
        this.name = `k8deployer-${app}`;
    }
    /**
     * Whether another run holds the lease now (a read, no write): a deploy that finds it free and provably has nothing
     * to write finishes without taking it (see deploy.ts).
     */
    async heldByOther() {
        const current = await this.client.get(this.ref());
        if (!current)
            return false;
        const spec = (current['spec'] ?? {});
        const expiresAt = Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
        return Boolean(spec.holderIdentity) && spec.holderIdentity !== this.runId && expiresAt > Date.now();
    }
    async acquire(signal) {
        let announced = false;
        let heldBy;
        // Usually nobody holds it: try to create it first and only read it when that fails (one round trip saved).
        try {
            this.live = await this.client.create(this.leaseObject());
        }
        catch (error) {
            if (!(0,cluster_errors/* isAlreadyExists */.x9)(error))
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
                heldBy = this.describeHolder(current, spec, expiresAt);
                if (!announced) {
                    announced = true;
                    this.options.onWait?.(leaseWaitMessage(`${this.namespace}/${this.name}`, heldBy));
                }
                await (0,transport/* sleep */.y)(Math.max(100, Math.min(1000, expiresAt - Date.now())), signal);
            }
            catch (error) {
                // Someone else created or took it between our read and write: read again.
                if (!(0,cluster_errors/* isAlreadyExists */.x9)(error) && !(0,cluster_errors/* isConflict */.dh)(error))
                    throw error;
            }
        }
        if (!this.live) {
            const why = signal.reason instanceof cancel/* CancelledError */.cc ? signal.reason.message : 'timed out';
            throw new errors/* ClusterError */.b$(this.client.name, leaseTimeoutMessage(`${this.namespace}/${this.name}`, why, heldBy));
        }
        this.renewals = new AbortController();
        this.renewTimer = setInterval(() => {
            this.renewing ??= this.renew(this.renewals.signal).finally(() => (this.renewing = undefined));
        }, (this.options.ttlSeconds * 1000) / 3);
        this.renewTimer.unref();
    }
    async release() {
        clearInterval(this.renewTimer);
        this.renewTimer = undefined;
        // A renewal still retrying (the API server was away) is stopped and settled before the delete, so none is sent
        // after it; and a renewal can never create the lease again anyway (see renew).
        this.renewals.abort();
        await this.renewing;
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
            if (!(0,cluster_errors/* isNotFound */.c4)(error) && !(0,cluster_errors/* isConflict */.dh)(error))
                this.options.onLost?.(`could not release the lease: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    /**
     * A merge patch, not a PUT: a PUT of a Lease that is gone creates it again (Leases allow create-on-update), so a
     * renewal landing after release() deleted it would leave a lease of a finished run that blocks the next run for a
     * TTL. A patch of a deleted lease is a 404; its uid and resourceVersion keep it to the incarnation we hold.
     */
    async renew(signal) {
        const held = this.live;
        if (!held)
            return;
        try {
            const renewed = await this.client.mergePatch(this.ref(), {
                metadata: { uid: held.metadata['uid'], resourceVersion: held.metadata['resourceVersion'] },
                spec: {
                    holderIdentity: this.runId,
                    leaseDurationSeconds: this.options.ttlSeconds,
                    renewTime: microTime(new Date()),
                },
            }, { signal });
            if (this.live === held)
                this.live = renewed;
        }
        catch (error) {
            // Stopped by release(): nothing was lost.
            if (signal.aborted)
                return;
            this.options.onLost?.(`could not renew the lease: ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
    describeHolder(current, spec, expiresAt) {
        return describeLeaseHolder(current, spec.holderIdentity, expiresAt);
    }
    ref() {
        return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: this.name, namespace: this.namespace };
    }
    leaseObject(current) {
        const now = microTime(new Date());
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: {
                name: this.name,
                namespace: this.namespace,
                labels: { [RevisionKeys.app]: this.name.slice('k8deployer-'.length) },
                ...(this.options.holder ? { annotations: { [leaseHolderAnnotation]: this.options.holder } } : {}),
                ...(current ? { resourceVersion: current.metadata['resourceVersion'] } : {}),
            },
            spec: {
                holderIdentity: this.runId,
                leaseDurationSeconds: this.options.ttlSeconds,
                acquireTime: now,
                renewTime: now,
            },
        };
    }
}
/** Lease times are MicroTime: RFC 3339 with exactly six fractional digits. */
function microTime(date) {
    return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
/** `run <id> (<who>) until <time>`: the holder's own description is data from the cluster, shown as one line. */
function describeLeaseHolder(lease, holderIdentity, expiresAt) {
    const annotations = (lease.metadata['annotations'] ?? {});
    const who = shownHolder(annotations[leaseHolderAnnotation]);
    const id = shownHolder(holderIdentity) ?? 'unknown';
    const until = Number.isFinite(expiresAt) ? ` until ${new Date(expiresAt).toISOString().replace(/\.\d+Z$/, 'Z')}` : '';
    return `run ${id}${who ? ` (${who})` : ''}${until} (renewed while it works)`;
}
/** What a run says once when it finds the lease held. */
function leaseWaitMessage(lease, heldBy) {
    return `waiting for the deploy lease ${lease}: held by ${heldBy}`;
}
/** Why a run that waited for the lease stopped (timed out, cancelled), and what to do. */
function leaseTimeoutMessage(lease, why, heldBy) {
    const hint = heldBy
        ? `; it is held by ${heldBy}: wait for that run to finish (or, if it was killed, for the lease to expire) and run again, or raise --timeout`
        : '';
    return `${why} while waiting for the deploy lease ${lease}${hint}`;
}

;// CONCATENATED MODULE: ./src/apply/foreign.ts



/** Made by Kubernetes itself in every namespace, or derived from other objects: never "someone's object". */
const AUTOMATIC = new Set(['ConfigMap/kube-root-ca.crt', 'ServiceAccount/default']);
const DERIVED_KINDS = new Set(['Event', 'Endpoints', 'EndpointSlice']);
/** How many foreign objects an error names. */
const FOREIGN_LISTED = 5;
/**
 * Objects in the namespace that are not this app's: not members of its ApplySet, not its own bookkeeping (parent,
 * chunks, lease), not made by Kubernetes itself, and not owned by another object (pods of a ReplicaSet are covered
 * by the Deployment that owns them). `ours` adds objects known to be the app's without a label (claim-template PVCs).
 */
async function foreignObjects(client, namespace, options) {
    const ours = new Set((options.ours ?? []).map((object) => (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(object))));
    const resources = (await client.allResources()).filter((resource) => resource.namespaced && (resource.verbs ?? ['list']).includes('list') && !DERIVED_KINDS.has(resource.kind));
    const lists = await Promise.all(resources.map((resource) => client.list(resource.apiVersion, resource.kind, { namespace }).catch(() => [])));
    return lists.flat().filter((object) => {
        const { labels = {} } = object.metadata;
        if (labels[ApplySetKeys.partOf] === options.applySetId)
            return false;
        if (labels[RevisionKeys.app] === options.app && object.metadata.name.startsWith('k8deployer-'))
            return false;
        if (AUTOMATIC.has(`${object.kind}/${object.metadata.name}`))
            return false;
        if ((object.metadata['ownerReferences'] ?? []).length > 0)
            return false;
        if (object.metadata['deletionTimestamp'])
            return false;
        if (derivedSecret(object))
            return false;
        return !ours.has((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(object)));
    });
}
/** Refuses to delete a namespace that still holds objects of others, naming some of them. */
function namespaceNotEmptyError(namespace, foreign) {
    const named = foreign.slice(0, FOREIGN_LISTED).map((object) => `${object.kind} ${object.metadata.name}`);
    const more = foreign.length > FOREIGN_LISTED ? ` and ${foreign.length - FOREIGN_LISTED} more` : '';
    return new errors/* K8deployerError */.QX(`not deleting namespace ${namespace}: it holds objects that are not part of this app (${named.join(', ')}${more}); ` +
        'delete or move them first, or delete the namespace yourself');
}
/**
 * Secrets a controller writes for another object, without an owner reference: cert-manager's certificate Secrets
 * (for our Ingress; a Certificate someone else made is itself foreign) and legacy ServiceAccount tokens.
 */
function derivedSecret(object) {
    if (object.kind !== 'Secret')
        return false;
    const annotations = object.metadata.annotations ?? {};
    return (object['type'] === 'kubernetes.io/service-account-token' ||
        annotations['cert-manager.io/certificate-name'] !== undefined);
}

;// CONCATENATED MODULE: ./src/apply/remove.ts





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
    if (object.kind === 'Namespace') {
        const foreign = await foreignObjects(options.client, object.metadata.name, options.owner);
        if (foreign.length > 0)
            throw namespaceNotEmptyError(object.metadata.name, foreign);
    }
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
    const { cluster, bus, client, options } = ctx;
    const toRevision = previous ? previous.revision : null;
    bus.emit({ type: 'rollback-started', cluster, toRevision, at: Date.now() });
    const timeoutMs = options.objectTimeoutMs;
    const stopAt = () => AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(input.signal ? [input.signal] : [])]);
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
                forceConflicts: options.forceConflicts,
                concurrency: options.concurrency,
                objectTimeoutMs: timeoutMs,
                signal: stopAt(),
                reportComponents: false,
            });
            if (!execution.ok)
                problems.push(`re-applying revision ${previous.revision} failed: ${execution.reason ?? ''}`);
        }
        const keep = new Set((previous?.objects ?? []).map((entry) => memberKey(entry.object)));
        const createdNow = applied
            .filter((entry) => entry.action === events/* ChangeAction */.Xw.Create && !keep.has(memberKey(entry.object)))
            .map((entry) => entry.object)
            .filter((object) => removable(object, parent.id, options.removal));
        // A StatefulSet created by this run leaves claims behind; a claim that never bound holds no data, and one stuck
        // Pending (e.g. on a missing storage class) would keep the next deploy's pod Pending too: remove those.
        const claims = (await Promise.all(createdNow.filter((object) => object.kind === 'StatefulSet').map((sts) => claimTemplateClaims(client, sts))))
            .flat()
            .filter((claim) => options.removal.deletePvcs || neverBound(claim));
        const failures = await removeObjects([...createdNow, ...claims], {
            cluster,
            client,
            bus,
            event: 'object-deleted',
            timeoutMs,
            ignoreErrors: true,
            signal: stopAt(),
            owner: { applySetId: parent.id, app: ctx.rendered.app },
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

// EXTERNAL MODULE: ./src/strategy/blue-green/progress.ts
var progress = __webpack_require__(45085);
;// CONCATENATED MODULE: ./src/apply/blue-green-events.ts

/** A blue-green component's status as the shared strategy-progress event every reporter reads. */
function blueGreenEvent(cluster, status, lastAnalysis) {
    return {
        type: 'strategy-progress',
        cluster,
        rollout: { ...(0,progress/* blueGreenRollout */.N)(status), ...(lastAnalysis ? { lastAnalysis } : {}) },
        message: `component ${status.component}: ${(0,progress/* describeBlueGreen */.h)(status)}`,
        at: Date.now(),
    };
}

;// CONCATENATED MODULE: ./src/strategy/analysis/evaluate.ts
function evaluateHttp(check, answers) {
    const good = answers.filter((answer) => 'status' in answer && answer.status === check.expectStatus).length;
    const ratio = answers.length === 0 ? 0 : good / answers.length;
    const ok = answers.length > 0 && ratio >= check.successRatio;
    const failures = answers.filter((answer) => !('status' in answer) || answer.status !== check.expectStatus);
    const seen = [...new Set(failures.map((answer) => ('status' in answer ? String(answer.status) : answer.error)))];
    const detail = `${good}/${answers.length} answered ${check.expectStatus} (need ${Math.round(check.successRatio * 100)}%)` +
        (seen.length > 0 ? `; got ${seen.slice(0, 3).join(', ')}` : '');
    return { check: `http GET ${check.url}`, ok, detail };
}
function evaluatePrometheus(check, answer) {
    const name = `prometheus ${check.query.length > 80 ? `${check.query.slice(0, 77)}...` : check.query}`;
    if ('error' in answer)
        return { check: name, ok: false, detail: answer.error };
    // No data is not success: a query that matches nothing (a typo, a metric not scraped yet) must not pass.
    if (answer.values.length === 0)
        return { check: name, ok: false, detail: 'no data (the query returned no sample)' };
    const bad = answer.values.find((value) => Number.isNaN(value) ||
        (check.max !== undefined && value > check.max) ||
        (check.min !== undefined && value < check.min));
    if (bad !== undefined) {
        const bound = check.max !== undefined && bad > check.max ? `> max ${check.max}` : `< min ${String(check.min)}`;
        return { check: name, ok: false, detail: Number.isNaN(bad) ? 'value NaN' : `value ${bad} ${bound}` };
    }
    return { check: name, ok: true, detail: `value ${answer.values.map(String).slice(0, 3).join(', ')} within bounds` };
}
function analysisRun(at, checks) {
    return { at, ok: checks.every((check) => check.ok), checks };
}
/** After a run: continue, or abort because failed runs exceed the limit. */
function analysisVerdict(failedRuns, failureLimit) {
    return failedRuns > failureLimit ? 'abort' : 'continue';
}
/** The reason an aborted canary reports: the failing checks of the run that tipped it. */
function analysisFailureReason(run, failedRuns) {
    const failing = run.checks.filter((check) => !check.ok).map((check) => `${check.check}: ${check.detail}`);
    return `analysis failed (${failedRuns} failed run${failedRuns === 1 ? '' : 's'}): ${failing.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/strategy/analysis/http.ts
async function probeHttp(check, signal) {
    const answers = [];
    for (let index = 0; index < check.requests; index += 1) {
        if (signal?.aborted)
            break;
        answers.push(await getStatus(check.url, check.timeoutMs, signal));
    }
    return answers;
}
async function getStatus(url, timeoutMs, signal) {
    const stop = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])]);
    try {
        const response = await fetch(url, { method: 'GET', redirect: 'manual', signal: stop });
        await response.body?.cancel();
        return { status: response.status };
    }
    catch (error) {
        if (stop.aborted && !signal?.aborted)
            return { error: `no answer within ${timeoutMs} ms` };
        // fetch says only "fetch failed"; the cause has the reason (ECONNREFUSED, a DNS failure, a bad port).
        const cause = error.cause;
        return { error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)) };
    }
}

;// CONCATENATED MODULE: ./src/strategy/analysis/prometheus.ts
const maxBodyBytes = 1024 * 1024;
async function queryPrometheus(check, signal) {
    const url = `${check.url.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(check.query)}`;
    const stop = AbortSignal.any([AbortSignal.timeout(check.timeoutMs), ...(signal ? [signal] : [])]);
    let text;
    let status;
    try {
        const response = await fetch(url, { headers: { accept: 'application/json' }, redirect: 'manual', signal: stop });
        status = response.status;
        text = await readBounded(response);
    }
    catch (error) {
        if (stop.aborted && !signal?.aborted)
            return { error: `no answer within ${check.timeoutMs} ms` };
        // fetch says only "fetch failed"; the cause has the reason (ECONNREFUSED, a DNS failure, a bad port).
        const cause = error.cause;
        return { error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error)) };
    }
    return parseQueryAnswer(status, text);
}
/** Pure: the HTTP status and body of /api/v1/query → sample values or an error line. */
function parseQueryAnswer(status, text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return { error: `HTTP ${status}: not a Prometheus API answer (not JSON)` };
    }
    const envelope = body;
    if (envelope.status !== 'success') {
        const why = typeof envelope.error === 'string' ? envelope.error.slice(0, 200) : 'no error given';
        const type = typeof envelope.errorType === 'string' ? `${envelope.errorType}: ` : '';
        return { error: `HTTP ${status}: query failed (${type}${why})` };
    }
    const data = envelope.data;
    if (data?.resultType === 'scalar') {
        const value = sampleValue(data.result);
        return value === undefined ? { error: 'malformed scalar result' } : { values: [value] };
    }
    if (data?.resultType === 'vector' && Array.isArray(data.result)) {
        const values = [];
        for (const sample of data.result) {
            const value = sampleValue(sample?.value);
            if (value === undefined)
                return { error: 'malformed vector sample' };
            values.push(value);
        }
        return { values };
    }
    return { error: `result type ${String(data?.resultType)} is not an instant vector or scalar` };
}
/** `[<unix time>, "<value>"]` → the value ("NaN", "+Inf" included, as Prometheus writes them). */
function sampleValue(pair) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[1] !== 'string')
        return undefined;
    const text = pair[1];
    if (text === '+Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    const value = Number(text);
    return text === 'NaN' || !Number.isNaN(value) ? value : undefined;
}
async function readBounded(response) {
    if (!response.body)
        return '';
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > maxBodyBytes)
            throw new Error(`answer larger than ${maxBodyBytes / 1024} KiB`);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/strategy/analysis/index.ts



function hasChecks(config) {
    return config.http.length > 0 || config.prometheus.length > 0;
}
async function runAnalysis(config, signal) {
    const checks = await Promise.all([
        ...config.http.map(async (check) => evaluateHttp(check, await probeHttp(check, signal))),
        ...config.prometheus.map(async (check) => evaluatePrometheus(check, await queryPrometheus(check, signal))),
    ]);
    return analysisRun(Date.now(), checks);
}

// EXTERNAL MODULE: ./src/strategy/types.ts
var strategy_types = __webpack_require__(7756);
;// CONCATENATED MODULE: ./src/strategy/blue-green/analysis.ts
// Blue-green analysis, pure: which components check the new color before their switch, and the decision after each
// run. The rule is the canary's (src/strategy/analysis/evaluate.ts analysisVerdict): failed runs over failureLimit
// abort at once; otherwise every one of `runs` runs is made (`interval` apart) and then the switch goes ahead. One
// passing run is not enough: a short window of runs must hold.




/** The component's analysis before a switch, or undefined when it has no checks (then readiness alone decides). */
function blueGreenAnalysis(strategy) {
    if (strategy?.type !== strategy_types/* StrategyType */.IB.BlueGreen)
        return undefined;
    const config = strategy['analysis'];
    const runs = strategy['analysisRuns'];
    if (!config || !hasChecks(config) || typeof runs !== 'number')
        return undefined;
    return { config, runs };
}
/** After `runsDone` runs of which `failedRuns` failed: run again, switch, or give up on the new color. */
function switchVerdict(runsDone, failedRuns, analysis) {
    if (analysisVerdict(failedRuns, analysis.config.failureLimit) === 'abort')
        return 'abort';
    return runsDone >= analysis.runs ? 'switch' : 'continue';
}
/** The statuses of this deploy that switch automatically and have checks to pass first. */
function gatedSwitches(statuses, strategyOf) {
    return statuses.flatMap((status) => {
        const analysis = status.step === blue_green_types/* BlueGreenStep */.ef.Switching ? blueGreenAnalysis(strategyOf(status.component)) : undefined;
        return analysis ? [{ status, analysis }] : [];
    });
}
/**
 * The blue layout with these components' switches held back (as `switch: manual` does): resolved, it deploys the new
 * color and points the preview Service at it while the main Service stays on the live color.
 */
function holdSwitches(rendered, components) {
    const held = new Set(components);
    return {
        ...rendered,
        objects: rendered.objects.map((entry) => entry.blueGreen?.role === blue_green_types/* BlueGreenRole */.Ce.Workload && held.has(entry.component)
            ? {
                ...entry,
                blueGreen: { ...entry.blueGreen, options: { ...entry.blueGreen.options, switch: blue_green_types/* SwitchMode */.Y8.Manual } },
            }
            : entry),
    };
}

;// CONCATENATED MODULE: ./src/apply/abortable-sleep.ts
/** Waits `ms`, or less when `signal` aborts (a cancelled run must not sit out a pause); never rejects. */
function abortable_sleep_abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/apply/blue-green-analysis.ts
// Blue-green analysis at the I/O edge: after the new colors are ready and before the main Services switch, every
// gated component's checks run (src/strategy/analysis) until the verdict (src/strategy/blue-green/analysis.ts) says
// switch or abort. Each run is reported as a strategy-progress event carrying the run, like a canary's.






/**
 * Resolves undefined when every gated component may switch, else with the reason none switches. `latest` gets each
 * component's latest run (the report of a rollback shows it).
 */
async function analyseBeforeSwitch(ctx, gated, signal, latest) {
    const failures = new Map();
    const done = new Set();
    for (let runsDone = 1; done.size < gated.length; runsDone += 1) {
        for (const { status, analysis } of gated) {
            if (done.has(status.component))
                continue;
            const run = await runAnalysis(analysis.config, signal);
            if (signal.aborted)
                return `analysis stopped: ${(0,errors/* describeError */.Uc)(signal.reason)}`;
            const failed = (failures.get(status.component) ?? 0) + (run.ok ? 0 : 1);
            failures.set(status.component, failed);
            latest.set(status.component, run);
            report(ctx, status, run, failed, runsDone, analysis.runs);
            const verdict = switchVerdict(runsDone, failed, analysis);
            // All or nothing, as the deploy is: one component's failed analysis keeps every color where it is.
            if (verdict === 'abort')
                return `component ${status.component}: ${analysisFailureReason(run, failed)}`;
            if (verdict === 'switch')
                done.add(status.component);
        }
        if (done.size === gated.length)
            break;
        const pending = gated.filter((entry) => !done.has(entry.status.component));
        await abortable_sleep_abortableSleep(Math.min(...pending.map((entry) => entry.analysis.config.intervalMs)), signal);
        if (signal.aborted)
            return `analysis stopped: ${(0,errors/* describeError */.Uc)(signal.reason)}`;
    }
    return undefined;
}
function report(ctx, status, run, failures, runsDone, runs) {
    const passed = run.checks.filter((check) => check.ok).length;
    const { previousColor: live = '?', previewColor: candidate } = status;
    const message = `component ${status.component}: analysis run ${runsDone}/${runs} on ${candidate} ${run.ok ? 'passed' : 'failed'} ` +
        `(${passed}/${run.checks.length} checks); ${live} stays live until the analysis passes`;
    ctx.bus.emit({
        type: 'strategy-progress',
        cluster: ctx.cluster,
        rollout: { ...(0,progress/* blueGreenRollout */.N)(status), lastAnalysis: run, failures },
        message,
        at: Date.now(),
    });
}

;// CONCATENATED MODULE: ./src/apply/rollout-record.ts
// The rollout record: where an app's progressive rollout (canary, blue-green) stands, kept in the cluster so that a
// later `promote` or `abort` run, on another runner, finds it. One Secret per app next to the ApplySet parent: it
// holds the desired set the rollout goes to (which may contain Secret values, hence a Secret, like the revisions).


const ROLLOUT_SECRET_TYPE = 'k8deployer.io/rollout';
const appLabel = 'k8deployer.io/app';
/** A one-line JSON summary without Secret values (`kubectl get secret -o yaml` shows where the rollout stands). */
const summaryAnnotation = 'k8deployer.io/rollout';
const dataKey = 'record';
/** The record is one Secret: well under the 1 MiB object limit once base64-encoded. */
const maxPackedBytes = 700 * 1024;
/**
 * `k8deployer-<app>.rollout`: the dot keeps it apart from every ApplySet parent (`k8deployer-<dns label>`), so no app
 * name can make the two collide.
 */
function rolloutRecordName(app) {
    return `k8deployer-${app}.rollout`;
}
function recordRef(app, namespace) {
    return { apiVersion: 'v1', kind: 'Secret', name: rolloutRecordName(app), namespace };
}
/** The app's rollout in progress in this namespace, or undefined when there is none. */
async function loadRolloutRecord(client, app, namespace) {
    const live = await client.get(recordRef(app, namespace));
    if (!live)
        return undefined;
    const name = `Secret ${namespace}/${rolloutRecordName(app)}`;
    if (live['type'] !== ROLLOUT_SECRET_TYPE || live.metadata.labels?.[appLabel] !== app)
        throw new errors/* K8deployerError */.QX(`${name} exists but is not app ${app}'s rollout record; refusing to use it`);
    const encoded = live['data']?.[dataKey];
    if (!encoded)
        throw new errors/* K8deployerError */.QX(`${name} holds no record (delete it to start over)`);
    try {
        const record = JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from(encoded, 'base64')).toString('utf8'));
        if (record.version !== 1 || record.app !== app)
            throw new Error(`version ${String(record.version)}`);
        return record;
    }
    catch (error) {
        throw new errors/* K8deployerError */.QX(`${name} cannot be read (${error instanceof Error ? error.message : String(error)}); delete it to start over`);
    }
}
/** Writes (creates or replaces) the record. */
async function saveRolloutRecord(client, namespace, record) {
    const packed = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(record)));
    if (packed.length > maxPackedBytes)
        throw new errors/* K8deployerError */.QX(`the rollout record of app ${record.app} would be ${Math.round(packed.length / 1024)} KiB packed, over the ${maxPackedBytes / 1024} KiB a Secret can hold; deploy without a strategy`);
    const object = {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
            name: rolloutRecordName(record.app),
            namespace,
            labels: { [appLabel]: record.app, 'app.kubernetes.io/managed-by': 'k8deployer' },
            annotations: { [summaryAnnotation]: JSON.stringify(summaryOf(record)) },
        },
        type: ROLLOUT_SECRET_TYPE,
        data: { [dataKey]: packed.toString('base64') },
    };
    await client.apply(object, { force: true });
}
/** Removes the record (after promote or abort). */
async function deleteRolloutRecord(client, app, namespace) {
    await client.delete(recordRef(app, namespace));
}
/** What the annotation shows: phases and steps, never the desired objects. */
function summaryOf(record) {
    return {
        runId: record.runId,
        startedAt: new Date(record.startedAt).toISOString(),
        stableRevision: record.stableRevision,
        rollouts: record.rollouts.map((entry) => ({
            component: entry.component,
            strategy: entry.strategy,
            phase: entry.phase,
            ...(entry.step !== undefined ? { step: entry.step + 1, steps: entry.steps } : {}),
            ...(entry.weight !== undefined ? { weight: entry.weight } : {}),
        })),
    };
}

;// CONCATENATED MODULE: ./src/apply/canary/render.ts
// Canary rendering, pure: from a component's stable objects (the last deployed revision) and its target objects (this
// run's), the objects one canary step needs. Stable keeps serving from the revision's Deployment; the new version
// runs as `<name>-canary`; the traffic split is the replica ratio behind the one Service, an ingress-nginx canary
// Ingress, or the HTTPRoute's backend weights.


const CANARY_SUFFIX = '-canary';
/** On the canary's pods (and its selector): tells them apart from stable's, whose selector cannot change. */
const TRACK_LABEL = 'k8deployer.io/track';
const NAME_LABEL = 'app.kubernetes.io/name';
const NGINX_CANARY = 'nginx.ingress.kubernetes.io/canary';
const NGINX_WEIGHT = 'nginx.ingress.kubernetes.io/canary-weight';
function canaryName(name) {
    return `${name}${CANARY_SUFFIX}`;
}
/**
 * With replicas the share is what the pod counts allow: at least one canary pod, stable keeps one until 100 %. With
 * a weighted route stable keeps its replicas and the canary gets its share of them (at least one).
 */
function splitReplicas(traffic, weight, stableReplicas) {
    const total = Math.max(1, stableReplicas);
    if (traffic !== strategy_types/* TrafficSplit */.sC.Replicas) {
        return { stable: total, canary: Math.max(1, Math.ceil((total * weight) / 100)), weight };
    }
    if (weight >= 100)
        return { stable: 0, canary: total, weight: 100 };
    const canary = total === 1 ? 1 : Math.min(total - 1, Math.max(1, Math.round((total * weight) / 100)));
    const stable = total === 1 ? 1 : total - canary;
    return { stable, canary, weight: Math.round((canary * 100) / (stable + canary)) };
}
/** The component's Deployment among its objects: the one named after it, else the first. */
function workloadOf(objects, component) {
    const deployments = objects.filter((entry) => entry.object.kind === 'Deployment').map((entry) => entry.object);
    return deployments.find((object) => object.metadata.name === component) ?? deployments[0];
}
/** The objects of one canary step; throws when the component has no Deployment in both sets (the rules prevent it). */
function canaryStepObjects(input) {
    const stableWorkload = workloadOf(input.stable, input.component);
    const targetWorkload = workloadOf(input.target, input.component);
    if (!stableWorkload || !targetWorkload)
        throw new Error(`component ${input.component} has no Deployment to run a canary for`);
    const split = splitReplicas(input.traffic, input.weight, input.stableReplicas);
    const routed = input.traffic !== strategy_types/* TrafficSplit */.sC.Replicas;
    const canary = canaryDeployment(targetWorkload, split.canary, routed);
    const podSelector = selectorOf(canary);
    const stableKeys = new Set(input.stable.map((entry) => (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object))));
    const stableService = serviceFor(input.stable, stableWorkload);
    const targetService = serviceFor(input.target, targetWorkload);
    const extra = [canary];
    if (routed && targetService)
        extra.push(canaryService(targetService, podSelector));
    const objects = [];
    for (const entry of input.stable) {
        let object = entry.object;
        if (object === stableWorkload)
            object = withReplicas(object, split.stable);
        else if (input.traffic === strategy_types/* TrafficSplit */.sC.Gateway && object.kind === 'HTTPRoute' && stableService)
            object = weightedRoute(object, stableService.metadata.name, 100 - split.weight, split.weight);
        else if (input.traffic === strategy_types/* TrafficSplit */.sC.Nginx && object.kind === 'Ingress' && stableService)
            extra.push(nginxCanaryIngress(object, stableService.metadata.name, split.weight));
        objects.push(object === entry.object ? entry : { ...entry, object });
    }
    // What only the new version has (its content-hashed ConfigMaps, say) is needed by the canary's pods.
    for (const entry of input.target)
        if (!stableKeys.has((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(entry.object))))
            objects.push(entry);
    for (const object of extra)
        objects.push({ component: input.component, object });
    return {
        objects,
        created: extra.map((object) => (0,kube_object/* refOf */.H8)(object)),
        split,
        canaryDeployment: canary.metadata.name,
        podSelector,
    };
}
function withReplicas(deployment, replicas) {
    const spec = deployment['spec'];
    // With an autoscaler the replica count is the autoscaler's (the renderer leaves it out): leave it so.
    if (spec['replicas'] === undefined)
        return deployment;
    return { ...deployment, spec: { ...spec, replicas } };
}
/**
 * The target Deployment as `<name>-canary`. Its pods carry the track label; behind a weighted route they also get
 * their own name label, so the stable Service (whose selector is the name label) does not send them stable's share.
 */
function canaryDeployment(target, replicas, routed) {
    const copy = structuredClone(target);
    const name = canaryName(target.metadata.name);
    const relabel = (labels) => {
        const next = { ...labels, [TRACK_LABEL]: 'canary' };
        if (routed && next[NAME_LABEL])
            next[NAME_LABEL] = canaryName(next[NAME_LABEL]);
        return next;
    };
    copy.metadata = { ...copy.metadata, name, labels: relabel(copy.metadata.labels) };
    const spec = copy['spec'];
    const selector = (spec['selector'] ?? {});
    const template = (spec['template'] ?? {});
    spec['selector'] = { ...selector, matchLabels: relabel(selector.matchLabels) };
    spec['template'] = { ...template, metadata: { ...template.metadata, labels: relabel(template.metadata?.labels) } };
    spec['replicas'] = replicas;
    return copy;
}
function selectorOf(deployment) {
    const spec = deployment['spec'];
    return { ...spec.selector?.matchLabels };
}
/** The Service in front of the workload: the one whose selector its pods match, preferring the workload's name. */
function serviceFor(objects, workload) {
    const labels = workload['spec'].template
        ?.metadata?.labels;
    const matches = objects
        .map((entry) => entry.object)
        .filter((object) => object.kind === 'Service')
        .filter((object) => {
        const selector = object['spec']?.selector ?? {};
        const pairs = Object.entries(selector);
        return pairs.length > 0 && pairs.every(([key, value]) => labels?.[key] === value);
    });
    return matches.find((object) => object.metadata.name === workload.metadata.name) ?? matches[0];
}
/** `<service>-canary`: the canary's pods only, cluster-internal (never a second load balancer). */
function canaryService(service, podSelector) {
    const spec = { ...service['spec'] };
    for (const key of ['clusterIP', 'clusterIPs', 'loadBalancerIP', 'externalTrafficPolicy', 'healthCheckNodePort'])
        delete spec[key];
    const ports = (spec['ports'] ?? []).map((port) => {
        const { nodePort: _nodePort, ...rest } = port;
        return rest;
    });
    return {
        apiVersion: service.apiVersion,
        kind: 'Service',
        metadata: {
            name: canaryName(service.metadata.name),
            ...(service.metadata.namespace ? { namespace: service.metadata.namespace } : {}),
            labels: { ...service.metadata.labels, [TRACK_LABEL]: 'canary' },
        },
        spec: { ...spec, type: 'ClusterIP', ports, selector: podSelector },
    };
}
/** Every backendRef to the stable Service becomes two: stable with its weight, the canary with its own. */
function weightedRoute(route, service, stableWeight, weight) {
    const copy = structuredClone(route);
    const spec = copy['spec'];
    for (const rule of spec.rules ?? []) {
        const refs = [];
        for (const ref of rule.backendRefs ?? []) {
            if (ref['name'] !== service) {
                refs.push(ref);
                continue;
            }
            refs.push({ ...ref, weight: stableWeight }, { ...ref, name: canaryName(service), weight });
        }
        rule.backendRefs = refs;
    }
    return copy;
}
/**
 * ingress-nginx's canary: a second Ingress for the same hosts and paths, marked canary, sending canary-weight percent
 * to `<service>-canary`. cert-manager's annotation stays on the main Ingress only (one certificate).
 */
function nginxCanaryIngress(ingress, service, weight) {
    const copy = structuredClone(ingress);
    const annotations = { ...copy.metadata.annotations };
    delete annotations['cert-manager.io/cluster-issuer'];
    delete annotations['cert-manager.io/issuer'];
    copy.metadata = {
        name: canaryName(ingress.metadata.name),
        ...(ingress.metadata.namespace ? { namespace: ingress.metadata.namespace } : {}),
        labels: { ...ingress.metadata.labels, [TRACK_LABEL]: 'canary' },
        annotations: { ...annotations, [NGINX_CANARY]: 'true', [NGINX_WEIGHT]: String(weight) },
    };
    const spec = copy['spec'];
    for (const rule of spec.rules ?? [])
        for (const path of rule.http?.paths ?? [])
            if (path.backend?.service?.name === service)
                path.backend.service.name = canaryName(service);
    return copy;
}

;// CONCATENATED MODULE: ./src/apply/canary/plan.ts
// Which components of a deploy run as a canary, and the whole desired set at a given step. Pure.



/**
 * Canary components: a canary strategy, a stable version deployed (in the last revision and live) and a pod template
 * that changes. A first deploy, or one that leaves the template alone, deploys directly.
 */
function planCanaries(target, previous, liveWorkloads) {
    if (!previous)
        return [];
    const canaries = [];
    for (const info of target.components) {
        if (info.strategy?.type !== strategy_types/* StrategyType */.IB.Canary)
            continue;
        const stable = workloadOf(objectsOf(previous.objects, info.name), info.name);
        const next = workloadOf(objectsOf(target.objects, info.name), info.name);
        const live = liveWorkloads.get(info.name);
        if (!stable || !next || !live)
            continue;
        if (JSON.stringify(templateOf(stable)) === JSON.stringify(templateOf(next)))
            continue;
        const replicas = live['spec']?.replicas ?? 1;
        canaries.push({ component: info.name, strategy: info.strategy, stableReplicas: replicas });
    }
    return canaries;
}
function objectsOf(objects, component) {
    return objects.filter((entry) => entry.component === component);
}
function templateOf(deployment) {
    return deployment['spec']?.template;
}
/** Step index of a component when the rollout stands at `step`: components with fewer steps hold at their last. */
function stepOf(canary, step) {
    return Math.min(step, canary.strategy.steps.length - 1);
}
/** How many steps the rollout has: the longest component's. */
function stepCount(canaries) {
    return Math.max(0, ...canaries.map((canary) => canary.strategy.steps.length));
}
/**
 * The desired set at a step. Canary components keep stable's objects (from the revision) beside the canary's; what
 * the last revision has and this set does not is kept too, so nothing is pruned before the promotion.
 */
function desiredAtStep(target, previous, canaries, step) {
    const byComponent = new Map(canaries.map((canary) => [canary.component, canary]));
    const objects = target.objects.filter((entry) => !byComponent.has(entry.component));
    const created = [];
    const components = new Map();
    for (const canary of canaries) {
        const current = canary.strategy.steps[stepOf(canary, step)];
        const result = canaryStepObjects({
            component: canary.component,
            traffic: canary.strategy.traffic,
            stable: objectsOf(previous.objects, canary.component),
            target: objectsOf(target.objects, canary.component),
            stableReplicas: canary.stableReplicas,
            weight: current?.weight ?? 100,
        });
        objects.push(...result.objects);
        created.push(...result.created);
        components.set(canary.component, {
            split: result.split,
            canaryDeployment: result.canaryDeployment,
            podSelector: result.podSelector,
        });
    }
    const present = new Set(objects.map((entry) => memberKey(entry.object)));
    for (const entry of previous.objects)
        if (!present.has(memberKey(entry.object)))
            objects.push(entry);
    // Components only the previous revision knows stay known, so their objects keep their place in the order.
    const names = new Set(target.components.map((info) => info.name));
    const components_ = [...target.components, ...(previous.components ?? []).filter((info) => !names.has(info.name))];
    return { rendered: { ...target, objects, components: components_ }, created, components };
}

;// CONCATENATED MODULE: ./src/apply/canary/watch.ts


async function watchCanaryPods(client, namespace, selector, thresholds) {
    const labelSelector = Object.entries(selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(',');
    const informer = await client.informer('v1', 'Pod', { namespace, labelSelector });
    const limits = { ...defaultThresholds, ...thresholds };
    const firstSeen = new Map();
    const restartsAtStart = new Map();
    for (const pod of informer.list())
        restartsAtStart.set(uidOf(pod) ?? pod.metadata.name, restartsOf(pod));
    let settle = () => undefined;
    const failure = new Promise((resolve) => (settle = resolve));
    let timer;
    const evaluate = () => {
        const now = Date.now();
        let recheck;
        for (const pod of informer.list()) {
            if (pod.metadata['deletionTimestamp'])
                continue;
            const verdict = podFailure(pod, now, (key) => firstSeen.get(key) ?? (firstSeen.set(key, now), now), limits);
            if (verdict.failure)
                return settle(`pod ${pod.metadata.name}: ${verdict.failure.reason}`);
            const key = uidOf(pod) ?? pod.metadata.name;
            const before = restartsAtStart.get(key);
            if (before === undefined)
                restartsAtStart.set(key, restartsOf(pod));
            else if (restartsOf(pod) > before)
                return settle(`pod ${pod.metadata.name}: ${restartText(pod)} (restarted while the step held)`);
            if (verdict.recheckAt !== undefined)
                recheck = Math.min(recheck ?? verdict.recheckAt, verdict.recheckAt);
        }
        if (timer)
            clearTimeout(timer);
        timer = recheck === undefined ? undefined : setTimeout(evaluate, Math.max(0, recheck - Date.now()));
    };
    const unsubscribe = informer.subscribe(() => evaluate());
    const unsubscribeError = informer.onError((error) => settle(`watching the canary's pods failed: ${error.message}`));
    evaluate();
    return {
        failure,
        stop: () => {
            unsubscribe();
            unsubscribeError();
            if (timer)
                clearTimeout(timer);
        },
    };
}
function restartsOf(pod) {
    return arrayAt(pod, 'status', 'containerStatuses').reduce((sum, status) => sum + (numberAt(status, 'restartCount') ?? 0), 0);
}
function restartText(pod) {
    const status = arrayAt(pod, 'status', 'containerStatuses').find((entry) => (numberAt(entry, 'restartCount') ?? 0) > 0);
    const name = stringAt(status, 'name') ?? '?';
    const reason = stringAt(status, 'lastState', 'terminated', 'reason');
    return `container ${name} restarted${reason ? ` (${reason})` : ''}`;
}

;// CONCATENATED MODULE: ./src/apply/canary/run.ts
// The canary step runner: for each step set the split (apply the step's objects and wait for them with the engine's
// readiness tracker, which fails fast), then hold the step while analysis runs and the canary's pods are watched.
// It writes the rollout record at every step, so a later `promote` / `abort` run finds where it stands. What it
// does not do: the initial apply, the promotion and the rollback; ClusterDeploy (src/apply/deploy.ts) does those
// with the same machinery as a plain deploy.












class CanaryRun {
    input;
    /** What the steps applied (for the rollback: creations are undone). */
    applied = [];
    created = new Map();
    constructor(input) {
        this.input = input;
        for (const ref of input.record.created)
            this.created.set((0,kube_object/* refKey */.XF)(ref), ref);
    }
    /** Objects only the canary has, over every step so far (and any earlier rollout this one replaced). */
    get createdObjects() {
        return [...this.created.values()];
    }
    /** The desired set at a step; remembers what it creates. */
    stepSet(step) {
        const set = desiredAtStep(this.input.target, this.input.previous, this.input.canaries, step);
        for (const ref of set.created)
            this.created.set((0,kube_object/* refKey */.XF)(ref), ref);
        return set;
    }
    /**
     * Runs the steps from `fromStep`; with `applied`, that step's objects are already applied and ready (the deploy's
     * own first apply did it).
     */
    async run(fromStep, applied) {
        const count = stepCount(this.input.canaries);
        for (let step = fromStep; step < count; step += 1) {
            const set = this.stepSet(step);
            this.input.record.created = this.createdObjects;
            if (!(applied && step === fromStep)) {
                this.report(step, set, strategy_types/* RolloutPhase */.Bq.Progressing, `step ${step + 1}/${count}: shifting traffic`);
                const failure = await this.applyStep(set);
                if (failure)
                    return { kind: 'failed', reason: failure };
            }
            const pause = this.pauseAt(step);
            if (pause === strategy_types/* UNTIL_PROMOTED */.ol) {
                const message = `paused at step ${step + 1}/${count} until promoted: run k8deployer promote to continue or k8deployer abort to roll back`;
                await this.save(step, set, strategy_types/* RolloutPhase */.Bq.Paused, message);
                return { kind: 'paused', step, message };
            }
            await this.save(step, set, strategy_types/* RolloutPhase */.Bq.Progressing, `step ${step + 1}/${count}: holding ${pause / 1000} s`);
            const failure = await this.hold(step, set, pause);
            if (failure)
                return { kind: 'failed', reason: failure };
        }
        return { kind: 'promote' };
    }
    /** Applies the canary components' objects of a step and waits for them (fail fast included). */
    async applyStep(set) {
        const { ctx, applySetId, canaries, signal } = this.input;
        const names = new Set(canaries.map((canary) => canary.component));
        const objects = set.rendered.objects.filter((entry) => names.has(entry.component));
        const result = await executeGraph({
            cluster: ctx.cluster,
            client: ctx.client,
            bus: ctx.bus,
            tracker: new ReadinessTracker({
                cluster: ctx.cluster,
                client: ctx.client,
                bus: ctx.bus,
                thresholds: ctx.tuning.thresholds,
            }),
            graph: buildGraph(objects),
            applySetId,
            liveVersions: new Map(),
            forceConflicts: ctx.options.forceConflicts,
            concurrency: ctx.options.concurrency,
            objectTimeoutMs: ctx.options.objectTimeoutMs,
            signal,
            reportComponents: false,
        });
        this.applied.push(...result.applied);
        return result.ok ? undefined : `canary step failed: ${result.reason ?? 'not ready'}`;
    }
    /** The longest pause of the components at this step; until-promoted wins. */
    pauseAt(step) {
        let longest = 0;
        for (const canary of this.input.canaries) {
            const pause = canary.strategy.steps[stepOf(canary, step)]?.pause ?? 0;
            if (pause === strategy_types/* UNTIL_PROMOTED */.ol)
                return strategy_types/* UNTIL_PROMOTED */.ol;
            longest = Math.max(longest, pause);
        }
        return longest;
    }
    /**
     * Holds the step for `pauseMs`: the canary's pods are watched the whole time (the first failure signal aborts at
     * once), analysis runs at the start and every interval; a run over the failure limit aborts.
     */
    async hold(step, set, pauseMs) {
        const { ctx, canaries, signal } = this.input;
        const watches = [];
        const stop = new AbortController();
        const holdSignal = AbortSignal.any([signal, stop.signal]);
        try {
            for (const canary of canaries) {
                const selector = set.components.get(canary.component)?.podSelector ?? {};
                watches.push(await watchCanaryPods(ctx.client, ctx.rendered.namespace, selector, ctx.tuning.thresholds));
            }
            const podFailure = Promise.race(watches.map((watch) => watch.failure)).then((reason) => `canary failed: ${reason}`);
            const analysis = this.analyse(step, set, pauseMs, holdSignal);
            const stopped = new Promise((resolve) => holdSignal.addEventListener('abort', () => resolve((0,errors/* describeError */.Uc)(holdSignal.reason)), { once: true }));
            return await Promise.race([podFailure, analysis, stopped]);
        }
        catch (error) {
            return `canary analysis failed: ${(0,errors/* describeError */.Uc)(error)}`;
        }
        finally {
            stop.abort();
            for (const watch of watches)
                watch.stop();
        }
    }
    /** Analysis runs until the pause ends; resolves undefined when it passed, else with the reason to abort. */
    async analyse(step, set, pauseMs, signal) {
        const endAt = Date.now() + pauseMs;
        const failures = new Map();
        for (;;) {
            for (const canary of this.input.canaries) {
                const config = canary.strategy.analysis;
                if (!hasChecks(config))
                    continue;
                const run = await runAnalysis(config, signal);
                if (signal.aborted)
                    return undefined;
                const failed = (failures.get(canary.component) ?? 0) + (run.ok ? 0 : 1);
                failures.set(canary.component, failed);
                this.report(step, set, strategy_types/* RolloutPhase */.Bq.Progressing, analysisLine(canary.component, run), {
                    component: canary.component,
                    run,
                    failures: failed,
                });
                if (analysisVerdict(failed, config.failureLimit) === 'abort')
                    return `component ${canary.component}: ${analysisFailureReason(run, failed)}`;
            }
            const interval = Math.min(...this.input.canaries.map((canary) => canary.strategy.analysis.intervalMs));
            const wait = Math.min(interval, endAt - Date.now());
            if (wait <= 0)
                return undefined;
            await abortable_sleep_abortableSleep(wait, signal);
            if (signal.aborted)
                return undefined;
            if (Date.now() >= endAt)
                return undefined;
        }
    }
    async save(step, set, phase, message) {
        const { record, ctx } = this.input;
        record.rollouts = this.rollouts(step, set, phase);
        record.updatedAt = Date.now();
        await saveRolloutRecord(ctx.client, ctx.rendered.namespace, record);
        this.report(step, set, phase, message);
    }
    rollouts(step, set, phase) {
        return this.input.canaries.map((canary) => {
            const previous = this.input.record.rollouts.find((entry) => entry.component === canary.component);
            return {
                ...(previous?.lastAnalysis ? { lastAnalysis: previous.lastAnalysis } : {}),
                component: canary.component,
                strategy: strategy_types/* StrategyType */.IB.Canary,
                phase,
                step: stepOf(canary, step),
                steps: canary.strategy.steps.length,
                weight: set.components.get(canary.component)?.split.weight ?? 0,
                traffic: canary.strategy.traffic,
                stableReplicas: canary.stableReplicas,
            };
        });
    }
    report(step, set, phase, message, analysis) {
        const { ctx, record } = this.input;
        for (const rollout of this.rollouts(step, set, phase)) {
            const own = analysis?.component === rollout.component ? analysis : undefined;
            const entry = own ? { ...rollout, lastAnalysis: own.run, failures: own.failures } : rollout;
            if (own) {
                record.rollouts = record.rollouts.map((existing) => existing.component === entry.component ? { ...existing, lastAnalysis: own.run } : existing);
            }
            if (analysis && !own)
                continue;
            ctx.bus.emit({ type: 'strategy-progress', cluster: ctx.cluster, rollout: entry, message, at: Date.now() });
        }
    }
}
function analysisLine(component, run) {
    const passed = run.checks.filter((check) => check.ok).length;
    return `component ${component}: analysis ${run.ok ? 'passed' : 'failed'} (${passed}/${run.checks.length} checks)`;
}

;// CONCATENATED MODULE: ./src/apply/canary/seams.ts






/**
 * component → its live stable Deployment, for components with a canary strategy. During a rollout that a new deploy
 * replaces, stable may be scaled down for the split: its replicas before the rollout come from the record.
 */
function liveStableWorkloads(target, previous, members, record) {
    const live = new Map();
    if (!previous)
        return live;
    for (const info of target.components) {
        if (info.strategy?.type !== strategy_types/* StrategyType */.IB.Canary)
            continue;
        const stable = workloadOf(objectsOf(previous.objects, info.name), info.name);
        if (!stable)
            continue;
        const member = members.find((object) => object.kind === 'Deployment' &&
            object.metadata.name === stable.metadata.name &&
            (object.metadata.namespace ?? '') === (stable.metadata.namespace ?? ''));
        if (!member)
            continue;
        const before = record?.rollouts.find((entry) => entry.component === info.name)?.stableReplicas;
        live.set(info.name, before === undefined ? member : { ...member, spec: { ...member['spec'], replicas: before } });
    }
    return live;
}
function newRolloutRecord(ctx, stableRevision, replaced) {
    const { rendered } = ctx;
    return {
        version: 1,
        app: rendered.app,
        runId: ctx.runId,
        startedAt: Date.now(),
        updatedAt: Date.now(),
        stableRevision,
        target: { objects: rendered.objects, components: rendered.components },
        // A rollout this deploy replaces may have created objects this one does not: they go at its end too.
        created: replaced?.created ?? [],
        rollouts: [],
    };
}
/** The canary components of a recorded rollout, with the strategy the run that started it resolved. */
function canaryComponentsOf(record) {
    const components = [];
    for (const rollout of record.rollouts) {
        if (rollout.strategy !== strategy_types/* StrategyType */.IB.Canary)
            continue;
        const strategy = record.target.components.find((info) => info.name === rollout.component)?.strategy;
        if (strategy?.type !== strategy_types/* StrategyType */.IB.Canary)
            continue;
        components.push({
            component: rollout.component,
            strategy,
            stableReplicas: rollout.stableReplicas ?? 1,
        });
    }
    return components;
}
/**
 * The end of a rollout: objects only the canary had are deleted (after a promotion the prune already removed them;
 * deleting what is gone costs a 404), the record is deleted, and the end is reported per component. Returns the
 * problems (empty when all went).
 */
async function endRollout(ctx, created, phase, reason) {
    const { client, rendered, bus, cluster } = ctx;
    const unique = new Map(created.map((ref) => [`${ref.kind}/${ref.namespace ?? ''}/${ref.name}`, ref]));
    const objects = [...unique.values()].map((ref) => ({
        apiVersion: ref.apiVersion,
        kind: ref.kind,
        metadata: { name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) },
    }));
    const problems = phase === strategy_types/* RolloutPhase */.Bq.Aborted
        ? await removeObjects(objects, {
            cluster,
            client,
            bus,
            event: 'object-deleted',
            timeoutMs: ctx.options.objectTimeoutMs,
            ignoreErrors: true,
            owner: { applySetId: applySetId(parentName(rendered.app), rendered.namespace), app: rendered.app },
        })
        : [];
    let record;
    try {
        record = await loadRolloutRecord(client, rendered.app, rendered.namespace);
        if (problems.length === 0)
            await deleteRolloutRecord(client, rendered.app, rendered.namespace);
    }
    catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
    }
    for (const rollout of record?.rollouts ?? []) {
        bus.emit({
            type: 'strategy-progress',
            cluster,
            rollout: {
                ...rollout,
                phase,
                ...(phase === strategy_types/* RolloutPhase */.Bq.Aborted ? { weight: 0 } : { weight: 100 }),
                ...(reason ? { reason } : {}),
            },
            message: phase === strategy_types/* RolloutPhase */.Bq.Promoted
                ? `component ${rollout.component}: promoted (stable runs the new version, the canary is gone)`
                : `component ${rollout.component}: aborted, traffic back to stable, the canary removed${reason ? `: ${reason}` : ''}`,
            at: Date.now(),
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/apply/deploy.ts


































/** Plans and applies the rendered app on one cluster up to (not including) prune and revision write. Never throws. */
async function prepareDeploy(input, mode = 'deploy') {
    const deploy = new ClusterDeploy(input, mode);
    await deploy.prepare();
    return deploy;
}
/**
 * One cluster's deploy: prepare (namespace, lease, plan, apply the plan), then commit or roll back. The state the
 * two later steps need (lease held, what was applied, the previous revision) is in fields, set in one place each.
 */
class ClusterDeploy {
    mode;
    ok = false;
    reason;
    plan;
    ctx;
    parent;
    lease;
    leaseHeld = false;
    applied = [];
    previous;
    failureCause;
    /** A canary in this run (started by the deploy, or continued by promote), and where its steps ended. */
    canary;
    canaryResult;
    /** The rollout record found in the cluster (promote, abort; a deploy that supersedes a rollout). */
    record;
    /** Blue-green components of this deploy: where each stands (emitted once, kept for the rollback report). */
    blueGreen = [];
    /** Blue-green components' latest analysis run before their switch (kept for the rollback report). */
    blueGreenAnalysis = new Map();
    /** promote / abort with no rollout in progress: nothing to do, said why. */
    nothingInProgress;
    preApplied = new Map();
    constructor(input, mode = 'deploy') {
        this.mode = mode;
        this.ctx = input;
        const { client, options, rendered } = input;
        this.parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
        this.lease = new DeployLease(client, rendered.app, rendered.namespace, input.runId, {
            ttlSeconds: input.tuning.leaseTtlSeconds,
            holder: describeRunHolder(),
            onWait: (message) => log(this.ctx, 'warning', message),
            onLost: (reason) => log(this.ctx, 'warning', reason),
        });
    }
    get cluster() {
        return this.ctx.cluster;
    }
    async prepare() {
        try {
            const execution = await this.planAndApply();
            this.applied = mergeApplied(this.applied, execution.applied);
            if (execution.ok)
                this.ok = true;
            else
                this.markFailed(execution.reason ?? 'deploy failed', execution.cause);
        }
        catch (error) {
            this.markFailed((0,errors/* describeError */.Uc)(error), error);
        }
    }
    async commit() {
        if (!this.ok)
            return this.finish({ cluster: this.cluster, outcome: events/* Outcome */.Pi.Failed, reason: this.reason ?? '' });
        if (this.nothingInProgress)
            return this.finish({ cluster: this.cluster, outcome: events/* Outcome */.Pi.Skipped, reason: this.nothingInProgress });
        if (this.canaryResult?.kind === 'paused') {
            // Held until promoted: not failed and not done. No prune and no revision: stable's revision stays the last.
            return this.finish({
                cluster: this.cluster,
                outcome: events/* Outcome */.Pi.Paused,
                reason: this.canaryResult.message,
                changes: changesOf(this.applied),
            });
        }
        const { ctx, parent } = this;
        const rendered = ctx.rendered;
        try {
            const pruned = ctx.options.prune ? await prune(ctx, parent, this.plan, this.previous) : noPrune;
            if (pruned.failures.length > 0) {
                return this.finish({
                    cluster: this.cluster,
                    outcome: events/* Outcome */.Pi.Failed,
                    reason: `prune failed: ${pruned.failures.join('; ')}`,
                    changes: changesOf(this.applied),
                });
            }
            const revision = await parent.commit(rendered.objects, rendered.components, desiredSetHash(rendered.objects, rendered.components, rendered.steps));
            // Promoted (or a deploy that went straight to a version while a rollout was in progress): its record goes.
            if (this.canary || this.record)
                await endRollout(ctx, this.canary?.createdObjects ?? [], strategy_types/* RolloutPhase */.Bq.Promoted);
            // switch: manual: the new color is deployed and recorded; the run is held until promoted, like a canary pause.
            const waiting = this.blueGreen.filter((status) => status.step === blue_green_types/* BlueGreenStep */.ef.AwaitingPromote);
            return this.finish({
                cluster: this.cluster,
                outcome: waiting.length > 0 ? events/* Outcome */.Pi.Paused : events/* Outcome */.Pi.Succeeded,
                ...(waiting.length > 0
                    ? { reason: `${waiting.map((status) => status.component).join(', ')} waiting for k8deployer promote` }
                    : {}),
                revision,
                changes: [...changesOf(this.applied), ...pruned.changes],
            });
        }
        catch (error) {
            return this.finish({
                cluster: this.cluster,
                outcome: events/* Outcome */.Pi.Failed,
                reason: (0,errors/* describeError */.Uc)(error),
                changes: changesOf(this.applied),
            });
        }
    }
    async rollBack(why) {
        const { ctx, cluster } = this;
        if (this.nothingInProgress)
            return this.finish({ cluster, outcome: events/* Outcome */.Pi.Skipped, reason: this.nothingInProgress });
        if (!this.ok) {
            const early = this.rollbackNotPossible(why);
            if (early)
                return this.finish(early);
        }
        else if (ctx.escalation?.aborted) {
            return this.finish({
                cluster,
                outcome: events/* Outcome */.Pi.Failed,
                reason: `${why}; ${skippedRollback(ctx)}`,
                changes: changesOf(this.applied),
            });
        }
        // A run that found nothing to change took no lease; rolling back (rollback scope all) writes, so it takes it now.
        if (this.ok && !this.leaseHeld) {
            try {
                await this.lease.acquire(AbortSignal.timeout(ctx.options.objectTimeoutMs));
                this.leaseHeld = true;
            }
            catch (error) {
                return this.finish({
                    cluster,
                    outcome: events/* Outcome */.Pi.Failed,
                    reason: `${why}; not rolled back: ${(0,errors/* describeError */.Uc)(error)}`,
                });
            }
        }
        const outcome = await rollBack({
            ctx,
            parent: this.parent,
            previous: this.previous,
            applied: this.applied,
            reason: why,
            ...rollbackStop(ctx),
        });
        if (this.canary || this.record) {
            // Stable is back (the revision re-applied); what only the canary had goes, then the record.
            const created = [...(this.canary?.createdObjects ?? []), ...(this.record?.created ?? [])];
            const problems = await endRollout(ctx, created, strategy_types/* RolloutPhase */.Bq.Aborted, why);
            if (problems.length > 0)
                return this.finish({
                    ...outcome,
                    outcome: events/* Outcome */.Pi.Failed,
                    reason: `${outcome.reason ?? why}; removing the canary failed: ${problems.join('; ')}`,
                    changes: changesOf(this.applied),
                });
        }
        return this.finish({ ...outcome, changes: changesOf(this.applied) });
    }
    /** A failed preparation that cannot or must not be rolled back: the result to report instead, else undefined. */
    rollbackNotPossible(why) {
        const { ctx, cluster } = this;
        if (this.failureCause instanceof cluster_errors/* ClusterUnreachableError */.hy) {
            // Nothing can be rolled back (or unlocked) on a cluster we cannot reach; the lease expires by itself and a
            // re-run converges.
            this.leaseHeld = false;
            // Nothing written yet (e.g. the very first request failed): nothing to roll back, the reason says it all.
            if (!this.applied.some((entry) => entry.action !== events/* ChangeAction */.Xw.Unchanged))
                return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: why };
            return {
                cluster,
                outcome: events/* Outcome */.Pi.Failed,
                reason: `${why}; not rolled back: cluster unreachable (re-run to converge)`,
            };
        }
        // An aborted canary always goes back to stable (that is the strategy), whatever the rollback setting.
        const rollout = this.canary !== undefined || this.mode === 'abort';
        if ((ctx.options.rollback === types/* RollbackScope */.tr.Off && !rollout) || !this.leaseHeld)
            return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: why };
        if (ctx.escalation?.aborted)
            return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: `${why}; ${skippedRollback(ctx)}` };
        return undefined;
    }
    /** A rollback restored the last revision: every blue-green component's old color is (again) the live one. */
    reportColorsRestored() {
        for (const status of this.blueGreen) {
            if (!status.previousColor)
                continue;
            const { kept: _kept, removes: _removes, next: _next, ...rest } = status;
            this.ctx.bus.emit(blueGreenEvent(this.cluster, { ...rest, step: blue_green_types/* BlueGreenStep */.ef.RolledBack, activeColor: status.previousColor }, this.blueGreenAnalysis.get(status.component)));
        }
    }
    markFailed(reason, cause) {
        this.ok = false;
        this.reason = reason;
        this.failureCause = cause;
    }
    async finish(result) {
        if (result.outcome === events/* Outcome */.Pi.RolledBack)
            this.reportColorsRestored();
        if (this.leaseHeld)
            await this.lease.release();
        this.leaseHeld = false;
        return result;
    }
    /**
     * Everything up to the first write is checked first. A re-deploy that provably changes nothing finishes without a
     * single write (not even the lease); otherwise: namespace, lease, plan under the lease, apply it.
     */
    async planAndApply() {
        const { client } = this.ctx;
        const deadline = AbortSignal.any([
            AbortSignal.timeout(this.ctx.options.timeoutMs),
            ...(this.ctx.signal ? [this.ctx.signal] : []),
        ]);
        await this.checkBeforeFirstWrite();
        // promote / abort always act on the record; the no-op proof is for deploys.
        const unchanged = this.mode === 'deploy' ? await this.planWithoutWrites() : undefined;
        if (unchanged) {
            this.ctx = unchanged.ctx;
            this.recordPreApplied(unchanged.preApplied);
            this.previous = unchanged.previous;
            this.plan = unchanged.plan;
            return this.execute(unchanged.plan, unchanged.members, unchanged.preApplied, deadline);
        }
        const namespace = await ensureNamespace(this.ctx, this.parent);
        if (namespace.unclaimed)
            this.ctx = withoutObject(this.ctx, namespace.unclaimed);
        const { preApplied } = namespace;
        this.preApplied = preApplied;
        this.recordPreApplied(preApplied);
        await this.lease.acquire(deadline);
        this.leaseHeld = true;
        this.previous = await this.parent.load();
        this.record = await loadRolloutRecord(client, this.ctx.rendered.app, this.ctx.rendered.namespace);
        if (this.mode !== 'deploy')
            return this.continueRollout(deadline);
        // Blue-green components take their colors from the last revision (src/strategy/blue-green/resolve.ts).
        const layout = this.ctx.rendered;
        const now = Date.now();
        const strategies = resolveBlueGreen(layout, this.previous, now);
        this.ctx = { ...this.ctx, rendered: strategies.rendered };
        this.blueGreen = strategies.statuses;
        for (const status of strategies.statuses)
            this.ctx.bus.emit(blueGreenEvent(this.cluster, status));
        await removeStaleClaims(this.ctx, this.parent.id, deadline);
        const members = this.parent.exists ? await this.parent.listMembers() : [];
        const canaries = planCanaries(this.ctx.rendered, this.previous, liveStableWorkloads(this.ctx.rendered, this.previous, members, this.record));
        const gated = gatedSwitches(this.blueGreen, (name) => layout.components.find((c) => c.name === name)?.strategy);
        if (canaries.length > 0 && gated.length > 0) {
            // The canary runner applies the blue-green switch with its promotion: it would skip the checks, so refuse.
            const names = gated.map((entry) => entry.status.component).join(', ');
            return {
                ok: false,
                reason: `blue-green analysis (${names}) cannot run in a deploy that also rolls out a canary; deploy them separately`,
                applied: [],
            };
        }
        if (canaries.length > 0 && this.previous) {
            // Stable keeps serving from the last revision while `<name>-canary` runs this version, step by step.
            this.canary = this.canaryRun(this.previous, canaries, newRolloutRecord(this.ctx, this.previous.revision, this.record), deadline);
            const first = await this.applyDesired(this.canary.stepSet(0).rendered, members, deadline);
            if (!first.ok)
                return first;
            return this.runCanary(0, true, first, deadline);
        }
        if (gated.length > 0) {
            // Analysis before the switch: first the new colors with the main Services held on the live ones (the layout
            // `switch: manual` deploys), then the checks, then the switch. A failed analysis fails the deploy before any
            // main Service is written: the rollback removes the new color, as for one that never became ready.
            const held = resolveBlueGreen(holdSwitches(layout, gated.map((entry) => entry.status.component)), this.previous, now);
            const first = await this.applyDesired(held.rendered, members, deadline);
            if (!first.ok)
                return first;
            const failure = await analyseBeforeSwitch(this.ctx, gated, deadline, this.blueGreenAnalysis);
            if (failure)
                return { ok: false, reason: failure, applied: first.applied };
            log(this.ctx, 'info', 'blue-green analysis passed: switching');
            const switched = await this.applyDesired(this.ctx.rendered, await this.parent.listMembers(), deadline);
            return { ...switched, applied: mergeApplied(first.applied, switched.applied) };
        }
        return this.applyDesired(this.ctx.rendered, members, deadline);
    }
    /** promote / abort: the rollout the cluster's record holds, whatever the spec says now. */
    async continueRollout(deadline) {
        const { rendered } = this.ctx;
        const record = this.record;
        if (!record || !this.previous) {
            this.nothingInProgress = `no rollout in progress for app ${rendered.app} in namespace ${rendered.namespace}`;
            return { ok: true, applied: [] };
        }
        // What the rollout deploys is what the run that started it rendered, kept in the record.
        this.ctx = { ...this.ctx, rendered: { ...rendered, ...record.target } };
        if (this.mode === 'abort')
            return { ok: false, reason: `aborted by k8deployer abort`, applied: [] };
        const canaries = canaryComponentsOf(record);
        this.canary = this.canaryRun(this.previous, canaries, record, deadline);
        const paused = record.rollouts.some((entry) => entry.phase === strategy_types/* RolloutPhase */.Bq.Paused);
        const step = Math.max(0, ...record.rollouts.map((entry) => entry.step ?? 0));
        // From a pause the next step; a rollout whose runner stopped mid-step repeats that step.
        return this.runCanary(paused ? step + 1 : step, false, { ok: true, applied: [] }, deadline);
    }
    /** The runner of this rollout's canaries, from the last revision (stable) to this run's rendered set. */
    canaryRun(previous, canaries, record, signal) {
        return new CanaryRun({
            ctx: this.ctx,
            applySetId: this.parent.id,
            target: this.ctx.rendered,
            previous,
            canaries,
            record,
            signal,
        });
    }
    /** The canary's steps; after the last, the promotion: this run's version applied in full, as a plain deploy. */
    async runCanary(fromStep, applied, first, deadline) {
        const canary = this.canary;
        this.canaryResult = await canary.run(fromStep, applied);
        const soFar = mergeApplied(first.applied, canary.applied);
        if (this.canaryResult.kind === 'failed')
            return { ok: false, reason: this.canaryResult.reason, applied: soFar };
        if (this.canaryResult.kind === 'paused')
            return { ok: true, applied: soFar };
        log(this.ctx, 'info', 'canary steps passed: promoting (stable gets the new version, the canary is removed)');
        const members = await this.parent.listMembers();
        const promotion = await this.applyDesired(this.ctx.rendered, members, deadline);
        return { ...promotion, applied: mergeApplied(soFar, promotion.applied) };
    }
    /** Plans a desired set under the lease and applies it: the plain deploy, and each phase of a rollout. */
    async applyDesired(rendered, members, deadline) {
        const { client, options } = this.ctx;
        const preApplied = this.preApplied;
        const plan = await planCluster(client, rendered, {
            force: options.forceConflicts,
            flags: options.removal,
            adopt: options.adopt,
            concurrency: options.concurrency,
            inventory: { parent: this.parent, previous: this.previous, members },
        });
        this.plan = { ...plan, blueGreen: this.blueGreen };
        await this.parent.widen(plan.objects.map((entry) => entry.object));
        return this.execute(plan, members, preApplied, deadline);
    }
    /**
     * The no-op re-deploy, decided from reads alone: nobody else holds the lease, the namespace and the ApplySet parent
     * already record this exact desired set, nothing is to be pruned and every object is provably unchanged (its live
     * copy and field ownership, without a dry run). Then nothing would be written, and so no lease is needed either:
     * a run that writes nothing cannot interfere with another (one that starts meanwhile and changes an object we read
     * afterwards makes that object differ, and we are back on the path below). Undefined when anything may change.
     */
    async planWithoutWrites() {
        const namespace = await ensureNamespace(this.ctx, this.parent, { readOnly: true });
        if (namespace.needsWrite)
            return undefined;
        const ctx = namespace.unclaimed ? withoutObject(this.ctx, namespace.unclaimed) : this.ctx;
        const { client, options, rendered } = ctx;
        const [heldByOther, previous] = await Promise.all([this.lease.heldByOther(), this.parent.load()]);
        if (heldByOther || !previous)
            return undefined;
        if (!this.parent.isCurrent(rendered.objects, desiredSetHash(rendered.objects, rendered.components)))
            return undefined;
        const members = await this.parent.listMembers();
        let plan;
        try {
            plan = await planCluster(client, rendered, {
                force: options.forceConflicts,
                flags: options.removal,
                adopt: options.adopt,
                concurrency: options.concurrency,
                inventory: { parent: this.parent, previous, members },
                proofOnly: true,
            });
        }
        catch (error) {
            if (error instanceof UnprovenChange)
                return undefined;
            throw error;
        }
        // Every desired object exists, so no StatefulSet has stale claims to remove (see staleClaims).
        const unchanged = plan.objects.every((entry) => entry.action === events/* ChangeAction */.Xw.Unchanged);
        if (!unchanged || plan.prune.length > 0 || plan.problems.length > 0)
            return undefined;
        return { ctx, plan, previous, members, preApplied: namespace.preApplied };
    }
    recordPreApplied(preApplied) {
        for (const result of preApplied.values()) {
            this.applied.push({
                component: componentOf(this.ctx.rendered, (0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(result.object))),
                object: result.object,
                action: result.created ? events/* ChangeAction */.Xw.Create : events/* ChangeAction */.Xw.Unchanged,
            });
        }
    }
    execute(plan, members, preApplied, signal) {
        const { client, options, cluster } = this.ctx;
        return applyPlan(plan, {
            cluster,
            client,
            bus: this.ctx.bus,
            tracker: new ReadinessTracker({ cluster, client, bus: this.ctx.bus, thresholds: this.ctx.tuning.thresholds }),
            applySetId: this.parent.id,
            liveVersions: new Map(members.map((member) => [memberKey(member), String(member.metadata['resourceVersion'])])),
            preApplied,
            forceConflicts: options.forceConflicts,
            adopt: options.adopt,
            concurrency: options.concurrency,
            objectTimeoutMs: options.objectTimeoutMs,
            signal,
        });
    }
    async checkPermissions() {
        const skipped = await deployPermissions(this.ctx, this.parent);
        if (skipped)
            log(this.ctx, 'debug', skipped);
    }
    /** Refusals that must come before anything is written: cancelled, empty set, bad order, missing storage classes. */
    async checkBeforeFirstWrite() {
        const { client, signal } = this.ctx;
        // Cancelled before anything was written here (e.g. while credentials were fetched): nothing to undo.
        if ((0,cancel/* isCancelled */.mm)(signal))
            throw signal?.reason;
        if (this.ctx.rendered.objects.length === 0) {
            throw new errors/* K8deployerError */.QX(`refusing to deploy an empty set of objects to ${this.ctx.rendered.namespace}: it would prune everything`);
        }
        const rendered = await withServerScope(client, this.ctx.rendered);
        this.ctx = { ...this.ctx, rendered };
        // Validate the order (cycles, unknown depends) and the storage classes before the first write.
        buildGraph(rendered.objects, rendered.components, rendered.steps).order();
        const storageProblems = await missingStorageClasses(client, rendered.objects);
        if (storageProblems.length > 0)
            throw new errors/* K8deployerError */.QX(storageProblems.join('; '));
        await this.checkPermissions();
        // Warm discovery for every kind in parallel with the bookkeeping that follows, instead of one kind at a time.
        for (const apiVersion of new Set(rendered.objects.map((entry) => entry.object.apiVersion))) {
            const kind = rendered.objects.find((entry) => entry.object.apiVersion === apiVersion)?.object.kind ?? '';
            client.resource(apiVersion, kind).catch(() => undefined);
        }
        client.resource('coordination.k8s.io/v1', 'Lease').catch(() => undefined);
    }
}
/**
 * Every permission the deploy needs and lacks, in one error before the first write. The facts are read as the plan
 * reads them (the namespace, the inventory, the live objects), so `plan` and `deploy` name the same permissions.
 */
async function deployPermissions(ctx, parent) {
    const { client, rendered, options } = ctx;
    const namespace = await readNamespace(client, rendered.namespace);
    const previous = namespace.exists && !namespace.unreadable ? await parent.load() : undefined;
    const members = previous && parent.exists ? await parent.listMembers() : [];
    const objects = rendered.objects.map((entry) => decorate(entry.object, parent.id));
    const { live } = await prefetchLive(client, objects, new Map(members.map((member) => [memberKey(member), member])));
    const prune = options.prune ? pruneCandidates(members, objects, parent.id, options.removal) : [];
    const managed = namespace.unreadable === true ||
        (namespace.live !== undefined && (options.adopt || ownerOf(namespace.live, parent.id) === Owner.Ours));
    return checkPermissions(client, { namespace: rendered.namespace, objects, createsNamespace: createsOwnNamespace(rendered) }, { exists: (object) => live.has(memberKey(object)), prune, namespace: { exists: namespace.exists, managed } });
}
/**
 * Executes a plan: every object in the plan's dependency order, as soon as what it depends on is ready; unchanged
 * objects are not written. kapp's Apply(graph) of Calculate()'s result.
 */
function applyPlan(plan, options) {
    return executeGraph({
        ...options,
        graph: graphOfPlan(plan),
        planned: new Map(plan.objects.map((entry) => [entry.key, entry])),
    });
}
const noPrune = { failures: [], changes: [] };
/**
 * After a cancellation the rollback gets a bounded share of the runner's grace window and stops at a second signal;
 * what it could not finish is said in the reason, and a re-run converges (the lease is released either way).
 */
function rollbackStop(ctx) {
    if (!ctx.signal?.aborted)
        return {};
    const by = ctx.signal.reason instanceof cancel/* CancelledError */.cc ? ctx.signal.reason.signalName : 'the signal';
    const seconds = Math.round(ctx.tuning.cancelGraceMs / 100) / 10;
    const graceOver = (0,cancel/* deadlineSignal */.R)(ctx.tuning.cancelGraceMs, new errors/* K8deployerError */.QX(`rollback stopped: the ${seconds} s grace window after ${by} ran out (re-run to converge)`));
    return { signal: ctx.escalation ? AbortSignal.any([graceOver, stopSignal(ctx.escalation)]) : graceOver };
}
/** The escalation signal with a reason that reads well in the rollback's report. */
function stopSignal(escalation) {
    const controller = new AbortController();
    const abort = () => controller.abort(new errors/* K8deployerError */.QX(`rollback stopped by a second signal (re-run to converge)`));
    if (escalation.aborted)
        abort();
    else
        escalation.addEventListener('abort', abort, { once: true });
    return controller.signal;
}
function skippedRollback(ctx) {
    const by = ctx.escalation?.reason instanceof cancel/* CancelledError */.cc ? ` (${ctx.escalation.reason.signalName})` : '';
    return `rollback skipped: second signal${by} (re-run to converge)`;
}
/**
 * The ApplySet parent and the lease live in the app namespace, so it has to exist before anything else. The app's
 * Namespace object is applied (and so labelled as ours) only when k8deployer creates it, or it is already ours, or
 * adopt is set. A namespace that exists and is not ours (a team made it with kubectl, another app owns it) is
 * deployed into as it is: claiming it would let `delete --delete-namespaces` delete it with everything of others in it.
 */
async function ensureNamespace(ctx, parent, mode = {}) {
    const { client, rendered, options } = ctx;
    const applySetId = parent.id;
    const preApplied = new Map();
    const desired = rendered.objects.find((entry) => entry.object.kind === 'Namespace' && entry.object.metadata.name === rendered.namespace);
    // Credentials scoped to the namespace may not read it: with createNamespace false it is used as it is.
    const { live, exists } = await readNamespace(client, rendered.namespace);
    // Another repository's app of the same name is refused before the first write (not even its namespace is touched).
    if (exists)
        await parent.verifyOwner();
    if (!desired) {
        if (!exists && mode.readOnly)
            return { preApplied, needsWrite: true };
        if (!exists)
            throw new errors/* K8deployerError */.QX(`namespace ${rendered.namespace} does not exist and the app does not create it`);
        return { preApplied };
    }
    if (live && ownerOf(live, applySetId) !== Owner.Ours && !options.adopt) {
        log(ctx, 'info', `namespace ${rendered.namespace} exists and was not created by this app: deploying into it without managing it (set adopt to manage it)`);
        return { preApplied, unclaimed: desired };
    }
    const object = decorate(desired.object, applySetId);
    if (mode.readOnly) {
        // No dry run here: only a namespace provably unchanged from its live copy lets the run go without writes.
        if (!live || !provablyUnchanged(object, live))
            return { preApplied, needsWrite: true };
        preApplied.set((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(desired.object)), { object: live, created: false });
        return { preApplied };
    }
    const unchanged = live
        ? await unchangedOrRefused(client, object, live, {
            applySetId,
            adopt: options.adopt,
            forceConflicts: options.forceConflicts,
        })
        : undefined;
    const result = unchanged
        ? { object: unchanged, created: false }
        : await client.apply(object, { force: options.forceConflicts });
    preApplied.set((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(desired.object)), result);
    return { preApplied };
}
async function prune(ctx, parent, plan, previous) {
    const { client, options, rendered } = ctx;
    // The plan was computed under the lease: its prune set is still what the new set drops.
    const dropped = plan?.prune ?? [];
    // A pruned StatefulSet's claims are its data: they go with it only under deletePvcs, like labelled PVCs.
    const claims = options.removal.deletePvcs
        ? (await Promise.all(dropped.filter((object) => object.kind === 'StatefulSet').map((sts) => claimTemplateClaims(client, sts)))).flat()
        : [];
    const candidates = [...dropped, ...claims];
    const failures = await removeObjects(candidates, {
        cluster: ctx.cluster,
        client,
        bus: ctx.bus,
        event: 'object-pruned',
        timeoutMs: ctx.options.objectTimeoutMs,
        ignoreErrors: true,
        owner: { applySetId: parent.id, app: rendered.app },
    });
    const changes = candidates.map((object) => ({
        component: componentOfMember(object, previous),
        ref: (0,kube_object/* refOf */.H8)(object),
        action: events/* ChangeAction */.Xw.Delete,
    }));
    return { failures, changes };
}
/** Claims an earlier failed install left behind that would block this one (see staleClaims). */
async function removeStaleClaims(ctx, applySetId, signal) {
    const { client, rendered } = ctx;
    const stale = (await Promise.all(rendered.objects.map((entry) => staleClaims(client, entry.object)))).flat();
    if (stale.length === 0)
        return;
    log(ctx, 'info', `removing never-bound claims of an earlier failed install: ${stale.map((claim) => claim.metadata.name).join(', ')}`);
    const failures = await removeObjects(stale, {
        cluster: ctx.cluster,
        client,
        bus: ctx.bus,
        event: 'object-deleted',
        timeoutMs: ctx.options.objectTimeoutMs,
        ignoreErrors: false,
        signal,
        owner: { applySetId, app: rendered.app },
    });
    if (failures.length > 0)
        throw new errors/* K8deployerError */.QX(`could not remove stale claims: ${failures.join('; ')}`);
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
/** The context without one desired object (someone else's namespace the app deploys into but does not manage). */
function withoutObject(ctx, dropped) {
    const objects = ctx.rendered.objects.filter((entry) => entry !== dropped);
    return { ...ctx, rendered: { ...ctx.rendered, objects } };
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
    watchTimeoutSeconds: 240,
    cancelGraceMs: 4_000,
};

;// CONCATENATED MODULE: ./src/apply/undeploy.ts












/**
 * Removes what k8deployer deployed for this app: the ApplySet members (found by label through the parent, or from
 * the rendered set when the parent is gone), in reverse dependency order, then the parent. PVCs stay unless
 * deletePvcs; Namespaces go last and only with deleteNamespaces. Objects without our label are never touched.
 */
async function deleteApp(ctx) {
    const { client, rendered, options, cluster, bus } = ctx;
    // Namespace-scoped credentials may not read the Namespace: taken to exist, as deploy does.
    const { exists: namespaceExists } = await readNamespace(client, rendered.namespace);
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
    if (!namespaceExists)
        return nothingToDelete(ctx, ' (the namespace does not exist)');
    const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
        ttlSeconds: ctx.tuning.leaseTtlSeconds,
        holder: describeRunHolder(),
        onWait: (message) => bus.emit({ type: 'log', level: 'warning', cluster, message, at: Date.now() }),
    });
    // A cancellation (SIGINT/SIGTERM) stops the deletions in flight; the lease is still released below.
    const stop = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(ctx.signal ? [ctx.signal] : [])]);
    await lease.acquire(stop);
    let leaseHeld = true;
    try {
        await parent.load();
        const members = parent.exists ? await parent.listMembers() : await renderedMembers(ctx, parent.id);
        // Claims the StatefulSets' controller made: not labelled, but the app's data; removed only with deletePvcs.
        const claims = await appClaims(ctx, members, parent.id);
        const doomed = [
            ...members.filter((member) => removable(member, parent.id, options.removal)),
            ...(options.removal.deletePvcs ? claims : []),
        ];
        if (members.length === 0 && doomed.length === 0)
            return nothingToDelete(ctx, '');
        const namespaces = doomed.filter((object) => object.kind === 'Namespace');
        const timeoutMs = options.objectTimeoutMs;
        const removeOptions = {
            cluster,
            client,
            bus,
            event: 'object-deleted',
            timeoutMs,
            ignoreErrors: options.ignoreErrors,
            signal: stop,
            owner: { applySetId: parent.id, app: rendered.app, ours: claims },
        };
        const failures = await removeObjects(doomed.filter((object) => object.kind !== 'Namespace'), removeOptions);
        const keptMembers = members.length - doomed.length;
        if (failures.length === 0 || options.ignoreErrors) {
            // Kept members (PVCs) still point at the parent; without it a later deploy could not prune them.
            if (keptMembers === 0)
                await parent.remove();
            await lease.release();
            leaseHeld = false;
            failures.push(...(await removeObjects(namespaces, removeOptions)));
        }
        const changes = doomed.map((object) => ({
            component: '',
            ref: (0,kube_object/* refOf */.H8)(object),
            action: events/* ChangeAction */.Xw.Delete,
        }));
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
/**
 * Nothing of the app was found: a success (deleting what is already gone is a no-op, so a teardown job can be re-run),
 * but said plainly and as a warning, so a mistyped app name, namespace or cluster does not look like a deletion.
 */
function nothingToDelete(ctx, detail) {
    const { rendered, cluster } = ctx;
    const reason = nothingDeletedMessage(rendered.app, rendered.namespace, cluster, detail);
    ctx.bus.emit({ type: 'log', level: 'warning', cluster, message: reason, at: Date.now() });
    return { cluster, outcome: events/* Outcome */.Pi.Deleted, reason };
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
/**
 * Claims of the app's StatefulSets: the live members, and the rendered ones too, since a delete without delete-pvcs
 * removed the StatefulSet and left its claims, which a later delete --delete-pvcs must still find. A rendered
 * StatefulSet that exists but is not ours (another app's of the same name) says nothing about our claims.
 */
async function appClaims(ctx, members, applySetId) {
    const statefulSets = new Map();
    for (const { object } of ctx.rendered.objects.filter((entry) => entry.object.kind === 'StatefulSet')) {
        const live = await ctx.client.get((0,kube_object/* refOf */.H8)(object));
        if (!live || ownerOf(live, applySetId) === Owner.Ours)
            statefulSets.set(memberKey(object), object);
    }
    for (const member of members.filter((object) => object.kind === 'StatefulSet'))
        statefulSets.set(memberKey(member), member);
    return uniqueObjects((await Promise.all([...statefulSets.values()].map((sts) => claimTemplateClaims(ctx.client, sts)))).flat());
}
function uniqueObjects(objects) {
    return [...new Map(objects.map((object) => [memberKey(object), object])).values()];
}
/** `delete` found nothing of the app: said so, so that a mistyped name does not look like a deletion. */
function nothingDeletedMessage(app, namespace, cluster, detail = '') {
    return `no objects of app ${app} in namespace ${namespace} on cluster ${cluster}${detail}: nothing deleted; check the app name, the namespace and the cluster`;
}

;// CONCATENATED MODULE: ./src/plan/plan-permissions.ts



/** Throws PermissionError naming every permission the deploy of this plan would lack; else a note or undefined. */
async function checkPlanPermissions(client, plan, createsNamespace) {
    const actions = new Map(plan.objects.map((entry) => [entry.key, entry.action]));
    const actionOf = (object) => actions.get((0,kube_object/* refKey */.XF)((0,kube_object/* refOf */.H8)(object)));
    // Read as deploy reads it: a namespace the credentials may not read is taken to exist, and to be managed.
    const namespace = createsNamespace ? await readNamespace(client, plan.namespace) : { exists: true };
    // The plan leaves out an existing namespace that is someone else's: deployed into as it is, never patched.
    const planned = plan.objects.some((entry) => entry.object.kind === 'Namespace' && entry.object.metadata.name === plan.namespace);
    return checkPermissions(client, { namespace: plan.namespace, objects: plan.objects.map((entry) => entry.object), createsNamespace }, {
        exists: (object) => actionOf(object) !== events/* ChangeAction */.Xw.Create,
        replaced: (object) => actionOf(object) === events/* ChangeAction */.Xw.Replace,
        prune: plan.prune,
        namespace: {
            exists: namespace.exists,
            managed: ('unreadable' in namespace && namespace.unreadable === true) || planned,
        },
    });
}

;// CONCATENATED MODULE: ./src/apply/blue-green-switch.ts










async function switchColors(ctx, action) {
    const { client, rendered, cluster, bus, options } = ctx;
    const parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
    const lease = new DeployLease(client, rendered.app, rendered.namespace, ctx.runId, {
        ttlSeconds: ctx.tuning.leaseTtlSeconds,
        holder: describeRunHolder(),
        onWait: (message) => bus.emit({ type: 'log', level: 'warning', cluster, message, at: Date.now() }),
        onLost: (reason) => bus.emit({ type: 'log', level: 'warning', cluster, message: reason, at: Date.now() }),
    });
    const live = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
    if (!live)
        throw new errors/* K8deployerError */.QX(`app ${rendered.app} is not deployed: namespace ${rendered.namespace} does not exist`);
    await lease.acquire(AbortSignal.any([AbortSignal.timeout(options.timeoutMs), ...(ctx.signal ? [ctx.signal] : [])]));
    try {
        const previous = await parent.load();
        if (!previous)
            throw new errors/* K8deployerError */.QX(`app ${rendered.app} has no deployed revision in ${rendered.namespace}`);
        const plan = planSwitch(previous, action, Date.now());
        if (plan.components.length === 0)
            throw new errors/* K8deployerError */.QX(`app ${rendered.app} has no blue-green component in ${rendered.namespace} to ${action}`);
        const problems = [];
        for (const entry of plan.components) {
            if (entry.problem)
                problems.push(entry.problem);
            else if (entry.needsReady) {
                const notReady = await readinessProblem(ctx, entry);
                if (notReady)
                    problems.push(notReady);
            }
        }
        // All or nothing: an app whose components cannot all switch is left as it is.
        if (problems.length > 0)
            return { cluster, outcome: events/* Outcome */.Pi.Failed, reason: problems.join('; ') };
        const changes = [];
        for (const entry of plan.components) {
            if (entry.note)
                bus.emit({ type: 'log', level: 'info', cluster, message: entry.note, at: Date.now() });
            for (const changed of entry.changed) {
                await client.apply(decorate(changed.object, parent.id), { force: options.forceConflicts });
                const ref = (0,kube_object/* refOf */.H8)(changed.object);
                bus.emit({
                    type: 'object-applied',
                    cluster,
                    component: entry.component,
                    ref,
                    action: events/* ChangeAction */.Xw.Update,
                    at: Date.now(),
                });
                changes.push({ component: entry.component, ref, action: events/* ChangeAction */.Xw.Update });
            }
            if (entry.status)
                bus.emit(blueGreenEvent(cluster, entry.status));
        }
        const components = previous.components ?? rendered.components;
        const revision = changes.length > 0
            ? await parent.commit(plan.objects, components, desiredSetHash(plan.objects, components))
            : previous.revision;
        return { cluster, outcome: events/* Outcome */.Pi.Succeeded, revision, changes };
    }
    finally {
        await lease.release();
    }
}
/** The color to go live must be ready now: a switch is instant or not at all. */
async function readinessProblem(ctx, entry) {
    const target = entry.needsReady?.object;
    if (!target)
        return undefined;
    const live = await ctx.client.get((0,kube_object/* refOf */.H8)(target));
    const name = `Deployment ${target.metadata.name}`;
    if (!live)
        return `component ${entry.component}: ${name} is gone; cannot switch to it (deploy again)`;
    const readiness = readinessOf(live);
    if (readiness.status !== events/* ObjectStatus */.k7.Ready)
        return `component ${entry.component}: ${name} is not ready (${readiness.message}); not switched`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine.ts
// The deploy engine's public entry: plan, deploy and delete an app on one or many clusters. Clusters run in
// parallel and isolated: one failing (or unreachable) never stops or corrupts another. Everything the user sees
// is emitted on the bus; the returned value is the machine-readable summary.















/** Dry run on every cluster: what deploy would create, update, leave alone and prune. Writes nothing. */
async function runPlan(request) {
    const started = begin(request, request.command ?? 'plan', request.runId ?? (0,external_node_crypto_.randomUUID)());
    const plans = [];
    const clusters = await Promise.all(request.targets.map(async (target) => {
        const startedAt = Date.now();
        request.bus.emit({
            type: 'cluster-started',
            cluster: target.cluster,
            namespace: target.rendered.namespace,
            at: startedAt,
        });
        const outcome = await inCluster(request, target, async (client) => {
            const { options } = request;
            const plan = await planCluster(client, target.rendered, {
                force: options.forceConflicts,
                flags: options.removal,
                adopt: options.adopt,
                concurrency: options.concurrency,
                ...(options.repository ? { repository: options.repository } : {}),
            });
            // Every permission the deploy would lack, in one message: the plan fails where the deploy would.
            const skipped = await checkPlanPermissions(client, plan, createsOwnNamespace(target.rendered));
            if (skipped)
                engine_log(request, target.cluster, 'debug', skipped);
            plans.push(withoutSecretValues(plan));
            for (const problem of plan.problems) {
                request.bus.emit({
                    type: 'log',
                    level: 'warning',
                    cluster: target.cluster,
                    message: problem,
                    at: Date.now(),
                });
            }
            request.bus.emit({
                type: 'plan-ready',
                cluster: target.cluster,
                changes: plan.changes,
                ...(plan.steps?.length ? { steps: plan.steps.map(stepSummary) } : {}),
                at: Date.now(),
            });
            for (const status of plan.blueGreen ?? [])
                request.bus.emit(blueGreenEvent(target.cluster, status));
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
    return {
        ...result,
        plans: request.targets.flatMap((target) => plans.filter((plan) => plan.cluster === target.cluster)),
    };
}
/**
 * Applies the rendered app to every target: objects in dependency order as soon as their dependencies are ready,
 * fail fast, prune what left the set, record the revision; on failure roll back per options.rollback.
 */
async function runDeploy(request) {
    const started = begin(request, request.command ?? 'deploy', request.runId);
    const tuning = tuningOf(request);
    const scope = request.options.rollback;
    const contexts = request.targets.map((target) => ({
        target,
        startedAt: Date.now(),
    }));
    const prepare = async (entry) => {
        try {
            entry.client = connectCluster(entry.target.cluster, await kubeConfigOf(entry.target), clientOptions(request, entry.target.cluster, tuning));
            return await prepareDeploy(contextFor(request, entry.target, entry.client, tuning), request.mode);
        }
        catch (error) {
            const reason = (0,errors/* describeError */.Uc)(error);
            return {
                ok: false,
                reason,
                commit: () => Promise.resolve(failedResult(entry.target, reason)),
                rollBack: () => Promise.resolve(failedResult(entry.target, reason)),
            };
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
        // Whatever a cancelled cluster's rollback achieved, the run did not do what was asked: say why it stopped.
        if ((0,cancel/* isCancelled */.mm)(request.signal) && (result.outcome === events/* Outcome */.Pi.Failed || result.outcome === events/* Outcome */.Pi.RolledBack)) {
            result = { ...result, outcome: events/* Outcome */.Pi.Cancelled };
        }
        const apiWrites = entry.client?.writes;
        entry.client?.close();
        emitClusterFinished(request, result, entry.startedAt);
        return apiWrites === undefined ? result : { ...result, apiWrites };
    };
    for (const entry of contexts) {
        request.bus.emit({
            type: 'cluster-started',
            cluster: entry.target.cluster,
            namespace: entry.target.rendered.namespace,
            at: Date.now(),
        });
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
    // promote / abort on a cluster with no rollout in progress has nothing to do: that is not a failure.
    const alsoFine = request.mode && request.mode !== 'deploy' ? [events/* Outcome */.Pi.Skipped] : [];
    return finishRun(request, started, clusters, request.mode === 'abort' ? events/* Outcome */.Pi.RolledBack : events/* Outcome */.Pi.Succeeded, alsoFine);
}
/** Removes everything k8deployer deployed for the app (PVCs and Namespaces only when options.removal says so). */
async function runDelete(request) {
    const started = begin(request, request.command ?? 'delete', request.runId);
    const clusters = await eachCluster(request, (ctx) => deleteApp(ctx));
    return finishRun(request, started, clusters, events/* Outcome */.Pi.Deleted);
}
/** One piece of work per target, in parallel, each cluster isolated and reported as it starts and finishes. */
function eachCluster(request, work) {
    const tuning = tuningOf(request);
    return Promise.all(request.targets.map(async (target) => {
        const startedAt = Date.now();
        request.bus.emit({
            type: 'cluster-started',
            cluster: target.cluster,
            namespace: target.rendered.namespace,
            at: Date.now(),
        });
        const result = await inCluster(request, target, (client) => work(contextFor(request, target, client, tuning)));
        emitClusterFinished(request, result, startedAt);
        return result;
    }));
}
/**
 * promote / abort on every target: blue-green components switch their main Service (src/strategy/blue-green/switch.ts),
 * each cluster under its deploy lease, isolated like a deploy.
 */
async function runBlueGreenSwitch(request, action) {
    const started = begin(request, request.command ?? action, request.runId);
    const clusters = await eachCluster(request, (ctx) => switchColors(ctx, action));
    return finishRun(request, started, clusters, events/* Outcome */.Pi.Succeeded);
}
/** Runs that emitted run-finished: a signal after that is no longer this run's cancellation. */
const finishedRuns = new WeakSet();
function begin(request, command, runId) {
    const at = Date.now();
    const { signal } = request;
    if (signal) {
        const announce = () => {
            if (finishedRuns.has(request))
                return;
            const name = signal.reason instanceof cancel/* CancelledError */.cc ? signal.reason.signalName : 'a signal';
            request.bus.emit({ type: 'run-cancelled', signal: name, at: Date.now() });
        };
        if (signal.aborted)
            queueMicrotask(announce);
        else
            signal.addEventListener('abort', announce, { once: true });
    }
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
function finishRun(request, startedAt, clusters, success, alsoFine = []) {
    finishedRuns.add(request);
    // A rollout held until promoted is not a failure: the run says it is paused (and what to run next).
    const fine = new Set([success, events/* Outcome */.Pi.Paused, ...alsoFine]);
    const allDone = clusters.every((entry) => fine.has(entry.outcome));
    const paused = clusters.some((entry) => entry.outcome === events/* Outcome */.Pi.Paused);
    const outcome = allDone
        ? paused
            ? events/* Outcome */.Pi.Paused
            : success
        : (0,cancel/* isCancelled */.mm)(request.signal)
            ? events/* Outcome */.Pi.Cancelled
            : events/* Outcome */.Pi.Failed;
    request.bus.emit({ type: 'run-finished', outcome, durationMs: Date.now() - startedAt, at: Date.now() });
    return { outcome, clusters };
}
/** Runs one cluster's work with its own client; any error becomes that cluster's failure, never the run's. */
async function inCluster(request, target, work) {
    let client;
    try {
        client = connectCluster(target.cluster, await kubeConfigOf(target), clientOptions(request, target.cluster, tuningOf(request)));
        return await work(client);
    }
    catch (error) {
        return failedResult(target, (0,errors/* describeError */.Uc)(error));
    }
    finally {
        client?.close();
    }
}
/** Watch behaviour from the tuning; the client's notes (relists) become debug events of the cluster. */
function clientOptions(request, cluster, tuning) {
    return {
        watchFailAfterMs: tuning.watchFailAfterMs,
        watchTimeoutSeconds: tuning.watchTimeoutSeconds,
        log: (message) => request.bus.emit({ type: 'log', level: 'debug', cluster, message, at: Date.now() }),
    };
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
        options: request.options,
        runId: request.runId ?? (0,external_node_crypto_.randomUUID)(),
        tuning,
        ...(request.signal ? { signal: request.signal } : {}),
        ...(request.escalation ? { escalation: request.escalation } : {}),
    };
}
function engine_log(request, cluster, level, message) {
    request.bus.emit({ type: 'log', level, cluster, message, at: Date.now() });
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
    return {
        ...defaultTuning,
        ...request.tuning,
        thresholds: { ...defaultTuning.thresholds, ...request.tuning?.thresholds },
    };
}
/** The run's settings as the engine takes them: durations in milliseconds, the removal flags in one place. */
function engineOptions(settings) {
    return {
        timeoutMs: settings.timeoutSeconds * 1000,
        objectTimeoutMs: settings.objectTimeoutSeconds * 1000,
        concurrency: settings.concurrency,
        forceConflicts: settings.forceConflicts,
        adopt: settings.adopt,
        prune: settings.prune,
        rollback: settings.rollback,
        removal: { deleteNamespaces: settings.deleteNamespaces, deletePvcs: settings.deletePvcs, deleteCrds: false },
        ignoreErrors: settings.ignoreErrors,
        ...(settings.repository ? { repository: settings.repository } : {}),
    };
}


/***/ })

};
