// Canary abort benchmark: time from the canary's first failure signal to traffic restored to stable (goal < 10 s on
// the test bed), with the replica-ratio split, in two cases:
//   crash: the new version crash-loops (kwok fault); the signal is the first canary pod seen in CrashLoopBackOff by
//          a watch of our own, independent of the engine's;
//   http:  an analysis HTTP check (interval 1 s) against a local server that starts answering 500; the signal is the
//          moment the server flips.
// "Restored" is the engine's rollback-finished: stable's revision re-applied and ready at its full replicas, the
// canary Deployment deleted and its pods gone (foreground deletion), so the one Service selects stable pods only.
//
//   bash scripts/node24.sh npx tsx bench/canary.ts [--runs 3]
// Uses the first cluster of K8DEPLOYER_TEST_KUBECONFIGS (scripts/testbed.sh env prints it).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';
import { connectCluster } from '../src/cluster/client.js';
import { engineOptions, runDelete, runDeploy } from '../src/engine.js';
import { EventBus, type DeployEvent } from '../src/events.js';
import { renderApp } from '../src/render/index.js';
import { defaultSettings, type Settings } from '../src/settings/types.js';
import { referencedFiles, resolveTargets } from '../src/spec/load.js';
import { parseYamlSource, problemAt } from '../src/spec/yaml-source.js';
import { stringAt } from '../src/track/fields.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Math.min(20, Number(values.runs) || 3));
const kubeconfigPath = (process.env.K8DEPLOYER_TEST_KUBECONFIGS ?? '').split(',').find(Boolean);
if (!kubeconfigPath) {
  process.stderr.write(
    'bench/canary.ts needs a test cluster: eval "$(bash scripts/testbed.sh env --dir <dir>)" after testbed.sh up\n',
  );
  process.exit(2);
}
const kubeConfig = new KubeConfig();
kubeConfig.loadFromFile(kubeconfigPath);
const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};

function rendered(namespace: string, version: string, strategy: string, crash: boolean) {
  const text = [
    'app: bench',
    `namespace: ${namespace}`,
    'components:',
    '  - name: web',
    `    image: registry.example.com/web:${version}`,
    '    port: 8080',
    '    replicas: 4',
    '    networkPolicy: false',
    ...(crash ? ['    podLabels: { testbed.k8deployer.io/fault: crashloop }'] : []),
    `    strategy: ${strategy}`,
    '',
  ].join('\n');
  const document = parseYamlSource(text, 'k8deployer.yaml');
  const target = resolveTargets(document, { variables: {} })[0];
  if (!target) throw new Error('no target');
  return renderApp(target, {
    files: new Map(referencedFiles(target.spec).map((ref) => [ref.path, ''])),
    env: {},
    missingSecrets: 'error',
    problemAt: (pointer, message) => problemAt(document, pointer, message),
  });
}

async function deploy(namespace: string, version: string, strategy: string, crash = false) {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const result = await runDeploy({
    targets: [{ cluster: 'bench', kubeConfig, rendered: rendered(namespace, version, strategy, crash) }],
    bus,
    options: engineOptions(settings),
    runId: randomBytes(4).toString('hex'),
    tuning: { leaseTtlSeconds: 10 },
  });
  return { result, events };
}

async function remove(namespace: string): Promise<void> {
  await runDelete({
    targets: [{ cluster: 'bench', kubeConfig, rendered: rendered(namespace, '1', 'rolling', false) }],
    bus: new EventBus(),
    options: { ...engineOptions({ ...settings, deleteNamespaces: true }) },
    runId: randomBytes(4).toString('hex'),
  });
}

function restoredAt(events: DeployEvent[]): number {
  const finished = events.find((event) => event.type === 'rollback-finished');
  if (finished?.type !== 'rollback-finished' || !finished.ok)
    throw new Error(
      `the canary was not rolled back: ${JSON.stringify(events.filter((e) => e.type === 'cluster-finished'))}`,
    );
  return finished.at;
}

const strategySteps = (analysis: string) =>
  `{ type: canary, steps: [{ weight: 25, pause: 60s }]${analysis ? `, analysis: ${analysis}` : ''} }`;

async function crashCase(): Promise<number> {
  const namespace = `bench-canary-${randomBytes(3).toString('hex')}`;
  const strategy = strategySteps('');
  try {
    await deploy(namespace, '1', strategy);
    const client = connectCluster('bench', kubeConfig);
    let signalAt: number | undefined;
    try {
      const pods = await client.informer('v1', 'Pod', { namespace, labelSelector: 'k8deployer.io/track=canary' });
      const check = () => {
        for (const pod of pods.list()) {
          const statuses = (pod['status'] as { containerStatuses?: unknown[] } | undefined)?.containerStatuses ?? [];
          if (statuses.some((status) => stringAt(status, 'state', 'waiting', 'reason') === 'CrashLoopBackOff'))
            signalAt ??= Date.now();
        }
      };
      const stop = pods.subscribe(check);
      const { events } = await deploy(namespace, '2', strategy, true);
      stop();
      if (signalAt === undefined) throw new Error('no CrashLoopBackOff seen');
      return restoredAt(events) - signalAt;
    } finally {
      client.close();
    }
  } finally {
    await remove(namespace);
  }
}

async function httpCase(): Promise<number> {
  const namespace = `bench-canary-${randomBytes(3).toString('hex')}`;
  let healthy = true;
  const server = createServer((_request, response) => {
    response.statusCode = healthy ? 200 : 500;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
  const strategy = strategySteps(`{ interval: 1s, http: [{ url: '${url}', requests: 1, timeout: 1s }] }`);
  try {
    await deploy(namespace, '1', strategy);
    let flippedAt = 0;
    const bus = deploy(namespace, '2', strategy);
    // Flip once the canary holds its step and analysis has passed once.
    const client = connectCluster('bench', kubeConfig);
    try {
      for (let waited = 0; waited < 60_000; waited += 200) {
        const canary = await client.get({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-canary', namespace });
        const ready = (canary?.['status'] as { readyReplicas?: number } | undefined)?.readyReplicas ?? 0;
        if (ready >= 1) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      client.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    healthy = false;
    flippedAt = Date.now();
    const { events } = await bus;
    return restoredAt(events) - flippedAt;
  } finally {
    server.close();
    await remove(namespace);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const results: Record<string, number[]> = { crash: [], http: [] };
for (let run = 1; run <= runs; run += 1) {
  results.crash!.push(await crashCase());
  results.http!.push(await httpCase());
  process.stdout.write(
    `run ${run}/${runs}: crash-loop ${(results.crash!.at(-1)! / 1000).toFixed(2)} s, failing HTTP check ${(results.http!.at(-1)! / 1000).toFixed(2)} s\n`,
  );
}
for (const [name, list] of Object.entries(results)) {
  const worst = Math.max(...list);
  process.stdout.write(
    `canary ${name === 'crash' ? 'crash-loop' : 'failing HTTP check'}: first failure signal → traffic restored to stable: median ${(median(list) / 1000).toFixed(2)} s, worst ${(worst / 1000).toFixed(2)} s over ${list.length} run(s) (goal < 10 s) ${worst < 10_000 ? 'OK' : 'MISSED'}\n`,
  );
}
