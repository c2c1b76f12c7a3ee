// Readiness rules that depend on what the real controllers write (kstatus parity): a Job applied suspended, a raw
// ReplicaSet (ready only when its pods are, failing fast when it cannot create them), and a StatefulSet.
import { afterAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { READY_DELAY, deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 90,
  objectTimeoutSeconds: 45,
};
const tuning: Partial<EngineTuning> = {
  leaseTtlSeconds: 5,
  watchFailAfterMs: 3_000,
  thresholds: { failedCreateMs: 3_000 },
};

function app(namespace: string, objects: KubeObject[]): RenderedApp {
  return {
    app: 'kinds',
    cluster: 'test',
    namespace,
    components: [{ name: 'main', kind: 'service', depends: [], images: ['img:1'], urls: [] }],
    objects: objects.map((object) => ({ component: 'main', object })),
  };
}

function podTemplate(label: string, delay = '1s') {
  return {
    metadata: { labels: { app: label }, annotations: { [READY_DELAY]: delay } },
    spec: { containers: [{ name: 'app', image: 'img:1' }] },
  };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

describe('readiness on real controllers', () => {
  const cluster = () => testClusters()[0]!;
  const namespaces: string[] = [];
  const fresh = async (prefix: string) => {
    const ns = await uniqueNamespace(prefix, [cluster()]);
    namespaces.push(ns);
    return ns;
  };
  afterAll(async () => {
    await Promise.all(namespaces.map((ns) => deleteNamespace(ns, [cluster()])));
  });
  const deploy = (rendered: RenderedApp, bus: EventBus) =>
    runDeploy({
      targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered }],
      bus,
      options: engineOptions(settings),
      tuning,
      runId: 'r',
    });

  it('a Job applied suspended is ready with a warning instead of waiting for the timeout', async () => {
    const ns = await fresh('suspended');
    const { bus, events } = recorder();
    const started = Date.now();
    const job: KubeObject = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: ns },
      spec: {
        suspend: true,
        template: { ...podTemplate('migrate'), spec: { ...podTemplate('migrate').spec, restartPolicy: 'Never' } },
      },
    };
    const result = await deploy(app(ns, [job]), bus);
    expect(result.outcome).toBe('succeeded');
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(events.some((e) => e.type === 'object-ready' && e.ref.kind === 'Job')).toBe(true);
    expect(events.some((e) => e.type === 'log' && e.level === 'warning' && e.message.includes('suspended'))).toBe(true);
    const live = JSON.parse(await kubectl(cluster(), ['get', 'job', 'migrate', '-n', ns, '-o', 'json'])) as KubeObject;
    expect(JSON.stringify(live.status)).toContain('Suspended');
  });

  it('a raw ReplicaSet and a StatefulSet are ready once their pods are', async () => {
    const ns = await fresh('rs');
    const { bus, events } = recorder();
    const objects: KubeObject[] = [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'plain', namespace: ns },
        spec: { replicas: 2, selector: { matchLabels: { app: 'plain' } }, template: podTemplate('plain', '2s') },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db', namespace: ns },
        spec: { replicas: 2, serviceName: 'db', selector: { matchLabels: { app: 'db' } }, template: podTemplate('db') },
      },
    ];
    const result = await deploy(app(ns, objects), bus);
    expect(result.outcome).toBe('succeeded');
    const rs = JSON.parse(await kubectl(cluster(), ['get', 'rs', 'plain', '-n', ns, '-o', 'json'])) as {
      status?: { readyReplicas?: number };
    };
    // Judged ready only with its pods ready (before the fix it was "no health signal" at once).
    expect(rs.status?.readyReplicas).toBe(2);
    const progress = events.filter((e) => e.type === 'object-progress' && e.ref.kind === 'ReplicaSet');
    expect(
      progress.some((e) => e.type === 'object-progress' && /replicas (created|available|ready)/.test(e.message)),
    ).toBe(true);
  });

  it('a raw ReplicaSet that cannot create its pods fails fast with the controller reason', async () => {
    const ns = await fresh('rsquota');
    await kubectl(cluster(), ['create', 'quota', 'no-pods', '--hard=pods=0', '-n', ns]);
    const { bus, events } = recorder();
    const started = Date.now();
    const result = await deploy(
      app(ns, [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: { name: 'blocked', namespace: ns },
          spec: { replicas: 1, selector: { matchLabels: { app: 'blocked' } }, template: podTemplate('blocked') },
        },
      ]),
      bus,
    );
    expect(result.outcome).toBe('failed');
    expect(Date.now() - started).toBeLessThan(40_000);
    const failed = events.find((e) => e.type === 'object-failed');
    expect(failed?.type === 'object-failed' && failed.reason).toMatch(/exceeded quota|forbidden|FailedCreate/);
  });
});
