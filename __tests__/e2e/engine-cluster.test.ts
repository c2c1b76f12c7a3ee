// The engine's cluster layer and kind-specific behaviour on a real API server: SSA conflicts name the other
// manager, immutable Jobs are replaced, custom resources wait for their CRD, LoadBalancer/PVC readiness, masked plans,
// informers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster } from '../../src/cluster/client.js';
import { FieldConflictError } from '../../src/cluster/errors.js';
import { runDeploy, runPlan, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { DesiredObject, RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { COMPLETE_DELAY, deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const settings: Settings = { ...defaultSettings, command: 'deploy', specPath: 'k8deployer.yaml', timeoutSeconds: 120, objectTimeoutSeconds: 60 };
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

function rendered(app: string, namespace: string, objects: DesiredObject[], depends: Record<string, string[]> = {}): RenderedApp {
  const names = [...new Set(objects.map((entry) => entry.component))];
  return { app, cluster: 'test', namespace, components: names.map((name) => ({ name, kind: 'service', depends: depends[name] ?? [], images: [], urls: [] })), objects };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

const deploy = (app: RenderedApp, extra: Partial<Settings> = {}) => {
  const { bus, events } = recorder();
  return runDeploy({ targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: app }], bus, settings: { ...settings, ...extra }, tuning, runId: `run-${Math.random()}` }).then(
    (result) => ({ result, events }),
  );
};

describe('engine cluster behaviour', () => {
  let ns: string;
  beforeAll(async () => {
    ns = await uniqueNamespace('engine-cluster', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
    await kubectl(cluster(), ['delete', 'crd', 'widgets.e2e.k8deployer.io', '--ignore-not-found']).catch(() => undefined);
  });

  it('reports a field conflict with the other manager and the field; force-conflicts takes ownership', async () => {
    await kubectl(cluster(), ['apply', '--server-side', '--field-manager', 'someone-else', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shared', namespace: ns }, data: { mode: 'theirs' } }));
    const app = rendered('conflict', ns, [{ component: 'cfg', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shared', namespace: ns }, data: { mode: 'ours' } } }]);
    const client = connectCluster(cluster().name, kubeConfigFor(cluster()));
    try {
      const error = await client.apply(app.objects[0]!.object).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FieldConflictError);
      expect((error as FieldConflictError).conflicts).toEqual([{ manager: 'someone-else', field: '.data.mode' }]);
    } finally {
      client.close();
    }
    const refused = await deploy(app);
    expect(refused.result.outcome).toBe('failed');
    expect(refused.result.clusters[0]?.reason).toContain('.data.mode (owned by someone-else)');
    const forced = await deploy(app, { forceConflicts: true });
    expect(forced.result.outcome).toBe('succeeded');
    const live = JSON.parse(await kubectl(cluster(), ['get', 'configmap', 'shared', '-n', ns, '-o', 'json'])) as KubeObject;
    expect(live['data']).toEqual({ mode: 'ours' });
  });

  it('replaces a Job whose template changed when replaceOnImmutable is set, and waits for it to complete', async () => {
    const job = (command: string): DesiredObject => ({
      component: 'migrate',
      options: { replaceOnImmutable: true },
      object: {
        apiVersion: 'batch/v1',
        kind: 'Job',
        metadata: { name: 'migrate', namespace: ns },
        spec: {
          backoffLimit: 0,
          template: {
            metadata: { annotations: { [COMPLETE_DELAY]: '1s' } },
            spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'migrate:1', command: [command] }] },
          },
        },
      },
    });
    const first = await deploy(rendered('jobs', ns, [job('up')]));
    expect(first.result.outcome).toBe('succeeded');
    const uid = (JSON.parse(await kubectl(cluster(), ['get', 'job', 'migrate', '-n', ns, '-o', 'json'])) as KubeObject).metadata['uid'];
    const second = await deploy(rendered('jobs', ns, [job('up-again')]));
    expect(second.result.outcome).toBe('succeeded');
    const replaced = JSON.parse(await kubectl(cluster(), ['get', 'job', 'migrate', '-n', ns, '-o', 'json'])) as KubeObject & { status: { succeeded?: number } };
    expect(replaced.metadata['uid']).not.toBe(uid);
    expect(replaced.status.succeeded).toBe(1);
    // Without the option, the same change is refused with a hint.
    const refused = await deploy(rendered('jobs', ns, [{ ...job('third'), options: {} }]));
    expect(refused.result.clusters[0]?.reason).toMatch(/immutable.*replaceOnImmutable/s);
  });

  it('applies a custom resource only after its CRD is established (discovery refreshed)', async () => {
    const crd: KubeObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.e2e.k8deployer.io' },
      spec: {
        group: 'e2e.k8deployer.io',
        scope: 'Namespaced',
        names: { plural: 'widgets', singular: 'widget', kind: 'Widget' },
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
      },
    };
    const widget: KubeObject = { apiVersion: 'e2e.k8deployer.io/v1', kind: 'Widget', metadata: { name: 'w', namespace: ns }, spec: { size: 3 } };
    // The CR comes first in the list on purpose: the order comes from the graph, not the list.
    const { result, events } = await deploy(rendered('crds', ns, [{ component: 'w', object: widget }, { component: 'w', object: crd }]));
    expect(result.outcome).toBe('succeeded');
    const crdReady = events.findIndex((e) => e.type === 'object-ready' && e.ref.kind === 'CustomResourceDefinition');
    const crApplied = events.findIndex((e) => e.type === 'object-applied' && e.ref.kind === 'Widget');
    expect(crdReady).toBeGreaterThanOrEqual(0);
    expect(crdReady).toBeLessThan(crApplied);
    expect(await kubectl(cluster(), ['get', 'widgets', 'w', '-n', ns, '-o', 'name'])).toContain('widget');
  });

  it('waits for a LoadBalancer address and a bound PVC', async () => {
    const { result, events } = await deploy(
      rendered('lb', ns, [
        { component: 'edge', object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'edge', namespace: ns }, spec: { type: 'LoadBalancer', selector: { app: 'edge' }, ports: [{ port: 80 }] } } },
        { component: 'data', object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: ns }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } } },
      ]),
    );
    expect(result.clusters[0]?.reason).toBeUndefined();
    const lbProgress = events.filter((e) => e.type === 'object-progress' && e.ref.kind === 'Service').map((e) => (e.type === 'object-progress' ? e.message : ''));
    expect(lbProgress.at(-1)).toContain('load balancer 127.0.0.1');
  });

  it('plans with Secret values masked', async () => {
    const secret = (value: string): DesiredObject => ({
      component: 'creds',
      object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: ns }, type: 'Opaque', stringData: { password: value } },
    });
    expect((await deploy(rendered('secrets', ns, [secret('hunter2')]))).result.outcome).toBe('succeeded');
    const { bus } = recorder();
    const plan = await runPlan({ targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: rendered('secrets', ns, [secret('correct-horse')]) }], bus, settings });
    const change = plan.plans[0]?.changes[0];
    expect(change?.action).toBe('update');
    expect(change?.diff).toContain('password: (masked, new value)');
    expect(JSON.stringify(plan)).not.toMatch(/correct-horse|Y29ycmVjdC1ob3JzZQ|hunter2|aHVudGVyMg/);
  });

  it('informers list, then stream changes', async () => {
    const client = connectCluster(cluster().name, kubeConfigFor(cluster()));
    try {
      const informer = await client.informer('v1', 'ConfigMap', { namespace: ns, labelSelector: 'informer=test' });
      const seen: string[] = [];
      informer.subscribe((type, object) => seen.push(`${type} ${object.metadata.name}`));
      await kubectl(cluster(), ['create', 'configmap', 'watched', '-n', ns]);
      await kubectl(cluster(), ['label', 'configmap', 'watched', '-n', ns, 'informer=test']);
      await kubectl(cluster(), ['delete', 'configmap', 'watched', '-n', ns]);
      const deadline = Date.now() + 10_000;
      while (!seen.includes('DELETED watched') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(seen).toEqual(['ADDED watched', 'DELETED watched']);
      expect(informer.list()).toEqual([]);
    } finally {
      client.close();
    }
  });
});
