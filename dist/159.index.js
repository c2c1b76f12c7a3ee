export const id = 159;
export const ids = [159];
export const modules = {

/***/ 67389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ requireRepository),
/* harmony export */   D1: () => (/* binding */ assertPreviewNamespaceOwned),
/* harmony export */   xb: () => (/* binding */ previewOwnershipLabels)
/* harmony export */ });
/* unused harmony export ownershipMismatches */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47965);
/* harmony import */ var _ttl_sweep_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90633);



/** The labels that make a namespace this repository's preview of this pull request (set when preview-up creates it). */
function previewOwnershipLabels(repository, pr) {
    return { [_settings_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryLabel */ .v]: repository.labelValue, [_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_2__/* .previewPrLabel */ .xi]: String(pr) };
}
/** A preview run that cannot say which repository it belongs to would have to trust labels anyone can copy. */
function requireRepository(repository, command) {
    if (repository)
        return repository;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command} needs the repository identity to tell this repository's previews from others (GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY, or --repository owner/name in the CLI)`);
}
/** Which expected labels the live namespace lacks or carries with another value (empty: it is ours). */
function ownershipMismatches(live, expected) {
    return Object.entries(expected)
        .filter(([key, value]) => live?.[key] !== value)
        .map(([key, value]) => `${key}=${value} (found ${live?.[key] === undefined ? 'none' : live[key]})`);
}
/**
 * Before a preview run writes or deletes its namespace: a namespace of that name that exists without this
 * repository's and this pull request's labels belongs to someone else (another repository's preview with the same
 * app name, or a namespace a human made) and is left alone. A missing namespace is fine: preview-up creates it with
 * the labels, preview-down has nothing to delete.
 */
async function assertPreviewNamespaceOwned(kubeConfig, namespace, expected, command) {
    // Loaded here, not at the top: the action entry imports this module before it needs the Kubernetes client.
    const k8s = await __webpack_require__.e(/* import() */ 356).then(__webpack_require__.bind(__webpack_require__, 17356));
    let live;
    try {
        live = await kubeConfig.makeApiClient(k8s.CoreV1Api).readNamespace({ name: namespace });
    }
    catch (error) {
        if (error?.code === 404)
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command}: cannot read namespace ${namespace} to check its owner: ${error.message ?? String(error)}`, { cause: error });
    }
    const mismatches = ownershipMismatches(live.metadata?.labels, expected);
    if (mismatches.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX(`${command}: namespace ${namespace} exists but is not this pull request's preview (it lacks ${mismatches.join(', ')}); ` +
            'k8deployer leaves it untouched. Delete or relabel it by hand if it is a leftover, or choose another preview-namespace pattern.');
    }
}


/***/ }),

/***/ 90633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ partOfLabel),
/* harmony export */   Lc: () => (/* binding */ selectPreviewsToSweep),
/* harmony export */   xi: () => (/* binding */ previewPrLabel)
/* harmony export */ });
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47965);

/** Labels a preview namespace carries so a sweep can find it without any other state. */
const previewPrLabel = 'k8deployer.io/preview-pr';
const partOfLabel = 'app.kubernetes.io/part-of';
/** Which preview namespaces to delete, oldest first. Namespaces that cannot be dated or attributed are kept. */
function selectPreviewsToSweep(namespaces, options) {
    const open = options.openPullRequests ? new Set(options.openPullRequests) : undefined;
    const candidates = [];
    for (const namespace of namespaces) {
        const prLabel = namespace.labels?.[previewPrLabel];
        if (prLabel === undefined || !/^\d+$/.test(prLabel))
            continue;
        if (options.app !== undefined && namespace.labels?.[partOfLabel] !== options.app)
            continue;
        if (options.repository !== undefined && namespace.labels?.[_settings_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryLabel */ .v] !== options.repository)
            continue;
        const created = namespace.creationTimestamp === undefined ? NaN : new Date(namespace.creationTimestamp).getTime();
        if (Number.isNaN(created))
            continue;
        const pr = Number(prLabel);
        const ageHours = (options.now.getTime() - created) / 3_600_000;
        if (open && !open.has(pr))
            candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'pull-request-closed' });
        else if (ageHours > options.ttlHours)
            candidates.push({ namespace: namespace.name, pr, ageHours, reason: 'expired' });
    }
    return candidates.sort((a, b) => b.ageHours - a.ageHours);
}


/***/ }),

/***/ 49159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepPreviews: () => (/* binding */ sweepPreviews)
/* harmony export */ });
/* unused harmony export defaultPreviewTtlHours */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17356);
/* harmony import */ var _credentials_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17678);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98107);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65404);
/* harmony import */ var _preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90633);
/* harmony import */ var _preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67389);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(47965);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31664);








const defaultPreviewTtlHours = 168;
/**
 * Finds this repository's preview namespaces of the app (by the labels preview-up puts on them: PR number, app and
 * repository identity) on the preview clusters and undeploys
 * those older than the TTL, namespace included. Each preview is its own target, named `<cluster>/<namespace>`.
 */
async function sweepPreviews(request) {
    const { settings } = request;
    // Selecting by app and PR label alone would also sweep another repository's previews of an app with the same name.
    const repository = (0,_preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .requireRepository */ .Cc)(settings.repository, _settings_types_js__WEBPACK_IMPORTED_MODULE_7__/* .Command */ .uB.PreviewSweep);
    const base = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)({ ...settings, command: _settings_types_js__WEBPACK_IMPORTED_MODULE_7__/* .Command */ .uB.Render }, { env: request.env, missingSecrets: 'placeholder' });
    const spec = base.spec.targets[0]?.spec;
    const previewClusters = spec?.preview?.clusters ?? base.targets.slice(0, 1).map(({ target }) => target.name);
    const ttlHours = settings.previewTtlHours ?? spec?.preview?.ttlHours ?? defaultPreviewTtlHours;
    const credentials = [];
    const targets = [];
    const renders = [];
    try {
        for (const prepared of base.targets.filter(({ target }) => previewClusters.includes(target.name))) {
            const resolved = await (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCredentials */ .z8)(request.providerConfig(prepared), { ...request.credentials, env: request.env });
            credentials.push(resolved);
            const namespaces = await resolved.kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.CoreV1Api).listNamespace({
                labelSelector: `${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .previewPrLabel */ .xi},${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .partOfLabel */ .LR}=${prepared.rendered.app},${_settings_repository_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryLabel */ .v}=${repository.labelValue}`,
            });
            // A namespace already being deleted (a teardown that just ran) needs no second undeploy.
            const live = namespaces.items.filter((namespace) => !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== 'Terminating');
            const expired = (0,_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPreviewsToSweep */ .Lc)(live.map((namespace) => ({
                name: namespace.metadata?.name ?? '',
                ...(namespace.metadata?.labels ? { labels: namespace.metadata.labels } : {}),
                ...(namespace.metadata?.creationTimestamp ? { creationTimestamp: namespace.metadata.creationTimestamp } : {}),
            })), { now: request.now ?? new Date(), ttlHours, app: prepared.rendered.app, repository: repository.labelValue });
            for (const candidate of expired) {
                const preview = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)({ ...settings, clusters: [prepared.target.name], namespaceOverride: candidate.namespace }, { env: request.env, missingSecrets: 'placeholder' });
                for (const entry of preview.targets) {
                    const name = `${entry.target.name}/${candidate.namespace}`;
                    renders.push({ target: { ...entry.target, name }, rendered: { ...entry.rendered, cluster: name } });
                    targets.push({ cluster: name, kubeConfig: resolved.kubeConfig, rendered: { ...entry.rendered, cluster: name } });
                }
            }
        }
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runDelete */ .rv)({
            targets,
            bus: request.bus,
            settings: { ...settings, deleteNamespaces: true },
            runId: request.runId,
            ...(request.tuning ? { tuning: request.tuning } : {}),
        });
        return { prepared: { spec: base.spec, targets: renders }, result };
    }
    finally {
        await Promise.allSettled(credentials.map((entry) => entry.dispose()));
    }
}


/***/ })

};
