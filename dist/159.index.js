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
/* harmony export */   LR: () => (/* reexport safe */ _kube_labels_js__WEBPACK_IMPORTED_MODULE_1__.L),
/* harmony export */   Lc: () => (/* binding */ selectPreviewsToSweep),
/* harmony export */   xi: () => (/* binding */ previewPrLabel)
/* harmony export */ });
/* harmony import */ var _kube_labels_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88550);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47965);


/** Labels a preview namespace carries so a sweep can find it without any other state. */
const previewPrLabel = 'k8deployer.io/preview-pr';

/** Which preview namespaces to delete, oldest first. Namespaces that cannot be dated or attributed are kept. */
function selectPreviewsToSweep(namespaces, options) {
    const open = options.openPullRequests ? new Set(options.openPullRequests) : undefined;
    const candidates = [];
    for (const namespace of namespaces) {
        const prLabel = namespace.labels?.[previewPrLabel];
        if (prLabel === undefined || !/^\d+$/.test(prLabel))
            continue;
        if (options.app !== undefined && namespace.labels?.[_kube_labels_js__WEBPACK_IMPORTED_MODULE_1__/* .partOfLabel */ .L] !== options.app)
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

/***/ 70385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HC: () => (/* binding */ parseActionInputs),
/* harmony export */   p_: () => (/* binding */ defaultPreviewTtlHours)
/* harmony export */ });
/* unused harmony export defaultPreviewNamespacePattern */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48031);
/* harmony import */ var _parse_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12085);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31664);




const defaultPreviewNamespacePattern = '${app}-pr-${pr}';
const defaultPreviewTtlHours = 168;
const patternVariables = new Set(['app', 'pr']);
function label(input) {
    return `input "${input}"`;
}
/** Parses every input once; each bad one becomes an InputError that names it and says what it expects. */
function parseActionInputs(getInput) {
    const read = (name) => (getInput(name) ?? '').trim();
    const settings = {
        ..._types_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultSettings */ .L6,
        variables: {},
        clusters: [],
        command: 'deploy',
        specPath: 'k8deployer.yaml',
    };
    const writable = settings;
    for (const option of _options_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedOptions */ .mJ) {
        const raw = read(option.input);
        if (raw === '')
            continue;
        writable[option.setting] = option.parse(label(option.input), raw);
    }
    const commandRaw = read('command');
    const command = commandRaw === '' || commandRaw.toLowerCase() === 'auto' ? 'auto' : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommand */ .RM)(label('command'), commandRaw);
    if (command !== 'auto')
        settings.command = command;
    const bool = (name, fallback) => {
        const raw = read(name);
        return raw === '' ? fallback : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoolean */ .yG)(label(name), raw);
    };
    const environmentRaw = read('environment');
    const hostRaw = read('preview-host');
    const ttlRaw = read('preview-ttl');
    const namespacePattern = read('preview-namespace') || defaultPreviewNamespacePattern;
    checkPattern('preview-namespace', namespacePattern, { mustMentionPr: true });
    if (hostRaw)
        checkPattern('preview-host', hostRaw, { mustMentionPr: false });
    const action = {
        command,
        githubToken: read('github-token'),
        commentOnPr: bool('comment', true),
        jobSummary: bool('job-summary', true),
        deployments: bool('deployments', true),
        preview: {
            namespacePattern,
            ttlHours: ttlRaw === '' ? defaultPreviewTtlHours : (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseHours */ .Tk)(label('preview-ttl'), ttlRaw),
            allowForks: bool('allow-forks', false),
        },
    };
    // An explicit preview-ttl wins over the spec's preview.ttlHours; the default does not.
    if (ttlRaw !== '')
        settings.previewTtlHours = action.preview.ttlHours;
    const groupRaw = read('comment-group');
    if (groupRaw)
        action.commentGroup = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSingleLine */ .e7)(label('comment-group'), groupRaw, 'a group name');
    if (environmentRaw)
        action.environment = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSingleLine */ .e7)(label('environment'), environmentRaw, 'an environment name');
    if (hostRaw)
        action.preview.hostPattern = hostRaw;
    if ((action.commentOnPr || action.deployments) && action.githubToken === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label('github-token')}: expected a token (the default \${{ github.token }} works); ` +
            'set comment: false and deployments: false to run without one');
    }
    return { settings, action };
}
function checkPattern(input, pattern, options) {
    for (const match of pattern.matchAll(/\$\{([^}]*)\}/g)) {
        const name = match[1] ?? '';
        if (!patternVariables.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: unknown variable \${${name}}; use \${app} and \${pr}, got ${JSON.stringify(pattern)}`);
        }
    }
    if (options.mustMentionPr && !pattern.includes('${pr}')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: expected a pattern containing \${pr}, e.g. \${app}-pr-\${pr}, got ${JSON.stringify(pattern)}`);
    }
    const sample = pattern.replaceAll('${app}', 'app').replaceAll('${pr}', '1');
    if (input === 'preview-host' && !/^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$/i.test(sample)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${label(input)}: expected a host name pattern like pr-\${pr}.preview.example.com, got ${JSON.stringify(pattern)}`);
    }
}


/***/ }),

/***/ 49159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sweepPreviews: () => (/* binding */ sweepPreviews)
/* harmony export */ });
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17356);
/* harmony import */ var _credentials_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20222);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86579);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93442);
/* harmony import */ var _preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90633);
/* harmony import */ var _preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67389);
/* harmony import */ var _settings_action_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70385);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(47965);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31664);









/**
 * Finds this repository's preview namespaces of the app (by the labels preview-up puts on them: PR number, app and
 * repository identity) on the preview clusters and undeploys
 * those older than the TTL, namespace included. Each preview is its own target, named `<cluster>/<namespace>`.
 */
async function sweepPreviews(request) {
    const { settings } = request;
    // Selecting by app and PR label alone would also sweep another repository's previews of an app with the same name.
    const repository = (0,_preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .requireRepository */ .Cc)(settings.repository, _settings_types_js__WEBPACK_IMPORTED_MODULE_8__/* .Command */ .uB.PreviewSweep);
    const base = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)({ ...settings, command: _settings_types_js__WEBPACK_IMPORTED_MODULE_8__/* .Command */ .uB.Render }, { env: request.env });
    const spec = base.spec.targets[0]?.spec;
    const previewClusters = spec?.preview?.clusters ?? base.targets.slice(0, 1).map(({ target }) => target.name);
    const ttlHours = settings.previewTtlHours ?? spec?.preview?.ttlHours ?? _settings_action_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultPreviewTtlHours */ .p_;
    const credentials = [];
    const targets = [];
    const renders = [];
    try {
        for (const prepared of base.targets.filter(({ target }) => previewClusters.includes(target.name))) {
            const resolved = await (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCredentials */ .z8)(request.providerConfig(prepared), {
                ...request.credentials,
                env: request.env,
            });
            credentials.push(resolved);
            const namespaces = await resolved.kubeConfig.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.CoreV1Api).listNamespace({
                labelSelector: `${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .previewPrLabel */ .xi},${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .partOfLabel */ .LR}=${prepared.rendered.app},${_settings_repository_js__WEBPACK_IMPORTED_MODULE_7__/* .repositoryLabel */ .v}=${repository.labelValue}`,
            });
            // A namespace already being deleted (a teardown that just ran) needs no second undeploy.
            const live = namespaces.items.filter((namespace) => !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== 'Terminating');
            const expired = (0,_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPreviewsToSweep */ .Lc)(live.map((namespace) => ({
                name: namespace.metadata?.name ?? '',
                ...(namespace.metadata?.labels ? { labels: namespace.metadata.labels } : {}),
                ...(namespace.metadata?.creationTimestamp ? { creationTimestamp: namespace.metadata.creationTimestamp } : {}),
            })), { now: request.now ?? new Date(), ttlHours, app: prepared.rendered.app, repository: repository.labelValue });
            for (const candidate of expired) {
                const preview = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)({ ...settings, clusters: [prepared.target.name], namespaceOverride: candidate.namespace }, { env: request.env });
                for (const entry of preview.targets) {
                    const name = `${entry.target.name}/${candidate.namespace}`;
                    renders.push({ target: { ...entry.target, name }, rendered: { ...entry.rendered, cluster: name } });
                    targets.push({
                        cluster: name,
                        kubeConfig: resolved.kubeConfig,
                        rendered: { ...entry.rendered, cluster: name },
                    });
                }
            }
        }
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .runDelete */ .rv)({
            targets,
            bus: request.bus,
            options: (0,_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .engineOptions */ .ll)({ ...settings, deleteNamespaces: true }),
            command: _settings_types_js__WEBPACK_IMPORTED_MODULE_8__/* .Command */ .uB.PreviewSweep,
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
