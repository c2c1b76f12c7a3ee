export const id = 875;
export const ids = [875];
export const modules = {

/***/ 53875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderWarnings)
/* harmony export */ });
function renderWarnings(rendered) {
    const warnings = [];
    const templates = rendered.objects.flatMap(({ component, object }) => {
        const template = podTemplateOf(object);
        return template ? [{ ...template, component, owner: `${object.kind} ${object.metadata.name}` }] : [];
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
    const selected = templates.filter((template) => Object.entries(selector).every(([key, value]) => template.labels[key] === value));
    if (selected.length === 0) {
        const shown = Object.entries(selector)
            .map(([key, value]) => `${key}=${value}`)
            .join(',');
        return [
            {
                component,
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
            message: `${label}: targetPort ${target} (port ${port.port ?? '?'}) matches no container port of the pods it selects (${owners.join('; ')})`,
        });
    }
    return warnings;
}


/***/ })

};
