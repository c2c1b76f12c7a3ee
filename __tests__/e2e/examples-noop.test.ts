// Every example under examples/ deployed twice on a real cluster: the second deploy must write nothing. Measured on
// both sides: the client's own count of mutating requests, and the requests the API server received from this run
// (dry runs excluded), recorded on the run's own connection. Not even the deploy Lease is written: a run that finds
// the lease free and every object provably unchanged writes nothing, so it cannot interfere with another run and takes
// no lease; an example with an object only a dry run can judge takes the lease, whose writes are counted apart. Plan
// and deploy must agree that nothing changes.
//
// Why not the server's apiserver_request_total alone: it counts every client of the cluster, and the test clusters are
// shared by concurrent test runs. A ConfigMap another run applied during the second deploy once failed this test on
// examples/minimal (which has no ConfigMap) with `APPLY configmaps: 1`; the test below writes one on purpose.
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { connectCluster } from '../../src/cluster/client.js';
import { engineOptions, runDelete, runDeploy, runPlan, type EngineTarget } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import { prepareRun } from '../../src/pipeline.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { kubeConfigFor, kubectl, testClusters, type TestCluster } from './testbed.js';
import { recordRequests, writesOf } from './request-recorder.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-examples-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const examples = readdirSync(path.join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const WRITE_VERBS = new Set(['POST', 'PUT', 'PATCH', 'DELETE', 'APPLY']);
/**
 * Written by the control plane on its own, whatever k8deployer does: node heartbeats (kwok), leader-election and
 * node leases, events, and every `/status` subresource (controllers; k8deployer never writes status).
 */
const BACKGROUND = new Set(['nodes', 'events', 'leases']);

interface SpecShape {
  app: string;
  namespace?: string;
  secrets?: { fromEnv?: Record<string, string> }[];
  clusters?: Record<string, unknown>[];
}

/**
 * The example pointed at one test cluster (its first cluster entry's variables and overrides kept), in a fresh
 * namespace.
 */
function exampleFor(
  name: string,
  cluster: TestCluster,
): { specPath: string; env: Record<string, string>; namespace: string } {
  const dir = path.join(workDir, name);
  cpSync(path.join(root, 'examples', name), dir, { recursive: true });
  const specPath = path.join(dir, 'k8deployer.yaml');
  const spec = load(readFileSync(specPath, 'utf8')) as SpecShape;
  const namespace = `ex-${name}-${randomBytes(3).toString('hex')}`;
  const first: Record<string, unknown> = spec.clusters?.[0] ?? {};
  spec.namespace = namespace;
  // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
  copyFileSync(cluster.kubeconfigPath, path.join(dir, 'test.kubeconfig'));
  spec.clusters = [
    {
      name: 'test',
      kubeconfig: { path: 'test.kubeconfig' },
      ...(first['variables'] ? { variables: first['variables'] } : {}),
      ...(first['components'] ? { components: first['components'] } : {}),
    },
  ];
  writeFileSync(specPath, dump(spec));
  // Deploy-time secrets: any value will do, the test bed runs no containers.
  const env = Object.fromEntries(
    (spec.secrets ?? [])
      .flatMap((secret) => Object.values(secret.fromEnv ?? {}))
      .map((variable) => [variable, `e2e-${variable}`]),
  );
  // PATH from `testbed.sh env` holds helm (kind: helm components, examples/microservices).
  return { specPath, env: { PATH: process.env.PATH ?? '', ...env }, namespace };
}

/** apiserver_request_total of write verbs, dry runs excluded, by `VERB resource[/subresource]`. */
async function writeCounters(cluster: TestCluster): Promise<Map<string, number>> {
  const client = connectCluster(cluster.name, kubeConfigFor(cluster));
  try {
    const totals = new Map<string, number>();
    for (const line of (await client.metrics()).split('\n')) {
      if (!line.startsWith('apiserver_request_total{')) continue;
      const labels: Record<string, string | undefined> = Object.fromEntries(
        [...line.matchAll(/(\w+)="([^"]*)"/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']),
      );
      if (!WRITE_VERBS.has(labels['verb'] ?? '') || labels['dry_run']) continue;
      const key = `${labels['verb']} ${labels['resource']}${labels['subresource'] ? `/${labels['subresource']}` : ''}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
    }
    return totals;
  } finally {
    client.close();
  }
}

function delta(before: Map<string, number>, after: Map<string, number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, value] of after) if (value > (before.get(key) ?? 0)) result[key] = value - (before.get(key) ?? 0);
  return result;
}

const isBackground = (key: string) => key.includes('/status') || BACKGROUND.has(key.split(' ')[1]?.split('/')[0] ?? '');
const foreground = (writes: Record<string, number>) =>
  Object.fromEntries(Object.entries(writes).filter(([key]) => !isBackground(key)));

/** Server-side applies a ConfigMap in a namespace of its own and removes it: what a concurrent test run does. */
async function foreignWrite(cluster: TestCluster): Promise<void> {
  const namespace = `foreign-${randomBytes(3).toString('hex')}`;
  await kubectl(cluster, ['create', 'namespace', namespace]);
  await kubectl(
    cluster,
    ['apply', '--server-side', '--field-manager=foreign', '-n', namespace, '-f', '-'],
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'foreign' },
      data: { at: String(Date.now()) },
    }),
  );
  await kubectl(cluster, ['delete', 'namespace', namespace, '--wait=false']);
}

/**
 * False when an object's sameness cannot be read off its field ownership: a StatefulSet's volumeClaimTemplates are an
 * atomic list the server fills with defaults (volumeMode, status), so only a dry run can compare them.
 */
function provableFromOwnership(targets: EngineTarget[]): boolean {
  return targets.every((target) =>
    target.rendered.objects.every(
      ({ object }) =>
        object.kind !== 'StatefulSet' ||
        !((object['spec'] as { volumeClaimTemplates?: unknown[] } | undefined)?.volumeClaimTemplates?.length ?? 0),
    ),
  );
}

describe('deploying every example twice', () => {
  it.each(examples)('examples/%s: the second deploy writes nothing, and plan and deploy agree', async (name) => {
    const cluster = testClusters()[0]!;
    const { specPath, env, namespace } = exampleFor(name, cluster);
    const settings: Settings = {
      ...defaultSettings,
      command: 'deploy',
      specPath,
      timeoutSeconds: 180,
      objectTimeoutSeconds: 120,
    };
    const prepared = await prepareRun(settings, { env, missingSecrets: 'error' });
    const targets: EngineTarget[] = prepared.targets.map(({ target, rendered }) => ({
      cluster: target.name,
      kubeConfig: kubeConfigFor(cluster),
      rendered,
    }));
    const tuning = { leaseTtlSeconds: 30 };
    try {
      const first = await runDeploy({
        targets,
        bus: new EventBus(),
        options: engineOptions(settings),
        tuning,
        runId: `${name}-first`,
      });
      expect(first.clusters[0]?.reason).toBeUndefined();
      expect(first.outcome).toBe('succeeded');
      const generations = async () =>
        (
          JSON.parse(
            await kubectl(cluster, [
              'get',
              'deployments,statefulsets,networkpolicies,services,configmaps',
              '-n',
              namespace,
              '-o',
              'json',
            ]),
          ) as {
            items: { kind: string; metadata: { name: string; generation?: number; resourceVersion: string } }[];
          }
        ).items.map(
          (item) =>
            `${item.kind}/${item.metadata.name} ${item.metadata.generation ?? '-'} ${item.metadata.resourceVersion}`,
        );

      const plan = await runPlan({
        targets,
        bus: new EventBus(),
        options: engineOptions({ ...settings, command: 'plan' }),
      });
      expect(plan.plans[0]?.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);

      const objectsBefore = await generations();
      const before = await writeCounters(cluster);
      const recorder = await recordRequests(kubeConfigFor(cluster));
      let second: Awaited<ReturnType<typeof runDeploy>>;
      try {
        // Another client's write on the shared cluster, made while the second deploy runs: it must not count as ours.
        const foreign = foreignWrite(cluster);
        second = await runDeploy({
          targets: targets.map((target) => ({ ...target, kubeConfig: recorder.kubeConfig })),
          bus: new EventBus(),
          options: engineOptions(settings),
          tuning,
          runId: `${name}-second`,
        });
        await foreign;
      } finally {
        await recorder.close();
      }
      const writes = writesOf(recorder.requests);
      const serverWrites = delta(before, await writeCounters(cluster));
      // The server did receive the recorded writes (the recorder is not blind): each is in its own counters.
      for (const [key, count] of Object.entries(writes)) expect(serverWrites[key] ?? 0).toBeGreaterThanOrEqual(count);
      expect(second.clusters[0]?.reason).toBeUndefined();
      expect(second.outcome).toBe('succeeded');
      // Deploy agrees with the plan: nothing changed.
      expect(second.clusters[0]?.changes?.filter((change) => change.action !== 'unchanged')).toEqual([]);
      // The server saw no write outside the lease, and (NetworkPolicy `ingress: []` included) no generation moved.
      expect(foreground(writes)).toEqual({});
      expect(await generations()).toEqual(objectsBefore);
      const dryRuns = recorder.requests.filter((request) => request.path.includes('dryRun=All'));
      if (provableFromOwnership(targets)) {
        // Not even the lease: a run that provably writes nothing takes none (ClusterDeploy.planWithoutWrites), and
        // it decided so without a single dry run (src/plan/unchanged.ts).
        expect(writes).toEqual({});
        expect(second.clusters[0]?.apiWrites).toBe(0);
        expect(dryRuns).toEqual([]);
      } else {
        // Some object can only be judged by a dry run, which runs under the lease: its create and release (+ a
        // renewal on a slow run) are the only writes.
        expect(Object.keys(writes).every((key) => key.endsWith(' leases'))).toBe(true);
        expect(second.clusters[0]?.apiWrites).toBeLessThanOrEqual(3);
      }
      // The client's own count and what the server received from it agree.
      expect(Object.values(writes).reduce((sum, count) => sum + count, 0)).toBe(second.clusters[0]?.apiWrites);
      console.log(
        `examples/${name}: second deploy: client writes ${second.clusters[0]?.apiWrites}, server writes ${JSON.stringify(writes)}, cluster-wide ${JSON.stringify(serverWrites)}`,
      );
    } finally {
      await runDelete({
        targets,
        bus: new EventBus(),
        options: engineOptions({ ...settings, command: 'delete', deleteNamespaces: true, deletePvcs: true }),
        tuning,
        runId: `${name}-delete`,
      }).catch(() => undefined);
    }
  });
});
