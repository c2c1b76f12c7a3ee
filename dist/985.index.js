export const id = 985;
export const ids = [985];
export const modules = {

/***/ 90833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ deadlineSignal),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   cf: () => (/* binding */ signalExitCode),
/* harmony export */   mm: () => (/* binding */ isCancelled),
/* harmony export */   vD: () => (/* binding */ listenForInterrupts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Cancellation of a run: SIGINT / SIGTERM (Ctrl-C, a cancelled or timed-out GitHub workflow) become AbortSignals
// that the entry points hand to the engine. The runner's window is short: GitHub Actions sends SIGINT, SIGTERM
// 7.5 s later and kills ~2.5 s after that, so everything the engine does after the first signal is bounded.

/** The abort reason of a cancelled run: names the signal, so every message can say why the run stopped. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .K8deployerError */ .QX {
    signalName;
    constructor(signalName) {
        super(`cancelled by ${signalName}`);
        this.signalName = signalName;
    }
}
/** True when the signal was aborted by a cancellation (not a timeout or a failure elsewhere). */
function isCancelled(signal) {
    return signal?.aborted === true && signal.reason instanceof CancelledError;
}
/** A signal aborted after `ms` with `reason`; its timer never keeps the process alive. */
function deadlineSignal(ms, reason) {
    const controller = new AbortController();
    if (ms <= 0)
        controller.abort(reason);
    else
        setTimeout(() => controller.abort(reason), ms).unref();
    return controller.signal;
}
/** The exit status a shell gives a process killed by the signal: 128 + its number (130 SIGINT, 143 SIGTERM). */
function signalExitCode(signalName) {
    return signalName === 'SIGTERM' ? 143 : signalName === 'SIGHUP' ? 129 : 130;
}
/**
 * Listens for SIGINT / SIGTERM. Installing a handler stops Node from dying at once, which is the point: the run
 * gets to release its lease, roll back and report. A second signal escalates; a third is ignored by the handler
 * (the runner's SIGKILL follows anyway).
 */
function listenForInterrupts(options = {}) {
    const source = options.source ?? process;
    const names = options.signals ?? ['SIGINT', 'SIGTERM'];
    const cancel = new AbortController();
    const escalate = new AbortController();
    let received;
    let count = 0;
    const handler = (signal) => {
        count += 1;
        if (count === 1) {
            received = signal;
            cancel.abort(new CancelledError(signal));
        }
        else if (count === 2) {
            escalate.abort(new CancelledError(signal));
        }
        options.onSignal?.(signal, count);
    };
    for (const name of names)
        source.on(name, handler);
    return {
        signal: cancel.signal,
        escalation: escalate.signal,
        get received() {
            return received;
        },
        dispose() {
            for (const name of names)
                source.off(name, handler);
        },
    };
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G8: () => (/* binding */ SpecError),
/* harmony export */   QX: () => (/* binding */ K8deployerError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   b$: () => (/* binding */ ClusterError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lE: () => (/* binding */ CredentialsError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony exports maxListedProblems, formatProblem */
/* harmony import */ var _kube_status_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11239);

/** Named errors with exit codes; one top-level handler turns them into a message (never a stack trace). */
const ExitCode = {
    Ok: 0,
    Failure: 1,
    BadSpec: 2,
};
class K8deployerError extends Error {
    exitCode = ExitCode.Failure;
    /** True when repeating the same call may succeed (network blips, 429, 5xx). */
    retryable;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.retryable = options.retryable ?? false;
    }
}
class SpecError extends K8deployerError {
    exitCode = ExitCode.BadSpec;
    problems;
    constructor(problems) {
        super(formatProblems(problems));
        this.problems = problems;
    }
}
/**
 * Most problems one message lists; a generated or hostile spec can have tens of thousands, and the first hundred
 * say what is wrong. The rest are counted.
 */
const maxListedProblems = 100;
function formatProblems(problems) {
    const listed = problems.slice(0, maxListedProblems).map(formatProblem);
    if (problems.length > maxListedProblems)
        listed.push(`… and ${problems.length - maxListedProblems} more problems`);
    return listed.join('\n');
}
function formatProblem(problem) {
    return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}
/** Bad CLI flag or action input; names the input. */
class InputError extends K8deployerError {
    exitCode = ExitCode.BadSpec;
}
/** Could not obtain credentials: names the provider and the step. */
class CredentialsError extends K8deployerError {
    provider;
    step;
    constructor(provider, step, message, options = {}) {
        super(`${provider}: ${step}: ${message}`, options);
        this.provider = provider;
        this.step = step;
    }
}
/** A cluster could not be reached or answered with an error; names the cluster. */
class ClusterError extends K8deployerError {
    cluster;
    constructor(cluster, message, options = {}) {
        super(`cluster ${cluster}: ${message}`, options);
        this.cluster = cluster;
    }
}
/**
 * The one text a person sees for any error: ours carry their message; an API error of @kubernetes/client-node
 * (ApiException: `HTTP-Code`, the raw body, the headers) is reduced to its Status's one-line cause.
 */
function describeError(error) {
    if (error instanceof K8deployerError)
        return error.message;
    const status = apiExceptionStatus(error);
    if (status)
        return `HTTP ${status.code}: ${(0,_kube_status_text_js__WEBPACK_IMPORTED_MODULE_0__/* .statusLine */ .B)(status.body, `HTTP ${status.code}`)}`;
    if (error instanceof Error)
        return `${error.name}: ${error.message}`;
    return String(error);
}
function apiExceptionStatus(error) {
    if (!(error instanceof Error))
        return undefined;
    const { code, body } = error;
    if (typeof code !== 'number' || body === undefined)
        return undefined;
    let parsed = body;
    if (typeof body === 'string') {
        try {
            parsed = JSON.parse(body);
        }
        catch {
            return { code, body: { message: body.split('\n')[0] ?? '' } };
        }
    }
    return parsed && typeof parsed === 'object' ? { code, body: parsed } : undefined;
}


/***/ }),

/***/ 73051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   GU: () => (/* binding */ newReadBudget),
/* harmony export */   X6: () => (/* binding */ repositoryConfinement),
/* harmony export */   j_: () => (/* binding */ copyConfinedDirectory),
/* harmony export */   p7: () => (/* binding */ readConfinedFile),
/* harmony export */   qW: () => (/* binding */ resolveConfinedPath),
/* harmony export */   rr: () => (/* binding */ FileRefusedError),
/* harmony export */   vi: () => (/* binding */ fileLimits),
/* harmony export */   vp: () => (/* binding */ readSpecPath)
/* harmony export */ });
/* unused harmony exports quotePath, formatBytes, directoryLimits */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Files the spec names (config files, secret files, raw manifests, a kubeconfig) come from the repository, and on a
 * pull request the repository is the author's: every such read goes through here so that a spec can never pull
 * `/etc/passwd`, `/proc/self/environ` (the runner's whole environment) or a FIFO that blocks forever into a
 * ConfigMap, a Secret or a plan diff.
 *
 * A path is read only if, after resolving it against the spec file's directory and following every symlink, it is a
 * regular file inside the repository root and under its size cap.
 */
/**
 * Caps, chosen against what these files hold:
 * - config and secret files end up in one ConfigMap/Secret, and the API server refuses objects over 1 MiB anyway;
 * - a raw-manifest file may hold many objects (a CRD bundle is a few hundred KiB; the largest common ones, e.g.
 *   cert-manager or Prometheus operator bundles, stay under 4 MiB);
 * - a total per run keeps a spec naming the same big file under many names from holding hundreds of MiB.
 */
const fileLimits = {
    dataFileBytes: 1024 * 1024,
    manifestFileBytes: 4 * 1024 * 1024,
    totalBytes: 16 * 1024 * 1024,
};
function newReadBudget(bytes = fileLimits.totalBytes) {
    return { remaining: bytes };
}
/**
 * A path the spec names was refused; the message names the path as written and says why (no position: the caller adds
 * it).
 */
class FileRefusedError extends Error {
    written;
    missing;
    constructor(written, message, 
    /** True for "does not exist", so a caller may treat it differently from a refusal. */
    missing = false) {
        super(message);
        this.written = written;
        this.missing = missing;
        this.name = 'FileRefusedError';
    }
}
/** Pseudo file systems that are never a repository file, even if a workspace were mounted above them. */
const systemRoots = ['/proc', '/sys', '/dev'];
/**
 * The repository root for a spec file. GITHUB_WORKSPACE wins when the spec is inside it (the checkout on a runner);
 * otherwise the nearest directory holding `.git` (a directory, or a file in a worktree); otherwise the spec's own
 * directory, so a spec outside any repository can read only its siblings and their subdirectories.
 */
async function repositoryConfinement(specFile, workspace) {
    const baseDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(specFile)));
    if (workspace) {
        const realWorkspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(workspace)).catch(() => undefined);
        if (realWorkspace && isInside(realWorkspace, baseDir))
            return { root: realWorkspace, baseDir };
    }
    for (let dir = baseDir;; dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir)) {
        if (await exists(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, '.git')))
            return { root: dir, baseDir };
        if (node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dir) === dir)
            break;
    }
    return { root: baseDir, baseDir };
}
/** True when `candidate` is `root` or below it (both absolute, normalised). */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)}`) && relative !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(relative));
}
/** A path as the user wrote it, safe to show: control characters and quotes escaped. */
function quotePath(written) {
    return JSON.stringify(written);
}
/** The checks every written path passes before it is looked up: not empty, no NUL, no system path, inside the root. */
function checkedAbsolute(confinement, written, noun) {
    if (written.length === 0)
        throw new FileRefusedError(written, `the ${noun} path is empty`);
    if (written.includes('\0'))
        throw new FileRefusedError(written, `${noun} ${quotePath(written)}: the path contains a NUL byte`);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(confinement.baseDir, written);
    refuseSystemPath(written, absolute);
    if (!isInside(confinement.root, absolute))
        throw outside(written, confinement);
    return absolute;
}
/**
 * Resolves a spec path and proves it may be read: inside the root after following symlinks, not under /proc, /sys
 * or /dev, a regular file. Returns the real path. Does not read; readConfinedFile re-checks on the opened file.
 */
async function resolveConfinedPath(confinement, written) {
    const shown = quotePath(written);
    const absolute = checkedAbsolute(confinement, written, 'file');
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new FileRefusedError(written, `file ${shown} does not exist (paths resolve relative to the spec file's directory ${confinement.baseDir})`, true);
        }
        throw new FileRefusedError(written, `file ${shown} cannot be read: ${code ?? String(error)}`);
    }
    refuseSystemPath(written, real);
    if (!isInside(confinement.root, real))
        throw outside(written, confinement, real);
    const kind = fileKind(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(real));
    if (kind !== 'file')
        throw new FileRefusedError(written, `file ${shown} is ${kind}, not a regular file`);
    return real;
}
/**
 * Reads a spec-named file within its cap and the run's budget. The file is opened without following a final
 * symlink and without blocking (a FIFO swapped in after the check cannot hang the run), and the checks are repeated
 * on the opened descriptor, so what is read is the file that was checked.
 */
async function readConfinedFile(confinement, written, options) {
    const real = await resolveConfinedPath(confinement, written);
    const shown = quotePath(written);
    const checked = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(real);
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY ?? 0));
    }
    catch (error) {
        throw new FileRefusedError(written, `file ${shown} cannot be opened: ${error.code ?? String(error)}`);
    }
    try {
        const opened = await handle.stat();
        if (fileKind(opened) !== 'file' || opened.ino !== checked.ino || opened.dev !== checked.dev) {
            throw new FileRefusedError(written, `file ${shown} changed while it was being read; refusing it`);
        }
        const cap = Math.min(options.maxBytes, options.budget?.remaining ?? Number.POSITIVE_INFINITY);
        if (opened.size > cap)
            throw tooLarge(written, options, cap, opened.size);
        // Read at most cap + 1 bytes: a file that grows after fstat is caught without reading all of it.
        const buffer = Buffer.alloc(Math.min(opened.size, cap) + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > cap)
            throw tooLarge(written, options, cap);
        if (options.budget)
            options.budget.remaining -= length;
        return { realPath: real, content: buffer.subarray(0, length) };
    }
    finally {
        await handle.close();
    }
}
/** `size` is the size fstat reported; without it the file grew past the cap while being read. */
function tooLarge(written, options, cap, size) {
    if (cap < options.maxBytes) {
        return new FileRefusedError(written, `file ${quotePath(written)} does not fit: the files a spec names may add up to ${formatBytes(fileLimits.totalBytes)} per run`);
    }
    const measured = size === undefined ? 'grew past the cap while it was being read' : `is ${size} bytes`;
    return new FileRefusedError(written, `file ${quotePath(written)} ${measured}; files of this kind are capped at ${formatBytes(options.maxBytes)}`);
}
function refuseSystemPath(written, absolute) {
    const system = systemRoots.find((root) => absolute === root || absolute.startsWith(`${root}/`));
    if (system)
        throw new FileRefusedError(written, `file ${quotePath(written)} is under ${system}, which is never read`);
}
function outside(written, confinement, real) {
    const via = real ? ` (it resolves to ${real} through a symlink)` : '';
    return new FileRefusedError(written, `file ${quotePath(written)} is outside the repository ${confinement.root}${via}; paths resolve relative to the spec file and must stay inside the repository`);
}
function fileKind(stats) {
    if (stats.isFile())
        return 'file';
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSymbolicLink())
        return 'a symlink';
    return 'not a file';
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
async function exists(file) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then(() => true, () => false);
}
/** The spec-read helper for providers: confined, capped, refusals prefixed with the spec position of the field. */
async function readSpecPath(paths, field, written, maxBytes = fileLimits.dataFileBytes) {
    try {
        return await readConfinedFile(paths, written, { maxBytes });
    }
    catch (error) {
        if (error instanceof FileRefusedError && paths.at[field])
            error.message = `${paths.at[field]}: ${error.message}`;
        throw error;
    }
}
/** Caps for a directory the spec names (a Helm chart, a kustomization), copied whole before a tool reads it. */
const directoryLimits = { maxFiles: 2000, maxDepth: 16 };
/**
 * Copies a spec-named directory (a chart, a kustomization) into `destination` through the same checks as every spec
 * file: each file is read with readConfinedFile (inside the repository after following symlinks, regular, capped,
 * counted against the run's budget), symlinked directories are refused, and the file count and depth are capped.
 * The tool that renders it (helm, kustomize) then sees only the copy, so a symlink swapped in after the check or one
 * pointing out of the repository can never reach it.
 */
async function copyConfinedDirectory(confinement, written, destination, options) {
    const shown = quotePath(written);
    const absolute = checkedAbsolute(confinement, written, 'directory');
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(absolute);
    }
    catch (error) {
        const code = error.code;
        throw new FileRefusedError(written, code === 'ENOENT' || code === 'ENOTDIR'
            ? `directory ${shown} does not exist (paths resolve relative to the spec file's directory ${confinement.baseDir})`
            : `directory ${shown} cannot be read: ${code ?? String(error)}`, code === 'ENOENT' || code === 'ENOTDIR');
    }
    refuseSystemPath(written, real);
    if (!isInside(confinement.root, real))
        throw outside(written, confinement, real);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(real)).isDirectory())
        throw new FileRefusedError(written, `${shown} is not a directory`);
    let files = 0;
    const walk = async (relative, depth) => {
        if (depth > directoryLimits.maxDepth)
            throw new FileRefusedError(written, `directory ${shown} nests deeper than ${directoryLimits.maxDepth} levels`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(destination, relative), { recursive: true });
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(real, relative), { withFileTypes: true });
        for (const entry of entries) {
            const child = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(relative, entry.name);
            if (entry.isDirectory()) {
                await walk(child, depth + 1);
                continue;
            }
            if (++files > directoryLimits.maxFiles)
                throw new FileRefusedError(written, `directory ${shown} holds more than ${directoryLimits.maxFiles} files`);
            if (entry.isSymbolicLink() && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(real, child)).catch(() => undefined))?.isDirectory())
                throw new FileRefusedError(written, `${quotePath(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(written, child))} is a symlinked directory; refusing it`);
            // Relative to the spec's directory so readConfinedFile's messages name the path as the user would write it.
            const { content } = await readConfinedFile(confinement, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(confinement.baseDir, real), child), {
                maxBytes: options.maxFileBytes,
                budget: options.budget,
            });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(destination, child), content, { mode: 0o600 });
        }
    };
    await walk('', 0);
}


/***/ }),

/***/ 88550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ partOfLabel)
/* harmony export */ });
/** app.kubernetes.io/part-of: the app every rendered object belongs to; the preview sweep selects namespaces by it. */
const partOfLabel = 'app.kubernetes.io/part-of';


/***/ }),

/***/ 11239:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ statusLine),
/* harmony export */   h: () => (/* binding */ bodyLine)
/* harmony export */ });
// What a person reads of a Kubernetes API error: one line naming the object, the field and the cause. The API
// server's Status message for a validation error embeds the whole rejected value (an immutable Job template is a
// ~5 KB Go struct dump); cutting it at N characters keeps the dump and loses the cause, which comes last.
/** Longest line we show; a cause is short, only dumped values make a message long. */
const maxLineChars = 300;
/** A rejected value up to this long is kept (`["10.96.0.1"]` tells something); a longer one is left out. */
const maxValueChars = 60;
/** Causes listed before "(+N more)". */
const maxCauses = 3;
/**
 * The one-line cause of a Status: `Job.batch "migrate" is invalid: spec.template: field is immutable`. Built from
 * details.causes (field + message without the dumped value) when the server sent them, else from the message.
 */
function statusLine(status, fallback = 'unknown API error') {
    const causes = (status.details?.causes ?? []).filter((cause) => cause.message || cause.field);
    const message = status.message ?? '';
    if (causes.length === 0)
        return capLine(withoutDumpedValue(firstLine(message)) || fallback);
    // `Job.batch "migrate" is invalid: <causes>`: keep the subject, rebuild the rest from the causes.
    const subject = /^(.*? is (?:invalid|forbidden)): /.exec(message)?.[1];
    const listed = causes.slice(0, maxCauses).map((cause) => {
        const text = withoutDumpedValue(firstLine(cause.message ?? ''));
        return cause.field ? `${cause.field}: ${text}` : text;
    });
    const more = causes.length > maxCauses ? ` (+${causes.length - maxCauses} more)` : '';
    return capLine(`${subject ? `${subject}: ` : ''}${listed.join('; ')}${more}`);
}
/** The one-line form of any error text a server or proxy sent (HTML, plain text, JSON that is not a Status). */
function bodyLine(text, fallback) {
    const plain = text.replace(/<[^>]*>/g, ' ');
    const line = plain
        .split('\n')
        .map((part) => part.trim())
        .find((part) => part.length > 0);
    return line ? capLine(line) : fallback;
}
/**
 * `Invalid value: <value>: <cause>` → the cause alone when the value is long (the server prints the whole value;
 * its own syntax is not ours to parse, but the cause is always after the last `: `).
 */
function withoutDumpedValue(text) {
    return text.replace(/Invalid value: (.*): ([^:]+)$/s, (whole, value, cause) => value.length <= maxValueChars ? whole : cause.trim());
}
function firstLine(text) {
    return text.split('\n')[0]?.trim() ?? '';
}
/** Cut by code points, never inside a surrogate pair. */
function capLine(text) {
    const points = Array.from(text);
    return points.length <= maxLineChars ? text : `${points.slice(0, maxLineChars - 1).join('')}…`;
}


/***/ }),

/***/ 33035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ unknownValuesAnnotation),
/* harmony export */   o: () => (/* binding */ unknownChecksum)
/* harmony export */ });
/**
 * Marks on rendered objects for values a plan cannot know (a secret whose env var is unset where `plan` runs). The
 * renderer sets them; src/plan/unknown-values.ts resolves them against the live objects. Deploy never renders them:
 * it refuses a missing secret value.
 */
const unknownValuesAnnotation = 'k8deployer.io/unknown-values';
const unknownChecksum = 'unknown';


/***/ }),

/***/ 69127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ prepareRun)
});

// UNUSED EXPORTS: missingSecretsFor

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/spec/rules.ts + 5 modules
var rules = __webpack_require__(31123);
// EXTERNAL MODULE: ./src/spec/yaml-source.ts
var yaml_source = __webpack_require__(58780);
;// CONCATENATED MODULE: ./src/images/docker-config.ts
// Pure: a docker-config secret's value may be the .dockerconfigjson document or its base64 (as Kubernetes stores it).
/** The JSON document, decoding base64 when the value is not JSON already; other text is returned as is. */
function decodeMaybeBase64Json(value) {
    if (value.trim().startsWith('{'))
        return value;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.trim().startsWith('{') ? decoded : value;
}

;// CONCATENATED MODULE: ./src/images/reference.ts
// Pure: container image references as Docker and containerd read them (the distribution/reference grammar):
// `[registry[:port]/]path[:tag][@digest]`, with Docker Hub's defaults filled in.
const dockerHub = 'docker.io';
/** Docker Hub's API lives on another host than its name. */
const dockerHubApi = 'registry-1.docker.io';
const maxReferenceLength = 512;
const maxNameLength = 255;
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const sha256Pattern = /^sha256:[a-f0-9]{64}$/;
const hostPattern = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]{1,5})?$/;
/** Parses an image reference; a string says what is wrong with it. */
function parseImageReference(text) {
    if (text.length === 0)
        return 'the image reference is empty';
    if (text.length > maxReferenceLength)
        return `the image reference is longer than ${maxReferenceLength} characters`;
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!digestPattern.test(digest))
            return `'${digest}' is not a digest (algorithm:hex, e.g. sha256:…)`;
    }
    let tag;
    const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
    if (colon >= 0) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!tagPattern.test(tag))
            return `'${tag}' is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`;
    }
    const name = rest;
    if (name.length > maxNameLength)
        return `the image name is longer than ${maxNameLength} characters`;
    const slash = name.indexOf('/');
    const first = slash < 0 ? '' : name.slice(0, slash);
    // Docker's rule: the first component is a registry host when it has a dot or a port, or is localhost.
    const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = hasHost ? first : dockerHub;
    let repository = hasHost ? name.slice(slash + 1) : name;
    if (hasHost && !hostPattern.test(registry))
        return `'${registry}' is not a registry host[:port]`;
    if (registry === 'index.docker.io')
        registry = dockerHub;
    if (registry === dockerHub && !repository.includes('/'))
        repository = `library/${repository}`;
    for (const component of repository.split('/')) {
        if (!pathComponent.test(component))
            return `'${component}' in '${name}' is not a valid repository name component (lowercase letters, digits and . _ - separators)`;
    }
    const reference = { registry, repository, tag: tag ?? 'latest', name };
    if (digest !== undefined)
        reference.digest = digest;
    return reference;
}
/** `name@digest`: what a pinned container runs (the tag is dropped: the digest alone decides what is pulled). */
function pinnedReference(reference, digest) {
    return `${reference.name}@${digest}`;
}
/** The host the registry's HTTP API answers on. */
function apiHost(registry) {
    return registry === dockerHub ? dockerHubApi : registry;
}
/**
 * Loopback registries are spoken to over plain HTTP, as Docker and containerd do by default (127.0.0.0/8 and
 * localhost are their built-in insecure registries); everything else over HTTPS.
 */
function registryBaseUrl(registry) {
    return `${isLoopbackHost(registry) ? 'http' : 'https'}://${apiHost(registry)}`;
}
function isLoopbackHost(hostWithPort) {
    const host = hostWithPort.startsWith('[')
        ? hostWithPort.slice(1, hostWithPort.indexOf(']'))
        : hostWithPort.replace(/:[0-9]+$/, '');
    return host === 'localhost' || host === '::1' || /^127\.[0-9]+\.[0-9]+\.[0-9]+$/.test(host);
}
function isSha256Digest(text) {
    return sha256Pattern.test(text);
}
/**
 * The registry a docker-config `auths` key stands for: keys may be URLs (`https://index.docker.io/v1/`) or hosts.
 */
function authsKeyRegistry(key) {
    let host = key.trim().replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, '');
    const slash = host.indexOf('/');
    if (slash >= 0)
        host = host.slice(0, slash);
    host = host.toLowerCase();
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? dockerHub : host;
}

;// CONCATENATED MODULE: ./src/images/credentials.ts
// Pure: registry credentials from the spec's docker-config secrets, whose values come from the environment at deploy
// time (the same values the pods' imagePullSecrets get). The values never leave this module except in Authorization
// headers; messages name only the secret and the variable (`source`).


/** A docker config larger than this is not a pull secret; it is refused rather than parsed. */
const maxDockerConfigBytes = 256 * 1024;
/**
 * The credential for `registry` from the named secrets, first match in order. `secretNames` are the component's
 * imagePullSecrets, or every docker-config secret of the spec when it names none (as the pods get them).
 */
function credentialFor(registry, secretNames, secrets, env) {
    const notes = [];
    const wanted = registry.toLowerCase();
    for (const name of secretNames) {
        const secret = secrets.find((candidate) => candidate.name === name);
        if (!secret) {
            notes.push(`secret '${name}' is not declared in the spec, so its credentials cannot be read at deploy time`);
            continue;
        }
        if ((secret.type ?? 'opaque') !== 'docker-config')
            continue;
        if (secret.external) {
            notes.push(`secret '${name}' comes from a secret store (external), so its credentials cannot be read at deploy time`);
            continue;
        }
        if (secret.dockerConfigEnv) {
            const source = `secret '${name}' (env ${secret.dockerConfigEnv})`;
            const value = env[secret.dockerConfigEnv];
            if (value === undefined || value === '') {
                notes.push(`${source} is not set`);
                continue;
            }
            const found = fromDockerConfig(value, wanted, source);
            if (typeof found === 'string')
                notes.push(found);
            else if (found)
                return { credential: found, notes };
            continue;
        }
        if (secret.registry !== undefined && authsKeyRegistry(secret.registry) === wanted) {
            const source = `secret '${name}' (env ${secret.usernameEnv ?? '?'}, ${secret.passwordEnv ?? '?'})`;
            const username = secret.usernameEnv ? env[secret.usernameEnv] : undefined;
            const password = secret.passwordEnv ? env[secret.passwordEnv] : undefined;
            if (!username || !password) {
                notes.push(`${source} is not set`);
                continue;
            }
            return { credential: { username, password, source }, notes };
        }
    }
    return { notes };
}
/** The `auths` entry for `registry` of one .dockerconfigjson document; a string says why it cannot be used. */
function fromDockerConfig(value, registry, source) {
    if (value.length > maxDockerConfigBytes)
        return `${source} is larger than ${maxDockerConfigBytes} bytes`;
    let config;
    try {
        config = JSON.parse(decodeMaybeBase64Json(value));
    }
    catch {
        return `${source} is not a JSON docker config`;
    }
    const auths = config?.auths;
    if (auths === null || typeof auths !== 'object')
        return `${source} has no auths`;
    for (const [key, entry] of Object.entries(auths)) {
        if (authsKeyRegistry(key) !== registry || entry === null || typeof entry !== 'object')
            continue;
        const fields = entry;
        if (typeof fields.username === 'string' && typeof fields.password === 'string' && fields.username !== '')
            return { username: fields.username, password: fields.password, source };
        if (typeof fields.auth === 'string') {
            const decoded = Buffer.from(fields.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
            return `${source}: the auths entry for ${registry} has an auth field that is not base64 user:password`;
        }
        return `${source}: the auths entry for ${registry} has neither auth nor username and password`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/images/pin.ts

/** The component's own `images.pin` wins over the spec's; the default deploys tags as written. */
function pinMode(component, spec) {
    return component.images?.pin ?? spec.images?.pin ?? 'tag';
}
/** The images a component's pod runs, as written, with their field: main, then init containers and sidecars. */
function containerImages(component) {
    const images = [];
    if (component.image)
        images.push({ image: component.image, field: 'image' });
    for (const list of ['initContainers', 'sidecars'])
        component[list]?.forEach((container, index) => {
            if (container.image)
                images.push({ image: container.image, field: `${list}/${index}/image` });
        });
    return images;
}
/**
 * What a container runs: `name@sha256:…` for a resolved tag, else the image as written (tag pinning, references that
 * already name a digest, and offline `render`, which resolves nothing: `pinned` is undefined there).
 */
function deployedImage(image, mode, pinned) {
    if (mode !== 'digest' || pinned === undefined)
        return image;
    const digest = pinned.get(image);
    if (digest === undefined)
        return image;
    const reference = parseImageReference(image);
    return typeof reference === 'string' ? image : pinnedReference(reference, digest);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/images/challenge.ts
// Pure: the WWW-Authenticate challenge of a registry (RFC 9110 §11.6.1 syntax; the Docker registry token
// authentication spec puts realm, service and scope in a Bearer challenge).
const maxHeaderLength = 8192;
const token = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
/** Unquoted values: RFC tokens, and, leniently, anything up to a comma or space (some servers send bare URLs). */
const bareValue = /[^\s,"]+/y;
/** Every challenge of one WWW-Authenticate header value; malformed tails are dropped, never thrown on. */
function parseChallenges(header) {
    const text = header.slice(0, maxHeaderLength);
    const challenges = [];
    let index = 0;
    const skipSpace = () => {
        while (index < text.length && (text[index] === ' ' || text[index] === '\t'))
            index++;
    };
    const readToken = (pattern = token) => {
        pattern.lastIndex = index;
        const match = pattern.exec(text);
        if (!match)
            return undefined;
        index += match[0].length;
        return match[0];
    };
    const readQuoted = () => {
        if (text[index] !== '"')
            return undefined;
        index++;
        let value = '';
        while (index < text.length && text[index] !== '"') {
            if (text[index] === '\\' && index + 1 < text.length)
                index++;
            value += text[index];
            index++;
        }
        if (text[index] !== '"')
            return undefined;
        index++;
        return value;
    };
    while (index < text.length) {
        skipSpace();
        while (text[index] === ',') {
            index++;
            skipSpace();
        }
        const scheme = readToken();
        if (!scheme)
            break;
        const challenge = { scheme: scheme.toLowerCase(), params: {} };
        challenges.push(challenge);
        // Parameters until the next `token SP` that starts a new challenge.
        for (;;) {
            skipSpace();
            const start = index;
            const name = readToken();
            if (!name)
                break;
            skipSpace();
            if (text[index] !== '=') {
                // A new challenge's scheme (or a token68, which registries do not use).
                index = start;
                break;
            }
            index++;
            skipSpace();
            const value = text[index] === '"' ? readQuoted() : readToken(bareValue);
            if (value === undefined)
                return challenges;
            challenge.params[name.toLowerCase()] = value;
            skipSpace();
            if (text[index] === ',')
                index++;
        }
    }
    return challenges;
}

;// CONCATENATED MODULE: ./src/images/registry-client.ts
// I/O: asks an OCI distribution registry which digest a tag names (`HEAD /v2/<name>/manifests/<tag>`), following
// its WWW-Authenticate challenge: Bearer (the Docker registry token authentication spec: GET realm?service&scope,
// anonymously or with Basic credentials) or Basic. Bounded: every request has a timeout, bodies are read up to a cap.



/** Every manifest type a tag may name: single-platform images and multi-platform indexes, OCI and Docker. */
const manifestAccept = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const defaultTimeoutMs = 15_000;
const maxTokenBytes = 64 * 1024;
const maxManifestBytes = 4 * 1024 * 1024;
/** The digest `reference`'s tag names now. Never throws for registry answers; the result says what went wrong. */
async function resolveTagDigest(reference, credential, options = {}) {
    const http = options.fetch ?? fetch;
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    const url = `${registryBaseUrl(reference.registry)}/v2/${reference.repository}/manifests/${encodeURIComponent(reference.tag)}`;
    const request = (method, authorization) => http(url, {
        method,
        headers: { Accept: manifestAccept, ...(authorization ? { Authorization: authorization } : {}) },
        signal: AbortSignal.timeout(timeoutMs),
    });
    try {
        let authorization;
        let response = await request('HEAD');
        if (response.status === 401) {
            const challenge = pickChallenge(response.headers.get('www-authenticate') ?? '');
            if (!challenge)
                return unauthorized(reference, credential, 'it sent no Bearer or Basic challenge');
            if (challenge.scheme === 'basic') {
                if (!credential)
                    return unauthorized(reference, credential, 'it wants Basic credentials');
                if (!secureEnough(url))
                    return unauthorized(reference, credential, 'credentials are not sent over plain HTTP');
                authorization = basic(credential);
            }
            else {
                const token = await bearerToken(http, challenge.params, reference, credential, timeoutMs);
                if (typeof token !== 'string')
                    return token;
                authorization = `Bearer ${token}`;
            }
            response = await request('HEAD', authorization);
        }
        if (response.status === 401 || response.status === 403)
            return unauthorized(reference, credential, `HTTP ${response.status}`);
        if (response.status === 404)
            return {
                ok: false,
                reason: 'not-found',
                message: `manifest unknown: the registry has no tag '${reference.tag}' in ${reference.repository}`,
            };
        if (!response.ok)
            return failed(`HEAD ${reference.repository}:${reference.tag} answered HTTP ${response.status}`);
        const digest = response.headers.get('docker-content-digest');
        if (digest && isSha256Digest(digest))
            return { ok: true, digest };
        // Some registries omit the header on HEAD: the digest of the manifest's bytes is the same thing.
        const full = await request('GET', authorization);
        if (!full.ok)
            return failed(`GET ${reference.repository}:${reference.tag} answered HTTP ${full.status}`);
        const body = await readCapped(full, maxManifestBytes);
        if (body === undefined)
            return failed(`the manifest is larger than ${maxManifestBytes} bytes`);
        return { ok: true, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}` };
    }
    catch (error) {
        return failed(describeFetchError(error, timeoutMs));
    }
}
function pickChallenge(header) {
    const challenges = parseChallenges(header);
    return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}
/** The token endpoint's answer (`token` or `access_token`), asked for with the challenge's service and scope. */
async function bearerToken(http, params, reference, credential, timeoutMs) {
    const realm = params.realm;
    let url;
    try {
        url = new URL(realm ?? '');
    }
    catch {
        return failed(`its Bearer challenge has no usable realm`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return failed('its Bearer realm is not an HTTP(S) URL');
    if (params.service)
        url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope ?? `repository:${reference.repository}:pull`);
    const headers = { Accept: 'application/json' };
    if (credential) {
        if (!secureEnough(url.href))
            return unauthorized(reference, credential, 'its token realm is plain HTTP, where credentials are not sent');
        headers.Authorization = basic(credential);
    }
    const response = await http(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    if (response.status === 401 || response.status === 403)
        return unauthorized(reference, credential, `its token endpoint answered HTTP ${response.status}`);
    if (!response.ok)
        return failed(`its token endpoint answered HTTP ${response.status}`);
    const body = await readCapped(response, maxTokenBytes);
    if (body === undefined)
        return failed(`its token answer is larger than ${maxTokenBytes} bytes`);
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        return failed('its token endpoint did not answer JSON');
    }
    const fields = (parsed ?? {});
    const token = typeof fields.token === 'string' ? fields.token : fields.access_token;
    if (typeof token !== 'string' || token === '' || /[\r\n]/.test(token))
        return failed('its token endpoint answered no token');
    return token;
}
/** Credentials go over HTTPS only; loopback (a registry on this machine) is the one exception. */
function secureEnough(url) {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || isLoopbackHost(parsed.host);
}
function basic(credential) {
    return `Basic ${Buffer.from(`${credential.username}:${credential.password}`).toString('base64')}`;
}
function unauthorized(reference, credential, detail) {
    const tried = credential ? `with the credentials of ${credential.source}` : 'anonymously';
    return {
        ok: false,
        reason: 'unauthorized',
        message: `unauthorized for ${reference.repository} (${detail}); tried ${tried}`,
    };
}
function failed(message) {
    return { ok: false, reason: 'failed', message };
}
/** The body up to `max` bytes; undefined when it is longer (the rest is not read). */
async function readCapped(response, max) {
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const chunk = await reader.read();
        if (chunk.done)
            break;
        size += chunk.value.byteLength;
        if (size > max) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(chunk.value);
    }
    return Buffer.concat(chunks);
}
function describeFetchError(error, timeoutMs) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
        return `no answer within ${timeoutMs / 1000} s`;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    return `could not reach it: ${cause ?? (error instanceof Error ? error.message : String(error))}`;
}
const registryLimits = { maxTokenBytes, maxManifestBytes, defaultTimeoutMs };

;// CONCATENATED MODULE: ./src/images/resolve.ts
// I/O at the edge, before rendering (which stays pure): for every component with `images.pin: digest`, the digest
// each of its images' tags names now. One registry request chain per distinct image per run.







/** Kinds whose pods k8deployer renders itself; charts, kustomizations and manifests carry their own images. */
const podKinds = new Set(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);
/** One or more images could not be resolved: names each component, image and registry, and what to check. */
class ImageResolveError extends errors/* K8deployerError */.QX {
}
const parallelism = 4;
/**
 * Resolves every image to pin. Bad references are positioned spec errors (exit 2); registry failures are one
 * ImageResolveError listing every failed image with its component and registry.
 */
async function resolvePinnedImages(spec, env, options = {}) {
    const wanted = new Map();
    const problems = [];
    for (const target of spec.targets) {
        const dockerSecrets = (target.spec.secrets ?? []).filter((s) => s.type === 'docker-config').map((s) => s.name);
        for (const component of target.spec.components) {
            if (!podKinds.has((0,rules/* componentKind */.g)(component)) || pinMode(component, target.spec) !== 'digest')
                continue;
            const pointer = target.componentPointers.get(component.name) ?? '/components';
            for (const { image, field } of containerImages(component)) {
                if (wanted.has(image))
                    continue;
                const reference = parseImageReference(image);
                if (typeof reference === 'string') {
                    problems.push((0,yaml_source/* problemAt */.l4)(spec.document, `${pointer}/${field}`, `image '${image}': ${reference}`));
                    continue;
                }
                if (reference.digest !== undefined)
                    continue;
                wanted.set(image, {
                    image,
                    reference,
                    component: component.name,
                    secretNames: component.imagePullSecrets ?? target.spec.defaults?.imagePullSecrets ?? dockerSecrets,
                    secrets: target.spec.secrets,
                });
            }
        }
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(problems);
    const pinned = new Map();
    const failures = [];
    const queue = [...wanted.values()];
    const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            const lookup = options.anonymousOnly
                ? { notes: [options.anonymousOnly] }
                : credentialFor(next.reference.registry, next.secretNames, next.secrets ?? [], env);
            const result = await resolveTagDigest(next.reference, lookup.credential, options);
            if (result.ok) {
                pinned.set(next.image, result.digest);
                continue;
            }
            const notes = lookup.credential ? [] : lookup.notes;
            const hint = result.reason === 'not-found'
                ? 'push the tag, or fix the image name or tag in the spec'
                : result.reason === 'unauthorized'
                    ? `add a docker-config secret with an auths entry for ${next.reference.registry} (the component's imagePullSecrets, or any docker-config secret of the spec), with its value in the environment${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`
                    : 'check that the registry is up and reachable from here';
            failures.push(`component '${next.component}': image '${next.image}' on registry ${next.reference.registry}: ${result.message}. Hint: ${hint}`);
        }
    };
    await Promise.all(Array.from({ length: Math.min(parallelism, queue.length) }, worker));
    if (failures.length > 0) {
        failures.sort();
        throw new ImageResolveError(`images.pin: digest: could not resolve ${failures.length} image${failures.length === 1 ? '' : 's'}:\n  ${failures.join('\n  ')}`);
    }
    return pinned;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files/confined.ts
var confined = __webpack_require__(73051);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/packaging/tools.ts



/**
 * Finding and running the renderers of packaged components (helm, kustomize). They run with a scrubbed environment:
 * no KUBECONFIG or cloud credentials (`helm template` and `kustomize build` need no cluster), and helm's config,
 * cache and plugin homes in a fresh temporary directory, so nothing from the runner's or the repository's helm
 * setup (plugins, post-renderers, repository credentials) takes part.
 */
/** The first executable named `name` on PATH, or undefined. */
async function findOnPath(name, pathVariable) {
    for (const dir of (pathVariable ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, name);
        try {
            await (0,promises_.access)(candidate, promises_.constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/** What a renderer's output may be: the API server refuses far smaller objects, and a chart is rarely over 1 MiB. */
const maxRenderedBytes = 32 * 1024 * 1024;
const renderTimeoutMs = 120_000;
function runTool(binary, args, options) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(binary, args, {
            env: options.env,
            cwd: options.cwd,
            timeout: renderTimeoutMs,
            maxBuffer: maxRenderedBytes,
            encoding: 'utf8',
            windowsHide: true,
        }, (error, stdout, stderr) => {
            if (!error)
                return resolve({ ok: true, stdout, message: '' });
            const killed = error.killed;
            const tooLarge = error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER';
            const message = tooLarge
                ? `its output is over ${maxRenderedBytes / 1024 / 1024} MiB`
                : killed
                    ? `it did not finish within ${renderTimeoutMs / 1000} s`
                    : toolMessage(stderr) || error.message;
            resolve({ ok: false, stdout: '', message });
        });
    });
}
/** The tail of a tool's stderr as one line: it is repository-derived text, so no control characters, bounded. */
function toolMessage(stderr) {
    const lines = stderr
        .split('\n')
        .map((line) => line.replace(/\p{Cc}/gu, ' ').trim())
        .filter(Boolean);
    return lines.slice(-5).join(' / ').slice(0, 2000);
}

;// CONCATENATED MODULE: ./src/packaging/index.ts








/** Key of a packaged component's text: per cluster target, since variables and namespaces differ per cluster. */
function packagedKey(target, component) {
    return `${target}\u0000${component}`;
}
const helmInstall = 'helm is on GitHub-hosted runners; elsewhere install it (https://helm.sh/docs/intro/install/, e.g. the azure/setup-helm action) so that `helm` is on PATH';
const kustomizeInstall = 'install kustomize (https://kubectl.docs.kubernetes.io/installation/kustomize/) or kubectl (it has `kubectl kustomize`) so that one of them is on PATH';
/**
 * Renders every `kind: helm` and `kind: kustomize` component of every target with its tool, once per distinct input.
 * I/O at the edge: the renderer (src/render) stays pure and gets the text. Problems are positioned at the component.
 */
async function renderPackages(spec, env) {
    const packaged = new Map();
    const problems = [];
    const budget = (0,confined/* newReadBudget */.GU)();
    const memo = new Map();
    const tools = new Map();
    const tool = (name) => {
        if (!tools.has(name))
            tools.set(name, findOnPath(name, env.PATH));
        return tools.get(name);
    };
    for (const target of spec.targets) {
        for (const component of target.spec.components) {
            const kind = (0,rules/* componentKind */.g)(component);
            if (kind !== 'helm' && kind !== 'kustomize')
                continue;
            const pointer = target.componentPointers.get(component.name) ?? '/components';
            const field = `${pointer}/${kind}`;
            const input = JSON.stringify([kind, component.name, target.namespace, component.helm, component.kustomize]);
            if (!memo.has(input)) {
                const render = kind === 'helm' ? renderHelm : renderKustomize;
                memo.set(input, render({ spec, component, namespace: target.namespace, env, budget, tool }).catch((error) => {
                    if (error instanceof confined/* FileRefusedError */.rr)
                        return error.message;
                    throw error;
                }));
            }
            const result = await memo.get(input);
            if (typeof result === 'string')
                problems.push((0,yaml_source/* problemAt */.l4)(spec.document, field, result));
            else
                packaged.set(packagedKey(target.name, component.name), result);
        }
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(dedupe(problems));
    return packaged;
}
/** A chart reference that names something outside the repository (helm fetches it); else a directory in it. */
function remoteChart(chart, repo) {
    return repo !== undefined || chart.startsWith('oci://');
}
async function renderHelm(input) {
    const helm = input.component.helm;
    if (!helm)
        return 'kind: helm needs helm.chart';
    const binary = await input.tool('helm');
    if (!binary)
        return `component '${input.component.name}' is a Helm chart, but helm is not on PATH: ${helmInstall}`;
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'k8deployer-helm-'));
    try {
        let chart = helm.chart;
        if (!remoteChart(helm.chart, helm.repo)) {
            chart = external_node_path_default().join(work, 'chart');
            await (0,confined/* copyConfinedDirectory */.j_)(input.spec.confinement, helm.chart, chart, {
                maxFileBytes: confined/* fileLimits */.vi.manifestFileBytes,
                budget: input.budget,
            });
        }
        const args = ['template', helm.releaseName ?? input.component.name, chart, '--namespace', input.namespace];
        if (helm.includeCrds !== false)
            args.push('--include-crds');
        if (helm.repo)
            args.push('--repo', helm.repo);
        if (helm.version)
            args.push('--version', helm.version);
        if (helm.kubeVersion)
            args.push('--kube-version', helm.kubeVersion);
        for (const [index, file] of (helm.valuesFiles ?? []).entries()) {
            const { content } = await (0,confined/* readConfinedFile */.p7)(input.spec.confinement, file, {
                maxBytes: confined/* fileLimits */.vi.dataFileBytes,
                budget: input.budget,
            });
            const copy = external_node_path_default().join(work, `values-${index}.yaml`);
            await (0,promises_.writeFile)(copy, content, { mode: 0o600 });
            args.push('--values', copy);
        }
        if (helm.values && Object.keys(helm.values).length > 0) {
            const copy = external_node_path_default().join(work, 'values-spec.json');
            // JSON is YAML: helm reads it as a values file, no YAML writer needed.
            await (0,promises_.writeFile)(copy, JSON.stringify(helm.values), { mode: 0o600 });
            args.push('--values', copy);
        }
        const home = external_node_path_default().join(work, 'home');
        const result = await runTool(binary, args, {
            cwd: work,
            env: {
                PATH: input.env.PATH ?? '',
                HOME: home,
                HELM_CACHE_HOME: external_node_path_default().join(home, 'cache'),
                HELM_CONFIG_HOME: external_node_path_default().join(home, 'config'),
                HELM_DATA_HOME: external_node_path_default().join(home, 'data'),
                // Proxies and a custom CA are how a runner reaches an HTTPS or OCI chart repository at all.
                ...pick(input.env, ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy', 'SSL_CERT_FILE']),
            },
        });
        if (!result.ok)
            return `helm template failed for chart ${JSON.stringify(helm.chart)}: ${result.message}`;
        return { text: result.stdout, renderer: `helm (${binary})` };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
async function renderKustomize(input) {
    const kustomize = input.component.kustomize;
    if (!kustomize)
        return 'kind: kustomize needs kustomize.path';
    const standalone = await input.tool('kustomize');
    const kubectl = standalone ? undefined : await input.tool('kubectl');
    if (!standalone && !kubectl)
        return `component '${input.component.name}' is a kustomization, but neither kustomize nor kubectl is on PATH: ${kustomizeInstall}`;
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'k8deployer-kustomize-'));
    try {
        const dir = external_node_path_default().join(work, 'kustomization');
        await (0,confined/* copyConfinedDirectory */.j_)(input.spec.confinement, kustomize.path, dir, {
            maxFileBytes: confined/* fileLimits */.vi.manifestFileBytes,
            budget: input.budget,
        });
        const [binary, args, renderer] = standalone
            ? [standalone, ['build', dir], `kustomize (${standalone})`]
            : [kubectl, ['kustomize', dir], `kubectl kustomize (${kubectl})`];
        const result = await runTool(binary, args, {
            cwd: work,
            env: { PATH: input.env.PATH ?? '', HOME: external_node_path_default().join(work, 'home') },
        });
        if (!result.ok)
            return `${renderer} failed for ${JSON.stringify(kustomize.path)}: ${result.message}`;
        return { text: result.stdout, renderer };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
function pick(env, names) {
    const picked = {};
    for (const name of names) {
        const value = env[name];
        if (value !== undefined)
            picked[name] = value;
    }
    return picked;
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((problem) => {
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

// EXTERNAL MODULE: ./src/kube/unknown.ts
var kube_unknown = __webpack_require__(33035);
// EXTERNAL MODULE: ./src/render/context.ts
var render_context = __webpack_require__(75611);
;// CONCATENATED MODULE: ./src/render/external-secret.ts

const SECRET_TYPES = {
    opaque: 'Opaque',
    'docker-config': 'kubernetes.io/dockerconfigjson',
    tls: 'kubernetes.io/tls',
};
/**
 * A spec secret whose values live in a secret store: an ExternalSecret (external-secrets.io/v1) of the same name
 * whose target is the Secret the pods reference. The runner never sees a value; the operator writes the Secret and
 * owns it (creationPolicy Owner), so deleting the app deletes the Secret with it.
 */
function renderExternalSecret(context, secret, external) {
    const data = Object.entries(external.keys ?? {}).map(([secretKey, place]) => ({
        secretKey,
        remoteRef: typeof place === 'string' ? { key: place } : place,
    }));
    const dataFrom = (external.extract ?? []).map((key) => ({ extract: { key } }));
    const type = SECRET_TYPES[secret.type ?? 'opaque'];
    const spec = {
        refreshInterval: external.refreshInterval ?? '1h',
        secretStoreRef: { name: external.store, kind: external.storeKind ?? 'SecretStore' },
        target: {
            name: secret.name,
            creationPolicy: 'Owner',
            ...(type === 'Opaque' ? {} : { template: { type } }),
        },
        ...(data.length > 0 ? { data } : {}),
        ...(dataFrom.length > 0 ? { dataFrom } : {}),
    };
    // The pods' checksum follows what the spec says to read: a changed mapping rolls them, a value rotated in the
    // store does not (the runner cannot know it; see docs/packaging.md).
    context.secretChecksums.set(secret.name, (0,render_context/* contentHash */.Ae)(spec, 16));
    return {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
        metadata: (0,render_context/* objectMeta */.ND)(context, secret.name, (0,render_context/* appLabels */.D2)(context)),
        spec,
    };
}

;// CONCATENATED MODULE: ./src/render/config.ts






/** ConfigMaps of one component; each name carries a hash of its data so a change rolls the pods. */
function renderConfigMaps(context, component) {
    const objects = [];
    const mounts = [];
    (component.config ?? []).forEach((config, index) => {
        const data = {};
        for (const file of config.files ?? [])
            data[external_node_path_default().basename(file)] = context.options.files.get(file) ?? '';
        Object.assign(data, config.data);
        const shortName = config.name ?? (index === 0 ? 'config' : `config-${index + 1}`);
        const name = `${component.name}-${shortName}-${(0,render_context/* contentHash */.Ae)(data)}`;
        objects.push({
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: (0,render_context/* objectMeta */.ND)(context, name, (0,render_context/* componentLabels */.D8)(context, component)),
            // Immutable: the hash in the name already gives every content its own object.
            immutable: true,
            data,
        });
        const mount = { configMapName: name, volumeName: shortName, env: config.env === true };
        if (config.mountPath)
            mount.mountPath = config.mountPath;
        mounts.push(mount);
    });
    return { objects, mounts };
}
const secretPlaceholder = 'k8deployer-placeholder';
/** The spec's secrets, with values read from the environment or files at deploy time. */
function renderSecrets(context, secrets) {
    const problems = [];
    const objects = secrets.map((secret, index) => {
        if (secret.external)
            return renderExternalSecret(context, secret, secret.external);
        const pointer = `/secrets/${index}`;
        const unknown = [];
        const fromEnv = (variable, field, key) => {
            const value = context.options.env[variable];
            if (value !== undefined && value !== '')
                return value;
            if (!unknown.some((entry) => entry.key === key))
                unknown.push({ key, env: variable });
            if (context.options.missingSecrets === 'error')
                problems.push(context.options.problemAt(`${pointer}/${field}`, `secret '${secret.name}': environment variable ${variable} is not set`));
            return secretPlaceholder;
        };
        const data = {};
        let type = 'Opaque';
        switch (secret.type ?? 'opaque') {
            case 'opaque':
                for (const [key, variable] of Object.entries(secret.fromEnv ?? {}))
                    data[key] = fromEnv(variable, `fromEnv/${key}`, key);
                for (const [key, file] of Object.entries(secret.fromFile ?? {}))
                    data[key] = context.options.files.get(file) ?? '';
                break;
            case 'docker-config':
                type = 'kubernetes.io/dockerconfigjson';
                data['.dockerconfigjson'] = secret.dockerConfigEnv
                    ? decodeMaybeBase64Json(fromEnv(secret.dockerConfigEnv, 'dockerConfigEnv', '.dockerconfigjson'))
                    : dockerConfig(secret.registry ?? '', fromEnv(secret.usernameEnv ?? '', 'usernameEnv', '.dockerconfigjson'), fromEnv(secret.passwordEnv ?? '', 'passwordEnv', '.dockerconfigjson'));
                break;
            case 'tls':
                type = 'kubernetes.io/tls';
                data['tls.crt'] = secret.certFile
                    ? (context.options.files.get(secret.certFile) ?? '')
                    : fromEnv(secret.certEnv ?? '', 'certEnv', 'tls.crt');
                data['tls.key'] = secret.keyFile
                    ? (context.options.files.get(secret.keyFile) ?? '')
                    : fromEnv(secret.keyEnv ?? '', 'keyEnv', 'tls.key');
                break;
        }
        // A placeholder is not the value: plan takes the live one instead (src/plan/unknown-values.ts).
        context.secretChecksums.set(secret.name, unknown.length > 0 ? kube_unknown/* unknownChecksum */.o : (0,render_context/* contentHash */.Ae)(data, 16));
        const encoded = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, Buffer.from(value).toString('base64')]));
        const metadata = (0,render_context/* objectMeta */.ND)(context, secret.name, (0,render_context/* appLabels */.D2)(context));
        if (unknown.length > 0)
            metadata.annotations = { ...metadata.annotations, [kube_unknown/* unknownValuesAnnotation */.X]: JSON.stringify(unknown) };
        return { apiVersion: 'v1', kind: 'Secret', metadata, type, data: encoded };
    });
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(problems);
    return objects;
}
function dockerConfig(registry, username, password) {
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    return JSON.stringify({ auths: { [registry]: { username, password, auth } } });
}

// EXTERNAL MODULE: ./src/render/manifests.ts
var render_manifests = __webpack_require__(75246);
;// CONCATENATED MODULE: ./src/render/packaged.ts

const hookAnnotation = 'helm.sh/hook';
const weightAnnotation = 'helm.sh/hook-weight';
/** Hooks that run on install or upgrade; delete, rollback and test hooks have no counterpart in a deploy. */
const preHooks = new Set(['pre-install', 'pre-upgrade']);
const postHooks = new Set(['post-install', 'post-upgrade']);
/** Stage offsets around the chart's own objects (stage 0); a hook's weight orders it within its side. */
const preStage = -1_000_000_000;
const postStage = 1_000_000_000;
/**
 * The objects a packaged component's tool rendered (see src/packaging), in deploy order: Helm hooks become stages
 * (pre-install/pre-upgrade before the chart's objects, post-install/post-upgrade after, each side by weight).
 */
function renderPackaged(context, text, source) {
    const parsed = (0,render_manifests/* objectsFromYaml */.Ex)(context, text, source);
    const objects = [];
    for (const object of parsed.objects) {
        const annotations = object.metadata.annotations ?? {};
        const hooks = annotations[hookAnnotation];
        if (hooks === undefined) {
            objects.push({ object, stage: 0, hook: false });
            continue;
        }
        const phases = hooks.split(',').map((phase) => phase.trim());
        const weight = Number.parseInt(annotations[weightAnnotation] ?? '0', 10);
        const offset = Number.isFinite(weight) ? Math.max(-1e6, Math.min(1e6, weight)) : 0;
        if (phases.some((phase) => preHooks.has(phase)))
            objects.push({ object, stage: preStage + offset, hook: true });
        else if (phases.some((phase) => postHooks.has(phase)))
            objects.push({ object, stage: postStage + offset, hook: true });
        // Other hooks (pre-delete, test, …) are left out: a deploy has no moment they belong to.
    }
    return { objects, problems: parsed.problems };
}

;// CONCATENATED MODULE: ./src/render/network.ts

function renderService(context, component, ports) {
    const exposed = ports.filter((port) => port.expose);
    const requested = component.service?.type ?? (component.kind === 'statefulset' ? 'Headless' : 'ClusterIP');
    if (exposed.length === 0 || requested === 'None')
        return { skipWait: false };
    const isLoadBalancer = requested === 'LoadBalancer';
    const annotations = {
        ...(isLoadBalancer ? context.target.profile.loadBalancerAnnotations : {}),
        ...component.service?.annotations,
    };
    const spec = {
        type: requested === 'Headless' ? 'ClusterIP' : requested,
        selector: (0,render_context/* selectorLabels */.Zn)(context, component.name),
        ports: exposed.map((port) => ({
            name: port.name,
            port: port.servicePort,
            targetPort: port.name,
            protocol: port.protocol,
            ...(port.nodePort !== undefined && requested !== 'ClusterIP' && requested !== 'Headless'
                ? { nodePort: port.nodePort }
                : {}),
        })),
    };
    if (requested === 'Headless') {
        spec.clusterIP = 'None';
        // Peers of a stateful set must find each other before they are ready (e.g. to form a quorum).
        spec.publishNotReadyAddresses = component.kind === 'statefulset';
    }
    if (component.service?.externalTrafficPolicy && (requested === 'NodePort' || isLoadBalancer))
        spec.externalTrafficPolicy = component.service.externalTrafficPolicy;
    return {
        object: {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component), { annotations }),
            spec,
        },
        skipWait: isLoadBalancer && component.service?.waitForAddress === false,
    };
}
function renderIngress(context, component, ports) {
    const ingress = component.ingress;
    if (!ingress)
        return { urls: [] };
    const hosts = [...(ingress.host ? [ingress.host] : []), ...(ingress.hosts ?? [])];
    const paths = ingress.paths ?? ['/'];
    const target = ingress.port === undefined
        ? ports[0]
        : ports.find((port) => port.name === ingress.port || port.port === ingress.port || port.servicePort === ingress.port);
    const backend = {
        service: { name: component.name, port: target ? { name: target.name } : { number: Number(ingress.port) } },
    };
    const httpPaths = paths.map((path) => ({ path, pathType: ingress.pathType ?? 'Prefix', backend }));
    const rules = hosts.length > 0 ? hosts.map((host) => ({ host, http: { paths: httpPaths } })) : [{ http: { paths: httpPaths } }];
    const tls = ingress.tls ?? (ingress.issuer !== undefined || ingress.tlsSecret !== undefined);
    const annotations = { ...context.target.profile.ingressAnnotations, ...ingress.annotations };
    if (ingress.issuer)
        annotations['cert-manager.io/cluster-issuer'] = ingress.issuer;
    const spec = { rules };
    const className = ingress.className ?? context.target.profile.ingressClass;
    if (className)
        spec.ingressClassName = className;
    if (tls && hosts.length > 0)
        spec.tls = [{ hosts, secretName: ingress.tlsSecret ?? `${component.name}-tls` }];
    const scheme = tls ? 'https' : 'http';
    return {
        object: {
            apiVersion: 'networking.k8s.io/v1',
            kind: 'Ingress',
            metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component), { annotations }),
            spec,
        },
        urls: hosts.map((host) => `${scheme}://${host}${paths[0] === '/' ? '' : paths[0]}`),
    };
}
/**
 * Admits traffic only to the declared ports (main container and sidecars, which every Service of the component
 * targets);
 * egress stays open (DNS, APIs) since the app's needs are unknown.
 */
function renderNetworkPolicy(context, component, ports) {
    if (component.networkPolicy === false)
        return undefined;
    const ingress = ports.length > 0 ? [{ ports: ports.map((port) => ({ port: port.port, protocol: port.protocol })) }] : [];
    return {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component)),
        spec: {
            podSelector: { matchLabels: (0,render_context/* selectorLabels */.Zn)(context, component.name) },
            policyTypes: ['Ingress', 'Egress'],
            ingress,
            egress: [{}],
        },
    };
}

;// CONCATENATED MODULE: ./src/render/gateway.ts

const HTTP_ROUTE_API = 'gateway.networking.k8s.io/v1';
const PATH_TYPES = { Prefix: 'PathPrefix', Exact: 'Exact' };
function renderHttpRoute(context, component, ports, backends = [{ service: component.name }]) {
    const ingress = component.ingress;
    const gateway = ingress?.gateway;
    if (!ingress || !gateway)
        return { urls: [] };
    const hosts = [...(ingress.host ? [ingress.host] : []), ...(ingress.hosts ?? [])];
    const paths = ingress.paths ?? ['/'];
    const port = routePort(ports, ingress.port);
    const pathType = PATH_TYPES[ingress.pathType ?? 'Prefix'] ?? 'PathPrefix';
    const spec = {
        parentRefs: gateway.parentRefs.map((ref) => ({
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            name: ref.name,
            ...(ref.namespace ? { namespace: ref.namespace } : {}),
            ...(ref.sectionName ? { sectionName: ref.sectionName } : {}),
            ...(ref.port !== undefined ? { port: ref.port } : {}),
        })),
        ...(hosts.length > 0 ? { hostnames: hosts } : {}),
        rules: [
            {
                matches: paths.map((path) => ({ path: { type: pathType, value: path } })),
                backendRefs: backends.map((backend) => ({
                    group: '',
                    kind: 'Service',
                    name: backend.service,
                    port,
                    weight: backend.weight ?? 1,
                })),
            },
        ],
    };
    return {
        object: {
            apiVersion: HTTP_ROUTE_API,
            kind: 'HTTPRoute',
            metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component), {
                annotations: { ...ingress.annotations },
            }),
            spec,
        },
        urls: hosts.map((host) => `http://${host}${paths[0] === '/' ? '' : paths[0]}`),
    };
}
/** backendRefs name a Service port by number (the Gateway API has no named Service ports). */
function routePort(ports, wanted) {
    const target = wanted === undefined
        ? ports[0]
        : ports.find((port) => port.name === wanted || port.port === wanted || port.servicePort === wanted);
    return target?.servicePort ?? Number(wanted ?? 80);
}

// EXTERNAL MODULE: ./node_modules/fast-json-patch/index.js
var fast_json_patch = __webpack_require__(25952);
var fast_json_patch_default = /*#__PURE__*/__webpack_require__.n(fast_json_patch);
// EXTERNAL MODULE: ./src/spec/merge.ts
var merge = __webpack_require__(93367);
;// CONCATENATED MODULE: ./src/render/patches.ts


const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
/**
 * Applies a component's patches to its generated objects. A patch without a target patches the workload.
 * Merge patches follow RFC 7386 except that lists of named items (containers, env, ports, volumes) merge by name,
 * as kubectl's strategic merge does, so `containers: [{name: web, ...}]` edits the generated container.
 */
function applyPatches(objects, patches) {
    const failures = [];
    let result = objects;
    patches.forEach((patch, index) => {
        const matches = (object) => patch.target
            ? (!patch.target.kind || patch.target.kind === object.kind) &&
                (!patch.target.name || patch.target.name === object.metadata.name)
            : workloadKinds.has(object.kind);
        if (!result.some(matches)) {
            const wanted = patch.target
                ? `${patch.target.kind ?? 'any kind'}${patch.target.name ? `/${patch.target.name}` : ''}`
                : 'the workload';
            failures.push({
                index,
                message: `patch target ${wanted} matches no generated object (generated: ${result.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')})`,
            });
            return;
        }
        result = result.map((object) => {
            if (!matches(object))
                return object;
            try {
                const patched = (patch.type ?? 'merge') === 'json'
                    ? fast_json_patch_default().applyPatch(structuredClone(object), patch.patch, true, false)
                        .newDocument
                    : mergeByName(object, patch.patch);
                const changed = changedIdentity(object, patched);
                if (!changed)
                    return patched;
                failures.push({
                    index,
                    message: `a patch cannot change an object's ${changed} (${object.kind}/${object.metadata.name}); set it in the spec instead`,
                });
                return object;
            }
            catch (error) {
                const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
                failures.push({ index, message: `patch does not apply to ${object.kind}/${object.metadata.name}: ${reason}` });
                return object;
            }
        });
    });
    return { objects: result, failures };
}
/**
 * What says which object this is. Changing it in a patch would make the object another one (another kind, or
 * another namespace, outside what the plan, prune and preview confinement checked), so it is refused.
 */
function changedIdentity(before, after) {
    if (!(0,merge/* isPlainObject */.Q)(after))
        return 'shape';
    const metadata = (0,merge/* isPlainObject */.Q)(after.metadata) ? after.metadata : {};
    if (after.kind !== before.kind)
        return 'kind';
    if (after.apiVersion !== before.apiVersion)
        return 'apiVersion';
    if (metadata.name !== before.metadata.name)
        return 'name';
    if (metadata.namespace !== before.metadata.namespace)
        return 'namespace';
    return undefined;
}
/** Lists whose items are containers: a merge patch item naming none of them is a typo unless it is a whole new
 * container (it has an image); otherwise it would add a container with no image that only fails at deploy. */
const containerLists = new Set(['containers', 'initContainers', 'ephemeralContainers']);
const isNamed = (item) => (0,merge/* isPlainObject */.Q)(item) && typeof item.name === 'string';
function mergeByName(target, patch, key) {
    if (key !== undefined && containerLists.has(key) && target === undefined && Array.isArray(patch))
        target = [];
    if (Array.isArray(target) && Array.isArray(patch) && patch.every(isNamed) && target.every(isNamed)) {
        const merged = target.map((item) => structuredClone(item));
        for (const item of patch) {
            const existing = merged.findIndex((candidate) => candidate.name === item.name);
            if (item.$patch === 'delete') {
                if (existing >= 0)
                    merged.splice(existing, 1);
            }
            else if (existing >= 0) {
                merged[existing] = mergeByName(merged[existing], item);
            }
            else if (key !== undefined && containerLists.has(key) && item.image === undefined) {
                const names = merged.map((candidate) => candidate.name).join(', ') || 'none';
                throw new Error(`there is no container '${item.name}' in ${key} (${key}: ${names}); a new container needs an image`);
            }
            else {
                merged.push(structuredClone(item));
            }
        }
        return merged;
    }
    if (!(0,merge/* isPlainObject */.Q)(patch))
        return structuredClone(patch);
    const result = (0,merge/* isPlainObject */.Q)(target) ? { ...target } : {};
    for (const [field, value] of Object.entries(patch)) {
        if (value === null)
            delete result[field];
        else
            result[field] = mergeByName(Object.hasOwn(result, field) ? result[field] : undefined, value, field);
    }
    return result;
}

;// CONCATENATED MODULE: ./src/render/policy.ts

const workloadKind = {
    service: { apiVersion: 'apps/v1', kind: 'Deployment' },
    worker: { apiVersion: 'apps/v1', kind: 'Deployment' },
    statefulset: { apiVersion: 'apps/v1', kind: 'StatefulSet' },
};
/** A budget keeps voluntary disruptions (node drains) from taking every replica at once. */
function renderPodDisruptionBudget(context, component) {
    if (component.pdb === false || !workloadKind[component.kind])
        return undefined;
    const replicas = component.autoscale?.min ?? component.replicas ?? defaultReplicas(component);
    if (component.pdb === undefined && replicas < 2)
        return undefined;
    const spec = { selector: { matchLabels: (0,render_context/* selectorLabels */.Zn)(context, component.name) } };
    if (component.pdb?.minAvailable !== undefined)
        spec.minAvailable = component.pdb.minAvailable;
    else
        spec.maxUnavailable = component.pdb?.maxUnavailable ?? 1;
    // Let a drain evict pods that never became ready, so a broken rollout cannot block node maintenance.
    spec.unhealthyPodEvictionPolicy = 'AlwaysAllow';
    return {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component)),
        spec,
    };
}
function renderAutoscaler(context, component) {
    const autoscale = component.autoscale;
    const target = workloadKind[component.kind];
    if (!autoscale || !target)
        return undefined;
    const metrics = [];
    const utilization = (name, averageUtilization) => ({
        type: 'Resource',
        resource: { name, target: { type: 'Utilization', averageUtilization } },
    });
    if (autoscale.cpu !== undefined || autoscale.memory === undefined)
        metrics.push(utilization('cpu', autoscale.cpu ?? 80));
    if (autoscale.memory !== undefined)
        metrics.push(utilization('memory', autoscale.memory));
    return {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: (0,render_context/* objectMeta */.ND)(context, component.name, (0,render_context/* componentLabels */.D8)(context, component)),
        spec: {
            scaleTargetRef: { ...target, name: component.name },
            minReplicas: autoscale.min ?? component.replicas ?? defaultReplicas(component),
            maxReplicas: autoscale.max,
            metrics,
        },
    };
}
function defaultReplicas(component) {
    return component.kind === 'service' ? 2 : 1;
}

// EXTERNAL MODULE: ./src/spec/quantity.ts
var quantity = __webpack_require__(75326);
// EXTERNAL MODULE: ./src/spec/ports.ts
var spec_ports = __webpack_require__(46855);
;// CONCATENATED MODULE: ./src/render/pod.ts






const defaultUid = 10001;
function normalizedPorts(component) {
    const shorthand = component.port !== undefined;
    return (0,spec_ports/* mainContainerPorts */.lu)(component).map((port, index) => {
        const given = shorthand ? undefined : component.ports?.[index];
        const normalized = {
            ...port,
            servicePort: given?.servicePort ?? (shorthand ? 80 : port.port),
            expose: given?.expose !== false,
        };
        if (given?.nodePort !== undefined)
            normalized.nodePort = given.nodePort;
        return normalized;
    });
}
/** Every port the pod listens on: the main container's, then each sidecar's (init containers have finished). */
function podPorts(component) {
    return [...normalizedPorts(component), ...(component.sidecars ?? []).flatMap(spec_ports/* extraContainerPorts */.q2)];
}
/** Images the pod runs (main first, `name@sha256:…` when pinned), for reports. */
function podImages(component, context) {
    const images = [
        component.image,
        ...[...(component.initContainers ?? []), ...(component.sidecars ?? [])].map((container) => container.image ?? component.image),
    ];
    const mode = pinMode(component, context.target.spec);
    return [
        ...new Set(images
            .filter((image) => Boolean(image))
            .map((image) => deployedImage(image, mode, context.options.pinnedImages))),
    ];
}
/** The tag → digest pins of a component's images, for reports (what the tag named when this run resolved it). */
function podPins(component, context) {
    const pinned = context.options.pinnedImages;
    if (pinMode(component, context.target.spec) !== 'digest' || !pinned)
        return [];
    return containerImages(component).flatMap(({ image }) => {
        const digest = pinned.get(image);
        return digest ? [{ image, digest }] : [];
    });
}
const defaultResources = {
    requests: { cpu: '100m', memory: '128Mi', 'ephemeral-storage': '64Mi' },
    limits: { cpu: '1', memory: '256Mi', 'ephemeral-storage': '1Gi' },
};
function resources(given) {
    const requests = { ...defaultResources.requests, ...stringify(given?.requests) };
    const limits = { ...defaultResources.limits, ...stringify(given?.limits) };
    // A default limit below an explicit request would be invalid: such a limit rises to the request.
    for (const resource of Object.keys(defaultResources.limits)) {
        const request = requests[resource];
        const limit = limits[resource];
        const explicitLimit = given?.limits?.[resource] !== undefined;
        if (request === undefined || limit === undefined || explicitLimit)
            continue;
        if (((0,quantity/* parseQuantity */.L)(request) ?? 0) > ((0,quantity/* parseQuantity */.L)(limit) ?? Infinity))
            limits[resource] = request;
    }
    return { requests, limits };
}
function stringify(list) {
    const result = {};
    for (const [key, value] of Object.entries(list ?? {}))
        if (value !== undefined)
            result[key] = String(value);
    return result;
}
const probeTiming = {
    readiness: { periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3, successThreshold: 1 },
    liveness: { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    // Up to 2 minutes to start before liveness takes over.
    startup: { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 },
};
/** A port number, or a declared port's name resolved to its number (gRPC probes take numbers only). */
function portNumber(port, ports) {
    if (typeof port === 'number')
        return port;
    return /^\d+$/.test(port) ? Number(port) : (0,spec_ports/* resolvePodPort */.p0)(port, ports)?.port;
}
function httpHeaders(headers) {
    const list = Object.entries(headers ?? {}).map(([name, value]) => ({ name, value }));
    return list.length > 0 ? { httpHeaders: list } : {};
}
function probeHandler(probe, ports, shorthand) {
    if (probe.exec)
        return { exec: { command: probe.exec } };
    const port = probe.port ?? ports[0]?.name;
    if (port === undefined)
        return undefined;
    const explicitKind = probe.tcp || probe.path !== undefined || probe.grpc !== undefined;
    const grpc = probe.grpc ?? (explicitKind ? undefined : shorthand.grpc);
    if (grpc !== undefined) {
        const number = portNumber(port, ports);
        if (number === undefined)
            return undefined;
        return {
            grpc: {
                port: number,
                ...(typeof grpc === 'object' && grpc.service !== undefined ? { service: grpc.service } : {}),
            },
        };
    }
    const httpPath = probe.tcp ? undefined : (probe.path ?? (explicitKind ? undefined : shorthand.path));
    if (!httpPath)
        return { tcpSocket: { port } };
    return {
        httpGet: { path: httpPath, port, ...(probe.scheme ? { scheme: probe.scheme } : {}), ...httpHeaders(probe.headers) },
    };
}
function probes(given, ports) {
    const result = {};
    const hasShorthand = given.path !== undefined || given.grpc !== undefined;
    for (const kind of ['readiness', 'liveness', 'startup']) {
        const setting = given[kind];
        if (setting === false)
            continue;
        // Derived liveness checks the socket only (a failing dependency behind a health URL must not restart pods), and
        // only when readiness checks something else: a liveness probe identical to readiness only adds restarts.
        if (kind === 'liveness' && setting === undefined && (!hasShorthand || given.readiness !== undefined))
            continue;
        const probe = setting ?? {};
        const derivedLiveness = kind === 'liveness' && setting === undefined;
        const shorthand = derivedLiveness
            ? {}
            : {
                ...(given.path !== undefined ? { path: given.path } : {}),
                ...(given.grpc !== undefined ? { grpc: given.grpc } : {}),
            };
        const handler = probeHandler(probe, ports, shorthand);
        if (!handler)
            continue;
        const { path: _path, port: _port, tcp: _tcp, exec: _exec, grpc: _grpc, headers: _headers, scheme: _scheme, ...timing } = probe;
        result[`${kind}Probe`] = { ...handler, ...probeTiming[kind], ...timing };
    }
    return result;
}
/** Seconds a preStop hook holds the pod back while endpoints drop it, so in-flight and new connections still land. */
const defaultPreStopSleep = 5;
/** What the app gets after preStop to finish requests and exit (Kubernetes' own default grace period). */
const appShutdownSeconds = 30;
function lifecycleHandler(hook, ports) {
    if (hook.sleep !== undefined)
        return { sleep: { seconds: hook.sleep } };
    if (hook.exec)
        return { exec: { command: hook.exec } };
    return { httpGet: { path: hook.path, port: hook.port ?? ports[0]?.name ?? 80, ...httpHeaders(hook.headers) } };
}
function lifecycle(hooks, ports) {
    const result = {};
    if (hooks.postStart)
        result.postStart = lifecycleHandler(hooks.postStart, ports);
    if (hooks.preStop)
        result.preStop = lifecycleHandler(hooks.preStop, ports);
    return Object.keys(result).length > 0 ? result : undefined;
}
/**
 * The main container's preStop: as given, else a short sleep when a Service routes to the pod (endpoint removal and
 * the container's SIGTERM race otherwise, and requests land on a process that is shutting down).
 */
function mainPreStop(component, behindService) {
    const given = component.lifecycle?.preStop;
    if (given !== undefined)
        return given;
    return behindService ? { sleep: defaultPreStopSleep } : undefined;
}
function envVars(env) {
    return Object.entries(env ?? {}).map(([name, value]) => {
        if (value === null || typeof value !== 'object')
            return { name, value: String(value) };
        if ('secret' in value)
            return {
                name,
                valueFrom: {
                    secretKeyRef: { name: value.secret, key: value.key, ...(value.optional ? { optional: true } : {}) },
                },
            };
        if ('configMap' in value)
            return {
                name,
                valueFrom: {
                    configMapKeyRef: { name: value.configMap, key: value.key, ...(value.optional ? { optional: true } : {}) },
                },
            };
        return { name, valueFrom: { fieldRef: { fieldPath: value.field } } };
    });
}
function envFrom(entries, configs) {
    const fromSpec = (entries ?? []).map((entry) => {
        const source = entry.secret ? { secretRef: { name: entry.secret } } : { configMapRef: { name: entry.configMap } };
        return entry.prefix ? { prefix: entry.prefix, ...source } : source;
    });
    const fromConfigs = configs
        .filter((config) => config.env)
        .map((config) => ({ configMapRef: { name: config.configMapName } }));
    return [...fromSpec, ...fromConfigs];
}
/** Names of the spec secrets a pod uses, to roll it when their data changes. */
function referencedSecrets(component, pullSecrets) {
    const names = new Set(pullSecrets);
    for (const container of [component, ...(component.initContainers ?? []), ...(component.sidecars ?? [])]) {
        for (const value of Object.values(container.env ?? {}))
            if (value && typeof value === 'object' && 'secret' in value)
                names.add(value.secret);
        for (const entry of container.envFrom ?? [])
            if (entry.secret)
                names.add(entry.secret);
    }
    for (const volume of component.volumes ?? [])
        if (volume.secret)
            names.add(volume.secret);
    return [...names].sort();
}
/** One container with k8deployer's defaults: pull policy, resources, probes, restricted security context. */
function renderContainer(input) {
    const container = {
        name: input.name,
        image: input.image,
        // Always: tags move, and every pull re-checks the node's right to the image. Digests cannot move.
        imagePullPolicy: input.imagePullPolicy ?? defaultPullPolicy(input.image),
    };
    if (input.restartPolicy)
        container.restartPolicy = input.restartPolicy;
    if (input.command)
        container.command = input.command;
    if (input.args)
        container.args = input.args;
    if (input.workingDir)
        container.workingDir = input.workingDir;
    const containerPorts = input.ports.map((port) => ({
        name: port.name,
        containerPort: port.port,
        protocol: port.protocol,
    }));
    if (containerPorts.length > 0)
        container.ports = containerPorts;
    const env = envVars(input.env);
    if (env.length > 0)
        container.env = env;
    const fromSources = envFrom(input.envFrom, input.configs ?? []);
    if (fromSources.length > 0)
        container.envFrom = fromSources;
    container.resources = resources(input.resources);
    if (input.withProbes)
        Object.assign(container, probes(input.probes ?? {}, input.ports));
    const hooks = input.lifecycle ? lifecycle(input.lifecycle, input.ports) : undefined;
    if (hooks)
        container.lifecycle = hooks;
    container.securityContext = {
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: input.readOnlyRoot,
        runAsNonRoot: true,
        runAsUser: input.uid,
        runAsGroup: input.gid,
        capabilities: { drop: ['ALL'] },
        seccompProfile: { type: 'RuntimeDefault' },
    };
    if (input.mounts.length > 0)
        container.volumeMounts = input.mounts;
    return container;
}
function volumeSource(volume) {
    if (volume.emptyDir)
        return { emptyDir: volume.emptyDir };
    if (volume.hostPath)
        return { hostPath: volume.hostPath };
    if (volume.nfs)
        return { nfs: volume.nfs };
    if (volume.persistentVolumeClaim)
        return { persistentVolumeClaim: { claimName: volume.persistentVolumeClaim } };
    if (volume.secret)
        return { secret: { secretName: volume.secret } };
    return { configMap: { name: volume.configMap } };
}
function podTemplate(context, input) {
    const { component, ports, configs } = input;
    const readOnlyRoot = component.readOnlyRootFilesystem !== false;
    const uid = component.runAsUser ?? defaultUid;
    const gid = component.runAsGroup ?? uid;
    const extraContainers = [...(component.initContainers ?? []), ...(component.sidecars ?? [])];
    const mountedByExtras = new Set(extraContainers.flatMap((container) => (container.volumeMounts ?? []).map((mount) => mount.name)));
    const tmpMount = { name: 'tmp', mountPath: '/tmp' };
    const volumes = [];
    const mounts = [];
    if (readOnlyRoot || extraContainers.some((container) => container.readOnlyRootFilesystem === true))
        volumes.push({ name: 'tmp', emptyDir: {} });
    if (readOnlyRoot)
        mounts.push(tmpMount);
    for (const config of configs) {
        // A config without a mountPath is still a volume when an init container or sidecar mounts it.
        if (!config.mountPath && !mountedByExtras.has(config.volumeName))
            continue;
        volumes.push({ name: config.volumeName, configMap: { name: config.configMapName } });
        if (config.mountPath)
            mounts.push({ name: config.volumeName, mountPath: config.mountPath, readOnly: true });
    }
    for (const volume of component.volumes ?? []) {
        volumes.push({ name: volume.name, ...volumeSource(volume) });
        mounts.push({
            name: volume.name,
            mountPath: volume.mountPath,
            ...(volume.subPath ? { subPath: volume.subPath } : {}),
            ...(volume.readOnly ? { readOnly: true } : {}),
        });
    }
    for (const storage of input.storageMounts ?? [])
        mounts.push({ name: storage.name, mountPath: storage.mountPath });
    const mode = pinMode(component, context.target.spec);
    const runs = (image) => deployedImage(image, mode, context.options.pinnedImages);
    const preStop = input.forJob ? component.lifecycle?.preStop : mainPreStop(component, input.behindService ?? false);
    const main = renderContainer({
        name: component.containerName ?? component.name,
        image: runs(component.image ?? ''),
        imagePullPolicy: component.imagePullPolicy,
        command: component.command,
        args: component.args,
        workingDir: component.workingDir,
        ports,
        env: component.env,
        envFrom: component.envFrom,
        configs,
        resources: component.resources,
        probes: component.probes,
        withProbes: !input.forJob,
        lifecycle: { preStop, postStart: component.lifecycle?.postStart },
        readOnlyRoot,
        uid,
        gid,
        mounts,
    });
    const extra = (container, sidecar) => {
        const ownReadOnlyRoot = container.readOnlyRootFilesystem ?? readOnlyRoot;
        const ownMounts = (container.volumeMounts ?? []).map((mount) => ({
            name: mount.name,
            mountPath: mount.mountPath,
            ...(mount.subPath ? { subPath: mount.subPath } : {}),
            ...(mount.readOnly ? { readOnly: true } : {}),
        }));
        return renderContainer({
            name: container.name,
            image: runs(container.image ?? component.image ?? ''),
            imagePullPolicy: container.imagePullPolicy ?? component.imagePullPolicy,
            command: container.command,
            args: container.args,
            workingDir: container.workingDir,
            ports: (0,spec_ports/* extraContainerPorts */.q2)(container),
            env: container.env,
            envFrom: container.envFrom,
            resources: container.resources,
            probes: container.probes,
            // Kubernetes allows probes and hooks on sidecars only; an init container's success is its exit code.
            withProbes: sidecar,
            lifecycle: sidecar ? { ...container.lifecycle } : {},
            readOnlyRoot: ownReadOnlyRoot,
            uid: container.runAsUser ?? uid,
            gid: container.runAsGroup ?? gid,
            mounts: [...(ownReadOnlyRoot ? [tmpMount] : []), ...ownMounts],
            ...(sidecar ? { restartPolicy: 'Always' } : {}),
        });
    };
    // Init containers run first and in order, then each sidecar starts (after its startup probe, if any), then main.
    const initContainers = [
        ...(component.initContainers ?? []).map((container) => extra(container, false)),
        ...(component.sidecars ?? []).map((container) => extra(container, true)),
    ];
    const pullSecrets = component.imagePullSecrets ?? context.registrySecrets;
    const spec = {
        serviceAccountName: input.serviceAccountName,
        automountServiceAccountToken: input.automountToken,
        securityContext: {
            runAsNonRoot: true,
            runAsUser: uid,
            runAsGroup: gid,
            fsGroup: component.fsGroup ?? gid,
            seccompProfile: { type: 'RuntimeDefault' },
        },
    };
    if (initContainers.length > 0)
        spec.initContainers = initContainers;
    spec.containers = [main];
    if (pullSecrets.length > 0)
        spec.imagePullSecrets = pullSecrets.map((name) => ({ name }));
    if (volumes.length > 0)
        spec.volumes = volumes;
    if (input.forJob)
        spec.restartPolicy = component.restartPolicy ?? 'Never';
    // The grace period covers the preStop delay plus the app's own shutdown, or the delay eats the shutdown time.
    const grace = component.terminationGracePeriodSeconds ??
        (preStop && preStop.sleep !== undefined ? preStop.sleep + appShutdownSeconds : undefined);
    if (grace !== undefined)
        spec.terminationGracePeriodSeconds = grace;
    if (component.nodeSelector)
        spec.nodeSelector = component.nodeSelector;
    if (component.tolerations)
        spec.tolerations = component.tolerations;
    if (component.nodeAffinity)
        spec.affinity = { nodeAffinity: component.nodeAffinity };
    if (component.priorityClassName)
        spec.priorityClassName = component.priorityClassName;
    const replicas = component.replicas ?? defaultReplicas(component);
    if (!input.forJob &&
        component.kind !== 'daemonset' &&
        component.topologySpread !== false &&
        (replicas > 1 || component.autoscale)) {
        const selector = { matchLabels: (0,render_context/* selectorLabels */.Zn)(context, component.name) };
        spec.topologySpreadConstraints = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({
            maxSkew: 1,
            topologyKey,
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: selector,
        }));
    }
    const annotations = { ...component.podAnnotations };
    const secretNames = referencedSecrets(component, pullSecrets).filter((name) => context.secretChecksums.has(name));
    if (secretNames.length > 0) {
        const checksums = secretNames.map((name) => [name, context.secretChecksums.get(name)]);
        annotations['k8deployer.io/secrets-checksum'] = checksums.some(([, sum]) => sum === kube_unknown/* unknownChecksum */.o)
            ? kube_unknown/* unknownChecksum */.o
            : (0,render_context/* contentHash */.Ae)(checksums);
    }
    const metadata = {
        labels: { ...input.labels, ...component.podLabels, ...(0,render_context/* selectorLabels */.Zn)(context, component.name) },
    };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    return { metadata, spec };
}
/**
 * What users expect (and what Kubernetes itself defaults to): a pinned tag or digest is pulled once per node
 * (IfNotPresent); `:latest` or no tag at all moves, so it is pulled on every start (Always).
 */
function defaultPullPolicy(image) {
    if (image.includes('@'))
        return 'IfNotPresent';
    const tag = (0,render_context/* imageTag */.I_)(image);
    return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

;// CONCATENATED MODULE: ./src/render/rbac.ts

function rbac_rules(list) {
    return list.map((rule) => (rule.nonResourceURLs ? { ...rule } : { apiGroups: [''], ...rule }));
}
/**
 * Every workload gets its own ServiceAccount (never `default`); the token is only mounted when the component asks
 * for permissions.
 */
function renderRbac(context, component) {
    const labels = (0,render_context/* componentLabels */.D8)(context, component);
    const rbac = component.rbac;
    const serviceAccountName = rbac?.serviceAccount ?? component.name;
    const subjects = [{ kind: 'ServiceAccount', name: serviceAccountName, namespace: context.namespace }];
    const objects = [
        {
            apiVersion: 'v1',
            kind: 'ServiceAccount',
            metadata: (0,render_context/* objectMeta */.ND)(context, serviceAccountName, labels),
            automountServiceAccountToken: rbac !== undefined,
        },
    ];
    if (rbac?.rules?.length) {
        objects.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'Role',
            metadata: (0,render_context/* objectMeta */.ND)(context, component.name, labels),
            rules: rbac_rules(rbac.rules),
        });
        objects.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: (0,render_context/* objectMeta */.ND)(context, component.name, labels),
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: component.name },
            subjects,
        });
    }
    if (rbac?.clusterRules?.length) {
        // Cluster-scoped names are shared by every namespace, so they carry the namespace.
        const name = `${context.namespace}-${component.name}`;
        objects.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: (0,render_context/* objectMeta */.ND)(context, name, labels, { namespaced: false }),
            rules: rbac_rules(rbac.clusterRules),
        });
        objects.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: (0,render_context/* objectMeta */.ND)(context, name, labels, { namespaced: false }),
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
            subjects,
        });
    }
    for (const role of rbac?.clusterRoles ?? []) {
        objects.push({
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: (0,render_context/* objectMeta */.ND)(context, `${component.name}-${role}`, labels),
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
            subjects,
        });
    }
    return { objects, serviceAccountName, automountToken: rbac !== undefined };
}

;// CONCATENATED MODULE: ./src/render/services.ts


/** Kinds whose pods serve traffic through Services (jobs run to completion and get none). */
function hasServices(component) {
    return component.kind !== 'job' && component.kind !== 'cronjob';
}
/** Whether any Service (the component's own or one of `services`) routes to the component's pods. */
function behindService(component, ports) {
    if (!hasServices(component))
        return false;
    const ownService = component.service?.type !== 'None' && ports.some((port) => port.expose);
    return ownService || (component.services?.length ?? 0) > 0;
}
/** The component's extra Services: same selector as its own Service, their own type, ports and annotations. */
function renderExtraServices(context, component, ports) {
    if (!hasServices(component))
        return [];
    const podPorts = [...ports, ...(component.sidecars ?? []).flatMap(spec_ports/* extraContainerPorts */.q2)];
    return (component.services ?? []).map((service) => {
        const type = service.type ?? 'ClusterIP';
        const isLoadBalancer = type === 'LoadBalancer';
        const refs = service.ports ?? ports.filter((port) => port.expose).map((port) => port.name);
        const servicePorts = refs.map((ref) => {
            const entry = typeof ref === 'object' ? ref : { port: ref };
            // Validation (src/spec/pod-rules.ts) guarantees the reference names a pod port.
            const target = (0,spec_ports/* resolvePodPort */.p0)(entry.port, podPorts) ?? {
                name: String(entry.port),
                port: Number(entry.port),
                protocol: 'TCP',
            };
            const own = ports.find((port) => port.name === target.name);
            const nodePort = type === 'NodePort' || isLoadBalancer ? (entry.nodePort ?? own?.nodePort) : undefined;
            return {
                name: target.name,
                port: entry.servicePort ?? own?.servicePort ?? target.port,
                targetPort: target.name,
                protocol: target.protocol,
                ...(nodePort !== undefined ? { nodePort } : {}),
            };
        });
        const spec = {
            type: type === 'Headless' ? 'ClusterIP' : type,
            selector: (0,render_context/* selectorLabels */.Zn)(context, component.name),
            ports: servicePorts,
        };
        if (type === 'Headless')
            spec.clusterIP = 'None';
        if (service.externalTrafficPolicy && (type === 'NodePort' || isLoadBalancer))
            spec.externalTrafficPolicy = service.externalTrafficPolicy;
        const annotations = {
            ...(isLoadBalancer ? context.target.profile.loadBalancerAnnotations : {}),
            ...service.annotations,
        };
        const object = {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: (0,render_context/* objectMeta */.ND)(context, service.name, (0,render_context/* componentLabels */.D8)(context, component), { annotations }),
            spec,
        };
        return { object, skipWait: isLoadBalancer && service.waitForAddress === false };
    });
}

;// CONCATENATED MODULE: ./src/render/workloads.ts



function podLabels(labels) {
    const { 'app.kubernetes.io/version': version } = labels;
    return version ? { 'app.kubernetes.io/version': version } : {};
}
/** The component's workload object: Deployment, StatefulSet, DaemonSet, Job or CronJob. */
function renderWorkload(context, input) {
    const { component } = input;
    const labels = (0,render_context/* componentLabels */.D8)(context, component, { withVersion: true });
    const metadata = (0,render_context/* objectMeta */.ND)(context, component.name, labels, component.annotations ? { annotations: component.annotations } : {});
    const selector = { matchLabels: (0,render_context/* selectorLabels */.Zn)(context, component.name) };
    const template = (extra = {}) => podTemplate(context, { ...input, labels: podLabels(labels), ...extra });
    const replicas = component.replicas ?? defaultReplicas(component);
    // With an autoscaler the replica count is its to own; writing it on every deploy would undo its scaling.
    const replicaField = component.autoscale ? {} : { replicas };
    const history = component.revisionHistoryLimit ?? 5;
    switch (component.kind) {
        case 'service':
        case 'worker':
            return {
                apiVersion: 'apps/v1',
                kind: 'Deployment',
                metadata,
                spec: {
                    ...replicaField,
                    revisionHistoryLimit: history,
                    progressDeadlineSeconds: 600,
                    selector,
                    strategy: component.updateStrategy ?? {
                        type: 'RollingUpdate',
                        rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
                    },
                    template: template(),
                },
            };
        case 'statefulset': {
            const storage = component.storage ?? [];
            return {
                apiVersion: 'apps/v1',
                kind: 'StatefulSet',
                metadata,
                spec: {
                    ...replicaField,
                    revisionHistoryLimit: history,
                    serviceName: component.name,
                    selector,
                    podManagementPolicy: 'OrderedReady',
                    updateStrategy: component.updateStrategy ?? { type: 'RollingUpdate' },
                    // Data outlives the pods: removing or scaling down the set never deletes volumes.
                    persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
                    template: template({ storageMounts: storage.map(({ name, mountPath }) => ({ name, mountPath })) }),
                    volumeClaimTemplates: storage.map((claim) => {
                        const storageClass = claim.storageClass ?? context.target.profile.storageClass;
                        return {
                            apiVersion: 'v1',
                            kind: 'PersistentVolumeClaim',
                            metadata: { name: claim.name, labels: (0,render_context/* selectorLabels */.Zn)(context, component.name) },
                            spec: {
                                accessModes: claim.accessModes ?? ['ReadWriteOnce'],
                                ...(storageClass ? { storageClassName: storageClass } : {}),
                                resources: { requests: { storage: String(claim.size) } },
                            },
                        };
                    }),
                },
            };
        }
        case 'daemonset':
            return {
                apiVersion: 'apps/v1',
                kind: 'DaemonSet',
                metadata,
                spec: {
                    revisionHistoryLimit: history,
                    selector,
                    updateStrategy: component.updateStrategy ?? { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
                    template: template(),
                },
            };
        case 'job':
            return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: jobSpec(component, template({ forJob: true })) };
        case 'cronjob':
            return {
                apiVersion: 'batch/v1',
                kind: 'CronJob',
                metadata,
                spec: {
                    schedule: component.schedule,
                    ...(component.timeZone ? { timeZone: component.timeZone } : {}),
                    concurrencyPolicy: component.concurrencyPolicy ?? 'Forbid',
                    startingDeadlineSeconds: 300,
                    successfulJobsHistoryLimit: 3,
                    failedJobsHistoryLimit: 1,
                    jobTemplate: {
                        metadata: { labels },
                        spec: {
                            ...jobSpec(component, template({ forJob: true })),
                            ttlSecondsAfterFinished: component.ttlSecondsAfterFinished ?? 86400,
                        },
                    },
                },
            };
        default:
            throw new Error(`no workload for kind ${component.kind}`);
    }
}
function jobSpec(component, template) {
    const spec = { backoffLimit: component.backoffLimit ?? 2, template };
    if (component.activeDeadlineSeconds !== undefined)
        spec.activeDeadlineSeconds = component.activeDeadlineSeconds;
    if (component.ttlSecondsAfterFinished !== undefined && component.kind === 'job')
        spec.ttlSecondsAfterFinished = component.ttlSecondsAfterFinished;
    return spec;
}

// EXTERNAL MODULE: ./src/strategy/types.ts
var types = __webpack_require__(7756);
// EXTERNAL MODULE: ./src/strategy/blue-green/types.ts
var blue_green_types = __webpack_require__(94297);
;// CONCATENATED MODULE: ./src/strategy/blue-green/options.ts


/** keepFor when the spec does not say: long enough to notice a bad release, short enough not to double costs. */
const defaultKeepFor = '1h';
const unitMs = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30m` → 1 800 000. The schema has checked the form already; anything else is a programming error. */
function durationMs(text) {
    const match = /^([0-9]{1,6})([smhd])$/.exec(text);
    if (!match)
        throw new Error(`not a duration: ${text}`);
    return Number(match[1]) * unitMs[match[2]];
}
/** The component's blue-green options (defaults filled in), or undefined when it does not use blue-green. */
function blueGreenOptions(strategy) {
    if (strategy?.type !== types/* StrategyType */.IB.BlueGreen)
        return undefined;
    const keepFor = typeof strategy['keepFor'] === 'string' ? strategy['keepFor'] : defaultKeepFor;
    return {
        switch: strategy['switch'] === blue_green_types/* SwitchMode */.Y8.Manual ? blue_green_types/* SwitchMode */.Y8.Manual : blue_green_types/* SwitchMode */.Y8.Auto,
        keepForMs: durationMs(keepFor),
    };
}

// EXTERNAL MODULE: ./src/strategy/blue-green/render.ts
var render = __webpack_require__(88558);
;// CONCATENATED MODULE: ./src/render/strategy.ts

const defaultCanarySteps = [{ weight: 20, pause: types/* UNTIL_PROMOTED */.ol }];
const defaultIntervalMs = 10_000;
const strategy_defaultTimeoutMs = 5_000;
/** undefined: rolling (the workload's own update). */
function resolveStrategy(spec, scope) {
    if (spec === undefined || spec === types/* StrategyType */.IB.Rolling)
        return undefined;
    if (spec === types/* StrategyType */.IB.BlueGreen)
        return { type: types/* StrategyType */.IB.BlueGreen };
    if (spec === types/* StrategyType */.IB.Canary)
        return resolveCanary({ type: 'canary' }, scope);
    if (spec.type === types/* StrategyType */.IB.BlueGreen) {
        const { analysis, analysisRuns, ...options } = spec;
        return {
            ...options,
            type: types/* StrategyType */.IB.BlueGreen,
            // Only a strategy with checks carries analysis: the blue-green options stay as they were without it.
            ...(analysis && (analysis.http?.length || analysis.prometheus?.length)
                ? { analysis: resolveAnalysis(analysis), analysisRuns: analysisRuns ?? defaultBlueGreenRuns }
                : {}),
        };
    }
    return resolveCanary(spec, scope);
}
/** Analysis runs a blue-green switch waits for when the spec does not say: a short window, not a single sample. */
const defaultBlueGreenRuns = 3;
function resolveAnalysis(analysis) {
    return {
        intervalMs: analysis.interval ? strategy_durationMs(analysis.interval) : defaultIntervalMs,
        failureLimit: analysis.failureLimit ?? 0,
        http: (analysis.http ?? []).map((check) => ({
            url: check.url,
            expectStatus: check.expectStatus ?? 200,
            successRatio: check.successRatio ?? 1,
            requests: check.requests ?? 5,
            timeoutMs: check.timeout ? strategy_durationMs(check.timeout) : strategy_defaultTimeoutMs,
        })),
        prometheus: (analysis.prometheus ?? []).map((check) => ({
            url: check.url,
            query: check.query,
            ...(check.min !== undefined ? { min: check.min } : {}),
            ...(check.max !== undefined ? { max: check.max } : {}),
            timeoutMs: check.timeout ? strategy_durationMs(check.timeout) : strategy_defaultTimeoutMs,
        })),
    };
}
function resolveCanary(spec, scope) {
    const resolved = resolveAnalysis(spec.analysis ?? {});
    return {
        type: types/* StrategyType */.IB.Canary,
        steps: spec.steps
            ? spec.steps.map((step) => ({
                weight: step.weight,
                pause: step.pause === types/* UNTIL_PROMOTED */.ol ? types/* UNTIL_PROMOTED */.ol : step.pause ? strategy_durationMs(step.pause) : 0,
            }))
            : [...defaultCanarySteps],
        traffic: spec.traffic ?? (scope.gatewayRoute ? types/* TrafficSplit */.sC.Gateway : (scope.profileTraffic ?? types/* TrafficSplit */.sC.Replicas)),
        analysis: resolved,
    };
}
const strategy_unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** `1m30s`, `500ms`, `2h` → milliseconds (the schema's pattern already holds; unknown parts count 0). */
function strategy_durationMs(text) {
    let total = 0;
    for (const match of text.matchAll(/(\d+)(ms|s|m|h)/g))
        total += Number(match[1]) * (strategy_unitMs[match[2] ?? 's'] ?? 0);
    return total;
}

// EXTERNAL MODULE: ./src/render/http-step.ts
var http_step = __webpack_require__(31249);
// EXTERNAL MODULE: ./src/spec/preview-rules.ts
var preview_rules = __webpack_require__(58777);
;// CONCATENATED MODULE: ./src/render/preview-quota.ts


/** Names of the preview's quota objects (one of each per preview namespace). */
const previewQuotaName = 'preview-quota';
const previewLimitsName = 'preview-limits';
/**
 * preview.quota → a ResourceQuota capping what the whole preview may request and use, and a LimitRange giving every
 * container that sets no resources small defaults (a quota on limits.cpu / limits.memory otherwise rejects such
 * pods). Kubernetes admits pods against both, so a preview cannot starve the cluster it shares with others.
 */
function renderPreviewQuota(context, quota) {
    const hard = {};
    if (quota.cpu !== undefined) {
        hard['requests.cpu'] = String(quota.cpu);
        hard['limits.cpu'] = String(quota.cpu);
    }
    if (quota.memory !== undefined) {
        hard['requests.memory'] = String(quota.memory);
        hard['limits.memory'] = String(quota.memory);
    }
    if (quota.pods !== undefined)
        hard.pods = String(quota.pods);
    const resources = (given, fallback) => ({
        cpu: String(given?.cpu ?? fallback.cpu),
        memory: String(given?.memory ?? fallback.memory),
        ...(given?.['ephemeral-storage'] !== undefined ? { 'ephemeral-storage': String(given['ephemeral-storage']) } : {}),
    });
    const labels = (0,render_context/* appLabels */.D2)(context);
    const objects = [];
    if (Object.keys(hard).length > 0)
        objects.push({
            apiVersion: 'v1',
            kind: 'ResourceQuota',
            metadata: (0,render_context/* objectMeta */.ND)(context, previewQuotaName, labels),
            spec: { hard },
        });
    objects.push({
        apiVersion: 'v1',
        kind: 'LimitRange',
        metadata: (0,render_context/* objectMeta */.ND)(context, previewLimitsName, labels),
        spec: {
            limits: [
                {
                    type: 'Container',
                    defaultRequest: resources(quota.defaultRequest, preview_rules/* defaultPreviewRequest */.$C),
                    default: resources(quota.defaultLimit, preview_rules/* defaultPreviewLimit */.vT),
                },
            ],
        },
    });
    return objects;
}

;// CONCATENATED MODULE: ./src/render/index.ts


















/**
 * Pure: one cluster target's spec → every Kubernetes object it needs, filled in with best practice.
 * Per-cluster differences come only from the target (variables, namespace, provider profile).
 */
function renderApp(target, options) {
    const spec = target.spec;
    const context = {
        target,
        app: spec.app,
        namespace: target.namespace,
        options,
        secretChecksums: new Map(),
        registrySecrets: (spec.secrets ?? [])
            .filter((secret) => secret.type === 'docker-config')
            .map((secret) => secret.name),
        componentPointer: (name) => target.componentPointers.get(name) ?? '/components',
    };
    const problems = [];
    const objects = [];
    const components = [];
    const steps = [];
    if (spec.createNamespace !== false) {
        const hostAccess = spec.components.some((component) => component.volumes?.some((volume) => volume.hostPath));
        const namespace = {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: {
                name: context.namespace,
                labels: {
                    ...(0,render_context/* appLabels */.D2)(context),
                    // hostPath volumes are outside every Pod Security level but privileged.
                    'pod-security.kubernetes.io/enforce': hostAccess ? 'privileged' : 'restricted',
                    'pod-security.kubernetes.io/warn': 'restricted',
                    'pod-security.kubernetes.io/audit': 'restricted',
                },
            },
        };
        objects.push({ component: render_context/* appComponent */.V7, object: namespace });
    }
    if (target.preview && spec.preview?.quota) {
        for (const object of renderPreviewQuota(context, spec.preview.quota))
            objects.push({ component: render_context/* appComponent */.V7, object });
    }
    try {
        for (const secret of renderSecrets(context, spec.secrets ?? []))
            objects.push({ component: render_context/* appComponent */.V7, object: secret });
    }
    catch (error) {
        if (error instanceof errors/* SpecError */.G8)
            problems.push(...error.problems);
        else
            throw error;
    }
    for (const source of spec.components) {
        const component = (0,render_context/* withDefaults */.rO)(source, spec.defaults);
        const pointer = context.componentPointer(component.name);
        const info = {
            name: component.name,
            kind: component.kind,
            depends: component.depends ?? [],
            images: podImages(component, context),
            urls: [],
        };
        const strategy = resolveStrategy(component.strategy, {
            gatewayRoute: component.ingress?.gateway !== undefined,
            ...(target.profile.trafficSplit ? { profileTraffic: target.profile.trafficSplit } : {}),
        });
        if (strategy)
            info.strategy = strategy;
        const pins = podPins(component, context);
        if (pins.length > 0)
            info.pins = pins;
        let generated = [];
        const skipWaitServices = new Set();
        // Aligned with `generated` by index (patches map objects one to one, in order).
        const stages = [];
        if (component.kind === 'http') {
            const rendered = (0,http_step/* renderHttpStep */.Z)(component, pointer, {
                secrets: spec.secrets ?? [],
                env: options.env,
                missingSecrets: options.missingSecrets,
                problemAt: options.problemAt,
            });
            problems.push(...rendered.problems);
            steps.push({ component: component.name, http: rendered.step });
            components.push({ ...info, images: [] });
            continue;
        }
        if (component.kind === 'helm' || component.kind === 'kustomize') {
            const packaged = options.packaged?.get(`${target.name}\u0000${component.name}`);
            if (!packaged) {
                problems.push(options.problemAt(`${pointer}/${component.kind}`, `${component.kind} was not rendered for this run`));
            }
            else {
                const rendered = renderPackaged(context, packaged.text, `${component.name} (${packaged.renderer})`);
                for (const entry of rendered.objects) {
                    generated.push(entry.object);
                    stages.push(entry);
                }
                info.images = renderedImages(generated);
                for (const message of rendered.problems)
                    problems.push(options.problemAt(`${pointer}/${component.kind}`, message));
            }
        }
        else if (component.kind === 'manifests') {
            const manifests = (0,render_manifests/* renderManifests */.hO)(context, component);
            generated = manifests.objects;
            for (const problem of manifests.problems)
                problems.push(options.problemAt(`${pointer}/files/${problem.fileIndex}`, problem.message));
        }
        else {
            const ports = normalizedPorts(component);
            const config = renderConfigMaps(context, component);
            const rbac = renderRbac(context, component);
            generated.push(...rbac.objects, ...config.objects);
            generated.push(renderWorkload(context, {
                component,
                ports,
                configs: config.mounts,
                serviceAccountName: rbac.serviceAccountName,
                automountToken: rbac.automountToken,
                behindService: behindService(component, ports),
            }));
            if (component.kind !== 'job' && component.kind !== 'cronjob') {
                const service = renderService(context, component, ports);
                if (service.object)
                    generated.push(service.object);
                if (service.object && service.skipWait)
                    skipWaitServices.add(service.object.metadata.name);
                for (const extra of renderExtraServices(context, component, ports)) {
                    generated.push(extra.object);
                    if (extra.skipWait)
                        skipWaitServices.add(extra.object.metadata.name);
                }
                const ingress = component.ingress?.gateway
                    ? renderHttpRoute(context, component, ports)
                    : renderIngress(context, component, ports);
                if (ingress.object)
                    generated.push(ingress.object);
                info.urls = ingress.urls;
            }
            const extras = [
                renderNetworkPolicy(context, component, podPorts(component)),
                renderPodDisruptionBudget(context, component),
                renderAutoscaler(context, component),
            ];
            for (const extra of extras)
                if (extra)
                    generated.push(extra);
        }
        if (component.patches?.length) {
            const patched = applyPatches(generated, component.patches);
            generated = patched.objects;
            for (const failure of patched.failures)
                problems.push(options.problemAt(`${pointer}/patches/${failure.index}`, failure.message));
        }
        const blueGreenMarks = blueGreenLayout(generated, info, problems, options, pointer);
        // Jobs cannot change their pod template in place; re-running one means re-creating it.
        const replaceOnImmutable = component.replaceOnImmutable ?? component.kind === 'job';
        for (const [index, object] of generated.entries()) {
            const desired = { component: component.name, object };
            const mark = blueGreenMarks?.[index];
            if (mark)
                desired.blueGreen = mark;
            // The switch: the main Service (and what routes to it) is applied only once the new color is ready.
            if (blueGreenMarks && (mark?.role === 'service' || object.kind === 'Ingress' || object.kind === 'HTTPRoute'))
                desired.options = { ...desired.options, stage: 1 };
            if (replaceOnImmutable && (component.replaceOnImmutable === true || object.kind === 'Job'))
                desired.options = { replaceOnImmutable: true };
            if (object.kind === 'Service' && skipWaitServices.has(object.metadata.name))
                desired.options = { ...desired.options, skipWait: true };
            const staged = stages[index];
            if (staged?.stage)
                desired.options = { ...desired.options, stage: staged.stage };
            if (staged?.hook)
                desired.options = { ...desired.options, replaceOnImmutable: true };
            objects.push(desired);
        }
        components.push(info);
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(problems);
    return {
        app: spec.app,
        cluster: target.name,
        namespace: context.namespace,
        components,
        objects,
        ...(steps.length > 0 ? { steps } : {}),
    };
}
/**
 * A blue-green component's objects are replaced (in place, index for index plus the preview Service) by their
 * blue-green layout; returns the marks aligned with `generated`, or undefined for other strategies.
 */
function blueGreenLayout(generated, component, problems, options, pointer) {
    const blueGreen = blueGreenOptions(component.strategy);
    if (!blueGreen)
        return undefined;
    if (component.kind !== 'service') {
        problems.push(options.problemAt(`${pointer}/strategy`, `blue-green needs kind service (a Deployment with a Service), not ${component.kind}`));
        return undefined;
    }
    try {
        const marked = (0,render/* toBlueGreen */.$Q)(generated, component.name, blueGreen);
        generated.splice(0, generated.length, ...marked.map((entry) => entry.object));
        return marked.map((entry) => entry.blueGreen);
    }
    catch (error) {
        problems.push(options.problemAt(`${pointer}/strategy`, error.message));
        return undefined;
    }
}
/** Images a chart's or kustomization's workloads run, for reports (the spec names none for such components). */
function renderedImages(objects) {
    const images = new Set();
    for (const object of objects) {
        const spec = object['spec'];
        const template = spec?.['jobTemplate']?.spec ?? spec;
        const pod = template?.['template']?.spec;
        for (const list of ['initContainers', 'containers'])
            for (const container of pod?.[list] ?? [])
                if (typeof container.image === 'string')
                    images.add(container.image);
    }
    return [...images];
}

// EXTERNAL MODULE: ./src/settings/types.ts
var settings_types = __webpack_require__(31664);
// EXTERNAL MODULE: ./src/spec/load.ts + 1 modules
var load = __webpack_require__(98739);
;// CONCATENATED MODULE: ./src/pipeline.ts






/** Runs of a pull-request preview: they get the spec's preview seed and quota. */
const previewCommands = new Set([settings_types/* Command */.uB.PreviewUp, settings_types/* Command */.uB.PreviewDown, settings_types/* Command */.uB.PreviewSweep]);
/** Deploys need every secret value; render, plan and delete work without them (plan masks them anyway). */
function missingSecretsFor(command) {
    return command === settings_types/* Command */.uB.Deploy || command === settings_types/* Command */.uB.PreviewUp ? 'error' : 'placeholder';
}
/** Commands that run pods (or show what would run) pin images; render stays offline, delete needs no images. */
function resolvesImages(command) {
    return command === settings_types/* Command */.uB.Plan || command === settings_types/* Command */.uB.Deploy || command === settings_types/* Command */.uB.PreviewUp;
}
/**
 * Load, validate and render the spec for every selected cluster: everything a command needs before it talks to a
 * cluster. Pure apart from reading the spec and the files it names, and asking registries for pinned digests.
 */
async function prepareRun(settings, options) {
    const variables = { ...settings.variables };
    if (settings.imageTag !== undefined)
        variables.imageTag = settings.imageTag;
    const spec = await (0,load/* loadSpec */.II)(settings.specPath, {
        variables,
        clusters: settings.clusters,
        ...(settings.namespaceOverride ? { namespaceOverride: settings.namespaceOverride } : {}),
        ...(options.env.GITHUB_WORKSPACE ? { workspace: options.env.GITHUB_WORKSPACE } : {}),
        ...(options.document ? { document: options.document } : {}),
        ...(previewCommands.has(settings.command) ? { preview: true } : {}),
    });
    // Charts and kustomizations are rendered by their tools here, at the edge; renderApp stays pure.
    const packaged = await renderPackages(spec, options.env);
    // So are image digests (`images.pin: digest`): plan resolves them too, read-only, so it shows what deploy does.
    const pinnedImages = resolvesImages(settings.command)
        ? await resolvePinnedImages(spec, options.env, options.anonymousRegistries ? { anonymousOnly: options.anonymousRegistries } : {})
        : undefined;
    const targets = spec.targets.map((target) => ({
        target,
        rendered: renderApp(target, {
            files: spec.files,
            packaged,
            ...(pinnedImages ? { pinnedImages } : {}),
            env: options.env,
            missingSecrets: options.missingSecrets ?? missingSecretsFor(settings.command),
            problemAt: (pointer, message) => (0,yaml_source/* problemAt */.l4)(spec.document, pointer, message),
        }),
    }));
    if (settings.namespaceLabels || settings.namespaceAnnotations) {
        for (const { rendered } of targets) {
            for (const { object } of rendered.objects) {
                if (object.kind !== 'Namespace')
                    continue;
                if (settings.namespaceLabels)
                    object.metadata.labels = { ...object.metadata.labels, ...settings.namespaceLabels };
                if (settings.namespaceAnnotations)
                    object.metadata.annotations = { ...object.metadata.annotations, ...settings.namespaceAnnotations };
            }
        }
    }
    return { spec, targets };
}


/***/ }),

/***/ 75611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   D2: () => (/* binding */ appLabels),
/* harmony export */   D8: () => (/* binding */ componentLabels),
/* harmony export */   I_: () => (/* binding */ imageTag),
/* harmony export */   ND: () => (/* binding */ objectMeta),
/* harmony export */   V7: () => (/* binding */ appComponent),
/* harmony export */   ZF: () => (/* binding */ managedBy),
/* harmony export */   Zn: () => (/* binding */ selectorLabels),
/* harmony export */   rO: () => (/* binding */ withDefaults)
/* harmony export */ });
/* unused harmony export labelValue */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _kube_labels_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88550);
/* harmony import */ var _spec_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31123);



const managedBy = 'k8deployer';
/** Objects of the app itself (namespace, secrets) belong to this pseudo component; it cannot clash with a DNS label. */
const appComponent = '(app)';
function withDefaults(component, defaults) {
    const merged = { ...component };
    if (defaults) {
        const simple = [
            'replicas',
            'imagePullSecrets',
            'imagePullPolicy',
            'nodeSelector',
            'tolerations',
            'readOnlyRootFilesystem',
            'runAsUser',
            'runAsGroup',
            'fsGroup',
            'topologySpread',
            'revisionHistoryLimit',
            'networkPolicy',
        ];
        for (const key of simple) {
            if (merged[key] === undefined && defaults[key] !== undefined)
                merged[key] = defaults[key];
        }
        // Only Deployments have a strategy: the spec-wide default does not reach jobs, stateful sets and the like.
        const kind = (0,_spec_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKind */ .g)(component);
        if (merged.strategy === undefined && defaults.strategy !== undefined && (kind === 'service' || kind === 'worker'))
            merged.strategy = defaults.strategy;
        if (defaults.env)
            merged.env = { ...defaults.env, ...component.env };
        if (defaults.labels)
            merged.labels = { ...defaults.labels, ...component.labels };
        // Merged like env and labels: a component adding one annotation must not drop the spec-wide ones.
        if (defaults.podAnnotations)
            merged.podAnnotations = { ...defaults.podAnnotations, ...component.podAnnotations };
        if (defaults.resources) {
            merged.resources = {
                requests: { ...defaults.resources.requests, ...component.resources?.requests },
                limits: { ...defaults.resources.limits, ...component.resources?.limits },
            };
        }
    }
    return { ...merged, kind: (0,_spec_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .componentKind */ .g)(component) };
}
function contentHash(value, length = 10) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length);
}
/** The image's tag, or undefined for digests and untagged images. */
function imageTag(image) {
    if (image.includes('@'))
        return undefined;
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    return colon < 0 ? undefined : image.slice(colon + 1);
}
/** Label values: at most 63 characters of [-A-Za-z0-9_.], alphanumeric at both ends. */
function labelValue(text) {
    return text
        .replace(/[^-A-Za-z0-9_.]/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}
function selectorLabels(context, component) {
    return { 'app.kubernetes.io/name': component, 'app.kubernetes.io/instance': context.app };
}
/**
 * The app.kubernetes.io labels of a component's objects. The version label goes only on the workload and its pods
 * (what actually runs that version): on every object it would make each release rewrite all of them.
 */
function componentLabels(context, component, options = {}) {
    const version = options.withVersion
        ? (context.target.spec.version ?? (component.image ? imageTag(component.image) : undefined))
        : undefined;
    const labels = {
        ...context.target.spec.labels,
        ...component.labels,
        ...selectorLabels(context, component.name),
        'app.kubernetes.io/component': component.kind,
        [_kube_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .partOfLabel */ .L]: context.app,
        'app.kubernetes.io/managed-by': managedBy,
    };
    const cleanVersion = version ? labelValue(version) : '';
    if (cleanVersion)
        labels['app.kubernetes.io/version'] = cleanVersion;
    return labels;
}
function appLabels(context) {
    return {
        ...context.target.spec.labels,
        [_kube_labels_js__WEBPACK_IMPORTED_MODULE_2__/* .partOfLabel */ .L]: context.app,
        'app.kubernetes.io/instance': context.app,
        'app.kubernetes.io/managed-by': managedBy,
    };
}
function objectMeta(context, name, labels, options = {}) {
    const metadata = { name };
    if (options.namespaced !== false)
        metadata.namespace = context.namespace;
    metadata.labels = labels;
    const annotations = { ...context.target.spec.annotations, ...options.annotations };
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    return metadata;
}


/***/ }),

/***/ 31249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ renderHttpStep),
/* harmony export */   l: () => (/* binding */ unsetSecretValue)
/* harmony export */ });
/* harmony import */ var _spec_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58780);
/* harmony import */ var _steps_expect_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77742);


/** Stands in for a secret value the environment does not hold (plan, render): never sent. */
const unsetSecretValue = '(unset)';
/** Pure: a validated kind: http component → the request it makes, defaults filled in, secret values read. */
function renderHttpStep(component, pointer, options) {
    const http = component.http ?? { url: '' };
    const problems = [];
    const headers = [];
    for (const [name, value] of Object.entries(http.headers ?? {})) {
        const where = `${pointer}/http/headers/${(0,_spec_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerToken */ .uC)(name)}`;
        if (typeof value === 'string') {
            headers.push({ name, value, secret: false });
            continue;
        }
        const variable = 'secret' in value
            ? options.secrets.find((secret) => secret.name === value.secret)?.fromEnv?.[value.key]
            : value.valueEnv;
        const read = variable !== undefined ? options.env[variable] : undefined;
        let secret = read ?? '';
        if (secret === '') {
            // A spec secret's missing variable is reported where the secret reads it (renderSecrets).
            if (options.missingSecrets === 'error' && !('secret' in value))
                problems.push(options.problemAt(`${where}/valueEnv`, `header ${name}: environment variable ${variable ?? ''} is not set`));
            secret = unsetSecretValue;
        }
        else if (/[\r\n\0]/.test(secret)) {
            // The value itself is never quoted: it is a secret.
            problems.push(options.problemAt(where, `header ${name}: its secret value contains CR, LF or NUL (header injection)`));
            secret = unsetSecretValue;
        }
        headers.push({ name, value: `${value.prefix ?? ''}${secret}`, secret: true, secretText: secret });
    }
    let body;
    if (typeof http.body === 'string')
        body = http.body;
    else if (http.body !== undefined) {
        body = JSON.stringify(http.body);
        if (!headers.some((header) => header.name.toLowerCase() === 'content-type'))
            headers.push({ name: 'content-type', value: 'application/json', secret: false });
    }
    const step = {
        method: http.method ?? 'GET',
        url: http.url,
        headers,
        ...(body !== undefined ? { body } : {}),
        expect: {
            status: (0,_steps_expect_js__WEBPACK_IMPORTED_MODULE_1__/* .parseStatuses */ .O7)(http.expect?.status),
            ...(http.expect?.bodyContains !== undefined ? { bodyContains: http.expect.bodyContains } : {}),
        },
        retries: http.retries ?? 2,
        backoff: {
            initialMs: Math.round((http.backoff?.initialSeconds ?? 1) * 1000),
            maxMs: Math.round((http.backoff?.maxSeconds ?? Math.max(30, http.backoff?.initialSeconds ?? 0)) * 1000),
        },
        timeoutMs: Math.round((http.timeoutSeconds ?? 10) * 1000),
        totalTimeoutMs: Math.round((http.totalTimeoutSeconds ?? 120) * 1000),
        when: http.when ?? 'changed',
    };
    return { step, problems };
}


/***/ }),

/***/ 75246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ objectsFromYaml),
/* harmony export */   OS: () => (/* binding */ clusterScopedKinds),
/* harmony export */   hO: () => (/* binding */ renderManifests)
/* harmony export */ });
/* harmony import */ var _kube_labels_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88550);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26628);
/* harmony import */ var _spec_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58554);
/* harmony import */ var _spec_variables_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42610);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75611);






/** Kinds that live outside namespaces; other kinds from files get the app's namespace unless they name one. */
const clusterScopedKinds = new Set([
    'Namespace',
    'Node',
    'PersistentVolume',
    'StorageClass',
    'ClusterRole',
    'ClusterRoleBinding',
    'CustomResourceDefinition',
    'APIService',
    'PriorityClass',
    'IngressClass',
    'RuntimeClass',
    'CSIDriver',
    'VolumeSnapshotClass',
    'MutatingWebhookConfiguration',
    'ValidatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'ClusterIssuer',
]);
/** Raw manifests from files, variables substituted, labelled as part of the app. */
function renderManifests(context, component) {
    const objects = [];
    const problems = [];
    (component.files ?? []).forEach((file, fileIndex) => {
        const substituted = (0,_spec_variables_js__WEBPACK_IMPORTED_MODULE_2__/* .substituteText */ .Ch)(context.options.files.get(file) ?? '', context.target.variables);
        for (const problem of substituted.problems)
            problems.push({ fileIndex, message: `${file}: ${problem.message}` });
        const parsed = objectsFromYaml(context, substituted.text, file);
        objects.push(...parsed.objects);
        for (const message of parsed.problems)
            problems.push({ fileIndex, message });
    });
    return { objects, problems };
}
/**
 * Kubernetes objects from one YAML text (a manifest file, a chart or kustomization rendered by its tool): parsed
 * within the YAML budgets, checked to be objects outside the system namespaces, put in the app's namespace unless
 * they name one, and labelled as part of the app. `source` names the text in messages.
 */
function objectsFromYaml(context, text, source) {
    const objects = [];
    const problems = [];
    let documents;
    try {
        // The same budgets as every YAML the tool reads: an alias bomb in a manifest must not reach the heap.
        documents = (0,_spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .loadYamlDocuments */ .i2)(text, { file: source });
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .SpecError */ .G8))
            throw error;
        const problem = error.problems[0];
        problems.push(`${source}:${problem?.line ?? 1}:${problem?.column ?? 1}: ${problem?.message ?? error.message}`);
        return { objects, problems };
    }
    documents.forEach((document, documentIndex) => {
        if (document === null || document === undefined)
            return;
        const object = document;
        if (!object ||
            typeof object !== 'object' ||
            !object.apiVersion ||
            !object.kind ||
            typeof object.metadata?.name !== 'string') {
            problems.push(`${source} document ${documentIndex + 1}: a Kubernetes object needs apiVersion, kind and metadata.name`);
            return;
        }
        const systemNamespace = object.kind === 'Namespace' ? object.metadata.name : object.metadata.namespace;
        if (typeof systemNamespace === 'string' && (0,_spec_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isSystemNamespace */ .L2)(systemNamespace)) {
            problems.push(`${source} document ${documentIndex + 1}: ${object.kind}/${object.metadata.name} is in the Kubernetes system namespace '${systemNamespace}' (kube-*); manifests deploy to the app's namespace or their own`);
            return;
        }
        const metadata = { ...object.metadata };
        if (!clusterScopedKinds.has(object.kind) && !metadata.namespace)
            metadata.namespace = context.namespace;
        metadata.labels = {
            ...context.target.spec.labels,
            ...metadata.labels,
            [_kube_labels_js__WEBPACK_IMPORTED_MODULE_5__/* .partOfLabel */ .L]: context.app,
            'app.kubernetes.io/managed-by': _context_js__WEBPACK_IMPORTED_MODULE_3__/* .managedBy */ .ZF,
        };
        objects.push({ ...object, metadata });
    });
    return { objects, problems };
}


/***/ }),

/***/ 77203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ objectFiles),
/* harmony export */   TZ: () => (/* binding */ objectsToYaml)
/* harmony export */ });
/* unused harmony exports maskedValue, maskSecret, safeFileSegment */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);

const maskedValue = '********';
/** Secret values never leave the process in clear unless the user explicitly asks. */
function maskSecret(object) {
    if (object.kind !== 'Secret')
        return object;
    const mask = (values) => values && typeof values === 'object'
        ? Object.fromEntries(Object.keys(values).map((key) => [key, maskedValue]))
        : values;
    const masked = { ...object };
    if ('data' in object)
        masked.data = mask(object.data);
    if ('stringData' in object)
        masked.stringData = mask(object.stringData);
    return masked;
}
function objectsToYaml(objects, options = {}) {
    return objects
        .map((object) => (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .dump */ .Bh)(options.showSecrets ? object : maskSecret(object), { noRefs: true, lineWidth: -1, sortKeys: false }))
        .map((text) => `---\n${text}`)
        .join('');
}
/** Longest name part of a file; keeps names under every file system's 255-byte limit with the prefix and suffix. */
const maxNameLength = 100;
/**
 * A kind, a name or a cluster as one path segment: anything but letters, digits, `.`, `_` and `-` becomes `_`
 * (so no `/`, `\`, NUL, control characters or non-ASCII), no leading dot (`..`, hidden files), capped length. Raw
 * manifests choose their names freely, so a name like `../../x` must not pick where its file is written.
 */
function safeFileSegment(text, maxLength = maxNameLength) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]/g, '_')
        .replace(/^\.+/, (dots) => '_'.repeat(dots.length))
        .slice(0, maxLength);
    return cleaned.length > 0 ? cleaned : '_';
}
/** One file per object, named so that `ls` shows them in apply order. */
function objectFiles(rendered, options = {}) {
    return rendered.objects.map(({ object }, index) => ({
        directory: safeFileSegment(rendered.cluster),
        name: `${String(index + 1).padStart(3, '0')}-${safeFileSegment(String(object.kind).toLowerCase(), 40)}-${safeFileSegment(String(object.metadata.name))}.yaml`,
        content: objectsToYaml([object], options),
        secret: object.kind === 'Secret',
    }));
}


/***/ }),

/***/ 3197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ parseCliArgs)
/* harmony export */ });
/* unused harmony export cliUsage */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _spec_validate_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41603);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48031);
/* harmony import */ var _parse_values_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(12085);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47965);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31664);







const defaultSpecPath = 'k8deployer.yaml';
function flagLabel(option) {
    return `flag --${option.flag}`;
}
function parseArgsOptions() {
    const options = {
        help: { type: 'boolean', short: 'h' },
        'show-secrets': { type: 'boolean' },
        repository: { type: 'string' },
    };
    for (const option of _options_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedOptions */ .mJ) {
        options[option.flag] = {
            type: option.boolean ? 'boolean' : 'string',
            ...(option.short ? { short: option.short } : {}),
            ...(option.repeatable ? { multiple: true } : {}),
        };
    }
    return options;
}
/**
 * `k8deployer <command> [flags]` → Settings. Parsing is lenient at the node:util level (tokens only) and strict here,
 * so every error can name the flag in the same words the action uses for inputs.
 */
function parseCliArgs(argv, env = {}) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
        args: [...argv],
        options: parseArgsOptions(),
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    const byFlag = new Map();
    for (const option of _options_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedOptions */ .mJ) {
        byFlag.set(option.flag, option);
        if (option.short)
            byFlag.set(option.short, option);
    }
    const settings = {
        ..._types_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultSettings */ .L6,
        clusters: [],
        variables: {},
        command: _types_js__WEBPACK_IMPORTED_MODULE_6__/* .Command */ .uB.Deploy,
        specPath: defaultSpecPath,
    };
    const writable = settings;
    const positionals = [];
    let repositoryFlag;
    for (const token of tokens) {
        if (token.kind === 'option-terminator')
            continue;
        if (token.kind === 'positional') {
            positionals.push(token.value);
            continue;
        }
        if (token.name === 'help' || token.name === 'h')
            return { kind: 'help', text: cliUsage() };
        // CLI only: an action's log is shared with everyone who can read the repository.
        if (token.name === 'show-secrets') {
            settings.showSecrets = true;
            continue;
        }
        // CLI only: in the action the repository comes from the runner (GITHUB_REPOSITORY_ID), never from an input.
        if (token.name === 'repository') {
            repositoryFlag = parseRepositoryName(token.value, token.inlineValue === true);
            continue;
        }
        const negated = token.name.startsWith('no-') ? byFlag.get(token.name.slice(3)) : undefined;
        if (negated?.boolean) {
            if (token.value !== undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`flag ${token.rawName}: takes no value`);
            writable[negated.setting] = false;
            continue;
        }
        const option = byFlag.get(token.name);
        if (!option)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unknown flag ${token.rawName}${flagSuggestion(token.name)}; see k8deployer --help`);
        if (option.boolean) {
            writable[option.setting] = token.value === undefined ? true : option.parse(flagLabel(option), token.value);
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${flagLabel(option)}: expected a value${option.placeholder ? ` like ${option.placeholder}` : ''}`);
        }
        if (option.setting === 'variables') {
            const [key, val] = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseKeyValue */ .aK)(flagLabel(option), value);
            settings.variables[key] = val;
        }
        else if (option.setting === 'clusters') {
            const names = option.parse(flagLabel(option), value);
            for (const name of names)
                if (!settings.clusters.includes(name))
                    settings.clusters.push(name);
        }
        else {
            writable[option.setting] = option.parse(flagLabel(option), value);
        }
    }
    const [command, ...extra] = positionals;
    if (command === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`command: expected one of ${Object.values(_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Command */ .uB).join(', ')}; see k8deployer --help`);
    }
    settings.command = (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_4__/* .parseCommand */ .RM)('command', command);
    if (extra.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`unexpected argument ${JSON.stringify(extra[0])}; flags start with --`);
    // The flag names another repository on purpose; otherwise a CLI run inside Actions knows its repository from env.
    const repository = repositoryFlag !== undefined
        ? (0,_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryIdentity */ .R)(repositoryFlag)
        : (0,_repository_js__WEBPACK_IMPORTED_MODULE_5__/* .repositoryIdentity */ .R)(env.GITHUB_REPOSITORY, env.GITHUB_REPOSITORY_ID);
    if (repository)
        settings.repository = repository;
    return { kind: 'run', settings };
}
function flagSuggestion(name) {
    const known = [
        'help',
        'show-secrets',
        ..._options_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedOptions */ .mJ.flatMap((option) => (option.boolean ? [option.flag, `no-${option.flag}`] : [option.flag])),
    ];
    // Single-letter flags are short options: a typo there is no nearer to one long flag than another.
    const suggestion = name.length > 1 ? (0,_spec_validate_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(name, known) : undefined;
    return suggestion ? `; did you mean --${suggestion}?` : '';
}
function cliUsage() {
    const rows = _options_js__WEBPACK_IMPORTED_MODULE_3__/* .sharedOptions */ .mJ.map((option) => {
        const negated = option.boolean && option.negatedDescription !== undefined;
        const names = `${option.short ? `-${option.short}, ` : '    '}--${negated ? 'no-' : ''}${option.flag}`;
        const value = option.boolean ? '' : ` <${option.placeholder ?? 'value'}>`;
        const description = (negated ? option.negatedDescription : option.description) ?? option.description;
        return [`  ${names}${value}`, description + (option.repeatable ? ' Repeatable.' : '')];
    });
    rows.push(['      --show-secrets', 'render: print Secret values in clear (masked by default).']);
    rows.push([
        '      --repository <owner/name>',
        'Repository that owns previews and ApplySets (default: GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY).',
    ]);
    rows.push(['  -h, --help', 'Show this help.']);
    const width = Math.max(...rows.map(([left]) => left.length)) + 2;
    return [
        `Usage: k8deployer <${Object.values(_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Command */ .uB).join('|')}> [flags]`,
        '       k8deployer demo   deploy, break and roll back the shop example on a local test bed (README: keep, testbed-dir)',
        '',
        'Flags:',
        ...rows.map(([left, right]) => left.padEnd(width) + right),
    ].join('\n');
}
function parseRepositoryName(value, inline) {
    if (value === undefined || (!inline && value.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('flag --repository: expected a value like owner/name');
    if (!/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`flag --repository: expected owner/name (letters, digits, '.', '_', '-'), got ${JSON.stringify(value)}`);
    }
    return value;
}


/***/ }),

/***/ 48031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mJ: () => (/* binding */ sharedOptions)
/* harmony export */ });
/* unused harmony exports actionOnlyInputs, cliOnlyFlags */
/* harmony import */ var _parse_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12085);

const maxConcurrency = 64;
const sharedOptions = [
    {
        setting: 'specPath',
        input: 'spec',
        flag: 'spec',
        short: 'f',
        boolean: false,
        placeholder: 'file',
        description: 'Path of the deploy spec.',
        parse: (label, raw) => (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSingleLine */ .e7)(label, raw, 'a file path'),
    },
    {
        setting: 'clusters',
        input: 'clusters',
        flag: 'cluster',
        boolean: false,
        repeatable: true,
        placeholder: 'a,b',
        description: 'Clusters to target, separated by commas or newlines. Empty: every enabled cluster in the spec.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNameList */ .HI,
    },
    {
        setting: 'variables',
        input: 'variables',
        flag: 'var',
        boolean: false,
        repeatable: true,
        placeholder: 'k=v',
        description: 'Deploy-time variables as KEY=VALUE lines or a YAML map; they win over the spec.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVariables */ .rf,
    },
    {
        setting: 'imageTag',
        input: 'image-tag',
        flag: 'image-tag',
        boolean: false,
        placeholder: 'tag',
        description: 'Sets the imageTag variable, for images written as repo:${imageTag} (e.g. the commit SHA or release tag).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseImageTag */ .DO,
    },
    {
        setting: 'timeoutSeconds',
        input: 'timeout',
        flag: 'timeout',
        boolean: false,
        placeholder: '15m',
        description: 'Whole-run timeout: 10m, 90s, 1h30m or seconds.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationSeconds */ .lW,
    },
    {
        setting: 'objectTimeoutSeconds',
        input: 'object-timeout',
        flag: 'object-timeout',
        boolean: false,
        placeholder: '5m',
        description: 'How long one object may take to become ready.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDurationSeconds */ .lW,
    },
    {
        setting: 'rollback',
        input: 'rollback',
        flag: 'rollback',
        boolean: false,
        placeholder: 'off|cluster|all',
        description: 'On failure roll back nothing (off), the failing cluster (cluster) or every cluster touched (all).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseRollbackScope */ .gv,
    },
    {
        setting: 'concurrency',
        input: 'concurrency',
        flag: 'concurrency',
        boolean: false,
        placeholder: 'n',
        description: `Objects applied and awaited in parallel per cluster (1–${maxConcurrency}).`,
        parse: (label, raw) => (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInteger */ .cG)(label, raw, { min: 1, max: maxConcurrency }),
    },
    {
        setting: 'forceConflicts',
        input: 'force-conflicts',
        flag: 'force-conflicts',
        boolean: true,
        description: 'Take ownership of fields another field manager owns (server-side apply force).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'adopt',
        input: 'adopt',
        flag: 'adopt',
        boolean: true,
        description: 'Take over existing objects and namespaces that k8deployer did not create (refused otherwise).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'prune',
        input: 'prune',
        flag: 'prune',
        boolean: true,
        description: 'Delete objects this app deployed before that are no longer in the spec.',
        negatedDescription: 'Keep objects this app deployed before that are no longer in the spec (default: delete them).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'ignoreErrors',
        input: 'ignore-errors',
        flag: 'ignore-errors',
        boolean: true,
        description: 'delete: keep going past failures.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'deleteNamespaces',
        input: 'delete-namespaces',
        flag: 'delete-namespaces',
        boolean: true,
        description: 'delete: also remove the namespaces k8deployer created, if they hold no objects of others.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'deletePvcs',
        input: 'delete-pvcs',
        flag: 'delete-pvcs',
        boolean: true,
        description: 'delete and prune: also remove PersistentVolumeClaims (their data is lost).',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .yG,
    },
    {
        setting: 'outputDir',
        input: 'output-dir',
        flag: 'output-dir',
        short: 'o',
        boolean: false,
        placeholder: 'dir',
        description: 'render: write one file per object into this directory instead of printing.',
        parse: (label, raw) => (0,_parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSingleLine */ .e7)(label, raw, 'a directory path'),
    },
    {
        setting: 'namespaceOverride',
        input: 'namespace',
        flag: 'namespace',
        boolean: false,
        placeholder: 'ns',
        description: 'Deploy every cluster into this namespace instead of the spec’s.',
        parse: _parse_values_js__WEBPACK_IMPORTED_MODULE_0__/* .parseNamespace */ .LM,
    },
];
/** Inputs only the action has: they need a GitHub run around them. */
const actionOnlyInputs = (/* unused pure expression or super */ null && ([
    'command',
    'github-token',
    'comment',
    'comment-group',
    'job-summary',
    'deployments',
    'environment',
    'preview-namespace',
    'preview-host',
    'preview-ttl',
    'allow-forks',
]));
/** Flags only the CLI has (the command is positional there). */
const cliOnlyFlags = (/* unused pure expression or super */ null && (['help', 'show-secrets', 'repository']));


/***/ }),

/***/ 12085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ parseImageTag),
/* harmony export */   HI: () => (/* binding */ parseNameList),
/* harmony export */   LM: () => (/* binding */ parseNamespace),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Tk: () => (/* binding */ parseHours),
/* harmony export */   aK: () => (/* binding */ parseKeyValue),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   e7: () => (/* binding */ parseSingleLine),
/* harmony export */   gv: () => (/* binding */ parseRollbackScope),
/* harmony export */   lW: () => (/* binding */ parseDurationSeconds),
/* harmony export */   rf: () => (/* binding */ parseVariables),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26628);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31664);



/**
 * Value parsers shared by action inputs and CLI flags. `label` names the source in errors, e.g. `input "timeout"` or
 * `flag --timeout`, so the user knows exactly which setting to fix.
 */
function fail(label, expected, raw) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${label}: expected ${expected}, got ${JSON.stringify(raw)}`);
}
const durationUnitSeconds = { h: 3600, m: 60, s: 1 };
/** `600` (seconds), `90s`, `10m`, `1h`, `1h30m`, `2m30s` → whole seconds, > 0. */
function parseDurationSeconds(label, raw) {
    const text = raw.trim().toLowerCase();
    const expected = 'a duration like 10m, 90s, 1h30m or 600 (seconds)';
    if (/^\d+$/.test(text)) {
        const seconds = Number(text);
        if (seconds <= 0)
            fail(label, `${expected} greater than zero`, raw);
        return seconds;
    }
    if (!/^(\d+h)?(\d+m)?(\d+s)?$/.test(text) || text === '')
        fail(label, expected, raw);
    let seconds = 0;
    for (const match of text.matchAll(/(\d+)([hms])/g)) {
        seconds += Number(match[1]) * (durationUnitSeconds[match[2] ?? 's'] ?? 1);
    }
    if (seconds <= 0)
        fail(label, `${expected} greater than zero`, raw);
    return seconds;
}
const trueWords = new Set(['true', 'yes', 'on', '1']);
const falseWords = new Set(['false', 'no', 'off', '0']);
function parseBoolean(label, raw) {
    const text = raw.trim().toLowerCase();
    if (trueWords.has(text))
        return true;
    if (falseWords.has(text))
        return false;
    return fail(label, 'true or false', raw);
}
function parseInteger(label, raw, range) {
    const text = raw.trim();
    if (!/^\d+$/.test(text))
        fail(label, `a whole number from ${range.min} to ${range.max}`, raw);
    const value = Number(text);
    if (value < range.min || value > range.max)
        fail(label, `a whole number from ${range.min} to ${range.max}`, raw);
    return value;
}
function parseHours(label, raw) {
    const text = raw.trim().toLowerCase().replace(/h$/, '');
    if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0)
        fail(label, 'a number of hours greater than zero, e.g. 72', raw);
    return Number(text);
}
const clusterNamePattern = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;
/** `a,b`, `a, b` or one name per line → unique names in order. */
function parseNameList(label, raw) {
    const names = [];
    for (const part of raw.split(/[,\n]/)) {
        const name = part.trim();
        if (name === '')
            continue;
        if (!clusterNamePattern.test(name)) {
            fail(label, 'cluster names separated by commas or newlines (letters, digits, ".", "_", "-")', name);
        }
        if (!names.includes(name))
            names.push(name);
    }
    return names;
}
const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const keyValueLinePattern = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/;
/** One `KEY=VALUE` (the value may contain `=`). */
function parseKeyValue(label, raw) {
    const match = keyValueLinePattern.exec(raw);
    if (!match)
        return fail(label, 'KEY=VALUE (KEY: letters, digits, "_", ".", "-"; not starting with a digit)', raw);
    // `__proto__=x` would replace the variables map's prototype instead of defining a variable.
    if (_spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .prototypeKeys */ .dm.has(match[1] ?? ''))
        return fail(label, 'variable names other than __proto__, constructor and prototype', raw);
    return [match[1] ?? '', match[2] ?? ''];
}
/**
 * Variables as `KEY=VALUE` lines (blank lines and `#` comments skipped) or as a YAML map of scalars. A line-based
 * form is tried first because YAML would read `A=1` as a plain string.
 */
function parseVariables(label, raw) {
    const lines = raw.split('\n').map((line) => line.replace(/\r$/, ''));
    const meaningful = lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
    const variables = {};
    if (meaningful.length === 0)
        return variables;
    if (meaningful.every((line) => keyValueLinePattern.test(line))) {
        for (const line of meaningful) {
            const [key, value] = parseKeyValue(label, line);
            variables[key] = value;
        }
        return variables;
    }
    const expected = 'KEY=VALUE lines or a YAML map of names to strings, numbers or booleans';
    let parsed;
    try {
        parsed = (0,_spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .loadYamlDocument */ .xb)(raw, { file: label });
    }
    catch {
        return fail(label, expected, firstLine(raw));
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
        return fail(label, expected, firstLine(raw));
    for (const [key, value] of Object.entries(parsed)) {
        if (!variableNamePattern.test(key) || _spec_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .prototypeKeys */ .dm.has(key))
            fail(label, `${expected}; bad name`, key);
        if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            variables[key] = String(value);
        }
        else {
            fail(label, `${expected}; "${key}" has a nested or empty value`, JSON.stringify(value) ?? 'null');
        }
    }
    return variables;
}
function firstLine(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
function parseRollbackScope(label, raw) {
    const text = raw.trim().toLowerCase();
    const scopes = Object.values(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .RollbackScope */ .tr);
    if (scopes.includes(text))
        return text;
    // `true`/`false` read naturally in YAML workflows; map them rather than refuse.
    if (trueWords.has(text))
        return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .RollbackScope */ .tr.Cluster;
    if (falseWords.has(text))
        return _types_js__WEBPACK_IMPORTED_MODULE_2__/* .RollbackScope */ .tr.Off;
    return fail(label, `one of ${scopes.join(', ')}`, raw);
}
function parseCommand(label, raw) {
    const text = raw.trim().toLowerCase();
    const commands = Object.values(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .Command */ .uB);
    if (commands.includes(text))
        return text;
    return fail(label, `one of ${commands.join(', ')}`, raw);
}
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
function parseNamespace(label, raw) {
    const text = raw.trim();
    if (text.length > 63 || !dns1123Label.test(text)) {
        fail(label, 'a namespace name (lowercase letters, digits and "-", at most 63 characters)', raw);
    }
    return text;
}
/** Rejects empty strings and control characters (a path or tag with a newline is always a mistake). */
function parseSingleLine(label, raw, what) {
    const text = raw.trim();
    // eslint-disable-next-line no-control-regex
    if (text === '' || /[\u0000-\u001f]/.test(text))
        fail(label, what, raw);
    return text;
}
const imageTagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
function parseImageTag(label, raw) {
    const text = raw.trim();
    if (!imageTagPattern.test(text))
        fail(label, 'an image tag (letters, digits, "_", ".", "-"; at most 128)', raw);
    return text;
}


/***/ }),

/***/ 47965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ repositoryIdentity),
/* harmony export */   v: () => (/* binding */ repositoryLabel)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

/** Label on namespaces (and the ApplySet parent) naming the repository that owns them. */
const repositoryLabel = 'k8deployer.io/repository';
/**
 * The repository identity from the runner's environment. GITHUB_REPOSITORY_ID survives renames and transfers, so it
 * wins; a CLI run outside Actions can pass `--repository owner/name` (hashed, since `/` is not label-safe).
 */
function repositoryIdentity(name, id) {
    const trimmedId = id?.trim();
    const trimmedName = name?.trim();
    if (trimmedId && /^\d{1,20}$/.test(trimmedId))
        return { name: trimmedName || `id ${trimmedId}`, labelValue: `gh-${trimmedId}` };
    if (!trimmedName)
        return undefined;
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(trimmedName.toLowerCase()).digest('hex').slice(0, 40);
    return { name: trimmedName, labelValue: `repo-${digest}` };
}


/***/ }),

/***/ 31664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   tr: () => (/* binding */ RollbackScope),
/* harmony export */   uB: () => (/* binding */ Command)
/* harmony export */ });
/** One typed settings object, built once from action inputs (src/action/run.ts) or CLI flags (src/cli.ts). */
const Command = {
    Render: 'render',
    Plan: 'plan',
    Deploy: 'deploy',
    Delete: 'delete',
    PreviewUp: 'preview-up',
    PreviewDown: 'preview-down',
    /** Deletes preview namespaces older than the preview TTL (run it on a schedule). */
    PreviewSweep: 'preview-sweep',
    /**
     * Continues the app's rollouts in progress (canary steps, a blue-green switch), found from the cluster's rollout
     * record (src/apply/rollout-record.ts), not from this runner: usable from a later workflow.
     */
    Promote: 'promote',
    /** Rolls the app's rollouts in progress back to stable and removes the new version (src/apply/rollout-record.ts). */
    Abort: 'abort',
};
const RollbackScope = {
    Off: 'off',
    /** Roll back only the cluster that failed (default). */
    Cluster: 'cluster',
    /** Roll back every cluster this run touched when any fails. */
    All: 'all',
};
const defaultSettings = {
    clusters: [],
    variables: {},
    timeoutSeconds: 900,
    objectTimeoutSeconds: 300,
    rollback: RollbackScope.Cluster,
    concurrency: 8,
    forceConflicts: false,
    adopt: false,
    prune: true,
    ignoreErrors: false,
    deleteNamespaces: false,
    deletePvcs: false,
};


/***/ }),

/***/ 26628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ parseBoundedYaml),
/* harmony export */   dm: () => (/* binding */ prototypeKeys),
/* harmony export */   i2: () => (/* binding */ loadYamlDocuments),
/* harmony export */   xb: () => (/* binding */ loadYamlDocument)
/* harmony export */ });
/* unused harmony exports defaultYamlLimits, yamlProblem */
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49848);



/** Keys that reach Object.prototype machinery when user maps are copied or merged by assignment. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);
/**
 * Defaults for YAML that is not the spec (raw manifests, kubeconfigs, inputs): a CRD nests ~30 levels and holds
 * tens of thousands of nodes, so the budgets are far above real files and far below what hurts. Only `__proto__` is
 * refused: `constructor` is a legal ConfigMap key in a manifest, and nothing copies manifests by prototype lookup.
 */
const defaultYamlLimits = {
    maxBytes: 16 * 1024 * 1024,
    maxDepth: 64,
    maxAliases: 1000,
    maxNodes: 1_000_000,
    forbiddenKeys: new Set(['__proto__']),
};
const schema = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.withTags(js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .mergeTag */ .LJ);
/** Parses every document of a YAML text within `limits`; any failure is a SpecError located at file:line:column. */
function parseBoundedYaml(text, file, limits = defaultYamlLimits) {
    // UTF-8 takes at most 3 bytes per UTF-16 unit, so long texts are measured only when they could be over.
    if (text.length * 3 > limits.maxBytes && Buffer.byteLength(text) > limits.maxBytes) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([
            { file, line: 1, column: 1, pointer: '', message: `file is larger than ${limits.maxBytes} bytes; refusing it` },
        ]);
    }
    let events;
    try {
        events = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseEvents */ .PH)(text, { filename: file, maxDepth: limits.maxDepth });
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([yamlProblem(error, text, file)]);
    }
    const refused = checkEvents(events, text, limits);
    if (refused)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([{ file, ...(0,_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .r)(text, refused.offset), pointer: '', message: refused.message }]);
    try {
        return {
            events,
            documents: (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .constructFromEvents */ .fw)(events, { source: text, filename: file, schema, maxAliases: limits.maxAliases }),
        };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([yamlProblem(error, text, file)]);
    }
}
/** The documents of a YAML text (multi-document files give several), within the default budgets. */
function loadYamlDocuments(text, options) {
    return parseBoundedYaml(text, options.file, { ...defaultYamlLimits, ...options.limits }).documents;
}
/** Exactly one document (an empty text gives undefined), within the default budgets. */
function loadYamlDocument(text, options) {
    const documents = loadYamlDocuments(text, options);
    if (documents.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([
            {
                file: options.file,
                line: 1,
                column: 1,
                pointer: '',
                message: `expected one YAML document, found ${documents.length}`,
            },
        ]);
    return documents[0];
}
/**
 * One linear pass over the events: the expanded node count (an alias counts as the whole subtree it names), the
 * nesting depth once aliases are followed (the parser's depth limit sees only the text, and a chain of anchors each
 * nesting the previous one 40 deep builds a value thousands deep, which recursive walks cannot take), the total
 * length of the nodes' JSON pointers (see `maxPathChars`), and the forbidden keys. Returns where and why the text is
 * refused, or undefined.
 */
function checkEvents(events, text, limits) {
    const stack = [];
    // Per anchor: its expanded size and height, and for a scalar its text (an alias can be a mapping key).
    let anchors = new Map();
    let total = 0;
    let pathChars = 0;
    const maxPathChars = limits.maxPathChars ?? Number.POSITIVE_INFINITY;
    const anchorOf = (event) => event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : null;
    const forbidden = (offset, key) => ({
        offset,
        message: `the key '${key}' is not allowed (it would change how maps behave, not add a field)`,
    });
    const top = () => stack[stack.length - 1];
    const isKeyPosition = () => top()?.kind === 'mapping' && top().expectingKey;
    /**
     * Counts `size` nodes placed here (each with this position's pointer or a longer one); returns the pointer length.
     */
    const place = (offset, size, keyLength) => {
        const parent = top();
        let pathLength = 0;
        if (parent && parent.kind === 'sequence')
            pathLength = parent.pathLength + 1 + String(parent.nextIndex).length;
        else if (parent && parent.kind === 'mapping')
            pathLength = parent.pathLength + 1 + (parent.expectingKey ? keyLength : parent.keyLength);
        if (parent?.kind === 'mapping' && parent.expectingKey)
            parent.keyLength = keyLength;
        total += size;
        if (total > limits.maxNodes)
            return {
                offset,
                message: `the file has more than ${limits.maxNodes} YAML nodes once aliases are expanded; refusing it`,
            };
        pathChars += pathLength * size;
        if (pathChars > maxPathChars)
            return {
                offset,
                message: `the file's keys are too long for its size (their paths add up to more than ${maxPathChars} characters); refusing it`,
            };
        return pathLength;
    };
    // A node just finished: give its size to its parent, remember it under its anchor, and move the parent on.
    const finish = (size, height, anchor, scalar) => {
        if (anchor !== null)
            anchors.set(anchor, scalar === undefined ? { size, height } : { size, height, scalar });
        const parent = top();
        if (!parent)
            return;
        parent.size = Math.min(parent.size + size, Number.MAX_SAFE_INTEGER);
        parent.height = Math.max(parent.height, height);
        if (parent.kind === 'mapping')
            parent.expectingKey = !parent.expectingKey;
        if (parent.kind === 'sequence')
            parent.nextIndex += 1;
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                anchors = new Map();
                stack.push({
                    kind: 'document',
                    size: 0,
                    height: 0,
                    anchor: null,
                    expectingKey: false,
                    pathLength: 0,
                    keyLength: 0,
                    nextIndex: 0,
                });
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                // A collection as a mapping key has no pointer of its own; its nodes are counted but not addressed.
                const placed = place(event.start, 1, 0);
                if (typeof placed !== 'number')
                    return placed;
                stack.push({
                    kind: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? 'mapping' : 'sequence',
                    size: 1,
                    height: 0,
                    anchor: anchorOf(event),
                    expectingKey: true,
                    pathLength: placed,
                    keyLength: 0,
                    nextIndex: 0,
                });
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const start = event.valueStart >= 0 ? event.valueStart : Math.max(event.anchorStart, event.tagStart, 0);
                const anchor = anchorOf(event);
                const isKey = isKeyPosition();
                const value = isKey || anchor !== null ? (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event) : undefined;
                if (isKey && value !== undefined && limits.forbiddenKeys.has(value))
                    return forbidden(start, value);
                const placed = place(start, 1, isKey ? (value?.length ?? 0) : 0);
                if (typeof placed !== 'number')
                    return placed;
                finish(1, 1, anchor, value);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const { size, height, scalar } = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? {
                    size: 1,
                    height: 1,
                };
                const offset = Math.max(event.anchorStart - 1, 0);
                const isKey = isKeyPosition();
                if (isKey && scalar !== undefined && limits.forbiddenKeys.has(scalar))
                    return forbidden(offset, scalar);
                const placed = place(offset, size, isKey ? (scalar?.length ?? 0) : 0);
                if (typeof placed !== 'number')
                    return placed;
                // Collections open above this alias (the document frame is not one), plus what the alias brings.
                if (stack.length - 1 + height > limits.maxDepth + 1) {
                    return {
                        offset,
                        message: `this alias nests the document deeper than ${limits.maxDepth} levels; refusing it`,
                    };
                }
                finish(size, height, null);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP: {
                const frame = stack.pop();
                if (frame && frame.kind !== 'document')
                    finish(frame.size, frame.height + 1, frame.anchor);
                break;
            }
        }
    }
    return undefined;
}
function yamlProblem(error, text, file) {
    if (error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB) {
        const mark = error.mark;
        return {
            file,
            line: (mark?.line ?? 0) + 1,
            column: (mark?.column ?? 0) + 1,
            pointer: '',
            message: `invalid YAML: ${error.reason}`,
        };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { file, ...(0,_line_index_js__WEBPACK_IMPORTED_MODULE_2__/* .lineColumn */ .r)(text, 0), pointer: '', message: `invalid YAML: ${message}` };
}


/***/ }),

/***/ 55157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D3: () => (/* binding */ envNameReferences),
/* harmony export */   oU: () => (/* binding */ checkEnvNames)
/* harmony export */ });
/* unused harmony export isReservedEnvName */
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93367);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58780);


/**
 * Variables the runner and GitHub set for the job: the job's token, the runner's internal tokens and URLs
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN), every action input. A spec is repository content, so it
 * may not read them, neither as a credential source nor as a Secret value.
 */
const reservedPrefixes = ['GITHUB_', 'ACTIONS_', 'RUNNER_', 'INPUT_'];
function isReservedEnvName(name) {
    const upper = name.toUpperCase();
    return upper === 'GITHUB_TOKEN' || reservedPrefixes.some((prefix) => upper.startsWith(prefix));
}
/**
 * Every place where the spec names an environment variable to read: the cluster provider blocks' `*Env` fields,
 * the secrets' `fromEnv` values and `*Env` fields, and kind: http header values' `valueEnv`. (A unit test holds this
 * to the schema: every property described as an environment variable lives in one of these places.)
 */
function envNameReferences(spec) {
    const refs = [];
    const collect = (block, pointer) => {
        if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(block))
            return;
        for (const [key, value] of Object.entries(block)) {
            const at = `${pointer}/${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerToken */ .uC)(key)}`;
            if (key.endsWith('Env') && typeof value === 'string')
                refs.push({ name: value, pointer: at });
            if (key === 'fromEnv' && (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value)) {
                for (const [secretKey, name] of Object.entries(value)) {
                    if (typeof name === 'string')
                        refs.push({ name, pointer: `${at}/${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerToken */ .uC)(secretKey)}` });
                }
            }
        }
    };
    spec.clusters?.forEach((cluster, index) => {
        for (const [key, value] of Object.entries(cluster))
            if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value) && key !== 'components' && key !== 'variables' && key !== 'profile')
                collect(value, `/clusters/${index}/${key}`);
    });
    spec.secrets?.forEach((secret, index) => collect(secret, `/secrets/${index}`));
    // kind: http header values ({ valueEnv }), in groups at any depth.
    const components = (list, pointer) => {
        if (!Array.isArray(list))
            return;
        list.forEach((component, index) => {
            if (!(0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(component))
                return;
            const at = `${pointer}/${index}`;
            const http = component['http'];
            const headers = (0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(http) ? http['headers'] : undefined;
            if ((0,_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(headers))
                for (const [name, value] of Object.entries(headers))
                    collect(value, `${at}/http/headers/${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerToken */ .uC)(name)}`);
            components(component['components'], `${at}/components`);
        });
    };
    components(spec.components, '/components');
    return refs;
}
function checkEnvNames(spec, document) {
    return envNameReferences(spec)
        .filter(({ name }) => isReservedEnvName(name))
        .map(({ name, pointer }) => (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .problemAt */ .l4)(document, pointer, `environment variable ${name} belongs to the runner or GitHub (GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_*); the spec may not read it. ` +
        'Pass the value through a variable of your own in the step env (env: {MY_TOKEN: ${{ secrets.X }}})'));
}


/***/ }),

/***/ 57631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ expandGroupDepends),
/* harmony export */   p: () => (/* binding */ flattenComponents)
/* harmony export */ });
/* harmony import */ var _merge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93367);

const groupOnlyFields = new Set(['name', 'kind', 'components', 'depends']);
/**
 * Flattens `kind: app` groups. A child inherits every field its group sets (the child's own values win; maps
 * merge, lists replace), its `depends` add to the group's, and the group itself renders nothing.
 */
function flattenComponents(components, pointer = '/components', inherited = {}, inheritedDepends = []) {
    const placed = [];
    const groups = new Map();
    components.forEach((component, index) => {
        const own = `${pointer}/${index}`;
        const depends = [...new Set([...inheritedDepends, ...(component.depends ?? [])])];
        if (component.kind === 'app' || component.components) {
            const defaults = { ...inherited };
            for (const [key, value] of Object.entries(component)) {
                if (!groupOnlyFields.has(key))
                    defaults[key] = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .deepMerge */ .$)(defaults[key], value);
            }
            const inner = flattenComponents(component.components ?? [], `${own}/components`, defaults, depends);
            placed.push(...inner.placed);
            for (const [name, group] of inner.groups)
                groups.set(name, group);
            groups.set(component.name, {
                pointer: own,
                members: inner.placed.map((entry) => entry.component.name),
                ...(component.kind ? { kind: component.kind } : {}),
            });
            return;
        }
        const merged = (0,_merge_js__WEBPACK_IMPORTED_MODULE_0__/* .deepMerge */ .$)(inherited, component);
        if (depends.length > 0)
            merged.depends = depends;
        placed.push({ component: merged, pointer: own });
    });
    return { placed, groups };
}
/** `depends` naming an app group means every component in it. */
function expandGroupDepends(depends, groups) {
    return [...new Set(depends.flatMap((name) => groups.get(name)?.members ?? [name]))];
}


/***/ }),

/***/ 58554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FU: () => (/* binding */ dnsSubdomainProblem),
/* harmony export */   Ku: () => (/* binding */ dns1035LabelProblem),
/* harmony export */   L2: () => (/* binding */ isSystemNamespace),
/* harmony export */   Xi: () => (/* binding */ dataKeyProblem),
/* harmony export */   ZC: () => (/* binding */ dnsLabelProblem),
/* harmony export */   ml: () => (/* binding */ shorten),
/* harmony export */   p_: () => (/* binding */ qualifiedNameProblem),
/* harmony export */   r$: () => (/* binding */ ingressHostProblem),
/* harmony export */   zV: () => (/* binding */ labelValueProblem)
/* harmony export */ });
/**
 * Kubernetes' own name rules (k8s.io/apimachinery/pkg/util/validation), so values the API server would refuse are
 * refused while validating the spec, with a position, instead of half-way through a deploy. Each returns undefined
 * when the value is valid, else why not.
 */
const dns1123LabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035LabelPattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const dns1123SubdomainPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const qualifiedNamePattern = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const configMapKeyPattern = /^[-._a-zA-Z0-9]+$/;
/** Names most objects take (Deployment, ConfigMap, Secret, ServiceAccount, ...): a DNS-1123 subdomain. */
function dnsSubdomainProblem(value) {
    if (value.length === 0)
        return 'must not be empty';
    if (value.length > 253)
        return `must be at most 253 characters (it has ${value.length})`;
    return dns1123SubdomainPattern.test(value)
        ? undefined
        : 'must be a DNS-1123 subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit';
}
function dnsLabelProblem(value, max = 63) {
    if (value.length > max)
        return `must be at most ${max} characters (it has ${value.length})`;
    return dns1123LabelPattern.test(value)
        ? undefined
        : 'must be a DNS-1123 label: lower case letters, digits and -, starting and ending with a letter or digit';
}
/** Service names: a DNS-1035 label (must start with a letter, so it can be an environment variable prefix). */
function dns1035LabelProblem(value) {
    if (value.length > 63)
        return `must be at most 63 characters (it has ${value.length})`;
    return dns1035LabelPattern.test(value)
        ? undefined
        : 'must be a DNS-1035 label: lower case letters, digits and -, starting with a letter and ending with a letter or digit';
}
/** Label and annotation keys: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
function qualifiedNameProblem(key) {
    const slash = key.indexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (prefix !== undefined) {
        const problem = dnsSubdomainProblem(prefix);
        if (problem)
            return `its prefix '${shorten(prefix)}' ${problem}`;
    }
    if (name.length === 0)
        return 'needs a name (after the prefix)';
    if (name.length > 63)
        return `its name part must be at most 63 characters (it has ${name.length})`;
    return qualifiedNamePattern.test(name)
        ? undefined
        : 'must be letters, digits, -, _ and ., starting and ending with a letter or digit (optionally prefixed with a DNS subdomain and /)';
}
/** Label values: empty, or at most 63 characters of the qualified-name alphabet. */
function labelValueProblem(value) {
    if (value.length === 0)
        return undefined;
    if (value.length > 63)
        return `must be at most 63 characters (it has ${value.length})`;
    return qualifiedNamePattern.test(value)
        ? undefined
        : 'must be letters, digits, -, _ and ., starting and ending with a letter or digit';
}
/** ConfigMap and Secret data keys. */
function dataKeyProblem(key) {
    if (key.length === 0 || key.length > 253)
        return 'must be 1 to 253 characters';
    if (key === '.' || key === '..')
        return `must not be '${key}'`;
    return configMapKeyPattern.test(key) ? undefined : 'must be letters, digits, -, _ and .';
}
/** Ingress hosts: a DNS-1123 subdomain (RFC 1123 names), optionally `*.` for a wildcard; never an IP address. */
function ingressHostProblem(host) {
    const name = host.startsWith('*.') ? host.slice(2) : host;
    const problem = dnsSubdomainProblem(name);
    if (problem)
        return problem;
    if (/^[0-9.]+$/.test(name))
        return 'must be a DNS name, not an IP address';
    return undefined;
}
/**
 * Namespaces Kubernetes itself runs in. A deploy (or prune) there could replace or delete cluster components, so
 * an app, a cluster entry or a raw manifest may not target them. `default` stays allowed: it is the usual home of
 * small apps and holds nothing the cluster needs.
 */
function isSystemNamespace(namespace) {
    return namespace.startsWith('kube-');
}
function shorten(text, max = 60) {
    const flat = JSON.stringify(text).slice(1, -1);
    return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}


/***/ }),

/***/ 49043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ specLimits)
/* harmony export */ });
/**
 * Caps on what one spec may ask for. Each is far above what a spec written by people holds (tens of components, a
 * handful of clusters) and low enough that validation, rendering and planning stay well under a second. Past a cap the
 * spec is refused with a positioned error rather than processed slowly.
 */
const specLimits = {
    /** Components, app groups included. Also bounds the depth of every walk over the dependency graph. */
    maxComponents: 1000,
    /** Cluster entries; every one is validated and rendered separately. */
    maxClusters: 50,
    /**
     * Components × clusters: each pair is rendered (and, on deploy, planned) once. 10,000 renders take well under a
     * second; 100 clusters × 1,000 components would take many.
     */
    maxRenders: 10_000,
    /** YAML nodes × clusters: the whole spec is substituted and validated once per cluster. */
    maxValidatedNodes: 2_000_000,
    /** Dependency cycles named in one report; one is enough to fix, a few show the pattern. */
    maxReportedCycles: 10,
};


/***/ }),

/***/ 49848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ lineColumn)
/* harmony export */ });
/**
 * Offsets → 1-based line and column. Line starts are indexed once per text and searched by bisection, so reporting
 * thousands of problems in one large file stays linear instead of rescanning the file for each problem. A few texts
 * are kept, so problems that alternate between the spec and the files it names do not rebuild the index each time.
 */
const cache = [];
const cacheSize = 4;
function lineStarts(text) {
    const hit = cache.find((entry) => entry.text === text);
    if (hit)
        return hit.starts;
    let count = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        count += 1;
    const starts = new Uint32Array(count);
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
        starts[line++] = index + 1;
    cache.unshift({ text, starts });
    cache.length = Math.min(cache.length, cacheSize);
    return starts;
}
/** 1-based line and column of an offset (clamped to the text). */
function lineColumn(text, offset) {
    const at = Math.max(0, Math.min(offset, text.length));
    const starts = lineStarts(text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (starts[middle] <= at)
            low = middle;
        else
            high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low] + 1 };
}


/***/ }),

/***/ 98739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D_: () => (/* binding */ defaultClusterName),
  II: () => (/* binding */ loadSpec),
  Nd: () => (/* binding */ readSpecDocument),
  h5: () => (/* binding */ resolveTargets),
  CM: () => (/* binding */ specOutline)
});

// UNUSED EXPORTS: readSpecText, referencedFiles

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/files/confined.ts
var confined = __webpack_require__(73051);
;// CONCATENATED MODULE: ./src/spec/profiles.ts
/**
 * What differs between providers, so one spec deploys unchanged everywhere. Values are what each provider ships
 * by default (or its documented managed add-on); every field can be overridden by a cluster's `profile`.
 */
const providerProfiles = {
    eks: {
        storageClass: 'gp2',
        ingressClass: 'alb',
        loadBalancerAnnotations: {
            'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
            'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
            'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
        },
        ingressAnnotations: {
            'alb.ingress.kubernetes.io/scheme': 'internet-facing',
            'alb.ingress.kubernetes.io/target-type': 'ip',
        },
    },
    doks: {
        storageClass: 'do-block-storage',
        ingressClass: 'nginx',
        loadBalancerAnnotations: {},
        ingressAnnotations: {},
    },
    lke: {
        storageClass: 'linode-block-storage-retain',
        ingressClass: 'nginx',
        loadBalancerAnnotations: {},
        ingressAnnotations: {},
    },
    aks: {
        storageClass: 'managed-csi',
        ingressClass: 'webapprouting.kubernetes.azure.com',
        loadBalancerAnnotations: {},
        ingressAnnotations: {},
    },
    gke: { storageClass: 'standard-rwo', ingressClass: 'gce', loadBalancerAnnotations: {}, ingressAnnotations: {} },
    kubeconfig: { loadBalancerAnnotations: {}, ingressAnnotations: {} },
};
function resolveProfile(provider, overrides) {
    const base = providerProfiles[provider];
    const profile = {
        loadBalancerAnnotations: { ...base.loadBalancerAnnotations, ...overrides?.loadBalancerAnnotations },
        ingressAnnotations: { ...base.ingressAnnotations, ...overrides?.ingressAnnotations },
    };
    const storageClass = overrides?.storageClass ?? base.storageClass;
    const ingressClass = overrides?.ingressClass ?? base.ingressClass;
    if (storageClass)
        profile.storageClass = storageClass;
    if (ingressClass)
        profile.ingressClass = ingressClass;
    if (overrides?.trafficSplit)
        profile.trafficSplit = overrides.trafficSplit;
    return profile;
}

// EXTERNAL MODULE: ./src/spec/groups.ts
var groups = __webpack_require__(57631);
// EXTERNAL MODULE: ./src/spec/kubernetes-names.ts
var kubernetes_names = __webpack_require__(58554);
// EXTERNAL MODULE: ./src/spec/limits.ts
var limits = __webpack_require__(49043);
// EXTERNAL MODULE: ./src/spec/merge.ts
var merge = __webpack_require__(93367);
// EXTERNAL MODULE: ./src/spec/rules.ts + 5 modules
var rules = __webpack_require__(31123);
// EXTERNAL MODULE: ./src/spec/preview-rules.ts
var preview_rules = __webpack_require__(58777);
// EXTERNAL MODULE: ./src/spec/providers.ts
var providers = __webpack_require__(17257);
// EXTERNAL MODULE: ./src/spec/validate-schema.ts + 2 modules
var validate_schema = __webpack_require__(41603);
// EXTERNAL MODULE: ./src/spec/variables.ts
var variables = __webpack_require__(42610);
// EXTERNAL MODULE: ./src/spec/read-capped.ts
var read_capped = __webpack_require__(88341);
// EXTERNAL MODULE: ./src/spec/yaml-source.ts
var yaml_source = __webpack_require__(58780);
;// CONCATENATED MODULE: ./src/spec/load.ts















const defaultClusterName = 'default';
/**
 * The spec file's text; a missing or unreadable file is an input error that names the path. Only a regular file
 * within the spec's size budget is read (checked before reading, read at most cap + 1 bytes).
 */
async function readSpecText(specPath) {
    let read;
    try {
        read = await (0,read_capped/* readRegularFileCapped */.U)(specPath, yaml_source/* specYamlLimits */.ZE.maxBytes);
    }
    catch (error) {
        const code = error.code;
        // ENXIO: opening a socket (or a FIFO end nobody holds) that /dev/stdin or /proc/self/fd/N names.
        if (code === 'ENXIO')
            throw new errors/* SpecError */.G8([
                {
                    file: specPath,
                    line: 1,
                    column: 1,
                    pointer: '',
                    message: 'not a regular file (a socket or device); refusing to read it',
                },
            ]);
        throw new errors/* InputError */.dz(code === 'ENOENT'
            ? `spec file not found: ${specPath}`
            : `cannot read spec file ${specPath}: ${code ?? String(error)}`);
    }
    if (!read.ok)
        throw new errors/* SpecError */.G8([{ file: specPath, line: 1, column: 1, pointer: '', message: read.reason }]);
    return read.text;
}
/** The spec file, read and parsed once per run. */
async function readSpecDocument(specPath) {
    return (0,yaml_source/* parseYamlSource */.WF)(await readSpecText(specPath), specPath);
}
function specOutline(document) {
    const value = document.value;
    const clusters = Array.isArray(value?.clusters) ? value.clusters : [];
    const outline = {
        app: typeof value?.app === 'string' ? value.app : 'app',
        enabledClusters: clusters
            .filter((cluster) => typeof cluster?.name === 'string' && isEnabled(cluster.enabled))
            .map((cluster) => cluster?.name),
    };
    if (Array.isArray(value?.releases))
        outline.releases = value.releases;
    if (value?.preview && typeof value.preview === 'object')
        outline.preview = value.preview;
    return outline;
}
async function loadSpec(specPath, options = {}) {
    const document = options.document ?? (await readSpecDocument(specPath));
    const targets = resolveTargets(document, options);
    const dir = external_node_path_default().dirname(specPath);
    const confinement = await (0,confined/* repositoryConfinement */.X6)(specPath, options.workspace);
    const { files, problems } = await readReferencedFiles(targets, confinement, document);
    problems.push(...(await checkKubeconfigPaths(targets, confinement, document)));
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(dedupe(problems));
    return { file: specPath, dir, document, targets, files, confinement };
}
/** Pure: the parsed document × options → one validated spec per cluster target. Throws SpecError with every problem. */
function resolveTargets(document, options = {}) {
    const raw = document.value;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* SpecError */.G8([(0,yaml_source/* problemAt */.l4)(document, '', 'the spec must be a mapping with app and components')]);
    }
    const rawSpec = raw;
    checkSizeCaps(document, rawSpec);
    const rawClusters = Array.isArray(rawSpec.clusters) ? rawSpec.clusters : [];
    const problems = [];
    const targets = [];
    const clusterEntries = rawClusters.length > 0
        ? rawClusters.map((cluster, index) => ({ cluster, index }))
        : [{ cluster: undefined, index: -1 }];
    for (const { cluster, index } of clusterEntries) {
        const clusterRecord = (cluster ?? {});
        const name = typeof clusterRecord.name === 'string' ? clusterRecord.name : defaultClusterName;
        const result = resolveOneTarget(document, rawSpec, clusterRecord, index, name, options);
        problems.push(...result.problems);
        if (result.target)
            targets.push({ target: result.target, enabled: isEnabled(result.enabled) });
    }
    if (problems.length > 0)
        throw new errors/* SpecError */.G8(dedupe(problems));
    const known = targets.map(({ target }) => target.name);
    for (const wanted of options.clusters ?? []) {
        if (!known.includes(wanted))
            throw new errors/* InputError */.dz(`unknown cluster '${wanted}' (the spec has: ${known.join(', ')})`);
    }
    // Naming a cluster explicitly deploys it even when the spec disables it by default.
    const chosen = options.clusters?.length
        ? targets.filter(({ target }) => options.clusters?.includes(target.name))
        : targets.filter(({ enabled }) => enabled);
    return chosen.map(({ target }) => target);
}
function resolveOneTarget(document, rawSpec, rawCluster, clusterIndex, clusterName, options) {
    const provider = providers/* providerNames */.e.find((key) => rawCluster[key] !== undefined) ?? 'kubeconfig';
    const scope = {
        ...primitives(rawSpec.variables),
        ...primitives(rawCluster.variables),
        ...options.variables,
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- unvalidated; the schema check reports it
        app: String(rawSpec.app ?? ''),
        cluster: clusterName,
        provider,
    };
    const namespaceSource = options.namespaceOverride ?? rawCluster.namespace ?? rawSpec.namespace ?? rawSpec.app;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- (as app above)
    const namespace = (0,variables/* substituteVariables */.OJ)(String(namespaceSource ?? ''), scope).value;
    scope.namespace = String(namespace);
    // Variable blocks hold values, not references; preview and release patterns (${pr}, ${version}) are filled in by the
    // action for the event that triggered it.
    const substituted = (0,variables/* substituteVariables */.OJ)(rawSpec, scope, {
        skipKeysAt: (pointer) => ['/variables', '/preview', '/releases'].includes(pointer) || /^\/clusters\/\d+\/variables$/.test(pointer),
    });
    const problems = substituted.problems.map((problem) => (0,yaml_source/* problemAt */.l4)(document, problem.pointer, problem.message));
    const spec = substituted.value;
    applyClusterOverrides(spec, clusterIndex);
    problems.push(...(0,validate_schema/* validateAgainstSchema */.v9)(spec, document));
    if (problems.length > 0)
        return { problems };
    const flat = (0,groups/* flattenComponents */.p)(spec.components);
    problems.push(...(0,rules/* checkSemantics */.w)(spec, document, flat));
    if (problems.length > 0)
        return { problems };
    // From here on components are leaves: app groups folded in, depends on a group expanded to its members.
    spec.components = flat.placed.map(({ component }) => ({
        ...component,
        ...(component.depends ? { depends: (0,groups/* expandGroupDepends */.h)(component.depends, flat.groups) } : {}),
    }));
    const seed = (0,preview_rules/* seedComponents */.QD)(spec.preview, flat);
    const componentPointers = new Map(flat.placed.map(({ component, pointer }) => [component.name, pointer]));
    const cluster = clusterIndex >= 0 ? spec.clusters?.[clusterIndex] : undefined;
    const namespacePointer = options.namespaceOverride
        ? ''
        : cluster?.namespace !== undefined
            ? `/clusters/${clusterIndex}/namespace`
            : spec.namespace !== undefined
                ? '/namespace'
                : '/app';
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(scope.namespace)) {
        return {
            problems: [
                (0,yaml_source/* problemAt */.l4)(document, namespacePointer, `namespace '${(0,kubernetes_names/* shorten */.ml)(scope.namespace)}' is not a valid DNS-1123 label`),
            ],
        };
    }
    if ((0,kubernetes_names/* isSystemNamespace */.L2)(scope.namespace)) {
        const source = options.namespaceOverride ? ' (from --namespace)' : '';
        return {
            problems: [
                (0,yaml_source/* problemAt */.l4)(document, namespacePointer, `namespace '${scope.namespace}'${source} is a Kubernetes system namespace (kube-*); deploy the app to its own namespace`),
            ],
        };
    }
    spec.components = withSeed(spec.components.filter((component) => isEnabled(component.enabled) && (!component.clusters || component.clusters.includes(clusterName))), seed, options.preview === true);
    const providerBlock = cluster
        ? cluster[provider]
        : undefined;
    const target = {
        name: clusterName,
        provider,
        credentials: { ...(providerBlock ?? {}), provider },
        namespace: scope.namespace,
        environment: cluster?.environment ?? clusterName,
        profile: resolveProfile(provider, cluster?.profile),
        variables: scope,
        spec,
        componentPointers,
    };
    if (cluster?.url)
        target.url = cluster.url;
    if (options.preview)
        target.preview = true;
    return { target, enabled: cluster?.enabled ?? true, problems };
}
/**
 * preview.seed: outside previews the seed components are left out; in a preview each one also depends on every
 * component outside the seed, so fixtures load into an app that is up (the seed's own order is its depends).
 */
function withSeed(components, seed, preview) {
    if (seed.size === 0)
        return components;
    if (!preview)
        return components.filter((component) => !seed.has(component.name));
    const app = components.filter((component) => !seed.has(component.name)).map((component) => component.name);
    return components.map((component) => seed.has(component.name)
        ? { ...component, depends: [...new Set([...(component.depends ?? []), ...app])] }
        : component);
}
/** A cluster's `components: {web: {...}}` block deep-merges over the component or app group (lists replace). */
function applyClusterOverrides(spec, clusterIndex) {
    const overrides = clusterIndex >= 0 ? spec.clusters?.[clusterIndex]?.components : undefined;
    if (!overrides)
        return;
    const apply = (components) => Array.isArray(components)
        ? components.map((component) => {
            if (!(0,merge/* isPlainObject */.Q)(component))
                return component;
            const override = typeof component.name === 'string' ? overrides[component.name] : undefined;
            const merged = override ? (0,merge/* deepMerge */.$)(component, override) : component;
            return merged.components ? { ...merged, components: apply(merged.components) } : merged;
        })
        : components;
    spec.components = apply(spec.components);
}
/** Refuses specs past the caps of src/spec/limits.ts before any per-cluster work multiplies their cost. */
function checkSizeCaps(document, rawSpec) {
    const clusters = Array.isArray(rawSpec.clusters) ? rawSpec.clusters.length : 0;
    if (clusters > limits/* specLimits */.o.maxClusters) {
        throw new errors/* SpecError */.G8([
            (0,yaml_source/* problemAt */.l4)(document, `/clusters/${limits/* specLimits */.o.maxClusters}`, `more than ${limits/* specLimits */.o.maxClusters} clusters (${clusters}); split the spec`),
        ]);
    }
    let count = 0;
    // Depth is bounded by the YAML nesting limit, so the recursion is too.
    const walk = (components, pointer) => {
        if (!Array.isArray(components))
            return undefined;
        for (let index = 0; index < components.length; index += 1) {
            if (++count > limits/* specLimits */.o.maxComponents)
                return `${pointer}/${index}`;
            const inner = components[index];
            const found = (0,merge/* isPlainObject */.Q)(inner) ? walk(inner.components, `${pointer}/${index}/components`) : undefined;
            if (found)
                return found;
        }
        return undefined;
    };
    const over = walk(rawSpec.components, '/components');
    if (over)
        throw new errors/* SpecError */.G8([
            (0,yaml_source/* problemAt */.l4)(document, over, `more than ${limits/* specLimits */.o.maxComponents} components (app groups included); split the spec`),
        ]);
    const perCluster = Math.max(1, clusters);
    if (count * perCluster > limits/* specLimits */.o.maxRenders) {
        throw new errors/* SpecError */.G8([
            (0,yaml_source/* problemAt */.l4)(document, '/clusters', `${count} components × ${clusters} clusters is more than ${limits/* specLimits */.o.maxRenders} renders; split the spec`, true),
        ]);
    }
    // Every located node has an offset: a cheap, exact enough measure of the spec's size in nodes.
    if (document.valueOffsets.size * perCluster > limits/* specLimits */.o.maxValidatedNodes) {
        throw new errors/* SpecError */.G8([
            (0,yaml_source/* problemAt */.l4)(document, '/clusters', `the spec (${document.valueOffsets.size} YAML nodes) × ${clusters} clusters is more than ${limits/* specLimits */.o.maxValidatedNodes} nodes to validate; split the spec`, true),
        ]);
    }
}
function primitives(value) {
    if (!(0,merge/* isPlainObject */.Q)(value))
        return {};
    const scope = {};
    for (const [key, entry] of Object.entries(value)) {
        if (typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean')
            scope[key] = entry;
    }
    return scope;
}
function isEnabled(value) {
    return !(value === false ||
        (typeof value === 'string' && ['false', 'no', 'off', '0', ''].includes(value.trim().toLowerCase())));
}
function dedupe(problems) {
    const seen = new Set();
    return problems
        .filter((problem) => {
        const key = `${problem.line}:${problem.column}:${problem.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.line - b.line || a.column - b.column);
}
/** Every file a target references, with the JSON pointer that names it (for errors) and the cap its kind gets. */
function referencedFiles(spec, componentPointers) {
    const refs = [];
    const data = confined/* fileLimits */.vi.dataFileBytes;
    spec.secrets?.forEach((secret, index) => {
        for (const [key, file] of Object.entries(secret.fromFile ?? {}))
            refs.push({ path: file, pointer: `/secrets/${index}/fromFile/${(0,yaml_source/* escapePointerToken */.uC)(key)}`, maxBytes: data });
        if (secret.certFile)
            refs.push({ path: secret.certFile, pointer: `/secrets/${index}/certFile`, maxBytes: data });
        if (secret.keyFile)
            refs.push({ path: secret.keyFile, pointer: `/secrets/${index}/keyFile`, maxBytes: data });
    });
    spec.components.forEach((component, index) => {
        // Components were flattened and filtered per cluster: their index here is not their place in the file.
        const pointer = componentPointers?.get(component.name) ?? `/components/${index}`;
        component.config?.forEach((config, configIndex) => config.files?.forEach((file, fileIndex) => refs.push({ path: file, pointer: `${pointer}/config/${configIndex}/files/${fileIndex}`, maxBytes: data })));
        component.files?.forEach((file, fileIndex) => refs.push({ path: file, pointer: `${pointer}/files/${fileIndex}`, maxBytes: confined/* fileLimits */.vi.manifestFileBytes }));
    });
    return refs;
}
/**
 * Reads every referenced file through the confinement (see src/files/confined.ts); refusals are positioned problems.
 */
async function readReferencedFiles(targets, confinement, document) {
    const files = new Map();
    const problems = [];
    const budget = (0,confined/* newReadBudget */.GU)();
    for (const target of targets) {
        for (const ref of referencedFiles(target.spec, target.componentPointers)) {
            if (files.has(ref.path))
                continue;
            try {
                files.set(ref.path, (await (0,confined/* readConfinedFile */.p7)(confinement, ref.path, { maxBytes: ref.maxBytes, budget })).content.toString('utf8'));
            }
            catch (error) {
                if (!(error instanceof confined/* FileRefusedError */.rr))
                    throw error;
                problems.push((0,yaml_source/* problemAt */.l4)(document, ref.pointer, error.message));
                files.set(ref.path, '');
            }
        }
    }
    return { files, problems };
}
/**
 * A kubeconfig block's file paths resolve relative to the spec and stay in the repository like every other spec path.
 * A path that escapes is a spec error now; a file that does not exist yet is left to the provider, so that cluster
 * fails alone when its credentials are resolved. The provider reads the file itself, through the same confinement.
 */
async function checkKubeconfigPaths(targets, confinement, document) {
    const rawClusters = document.value.clusters;
    const problems = [];
    for (const target of targets) {
        if (target.provider !== 'kubeconfig' || !Array.isArray(rawClusters))
            continue;
        const index = rawClusters.findIndex((cluster) => (0,merge/* isPlainObject */.Q)(cluster) && cluster.name === target.name);
        if (index < 0)
            continue;
        const at = {};
        for (const field of ['path', 'certificateAuthority']) {
            const { file, line, column } = (0,yaml_source/* problemAt */.l4)(document, `/clusters/${index}/kubeconfig/${field}`, '');
            at[field] = `${file}:${line}:${column}`;
        }
        target.specPaths = { ...confinement, at };
        const written = target.credentials.path;
        if (typeof written !== 'string')
            continue;
        try {
            await (0,confined/* resolveConfinedPath */.qW)(confinement, written);
        }
        catch (error) {
            if (!(error instanceof confined/* FileRefusedError */.rr))
                throw error;
            if (!error.missing)
                problems.push((0,yaml_source/* problemAt */.l4)(document, `/clusters/${index}/kubeconfig/path`, error.message));
        }
    }
    return problems;
}


/***/ }),

/***/ 93367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ deepMerge),
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** Maps merge key by key, the override's values win, lists and scalars are replaced whole. A new value. */
function deepMerge(base, override) {
    if (!isPlainObject(base) || !isPlainObject(override))
        return override === undefined ? base : override;
    const result = { ...base };
    for (const [key, value] of Object.entries(override))
        result[key] = Object.hasOwn(result, key) ? deepMerge(result[key], value) : value;
    return result;
}


/***/ }),

/***/ 46855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lu: () => (/* binding */ mainContainerPorts),
/* harmony export */   p0: () => (/* binding */ resolvePodPort),
/* harmony export */   q2: () => (/* binding */ extraContainerPorts)
/* harmony export */ });
function mainContainerPorts(component) {
    if (component.port !== undefined)
        return [{ name: 'http', port: component.port, protocol: 'TCP' }];
    return (component.ports ?? []).map((port, index) => ({
        name: port.name ?? (index === 0 ? 'http' : `port-${port.port}`),
        port: port.port,
        protocol: port.protocol ?? 'TCP',
    }));
}
/** Ports of an init container or sidecar, named port-<n> unless named. */
function extraContainerPorts(container) {
    return (container.ports ?? []).map((port) => ({
        name: port.name ?? `port-${port.port}`,
        port: port.port,
        protocol: port.protocol ?? 'TCP',
    }));
}
/** A port reference (name, number, or a number written as a string) → the declared port it means, first match. */
function resolvePodPort(ref, ports) {
    const number = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : undefined;
    return ports.find((port) => (number === undefined ? port.name === ref : port.port === number));
}


/***/ }),

/***/ 58777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ defaultPreviewRequest),
/* harmony export */   QD: () => (/* binding */ seedComponents),
/* harmony export */   cd: () => (/* binding */ checkPreviewRules),
/* harmony export */   vT: () => (/* binding */ defaultPreviewLimit)
/* harmony export */ });
/* harmony import */ var _quantity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75326);

/** LimitRange defaults when the spec's preview.quota names none: small, so many previews fit on one cluster. */
const defaultPreviewRequest = { cpu: '50m', memory: '64Mi' };
const defaultPreviewLimit = { cpu: '500m', memory: '512Mi' };
/** The seed's leaf components: names in preview.seed, an app group standing for all its members. */
function seedComponents(preview, flat) {
    const names = new Set();
    for (const name of preview?.seed ?? []) {
        const group = flat.groups.get(name);
        for (const member of group ? group.members : [name])
            names.add(member);
    }
    return names;
}
/**
 * preview.seed names components, and nothing outside the seed depends on one (outside previews the seed is left
 * out, so such a dependency could never be met). The quota's defaults must be valid for Kubernetes: a LimitRange
 * whose default request exceeds its default limit is refused by the API server.
 */
function checkPreviewRules(spec, flat, at) {
    const preview = spec.preview;
    if (!preview)
        return;
    const known = new Set([...flat.placed.map(({ component }) => component.name), ...flat.groups.keys()]);
    (preview.seed ?? []).forEach((name, index) => {
        if (!known.has(name))
            at(`/preview/seed/${index}`, `unknown component '${name}'`);
    });
    const seed = seedComponents(preview, flat);
    for (const { component, pointer } of flat.placed) {
        if (seed.has(component.name))
            continue;
        (component.depends ?? []).forEach((dependency, index) => {
            if (seed.has(dependency))
                at(`${pointer}/depends/${index}`, `'${dependency}' is a preview seed (preview.seed), which runs only in previews, after every other component; '${component.name}' cannot depend on it`);
        });
    }
    const quota = preview.quota;
    if (!quota)
        return;
    for (const resource of ['cpu', 'memory']) {
        const request = quota.defaultRequest?.[resource] ?? defaultPreviewRequest[resource];
        const limit = quota.defaultLimit?.[resource] ?? defaultPreviewLimit[resource];
        const requested = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .parseQuantity */ .L)(request);
        const limited = (0,_quantity_js__WEBPACK_IMPORTED_MODULE_0__/* .parseQuantity */ .L)(limit);
        if (requested !== undefined && limited !== undefined && requested > limited) {
            const pointer = quota.defaultRequest?.[resource] !== undefined ? 'defaultRequest' : 'defaultLimit';
            at(`/preview/quota/${pointer}/${resource}`, `the default ${resource} request ${String(request)} is above the default ${resource} limit ${String(limit)}; Kubernetes refuses such a LimitRange`);
        }
    }
}


/***/ }),

/***/ 17257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ providerNames)
/* harmony export */ });
/* unused harmony export ProviderName */
/**
 * The cluster providers: the spec's provider keys, the credentials modules and the render profiles all use this list.
 */
const ProviderName = {
    Eks: 'eks',
    Doks: 'doks',
    Lke: 'lke',
    Aks: 'aks',
    Gke: 'gke',
    Kubeconfig: 'kubeconfig',
};
const providerNames = Object.values(ProviderName);


/***/ }),

/***/ 75326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseQuantity)
/* harmony export */ });
const binarySuffixes = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
};
const decimalSuffixes = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const quantityPattern = /^\+?((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
/** A Kubernetes quantity as a plain number (cores or bytes), or undefined when it is not one. */
function parseQuantity(quantity) {
    if (typeof quantity === 'number')
        return Number.isFinite(quantity) && quantity >= 0 ? quantity : undefined;
    const match = quantityPattern.exec(quantity.trim());
    if (!match)
        return undefined;
    const amount = Number(match[1]);
    const suffix = match[2] ?? '';
    const factor = binarySuffixes[suffix] ?? decimalSuffixes[suffix];
    return factor === undefined ? undefined : amount * factor;
}


/***/ }),

/***/ 88341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ readRegularFileCapped)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Reads a regular file of at most `maxBytes`. Devices, FIFOs, sockets and directories are refused before a byte is
 * read (`/dev/zero` would stream forever, `/dev/stdin` would wait for input), and never more than maxBytes + 1
 * bytes are read, so a file that grows after the size check cannot get past the cap. The check is made on the open
 * descriptor, so the file cannot be swapped between checking and reading; O_NONBLOCK keeps opening a FIFO from
 * waiting for a writer.
 */
async function readRegularFileCapped(filePath, maxBytes) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(filePath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    try {
        const stats = await handle.stat();
        if (!stats.isFile())
            return { ok: false, reason: `not a regular file (${describeType(stats)}); refusing to read it` };
        const tooLarge = { ok: false, reason: `file is larger than ${maxBytes} bytes; refusing it` };
        if (stats.size > maxBytes)
            return tooLarge;
        // Sized from stat, grown (never past maxBytes + 1) if the file grows while being read.
        let buffer = Buffer.alloc(stats.size + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    return tooLarge;
                const grown = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
                buffer.copy(grown);
                buffer = grown;
            }
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        return length > maxBytes ? tooLarge : { ok: true, text: buffer.subarray(0, length).toString('utf8') };
    }
    finally {
        await handle.close();
    }
}
function describeType(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO or pipe';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a plain file';
}


/***/ }),

/***/ 31123:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ checkSemantics),
  g: () => (/* binding */ componentKind)
});

// EXTERNAL MODULE: ./src/spec/quantity.ts
var quantity = __webpack_require__(75326);
// EXTERNAL MODULE: ./src/spec/env-names.ts
var env_names = __webpack_require__(55157);
// EXTERNAL MODULE: ./src/spec/groups.ts
var groups = __webpack_require__(57631);
// EXTERNAL MODULE: ./src/spec/bounded-yaml.ts
var bounded_yaml = __webpack_require__(26628);
// EXTERNAL MODULE: ./src/spec/merge.ts
var merge = __webpack_require__(93367);
// EXTERNAL MODULE: ./src/spec/kubernetes-names.ts
var kubernetes_names = __webpack_require__(58554);
// EXTERNAL MODULE: ./src/spec/yaml-source.ts
var yaml_source = __webpack_require__(58780);
;// CONCATENATED MODULE: ./src/spec/kubernetes-rules.ts



/** Kubernetes int32 fields (replicas, ports, probe timings, limits) cannot hold more. */
const int32Max = 2_147_483_647;
/**
 * Values the API server would refuse, checked after variables are substituted (so `${var}` values are covered) and
 * pointing at the field as written: object names and name references, label and annotation keys and values, ingress
 * hosts, data keys, and numbers. `kindOf` is the component's resolved kind.
 */
function checkKubernetesValues(spec, flat, kindOf, at) {
    checkLabels(spec.labels, '/labels', at);
    checkAnnotationKeys(spec.annotations, '/annotations', at);
    const defaults = spec.defaults;
    checkLabels(defaults?.labels, '/defaults/labels', at);
    checkAnnotationKeys(defaults?.podAnnotations, '/defaults/podAnnotations', at);
    checkLabels(defaults?.nodeSelector, '/defaults/nodeSelector', at);
    spec.secrets?.forEach((secret, index) => {
        for (const field of ['fromEnv', 'fromFile'])
            checkDataKeys(secret[field], `/secrets/${index}/${field}`, at);
    });
    spec.clusters?.forEach((cluster, index) => {
        const profile = cluster.profile;
        checkAnnotationKeys(profile?.loadBalancerAnnotations, `/clusters/${index}/profile/loadBalancerAnnotations`, at);
        checkAnnotationKeys(profile?.ingressAnnotations, `/clusters/${index}/profile/ingressAnnotations`, at);
    });
    for (const { component, pointer } of flat.placed)
        checkComponentValues(component, pointer, kindOf(component), at);
    checkNumbers(spec, '', at);
}
function checkComponentValues(component, pointer, kind, at) {
    const name = component.name;
    // CronJob: the controller appends an 11-character schedule suffix to Job names, which must stay within 63.
    if (kind === 'cronjob' && name.length > 52)
        at(`${pointer}/name`, `a cronjob name must be at most 52 characters (it has ${name.length}): its Jobs are named <name>-<schedule time>`);
    // StatefulSet: pods carry controller-revision-hash=<name>-<10-character hash>, a label value of at most 63.
    if (kind === 'statefulset' && name.length > 52)
        at(`${pointer}/name`, `a statefulset name must be at most 52 characters (it has ${name.length}): its revisions are labelled <name>-<hash>`);
    const hasPorts = component.port !== undefined || (component.ports?.length ?? 0) > 0;
    const service = component.service;
    // Recent API servers relax Service names to DNS-1123 labels; older ones (most clusters) refuse a leading digit.
    if (hasPorts && kind !== 'job' && kind !== 'cronjob' && kind !== 'manifests' && service?.type !== 'None') {
        const problem = (0,kubernetes_names/* dns1035LabelProblem */.Ku)(name);
        if (problem)
            at(`${pointer}/name`, `'${(0,kubernetes_names/* shorten */.ml)(name)}' names a Service, so it ${problem}`);
    }
    checkLabels(component.labels, `${pointer}/labels`, at);
    checkLabels(component.podLabels, `${pointer}/podLabels`, at);
    checkLabels(component.nodeSelector, `${pointer}/nodeSelector`, at);
    checkAnnotationKeys(component.annotations, `${pointer}/annotations`, at);
    checkAnnotationKeys(component.podAnnotations, `${pointer}/podAnnotations`, at);
    checkAnnotationKeys(component.service?.annotations, `${pointer}/service/annotations`, at);
    const ingress = component.ingress;
    if (ingress) {
        if (ingress.host !== undefined)
            checkValue(ingress.host, `${pointer}/ingress/host`, 'ingress host', kubernetes_names/* ingressHostProblem */.r$, at);
        ingress.hosts?.forEach((host, index) => checkValue(host, `${pointer}/ingress/hosts/${index}`, 'ingress host', kubernetes_names/* ingressHostProblem */.r$, at));
        checkAnnotationKeys(ingress.annotations, `${pointer}/ingress/annotations`, at);
        for (const field of ['tlsSecret', 'issuer', 'className']) {
            const value = ingress[field];
            if (typeof value === 'string')
                checkValue(value, `${pointer}/ingress/${field}`, field, kubernetes_names/* dnsSubdomainProblem */.FU, at);
        }
    }
    component.config?.forEach((config, index) => checkDataKeys(config.data, `${pointer}/config/${index}/data`, at));
    // Names of other objects this component refers to.
    const reference = (value, at_, what) => {
        if (typeof value === 'string')
            checkValue(value, at_, what, kubernetes_names/* dnsSubdomainProblem */.FU, at);
    };
    for (const [key, entry] of Object.entries(component.env ?? {})) {
        const value = entry;
        if ((0,merge/* isPlainObject */.Q)(value)) {
            reference(value.secret, `${pointer}/env/${(0,yaml_source/* escapePointerToken */.uC)(key)}/secret`, 'secret name');
            reference(value.configMap, `${pointer}/env/${(0,yaml_source/* escapePointerToken */.uC)(key)}/configMap`, 'config map name');
        }
    }
    component.envFrom?.forEach((entry, index) => {
        reference(entry.secret, `${pointer}/envFrom/${index}/secret`, 'secret name');
        reference(entry.configMap, `${pointer}/envFrom/${index}/configMap`, 'config map name');
    });
    component.volumes?.forEach((volume, index) => {
        const record = volume;
        reference(record.secret, `${pointer}/volumes/${index}/secret`, 'secret name');
        reference(record.configMap, `${pointer}/volumes/${index}/configMap`, 'config map name');
        reference(record.persistentVolumeClaim, `${pointer}/volumes/${index}/persistentVolumeClaim`, 'claim name');
    });
    component.imagePullSecrets?.forEach((secret, index) => reference(secret, `${pointer}/imagePullSecrets/${index}`, 'secret name'));
    reference(component.rbac?.serviceAccount, `${pointer}/rbac/serviceAccount`, 'service account name');
    reference(component.priorityClassName, `${pointer}/priorityClassName`, 'priority class name');
    component.storage?.forEach((storage, index) => reference(storage.storageClass, `${pointer}/storage/${index}/storageClass`, 'storage class name'));
    component.ports?.forEach((port, index) => {
        if (port.name !== undefined)
            checkValue(port.name, `${pointer}/ports/${index}/name`, 'port name', (value) => (0,kubernetes_names/* dnsLabelProblem */.ZC)(value, 15), at);
    });
    const probes = component.probes;
    for (const probe of ['readiness', 'liveness', 'startup']) {
        const setting = probes?.[probe];
        if ((0,merge/* isPlainObject */.Q)(setting))
            checkPortReference(setting.port, `${pointer}/probes/${probe}/port`, at);
    }
    checkPortReference(ingress?.port, `${pointer}/ingress/port`, at);
    // The API server refuses pods whose image has surrounding whitespace, but accepts the Deployment: the rollout
    // would then hang with no pods. A newline would also split log lines and reports. (The class is C0 and DEL: Cc
    // without the C1 block.)
    if (typeof component.image === 'string' &&
        (component.image.trim() !== component.image || /[^\P{Cc}\u0080-\u009f]/u.test(component.image))) {
        at(`${pointer}/image`, `image '${(0,kubernetes_names/* shorten */.ml)(component.image)}' has whitespace or control characters`);
    }
}
/** A port given by number (1-65535) or by name (IANA service name: at most 15 characters, with a letter). */
function checkPortReference(port, pointer, at) {
    if (typeof port === 'number') {
        if (!Number.isInteger(port) || port < 1 || port > 65535)
            at(pointer, `port ${port} is not a port number (1-65535)`);
    }
    else if (typeof port === 'string') {
        const problem = /^[0-9]+$/.test(port)
            ? Number(port) >= 1 && Number(port) <= 65535
                ? undefined
                : 'is not a port number (1-65535)'
            : /[a-z]/.test(port)
                ? (0,kubernetes_names/* dnsLabelProblem */.ZC)(port, 15)
                : 'needs a letter';
        if (problem)
            at(pointer, `port '${(0,kubernetes_names/* shorten */.ml)(port)}' ${problem}`);
    }
}
function checkValue(value, pointer, what, problemOf, at) {
    const problem = problemOf(value);
    if (problem)
        at(pointer, `${what} '${(0,kubernetes_names/* shorten */.ml)(value)}' ${problem}`);
}
function checkLabels(labels, pointer, at) {
    if (!(0,merge/* isPlainObject */.Q)(labels))
        return;
    for (const [key, value] of Object.entries(labels)) {
        const keyProblem = (0,kubernetes_names/* qualifiedNameProblem */.p_)(key);
        if (keyProblem)
            at(`${pointer}/${(0,yaml_source/* escapePointerToken */.uC)(key)}`, `label key '${(0,kubernetes_names/* shorten */.ml)(key)}' ${keyProblem}`, true);
        const valueProblem = typeof value === 'string' ? (0,kubernetes_names/* labelValueProblem */.zV)(value) : undefined;
        if (valueProblem)
            at(`${pointer}/${(0,yaml_source/* escapePointerToken */.uC)(key)}`, `label value '${(0,kubernetes_names/* shorten */.ml)(String(value))}' ${valueProblem}`);
    }
}
function checkAnnotationKeys(annotations, pointer, at) {
    if (!(0,merge/* isPlainObject */.Q)(annotations))
        return;
    for (const key of Object.keys(annotations)) {
        const problem = (0,kubernetes_names/* qualifiedNameProblem */.p_)(key);
        if (problem)
            at(`${pointer}/${(0,yaml_source/* escapePointerToken */.uC)(key)}`, `annotation key '${(0,kubernetes_names/* shorten */.ml)(key)}' ${problem}`, true);
    }
}
function checkDataKeys(data, pointer, at) {
    if (!(0,merge/* isPlainObject */.Q)(data))
        return;
    for (const key of Object.keys(data)) {
        const problem = (0,kubernetes_names/* dataKeyProblem */.Xi)(key);
        if (problem)
            at(`${pointer}/${(0,yaml_source/* escapePointerToken */.uC)(key)}`, `data key '${(0,kubernetes_names/* shorten */.ml)(key)}' ${problem}`, true);
    }
}
/** Subtrees whose numbers are not Kubernetes fields of the spec: values spliced as text, and raw patch documents. */
const freeNumbers = /^(\/variables|\/clusters\/\d+\/variables|.*\/env\/[^/]+|.*\/patches)(\/|$)/;
/**
 * Every number must be finite (`.inf` and `.nan` have no JSON form; they would be sent as null) and, where it is a
 * Kubernetes field, fit an int32: `replicas: 1e20` passes "integer >= 0", and the API server silently stores 0
 * (see __tests__/e2e/validation-boundaries.test.ts).
 */
function checkNumbers(node, pointer, at) {
    // Iterative: the document is bounded (node budget), but a walk should not depend on the stack.
    const stack = [{ node, pointer }];
    while (stack.length > 0) {
        const { node: current, pointer: here } = stack.pop();
        if (typeof current === 'number') {
            if (!Number.isFinite(current))
                at(here, `${current} is not a finite number (Kubernetes has no infinity or NaN)`);
            else if (Math.abs(current) > int32Max && !freeNumbers.test(here))
                at(here, `${current} is out of range (at most ${int32Max})`);
        }
        else if (Array.isArray(current)) {
            current.forEach((child, index) => stack.push({ node: child, pointer: `${here}/${index}` }));
        }
        else if ((0,merge/* isPlainObject */.Q)(current)) {
            for (const [key, child] of Object.entries(current))
                stack.push({ node: child, pointer: `${here}/${(0,yaml_source/* escapePointerToken */.uC)(key)}` });
        }
    }
}

// EXTERNAL MODULE: ./src/spec/limits.ts
var limits = __webpack_require__(49043);
// EXTERNAL MODULE: ./src/spec/ports.ts
var spec_ports = __webpack_require__(46855);
;// CONCATENATED MODULE: ./src/spec/pod-rules.ts

const podKinds = new Set(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);
/**
 * Rules for the pod fields (containers, probes, lifecycle hooks, extra Services) that JSON Schema cannot say:
 * unique names, references to declared ports and volumes, hook combinations.
 */
function checkPodFields(component, kind, pointer, at) {
    const initContainers = component.initContainers ?? [];
    const sidecars = component.sidecars ?? [];
    if (!podKinds.has(kind)) {
        for (const field of ['initContainers', 'sidecars', 'services', 'lifecycle', 'containerName']) {
            if (component[field] !== undefined)
                at(`${pointer}/${field}`, `${field} is only for components that run pods (this is a ${kind})`, true);
        }
        return;
    }
    const mainName = component.containerName ?? component.name;
    const containerNames = new Map([
        [mainName, component.containerName !== undefined ? 'containerName' : 'the main container'],
    ]);
    const mainPorts = (0,spec_ports/* mainContainerPorts */.lu)(component);
    const podPorts = new Map(mainPorts.map((port) => [port.name, 'the main container']));
    const podNumbers = new Map(mainPorts.map((port) => [`${port.port}/${port.protocol}`, 'the main container']));
    const volumeNames = new Set([
        ...(component.volumes ?? []).map((volume) => volume.name),
        ...(component.storage ?? []).map((storage) => storage.name),
        ...(component.config ?? []).map((config, index) => config.name ?? (index === 0 ? 'config' : `config-${index + 1}`)),
    ]);
    const checkContainer = (container, list, index) => {
        const at_ = `${pointer}/${list}/${index}`;
        const label = `${list}[${index}] (${container.name})`;
        const clash = containerNames.get(container.name);
        if (clash !== undefined)
            at(`${at_}/name`, `container name '${container.name}' is already used by ${clash}`);
        else
            containerNames.set(container.name, label);
        if (container.image === undefined && component.image === undefined)
            at(at_, `${label} needs an image (the component has none to inherit)`, true);
        const ports = (0,spec_ports/* extraContainerPorts */.q2)(container);
        ports.forEach((port, portIndex) => {
            const nameClash = podPorts.get(port.name);
            if (nameClash !== undefined)
                at(`${at_}/ports/${portIndex}`, `port name '${port.name}' is already used by ${nameClash} (port names are unique in the pod)`, true);
            podPorts.set(port.name, label);
            const key = `${port.port}/${port.protocol}`;
            const numberClash = podNumbers.get(key);
            if (numberClash !== undefined)
                at(`${at_}/ports/${portIndex}/port`, `port ${key} is already used by ${numberClash} (containers of a pod share its network)`);
            podNumbers.set(key, label);
        });
        if (list === 'initContainers') {
            // Kubernetes refuses probes and hooks on init containers that are not sidecars.
            if (container.probes !== undefined)
                at(`${at_}/probes`, `an init container runs to completion and takes no probes (a container that keeps running is a sidecar)`, true);
            if (container.lifecycle !== undefined)
                at(`${at_}/lifecycle`, `an init container takes no lifecycle hooks (a container that keeps running is a sidecar)`, true);
        }
        else {
            checkProbes(container.probes, ports, `${at_}/probes`, true, at);
            checkLifecycle(container.lifecycle, ports, `${at_}/lifecycle`, at);
        }
        container.volumeMounts?.forEach((mount, mountIndex) => {
            if (!volumeNames.has(mount.name)) {
                at(`${at_}/volumeMounts/${mountIndex}/name`, `'${mount.name}' is not a volume, storage claim or config of component '${component.name}'${volumeNames.size ? ` (known: ${[...volumeNames].join(', ')})` : ''}`);
            }
        });
    };
    initContainers.forEach((container, index) => checkContainer(container, 'initContainers', index));
    sidecars.forEach((container, index) => checkContainer(container, 'sidecars', index));
    if (kind !== 'job' && kind !== 'cronjob')
        checkProbes(component.probes, mainPorts, `${pointer}/probes`, false, at);
    checkLifecycle(component.lifecycle, mainPorts, `${pointer}/lifecycle`, at);
    const preStop = component.lifecycle?.preStop;
    const grace = component.terminationGracePeriodSeconds;
    if (preStop && preStop.sleep !== undefined && grace !== undefined && grace <= preStop.sleep) {
        at(`${pointer}/terminationGracePeriodSeconds`, `terminationGracePeriodSeconds (${grace}) must be more than the preStop sleep (${preStop.sleep}), or the app gets no time to shut down`);
    }
    checkServicePorts(component, kind, pointer, [...mainPorts, ...sidecars.flatMap(spec_ports/* extraContainerPorts */.q2)], at);
}
function describePorts(ports) {
    return ports.length > 0
        ? ` (ports: ${ports.map((port) => `${port.name}=${port.port}`).join(', ')})`
        : ' (it declares no ports)';
}
/** A probe or hook naming a port must name one of its own container's ports: a typo would only show up as restarts. */
function checkPortName(port, ports, pointer, at) {
    if (typeof port !== 'string' || /^\d+$/.test(port))
        return;
    if (!ports.some((candidate) => candidate.name === port))
        at(pointer, `port '${port}' is not a port of this container${describePorts(ports)}`);
}
function checkProbes(probes, ports, pointer, sidecar, at) {
    if (!probes)
        return;
    for (const kind of ['readiness', 'liveness', 'startup']) {
        const probe = probes[kind];
        if (!probe)
            continue;
        const where = `${pointer}/${kind}`;
        const handlers = [
            probe.exec !== undefined,
            probe.tcp === true,
            probe.path !== undefined,
            probe.grpc !== undefined,
        ].filter(Boolean).length;
        if (handlers > 1)
            at(where, `a probe checks one way: give one of path, grpc, tcp or exec`, true);
        if (probe.exec === undefined && probe.port === undefined && ports.length === 0)
            at(where, `this probe needs a port: the container declares none (give port, or exec)`, true);
        checkPortName(probe.port, ports, `${where}/port`, at);
        if ((probe.headers !== undefined || probe.scheme !== undefined) &&
            (probe.grpc !== undefined || probe.tcp || probe.exec))
            at(where, `headers and scheme are for HTTP probes`, true);
    }
    if (probes.path !== undefined && probes.grpc !== undefined)
        at(pointer, `give either path or grpc as the probe shorthand, not both`, true);
    if (sidecar && (probes.path !== undefined || probes.grpc !== undefined) && ports.length === 0)
        at(pointer, `the probe shorthand needs a port: the container declares none`, true);
}
function checkLifecycle(lifecycle, ports, pointer, at) {
    for (const hook of ['preStop', 'postStart']) {
        const handler = lifecycle?.[hook];
        if (!handler)
            continue;
        const where = `${pointer}/${hook}`;
        const given = ['sleep', 'exec', 'path'].filter((key) => handler[key] !== undefined);
        if (given.length !== 1)
            at(where, `a ${hook} hook needs exactly one of sleep, exec or path, found ${given.length === 0 ? 'none' : given.join(' and ')}`, true);
        if ((handler.port !== undefined || handler.headers !== undefined) && handler.path === undefined)
            at(where, `port and headers are for an HTTP hook (path)`, true);
        if (handler.path !== undefined && handler.port === undefined && ports.length === 0)
            at(where, `this HTTP hook needs a port: the container declares none`, true);
        checkPortName(handler.port, ports, `${where}/port`, at);
    }
}
function checkServicePorts(component, kind, pointer, podPorts, at) {
    const services = component.services ?? [];
    if (services.length === 0)
        return;
    if (kind === 'job' || kind === 'cronjob') {
        at(`${pointer}/services`, `a ${kind} runs to completion and has no Services`, true);
        return;
    }
    const exposed = (component.ports ?? (component.port !== undefined ? [{ port: component.port }] : [])).filter((port) => !('expose' in port) || port.expose !== false);
    services.forEach((service, index) => {
        const where = `${pointer}/services/${index}`;
        if (service.ports === undefined && exposed.length === 0)
            at(where, `service '${service.name}' needs ports: the component exposes none`, true);
        const targets = new Map();
        service.ports?.forEach((ref, refIndex) => {
            const entry = typeof ref === 'object' ? ref : { port: ref };
            const refPointer = typeof ref === 'object' ? `${where}/ports/${refIndex}/port` : `${where}/ports/${refIndex}`;
            const target = (0,spec_ports/* resolvePodPort */.p0)(entry.port, podPorts);
            if (!target) {
                at(refPointer, `port ${typeof entry.port === 'number' ? entry.port : `'${entry.port}'`} is not a port of the main container or a sidecar${describePorts(podPorts)}`);
                return;
            }
            const first = targets.get(target.name);
            if (first !== undefined)
                at(refPointer, `port '${target.name}' is already listed by ports[${first}] of this service`);
            targets.set(target.name, refIndex);
            if (typeof ref === 'object' &&
                ref.nodePort !== undefined &&
                service.type !== 'NodePort' &&
                service.type !== 'LoadBalancer') {
                at(`${where}/ports/${refIndex}/nodePort`, `nodePort is for NodePort and LoadBalancer services`);
            }
        });
    });
}
/**
 * Service names share the namespace: a component's own Service is named after it, and `services` entries must
 * clash neither with those nor with each other (the later one would silently replace the first).
 */
function checkServiceNames(placed, kindOf, at) {
    const owners = new Map();
    for (const { component } of placed) {
        const kind = kindOf(component);
        const exposed = component.port !== undefined || (component.ports ?? []).some((port) => port.expose !== false);
        if (podKinds.has(kind) && kind !== 'job' && kind !== 'cronjob' && exposed && component.service?.type !== 'None') {
            owners.set(component.name, `component '${component.name}' (its own Service)`);
        }
    }
    for (const { component, pointer } of placed) {
        component.services?.forEach((service, index) => {
            const owner = owners.get(service.name);
            if (owner !== undefined)
                at(`${pointer}/services/${index}/name`, `service name '${service.name}' is already used by ${owner}`);
            else
                owners.set(service.name, `services[${index}] of component '${component.name}'`);
        });
    }
}

// EXTERNAL MODULE: ./src/spec/providers.ts
var providers = __webpack_require__(17257);
;// CONCATENATED MODULE: ./src/spec/gateway-rules.ts
/**
 * `ingress.gateway` renders an HTTPRoute: TLS, the class and cert-manager are the Gateway listener's business, and
 * the route has no implementation-specific path type, so those Ingress fields are refused with how to do it.
 */
function checkGatewayRoute(component, pointer, at) {
    const ingress = component.ingress;
    if (!ingress?.gateway)
        return;
    const listenerFields = ['tls', 'tlsSecret', 'issuer', 'className'];
    for (const key of listenerFields) {
        if (ingress[key] !== undefined)
            at(`${pointer}/${key}`, `${key} does not apply with ingress.gateway: TLS and the class are set on the Gateway's listener (parentRefs[].sectionName picks it)`, true);
    }
    if (ingress.pathType === 'ImplementationSpecific')
        at(`${pointer}/pathType`, `an HTTPRoute has no ImplementationSpecific paths: use Prefix or Exact`);
    if (ingress.gateway.parentRefs.length === 0)
        at(`${pointer}/gateway/parentRefs`, `parentRefs needs at least one Gateway`);
}

;// CONCATENATED MODULE: ./src/spec/strategy-rules.ts
/** Kinds a canary can run for: a Deployment (a second one beside it is the canary). */
const canaryKinds = new Set(['service', 'worker']);
const maxQueryLength = 4000;
const maxUrlLength = 2048;
function checkStrategy(component, kind, pointer, at) {
    const strategy = component.strategy;
    if (strategy === undefined)
        return;
    const type = typeof strategy === 'string' ? strategy : strategy.type;
    const here = `${pointer}/strategy`;
    if (typeof strategy !== 'string' && strategy.type === 'blue-green')
        checkAnalysis(strategy.analysis, here, at);
    if (type !== 'canary')
        return;
    if (!canaryKinds.has(kind)) {
        at(here, `strategy canary is for kind service or worker (a Deployment), not ${kind}`, true);
        return;
    }
    if (typeof strategy === 'string' || strategy.type !== 'canary')
        return;
    const traffic = strategy.traffic;
    if (traffic === 'gateway' && !component.ingress?.gateway)
        at(`${here}/traffic`, `traffic gateway needs ingress.gateway (the HTTPRoute whose weights it sets)`);
    if (traffic === 'nginx' && (!component.ingress || component.ingress.gateway))
        at(`${here}/traffic`, `traffic nginx needs an ingress (not ingress.gateway): the canary Ingress mirrors it`);
    if ((traffic === 'gateway' || traffic === 'nginx') && kind === 'worker')
        at(`${here}/traffic`, `a worker receives no HTTP traffic: use traffic replicas`);
    checkAnalysis(strategy.analysis, here, at);
}
function checkAnalysis(analysis, here, at) {
    for (const [index, check] of (analysis?.prometheus ?? []).entries()) {
        if (check.min === undefined && check.max === undefined)
            at(`${here}/analysis/prometheus/${index}`, `a Prometheus check needs min or max (the threshold)`, true);
        if (check.query.trim() === '' || check.query.length > maxQueryLength)
            at(`${here}/analysis/prometheus/${index}/query`, `query must be 1 to ${maxQueryLength} characters`);
        if (check.url.length > maxUrlLength)
            at(`${here}/analysis/prometheus/${index}/url`, `url is longer than ${maxUrlLength} characters`);
    }
    for (const [index, check] of (analysis?.http ?? []).entries())
        if (check.url.length > maxUrlLength)
            at(`${here}/analysis/http/${index}/url`, `url is longer than ${maxUrlLength} characters`);
}

// EXTERNAL MODULE: ./src/steps/expect.ts
var expect = __webpack_require__(77742);
// EXTERNAL MODULE: ./src/steps/types.ts
var types = __webpack_require__(9194);
;// CONCATENATED MODULE: ./src/spec/http-rules.ts



/** RFC 9110 token: what a header name may be made of. */
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** CR and LF would end the header and start another (header injection); NUL is refused by every server. */
const headerBreak = /[\r\n\0]/;
/** Set by the HTTP client itself from the body and the connection; a spec setting them would break the request. */
const clientHeaders = new Set([
    'host',
    'content-length',
    'transfer-encoding',
    'connection',
    'keep-alive',
    'upgrade',
    'te',
    'expect',
]);
/** Fields that build or patch Kubernetes objects: a request has none. */
const objectFields = [
    'image',
    'port',
    'ports',
    'command',
    'args',
    'replicas',
    'env',
    'envFrom',
    'config',
    'volumes',
    'initContainers',
    'sidecars',
    'storage',
    'probes',
    'service',
    'services',
    'ingress',
    'rbac',
    'pdb',
    'autoscale',
    'schedule',
    'files',
    'helm',
    'kustomize',
    'patches',
];
/** kind: http: the http block is there (and only there), and every value in it is one the runner can send safely. */
function checkHttpComponent(component, kind, pointer, at, secrets) {
    if (kind !== 'http') {
        if (component.http !== undefined)
            at(`${pointer}/http`, `http is only for kind: http`, true);
        return;
    }
    const http = component.http;
    if (!http) {
        at(pointer, `component '${component.name}' (http) needs an http block with a url`, true);
        return;
    }
    for (const field of objectFields)
        if (component[field] !== undefined)
            at(`${pointer}/${field}`, `a kind: http component takes no ${field}; it makes a request and writes no object`, true);
    const at$ = `${pointer}/http`;
    checkUrl(http.url, `${at$}/url`, at);
    const seen = new Set();
    for (const [name, value] of Object.entries(http.headers ?? {})) {
        const where = `${at$}/headers/${(0,yaml_source/* escapePointerToken */.uC)(name)}`;
        if (!headerName.test(name))
            at(where, `header name ${JSON.stringify(name)} is not a valid HTTP token`, true);
        else if (clientHeaders.has(name.toLowerCase()))
            at(where, `header ${name} is set by the HTTP client and cannot be given`, true);
        if (seen.has(name.toLowerCase()))
            at(where, `header ${name} is given twice (names are case-insensitive)`, true);
        seen.add(name.toLowerCase());
        checkHeaderValue(value, where, at, secrets);
    }
    const method = http.method ?? 'GET';
    if (http.body !== undefined) {
        if (method === 'GET' || method === 'HEAD')
            at(`${at$}/body`, `a ${method} request takes no body`, true);
        const bytes = Buffer.byteLength(typeof http.body === 'string' ? http.body : JSON.stringify(http.body));
        if (bytes > types/* maxRequestBodyBytes */.p)
            at(`${at$}/body`, `the body is ${bytes} bytes; at most ${types/* maxRequestBodyBytes */.p} are sent`, true);
    }
    const status = http.expect?.status;
    const items = Array.isArray(status) ? status : status === undefined ? [] : [status];
    items.forEach((item, index) => {
        const parsed = (0,expect/* parseStatus */.i$)(item);
        if ('error' in parsed)
            at(`${at$}/expect/status${Array.isArray(status) ? `/${index}` : ''}`, parsed.error);
    });
    const backoff = http.backoff;
    if (backoff?.initialSeconds !== undefined &&
        backoff.maxSeconds !== undefined &&
        backoff.initialSeconds > backoff.maxSeconds)
        at(`${at$}/backoff/initialSeconds`, `initialSeconds (${backoff.initialSeconds}) is above maxSeconds (${backoff.maxSeconds})`);
    const attempt = http.timeoutSeconds ?? 10;
    const total = http.totalTimeoutSeconds ?? 120;
    if (attempt > total)
        at(`${at$}/${http.timeoutSeconds !== undefined ? 'timeoutSeconds' : 'totalTimeoutSeconds'}`, `one attempt may take ${attempt} s but all of them only ${total} s (timeoutSeconds must not exceed totalTimeoutSeconds)`);
}
function checkUrl(url, pointer, at) {
    // A reference left unresolved is reported by variable substitution already.
    if (url.includes('${'))
        return;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        at(pointer, `url ${JSON.stringify(url.slice(0, 200))} is not an absolute URL`);
        return;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
        at(pointer, `url scheme ${parsed.protocol.slice(0, -1)} is not http or https`);
    // The URL is printed in logs and reports; credentials in it would be printed with it.
    if (parsed.username !== '' || parsed.password !== '')
        at(pointer, `url has a user:password@ part, which would be printed in logs; send credentials in a secret header`);
    if (headerBreak.test(url))
        at(pointer, `url contains a line break or NUL`);
}
function checkHeaderValue(value, pointer, at, secrets) {
    if (typeof value === 'string') {
        if (headerBreak.test(value))
            at(pointer, `header value contains CR, LF or NUL (header injection)`);
        return;
    }
    if (value.prefix !== undefined && headerBreak.test(value.prefix))
        at(`${pointer}/prefix`, `prefix contains CR, LF or NUL (header injection)`);
    if (!('secret' in value))
        return;
    const secret = secrets.find((entry) => entry.name === value.secret);
    if (!secret) {
        const known = secrets.map((entry) => entry.name);
        at(`${pointer}/secret`, `unknown secret '${value.secret}'${known.length ? ` (known: ${known.slice(0, 20).join(', ')})` : ''}`);
    }
    else if ((secret.type ?? 'opaque') !== 'opaque' || secret.fromEnv?.[value.key] === undefined) {
        at(`${pointer}/key`, `secret '${secret.name}' has no fromEnv key '${value.key}' (http headers read secret values from fromEnv)`);
    }
}

// EXTERNAL MODULE: ./src/spec/preview-rules.ts
var preview_rules = __webpack_require__(58777);
;// CONCATENATED MODULE: ./src/spec/rules.ts














const imageKinds = new Set(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);
function componentKind(component) {
    if (component.kind)
        return component.kind;
    if (component.components)
        return 'app';
    if (component.helm)
        return 'helm';
    if (component.kustomize)
        return 'kustomize';
    if (component.http)
        return 'http';
    if (component.files)
        return 'manifests';
    return component.port !== undefined || (component.ports?.length ?? 0) > 0 ? 'service' : 'worker';
}
/** Rules JSON Schema cannot say: references, uniqueness, cycles, clashes, combinations. `flat` is the spec's
 * components with app groups folded in (src/spec/groups.ts), each with its pointer in the spec as written. */
function checkSemantics(spec, document, flat) {
    const problems = [];
    const at = (pointer, message, preferKey = false) => problems.push((0,yaml_source/* problemAt */.l4)(document, pointer, message, preferKey));
    const componentNames = new Map();
    const named = [
        ...[...flat.groups].map(([name, group]) => ({ name, pointer: group.pointer })),
        ...flat.placed.map(({ component, pointer }) => ({ name: component.name, pointer })),
    ].sort((a, b) => comparePointers(a.pointer, b.pointer));
    for (const { name, pointer } of named) {
        const first = componentNames.get(name);
        if (first !== undefined)
            at(`${pointer}/name`, `duplicate component name '${name}' (first used by ${first
                .slice(1)
                .replace(/\/(\d+)/g, '[$1]')
                .replace(/\//g, '.')})`);
        else
            componentNames.set(name, pointer);
    }
    problems.push(...(0,env_names/* checkEnvNames */.oU)(spec, document));
    const clusterNames = new Set();
    (spec.clusters ?? []).forEach((cluster, index) => {
        if (clusterNames.has(cluster.name))
            at(`/clusters/${index}/name`, `duplicate cluster name '${cluster.name}'`);
        clusterNames.add(cluster.name);
        const given = providers/* providerNames */.e.filter((key) => cluster[key] !== undefined);
        if (given.length !== 1) {
            at(`/clusters/${index}`, `cluster '${cluster.name}' must name exactly one provider (${providers/* providerNames */.e.join(', ')}), found ${given.length === 0 ? 'none' : given.join(' and ')}`, true);
        }
        for (const name of Object.keys(cluster.components ?? {})) {
            if (!componentNames.has(name))
                at(`/clusters/${index}/components/${name}`, `overrides unknown component '${name}'`, true);
        }
    });
    const secretTypes = new Map();
    (spec.secrets ?? []).forEach((secret, index) => {
        if (secretTypes.has(secret.name))
            at(`/secrets/${index}/name`, `duplicate secret name '${secret.name}'`);
        secretTypes.set(secret.name, secret.type ?? 'opaque');
        checkSecret(secret, `/secrets/${index}`, at);
    });
    for (const [name, group] of flat.groups) {
        if (group.kind !== undefined && group.kind !== 'app')
            at(`${group.pointer}/components`, `components is only for kind: app (this is a ${group.kind})`, true);
        else if (group.members.length === 0)
            at(group.pointer, `app '${name}' needs components`, true);
    }
    for (const { component, pointer } of flat.placed) {
        checkComponent(component, pointer, { componentNames, clusterNames, secretTypes, secrets: spec.secrets ?? [], at });
    }
    checkServiceNames(flat.placed, componentKind, at);
    checkCycles(flat, at);
    checkKubernetesValues(spec, flat, componentKind, at);
    (spec.releases ?? []).forEach((rule, index) => checkClusterList(rule.clusters, `/releases/${index}/clusters`, clusterNames, at));
    checkClusterList(spec.preview?.clusters, '/preview/clusters', clusterNames, at);
    (0,preview_rules/* checkPreviewRules */.cd)(spec, flat, at);
    return problems;
}
/** Document order of two JSON pointers (numeric tokens compared as numbers). */
function comparePointers(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        if (left[index] === right[index])
            continue;
        const x = Number(left[index]);
        const y = Number(right[index]);
        return Number.isNaN(x) || Number.isNaN(y) ? String(left[index]).localeCompare(String(right[index])) : x - y;
    }
    return left.length - right.length;
}
function checkClusterList(names, pointer, clusterNames, at) {
    names?.forEach((name, index) => {
        if (!clusterNames.has(name))
            at(`${pointer}/${index}`, `unknown cluster '${name}'${clusterNames.size ? ` (clusters: ${[...clusterNames].join(', ')})` : ''}`);
    });
}
/** Fields that give a secret's value on the runner: none of them goes with `external`. */
const RUNNER_VALUE_FIELDS = [
    'fromEnv',
    'fromFile',
    'dockerConfigEnv',
    'registry',
    'usernameEnv',
    'passwordEnv',
    'certFile',
    'keyFile',
    'certEnv',
    'keyEnv',
];
function checkSecret(secret, pointer, at) {
    if (secret.external) {
        for (const field of RUNNER_VALUE_FIELDS)
            if (secret[field] !== undefined)
                at(`${pointer}/${field}`, `secret '${secret.name}' reads its values from the store (external); ${field} gives a value on the runner: use one or the other`, true);
        if (!secret.external.keys && !secret.external.extract)
            at(`${pointer}/external`, `external secret '${secret.name}' needs keys or extract (what to read from the store)`, true);
        return;
    }
    const type = secret.type ?? 'opaque';
    if (type === 'docker-config' &&
        !secret.dockerConfigEnv &&
        !(secret.registry && secret.usernameEnv && secret.passwordEnv)) {
        at(pointer, `docker-config secret '${secret.name}' needs dockerConfigEnv, or registry + usernameEnv + passwordEnv`, true);
    }
    if (type === 'tls' && !((secret.certFile || secret.certEnv) && (secret.keyFile || secret.keyEnv))) {
        at(pointer, `tls secret '${secret.name}' needs certFile or certEnv, and keyFile or keyEnv`, true);
    }
    if (type === 'opaque' && !secret.fromEnv && !secret.fromFile) {
        at(pointer, `secret '${secret.name}' needs fromEnv or fromFile`, true);
    }
}
function checkComponent(component, pointer, context) {
    const { at } = context;
    const kind = componentKind(component);
    if (imageKinds.has(kind) && !component.image)
        at(pointer, `component '${component.name}' (${kind}) needs an image`, true);
    if (kind === 'manifests') {
        if (!component.files?.length)
            at(pointer, `component '${component.name}' (manifests) needs files`, true);
        if (component.image)
            at(`${pointer}/image`, `a manifests component takes no image; its objects come from files`, true);
    }
    else if (component.files) {
        at(`${pointer}/files`, `files is only for kind: manifests`, true);
    }
    checkPackaged(component, kind, pointer, at);
    checkHttpComponent(component, kind, pointer, at, context.secrets);
    if (kind === 'cronjob' && !component.schedule)
        at(pointer, `cronjob '${component.name}' needs a schedule`, true);
    if (component.schedule !== undefined && kind !== 'cronjob')
        at(`${pointer}/schedule`, `schedule is only for kind: cronjob`, true);
    if (component.schedule &&
        component.schedule.trim().split(/\s+/).length !== 5 &&
        !component.schedule.startsWith('@')) {
        at(`${pointer}/schedule`, `schedule '${component.schedule}' must have 5 fields (minute hour day month weekday) or be a macro like @daily`);
    }
    if (component.storage && kind !== 'statefulset')
        at(`${pointer}/storage`, `storage is only for kind: statefulset (use volumes with persistentVolumeClaim otherwise)`, true);
    if (component.port !== undefined && component.ports)
        at(`${pointer}/port`, `give either port or ports, not both`, true);
    const ports = component.ports ?? (component.port !== undefined ? [{ port: component.port }] : []);
    if (component.ingress && ports.length === 0)
        at(`${pointer}/ingress`, `ingress needs a port to route to`, true);
    if (component.ingress && (kind === 'job' || kind === 'cronjob' || kind === 'worker'))
        at(`${pointer}/ingress`, `a ${kind} cannot have an ingress`, true);
    if (kind === 'worker' && ports.length > 0)
        at(pointer, `a worker has no ports; use kind: service`, true);
    checkGatewayRoute(component, `${pointer}/ingress`, at);
    checkStrategy(component, kind, pointer, at);
    checkPorts(component, pointer, at);
    checkPodFields(component, kind, pointer, at);
    component.depends?.forEach((name, index) => {
        if (name === component.name)
            at(`${pointer}/depends/${index}`, `component '${component.name}' depends on itself`);
        else if (!context.componentNames.has(name))
            at(`${pointer}/depends/${index}`, `unknown component '${name}' in depends${suggestList(context.componentNames.keys())}`);
    });
    component.clusters?.forEach((name, index) => {
        if (!context.clusterNames.has(name))
            at(`${pointer}/clusters/${index}`, `unknown cluster '${name}'${suggestList(context.clusterNames.keys())}`);
    });
    component.imagePullSecrets?.forEach((name, index) => {
        const type = context.secretTypes.get(name);
        if (type !== undefined && type !== 'docker-config')
            at(`${pointer}/imagePullSecrets/${index}`, `secret '${name}' is ${type}, not a docker-config registry secret`);
    });
    checkResources(component, pointer, at);
    component.volumes?.forEach((volume, index) => {
        const sources = ['emptyDir', 'hostPath', 'nfs', 'persistentVolumeClaim', 'secret', 'configMap'].filter((key) => volume[key] !== undefined);
        if (sources.length !== 1)
            at(`${pointer}/volumes/${index}`, `volume '${volume.name}' needs exactly one source (emptyDir, hostPath, nfs, persistentVolumeClaim, secret, configMap), found ${sources.length === 0 ? 'none' : sources.join(', ')}`, true);
    });
    component.envFrom?.forEach((entry, index) => {
        if ((entry.secret === undefined) === (entry.configMap === undefined))
            at(`${pointer}/envFrom/${index}`, `envFrom entry needs exactly one of secret or configMap`, true);
    });
    component.config?.forEach((config, index) => {
        if (!config.files?.length && !config.data)
            at(`${pointer}/config/${index}`, `config needs files or data`, true);
        if (!config.mountPath && !config.env)
            at(`${pointer}/config/${index}`, `config needs a mountPath or env: true, or it is never used`, true);
    });
    const mountPaths = new Map();
    const mounts = [
        ...(component.volumes ?? []).map((volume, index) => ({
            path: volume.mountPath,
            pointer: `${pointer}/volumes/${index}/mountPath`,
        })),
        ...(component.storage ?? []).map((storage, index) => ({
            path: storage.mountPath,
            pointer: `${pointer}/storage/${index}/mountPath`,
        })),
        ...(component.config ?? []).flatMap((config, index) => config.mountPath ? [{ path: config.mountPath, pointer: `${pointer}/config/${index}/mountPath` }] : []),
    ];
    for (const mount of mounts) {
        const previous = mountPaths.get(mount.path);
        if (previous)
            at(mount.pointer, `mount path ${mount.path} is already used`);
        mountPaths.set(mount.path, mount.pointer);
    }
    if (component.pdb && component.pdb.minAvailable !== undefined && component.pdb.maxUnavailable !== undefined) {
        at(`${pointer}/pdb`, `give either minAvailable or maxUnavailable, not both`, true);
    }
    if (component.autoscale) {
        const min = component.autoscale.min ?? component.replicas ?? 1;
        if (min > component.autoscale.max)
            at(`${pointer}/autoscale`, `autoscale min (${min}) is greater than max (${component.autoscale.max})`, true);
        if (kind !== 'service' && kind !== 'worker' && kind !== 'statefulset')
            at(`${pointer}/autoscale`, `autoscale is for services, workers and stateful sets`, true);
    }
    component.patches?.forEach((patch, index) => {
        const isList = Array.isArray(patch.patch);
        if ((patch.type ?? 'merge') === 'json' && !isList)
            at(`${pointer}/patches/${index}/patch`, `a json patch is a list of operations`);
        if ((patch.type ?? 'merge') === 'merge' && isList)
            at(`${pointer}/patches/${index}/patch`, `a merge patch is a mapping; for a list of operations set type: json`);
        if (isList)
            checkJsonPatchPaths(patch.patch, `${pointer}/patches/${index}/patch`, at);
    });
}
/** JSON patch paths reaching prototypes (`/__proto__/x`, `/constructor/prototype`) are refused before applying. */
function checkJsonPatchPaths(operations, pointer, at) {
    operations.forEach((operation, index) => {
        if (!(0,merge/* isPlainObject */.Q)(operation))
            return;
        for (const field of ['path', 'from']) {
            const path = operation[field];
            if (typeof path !== 'string')
                continue;
            const token = path.split('/').find((part) => bounded_yaml/* prototypeKeys */.dm.has(part.replace(/~1/g, '/').replace(/~0/g, '~')));
            if (token !== undefined)
                at(`${pointer}/${index}/${field}`, `a patch path may not go through '${token}'`);
        }
    });
}
function checkPorts(component, pointer, at) {
    const ports = component.ports ?? [];
    const containerPorts = new Map();
    const servicePorts = new Map();
    const names = new Map();
    ports.forEach((port, index) => {
        const key = `${port.port}/${port.protocol ?? 'TCP'}`;
        const clash = containerPorts.get(key);
        if (clash !== undefined)
            at(`${pointer}/ports/${index}/port`, `port ${key} is already declared by ports[${clash}]`);
        containerPorts.set(key, index);
        const servicePort = port.servicePort ?? port.port;
        const serviceClash = servicePorts.get(servicePort);
        if (serviceClash !== undefined && port.expose !== false)
            at(`${pointer}/ports/${index}`, `service port ${servicePort} clashes with ports[${serviceClash}]`, true);
        if (port.expose !== false)
            servicePorts.set(servicePort, index);
        if (port.name) {
            const nameClash = names.get(port.name);
            if (nameClash !== undefined)
                at(`${pointer}/ports/${index}/name`, `port name '${port.name}' is already used by ports[${nameClash}]`);
            names.set(port.name, index);
        }
    });
}
function checkResources(component, pointer, at) {
    const requests = component.resources?.requests ?? {};
    const limits = component.resources?.limits ?? {};
    for (const resource of ['cpu', 'memory', 'ephemeral-storage']) {
        const request = requests[resource];
        const limit = limits[resource];
        if (request === undefined || limit === undefined)
            continue;
        const requested = (0,quantity/* parseQuantity */.L)(request);
        const limited = (0,quantity/* parseQuantity */.L)(limit);
        if (requested !== undefined && limited !== undefined && requested > limited) {
            at(`${pointer}/resources/requests/${resource}`, `${resource} request ${request} is more than its limit ${limit}`);
        }
    }
}
/** Iterative depth-first search (a chain of thousands of components must not exhaust the call stack). */
function checkCycles(flat, at) {
    const graph = new Map(flat.placed.map(({ component }) => [component.name, (0,groups/* expandGroupDepends */.h)(component.depends ?? [], flat.groups)]));
    const pointerOf = new Map(flat.placed.map(({ component, pointer }) => [component.name, pointer]));
    const state = new Map();
    const reported = new Set();
    for (const root of graph.keys()) {
        if (state.has(root))
            continue;
        // The current path, with each node's position in it and where its dependency list was left off.
        const path = [];
        const position = new Map();
        const enter = (name) => {
            state.set(name, 'visiting');
            position.set(name, path.length);
            path.push({ name, next: 0 });
        };
        enter(root);
        while (path.length > 0) {
            const top = path[path.length - 1];
            const depends = graph.get(top.name) ?? [];
            if (top.next >= depends.length) {
                state.set(top.name, 'done');
                position.delete(top.name);
                path.pop();
                continue;
            }
            const name = depends[top.next++];
            if (!graph.has(name) || state.get(name) === 'done')
                continue;
            if (state.get(name) === 'visiting') {
                if (reported.size >= limits/* specLimits */.o.maxReportedCycles)
                    continue;
                const cycle = [...path.slice(position.get(name)).map((entry) => entry.name), name];
                const key = [...cycle].sort().join(',');
                if (!reported.has(key)) {
                    reported.add(key);
                    at(`${pointerOf.get(name)}/depends`, `dependency cycle: ${cycle.join(' → ')}`, true);
                }
                continue;
            }
            enter(name);
        }
    }
}
/** Names for a hint: a spec may have a thousand components, and the hint repeats in every problem. */
function suggestList(names) {
    const list = [...names];
    if (list.length > 20)
        return ` (known: ${list.slice(0, 20).join(', ')}, … ${list.length - 20} more)`;
    return list.length > 0 ? ` (known: ${list.join(', ')})` : '';
}
/** kind: helm / kustomize: their own block, nothing that builds a pod (their objects come from the chart). */
function checkPackaged(component, kind, pointer, at) {
    for (const [field, owner] of [
        ['helm', 'helm'],
        ['kustomize', 'kustomize'],
    ]) {
        if (kind === owner && !component[field])
            at(pointer, `component '${component.name}' (${owner}) needs a ${field} block`, true);
        if (kind !== owner && component[field] !== undefined)
            at(`${pointer}/${field}`, `${field} is only for kind: ${owner}`, true);
    }
    if (kind !== 'helm' && kind !== 'kustomize')
        return;
    for (const field of ['image', 'port', 'ports', 'files', 'initContainers', 'sidecars']) {
        if (component[field] !== undefined)
            at(`${pointer}/${field}`, `a ${kind} component takes no ${field}; its objects come from the ${kind === 'helm' ? 'chart (set it in helm.values)' : 'kustomization'}`, true);
    }
    const helm = component.helm;
    if (!helm)
        return;
    const remote = helm.repo !== undefined || helm.chart.startsWith('oci://');
    if (helm.repo !== undefined && helm.chart.startsWith('oci://'))
        at(`${pointer}/helm/repo`, `an oci:// chart takes no repo; the reference names its registry`, true);
    if (!remote && helm.version !== undefined)
        at(`${pointer}/helm/version`, `version is for OCI and repository charts; a chart directory's version is in its Chart.yaml`, true);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(helm.chart) && !helm.chart.startsWith('oci://'))
        at(`${pointer}/helm/chart`, `chart ${JSON.stringify(helm.chart)}: give an oci:// reference, a directory in the repository, or a chart name with repo: https://…`);
}


/***/ }),

/***/ 41603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kp: () => (/* binding */ closest),
  v9: () => (/* binding */ validateAgainstSchema)
});

// UNUSED EXPORTS: displayPath, specSchema, valueAt

;// CONCATENATED MODULE: ./schemas/k8deployer.schema.json
const k8deployer_schema_namespaceObject = {};
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/spec/spec-validator.generated.js
// Generated from schemas/k8deployer.schema.json by scripts/gen-spec-types.ts. Do not edit.

"use strict";const validate = (/* unused pure expression or super */ null && (validate20));/* harmony default export */ const spec_validator_generated = (validate20);const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://k8deployer.dev/schemas/k8deployer.schema.json","title":"K8deployerSpec","description":"A k8deployer deploy spec: one application, its components and the clusters it deploys to.","type":"object","additionalProperties":false,"required":["app","components"],"properties":{"$schema":{"type":"string","description":"JSON Schema reference for editors."},"app":{"$ref":"#/$defs/dnsLabel","description":"Application name; becomes app.kubernetes.io/part-of and the default namespace."},"namespace":{"type":"string","description":"Namespace to deploy into (default: the app name). May use variables."},"createNamespace":{"type":"boolean","description":"Create (and label) the namespace when it does not exist. Default true."},"version":{"type":"string","description":"Application version; becomes app.kubernetes.io/version. Default: the image tag of the first component."},"labels":{"$ref":"#/$defs/stringMap","description":"Extra labels on every generated object."},"annotations":{"$ref":"#/$defs/stringMap","description":"Extra annotations on every generated object."},"variables":{"$ref":"#/$defs/variables","description":"Values for ${name} references anywhere in the spec. Cluster variables and deploy-time variables win over these."},"defaults":{"$ref":"#/$defs/componentDefaults","description":"Settings every component inherits unless it sets them itself."},"images":{"$ref":"#/$defs/imagePolicy","description":"How images are deployed; a component's own images setting wins."},"secrets":{"type":"array","description":"Secrets whose values are supplied at deploy time (environment variables or files), never stored in the spec.","items":{"$ref":"#/$defs/secret"}},"components":{"type":"array","minItems":1,"description":"What to deploy: services, workers, stateful sets, daemon sets, jobs, cron jobs and raw manifests.","items":{"$ref":"#/$defs/component"}},"clusters":{"type":"array","description":"Where to deploy. Without clusters, render and plan use a local target named 'default'.","items":{"$ref":"#/$defs/cluster"}},"releases":{"type":"array","description":"Rules mapping a pushed git tag to an environment and an image tag, first match wins.","items":{"$ref":"#/$defs/releaseRule"}},"preview":{"$ref":"#/$defs/preview","description":"Pull-request preview environments."}},"$defs":{"strategy":{"description":"How a new version replaces the running one (services; canary also workers). Default: the workload's own rolling update. A name (rolling, canary, blue-green) takes that strategy's defaults; an object sets its options. canary: see canaryStrategy. blue-green: see blueGreenStrategy. The first deploy of a component (nothing running yet) deploys directly. See docs/progressive-delivery.md.","anyOf":[{"enum":["rolling","canary","blue-green"]},{"$ref":"#/$defs/canaryStrategy"},{"$ref":"#/$defs/blueGreenStrategy"}]},"blueGreenStrategy":{"type":"object","description":"A blue-green rollout with its options.","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"blue-green","description":"blue-green: switch the main Service from the old Deployment to the new one once the new one is ready."},"switch":{"enum":["auto","manual"],"description":"auto: the deploy switches the main Service as soon as the new version is ready. manual: the deploy stops before the switch (the new version is reachable on <name>-preview) and `k8deployer promote` switches. Default auto."},"keepFor":{"type":"string","pattern":"^[0-9]{1,6}(s|m|h|d)$","description":"How long the old version keeps running after the switch, so that `k8deployer abort` can switch back instantly: a number with s, m, h or d (`30m`, `1h`, `2d`). After that the next deploy removes it. Default 1h."},"analysis":{"$ref":"#/$defs/analysis","description":"Checks run after the new color is ready and before the main Service switches (aim HTTP checks at the <name>-preview Service): analysisRuns runs, interval apart; more than failureLimit failed runs and the switch does not happen, the new color is rolled back. Not run on a first deploy (nothing to switch from) nor for switch: manual (promote switches)."},"analysisRuns":{"type":"integer","minimum":1,"maximum":100,"description":"With analysis: how many analysis runs (`interval` apart) the new color must get through before the switch; the switch happens only if no more than failureLimit of them fail. Default 3."}}},"canaryStrategy":{"type":"object","description":"A canary rollout: a second Deployment <name>-canary runs the new version and gets a growing share of traffic step by step, with analysis during each pause. A failed analysis or a crash-looping canary restores stable and removes the canary; after the last step stable gets the new version and the canary is removed. No controller runs in the cluster: the deploy run (and later `k8deployer promote` / `abort` runs) drive it.","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"canary","description":"canary: shift traffic to the new version in steps."},"steps":{"type":"array","minItems":1,"maxItems":32,"description":"The steps, in order. Each sets the canary's share of traffic, then pauses while analysis runs. After the last step the canary is promoted. Default: [{weight: 20, pause: until-promoted}].","items":{"type":"object","additionalProperties":false,"required":["weight"],"properties":{"weight":{"type":"integer","minimum":1,"maximum":100,"description":"Percent of traffic (with traffic: replicas, of the replicas) the canary gets in this step."},"pause":{"type":"string","pattern":"^(until-promoted|([0-9]+(ms|s|m|h))+)$","description":"How long to hold this step while analysis runs: a duration (30s, 5m, 1h) or until-promoted (the run ends with the canary in progress; `k8deployer promote` continues, `k8deployer abort` rolls back). Default 0s: analysis runs once."}}}},"traffic":{"enum":["replicas","nginx","gateway"],"description":"How traffic is split. replicas: the canary's pods sit behind the component's one Service and the share is the replica ratio (works everywhere, coarse). nginx: an ingress-nginx canary Ingress with canary-weight (needs ingress). gateway: HTTPRoute backendRefs weights to <name> and <name>-canary (needs ingress.gateway). Default: gateway when ingress.gateway is set, else the cluster profile's trafficSplit, else replicas."},"analysis":{"$ref":"#/$defs/analysis","description":"Checks run during each pause, besides the canary's readiness and fail-fast signals (crash loops, restarts, image pull errors), which always run."}}},"analysis":{"type":"object","additionalProperties":false,"description":"Checks run before a rollout goes on, besides readiness and fail fast (crash loops, restarts, image pull errors), which always run: during each canary pause, or before a blue-green switch (against the new color, e.g. its <name>-preview Service).","properties":{"interval":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Time between two analysis runs. Default 10s."},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"description":"Failed analysis runs tolerated; one more aborts the rollout (the canary is removed; blue-green does not switch). Default 0."},"http":{"type":"array","maxItems":32,"description":"HTTP checks: each run sends `requests` GETs and passes when the share answered with expectStatus is at least successRatio.","items":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL to GET (http or https). May use variables."},"expectStatus":{"type":"integer","minimum":100,"maximum":599,"description":"Status that counts as success. Default 200."},"successRatio":{"type":"number","minimum":0,"maximum":1,"description":"Share of requests that must succeed. Default 1."},"requests":{"type":"integer","minimum":1,"maximum":100,"description":"Requests per run. Default 5."},"timeout":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Per request. Default 5s."}}}},"prometheus":{"type":"array","maxItems":32,"description":"Prometheus instant queries (GET <url>/api/v1/query): a run passes when the query returns at least one sample and every sample is within min/max. An empty result fails: no data is not success.","items":{"type":"object","additionalProperties":false,"required":["url","query"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"Prometheus base URL, e.g. http://prometheus.monitoring:9090."},"query":{"type":"string","description":"PromQL giving an instant vector or a scalar, e.g. sum(rate(http_requests_total{code=~\"5..\"}[1m]))."},"max":{"type":"number","description":"Largest value that passes."},"min":{"type":"number","description":"Smallest value that passes."},"timeout":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Per query. Default 5s."}}}}}},"dnsLabel":{"type":"string","description":"A DNS-1123 label: lower case letters, digits and '-', starting and ending with an alphanumeric, at most 63 characters.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"imagePolicy":{"type":"object","description":"How container images are deployed.","additionalProperties":false,"properties":{"pin":{"enum":["tag","digest"],"description":"tag: deploy the image reference as written. digest: at plan and deploy time, ask the image's registry (OCI distribution API, with the docker-config pull secrets' credentials) which digest the tag names and deploy image@sha256:…, so every pod runs the same bytes and a moved tag rolls the pods. Images given with a digest are left alone. Default tag."}}},"stringMap":{"type":"object","description":"A map of string keys to string values.","additionalProperties":{"type":"string"}},"variables":{"type":"object","description":"Variable values by name.","additionalProperties":{"type":["string","number","boolean"]}},"quantity":{"description":"A Kubernetes quantity such as 250m, 0.5, 512Mi or 2Gi.","type":["string","number"],"pattern":"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},"resourceList":{"type":"object","description":"Amounts of compute resources.","additionalProperties":false,"properties":{"cpu":{"$ref":"#/$defs/quantity","description":"CPU, e.g. 100m or 1."},"memory":{"$ref":"#/$defs/quantity","description":"Memory, e.g. 128Mi."},"ephemeral-storage":{"$ref":"#/$defs/quantity","description":"Local ephemeral storage, e.g. 1Gi."}}},"resources":{"type":"object","description":"Container resource requests and limits. Default: requests cpu 100m / memory 128Mi, limit memory 256Mi.","additionalProperties":false,"properties":{"requests":{"$ref":"#/$defs/resourceList","description":"What the scheduler reserves."},"limits":{"$ref":"#/$defs/resourceList","description":"Hard ceilings. No CPU limit by default (it throttles)."}}},"port":{"type":"object","description":"A container port, exposed through the component's Service.","additionalProperties":false,"required":["port"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$","description":"Port name (IANA_SVC_NAME, at most 15 characters). Default: http for the first port, else port-<n>."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the container listens on."},"servicePort":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the Service exposes. Default: the container port (80 for the `port` shorthand)."},"protocol":{"enum":["TCP","UDP","SCTP"],"description":"Protocol. Default TCP."},"nodePort":{"type":"integer","minimum":30000,"maximum":32767,"description":"Fixed node port for NodePort/LoadBalancer services."},"expose":{"type":"boolean","description":"Include this port in the Service. Default true."}}},"httpProbe":{"type":"object","description":"A probe: path for HTTP GET (with headers, scheme), grpc for a gRPC health check, tcp: true for a TCP check, or exec for a command.","additionalProperties":false,"properties":{"path":{"type":"string","description":"HTTP GET path, e.g. /healthz."},"headers":{"type":"object","description":"HTTP headers sent with the request, by name.","propertyNames":{"pattern":"^[-A-Za-z0-9]+$"},"additionalProperties":{"type":"string"}},"scheme":{"enum":["HTTP","HTTPS"],"description":"HTTP GET scheme. Default HTTP."},"grpc":{"description":"gRPC health check (grpc.health.v1) on the probe's port: true, or { service } to check one service.","oneOf":[{"const":true},{"type":"object","additionalProperties":false,"properties":{"service":{"type":"string","description":"Service name sent in the health check request. Default: empty (the server's overall health)."}}}]},"port":{"type":["integer","string"],"description":"Port number or name of this container's ports (gRPC probes resolve a name to its number). Default: the first port."},"tcp":{"type":"boolean","description":"Use a TCP socket check instead of HTTP."},"exec":{"type":"array","items":{"type":"string"},"description":"Command to run in the container."},"initialDelaySeconds":{"type":"integer","minimum":0,"description":"Seconds before the first probe."},"periodSeconds":{"type":"integer","minimum":1,"description":"Seconds between probes."},"timeoutSeconds":{"type":"integer","minimum":1,"description":"Seconds before a probe times out."},"failureThreshold":{"type":"integer","minimum":1,"description":"Failures before the probe counts as failed."},"successThreshold":{"type":"integer","minimum":1,"description":"Successes before the probe counts as passed (readiness only)."}}},"probeSetting":{"description":"A probe, or false to have none.","oneOf":[{"$ref":"#/$defs/httpProbe"},{"const":false}]},"probes":{"type":"object","description":"Readiness, liveness and startup probes. Derived from the first port when not given (HTTP GET on path, gRPC with grpc, else TCP); liveness is derived only with a shorthand and checks the socket.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Shorthand: HTTP path for all three probes."},"grpc":{"description":"Shorthand: gRPC health check on the first port for readiness and startup (true, or { service }); liveness checks the socket.","oneOf":[{"const":true},{"type":"object","additionalProperties":false,"properties":{"service":{"type":"string","description":"Service name sent in the health check request. Default: empty (the server's overall health)."}}}]},"readiness":{"$ref":"#/$defs/probeSetting","description":"Readiness probe."},"liveness":{"$ref":"#/$defs/probeSetting","description":"Liveness probe."},"startup":{"$ref":"#/$defs/probeSetting","description":"Startup probe."}}},"lifecycleHandler":{"type":"object","description":"A lifecycle hook: exactly one of sleep (seconds; on by default since Kubernetes 1.30, GA in 1.34), exec (a command) or path (HTTP GET).","additionalProperties":false,"properties":{"sleep":{"type":"integer","minimum":1,"maximum":3600,"description":"Seconds to wait (the kubelet's native sleep action; no shell or binary needed in the image)."},"exec":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Command to run in the container."},"path":{"type":"string","description":"HTTP GET path."},"port":{"type":["integer","string"],"description":"HTTP port number or name. Default: the first port."},"headers":{"type":"object","description":"HTTP headers sent with the request, by name.","propertyNames":{"pattern":"^[-A-Za-z0-9]+$"},"additionalProperties":{"type":"string"}}}},"lifecycleSetting":{"description":"A lifecycle hook, or false to have none.","oneOf":[{"$ref":"#/$defs/lifecycleHandler"},{"const":false}]},"lifecycle":{"type":"object","description":"Container lifecycle hooks.","additionalProperties":false,"properties":{"preStop":{"$ref":"#/$defs/lifecycleSetting","description":"Runs before the container is stopped. Default for a main container behind a Service: { sleep: 5 }, so endpoints drop the pod before it stops taking connections (with terminationGracePeriodSeconds 35 = 5 + 30 s to shut down). false: none."},"postStart":{"$ref":"#/$defs/lifecycleSetting","description":"Runs right after the container starts."}}},"containerPort":{"type":"object","description":"A port an extra container listens on (reachable through the NetworkPolicy and `services`, not the component's Service).","additionalProperties":false,"required":["port"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$","description":"Port name (IANA_SVC_NAME, at most 15 characters), unique in the pod. Default: port-<n>."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the container listens on."},"protocol":{"enum":["TCP","UDP","SCTP"],"description":"Protocol. Default TCP."}}},"volumeMount":{"type":"object","description":"Mounts one of the component's volumes (volumes, storage or config by name) into an extra container.","additionalProperties":false,"required":["name","mountPath"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Name of a volume, storage claim or config of the component."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"subPath":{"type":"string","description":"Mount only this path inside the volume."},"readOnly":{"type":"boolean","description":"Mount read-only."}}},"container":{"type":"object","description":"An init container or sidecar. It gets the same defaults as the main container: restricted security context, default resources, pull policy.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Container name, unique in the pod (main container included)."},"image":{"type":"string","description":"Image. Default: the component's image."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image."},"command":{"type":"array","items":{"type":"string"},"description":"Entrypoint override."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments."},"workingDir":{"type":"string","description":"Working directory."},"env":{"$ref":"#/$defs/env","description":"Environment variables (the component's env is not inherited)."},"envFrom":{"$ref":"#/$defs/envFrom","description":"Import every key of a Secret or ConfigMap as environment variables."},"ports":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/containerPort"},"description":"Ports this container listens on."},"resources":{"$ref":"#/$defs/resources","description":"Resources; unset values take the built-in defaults (requests 100m CPU, 128Mi memory; limits 1 CPU, 256Mi memory)."},"probes":{"$ref":"#/$defs/probes","description":"Sidecars only: probes, derived from the first port like the main container's. A sidecar's readiness counts for the pod's."},"lifecycle":{"$ref":"#/$defs/lifecycle","description":"Sidecars only: lifecycle hooks (no default)."},"volumeMounts":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/volumeMount"},"description":"Component volumes to mount. /tmp is mounted when the root filesystem is read-only."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default: the component's setting."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as. Default: the component's."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID to run as. Default: the component's."}}},"extraService":{"type":"object","description":"An additional Service selecting the component's pods, e.g. a public LoadBalancer next to the ClusterIP Service.","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$","description":"Service name (DNS-1035 label, at most 63 characters), unique in the namespace."},"type":{"enum":["ClusterIP","NodePort","LoadBalancer","Headless"],"description":"Service type. Default ClusterIP."},"ports":{"type":"array","minItems":1,"maxItems":64,"description":"Ports to expose: a pod port name or number, or { port, servicePort, nodePort }. Default: the component's exposed ports.","items":{"oneOf":[{"type":["integer","string"],"description":"Name or number of a port of the main container or a sidecar."},{"type":"object","additionalProperties":false,"required":["port"],"properties":{"port":{"type":["integer","string"],"description":"Name or number of a port of the main container or a sidecar."},"servicePort":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the Service exposes. Default: the port's service port."},"nodePort":{"type":"integer","minimum":30000,"maximum":32767,"description":"Fixed node port (NodePort/LoadBalancer)."}}}]}},"annotations":{"$ref":"#/$defs/stringMap","description":"Service annotations (merged over the cluster profile's load balancer annotations)."},"externalTrafficPolicy":{"enum":["Cluster","Local"],"description":"For NodePort and LoadBalancer services."},"waitForAddress":{"type":"boolean","description":"LoadBalancer: wait for an external address. Default true."}}},"envValue":{"description":"An environment value: a literal, or a reference to a Secret key, a ConfigMap key or a pod field.","oneOf":[{"type":["string","number","boolean"]},{"type":"object","additionalProperties":false,"required":["secret","key"],"properties":{"secret":{"type":"string","description":"Secret name (a spec secret or an existing one)."},"key":{"type":"string","description":"Key in the Secret."},"optional":{"type":"boolean","description":"Start even when the key is missing."}}},{"type":"object","additionalProperties":false,"required":["configMap","key"],"properties":{"configMap":{"type":"string","description":"ConfigMap name."},"key":{"type":"string","description":"Key in the ConfigMap."},"optional":{"type":"boolean","description":"Start even when the key is missing."}}},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string","description":"Pod field path, e.g. metadata.name or status.podIP."}}}]},"env":{"type":"object","description":"Environment variables by name.","propertyNames":{"pattern":"^[-._a-zA-Z][-._a-zA-Z0-9]*$"},"additionalProperties":{"$ref":"#/$defs/envValue"}},"envFrom":{"type":"array","description":"Import every key of a Secret or ConfigMap as environment variables.","items":{"type":"object","additionalProperties":false,"properties":{"secret":{"type":"string","description":"Secret name."},"configMap":{"type":"string","description":"ConfigMap name."},"prefix":{"type":"string","description":"Prefix added to every variable name."}}}},"config":{"type":"object","description":"A ConfigMap made from files and inline data. Its name carries a content hash, so a change rolls the pods.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Short name; the ConfigMap is <component>-<name>-<hash>. Default: config, config-2, ..."},"files":{"type":"array","items":{"type":"string"},"description":"Files (relative to the spec) whose contents become keys named after the file."},"data":{"$ref":"#/$defs/stringMap","description":"Inline keys and values."},"mountPath":{"type":"string","pattern":"^/","description":"Directory to mount the keys at as files."},"env":{"type":"boolean","description":"Also expose every key as an environment variable."}}},"volume":{"type":"object","description":"A volume mounted into the container: exactly one of emptyDir, hostPath, nfs, persistentVolumeClaim, secret, configMap.","additionalProperties":false,"required":["name","mountPath"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Volume name."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"subPath":{"type":"string","description":"Mount only this path inside the volume."},"readOnly":{"type":"boolean","description":"Mount read-only."},"emptyDir":{"type":"object","additionalProperties":false,"description":"Scratch space that lives as long as the pod.","properties":{"medium":{"enum":["","Memory"],"description":"Memory for tmpfs."},"sizeLimit":{"$ref":"#/$defs/quantity","description":"Size limit."}}},"hostPath":{"type":"object","additionalProperties":false,"required":["path"],"description":"A directory of the node (needs a privileged-enough namespace).","properties":{"path":{"type":"string","description":"Path on the node."},"type":{"type":"string","description":"DirectoryOrCreate, Directory, File, ..."}}},"nfs":{"type":"object","additionalProperties":false,"required":["server","path"],"description":"An NFS export.","properties":{"server":{"type":"string","description":"NFS server host name or address."},"path":{"type":"string","description":"Exported path."}}},"persistentVolumeClaim":{"type":"string","description":"Name of an existing PVC."},"secret":{"type":"string","description":"Secret whose keys become files."},"configMap":{"type":"string","description":"ConfigMap whose keys become files."}}},"storage":{"type":"object","description":"A persistent volume per replica (StatefulSet volumeClaimTemplate).","additionalProperties":false,"required":["name","mountPath","size"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Claim template name."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"size":{"$ref":"#/$defs/quantity","description":"Requested size, e.g. 10Gi."},"storageClass":{"type":"string","description":"Storage class. Default: the cluster profile's storage class, else the cluster default."},"accessModes":{"type":"array","items":{"enum":["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"]},"description":"Access modes. Default [ReadWriteOnce]."}}},"policyRule":{"type":"object","description":"An RBAC rule.","additionalProperties":false,"required":["verbs"],"properties":{"apiGroups":{"type":"array","items":{"type":"string"},"description":"API groups; '' is the core group. Default ['']."},"resources":{"type":"array","items":{"type":"string"},"description":"Resources, e.g. pods, configmaps."},"resourceNames":{"type":"array","items":{"type":"string"},"description":"Restrict to these object names."},"verbs":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Verbs, e.g. get, list, watch."},"nonResourceURLs":{"type":"array","items":{"type":"string"},"description":"Non-resource URLs (ClusterRole only)."}}},"rbac":{"type":"object","description":"A ServiceAccount for the component with the permissions it needs. Turns on service account token mounting.","additionalProperties":false,"properties":{"serviceAccount":{"type":"string","description":"ServiceAccount name. Default: the component name."},"rules":{"type":"array","items":{"$ref":"#/$defs/policyRule"},"description":"Namespaced permissions (Role + RoleBinding)."},"clusterRules":{"type":"array","items":{"$ref":"#/$defs/policyRule"},"description":"Cluster-wide permissions (ClusterRole + ClusterRoleBinding)."},"clusterRoles":{"type":"array","items":{"type":"string"},"description":"Existing ClusterRoles to bind in the namespace, e.g. view."}}},"ingress":{"type":"object","description":"An Ingress for the component's HTTP port.","additionalProperties":false,"properties":{"host":{"type":"string","description":"Host name, e.g. shop.example.com."},"hosts":{"type":"array","items":{"type":"string"},"description":"Several host names."},"paths":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Paths routed to the service. Default ['/']."},"pathType":{"enum":["Prefix","Exact","ImplementationSpecific"],"description":"Path matching. Default Prefix."},"className":{"type":"string","description":"Ingress class. Default: the cluster profile's."},"tls":{"type":"boolean","description":"Serve TLS (secret <component>-tls, issued by cert-manager when issuer is set). Default: true when issuer is set."},"tlsSecret":{"type":"string","description":"Existing TLS secret name to use."},"issuer":{"type":"string","description":"cert-manager ClusterIssuer name (adds cert-manager.io/cluster-issuer)."},"annotations":{"$ref":"#/$defs/stringMap","description":"Ingress annotations."},"port":{"type":["integer","string"],"description":"Service port number or name to route to. Default: the first port."},"gateway":{"type":"object","additionalProperties":false,"required":["parentRefs"],"description":"Route through the Gateway API instead: render an HTTPRoute (gateway.networking.k8s.io/v1) attached to these Gateways (host/hosts become its hostnames, paths its matches). Ready once every parent Accepted it with ResolvedRefs; failed when a parent refuses it.","properties":{"parentRefs":{"type":"array","maxItems":32,"description":"Gateways (or listeners) the route attaches to.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"Gateway name.","pattern":"^.+$"},"namespace":{"type":"string","description":"Gateway namespace. Default: the route's."},"sectionName":{"type":"string","description":"Listener name on the Gateway."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Listener port on the Gateway."}}}}}}}},"service":{"type":"object","description":"How the component's ports are exposed.","additionalProperties":false,"properties":{"type":{"enum":["ClusterIP","NodePort","LoadBalancer","Headless","None"],"description":"Service type; None makes no Service. Default ClusterIP (Headless for stateful sets)."},"annotations":{"$ref":"#/$defs/stringMap","description":"Service annotations (merged over the cluster profile's load balancer annotations)."},"waitForAddress":{"type":"boolean","description":"LoadBalancer: wait for an external address. Default true."},"externalTrafficPolicy":{"enum":["Cluster","Local"],"description":"For NodePort and LoadBalancer services."}}},"pdb":{"description":"PodDisruptionBudget. Default for replicas > 1: maxUnavailable 1. false for none.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"minAvailable":{"type":["integer","string"],"description":"Pods that must stay up (number or percent)."},"maxUnavailable":{"type":["integer","string"],"description":"Pods that may be down (number or percent)."}}}]},"autoscale":{"type":"object","description":"A HorizontalPodAutoscaler (autoscaling/v2).","additionalProperties":false,"required":["max"],"properties":{"min":{"type":"integer","minimum":1,"description":"Minimum replicas. Default: replicas."},"max":{"type":"integer","minimum":1,"description":"Maximum replicas."},"cpu":{"type":"integer","minimum":1,"maximum":1000,"description":"Target average CPU utilization, percent. Default 80."},"memory":{"type":"integer","minimum":1,"maximum":1000,"description":"Target average memory utilization, percent."}}},"patch":{"type":"object","description":"A patch applied to the generated objects after rendering: the escape hatch for any field.","additionalProperties":false,"required":["patch"],"properties":{"target":{"type":"object","additionalProperties":false,"description":"Which generated objects to patch. Default: the component's workload.","properties":{"kind":{"type":"string","description":"Object kind, e.g. Service."},"name":{"type":"string","description":"Object name."}}},"type":{"enum":["merge","json"],"description":"merge: a JSON merge patch (RFC 7386) given as YAML, lists matched by name; json: a JSON patch (RFC 6902) list. Default merge."},"patch":{"description":"The patch document.","type":["object","array"]}}},"componentDefaults":{"type":"object","description":"Settings inherited by every component.","additionalProperties":false,"properties":{"replicas":{"type":"integer","minimum":0,"description":"Replicas for services and workers."},"resources":{"$ref":"#/$defs/resources","description":"Default container resources."},"env":{"$ref":"#/$defs/env","description":"Environment every container gets (component env wins)."},"imagePullSecrets":{"type":"array","items":{"type":"string"},"description":"Registry secrets for pulling images."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy."},"nodeSelector":{"$ref":"#/$defs/stringMap","description":"Node labels the pods require."},"tolerations":{"type":"array","items":{"type":"object"},"description":"Pod tolerations."},"labels":{"$ref":"#/$defs/stringMap","description":"Extra labels for every component's objects."},"podAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on every pod."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default true."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as (and GID unless runAsGroup is set). Default 10001."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID the containers run as. Default: the runAsUser value."},"fsGroup":{"type":"integer","minimum":0,"description":"GID owning mounted volumes (pod fsGroup). Default: runAsGroup."},"topologySpread":{"type":"boolean","description":"Spread replicas over nodes and zones. Default true."},"revisionHistoryLimit":{"type":"integer","minimum":0,"description":"Old ReplicaSets kept. Default 5."},"networkPolicy":{"type":"boolean","description":"Generate NetworkPolicies. Default true."},"strategy":{"$ref":"#/$defs/strategy","description":"Strategy for every service and worker that does not set its own (rolling (default), canary or blue-green (see docs/progressive-delivery.md))."}}},"component":{"type":"object","description":"One deployable part of the app.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Component name, unique in the spec."},"kind":{"enum":["service","worker","statefulset","daemonset","job","cronjob","manifests","helm","kustomize","app","http"],"description":"service: a Deployment with a Service; worker: a Deployment without ports; statefulset, daemonset, job, cronjob; manifests: raw YAML files; helm: a Helm chart rendered with `helm template` and applied by k8deployer (no Helm release); kustomize: a kustomization rendered with kustomize; app: a group whose other fields are defaults for its child components; http: an HTTP request made once its dependencies are ready (a smoke test, a cache warm-up, registering a webhook), which writes no Kubernetes object. Default: app when components are given, http when http is given, helm when helm is given, kustomize when kustomize is given, manifests when files are given, service when ports are given, else worker."},"enabled":{"type":["boolean","string"],"description":"false (or a variable resolving to false) leaves the component out."},"clusters":{"type":"array","items":{"type":"string"},"description":"Deploy only to these clusters."},"depends":{"type":"array","items":{"type":"string"},"description":"Components that must be ready before this one starts."},"image":{"type":"string","description":"Container image, e.g. ghcr.io/acme/api:1.2.3."},"containerName":{"$ref":"#/$defs/dnsLabel","description":"Name of the main container. Default: the component name."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image."},"imagePullSecrets":{"type":"array","items":{"type":"string"},"description":"Registry secrets for pulling the image."},"images":{"$ref":"#/$defs/imagePolicy","description":"How this component's images (main, init and sidecar containers) are deployed. Default: the spec's images."},"command":{"type":"array","items":{"type":"string"},"description":"Entrypoint override."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments."},"workingDir":{"type":"string","description":"Working directory."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Shorthand for one HTTP port."},"ports":{"type":"array","items":{"$ref":"#/$defs/port"},"description":"Container ports."},"replicas":{"type":"integer","minimum":0,"description":"Replicas. Default 2 for services, 1 otherwise."},"resources":{"$ref":"#/$defs/resources","description":"Container resources."},"env":{"$ref":"#/$defs/env","description":"Environment variables."},"envFrom":{"$ref":"#/$defs/envFrom","description":"Environment variables from whole Secrets or ConfigMaps."},"config":{"type":"array","items":{"$ref":"#/$defs/config"},"description":"ConfigMaps from files and inline data."},"volumes":{"type":"array","items":{"$ref":"#/$defs/volume"},"description":"Volumes to mount."},"initContainers":{"type":"array","maxItems":32,"items":{"$ref":"#/$defs/container"},"description":"Containers that run to completion, in order, before the sidecars and the main container start."},"sidecars":{"type":"array","maxItems":32,"items":{"$ref":"#/$defs/container"},"description":"Containers running next to the main one as native sidecars (init containers with restartPolicy Always; on by default since Kubernetes 1.29, GA in 1.33): started after the init containers and before the main container, stopped after it."},"storage":{"type":"array","items":{"$ref":"#/$defs/storage"},"description":"Persistent storage per replica (statefulset only)."},"probes":{"$ref":"#/$defs/probes","description":"Health probes."},"lifecycle":{"$ref":"#/$defs/lifecycle","description":"Main container lifecycle hooks. Default behind a Service: preStop { sleep: 5 } and terminationGracePeriodSeconds 35; preStop: false turns it off."},"service":{"$ref":"#/$defs/service","description":"Service settings."},"services":{"type":"array","maxItems":16,"items":{"$ref":"#/$defs/extraService"},"description":"Additional Services selecting this component's pods (the NetworkPolicy admits their ports)."},"ingress":{"$ref":"#/$defs/ingress","description":"Ingress settings."},"rbac":{"$ref":"#/$defs/rbac","description":"ServiceAccount and permissions."},"pdb":{"$ref":"#/$defs/pdb","description":"PodDisruptionBudget."},"autoscale":{"$ref":"#/$defs/autoscale","description":"HorizontalPodAutoscaler."},"schedule":{"type":"string","description":"Cron schedule (cronjob), e.g. '*/15 * * * *'."},"timeZone":{"type":"string","description":"Time zone of the schedule (cronjob), e.g. Europe/Berlin."},"concurrencyPolicy":{"enum":["Allow","Forbid","Replace"],"description":"CronJob concurrency. Default Forbid."},"backoffLimit":{"type":"integer","minimum":0,"description":"Retries before a job fails. Default 2."},"activeDeadlineSeconds":{"type":"integer","minimum":1,"description":"Job time limit."},"ttlSecondsAfterFinished":{"type":"integer","minimum":0,"description":"Delete a finished job after this many seconds. Default 86400 for cron jobs."},"restartPolicy":{"enum":["OnFailure","Never"],"description":"Job pod restart policy. Default Never."},"updateStrategy":{"type":"object","description":"Deployment strategy / StatefulSet or DaemonSet updateStrategy (Kubernetes form)."},"labels":{"$ref":"#/$defs/stringMap","description":"Extra labels on the component's objects."},"annotations":{"$ref":"#/$defs/stringMap","description":"Extra annotations on the component's workload."},"podLabels":{"$ref":"#/$defs/stringMap","description":"Extra labels on the pods."},"podAnnotations":{"$ref":"#/$defs/stringMap","description":"Extra annotations on the pods."},"nodeSelector":{"$ref":"#/$defs/stringMap","description":"Node labels the pods require."},"tolerations":{"type":"array","items":{"type":"object"},"description":"Pod tolerations (Kubernetes form)."},"nodeAffinity":{"type":"object","description":"Pod nodeAffinity (Kubernetes form). Only set when given."},"topologySpread":{"type":"boolean","description":"Spread replicas over nodes and zones when replicas > 1. Default true."},"priorityClassName":{"type":"string","description":"Priority class."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default true."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as (and GID unless runAsGroup is set). Default 10001."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID the containers run as. Default: the runAsUser value."},"fsGroup":{"type":"integer","minimum":0,"description":"GID owning mounted volumes (pod fsGroup). Default: runAsGroup."},"terminationGracePeriodSeconds":{"type":"integer","minimum":0,"description":"Seconds pods get to stop. Default: 30, or the preStop sleep + 30 with a preStop sleep."},"revisionHistoryLimit":{"type":"integer","minimum":0,"description":"Old ReplicaSets kept. Default 5."},"replaceOnImmutable":{"type":"boolean","description":"Delete and re-create objects whose immutable fields changed. Default true for jobs."},"files":{"type":"array","items":{"type":"string"},"description":"YAML manifest files (kind: manifests), relative to the spec; variables are substituted."},"helm":{"$ref":"#/$defs/helmChart","description":"The chart of a kind: helm component. Rendered with `helm template` (helm on PATH; GitHub-hosted runners have it), then applied by k8deployer like any component: order, readiness, fail fast, rollback, prune and reports, no Helm release Secret. Chart hooks: pre-install/pre-upgrade objects are applied and ready (a hook Job complete) before the chart's other objects, post-install/post-upgrade ones after them, each group in helm.sh/hook-weight order; delete, rollback and test hooks are left out."},"kustomize":{"$ref":"#/$defs/kustomization","description":"The kustomization of a kind: kustomize component, rendered with `kustomize build` (kustomize on PATH, else `kubectl kustomize`) and applied by k8deployer like any component."},"http":{"$ref":"#/$defs/httpStep","description":"The request of a kind: http component, made once everything it depends on is ready; components that depend on it wait for it to succeed. A failed request fails the component like a failed Job (fail fast, rollback policy). Made from the runner: an in-cluster URL works only if the runner can reach it."},"patches":{"type":"array","items":{"$ref":"#/$defs/patch"},"description":"Patches over the generated objects."},"networkPolicy":{"type":"boolean","description":"A NetworkPolicy that admits traffic only to the declared ports (none for workers and jobs) and allows all egress. Default true."},"components":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/component"},"description":"kind: app only: the child components. They inherit every field the app sets (theirs win; depends add up); depending on the app means depending on all of them."},"strategy":{"$ref":"#/$defs/strategy","description":"How a new version replaces the running one: rolling (default), canary or blue-green (see docs/progressive-delivery.md). Default: defaults.strategy, else rolling."}}},"secret":{"type":"object","description":"A Secret whose values come from the environment or files at deploy time, or from an external secret store (external).","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Secret name."},"type":{"enum":["opaque","docker-config","tls"],"description":"opaque: keys from env/files; docker-config: a registry pull secret; tls: a certificate and key. Default opaque."},"fromEnv":{"$ref":"#/$defs/stringMap","description":"Secret key → name of the environment variable holding its value."},"fromFile":{"$ref":"#/$defs/stringMap","description":"Secret key → file path (relative to the spec)."},"dockerConfigEnv":{"type":"string","description":"docker-config: environment variable holding a .dockerconfigjson document."},"registry":{"type":"string","description":"docker-config: registry host, with usernameEnv/passwordEnv instead of a whole docker config."},"usernameEnv":{"type":"string","description":"docker-config: environment variable with the registry user."},"passwordEnv":{"type":"string","description":"docker-config: environment variable with the registry password or token."},"certFile":{"type":"string","description":"tls: PEM certificate file."},"keyFile":{"type":"string","description":"tls: PEM private key file."},"certEnv":{"type":"string","description":"tls: environment variable holding the PEM certificate."},"keyEnv":{"type":"string","description":"tls: environment variable holding the PEM key."},"external":{"type":"object","additionalProperties":false,"required":["store"],"description":"Read the values from a secret store through External Secrets Operator instead of on the runner: renders an ExternalSecret (external-secrets.io/v1) whose target is a Secret of this name, ready once the operator reports Ready. Takes the place of fromEnv/fromFile and the *Env/*File fields; type still sets the Secret's type. The operator and the store (SecretStore/ClusterSecretStore) must exist in the cluster.","properties":{"store":{"$ref":"#/$defs/dnsLabel","description":"Name of the SecretStore (or ClusterSecretStore with storeKind) that holds the values."},"storeKind":{"enum":["SecretStore","ClusterSecretStore"],"description":"Kind of the store. Default SecretStore (in the app's namespace)."},"refreshInterval":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","description":"How often the operator re-reads the store, as a Go duration (1h, 15m). Default 1h. A changed value in the store does not restart pods: bump the spec or use a reloader."},"keys":{"type":"object","description":"Secret key → the value's place in the store: a remote key (prod/db), or {key, property, version} (property: a field of a JSON value).","maxProperties":256,"propertyNames":{"pattern":"^[-._a-zA-Z0-9]{1,253}$"},"additionalProperties":{"oneOf":[{"type":"string","pattern":"^[\\s\\S]{1,1024}$"},{"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"string","description":"Remote key in the store.","pattern":"^[\\s\\S]{1,1024}$"},"property":{"type":"string","description":"Field of a JSON value to take.","pattern":"^[\\s\\S]{1,1024}$"},"version":{"type":"string","description":"Version of the value (provider-specific).","pattern":"^[\\s\\S]{1,256}$"}}}]}},"extract":{"type":"array","maxItems":32,"items":{"type":"string","pattern":"^[\\s\\S]{1,1024}$"},"description":"Remote keys whose JSON value's every field becomes a Secret key (the operator's dataFrom.extract)."}}}}},"providerProfile":{"type":"object","description":"What differs per provider; defaults come from the provider, any field can be overridden per cluster.","additionalProperties":false,"properties":{"storageClass":{"type":"string","description":"Storage class for stateful storage."},"ingressClass":{"type":"string","description":"Ingress class name."},"loadBalancerAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on LoadBalancer services."},"ingressAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on every Ingress."},"trafficSplit":{"enum":["replicas","nginx","gateway"],"description":"How a canary splits traffic on this cluster when its strategy does not say (see canaryStrategy.traffic). Default replicas."}}},"cluster":{"type":"object","description":"A deployment target. Give exactly one of eks, doks, lke, aks, gke, kubeconfig.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Cluster name used in reports and --cluster."},"enabled":{"type":["boolean","string"],"description":"false leaves the cluster out."},"namespace":{"type":"string","description":"Namespace override for this cluster."},"environment":{"type":"string","description":"GitHub environment name for Deployments. Default: the cluster name."},"url":{"type":"string","description":"Environment URL shown in reports."},"variables":{"$ref":"#/$defs/variables","description":"Variable values for this cluster."},"profile":{"$ref":"#/$defs/providerProfile","description":"Overrides of the provider profile."},"components":{"type":"object","description":"Per-component overrides for this cluster (any component field), e.g. {web: {replicas: 4}}.","additionalProperties":{"type":"object"}},"eks":{"type":"object","additionalProperties":false,"required":["region","cluster"],"description":"Amazon EKS through GitHub OIDC (roleArn) or AWS credentials in the environment.","properties":{"region":{"type":"string","description":"AWS region."},"cluster":{"type":"string","description":"EKS cluster name."},"roleArn":{"type":"string","description":"IAM role assumed with the GitHub OIDC token."},"roleSessionName":{"type":"string","description":"Role session name. Default k8deployer-<run id>."},"audience":{"type":"string","description":"OIDC audience. Default sts.amazonaws.com."},"durationSeconds":{"type":"integer","minimum":900,"description":"Role session length."}}},"doks":{"type":"object","additionalProperties":false,"required":["cluster"],"description":"DigitalOcean Kubernetes with an API token.","properties":{"cluster":{"type":"string","description":"Cluster name."},"tokenEnv":{"type":"string","description":"Environment variable holding the API token. Default DIGITALOCEAN_ACCESS_TOKEN."},"expirySeconds":{"type":"integer","minimum":60,"description":"Lifetime of the issued credentials. Default 3600."}}},"lke":{"type":"object","additionalProperties":false,"required":["cluster"],"description":"Linode Kubernetes Engine with an API token.","properties":{"cluster":{"type":"string","description":"Cluster label."},"tokenEnv":{"type":"string","description":"Environment variable holding the API token. Default LINODE_TOKEN."}}},"aks":{"type":"object","additionalProperties":false,"required":["subscriptionId","resourceGroup","cluster","tenantId","clientId"],"description":"Azure Kubernetes Service through a GitHub OIDC federated credential or a client secret.","properties":{"subscriptionId":{"type":"string","description":"Subscription id."},"resourceGroup":{"type":"string","description":"Resource group."},"cluster":{"type":"string","description":"Managed cluster name."},"tenantId":{"type":"string","description":"Entra tenant id."},"clientId":{"type":"string","description":"App registration / managed identity client id."},"clientSecretEnv":{"type":"string","description":"Environment variable with a client secret (instead of OIDC)."},"admin":{"type":"boolean","description":"Use local admin credentials (only when local accounts are enabled)."}}},"gke":{"type":"object","additionalProperties":false,"required":["project","location","cluster","workloadIdentityProvider"],"description":"Google Kubernetes Engine through Workload Identity Federation.","properties":{"project":{"type":"string","description":"Project id."},"location":{"type":"string","description":"Region or zone."},"cluster":{"type":"string","description":"Cluster name."},"workloadIdentityProvider":{"type":"string","description":"projects/<n>/locations/global/workloadIdentityPools/<pool>/providers/<provider>."},"serviceAccount":{"type":"string","description":"Service account to impersonate."},"useDnsEndpoint":{"type":"boolean","description":"Connect through the cluster's DNS endpoint (*.gke.goog) instead of its IP endpoint."}}},"kubeconfig":{"type":"object","additionalProperties":false,"description":"Any cluster: a kubeconfig (from an environment variable or a file), or server + token + CA.","properties":{"kubeconfigEnv":{"type":"string","description":"Environment variable holding kubeconfig YAML (plain or base64)."},"path":{"type":"string","description":"Kubeconfig file, relative to the spec file; must be inside the repository (a kubeconfig from elsewhere goes in kubeconfigEnv)."},"context":{"type":"string","description":"Context to use. Default: the current context."},"server":{"type":"string","description":"API server URL (with tokenEnv or client certificate)."},"tokenEnv":{"type":"string","description":"Environment variable holding a bearer token."},"certificateAuthority":{"type":"string","description":"CA certificate: PEM, base64 PEM, or a file path (relative to the spec file, inside the repository)."},"clientCertificateEnv":{"type":"string","description":"Environment variable holding a client certificate (PEM)."},"clientKeyEnv":{"type":"string","description":"Environment variable holding the client key (PEM)."},"tlsServerName":{"type":"string","description":"Server name to verify in the TLS certificate."},"insecureSkipTlsVerify":{"type":"boolean","description":"Skip TLS verification (never in production)."}}}}},"releaseRule":{"type":"object","description":"Maps a pushed tag to an environment and image tag.","additionalProperties":false,"required":["tag"],"properties":{"tag":{"type":"string","description":"Glob on the tag name, e.g. v* or v*-rc*."},"environment":{"type":"string","description":"GitHub environment to report."},"clusters":{"type":"array","items":{"type":"string"},"description":"Clusters to deploy to. Default: all."},"imageTag":{"type":"string","description":"Image tag; ${tag} is the git tag and ${version} the tag without a leading v. Default ${tag}."}}},"preview":{"type":"object","description":"PR preview environments.","additionalProperties":false,"properties":{"clusters":{"type":"array","items":{"type":"string"},"description":"Clusters that host previews. Default: the first cluster."},"host":{"type":"string","description":"Host pattern, e.g. pr-${pr}.preview.example.com."},"ttlHours":{"type":"number","minimum":1,"description":"Previews older than this are swept. Default 168."},"imageTag":{"type":"string","description":"Image tag for previews. Default pr-${pr}."},"label":{"type":"object","additionalProperties":false,"description":"Label opt-in and opt-out. Adding the require label previews the pull request, removing it tears the preview down; the skip label does the opposite.","properties":{"require":{"type":"string","minLength":1,"maxLength":50,"description":"Only pull requests with this label get a preview (e.g. deploy-preview)."},"skip":{"type":"string","minLength":1,"maxLength":50,"description":"Pull requests with this label get no preview (e.g. no-preview); adding it tears an existing preview down."}}},"drafts":{"type":"boolean","description":"Preview draft pull requests too. Default false: a draft gets its preview when marked ready for review, and converting back to draft tears it down."},"quota":{"type":"object","additionalProperties":false,"description":"A ResourceQuota and LimitRange in each preview namespace, so a preview cannot starve the cluster. Containers without resources get the LimitRange defaults.","properties":{"cpu":{"$ref":"#/$defs/quantity","description":"Total CPU the preview's containers may request and use (requests.cpu and limits.cpu), e.g. 2."},"memory":{"$ref":"#/$defs/quantity","description":"Total memory the preview's containers may request and use (requests.memory and limits.memory), e.g. 4Gi."},"pods":{"type":"integer","minimum":1,"maximum":10000,"description":"Most pods the preview may run at once."},"defaultRequest":{"$ref":"#/$defs/resourceList","description":"Requests of a container that sets none. Default cpu 50m, memory 64Mi."},"defaultLimit":{"$ref":"#/$defs/resourceList","description":"Limits of a container that sets none. Default cpu 500m, memory 512Mi."}}},"seed":{"type":"array","maxItems":50,"uniqueItems":true,"items":{"type":"string"},"description":"Components that run only in previews, after every other component is ready (e.g. a job that loads fixtures, or an http step). Left out of every other run."},"sleepAfter":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(m|h|d))+$","description":"The scheduled sweep scales a preview idle this long (no deploy) to zero, e.g. 4h, 90m, 2d. A push or a `/k8deployer wake` comment wakes it. Default: never."}}},"helmChart":{"type":"object","additionalProperties":false,"required":["chart"],"description":"A Helm chart: a directory in the repository, an OCI reference, or a chart name in an HTTPS repository.","properties":{"chart":{"type":"string","pattern":"\\S","description":"A chart directory relative to the spec (confined to the repository like every spec path), `oci://registry/path/chart`, or a chart name in `repo`."},"repo":{"type":"string","pattern":"^https://","description":"HTTPS chart repository URL (index.yaml) that `chart` names a chart in."},"version":{"type":"string","pattern":"\\S","description":"Chart version (an exact version or a semver range) for OCI and repository charts. Default: the latest."},"releaseName":{"$ref":"#/$defs/dnsLabel","description":"The release name the chart's templates see as .Release.Name. Default: the component name."},"values":{"type":"object","description":"Chart values (after the values files); spec variables are expanded in them."},"valuesFiles":{"type":"array","maxItems":32,"items":{"type":"string"},"description":"Values files relative to the spec (confined to the repository), applied in order before `values`."},"includeCrds":{"type":"boolean","description":"Deploy the chart's crds/ directory too. Default true."},"kubeVersion":{"type":"string","description":"Kubernetes version the chart's templates see as .Capabilities.KubeVersion. Default: helm's built-in."}}},"kustomization":{"type":"object","additionalProperties":false,"required":["path"],"description":"A kustomization directory.","properties":{"path":{"type":"string","pattern":"\\S","description":"Directory holding kustomization.yaml, relative to the spec and confined to the repository (every file it loads must stay under it: kustomize's default load restrictor)."}}},"httpHeaderValue":{"description":"A header value: text (variables expanded), or a secret value, masked in every log line, report and output.","oneOf":[{"type":"string","maxLength":8192},{"type":"object","additionalProperties":false,"required":["secret","key"],"properties":{"secret":{"type":"string","description":"Name of one of the spec's secrets (type opaque) with the value in fromEnv."},"key":{"type":"string","description":"The key of that secret."},"prefix":{"type":"string","maxLength":256,"description":"Text before the secret value, e.g. \"Bearer \"."}}},{"type":"object","additionalProperties":false,"required":["valueEnv"],"properties":{"valueEnv":{"type":"string","description":"Environment variable holding the value (read on the runner at deploy time)."},"prefix":{"type":"string","maxLength":256,"description":"Text before the value, e.g. \"Bearer \"."}}}]},"httpStep":{"type":"object","description":"An HTTP request made by the deploy (kind: http).","additionalProperties":false,"required":["url"],"properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"],"description":"HTTP method. Default GET."},"url":{"type":"string","maxLength":2048,"description":"An http:// or https:// URL; variables are expanded. No user:password@ part (send credentials in a secret header)."},"headers":{"type":"object","maxProperties":64,"additionalProperties":{"$ref":"#/$defs/httpHeaderValue"},"description":"Request headers. A value is text, { secret, key } (a spec secret) or { valueEnv } (an environment variable), with an optional prefix; secret values are masked everywhere."},"body":{"type":["string","object","array"],"description":"Request body: text as is, or YAML/JSON data sent as JSON (content-type application/json unless a header sets one). Not with GET or HEAD. At most 1 MiB."},"expect":{"type":"object","additionalProperties":false,"description":"What counts as success. Default: any 2xx status.","properties":{"status":{"description":"Accepted statuses: one, or a list (e.g. [200, 204] or \"2xx\"). Redirects are not followed, so a 3xx is a status like any other.","oneOf":[{"type":["integer","string"],"description":"A status code (204), a class (\"2xx\") or a range (\"200-299\")."},{"type":"array","minItems":1,"maxItems":32,"items":{"type":["integer","string"],"description":"A status code (204), a class (\"2xx\") or a range (\"200-299\")."}}]},"bodyContains":{"type":"string","minLength":1,"maxLength":1024,"description":"Text the response body must contain (the first 64 KiB of it are read)."}}},"retries":{"type":"integer","minimum":0,"maximum":20,"description":"Further attempts after a failed one (a connection error, a timeout or an unexpected answer). Default 2."},"backoff":{"type":"object","additionalProperties":false,"description":"Wait between attempts: doubling from initialSeconds, capped at maxSeconds.","properties":{"initialSeconds":{"type":"number","minimum":0,"maximum":60,"description":"Wait before the first retry. Default 1."},"maxSeconds":{"type":"number","minimum":0,"maximum":300,"description":"Longest wait between attempts. Default 30."}}},"timeoutSeconds":{"type":"number","exclusiveMinimum":0,"maximum":300,"description":"Time limit of one attempt, response body included. Default 10."},"totalTimeoutSeconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"Time limit of all attempts and waits together. Default 120."},"when":{"enum":["changed","always"],"description":"changed: only when the deploy changes something on the cluster (an object created, updated, replaced or pruned), so a deploy with nothing changed makes no request; always: on every deploy (smoke tests). Default changed."}}}}};const schema32 = {"type":"string","description":"A DNS-1123 label: lower case letters, digits and '-', starting and ending with an alphanumeric, at most 63 characters.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"};const schema33 = {"type":"object","description":"A map of string keys to string values.","additionalProperties":{"type":"string"}};const schema35 = {"type":"object","description":"Variable values by name.","additionalProperties":{"type":["string","number","boolean"]}};const schema52 = {"type":"object","description":"How container images are deployed.","additionalProperties":false,"properties":{"pin":{"enum":["tag","digest"],"description":"tag: deploy the image reference as written. digest: at plan and deploy time, ask the image's registry (OCI distribution API, with the docker-config pull secrets' credentials) which digest the tag names and deploy image@sha256:…, so every pod runs the same bytes and a moved tag rolls the pods. Images given with a digest are left alone. Default tag."}}};const schema113 = {"type":"object","description":"Maps a pushed tag to an environment and image tag.","additionalProperties":false,"required":["tag"],"properties":{"tag":{"type":"string","description":"Glob on the tag name, e.g. v* or v*-rc*."},"environment":{"type":"string","description":"GitHub environment to report."},"clusters":{"type":"array","items":{"type":"string"},"description":"Clusters to deploy to. Default: all."},"imageTag":{"type":"string","description":"Image tag; ${tag} is the git tag and ${version} the tag without a leading v. Default ${tag}."}}};const func1 = Object.prototype.hasOwnProperty;const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");const schema36 = {"type":"object","description":"Settings inherited by every component.","additionalProperties":false,"properties":{"replicas":{"type":"integer","minimum":0,"description":"Replicas for services and workers."},"resources":{"$ref":"#/$defs/resources","description":"Default container resources."},"env":{"$ref":"#/$defs/env","description":"Environment every container gets (component env wins)."},"imagePullSecrets":{"type":"array","items":{"type":"string"},"description":"Registry secrets for pulling images."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy."},"nodeSelector":{"$ref":"#/$defs/stringMap","description":"Node labels the pods require."},"tolerations":{"type":"array","items":{"type":"object"},"description":"Pod tolerations."},"labels":{"$ref":"#/$defs/stringMap","description":"Extra labels for every component's objects."},"podAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on every pod."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default true."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as (and GID unless runAsGroup is set). Default 10001."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID the containers run as. Default: the runAsUser value."},"fsGroup":{"type":"integer","minimum":0,"description":"GID owning mounted volumes (pod fsGroup). Default: runAsGroup."},"topologySpread":{"type":"boolean","description":"Spread replicas over nodes and zones. Default true."},"revisionHistoryLimit":{"type":"integer","minimum":0,"description":"Old ReplicaSets kept. Default 5."},"networkPolicy":{"type":"boolean","description":"Generate NetworkPolicies. Default true."},"strategy":{"$ref":"#/$defs/strategy","description":"Strategy for every service and worker that does not set its own (rolling (default), canary or blue-green (see docs/progressive-delivery.md))."}}};const schema37 = {"type":"object","description":"Container resource requests and limits. Default: requests cpu 100m / memory 128Mi, limit memory 256Mi.","additionalProperties":false,"properties":{"requests":{"$ref":"#/$defs/resourceList","description":"What the scheduler reserves."},"limits":{"$ref":"#/$defs/resourceList","description":"Hard ceilings. No CPU limit by default (it throttles)."}}};const schema38 = {"type":"object","description":"Amounts of compute resources.","additionalProperties":false,"properties":{"cpu":{"$ref":"#/$defs/quantity","description":"CPU, e.g. 100m or 1."},"memory":{"$ref":"#/$defs/quantity","description":"Memory, e.g. 128Mi."},"ephemeral-storage":{"$ref":"#/$defs/quantity","description":"Local ephemeral storage, e.g. 1Gi."}}};const schema39 = {"description":"A Kubernetes quantity such as 250m, 0.5, 512Mi or 2Gi.","type":["string","number"],"pattern":"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"};const pattern5 = new RegExp("^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$", "u");function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "cpu") || (key0 === "memory")) || (key0 === "ephemeral-storage"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.cpu !== undefined){let data0 = data.cpu;if((typeof data0 !== "string") && (!(typeof data0 == "number"))){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){coerced0 = +data0;}else {const err1 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["cpu"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern5.test(data0)){const err2 = {instancePath:instancePath+"/cpu",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.memory !== undefined){let data1 = data.memory;if((typeof data1 !== "string") && (!(typeof data1 == "number"))){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else if(dataType1 == "boolean" || data1 === null
              || (dataType1 == "string" && data1 && data1 == +data1)){coerced1 = +data1;}else {const err3 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["memory"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern5.test(data1)){const err4 = {instancePath:instancePath+"/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data["ephemeral-storage"] !== undefined){let data2 = data["ephemeral-storage"];if((typeof data2 !== "string") && (!(typeof data2 == "number"))){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else if(dataType2 == "boolean" || data2 === null
              || (dataType2 == "string" && data2 && data2 == +data2)){coerced2 = +data2;}else {const err5 = {instancePath:instancePath+"/ephemeral-storage",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["ephemeral-storage"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern5.test(data2)){const err6 = {instancePath:instancePath+"/ephemeral-storage",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "requests") || (key0 === "limits"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.requests !== undefined){if(!(validate23(data.requests, {instancePath:instancePath+"/requests",parentData:data,parentDataProperty:"requests",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data.limits !== undefined){if(!(validate23(data.limits, {instancePath:instancePath+"/limits",parentData:data,parentDataProperty:"limits",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema42 = {"type":"object","description":"Environment variables by name.","propertyNames":{"pattern":"^[-._a-zA-Z][-._a-zA-Z0-9]*$"},"additionalProperties":{"$ref":"#/$defs/envValue"}};const schema43 = {"description":"An environment value: a literal, or a reference to a Secret key, a ConfigMap key or a pod field.","oneOf":[{"type":["string","number","boolean"]},{"type":"object","additionalProperties":false,"required":["secret","key"],"properties":{"secret":{"type":"string","description":"Secret name (a spec secret or an existing one)."},"key":{"type":"string","description":"Key in the Secret."},"optional":{"type":"boolean","description":"Start even when the key is missing."}}},{"type":"object","additionalProperties":false,"required":["configMap","key"],"properties":{"configMap":{"type":"string","description":"ConfigMap name."},"key":{"type":"string","description":"Key in the ConfigMap."},"optional":{"type":"boolean","description":"Start even when the key is missing."}}},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"type":"string","description":"Pod field path, e.g. metadata.name or status.podIP."}}}]};const pattern8 = new RegExp("^[-._a-zA-Z][-._a-zA-Z0-9]*$", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){const _errs1 = errors;if(typeof key0 === "string"){if(!pattern8.test(key0)){const err0 = {instancePath,schemaPath:"#/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z][-._a-zA-Z0-9]*$"},message:"must match pattern \""+"^[-._a-zA-Z][-._a-zA-Z0-9]*$"+"\"",schema:"^[-._a-zA-Z][-._a-zA-Z0-9]*$",parentSchema:schema42.propertyNames,data:key0,propertyName:key0};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}var valid0 = _errs1 === errors;if(!valid0){const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema42.propertyNames,parentSchema:schema42,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}for(const key1 in data){let data0 = data[key1];const _errs5 = errors;let valid3 = false;let passing0 = null;const _errs6 = errors;if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){coerced0 = +data0;}else if(data0 === "false" || data0 === 0 || data0 === null){coerced0 = false;}else if(data0 === "true" || data0 === 1){coerced0 = true;}else {const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/0/type",keyword:"type",params:{type: schema43.oneOf[0].type},message:"must be string,number,boolean",schema:schema43.oneOf[0].type,parentSchema:schema43.oneOf[0],data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data[key1] = coerced0;}}}var _valid0 = _errs6 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs8 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.secret === undefined){const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/1/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema43.oneOf[1].required,parentSchema:schema43.oneOf[1],data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.key === undefined){const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/1/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema43.oneOf[1].required,parentSchema:schema43.oneOf[1],data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key2 in data0){if(!(((key2 === "secret") || (key2 === "key")) || (key2 === "optional"))){const err5 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.oneOf[1],data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data0.secret !== undefined){let data1 = data0.secret;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err6 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/$defs/envValue/oneOf/1/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.oneOf[1].properties.secret.type,parentSchema:schema43.oneOf[1].properties.secret,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data0 !== undefined){data0["secret"] = coerced1;}}}}if(data0.key !== undefined){let data2 = data0.key;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err7 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/$defs/envValue/oneOf/1/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.oneOf[1].properties.key.type,parentSchema:schema43.oneOf[1].properties.key,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data0 !== undefined){data0["key"] = coerced2;}}}}if(data0.optional !== undefined){let data3 = data0.optional;if(typeof data3 !== "boolean"){let coerced3 = undefined;if(!(coerced3 !== undefined)){if(data3 === "false" || data3 === 0 || data3 === null){coerced3 = false;}else if(data3 === "true" || data3 === 1){coerced3 = true;}else {const err8 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/optional",schemaPath:"#/$defs/envValue/oneOf/1/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.oneOf[1].properties.optional.type,parentSchema:schema43.oneOf[1].properties.optional,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data0 !== undefined){data0["optional"] = coerced3;}}}}}else {const err9 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.oneOf[1].type,parentSchema:schema43.oneOf[1],data:data0};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}var _valid0 = _errs8 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;var props0 = true;}const _errs17 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.configMap === undefined){const err10 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/2/required",keyword:"required",params:{missingProperty: "configMap"},message:"must have required property '"+"configMap"+"'",schema:schema43.oneOf[2].required,parentSchema:schema43.oneOf[2],data:data0};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data0.key === undefined){const err11 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/2/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema43.oneOf[2].required,parentSchema:schema43.oneOf[2],data:data0};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}for(const key3 in data0){if(!(((key3 === "configMap") || (key3 === "key")) || (key3 === "optional"))){const err12 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema43.oneOf[2],data:data0};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data0.configMap !== undefined){let data4 = data0.configMap;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/configMap",schemaPath:"#/$defs/envValue/oneOf/2/properties/configMap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.oneOf[2].properties.configMap.type,parentSchema:schema43.oneOf[2].properties.configMap,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data0 !== undefined){data0["configMap"] = coerced4;}}}}if(data0.key !== undefined){let data5 = data0.key;if(typeof data5 !== "string"){let dataType5 = typeof data5;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data5;}else if(data5 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/$defs/envValue/oneOf/2/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.oneOf[2].properties.key.type,parentSchema:schema43.oneOf[2].properties.key,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data5 = coerced5;if(data0 !== undefined){data0["key"] = coerced5;}}}}if(data0.optional !== undefined){let data6 = data0.optional;if(typeof data6 !== "boolean"){let coerced6 = undefined;if(!(coerced6 !== undefined)){if(data6 === "false" || data6 === 0 || data6 === null){coerced6 = false;}else if(data6 === "true" || data6 === 1){coerced6 = true;}else {const err15 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/optional",schemaPath:"#/$defs/envValue/oneOf/2/properties/optional/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.oneOf[2].properties.optional.type,parentSchema:schema43.oneOf[2].properties.optional,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data6 = coerced6;if(data0 !== undefined){data0["optional"] = coerced6;}}}}}else {const err16 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.oneOf[2].type,parentSchema:schema43.oneOf[2],data:data0};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var _valid0 = _errs17 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 2];}else {if(_valid0){valid3 = true;passing0 = 2;if(props0 !== true){props0 = true;}}const _errs26 = errors;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.field === undefined){const err17 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/3/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema43.oneOf[3].required,parentSchema:schema43.oneOf[3],data:data0};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key4 in data0){if(!(key4 === "field")){const err18 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema43.oneOf[3],data:data0};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data0.field !== undefined){let data7 = data0.field;if(typeof data7 !== "string"){let dataType7 = typeof data7;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data7;}else if(data7 === null){coerced7 = "";}else {const err19 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/field",schemaPath:"#/$defs/envValue/oneOf/3/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.oneOf[3].properties.field.type,parentSchema:schema43.oneOf[3].properties.field,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced7 !== undefined){data7 = coerced7;if(data0 !== undefined){data0["field"] = coerced7;}}}}}else {const err20 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.oneOf[3].type,parentSchema:schema43.oneOf[3],data:data0};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}var _valid0 = _errs26 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 3];}else {if(_valid0){valid3 = true;passing0 = 3;if(props0 !== true){props0 = true;}}}}}if(!valid3){const err21 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/envValue/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema43.oneOf,parentSchema:schema43,data:data0};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}}else {const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema47 = {"description":"How a new version replaces the running one (services; canary also workers). Default: the workload's own rolling update. A name (rolling, canary, blue-green) takes that strategy's defaults; an object sets its options. canary: see canaryStrategy. blue-green: see blueGreenStrategy. The first deploy of a component (nothing running yet) deploys directly. See docs/progressive-delivery.md.","anyOf":[{"enum":["rolling","canary","blue-green"]},{"$ref":"#/$defs/canaryStrategy"},{"$ref":"#/$defs/blueGreenStrategy"}]};const schema48 = {"type":"object","description":"A canary rollout: a second Deployment <name>-canary runs the new version and gets a growing share of traffic step by step, with analysis during each pause. A failed analysis or a crash-looping canary restores stable and removes the canary; after the last step stable gets the new version and the canary is removed. No controller runs in the cluster: the deploy run (and later `k8deployer promote` / `abort` runs) drive it.","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"canary","description":"canary: shift traffic to the new version in steps."},"steps":{"type":"array","minItems":1,"maxItems":32,"description":"The steps, in order. Each sets the canary's share of traffic, then pauses while analysis runs. After the last step the canary is promoted. Default: [{weight: 20, pause: until-promoted}].","items":{"type":"object","additionalProperties":false,"required":["weight"],"properties":{"weight":{"type":"integer","minimum":1,"maximum":100,"description":"Percent of traffic (with traffic: replicas, of the replicas) the canary gets in this step."},"pause":{"type":"string","pattern":"^(until-promoted|([0-9]+(ms|s|m|h))+)$","description":"How long to hold this step while analysis runs: a duration (30s, 5m, 1h) or until-promoted (the run ends with the canary in progress; `k8deployer promote` continues, `k8deployer abort` rolls back). Default 0s: analysis runs once."}}}},"traffic":{"enum":["replicas","nginx","gateway"],"description":"How traffic is split. replicas: the canary's pods sit behind the component's one Service and the share is the replica ratio (works everywhere, coarse). nginx: an ingress-nginx canary Ingress with canary-weight (needs ingress). gateway: HTTPRoute backendRefs weights to <name> and <name>-canary (needs ingress.gateway). Default: gateway when ingress.gateway is set, else the cluster profile's trafficSplit, else replicas."},"analysis":{"$ref":"#/$defs/analysis","description":"Checks run during each pause, besides the canary's readiness and fail-fast signals (crash loops, restarts, image pull errors), which always run."}}};const schema49 = {"type":"object","additionalProperties":false,"description":"Checks run before a rollout goes on, besides readiness and fail fast (crash loops, restarts, image pull errors), which always run: during each canary pause, or before a blue-green switch (against the new color, e.g. its <name>-preview Service).","properties":{"interval":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Time between two analysis runs. Default 10s."},"failureLimit":{"type":"integer","minimum":0,"maximum":1000,"description":"Failed analysis runs tolerated; one more aborts the rollout (the canary is removed; blue-green does not switch). Default 0."},"http":{"type":"array","maxItems":32,"description":"HTTP checks: each run sends `requests` GETs and passes when the share answered with expectStatus is at least successRatio.","items":{"type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"URL to GET (http or https). May use variables."},"expectStatus":{"type":"integer","minimum":100,"maximum":599,"description":"Status that counts as success. Default 200."},"successRatio":{"type":"number","minimum":0,"maximum":1,"description":"Share of requests that must succeed. Default 1."},"requests":{"type":"integer","minimum":1,"maximum":100,"description":"Requests per run. Default 5."},"timeout":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Per request. Default 5s."}}}},"prometheus":{"type":"array","maxItems":32,"description":"Prometheus instant queries (GET <url>/api/v1/query): a run passes when the query returns at least one sample and every sample is within min/max. An empty result fails: no data is not success.","items":{"type":"object","additionalProperties":false,"required":["url","query"],"properties":{"url":{"type":"string","pattern":"^https?://","description":"Prometheus base URL, e.g. http://prometheus.monitoring:9090."},"query":{"type":"string","description":"PromQL giving an instant vector or a scalar, e.g. sum(rate(http_requests_total{code=~\"5..\"}[1m]))."},"max":{"type":"number","description":"Largest value that passes."},"min":{"type":"number","description":"Smallest value that passes."},"timeout":{"type":"string","pattern":"^([0-9]+(ms|s|m|h))+$","description":"Per query. Default 5s."}}}}}};const pattern9 = new RegExp("^(until-promoted|([0-9]+(ms|s|m|h))+)$", "u");const pattern10 = new RegExp("^([0-9]+(ms|s|m|h))+$", "u");const pattern11 = new RegExp("^https?://", "u");function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema48.required,parentSchema:schema48,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "type") || (key0 === "steps")) || (key0 === "traffic")) || (key0 === "analysis"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("canary" !== data0){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "canary"},message:"must be equal to constant",schema:"canary",parentSchema:schema48.properties.type,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.steps !== undefined){let data1 = data.steps;if(Array.isArray(data1)){if(data1.length > 32){const err3 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema48.properties.steps,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data1.length < 1){const err4 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.steps,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.weight === undefined){const err5 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'",schema:schema48.properties.steps.items.required,parentSchema:schema48.properties.steps.items,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data2){if(!((key1 === "weight") || (key1 === "pause"))){const err6 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.steps.items,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data2.weight !== undefined){let data3 = data2.weight;if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){let dataType0 = typeof data3;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 === "boolean" || data3 === null
              || (dataType0 === "string" && data3 && data3 == +data3 && !(data3 % 1))){coerced0 = +data3;}else {const err7 = {instancePath:instancePath+"/steps/" + i0+"/weight",schemaPath:"#/properties/steps/items/properties/weight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.steps.items.properties.weight.type,parentSchema:schema48.properties.steps.items.properties.weight,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced0 !== undefined){data3 = coerced0;if(data2 !== undefined){data2["weight"] = coerced0;}}}if(typeof data3 == "number"){if(data3 > 100 || isNaN(data3)){const err8 = {instancePath:instancePath+"/steps/" + i0+"/weight",schemaPath:"#/properties/steps/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.steps.items.properties.weight,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3 < 1 || isNaN(data3)){const err9 = {instancePath:instancePath+"/steps/" + i0+"/weight",schemaPath:"#/properties/steps/items/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema48.properties.steps.items.properties.weight,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data2.pause !== undefined){let data4 = data2.pause;if(typeof data4 !== "string"){let dataType1 = typeof data4;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data4;}else if(data4 === null){coerced1 = "";}else {const err10 = {instancePath:instancePath+"/steps/" + i0+"/pause",schemaPath:"#/properties/steps/items/properties/pause/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.steps.items.properties.pause.type,parentSchema:schema48.properties.steps.items.properties.pause,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced1 !== undefined){data4 = coerced1;if(data2 !== undefined){data2["pause"] = coerced1;}}}if(typeof data4 === "string"){if(!pattern9.test(data4)){const err11 = {instancePath:instancePath+"/steps/" + i0+"/pause",schemaPath:"#/properties/steps/items/properties/pause/pattern",keyword:"pattern",params:{pattern: "^(until-promoted|([0-9]+(ms|s|m|h))+)$"},message:"must match pattern \""+"^(until-promoted|([0-9]+(ms|s|m|h))+)$"+"\"",schema:"^(until-promoted|([0-9]+(ms|s|m|h))+)$",parentSchema:schema48.properties.steps.items.properties.pause,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {instancePath:instancePath+"/steps/" + i0,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.steps.items.type,parentSchema:schema48.properties.steps.items,data:data2};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.steps.type,parentSchema:schema48.properties.steps,data:data1};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.traffic !== undefined){let data5 = data.traffic;if(!(((data5 === "replicas") || (data5 === "nginx")) || (data5 === "gateway"))){const err14 = {instancePath:instancePath+"/traffic",schemaPath:"#/properties/traffic/enum",keyword:"enum",params:{allowedValues: schema48.properties.traffic.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.traffic.enum,parentSchema:schema48.properties.traffic,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.analysis !== undefined){let data6 = data.analysis;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key2 in data6){if(!((((key2 === "interval") || (key2 === "failureLimit")) || (key2 === "http")) || (key2 === "prometheus"))){const err15 = {instancePath:instancePath+"/analysis",schemaPath:"#/$defs/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.interval !== undefined){let data7 = data6.interval;if(typeof data7 !== "string"){let dataType2 = typeof data7;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data7;}else if(data7 === null){coerced2 = "";}else {const err16 = {instancePath:instancePath+"/analysis/interval",schemaPath:"#/$defs/analysis/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.interval.type,parentSchema:schema49.properties.interval,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced2 !== undefined){data7 = coerced2;if(data6 !== undefined){data6["interval"] = coerced2;}}}if(typeof data7 === "string"){if(!pattern10.test(data7)){const err17 = {instancePath:instancePath+"/analysis/interval",schemaPath:"#/$defs/analysis/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.interval,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data6.failureLimit !== undefined){let data8 = data6.failureLimit;if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){let dataType3 = typeof data8;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 === "boolean" || data8 === null
              || (dataType3 === "string" && data8 && data8 == +data8 && !(data8 % 1))){coerced3 = +data8;}else {const err18 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.failureLimit.type,parentSchema:schema49.properties.failureLimit,data:data8};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced3 !== undefined){data8 = coerced3;if(data6 !== undefined){data6["failureLimit"] = coerced3;}}}if(typeof data8 == "number"){if(data8 > 1000 || isNaN(data8)){const err19 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema49.properties.failureLimit,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8 < 0 || isNaN(data8)){const err20 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.failureLimit,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data6.http !== undefined){let data9 = data6.http;if(Array.isArray(data9)){if(data9.length > 32){const err21 = {instancePath:instancePath+"/analysis/http",schemaPath:"#/$defs/analysis/properties/http/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema49.properties.http,data:data9};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const len1 = data9.length;for(let i1=0; i1<len1; i1++){let data10 = data9[i1];if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.url === undefined){const err22 = {instancePath:instancePath+"/analysis/http/" + i1,schemaPath:"#/$defs/analysis/properties/http/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.http.items.required,parentSchema:schema49.properties.http.items,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key3 in data10){if(!(((((key3 === "url") || (key3 === "expectStatus")) || (key3 === "successRatio")) || (key3 === "requests")) || (key3 === "timeout"))){const err23 = {instancePath:instancePath+"/analysis/http/" + i1,schemaPath:"#/$defs/analysis/properties/http/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.http.items,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data10.url !== undefined){let data11 = data10.url;if(typeof data11 !== "string"){let dataType4 = typeof data11;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data11;}else if(data11 === null){coerced4 = "";}else {const err24 = {instancePath:instancePath+"/analysis/http/" + i1+"/url",schemaPath:"#/$defs/analysis/properties/http/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.http.items.properties.url.type,parentSchema:schema49.properties.http.items.properties.url,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced4 !== undefined){data11 = coerced4;if(data10 !== undefined){data10["url"] = coerced4;}}}if(typeof data11 === "string"){if(!pattern11.test(data11)){const err25 = {instancePath:instancePath+"/analysis/http/" + i1+"/url",schemaPath:"#/$defs/analysis/properties/http/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.properties.http.items.properties.url,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data10.expectStatus !== undefined){let data12 = data10.expectStatus;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){let dataType5 = typeof data12;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 === "boolean" || data12 === null
              || (dataType5 === "string" && data12 && data12 == +data12 && !(data12 % 1))){coerced5 = +data12;}else {const err26 = {instancePath:instancePath+"/analysis/http/" + i1+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.http.items.properties.expectStatus.type,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced5 !== undefined){data12 = coerced5;if(data10 !== undefined){data10["expectStatus"] = coerced5;}}}if(typeof data12 == "number"){if(data12 > 599 || isNaN(data12)){const err27 = {instancePath:instancePath+"/analysis/http/" + i1+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data12 < 100 || isNaN(data12)){const err28 = {instancePath:instancePath+"/analysis/http/" + i1+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data12};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}if(data10.successRatio !== undefined){let data13 = data10.successRatio;if(!(typeof data13 == "number")){let dataType6 = typeof data13;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "boolean" || data13 === null
              || (dataType6 == "string" && data13 && data13 == +data13)){coerced6 = +data13;}else {const err29 = {instancePath:instancePath+"/analysis/http/" + i1+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.http.items.properties.successRatio.type,parentSchema:schema49.properties.http.items.properties.successRatio,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(coerced6 !== undefined){data13 = coerced6;if(data10 !== undefined){data10["successRatio"] = coerced6;}}}if(typeof data13 == "number"){if(data13 > 1 || isNaN(data13)){const err30 = {instancePath:instancePath+"/analysis/http/" + i1+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema49.properties.http.items.properties.successRatio,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data13 < 0 || isNaN(data13)){const err31 = {instancePath:instancePath+"/analysis/http/" + i1+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.http.items.properties.successRatio,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}if(data10.requests !== undefined){let data14 = data10.requests;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){let dataType7 = typeof data14;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data14 === null
              || (dataType7 === "string" && data14 && data14 == +data14 && !(data14 % 1))){coerced7 = +data14;}else {const err32 = {instancePath:instancePath+"/analysis/http/" + i1+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.http.items.properties.requests.type,parentSchema:schema49.properties.http.items.properties.requests,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(coerced7 !== undefined){data14 = coerced7;if(data10 !== undefined){data10["requests"] = coerced7;}}}if(typeof data14 == "number"){if(data14 > 100 || isNaN(data14)){const err33 = {instancePath:instancePath+"/analysis/http/" + i1+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema49.properties.http.items.properties.requests,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data14 < 1 || isNaN(data14)){const err34 = {instancePath:instancePath+"/analysis/http/" + i1+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.properties.http.items.properties.requests,data:data14};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data10.timeout !== undefined){let data15 = data10.timeout;if(typeof data15 !== "string"){let dataType8 = typeof data15;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data15;}else if(data15 === null){coerced8 = "";}else {const err35 = {instancePath:instancePath+"/analysis/http/" + i1+"/timeout",schemaPath:"#/$defs/analysis/properties/http/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.http.items.properties.timeout.type,parentSchema:schema49.properties.http.items.properties.timeout,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(coerced8 !== undefined){data15 = coerced8;if(data10 !== undefined){data10["timeout"] = coerced8;}}}if(typeof data15 === "string"){if(!pattern10.test(data15)){const err36 = {instancePath:instancePath+"/analysis/http/" + i1+"/timeout",schemaPath:"#/$defs/analysis/properties/http/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.http.items.properties.timeout,data:data15};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/analysis/http/" + i1,schemaPath:"#/$defs/analysis/properties/http/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.http.items.type,parentSchema:schema49.properties.http.items,data:data10};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/analysis/http",schemaPath:"#/$defs/analysis/properties/http/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.http.type,parentSchema:schema49.properties.http,data:data9};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data6.prometheus !== undefined){let data16 = data6.prometheus;if(Array.isArray(data16)){if(data16.length > 32){const err39 = {instancePath:instancePath+"/analysis/prometheus",schemaPath:"#/$defs/analysis/properties/prometheus/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema49.properties.prometheus,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.url === undefined){const err40 = {instancePath:instancePath+"/analysis/prometheus/" + i2,schemaPath:"#/$defs/analysis/properties/prometheus/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.prometheus.items.required,parentSchema:schema49.properties.prometheus.items,data:data17};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data17.query === undefined){const err41 = {instancePath:instancePath+"/analysis/prometheus/" + i2,schemaPath:"#/$defs/analysis/properties/prometheus/items/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema49.properties.prometheus.items.required,parentSchema:schema49.properties.prometheus.items,data:data17};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}for(const key4 in data17){if(!(((((key4 === "url") || (key4 === "query")) || (key4 === "max")) || (key4 === "min")) || (key4 === "timeout"))){const err42 = {instancePath:instancePath+"/analysis/prometheus/" + i2,schemaPath:"#/$defs/analysis/properties/prometheus/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.prometheus.items,data:data17};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.url !== undefined){let data18 = data17.url;if(typeof data18 !== "string"){let dataType9 = typeof data18;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data18;}else if(data18 === null){coerced9 = "";}else {const err43 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/url",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.url.type,parentSchema:schema49.properties.prometheus.items.properties.url,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(coerced9 !== undefined){data18 = coerced9;if(data17 !== undefined){data17["url"] = coerced9;}}}if(typeof data18 === "string"){if(!pattern11.test(data18)){const err44 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/url",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.properties.prometheus.items.properties.url,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}if(data17.query !== undefined){let data19 = data17.query;if(typeof data19 !== "string"){let dataType10 = typeof data19;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data19;}else if(data19 === null){coerced10 = "";}else {const err45 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/query",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.query.type,parentSchema:schema49.properties.prometheus.items.properties.query,data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(coerced10 !== undefined){data19 = coerced10;if(data17 !== undefined){data17["query"] = coerced10;}}}}if(data17.max !== undefined){let data20 = data17.max;if(!(typeof data20 == "number")){let dataType11 = typeof data20;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "boolean" || data20 === null
              || (dataType11 == "string" && data20 && data20 == +data20)){coerced11 = +data20;}else {const err46 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/max",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.prometheus.items.properties.max.type,parentSchema:schema49.properties.prometheus.items.properties.max,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(coerced11 !== undefined){data20 = coerced11;if(data17 !== undefined){data17["max"] = coerced11;}}}}if(data17.min !== undefined){let data21 = data17.min;if(!(typeof data21 == "number")){let dataType12 = typeof data21;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 == "boolean" || data21 === null
              || (dataType12 == "string" && data21 && data21 == +data21)){coerced12 = +data21;}else {const err47 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/min",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.prometheus.items.properties.min.type,parentSchema:schema49.properties.prometheus.items.properties.min,data:data21};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(coerced12 !== undefined){data21 = coerced12;if(data17 !== undefined){data17["min"] = coerced12;}}}}if(data17.timeout !== undefined){let data22 = data17.timeout;if(typeof data22 !== "string"){let dataType13 = typeof data22;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 == "number" || dataType13 == "boolean"){coerced13 = "" + data22;}else if(data22 === null){coerced13 = "";}else {const err48 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/timeout",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.timeout.type,parentSchema:schema49.properties.prometheus.items.properties.timeout,data:data22};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(coerced13 !== undefined){data22 = coerced13;if(data17 !== undefined){data17["timeout"] = coerced13;}}}if(typeof data22 === "string"){if(!pattern10.test(data22)){const err49 = {instancePath:instancePath+"/analysis/prometheus/" + i2+"/timeout",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.prometheus.items.properties.timeout,data:data22};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}}else {const err50 = {instancePath:instancePath+"/analysis/prometheus/" + i2,schemaPath:"#/$defs/analysis/properties/prometheus/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.prometheus.items.type,parentSchema:schema49.properties.prometheus.items,data:data17};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/analysis/prometheus",schemaPath:"#/$defs/analysis/properties/prometheus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.prometheus.type,parentSchema:schema49.properties.prometheus,data:data16};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath:instancePath+"/analysis",schemaPath:"#/$defs/analysis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data6};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema50 = {"type":"object","description":"A blue-green rollout with its options.","additionalProperties":false,"required":["type"],"properties":{"type":{"const":"blue-green","description":"blue-green: switch the main Service from the old Deployment to the new one once the new one is ready."},"switch":{"enum":["auto","manual"],"description":"auto: the deploy switches the main Service as soon as the new version is ready. manual: the deploy stops before the switch (the new version is reachable on <name>-preview) and `k8deployer promote` switches. Default auto."},"keepFor":{"type":"string","pattern":"^[0-9]{1,6}(s|m|h|d)$","description":"How long the old version keeps running after the switch, so that `k8deployer abort` can switch back instantly: a number with s, m, h or d (`30m`, `1h`, `2d`). After that the next deploy removes it. Default 1h."},"analysis":{"$ref":"#/$defs/analysis","description":"Checks run after the new color is ready and before the main Service switches (aim HTTP checks at the <name>-preview Service): analysisRuns runs, interval apart; more than failureLimit failed runs and the switch does not happen, the new color is rolled back. Not run on a first deploy (nothing to switch from) nor for switch: manual (promote switches)."},"analysisRuns":{"type":"integer","minimum":1,"maximum":100,"description":"With analysis: how many analysis runs (`interval` apart) the new color must get through before the switch; the switch happens only if no more than failureLimit of them fail. Default 3."}}};const pattern15 = new RegExp("^[0-9]{1,6}(s|m|h|d)$", "u");function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema50.required,parentSchema:schema50,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "switch")) || (key0 === "keepFor")) || (key0 === "analysis")) || (key0 === "analysisRuns"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.type !== undefined){let data0 = data.type;if("blue-green" !== data0){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "blue-green"},message:"must be equal to constant",schema:"blue-green",parentSchema:schema50.properties.type,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.switch !== undefined){let data1 = data.switch;if(!((data1 === "auto") || (data1 === "manual"))){const err3 = {instancePath:instancePath+"/switch",schemaPath:"#/properties/switch/enum",keyword:"enum",params:{allowedValues: schema50.properties.switch.enum},message:"must be equal to one of the allowed values",schema:schema50.properties.switch.enum,parentSchema:schema50.properties.switch,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.keepFor !== undefined){let data2 = data.keepFor;if(typeof data2 !== "string"){let dataType0 = typeof data2;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data2;}else if(data2 === null){coerced0 = "";}else {const err4 = {instancePath:instancePath+"/keepFor",schemaPath:"#/properties/keepFor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.keepFor.type,parentSchema:schema50.properties.keepFor,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced0 !== undefined){data2 = coerced0;if(data !== undefined){data["keepFor"] = coerced0;}}}if(typeof data2 === "string"){if(!pattern15.test(data2)){const err5 = {instancePath:instancePath+"/keepFor",schemaPath:"#/properties/keepFor/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}(s|m|h|d)$"},message:"must match pattern \""+"^[0-9]{1,6}(s|m|h|d)$"+"\"",schema:"^[0-9]{1,6}(s|m|h|d)$",parentSchema:schema50.properties.keepFor,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.analysis !== undefined){let data3 = data.analysis;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!((((key1 === "interval") || (key1 === "failureLimit")) || (key1 === "http")) || (key1 === "prometheus"))){const err6 = {instancePath:instancePath+"/analysis",schemaPath:"#/$defs/analysis/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.interval !== undefined){let data4 = data3.interval;if(typeof data4 !== "string"){let dataType1 = typeof data4;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data4;}else if(data4 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/analysis/interval",schemaPath:"#/$defs/analysis/properties/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.interval.type,parentSchema:schema49.properties.interval,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data4 = coerced1;if(data3 !== undefined){data3["interval"] = coerced1;}}}if(typeof data4 === "string"){if(!pattern10.test(data4)){const err8 = {instancePath:instancePath+"/analysis/interval",schemaPath:"#/$defs/analysis/properties/interval/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.interval,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data3.failureLimit !== undefined){let data5 = data3.failureLimit;if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){let dataType2 = typeof data5;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 === "boolean" || data5 === null
              || (dataType2 === "string" && data5 && data5 == +data5 && !(data5 % 1))){coerced2 = +data5;}else {const err9 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.failureLimit.type,parentSchema:schema49.properties.failureLimit,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data5 = coerced2;if(data3 !== undefined){data3["failureLimit"] = coerced2;}}}if(typeof data5 == "number"){if(data5 > 1000 || isNaN(data5)){const err10 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema49.properties.failureLimit,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data5 < 0 || isNaN(data5)){const err11 = {instancePath:instancePath+"/analysis/failureLimit",schemaPath:"#/$defs/analysis/properties/failureLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.failureLimit,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data3.http !== undefined){let data6 = data3.http;if(Array.isArray(data6)){if(data6.length > 32){const err12 = {instancePath:instancePath+"/analysis/http",schemaPath:"#/$defs/analysis/properties/http/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema49.properties.http,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.url === undefined){const err13 = {instancePath:instancePath+"/analysis/http/" + i0,schemaPath:"#/$defs/analysis/properties/http/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.http.items.required,parentSchema:schema49.properties.http.items,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key2 in data7){if(!(((((key2 === "url") || (key2 === "expectStatus")) || (key2 === "successRatio")) || (key2 === "requests")) || (key2 === "timeout"))){const err14 = {instancePath:instancePath+"/analysis/http/" + i0,schemaPath:"#/$defs/analysis/properties/http/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.http.items,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.url !== undefined){let data8 = data7.url;if(typeof data8 !== "string"){let dataType3 = typeof data8;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data8;}else if(data8 === null){coerced3 = "";}else {const err15 = {instancePath:instancePath+"/analysis/http/" + i0+"/url",schemaPath:"#/$defs/analysis/properties/http/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.http.items.properties.url.type,parentSchema:schema49.properties.http.items.properties.url,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced3 !== undefined){data8 = coerced3;if(data7 !== undefined){data7["url"] = coerced3;}}}if(typeof data8 === "string"){if(!pattern11.test(data8)){const err16 = {instancePath:instancePath+"/analysis/http/" + i0+"/url",schemaPath:"#/$defs/analysis/properties/http/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.properties.http.items.properties.url,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data7.expectStatus !== undefined){let data9 = data7.expectStatus;if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){let dataType4 = typeof data9;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 === "boolean" || data9 === null
              || (dataType4 === "string" && data9 && data9 == +data9 && !(data9 % 1))){coerced4 = +data9;}else {const err17 = {instancePath:instancePath+"/analysis/http/" + i0+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.http.items.properties.expectStatus.type,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced4 !== undefined){data9 = coerced4;if(data7 !== undefined){data7["expectStatus"] = coerced4;}}}if(typeof data9 == "number"){if(data9 > 599 || isNaN(data9)){const err18 = {instancePath:instancePath+"/analysis/http/" + i0+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data9};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data9 < 100 || isNaN(data9)){const err19 = {instancePath:instancePath+"/analysis/http/" + i0+"/expectStatus",schemaPath:"#/$defs/analysis/properties/http/items/properties/expectStatus/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema49.properties.http.items.properties.expectStatus,data:data9};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data7.successRatio !== undefined){let data10 = data7.successRatio;if(!(typeof data10 == "number")){let dataType5 = typeof data10;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "boolean" || data10 === null
              || (dataType5 == "string" && data10 && data10 == +data10)){coerced5 = +data10;}else {const err20 = {instancePath:instancePath+"/analysis/http/" + i0+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.http.items.properties.successRatio.type,parentSchema:schema49.properties.http.items.properties.successRatio,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced5 !== undefined){data10 = coerced5;if(data7 !== undefined){data7["successRatio"] = coerced5;}}}if(typeof data10 == "number"){if(data10 > 1 || isNaN(data10)){const err21 = {instancePath:instancePath+"/analysis/http/" + i0+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema49.properties.http.items.properties.successRatio,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data10 < 0 || isNaN(data10)){const err22 = {instancePath:instancePath+"/analysis/http/" + i0+"/successRatio",schemaPath:"#/$defs/analysis/properties/http/items/properties/successRatio/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema49.properties.http.items.properties.successRatio,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}if(data7.requests !== undefined){let data11 = data7.requests;if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){let dataType6 = typeof data11;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data11 === null
              || (dataType6 === "string" && data11 && data11 == +data11 && !(data11 % 1))){coerced6 = +data11;}else {const err23 = {instancePath:instancePath+"/analysis/http/" + i0+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema49.properties.http.items.properties.requests.type,parentSchema:schema49.properties.http.items.properties.requests,data:data11};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced6 !== undefined){data11 = coerced6;if(data7 !== undefined){data7["requests"] = coerced6;}}}if(typeof data11 == "number"){if(data11 > 100 || isNaN(data11)){const err24 = {instancePath:instancePath+"/analysis/http/" + i0+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema49.properties.http.items.properties.requests,data:data11};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data11 < 1 || isNaN(data11)){const err25 = {instancePath:instancePath+"/analysis/http/" + i0+"/requests",schemaPath:"#/$defs/analysis/properties/http/items/properties/requests/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema49.properties.http.items.properties.requests,data:data11};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}if(data7.timeout !== undefined){let data12 = data7.timeout;if(typeof data12 !== "string"){let dataType7 = typeof data12;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data12;}else if(data12 === null){coerced7 = "";}else {const err26 = {instancePath:instancePath+"/analysis/http/" + i0+"/timeout",schemaPath:"#/$defs/analysis/properties/http/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.http.items.properties.timeout.type,parentSchema:schema49.properties.http.items.properties.timeout,data:data12};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced7 !== undefined){data12 = coerced7;if(data7 !== undefined){data7["timeout"] = coerced7;}}}if(typeof data12 === "string"){if(!pattern10.test(data12)){const err27 = {instancePath:instancePath+"/analysis/http/" + i0+"/timeout",schemaPath:"#/$defs/analysis/properties/http/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.http.items.properties.timeout,data:data12};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/analysis/http/" + i0,schemaPath:"#/$defs/analysis/properties/http/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.http.items.type,parentSchema:schema49.properties.http.items,data:data7};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/analysis/http",schemaPath:"#/$defs/analysis/properties/http/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.http.type,parentSchema:schema49.properties.http,data:data6};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data3.prometheus !== undefined){let data13 = data3.prometheus;if(Array.isArray(data13)){if(data13.length > 32){const err30 = {instancePath:instancePath+"/analysis/prometheus",schemaPath:"#/$defs/analysis/properties/prometheus/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema49.properties.prometheus,data:data13};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.url === undefined){const err31 = {instancePath:instancePath+"/analysis/prometheus/" + i1,schemaPath:"#/$defs/analysis/properties/prometheus/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.prometheus.items.required,parentSchema:schema49.properties.prometheus.items,data:data14};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data14.query === undefined){const err32 = {instancePath:instancePath+"/analysis/prometheus/" + i1,schemaPath:"#/$defs/analysis/properties/prometheus/items/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema49.properties.prometheus.items.required,parentSchema:schema49.properties.prometheus.items,data:data14};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key3 in data14){if(!(((((key3 === "url") || (key3 === "query")) || (key3 === "max")) || (key3 === "min")) || (key3 === "timeout"))){const err33 = {instancePath:instancePath+"/analysis/prometheus/" + i1,schemaPath:"#/$defs/analysis/properties/prometheus/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.prometheus.items,data:data14};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data14.url !== undefined){let data15 = data14.url;if(typeof data15 !== "string"){let dataType8 = typeof data15;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data15;}else if(data15 === null){coerced8 = "";}else {const err34 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/url",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.url.type,parentSchema:schema49.properties.prometheus.items.properties.url,data:data15};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(coerced8 !== undefined){data15 = coerced8;if(data14 !== undefined){data14["url"] = coerced8;}}}if(typeof data15 === "string"){if(!pattern11.test(data15)){const err35 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/url",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.properties.prometheus.items.properties.url,data:data15};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}if(data14.query !== undefined){let data16 = data14.query;if(typeof data16 !== "string"){let dataType9 = typeof data16;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data16;}else if(data16 === null){coerced9 = "";}else {const err36 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/query",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.query.type,parentSchema:schema49.properties.prometheus.items.properties.query,data:data16};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(coerced9 !== undefined){data16 = coerced9;if(data14 !== undefined){data14["query"] = coerced9;}}}}if(data14.max !== undefined){let data17 = data14.max;if(!(typeof data17 == "number")){let dataType10 = typeof data17;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "boolean" || data17 === null
              || (dataType10 == "string" && data17 && data17 == +data17)){coerced10 = +data17;}else {const err37 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/max",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.prometheus.items.properties.max.type,parentSchema:schema49.properties.prometheus.items.properties.max,data:data17};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(coerced10 !== undefined){data17 = coerced10;if(data14 !== undefined){data14["max"] = coerced10;}}}}if(data14.min !== undefined){let data18 = data14.min;if(!(typeof data18 == "number")){let dataType11 = typeof data18;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "boolean" || data18 === null
              || (dataType11 == "string" && data18 && data18 == +data18)){coerced11 = +data18;}else {const err38 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/min",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.prometheus.items.properties.min.type,parentSchema:schema49.properties.prometheus.items.properties.min,data:data18};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(coerced11 !== undefined){data18 = coerced11;if(data14 !== undefined){data14["min"] = coerced11;}}}}if(data14.timeout !== undefined){let data19 = data14.timeout;if(typeof data19 !== "string"){let dataType12 = typeof data19;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 == "number" || dataType12 == "boolean"){coerced12 = "" + data19;}else if(data19 === null){coerced12 = "";}else {const err39 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/timeout",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.prometheus.items.properties.timeout.type,parentSchema:schema49.properties.prometheus.items.properties.timeout,data:data19};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(coerced12 !== undefined){data19 = coerced12;if(data14 !== undefined){data14["timeout"] = coerced12;}}}if(typeof data19 === "string"){if(!pattern10.test(data19)){const err40 = {instancePath:instancePath+"/analysis/prometheus/" + i1+"/timeout",schemaPath:"#/$defs/analysis/properties/prometheus/items/properties/timeout/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(ms|s|m|h))+$"+"\"",schema:"^([0-9]+(ms|s|m|h))+$",parentSchema:schema49.properties.prometheus.items.properties.timeout,data:data19};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}}else {const err41 = {instancePath:instancePath+"/analysis/prometheus/" + i1,schemaPath:"#/$defs/analysis/properties/prometheus/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.prometheus.items.type,parentSchema:schema49.properties.prometheus.items,data:data14};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/analysis/prometheus",schemaPath:"#/$defs/analysis/properties/prometheus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.prometheus.type,parentSchema:schema49.properties.prometheus,data:data13};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/analysis",schemaPath:"#/$defs/analysis/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data:data3};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.analysisRuns !== undefined){let data20 = data.analysisRuns;if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){let dataType13 = typeof data20;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 === "boolean" || data20 === null
              || (dataType13 === "string" && data20 && data20 == +data20 && !(data20 % 1))){coerced13 = +data20;}else {const err44 = {instancePath:instancePath+"/analysisRuns",schemaPath:"#/properties/analysisRuns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.analysisRuns.type,parentSchema:schema50.properties.analysisRuns,data:data20};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(coerced13 !== undefined){data20 = coerced13;if(data !== undefined){data["analysisRuns"] = coerced13;}}}if(typeof data20 == "number"){if(data20 > 100 || isNaN(data20)){const err45 = {instancePath:instancePath+"/analysisRuns",schemaPath:"#/properties/analysisRuns/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema50.properties.analysisRuns,data:data20};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data20 < 1 || isNaN(data20)){const err46 = {instancePath:instancePath+"/analysisRuns",schemaPath:"#/properties/analysisRuns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.analysisRuns,data:data20};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;const _errs1 = errors;if(!(((data === "rolling") || (data === "canary")) || (data === "blue-green"))){const err0 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema47.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema47.anyOf[0].enum,parentSchema:schema47.anyOf[0],data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}var _valid0 = _errs1 === errors;valid0 = valid0 || _valid0;const _errs2 = errors;if(!(validate30(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}var _valid0 = _errs2 === errors;valid0 = valid0 || _valid0;if(_valid0){var props0 = true;}const _errs3 = errors;if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}var _valid0 = _errs3 === errors;valid0 = valid0 || _valid0;if(_valid0){if(props0 !== true){props0 = true;}}if(!valid0){const err1 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema47.anyOf,parentSchema:schema47,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate29.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate29.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema36.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.replicas !== undefined){let data0 = data.replicas;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){coerced0 = +data0;}else {const err1 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.replicas.type,parentSchema:schema36.properties.replicas,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["replicas"] = coerced0;}}}if(typeof data0 == "number"){if(data0 < 0 || isNaN(data0)){const err2 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.replicas,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.resources !== undefined){if(!(validate22(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.env !== undefined){if(!(validate27(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.imagePullSecrets !== undefined){let data3 = data.imagePullSecrets;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){let dataType1 = typeof data4;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data4;}else if(data4 === null){coerced1 = "";}else {const err3 = {instancePath:instancePath+"/imagePullSecrets/" + i0,schemaPath:"#/properties/imagePullSecrets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.imagePullSecrets.items.type,parentSchema:schema36.properties.imagePullSecrets.items,data:data4};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced1 !== undefined){data4 = coerced1;if(data3 !== undefined){data3[i0] = coerced1;}}}}}else {const err4 = {instancePath:instancePath+"/imagePullSecrets",schemaPath:"#/properties/imagePullSecrets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.imagePullSecrets.type,parentSchema:schema36.properties.imagePullSecrets,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.imagePullPolicy !== undefined){let data5 = data.imagePullPolicy;if(!(((data5 === "Always") || (data5 === "IfNotPresent")) || (data5 === "Never"))){const err5 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/enum",keyword:"enum",params:{allowedValues: schema36.properties.imagePullPolicy.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.imagePullPolicy.enum,parentSchema:schema36.properties.imagePullPolicy,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.nodeSelector !== undefined){let data6 = data.nodeSelector;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key1 in data6){let data7 = data6[key1];if(typeof data7 !== "string"){let dataType2 = typeof data7;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data7;}else if(data7 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/nodeSelector/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data7};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data7 = coerced2;if(data6 !== undefined){data6[key1] = coerced2;}}}}}else {const err7 = {instancePath:instancePath+"/nodeSelector",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.tolerations !== undefined){let data8 = data.tolerations;if(Array.isArray(data8)){const len1 = data8.length;for(let i1=0; i1<len1; i1++){let data9 = data8[i1];if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err8 = {instancePath:instancePath+"/tolerations/" + i1,schemaPath:"#/properties/tolerations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.tolerations.items.type,parentSchema:schema36.properties.tolerations.items,data:data9};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/tolerations",schemaPath:"#/properties/tolerations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.tolerations.type,parentSchema:schema36.properties.tolerations,data:data8};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.labels !== undefined){let data10 = data.labels;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key2 in data10){let data11 = data10[key2];if(typeof data11 !== "string"){let dataType3 = typeof data11;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data11;}else if(data11 === null){coerced3 = "";}else {const err10 = {instancePath:instancePath+"/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data11};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced3 !== undefined){data11 = coerced3;if(data10 !== undefined){data10[key2] = coerced3;}}}}}else {const err11 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.podAnnotations !== undefined){let data12 = data.podAnnotations;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){let data13 = data12[key3];if(typeof data13 !== "string"){let dataType4 = typeof data13;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data13;}else if(data13 === null){coerced4 = "";}else {const err12 = {instancePath:instancePath+"/podAnnotations/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data13};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced4 !== undefined){data13 = coerced4;if(data12 !== undefined){data12[key3] = coerced4;}}}}}else {const err13 = {instancePath:instancePath+"/podAnnotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.readOnlyRootFilesystem !== undefined){let data14 = data.readOnlyRootFilesystem;if(typeof data14 !== "boolean"){let coerced5 = undefined;if(!(coerced5 !== undefined)){if(data14 === "false" || data14 === 0 || data14 === null){coerced5 = false;}else if(data14 === "true" || data14 === 1){coerced5 = true;}else {const err14 = {instancePath:instancePath+"/readOnlyRootFilesystem",schemaPath:"#/properties/readOnlyRootFilesystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.readOnlyRootFilesystem.type,parentSchema:schema36.properties.readOnlyRootFilesystem,data:data14};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data14 = coerced5;if(data !== undefined){data["readOnlyRootFilesystem"] = coerced5;}}}}if(data.runAsUser !== undefined){let data15 = data.runAsUser;if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){let dataType6 = typeof data15;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data15 === null
              || (dataType6 === "string" && data15 && data15 == +data15 && !(data15 % 1))){coerced6 = +data15;}else {const err15 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.runAsUser.type,parentSchema:schema36.properties.runAsUser,data:data15};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data15 = coerced6;if(data !== undefined){data["runAsUser"] = coerced6;}}}if(typeof data15 == "number"){if(data15 < 1 || isNaN(data15)){const err16 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.runAsUser,data:data15};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.runAsGroup !== undefined){let data16 = data.runAsGroup;if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){let dataType7 = typeof data16;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data16 === null
              || (dataType7 === "string" && data16 && data16 == +data16 && !(data16 % 1))){coerced7 = +data16;}else {const err17 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.runAsGroup.type,parentSchema:schema36.properties.runAsGroup,data:data16};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced7 !== undefined){data16 = coerced7;if(data !== undefined){data["runAsGroup"] = coerced7;}}}if(typeof data16 == "number"){if(data16 < 0 || isNaN(data16)){const err18 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.runAsGroup,data:data16};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.fsGroup !== undefined){let data17 = data.fsGroup;if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){let dataType8 = typeof data17;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 === "boolean" || data17 === null
              || (dataType8 === "string" && data17 && data17 == +data17 && !(data17 % 1))){coerced8 = +data17;}else {const err19 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.fsGroup.type,parentSchema:schema36.properties.fsGroup,data:data17};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced8 !== undefined){data17 = coerced8;if(data !== undefined){data["fsGroup"] = coerced8;}}}if(typeof data17 == "number"){if(data17 < 0 || isNaN(data17)){const err20 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.fsGroup,data:data17};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data.topologySpread !== undefined){let data18 = data.topologySpread;if(typeof data18 !== "boolean"){let coerced9 = undefined;if(!(coerced9 !== undefined)){if(data18 === "false" || data18 === 0 || data18 === null){coerced9 = false;}else if(data18 === "true" || data18 === 1){coerced9 = true;}else {const err21 = {instancePath:instancePath+"/topologySpread",schemaPath:"#/properties/topologySpread/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.topologySpread.type,parentSchema:schema36.properties.topologySpread,data:data18};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced9 !== undefined){data18 = coerced9;if(data !== undefined){data["topologySpread"] = coerced9;}}}}if(data.revisionHistoryLimit !== undefined){let data19 = data.revisionHistoryLimit;if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){let dataType10 = typeof data19;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 === "boolean" || data19 === null
              || (dataType10 === "string" && data19 && data19 == +data19 && !(data19 % 1))){coerced10 = +data19;}else {const err22 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.revisionHistoryLimit.type,parentSchema:schema36.properties.revisionHistoryLimit,data:data19};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced10 !== undefined){data19 = coerced10;if(data !== undefined){data["revisionHistoryLimit"] = coerced10;}}}if(typeof data19 == "number"){if(data19 < 0 || isNaN(data19)){const err23 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.revisionHistoryLimit,data:data19};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data.networkPolicy !== undefined){let data20 = data.networkPolicy;if(typeof data20 !== "boolean"){let coerced11 = undefined;if(!(coerced11 !== undefined)){if(data20 === "false" || data20 === 0 || data20 === null){coerced11 = false;}else if(data20 === "true" || data20 === 1){coerced11 = true;}else {const err24 = {instancePath:instancePath+"/networkPolicy",schemaPath:"#/properties/networkPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.networkPolicy.type,parentSchema:schema36.properties.networkPolicy,data:data20};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced11 !== undefined){data20 = coerced11;if(data !== undefined){data["networkPolicy"] = coerced11;}}}}if(data.strategy !== undefined){if(!(validate29(data.strategy, {instancePath:instancePath+"/strategy",parentData:data,parentDataProperty:"strategy",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema53 = {"type":"object","description":"A Secret whose values come from the environment or files at deploy time, or from an external secret store (external).","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Secret name."},"type":{"enum":["opaque","docker-config","tls"],"description":"opaque: keys from env/files; docker-config: a registry pull secret; tls: a certificate and key. Default opaque."},"fromEnv":{"$ref":"#/$defs/stringMap","description":"Secret key → name of the environment variable holding its value."},"fromFile":{"$ref":"#/$defs/stringMap","description":"Secret key → file path (relative to the spec)."},"dockerConfigEnv":{"type":"string","description":"docker-config: environment variable holding a .dockerconfigjson document."},"registry":{"type":"string","description":"docker-config: registry host, with usernameEnv/passwordEnv instead of a whole docker config."},"usernameEnv":{"type":"string","description":"docker-config: environment variable with the registry user."},"passwordEnv":{"type":"string","description":"docker-config: environment variable with the registry password or token."},"certFile":{"type":"string","description":"tls: PEM certificate file."},"keyFile":{"type":"string","description":"tls: PEM private key file."},"certEnv":{"type":"string","description":"tls: environment variable holding the PEM certificate."},"keyEnv":{"type":"string","description":"tls: environment variable holding the PEM key."},"external":{"type":"object","additionalProperties":false,"required":["store"],"description":"Read the values from a secret store through External Secrets Operator instead of on the runner: renders an ExternalSecret (external-secrets.io/v1) whose target is a Secret of this name, ready once the operator reports Ready. Takes the place of fromEnv/fromFile and the *Env/*File fields; type still sets the Secret's type. The operator and the store (SecretStore/ClusterSecretStore) must exist in the cluster.","properties":{"store":{"$ref":"#/$defs/dnsLabel","description":"Name of the SecretStore (or ClusterSecretStore with storeKind) that holds the values."},"storeKind":{"enum":["SecretStore","ClusterSecretStore"],"description":"Kind of the store. Default SecretStore (in the app's namespace)."},"refreshInterval":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","description":"How often the operator re-reads the store, as a Go duration (1h, 15m). Default 1h. A changed value in the store does not restart pods: bump the spec or use a reloader."},"keys":{"type":"object","description":"Secret key → the value's place in the store: a remote key (prod/db), or {key, property, version} (property: a field of a JSON value).","maxProperties":256,"propertyNames":{"pattern":"^[-._a-zA-Z0-9]{1,253}$"},"additionalProperties":{"oneOf":[{"type":"string","pattern":"^[\\s\\S]{1,1024}$"},{"type":"object","additionalProperties":false,"required":["key"],"properties":{"key":{"type":"string","description":"Remote key in the store.","pattern":"^[\\s\\S]{1,1024}$"},"property":{"type":"string","description":"Field of a JSON value to take.","pattern":"^[\\s\\S]{1,1024}$"},"version":{"type":"string","description":"Version of the value (provider-specific).","pattern":"^[\\s\\S]{1,256}$"}}}]}},"extract":{"type":"array","maxItems":32,"items":{"type":"string","pattern":"^[\\s\\S]{1,1024}$"},"description":"Remote keys whose JSON value's every field becomes a Secret key (the operator's dataFrom.extract)."}}}}};const pattern23 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");const pattern24 = new RegExp("^[-._a-zA-Z0-9]{1,253}$", "u");const pattern25 = new RegExp("^[\\s\\S]{1,1024}$", "u");const pattern28 = new RegExp("^[\\s\\S]{1,256}$", "u");function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate36.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema53.required,parentSchema:schema53,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema53.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.type !== undefined){let data1 = data.type;if(!(((data1 === "opaque") || (data1 === "docker-config")) || (data1 === "tls"))){const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema53.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.type.enum,parentSchema:schema53.properties.type,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.fromEnv !== undefined){let data2 = data.fromEnv;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){let data3 = data2[key1];if(typeof data3 !== "string"){let dataType1 = typeof data3;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data3;}else if(data3 === null){coerced1 = "";}else {const err5 = {instancePath:instancePath+"/fromEnv/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced1 !== undefined){data3 = coerced1;if(data2 !== undefined){data2[key1] = coerced1;}}}}}else {const err6 = {instancePath:instancePath+"/fromEnv",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.fromFile !== undefined){let data4 = data.fromFile;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){let data5 = data4[key2];if(typeof data5 !== "string"){let dataType2 = typeof data5;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data5;}else if(data5 === null){coerced2 = "";}else {const err7 = {instancePath:instancePath+"/fromFile/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced2 !== undefined){data5 = coerced2;if(data4 !== undefined){data4[key2] = coerced2;}}}}}else {const err8 = {instancePath:instancePath+"/fromFile",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.dockerConfigEnv !== undefined){let data6 = data.dockerConfigEnv;if(typeof data6 !== "string"){let dataType3 = typeof data6;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data6;}else if(data6 === null){coerced3 = "";}else {const err9 = {instancePath:instancePath+"/dockerConfigEnv",schemaPath:"#/properties/dockerConfigEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.dockerConfigEnv.type,parentSchema:schema53.properties.dockerConfigEnv,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced3 !== undefined){data6 = coerced3;if(data !== undefined){data["dockerConfigEnv"] = coerced3;}}}}if(data.registry !== undefined){let data7 = data.registry;if(typeof data7 !== "string"){let dataType4 = typeof data7;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data7;}else if(data7 === null){coerced4 = "";}else {const err10 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.registry.type,parentSchema:schema53.properties.registry,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced4 !== undefined){data7 = coerced4;if(data !== undefined){data["registry"] = coerced4;}}}}if(data.usernameEnv !== undefined){let data8 = data.usernameEnv;if(typeof data8 !== "string"){let dataType5 = typeof data8;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data8;}else if(data8 === null){coerced5 = "";}else {const err11 = {instancePath:instancePath+"/usernameEnv",schemaPath:"#/properties/usernameEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.usernameEnv.type,parentSchema:schema53.properties.usernameEnv,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced5 !== undefined){data8 = coerced5;if(data !== undefined){data["usernameEnv"] = coerced5;}}}}if(data.passwordEnv !== undefined){let data9 = data.passwordEnv;if(typeof data9 !== "string"){let dataType6 = typeof data9;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data9;}else if(data9 === null){coerced6 = "";}else {const err12 = {instancePath:instancePath+"/passwordEnv",schemaPath:"#/properties/passwordEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.passwordEnv.type,parentSchema:schema53.properties.passwordEnv,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced6 !== undefined){data9 = coerced6;if(data !== undefined){data["passwordEnv"] = coerced6;}}}}if(data.certFile !== undefined){let data10 = data.certFile;if(typeof data10 !== "string"){let dataType7 = typeof data10;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data10;}else if(data10 === null){coerced7 = "";}else {const err13 = {instancePath:instancePath+"/certFile",schemaPath:"#/properties/certFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.certFile.type,parentSchema:schema53.properties.certFile,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced7 !== undefined){data10 = coerced7;if(data !== undefined){data["certFile"] = coerced7;}}}}if(data.keyFile !== undefined){let data11 = data.keyFile;if(typeof data11 !== "string"){let dataType8 = typeof data11;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data11;}else if(data11 === null){coerced8 = "";}else {const err14 = {instancePath:instancePath+"/keyFile",schemaPath:"#/properties/keyFile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.keyFile.type,parentSchema:schema53.properties.keyFile,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced8 !== undefined){data11 = coerced8;if(data !== undefined){data["keyFile"] = coerced8;}}}}if(data.certEnv !== undefined){let data12 = data.certEnv;if(typeof data12 !== "string"){let dataType9 = typeof data12;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data12;}else if(data12 === null){coerced9 = "";}else {const err15 = {instancePath:instancePath+"/certEnv",schemaPath:"#/properties/certEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.certEnv.type,parentSchema:schema53.properties.certEnv,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced9 !== undefined){data12 = coerced9;if(data !== undefined){data["certEnv"] = coerced9;}}}}if(data.keyEnv !== undefined){let data13 = data.keyEnv;if(typeof data13 !== "string"){let dataType10 = typeof data13;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data13;}else if(data13 === null){coerced10 = "";}else {const err16 = {instancePath:instancePath+"/keyEnv",schemaPath:"#/properties/keyEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.keyEnv.type,parentSchema:schema53.properties.keyEnv,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced10 !== undefined){data13 = coerced10;if(data !== undefined){data["keyEnv"] = coerced10;}}}}if(data.external !== undefined){let data14 = data.external;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.store === undefined){const err17 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/required",keyword:"required",params:{missingProperty: "store"},message:"must have required property '"+"store"+"'",schema:schema53.properties.external.required,parentSchema:schema53.properties.external,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key3 in data14){if(!(((((key3 === "store") || (key3 === "storeKind")) || (key3 === "refreshInterval")) || (key3 === "keys")) || (key3 === "extract"))){const err18 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.external,data:data14};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data14.store !== undefined){let data15 = data14.store;if(typeof data15 !== "string"){let dataType11 = typeof data15;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data15;}else if(data15 === null){coerced11 = "";}else {const err19 = {instancePath:instancePath+"/external/store",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced11 !== undefined){data15 = coerced11;if(data14 !== undefined){data14["store"] = coerced11;}}}if(typeof data15 === "string"){if(!pattern4.test(data15)){const err20 = {instancePath:instancePath+"/external/store",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data15};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data14.storeKind !== undefined){let data16 = data14.storeKind;if(!((data16 === "SecretStore") || (data16 === "ClusterSecretStore"))){const err21 = {instancePath:instancePath+"/external/storeKind",schemaPath:"#/properties/external/properties/storeKind/enum",keyword:"enum",params:{allowedValues: schema53.properties.external.properties.storeKind.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.external.properties.storeKind.enum,parentSchema:schema53.properties.external.properties.storeKind,data:data16};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data14.refreshInterval !== undefined){let data17 = data14.refreshInterval;if(typeof data17 !== "string"){let dataType12 = typeof data17;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 == "number" || dataType12 == "boolean"){coerced12 = "" + data17;}else if(data17 === null){coerced12 = "";}else {const err22 = {instancePath:instancePath+"/external/refreshInterval",schemaPath:"#/properties/external/properties/refreshInterval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.refreshInterval.type,parentSchema:schema53.properties.external.properties.refreshInterval,data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced12 !== undefined){data17 = coerced12;if(data14 !== undefined){data14["refreshInterval"] = coerced12;}}}if(typeof data17 === "string"){if(!pattern23.test(data17)){const err23 = {instancePath:instancePath+"/external/refreshInterval",schemaPath:"#/properties/external/properties/refreshInterval/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema53.properties.external.properties.refreshInterval,data:data17};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data14.keys !== undefined){let data18 = data14.keys;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(Object.keys(data18).length > 256){const err24 = {instancePath:instancePath+"/external/keys",schemaPath:"#/properties/external/properties/keys/maxProperties",keyword:"maxProperties",params:{limit: 256},message:"must NOT have more than 256 properties",schema:256,parentSchema:schema53.properties.external.properties.keys,data:data18};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}for(const key4 in data18){const _errs45 = errors;if(typeof key4 === "string"){if(!pattern24.test(key4)){const err25 = {instancePath:instancePath+"/external/keys",schemaPath:"#/properties/external/properties/keys/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\"",schema:"^[-._a-zA-Z0-9]{1,253}$",parentSchema:schema53.properties.external.properties.keys.propertyNames,data:key4,propertyName:key4};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}var valid8 = _errs45 === errors;if(!valid8){const err26 = {instancePath:instancePath+"/external/keys",schemaPath:"#/properties/external/properties/keys/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema53.properties.external.properties.keys.propertyNames,parentSchema:schema53.properties.external.properties.keys,data:data18};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key5 in data18){let data19 = data18[key5];const _errs48 = errors;let valid10 = false;let passing0 = null;const _errs49 = errors;if(typeof data19 !== "string"){let dataType13 = typeof data19;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 == "number" || dataType13 == "boolean"){coerced13 = "" + data19;}else if(data19 === null){coerced13 = "";}else {const err27 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[0].type,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[0],data:data19};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(coerced13 !== undefined){data19 = coerced13;if(data18 !== undefined){data18[key5] = coerced13;}}}if(typeof data19 === "string"){if(!pattern25.test(data19)){const err28 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^[\\s\\S]{1,1024}$"},message:"must match pattern \""+"^[\\s\\S]{1,1024}$"+"\"",schema:"^[\\s\\S]{1,1024}$",parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[0],data:data19};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}var _valid0 = _errs49 === errors;if(_valid0){valid10 = true;passing0 = 0;}const _errs51 = errors;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.key === undefined){const err29 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].required,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1],data:data19};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}for(const key6 in data19){if(!(((key6 === "key") || (key6 === "property")) || (key6 === "version"))){const err30 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1],data:data19};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19.key !== undefined){let data20 = data19.key;if(typeof data20 !== "string"){let dataType14 = typeof data20;let coerced14 = undefined;if(!(coerced14 !== undefined)){if(dataType14 == "number" || dataType14 == "boolean"){coerced14 = "" + data20;}else if(data20 === null){coerced14 = "";}else {const err31 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.key.type,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.key,data:data20};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(coerced14 !== undefined){data20 = coerced14;if(data19 !== undefined){data19["key"] = coerced14;}}}if(typeof data20 === "string"){if(!pattern25.test(data20)){const err32 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/key/pattern",keyword:"pattern",params:{pattern: "^[\\s\\S]{1,1024}$"},message:"must match pattern \""+"^[\\s\\S]{1,1024}$"+"\"",schema:"^[\\s\\S]{1,1024}$",parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.key,data:data20};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data19.property !== undefined){let data21 = data19.property;if(typeof data21 !== "string"){let dataType15 = typeof data21;let coerced15 = undefined;if(!(coerced15 !== undefined)){if(dataType15 == "number" || dataType15 == "boolean"){coerced15 = "" + data21;}else if(data21 === null){coerced15 = "";}else {const err33 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/property",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/property/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.property.type,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.property,data:data21};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(coerced15 !== undefined){data21 = coerced15;if(data19 !== undefined){data19["property"] = coerced15;}}}if(typeof data21 === "string"){if(!pattern25.test(data21)){const err34 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/property",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/property/pattern",keyword:"pattern",params:{pattern: "^[\\s\\S]{1,1024}$"},message:"must match pattern \""+"^[\\s\\S]{1,1024}$"+"\"",schema:"^[\\s\\S]{1,1024}$",parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.property,data:data21};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data19.version !== undefined){let data22 = data19.version;if(typeof data22 !== "string"){let dataType16 = typeof data22;let coerced16 = undefined;if(!(coerced16 !== undefined)){if(dataType16 == "number" || dataType16 == "boolean"){coerced16 = "" + data22;}else if(data22 === null){coerced16 = "";}else {const err35 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/version",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.version.type,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.version,data:data22};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(coerced16 !== undefined){data22 = coerced16;if(data19 !== undefined){data19["version"] = coerced16;}}}if(typeof data22 === "string"){if(!pattern28.test(data22)){const err36 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/version",schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/properties/version/pattern",keyword:"pattern",params:{pattern: "^[\\s\\S]{1,256}$"},message:"must match pattern \""+"^[\\s\\S]{1,256}$"+"\"",schema:"^[\\s\\S]{1,256}$",parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].properties.version,data:data22};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1].type,parentSchema:schema53.properties.external.properties.keys.additionalProperties.oneOf[1],data:data19};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid0 = _errs51 === errors;if(_valid0 && valid10){valid10 = false;passing0 = [passing0, 1];}else {if(_valid0){valid10 = true;passing0 = 1;}}if(!valid10){const err38 = {instancePath:instancePath+"/external/keys/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/external/properties/keys/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema53.properties.external.properties.keys.additionalProperties.oneOf,parentSchema:schema53.properties.external.properties.keys.additionalProperties,data:data19};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}else {errors = _errs48;if(vErrors !== null){if(_errs48){vErrors.length = _errs48;}else {vErrors = null;}}}}}else {const err39 = {instancePath:instancePath+"/external/keys",schemaPath:"#/properties/external/properties/keys/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.external.properties.keys.type,parentSchema:schema53.properties.external.properties.keys,data:data18};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data14.extract !== undefined){let data23 = data14.extract;if(Array.isArray(data23)){if(data23.length > 32){const err40 = {instancePath:instancePath+"/external/extract",schemaPath:"#/properties/external/properties/extract/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema53.properties.external.properties.extract,data:data23};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}const len0 = data23.length;for(let i0=0; i0<len0; i0++){let data24 = data23[i0];if(typeof data24 !== "string"){let dataType17 = typeof data24;let coerced17 = undefined;if(!(coerced17 !== undefined)){if(dataType17 == "number" || dataType17 == "boolean"){coerced17 = "" + data24;}else if(data24 === null){coerced17 = "";}else {const err41 = {instancePath:instancePath+"/external/extract/" + i0,schemaPath:"#/properties/external/properties/extract/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.external.properties.extract.items.type,parentSchema:schema53.properties.external.properties.extract.items,data:data24};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(coerced17 !== undefined){data24 = coerced17;if(data23 !== undefined){data23[i0] = coerced17;}}}if(typeof data24 === "string"){if(!pattern25.test(data24)){const err42 = {instancePath:instancePath+"/external/extract/" + i0,schemaPath:"#/properties/external/properties/extract/items/pattern",keyword:"pattern",params:{pattern: "^[\\s\\S]{1,1024}$"},message:"must match pattern \""+"^[\\s\\S]{1,1024}$"+"\"",schema:"^[\\s\\S]{1,1024}$",parentSchema:schema53.properties.external.properties.extract.items,data:data24};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}}else {const err43 = {instancePath:instancePath+"/external/extract",schemaPath:"#/properties/external/properties/extract/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.external.properties.extract.type,parentSchema:schema53.properties.external.properties.extract,data:data23};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/external",schemaPath:"#/properties/external/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.external.type,parentSchema:schema53.properties.external,data:data14};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}validate36.errors = vErrors;return errors === 0;}validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema58 = {"type":"object","description":"One deployable part of the app.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Component name, unique in the spec."},"kind":{"enum":["service","worker","statefulset","daemonset","job","cronjob","manifests","helm","kustomize","app","http"],"description":"service: a Deployment with a Service; worker: a Deployment without ports; statefulset, daemonset, job, cronjob; manifests: raw YAML files; helm: a Helm chart rendered with `helm template` and applied by k8deployer (no Helm release); kustomize: a kustomization rendered with kustomize; app: a group whose other fields are defaults for its child components; http: an HTTP request made once its dependencies are ready (a smoke test, a cache warm-up, registering a webhook), which writes no Kubernetes object. Default: app when components are given, http when http is given, helm when helm is given, kustomize when kustomize is given, manifests when files are given, service when ports are given, else worker."},"enabled":{"type":["boolean","string"],"description":"false (or a variable resolving to false) leaves the component out."},"clusters":{"type":"array","items":{"type":"string"},"description":"Deploy only to these clusters."},"depends":{"type":"array","items":{"type":"string"},"description":"Components that must be ready before this one starts."},"image":{"type":"string","description":"Container image, e.g. ghcr.io/acme/api:1.2.3."},"containerName":{"$ref":"#/$defs/dnsLabel","description":"Name of the main container. Default: the component name."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image."},"imagePullSecrets":{"type":"array","items":{"type":"string"},"description":"Registry secrets for pulling the image."},"images":{"$ref":"#/$defs/imagePolicy","description":"How this component's images (main, init and sidecar containers) are deployed. Default: the spec's images."},"command":{"type":"array","items":{"type":"string"},"description":"Entrypoint override."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments."},"workingDir":{"type":"string","description":"Working directory."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Shorthand for one HTTP port."},"ports":{"type":"array","items":{"$ref":"#/$defs/port"},"description":"Container ports."},"replicas":{"type":"integer","minimum":0,"description":"Replicas. Default 2 for services, 1 otherwise."},"resources":{"$ref":"#/$defs/resources","description":"Container resources."},"env":{"$ref":"#/$defs/env","description":"Environment variables."},"envFrom":{"$ref":"#/$defs/envFrom","description":"Environment variables from whole Secrets or ConfigMaps."},"config":{"type":"array","items":{"$ref":"#/$defs/config"},"description":"ConfigMaps from files and inline data."},"volumes":{"type":"array","items":{"$ref":"#/$defs/volume"},"description":"Volumes to mount."},"initContainers":{"type":"array","maxItems":32,"items":{"$ref":"#/$defs/container"},"description":"Containers that run to completion, in order, before the sidecars and the main container start."},"sidecars":{"type":"array","maxItems":32,"items":{"$ref":"#/$defs/container"},"description":"Containers running next to the main one as native sidecars (init containers with restartPolicy Always; on by default since Kubernetes 1.29, GA in 1.33): started after the init containers and before the main container, stopped after it."},"storage":{"type":"array","items":{"$ref":"#/$defs/storage"},"description":"Persistent storage per replica (statefulset only)."},"probes":{"$ref":"#/$defs/probes","description":"Health probes."},"lifecycle":{"$ref":"#/$defs/lifecycle","description":"Main container lifecycle hooks. Default behind a Service: preStop { sleep: 5 } and terminationGracePeriodSeconds 35; preStop: false turns it off."},"service":{"$ref":"#/$defs/service","description":"Service settings."},"services":{"type":"array","maxItems":16,"items":{"$ref":"#/$defs/extraService"},"description":"Additional Services selecting this component's pods (the NetworkPolicy admits their ports)."},"ingress":{"$ref":"#/$defs/ingress","description":"Ingress settings."},"rbac":{"$ref":"#/$defs/rbac","description":"ServiceAccount and permissions."},"pdb":{"$ref":"#/$defs/pdb","description":"PodDisruptionBudget."},"autoscale":{"$ref":"#/$defs/autoscale","description":"HorizontalPodAutoscaler."},"schedule":{"type":"string","description":"Cron schedule (cronjob), e.g. '*/15 * * * *'."},"timeZone":{"type":"string","description":"Time zone of the schedule (cronjob), e.g. Europe/Berlin."},"concurrencyPolicy":{"enum":["Allow","Forbid","Replace"],"description":"CronJob concurrency. Default Forbid."},"backoffLimit":{"type":"integer","minimum":0,"description":"Retries before a job fails. Default 2."},"activeDeadlineSeconds":{"type":"integer","minimum":1,"description":"Job time limit."},"ttlSecondsAfterFinished":{"type":"integer","minimum":0,"description":"Delete a finished job after this many seconds. Default 86400 for cron jobs."},"restartPolicy":{"enum":["OnFailure","Never"],"description":"Job pod restart policy. Default Never."},"updateStrategy":{"type":"object","description":"Deployment strategy / StatefulSet or DaemonSet updateStrategy (Kubernetes form)."},"labels":{"$ref":"#/$defs/stringMap","description":"Extra labels on the component's objects."},"annotations":{"$ref":"#/$defs/stringMap","description":"Extra annotations on the component's workload."},"podLabels":{"$ref":"#/$defs/stringMap","description":"Extra labels on the pods."},"podAnnotations":{"$ref":"#/$defs/stringMap","description":"Extra annotations on the pods."},"nodeSelector":{"$ref":"#/$defs/stringMap","description":"Node labels the pods require."},"tolerations":{"type":"array","items":{"type":"object"},"description":"Pod tolerations (Kubernetes form)."},"nodeAffinity":{"type":"object","description":"Pod nodeAffinity (Kubernetes form). Only set when given."},"topologySpread":{"type":"boolean","description":"Spread replicas over nodes and zones when replicas > 1. Default true."},"priorityClassName":{"type":"string","description":"Priority class."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default true."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as (and GID unless runAsGroup is set). Default 10001."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID the containers run as. Default: the runAsUser value."},"fsGroup":{"type":"integer","minimum":0,"description":"GID owning mounted volumes (pod fsGroup). Default: runAsGroup."},"terminationGracePeriodSeconds":{"type":"integer","minimum":0,"description":"Seconds pods get to stop. Default: 30, or the preStop sleep + 30 with a preStop sleep."},"revisionHistoryLimit":{"type":"integer","minimum":0,"description":"Old ReplicaSets kept. Default 5."},"replaceOnImmutable":{"type":"boolean","description":"Delete and re-create objects whose immutable fields changed. Default true for jobs."},"files":{"type":"array","items":{"type":"string"},"description":"YAML manifest files (kind: manifests), relative to the spec; variables are substituted."},"helm":{"$ref":"#/$defs/helmChart","description":"The chart of a kind: helm component. Rendered with `helm template` (helm on PATH; GitHub-hosted runners have it), then applied by k8deployer like any component: order, readiness, fail fast, rollback, prune and reports, no Helm release Secret. Chart hooks: pre-install/pre-upgrade objects are applied and ready (a hook Job complete) before the chart's other objects, post-install/post-upgrade ones after them, each group in helm.sh/hook-weight order; delete, rollback and test hooks are left out."},"kustomize":{"$ref":"#/$defs/kustomization","description":"The kustomization of a kind: kustomize component, rendered with `kustomize build` (kustomize on PATH, else `kubectl kustomize`) and applied by k8deployer like any component."},"http":{"$ref":"#/$defs/httpStep","description":"The request of a kind: http component, made once everything it depends on is ready; components that depend on it wait for it to succeed. A failed request fails the component like a failed Job (fail fast, rollback policy). Made from the runner: an in-cluster URL works only if the runner can reach it."},"patches":{"type":"array","items":{"$ref":"#/$defs/patch"},"description":"Patches over the generated objects."},"networkPolicy":{"type":"boolean","description":"A NetworkPolicy that admits traffic only to the declared ports (none for workers and jobs) and allows all egress. Default true."},"components":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/component"},"description":"kind: app only: the child components. They inherit every field the app sets (theirs win; depends add up); depending on the app means depending on all of them."},"strategy":{"$ref":"#/$defs/strategy","description":"How a new version replaces the running one: rolling (default), canary or blue-green (see docs/progressive-delivery.md). Default: defaults.strategy, else rolling."}}};const schema62 = {"type":"object","description":"A container port, exposed through the component's Service.","additionalProperties":false,"required":["port"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$","description":"Port name (IANA_SVC_NAME, at most 15 characters). Default: http for the first port, else port-<n>."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the container listens on."},"servicePort":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the Service exposes. Default: the container port (80 for the `port` shorthand)."},"protocol":{"enum":["TCP","UDP","SCTP"],"description":"Protocol. Default TCP."},"nodePort":{"type":"integer","minimum":30000,"maximum":32767,"description":"Fixed node port for NodePort/LoadBalancer services."},"expose":{"type":"boolean","description":"Include this port in the Service. Default true."}}};const schema63 = {"type":"array","description":"Import every key of a Secret or ConfigMap as environment variables.","items":{"type":"object","additionalProperties":false,"properties":{"secret":{"type":"string","description":"Secret name."},"configMap":{"type":"string","description":"ConfigMap name."},"prefix":{"type":"string","description":"Prefix added to every variable name."}}}};const schema94 = {"description":"PodDisruptionBudget. Default for replicas > 1: maxUnavailable 1. false for none.","oneOf":[{"const":false},{"type":"object","additionalProperties":false,"properties":{"minAvailable":{"type":["integer","string"],"description":"Pods that must stay up (number or percent)."},"maxUnavailable":{"type":["integer","string"],"description":"Pods that may be down (number or percent)."}}}]};const schema95 = {"type":"object","description":"A HorizontalPodAutoscaler (autoscaling/v2).","additionalProperties":false,"required":["max"],"properties":{"min":{"type":"integer","minimum":1,"description":"Minimum replicas. Default: replicas."},"max":{"type":"integer","minimum":1,"description":"Maximum replicas."},"cpu":{"type":"integer","minimum":1,"maximum":1000,"description":"Target average CPU utilization, percent. Default 80."},"memory":{"type":"integer","minimum":1,"maximum":1000,"description":"Target average memory utilization, percent."}}};const schema103 = {"type":"object","additionalProperties":false,"required":["path"],"description":"A kustomization directory.","properties":{"path":{"type":"string","pattern":"\\S","description":"Directory holding kustomization.yaml, relative to the spec and confined to the repository (every file it loads must stay under it: kustomize's default load restrictor)."}}};const schema106 = {"type":"object","description":"A patch applied to the generated objects after rendering: the escape hatch for any field.","additionalProperties":false,"required":["patch"],"properties":{"target":{"type":"object","additionalProperties":false,"description":"Which generated objects to patch. Default: the component's workload.","properties":{"kind":{"type":"string","description":"Object kind, e.g. Service."},"name":{"type":"string","description":"Object name."}}},"type":{"enum":["merge","json"],"description":"merge: a JSON merge patch (RFC 7386) given as YAML, lists matched by name; json: a JSON patch (RFC 6902) list. Default merge."},"patch":{"description":"The patch document.","type":["object","array"]}}};const pattern32 = new RegExp("^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$", "u");const pattern50 = new RegExp("\\S", "u");const schema64 = {"type":"object","description":"A ConfigMap made from files and inline data. Its name carries a content hash, so a change rolls the pods.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Short name; the ConfigMap is <component>-<name>-<hash>. Default: config, config-2, ..."},"files":{"type":"array","items":{"type":"string"},"description":"Files (relative to the spec) whose contents become keys named after the file."},"data":{"$ref":"#/$defs/stringMap","description":"Inline keys and values."},"mountPath":{"type":"string","pattern":"^/","description":"Directory to mount the keys at as files."},"env":{"type":"boolean","description":"Also expose every key as an environment variable."}}};const pattern34 = new RegExp("^/", "u");function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate41.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "name") || (key0 === "files")) || (key0 === "data")) || (key0 === "mountPath")) || (key0 === "env"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.files !== undefined){let data1 = data.files;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err3 = {instancePath:instancePath+"/files/" + i0,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.files.items.type,parentSchema:schema64.properties.files.items,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data1 !== undefined){data1[i0] = coerced1;}}}}}else {const err4 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.files.type,parentSchema:schema64.properties.files,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.data !== undefined){let data3 = data.data;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){let data4 = data3[key1];if(typeof data4 !== "string"){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err5 = {instancePath:instancePath+"/data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3[key1] = coerced2;}}}}}else {const err6 = {instancePath:instancePath+"/data",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.mountPath !== undefined){let data5 = data.mountPath;if(typeof data5 !== "string"){let dataType3 = typeof data5;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data5;}else if(data5 === null){coerced3 = "";}else {const err7 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.mountPath.type,parentSchema:schema64.properties.mountPath,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced3 !== undefined){data5 = coerced3;if(data !== undefined){data["mountPath"] = coerced3;}}}if(typeof data5 === "string"){if(!pattern34.test(data5)){const err8 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema64.properties.mountPath,data:data5};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.env !== undefined){let data6 = data.env;if(typeof data6 !== "boolean"){let coerced4 = undefined;if(!(coerced4 !== undefined)){if(data6 === "false" || data6 === 0 || data6 === null){coerced4 = false;}else if(data6 === "true" || data6 === 1){coerced4 = true;}else {const err9 = {instancePath:instancePath+"/env",schemaPath:"#/properties/env/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.env.type,parentSchema:schema64.properties.env,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data !== undefined){data["env"] = coerced4;}}}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate41.errors = vErrors;return errors === 0;}validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema67 = {"type":"object","description":"A volume mounted into the container: exactly one of emptyDir, hostPath, nfs, persistentVolumeClaim, secret, configMap.","additionalProperties":false,"required":["name","mountPath"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Volume name."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"subPath":{"type":"string","description":"Mount only this path inside the volume."},"readOnly":{"type":"boolean","description":"Mount read-only."},"emptyDir":{"type":"object","additionalProperties":false,"description":"Scratch space that lives as long as the pod.","properties":{"medium":{"enum":["","Memory"],"description":"Memory for tmpfs."},"sizeLimit":{"$ref":"#/$defs/quantity","description":"Size limit."}}},"hostPath":{"type":"object","additionalProperties":false,"required":["path"],"description":"A directory of the node (needs a privileged-enough namespace).","properties":{"path":{"type":"string","description":"Path on the node."},"type":{"type":"string","description":"DirectoryOrCreate, Directory, File, ..."}}},"nfs":{"type":"object","additionalProperties":false,"required":["server","path"],"description":"An NFS export.","properties":{"server":{"type":"string","description":"NFS server host name or address."},"path":{"type":"string","description":"Exported path."}}},"persistentVolumeClaim":{"type":"string","description":"Name of an existing PVC."},"secret":{"type":"string","description":"Secret whose keys become files."},"configMap":{"type":"string","description":"ConfigMap whose keys become files."}}};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate43.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema67.required,parentSchema:schema67,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.mountPath === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mountPath"},message:"must have required property '"+"mountPath"+"'",schema:schema67.required,parentSchema:schema67,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func1.call(schema67.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.mountPath !== undefined){let data1 = data.mountPath;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err5 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.mountPath.type,parentSchema:schema67.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["mountPath"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern34.test(data1)){const err6 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema67.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.subPath !== undefined){let data2 = data.subPath;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err7 = {instancePath:instancePath+"/subPath",schemaPath:"#/properties/subPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.subPath.type,parentSchema:schema67.properties.subPath,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["subPath"] = coerced2;}}}}if(data.readOnly !== undefined){let data3 = data.readOnly;if(typeof data3 !== "boolean"){let coerced3 = undefined;if(!(coerced3 !== undefined)){if(data3 === "false" || data3 === 0 || data3 === null){coerced3 = false;}else if(data3 === "true" || data3 === 1){coerced3 = true;}else {const err8 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.readOnly.type,parentSchema:schema67.properties.readOnly,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["readOnly"] = coerced3;}}}}if(data.emptyDir !== undefined){let data4 = data.emptyDir;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!((key1 === "medium") || (key1 === "sizeLimit"))){const err9 = {instancePath:instancePath+"/emptyDir",schemaPath:"#/properties/emptyDir/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.emptyDir,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.medium !== undefined){let data5 = data4.medium;if(!((data5 === "") || (data5 === "Memory"))){const err10 = {instancePath:instancePath+"/emptyDir/medium",schemaPath:"#/properties/emptyDir/properties/medium/enum",keyword:"enum",params:{allowedValues: schema67.properties.emptyDir.properties.medium.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.emptyDir.properties.medium.enum,parentSchema:schema67.properties.emptyDir.properties.medium,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data4.sizeLimit !== undefined){let data6 = data4.sizeLimit;if((typeof data6 !== "string") && (!(typeof data6 == "number"))){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data6;}else if(data6 === null){coerced4 = "";}else if(dataType4 == "boolean" || data6 === null
              || (dataType4 == "string" && data6 && data6 == +data6)){coerced4 = +data6;}else {const err11 = {instancePath:instancePath+"/emptyDir/sizeLimit",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data4 !== undefined){data4["sizeLimit"] = coerced4;}}}if(typeof data6 === "string"){if(!pattern5.test(data6)){const err12 = {instancePath:instancePath+"/emptyDir/sizeLimit",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}}else {const err13 = {instancePath:instancePath+"/emptyDir",schemaPath:"#/properties/emptyDir/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.emptyDir.type,parentSchema:schema67.properties.emptyDir,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.hostPath !== undefined){let data7 = data.hostPath;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.path === undefined){const err14 = {instancePath:instancePath+"/hostPath",schemaPath:"#/properties/hostPath/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema67.properties.hostPath.required,parentSchema:schema67.properties.hostPath,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key2 in data7){if(!((key2 === "path") || (key2 === "type"))){const err15 = {instancePath:instancePath+"/hostPath",schemaPath:"#/properties/hostPath/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.hostPath,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.path !== undefined){let data8 = data7.path;if(typeof data8 !== "string"){let dataType5 = typeof data8;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data8;}else if(data8 === null){coerced5 = "";}else {const err16 = {instancePath:instancePath+"/hostPath/path",schemaPath:"#/properties/hostPath/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.hostPath.properties.path.type,parentSchema:schema67.properties.hostPath.properties.path,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced5 !== undefined){data8 = coerced5;if(data7 !== undefined){data7["path"] = coerced5;}}}}if(data7.type !== undefined){let data9 = data7.type;if(typeof data9 !== "string"){let dataType6 = typeof data9;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data9;}else if(data9 === null){coerced6 = "";}else {const err17 = {instancePath:instancePath+"/hostPath/type",schemaPath:"#/properties/hostPath/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.hostPath.properties.type.type,parentSchema:schema67.properties.hostPath.properties.type,data:data9};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced6 !== undefined){data9 = coerced6;if(data7 !== undefined){data7["type"] = coerced6;}}}}}else {const err18 = {instancePath:instancePath+"/hostPath",schemaPath:"#/properties/hostPath/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.hostPath.type,parentSchema:schema67.properties.hostPath,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.nfs !== undefined){let data10 = data.nfs;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.server === undefined){const err19 = {instancePath:instancePath+"/nfs",schemaPath:"#/properties/nfs/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'",schema:schema67.properties.nfs.required,parentSchema:schema67.properties.nfs,data:data10};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data10.path === undefined){const err20 = {instancePath:instancePath+"/nfs",schemaPath:"#/properties/nfs/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema67.properties.nfs.required,parentSchema:schema67.properties.nfs,data:data10};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key3 in data10){if(!((key3 === "server") || (key3 === "path"))){const err21 = {instancePath:instancePath+"/nfs",schemaPath:"#/properties/nfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.nfs,data:data10};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data10.server !== undefined){let data11 = data10.server;if(typeof data11 !== "string"){let dataType7 = typeof data11;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data11;}else if(data11 === null){coerced7 = "";}else {const err22 = {instancePath:instancePath+"/nfs/server",schemaPath:"#/properties/nfs/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.nfs.properties.server.type,parentSchema:schema67.properties.nfs.properties.server,data:data11};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced7 !== undefined){data11 = coerced7;if(data10 !== undefined){data10["server"] = coerced7;}}}}if(data10.path !== undefined){let data12 = data10.path;if(typeof data12 !== "string"){let dataType8 = typeof data12;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data12;}else if(data12 === null){coerced8 = "";}else {const err23 = {instancePath:instancePath+"/nfs/path",schemaPath:"#/properties/nfs/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.nfs.properties.path.type,parentSchema:schema67.properties.nfs.properties.path,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced8 !== undefined){data12 = coerced8;if(data10 !== undefined){data10["path"] = coerced8;}}}}}else {const err24 = {instancePath:instancePath+"/nfs",schemaPath:"#/properties/nfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.nfs.type,parentSchema:schema67.properties.nfs,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.persistentVolumeClaim !== undefined){let data13 = data.persistentVolumeClaim;if(typeof data13 !== "string"){let dataType9 = typeof data13;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data13;}else if(data13 === null){coerced9 = "";}else {const err25 = {instancePath:instancePath+"/persistentVolumeClaim",schemaPath:"#/properties/persistentVolumeClaim/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.persistentVolumeClaim.type,parentSchema:schema67.properties.persistentVolumeClaim,data:data13};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(coerced9 !== undefined){data13 = coerced9;if(data !== undefined){data["persistentVolumeClaim"] = coerced9;}}}}if(data.secret !== undefined){let data14 = data.secret;if(typeof data14 !== "string"){let dataType10 = typeof data14;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data14;}else if(data14 === null){coerced10 = "";}else {const err26 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.secret.type,parentSchema:schema67.properties.secret,data:data14};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced10 !== undefined){data14 = coerced10;if(data !== undefined){data["secret"] = coerced10;}}}}if(data.configMap !== undefined){let data15 = data.configMap;if(typeof data15 !== "string"){let dataType11 = typeof data15;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data15;}else if(data15 === null){coerced11 = "";}else {const err27 = {instancePath:instancePath+"/configMap",schemaPath:"#/properties/configMap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.configMap.type,parentSchema:schema67.properties.configMap,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(coerced11 !== undefined){data15 = coerced11;if(data !== undefined){data["configMap"] = coerced11;}}}}}else {const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}validate43.errors = vErrors;return errors === 0;}validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema70 = {"type":"object","description":"An init container or sidecar. It gets the same defaults as the main container: restricted security context, default resources, pull policy.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Container name, unique in the pod (main container included)."},"image":{"type":"string","description":"Image. Default: the component's image."},"imagePullPolicy":{"enum":["Always","IfNotPresent","Never"],"description":"Image pull policy. Default: IfNotPresent for a pinned tag or digest, Always for :latest or an untagged image."},"command":{"type":"array","items":{"type":"string"},"description":"Entrypoint override."},"args":{"type":"array","items":{"type":"string"},"description":"Arguments."},"workingDir":{"type":"string","description":"Working directory."},"env":{"$ref":"#/$defs/env","description":"Environment variables (the component's env is not inherited)."},"envFrom":{"$ref":"#/$defs/envFrom","description":"Import every key of a Secret or ConfigMap as environment variables."},"ports":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/containerPort"},"description":"Ports this container listens on."},"resources":{"$ref":"#/$defs/resources","description":"Resources; unset values take the built-in defaults (requests 100m CPU, 128Mi memory; limits 1 CPU, 256Mi memory)."},"probes":{"$ref":"#/$defs/probes","description":"Sidecars only: probes, derived from the first port like the main container's. A sidecar's readiness counts for the pod's."},"lifecycle":{"$ref":"#/$defs/lifecycle","description":"Sidecars only: lifecycle hooks (no default)."},"volumeMounts":{"type":"array","maxItems":64,"items":{"$ref":"#/$defs/volumeMount"},"description":"Component volumes to mount. /tmp is mounted when the root filesystem is read-only."},"readOnlyRootFilesystem":{"type":"boolean","description":"Read-only root filesystem with an emptyDir at /tmp. Default: the component's setting."},"runAsUser":{"type":"integer","minimum":1,"description":"UID to run as. Default: the component's."},"runAsGroup":{"type":"integer","minimum":0,"description":"GID to run as. Default: the component's."}}};const schema73 = {"type":"object","description":"A port an extra container listens on (reachable through the NetworkPolicy and `services`, not the component's Service).","additionalProperties":false,"required":["port"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$","description":"Port name (IANA_SVC_NAME, at most 15 characters), unique in the pod. Default: port-<n>."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the container listens on."},"protocol":{"enum":["TCP","UDP","SCTP"],"description":"Protocol. Default TCP."}}};const schema74 = {"type":"object","description":"Readiness, liveness and startup probes. Derived from the first port when not given (HTTP GET on path, gRPC with grpc, else TCP); liveness is derived only with a shorthand and checks the socket.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Shorthand: HTTP path for all three probes."},"grpc":{"description":"Shorthand: gRPC health check on the first port for readiness and startup (true, or { service }); liveness checks the socket.","oneOf":[{"const":true},{"type":"object","additionalProperties":false,"properties":{"service":{"type":"string","description":"Service name sent in the health check request. Default: empty (the server's overall health)."}}}]},"readiness":{"$ref":"#/$defs/probeSetting","description":"Readiness probe."},"liveness":{"$ref":"#/$defs/probeSetting","description":"Liveness probe."},"startup":{"$ref":"#/$defs/probeSetting","description":"Startup probe."}}};const schema75 = {"description":"A probe, or false to have none.","oneOf":[{"$ref":"#/$defs/httpProbe"},{"const":false}]};const schema76 = {"type":"object","description":"A probe: path for HTTP GET (with headers, scheme), grpc for a gRPC health check, tcp: true for a TCP check, or exec for a command.","additionalProperties":false,"properties":{"path":{"type":"string","description":"HTTP GET path, e.g. /healthz."},"headers":{"type":"object","description":"HTTP headers sent with the request, by name.","propertyNames":{"pattern":"^[-A-Za-z0-9]+$"},"additionalProperties":{"type":"string"}},"scheme":{"enum":["HTTP","HTTPS"],"description":"HTTP GET scheme. Default HTTP."},"grpc":{"description":"gRPC health check (grpc.health.v1) on the probe's port: true, or { service } to check one service.","oneOf":[{"const":true},{"type":"object","additionalProperties":false,"properties":{"service":{"type":"string","description":"Service name sent in the health check request. Default: empty (the server's overall health)."}}}]},"port":{"type":["integer","string"],"description":"Port number or name of this container's ports (gRPC probes resolve a name to its number). Default: the first port."},"tcp":{"type":"boolean","description":"Use a TCP socket check instead of HTTP."},"exec":{"type":"array","items":{"type":"string"},"description":"Command to run in the container."},"initialDelaySeconds":{"type":"integer","minimum":0,"description":"Seconds before the first probe."},"periodSeconds":{"type":"integer","minimum":1,"description":"Seconds between probes."},"timeoutSeconds":{"type":"integer","minimum":1,"description":"Seconds before a probe times out."},"failureThreshold":{"type":"integer","minimum":1,"description":"Failures before the probe counts as failed."},"successThreshold":{"type":"integer","minimum":1,"description":"Successes before the probe counts as passed (readiness only)."}}};const pattern40 = new RegExp("^[-A-Za-z0-9]+$", "u");function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate49.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema76.properties, key0))){const err0 = {instancePath,schemaPath:"#/$defs/httpProbe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema76,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/httpProbe/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.path.type,parentSchema:schema76.properties.path,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["path"] = coerced0;}}}}if(data.headers !== undefined){let data1 = data.headers;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){const _errs9 = errors;if(typeof key1 === "string"){if(!pattern40.test(key1)){const err2 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/httpProbe/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[-A-Za-z0-9]+$"},message:"must match pattern \""+"^[-A-Za-z0-9]+$"+"\"",schema:"^[-A-Za-z0-9]+$",parentSchema:schema76.properties.headers.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var valid3 = _errs9 === errors;if(!valid3){const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/httpProbe/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema76.properties.headers.propertyNames,parentSchema:schema76.properties.headers,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}for(const key2 in data1){let data2 = data1[key2];if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpProbe/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.headers.additionalProperties.type,parentSchema:schema76.properties.headers.additionalProperties,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data1 !== undefined){data1[key2] = coerced1;}}}}}else {const err5 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/httpProbe/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.properties.headers.type,parentSchema:schema76.properties.headers,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.scheme !== undefined){let data3 = data.scheme;if(!((data3 === "HTTP") || (data3 === "HTTPS"))){const err6 = {instancePath:instancePath+"/scheme",schemaPath:"#/$defs/httpProbe/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema76.properties.scheme.enum},message:"must be equal to one of the allowed values",schema:schema76.properties.scheme.enum,parentSchema:schema76.properties.scheme,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.grpc !== undefined){let data4 = data.grpc;const _errs15 = errors;let valid5 = false;let passing1 = null;const _errs16 = errors;if(true !== data4){const err7 = {instancePath:instancePath+"/grpc",schemaPath:"#/$defs/httpProbe/properties/grpc/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema76.properties.grpc.oneOf[0],data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}var _valid1 = _errs16 === errors;if(_valid1){valid5 = true;passing1 = 0;}const _errs17 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!(key3 === "service")){const err8 = {instancePath:instancePath+"/grpc",schemaPath:"#/$defs/httpProbe/properties/grpc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema76.properties.grpc.oneOf[1],data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.service !== undefined){let data5 = data4.service;if(typeof data5 !== "string"){let dataType2 = typeof data5;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data5;}else if(data5 === null){coerced2 = "";}else {const err9 = {instancePath:instancePath+"/grpc/service",schemaPath:"#/$defs/httpProbe/properties/grpc/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.grpc.oneOf[1].properties.service.type,parentSchema:schema76.properties.grpc.oneOf[1].properties.service,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced2 !== undefined){data5 = coerced2;if(data4 !== undefined){data4["service"] = coerced2;}}}}}else {const err10 = {instancePath:instancePath+"/grpc",schemaPath:"#/$defs/httpProbe/properties/grpc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.properties.grpc.oneOf[1].type,parentSchema:schema76.properties.grpc.oneOf[1],data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid1 = _errs17 === errors;if(_valid1 && valid5){valid5 = false;passing1 = [passing1, 1];}else {if(_valid1){valid5 = true;passing1 = 1;}}if(!valid5){const err11 = {instancePath:instancePath+"/grpc",schemaPath:"#/$defs/httpProbe/properties/grpc/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema76.properties.grpc.oneOf,parentSchema:schema76.properties.grpc,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}else {errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}}}if(data.port !== undefined){let data6 = data.port;if((!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))) && (typeof data6 !== "string")){let dataType3 = typeof data6;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 === "boolean" || data6 === null
              || (dataType3 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced3 = +data6;}else if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data6;}else if(data6 === null){coerced3 = "";}else {const err12 = {instancePath:instancePath+"/port",schemaPath:"#/$defs/httpProbe/properties/port/type",keyword:"type",params:{type: schema76.properties.port.type},message:"must be integer,string",schema:schema76.properties.port.type,parentSchema:schema76.properties.port,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced3 !== undefined){data6 = coerced3;if(data !== undefined){data["port"] = coerced3;}}}}if(data.tcp !== undefined){let data7 = data.tcp;if(typeof data7 !== "boolean"){let coerced4 = undefined;if(!(coerced4 !== undefined)){if(data7 === "false" || data7 === 0 || data7 === null){coerced4 = false;}else if(data7 === "true" || data7 === 1){coerced4 = true;}else {const err13 = {instancePath:instancePath+"/tcp",schemaPath:"#/$defs/httpProbe/properties/tcp/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema76.properties.tcp.type,parentSchema:schema76.properties.tcp,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data7 = coerced4;if(data !== undefined){data["tcp"] = coerced4;}}}}if(data.exec !== undefined){let data8 = data.exec;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(typeof data9 !== "string"){let dataType5 = typeof data9;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data9;}else if(data9 === null){coerced5 = "";}else {const err14 = {instancePath:instancePath+"/exec/" + i0,schemaPath:"#/$defs/httpProbe/properties/exec/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.properties.exec.items.type,parentSchema:schema76.properties.exec.items,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data9 = coerced5;if(data8 !== undefined){data8[i0] = coerced5;}}}}}else {const err15 = {instancePath:instancePath+"/exec",schemaPath:"#/$defs/httpProbe/properties/exec/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema76.properties.exec.type,parentSchema:schema76.properties.exec,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.initialDelaySeconds !== undefined){let data10 = data.initialDelaySeconds;if(!((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10)))){let dataType6 = typeof data10;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 === "boolean" || data10 === null
              || (dataType6 === "string" && data10 && data10 == +data10 && !(data10 % 1))){coerced6 = +data10;}else {const err16 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/$defs/httpProbe/properties/initialDelaySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.initialDelaySeconds.type,parentSchema:schema76.properties.initialDelaySeconds,data:data10};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced6 !== undefined){data10 = coerced6;if(data !== undefined){data["initialDelaySeconds"] = coerced6;}}}if(typeof data10 == "number"){if(data10 < 0 || isNaN(data10)){const err17 = {instancePath:instancePath+"/initialDelaySeconds",schemaPath:"#/$defs/httpProbe/properties/initialDelaySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema76.properties.initialDelaySeconds,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.periodSeconds !== undefined){let data11 = data.periodSeconds;if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){let dataType7 = typeof data11;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 === "boolean" || data11 === null
              || (dataType7 === "string" && data11 && data11 == +data11 && !(data11 % 1))){coerced7 = +data11;}else {const err18 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/$defs/httpProbe/properties/periodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.periodSeconds.type,parentSchema:schema76.properties.periodSeconds,data:data11};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced7 !== undefined){data11 = coerced7;if(data !== undefined){data["periodSeconds"] = coerced7;}}}if(typeof data11 == "number"){if(data11 < 1 || isNaN(data11)){const err19 = {instancePath:instancePath+"/periodSeconds",schemaPath:"#/$defs/httpProbe/properties/periodSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema76.properties.periodSeconds,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}if(data.timeoutSeconds !== undefined){let data12 = data.timeoutSeconds;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){let dataType8 = typeof data12;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 === "boolean" || data12 === null
              || (dataType8 === "string" && data12 && data12 == +data12 && !(data12 % 1))){coerced8 = +data12;}else {const err20 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/$defs/httpProbe/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.timeoutSeconds.type,parentSchema:schema76.properties.timeoutSeconds,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced8 !== undefined){data12 = coerced8;if(data !== undefined){data["timeoutSeconds"] = coerced8;}}}if(typeof data12 == "number"){if(data12 < 1 || isNaN(data12)){const err21 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/$defs/httpProbe/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema76.properties.timeoutSeconds,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data.failureThreshold !== undefined){let data13 = data.failureThreshold;if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){let dataType9 = typeof data13;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 === "boolean" || data13 === null
              || (dataType9 === "string" && data13 && data13 == +data13 && !(data13 % 1))){coerced9 = +data13;}else {const err22 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/$defs/httpProbe/properties/failureThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.failureThreshold.type,parentSchema:schema76.properties.failureThreshold,data:data13};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced9 !== undefined){data13 = coerced9;if(data !== undefined){data["failureThreshold"] = coerced9;}}}if(typeof data13 == "number"){if(data13 < 1 || isNaN(data13)){const err23 = {instancePath:instancePath+"/failureThreshold",schemaPath:"#/$defs/httpProbe/properties/failureThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema76.properties.failureThreshold,data:data13};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data.successThreshold !== undefined){let data14 = data.successThreshold;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){let dataType10 = typeof data14;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 === "boolean" || data14 === null
              || (dataType10 === "string" && data14 && data14 == +data14 && !(data14 % 1))){coerced10 = +data14;}else {const err24 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/$defs/httpProbe/properties/successThreshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema76.properties.successThreshold.type,parentSchema:schema76.properties.successThreshold,data:data14};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced10 !== undefined){data14 = coerced10;if(data !== undefined){data["successThreshold"] = coerced10;}}}if(typeof data14 == "number"){if(data14 < 1 || isNaN(data14)){const err25 = {instancePath:instancePath+"/successThreshold",schemaPath:"#/$defs/httpProbe/properties/successThreshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema76.properties.successThreshold,data:data14};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}}else {const err26 = {instancePath,schemaPath:"#/$defs/httpProbe/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema76.type,parentSchema:schema76,data};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;var props1 = true;}const _errs40 = errors;if(false !== data){const err27 = {instancePath,schemaPath:"#/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema75.oneOf[1],data};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid0 = _errs40 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err28 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema75.oneOf,parentSchema:schema75,data};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate49.errors = vErrors;evaluated0.props = props1;return errors === 0;}validate49.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate48.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "path") || (key0 === "grpc")) || (key0 === "readiness")) || (key0 === "liveness")) || (key0 === "startup"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.path !== undefined){let data0 = data.path;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.path.type,parentSchema:schema74.properties.path,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["path"] = coerced0;}}}}if(data.grpc !== undefined){let data1 = data.grpc;const _errs5 = errors;let valid1 = false;let passing0 = null;const _errs6 = errors;if(true !== data1){const err2 = {instancePath:instancePath+"/grpc",schemaPath:"#/properties/grpc/oneOf/0/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant",schema:true,parentSchema:schema74.properties.grpc.oneOf[0],data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs6 === errors;if(_valid0){valid1 = true;passing0 = 0;}const _errs7 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(key1 === "service")){const err3 = {instancePath:instancePath+"/grpc",schemaPath:"#/properties/grpc/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74.properties.grpc.oneOf[1],data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.service !== undefined){let data2 = data1.service;if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/grpc/service",schemaPath:"#/properties/grpc/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.grpc.oneOf[1].properties.service.type,parentSchema:schema74.properties.grpc.oneOf[1].properties.service,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data1 !== undefined){data1["service"] = coerced1;}}}}}else {const err5 = {instancePath:instancePath+"/grpc",schemaPath:"#/properties/grpc/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.properties.grpc.oneOf[1].type,parentSchema:schema74.properties.grpc.oneOf[1],data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs7 === errors;if(_valid0 && valid1){valid1 = false;passing0 = [passing0, 1];}else {if(_valid0){valid1 = true;passing0 = 1;}}if(!valid1){const err6 = {instancePath:instancePath+"/grpc",schemaPath:"#/properties/grpc/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema74.properties.grpc.oneOf,parentSchema:schema74.properties.grpc,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs5;if(vErrors !== null){if(_errs5){vErrors.length = _errs5;}else {vErrors = null;}}}}if(data.readiness !== undefined){if(!(validate49(data.readiness, {instancePath:instancePath+"/readiness",parentData:data,parentDataProperty:"readiness",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}if(data.liveness !== undefined){if(!(validate49(data.liveness, {instancePath:instancePath+"/liveness",parentData:data,parentDataProperty:"liveness",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}if(data.startup !== undefined){if(!(validate49(data.startup, {instancePath:instancePath+"/startup",parentData:data,parentDataProperty:"startup",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);errors = vErrors.length;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate48.errors = vErrors;return errors === 0;}validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema77 = {"type":"object","description":"Container lifecycle hooks.","additionalProperties":false,"properties":{"preStop":{"$ref":"#/$defs/lifecycleSetting","description":"Runs before the container is stopped. Default for a main container behind a Service: { sleep: 5 }, so endpoints drop the pod before it stops taking connections (with terminationGracePeriodSeconds 35 = 5 + 30 s to shut down). false: none."},"postStart":{"$ref":"#/$defs/lifecycleSetting","description":"Runs right after the container starts."}}};const schema78 = {"description":"A lifecycle hook, or false to have none.","oneOf":[{"$ref":"#/$defs/lifecycleHandler"},{"const":false}]};const schema79 = {"type":"object","description":"A lifecycle hook: exactly one of sleep (seconds; on by default since Kubernetes 1.30, GA in 1.34), exec (a command) or path (HTTP GET).","additionalProperties":false,"properties":{"sleep":{"type":"integer","minimum":1,"maximum":3600,"description":"Seconds to wait (the kubelet's native sleep action; no shell or binary needed in the image)."},"exec":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Command to run in the container."},"path":{"type":"string","description":"HTTP GET path."},"port":{"type":["integer","string"],"description":"HTTP port number or name. Default: the first port."},"headers":{"type":"object","description":"HTTP headers sent with the request, by name.","propertyNames":{"pattern":"^[-A-Za-z0-9]+$"},"additionalProperties":{"type":"string"}}}};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate55.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}const _errs0 = errors;let valid0 = false;let passing0 = null;const _errs1 = errors;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "sleep") || (key0 === "exec")) || (key0 === "path")) || (key0 === "port")) || (key0 === "headers"))){const err0 = {instancePath,schemaPath:"#/$defs/lifecycleHandler/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.sleep !== undefined){let data0 = data.sleep;if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 === "boolean" || data0 === null
              || (dataType0 === "string" && data0 && data0 == +data0 && !(data0 % 1))){coerced0 = +data0;}else {const err1 = {instancePath:instancePath+"/sleep",schemaPath:"#/$defs/lifecycleHandler/properties/sleep/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema79.properties.sleep.type,parentSchema:schema79.properties.sleep,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["sleep"] = coerced0;}}}if(typeof data0 == "number"){if(data0 > 3600 || isNaN(data0)){const err2 = {instancePath:instancePath+"/sleep",schemaPath:"#/$defs/lifecycleHandler/properties/sleep/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema79.properties.sleep,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0 < 1 || isNaN(data0)){const err3 = {instancePath:instancePath+"/sleep",schemaPath:"#/$defs/lifecycleHandler/properties/sleep/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema79.properties.sleep,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.exec !== undefined){let data1 = data.exec;if(Array.isArray(data1)){if(data1.length < 1){const err4 = {instancePath:instancePath+"/exec",schemaPath:"#/$defs/lifecycleHandler/properties/exec/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema79.properties.exec,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err5 = {instancePath:instancePath+"/exec/" + i0,schemaPath:"#/$defs/lifecycleHandler/properties/exec/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.exec.items.type,parentSchema:schema79.properties.exec.items,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data1 !== undefined){data1[i0] = coerced1;}}}}}else {const err6 = {instancePath:instancePath+"/exec",schemaPath:"#/$defs/lifecycleHandler/properties/exec/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.exec.type,parentSchema:schema79.properties.exec,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.path !== undefined){let data3 = data.path;if(typeof data3 !== "string"){let dataType2 = typeof data3;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data3;}else if(data3 === null){coerced2 = "";}else {const err7 = {instancePath:instancePath+"/path",schemaPath:"#/$defs/lifecycleHandler/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.path.type,parentSchema:schema79.properties.path,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced2 !== undefined){data3 = coerced2;if(data !== undefined){data["path"] = coerced2;}}}}if(data.port !== undefined){let data4 = data.port;if((!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) && (typeof data4 !== "string")){let dataType3 = typeof data4;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 === "boolean" || data4 === null
              || (dataType3 === "string" && data4 && data4 == +data4 && !(data4 % 1))){coerced3 = +data4;}else if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data4;}else if(data4 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/port",schemaPath:"#/$defs/lifecycleHandler/properties/port/type",keyword:"type",params:{type: schema79.properties.port.type},message:"must be integer,string",schema:schema79.properties.port.type,parentSchema:schema79.properties.port,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data4 = coerced3;if(data !== undefined){data["port"] = coerced3;}}}}if(data.headers !== undefined){let data5 = data.headers;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){const _errs17 = errors;if(typeof key1 === "string"){if(!pattern40.test(key1)){const err9 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/lifecycleHandler/properties/headers/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[-A-Za-z0-9]+$"},message:"must match pattern \""+"^[-A-Za-z0-9]+$"+"\"",schema:"^[-A-Za-z0-9]+$",parentSchema:schema79.properties.headers.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var valid5 = _errs17 === errors;if(!valid5){const err10 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/lifecycleHandler/properties/headers/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema79.properties.headers.propertyNames,parentSchema:schema79.properties.headers,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}for(const key2 in data5){let data6 = data5[key2];if(typeof data6 !== "string"){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data6;}else if(data6 === null){coerced4 = "";}else {const err11 = {instancePath:instancePath+"/headers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/lifecycleHandler/properties/headers/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.headers.additionalProperties.type,parentSchema:schema79.properties.headers.additionalProperties,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data5 !== undefined){data5[key2] = coerced4;}}}}}else {const err12 = {instancePath:instancePath+"/headers",schemaPath:"#/$defs/lifecycleHandler/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.properties.headers.type,parentSchema:schema79.properties.headers,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/$defs/lifecycleHandler/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}var _valid0 = _errs1 === errors;if(_valid0){valid0 = true;passing0 = 0;var props0 = true;}const _errs21 = errors;if(false !== data){const err14 = {instancePath,schemaPath:"#/oneOf/1/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema78.oneOf[1],data};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}var _valid0 = _errs21 === errors;if(_valid0 && valid0){valid0 = false;passing0 = [passing0, 1];}else {if(_valid0){valid0 = true;passing0 = 1;}}if(!valid0){const err15 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema78.oneOf,parentSchema:schema78,data};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}else {errors = _errs0;if(vErrors !== null){if(_errs0){vErrors.length = _errs0;}else {vErrors = null;}}}validate55.errors = vErrors;evaluated0.props = props0;return errors === 0;}validate55.evaluated = {"dynamicProps":true,"dynamicItems":false};function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate54.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "preStop") || (key0 === "postStart"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.preStop !== undefined){if(!(validate55(data.preStop, {instancePath:instancePath+"/preStop",parentData:data,parentDataProperty:"preStop",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}if(data.postStart !== undefined){if(!(validate55(data.postStart, {instancePath:instancePath+"/postStart",parentData:data,parentDataProperty:"postStart",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate54.errors = vErrors;return errors === 0;}validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema80 = {"type":"object","description":"Mounts one of the component's volumes (volumes, storage or config by name) into an extra container.","additionalProperties":false,"required":["name","mountPath"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Name of a volume, storage claim or config of the component."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"subPath":{"type":"string","description":"Mount only this path inside the volume."},"readOnly":{"type":"boolean","description":"Mount read-only."}}};function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate59.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema80.required,parentSchema:schema80,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.mountPath === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mountPath"},message:"must have required property '"+"mountPath"+"'",schema:schema80.required,parentSchema:schema80,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!((((key0 === "name") || (key0 === "mountPath")) || (key0 === "subPath")) || (key0 === "readOnly"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.mountPath !== undefined){let data1 = data.mountPath;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err5 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.mountPath.type,parentSchema:schema80.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["mountPath"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern34.test(data1)){const err6 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema80.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}if(data.subPath !== undefined){let data2 = data.subPath;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err7 = {instancePath:instancePath+"/subPath",schemaPath:"#/properties/subPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.subPath.type,parentSchema:schema80.properties.subPath,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["subPath"] = coerced2;}}}}if(data.readOnly !== undefined){let data3 = data.readOnly;if(typeof data3 !== "boolean"){let coerced3 = undefined;if(!(coerced3 !== undefined)){if(data3 === "false" || data3 === 0 || data3 === null){coerced3 = false;}else if(data3 === "true" || data3 === 1){coerced3 = true;}else {const err8 = {instancePath:instancePath+"/readOnly",schemaPath:"#/properties/readOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema80.properties.readOnly.type,parentSchema:schema80.properties.readOnly,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["readOnly"] = coerced3;}}}}}else {const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate59.errors = vErrors;return errors === 0;}validate59.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate45.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema70.required,parentSchema:schema70,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema70.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.image !== undefined){let data1 = data.image;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.image.type,parentSchema:schema70.properties.image,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["image"] = coerced1;}}}}if(data.imagePullPolicy !== undefined){let data2 = data.imagePullPolicy;if(!(((data2 === "Always") || (data2 === "IfNotPresent")) || (data2 === "Never"))){const err5 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/enum",keyword:"enum",params:{allowedValues: schema70.properties.imagePullPolicy.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.imagePullPolicy.enum,parentSchema:schema70.properties.imagePullPolicy,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.command !== undefined){let data3 = data.command;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.command.items.type,parentSchema:schema70.properties.command.items,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3[i0] = coerced2;}}}}}else {const err7 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.command.type,parentSchema:schema70.properties.command,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.args !== undefined){let data5 = data.args;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 !== "string"){let dataType3 = typeof data6;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data6;}else if(data6 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/args/" + i1,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.args.items.type,parentSchema:schema70.properties.args.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data6 = coerced3;if(data5 !== undefined){data5[i1] = coerced3;}}}}}else {const err9 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.args.type,parentSchema:schema70.properties.args,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.workingDir !== undefined){let data7 = data.workingDir;if(typeof data7 !== "string"){let dataType4 = typeof data7;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data7;}else if(data7 === null){coerced4 = "";}else {const err10 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.workingDir.type,parentSchema:schema70.properties.workingDir,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced4 !== undefined){data7 = coerced4;if(data !== undefined){data["workingDir"] = coerced4;}}}}if(data.env !== undefined){if(!(validate27(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.envFrom !== undefined){let data9 = data.envFrom;if(Array.isArray(data9)){const len2 = data9.length;for(let i2=0; i2<len2; i2++){let data10 = data9[i2];if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){if(!(((key1 === "secret") || (key1 === "configMap")) || (key1 === "prefix"))){const err11 = {instancePath:instancePath+"/envFrom/" + i2,schemaPath:"#/$defs/envFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema63.items,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data10.secret !== undefined){let data11 = data10.secret;if(typeof data11 !== "string"){let dataType5 = typeof data11;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data11;}else if(data11 === null){coerced5 = "";}else {const err12 = {instancePath:instancePath+"/envFrom/" + i2+"/secret",schemaPath:"#/$defs/envFrom/items/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.secret.type,parentSchema:schema63.items.properties.secret,data:data11};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced5 !== undefined){data11 = coerced5;if(data10 !== undefined){data10["secret"] = coerced5;}}}}if(data10.configMap !== undefined){let data12 = data10.configMap;if(typeof data12 !== "string"){let dataType6 = typeof data12;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data12;}else if(data12 === null){coerced6 = "";}else {const err13 = {instancePath:instancePath+"/envFrom/" + i2+"/configMap",schemaPath:"#/$defs/envFrom/items/properties/configMap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.configMap.type,parentSchema:schema63.items.properties.configMap,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced6 !== undefined){data12 = coerced6;if(data10 !== undefined){data10["configMap"] = coerced6;}}}}if(data10.prefix !== undefined){let data13 = data10.prefix;if(typeof data13 !== "string"){let dataType7 = typeof data13;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data13;}else if(data13 === null){coerced7 = "";}else {const err14 = {instancePath:instancePath+"/envFrom/" + i2+"/prefix",schemaPath:"#/$defs/envFrom/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.prefix.type,parentSchema:schema63.items.properties.prefix,data:data13};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced7 !== undefined){data13 = coerced7;if(data10 !== undefined){data10["prefix"] = coerced7;}}}}}else {const err15 = {instancePath:instancePath+"/envFrom/" + i2,schemaPath:"#/$defs/envFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.items.type,parentSchema:schema63.items,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/envFrom",schemaPath:"#/$defs/envFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.type,parentSchema:schema63,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.ports !== undefined){let data14 = data.ports;if(Array.isArray(data14)){if(data14.length > 64){const err17 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema70.properties.ports,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len3 = data14.length;for(let i3=0; i3<len3; i3++){let data15 = data14[i3];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.port === undefined){const err18 = {instancePath:instancePath+"/ports/" + i3,schemaPath:"#/$defs/containerPort/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema73.required,parentSchema:schema73,data:data15};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key2 in data15){if(!(((key2 === "name") || (key2 === "port")) || (key2 === "protocol"))){const err19 = {instancePath:instancePath+"/ports/" + i3,schemaPath:"#/$defs/containerPort/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data15.name !== undefined){let data16 = data15.name;if(typeof data16 !== "string"){let dataType8 = typeof data16;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data16;}else if(data16 === null){coerced8 = "";}else {const err20 = {instancePath:instancePath+"/ports/" + i3+"/name",schemaPath:"#/$defs/containerPort/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.name.type,parentSchema:schema73.properties.name,data:data16};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced8 !== undefined){data16 = coerced8;if(data15 !== undefined){data15["name"] = coerced8;}}}if(typeof data16 === "string"){if(!pattern32.test(data16)){const err21 = {instancePath:instancePath+"/ports/" + i3+"/name",schemaPath:"#/$defs/containerPort/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$",parentSchema:schema73.properties.name,data:data16};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data15.port !== undefined){let data17 = data15.port;if(!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))){let dataType9 = typeof data17;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 === "boolean" || data17 === null
              || (dataType9 === "string" && data17 && data17 == +data17 && !(data17 % 1))){coerced9 = +data17;}else {const err22 = {instancePath:instancePath+"/ports/" + i3+"/port",schemaPath:"#/$defs/containerPort/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.port.type,parentSchema:schema73.properties.port,data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced9 !== undefined){data17 = coerced9;if(data15 !== undefined){data15["port"] = coerced9;}}}if(typeof data17 == "number"){if(data17 > 65535 || isNaN(data17)){const err23 = {instancePath:instancePath+"/ports/" + i3+"/port",schemaPath:"#/$defs/containerPort/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema73.properties.port,data:data17};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data17 < 1 || isNaN(data17)){const err24 = {instancePath:instancePath+"/ports/" + i3+"/port",schemaPath:"#/$defs/containerPort/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema73.properties.port,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}if(data15.protocol !== undefined){let data18 = data15.protocol;if(!(((data18 === "TCP") || (data18 === "UDP")) || (data18 === "SCTP"))){const err25 = {instancePath:instancePath+"/ports/" + i3+"/protocol",schemaPath:"#/$defs/containerPort/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema73.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.protocol.enum,parentSchema:schema73.properties.protocol,data:data18};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/ports/" + i3,schemaPath:"#/$defs/containerPort/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data:data15};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.ports.type,parentSchema:schema70.properties.ports,data:data14};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.resources !== undefined){if(!(validate22(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.probes !== undefined){if(!(validate48(data.probes, {instancePath:instancePath+"/probes",parentData:data,parentDataProperty:"probes",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}}if(data.lifecycle !== undefined){if(!(validate54(data.lifecycle, {instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}}if(data.volumeMounts !== undefined){let data22 = data.volumeMounts;if(Array.isArray(data22)){if(data22.length > 64){const err28 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema70.properties.volumeMounts,data:data22};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len4 = data22.length;for(let i4=0; i4<len4; i4++){if(!(validate59(data22[i4], {instancePath:instancePath+"/volumeMounts/" + i4,parentData:data22,parentDataProperty:i4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);errors = vErrors.length;}}}else {const err29 = {instancePath:instancePath+"/volumeMounts",schemaPath:"#/properties/volumeMounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema70.properties.volumeMounts.type,parentSchema:schema70.properties.volumeMounts,data:data22};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.readOnlyRootFilesystem !== undefined){let data24 = data.readOnlyRootFilesystem;if(typeof data24 !== "boolean"){let coerced10 = undefined;if(!(coerced10 !== undefined)){if(data24 === "false" || data24 === 0 || data24 === null){coerced10 = false;}else if(data24 === "true" || data24 === 1){coerced10 = true;}else {const err30 = {instancePath:instancePath+"/readOnlyRootFilesystem",schemaPath:"#/properties/readOnlyRootFilesystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema70.properties.readOnlyRootFilesystem.type,parentSchema:schema70.properties.readOnlyRootFilesystem,data:data24};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(coerced10 !== undefined){data24 = coerced10;if(data !== undefined){data["readOnlyRootFilesystem"] = coerced10;}}}}if(data.runAsUser !== undefined){let data25 = data.runAsUser;if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){let dataType11 = typeof data25;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 === "boolean" || data25 === null
              || (dataType11 === "string" && data25 && data25 == +data25 && !(data25 % 1))){coerced11 = +data25;}else {const err31 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.runAsUser.type,parentSchema:schema70.properties.runAsUser,data:data25};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(coerced11 !== undefined){data25 = coerced11;if(data !== undefined){data["runAsUser"] = coerced11;}}}if(typeof data25 == "number"){if(data25 < 1 || isNaN(data25)){const err32 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema70.properties.runAsUser,data:data25};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data.runAsGroup !== undefined){let data26 = data.runAsGroup;if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){let dataType12 = typeof data26;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 === "boolean" || data26 === null
              || (dataType12 === "string" && data26 && data26 == +data26 && !(data26 % 1))){coerced12 = +data26;}else {const err33 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.runAsGroup.type,parentSchema:schema70.properties.runAsGroup,data:data26};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(coerced12 !== undefined){data26 = coerced12;if(data !== undefined){data["runAsGroup"] = coerced12;}}}if(typeof data26 == "number"){if(data26 < 0 || isNaN(data26)){const err34 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema70.properties.runAsGroup,data:data26};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}else {const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}validate45.errors = vErrors;return errors === 0;}validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema82 = {"type":"object","description":"A persistent volume per replica (StatefulSet volumeClaimTemplate).","additionalProperties":false,"required":["name","mountPath","size"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Claim template name."},"mountPath":{"type":"string","pattern":"^/","description":"Where to mount it."},"size":{"$ref":"#/$defs/quantity","description":"Requested size, e.g. 10Gi."},"storageClass":{"type":"string","description":"Storage class. Default: the cluster profile's storage class, else the cluster default."},"accessModes":{"type":"array","items":{"enum":["ReadWriteOnce","ReadOnlyMany","ReadWriteMany","ReadWriteOncePod"]},"description":"Access modes. Default [ReadWriteOnce]."}}};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate63.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema82.required,parentSchema:schema82,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.mountPath === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mountPath"},message:"must have required property '"+"mountPath"+"'",schema:schema82.required,parentSchema:schema82,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.size === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema82.required,parentSchema:schema82,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((((key0 === "name") || (key0 === "mountPath")) || (key0 === "size")) || (key0 === "storageClass")) || (key0 === "accessModes"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema82,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.mountPath !== undefined){let data1 = data.mountPath;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err6 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.mountPath.type,parentSchema:schema82.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["mountPath"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern34.test(data1)){const err7 = {instancePath:instancePath+"/mountPath",schemaPath:"#/properties/mountPath/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema82.properties.mountPath,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.size !== undefined){let data2 = data.size;if((typeof data2 !== "string") && (!(typeof data2 == "number"))){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else if(dataType2 == "boolean" || data2 === null
              || (dataType2 == "string" && data2 && data2 == +data2)){coerced2 = +data2;}else {const err8 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["size"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern5.test(data2)){const err9 = {instancePath:instancePath+"/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.storageClass !== undefined){let data3 = data.storageClass;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err10 = {instancePath:instancePath+"/storageClass",schemaPath:"#/properties/storageClass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.properties.storageClass.type,parentSchema:schema82.properties.storageClass,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["storageClass"] = coerced3;}}}}if(data.accessModes !== undefined){let data4 = data.accessModes;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(!((((data5 === "ReadWriteOnce") || (data5 === "ReadOnlyMany")) || (data5 === "ReadWriteMany")) || (data5 === "ReadWriteOncePod"))){const err11 = {instancePath:instancePath+"/accessModes/" + i0,schemaPath:"#/properties/accessModes/items/enum",keyword:"enum",params:{allowedValues: schema82.properties.accessModes.items.enum},message:"must be equal to one of the allowed values",schema:schema82.properties.accessModes.items.enum,parentSchema:schema82.properties.accessModes.items,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/accessModes",schemaPath:"#/properties/accessModes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema82.properties.accessModes.type,parentSchema:schema82.properties.accessModes,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema82.type,parentSchema:schema82,data};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate63.errors = vErrors;return errors === 0;}validate63.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema85 = {"type":"object","description":"How the component's ports are exposed.","additionalProperties":false,"properties":{"type":{"enum":["ClusterIP","NodePort","LoadBalancer","Headless","None"],"description":"Service type; None makes no Service. Default ClusterIP (Headless for stateful sets)."},"annotations":{"$ref":"#/$defs/stringMap","description":"Service annotations (merged over the cluster profile's load balancer annotations)."},"waitForAddress":{"type":"boolean","description":"LoadBalancer: wait for an external address. Default true."},"externalTrafficPolicy":{"enum":["Cluster","Local"],"description":"For NodePort and LoadBalancer services."}}};function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate67.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "type") || (key0 === "annotations")) || (key0 === "waitForAddress")) || (key0 === "externalTrafficPolicy"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema85,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.type !== undefined){let data0 = data.type;if(!(((((data0 === "ClusterIP") || (data0 === "NodePort")) || (data0 === "LoadBalancer")) || (data0 === "Headless")) || (data0 === "None"))){const err1 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema85.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema85.properties.type.enum,parentSchema:schema85.properties.type,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.annotations !== undefined){let data1 = data.annotations;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){let data2 = data1[key1];if(typeof data2 !== "string"){let dataType0 = typeof data2;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data2;}else if(data2 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data2 = coerced0;if(data1 !== undefined){data1[key1] = coerced0;}}}}}else {const err3 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.waitForAddress !== undefined){let data3 = data.waitForAddress;if(typeof data3 !== "boolean"){let coerced1 = undefined;if(!(coerced1 !== undefined)){if(data3 === "false" || data3 === 0 || data3 === null){coerced1 = false;}else if(data3 === "true" || data3 === 1){coerced1 = true;}else {const err4 = {instancePath:instancePath+"/waitForAddress",schemaPath:"#/properties/waitForAddress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema85.properties.waitForAddress.type,parentSchema:schema85.properties.waitForAddress,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data3 = coerced1;if(data !== undefined){data["waitForAddress"] = coerced1;}}}}if(data.externalTrafficPolicy !== undefined){let data4 = data.externalTrafficPolicy;if(!((data4 === "Cluster") || (data4 === "Local"))){const err5 = {instancePath:instancePath+"/externalTrafficPolicy",schemaPath:"#/properties/externalTrafficPolicy/enum",keyword:"enum",params:{allowedValues: schema85.properties.externalTrafficPolicy.enum},message:"must be equal to one of the allowed values",schema:schema85.properties.externalTrafficPolicy.enum,parentSchema:schema85.properties.externalTrafficPolicy,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema85.type,parentSchema:schema85,data};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate67.errors = vErrors;return errors === 0;}validate67.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema87 = {"type":"object","description":"An additional Service selecting the component's pods, e.g. a public LoadBalancer next to the ClusterIP Service.","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$","description":"Service name (DNS-1035 label, at most 63 characters), unique in the namespace."},"type":{"enum":["ClusterIP","NodePort","LoadBalancer","Headless"],"description":"Service type. Default ClusterIP."},"ports":{"type":"array","minItems":1,"maxItems":64,"description":"Ports to expose: a pod port name or number, or { port, servicePort, nodePort }. Default: the component's exposed ports.","items":{"oneOf":[{"type":["integer","string"],"description":"Name or number of a port of the main container or a sidecar."},{"type":"object","additionalProperties":false,"required":["port"],"properties":{"port":{"type":["integer","string"],"description":"Name or number of a port of the main container or a sidecar."},"servicePort":{"type":"integer","minimum":1,"maximum":65535,"description":"Port the Service exposes. Default: the port's service port."},"nodePort":{"type":"integer","minimum":30000,"maximum":32767,"description":"Fixed node port (NodePort/LoadBalancer)."}}}]}},"annotations":{"$ref":"#/$defs/stringMap","description":"Service annotations (merged over the cluster profile's load balancer annotations)."},"externalTrafficPolicy":{"enum":["Cluster","Local"],"description":"For NodePort and LoadBalancer services."},"waitForAddress":{"type":"boolean","description":"LoadBalancer: wait for an external address. Default true."}}};const pattern47 = new RegExp("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", "u");function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate69.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema87.required,parentSchema:schema87,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "name") || (key0 === "type")) || (key0 === "ports")) || (key0 === "annotations")) || (key0 === "externalTrafficPolicy")) || (key0 === "waitForAddress"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.name.type,parentSchema:schema87.properties.name,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern47.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema87.properties.name,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.type !== undefined){let data1 = data.type;if(!((((data1 === "ClusterIP") || (data1 === "NodePort")) || (data1 === "LoadBalancer")) || (data1 === "Headless"))){const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema87.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema87.properties.type.enum,parentSchema:schema87.properties.type,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.ports !== undefined){let data2 = data.ports;if(Array.isArray(data2)){if(data2.length > 64){const err5 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/maxItems",keyword:"maxItems",params:{limit: 64},message:"must NOT have more than 64 items",schema:64,parentSchema:schema87.properties.ports,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data2.length < 1){const err6 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema87.properties.ports,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}const len0 = data2.length;for(let i0=0; i0<len0; i0++){let data3 = data2[i0];const _errs8 = errors;let valid3 = false;let passing0 = null;const _errs9 = errors;if((!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))) && (typeof data3 !== "string")){let dataType1 = typeof data3;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 === "boolean" || data3 === null
              || (dataType1 === "string" && data3 && data3 == +data3 && !(data3 % 1))){coerced1 = +data3;}else if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data3;}else if(data3 === null){coerced1 = "";}else {const err7 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/oneOf/0/type",keyword:"type",params:{type: schema87.properties.ports.items.oneOf[0].type},message:"must be integer,string",schema:schema87.properties.ports.items.oneOf[0].type,parentSchema:schema87.properties.ports.items.oneOf[0],data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced1 !== undefined){data3 = coerced1;if(data2 !== undefined){data2[i0] = coerced1;}}}var _valid0 = _errs9 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs11 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.port === undefined){const err8 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/oneOf/1/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema87.properties.ports.items.oneOf[1].required,parentSchema:schema87.properties.ports.items.oneOf[1],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key1 in data3){if(!(((key1 === "port") || (key1 === "servicePort")) || (key1 === "nodePort"))){const err9 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.ports.items.oneOf[1],data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.port !== undefined){let data4 = data3.port;if((!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))) && (typeof data4 !== "string")){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 === "boolean" || data4 === null
              || (dataType2 === "string" && data4 && data4 == +data4 && !(data4 % 1))){coerced2 = +data4;}else if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err10 = {instancePath:instancePath+"/ports/" + i0+"/port",schemaPath:"#/properties/ports/items/oneOf/1/properties/port/type",keyword:"type",params:{type: schema87.properties.ports.items.oneOf[1].properties.port.type},message:"must be integer,string",schema:schema87.properties.ports.items.oneOf[1].properties.port.type,parentSchema:schema87.properties.ports.items.oneOf[1].properties.port,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3["port"] = coerced2;}}}}if(data3.servicePort !== undefined){let data5 = data3.servicePort;if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){let dataType3 = typeof data5;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 === "boolean" || data5 === null
              || (dataType3 === "string" && data5 && data5 == +data5 && !(data5 % 1))){coerced3 = +data5;}else {const err11 = {instancePath:instancePath+"/ports/" + i0+"/servicePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/servicePort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.ports.items.oneOf[1].properties.servicePort.type,parentSchema:schema87.properties.ports.items.oneOf[1].properties.servicePort,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced3 !== undefined){data5 = coerced3;if(data3 !== undefined){data3["servicePort"] = coerced3;}}}if(typeof data5 == "number"){if(data5 > 65535 || isNaN(data5)){const err12 = {instancePath:instancePath+"/ports/" + i0+"/servicePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/servicePort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema87.properties.ports.items.oneOf[1].properties.servicePort,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data5 < 1 || isNaN(data5)){const err13 = {instancePath:instancePath+"/ports/" + i0+"/servicePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/servicePort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema87.properties.ports.items.oneOf[1].properties.servicePort,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data3.nodePort !== undefined){let data6 = data3.nodePort;if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 === "boolean" || data6 === null
              || (dataType4 === "string" && data6 && data6 == +data6 && !(data6 % 1))){coerced4 = +data6;}else {const err14 = {instancePath:instancePath+"/ports/" + i0+"/nodePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/nodePort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema87.properties.ports.items.oneOf[1].properties.nodePort.type,parentSchema:schema87.properties.ports.items.oneOf[1].properties.nodePort,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data3 !== undefined){data3["nodePort"] = coerced4;}}}if(typeof data6 == "number"){if(data6 > 32767 || isNaN(data6)){const err15 = {instancePath:instancePath+"/ports/" + i0+"/nodePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/nodePort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32767},message:"must be <= 32767",schema:32767,parentSchema:schema87.properties.ports.items.oneOf[1].properties.nodePort,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data6 < 30000 || isNaN(data6)){const err16 = {instancePath:instancePath+"/ports/" + i0+"/nodePort",schemaPath:"#/properties/ports/items/oneOf/1/properties/nodePort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30000},message:"must be >= 30000",schema:30000,parentSchema:schema87.properties.ports.items.oneOf[1].properties.nodePort,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}}else {const err17 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.ports.items.oneOf[1].type,parentSchema:schema87.properties.ports.items.oneOf[1],data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}var _valid0 = _errs11 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;}}if(!valid3){const err18 = {instancePath:instancePath+"/ports/" + i0,schemaPath:"#/properties/ports/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema87.properties.ports.items.oneOf,parentSchema:schema87.properties.ports.items,data:data3};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}else {errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}}}}else {const err19 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.ports.type,parentSchema:schema87.properties.ports,data:data2};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.annotations !== undefined){let data7 = data.annotations;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){let data8 = data7[key2];if(typeof data8 !== "string"){let dataType5 = typeof data8;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data8;}else if(data8 === null){coerced5 = "";}else {const err20 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced5 !== undefined){data8 = coerced5;if(data7 !== undefined){data7[key2] = coerced5;}}}}}else {const err21 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.externalTrafficPolicy !== undefined){let data9 = data.externalTrafficPolicy;if(!((data9 === "Cluster") || (data9 === "Local"))){const err22 = {instancePath:instancePath+"/externalTrafficPolicy",schemaPath:"#/properties/externalTrafficPolicy/enum",keyword:"enum",params:{allowedValues: schema87.properties.externalTrafficPolicy.enum},message:"must be equal to one of the allowed values",schema:schema87.properties.externalTrafficPolicy.enum,parentSchema:schema87.properties.externalTrafficPolicy,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.waitForAddress !== undefined){let data10 = data.waitForAddress;if(typeof data10 !== "boolean"){let coerced6 = undefined;if(!(coerced6 !== undefined)){if(data10 === "false" || data10 === 0 || data10 === null){coerced6 = false;}else if(data10 === "true" || data10 === 1){coerced6 = true;}else {const err23 = {instancePath:instancePath+"/waitForAddress",schemaPath:"#/properties/waitForAddress/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema87.properties.waitForAddress.type,parentSchema:schema87.properties.waitForAddress,data:data10};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced6 !== undefined){data10 = coerced6;if(data !== undefined){data["waitForAddress"] = coerced6;}}}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate69.errors = vErrors;return errors === 0;}validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema89 = {"type":"object","description":"An Ingress for the component's HTTP port.","additionalProperties":false,"properties":{"host":{"type":"string","description":"Host name, e.g. shop.example.com."},"hosts":{"type":"array","items":{"type":"string"},"description":"Several host names."},"paths":{"type":"array","items":{"type":"string","pattern":"^/"},"description":"Paths routed to the service. Default ['/']."},"pathType":{"enum":["Prefix","Exact","ImplementationSpecific"],"description":"Path matching. Default Prefix."},"className":{"type":"string","description":"Ingress class. Default: the cluster profile's."},"tls":{"type":"boolean","description":"Serve TLS (secret <component>-tls, issued by cert-manager when issuer is set). Default: true when issuer is set."},"tlsSecret":{"type":"string","description":"Existing TLS secret name to use."},"issuer":{"type":"string","description":"cert-manager ClusterIssuer name (adds cert-manager.io/cluster-issuer)."},"annotations":{"$ref":"#/$defs/stringMap","description":"Ingress annotations."},"port":{"type":["integer","string"],"description":"Service port number or name to route to. Default: the first port."},"gateway":{"type":"object","additionalProperties":false,"required":["parentRefs"],"description":"Route through the Gateway API instead: render an HTTPRoute (gateway.networking.k8s.io/v1) attached to these Gateways (host/hosts become its hostnames, paths its matches). Ready once every parent Accepted it with ResolvedRefs; failed when a parent refuses it.","properties":{"parentRefs":{"type":"array","maxItems":32,"description":"Gateways (or listeners) the route attaches to.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","description":"Gateway name.","pattern":"^.+$"},"namespace":{"type":"string","description":"Gateway namespace. Default: the route's."},"sectionName":{"type":"string","description":"Listener name on the Gateway."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"Listener port on the Gateway."}}}}}}}};const pattern49 = new RegExp("^.+$", "u");function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate71.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema89.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema89,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.host !== undefined){let data0 = data.host;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.host.type,parentSchema:schema89.properties.host,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["host"] = coerced0;}}}}if(data.hosts !== undefined){let data1 = data.hosts;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err2 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.hosts.items.type,parentSchema:schema89.properties.hosts.items,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data1 !== undefined){data1[i0] = coerced1;}}}}}else {const err3 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.properties.hosts.type,parentSchema:schema89.properties.hosts,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.paths !== undefined){let data3 = data.paths;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];if(typeof data4 !== "string"){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err4 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.paths.items.type,parentSchema:schema89.properties.paths.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3[i1] = coerced2;}}}if(typeof data4 === "string"){if(!pattern34.test(data4)){const err5 = {instancePath:instancePath+"/paths/" + i1,schemaPath:"#/properties/paths/items/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema89.properties.paths.items,data:data4};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}}else {const err6 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.properties.paths.type,parentSchema:schema89.properties.paths,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.pathType !== undefined){let data5 = data.pathType;if(!(((data5 === "Prefix") || (data5 === "Exact")) || (data5 === "ImplementationSpecific"))){const err7 = {instancePath:instancePath+"/pathType",schemaPath:"#/properties/pathType/enum",keyword:"enum",params:{allowedValues: schema89.properties.pathType.enum},message:"must be equal to one of the allowed values",schema:schema89.properties.pathType.enum,parentSchema:schema89.properties.pathType,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.className !== undefined){let data6 = data.className;if(typeof data6 !== "string"){let dataType3 = typeof data6;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data6;}else if(data6 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/className",schemaPath:"#/properties/className/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.className.type,parentSchema:schema89.properties.className,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data6 = coerced3;if(data !== undefined){data["className"] = coerced3;}}}}if(data.tls !== undefined){let data7 = data.tls;if(typeof data7 !== "boolean"){let coerced4 = undefined;if(!(coerced4 !== undefined)){if(data7 === "false" || data7 === 0 || data7 === null){coerced4 = false;}else if(data7 === "true" || data7 === 1){coerced4 = true;}else {const err9 = {instancePath:instancePath+"/tls",schemaPath:"#/properties/tls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema89.properties.tls.type,parentSchema:schema89.properties.tls,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced4 !== undefined){data7 = coerced4;if(data !== undefined){data["tls"] = coerced4;}}}}if(data.tlsSecret !== undefined){let data8 = data.tlsSecret;if(typeof data8 !== "string"){let dataType5 = typeof data8;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data8;}else if(data8 === null){coerced5 = "";}else {const err10 = {instancePath:instancePath+"/tlsSecret",schemaPath:"#/properties/tlsSecret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.tlsSecret.type,parentSchema:schema89.properties.tlsSecret,data:data8};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced5 !== undefined){data8 = coerced5;if(data !== undefined){data["tlsSecret"] = coerced5;}}}}if(data.issuer !== undefined){let data9 = data.issuer;if(typeof data9 !== "string"){let dataType6 = typeof data9;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data9;}else if(data9 === null){coerced6 = "";}else {const err11 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.issuer.type,parentSchema:schema89.properties.issuer,data:data9};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced6 !== undefined){data9 = coerced6;if(data !== undefined){data["issuer"] = coerced6;}}}}if(data.annotations !== undefined){let data10 = data.annotations;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key1 in data10){let data11 = data10[key1];if(typeof data11 !== "string"){let dataType7 = typeof data11;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data11;}else if(data11 === null){coerced7 = "";}else {const err12 = {instancePath:instancePath+"/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data11};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced7 !== undefined){data11 = coerced7;if(data10 !== undefined){data10[key1] = coerced7;}}}}}else {const err13 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.port !== undefined){let data12 = data.port;if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (typeof data12 !== "string")){let dataType8 = typeof data12;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 === "boolean" || data12 === null
              || (dataType8 === "string" && data12 && data12 == +data12 && !(data12 % 1))){coerced8 = +data12;}else if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data12;}else if(data12 === null){coerced8 = "";}else {const err14 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: schema89.properties.port.type},message:"must be integer,string",schema:schema89.properties.port.type,parentSchema:schema89.properties.port,data:data12};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced8 !== undefined){data12 = coerced8;if(data !== undefined){data["port"] = coerced8;}}}}if(data.gateway !== undefined){let data13 = data.gateway;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.parentRefs === undefined){const err15 = {instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/required",keyword:"required",params:{missingProperty: "parentRefs"},message:"must have required property '"+"parentRefs"+"'",schema:schema89.properties.gateway.required,parentSchema:schema89.properties.gateway,data:data13};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key2 in data13){if(!(key2 === "parentRefs")){const err16 = {instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema89.properties.gateway,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data13.parentRefs !== undefined){let data14 = data13.parentRefs;if(Array.isArray(data14)){if(data14.length > 32){const err17 = {instancePath:instancePath+"/gateway/parentRefs",schemaPath:"#/properties/gateway/properties/parentRefs/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema89.properties.gateway.properties.parentRefs,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const len2 = data14.length;for(let i2=0; i2<len2; i2++){let data15 = data14[i2];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.name === undefined){const err18 = {instancePath:instancePath+"/gateway/parentRefs/" + i2,schemaPath:"#/properties/gateway/properties/parentRefs/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema89.properties.gateway.properties.parentRefs.items.required,parentSchema:schema89.properties.gateway.properties.parentRefs.items,data:data15};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key3 in data15){if(!((((key3 === "name") || (key3 === "namespace")) || (key3 === "sectionName")) || (key3 === "port"))){const err19 = {instancePath:instancePath+"/gateway/parentRefs/" + i2,schemaPath:"#/properties/gateway/properties/parentRefs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema89.properties.gateway.properties.parentRefs.items,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data15.name !== undefined){let data16 = data15.name;if(typeof data16 !== "string"){let dataType9 = typeof data16;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data16;}else if(data16 === null){coerced9 = "";}else {const err20 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/name",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.gateway.properties.parentRefs.items.properties.name.type,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.name,data:data16};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced9 !== undefined){data16 = coerced9;if(data15 !== undefined){data15["name"] = coerced9;}}}if(typeof data16 === "string"){if(!pattern49.test(data16)){const err21 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/name",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^.+$"},message:"must match pattern \""+"^.+$"+"\"",schema:"^.+$",parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.name,data:data16};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}if(data15.namespace !== undefined){let data17 = data15.namespace;if(typeof data17 !== "string"){let dataType10 = typeof data17;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data17;}else if(data17 === null){coerced10 = "";}else {const err22 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/namespace",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.gateway.properties.parentRefs.items.properties.namespace.type,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.namespace,data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(coerced10 !== undefined){data17 = coerced10;if(data15 !== undefined){data15["namespace"] = coerced10;}}}}if(data15.sectionName !== undefined){let data18 = data15.sectionName;if(typeof data18 !== "string"){let dataType11 = typeof data18;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data18;}else if(data18 === null){coerced11 = "";}else {const err23 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/sectionName",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/sectionName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema89.properties.gateway.properties.parentRefs.items.properties.sectionName.type,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.sectionName,data:data18};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced11 !== undefined){data18 = coerced11;if(data15 !== undefined){data15["sectionName"] = coerced11;}}}}if(data15.port !== undefined){let data19 = data15.port;if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){let dataType12 = typeof data19;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 === "boolean" || data19 === null
              || (dataType12 === "string" && data19 && data19 == +data19 && !(data19 % 1))){coerced12 = +data19;}else {const err24 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/port",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema89.properties.gateway.properties.parentRefs.items.properties.port.type,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.port,data:data19};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced12 !== undefined){data19 = coerced12;if(data15 !== undefined){data15["port"] = coerced12;}}}if(typeof data19 == "number"){if(data19 > 65535 || isNaN(data19)){const err25 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/port",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.port,data:data19};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data19 < 1 || isNaN(data19)){const err26 = {instancePath:instancePath+"/gateway/parentRefs/" + i2+"/port",schemaPath:"#/properties/gateway/properties/parentRefs/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema89.properties.gateway.properties.parentRefs.items.properties.port,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}}else {const err27 = {instancePath:instancePath+"/gateway/parentRefs/" + i2,schemaPath:"#/properties/gateway/properties/parentRefs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.properties.gateway.properties.parentRefs.items.type,parentSchema:schema89.properties.gateway.properties.parentRefs.items,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/gateway/parentRefs",schemaPath:"#/properties/gateway/properties/parentRefs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema89.properties.gateway.properties.parentRefs.type,parentSchema:schema89.properties.gateway.properties.parentRefs,data:data14};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/gateway",schemaPath:"#/properties/gateway/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.properties.gateway.type,parentSchema:schema89.properties.gateway,data:data13};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema89.type,parentSchema:schema89,data};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate71.errors = vErrors;return errors === 0;}validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema91 = {"type":"object","description":"A ServiceAccount for the component with the permissions it needs. Turns on service account token mounting.","additionalProperties":false,"properties":{"serviceAccount":{"type":"string","description":"ServiceAccount name. Default: the component name."},"rules":{"type":"array","items":{"$ref":"#/$defs/policyRule"},"description":"Namespaced permissions (Role + RoleBinding)."},"clusterRules":{"type":"array","items":{"$ref":"#/$defs/policyRule"},"description":"Cluster-wide permissions (ClusterRole + ClusterRoleBinding)."},"clusterRoles":{"type":"array","items":{"type":"string"},"description":"Existing ClusterRoles to bind in the namespace, e.g. view."}}};const schema92 = {"type":"object","description":"An RBAC rule.","additionalProperties":false,"required":["verbs"],"properties":{"apiGroups":{"type":"array","items":{"type":"string"},"description":"API groups; '' is the core group. Default ['']."},"resources":{"type":"array","items":{"type":"string"},"description":"Resources, e.g. pods, configmaps."},"resourceNames":{"type":"array","items":{"type":"string"},"description":"Restrict to these object names."},"verbs":{"type":"array","minItems":1,"items":{"type":"string"},"description":"Verbs, e.g. get, list, watch."},"nonResourceURLs":{"type":"array","items":{"type":"string"},"description":"Non-resource URLs (ClusterRole only)."}}};function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate73.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "serviceAccount") || (key0 === "rules")) || (key0 === "clusterRules")) || (key0 === "clusterRoles"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema91,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.serviceAccount !== undefined){let data0 = data.serviceAccount;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/serviceAccount",schemaPath:"#/properties/serviceAccount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.serviceAccount.type,parentSchema:schema91.properties.serviceAccount,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["serviceAccount"] = coerced0;}}}}if(data.rules !== undefined){let data1 = data.rules;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.verbs === undefined){const err2 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/$defs/policyRule/required",keyword:"required",params:{missingProperty: "verbs"},message:"must have required property '"+"verbs"+"'",schema:schema92.required,parentSchema:schema92,data:data2};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key1 in data2){if(!(((((key1 === "apiGroups") || (key1 === "resources")) || (key1 === "resourceNames")) || (key1 === "verbs")) || (key1 === "nonResourceURLs"))){const err3 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/$defs/policyRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data2.apiGroups !== undefined){let data3 = data2.apiGroups;if(Array.isArray(data3)){const len1 = data3.length;for(let i1=0; i1<len1; i1++){let data4 = data3[i1];if(typeof data4 !== "string"){let dataType1 = typeof data4;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data4;}else if(data4 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/rules/" + i0+"/apiGroups/" + i1,schemaPath:"#/$defs/policyRule/properties/apiGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.apiGroups.items.type,parentSchema:schema92.properties.apiGroups.items,data:data4};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data4 = coerced1;if(data3 !== undefined){data3[i1] = coerced1;}}}}}else {const err5 = {instancePath:instancePath+"/rules/" + i0+"/apiGroups",schemaPath:"#/$defs/policyRule/properties/apiGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.apiGroups.type,parentSchema:schema92.properties.apiGroups,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.resources !== undefined){let data5 = data2.resources;if(Array.isArray(data5)){const len2 = data5.length;for(let i2=0; i2<len2; i2++){let data6 = data5[i2];if(typeof data6 !== "string"){let dataType2 = typeof data6;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data6;}else if(data6 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/rules/" + i0+"/resources/" + i2,schemaPath:"#/$defs/policyRule/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.resources.items.type,parentSchema:schema92.properties.resources.items,data:data6};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data6 = coerced2;if(data5 !== undefined){data5[i2] = coerced2;}}}}}else {const err7 = {instancePath:instancePath+"/rules/" + i0+"/resources",schemaPath:"#/$defs/policyRule/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.resources.type,parentSchema:schema92.properties.resources,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.resourceNames !== undefined){let data7 = data2.resourceNames;if(Array.isArray(data7)){const len3 = data7.length;for(let i3=0; i3<len3; i3++){let data8 = data7[i3];if(typeof data8 !== "string"){let dataType3 = typeof data8;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data8;}else if(data8 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/rules/" + i0+"/resourceNames/" + i3,schemaPath:"#/$defs/policyRule/properties/resourceNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.resourceNames.items.type,parentSchema:schema92.properties.resourceNames.items,data:data8};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data8 = coerced3;if(data7 !== undefined){data7[i3] = coerced3;}}}}}else {const err9 = {instancePath:instancePath+"/rules/" + i0+"/resourceNames",schemaPath:"#/$defs/policyRule/properties/resourceNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.resourceNames.type,parentSchema:schema92.properties.resourceNames,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data2.verbs !== undefined){let data9 = data2.verbs;if(Array.isArray(data9)){if(data9.length < 1){const err10 = {instancePath:instancePath+"/rules/" + i0+"/verbs",schemaPath:"#/$defs/policyRule/properties/verbs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.properties.verbs,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const len4 = data9.length;for(let i4=0; i4<len4; i4++){let data10 = data9[i4];if(typeof data10 !== "string"){let dataType4 = typeof data10;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data10;}else if(data10 === null){coerced4 = "";}else {const err11 = {instancePath:instancePath+"/rules/" + i0+"/verbs/" + i4,schemaPath:"#/$defs/policyRule/properties/verbs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.verbs.items.type,parentSchema:schema92.properties.verbs.items,data:data10};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced4 !== undefined){data10 = coerced4;if(data9 !== undefined){data9[i4] = coerced4;}}}}}else {const err12 = {instancePath:instancePath+"/rules/" + i0+"/verbs",schemaPath:"#/$defs/policyRule/properties/verbs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.verbs.type,parentSchema:schema92.properties.verbs,data:data9};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data2.nonResourceURLs !== undefined){let data11 = data2.nonResourceURLs;if(Array.isArray(data11)){const len5 = data11.length;for(let i5=0; i5<len5; i5++){let data12 = data11[i5];if(typeof data12 !== "string"){let dataType5 = typeof data12;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data12;}else if(data12 === null){coerced5 = "";}else {const err13 = {instancePath:instancePath+"/rules/" + i0+"/nonResourceURLs/" + i5,schemaPath:"#/$defs/policyRule/properties/nonResourceURLs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.nonResourceURLs.items.type,parentSchema:schema92.properties.nonResourceURLs.items,data:data12};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced5 !== undefined){data12 = coerced5;if(data11 !== undefined){data11[i5] = coerced5;}}}}}else {const err14 = {instancePath:instancePath+"/rules/" + i0+"/nonResourceURLs",schemaPath:"#/$defs/policyRule/properties/nonResourceURLs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.nonResourceURLs.type,parentSchema:schema92.properties.nonResourceURLs,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/$defs/policyRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data:data2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.rules.type,parentSchema:schema91.properties.rules,data:data1};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.clusterRules !== undefined){let data13 = data.clusterRules;if(Array.isArray(data13)){const len6 = data13.length;for(let i6=0; i6<len6; i6++){let data14 = data13[i6];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.verbs === undefined){const err17 = {instancePath:instancePath+"/clusterRules/" + i6,schemaPath:"#/$defs/policyRule/required",keyword:"required",params:{missingProperty: "verbs"},message:"must have required property '"+"verbs"+"'",schema:schema92.required,parentSchema:schema92,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}for(const key2 in data14){if(!(((((key2 === "apiGroups") || (key2 === "resources")) || (key2 === "resourceNames")) || (key2 === "verbs")) || (key2 === "nonResourceURLs"))){const err18 = {instancePath:instancePath+"/clusterRules/" + i6,schemaPath:"#/$defs/policyRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema92,data:data14};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data14.apiGroups !== undefined){let data15 = data14.apiGroups;if(Array.isArray(data15)){const len7 = data15.length;for(let i7=0; i7<len7; i7++){let data16 = data15[i7];if(typeof data16 !== "string"){let dataType6 = typeof data16;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data16;}else if(data16 === null){coerced6 = "";}else {const err19 = {instancePath:instancePath+"/clusterRules/" + i6+"/apiGroups/" + i7,schemaPath:"#/$defs/policyRule/properties/apiGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.apiGroups.items.type,parentSchema:schema92.properties.apiGroups.items,data:data16};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced6 !== undefined){data16 = coerced6;if(data15 !== undefined){data15[i7] = coerced6;}}}}}else {const err20 = {instancePath:instancePath+"/clusterRules/" + i6+"/apiGroups",schemaPath:"#/$defs/policyRule/properties/apiGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.apiGroups.type,parentSchema:schema92.properties.apiGroups,data:data15};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data14.resources !== undefined){let data17 = data14.resources;if(Array.isArray(data17)){const len8 = data17.length;for(let i8=0; i8<len8; i8++){let data18 = data17[i8];if(typeof data18 !== "string"){let dataType7 = typeof data18;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data18;}else if(data18 === null){coerced7 = "";}else {const err21 = {instancePath:instancePath+"/clusterRules/" + i6+"/resources/" + i8,schemaPath:"#/$defs/policyRule/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.resources.items.type,parentSchema:schema92.properties.resources.items,data:data18};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced7 !== undefined){data18 = coerced7;if(data17 !== undefined){data17[i8] = coerced7;}}}}}else {const err22 = {instancePath:instancePath+"/clusterRules/" + i6+"/resources",schemaPath:"#/$defs/policyRule/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.resources.type,parentSchema:schema92.properties.resources,data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data14.resourceNames !== undefined){let data19 = data14.resourceNames;if(Array.isArray(data19)){const len9 = data19.length;for(let i9=0; i9<len9; i9++){let data20 = data19[i9];if(typeof data20 !== "string"){let dataType8 = typeof data20;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data20;}else if(data20 === null){coerced8 = "";}else {const err23 = {instancePath:instancePath+"/clusterRules/" + i6+"/resourceNames/" + i9,schemaPath:"#/$defs/policyRule/properties/resourceNames/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.resourceNames.items.type,parentSchema:schema92.properties.resourceNames.items,data:data20};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced8 !== undefined){data20 = coerced8;if(data19 !== undefined){data19[i9] = coerced8;}}}}}else {const err24 = {instancePath:instancePath+"/clusterRules/" + i6+"/resourceNames",schemaPath:"#/$defs/policyRule/properties/resourceNames/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.resourceNames.type,parentSchema:schema92.properties.resourceNames,data:data19};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data14.verbs !== undefined){let data21 = data14.verbs;if(Array.isArray(data21)){if(data21.length < 1){const err25 = {instancePath:instancePath+"/clusterRules/" + i6+"/verbs",schemaPath:"#/$defs/policyRule/properties/verbs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema92.properties.verbs,data:data21};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}const len10 = data21.length;for(let i10=0; i10<len10; i10++){let data22 = data21[i10];if(typeof data22 !== "string"){let dataType9 = typeof data22;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data22;}else if(data22 === null){coerced9 = "";}else {const err26 = {instancePath:instancePath+"/clusterRules/" + i6+"/verbs/" + i10,schemaPath:"#/$defs/policyRule/properties/verbs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.verbs.items.type,parentSchema:schema92.properties.verbs.items,data:data22};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced9 !== undefined){data22 = coerced9;if(data21 !== undefined){data21[i10] = coerced9;}}}}}else {const err27 = {instancePath:instancePath+"/clusterRules/" + i6+"/verbs",schemaPath:"#/$defs/policyRule/properties/verbs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.verbs.type,parentSchema:schema92.properties.verbs,data:data21};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data14.nonResourceURLs !== undefined){let data23 = data14.nonResourceURLs;if(Array.isArray(data23)){const len11 = data23.length;for(let i11=0; i11<len11; i11++){let data24 = data23[i11];if(typeof data24 !== "string"){let dataType10 = typeof data24;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data24;}else if(data24 === null){coerced10 = "";}else {const err28 = {instancePath:instancePath+"/clusterRules/" + i6+"/nonResourceURLs/" + i11,schemaPath:"#/$defs/policyRule/properties/nonResourceURLs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema92.properties.nonResourceURLs.items.type,parentSchema:schema92.properties.nonResourceURLs.items,data:data24};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(coerced10 !== undefined){data24 = coerced10;if(data23 !== undefined){data23[i11] = coerced10;}}}}}else {const err29 = {instancePath:instancePath+"/clusterRules/" + i6+"/nonResourceURLs",schemaPath:"#/$defs/policyRule/properties/nonResourceURLs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema92.properties.nonResourceURLs.type,parentSchema:schema92.properties.nonResourceURLs,data:data23};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/clusterRules/" + i6,schemaPath:"#/$defs/policyRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema92.type,parentSchema:schema92,data:data14};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/clusterRules",schemaPath:"#/properties/clusterRules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.clusterRules.type,parentSchema:schema91.properties.clusterRules,data:data13};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.clusterRoles !== undefined){let data25 = data.clusterRoles;if(Array.isArray(data25)){const len12 = data25.length;for(let i12=0; i12<len12; i12++){let data26 = data25[i12];if(typeof data26 !== "string"){let dataType11 = typeof data26;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data26;}else if(data26 === null){coerced11 = "";}else {const err32 = {instancePath:instancePath+"/clusterRoles/" + i12,schemaPath:"#/properties/clusterRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema91.properties.clusterRoles.items.type,parentSchema:schema91.properties.clusterRoles.items,data:data26};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(coerced11 !== undefined){data26 = coerced11;if(data25 !== undefined){data25[i12] = coerced11;}}}}}else {const err33 = {instancePath:instancePath+"/clusterRoles",schemaPath:"#/properties/clusterRoles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema91.properties.clusterRoles.type,parentSchema:schema91.properties.clusterRoles,data:data25};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema91.type,parentSchema:schema91,data};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate73.errors = vErrors;return errors === 0;}validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema101 = {"type":"object","additionalProperties":false,"required":["chart"],"description":"A Helm chart: a directory in the repository, an OCI reference, or a chart name in an HTTPS repository.","properties":{"chart":{"type":"string","pattern":"\\S","description":"A chart directory relative to the spec (confined to the repository like every spec path), `oci://registry/path/chart`, or a chart name in `repo`."},"repo":{"type":"string","pattern":"^https://","description":"HTTPS chart repository URL (index.yaml) that `chart` names a chart in."},"version":{"type":"string","pattern":"\\S","description":"Chart version (an exact version or a semver range) for OCI and repository charts. Default: the latest."},"releaseName":{"$ref":"#/$defs/dnsLabel","description":"The release name the chart's templates see as .Release.Name. Default: the component name."},"values":{"type":"object","description":"Chart values (after the values files); spec variables are expanded in them."},"valuesFiles":{"type":"array","maxItems":32,"items":{"type":"string"},"description":"Values files relative to the spec (confined to the repository), applied in order before `values`."},"includeCrds":{"type":"boolean","description":"Deploy the chart's crds/ directory too. Default true."},"kubeVersion":{"type":"string","description":"Kubernetes version the chart's templates see as .Capabilities.KubeVersion. Default: helm's built-in."}}};const pattern51 = new RegExp("^https://", "u");function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate75.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.chart === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chart"},message:"must have required property '"+"chart"+"'",schema:schema101.required,parentSchema:schema101,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((((key0 === "chart") || (key0 === "repo")) || (key0 === "version")) || (key0 === "releaseName")) || (key0 === "values")) || (key0 === "valuesFiles")) || (key0 === "includeCrds")) || (key0 === "kubeVersion"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema101,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.chart !== undefined){let data0 = data.chart;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.chart.type,parentSchema:schema101.properties.chart,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["chart"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern50.test(data0)){const err3 = {instancePath:instancePath+"/chart",schemaPath:"#/properties/chart/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema101.properties.chart,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.repo !== undefined){let data1 = data.repo;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.repo.type,parentSchema:schema101.properties.repo,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["repo"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern51.test(data1)){const err5 = {instancePath:instancePath+"/repo",schemaPath:"#/properties/repo/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\"",schema:"^https://",parentSchema:schema101.properties.repo,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.version !== undefined){let data2 = data.version;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.version.type,parentSchema:schema101.properties.version,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["version"] = coerced2;}}}if(typeof data2 === "string"){if(!pattern50.test(data2)){const err7 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema101.properties.version,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.releaseName !== undefined){let data3 = data.releaseName;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/releaseName",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["releaseName"] = coerced3;}}}if(typeof data3 === "string"){if(!pattern4.test(data3)){const err9 = {instancePath:instancePath+"/releaseName",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}if(data.values !== undefined){let data4 = data.values;if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){const err10 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.properties.values.type,parentSchema:schema101.properties.values,data:data4};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.valuesFiles !== undefined){let data5 = data.valuesFiles;if(Array.isArray(data5)){if(data5.length > 32){const err11 = {instancePath:instancePath+"/valuesFiles",schemaPath:"#/properties/valuesFiles/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema101.properties.valuesFiles,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 !== "string"){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data6;}else if(data6 === null){coerced4 = "";}else {const err12 = {instancePath:instancePath+"/valuesFiles/" + i0,schemaPath:"#/properties/valuesFiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.valuesFiles.items.type,parentSchema:schema101.properties.valuesFiles.items,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data5 !== undefined){data5[i0] = coerced4;}}}}}else {const err13 = {instancePath:instancePath+"/valuesFiles",schemaPath:"#/properties/valuesFiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema101.properties.valuesFiles.type,parentSchema:schema101.properties.valuesFiles,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.includeCrds !== undefined){let data7 = data.includeCrds;if(typeof data7 !== "boolean"){let coerced5 = undefined;if(!(coerced5 !== undefined)){if(data7 === "false" || data7 === 0 || data7 === null){coerced5 = false;}else if(data7 === "true" || data7 === 1){coerced5 = true;}else {const err14 = {instancePath:instancePath+"/includeCrds",schemaPath:"#/properties/includeCrds/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema101.properties.includeCrds.type,parentSchema:schema101.properties.includeCrds,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced5 !== undefined){data7 = coerced5;if(data !== undefined){data["includeCrds"] = coerced5;}}}}if(data.kubeVersion !== undefined){let data8 = data.kubeVersion;if(typeof data8 !== "string"){let dataType6 = typeof data8;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data8;}else if(data8 === null){coerced6 = "";}else {const err15 = {instancePath:instancePath+"/kubeVersion",schemaPath:"#/properties/kubeVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema101.properties.kubeVersion.type,parentSchema:schema101.properties.kubeVersion,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data8 = coerced6;if(data !== undefined){data["kubeVersion"] = coerced6;}}}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema101.type,parentSchema:schema101,data};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate75.errors = vErrors;return errors === 0;}validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema104 = {"type":"object","description":"An HTTP request made by the deploy (kind: http).","additionalProperties":false,"required":["url"],"properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"],"description":"HTTP method. Default GET."},"url":{"type":"string","maxLength":2048,"description":"An http:// or https:// URL; variables are expanded. No user:password@ part (send credentials in a secret header)."},"headers":{"type":"object","maxProperties":64,"additionalProperties":{"$ref":"#/$defs/httpHeaderValue"},"description":"Request headers. A value is text, { secret, key } (a spec secret) or { valueEnv } (an environment variable), with an optional prefix; secret values are masked everywhere."},"body":{"type":["string","object","array"],"description":"Request body: text as is, or YAML/JSON data sent as JSON (content-type application/json unless a header sets one). Not with GET or HEAD. At most 1 MiB."},"expect":{"type":"object","additionalProperties":false,"description":"What counts as success. Default: any 2xx status.","properties":{"status":{"description":"Accepted statuses: one, or a list (e.g. [200, 204] or \"2xx\"). Redirects are not followed, so a 3xx is a status like any other.","oneOf":[{"type":["integer","string"],"description":"A status code (204), a class (\"2xx\") or a range (\"200-299\")."},{"type":"array","minItems":1,"maxItems":32,"items":{"type":["integer","string"],"description":"A status code (204), a class (\"2xx\") or a range (\"200-299\")."}}]},"bodyContains":{"type":"string","minLength":1,"maxLength":1024,"description":"Text the response body must contain (the first 64 KiB of it are read)."}}},"retries":{"type":"integer","minimum":0,"maximum":20,"description":"Further attempts after a failed one (a connection error, a timeout or an unexpected answer). Default 2."},"backoff":{"type":"object","additionalProperties":false,"description":"Wait between attempts: doubling from initialSeconds, capped at maxSeconds.","properties":{"initialSeconds":{"type":"number","minimum":0,"maximum":60,"description":"Wait before the first retry. Default 1."},"maxSeconds":{"type":"number","minimum":0,"maximum":300,"description":"Longest wait between attempts. Default 30."}}},"timeoutSeconds":{"type":"number","exclusiveMinimum":0,"maximum":300,"description":"Time limit of one attempt, response body included. Default 10."},"totalTimeoutSeconds":{"type":"number","exclusiveMinimum":0,"maximum":3600,"description":"Time limit of all attempts and waits together. Default 120."},"when":{"enum":["changed","always"],"description":"changed: only when the deploy changes something on the cluster (an object created, updated, replaced or pruned), so a deploy with nothing changed makes no request; always: on every deploy (smoke tests). Default changed."}}};const schema105 = {"description":"A header value: text (variables expanded), or a secret value, masked in every log line, report and output.","oneOf":[{"type":"string","maxLength":8192},{"type":"object","additionalProperties":false,"required":["secret","key"],"properties":{"secret":{"type":"string","description":"Name of one of the spec's secrets (type opaque) with the value in fromEnv."},"key":{"type":"string","description":"The key of that secret."},"prefix":{"type":"string","maxLength":256,"description":"Text before the secret value, e.g. \"Bearer \"."}}},{"type":"object","additionalProperties":false,"required":["valueEnv"],"properties":{"valueEnv":{"type":"string","description":"Environment variable holding the value (read on the runner at deploy time)."},"prefix":{"type":"string","maxLength":256,"description":"Text before the value, e.g. \"Bearer \"."}}}]};const func10 = ucs2length["default"] ?? ucs2length;function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate77.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.url === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema104.required,parentSchema:schema104,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema104.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema104,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.method !== undefined){let data0 = data.method;if(!(((((((data0 === "GET") || (data0 === "HEAD")) || (data0 === "POST")) || (data0 === "PUT")) || (data0 === "PATCH")) || (data0 === "DELETE")) || (data0 === "OPTIONS"))){const err2 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema104.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema104.properties.method.enum,parentSchema:schema104.properties.method,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.url !== undefined){let data1 = data.url;if(typeof data1 !== "string"){let dataType0 = typeof data1;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data1;}else if(data1 === null){coerced0 = "";}else {const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.url.type,parentSchema:schema104.properties.url,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced0 !== undefined){data1 = coerced0;if(data !== undefined){data["url"] = coerced0;}}}if(typeof data1 === "string"){if(func10(data1) > 2048){const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema104.properties.url,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.headers !== undefined){let data2 = data.headers;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length > 64){const err5 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxProperties",keyword:"maxProperties",params:{limit: 64},message:"must NOT have more than 64 properties",schema:64,parentSchema:schema104.properties.headers,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}for(const key1 in data2){let data3 = data2[key1];const _errs10 = errors;let valid3 = false;let passing0 = null;const _errs11 = errors;if(typeof data3 !== "string"){let dataType1 = typeof data3;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data3;}else if(data3 === null){coerced1 = "";}else {const err6 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[0].type,parentSchema:schema105.oneOf[0],data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced1 !== undefined){data3 = coerced1;if(data2 !== undefined){data2[key1] = coerced1;}}}if(typeof data3 === "string"){if(func10(data3) > 8192){const err7 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/0/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters",schema:8192,parentSchema:schema105.oneOf[0],data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}var _valid0 = _errs11 === errors;if(_valid0){valid3 = true;passing0 = 0;}const _errs13 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.secret === undefined){const err8 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/1/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema105.oneOf[1].required,parentSchema:schema105.oneOf[1],data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data3.key === undefined){const err9 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/1/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema105.oneOf[1].required,parentSchema:schema105.oneOf[1],data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key2 in data3){if(!(((key2 === "secret") || (key2 === "key")) || (key2 === "prefix"))){const err10 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema105.oneOf[1],data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data3.secret !== undefined){let data4 = data3.secret;if(typeof data4 !== "string"){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err11 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/secret",schemaPath:"#/$defs/httpHeaderValue/oneOf/1/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[1].properties.secret.type,parentSchema:schema105.oneOf[1].properties.secret,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3["secret"] = coerced2;}}}}if(data3.key !== undefined){let data5 = data3.key;if(typeof data5 !== "string"){let dataType3 = typeof data5;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data5;}else if(data5 === null){coerced3 = "";}else {const err12 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/key",schemaPath:"#/$defs/httpHeaderValue/oneOf/1/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[1].properties.key.type,parentSchema:schema105.oneOf[1].properties.key,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(coerced3 !== undefined){data5 = coerced3;if(data3 !== undefined){data3["key"] = coerced3;}}}}if(data3.prefix !== undefined){let data6 = data3.prefix;if(typeof data6 !== "string"){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data6;}else if(data6 === null){coerced4 = "";}else {const err13 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"#/$defs/httpHeaderValue/oneOf/1/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[1].properties.prefix.type,parentSchema:schema105.oneOf[1].properties.prefix,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data3 !== undefined){data3["prefix"] = coerced4;}}}if(typeof data6 === "string"){if(func10(data6) > 256){const err14 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"#/$defs/httpHeaderValue/oneOf/1/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema105.oneOf[1].properties.prefix,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}}else {const err15 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.oneOf[1].type,parentSchema:schema105.oneOf[1],data:data3};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs13 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 1];}else {if(_valid0){valid3 = true;passing0 = 1;var props0 = true;}const _errs22 = errors;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.valueEnv === undefined){const err16 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/2/required",keyword:"required",params:{missingProperty: "valueEnv"},message:"must have required property '"+"valueEnv"+"'",schema:schema105.oneOf[2].required,parentSchema:schema105.oneOf[2],data:data3};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}for(const key3 in data3){if(!((key3 === "valueEnv") || (key3 === "prefix"))){const err17 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema105.oneOf[2],data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data3.valueEnv !== undefined){let data7 = data3.valueEnv;if(typeof data7 !== "string"){let dataType5 = typeof data7;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data7;}else if(data7 === null){coerced5 = "";}else {const err18 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/valueEnv",schemaPath:"#/$defs/httpHeaderValue/oneOf/2/properties/valueEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[2].properties.valueEnv.type,parentSchema:schema105.oneOf[2].properties.valueEnv,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced5 !== undefined){data7 = coerced5;if(data3 !== undefined){data3["valueEnv"] = coerced5;}}}}if(data3.prefix !== undefined){let data8 = data3.prefix;if(typeof data8 !== "string"){let dataType6 = typeof data8;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data8;}else if(data8 === null){coerced6 = "";}else {const err19 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"#/$defs/httpHeaderValue/oneOf/2/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema105.oneOf[2].properties.prefix.type,parentSchema:schema105.oneOf[2].properties.prefix,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced6 !== undefined){data8 = coerced6;if(data3 !== undefined){data3["prefix"] = coerced6;}}}if(typeof data8 === "string"){if(func10(data8) > 256){const err20 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/prefix",schemaPath:"#/$defs/httpHeaderValue/oneOf/2/properties/prefix/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema105.oneOf[2].properties.prefix,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}else {const err21 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema105.oneOf[2].type,parentSchema:schema105.oneOf[2],data:data3};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}var _valid0 = _errs22 === errors;if(_valid0 && valid3){valid3 = false;passing0 = [passing0, 2];}else {if(_valid0){valid3 = true;passing0 = 2;if(props0 !== true){props0 = true;}}}}if(!valid3){const err22 = {instancePath:instancePath+"/headers/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/httpHeaderValue/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema105.oneOf,parentSchema:schema105,data:data3};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}else {errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}}}}else {const err23 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.properties.headers.type,parentSchema:schema104.properties.headers,data:data2};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.body !== undefined){let data9 = data.body;if((!data9 || typeof data9 != "object") && (typeof data9 !== "string")){let dataType7 = typeof data9;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data9;}else if(data9 === null){coerced7 = "";}else {const err24 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: schema104.properties.body.type},message:"must be string,object,array",schema:schema104.properties.body.type,parentSchema:schema104.properties.body,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced7 !== undefined){data9 = coerced7;if(data !== undefined){data["body"] = coerced7;}}}}if(data.expect !== undefined){let data10 = data.expect;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key4 in data10){if(!((key4 === "status") || (key4 === "bodyContains"))){const err25 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema104.properties.expect,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data10.status !== undefined){let data11 = data10.status;const _errs35 = errors;let valid7 = false;let passing1 = null;const _errs36 = errors;if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (typeof data11 !== "string")){let dataType8 = typeof data11;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 === "boolean" || data11 === null
              || (dataType8 === "string" && data11 && data11 == +data11 && !(data11 % 1))){coerced8 = +data11;}else if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data11;}else if(data11 === null){coerced8 = "";}else {const err26 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/oneOf/0/type",keyword:"type",params:{type: schema104.properties.expect.properties.status.oneOf[0].type},message:"must be integer,string",schema:schema104.properties.expect.properties.status.oneOf[0].type,parentSchema:schema104.properties.expect.properties.status.oneOf[0],data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced8 !== undefined){data11 = coerced8;if(data10 !== undefined){data10["status"] = coerced8;}}}var _valid1 = _errs36 === errors;if(_valid1){valid7 = true;passing1 = 0;}const _errs38 = errors;if(Array.isArray(data11)){if(data11.length > 32){const err27 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/oneOf/1/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema104.properties.expect.properties.status.oneOf[1],data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data11.length < 1){const err28 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema104.properties.expect.properties.status.oneOf[1],data:data11};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const len0 = data11.length;for(let i0=0; i0<len0; i0++){let data12 = data11[i0];if((!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))) && (typeof data12 !== "string")){let dataType9 = typeof data12;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 === "boolean" || data12 === null
              || (dataType9 === "string" && data12 && data12 == +data12 && !(data12 % 1))){coerced9 = +data12;}else if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data12;}else if(data12 === null){coerced9 = "";}else {const err29 = {instancePath:instancePath+"/expect/status/" + i0,schemaPath:"#/properties/expect/properties/status/oneOf/1/items/type",keyword:"type",params:{type: schema104.properties.expect.properties.status.oneOf[1].items.type},message:"must be integer,string",schema:schema104.properties.expect.properties.status.oneOf[1].items.type,parentSchema:schema104.properties.expect.properties.status.oneOf[1].items,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(coerced9 !== undefined){data12 = coerced9;if(data11 !== undefined){data11[i0] = coerced9;}}}}}else {const err30 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema104.properties.expect.properties.status.oneOf[1].type,parentSchema:schema104.properties.expect.properties.status.oneOf[1],data:data11};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}var _valid1 = _errs38 === errors;if(_valid1 && valid7){valid7 = false;passing1 = [passing1, 1];}else {if(_valid1){valid7 = true;passing1 = 1;}}if(!valid7){const err31 = {instancePath:instancePath+"/expect/status",schemaPath:"#/properties/expect/properties/status/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema104.properties.expect.properties.status.oneOf,parentSchema:schema104.properties.expect.properties.status,data:data11};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}else {errors = _errs35;if(vErrors !== null){if(_errs35){vErrors.length = _errs35;}else {vErrors = null;}}}}if(data10.bodyContains !== undefined){let data13 = data10.bodyContains;if(typeof data13 !== "string"){let dataType10 = typeof data13;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data13;}else if(data13 === null){coerced10 = "";}else {const err32 = {instancePath:instancePath+"/expect/bodyContains",schemaPath:"#/properties/expect/properties/bodyContains/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema104.properties.expect.properties.bodyContains.type,parentSchema:schema104.properties.expect.properties.bodyContains,data:data13};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(coerced10 !== undefined){data13 = coerced10;if(data10 !== undefined){data10["bodyContains"] = coerced10;}}}if(typeof data13 === "string"){if(func10(data13) > 1024){const err33 = {instancePath:instancePath+"/expect/bodyContains",schemaPath:"#/properties/expect/properties/bodyContains/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters",schema:1024,parentSchema:schema104.properties.expect.properties.bodyContains,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(func10(data13) < 1){const err34 = {instancePath:instancePath+"/expect/bodyContains",schemaPath:"#/properties/expect/properties/bodyContains/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema104.properties.expect.properties.bodyContains,data:data13};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}}else {const err35 = {instancePath:instancePath+"/expect",schemaPath:"#/properties/expect/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.properties.expect.type,parentSchema:schema104.properties.expect,data:data10};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.retries !== undefined){let data14 = data.retries;if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){let dataType11 = typeof data14;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 === "boolean" || data14 === null
              || (dataType11 === "string" && data14 && data14 == +data14 && !(data14 % 1))){coerced11 = +data14;}else {const err36 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema104.properties.retries.type,parentSchema:schema104.properties.retries,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(coerced11 !== undefined){data14 = coerced11;if(data !== undefined){data["retries"] = coerced11;}}}if(typeof data14 == "number"){if(data14 > 20 || isNaN(data14)){const err37 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema104.properties.retries,data:data14};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data14 < 0 || isNaN(data14)){const err38 = {instancePath:instancePath+"/retries",schemaPath:"#/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema104.properties.retries,data:data14};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}if(data.backoff !== undefined){let data15 = data.backoff;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key5 in data15){if(!((key5 === "initialSeconds") || (key5 === "maxSeconds"))){const err39 = {instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema104.properties.backoff,data:data15};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data15.initialSeconds !== undefined){let data16 = data15.initialSeconds;if(!(typeof data16 == "number")){let dataType12 = typeof data16;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 == "boolean" || data16 === null
              || (dataType12 == "string" && data16 && data16 == +data16)){coerced12 = +data16;}else {const err40 = {instancePath:instancePath+"/backoff/initialSeconds",schemaPath:"#/properties/backoff/properties/initialSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema104.properties.backoff.properties.initialSeconds.type,parentSchema:schema104.properties.backoff.properties.initialSeconds,data:data16};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(coerced12 !== undefined){data16 = coerced12;if(data15 !== undefined){data15["initialSeconds"] = coerced12;}}}if(typeof data16 == "number"){if(data16 > 60 || isNaN(data16)){const err41 = {instancePath:instancePath+"/backoff/initialSeconds",schemaPath:"#/properties/backoff/properties/initialSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema104.properties.backoff.properties.initialSeconds,data:data16};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data16 < 0 || isNaN(data16)){const err42 = {instancePath:instancePath+"/backoff/initialSeconds",schemaPath:"#/properties/backoff/properties/initialSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema104.properties.backoff.properties.initialSeconds,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}if(data15.maxSeconds !== undefined){let data17 = data15.maxSeconds;if(!(typeof data17 == "number")){let dataType13 = typeof data17;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 == "boolean" || data17 === null
              || (dataType13 == "string" && data17 && data17 == +data17)){coerced13 = +data17;}else {const err43 = {instancePath:instancePath+"/backoff/maxSeconds",schemaPath:"#/properties/backoff/properties/maxSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema104.properties.backoff.properties.maxSeconds.type,parentSchema:schema104.properties.backoff.properties.maxSeconds,data:data17};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(coerced13 !== undefined){data17 = coerced13;if(data15 !== undefined){data15["maxSeconds"] = coerced13;}}}if(typeof data17 == "number"){if(data17 > 300 || isNaN(data17)){const err44 = {instancePath:instancePath+"/backoff/maxSeconds",schemaPath:"#/properties/backoff/properties/maxSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300",schema:300,parentSchema:schema104.properties.backoff.properties.maxSeconds,data:data17};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data17 < 0 || isNaN(data17)){const err45 = {instancePath:instancePath+"/backoff/maxSeconds",schemaPath:"#/properties/backoff/properties/maxSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema104.properties.backoff.properties.maxSeconds,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}}else {const err46 = {instancePath:instancePath+"/backoff",schemaPath:"#/properties/backoff/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.properties.backoff.type,parentSchema:schema104.properties.backoff,data:data15};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.timeoutSeconds !== undefined){let data18 = data.timeoutSeconds;if(!(typeof data18 == "number")){let dataType14 = typeof data18;let coerced14 = undefined;if(!(coerced14 !== undefined)){if(dataType14 == "boolean" || data18 === null
              || (dataType14 == "string" && data18 && data18 == +data18)){coerced14 = +data18;}else {const err47 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema104.properties.timeoutSeconds.type,parentSchema:schema104.properties.timeoutSeconds,data:data18};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(coerced14 !== undefined){data18 = coerced14;if(data !== undefined){data["timeoutSeconds"] = coerced14;}}}if(typeof data18 == "number"){if(data18 > 300 || isNaN(data18)){const err48 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300",schema:300,parentSchema:schema104.properties.timeoutSeconds,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data18 <= 0 || isNaN(data18)){const err49 = {instancePath:instancePath+"/timeoutSeconds",schemaPath:"#/properties/timeoutSeconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema104.properties.timeoutSeconds,data:data18};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}if(data.totalTimeoutSeconds !== undefined){let data19 = data.totalTimeoutSeconds;if(!(typeof data19 == "number")){let dataType15 = typeof data19;let coerced15 = undefined;if(!(coerced15 !== undefined)){if(dataType15 == "boolean" || data19 === null
              || (dataType15 == "string" && data19 && data19 == +data19)){coerced15 = +data19;}else {const err50 = {instancePath:instancePath+"/totalTimeoutSeconds",schemaPath:"#/properties/totalTimeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema104.properties.totalTimeoutSeconds.type,parentSchema:schema104.properties.totalTimeoutSeconds,data:data19};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(coerced15 !== undefined){data19 = coerced15;if(data !== undefined){data["totalTimeoutSeconds"] = coerced15;}}}if(typeof data19 == "number"){if(data19 > 3600 || isNaN(data19)){const err51 = {instancePath:instancePath+"/totalTimeoutSeconds",schemaPath:"#/properties/totalTimeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3600},message:"must be <= 3600",schema:3600,parentSchema:schema104.properties.totalTimeoutSeconds,data:data19};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data19 <= 0 || isNaN(data19)){const err52 = {instancePath:instancePath+"/totalTimeoutSeconds",schemaPath:"#/properties/totalTimeoutSeconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema104.properties.totalTimeoutSeconds,data:data19};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data.when !== undefined){let data20 = data.when;if(!((data20 === "changed") || (data20 === "always"))){const err53 = {instancePath:instancePath+"/when",schemaPath:"#/properties/when/enum",keyword:"enum",params:{allowedValues: schema104.properties.when.enum},message:"must be equal to one of the allowed values",schema:schema104.properties.when.enum,parentSchema:schema104.properties.when,data:data20};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema104.type,parentSchema:schema104,data};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}validate77.errors = vErrors;return errors === 0;}validate77.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const wrapper0 = {validate: validate38};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate38.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema58.required,parentSchema:schema58,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema58.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.kind !== undefined){let data1 = data.kind;if(!(((((((((((data1 === "service") || (data1 === "worker")) || (data1 === "statefulset")) || (data1 === "daemonset")) || (data1 === "job")) || (data1 === "cronjob")) || (data1 === "manifests")) || (data1 === "helm")) || (data1 === "kustomize")) || (data1 === "app")) || (data1 === "http"))){const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema58.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.kind.enum,parentSchema:schema58.properties.kind,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.enabled !== undefined){let data2 = data.enabled;if((typeof data2 !== "boolean") && (typeof data2 !== "string")){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(data2 === "false" || data2 === 0 || data2 === null){coerced1 = false;}else if(data2 === "true" || data2 === 1){coerced1 = true;}else if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err5 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: schema58.properties.enabled.type},message:"must be boolean,string",schema:schema58.properties.enabled.type,parentSchema:schema58.properties.enabled,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data !== undefined){data["enabled"] = coerced1;}}}}if(data.clusters !== undefined){let data3 = data.clusters;if(Array.isArray(data3)){const len0 = data3.length;for(let i0=0; i0<len0; i0++){let data4 = data3[i0];if(typeof data4 !== "string"){let dataType2 = typeof data4;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data4;}else if(data4 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/properties/clusters/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.clusters.items.type,parentSchema:schema58.properties.clusters.items,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data4 = coerced2;if(data3 !== undefined){data3[i0] = coerced2;}}}}}else {const err7 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.clusters.type,parentSchema:schema58.properties.clusters,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.depends !== undefined){let data5 = data.depends;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){let data6 = data5[i1];if(typeof data6 !== "string"){let dataType3 = typeof data6;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data6;}else if(data6 === null){coerced3 = "";}else {const err8 = {instancePath:instancePath+"/depends/" + i1,schemaPath:"#/properties/depends/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.depends.items.type,parentSchema:schema58.properties.depends.items,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced3 !== undefined){data6 = coerced3;if(data5 !== undefined){data5[i1] = coerced3;}}}}}else {const err9 = {instancePath:instancePath+"/depends",schemaPath:"#/properties/depends/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.depends.type,parentSchema:schema58.properties.depends,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.image !== undefined){let data7 = data.image;if(typeof data7 !== "string"){let dataType4 = typeof data7;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data7;}else if(data7 === null){coerced4 = "";}else {const err10 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.image.type,parentSchema:schema58.properties.image,data:data7};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(coerced4 !== undefined){data7 = coerced4;if(data !== undefined){data["image"] = coerced4;}}}}if(data.containerName !== undefined){let data8 = data.containerName;if(typeof data8 !== "string"){let dataType5 = typeof data8;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data8;}else if(data8 === null){coerced5 = "";}else {const err11 = {instancePath:instancePath+"/containerName",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced5 !== undefined){data8 = coerced5;if(data !== undefined){data["containerName"] = coerced5;}}}if(typeof data8 === "string"){if(!pattern4.test(data8)){const err12 = {instancePath:instancePath+"/containerName",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data8};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.imagePullPolicy !== undefined){let data9 = data.imagePullPolicy;if(!(((data9 === "Always") || (data9 === "IfNotPresent")) || (data9 === "Never"))){const err13 = {instancePath:instancePath+"/imagePullPolicy",schemaPath:"#/properties/imagePullPolicy/enum",keyword:"enum",params:{allowedValues: schema58.properties.imagePullPolicy.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.imagePullPolicy.enum,parentSchema:schema58.properties.imagePullPolicy,data:data9};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.imagePullSecrets !== undefined){let data10 = data.imagePullSecrets;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){let data11 = data10[i2];if(typeof data11 !== "string"){let dataType6 = typeof data11;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data11;}else if(data11 === null){coerced6 = "";}else {const err14 = {instancePath:instancePath+"/imagePullSecrets/" + i2,schemaPath:"#/properties/imagePullSecrets/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.imagePullSecrets.items.type,parentSchema:schema58.properties.imagePullSecrets.items,data:data11};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(coerced6 !== undefined){data11 = coerced6;if(data10 !== undefined){data10[i2] = coerced6;}}}}}else {const err15 = {instancePath:instancePath+"/imagePullSecrets",schemaPath:"#/properties/imagePullSecrets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.imagePullSecrets.type,parentSchema:schema58.properties.imagePullSecrets,data:data10};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.images !== undefined){let data12 = data.images;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key1 in data12){if(!(key1 === "pin")){const err16 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/imagePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data12.pin !== undefined){let data13 = data12.pin;if(!((data13 === "tag") || (data13 === "digest"))){const err17 = {instancePath:instancePath+"/images/pin",schemaPath:"#/$defs/imagePolicy/properties/pin/enum",keyword:"enum",params:{allowedValues: schema52.properties.pin.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.pin.enum,parentSchema:schema52.properties.pin,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/imagePolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data12};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.command !== undefined){let data14 = data.command;if(Array.isArray(data14)){const len3 = data14.length;for(let i3=0; i3<len3; i3++){let data15 = data14[i3];if(typeof data15 !== "string"){let dataType7 = typeof data15;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data15;}else if(data15 === null){coerced7 = "";}else {const err19 = {instancePath:instancePath+"/command/" + i3,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.command.items.type,parentSchema:schema58.properties.command.items,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced7 !== undefined){data15 = coerced7;if(data14 !== undefined){data14[i3] = coerced7;}}}}}else {const err20 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.command.type,parentSchema:schema58.properties.command,data:data14};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.args !== undefined){let data16 = data.args;if(Array.isArray(data16)){const len4 = data16.length;for(let i4=0; i4<len4; i4++){let data17 = data16[i4];if(typeof data17 !== "string"){let dataType8 = typeof data17;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data17;}else if(data17 === null){coerced8 = "";}else {const err21 = {instancePath:instancePath+"/args/" + i4,schemaPath:"#/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.args.items.type,parentSchema:schema58.properties.args.items,data:data17};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced8 !== undefined){data17 = coerced8;if(data16 !== undefined){data16[i4] = coerced8;}}}}}else {const err22 = {instancePath:instancePath+"/args",schemaPath:"#/properties/args/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.args.type,parentSchema:schema58.properties.args,data:data16};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.workingDir !== undefined){let data18 = data.workingDir;if(typeof data18 !== "string"){let dataType9 = typeof data18;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data18;}else if(data18 === null){coerced9 = "";}else {const err23 = {instancePath:instancePath+"/workingDir",schemaPath:"#/properties/workingDir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.workingDir.type,parentSchema:schema58.properties.workingDir,data:data18};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(coerced9 !== undefined){data18 = coerced9;if(data !== undefined){data["workingDir"] = coerced9;}}}}if(data.port !== undefined){let data19 = data.port;if(!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))){let dataType10 = typeof data19;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 === "boolean" || data19 === null
              || (dataType10 === "string" && data19 && data19 == +data19 && !(data19 % 1))){coerced10 = +data19;}else {const err24 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.port.type,parentSchema:schema58.properties.port,data:data19};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced10 !== undefined){data19 = coerced10;if(data !== undefined){data["port"] = coerced10;}}}if(typeof data19 == "number"){if(data19 > 65535 || isNaN(data19)){const err25 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema58.properties.port,data:data19};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data19 < 1 || isNaN(data19)){const err26 = {instancePath:instancePath+"/port",schemaPath:"#/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.port,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data.ports !== undefined){let data20 = data.ports;if(Array.isArray(data20)){const len5 = data20.length;for(let i5=0; i5<len5; i5++){let data21 = data20[i5];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.port === undefined){const err27 = {instancePath:instancePath+"/ports/" + i5,schemaPath:"#/$defs/port/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'",schema:schema62.required,parentSchema:schema62,data:data21};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}for(const key2 in data21){if(!((((((key2 === "name") || (key2 === "port")) || (key2 === "servicePort")) || (key2 === "protocol")) || (key2 === "nodePort")) || (key2 === "expose"))){const err28 = {instancePath:instancePath+"/ports/" + i5,schemaPath:"#/$defs/port/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data21};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data21.name !== undefined){let data22 = data21.name;if(typeof data22 !== "string"){let dataType11 = typeof data22;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data22;}else if(data22 === null){coerced11 = "";}else {const err29 = {instancePath:instancePath+"/ports/" + i5+"/name",schemaPath:"#/$defs/port/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.name.type,parentSchema:schema62.properties.name,data:data22};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(coerced11 !== undefined){data22 = coerced11;if(data21 !== undefined){data21["name"] = coerced11;}}}if(typeof data22 === "string"){if(!pattern32.test(data22)){const err30 = {instancePath:instancePath+"/ports/" + i5+"/name",schemaPath:"#/$defs/port/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$",parentSchema:schema62.properties.name,data:data22};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}if(data21.port !== undefined){let data23 = data21.port;if(!((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23)))){let dataType12 = typeof data23;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 === "boolean" || data23 === null
              || (dataType12 === "string" && data23 && data23 == +data23 && !(data23 % 1))){coerced12 = +data23;}else {const err31 = {instancePath:instancePath+"/ports/" + i5+"/port",schemaPath:"#/$defs/port/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.port.type,parentSchema:schema62.properties.port,data:data23};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(coerced12 !== undefined){data23 = coerced12;if(data21 !== undefined){data21["port"] = coerced12;}}}if(typeof data23 == "number"){if(data23 > 65535 || isNaN(data23)){const err32 = {instancePath:instancePath+"/ports/" + i5+"/port",schemaPath:"#/$defs/port/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema62.properties.port,data:data23};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if(data23 < 1 || isNaN(data23)){const err33 = {instancePath:instancePath+"/ports/" + i5+"/port",schemaPath:"#/$defs/port/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema62.properties.port,data:data23};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}if(data21.servicePort !== undefined){let data24 = data21.servicePort;if(!((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24)))){let dataType13 = typeof data24;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 === "boolean" || data24 === null
              || (dataType13 === "string" && data24 && data24 == +data24 && !(data24 % 1))){coerced13 = +data24;}else {const err34 = {instancePath:instancePath+"/ports/" + i5+"/servicePort",schemaPath:"#/$defs/port/properties/servicePort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.servicePort.type,parentSchema:schema62.properties.servicePort,data:data24};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(coerced13 !== undefined){data24 = coerced13;if(data21 !== undefined){data21["servicePort"] = coerced13;}}}if(typeof data24 == "number"){if(data24 > 65535 || isNaN(data24)){const err35 = {instancePath:instancePath+"/ports/" + i5+"/servicePort",schemaPath:"#/$defs/port/properties/servicePort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema62.properties.servicePort,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data24 < 1 || isNaN(data24)){const err36 = {instancePath:instancePath+"/ports/" + i5+"/servicePort",schemaPath:"#/$defs/port/properties/servicePort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema62.properties.servicePort,data:data24};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}if(data21.protocol !== undefined){let data25 = data21.protocol;if(!(((data25 === "TCP") || (data25 === "UDP")) || (data25 === "SCTP"))){const err37 = {instancePath:instancePath+"/ports/" + i5+"/protocol",schemaPath:"#/$defs/port/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema62.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.protocol.enum,parentSchema:schema62.properties.protocol,data:data25};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data21.nodePort !== undefined){let data26 = data21.nodePort;if(!((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26)))){let dataType14 = typeof data26;let coerced14 = undefined;if(!(coerced14 !== undefined)){if(dataType14 === "boolean" || data26 === null
              || (dataType14 === "string" && data26 && data26 == +data26 && !(data26 % 1))){coerced14 = +data26;}else {const err38 = {instancePath:instancePath+"/ports/" + i5+"/nodePort",schemaPath:"#/$defs/port/properties/nodePort/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema62.properties.nodePort.type,parentSchema:schema62.properties.nodePort,data:data26};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(coerced14 !== undefined){data26 = coerced14;if(data21 !== undefined){data21["nodePort"] = coerced14;}}}if(typeof data26 == "number"){if(data26 > 32767 || isNaN(data26)){const err39 = {instancePath:instancePath+"/ports/" + i5+"/nodePort",schemaPath:"#/$defs/port/properties/nodePort/maximum",keyword:"maximum",params:{comparison: "<=", limit: 32767},message:"must be <= 32767",schema:32767,parentSchema:schema62.properties.nodePort,data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data26 < 30000 || isNaN(data26)){const err40 = {instancePath:instancePath+"/ports/" + i5+"/nodePort",schemaPath:"#/$defs/port/properties/nodePort/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30000},message:"must be >= 30000",schema:30000,parentSchema:schema62.properties.nodePort,data:data26};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data21.expose !== undefined){let data27 = data21.expose;if(typeof data27 !== "boolean"){let coerced15 = undefined;if(!(coerced15 !== undefined)){if(data27 === "false" || data27 === 0 || data27 === null){coerced15 = false;}else if(data27 === "true" || data27 === 1){coerced15 = true;}else {const err41 = {instancePath:instancePath+"/ports/" + i5+"/expose",schemaPath:"#/$defs/port/properties/expose/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.expose.type,parentSchema:schema62.properties.expose,data:data27};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(coerced15 !== undefined){data27 = coerced15;if(data21 !== undefined){data21["expose"] = coerced15;}}}}}else {const err42 = {instancePath:instancePath+"/ports/" + i5,schemaPath:"#/$defs/port/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data21};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.ports.type,parentSchema:schema58.properties.ports,data:data20};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data.replicas !== undefined){let data28 = data.replicas;if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){let dataType16 = typeof data28;let coerced16 = undefined;if(!(coerced16 !== undefined)){if(dataType16 === "boolean" || data28 === null
              || (dataType16 === "string" && data28 && data28 == +data28 && !(data28 % 1))){coerced16 = +data28;}else {const err44 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.replicas.type,parentSchema:schema58.properties.replicas,data:data28};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(coerced16 !== undefined){data28 = coerced16;if(data !== undefined){data["replicas"] = coerced16;}}}if(typeof data28 == "number"){if(data28 < 0 || isNaN(data28)){const err45 = {instancePath:instancePath+"/replicas",schemaPath:"#/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.replicas,data:data28};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}if(data.resources !== undefined){if(!(validate22(data.resources, {instancePath:instancePath+"/resources",parentData:data,parentDataProperty:"resources",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}if(data.env !== undefined){if(!(validate27(data.env, {instancePath:instancePath+"/env",parentData:data,parentDataProperty:"env",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}if(data.envFrom !== undefined){let data31 = data.envFrom;if(Array.isArray(data31)){const len6 = data31.length;for(let i6=0; i6<len6; i6++){let data32 = data31[i6];if(data32 && typeof data32 == "object" && !Array.isArray(data32)){for(const key3 in data32){if(!(((key3 === "secret") || (key3 === "configMap")) || (key3 === "prefix"))){const err46 = {instancePath:instancePath+"/envFrom/" + i6,schemaPath:"#/$defs/envFrom/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema63.items,data:data32};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data32.secret !== undefined){let data33 = data32.secret;if(typeof data33 !== "string"){let dataType17 = typeof data33;let coerced17 = undefined;if(!(coerced17 !== undefined)){if(dataType17 == "number" || dataType17 == "boolean"){coerced17 = "" + data33;}else if(data33 === null){coerced17 = "";}else {const err47 = {instancePath:instancePath+"/envFrom/" + i6+"/secret",schemaPath:"#/$defs/envFrom/items/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.secret.type,parentSchema:schema63.items.properties.secret,data:data33};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(coerced17 !== undefined){data33 = coerced17;if(data32 !== undefined){data32["secret"] = coerced17;}}}}if(data32.configMap !== undefined){let data34 = data32.configMap;if(typeof data34 !== "string"){let dataType18 = typeof data34;let coerced18 = undefined;if(!(coerced18 !== undefined)){if(dataType18 == "number" || dataType18 == "boolean"){coerced18 = "" + data34;}else if(data34 === null){coerced18 = "";}else {const err48 = {instancePath:instancePath+"/envFrom/" + i6+"/configMap",schemaPath:"#/$defs/envFrom/items/properties/configMap/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.configMap.type,parentSchema:schema63.items.properties.configMap,data:data34};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(coerced18 !== undefined){data34 = coerced18;if(data32 !== undefined){data32["configMap"] = coerced18;}}}}if(data32.prefix !== undefined){let data35 = data32.prefix;if(typeof data35 !== "string"){let dataType19 = typeof data35;let coerced19 = undefined;if(!(coerced19 !== undefined)){if(dataType19 == "number" || dataType19 == "boolean"){coerced19 = "" + data35;}else if(data35 === null){coerced19 = "";}else {const err49 = {instancePath:instancePath+"/envFrom/" + i6+"/prefix",schemaPath:"#/$defs/envFrom/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.items.properties.prefix.type,parentSchema:schema63.items.properties.prefix,data:data35};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(coerced19 !== undefined){data35 = coerced19;if(data32 !== undefined){data32["prefix"] = coerced19;}}}}}else {const err50 = {instancePath:instancePath+"/envFrom/" + i6,schemaPath:"#/$defs/envFrom/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.items.type,parentSchema:schema63.items,data:data32};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/envFrom",schemaPath:"#/$defs/envFrom/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.type,parentSchema:schema63,data:data31};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data.config !== undefined){let data36 = data.config;if(Array.isArray(data36)){const len7 = data36.length;for(let i7=0; i7<len7; i7++){if(!(validate41(data36[i7], {instancePath:instancePath+"/config/" + i7,parentData:data36,parentDataProperty:i7,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);errors = vErrors.length;}}}else {const err52 = {instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.config.type,parentSchema:schema58.properties.config,data:data36};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data.volumes !== undefined){let data38 = data.volumes;if(Array.isArray(data38)){const len8 = data38.length;for(let i8=0; i8<len8; i8++){if(!(validate43(data38[i8], {instancePath:instancePath+"/volumes/" + i8,parentData:data38,parentDataProperty:i8,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);errors = vErrors.length;}}}else {const err53 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.volumes.type,parentSchema:schema58.properties.volumes,data:data38};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data.initContainers !== undefined){let data40 = data.initContainers;if(Array.isArray(data40)){if(data40.length > 32){const err54 = {instancePath:instancePath+"/initContainers",schemaPath:"#/properties/initContainers/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema58.properties.initContainers,data:data40};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}const len9 = data40.length;for(let i9=0; i9<len9; i9++){if(!(validate45(data40[i9], {instancePath:instancePath+"/initContainers/" + i9,parentData:data40,parentDataProperty:i9,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}}}else {const err55 = {instancePath:instancePath+"/initContainers",schemaPath:"#/properties/initContainers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.initContainers.type,parentSchema:schema58.properties.initContainers,data:data40};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.sidecars !== undefined){let data42 = data.sidecars;if(Array.isArray(data42)){if(data42.length > 32){const err56 = {instancePath:instancePath+"/sidecars",schemaPath:"#/properties/sidecars/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema58.properties.sidecars,data:data42};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}const len10 = data42.length;for(let i10=0; i10<len10; i10++){if(!(validate45(data42[i10], {instancePath:instancePath+"/sidecars/" + i10,parentData:data42,parentDataProperty:i10,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);errors = vErrors.length;}}}else {const err57 = {instancePath:instancePath+"/sidecars",schemaPath:"#/properties/sidecars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.sidecars.type,parentSchema:schema58.properties.sidecars,data:data42};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data.storage !== undefined){let data44 = data.storage;if(Array.isArray(data44)){const len11 = data44.length;for(let i11=0; i11<len11; i11++){if(!(validate63(data44[i11], {instancePath:instancePath+"/storage/" + i11,parentData:data44,parentDataProperty:i11,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);errors = vErrors.length;}}}else {const err58 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.storage.type,parentSchema:schema58.properties.storage,data:data44};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.probes !== undefined){if(!(validate48(data.probes, {instancePath:instancePath+"/probes",parentData:data,parentDataProperty:"probes",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);errors = vErrors.length;}}if(data.lifecycle !== undefined){if(!(validate54(data.lifecycle, {instancePath:instancePath+"/lifecycle",parentData:data,parentDataProperty:"lifecycle",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);errors = vErrors.length;}}if(data.service !== undefined){if(!(validate67(data.service, {instancePath:instancePath+"/service",parentData:data,parentDataProperty:"service",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);errors = vErrors.length;}}if(data.services !== undefined){let data49 = data.services;if(Array.isArray(data49)){if(data49.length > 16){const err59 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items",schema:16,parentSchema:schema58.properties.services,data:data49};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}const len12 = data49.length;for(let i12=0; i12<len12; i12++){if(!(validate69(data49[i12], {instancePath:instancePath+"/services/" + i12,parentData:data49,parentDataProperty:i12,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);errors = vErrors.length;}}}else {const err60 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.services.type,parentSchema:schema58.properties.services,data:data49};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.ingress !== undefined){if(!(validate71(data.ingress, {instancePath:instancePath+"/ingress",parentData:data,parentDataProperty:"ingress",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);errors = vErrors.length;}}if(data.rbac !== undefined){if(!(validate73(data.rbac, {instancePath:instancePath+"/rbac",parentData:data,parentDataProperty:"rbac",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);errors = vErrors.length;}}if(data.pdb !== undefined){let data53 = data.pdb;const _errs101 = errors;let valid36 = false;let passing0 = null;const _errs102 = errors;if(false !== data53){const err61 = {instancePath:instancePath+"/pdb",schemaPath:"#/$defs/pdb/oneOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema94.oneOf[0],data:data53};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}var _valid0 = _errs102 === errors;if(_valid0){valid36 = true;passing0 = 0;}const _errs103 = errors;if(data53 && typeof data53 == "object" && !Array.isArray(data53)){for(const key4 in data53){if(!((key4 === "minAvailable") || (key4 === "maxUnavailable"))){const err62 = {instancePath:instancePath+"/pdb",schemaPath:"#/$defs/pdb/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema94.oneOf[1],data:data53};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data53.minAvailable !== undefined){let data54 = data53.minAvailable;if((!((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54)))) && (typeof data54 !== "string")){let dataType20 = typeof data54;let coerced20 = undefined;if(!(coerced20 !== undefined)){if(dataType20 === "boolean" || data54 === null
              || (dataType20 === "string" && data54 && data54 == +data54 && !(data54 % 1))){coerced20 = +data54;}else if(dataType20 == "number" || dataType20 == "boolean"){coerced20 = "" + data54;}else if(data54 === null){coerced20 = "";}else {const err63 = {instancePath:instancePath+"/pdb/minAvailable",schemaPath:"#/$defs/pdb/oneOf/1/properties/minAvailable/type",keyword:"type",params:{type: schema94.oneOf[1].properties.minAvailable.type},message:"must be integer,string",schema:schema94.oneOf[1].properties.minAvailable.type,parentSchema:schema94.oneOf[1].properties.minAvailable,data:data54};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(coerced20 !== undefined){data54 = coerced20;if(data53 !== undefined){data53["minAvailable"] = coerced20;}}}}if(data53.maxUnavailable !== undefined){let data55 = data53.maxUnavailable;if((!((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55)))) && (typeof data55 !== "string")){let dataType21 = typeof data55;let coerced21 = undefined;if(!(coerced21 !== undefined)){if(dataType21 === "boolean" || data55 === null
              || (dataType21 === "string" && data55 && data55 == +data55 && !(data55 % 1))){coerced21 = +data55;}else if(dataType21 == "number" || dataType21 == "boolean"){coerced21 = "" + data55;}else if(data55 === null){coerced21 = "";}else {const err64 = {instancePath:instancePath+"/pdb/maxUnavailable",schemaPath:"#/$defs/pdb/oneOf/1/properties/maxUnavailable/type",keyword:"type",params:{type: schema94.oneOf[1].properties.maxUnavailable.type},message:"must be integer,string",schema:schema94.oneOf[1].properties.maxUnavailable.type,parentSchema:schema94.oneOf[1].properties.maxUnavailable,data:data55};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(coerced21 !== undefined){data55 = coerced21;if(data53 !== undefined){data53["maxUnavailable"] = coerced21;}}}}}else {const err65 = {instancePath:instancePath+"/pdb",schemaPath:"#/$defs/pdb/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema94.oneOf[1].type,parentSchema:schema94.oneOf[1],data:data53};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}var _valid0 = _errs103 === errors;if(_valid0 && valid36){valid36 = false;passing0 = [passing0, 1];}else {if(_valid0){valid36 = true;passing0 = 1;}}if(!valid36){const err66 = {instancePath:instancePath+"/pdb",schemaPath:"#/$defs/pdb/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema94.oneOf,parentSchema:schema94,data:data53};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}else {errors = _errs101;if(vErrors !== null){if(_errs101){vErrors.length = _errs101;}else {vErrors = null;}}}}if(data.autoscale !== undefined){let data56 = data.autoscale;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){if(data56.max === undefined){const err67 = {instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/autoscale/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema95.required,parentSchema:schema95,data:data56};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}for(const key5 in data56){if(!((((key5 === "min") || (key5 === "max")) || (key5 === "cpu")) || (key5 === "memory"))){const err68 = {instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/autoscale/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema95,data:data56};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data56.min !== undefined){let data57 = data56.min;if(!((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57)))){let dataType22 = typeof data57;let coerced22 = undefined;if(!(coerced22 !== undefined)){if(dataType22 === "boolean" || data57 === null
              || (dataType22 === "string" && data57 && data57 == +data57 && !(data57 % 1))){coerced22 = +data57;}else {const err69 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/$defs/autoscale/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema95.properties.min.type,parentSchema:schema95.properties.min,data:data57};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(coerced22 !== undefined){data57 = coerced22;if(data56 !== undefined){data56["min"] = coerced22;}}}if(typeof data57 == "number"){if(data57 < 1 || isNaN(data57)){const err70 = {instancePath:instancePath+"/autoscale/min",schemaPath:"#/$defs/autoscale/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema95.properties.min,data:data57};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}if(data56.max !== undefined){let data58 = data56.max;if(!((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58)))){let dataType23 = typeof data58;let coerced23 = undefined;if(!(coerced23 !== undefined)){if(dataType23 === "boolean" || data58 === null
              || (dataType23 === "string" && data58 && data58 == +data58 && !(data58 % 1))){coerced23 = +data58;}else {const err71 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/$defs/autoscale/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema95.properties.max.type,parentSchema:schema95.properties.max,data:data58};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(coerced23 !== undefined){data58 = coerced23;if(data56 !== undefined){data56["max"] = coerced23;}}}if(typeof data58 == "number"){if(data58 < 1 || isNaN(data58)){const err72 = {instancePath:instancePath+"/autoscale/max",schemaPath:"#/$defs/autoscale/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema95.properties.max,data:data58};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}if(data56.cpu !== undefined){let data59 = data56.cpu;if(!((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59)))){let dataType24 = typeof data59;let coerced24 = undefined;if(!(coerced24 !== undefined)){if(dataType24 === "boolean" || data59 === null
              || (dataType24 === "string" && data59 && data59 == +data59 && !(data59 % 1))){coerced24 = +data59;}else {const err73 = {instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/autoscale/properties/cpu/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema95.properties.cpu.type,parentSchema:schema95.properties.cpu,data:data59};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(coerced24 !== undefined){data59 = coerced24;if(data56 !== undefined){data56["cpu"] = coerced24;}}}if(typeof data59 == "number"){if(data59 > 1000 || isNaN(data59)){const err74 = {instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/autoscale/properties/cpu/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema95.properties.cpu,data:data59};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data59 < 1 || isNaN(data59)){const err75 = {instancePath:instancePath+"/autoscale/cpu",schemaPath:"#/$defs/autoscale/properties/cpu/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema95.properties.cpu,data:data59};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data56.memory !== undefined){let data60 = data56.memory;if(!((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60)))){let dataType25 = typeof data60;let coerced25 = undefined;if(!(coerced25 !== undefined)){if(dataType25 === "boolean" || data60 === null
              || (dataType25 === "string" && data60 && data60 == +data60 && !(data60 % 1))){coerced25 = +data60;}else {const err76 = {instancePath:instancePath+"/autoscale/memory",schemaPath:"#/$defs/autoscale/properties/memory/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema95.properties.memory.type,parentSchema:schema95.properties.memory,data:data60};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(coerced25 !== undefined){data60 = coerced25;if(data56 !== undefined){data56["memory"] = coerced25;}}}if(typeof data60 == "number"){if(data60 > 1000 || isNaN(data60)){const err77 = {instancePath:instancePath+"/autoscale/memory",schemaPath:"#/$defs/autoscale/properties/memory/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema95.properties.memory,data:data60};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}if(data60 < 1 || isNaN(data60)){const err78 = {instancePath:instancePath+"/autoscale/memory",schemaPath:"#/$defs/autoscale/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema95.properties.memory,data:data60};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}}}else {const err79 = {instancePath:instancePath+"/autoscale",schemaPath:"#/$defs/autoscale/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema95.type,parentSchema:schema95,data:data56};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data.schedule !== undefined){let data61 = data.schedule;if(typeof data61 !== "string"){let dataType26 = typeof data61;let coerced26 = undefined;if(!(coerced26 !== undefined)){if(dataType26 == "number" || dataType26 == "boolean"){coerced26 = "" + data61;}else if(data61 === null){coerced26 = "";}else {const err80 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.schedule.type,parentSchema:schema58.properties.schedule,data:data61};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(coerced26 !== undefined){data61 = coerced26;if(data !== undefined){data["schedule"] = coerced26;}}}}if(data.timeZone !== undefined){let data62 = data.timeZone;if(typeof data62 !== "string"){let dataType27 = typeof data62;let coerced27 = undefined;if(!(coerced27 !== undefined)){if(dataType27 == "number" || dataType27 == "boolean"){coerced27 = "" + data62;}else if(data62 === null){coerced27 = "";}else {const err81 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.timeZone.type,parentSchema:schema58.properties.timeZone,data:data62};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(coerced27 !== undefined){data62 = coerced27;if(data !== undefined){data["timeZone"] = coerced27;}}}}if(data.concurrencyPolicy !== undefined){let data63 = data.concurrencyPolicy;if(!(((data63 === "Allow") || (data63 === "Forbid")) || (data63 === "Replace"))){const err82 = {instancePath:instancePath+"/concurrencyPolicy",schemaPath:"#/properties/concurrencyPolicy/enum",keyword:"enum",params:{allowedValues: schema58.properties.concurrencyPolicy.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.concurrencyPolicy.enum,parentSchema:schema58.properties.concurrencyPolicy,data:data63};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data.backoffLimit !== undefined){let data64 = data.backoffLimit;if(!((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64)))){let dataType28 = typeof data64;let coerced28 = undefined;if(!(coerced28 !== undefined)){if(dataType28 === "boolean" || data64 === null
              || (dataType28 === "string" && data64 && data64 == +data64 && !(data64 % 1))){coerced28 = +data64;}else {const err83 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.backoffLimit.type,parentSchema:schema58.properties.backoffLimit,data:data64};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(coerced28 !== undefined){data64 = coerced28;if(data !== undefined){data["backoffLimit"] = coerced28;}}}if(typeof data64 == "number"){if(data64 < 0 || isNaN(data64)){const err84 = {instancePath:instancePath+"/backoffLimit",schemaPath:"#/properties/backoffLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.backoffLimit,data:data64};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}if(data.activeDeadlineSeconds !== undefined){let data65 = data.activeDeadlineSeconds;if(!((typeof data65 == "number") && (!(data65 % 1) && !isNaN(data65)))){let dataType29 = typeof data65;let coerced29 = undefined;if(!(coerced29 !== undefined)){if(dataType29 === "boolean" || data65 === null
              || (dataType29 === "string" && data65 && data65 == +data65 && !(data65 % 1))){coerced29 = +data65;}else {const err85 = {instancePath:instancePath+"/activeDeadlineSeconds",schemaPath:"#/properties/activeDeadlineSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.activeDeadlineSeconds.type,parentSchema:schema58.properties.activeDeadlineSeconds,data:data65};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(coerced29 !== undefined){data65 = coerced29;if(data !== undefined){data["activeDeadlineSeconds"] = coerced29;}}}if(typeof data65 == "number"){if(data65 < 1 || isNaN(data65)){const err86 = {instancePath:instancePath+"/activeDeadlineSeconds",schemaPath:"#/properties/activeDeadlineSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.activeDeadlineSeconds,data:data65};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}if(data.ttlSecondsAfterFinished !== undefined){let data66 = data.ttlSecondsAfterFinished;if(!((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66)))){let dataType30 = typeof data66;let coerced30 = undefined;if(!(coerced30 !== undefined)){if(dataType30 === "boolean" || data66 === null
              || (dataType30 === "string" && data66 && data66 == +data66 && !(data66 % 1))){coerced30 = +data66;}else {const err87 = {instancePath:instancePath+"/ttlSecondsAfterFinished",schemaPath:"#/properties/ttlSecondsAfterFinished/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.ttlSecondsAfterFinished.type,parentSchema:schema58.properties.ttlSecondsAfterFinished,data:data66};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(coerced30 !== undefined){data66 = coerced30;if(data !== undefined){data["ttlSecondsAfterFinished"] = coerced30;}}}if(typeof data66 == "number"){if(data66 < 0 || isNaN(data66)){const err88 = {instancePath:instancePath+"/ttlSecondsAfterFinished",schemaPath:"#/properties/ttlSecondsAfterFinished/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.ttlSecondsAfterFinished,data:data66};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}if(data.restartPolicy !== undefined){let data67 = data.restartPolicy;if(!((data67 === "OnFailure") || (data67 === "Never"))){const err89 = {instancePath:instancePath+"/restartPolicy",schemaPath:"#/properties/restartPolicy/enum",keyword:"enum",params:{allowedValues: schema58.properties.restartPolicy.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.restartPolicy.enum,parentSchema:schema58.properties.restartPolicy,data:data67};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data.updateStrategy !== undefined){let data68 = data.updateStrategy;if(!(data68 && typeof data68 == "object" && !Array.isArray(data68))){const err90 = {instancePath:instancePath+"/updateStrategy",schemaPath:"#/properties/updateStrategy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.updateStrategy.type,parentSchema:schema58.properties.updateStrategy,data:data68};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data.labels !== undefined){let data69 = data.labels;if(data69 && typeof data69 == "object" && !Array.isArray(data69)){for(const key6 in data69){let data70 = data69[key6];if(typeof data70 !== "string"){let dataType31 = typeof data70;let coerced31 = undefined;if(!(coerced31 !== undefined)){if(dataType31 == "number" || dataType31 == "boolean"){coerced31 = "" + data70;}else if(data70 === null){coerced31 = "";}else {const err91 = {instancePath:instancePath+"/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data70};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}if(coerced31 !== undefined){data70 = coerced31;if(data69 !== undefined){data69[key6] = coerced31;}}}}}else {const err92 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data69};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data.annotations !== undefined){let data71 = data.annotations;if(data71 && typeof data71 == "object" && !Array.isArray(data71)){for(const key7 in data71){let data72 = data71[key7];if(typeof data72 !== "string"){let dataType32 = typeof data72;let coerced32 = undefined;if(!(coerced32 !== undefined)){if(dataType32 == "number" || dataType32 == "boolean"){coerced32 = "" + data72;}else if(data72 === null){coerced32 = "";}else {const err93 = {instancePath:instancePath+"/annotations/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data72};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(coerced32 !== undefined){data72 = coerced32;if(data71 !== undefined){data71[key7] = coerced32;}}}}}else {const err94 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data71};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data.podLabels !== undefined){let data73 = data.podLabels;if(data73 && typeof data73 == "object" && !Array.isArray(data73)){for(const key8 in data73){let data74 = data73[key8];if(typeof data74 !== "string"){let dataType33 = typeof data74;let coerced33 = undefined;if(!(coerced33 !== undefined)){if(dataType33 == "number" || dataType33 == "boolean"){coerced33 = "" + data74;}else if(data74 === null){coerced33 = "";}else {const err95 = {instancePath:instancePath+"/podLabels/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data74};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(coerced33 !== undefined){data74 = coerced33;if(data73 !== undefined){data73[key8] = coerced33;}}}}}else {const err96 = {instancePath:instancePath+"/podLabels",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data73};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data.podAnnotations !== undefined){let data75 = data.podAnnotations;if(data75 && typeof data75 == "object" && !Array.isArray(data75)){for(const key9 in data75){let data76 = data75[key9];if(typeof data76 !== "string"){let dataType34 = typeof data76;let coerced34 = undefined;if(!(coerced34 !== undefined)){if(dataType34 == "number" || dataType34 == "boolean"){coerced34 = "" + data76;}else if(data76 === null){coerced34 = "";}else {const err97 = {instancePath:instancePath+"/podAnnotations/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data76};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(coerced34 !== undefined){data76 = coerced34;if(data75 !== undefined){data75[key9] = coerced34;}}}}}else {const err98 = {instancePath:instancePath+"/podAnnotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data75};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data.nodeSelector !== undefined){let data77 = data.nodeSelector;if(data77 && typeof data77 == "object" && !Array.isArray(data77)){for(const key10 in data77){let data78 = data77[key10];if(typeof data78 !== "string"){let dataType35 = typeof data78;let coerced35 = undefined;if(!(coerced35 !== undefined)){if(dataType35 == "number" || dataType35 == "boolean"){coerced35 = "" + data78;}else if(data78 === null){coerced35 = "";}else {const err99 = {instancePath:instancePath+"/nodeSelector/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data78};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(coerced35 !== undefined){data78 = coerced35;if(data77 !== undefined){data77[key10] = coerced35;}}}}}else {const err100 = {instancePath:instancePath+"/nodeSelector",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data77};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data.tolerations !== undefined){let data79 = data.tolerations;if(Array.isArray(data79)){const len13 = data79.length;for(let i13=0; i13<len13; i13++){let data80 = data79[i13];if(!(data80 && typeof data80 == "object" && !Array.isArray(data80))){const err101 = {instancePath:instancePath+"/tolerations/" + i13,schemaPath:"#/properties/tolerations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.tolerations.items.type,parentSchema:schema58.properties.tolerations.items,data:data80};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}}else {const err102 = {instancePath:instancePath+"/tolerations",schemaPath:"#/properties/tolerations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.tolerations.type,parentSchema:schema58.properties.tolerations,data:data79};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data.nodeAffinity !== undefined){let data81 = data.nodeAffinity;if(!(data81 && typeof data81 == "object" && !Array.isArray(data81))){const err103 = {instancePath:instancePath+"/nodeAffinity",schemaPath:"#/properties/nodeAffinity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.nodeAffinity.type,parentSchema:schema58.properties.nodeAffinity,data:data81};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data.topologySpread !== undefined){let data82 = data.topologySpread;if(typeof data82 !== "boolean"){let coerced36 = undefined;if(!(coerced36 !== undefined)){if(data82 === "false" || data82 === 0 || data82 === null){coerced36 = false;}else if(data82 === "true" || data82 === 1){coerced36 = true;}else {const err104 = {instancePath:instancePath+"/topologySpread",schemaPath:"#/properties/topologySpread/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.topologySpread.type,parentSchema:schema58.properties.topologySpread,data:data82};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(coerced36 !== undefined){data82 = coerced36;if(data !== undefined){data["topologySpread"] = coerced36;}}}}if(data.priorityClassName !== undefined){let data83 = data.priorityClassName;if(typeof data83 !== "string"){let dataType37 = typeof data83;let coerced37 = undefined;if(!(coerced37 !== undefined)){if(dataType37 == "number" || dataType37 == "boolean"){coerced37 = "" + data83;}else if(data83 === null){coerced37 = "";}else {const err105 = {instancePath:instancePath+"/priorityClassName",schemaPath:"#/properties/priorityClassName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.priorityClassName.type,parentSchema:schema58.properties.priorityClassName,data:data83};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(coerced37 !== undefined){data83 = coerced37;if(data !== undefined){data["priorityClassName"] = coerced37;}}}}if(data.readOnlyRootFilesystem !== undefined){let data84 = data.readOnlyRootFilesystem;if(typeof data84 !== "boolean"){let coerced38 = undefined;if(!(coerced38 !== undefined)){if(data84 === "false" || data84 === 0 || data84 === null){coerced38 = false;}else if(data84 === "true" || data84 === 1){coerced38 = true;}else {const err106 = {instancePath:instancePath+"/readOnlyRootFilesystem",schemaPath:"#/properties/readOnlyRootFilesystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.readOnlyRootFilesystem.type,parentSchema:schema58.properties.readOnlyRootFilesystem,data:data84};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(coerced38 !== undefined){data84 = coerced38;if(data !== undefined){data["readOnlyRootFilesystem"] = coerced38;}}}}if(data.runAsUser !== undefined){let data85 = data.runAsUser;if(!((typeof data85 == "number") && (!(data85 % 1) && !isNaN(data85)))){let dataType39 = typeof data85;let coerced39 = undefined;if(!(coerced39 !== undefined)){if(dataType39 === "boolean" || data85 === null
              || (dataType39 === "string" && data85 && data85 == +data85 && !(data85 % 1))){coerced39 = +data85;}else {const err107 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.runAsUser.type,parentSchema:schema58.properties.runAsUser,data:data85};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(coerced39 !== undefined){data85 = coerced39;if(data !== undefined){data["runAsUser"] = coerced39;}}}if(typeof data85 == "number"){if(data85 < 1 || isNaN(data85)){const err108 = {instancePath:instancePath+"/runAsUser",schemaPath:"#/properties/runAsUser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.properties.runAsUser,data:data85};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}}if(data.runAsGroup !== undefined){let data86 = data.runAsGroup;if(!((typeof data86 == "number") && (!(data86 % 1) && !isNaN(data86)))){let dataType40 = typeof data86;let coerced40 = undefined;if(!(coerced40 !== undefined)){if(dataType40 === "boolean" || data86 === null
              || (dataType40 === "string" && data86 && data86 == +data86 && !(data86 % 1))){coerced40 = +data86;}else {const err109 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.runAsGroup.type,parentSchema:schema58.properties.runAsGroup,data:data86};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(coerced40 !== undefined){data86 = coerced40;if(data !== undefined){data["runAsGroup"] = coerced40;}}}if(typeof data86 == "number"){if(data86 < 0 || isNaN(data86)){const err110 = {instancePath:instancePath+"/runAsGroup",schemaPath:"#/properties/runAsGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.runAsGroup,data:data86};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}}if(data.fsGroup !== undefined){let data87 = data.fsGroup;if(!((typeof data87 == "number") && (!(data87 % 1) && !isNaN(data87)))){let dataType41 = typeof data87;let coerced41 = undefined;if(!(coerced41 !== undefined)){if(dataType41 === "boolean" || data87 === null
              || (dataType41 === "string" && data87 && data87 == +data87 && !(data87 % 1))){coerced41 = +data87;}else {const err111 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.fsGroup.type,parentSchema:schema58.properties.fsGroup,data:data87};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(coerced41 !== undefined){data87 = coerced41;if(data !== undefined){data["fsGroup"] = coerced41;}}}if(typeof data87 == "number"){if(data87 < 0 || isNaN(data87)){const err112 = {instancePath:instancePath+"/fsGroup",schemaPath:"#/properties/fsGroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.fsGroup,data:data87};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}if(data.terminationGracePeriodSeconds !== undefined){let data88 = data.terminationGracePeriodSeconds;if(!((typeof data88 == "number") && (!(data88 % 1) && !isNaN(data88)))){let dataType42 = typeof data88;let coerced42 = undefined;if(!(coerced42 !== undefined)){if(dataType42 === "boolean" || data88 === null
              || (dataType42 === "string" && data88 && data88 == +data88 && !(data88 % 1))){coerced42 = +data88;}else {const err113 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.terminationGracePeriodSeconds.type,parentSchema:schema58.properties.terminationGracePeriodSeconds,data:data88};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(coerced42 !== undefined){data88 = coerced42;if(data !== undefined){data["terminationGracePeriodSeconds"] = coerced42;}}}if(typeof data88 == "number"){if(data88 < 0 || isNaN(data88)){const err114 = {instancePath:instancePath+"/terminationGracePeriodSeconds",schemaPath:"#/properties/terminationGracePeriodSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.terminationGracePeriodSeconds,data:data88};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}}if(data.revisionHistoryLimit !== undefined){let data89 = data.revisionHistoryLimit;if(!((typeof data89 == "number") && (!(data89 % 1) && !isNaN(data89)))){let dataType43 = typeof data89;let coerced43 = undefined;if(!(coerced43 !== undefined)){if(dataType43 === "boolean" || data89 === null
              || (dataType43 === "string" && data89 && data89 == +data89 && !(data89 % 1))){coerced43 = +data89;}else {const err115 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.properties.revisionHistoryLimit.type,parentSchema:schema58.properties.revisionHistoryLimit,data:data89};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}if(coerced43 !== undefined){data89 = coerced43;if(data !== undefined){data["revisionHistoryLimit"] = coerced43;}}}if(typeof data89 == "number"){if(data89 < 0 || isNaN(data89)){const err116 = {instancePath:instancePath+"/revisionHistoryLimit",schemaPath:"#/properties/revisionHistoryLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema58.properties.revisionHistoryLimit,data:data89};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}if(data.replaceOnImmutable !== undefined){let data90 = data.replaceOnImmutable;if(typeof data90 !== "boolean"){let coerced44 = undefined;if(!(coerced44 !== undefined)){if(data90 === "false" || data90 === 0 || data90 === null){coerced44 = false;}else if(data90 === "true" || data90 === 1){coerced44 = true;}else {const err117 = {instancePath:instancePath+"/replaceOnImmutable",schemaPath:"#/properties/replaceOnImmutable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.replaceOnImmutable.type,parentSchema:schema58.properties.replaceOnImmutable,data:data90};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(coerced44 !== undefined){data90 = coerced44;if(data !== undefined){data["replaceOnImmutable"] = coerced44;}}}}if(data.files !== undefined){let data91 = data.files;if(Array.isArray(data91)){const len14 = data91.length;for(let i14=0; i14<len14; i14++){let data92 = data91[i14];if(typeof data92 !== "string"){let dataType45 = typeof data92;let coerced45 = undefined;if(!(coerced45 !== undefined)){if(dataType45 == "number" || dataType45 == "boolean"){coerced45 = "" + data92;}else if(data92 === null){coerced45 = "";}else {const err118 = {instancePath:instancePath+"/files/" + i14,schemaPath:"#/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.files.items.type,parentSchema:schema58.properties.files.items,data:data92};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}if(coerced45 !== undefined){data92 = coerced45;if(data91 !== undefined){data91[i14] = coerced45;}}}}}else {const err119 = {instancePath:instancePath+"/files",schemaPath:"#/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.files.type,parentSchema:schema58.properties.files,data:data91};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}if(data.helm !== undefined){if(!(validate75(data.helm, {instancePath:instancePath+"/helm",parentData:data,parentDataProperty:"helm",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);errors = vErrors.length;}}if(data.kustomize !== undefined){let data94 = data.kustomize;if(data94 && typeof data94 == "object" && !Array.isArray(data94)){if(data94.path === undefined){const err120 = {instancePath:instancePath+"/kustomize",schemaPath:"#/$defs/kustomization/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema103.required,parentSchema:schema103,data:data94};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}for(const key11 in data94){if(!(key11 === "path")){const err121 = {instancePath:instancePath+"/kustomize",schemaPath:"#/$defs/kustomization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data:data94};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data94.path !== undefined){let data95 = data94.path;if(typeof data95 !== "string"){let dataType46 = typeof data95;let coerced46 = undefined;if(!(coerced46 !== undefined)){if(dataType46 == "number" || dataType46 == "boolean"){coerced46 = "" + data95;}else if(data95 === null){coerced46 = "";}else {const err122 = {instancePath:instancePath+"/kustomize/path",schemaPath:"#/$defs/kustomization/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.path.type,parentSchema:schema103.properties.path,data:data95};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(coerced46 !== undefined){data95 = coerced46;if(data94 !== undefined){data94["path"] = coerced46;}}}if(typeof data95 === "string"){if(!pattern50.test(data95)){const err123 = {instancePath:instancePath+"/kustomize/path",schemaPath:"#/$defs/kustomization/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema103.properties.path,data:data95};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}}}else {const err124 = {instancePath:instancePath+"/kustomize",schemaPath:"#/$defs/kustomization/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data:data94};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data.http !== undefined){if(!(validate77(data.http, {instancePath:instancePath+"/http",parentData:data,parentDataProperty:"http",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);errors = vErrors.length;}}if(data.patches !== undefined){let data97 = data.patches;if(Array.isArray(data97)){const len15 = data97.length;for(let i15=0; i15<len15; i15++){let data98 = data97[i15];if(data98 && typeof data98 == "object" && !Array.isArray(data98)){if(data98.patch === undefined){const err125 = {instancePath:instancePath+"/patches/" + i15,schemaPath:"#/$defs/patch/required",keyword:"required",params:{missingProperty: "patch"},message:"must have required property '"+"patch"+"'",schema:schema106.required,parentSchema:schema106,data:data98};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}for(const key12 in data98){if(!(((key12 === "target") || (key12 === "type")) || (key12 === "patch"))){const err126 = {instancePath:instancePath+"/patches/" + i15,schemaPath:"#/$defs/patch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema106,data:data98};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data98.target !== undefined){let data99 = data98.target;if(data99 && typeof data99 == "object" && !Array.isArray(data99)){for(const key13 in data99){if(!((key13 === "kind") || (key13 === "name"))){const err127 = {instancePath:instancePath+"/patches/" + i15+"/target",schemaPath:"#/$defs/patch/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema106.properties.target,data:data99};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}if(data99.kind !== undefined){let data100 = data99.kind;if(typeof data100 !== "string"){let dataType47 = typeof data100;let coerced47 = undefined;if(!(coerced47 !== undefined)){if(dataType47 == "number" || dataType47 == "boolean"){coerced47 = "" + data100;}else if(data100 === null){coerced47 = "";}else {const err128 = {instancePath:instancePath+"/patches/" + i15+"/target/kind",schemaPath:"#/$defs/patch/properties/target/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.target.properties.kind.type,parentSchema:schema106.properties.target.properties.kind,data:data100};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}if(coerced47 !== undefined){data100 = coerced47;if(data99 !== undefined){data99["kind"] = coerced47;}}}}if(data99.name !== undefined){let data101 = data99.name;if(typeof data101 !== "string"){let dataType48 = typeof data101;let coerced48 = undefined;if(!(coerced48 !== undefined)){if(dataType48 == "number" || dataType48 == "boolean"){coerced48 = "" + data101;}else if(data101 === null){coerced48 = "";}else {const err129 = {instancePath:instancePath+"/patches/" + i15+"/target/name",schemaPath:"#/$defs/patch/properties/target/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema106.properties.target.properties.name.type,parentSchema:schema106.properties.target.properties.name,data:data101};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(coerced48 !== undefined){data101 = coerced48;if(data99 !== undefined){data99["name"] = coerced48;}}}}}else {const err130 = {instancePath:instancePath+"/patches/" + i15+"/target",schemaPath:"#/$defs/patch/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.properties.target.type,parentSchema:schema106.properties.target,data:data99};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data98.type !== undefined){let data102 = data98.type;if(!((data102 === "merge") || (data102 === "json"))){const err131 = {instancePath:instancePath+"/patches/" + i15+"/type",schemaPath:"#/$defs/patch/properties/type/enum",keyword:"enum",params:{allowedValues: schema106.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema106.properties.type.enum,parentSchema:schema106.properties.type,data:data102};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data98.patch !== undefined){let data103 = data98.patch;if(!data103 || typeof data103 != "object"){const err132 = {instancePath:instancePath+"/patches/" + i15+"/patch",schemaPath:"#/$defs/patch/properties/patch/type",keyword:"type",params:{type: schema106.properties.patch.type},message:"must be object,array",schema:schema106.properties.patch.type,parentSchema:schema106.properties.patch,data:data103};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}}else {const err133 = {instancePath:instancePath+"/patches/" + i15,schemaPath:"#/$defs/patch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema106.type,parentSchema:schema106,data:data98};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}}else {const err134 = {instancePath:instancePath+"/patches",schemaPath:"#/properties/patches/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.patches.type,parentSchema:schema58.properties.patches,data:data97};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data.networkPolicy !== undefined){let data104 = data.networkPolicy;if(typeof data104 !== "boolean"){let coerced49 = undefined;if(!(coerced49 !== undefined)){if(data104 === "false" || data104 === 0 || data104 === null){coerced49 = false;}else if(data104 === "true" || data104 === 1){coerced49 = true;}else {const err135 = {instancePath:instancePath+"/networkPolicy",schemaPath:"#/properties/networkPolicy/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.networkPolicy.type,parentSchema:schema58.properties.networkPolicy,data:data104};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}if(coerced49 !== undefined){data104 = coerced49;if(data !== undefined){data["networkPolicy"] = coerced49;}}}}if(data.components !== undefined){let data105 = data.components;if(Array.isArray(data105)){if(data105.length < 1){const err136 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema58.properties.components,data:data105};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}const len16 = data105.length;for(let i16=0; i16<len16; i16++){if(!(wrapper0.validate(data105[i16], {instancePath:instancePath+"/components/" + i16,parentData:data105,parentDataProperty:i16,rootData,dynamicAnchors}))){vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);errors = vErrors.length;}}}else {const err137 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.components.type,parentSchema:schema58.properties.components,data:data105};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data.strategy !== undefined){if(!(validate29(data.strategy, {instancePath:instancePath+"/strategy",parentData:data,parentDataProperty:"strategy",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err138 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}validate38.errors = vErrors;return errors === 0;}validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema107 = {"type":"object","description":"A deployment target. Give exactly one of eks, doks, lke, aks, gke, kubeconfig.","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/dnsLabel","description":"Cluster name used in reports and --cluster."},"enabled":{"type":["boolean","string"],"description":"false leaves the cluster out."},"namespace":{"type":"string","description":"Namespace override for this cluster."},"environment":{"type":"string","description":"GitHub environment name for Deployments. Default: the cluster name."},"url":{"type":"string","description":"Environment URL shown in reports."},"variables":{"$ref":"#/$defs/variables","description":"Variable values for this cluster."},"profile":{"$ref":"#/$defs/providerProfile","description":"Overrides of the provider profile."},"components":{"type":"object","description":"Per-component overrides for this cluster (any component field), e.g. {web: {replicas: 4}}.","additionalProperties":{"type":"object"}},"eks":{"type":"object","additionalProperties":false,"required":["region","cluster"],"description":"Amazon EKS through GitHub OIDC (roleArn) or AWS credentials in the environment.","properties":{"region":{"type":"string","description":"AWS region."},"cluster":{"type":"string","description":"EKS cluster name."},"roleArn":{"type":"string","description":"IAM role assumed with the GitHub OIDC token."},"roleSessionName":{"type":"string","description":"Role session name. Default k8deployer-<run id>."},"audience":{"type":"string","description":"OIDC audience. Default sts.amazonaws.com."},"durationSeconds":{"type":"integer","minimum":900,"description":"Role session length."}}},"doks":{"type":"object","additionalProperties":false,"required":["cluster"],"description":"DigitalOcean Kubernetes with an API token.","properties":{"cluster":{"type":"string","description":"Cluster name."},"tokenEnv":{"type":"string","description":"Environment variable holding the API token. Default DIGITALOCEAN_ACCESS_TOKEN."},"expirySeconds":{"type":"integer","minimum":60,"description":"Lifetime of the issued credentials. Default 3600."}}},"lke":{"type":"object","additionalProperties":false,"required":["cluster"],"description":"Linode Kubernetes Engine with an API token.","properties":{"cluster":{"type":"string","description":"Cluster label."},"tokenEnv":{"type":"string","description":"Environment variable holding the API token. Default LINODE_TOKEN."}}},"aks":{"type":"object","additionalProperties":false,"required":["subscriptionId","resourceGroup","cluster","tenantId","clientId"],"description":"Azure Kubernetes Service through a GitHub OIDC federated credential or a client secret.","properties":{"subscriptionId":{"type":"string","description":"Subscription id."},"resourceGroup":{"type":"string","description":"Resource group."},"cluster":{"type":"string","description":"Managed cluster name."},"tenantId":{"type":"string","description":"Entra tenant id."},"clientId":{"type":"string","description":"App registration / managed identity client id."},"clientSecretEnv":{"type":"string","description":"Environment variable with a client secret (instead of OIDC)."},"admin":{"type":"boolean","description":"Use local admin credentials (only when local accounts are enabled)."}}},"gke":{"type":"object","additionalProperties":false,"required":["project","location","cluster","workloadIdentityProvider"],"description":"Google Kubernetes Engine through Workload Identity Federation.","properties":{"project":{"type":"string","description":"Project id."},"location":{"type":"string","description":"Region or zone."},"cluster":{"type":"string","description":"Cluster name."},"workloadIdentityProvider":{"type":"string","description":"projects/<n>/locations/global/workloadIdentityPools/<pool>/providers/<provider>."},"serviceAccount":{"type":"string","description":"Service account to impersonate."},"useDnsEndpoint":{"type":"boolean","description":"Connect through the cluster's DNS endpoint (*.gke.goog) instead of its IP endpoint."}}},"kubeconfig":{"type":"object","additionalProperties":false,"description":"Any cluster: a kubeconfig (from an environment variable or a file), or server + token + CA.","properties":{"kubeconfigEnv":{"type":"string","description":"Environment variable holding kubeconfig YAML (plain or base64)."},"path":{"type":"string","description":"Kubeconfig file, relative to the spec file; must be inside the repository (a kubeconfig from elsewhere goes in kubeconfigEnv)."},"context":{"type":"string","description":"Context to use. Default: the current context."},"server":{"type":"string","description":"API server URL (with tokenEnv or client certificate)."},"tokenEnv":{"type":"string","description":"Environment variable holding a bearer token."},"certificateAuthority":{"type":"string","description":"CA certificate: PEM, base64 PEM, or a file path (relative to the spec file, inside the repository)."},"clientCertificateEnv":{"type":"string","description":"Environment variable holding a client certificate (PEM)."},"clientKeyEnv":{"type":"string","description":"Environment variable holding the client key (PEM)."},"tlsServerName":{"type":"string","description":"Server name to verify in the TLS certificate."},"insecureSkipTlsVerify":{"type":"boolean","description":"Skip TLS verification (never in production)."}}}}};const schema110 = {"type":"object","description":"What differs per provider; defaults come from the provider, any field can be overridden per cluster.","additionalProperties":false,"properties":{"storageClass":{"type":"string","description":"Storage class for stateful storage."},"ingressClass":{"type":"string","description":"Ingress class name."},"loadBalancerAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on LoadBalancer services."},"ingressAnnotations":{"$ref":"#/$defs/stringMap","description":"Annotations on every Ingress."},"trafficSplit":{"enum":["replicas","nginx","gateway"],"description":"How a canary splits traffic on this cluster when its strategy does not say (see canaryStrategy.traffic). Default replicas."}}};function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate82.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((key0 === "storageClass") || (key0 === "ingressClass")) || (key0 === "loadBalancerAnnotations")) || (key0 === "ingressAnnotations")) || (key0 === "trafficSplit"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema110,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.storageClass !== undefined){let data0 = data.storageClass;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/storageClass",schemaPath:"#/properties/storageClass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.storageClass.type,parentSchema:schema110.properties.storageClass,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["storageClass"] = coerced0;}}}}if(data.ingressClass !== undefined){let data1 = data.ingressClass;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err2 = {instancePath:instancePath+"/ingressClass",schemaPath:"#/properties/ingressClass/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema110.properties.ingressClass.type,parentSchema:schema110.properties.ingressClass,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["ingressClass"] = coerced1;}}}}if(data.loadBalancerAnnotations !== undefined){let data2 = data.loadBalancerAnnotations;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){let data3 = data2[key1];if(typeof data3 !== "string"){let dataType2 = typeof data3;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data3;}else if(data3 === null){coerced2 = "";}else {const err3 = {instancePath:instancePath+"/loadBalancerAnnotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data3};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced2 !== undefined){data3 = coerced2;if(data2 !== undefined){data2[key1] = coerced2;}}}}}else {const err4 = {instancePath:instancePath+"/loadBalancerAnnotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.ingressAnnotations !== undefined){let data4 = data.ingressAnnotations;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key2 in data4){let data5 = data4[key2];if(typeof data5 !== "string"){let dataType3 = typeof data5;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data5;}else if(data5 === null){coerced3 = "";}else {const err5 = {instancePath:instancePath+"/ingressAnnotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data5};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced3 !== undefined){data5 = coerced3;if(data4 !== undefined){data4[key2] = coerced3;}}}}}else {const err6 = {instancePath:instancePath+"/ingressAnnotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.trafficSplit !== undefined){let data6 = data.trafficSplit;if(!(((data6 === "replicas") || (data6 === "nginx")) || (data6 === "gateway"))){const err7 = {instancePath:instancePath+"/trafficSplit",schemaPath:"#/properties/trafficSplit/enum",keyword:"enum",params:{allowedValues: schema110.properties.trafficSplit.enum},message:"must be equal to one of the allowed values",schema:schema110.properties.trafficSplit.enum,parentSchema:schema110.properties.trafficSplit,data:data6};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema110.type,parentSchema:schema110,data};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate82.errors = vErrors;return errors === 0;}validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate81.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema107.required,parentSchema:schema107,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(func1.call(schema107.properties, key0))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){let data0 = data.name;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["name"] = coerced0;}}}if(typeof data0 === "string"){if(!pattern4.test(data0)){const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.enabled !== undefined){let data1 = data.enabled;if((typeof data1 !== "boolean") && (typeof data1 !== "string")){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(data1 === "false" || data1 === 0 || data1 === null){coerced1 = false;}else if(data1 === "true" || data1 === 1){coerced1 = true;}else if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: schema107.properties.enabled.type},message:"must be boolean,string",schema:schema107.properties.enabled.type,parentSchema:schema107.properties.enabled,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["enabled"] = coerced1;}}}}if(data.namespace !== undefined){let data2 = data.namespace;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err5 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.namespace.type,parentSchema:schema107.properties.namespace,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["namespace"] = coerced2;}}}}if(data.environment !== undefined){let data3 = data.environment;if(typeof data3 !== "string"){let dataType3 = typeof data3;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data3;}else if(data3 === null){coerced3 = "";}else {const err6 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.environment.type,parentSchema:schema107.properties.environment,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["environment"] = coerced3;}}}}if(data.url !== undefined){let data4 = data.url;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err7 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.url.type,parentSchema:schema107.properties.url,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["url"] = coerced4;}}}}if(data.variables !== undefined){let data5 = data.variables;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){let data6 = data5[key1];if(((typeof data6 !== "string") && (!(typeof data6 == "number"))) && (typeof data6 !== "boolean")){let dataType5 = typeof data6;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data6;}else if(data6 === null){coerced5 = "";}else if(dataType5 == "boolean" || data6 === null
              || (dataType5 == "string" && data6 && data6 == +data6)){coerced5 = +data6;}else if(data6 === "false" || data6 === 0 || data6 === null){coerced5 = false;}else if(data6 === "true" || data6 === 1){coerced5 = true;}else {const err8 = {instancePath:instancePath+"/variables/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variables/additionalProperties/type",keyword:"type",params:{type: schema35.additionalProperties.type},message:"must be string,number,boolean",schema:schema35.additionalProperties.type,parentSchema:schema35.additionalProperties,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced5 !== undefined){data6 = coerced5;if(data5 !== undefined){data5[key1] = coerced5;}}}}}else {const err9 = {instancePath:instancePath+"/variables",schemaPath:"#/$defs/variables/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.profile !== undefined){if(!(validate82(data.profile, {instancePath:instancePath+"/profile",parentData:data,parentDataProperty:"profile",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);errors = vErrors.length;}}if(data.components !== undefined){let data8 = data.components;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key2 in data8){let data9 = data8[key2];if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){const err10 = {instancePath:instancePath+"/components/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/components/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.components.additionalProperties.type,parentSchema:schema107.properties.components.additionalProperties,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.components.type,parentSchema:schema107.properties.components,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.eks !== undefined){let data10 = data.eks;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){if(data10.region === undefined){const err12 = {instancePath:instancePath+"/eks",schemaPath:"#/properties/eks/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema107.properties.eks.required,parentSchema:schema107.properties.eks,data:data10};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data10.cluster === undefined){const err13 = {instancePath:instancePath+"/eks",schemaPath:"#/properties/eks/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'",schema:schema107.properties.eks.required,parentSchema:schema107.properties.eks,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key3 in data10){if(!((((((key3 === "region") || (key3 === "cluster")) || (key3 === "roleArn")) || (key3 === "roleSessionName")) || (key3 === "audience")) || (key3 === "durationSeconds"))){const err14 = {instancePath:instancePath+"/eks",schemaPath:"#/properties/eks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.eks,data:data10};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data10.region !== undefined){let data11 = data10.region;if(typeof data11 !== "string"){let dataType6 = typeof data11;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data11;}else if(data11 === null){coerced6 = "";}else {const err15 = {instancePath:instancePath+"/eks/region",schemaPath:"#/properties/eks/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.eks.properties.region.type,parentSchema:schema107.properties.eks.properties.region,data:data11};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data11 = coerced6;if(data10 !== undefined){data10["region"] = coerced6;}}}}if(data10.cluster !== undefined){let data12 = data10.cluster;if(typeof data12 !== "string"){let dataType7 = typeof data12;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data12;}else if(data12 === null){coerced7 = "";}else {const err16 = {instancePath:instancePath+"/eks/cluster",schemaPath:"#/properties/eks/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.eks.properties.cluster.type,parentSchema:schema107.properties.eks.properties.cluster,data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(coerced7 !== undefined){data12 = coerced7;if(data10 !== undefined){data10["cluster"] = coerced7;}}}}if(data10.roleArn !== undefined){let data13 = data10.roleArn;if(typeof data13 !== "string"){let dataType8 = typeof data13;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data13;}else if(data13 === null){coerced8 = "";}else {const err17 = {instancePath:instancePath+"/eks/roleArn",schemaPath:"#/properties/eks/properties/roleArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.eks.properties.roleArn.type,parentSchema:schema107.properties.eks.properties.roleArn,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced8 !== undefined){data13 = coerced8;if(data10 !== undefined){data10["roleArn"] = coerced8;}}}}if(data10.roleSessionName !== undefined){let data14 = data10.roleSessionName;if(typeof data14 !== "string"){let dataType9 = typeof data14;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data14;}else if(data14 === null){coerced9 = "";}else {const err18 = {instancePath:instancePath+"/eks/roleSessionName",schemaPath:"#/properties/eks/properties/roleSessionName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.eks.properties.roleSessionName.type,parentSchema:schema107.properties.eks.properties.roleSessionName,data:data14};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(coerced9 !== undefined){data14 = coerced9;if(data10 !== undefined){data10["roleSessionName"] = coerced9;}}}}if(data10.audience !== undefined){let data15 = data10.audience;if(typeof data15 !== "string"){let dataType10 = typeof data15;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data15;}else if(data15 === null){coerced10 = "";}else {const err19 = {instancePath:instancePath+"/eks/audience",schemaPath:"#/properties/eks/properties/audience/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.eks.properties.audience.type,parentSchema:schema107.properties.eks.properties.audience,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced10 !== undefined){data15 = coerced10;if(data10 !== undefined){data10["audience"] = coerced10;}}}}if(data10.durationSeconds !== undefined){let data16 = data10.durationSeconds;if(!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))){let dataType11 = typeof data16;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 === "boolean" || data16 === null
              || (dataType11 === "string" && data16 && data16 == +data16 && !(data16 % 1))){coerced11 = +data16;}else {const err20 = {instancePath:instancePath+"/eks/durationSeconds",schemaPath:"#/properties/eks/properties/durationSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema107.properties.eks.properties.durationSeconds.type,parentSchema:schema107.properties.eks.properties.durationSeconds,data:data16};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(coerced11 !== undefined){data16 = coerced11;if(data10 !== undefined){data10["durationSeconds"] = coerced11;}}}if(typeof data16 == "number"){if(data16 < 900 || isNaN(data16)){const err21 = {instancePath:instancePath+"/eks/durationSeconds",schemaPath:"#/properties/eks/properties/durationSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 900},message:"must be >= 900",schema:900,parentSchema:schema107.properties.eks.properties.durationSeconds,data:data16};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}else {const err22 = {instancePath:instancePath+"/eks",schemaPath:"#/properties/eks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.eks.type,parentSchema:schema107.properties.eks,data:data10};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.doks !== undefined){let data17 = data.doks;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.cluster === undefined){const err23 = {instancePath:instancePath+"/doks",schemaPath:"#/properties/doks/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'",schema:schema107.properties.doks.required,parentSchema:schema107.properties.doks,data:data17};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}for(const key4 in data17){if(!(((key4 === "cluster") || (key4 === "tokenEnv")) || (key4 === "expirySeconds"))){const err24 = {instancePath:instancePath+"/doks",schemaPath:"#/properties/doks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.doks,data:data17};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data17.cluster !== undefined){let data18 = data17.cluster;if(typeof data18 !== "string"){let dataType12 = typeof data18;let coerced12 = undefined;if(!(coerced12 !== undefined)){if(dataType12 == "number" || dataType12 == "boolean"){coerced12 = "" + data18;}else if(data18 === null){coerced12 = "";}else {const err25 = {instancePath:instancePath+"/doks/cluster",schemaPath:"#/properties/doks/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.doks.properties.cluster.type,parentSchema:schema107.properties.doks.properties.cluster,data:data18};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(coerced12 !== undefined){data18 = coerced12;if(data17 !== undefined){data17["cluster"] = coerced12;}}}}if(data17.tokenEnv !== undefined){let data19 = data17.tokenEnv;if(typeof data19 !== "string"){let dataType13 = typeof data19;let coerced13 = undefined;if(!(coerced13 !== undefined)){if(dataType13 == "number" || dataType13 == "boolean"){coerced13 = "" + data19;}else if(data19 === null){coerced13 = "";}else {const err26 = {instancePath:instancePath+"/doks/tokenEnv",schemaPath:"#/properties/doks/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.doks.properties.tokenEnv.type,parentSchema:schema107.properties.doks.properties.tokenEnv,data:data19};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced13 !== undefined){data19 = coerced13;if(data17 !== undefined){data17["tokenEnv"] = coerced13;}}}}if(data17.expirySeconds !== undefined){let data20 = data17.expirySeconds;if(!((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20)))){let dataType14 = typeof data20;let coerced14 = undefined;if(!(coerced14 !== undefined)){if(dataType14 === "boolean" || data20 === null
              || (dataType14 === "string" && data20 && data20 == +data20 && !(data20 % 1))){coerced14 = +data20;}else {const err27 = {instancePath:instancePath+"/doks/expirySeconds",schemaPath:"#/properties/doks/properties/expirySeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema107.properties.doks.properties.expirySeconds.type,parentSchema:schema107.properties.doks.properties.expirySeconds,data:data20};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(coerced14 !== undefined){data20 = coerced14;if(data17 !== undefined){data17["expirySeconds"] = coerced14;}}}if(typeof data20 == "number"){if(data20 < 60 || isNaN(data20)){const err28 = {instancePath:instancePath+"/doks/expirySeconds",schemaPath:"#/properties/doks/properties/expirySeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 60},message:"must be >= 60",schema:60,parentSchema:schema107.properties.doks.properties.expirySeconds,data:data20};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}}else {const err29 = {instancePath:instancePath+"/doks",schemaPath:"#/properties/doks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.doks.type,parentSchema:schema107.properties.doks,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.lke !== undefined){let data21 = data.lke;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.cluster === undefined){const err30 = {instancePath:instancePath+"/lke",schemaPath:"#/properties/lke/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'",schema:schema107.properties.lke.required,parentSchema:schema107.properties.lke,data:data21};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key5 in data21){if(!((key5 === "cluster") || (key5 === "tokenEnv"))){const err31 = {instancePath:instancePath+"/lke",schemaPath:"#/properties/lke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.lke,data:data21};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data21.cluster !== undefined){let data22 = data21.cluster;if(typeof data22 !== "string"){let dataType15 = typeof data22;let coerced15 = undefined;if(!(coerced15 !== undefined)){if(dataType15 == "number" || dataType15 == "boolean"){coerced15 = "" + data22;}else if(data22 === null){coerced15 = "";}else {const err32 = {instancePath:instancePath+"/lke/cluster",schemaPath:"#/properties/lke/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.lke.properties.cluster.type,parentSchema:schema107.properties.lke.properties.cluster,data:data22};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(coerced15 !== undefined){data22 = coerced15;if(data21 !== undefined){data21["cluster"] = coerced15;}}}}if(data21.tokenEnv !== undefined){let data23 = data21.tokenEnv;if(typeof data23 !== "string"){let dataType16 = typeof data23;let coerced16 = undefined;if(!(coerced16 !== undefined)){if(dataType16 == "number" || dataType16 == "boolean"){coerced16 = "" + data23;}else if(data23 === null){coerced16 = "";}else {const err33 = {instancePath:instancePath+"/lke/tokenEnv",schemaPath:"#/properties/lke/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.lke.properties.tokenEnv.type,parentSchema:schema107.properties.lke.properties.tokenEnv,data:data23};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(coerced16 !== undefined){data23 = coerced16;if(data21 !== undefined){data21["tokenEnv"] = coerced16;}}}}}else {const err34 = {instancePath:instancePath+"/lke",schemaPath:"#/properties/lke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.lke.type,parentSchema:schema107.properties.lke,data:data21};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.aks !== undefined){let data24 = data.aks;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){if(data24.subscriptionId === undefined){const err35 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/required",keyword:"required",params:{missingProperty: "subscriptionId"},message:"must have required property '"+"subscriptionId"+"'",schema:schema107.properties.aks.required,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data24.resourceGroup === undefined){const err36 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/required",keyword:"required",params:{missingProperty: "resourceGroup"},message:"must have required property '"+"resourceGroup"+"'",schema:schema107.properties.aks.required,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data24.cluster === undefined){const err37 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'",schema:schema107.properties.aks.required,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data24.tenantId === undefined){const err38 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/required",keyword:"required",params:{missingProperty: "tenantId"},message:"must have required property '"+"tenantId"+"'",schema:schema107.properties.aks.required,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data24.clientId === undefined){const err39 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/required",keyword:"required",params:{missingProperty: "clientId"},message:"must have required property '"+"clientId"+"'",schema:schema107.properties.aks.required,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}for(const key6 in data24){if(!(((((((key6 === "subscriptionId") || (key6 === "resourceGroup")) || (key6 === "cluster")) || (key6 === "tenantId")) || (key6 === "clientId")) || (key6 === "clientSecretEnv")) || (key6 === "admin"))){const err40 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data24.subscriptionId !== undefined){let data25 = data24.subscriptionId;if(typeof data25 !== "string"){let dataType17 = typeof data25;let coerced17 = undefined;if(!(coerced17 !== undefined)){if(dataType17 == "number" || dataType17 == "boolean"){coerced17 = "" + data25;}else if(data25 === null){coerced17 = "";}else {const err41 = {instancePath:instancePath+"/aks/subscriptionId",schemaPath:"#/properties/aks/properties/subscriptionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.subscriptionId.type,parentSchema:schema107.properties.aks.properties.subscriptionId,data:data25};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(coerced17 !== undefined){data25 = coerced17;if(data24 !== undefined){data24["subscriptionId"] = coerced17;}}}}if(data24.resourceGroup !== undefined){let data26 = data24.resourceGroup;if(typeof data26 !== "string"){let dataType18 = typeof data26;let coerced18 = undefined;if(!(coerced18 !== undefined)){if(dataType18 == "number" || dataType18 == "boolean"){coerced18 = "" + data26;}else if(data26 === null){coerced18 = "";}else {const err42 = {instancePath:instancePath+"/aks/resourceGroup",schemaPath:"#/properties/aks/properties/resourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.resourceGroup.type,parentSchema:schema107.properties.aks.properties.resourceGroup,data:data26};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(coerced18 !== undefined){data26 = coerced18;if(data24 !== undefined){data24["resourceGroup"] = coerced18;}}}}if(data24.cluster !== undefined){let data27 = data24.cluster;if(typeof data27 !== "string"){let dataType19 = typeof data27;let coerced19 = undefined;if(!(coerced19 !== undefined)){if(dataType19 == "number" || dataType19 == "boolean"){coerced19 = "" + data27;}else if(data27 === null){coerced19 = "";}else {const err43 = {instancePath:instancePath+"/aks/cluster",schemaPath:"#/properties/aks/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.cluster.type,parentSchema:schema107.properties.aks.properties.cluster,data:data27};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(coerced19 !== undefined){data27 = coerced19;if(data24 !== undefined){data24["cluster"] = coerced19;}}}}if(data24.tenantId !== undefined){let data28 = data24.tenantId;if(typeof data28 !== "string"){let dataType20 = typeof data28;let coerced20 = undefined;if(!(coerced20 !== undefined)){if(dataType20 == "number" || dataType20 == "boolean"){coerced20 = "" + data28;}else if(data28 === null){coerced20 = "";}else {const err44 = {instancePath:instancePath+"/aks/tenantId",schemaPath:"#/properties/aks/properties/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.tenantId.type,parentSchema:schema107.properties.aks.properties.tenantId,data:data28};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(coerced20 !== undefined){data28 = coerced20;if(data24 !== undefined){data24["tenantId"] = coerced20;}}}}if(data24.clientId !== undefined){let data29 = data24.clientId;if(typeof data29 !== "string"){let dataType21 = typeof data29;let coerced21 = undefined;if(!(coerced21 !== undefined)){if(dataType21 == "number" || dataType21 == "boolean"){coerced21 = "" + data29;}else if(data29 === null){coerced21 = "";}else {const err45 = {instancePath:instancePath+"/aks/clientId",schemaPath:"#/properties/aks/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.clientId.type,parentSchema:schema107.properties.aks.properties.clientId,data:data29};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(coerced21 !== undefined){data29 = coerced21;if(data24 !== undefined){data24["clientId"] = coerced21;}}}}if(data24.clientSecretEnv !== undefined){let data30 = data24.clientSecretEnv;if(typeof data30 !== "string"){let dataType22 = typeof data30;let coerced22 = undefined;if(!(coerced22 !== undefined)){if(dataType22 == "number" || dataType22 == "boolean"){coerced22 = "" + data30;}else if(data30 === null){coerced22 = "";}else {const err46 = {instancePath:instancePath+"/aks/clientSecretEnv",schemaPath:"#/properties/aks/properties/clientSecretEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.aks.properties.clientSecretEnv.type,parentSchema:schema107.properties.aks.properties.clientSecretEnv,data:data30};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(coerced22 !== undefined){data30 = coerced22;if(data24 !== undefined){data24["clientSecretEnv"] = coerced22;}}}}if(data24.admin !== undefined){let data31 = data24.admin;if(typeof data31 !== "boolean"){let coerced23 = undefined;if(!(coerced23 !== undefined)){if(data31 === "false" || data31 === 0 || data31 === null){coerced23 = false;}else if(data31 === "true" || data31 === 1){coerced23 = true;}else {const err47 = {instancePath:instancePath+"/aks/admin",schemaPath:"#/properties/aks/properties/admin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.aks.properties.admin.type,parentSchema:schema107.properties.aks.properties.admin,data:data31};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(coerced23 !== undefined){data31 = coerced23;if(data24 !== undefined){data24["admin"] = coerced23;}}}}}else {const err48 = {instancePath:instancePath+"/aks",schemaPath:"#/properties/aks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.aks.type,parentSchema:schema107.properties.aks,data:data24};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.gke !== undefined){let data32 = data.gke;if(data32 && typeof data32 == "object" && !Array.isArray(data32)){if(data32.project === undefined){const err49 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'",schema:schema107.properties.gke.required,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data32.location === undefined){const err50 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'",schema:schema107.properties.gke.required,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data32.cluster === undefined){const err51 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'",schema:schema107.properties.gke.required,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if(data32.workloadIdentityProvider === undefined){const err52 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/required",keyword:"required",params:{missingProperty: "workloadIdentityProvider"},message:"must have required property '"+"workloadIdentityProvider"+"'",schema:schema107.properties.gke.required,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}for(const key7 in data32){if(!((((((key7 === "project") || (key7 === "location")) || (key7 === "cluster")) || (key7 === "workloadIdentityProvider")) || (key7 === "serviceAccount")) || (key7 === "useDnsEndpoint"))){const err53 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}if(data32.project !== undefined){let data33 = data32.project;if(typeof data33 !== "string"){let dataType24 = typeof data33;let coerced24 = undefined;if(!(coerced24 !== undefined)){if(dataType24 == "number" || dataType24 == "boolean"){coerced24 = "" + data33;}else if(data33 === null){coerced24 = "";}else {const err54 = {instancePath:instancePath+"/gke/project",schemaPath:"#/properties/gke/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.gke.properties.project.type,parentSchema:schema107.properties.gke.properties.project,data:data33};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(coerced24 !== undefined){data33 = coerced24;if(data32 !== undefined){data32["project"] = coerced24;}}}}if(data32.location !== undefined){let data34 = data32.location;if(typeof data34 !== "string"){let dataType25 = typeof data34;let coerced25 = undefined;if(!(coerced25 !== undefined)){if(dataType25 == "number" || dataType25 == "boolean"){coerced25 = "" + data34;}else if(data34 === null){coerced25 = "";}else {const err55 = {instancePath:instancePath+"/gke/location",schemaPath:"#/properties/gke/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.gke.properties.location.type,parentSchema:schema107.properties.gke.properties.location,data:data34};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(coerced25 !== undefined){data34 = coerced25;if(data32 !== undefined){data32["location"] = coerced25;}}}}if(data32.cluster !== undefined){let data35 = data32.cluster;if(typeof data35 !== "string"){let dataType26 = typeof data35;let coerced26 = undefined;if(!(coerced26 !== undefined)){if(dataType26 == "number" || dataType26 == "boolean"){coerced26 = "" + data35;}else if(data35 === null){coerced26 = "";}else {const err56 = {instancePath:instancePath+"/gke/cluster",schemaPath:"#/properties/gke/properties/cluster/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.gke.properties.cluster.type,parentSchema:schema107.properties.gke.properties.cluster,data:data35};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(coerced26 !== undefined){data35 = coerced26;if(data32 !== undefined){data32["cluster"] = coerced26;}}}}if(data32.workloadIdentityProvider !== undefined){let data36 = data32.workloadIdentityProvider;if(typeof data36 !== "string"){let dataType27 = typeof data36;let coerced27 = undefined;if(!(coerced27 !== undefined)){if(dataType27 == "number" || dataType27 == "boolean"){coerced27 = "" + data36;}else if(data36 === null){coerced27 = "";}else {const err57 = {instancePath:instancePath+"/gke/workloadIdentityProvider",schemaPath:"#/properties/gke/properties/workloadIdentityProvider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.gke.properties.workloadIdentityProvider.type,parentSchema:schema107.properties.gke.properties.workloadIdentityProvider,data:data36};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(coerced27 !== undefined){data36 = coerced27;if(data32 !== undefined){data32["workloadIdentityProvider"] = coerced27;}}}}if(data32.serviceAccount !== undefined){let data37 = data32.serviceAccount;if(typeof data37 !== "string"){let dataType28 = typeof data37;let coerced28 = undefined;if(!(coerced28 !== undefined)){if(dataType28 == "number" || dataType28 == "boolean"){coerced28 = "" + data37;}else if(data37 === null){coerced28 = "";}else {const err58 = {instancePath:instancePath+"/gke/serviceAccount",schemaPath:"#/properties/gke/properties/serviceAccount/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.gke.properties.serviceAccount.type,parentSchema:schema107.properties.gke.properties.serviceAccount,data:data37};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(coerced28 !== undefined){data37 = coerced28;if(data32 !== undefined){data32["serviceAccount"] = coerced28;}}}}if(data32.useDnsEndpoint !== undefined){let data38 = data32.useDnsEndpoint;if(typeof data38 !== "boolean"){let coerced29 = undefined;if(!(coerced29 !== undefined)){if(data38 === "false" || data38 === 0 || data38 === null){coerced29 = false;}else if(data38 === "true" || data38 === 1){coerced29 = true;}else {const err59 = {instancePath:instancePath+"/gke/useDnsEndpoint",schemaPath:"#/properties/gke/properties/useDnsEndpoint/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.gke.properties.useDnsEndpoint.type,parentSchema:schema107.properties.gke.properties.useDnsEndpoint,data:data38};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(coerced29 !== undefined){data38 = coerced29;if(data32 !== undefined){data32["useDnsEndpoint"] = coerced29;}}}}}else {const err60 = {instancePath:instancePath+"/gke",schemaPath:"#/properties/gke/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.gke.type,parentSchema:schema107.properties.gke,data:data32};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.kubeconfig !== undefined){let data39 = data.kubeconfig;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key8 in data39){if(!(func1.call(schema107.properties.kubeconfig.properties, key8))){const err61 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/properties/kubeconfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.kubeconfig,data:data39};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data39.kubeconfigEnv !== undefined){let data40 = data39.kubeconfigEnv;if(typeof data40 !== "string"){let dataType30 = typeof data40;let coerced30 = undefined;if(!(coerced30 !== undefined)){if(dataType30 == "number" || dataType30 == "boolean"){coerced30 = "" + data40;}else if(data40 === null){coerced30 = "";}else {const err62 = {instancePath:instancePath+"/kubeconfig/kubeconfigEnv",schemaPath:"#/properties/kubeconfig/properties/kubeconfigEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.kubeconfigEnv.type,parentSchema:schema107.properties.kubeconfig.properties.kubeconfigEnv,data:data40};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(coerced30 !== undefined){data40 = coerced30;if(data39 !== undefined){data39["kubeconfigEnv"] = coerced30;}}}}if(data39.path !== undefined){let data41 = data39.path;if(typeof data41 !== "string"){let dataType31 = typeof data41;let coerced31 = undefined;if(!(coerced31 !== undefined)){if(dataType31 == "number" || dataType31 == "boolean"){coerced31 = "" + data41;}else if(data41 === null){coerced31 = "";}else {const err63 = {instancePath:instancePath+"/kubeconfig/path",schemaPath:"#/properties/kubeconfig/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.path.type,parentSchema:schema107.properties.kubeconfig.properties.path,data:data41};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(coerced31 !== undefined){data41 = coerced31;if(data39 !== undefined){data39["path"] = coerced31;}}}}if(data39.context !== undefined){let data42 = data39.context;if(typeof data42 !== "string"){let dataType32 = typeof data42;let coerced32 = undefined;if(!(coerced32 !== undefined)){if(dataType32 == "number" || dataType32 == "boolean"){coerced32 = "" + data42;}else if(data42 === null){coerced32 = "";}else {const err64 = {instancePath:instancePath+"/kubeconfig/context",schemaPath:"#/properties/kubeconfig/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.context.type,parentSchema:schema107.properties.kubeconfig.properties.context,data:data42};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}if(coerced32 !== undefined){data42 = coerced32;if(data39 !== undefined){data39["context"] = coerced32;}}}}if(data39.server !== undefined){let data43 = data39.server;if(typeof data43 !== "string"){let dataType33 = typeof data43;let coerced33 = undefined;if(!(coerced33 !== undefined)){if(dataType33 == "number" || dataType33 == "boolean"){coerced33 = "" + data43;}else if(data43 === null){coerced33 = "";}else {const err65 = {instancePath:instancePath+"/kubeconfig/server",schemaPath:"#/properties/kubeconfig/properties/server/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.server.type,parentSchema:schema107.properties.kubeconfig.properties.server,data:data43};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(coerced33 !== undefined){data43 = coerced33;if(data39 !== undefined){data39["server"] = coerced33;}}}}if(data39.tokenEnv !== undefined){let data44 = data39.tokenEnv;if(typeof data44 !== "string"){let dataType34 = typeof data44;let coerced34 = undefined;if(!(coerced34 !== undefined)){if(dataType34 == "number" || dataType34 == "boolean"){coerced34 = "" + data44;}else if(data44 === null){coerced34 = "";}else {const err66 = {instancePath:instancePath+"/kubeconfig/tokenEnv",schemaPath:"#/properties/kubeconfig/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.tokenEnv.type,parentSchema:schema107.properties.kubeconfig.properties.tokenEnv,data:data44};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(coerced34 !== undefined){data44 = coerced34;if(data39 !== undefined){data39["tokenEnv"] = coerced34;}}}}if(data39.certificateAuthority !== undefined){let data45 = data39.certificateAuthority;if(typeof data45 !== "string"){let dataType35 = typeof data45;let coerced35 = undefined;if(!(coerced35 !== undefined)){if(dataType35 == "number" || dataType35 == "boolean"){coerced35 = "" + data45;}else if(data45 === null){coerced35 = "";}else {const err67 = {instancePath:instancePath+"/kubeconfig/certificateAuthority",schemaPath:"#/properties/kubeconfig/properties/certificateAuthority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.certificateAuthority.type,parentSchema:schema107.properties.kubeconfig.properties.certificateAuthority,data:data45};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(coerced35 !== undefined){data45 = coerced35;if(data39 !== undefined){data39["certificateAuthority"] = coerced35;}}}}if(data39.clientCertificateEnv !== undefined){let data46 = data39.clientCertificateEnv;if(typeof data46 !== "string"){let dataType36 = typeof data46;let coerced36 = undefined;if(!(coerced36 !== undefined)){if(dataType36 == "number" || dataType36 == "boolean"){coerced36 = "" + data46;}else if(data46 === null){coerced36 = "";}else {const err68 = {instancePath:instancePath+"/kubeconfig/clientCertificateEnv",schemaPath:"#/properties/kubeconfig/properties/clientCertificateEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.clientCertificateEnv.type,parentSchema:schema107.properties.kubeconfig.properties.clientCertificateEnv,data:data46};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(coerced36 !== undefined){data46 = coerced36;if(data39 !== undefined){data39["clientCertificateEnv"] = coerced36;}}}}if(data39.clientKeyEnv !== undefined){let data47 = data39.clientKeyEnv;if(typeof data47 !== "string"){let dataType37 = typeof data47;let coerced37 = undefined;if(!(coerced37 !== undefined)){if(dataType37 == "number" || dataType37 == "boolean"){coerced37 = "" + data47;}else if(data47 === null){coerced37 = "";}else {const err69 = {instancePath:instancePath+"/kubeconfig/clientKeyEnv",schemaPath:"#/properties/kubeconfig/properties/clientKeyEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.clientKeyEnv.type,parentSchema:schema107.properties.kubeconfig.properties.clientKeyEnv,data:data47};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(coerced37 !== undefined){data47 = coerced37;if(data39 !== undefined){data39["clientKeyEnv"] = coerced37;}}}}if(data39.tlsServerName !== undefined){let data48 = data39.tlsServerName;if(typeof data48 !== "string"){let dataType38 = typeof data48;let coerced38 = undefined;if(!(coerced38 !== undefined)){if(dataType38 == "number" || dataType38 == "boolean"){coerced38 = "" + data48;}else if(data48 === null){coerced38 = "";}else {const err70 = {instancePath:instancePath+"/kubeconfig/tlsServerName",schemaPath:"#/properties/kubeconfig/properties/tlsServerName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema107.properties.kubeconfig.properties.tlsServerName.type,parentSchema:schema107.properties.kubeconfig.properties.tlsServerName,data:data48};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(coerced38 !== undefined){data48 = coerced38;if(data39 !== undefined){data39["tlsServerName"] = coerced38;}}}}if(data39.insecureSkipTlsVerify !== undefined){let data49 = data39.insecureSkipTlsVerify;if(typeof data49 !== "boolean"){let coerced39 = undefined;if(!(coerced39 !== undefined)){if(data49 === "false" || data49 === 0 || data49 === null){coerced39 = false;}else if(data49 === "true" || data49 === 1){coerced39 = true;}else {const err71 = {instancePath:instancePath+"/kubeconfig/insecureSkipTlsVerify",schemaPath:"#/properties/kubeconfig/properties/insecureSkipTlsVerify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema107.properties.kubeconfig.properties.insecureSkipTlsVerify.type,parentSchema:schema107.properties.kubeconfig.properties.insecureSkipTlsVerify,data:data49};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(coerced39 !== undefined){data49 = coerced39;if(data39 !== undefined){data39["insecureSkipTlsVerify"] = coerced39;}}}}}else {const err72 = {instancePath:instancePath+"/kubeconfig",schemaPath:"#/properties/kubeconfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.kubeconfig.type,parentSchema:schema107.properties.kubeconfig,data:data39};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}validate81.errors = vErrors;return errors === 0;}validate81.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema114 = {"type":"object","description":"PR preview environments.","additionalProperties":false,"properties":{"clusters":{"type":"array","items":{"type":"string"},"description":"Clusters that host previews. Default: the first cluster."},"host":{"type":"string","description":"Host pattern, e.g. pr-${pr}.preview.example.com."},"ttlHours":{"type":"number","minimum":1,"description":"Previews older than this are swept. Default 168."},"imageTag":{"type":"string","description":"Image tag for previews. Default pr-${pr}."},"label":{"type":"object","additionalProperties":false,"description":"Label opt-in and opt-out. Adding the require label previews the pull request, removing it tears the preview down; the skip label does the opposite.","properties":{"require":{"type":"string","minLength":1,"maxLength":50,"description":"Only pull requests with this label get a preview (e.g. deploy-preview)."},"skip":{"type":"string","minLength":1,"maxLength":50,"description":"Pull requests with this label get no preview (e.g. no-preview); adding it tears an existing preview down."}}},"drafts":{"type":"boolean","description":"Preview draft pull requests too. Default false: a draft gets its preview when marked ready for review, and converting back to draft tears it down."},"quota":{"type":"object","additionalProperties":false,"description":"A ResourceQuota and LimitRange in each preview namespace, so a preview cannot starve the cluster. Containers without resources get the LimitRange defaults.","properties":{"cpu":{"$ref":"#/$defs/quantity","description":"Total CPU the preview's containers may request and use (requests.cpu and limits.cpu), e.g. 2."},"memory":{"$ref":"#/$defs/quantity","description":"Total memory the preview's containers may request and use (requests.memory and limits.memory), e.g. 4Gi."},"pods":{"type":"integer","minimum":1,"maximum":10000,"description":"Most pods the preview may run at once."},"defaultRequest":{"$ref":"#/$defs/resourceList","description":"Requests of a container that sets none. Default cpu 50m, memory 64Mi."},"defaultLimit":{"$ref":"#/$defs/resourceList","description":"Limits of a container that sets none. Default cpu 500m, memory 512Mi."}}},"seed":{"type":"array","maxItems":50,"uniqueItems":true,"items":{"type":"string"},"description":"Components that run only in previews, after every other component is ready (e.g. a job that loads fixtures, or an http step). Left out of every other run."},"sleepAfter":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(m|h|d))+$","description":"The scheduled sweep scales a preview idle this long (no deploy) to zero, e.g. 4h, 90m, 2d. A push or a `/k8deployer wake` comment wakes it. Default: never."}}};const pattern58 = new RegExp("^([0-9]+(\\.[0-9]+)?(m|h|d))+$", "u");function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate85.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema114.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.clusters !== undefined){let data0 = data.clusters;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(typeof data1 !== "string"){let dataType0 = typeof data1;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data1;}else if(data1 === null){coerced0 = "";}else {const err1 = {instancePath:instancePath+"/clusters/" + i0,schemaPath:"#/properties/clusters/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.clusters.items.type,parentSchema:schema114.properties.clusters.items,data:data1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(coerced0 !== undefined){data1 = coerced0;if(data0 !== undefined){data0[i0] = coerced0;}}}}}else {const err2 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema114.properties.clusters.type,parentSchema:schema114.properties.clusters,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.host !== undefined){let data2 = data.host;if(typeof data2 !== "string"){let dataType1 = typeof data2;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data2;}else if(data2 === null){coerced1 = "";}else {const err3 = {instancePath:instancePath+"/host",schemaPath:"#/properties/host/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.host.type,parentSchema:schema114.properties.host,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced1 !== undefined){data2 = coerced1;if(data !== undefined){data["host"] = coerced1;}}}}if(data.ttlHours !== undefined){let data3 = data.ttlHours;if(!(typeof data3 == "number")){let dataType2 = typeof data3;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "boolean" || data3 === null
              || (dataType2 == "string" && data3 && data3 == +data3)){coerced2 = +data3;}else {const err4 = {instancePath:instancePath+"/ttlHours",schemaPath:"#/properties/ttlHours/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema114.properties.ttlHours.type,parentSchema:schema114.properties.ttlHours,data:data3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced2 !== undefined){data3 = coerced2;if(data !== undefined){data["ttlHours"] = coerced2;}}}if(typeof data3 == "number"){if(data3 < 1 || isNaN(data3)){const err5 = {instancePath:instancePath+"/ttlHours",schemaPath:"#/properties/ttlHours/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema114.properties.ttlHours,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.imageTag !== undefined){let data4 = data.imageTag;if(typeof data4 !== "string"){let dataType3 = typeof data4;let coerced3 = undefined;if(!(coerced3 !== undefined)){if(dataType3 == "number" || dataType3 == "boolean"){coerced3 = "" + data4;}else if(data4 === null){coerced3 = "";}else {const err6 = {instancePath:instancePath+"/imageTag",schemaPath:"#/properties/imageTag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.imageTag.type,parentSchema:schema114.properties.imageTag,data:data4};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced3 !== undefined){data4 = coerced3;if(data !== undefined){data["imageTag"] = coerced3;}}}}if(data.label !== undefined){let data5 = data.label;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((key1 === "require") || (key1 === "skip"))){const err7 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema114.properties.label,data:data5};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data5.require !== undefined){let data6 = data5.require;if(typeof data6 !== "string"){let dataType4 = typeof data6;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data6;}else if(data6 === null){coerced4 = "";}else {const err8 = {instancePath:instancePath+"/label/require",schemaPath:"#/properties/label/properties/require/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.label.properties.require.type,parentSchema:schema114.properties.label.properties.require,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced4 !== undefined){data6 = coerced4;if(data5 !== undefined){data5["require"] = coerced4;}}}if(typeof data6 === "string"){if(func10(data6) > 50){const err9 = {instancePath:instancePath+"/label/require",schemaPath:"#/properties/label/properties/require/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema114.properties.label.properties.require,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(func10(data6) < 1){const err10 = {instancePath:instancePath+"/label/require",schemaPath:"#/properties/label/properties/require/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema114.properties.label.properties.require,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}if(data5.skip !== undefined){let data7 = data5.skip;if(typeof data7 !== "string"){let dataType5 = typeof data7;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data7;}else if(data7 === null){coerced5 = "";}else {const err11 = {instancePath:instancePath+"/label/skip",schemaPath:"#/properties/label/properties/skip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.label.properties.skip.type,parentSchema:schema114.properties.label.properties.skip,data:data7};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced5 !== undefined){data7 = coerced5;if(data5 !== undefined){data5["skip"] = coerced5;}}}if(typeof data7 === "string"){if(func10(data7) > 50){const err12 = {instancePath:instancePath+"/label/skip",schemaPath:"#/properties/label/properties/skip/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema114.properties.label.properties.skip,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(func10(data7) < 1){const err13 = {instancePath:instancePath+"/label/skip",schemaPath:"#/properties/label/properties/skip/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema114.properties.label.properties.skip,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.properties.label.type,parentSchema:schema114.properties.label,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.drafts !== undefined){let data8 = data.drafts;if(typeof data8 !== "boolean"){let coerced6 = undefined;if(!(coerced6 !== undefined)){if(data8 === "false" || data8 === 0 || data8 === null){coerced6 = false;}else if(data8 === "true" || data8 === 1){coerced6 = true;}else {const err15 = {instancePath:instancePath+"/drafts",schemaPath:"#/properties/drafts/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema114.properties.drafts.type,parentSchema:schema114.properties.drafts,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(coerced6 !== undefined){data8 = coerced6;if(data !== undefined){data["drafts"] = coerced6;}}}}if(data.quota !== undefined){let data9 = data.quota;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key2 in data9){if(!(((((key2 === "cpu") || (key2 === "memory")) || (key2 === "pods")) || (key2 === "defaultRequest")) || (key2 === "defaultLimit"))){const err16 = {instancePath:instancePath+"/quota",schemaPath:"#/properties/quota/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema114.properties.quota,data:data9};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data9.cpu !== undefined){let data10 = data9.cpu;if((typeof data10 !== "string") && (!(typeof data10 == "number"))){let dataType7 = typeof data10;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data10;}else if(data10 === null){coerced7 = "";}else if(dataType7 == "boolean" || data10 === null
              || (dataType7 == "string" && data10 && data10 == +data10)){coerced7 = +data10;}else {const err17 = {instancePath:instancePath+"/quota/cpu",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data10};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(coerced7 !== undefined){data10 = coerced7;if(data9 !== undefined){data9["cpu"] = coerced7;}}}if(typeof data10 === "string"){if(!pattern5.test(data10)){const err18 = {instancePath:instancePath+"/quota/cpu",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data10};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data9.memory !== undefined){let data11 = data9.memory;if((typeof data11 !== "string") && (!(typeof data11 == "number"))){let dataType8 = typeof data11;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data11;}else if(data11 === null){coerced8 = "";}else if(dataType8 == "boolean" || data11 === null
              || (dataType8 == "string" && data11 && data11 == +data11)){coerced8 = +data11;}else {const err19 = {instancePath:instancePath+"/quota/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: schema39.type},message:"must be string,number",schema:schema39.type,parentSchema:schema39,data:data11};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(coerced8 !== undefined){data11 = coerced8;if(data9 !== undefined){data9["memory"] = coerced8;}}}if(typeof data11 === "string"){if(!pattern5.test(data11)){const err20 = {instancePath:instancePath+"/quota/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"},message:"must match pattern \""+"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$"+"\"",schema:"^[+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$",parentSchema:schema39,data:data11};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data9.pods !== undefined){let data12 = data9.pods;if(!((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12)))){let dataType9 = typeof data12;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 === "boolean" || data12 === null
              || (dataType9 === "string" && data12 && data12 == +data12 && !(data12 % 1))){coerced9 = +data12;}else {const err21 = {instancePath:instancePath+"/quota/pods",schemaPath:"#/properties/quota/properties/pods/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema114.properties.quota.properties.pods.type,parentSchema:schema114.properties.quota.properties.pods,data:data12};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(coerced9 !== undefined){data12 = coerced9;if(data9 !== undefined){data9["pods"] = coerced9;}}}if(typeof data12 == "number"){if(data12 > 10000 || isNaN(data12)){const err22 = {instancePath:instancePath+"/quota/pods",schemaPath:"#/properties/quota/properties/pods/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema114.properties.quota.properties.pods,data:data12};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data12 < 1 || isNaN(data12)){const err23 = {instancePath:instancePath+"/quota/pods",schemaPath:"#/properties/quota/properties/pods/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema114.properties.quota.properties.pods,data:data12};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}if(data9.defaultRequest !== undefined){if(!(validate23(data9.defaultRequest, {instancePath:instancePath+"/quota/defaultRequest",parentData:data9,parentDataProperty:"defaultRequest",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}if(data9.defaultLimit !== undefined){if(!(validate23(data9.defaultLimit, {instancePath:instancePath+"/quota/defaultLimit",parentData:data9,parentDataProperty:"defaultLimit",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err24 = {instancePath:instancePath+"/quota",schemaPath:"#/properties/quota/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.properties.quota.type,parentSchema:schema114.properties.quota,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.seed !== undefined){let data15 = data.seed;if(Array.isArray(data15)){if(data15.length > 50){const err25 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema114.properties.seed,data:data15};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(typeof data16 !== "string"){let dataType10 = typeof data16;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data16;}else if(data16 === null){coerced10 = "";}else {const err26 = {instancePath:instancePath+"/seed/" + i1,schemaPath:"#/properties/seed/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.seed.items.type,parentSchema:schema114.properties.seed.items,data:data16};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced10 !== undefined){data16 = coerced10;if(data15 !== undefined){data15[i1] = coerced10;}}}}let i2 = data15.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data15[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err27 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema114.properties.seed,data:data15};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;break;}indices0[item0] = i2;}}}else {const err28 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema114.properties.seed.type,parentSchema:schema114.properties.seed,data:data15};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.sleepAfter !== undefined){let data17 = data.sleepAfter;if(typeof data17 !== "string"){let dataType11 = typeof data17;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data17;}else if(data17 === null){coerced11 = "";}else {const err29 = {instancePath:instancePath+"/sleepAfter",schemaPath:"#/properties/sleepAfter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema114.properties.sleepAfter.type,parentSchema:schema114.properties.sleepAfter,data:data17};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(coerced11 !== undefined){data17 = coerced11;if(data !== undefined){data["sleepAfter"] = coerced11;}}}if(typeof data17 === "string"){if(!pattern58.test(data17)){const err30 = {instancePath:instancePath+"/sleepAfter",schemaPath:"#/properties/sleepAfter/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(m|h|d))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(m|h|d))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(m|h|d))+$",parentSchema:schema114.properties.sleepAfter,data:data17};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}validate85.errors = vErrors;return errors === 0;}validate85.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://k8deployer.dev/schemas/k8deployer.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.app === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "app"},message:"must have required property '"+"app"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.components === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'",schema:schema31.required,parentSchema:schema31,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){let dataType0 = typeof data0;let coerced0 = undefined;if(!(coerced0 !== undefined)){if(dataType0 == "number" || dataType0 == "boolean"){coerced0 = "" + data0;}else if(data0 === null){coerced0 = "";}else {const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(coerced0 !== undefined){data0 = coerced0;if(data !== undefined){data["$schema"] = coerced0;}}}}if(data.app !== undefined){let data1 = data.app;if(typeof data1 !== "string"){let dataType1 = typeof data1;let coerced1 = undefined;if(!(coerced1 !== undefined)){if(dataType1 == "number" || dataType1 == "boolean"){coerced1 = "" + data1;}else if(data1 === null){coerced1 = "";}else {const err4 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/dnsLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(coerced1 !== undefined){data1 = coerced1;if(data !== undefined){data["app"] = coerced1;}}}if(typeof data1 === "string"){if(!pattern4.test(data1)){const err5 = {instancePath:instancePath+"/app",schemaPath:"#/$defs/dnsLabel/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\"",schema:"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$",parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}if(data.namespace !== undefined){let data2 = data.namespace;if(typeof data2 !== "string"){let dataType2 = typeof data2;let coerced2 = undefined;if(!(coerced2 !== undefined)){if(dataType2 == "number" || dataType2 == "boolean"){coerced2 = "" + data2;}else if(data2 === null){coerced2 = "";}else {const err6 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.namespace.type,parentSchema:schema31.properties.namespace,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(coerced2 !== undefined){data2 = coerced2;if(data !== undefined){data["namespace"] = coerced2;}}}}if(data.createNamespace !== undefined){let data3 = data.createNamespace;if(typeof data3 !== "boolean"){let coerced3 = undefined;if(!(coerced3 !== undefined)){if(data3 === "false" || data3 === 0 || data3 === null){coerced3 = false;}else if(data3 === "true" || data3 === 1){coerced3 = true;}else {const err7 = {instancePath:instancePath+"/createNamespace",schemaPath:"#/properties/createNamespace/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.createNamespace.type,parentSchema:schema31.properties.createNamespace,data:data3};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(coerced3 !== undefined){data3 = coerced3;if(data !== undefined){data["createNamespace"] = coerced3;}}}}if(data.version !== undefined){let data4 = data.version;if(typeof data4 !== "string"){let dataType4 = typeof data4;let coerced4 = undefined;if(!(coerced4 !== undefined)){if(dataType4 == "number" || dataType4 == "boolean"){coerced4 = "" + data4;}else if(data4 === null){coerced4 = "";}else {const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.version.type,parentSchema:schema31.properties.version,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(coerced4 !== undefined){data4 = coerced4;if(data !== undefined){data["version"] = coerced4;}}}}if(data.labels !== undefined){let data5 = data.labels;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){let data6 = data5[key1];if(typeof data6 !== "string"){let dataType5 = typeof data6;let coerced5 = undefined;if(!(coerced5 !== undefined)){if(dataType5 == "number" || dataType5 == "boolean"){coerced5 = "" + data6;}else if(data6 === null){coerced5 = "";}else {const err9 = {instancePath:instancePath+"/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(coerced5 !== undefined){data6 = coerced5;if(data5 !== undefined){data5[key1] = coerced5;}}}}}else {const err10 = {instancePath:instancePath+"/labels",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data5};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.annotations !== undefined){let data7 = data.annotations;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key2 in data7){let data8 = data7[key2];if(typeof data8 !== "string"){let dataType6 = typeof data8;let coerced6 = undefined;if(!(coerced6 !== undefined)){if(dataType6 == "number" || dataType6 == "boolean"){coerced6 = "" + data8;}else if(data8 === null){coerced6 = "";}else {const err11 = {instancePath:instancePath+"/annotations/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/stringMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.additionalProperties.type,parentSchema:schema33.additionalProperties,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(coerced6 !== undefined){data8 = coerced6;if(data7 !== undefined){data7[key2] = coerced6;}}}}}else {const err12 = {instancePath:instancePath+"/annotations",schemaPath:"#/$defs/stringMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data:data7};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.variables !== undefined){let data9 = data.variables;if(data9 && typeof data9 == "object" && !Array.isArray(data9)){for(const key3 in data9){let data10 = data9[key3];if(((typeof data10 !== "string") && (!(typeof data10 == "number"))) && (typeof data10 !== "boolean")){let dataType7 = typeof data10;let coerced7 = undefined;if(!(coerced7 !== undefined)){if(dataType7 == "number" || dataType7 == "boolean"){coerced7 = "" + data10;}else if(data10 === null){coerced7 = "";}else if(dataType7 == "boolean" || data10 === null
              || (dataType7 == "string" && data10 && data10 == +data10)){coerced7 = +data10;}else if(data10 === "false" || data10 === 0 || data10 === null){coerced7 = false;}else if(data10 === "true" || data10 === 1){coerced7 = true;}else {const err13 = {instancePath:instancePath+"/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/variables/additionalProperties/type",keyword:"type",params:{type: schema35.additionalProperties.type},message:"must be string,number,boolean",schema:schema35.additionalProperties.type,parentSchema:schema35.additionalProperties,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(coerced7 !== undefined){data10 = coerced7;if(data9 !== undefined){data9[key3] = coerced7;}}}}}else {const err14 = {instancePath:instancePath+"/variables",schemaPath:"#/$defs/variables/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data9};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.defaults !== undefined){if(!(validate21(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.images !== undefined){let data12 = data.images;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key4 in data12){if(!(key4 === "pin")){const err15 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/imagePolicy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data12.pin !== undefined){let data13 = data12.pin;if(!((data13 === "tag") || (data13 === "digest"))){const err16 = {instancePath:instancePath+"/images/pin",schemaPath:"#/$defs/imagePolicy/properties/pin/enum",keyword:"enum",params:{allowedValues: schema52.properties.pin.enum},message:"must be equal to one of the allowed values",schema:schema52.properties.pin.enum,parentSchema:schema52.properties.pin,data:data13};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/images",schemaPath:"#/$defs/imagePolicy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data12};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.secrets !== undefined){let data14 = data.secrets;if(Array.isArray(data14)){const len0 = data14.length;for(let i0=0; i0<len0; i0++){if(!(validate36(data14[i0], {instancePath:instancePath+"/secrets/" + i0,parentData:data14,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);errors = vErrors.length;}}}else {const err18 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.secrets.type,parentSchema:schema31.properties.secrets,data:data14};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.components !== undefined){let data16 = data.components;if(Array.isArray(data16)){if(data16.length < 1){const err19 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.components,data:data16};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const len1 = data16.length;for(let i1=0; i1<len1; i1++){if(!(validate38(data16[i1], {instancePath:instancePath+"/components/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}}else {const err20 = {instancePath:instancePath+"/components",schemaPath:"#/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.components.type,parentSchema:schema31.properties.components,data:data16};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.clusters !== undefined){let data18 = data.clusters;if(Array.isArray(data18)){const len2 = data18.length;for(let i2=0; i2<len2; i2++){if(!(validate81(data18[i2], {instancePath:instancePath+"/clusters/" + i2,parentData:data18,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/clusters",schemaPath:"#/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.clusters.type,parentSchema:schema31.properties.clusters,data:data18};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.releases !== undefined){let data20 = data.releases;if(Array.isArray(data20)){const len3 = data20.length;for(let i3=0; i3<len3; i3++){let data21 = data20[i3];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.tag === undefined){const err22 = {instancePath:instancePath+"/releases/" + i3,schemaPath:"#/$defs/releaseRule/required",keyword:"required",params:{missingProperty: "tag"},message:"must have required property '"+"tag"+"'",schema:schema113.required,parentSchema:schema113,data:data21};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key5 in data21){if(!((((key5 === "tag") || (key5 === "environment")) || (key5 === "clusters")) || (key5 === "imageTag"))){const err23 = {instancePath:instancePath+"/releases/" + i3,schemaPath:"#/$defs/releaseRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema113,data:data21};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data21.tag !== undefined){let data22 = data21.tag;if(typeof data22 !== "string"){let dataType8 = typeof data22;let coerced8 = undefined;if(!(coerced8 !== undefined)){if(dataType8 == "number" || dataType8 == "boolean"){coerced8 = "" + data22;}else if(data22 === null){coerced8 = "";}else {const err24 = {instancePath:instancePath+"/releases/" + i3+"/tag",schemaPath:"#/$defs/releaseRule/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.tag.type,parentSchema:schema113.properties.tag,data:data22};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(coerced8 !== undefined){data22 = coerced8;if(data21 !== undefined){data21["tag"] = coerced8;}}}}if(data21.environment !== undefined){let data23 = data21.environment;if(typeof data23 !== "string"){let dataType9 = typeof data23;let coerced9 = undefined;if(!(coerced9 !== undefined)){if(dataType9 == "number" || dataType9 == "boolean"){coerced9 = "" + data23;}else if(data23 === null){coerced9 = "";}else {const err25 = {instancePath:instancePath+"/releases/" + i3+"/environment",schemaPath:"#/$defs/releaseRule/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.environment.type,parentSchema:schema113.properties.environment,data:data23};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(coerced9 !== undefined){data23 = coerced9;if(data21 !== undefined){data21["environment"] = coerced9;}}}}if(data21.clusters !== undefined){let data24 = data21.clusters;if(Array.isArray(data24)){const len4 = data24.length;for(let i4=0; i4<len4; i4++){let data25 = data24[i4];if(typeof data25 !== "string"){let dataType10 = typeof data25;let coerced10 = undefined;if(!(coerced10 !== undefined)){if(dataType10 == "number" || dataType10 == "boolean"){coerced10 = "" + data25;}else if(data25 === null){coerced10 = "";}else {const err26 = {instancePath:instancePath+"/releases/" + i3+"/clusters/" + i4,schemaPath:"#/$defs/releaseRule/properties/clusters/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.clusters.items.type,parentSchema:schema113.properties.clusters.items,data:data25};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(coerced10 !== undefined){data25 = coerced10;if(data24 !== undefined){data24[i4] = coerced10;}}}}}else {const err27 = {instancePath:instancePath+"/releases/" + i3+"/clusters",schemaPath:"#/$defs/releaseRule/properties/clusters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema113.properties.clusters.type,parentSchema:schema113.properties.clusters,data:data24};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data21.imageTag !== undefined){let data26 = data21.imageTag;if(typeof data26 !== "string"){let dataType11 = typeof data26;let coerced11 = undefined;if(!(coerced11 !== undefined)){if(dataType11 == "number" || dataType11 == "boolean"){coerced11 = "" + data26;}else if(data26 === null){coerced11 = "";}else {const err28 = {instancePath:instancePath+"/releases/" + i3+"/imageTag",schemaPath:"#/$defs/releaseRule/properties/imageTag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema113.properties.imageTag.type,parentSchema:schema113.properties.imageTag,data:data26};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(coerced11 !== undefined){data26 = coerced11;if(data21 !== undefined){data21["imageTag"] = coerced11;}}}}}else {const err29 = {instancePath:instancePath+"/releases/" + i3,schemaPath:"#/$defs/releaseRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema113.type,parentSchema:schema113,data:data21};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.releases.type,parentSchema:schema31.properties.releases,data:data20};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.preview !== undefined){if(!(validate85(data.preview, {instancePath:instancePath+"/preview",parentData:data,parentDataProperty:"preview",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);errors = vErrors.length;}}}else {const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./src/spec/yaml-source.ts
var yaml_source = __webpack_require__(58780);
;// CONCATENATED MODULE: ./src/spec/validate-schema.ts

// Compiled ahead of time from the schema (scripts/gen-spec-types.ts) with coerceTypes, so `replicas: ${replicas}`
// fed "3" from the command line becomes 3 and `version: 1.2` a string.


const specSchema = (/* unused pure expression or super */ null && (schemaJson));
/**
 * Validates (and, where types are coerced, normalizes in place) a spec value against the JSON Schema.
 * Problems point at the offending node of `document`.
 */
function validateAgainstSchema(value, document) {
    if (spec_validator_generated(value))
        return [];
    const errors = dropOneOfBranchNoise(spec_validator_generated.errors ?? []);
    const seen = new Set();
    const problems = [];
    const empties = emptyValueHints(errors, document, value);
    for (const error of errors) {
        const empty = empties.problem(error);
        if (empty) {
            const key = `${empty.pointer}\u0000empty`;
            if (seen.has(key))
                continue;
            seen.add(key);
            problems.push((0,yaml_source/* problemAt */.l4)(document, empty.pointer, empty.message, true));
            continue;
        }
        // Suggestions cost an edit distance per allowed field; only the first problems are listed, so only they get one.
        const { pointer, message, atKey } = describe(error, value, problems.length < suggestionBudget);
        const key = `${pointer}\u0000${message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        problems.push((0,yaml_source/* problemAt */.l4)(document, pointer, `${displayPath(pointer, value)}: ${message}`, atKey));
    }
    return problems;
}
/**
 * A key written with nothing after it (`env:` whose children are not indented, `port:` alone) parses as null, which
 * the schema reports as a wrong type somewhere else. Say what happened, at the key, and when the keys right after it
 * are unknown fields of the same mapping (they were meant as its children), suggest indenting them. Those unknown
 * fields are then reported once, with the empty key, instead of each with the list of allowed fields.
 */
function emptyValueHints(errors, document, root) {
    const empty = document.emptyValues ?? new Set();
    if (empty.size === 0)
        return { problem: () => undefined };
    // Unknown fields per mapping, by pointer of the mapping.
    const unknown = new Map();
    for (const error of errors) {
        if (error.keyword !== 'additionalProperties')
            continue;
        const field = String(error.params.additionalProperty);
        const set = unknown.get(error.instancePath) ?? new Set();
        set.add(field);
        unknown.set(error.instancePath, set);
    }
    // The keys of each mapping that has unknown fields, in source order (built once: a hostile spec has many).
    const keysByParent = new Map();
    for (const [key] of [...document.keyOffsets].sort((a, b) => a[1] - b[1])) {
        const parent = key.slice(0, key.lastIndexOf('/'));
        if (!unknown.has(parent))
            continue;
        const entry = keysByParent.get(parent) ?? { pointers: [], index: new Map() };
        entry.index.set(key, entry.pointers.length);
        entry.pointers.push(key);
        keysByParent.set(parent, entry);
    }
    /** The unknown keys that directly follow the empty key in its mapping (up to the next known or empty key). */
    const orphansOf = (pointer) => {
        const parent = pointer.slice(0, pointer.lastIndexOf('/'));
        const strays = unknown.get(parent);
        const keys = keysByParent.get(parent);
        const at = keys?.index.get(pointer);
        if (!strays || !keys || at === undefined)
            return [];
        const orphans = [];
        for (let next = at + 1; next < keys.pointers.length; next++) {
            const key = keys.pointers[next];
            const name = key
                .slice(parent.length + 1)
                .replace(/~1/g, '/')
                .replace(/~0/g, '~');
            if (!strays.has(name) || empty.has(key))
                break;
            orphans.push(name);
        }
        return orphans;
    };
    const adopted = new Map();
    const messages = new Map();
    for (const pointer of empty) {
        const name = pointer
            .slice(pointer.lastIndexOf('/') + 1)
            .replace(/~1/g, '/')
            .replace(/~0/g, '~');
        const orphans = orphansOf(pointer);
        for (const orphan of orphans)
            adopted.set(`${pointer.slice(0, pointer.lastIndexOf('/'))}/${(0,yaml_source/* escapePointerToken */.uC)(orphan)}`, pointer);
        const hint = orphans.length > 0
            ? `indent ${orphans.map(shortened).join(', ')} under ${name}?`
            : `write a value after '${name}:' or remove the key`;
        messages.set(pointer, `${displayPath(pointer, root)} has no value; ${hint}`);
    }
    return {
        problem: (error) => {
            if (error.keyword === 'additionalProperties') {
                const field = String(error.params.additionalProperty);
                const owner = adopted.get(`${error.instancePath}/${(0,yaml_source/* escapePointerToken */.uC)(field)}`);
                if (owner)
                    return { pointer: owner, message: messages.get(owner) };
            }
            const message = messages.get(error.instancePath);
            return message ? { pointer: error.instancePath, message } : undefined;
        },
    };
}
/** oneOf failures list every branch's complaint; one message saying what was expected reads better. */
function dropOneOfBranchNoise(errors) {
    // A set of schema locations and a walk up each error's own location: linear in the errors, where comparing every
    // error with every oneOf failure was quadratic (20k bad env values took minutes).
    const oneOfPaths = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.schemaPath));
    if (oneOfPaths.size === 0)
        return errors;
    return errors.filter((error) => {
        for (let end = error.schemaPath.lastIndexOf('/'); end > 0; end = error.schemaPath.lastIndexOf('/', end - 1)) {
            if (oneOfPaths.has(error.schemaPath.slice(0, end)))
                return false;
        }
        return true;
    });
}
/** Problems that get a "did you mean" suggestion (see src/errors.ts: the first hundred are listed). */
const suggestionBudget = 100;
/** Field names longer than any real field get no suggestion (edit distance is quadratic in length). */
const maxSuggestedLength = 64;
function describe(error, root, suggest) {
    const pointer = error.instancePath;
    const params = error.params;
    const description = error.parentSchema?.description;
    switch (error.keyword) {
        case 'required':
            return { pointer, message: `missing required field '${String(params.missingProperty)}'`, atKey: true };
        case 'additionalProperties': {
            const field = String(params.additionalProperty);
            const allowed = Object.keys(error.parentSchema?.properties ?? {});
            const suggestion = suggest && field.length <= maxSuggestedLength ? closest(field, allowed) : undefined;
            const hint = suggestion
                ? `; did you mean '${suggestion}'?`
                : allowed.length > 0 && suggest
                    ? `; allowed: ${allowed.join(', ')}`
                    : '';
            return {
                pointer: `${pointer}/${(0,yaml_source/* escapePointerToken */.uC)(field)}`,
                message: `unknown field '${shortened(field)}'${hint}${suggestion ? '' : patchesHint(pointer)}`,
                atKey: true,
            };
        }
        case 'type':
            return {
                pointer,
                message: `must be ${String(params.type).replace(',', ' or ')}, got ${shown(valueAt(root, pointer))}`,
                atKey: false,
            };
        case 'enum':
            return {
                pointer,
                message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(valueAt(root, pointer))}`,
                atKey: false,
            };
        case 'const':
            return { pointer, message: `must be ${JSON.stringify(params.allowedValue)}`, atKey: false };
        case 'pattern':
            return {
                pointer,
                message: `${shown(valueAt(root, pointer))} is not valid: ${description ?? `must match ${String(params.pattern)}`}`,
                atKey: false,
            };
        case 'oneOf':
            return {
                pointer,
                message: `${shown(valueAt(root, pointer))} is not valid: expected ${lowerFirst(description ?? 'one of the allowed forms')}`,
                atKey: false,
            };
        case 'propertyNames':
            return { pointer, message: `has an invalid key: ${description ?? 'see the schema'}`, atKey: false };
        case 'minItems':
            return { pointer, message: `must have at least ${String(params.limit)} item(s)`, atKey: false };
        default:
            return {
                pointer,
                message: `${error.message ?? 'is not valid'}${description ? ` (${lowerFirst(description)})` : ''}`,
                atKey: false,
            };
    }
}
/** A field name as shown in a message: a hostile spec can have a key of half a megabyte. */
function shortened(field) {
    return field.length > maxSuggestedLength
        ? `${field.slice(0, maxSuggestedLength)}… (${field.length} characters)`
        : field;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function shown(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    // JSON.stringify writes non-finite numbers as null, which would say the opposite of what was written.
    if (typeof value === 'number' && !Number.isFinite(value))
        return String(value);
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
function valueAt(root, pointer) {
    if (pointer === '')
        return root;
    let current = root;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[token];
    }
    return current;
}
/** `/components/1/ports/0/port` → `components[1] (api).ports[0].port`, naming list items that have a name. */
function displayPath(pointer, root) {
    if (pointer === '')
        return 'spec';
    let text = '';
    let current = root;
    for (const raw of pointer.slice(1).split('/')) {
        const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current)) {
            current = current[Number(token)];
            const name = current !== null && typeof current === 'object' ? current.name : undefined;
            text += typeof name === 'string' ? `[${token}] (${name})` : `[${token}]`;
        }
        else {
            current =
                current !== null && typeof current === 'object' ? current[token] : undefined;
            text += text === '' ? token : `.${token}`;
        }
    }
    return text;
}
/** The candidate nearest to a misspelt word (edit distance), or undefined when none is close. Shared with the CLI. */
function closest(word, candidates) {
    // Edit distance is quadratic: a word this long is no typo of a field or flag name.
    if (word.length > 100)
        return undefined;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = previous[0];
        previous[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = previous[j];
            previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return previous[b.length];
}
/**
 * A field the spec does not model can still be set: say how (the component's `patches`), with where. Only for
 * components and the fields nested in them, where a patch applies; not for typos that got a suggestion.
 */
function patchesHint(pointer) {
    const component = /^(\/components\/\d+(?:\/components\/\d+)*)(?:\/|$)/.exec(pointer)?.[1];
    if (!component)
        return '';
    return (`. The spec does not model this field; to set it anyway, add a patch at ${component}/patches, e.g. ` +
        `patches: [{ patch: { spec: { template: { spec: { <field>: <value> } } } } }] (a merge patch on the workload; ` +
        `target: { kind, name } picks another object)`);
}


/***/ }),

/***/ 42610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ substituteText),
/* harmony export */   OJ: () => (/* binding */ substituteVariables)
/* harmony export */ });
/* unused harmony export maxExpansionChars */
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58780);

// ${name} or ${name,default}; `$${` writes a literal `${`.
const reference = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:,([^}]*))?\}/g;
const wholeReference = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:,([^}]*))?\}$/;
/**
 * Most text all references in one substitution may add. Values are not expanded again, but one 500 KiB value
 * referenced from every line of a 1 MiB spec would still build gigabytes; 4 MiB is four times the largest spec
 * and far beyond any real one. Past it the substitution stops and reports where.
 */
const maxExpansionChars = 4 * 1024 * 1024;
/** Counts what references add; says once, at the first reference past the budget, that the cap was hit. */
class ExpansionBudget {
    limit;
    used = 0;
    exceeded = false;
    constructor(limit) {
        this.limit = limit;
    }
    /** False when adding `text` would pass the budget (then the reference stays as written). */
    take(length) {
        if (this.exceeded)
            return false;
        this.used += length;
        if (this.used > this.limit)
            this.exceeded = true;
        return !this.exceeded;
    }
}
/**
 * Replaces variable references in every string of a JSON-like tree. A string that is exactly one reference takes
 * the variable's own type (so `replicas: ${replicas}` stays a number); otherwise the value is spliced as text.
 * Unknown variables without a default are reported with their JSON pointer.
 */
function substituteVariables(value, scope, options = {}) {
    const problems = [];
    const budget = new ExpansionBudget(options.maxExpansionChars ?? maxExpansionChars);
    const visit = (node, pointer) => {
        if (typeof node === 'string')
            return substituteString(node, scope, pointer, problems, budget);
        if (Array.isArray(node))
            return node.map((item, index) => visit(item, `${pointer}/${index}`));
        if (node !== null && typeof node === 'object') {
            const result = {};
            for (const [key, child] of Object.entries(node)) {
                const childPointer = `${pointer}/${(0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePointerToken */ .uC)(key)}`;
                result[key] = options.skipKeysAt?.(childPointer) ? child : visit(child, childPointer);
            }
            return result;
        }
        return node;
    };
    return { value: visit(value, ''), problems };
}
/** Text substitution (no typing): for raw manifest files, where the YAML author's quoting decides the type. */
function substituteText(text, scope, options = {}) {
    const problems = [];
    const budget = new ExpansionBudget(options.maxExpansionChars ?? maxExpansionChars);
    return { text: spliceReferences(text, scope, '', problems, budget), problems };
}
function substituteString(text, scope, pointer, problems, budget) {
    if (!text.includes('${'))
        return text;
    const whole = wholeReference.exec(text);
    if (whole) {
        const resolved = lookup(whole[1], whole[2], scope);
        if (resolved === undefined) {
            problems.push(unknownVariable(whole[1], pointer, scope));
            return text;
        }
        return typeof resolved === 'string' && !spend(budget, resolved.length, pointer, problems) ? text : resolved;
    }
    return spliceReferences(text, scope, pointer, problems, budget);
}
function spliceReferences(text, scope, pointer, problems, budget) {
    return text.replace(reference, (match, name, fallback) => {
        if (match === '$${')
            return '${';
        const resolved = lookup(name, fallback, scope);
        if (resolved === undefined) {
            problems.push(unknownVariable(name, pointer, scope));
            return match;
        }
        const value = String(resolved);
        return spend(budget, value.length, pointer, problems) ? value : match;
    });
}
function spend(budget, length, pointer, problems) {
    const wasExceeded = budget.exceeded;
    if (budget.take(length))
        return true;
    if (!wasExceeded)
        problems.push({
            pointer,
            message: `variable references here expand the text past ${budget.limit} characters; refusing it (is a large value referenced many times?)`,
        });
    return false;
}
function lookup(name, fallback, scope) {
    if (Object.hasOwn(scope, name))
        return scope[name];
    return fallback;
}
function unknownVariable(name, pointer, scope) {
    const known = Object.keys(scope).sort();
    // A spec may define thousands of variables; the hint names a few, not all, in each of possibly many problems.
    const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')}, … ${known.length - 20} more` : known.join(', ');
    const hint = known.length > 0 ? ` (known: ${shown})` : '';
    return {
        pointer,
        message: `unknown variable \${${name}}: define it under variables, in the cluster's variables or with --var ${name}=..., or write \${${name},default}${hint}`,
    };
}


/***/ }),

/***/ 58780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ parseYamlSource),
/* harmony export */   ZE: () => (/* binding */ specYamlLimits),
/* harmony export */   l4: () => (/* binding */ problemAt),
/* harmony export */   uC: () => (/* binding */ escapePointerToken),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _bounded_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26628);
/* harmony import */ var _line_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49848);





/**
 * Budgets for the spec. A real spec is a few hundred lines (the examples are under 10 KiB); 1 MiB leaves room for
 * generated specs while keeping the parse, every walk over it and the problem report well under a second. 100,000
 * nodes is a hundred times a large hand-written spec; 40 levels is about twice the deepest real nesting (patches on
 * pod specs). All three prototype keys are refused: nothing in the spec's schema is named like them, and maps are
 * copied by assignment.
 */
const specYamlLimits = {
    maxDepth: 40,
    maxAliases: 100,
    maxBytes: 1024 * 1024,
    maxNodes: 100_000,
    // 100,000 nodes with pointers of 100 characters on average (a real spec's are ~30).
    maxPathChars: 10_000_000,
    forbiddenKeys: _bounded_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .prototypeKeys */ .dm,
};
function escapePointerToken(token) {
    return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
/** Parses one YAML document; every failure becomes a SpecError located at file:line:column. */
function parseYamlSource(text, file, limits = specYamlLimits) {
    const { events, documents } = (0,_bounded_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseBoundedYaml */ .EU)(text, file, limits);
    if (documents.length !== 1) {
        const message = documents.length === 0 ? 'the file is empty' : `expected one YAML document, found ${documents.length}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SpecError */ .G8([{ file, line: 1, column: 1, pointer: '', message }]);
    }
    const { valueOffsets, keyOffsets, emptyValues } = indexPositions(events, text);
    return { file, text, value: documents[0], valueOffsets, keyOffsets, emptyValues };
}
function indexPositions(events, text) {
    const valueOffsets = new Map();
    const emptyValues = new Set();
    const keyOffsets = new Map();
    const stack = [];
    let documentsSeen = 0;
    // Where the next node sits: its pointer, or null inside a complex key (not addressable).
    const placeNode = (offset, scalarText) => {
        const top = stack[stack.length - 1];
        if (!top)
            return { pointer: null, isKey: false };
        if (top.kind === 'document')
            return { pointer: top.pointer, isKey: false };
        if (top.pointer === null)
            return { pointer: null, isKey: false };
        if (top.kind === 'sequence')
            return { pointer: `${top.pointer}/${top.nextIndex++}`, isKey: false };
        if (top.expectingKey) {
            top.expectingKey = false;
            top.currentKey = scalarText;
            if (scalarText !== null)
                keyOffsets.set(`${top.pointer}/${escapePointerToken(scalarText)}`, offset);
            return { pointer: null, isKey: true };
        }
        top.expectingKey = true;
        return {
            pointer: top.currentKey === null ? null : `${top.pointer}/${escapePointerToken(top.currentKey)}`,
            isKey: false,
        };
    };
    for (const event of events) {
        switch (event.type) {
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.DOCUMENT:
                documentsSeen += 1;
                stack.push({
                    kind: 'document',
                    pointer: documentsSeen === 1 ? '' : null,
                    nextIndex: 0,
                    expectingKey: false,
                    currentKey: null,
                });
                break;
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING:
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SEQUENCE: {
                const { pointer, isKey } = placeNode(event.start, null);
                if (pointer !== null)
                    valueOffsets.set(pointer, event.start);
                stack.push({
                    kind: event.type === js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.MAPPING ? 'mapping' : 'sequence',
                    pointer: isKey ? null : pointer,
                    nextIndex: 0,
                    expectingKey: true,
                    currentKey: null,
                });
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.SCALAR: {
                const top = stack[stack.length - 1];
                const isKeyPosition = top?.kind === 'mapping' && top.expectingKey;
                const scalarText = isKeyPosition ? (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .getScalarValue */ .KE)(text, event) : null;
                const start = event.valueStart >= 0 ? event.valueStart : Math.max(event.anchorStart, event.tagStart, 0);
                const { pointer } = placeNode(start, scalarText);
                // An empty value has no text of its own: it is located at its key (see `locate`), not at offset 0 (1:1).
                const empty = event.valueStart < 0 && event.anchorStart < 0 && event.tagStart < 0;
                if (pointer !== null && empty)
                    emptyValues.add(pointer);
                else if (pointer !== null)
                    valueOffsets.set(pointer, start);
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.ALIAS: {
                const { pointer } = placeNode(Math.max(event.anchorStart - 1, 0), null);
                if (pointer !== null)
                    valueOffsets.set(pointer, Math.max(event.anchorStart - 1, 0));
                break;
            }
            case js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .EVENT_ID */ .hy.POP:
                stack.pop();
                break;
        }
    }
    return { valueOffsets, keyOffsets, emptyValues };
}
/**
 * Locates a JSON pointer in the source: the key that introduced it when `preferKey`, else its value;
 * falls back to the nearest ancestor that has a position.
 */
function locate(document, pointer, preferKey = false) {
    let current = pointer;
    for (;;) {
        const offset = (preferKey || document.emptyValues?.has(current) ? document.keyOffsets.get(current) : undefined) ??
            document.valueOffsets.get(current);
        if (offset !== undefined)
            return (0,_line_index_js__WEBPACK_IMPORTED_MODULE_3__/* .lineColumn */ .r)(document.text, offset);
        if (current === '')
            return { line: 1, column: 1 };
        current = current.slice(0, current.lastIndexOf('/'));
    }
}
function problemAt(document, pointer, message, preferKey = false) {
    return { file: document.file, pointer, message, ...locate(document, pointer, preferKey) };
}


/***/ }),

/***/ 77742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ parseStatuses),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   i$: () => (/* binding */ parseStatus)
/* harmony export */ });
/* unused harmony exports defaultStatus, statusMatches, describeStatuses */
/** Any 2xx: what "the request worked" means without an expect.status. */
const defaultStatus = [{ from: 200, to: 299 }];
/**
 * One expect.status item: `204`, `"2xx"` or `"200-299"`. Returns the range, or why it is not one (the validator
 * reports it at the item's position).
 */
function parseStatus(item) {
    if (typeof item === 'number')
        return inRange({ from: item, to: item }, String(item));
    const text = item.trim();
    const klass = /^([1-5])xx$/i.exec(text);
    if (klass) {
        const hundred = Number(klass[1]) * 100;
        return { from: hundred, to: hundred + 99 };
    }
    if (/^\d{3}$/.test(text))
        return inRange({ from: Number(text), to: Number(text) }, text);
    const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
    if (range) {
        const parsed = { from: Number(range[1]), to: Number(range[2]) };
        if (parsed.from > parsed.to)
            return { error: `status range ${JSON.stringify(item)} runs backwards` };
        return inRange(parsed, text);
    }
    return { error: `status ${JSON.stringify(item)} is not a code (204), a class ("2xx") or a range ("200-299")` };
}
function inRange(range, text) {
    if (!Number.isInteger(range.from) || range.from < 100 || range.to > 599)
        return { error: `status ${text} is outside 100-599` };
    return range;
}
/** Every item parsed; items that do not parse are left out (validation has refused the spec before). */
function parseStatuses(value) {
    if (value === undefined)
        return defaultStatus;
    const items = Array.isArray(value) ? value : [value];
    const ranges = items.map(parseStatus).filter((entry) => !('error' in entry));
    return ranges.length > 0 ? ranges : defaultStatus;
}
function statusMatches(status, accepted) {
    return accepted.some((range) => status >= range.from && status <= range.to);
}
/** `200-299`, `200, 204`: for the reason of a failure. */
function describeStatuses(accepted) {
    return accepted
        .map((range) => range.from === range.to
        ? String(range.from)
        : range.from % 100 === 0 && range.to === range.from + 99
            ? `${range.from / 100}xx`
            : `${range.from}-${range.to}`)
        .join(', ');
}
/** Whether an answer is what the step expects; the reason says what was wrong in a few words. */
function checkAnswer(answer, expect) {
    if (!statusMatches(answer.status, expect.status))
        return { ok: false, reason: `expected ${describeStatuses(expect.status)}` };
    if (expect.bodyContains !== undefined && !answer.body.includes(expect.bodyContains))
        return { ok: false, reason: 'body does not contain the expected text' };
    return { ok: true };
}


/***/ }),

/***/ 9194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ maxResponseBytes),
/* harmony export */   p: () => (/* binding */ maxRequestBodyBytes)
/* harmony export */ });
/** The largest response body read; the rest is never downloaded. */
const maxResponseBytes = 64 * 1024;
/** The largest request body sent. */
const maxRequestBodyBytes = 1024 * 1024;


/***/ }),

/***/ 88558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ toBlueGreen),
/* harmony export */   HN: () => (/* binding */ colorOf),
/* harmony export */   nI: () => (/* binding */ paint)
/* harmony export */ });
/* unused harmony exports previewServiceName, colorName, versionOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94297);
// Pure: a component's ordinary objects (one Deployment, one Service) → the blue-green layout, rendered as if blue
// were the only color. The resolver (resolve.ts) repaints it with the colors the cluster's state calls for.


function previewServiceName(name) {
    return `${name}-preview`;
}
function colorName(name, color) {
    return `${name}-${color}`;
}
/**
 * The component's objects in blue-green form: Deployment `<name>` becomes `<name>-blue` (its version hash in an
 * annotation, the color on its pods and selector), the Service `<name>` selects the color, a ClusterIP Service
 * `<name>-preview` selects it too, an autoscaler targets it. Throws a message (for a positioned error) when the
 * component has no Deployment or no Service of its name.
 */
function toBlueGreen(objects, name, options) {
    const isWorkload = (object) => object.kind === 'Deployment' && object.metadata.name === name;
    const isService = (object) => object.kind === 'Service' && object.metadata.name === name;
    if (!objects.some(isWorkload))
        throw new Error('blue-green needs a Deployment (kind service)');
    const service = objects.find(isService);
    if (!service)
        throw new Error('blue-green needs a Service: give the component a port');
    const mark = (role) => ({ role, name, options });
    const result = [];
    for (const object of objects) {
        if (isWorkload(object)) {
            const versioned = structuredClone(object);
            versioned.metadata.annotations = {
                ...versioned.metadata.annotations,
                [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenKeys */ .UR.version]: versionOf(object),
            };
            result.push({ object: paint(versioned, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Workload, name, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Blue), blueGreen: mark('workload') });
        }
        else if (isService(object)) {
            result.push({ object: paint(object, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Service, name, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Blue), blueGreen: mark('service') });
            result.push({
                object: paint(previewOf(object), _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Preview, name, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Blue),
                blueGreen: mark('preview'),
            });
        }
        else if (object.kind === 'HorizontalPodAutoscaler' && targetName(object) === name) {
            result.push({ object: paint(object, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Autoscaler, name, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Blue), blueGreen: mark('autoscaler') });
        }
        else {
            result.push({ object });
        }
    }
    return result;
}
/** A copy of a blue-green object painted in `color`: its name, selector or target, whichever its role has. */
function paint(object, role, name, color) {
    const copy = structuredClone(object);
    const spec = (copy['spec'] ?? {});
    switch (role) {
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Workload: {
            copy.metadata.name = colorName(name, color);
            copy.metadata.labels = { ...copy.metadata.labels, [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI]: color };
            const selector = (spec['selector'] ?? {});
            spec['selector'] = { ...selector, matchLabels: { ...selector.matchLabels, [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI]: color } };
            const template = (spec['template'] ?? {});
            spec['template'] = {
                ...template,
                metadata: { ...template.metadata, labels: { ...template.metadata?.labels, [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI]: color } },
            };
            break;
        }
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Service:
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Preview:
            spec['selector'] = { ...spec['selector'], [_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI]: color };
            break;
        case _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Autoscaler:
            spec['scaleTargetRef'] = { ...spec['scaleTargetRef'], name: colorName(name, color) };
            break;
    }
    copy['spec'] = spec;
    return copy;
}
/** The color an object of the layout is painted in, read back (undefined when it carries none). */
function colorOf(object, role) {
    const spec = (object['spec'] ?? {});
    const value = role === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Workload
        ? object.metadata.labels?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI]
        : role === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .BlueGreenRole */ .Ce.Autoscaler
            ? undefined
            : spec['selector']?.[_types_js__WEBPACK_IMPORTED_MODULE_1__/* .colorLabel */ .wI];
    return value === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Blue || value === _types_js__WEBPACK_IMPORTED_MODULE_1__/* .Color */ .Q1.Green ? value : undefined;
}
/** Stable hash of the Deployment as the spec renders it (before coloring): equal hashes = the same version. */
function versionOf(object) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify(sortKeys(object)))
        .digest('hex')
        .slice(0, 16);
}
/** The preview Service: the main one's ports, always ClusterIP (no second load balancer, no node ports). */
function previewOf(service) {
    const spec = structuredClone((service['spec'] ?? {}));
    const ports = (spec['ports'] ?? []).map(({ nodePort: _dropped, ...port }) => port);
    const headless = spec['clusterIP'] === 'None';
    // Load balancer annotations are the main Service's business.
    const { annotations: _annotations, ...metadata } = service.metadata;
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { ...metadata, name: previewServiceName(service.metadata.name) },
        spec: {
            type: 'ClusterIP',
            ...(headless ? { clusterIP: 'None' } : {}),
            selector: spec['selector'],
            ports,
        },
    };
}
function targetName(object) {
    return object['spec']?.['scaleTargetRef']?.name;
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.keys(value)
            .sort()
            .map((key) => [key, sortKeys(value[key])]));
    return value;
}


/***/ }),

/***/ 94297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ BlueGreenRole),
/* harmony export */   IP: () => (/* binding */ otherColor),
/* harmony export */   Q1: () => (/* binding */ Color),
/* harmony export */   UR: () => (/* binding */ BlueGreenKeys),
/* harmony export */   Y8: () => (/* binding */ SwitchMode),
/* harmony export */   ef: () => (/* binding */ BlueGreenStep),
/* harmony export */   wI: () => (/* binding */ colorLabel)
/* harmony export */ });
/* unused harmony export isColor */
const Color = { Blue: 'blue', Green: 'green' };
function otherColor(color) {
    return color === Color.Blue ? Color.Green : Color.Blue;
}
function isColor(value) {
    return value === Color.Blue || value === Color.Green;
}
/** On the pods, the Deployments' selectors and the Services' selectors. */
const colorLabel = 'k8deployer.io/color';
const BlueGreenKeys = {
    /** On each color's Deployment: a hash of the version it runs (its spec before coloring). */
    version: 'k8deployer.io/version',
    /** On the main Service: when its selector last changed color (ISO 8601); keepFor counts from it. */
    switchedAt: 'k8deployer.io/switched-at',
    /** On the main Service: the version `abort` switched away from; a deploy of it again does not switch by itself. */
    abortedVersion: 'k8deployer.io/aborted-version',
};
const SwitchMode = { Auto: 'auto', Manual: 'manual' };
/** What a rendered object is to its blue-green component; the resolver recolors by it. */
const BlueGreenRole = {
    /** The Deployment, rendered as `<name>-blue`. */
    Workload: 'workload',
    /** The main Service `<name>`: its selector carries the live color. */
    Service: 'service',
    /** `<name>-preview`: selects the newest version's color. */
    Preview: 'preview',
    /** The HorizontalPodAutoscaler: follows the live color. */
    Autoscaler: 'autoscaler',
};
/** Where a blue-green component stands after this run (or would stand, for plan). */
const BlueGreenStep = {
    /** No color was live: this one deploys and the Service points at it from the start. */
    FirstDeploy: 'first-deploy',
    /** The new color is deployed; the Service switches once it is ready. */
    Switching: 'switching',
    /** switch: manual: the new color is deployed and waits on the preview Service for `promote`. */
    AwaitingPromote: 'awaiting-promote',
    /** Nothing new: the live color stays; the old one is kept until keepFor ends. */
    Steady: 'steady',
    /** The version being deployed was aborted earlier: no automatic switch to it again. */
    Aborted: 'aborted',
    /** The deploy failed and was rolled back: the color that was live stays live (the switch was not made or undone). */
    RolledBack: 'rolled-back',
    /** After `promote`: the main Service now selects the new color. */
    Promoted: 'promoted',
    /** After `abort`: the main Service selects the old color again (or, before a switch, stays on it). */
    SwitchedBack: 'switched-back',
};


/***/ }),

/***/ 7756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ RolloutPhase),
/* harmony export */   IB: () => (/* binding */ StrategyType),
/* harmony export */   ol: () => (/* binding */ UNTIL_PROMOTED),
/* harmony export */   sC: () => (/* binding */ TrafficSplit)
/* harmony export */ });
const StrategyType = {
    /** The workload's own rolling update: no second Deployment, nothing recorded. */
    Rolling: 'rolling',
    Canary: 'canary',
    BlueGreen: 'blue-green',
};
/** How a canary's share of traffic is realised. */
const TrafficSplit = {
    /** The canary's pods behind the component's one Service: the share is the replica ratio (works everywhere). */
    Replicas: 'replicas',
    /** An ingress-nginx canary Ingress (`nginx.ingress.kubernetes.io/canary-weight`) next to the component's. */
    Nginx: 'nginx',
    /** The component's HTTPRoute with two weighted backendRefs: `<name>` and `<name>-canary`. */
    Gateway: 'gateway',
};
/** A pause that ends only with `k8deployer promote` (the run ends with the rollout in progress, not failed). */
const UNTIL_PROMOTED = 'until-promoted';
/** Where a rollout stands. */
const RolloutPhase = {
    /** Steps are running in this process. */
    Progressing: 'progressing',
    /** Holding at an until-promoted pause: `promote` continues, `abort` rolls back. */
    Paused: 'paused',
    /** Done: stable runs the new version, the second Deployment is gone. */
    Promoted: 'promoted',
    /** Rolled back: stable serves everything, the new version is gone. */
    Aborted: 'aborted',
};


/***/ })

};
