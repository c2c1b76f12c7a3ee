// Ownership and data loss on a real API server: objects and namespaces k8deployer did not create are never taken
// over without adopt, delete --delete-namespaces never deletes others' objects, storage classes are checked before
// anything is written, StatefulSet claims are cleaned up after a failed first install and deleted with delete-pvcs,
// the ApplySet parent is scoped to its repository.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDelete, runDeploy, runPlan, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { DesiredObject, RenderedApp } from '../../src/render/types.js';
import { repositoryIdentity, repositoryLabel } from '../../src/settings/repository.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { STORAGE_CLASS, deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const PART_OF = 'applyset.kubernetes.io/part-of';
const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

function rendered(app: string, namespace: string, objects: DesiredObject[]): RenderedApp {
  const names = [...new Set(objects.map((entry) => entry.component))];
  return {
    app,
    cluster: 'test',
    namespace,
    components: names.map((name) => ({ name, kind: 'service', depends: [], images: [], urls: [] })),
    objects,
  };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

const targets = (app: RenderedApp) => [
  { cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: app },
];
const deploy = (app: RenderedApp, extra: Partial<Settings> = {}, extraTuning: Partial<EngineTuning> = {}) => {
  const { bus, events } = recorder();
  return runDeploy({
    targets: targets(app),
    bus,
    options: engineOptions({ ...settings, ...extra }),
    tuning: { ...tuning, ...extraTuning },
    runId: `run-${Math.random()}`,
  }).then((result) => ({ result, events }));
};
const remove = (app: RenderedApp, extra: Partial<Settings> = {}) =>
  runDelete({
    targets: targets(app),
    bus: new EventBus(),
    options: engineOptions({ ...settings, command: 'delete', ...extra }),
    tuning,
    runId: `delete-${Math.random()}`,
  });

const namespaceObject = (name: string): DesiredObject => ({
  component: 'app',
  object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { team: 'k8deployer' } } },
});
const configMap = (name: string, namespace: string, data: Record<string, string> = { a: '1' }): DesiredObject => ({
  component: 'app',
  object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data },
});

async function getJson(args: string[]): Promise<KubeObject | undefined> {
  const out = await kubectl(cluster(), ['get', ...args, '--ignore-not-found', '-o', 'json']);
  return out.trim() ? (JSON.parse(out) as KubeObject) : undefined;
}

function statefulSet(namespace: string, storageClassName: string): DesiredObject {
  return {
    component: 'db',
    object: {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace },
      spec: {
        replicas: 1,
        serviceName: 'db',
        selector: { matchLabels: { app: 'db' } },
        template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:16' }] } },
        volumeClaimTemplates: [
          {
            metadata: { name: 'data' },
            spec: { accessModes: ['ReadWriteOnce'], storageClassName, resources: { requests: { storage: '1Gi' } } },
          },
        ],
      },
    },
  };
}

describe('ownership and data loss', () => {
  let ns: string;
  const cleanup: string[] = [];
  beforeAll(async () => {
    ns = await uniqueNamespace('ownership', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
    for (const name of cleanup) await deleteNamespace(name, cluster());
  });

  it('refuses to take over an object a person created, names it and the setting; adopt (with force-conflicts) takes it over', async () => {
    await kubectl(cluster(), ['create', 'configmap', 'handmade', '-n', ns, '--from-literal=a=theirs']);
    const app = rendered('adopter', ns, [configMap('handmade', ns, { a: 'ours' })]);
    const plan = await runPlan({ targets: targets(app), bus: new EventBus(), options: engineOptions(settings) });
    expect(plan.clusters[0]?.reason).toMatch(
      /ConfigMap\/.*\/handmade already exists and it was not created by k8deployer \(managed by kubectl-create\).*--adopt/,
    );
    const refused = await deploy(app);
    expect(refused.result.outcome).toBe('failed');
    expect(refused.result.clusters[0]?.reason).toContain('handmade already exists');
    const untouched = await getJson(['configmap', 'handmade', '-n', ns]);
    expect(untouched?.['data']).toEqual({ a: 'theirs' });
    expect(untouched?.metadata.labels?.[PART_OF]).toBeUndefined();

    // adopt takes the object, not fields someone else set to other values: that still needs force-conflicts.
    const conflicting = await deploy(app, { adopt: true });
    expect(conflicting.result.clusters[0]?.reason).toContain('.data.a (owned by kubectl-create)');
    const adopted = await deploy(app, { adopt: true, forceConflicts: true });
    expect(adopted.result.clusters[0]?.reason).toBeUndefined();
    const taken = await getJson(['configmap', 'handmade', '-n', ns]);
    expect(taken?.['data']).toEqual({ a: 'ours' });
    expect(taken?.metadata.labels?.[PART_OF]).toMatch(/^applyset-/);
    // Now it is ours: no adopt needed any more.
    expect((await deploy(app)).result.outcome).toBe('succeeded');
  });

  it("never takes another app's object, even though both apps use k8deployer's field manager", async () => {
    const first = rendered('owner-a', ns, [configMap('contested', ns, { from: 'a' })]);
    expect((await deploy(first)).result.outcome).toBe('succeeded');
    // Four ConfigMaps: the live state is listed in bulk (not read one by one), and the check still holds.
    const second = rendered('owner-b', ns, [
      configMap('contested', ns, { from: 'b' }),
      configMap('b1', ns),
      configMap('b2', ns),
      configMap('b3', ns),
    ]);
    const refused = await deploy(second);
    expect(refused.result.clusters[0]?.reason).toMatch(/contested already exists and it belongs to another ApplySet/);
    expect((await getJson(['configmap', 'contested', '-n', ns]))?.['data']).toEqual({ from: 'a' });
  });

  it("deploys into a namespace a person created without claiming it, and delete --delete-namespaces leaves it and the person's objects", async () => {
    const theirs = await uniqueNamespace('theirs', cluster());
    cleanup.push(theirs);
    await kubectl(cluster(), ['create', 'configmap', 'person', '-n', theirs, '--from-literal=keep=me']);
    const app = rendered('guest', theirs, [namespaceObject(theirs), configMap('settings', theirs)]);
    const { result, events } = await deploy(app);
    expect(result.outcome).toBe('succeeded');
    expect(result.clusters[0]?.changes?.map((change) => change.ref.kind)).toEqual(['ConfigMap']);
    expect(
      events.some(
        (e) => e.type === 'log' && e.message.includes(`namespace ${theirs} exists and was not created by this app`),
      ),
    ).toBe(true);
    const namespace = await getJson(['namespace', theirs]);
    expect(namespace?.metadata.labels?.[PART_OF]).toBeUndefined();
    expect(namespace?.metadata.labels?.['team']).toBeUndefined();
    // The plan agrees: it does not offer to change the namespace.
    const plan = await runPlan({ targets: targets(app), bus: new EventBus(), options: engineOptions(settings) });
    expect(plan.plans[0]?.changes.map((change) => `${change.action} ${change.ref.kind}`)).toEqual([
      'unchanged ConfigMap',
    ]);

    const deleted = await remove(app, { deleteNamespaces: true });
    expect(deleted.outcome).toBe('deleted');
    expect(await getJson(['namespace', theirs])).toBeDefined();
    expect((await getJson(['configmap', 'person', '-n', theirs]))?.['data']).toEqual({ keep: 'me' });
    expect(await getJson(['configmap', 'settings', '-n', theirs])).toBeUndefined();
  });

  it("refuses to delete its own namespace while it holds someone else's object, naming it", async () => {
    const own = `${ns}-own`;
    cleanup.push(own);
    const app = rendered('host', own, [namespaceObject(own), configMap('settings', own)]);
    expect((await deploy(app)).result.outcome).toBe('succeeded');
    expect((await getJson(['namespace', own]))?.metadata.labels?.[PART_OF]).toMatch(/^applyset-/);
    await kubectl(cluster(), ['create', 'configmap', 'visitor', '-n', own, '--from-literal=keep=me']);
    const refused = await remove(app, { deleteNamespaces: true });
    expect(refused.outcome).toBe('failed');
    expect(refused.clusters[0]?.reason).toMatch(
      new RegExp(
        `not deleting namespace ${own}: it holds objects that are not part of this app \\(ConfigMap visitor\\)`,
      ),
    );
    expect(await getJson(['configmap', 'visitor', '-n', own])).toBeDefined();
    const namespace = await getJson(['namespace', own]);
    expect(namespace?.metadata['deletionTimestamp']).toBeUndefined();
    // Once the visitor is gone, the namespace goes too.
    await kubectl(cluster(), ['delete', 'configmap', 'visitor', '-n', own]);
    expect((await remove(app, { deleteNamespaces: true })).outcome).toBe('deleted');
    const gone = await getJson(['namespace', own]);
    expect(gone === undefined || gone.metadata['deletionTimestamp'] !== undefined).toBe(true);
  });

  it('refuses a storage class the cluster does not have before writing anything, naming component, class and classes', async () => {
    const fresh = `${ns}-sc`;
    cleanup.push(fresh);
    const app = rendered('sc', fresh, [namespaceObject(fresh), statefulSet(fresh, 'no-such-class')]);
    const plan = await runPlan({ targets: targets(app), bus: new EventBus(), options: engineOptions(settings) });
    expect(plan.clusters[0]?.reason).toContain(
      'component db: StatefulSet db volume data asks for storage class "no-such-class"',
    );
    const { result } = await deploy(app);
    expect(result.outcome).toBe('failed');
    expect(result.clusters[0]?.reason).toMatch(
      new RegExp(
        `storage class "no-such-class", which the cluster does not have \\(storage classes: .*${STORAGE_CLASS}`,
      ),
    );
    expect(await getJson(['namespace', fresh])).toBeUndefined();
  });

  it('a failed first install removes its never-bound claims, so the fixed deploy is not blocked; delete-pvcs removes claim-template claims', async () => {
    const className = `never-binds-${ns}`;
    await kubectl(
      cluster(),
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: className },
        provisioner: 'example.com/none',
        volumeBindingMode: 'Immediate',
      }),
    );
    const data = `${ns}-data`;
    cleanup.push(data);
    try {
      const broken = rendered('data', data, [namespaceObject(data), statefulSet(data, className)]);
      const failed = await deploy(broken, { objectTimeoutSeconds: 4 });
      expect(failed.result.clusters[0]?.outcome).toBe('rolled-back');
      expect(await getJson(['pvc', 'data-db-0', '-n', data])).toBeUndefined();

      const fixed = rendered('data', data, [namespaceObject(data), statefulSet(data, STORAGE_CLASS)]);
      const good = await deploy(fixed);
      expect(good.result.clusters[0]?.reason).toBeUndefined();
      const claim = await getJson(['pvc', 'data-db-0', '-n', data]);
      expect((claim?.['spec'] as { storageClassName?: string }).storageClassName).toBe(STORAGE_CLASS);

      const kept = await remove(fixed);
      expect(kept.outcome).toBe('deleted');
      expect(await getJson(['pvc', 'data-db-0', '-n', data])).toBeDefined();
      // The StatefulSet is gone; its claim is still found (from the rendered StatefulSet) by delete --delete-pvcs.
      const all = await remove(fixed, { deletePvcs: true });
      expect(all.outcome).toBe('deleted');
      const left = await getJson(['pvc', 'data-db-0', '-n', data]);
      expect(left === undefined || left.metadata['deletionTimestamp'] !== undefined).toBe(true);
    } finally {
      await kubectl(cluster(), ['delete', 'storageclass', className, '--ignore-not-found']).catch(() => undefined);
    }
  });

  it('without rollback, a later deploy removes the never-bound claim a failed install left, instead of hanging on it', async () => {
    const className = `never-binds-off-${ns}`;
    await kubectl(
      cluster(),
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'storage.k8s.io/v1',
        kind: 'StorageClass',
        metadata: { name: className },
        provisioner: 'example.com/none',
        volumeBindingMode: 'Immediate',
      }),
    );
    const data = `${ns}-off`;
    cleanup.push(data);
    try {
      const failed = await deploy(rendered('data', data, [namespaceObject(data), statefulSet(data, className)]), {
        objectTimeoutSeconds: 4,
        rollback: 'off',
      });
      expect(failed.result.outcome).toBe('failed');
      await kubectl(cluster(), ['delete', 'statefulset', 'db', '-n', data, '--wait=true']);
      const stale = await getJson(['pvc', 'data-db-0', '-n', data]);
      expect((stale?.['status'] as { phase?: string }).phase).toBe('Pending');

      const { result, events } = await deploy(
        rendered('data', data, [namespaceObject(data), statefulSet(data, STORAGE_CLASS)]),
      );
      expect(result.clusters[0]?.reason).toBeUndefined();
      expect(
        events.some(
          (e) =>
            e.type === 'log' &&
            e.message.includes('removing never-bound claims of an earlier failed install: data-db-0'),
        ),
      ).toBe(true);
      const claim = await getJson(['pvc', 'data-db-0', '-n', data]);
      expect((claim?.['spec'] as { storageClassName?: string }).storageClassName).toBe(STORAGE_CLASS);
      expect((claim?.['status'] as { phase?: string }).phase).toBe('Bound');
    } finally {
      await kubectl(cluster(), ['delete', 'storageclass', className, '--ignore-not-found']).catch(() => undefined);
    }
  });

  it("a large revision never overwrites another app's parent that happens to have its chunk's name", async () => {
    const place = `${ns}-chunks`;
    cleanup.push(place);
    expect(
      (await deploy(rendered('big-chunk-1', place, [namespaceObject(place), configMap('small', place)]))).result
        .outcome,
    ).toBe('succeeded');
    const before = await getJson(['secret', 'k8deployer-big-chunk-1', '-n', place]);
    // Random text does not compress: two ConfigMaps of 600 KiB make a revision of more than one chunk.
    const noise = () => randomBytes(450 * 1024).toString('base64');
    const big = rendered('big', place, [
      configMap('blob-1', place, { blob: noise() }),
      configMap('blob-2', place, { blob: noise() }),
    ]);
    const { result } = await deploy(big);
    expect(result.outcome).toBe('failed');
    expect(result.clusters[0]?.reason).toContain(
      `Secret ${place}/k8deployer-big-chunk-1 exists and is not a revision chunk of app big`,
    );
    const after = await getJson(['secret', 'k8deployer-big-chunk-1', '-n', place]);
    expect(after?.metadata['resourceVersion']).toBe(before?.metadata['resourceVersion']);
  });

  it('the ApplySet parent records its repository; the same app from another repository is refused before any write', async () => {
    const shared = `${ns}-repo`;
    cleanup.push(shared);
    const app = rendered('shop', shared, [namespaceObject(shared), configMap('settings', shared)]);
    // A legacy install (no repository known) is adopted by the first deploy that knows its repository.
    expect((await deploy(app)).result.outcome).toBe('succeeded');
    expect(
      (await getJson(['secret', 'k8deployer-shop', '-n', shared]))?.metadata.labels?.[repositoryLabel],
    ).toBeUndefined();
    const mine = repositoryIdentity('acme/shop', '101');
    expect((await deploy(app, { repository: mine })).result.outcome).toBe('succeeded');
    const parent = await getJson(['secret', 'k8deployer-shop', '-n', shared]);
    expect(parent?.metadata.labels?.[repositoryLabel]).toBe('gh-101');
    // Nothing was orphaned or re-created by the migration.
    expect((await getJson(['configmap', 'settings', '-n', shared]))?.metadata.labels?.[PART_OF]).toBe(
      parent?.metadata.labels?.['applyset.kubernetes.io/id'],
    );

    const before = (await getJson(['configmap', 'settings', '-n', shared]))?.metadata['resourceVersion'];
    const other = await deploy(
      rendered('shop', shared, [namespaceObject(shared), configMap('settings', shared, { a: 'other repo' })]),
      {
        repository: repositoryIdentity('someone/shop', '202'),
      },
    );
    expect(other.result.outcome).toBe('failed');
    expect(other.result.clusters[0]?.reason).toContain('was deployed from another repository');
    expect((await getJson(['configmap', 'settings', '-n', shared]))?.metadata['resourceVersion']).toBe(before);
    const deleted = await runDelete({
      targets: targets(app),
      bus: new EventBus(),
      options: engineOptions({ ...settings, command: 'delete', repository: repositoryIdentity('someone/shop', '202') }),
      tuning,
      runId: 'other-delete',
    });
    expect(deleted.outcome).toBe('failed');
    expect(await getJson(['configmap', 'settings', '-n', shared])).toBeDefined();
  });
});
