export const id = 848;
export const ids = [848];
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

/***/ 1848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ sleepNamespace),
/* harmony export */   wakeNamespace: () => (/* binding */ wakeNamespace)
/* harmony export */ });
/* harmony import */ var _cluster_transport_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16047);
/* harmony import */ var _cluster_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8859);
/* harmony import */ var _sleep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(479);



/** The kinds a sleep scales to zero: the ones with replicas (DaemonSets and Jobs are left as they are). */
const scalable = [
    { kind: 'Deployment', path: (ns) => `/apis/apps/v1/namespaces/${ns}/deployments` },
    { kind: 'StatefulSet', path: (ns) => `/apis/apps/v1/namespaces/${ns}/statefulsets` },
];
async function workloads(transport, namespace) {
    const found = [];
    for (const { path, kind } of scalable) {
        const { body } = await transport.json({
            method: 'GET',
            path: path(encodeURIComponent(namespace)),
            context: `list ${kind} in ${namespace}`,
        });
        for (const item of body.items ?? [])
            found.push({
                path: `${path(encodeURIComponent(namespace))}/${encodeURIComponent(item.metadata.name)}`,
                object: item,
            });
    }
    return found;
}
async function patch(transport, path, body, context) {
    try {
        const { body: result } = await transport.json({
            method: 'PATCH',
            path,
            query: { fieldManager: _sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleepFieldManager */ .DE },
            body,
            contentType: Array.isArray(body) ? 'application/json-patch+json' : 'application/merge-patch+json',
            context,
        });
        return result;
    }
    catch (error) {
        // A failed `test` (the object changed since it was read) or a deleted object: the next run sees it afresh.
        if (error instanceof _cluster_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiStatusError */ .z5 &&
            (error.httpStatus === 422 || error.httpStatus === 404 || error.httpStatus === 409))
            return undefined;
        throw error;
    }
}
/**
 * A JSON patch guarded by the object's resourceVersion, computed from a fresh read and retried a few times: the
 * workload's controller writes its status (a new resourceVersion) right after every scale, so a guard taken from
 * an earlier read often fails. Undefined when there is nothing to do, or the object is gone.
 */
async function patchFresh(transport, path, ops, context) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
        let live;
        try {
            live = (await transport.json({ method: 'GET', path, context })).body;
        }
        catch (error) {
            if (error instanceof _cluster_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiStatusError */ .z5 && error.httpStatus === 404)
                return undefined;
            throw error;
        }
        const patchOps = ops(live);
        if (!patchOps || patchOps.length === 0)
            return undefined;
        const result = await patch(transport, path, patchOps, context);
        if (result)
            return result;
    }
    return undefined;
}
function namespacePath(namespace) {
    return `/api/v1/namespaces/${encodeURIComponent(namespace)}`;
}
/** Scales the preview's Deployments and StatefulSets to zero, remembering their replicas, and marks it asleep. */
async function sleepNamespace(kubeConfig, cluster, namespace, now) {
    const transport = new _cluster_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeTransport */ .B(cluster, kubeConfig);
    try {
        let scaled = 0;
        for (const { path, object } of await workloads(transport, namespace)) {
            if (!(0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleepPatch */ .eT)(object))
                continue;
            const what = `sleep ${object.kind} ${namespace}/${object.metadata.name}`;
            if (await patchFresh(transport, path, _sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .sleepPatch */ .eT, what))
                scaled += 1;
        }
        await patch(transport, namespacePath(namespace), { metadata: { annotations: { [_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .asleepAnnotation */ .ci]: now.toISOString() } } }, `mark namespace ${namespace} asleep`);
        return { scaled };
    }
    finally {
        transport.close();
    }
}
/**
 * Restores the replicas a sleep remembered and clears the marks; a namespace that is not asleep is left as it is.
 * `woken`: record the wake as activity (a wake by comment; a deploy dates itself).
 */
async function wakeNamespace(kubeConfig, cluster, namespace, options) {
    const transport = new _cluster_transport_js__WEBPACK_IMPORTED_MODULE_0__/* .KubeTransport */ .B(cluster, kubeConfig);
    try {
        let live;
        try {
            live = (await transport.json({
                method: 'GET',
                path: namespacePath(namespace),
                context: `get namespace ${namespace}`,
            })).body;
        }
        catch (error) {
            // A preview deployed for the first time has no namespace yet: nothing sleeps.
            if (error instanceof _cluster_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ApiStatusError */ .z5 && error.httpStatus === 404)
                return { wasAsleep: false, restored: 0 };
            throw error;
        }
        const wasAsleep = live.metadata.annotations?.[_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .asleepAnnotation */ .ci] !== undefined;
        // A deploy of an awake preview reads one object and writes nothing here.
        if (!wasAsleep && !options.recordWake)
            return { wasAsleep, restored: 0 };
        let restored = 0;
        for (const { path, object } of await workloads(transport, namespace)) {
            if (!(0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .wakePatches */ .Dh)(object))
                continue;
            const what = `${object.kind} ${namespace}/${object.metadata.name}`;
            const after = await patchFresh(transport, path, (live) => (0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .wakePatches */ .Dh)(live)?.[0], `wake ${what}`);
            if (!after)
                continue;
            restored += 1;
            const release = (0,_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .wakePatches */ .Dh)(object)[1];
            await patchFresh(transport, path, release, `release the sleep's claim on ${what}`);
        }
        await patch(transport, namespacePath(namespace), {
            metadata: {
                annotations: {
                    [_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .asleepAnnotation */ .ci]: null,
                    ...(options.recordWake ? { [_sleep_js__WEBPACK_IMPORTED_MODULE_2__/* .wokenAnnotation */ .aP]: options.now.toISOString() } : {}),
                },
            },
        }, `mark namespace ${namespace} awake`);
        return { wasAsleep, restored };
    }
    finally {
        transport.close();
    }
}


/***/ })

};
