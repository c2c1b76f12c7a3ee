export const id = 91;
export const ids = [91];
export const modules = {

/***/ 10091:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95581);

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

/***/ 95581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9110);
/* harmony import */ var _render_print_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77203);
/* harmony import */ var _settings_cli_args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3197);
/* harmony import */ var _settings_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31664);







/** CLI entry: parse flags → the same run the action does → exit code. Never prints a stack trace for bad input. */
async function main(argv) {
    try {
        const invocation = (0,_settings_cli_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseCliArgs */ .h)(argv);
        if (invocation.kind === 'help') {
            process.stdout.write(`${invocation.text}\n`);
            return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Ok;
        }
        const settings = invocation.settings;
        if (settings.command === _settings_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Command */ .uB.Render)
            return await render(settings);
        const nodeMajor = Number(process.versions.node.split('.')[0]);
        if (nodeMajor < 22) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`k8deployer ${settings.command} talks to clusters and needs Node.js 22 or later (this is ${process.versions.node}); render works on any Node.js from 20`);
        }
        // Loaded only for cluster commands: the Kubernetes client needs Node 22+, offline render does not.
        const { runClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(153), __webpack_require__.e(452)]).then(__webpack_require__.bind(__webpack_require__, 99153));
        return await runClusterCommand(settings, { env: process.env, write: (text) => process.stdout.write(text), mode: 'cli' });
    }
    catch (error) {
        return reportError(error);
    }
}
async function render(settings) {
    const prepared = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareRun */ .Z)(settings, { env: process.env, missingSecrets: 'placeholder' });
    if (settings.outputDir) {
        const outputDir = settings.outputDir;
        let count = 0;
        for (const { rendered } of prepared.targets) {
            for (const file of (0,_render_print_js__WEBPACK_IMPORTED_MODULE_4__/* .objectFiles */ .J_)(rendered, { showSecrets: settings.showSecrets === true })) {
                const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(outputDir, file.path);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, file.content);
                count += 1;
            }
        }
        process.stderr.write(`wrote ${count} objects for ${prepared.targets.length} cluster(s) to ${outputDir}\n`);
        return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Ok;
    }
    for (const { target, rendered } of prepared.targets) {
        process.stdout.write(`# cluster ${target.name} (${target.provider}), namespace ${rendered.namespace}: ${rendered.objects.length} objects\n`);
        process.stdout.write((0,_render_print_js__WEBPACK_IMPORTED_MODULE_4__/* .objectsToYaml */ .TZ)(rendered.objects.map((desired) => desired.object), { showSecrets: settings.showSecrets === true }));
    }
    return _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Ok;
}
function reportError(error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .SpecError */ .G8) {
        process.stderr.write(`error: the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}\n`);
        return error.exitCode;
    }
    process.stderr.write(`error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}\n`);
    if (process.env.K8DEPLOYER_DEBUG && error instanceof Error && error.stack)
        process.stderr.write(`${error.stack}\n`);
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .K8deployerError */ .QX ? error.exitCode : _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ExitCode */ .yU.Failure;
}


/***/ })

};
