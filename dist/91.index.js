export const id = 91;
export const ids = [91,114];
export const modules = {

/***/ 10091:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52654);

// `k8deployer render | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 52654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: reportError

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __webpack_require__(90833);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/pipeline.ts + 24 modules
var pipeline = __webpack_require__(69127);
// EXTERNAL MODULE: ./src/render/print.ts
var print = __webpack_require__(77203);
// EXTERNAL MODULE: ./src/render/warnings.ts
var warnings = __webpack_require__(53875);
// EXTERNAL MODULE: ./src/render/warning-source.ts
var warning_source = __webpack_require__(40060);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files/confined.ts
var confined = __webpack_require__(73051);
;// CONCATENATED MODULE: ./src/render/write-files.ts





const secretMode = 0o600;
const plainMode = 0o644;
/**
 * Writes `render -o DIR` output. Every file lands inside DIR however the objects are named: names are sanitised
 * (objectFiles), each final path is checked to be a direct child of its cluster directory inside DIR, and nothing is
 * written through a symlink or a hard link (a link planted in DIR cannot redirect a write elsewhere). Secret files are
 * 0600, also
 * when a file of that name already existed with a wider mode.
 */
async function writeObjectFiles(outputDir, files) {
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const base = await (0,promises_.realpath)(outputDir);
    const directories = new Set();
    for (const file of files) {
        const directory = external_node_path_default().join(base, file.directory);
        const target = external_node_path_default().join(directory, file.name);
        if (external_node_path_default().dirname(directory) !== base || external_node_path_default().dirname(target) !== directory || !(0,confined/* isInside */.FK)(base, target)) {
            throw new errors/* InputError */.dz(`refusing to write ${JSON.stringify(external_node_path_default().join(file.directory, file.name))}: it is not a plain file name inside ${outputDir}`);
        }
        if (!directories.has(directory)) {
            await ensurePlainDirectory(directory, outputDir);
            directories.add(directory);
        }
        await writeNoFollow(target, file.content, file.secret ? secretMode : plainMode);
    }
    return files.length;
}
async function ensurePlainDirectory(directory, outputDir) {
    await (0,promises_.mkdir)(directory).catch((error) => {
        if (error.code !== 'EEXIST')
            throw error;
    });
    const stats = await (0,promises_.lstat)(directory);
    if (!stats.isDirectory())
        throw new errors/* InputError */.dz(`refusing to write into ${directory}: it is ${stats.isSymbolicLink() ? 'a symlink' : 'not a directory'} inside ${outputDir}`);
}
async function writeNoFollow(target, content, mode) {
    let handle;
    try {
        // O_NOFOLLOW: a symlink at the target fails instead of being followed; O_NONBLOCK: a FIFO fails instead of hanging.
        // No O_TRUNC: an existing file is checked before anything in it changes.
        handle = await (0,promises_.open)(target, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0), mode);
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ELOOP' ? 'it is a symlink' : code === 'ENXIO' ? 'it is a FIFO' : (code ?? String(error));
        throw new errors/* InputError */.dz(`refusing to write ${target}: ${why}`, { cause: error });
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            throw new errors/* InputError */.dz(`refusing to write ${target}: it is not a regular file`);
        // A hard link planted in DIR would carry the write to its other name, outside DIR.
        if (stats.nlink > 1)
            throw new errors/* InputError */.dz(`refusing to write ${target}: it has other hard links`);
        await handle.truncate(0);
        // An existing file keeps its mode through open(); set it, so a Secret never stays world-readable.
        await handle.chmod(mode);
        await handle.writeFile(content);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/settings/cli-args.ts
var cli_args = __webpack_require__(3197);
// EXTERNAL MODULE: ./src/settings/types.ts
var types = __webpack_require__(31664);
;// CONCATENATED MODULE: ./src/cli.ts









/** CLI entry: parse flags → the same run the action does → exit code. Never prints a stack trace for bad input. */
async function main(argv) {
    try {
        if (argv[0] === 'demo') {
            requireClusterNode('demo');
            const { runDemo } = await __webpack_require__.e(/* import() */ 837).then(__webpack_require__.bind(__webpack_require__, 4837));
            return await runDemo(argv.slice(1), process.env);
        }
        const invocation = (0,cli_args/* parseCliArgs */.h)(argv, process.env);
        if (invocation.kind === 'help') {
            process.stdout.write(`${invocation.text}\n`);
            return errors/* ExitCode */.yU.Ok;
        }
        const settings = invocation.settings;
        if (settings.command === types/* Command */.uB.Render)
            return await render(settings);
        requireClusterNode(settings.command);
        // Loaded only for cluster commands: the Kubernetes client needs Node 22+, offline render does not.
        const { runClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(754)]).then(__webpack_require__.bind(__webpack_require__, 99153));
        // Ctrl-C / SIGTERM: the first cancels the run (rollback policy within a grace window, lease released, exit
        // 130 / 143); the second skips what is left of the rollback; the third exits at once.
        const interruption = (0,cancel/* listenForInterrupts */.vD)({
            onSignal: (signal, count) => {
                if (count === 1)
                    process.stderr.write(`\ninterrupted (${signal}): stopping; rolling back per policy and releasing the lease (again to skip the rollback)\n`);
                else if (count === 2) {
                    process.stderr.write(`\ninterrupted again (${signal}): skipping the rollback, releasing the lease\n`);
                    // A request stuck on an unresponsive API server must not hold the terminal much longer.
                    setTimeout(() => process.exit((0,cancel/* signalExitCode */.cf)(signal)), 3_000).unref();
                }
                else
                    process.exit((0,cancel/* signalExitCode */.cf)(signal));
            },
        });
        try {
            const code = await runClusterCommand(settings, {
                env: process.env,
                write: (text) => process.stdout.write(text),
                mode: 'cli',
                signal: interruption.signal,
                escalation: interruption.escalation,
            });
            return interruption.received ? (0,cancel/* signalExitCode */.cf)(interruption.received) : code;
        }
        finally {
            interruption.dispose();
        }
    }
    catch (error) {
        return reportError(error);
    }
}
function requireClusterNode(command) {
    const nodeMajor = Number(process.versions.node.split('.')[0]);
    if (nodeMajor < 22) {
        throw new errors/* InputError */.dz(`k8deployer ${command} talks to clusters and needs Node.js 22 or later (this is ${process.versions.node}); render works on any Node.js from 20`);
    }
}
async function render(settings) {
    const prepared = await (0,pipeline/* prepareRun */.Z)(settings, { env: process.env });
    // kubectl accepts these silently; the pods or endpoints would show the mistake only on the cluster.
    for (const { target, rendered } of prepared.targets)
        for (const warning of (0,warnings/* renderWarnings */.c)(rendered)) {
            const source = (0,warning_source/* warningSource */.CB)(warning, { ...prepared.spec, componentPointers: target.componentPointers });
            process.stderr.write(`${(0,warning_source/* warningLine */.tE)(target.name, warning, source)}\n`);
        }
    if (settings.outputDir) {
        const outputDir = settings.outputDir;
        const files = prepared.targets.flatMap(({ rendered }) => (0,print/* objectFiles */.J_)(rendered, { showSecrets: settings.showSecrets === true }));
        const count = await writeObjectFiles(outputDir, files);
        process.stderr.write(`wrote ${count} objects for ${prepared.targets.length} cluster(s) to ${outputDir}\n`);
        return errors/* ExitCode */.yU.Ok;
    }
    for (const { target, rendered } of prepared.targets) {
        process.stdout.write(`# cluster ${target.name} (${target.provider}), namespace ${rendered.namespace}: ${rendered.objects.length} objects\n`);
        process.stdout.write((0,print/* objectsToYaml */.TZ)(rendered.objects.map((desired) => desired.object), { showSecrets: settings.showSecrets === true }));
    }
    return errors/* ExitCode */.yU.Ok;
}
function reportError(error) {
    if (error instanceof errors/* SpecError */.G8) {
        process.stderr.write(`error: the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}\n`);
        return error.exitCode;
    }
    process.stderr.write(`error: ${(0,errors/* describeError */.Uc)(error)}\n`);
    if (process.env.K8DEPLOYER_DEBUG && error instanceof Error && error.stack)
        process.stderr.write(`${error.stack}\n`);
    return error instanceof errors/* K8deployerError */.QX ? error.exitCode : errors/* ExitCode */.yU.Failure;
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


/***/ })

};
