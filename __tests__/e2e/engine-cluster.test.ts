// The engine's cluster layer and kind-specific behaviour on a real API server: SSA conflicts name the other
// manager, immutable Jobs are replaced, custom resources wait for their CRD, LoadBalancer/PVC readiness, masked plans,
// informers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCluster } from '../../src/cluster/client.js';
import { FieldConflictError } from '../../src/cluster/errors.js';
import { engineOptions, runDelete, runDeploy, runPlan, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { DesiredObject, RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { COMPLETE_DELAY, deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

function rendered(
  app: string,
  namespace: string,
  objects: DesiredObject[],
  depends: Record<string, string[]> = {},
): RenderedApp {
  const names = [...new Set(objects.map((entry) => entry.component))];
  return {
    app,
    cluster: 'test',
    namespace,
    components: names.map((name) => ({ name, kind: 'service', depends: depends[name] ?? [], images: [], urls: [] })),
    objects,
  };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

const deploy = (app: RenderedApp, extra: Partial<Settings> = {}) => {
  const { bus, events } = recorder();
  return runDeploy({
    targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: app }],
    bus,
    options: engineOptions({ ...settings, ...extra }),
    tuning,
    runId: `run-${Math.random()}`,
  }).then((result) => ({ result, events }));
};

describe('engine cluster behaviour', () => {
  let ns: string;
  beforeAll(async () => {
    ns = await uniqueNamespace('engine-cluster', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
    await kubectl(cluster(), ['delete', 'crd', 'widgets.e2e.k8deployer.io', '--ignore-not-found']).catch(
      () => undefined,
    );
  });

  it('reports a field conflict with the other manager and the field; force-conflicts takes ownership', async () => {
    await kubectl(
      cluster(),
      ['apply', '--server-side', '--field-manager', 'someone-else', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'shared', namespace: ns },
        data: { mode: 'theirs' },
      }),
    );
    const app = rendered('conflict', ns, [
      {
        component: 'cfg',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'shared', namespace: ns },
          data: { mode: 'ours' },
        },
      },
    ]);
    const client = connectCluster(cluster().name, kubeConfigFor(cluster()));
    try {
      const error = await client.apply(app.objects[0]!.object).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FieldConflictError);
      expect((error as FieldConflictError).conflicts).toEqual([{ manager: 'someone-else', field: '.data.mode' }]);
    } finally {
      client.close();
    }
    // The object is someone else's: refused outright, before any conflict, unless adopt.
    const notOurs = await deploy(app);
    expect(notOurs.result.outcome).toBe('failed');
    expect(notOurs.result.clusters[0]?.reason).toContain(
      'ConfigMap/' + ns + '/shared already exists and it was not created by k8deployer (managed by someone-else)',
    );
    const refused = await deploy(app, { adopt: true });
    expect(refused.result.outcome).toBe('failed');
    expect(refused.result.clusters[0]?.reason).toContain('.data.mode (owned by someone-else)');
    const forced = await deploy(app, { adopt: true, forceConflicts: true });
    expect(forced.result.outcome).toBe('succeeded');
    const live = JSON.parse(
      await kubectl(cluster(), ['get', 'configmap', 'shared', '-n', ns, '-o', 'json']),
    ) as KubeObject;
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
    const uid = (JSON.parse(await kubectl(cluster(), ['get', 'job', 'migrate', '-n', ns, '-o', 'json'])) as KubeObject)
      .metadata['uid'];
    const second = await deploy(rendered('jobs', ns, [job('up-again')]));
    expect(second.result.outcome).toBe('succeeded');
    const replaced = JSON.parse(
      await kubectl(cluster(), ['get', 'job', 'migrate', '-n', ns, '-o', 'json']),
    ) as KubeObject & { status: { succeeded?: number } };
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
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
          },
        ],
      },
    };
    const widget: KubeObject = {
      apiVersion: 'e2e.k8deployer.io/v1',
      kind: 'Widget',
      metadata: { name: 'w', namespace: ns },
      spec: { size: 3 },
    };
    // The CR comes first in the list on purpose: the order comes from the graph, not the list.
    const { result, events } = await deploy(
      rendered('crds', ns, [
        { component: 'w', object: widget },
        { component: 'w', object: crd },
      ]),
    );
    expect(result.outcome).toBe('succeeded');
    const crdReady = events.findIndex((e) => e.type === 'object-ready' && e.ref.kind === 'CustomResourceDefinition');
    const crApplied = events.findIndex((e) => e.type === 'object-applied' && e.ref.kind === 'Widget');
    expect(crdReady).toBeGreaterThanOrEqual(0);
    expect(crdReady).toBeLessThan(crApplied);
    expect(await kubectl(cluster(), ['get', 'widgets', 'w', '-n', ns, '-o', 'name'])).toContain('widget');
  });

  it('applies custom resources of several new CRDs at once without losing the discovery race, repeatedly', async () => {
    // Each round installs fresh CRDs (new groups) with their CRs in one set, so every CR apply races the server's
    // discovery publishing the new group right after Established (one discovery worker serves every CRD, so 16 at once
    // queue up). Without waiting for discovery this failed in the first round ("the server has no resource of kind
    // Gadget in r0i6...") on an idle test bed; with 4 CRDs it passed, which is why the count is high.
    const rounds = 2;
    const perRound = 16;
    const names: string[] = [];
    try {
      for (let round = 0; round < rounds; round += 1) {
        const objects: DesiredObject[] = [];
        for (let index = 0; index < perRound; index += 1) {
          const group = `r${round}i${index}.race.e2e.k8deployer.io`;
          names.push(`gadgets.${group}`);
          objects.push({
            component: `c${index}`,
            object: {
              apiVersion: `${group}/v1`,
              kind: 'Gadget',
              metadata: { name: `g${index}`, namespace: ns },
              spec: { n: index },
            },
          });
          objects.push({
            component: `c${index}`,
            object: {
              apiVersion: 'apiextensions.k8s.io/v1',
              kind: 'CustomResourceDefinition',
              metadata: { name: `gadgets.${group}` },
              spec: {
                group,
                scope: 'Namespaced',
                names: { plural: 'gadgets', singular: 'gadget', kind: 'Gadget' },
                versions: [
                  {
                    name: 'v1',
                    served: true,
                    storage: true,
                    schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
                  },
                ],
              },
            },
          });
        }
        const { result } = await deploy(rendered(`race-${round}`, ns, objects));
        expect(result.clusters[0]?.reason, `round ${round}`).toBeUndefined();
        expect(result.outcome).toBe('succeeded');
      }
    } finally {
      if (names.length > 0)
        await kubectl(cluster(), ['delete', 'crd', ...names, '--ignore-not-found', '--wait=false']).catch(
          () => undefined,
        );
    }
  });

  it('waits for a LoadBalancer address and a bound PVC', async () => {
    const { result, events } = await deploy(
      rendered('lb', ns, [
        {
          component: 'edge',
          object: {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: { name: 'edge', namespace: ns },
            spec: { type: 'LoadBalancer', selector: { app: 'edge' }, ports: [{ port: 80 }] },
          },
        },
        {
          component: 'data',
          object: {
            apiVersion: 'v1',
            kind: 'PersistentVolumeClaim',
            metadata: { name: 'data', namespace: ns },
            spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
          },
        },
      ]),
    );
    expect(result.clusters[0]?.reason).toBeUndefined();
    const lbProgress = events
      .filter((e) => e.type === 'object-progress' && e.ref.kind === 'Service')
      .map((e) => (e.type === 'object-progress' ? e.message : ''));
    expect(lbProgress.at(-1)).toContain('load balancer 127.0.0.1');
  });

  it('plans with Secret values masked', async () => {
    const secret = (value: string): DesiredObject => ({
      component: 'creds',
      object: {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'creds', namespace: ns },
        type: 'Opaque',
        stringData: { password: value },
      },
    });
    expect((await deploy(rendered('secrets', ns, [secret('hunter2')]))).result.outcome).toBe('succeeded');
    const { bus } = recorder();
    const plan = await runPlan({
      targets: [
        {
          cluster: cluster().name,
          kubeConfig: kubeConfigFor(cluster()),
          rendered: rendered('secrets', ns, [secret('correct-horse')]),
        },
      ],
      bus,
      options: engineOptions(settings),
    });
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

  it('does not prune a cluster-scoped object that was rendered with a namespace', async () => {
    const name = `${ns}-reader`;
    const role: DesiredObject = {
      component: 'rbac',
      object: {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name, namespace: ns },
        rules: [],
      },
    };
    try {
      const first = await deploy(rendered('scoped', ns, [role]));
      expect(first.result.outcome).toBe('succeeded');
      const again = await deploy(rendered('scoped', ns, [role]));
      expect(again.result.clusters[0]?.changes).toEqual([
        {
          component: 'rbac',
          ref: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name },
          action: 'unchanged',
        },
      ]);
      expect(again.events.filter((e) => e.type === 'object-pruned')).toEqual([]);
      expect(await kubectl(cluster(), ['get', 'clusterrole', name, '-o', 'name'])).toContain(name);
    } finally {
      await kubectl(cluster(), ['delete', 'clusterrole', name, '--ignore-not-found']).catch(() => undefined);
    }
  });

  it('fails fast when the ReplicaSet cannot create pods (FailedCreate)', async () => {
    const started = Date.now();
    const { result, events } = await deploy(
      rendered('nosa', ns, [
        {
          component: 'api',
          object: {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'nosa', namespace: ns },
            spec: {
              replicas: 1,
              selector: { matchLabels: { app: 'nosa' } },
              template: {
                metadata: { labels: { app: 'nosa' } },
                spec: { serviceAccountName: 'missing', containers: [{ name: 'app', image: 'app:1' }] },
              },
            },
          },
        },
      ]),
    );
    expect(result.clusters[0]?.outcome).toBe('rolled-back');
    expect(result.clusters[0]?.reason).toMatch(/Deployment nosa: FailedCreate: .*serviceaccount "missing" not found/);
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(events.some((e) => e.type === 'object-deleted' && e.ref.name === 'nosa')).toBe(true);
  });

  it('refuses to deploy an empty set (it would prune everything)', async () => {
    const { result } = await deploy(rendered('empty', ns, []));
    expect(result.outcome).toBe('failed');
    expect(result.clusters[0]?.reason).toContain('refusing to deploy an empty set');
  });

  it('delete keeps PVCs and the namespace unless asked, then removes the namespace when asked', async () => {
    const own = `${ns}-own`;
    const app = rendered('owned', own, [
      { component: 'base', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: own } } },
      {
        component: 'base',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'settings', namespace: own },
          data: { a: '1' },
        },
      },
      {
        component: 'base',
        object: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data', namespace: own },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      },
    ]);
    try {
      expect((await deploy(app)).result.outcome).toBe('succeeded');
      const targets = [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: app }];
      const keep = await runDelete({
        targets,
        bus: new EventBus(),
        options: engineOptions({ ...settings, command: 'delete' }),
        tuning,
        runId: 'delete-keep',
      });
      expect(keep.outcome).toBe('deleted');
      const left = JSON.parse(await kubectl(cluster(), ['get', 'configmaps,pvc,secrets', '-n', own, '-o', 'json'])) as {
        items: KubeObject[];
      };
      const names = left.items.map((o) => `${o.kind}/${o.metadata.name}`);
      expect(names).toContain('PersistentVolumeClaim/data');
      expect(names).not.toContain('ConfigMap/settings');
      // The parent stays while a kept member (the PVC) still points at it.
      expect(names).toContain('Secret/k8deployer-owned');
      const all = await runDelete({
        targets,
        bus: new EventBus(),
        options: engineOptions({ ...settings, command: 'delete', deleteNamespaces: true }),
        tuning,
        runId: 'delete-all',
      });
      expect(all.outcome).toBe('deleted');
      expect(await kubectl(cluster(), ['get', 'namespace', own, '--ignore-not-found', '-o', 'name'])).toBe('');
    } finally {
      await deleteNamespace(own, cluster());
    }
  });
});
