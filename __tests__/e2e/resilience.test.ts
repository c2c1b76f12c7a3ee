// Resilience of the deploy engine on a dedicated test cluster whose kube-apiserver runs with --watch-cache=false, so
// watches are served by etcd: a watch from a compacted resourceVersion gets a real 410 Gone ("too old resource
// version"), which the shared clusters' watch cache would hide. The same cluster's API server is stopped and started
// mid-deploy (scripts/testbed.sh stop-apiserver / start-apiserver) while etcd, controllers and kwok keep running.
// Its own cluster keeps the shared ones fast and untouched.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { KubeObject } from '../../src/kube/object.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { ROOT } from './action-harness.js';
import { READY_DELAY, type TestCluster, deleteNamespace, kubeConfigFor, kubectl, uniqueNamespace } from './testbed.js';

const SCRIPT = path.join(ROOT, 'scripts/testbed.sh');
const dir = mkdtempSync(path.join(tmpdir(), 'k8deployer-resilience-'));
const CLUSTER = 'edge';
const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 90,
};

let cluster: TestCluster;
let etcdUrl: string;

function testbed(args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [SCRIPT, ...args, '--dir', dir], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`testbed.sh ${args.join(' ')} exited ${code}:\n${err}`)),
    );
  });
}

/** etcd's JSON gateway (etcdctl is not built): keys and values are base64. */
async function etcd<T>(call: string, body: unknown): Promise<T> {
  const response = await fetch(`${etcdUrl}/v3/${call}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`etcd ${call}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** Two writes outside /registry (the API server never sees them), then compaction at the newest revision. */
async function advanceAndCompact(): Promise<number> {
  await etcd('kv/put', { key: b64('/k8deployer-test/tick'), value: b64(String(Date.now())) });
  const put = await etcd<{ header: { revision: string } }>('kv/put', {
    key: b64('/k8deployer-test/tick'),
    value: b64('x'),
  });
  const revision = Number(put.header.revision);
  await etcd('kv/compaction', { revision: String(revision) });
  return revision;
}

/** A Deployment (ready after `delay` on kwok) and optionally a ConfigMap the later spec drops. */
function app(namespace: string, options: { delay: string; image: string; extra?: boolean }): RenderedApp {
  const objects: { component: string; object: KubeObject }[] = [
    {
      component: 'web',
      object: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'web' } },
          template: {
            metadata: { labels: { app: 'web' }, annotations: { [READY_DELAY]: options.delay } },
            spec: { containers: [{ name: 'app', image: options.image }] },
          },
        },
      },
    },
  ];
  if (options.extra) {
    objects.unshift({
      component: 'web',
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extra', namespace }, data: { a: '1' } },
    });
  }
  return {
    app: 'edge',
    cluster: CLUSTER,
    namespace,
    components: [{ name: 'web', kind: 'service', depends: [], images: [options.image], urls: [] }],
    objects,
  };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

function deploy(rendered: RenderedApp, bus: EventBus, tuning: Partial<EngineTuning>, runId: string) {
  return runDeploy({
    targets: [{ cluster: CLUSTER, kubeConfig: kubeConfigFor(cluster), rendered }],
    bus,
    options: engineOptions(settings),
    runId,
    tuning,
  });
}

/** Resolves with the first event matching `match`. */
function nextEvent(bus: EventBus, match: (event: DeployEvent) => boolean): Promise<DeployEvent> {
  return new Promise((resolve) => {
    const unsubscribe = bus.subscribe((event) => {
      if (!match(event)) return;
      unsubscribe();
      resolve(event);
    });
  });
}

const appliedDeployment = (event: DeployEvent): boolean =>
  event.type === 'object-applied' && event.ref.kind === 'Deployment';

async function names(kind: string, namespace: string): Promise<string[]> {
  const out = await kubectl(cluster, [
    'get',
    kind,
    '-n',
    namespace,
    '-o',
    'jsonpath={range .items[*]}{.metadata.name}{"\\n"}{end}',
  ]);
  return out.split('\n').filter(Boolean).sort();
}

beforeAll(async () => {
  const out = await testbed(['up', '1'], { K8DEPLOYER_TESTBED_APISERVER_ARGS: '--watch-cache=false' });
  const kubeconfigPath = out
    .split('\n')
    .find((line) => line.startsWith('kubeconfig='))
    ?.slice('kubeconfig='.length);
  if (!kubeconfigPath) throw new Error(`testbed.sh up printed no kubeconfig:\n${out}`);
  cluster = { name: CLUSTER, kubeconfigPath };
  const ports = readFileSync(path.join(dir, 'cluster-1', 'ports'), 'utf8');
  etcdUrl = `http://127.0.0.1:${/\betcd=(\d+)/.exec(ports)?.[1] ?? ''}`;
}, 240_000);

afterAll(async () => {
  await testbed(['down']).catch((error: unknown) => console.error(error));
  rmSync(dir, { recursive: true, force: true });
});

describe('watches on a compacted history (410 Gone)', () => {
  it('relists and keeps tracking: the Deployment still becomes ready and the deploy succeeds', async () => {
    const namespace = await uniqueNamespace('gone', cluster);
    const { bus, events } = recorder();
    // One-second watches resume often; each resume starts from the informer's last resourceVersion, which the
    // compaction loop below keeps pushing out of etcd's history.
    const tuning: Partial<EngineTuning> = { watchTimeoutSeconds: 1, leaseTtlSeconds: 10 };
    let compacting = true;
    let compactions = 0;
    const compactor = (async () => {
      while (compacting) {
        await advanceAndCompact();
        compactions += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    })();
    let result;
    try {
      result = await deploy(app(namespace, { delay: '8s', image: 'nginx:1.0' }), bus, tuning, 'gone-1');
    } finally {
      compacting = false;
      await compactor;
    }
    const relists = events.filter(
      (event) => event.type === 'log' && /expired \(410 Gone\); relisted/.test(event.message),
    );
    console.log(`410 test: ${compactions} compactions, ${relists.length} relists, outcome ${result.outcome}`);
    expect(result.outcome, JSON.stringify(result)).toBe('succeeded');
    expect(relists.length).toBeGreaterThan(0);
    // Events keep flowing after the relist: the Deployment's readiness is seen after the first one.
    const firstRelist = events.indexOf(relists[0] as DeployEvent);
    const ready = events.findIndex((event) => event.type === 'object-ready' && event.ref.kind === 'Deployment');
    expect(ready).toBeGreaterThan(firstRelist);
    await deleteNamespace(namespace, cluster);
  });
});

describe('the API server goes away mid-deploy', () => {
  it('a short outage: the deploy reconnects, relists and completes', async () => {
    const namespace = await uniqueNamespace('blip', cluster);
    const { bus, events } = recorder();
    const applied = nextEvent(bus, appliedDeployment).then(async () => {
      await testbed(['stop-apiserver']);
      // Down for longer than an informer may resume its old watch (2 s): it has to relist.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await testbed(['start-apiserver']);
    });
    const result = await deploy(
      app(namespace, { delay: '5s', image: 'nginx:1.0' }),
      bus,
      { watchFailAfterMs: 60_000 },
      'blip-1',
    );
    await applied;
    expect(result.outcome, JSON.stringify(result)).toBe('succeeded');
    const relists = events.filter(
      (event) => event.type === 'log' && /unreachable for more than 2 s; relisted/.test(event.message),
    );
    console.log(`restart test: ${relists.length} informer relist(s) after the outage`);
    expect(relists.length).toBeGreaterThan(0);
    // Tracking went on through the relist: the Deployment's readiness is seen after it.
    const ready = events.findIndex((event) => event.type === 'object-ready' && event.ref.kind === 'Deployment');
    expect(ready).toBeGreaterThan(events.indexOf(relists[0] as DeployEvent));
    // Released, and no renewal that was retrying through the outage brought it back after the delete.
    expect(await names('leases', namespace)).toEqual([]);
    await deleteNamespace(namespace, cluster);
  });

  it('a long outage: fails with one line naming the cluster; after restart a re-run converges and leaves nothing extra', async () => {
    const namespace = await uniqueNamespace('outage', cluster);
    const { bus } = recorder();
    let stoppedAt = 0;
    const outage = nextEvent(bus, appliedDeployment)
      .then(() => testbed(['stop-apiserver']))
      .then(() => (stoppedAt = Date.now()));
    const failed = await deploy(
      app(namespace, { delay: '30s', image: 'nginx:1.0', extra: true }),
      bus,
      { watchFailAfterMs: 2_000, leaseTtlSeconds: 5 },
      'outage-1',
    );
    const failedAt = Date.now();
    await outage;
    // From the moment the server is gone (kube-apiserver's own graceful shutdown can take seconds) to the verdict.
    const tookMs = failedAt - stoppedAt;
    await testbed(['start-apiserver']);
    const reason = failed.clusters[0]?.reason ?? '';
    console.log(`outage test: failed ${tookMs} ms after the API server was gone: ${reason}`);
    expect(failed.outcome).toBe('failed');
    expect(reason).not.toContain('\n');
    expect(reason).not.toMatch(/\bat .+:\d+:\d+/); // no stack frames
    expect(reason).toMatch(/^cluster edge: .*cannot reach API server https:\/\/127\.0\.0\.1:\d+/);
    expect(reason).toContain('not rolled back: cluster unreachable (re-run to converge)');
    // Told in seconds (watchFailAfterMs 2 s + backoff), not after the 90 s object timeout.
    expect(tookMs).toBeLessThan(20_000);

    // The lease of the failed run could not be released; it expires (5 s) and the re-run proceeds.
    const rerun = await deploy(
      app(namespace, { delay: '0s', image: 'nginx:2.0' }),
      recorder().bus,
      { leaseTtlSeconds: 5 },
      'outage-2',
    );
    expect(rerun.outcome, JSON.stringify(rerun)).toBe('succeeded');
    expect(await names('deployments', namespace)).toEqual(['web']);
    // The failed run's ConfigMap is not in the new spec: pruned. kube-root-ca.crt is the cluster's own.
    expect(await names('configmaps', namespace)).toEqual(['kube-root-ca.crt']);
    expect(await names('leases', namespace)).toEqual([]);
    await deleteNamespace(namespace, cluster);
  });
});
