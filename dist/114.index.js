export const id = 114;
export const ids = [114];
export const modules = {

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


/***/ })

};
