export const id = 438;
export const ids = [438,114];
export const modules = {

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

/***/ 40060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ warningSource),
/* harmony export */   tE: () => (/* binding */ warningLine)
/* harmony export */ });
/* unused harmony export fieldOffset */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _spec_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58780);
/* harmony import */ var _spec_line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49848);
// Where a render warning's offending field was written: in a manifest file of a `kind: manifests` component (the
// object's document, then the field in it), else in the spec (the component's probe, ports or the component). So the
// CLI prints `file:line:col: warning: …` and the action annotates that line, as it does for spec errors.



function warningSource(warning, sources) {
    const pointer = sources.componentPointers.get(warning.component);
    if (pointer === undefined)
        return undefined;
    const { document } = sources;
    const component = valueAt(document.value, pointer);
    const files = Array.isArray(component?.files) ? component.files.filter((file) => typeof file === 'string') : [];
    for (const file of files) {
        const text = sources.files.get(file);
        const offset = text === undefined ? undefined : fieldOffset(text, warning);
        if (text !== undefined && offset !== undefined) {
            return { file: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(document.file), file), ...(0,_spec_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .r)(text, offset) };
        }
    }
    const candidates = specPointers(pointer, warning);
    const found = candidates.find((candidate) => document.valueOffsets.has(candidate)) ?? pointer;
    return { file: document.file, ...(0,_spec_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .locate */ .x5)(document, found, true) };
}
/** The line `render` prints for a warning: `file:line:col: warning: cluster …, component …: …`. */
function warningLine(cluster, warning, source) {
    const at = source ? `${source.file}:${source.line}:${source.column}: ` : '';
    return `${at}warning: cluster ${cluster}, component ${warning.component}: ${warning.message}`;
}
/** The spec fields a generated object's offending field comes from, most precise first. */
function specPointers(component, warning) {
    const { field } = warning;
    if (field.kind === 'probe') {
        const probe = `${component}/probes/${field.probe}`;
        return [`${probe}/port`, probe, `${component}/probes`, `${component}/port`, `${component}/ports`];
    }
    if (field.kind === 'targetPort')
        return [`${component}/port`, `${component}/ports`, `${component}/patches`];
    return [`${component}/patches`];
}
function valueAt(root, pointer) {
    let current = root;
    for (const token of pointer.split('/').slice(1)) {
        const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The offset of the offending field in a manifest file: the YAML document whose kind and name are the object's, then
 * the field's key in it. A text search, not a parse: the file was parsed when it was rendered, and here only a
 * position is wanted (undefined when the object is not found as written, e.g. built by variables).
 */
function fieldOffset(text, warning) {
    const { kind, name } = warning.object;
    const starts = [0, ...[...text.matchAll(/^---.*$/gm)].map((match) => match.index + match[0].length)];
    const kindLine = new RegExp(`^kind:\\s*['"]?${escapeRegExp(kind)}['"]?\\s*$`, 'm');
    const nameLine = new RegExp(`^\\s+name:\\s*['"]?${escapeRegExp(name)}['"]?\\s*$`, 'm');
    for (const [index, start] of starts.entries()) {
        const end = starts[index + 1] ?? text.length;
        const body = text.slice(start, end);
        if (!kindLine.test(body) || !nameLine.test(body))
            continue;
        const at = keyIn(body, warning);
        return at === undefined ? start + (kindLine.exec(body)?.index ?? 0) : start + at;
    }
    return undefined;
}
function keyIn(body, warning) {
    const { field } = warning;
    const keyAt = (pattern, from = 0) => {
        pattern.lastIndex = from;
        const match = pattern.exec(body);
        return match ? match.index + (match[1]?.length ?? 0) : undefined;
    };
    if (field.kind === 'selector')
        return keyAt(/^(\s*)selector:/gm, Math.max(0, body.indexOf('\nspec:')));
    if (field.kind === 'targetPort') {
        return keyAt(new RegExp(`^(\\s*(?:-\\s+)?)targetPort:\\s*['"]?${escapeRegExp(String(field.target))}['"]?\\s*$`, 'gm'));
    }
    const probe = keyAt(new RegExp(`^(\\s*)${field.probe}Probe:`, 'gm'));
    if (probe === undefined)
        return undefined;
    return keyAt(new RegExp(`^(\\s*)port:\\s*['"]?${escapeRegExp(String(field.port))}['"]?\\s*$`, 'gm'), probe) ?? probe;
}


/***/ }),

/***/ 53875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderWarnings)
/* harmony export */ });
function renderWarnings(rendered) {
    const warnings = [];
    const templates = rendered.objects.flatMap(({ component, object }) => {
        const template = podTemplateOf(object);
        const ref = { kind: object.kind, name: object.metadata.name };
        return template ? [{ ...template, component, object: ref, owner: `${object.kind} ${object.metadata.name}` }] : [];
    });
    for (const template of templates)
        warnings.push(...probeWarnings(template));
    for (const { component, object } of rendered.objects) {
        if (object.kind !== 'Service' || object.apiVersion !== 'v1')
            continue;
        warnings.push(...serviceWarnings(component, object, templates));
    }
    return warnings;
}
function podTemplateOf(object) {
    const spec = object.spec;
    const template = object.kind === 'Pod'
        ? { metadata: object.metadata, spec }
        : object.kind === 'CronJob'
            ? spec?.jobTemplate?.spec?.template
            : ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object.kind)
                ? spec?.template
                : undefined;
    if (!template?.spec)
        return undefined;
    const sidecars = (template.spec.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
    return {
        labels: template.metadata?.labels ?? {},
        containers: [...(template.spec.containers ?? []), ...sidecars],
    };
}
const probeKinds = [
    ['readinessProbe', 'readiness'],
    ['livenessProbe', 'liveness'],
    ['startupProbe', 'startup'],
];
function probeWarnings(template) {
    const warnings = [];
    for (const container of template.containers) {
        const ports = container.ports ?? [];
        for (const [field, kind] of probeKinds) {
            const probe = container[field];
            const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port ?? probe?.grpc?.port;
            if (port === undefined)
                continue;
            const declared = ports.some((entry) => (typeof port === 'number' ? entry.containerPort : entry.name) === port);
            if (declared)
                continue;
            const known = ports.map((entry) => entry.name ? `${entry.name}=${entry.containerPort}` : String(entry.containerPort));
            // A named port must exist (the probe cannot resolve it); a number works but is usually a typo of the port.
            warnings.push({
                component: template.component,
                object: template.object,
                field: { kind: 'probe', probe: kind, container: container.name ?? '', port },
                message: `${template.owner}: ${kind} probe of container ${container.name ?? '?'} uses port ${port}, which the container does not declare (${known.length > 0 ? `ports: ${known.join(', ')}` : 'it declares no ports'})`,
            });
        }
    }
    return warnings;
}
function serviceWarnings(component, service, templates) {
    const spec = (service.spec ?? {});
    const selector = spec.selector ?? {};
    // No selector: endpoints are managed by hand (or ExternalName); nothing to check.
    if (Object.keys(selector).length === 0 || spec.type === 'ExternalName')
        return [];
    const label = `Service ${service.metadata.name}`;
    const object = { kind: 'Service', name: service.metadata.name };
    const selected = templates.filter((template) => Object.entries(selector).every(([key, value]) => template.labels[key] === value));
    if (selected.length === 0) {
        const shown = Object.entries(selector)
            .map(([key, value]) => `${key}=${value}`)
            .join(',');
        return [
            {
                component,
                object,
                field: { kind: 'selector' },
                message: `${label}: selector ${shown} matches no pod template of the app; the Service will have no endpoints`,
            },
        ];
    }
    const warnings = [];
    for (const port of spec.ports ?? []) {
        const target = port.targetPort ?? port.port;
        if (target === undefined)
            continue;
        const matches = selected.some((template) => template.containers.some((container) => (container.ports ?? []).some((entry) => typeof target === 'number' ? entry.containerPort === target : entry.name === target)));
        if (matches)
            continue;
        const owners = selected.map((template) => {
            const ports = template.containers.flatMap((container) => (container.ports ?? []).map((entry) => entry.name ? `${entry.name}=${entry.containerPort}` : String(entry.containerPort)));
            return `${template.owner}: ${ports.length > 0 ? ports.join(', ') : 'no ports'}`;
        });
        warnings.push({
            component,
            object,
            field: { kind: 'targetPort', target },
            message: `${label}: targetPort ${target} (port ${port.port ?? '?'}) matches no container port of the pods it selects (${owners.join('; ')})`,
        });
    }
    return warnings;
}


/***/ }),

/***/ 91563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wakePreview: () => (/* binding */ wakePreview)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99153);
/* harmony import */ var _credentials_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20222);
/* harmony import */ var _preview_sleep_cluster_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1848);



/** A `/k8deployer wake`: on each preview cluster, restore the sleeping preview's replicas. Nothing is deployed. */
async function wakePreview(request) {
    const credentials = [];
    const woken = [];
    try {
        for (const entry of request.prepared.targets) {
            const resolved = await (0,_credentials_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCredentials */ .z8)((0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .providerConfig */ .Y)(entry, request.env), {
                ...request.credentials,
                env: request.env,
            });
            credentials.push(resolved);
            await request.checkCluster(resolved.kubeConfig);
            const result = await (0,_preview_sleep_cluster_js__WEBPACK_IMPORTED_MODULE_2__.wakeNamespace)(resolved.kubeConfig, entry.target.name, request.namespace, {
                now: request.now ?? new Date(),
                recordWake: true,
            });
            woken.push({ cluster: entry.target.name, ...result });
        }
        return woken;
    }
    finally {
        await Promise.allSettled(credentials.map((entry) => entry.dispose()));
    }
}


/***/ })

};
