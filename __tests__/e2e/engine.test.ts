// The deploy engine against real API servers (kwok runs the pods): install, no-op re-deploy, rolling update, prune,
// foreign objects, delete. Apps are hand-built RenderedApp values, so these tests do not depend on spec/render.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDelete, runDeploy, runPlan, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { ComponentInfo, DesiredObject, RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { READY_DELAY, deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const PART_OF = 'applyset.kubernetes.io/part-of';
const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5, thresholds: { imagePullMs: 10_000 } };

interface Service {
  name: string;
  image: string;
  depends?: string[];
  delay?: string;
}

/** A component = ConfigMap + Deployment (+ Service), the Deployment reading the ConfigMap. */
function app(namespace: string, services: Service[]): RenderedApp {
  const components: ComponentInfo[] = services.map((s) => ({
    name: s.name,
    kind: 'service',
    depends: s.depends ?? [],
    images: [s.image],
    urls: [],
  }));
  const objects: DesiredObject[] = services.flatMap((s) => [
    {
      component: s.name,
      object: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `${s.name}-config`, namespace },
        data: { NAME: s.name },
      },
    },
    {
      component: s.name,
      object: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: s.name, namespace },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: s.name } },
          template: {
            metadata: { labels: { app: s.name }, annotations: { [READY_DELAY]: s.delay ?? '1s' } },
            spec: {
              containers: [{ name: 'app', image: s.image, envFrom: [{ configMapRef: { name: `${s.name}-config` } }] }],
            },
          },
        },
      },
    },
    {
      component: s.name,
      object: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: s.name, namespace },
        spec: { selector: { app: s.name }, ports: [{ port: 80 }] },
      },
    },
  ]);
  return { app: 'shop', cluster: 'test', namespace, components, objects };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

const cluster = () => testClusters()[0]!;
const target = (rendered: RenderedApp) => [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered }];

async function liveObjects(namespace: string): Promise<KubeObject[]> {
  const out = await kubectl(cluster(), [
    'get',
    'configmaps,secrets,services,deployments,leases',
    '-n',
    namespace,
    '-o',
    'json',
  ]);
  return (JSON.parse(out) as { items: KubeObject[] }).items;
}

function indexOf(events: DeployEvent[], predicate: (event: DeployEvent) => boolean): number {
  const index = events.findIndex(predicate);
  expect(index, 'expected event not found').toBeGreaterThanOrEqual(0);
  return index;
}

const isReady =
  (name: string, kind = 'Deployment') =>
  (event: DeployEvent) =>
    event.type === 'object-ready' && event.ref.kind === kind && event.ref.name === name;
const isApplied =
  (name: string, kind = 'Deployment') =>
  (event: DeployEvent) =>
    event.type === 'object-applied' && event.ref.kind === kind && event.ref.name === name;

describe('engine on a real cluster', () => {
  let ns: string;
  const v1 = (): Service[] => [
    { name: 'db', image: 'db:1' },
    { name: 'api', image: 'api:1', depends: ['db'] },
    { name: 'web', image: 'web:1', depends: ['api'] },
    { name: 'worker', image: 'worker:1', depends: ['db'] },
  ];

  beforeAll(async () => {
    ns = await uniqueNamespace('engine', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  it('installs a multi-component app, in dependency order, and reports ready', async () => {
    const { bus, events } = recorder();
    const result = await runDeploy({
      targets: target(app(ns, v1())),
      bus,
      options: engineOptions(settings),
      tuning,
      runId: 'install',
    });
    expect(result.outcome).toBe('succeeded');
    expect(result.clusters[0]).toMatchObject({ outcome: 'succeeded', revision: 1 });
    // api waits for db, web for api; worker only for db (it may run alongside api).
    expect(indexOf(events, isReady('db'))).toBeLessThan(indexOf(events, isApplied('api')));
    expect(indexOf(events, isReady('api'))).toBeLessThan(indexOf(events, isApplied('web')));
    expect(indexOf(events, isReady('db'))).toBeLessThan(indexOf(events, isApplied('worker')));
    expect(indexOf(events, isApplied('worker'))).toBeLessThan(indexOf(events, isReady('api')));
    // Each Deployment only after its own ConfigMap is ready.
    expect(indexOf(events, isReady('api-config', 'ConfigMap'))).toBeLessThan(indexOf(events, isApplied('api')));
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', outcome: 'succeeded' });
    expect(events.filter((e) => e.type === 'component-finished' && e.outcome === 'succeeded')).toHaveLength(4);

    const live = await liveObjects(ns);
    const members = live.filter((object) => object.metadata.labels?.[PART_OF]);
    expect(members).toHaveLength(12);
    const parent = live.find((object) => object.kind === 'Secret' && object.metadata.name === 'k8deployer-shop');
    expect(parent?.metadata.labels?.['applyset.kubernetes.io/id']).toBe(members[0]?.metadata.labels?.[PART_OF]);
    expect(parent?.metadata.annotations).toMatchObject({
      'applyset.kubernetes.io/tooling': 'k8deployer/v1',
      'applyset.kubernetes.io/contains-group-kinds': 'ConfigMap,Deployment.apps,Service',
      'k8deployer.io/revision': '1',
    });
    // The lease is released at the end.
    expect(live.filter((object) => object.kind === 'Lease')).toHaveLength(0);
  });

  it('re-deploying the same app changes nothing (no resourceVersion moves, no revision write)', async () => {
    const before = await liveObjects(ns);
    const { bus, events } = recorder();
    const result = await runDeploy({
      targets: target(app(ns, v1())),
      bus,
      options: engineOptions(settings),
      tuning,
      runId: 'noop',
    });
    expect(result.clusters[0]).toMatchObject({ outcome: 'succeeded', revision: 1 });
    expect(result.clusters[0]?.changes?.every((change) => change.action === 'unchanged')).toBe(true);
    const after = await liveObjects(ns);
    const versions = (objects: KubeObject[]) =>
      Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.name}`, o.metadata['resourceVersion']]));
    expect(versions(after)).toEqual(versions(before));
    expect(events.filter((e) => e.type === 'object-applied' && e.action !== 'unchanged')).toHaveLength(0);
  });

  it('plans an image change as one update with a diff, without writing', async () => {
    const next = v1().map((s) => (s.name === 'api' ? { ...s, image: 'api:2' } : s));
    const before = await liveObjects(ns);
    const { bus, events } = recorder();
    const result = await runPlan({ targets: target(app(ns, next)), bus, options: engineOptions(settings) });
    expect(result.outcome).toBe('planned');
    const changes = result.plans[0]?.changes ?? [];
    const updates = changes.filter((change) => change.action === 'update');
    expect(updates.map((change) => `${change.ref.kind}/${change.ref.name}`)).toEqual(['Deployment/api']);
    expect(updates[0]?.diff).toContain('+           image: api:2');
    expect(changes.filter((change) => change.action === 'unchanged')).toHaveLength(11);
    expect(events.some((event) => event.type === 'plan-ready')).toBe(true);
    const after = await liveObjects(ns);
    expect(after.map((o) => o.metadata['resourceVersion'])).toEqual(before.map((o) => o.metadata['resourceVersion']));
  });

  it('rolls out an image change', async () => {
    const next = v1().map((s) => (s.name === 'api' ? { ...s, image: 'api:2' } : s));
    const { bus } = recorder();
    const result = await runDeploy({
      targets: target(app(ns, next)),
      bus,
      options: engineOptions(settings),
      tuning,
      runId: 'roll',
    });
    expect(result.clusters[0]).toMatchObject({ outcome: 'succeeded', revision: 2 });
    const updated = result.clusters[0]?.changes?.filter((change) => change.action === 'update');
    expect(updated?.map((change) => change.ref.name)).toEqual(['api']);
    const deployment = JSON.parse(await kubectl(cluster(), ['get', 'deployment', 'api', '-n', ns, '-o', 'json'])) as {
      spec: { template: { spec: { containers: { image: string }[] } } };
      status: { updatedReplicas: number; readyReplicas: number; replicas: number };
    };
    expect(deployment.spec.template.spec.containers[0]?.image).toBe('api:2');
    expect(deployment.status).toMatchObject({ updatedReplicas: 2, readyReplicas: 2, replicas: 2 });
  });

  it('prunes a removed component and leaves foreign objects alone', async () => {
    await kubectl(cluster(), ['create', 'configmap', 'foreign', '-n', ns, '--from-literal=a=b']);
    await kubectl(cluster(), ['create', 'configmap', 'other-applyset', '-n', ns, '--from-literal=a=b']);
    await kubectl(cluster(), ['label', 'configmap', 'other-applyset', '-n', ns, `${PART_OF}=applyset-someone-else-v1`]);
    const withoutWorker = v1()
      .filter((s) => s.name !== 'worker')
      .map((s) => (s.name === 'api' ? { ...s, image: 'api:2' } : s));
    const { bus, events } = recorder();
    const result = await runDeploy({
      targets: target(app(ns, withoutWorker)),
      bus,
      options: engineOptions(settings),
      tuning,
      runId: 'prune',
    });
    expect(result.clusters[0]).toMatchObject({ outcome: 'succeeded', revision: 3 });
    expect(result.clusters[0]?.changes?.filter((c) => c.action === 'delete').map((c) => c.component)).toEqual([
      'worker',
      'worker',
      'worker',
    ]);
    const pruned = events
      .filter((e) => e.type === 'object-pruned')
      .map((e) => (e.type === 'object-pruned' ? `${e.ref.kind}/${e.ref.name}` : ''));
    expect([...pruned].sort()).toEqual(['ConfigMap/worker-config', 'Deployment/worker', 'Service/worker']);
    // Dependents go first: the Deployment before the ConfigMap it reads.
    expect(pruned.indexOf('Deployment/worker')).toBeLessThan(pruned.indexOf('ConfigMap/worker-config'));
    const live = await liveObjects(ns);
    const names = live.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(names).not.toContain('Deployment/worker');
    expect(names).toContain('ConfigMap/foreign');
    expect(names).toContain('ConfigMap/other-applyset');
  });

  it('delete removes everything k8deployer made, and nothing else', async () => {
    const { bus } = recorder();
    const result = await runDelete({
      targets: target(app(ns, v1())),
      bus,
      options: engineOptions({ ...settings, command: 'delete' }),
      tuning,
      runId: 'delete',
    });
    expect(result.outcome).toBe('deleted');
    const live = await liveObjects(ns);
    expect(
      live.filter((o) => o.metadata.labels?.[PART_OF] && o.metadata.labels[PART_OF] !== 'applyset-someone-else-v1'),
    ).toEqual([]);
    const names = live.map((o) => `${o.kind}/${o.metadata.name}`);
    expect(names).not.toContain('Secret/k8deployer-shop');
    expect(names).toContain('ConfigMap/foreign');
    expect(names).toContain('ConfigMap/other-applyset');
    expect(names.filter((name) => name.startsWith('Lease/'))).toEqual([]);
  });
});
