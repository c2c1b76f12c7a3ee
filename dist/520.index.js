export const id = 520;
export const ids = [520];
export const modules = {

/***/ 88520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweepPreviews: () => (/* binding */ sweepPreviews)
});

// UNUSED EXPORTS: defaultPreviewTtlHours

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(53329);
// EXTERNAL MODULE: ./src/credentials/index.ts + 1 modules
var src_credentials = __webpack_require__(17678);
// EXTERNAL MODULE: ./src/engine.ts + 26 modules
var engine = __webpack_require__(28541);
// EXTERNAL MODULE: ./src/pipeline.ts + 10 modules
var pipeline = __webpack_require__(9110);
;// CONCATENATED MODULE: ./src/preview/ttl-sweep.ts
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

// EXTERNAL MODULE: ./src/settings/types.ts
var types = __webpack_require__(31664);
;// CONCATENATED MODULE: ./src/sweep.ts






const defaultPreviewTtlHours = 168;
/**
 * Finds the app's preview namespaces (by the labels preview-up puts on them) on the preview clusters and undeploys
 * those older than the TTL, namespace included. Each preview is its own target, named `<cluster>/<namespace>`.
 */
async function sweepPreviews(request) {
    const { settings } = request;
    const base = await (0,pipeline/* prepareRun */.Z)({ ...settings, command: types/* Command */.uB.Render }, { env: request.env, missingSecrets: 'placeholder' });
    const spec = base.spec.targets[0]?.spec;
    const previewClusters = spec?.preview?.clusters ?? base.targets.slice(0, 1).map(({ target }) => target.name);
    const ttlHours = settings.previewTtlHours ?? spec?.preview?.ttlHours ?? defaultPreviewTtlHours;
    const credentials = [];
    const targets = [];
    const renders = [];
    try {
        for (const prepared of base.targets.filter(({ target }) => previewClusters.includes(target.name))) {
            const resolved = await (0,src_credentials/* resolveCredentials */.z8)(request.providerConfig(prepared), { ...request.credentials, env: request.env });
            credentials.push(resolved);
            const namespaces = await resolved.kubeConfig.makeApiClient(dist/* CoreV1Api */.f5Y).listNamespace({ labelSelector: `${previewPrLabel},${partOfLabel}=${prepared.rendered.app}` });
            // A namespace already being deleted (a teardown that just ran) needs no second undeploy.
            const live = namespaces.items.filter((namespace) => !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== 'Terminating');
            const expired = selectPreviewsToSweep(live.map((namespace) => ({
                name: namespace.metadata?.name ?? '',
                ...(namespace.metadata?.labels ? { labels: namespace.metadata.labels } : {}),
                ...(namespace.metadata?.creationTimestamp ? { creationTimestamp: namespace.metadata.creationTimestamp } : {}),
            })), { now: request.now ?? new Date(), ttlHours, app: prepared.rendered.app });
            for (const candidate of expired) {
                const preview = await (0,pipeline/* prepareRun */.Z)({ ...settings, clusters: [prepared.target.name], namespaceOverride: candidate.namespace }, { env: request.env, missingSecrets: 'placeholder' });
                for (const entry of preview.targets) {
                    const name = `${entry.target.name}/${candidate.namespace}`;
                    renders.push({ target: { ...entry.target, name }, rendered: { ...entry.rendered, cluster: name } });
                    targets.push({ cluster: name, kubeConfig: resolved.kubeConfig, rendered: { ...entry.rendered, cluster: name } });
                }
            }
        }
        const result = await (0,engine/* runDelete */.rv)({
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
