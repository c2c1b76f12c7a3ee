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


/***/ }),

/***/ 479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ sleepFieldManager),
/* harmony export */   Dh: () => (/* binding */ wakePatches),
/* harmony export */   Il: () => (/* binding */ durationHours),
/* harmony export */   aP: () => (/* binding */ wokenAnnotation),
/* harmony export */   ci: () => (/* binding */ asleepAnnotation),
/* harmony export */   eT: () => (/* binding */ sleepPatch),
/* harmony export */   eg: () => (/* binding */ lastActivity),
/* harmony export */   hq: () => (/* binding */ shouldSleep),
/* harmony export */   qN: () => (/* binding */ previewShaAnnotation)
/* harmony export */ });
/* unused harmony export sleepReplicasAnnotation */
/** On the preview namespace: the commit last deployed (its change dates the last activity, see lastActivity). */
const previewShaAnnotation = 'k8deployer.io/preview-sha';
/** On the preview namespace while it sleeps: since when (RFC 3339). */
const asleepAnnotation = 'k8deployer.io/asleep-since';
/** On the preview namespace: when a `/k8deployer wake` comment last woke it (counts as activity). */
const wokenAnnotation = 'k8deployer.io/woken-at';
/** On a sleeping Deployment or StatefulSet: its replicas before the sleep. */
const sleepReplicasAnnotation = 'k8deployer.io/sleep-replicas';
/** Field manager of the sleep and wake writes; removed from the workload's managedFields on wake (see wakePatch). */
const sleepFieldManager = 'k8deployer-sleep';
/** The field manager of deploys (src/cluster/client.ts). */
const deployFieldManager = 'k8deployer';
/** `4h`, `90m`, `2d`, `1d12h` → hours; undefined when it is not such a duration. */
function durationHours(text) {
    if (!/^(\d+(\.\d+)?[mhd])+$/.test(text))
        return undefined;
    let hours = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)([mhd])/g))
        hours += Number(amount) * (unit === 'm' ? 1 / 60 : unit === 'd' ? 24 : 1);
    return hours;
}
function time(value) {
    return value === undefined ? NaN : new Date(value).getTime();
}
/**
 * When the preview was last active: the latest of its creation, the last deploy that changed the namespace (a new
 * commit changes its preview-sha annotation, and the API server dates the deploy manager's managedFields entry) and
 * the last wake. A deploy that changes nothing writes nothing, so it is no activity either.
 */
function lastActivity(namespace) {
    const metadata = namespace.metadata ?? {};
    const times = [
        time(metadata.creationTimestamp),
        ...(metadata.managedFields ?? [])
            .filter((entry) => entry.manager === deployFieldManager && entry.operation === 'Apply')
            .map((entry) => time(entry.time)),
        time(metadata.annotations?.[wokenAnnotation]),
    ].filter((value) => !Number.isNaN(value));
    return times.length ? new Date(Math.max(...times)) : undefined;
}
/** Asleep already, or idle for less than `sleepAfterHours`: leave it; otherwise it goes to sleep. */
function shouldSleep(namespace, now, sleepAfterHours) {
    if (namespace.metadata?.annotations?.[asleepAnnotation] !== undefined)
        return false;
    const active = lastActivity(namespace);
    return active !== undefined && (now.getTime() - active.getTime()) / 3_600_000 >= sleepAfterHours;
}
const escapeToken = (token) => token.replaceAll('~', '~0').replaceAll('/', '~1');
function annotationOps(object, key, value) {
    const annotations = object.metadata.annotations;
    if (value === undefined)
        return annotations?.[key] === undefined
            ? []
            : [{ op: 'remove', path: `/metadata/annotations/${escapeToken(key)}` }];
    if (!annotations)
        return [{ op: 'add', path: '/metadata/annotations', value: { [key]: value } }];
    return [{ op: 'add', path: `/metadata/annotations/${escapeToken(key)}`, value }];
}
/**
 * A running Deployment or StatefulSet → replicas 0, remembering the count. Guarded by its resourceVersion: a
 * workload that changed since it was read is left for the next sweep. Undefined: nothing to do.
 */
function sleepPatch(workload) {
    const replicas = workload.spec?.replicas;
    if (typeof replicas !== 'number' || replicas <= 0)
        return undefined;
    if (workload.metadata.annotations?.[sleepReplicasAnnotation] !== undefined)
        return undefined;
    return [
        { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
        ...annotationOps(workload, sleepReplicasAnnotation, String(replicas)),
        { op: 'replace', path: '/spec/replicas', value: 0 },
    ];
}
/**
 * A sleeping workload → its remembered replicas, the annotation gone, and the sleep's managedFields entry removed:
 * the sleep took spec.replicas from the deploy's field manager, and a later deploy changing replicas would otherwise
 * conflict with it. With the entry gone nobody claims the field until the next deploy applies it. Two patches: the
 * restore is a write the server attributes to the sleep manager, the removal must come after it.
 */
function wakePatches(workload) {
    const remembered = Number(workload.metadata.annotations?.[sleepReplicasAnnotation]);
    if (!Number.isInteger(remembered) || remembered < 0)
        return undefined;
    const restore = [
        { op: 'test', path: '/metadata/resourceVersion', value: workload.metadata.resourceVersion },
        ...annotationOps(workload, sleepReplicasAnnotation, undefined),
        { op: 'replace', path: '/spec/replicas', value: remembered },
    ];
    const release = (restored) => {
        const entries = (restored.metadata.managedFields ?? []);
        const kept = entries.filter((entry) => entry.manager !== sleepFieldManager);
        if (kept.length === entries.length || kept.length === 0)
            return [];
        return [
            { op: 'test', path: '/metadata/resourceVersion', value: restored.metadata.resourceVersion },
            { op: 'replace', path: '/metadata/managedFields', value: kept },
        ];
    };
    return [restore, release];
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
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85138);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69127);
/* harmony import */ var _preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90633);
/* harmony import */ var _preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67389);
/* harmony import */ var _preview_sleep_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(479);
/* harmony import */ var _preview_sleep_cluster_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1848);
/* harmony import */ var _settings_action_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70385);
/* harmony import */ var _settings_repository_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(47965);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31664);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(83916);












async function sweepPreviews(request) {
    const { settings } = request;
    // Selecting by app and PR label alone would also sweep another repository's previews of an app with the same name.
    const repository = (0,_preview_ownership_js__WEBPACK_IMPORTED_MODULE_5__/* .requireRepository */ .Cc)(settings.repository, _settings_types_js__WEBPACK_IMPORTED_MODULE_9__/* .Command */ .uB.PreviewSweep);
    const base = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)({ ...settings, command: _settings_types_js__WEBPACK_IMPORTED_MODULE_9__/* .Command */ .uB.Render }, { env: request.env });
    const spec = base.spec.targets[0]?.spec;
    const previewClusters = spec?.preview?.clusters ?? base.targets.slice(0, 1).map(({ target }) => target.name);
    const ttlHours = settings.previewTtlHours ?? spec?.preview?.ttlHours ?? _settings_action_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .defaultPreviewTtlHours */ .p_;
    const sleepAfterHours = spec?.preview?.sleepAfter ? (0,_preview_sleep_js__WEBPACK_IMPORTED_MODULE_11__/* .durationHours */ .Il)(spec.preview.sleepAfter) : undefined;
    const now = request.now ?? new Date();
    const slept = [];
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
                labelSelector: `${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .previewPrLabel */ .xi},${_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .partOfLabel */ .LR}=${prepared.rendered.app},${_settings_repository_js__WEBPACK_IMPORTED_MODULE_8__/* .repositoryLabel */ .v}=${repository.labelValue}`,
            });
            // A namespace already being deleted (a teardown that just ran) needs no second undeploy.
            const live = namespaces.items.filter((namespace) => !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== 'Terminating');
            const expired = (0,_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .selectPreviewsToSweep */ .Lc)(live.map((namespace) => ({
                name: namespace.metadata?.name ?? '',
                ...(namespace.metadata?.labels ? { labels: namespace.metadata.labels } : {}),
                ...(namespace.metadata?.creationTimestamp ? { creationTimestamp: namespace.metadata.creationTimestamp } : {}),
            })), { now, ttlHours, app: prepared.rendered.app, repository: repository.labelValue });
            if (sleepAfterHours !== undefined) {
                const doomed = new Set(expired.map((candidate) => candidate.namespace));
                for (const namespace of live) {
                    const name = namespace.metadata?.name ?? '';
                    const pr = Number(namespace.metadata?.labels?.[_preview_ttl_sweep_js__WEBPACK_IMPORTED_MODULE_4__/* .previewPrLabel */ .xi]);
                    if (doomed.has(name) || !Number.isInteger(pr) || !(0,_preview_sleep_js__WEBPACK_IMPORTED_MODULE_11__/* .shouldSleep */ .hq)(namespace, now, sleepAfterHours))
                        continue;
                    let scaled;
                    try {
                        ({ scaled } = await (0,_preview_sleep_cluster_js__WEBPACK_IMPORTED_MODULE_6__/* .sleepNamespace */ .X)(resolved.kubeConfig, prepared.target.name, name, now));
                    }
                    catch (error) {
                        // One preview that cannot sleep (RBAC, a blip) must not stop the sweep of the others.
                        request.bus.emit({
                            type: 'log',
                            level: 'warning',
                            cluster: prepared.target.name,
                            message: `preview ${name} was not put to sleep: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_10__/* .describeError */ .Uc)(error)}`,
                            at: Date.now(),
                        });
                        continue;
                    }
                    const idleHours = (now.getTime() - ((0,_preview_sleep_js__WEBPACK_IMPORTED_MODULE_11__/* .lastActivity */ .eg)(namespace)?.getTime() ?? now.getTime())) / 3_600_000;
                    slept.push({ cluster: prepared.target.name, namespace: name, pr, idleHours, scaled });
                    request.bus.emit({
                        type: 'log',
                        level: 'info',
                        cluster: prepared.target.name,
                        message: `preview ${name} (pull request #${pr}) idle for ${idleHours.toFixed(1)} h: asleep, ${scaled} workload(s) scaled to zero`,
                        at: Date.now(),
                    });
                }
            }
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
            command: _settings_types_js__WEBPACK_IMPORTED_MODULE_9__/* .Command */ .uB.PreviewSweep,
            runId: request.runId,
            ...(request.tuning ? { tuning: request.tuning } : {}),
        });
        return { prepared: { spec: base.spec, targets: renders }, result, slept };
    }
    finally {
        await Promise.allSettled(credentials.map((entry) => entry.dispose()));
    }
}


/***/ })

};
