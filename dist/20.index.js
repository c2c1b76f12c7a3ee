export const id = 20;
export const ids = [20];
export const modules = {

/***/ 69020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* unused harmony export parseDemoArgs */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(33243);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _settings_cli_args_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3197);








const fault = 'testbed.k8deployer.io/fault';
function parseDemoArgs(argv, env) {
    const options = { keep: false };
    const fromEnv = env.K8DEPLOYER_DEMO_TESTBED_DIR;
    if (fromEnv)
        options.testbedDir = fromEnv;
    for (let index = 0; index < argv.length; index++) {
        const arg = argv[index];
        if (arg === '--keep')
            options.keep = true;
        else if (arg === '--testbed-dir' && argv[index + 1])
            options.testbedDir = argv[++index];
        else if (arg.startsWith('--testbed-dir='))
            options.testbedDir = arg.slice('--testbed-dir='.length);
        else
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`unknown demo option ${arg}; the demo takes --keep and --testbed-dir DIR`);
    }
    return options;
}
/** The repository root: src/ or dist/ sit right under it. */
function packageRoot() {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), '..');
}
function phase(text) {
    process.stdout.write(`\n=== ${text}\n`);
}
function testbed(args) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', [node_path__WEBPACK_IMPORTED_MODULE_3___default().join(packageRoot(), 'scripts/testbed.sh'), ...args], { stdio: 'inherit' });
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
}
async function runDemo(argv, env) {
    const options = parseDemoArgs(argv, env);
    const { runClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(356), __webpack_require__.e(291), __webpack_require__.e(153), __webpack_require__.e(754)]).then(__webpack_require__.bind(__webpack_require__, 99153));
    const owned = options.testbedDir === undefined;
    const dir = options.testbedDir ?? node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache', 'k8deployer-demo', 'testbed');
    const work = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'k8deployer-demo-'));
    const interrupted = new AbortController();
    const onSignal = (signal) => {
        process.stderr.write(`\ninterrupted (${signal}): cleaning up\n`);
        interrupted.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const namespace = `k8deployer-demo-${Math.random().toString(36).slice(2, 8)}`;
    let started = false;
    let deployed = false;
    const run = (command, specFile) => runClusterCommand(settingsOf(command, specFile), {
        env: { ...env, SHOP_DB_PASSWORD: 'demo-password', SHOP_STRIPE_KEY: 'sk_test_demo' },
        write: (text) => process.stdout.write(text),
        mode: 'cli',
        signal: interrupted.signal,
    });
    try {
        if (owned) {
            phase(`starting a local test-bed cluster in ${dir} (the first run builds etcd, kube-apiserver and kwok from Go modules: about 10 minutes on 2 cores; later runs start in seconds)`);
            started = true;
            if ((await testbed(['up', '1', '--dir', dir])) !== 0)
                throw new Error('the test bed did not start');
        }
        else
            phase(`using the running test-bed clusters in ${dir}`);
        const kubeconfig = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'cluster-1', 'kubeconfig');
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(kubeconfig))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`no test-bed cluster in ${dir} (${kubeconfig} is missing)`);
        const specFile = shopSpec(work, kubeconfig, namespace);
        phase(`deploying the shop example (examples/shop) to namespace ${namespace}`);
        const first = await run('deploy', specFile);
        deployed = true;
        if (interrupted.signal.aborted)
            return 130;
        if (first !== 0)
            throw new Error(`the first deploy failed (exit ${first})`);
        phase('breaking component web: image ghcr.io/acme/shop-web:does-not-exist cannot be pulled; watch fail-fast and rollback');
        breakWeb(specFile);
        const broken = await run('deploy', specFile);
        if (interrupted.signal.aborted)
            return 130;
        if (broken === 0)
            throw new Error('the broken deploy succeeded; expected a failure and a rollback');
        phase('the broken deploy failed fast and was rolled back (exit code 1, as in CI); the app still serves the previous revision');
        return 0;
    }
    finally {
        if (deployed && !options.keep) {
            phase(`deleting the app and namespace ${namespace}`);
            await run('delete', node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'k8deployer.yaml'));
        }
        if (started && !options.keep) {
            phase('stopping the test-bed cluster');
            await testbed(['down', '--dir', dir]);
        }
        else if (options.keep)
            process.stdout.write(`\nkept: namespace ${namespace}; KUBECONFIG=${node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, 'cluster-1', 'kubeconfig')}\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(work, { recursive: true, force: true });
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
function settingsOf(command, specFile) {
    const invocation = (0,_settings_cli_args_js__WEBPACK_IMPORTED_MODULE_7__/* .parseCliArgs */ .h)([command, '-f', specFile, ...(command === 'delete' ? ['--delete-namespaces'] : [])]);
    if (invocation.kind !== 'run')
        throw new Error('unexpected help');
    return invocation.settings;
}
/** The shop example, copied, pointed at the test-bed cluster, in its own namespace. */
function shopSpec(work, kubeconfig, namespace) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(packageRoot(), 'examples/shop'), work, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'k8deployer.yaml');
    const spec = (0,js_yaml__WEBPACK_IMPORTED_MODULE_5__/* .load */ .Hh)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    spec.namespace = namespace;
    // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(kubeconfig, node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, 'kubeconfig'));
    spec.clusters = [
        {
            name: 'demo',
            kubeconfig: { path: 'kubeconfig' },
            variables: { domain: 'demo.shop.example.com', apiReplicas: 1 },
        },
    ];
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, (0,js_yaml__WEBPACK_IMPORTED_MODULE_5__/* .dump */ .Bh)(spec));
    return file;
}
/** A tag that does not exist; the test bed's fake kubelet fails the pull the way a real one would. */
function breakWeb(file) {
    const spec = (0,js_yaml__WEBPACK_IMPORTED_MODULE_5__/* .load */ .Hh)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    const web = spec.components.find((component) => component.name === 'web');
    if (!web)
        throw new Error('the shop example has no web component');
    web.image = 'ghcr.io/acme/shop-web:does-not-exist';
    web.podAnnotations = { ...(web.podAnnotations ?? {}), [fault]: 'image-pull' };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(file, (0,js_yaml__WEBPACK_IMPORTED_MODULE_5__/* .dump */ .Bh)(spec));
}


/***/ })

};
