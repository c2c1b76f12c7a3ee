// k8deployer next to its peers, in one run, on dedicated local clusters (issue 15): the same app, the same kwok
// ready delay, each tool from an empty namespace of its own. Per tool: wall time, ratio to the measured critical
// path, API requests by verb, CPU seconds and peak RSS; then the no-op re-deploy, the time to detect a hopeless
// rollout and the time to restore, and the multi-cluster (matrix) run. Prints each table with a goal and a verdict
// column and writes the figures as JSON.
//
//   bash scripts/node24.sh npx tsx bench/peers.ts [--quick]
//     [--tools k8deployer,kubectl-rollout,kubectl-wait,helm,kapply] [--apps bench,microservices]
//     [--figures deploy,noop,failure,matrix] [--components 50] [--delay 5] [--clusters 2] [--deadline 120]
//     [--json FILE]
//
// Needs the test bed's binaries (scripts/testbed.sh build), Go (helm and kapply are built by bench/tools.sh on first
// use) and GNU time (`apt-get install time`) for the CPU and RSS figures. Not part of npm test or CI.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';
import { dump, load } from 'js-yaml';
import { benchComponents, benchImage, benchSpec, type Fault } from './harness/app.js';
import {
  counted,
  criticalPath,
  deleteNamespace,
  release,
  type ClusterHandle,
  type RequestFigures,
} from './harness/measuring.js';
import { NamespaceObserver } from './harness/observer.js';
import { formatTable, markdownTable, mb, seconds, verbs, verdict, type Table } from './harness/report.js';
import { AuditCursor, ROOT, startTestbed, testbedBinDir, type BenchCluster } from './harness/testbed.js';
import {
  helmTool,
  k8deployerTool,
  kapplyTool,
  kubectlRolloutTool,
  kubectlWaitTool,
  type Release,
  type Tool,
  type ToolPaths,
  type ToolRun,
} from './harness/tools.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    tools: { type: 'string', default: 'k8deployer,kubectl-rollout,kubectl-wait,helm,kapply' },
    apps: { type: 'string' },
    figures: { type: 'string', default: 'deploy,noop,failure,matrix' },
    components: { type: 'string' },
    delay: { type: 'string' },
    clusters: { type: 'string' },
    deadline: { type: 'string' },
    json: { type: 'string' },
  },
});
const quick = values.quick;
const componentCount = Number(values.components ?? (quick ? 20 : 50));
const delaySeconds = Number(values.delay ?? (quick ? 2 : 5));
const matrixClusters = Number(values.clusters ?? 2);
const deadlineSeconds = Number(values.deadline ?? (quick ? 30 : 120));
const toolIds = values.tools.split(',').filter(Boolean);
const appIds = (values.apps ?? (quick ? 'bench' : 'bench,microservices')).split(',').filter(Boolean);
const figures = new Set(values.figures.split(',').filter(Boolean));
for (const [name, value] of Object.entries({ componentCount, delaySeconds, matrixClusters, deadlineSeconds }))
  if (!Number.isInteger(value) || value < 1) {
    console.error(`peers: ${name} must be a positive integer`);
    process.exit(2);
  }
const runId = Date.now().toString(36);
const RESTORE_WAIT_MS = (deadlineSeconds + 60) * 1000;

// --- tools ------------------------------------------------------------------------------------------------------

function peerBinaries(ids: string[]): { helm?: string; kapply?: string } {
  const wanted = ids.filter((id) => id === 'helm' || id === 'kapply');
  if (wanted.length === 0) return {};
  const out = execFileSync('bash', [join(ROOT, 'bench/tools.sh'), ...wanted], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return Object.fromEntries(
    out
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
}

// --- releases ---------------------------------------------------------------------------------------------------

interface AppModel {
  id: string;
  title: string;
  /** Writes the spec for `namespace` on `clusters` (optionally with a fault), returns its path. */
  writeSpec(namespace: string, clusters: BenchCluster[], fault?: { component: string; kind: Fault }): string;
}

let workDir = '';

function copyKubeconfigs(clusters: BenchCluster[]): { name: string; kubeconfig: string }[] {
  return clusters.map((c) => {
    copyFileSync(c.kubeconfig, join(workDir, `${c.name}.kubeconfig`));
    return { name: c.name, kubeconfig: `${c.name}.kubeconfig` };
  });
}

const benchAppModel = (count: number): AppModel => ({
  id: count === componentCount ? 'bench' : `bench-${count}`,
  title: `${count} components, depth 3, ${delaySeconds} s ready delay`,
  writeSpec(namespace, clusters, fault) {
    const file = join(workDir, `${namespace}${fault ? `-${fault.kind}` : ''}.yaml`);
    const spec = benchSpec({
      count,
      delaySeconds,
      namespace,
      clusters: copyKubeconfigs(clusters),
      ...(fault ? { fault } : {}),
    });
    writeFileSync(file, dump(spec));
    return file;
  },
});

const microservicesModel: AppModel = {
  id: 'microservices',
  title: `examples/microservices (10 components, one a Helm chart), ${delaySeconds} s ready delay`,
  writeSpec(namespace, clusters) {
    const spec = load(readFileSync(join(ROOT, 'examples/microservices/k8deployer.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    spec['namespace'] = namespace;
    const defaults = (spec['defaults'] ?? {}) as Record<string, unknown>;
    defaults['podAnnotations'] = { 'testbed.k8deployer.io/ready-delay': `${delaySeconds}s` };
    spec['defaults'] = defaults;
    spec['clusters'] = copyKubeconfigs(clusters).map((c) => ({ name: c.name, kubeconfig: { path: c.kubeconfig } }));
    cpSync(join(ROOT, 'examples/microservices/charts'), join(workDir, 'charts'), { recursive: true });
    const file = join(workDir, `${namespace}.yaml`);
    writeFileSync(file, dump(spec));
    return file;
  },
};

// --- measuring --------------------------------------------------------------------------------------------------

// --- figures ----------------------------------------------------------------------------------------------------

interface DeployFigure {
  app: string;
  tool: string;
  ok: boolean;
  wallMs: number;
  criticalPathMs: number;
  cpuSeconds: number;
  peakRssMb: number;
  requests: RequestFigures;
  noop?: { ok: boolean; wallMs: number; requests: RequestFigures; cpuSeconds: number; peakRssMb: number };
  error?: string;
}

interface FailureFigure {
  tool: string;
  fault: Fault;
  detected: boolean;
  deadlineHit: boolean;
  detectMs?: number;
  restoreMs?: number;
  signalToServingMs?: number;
  note?: string;
}

interface MatrixFigure {
  tool: string;
  clusters: number;
  wallMs: number;
  criticalPathMs: number;
  cpuSeconds: number;
  peakRssMb: number;
  watches: Record<string, number>;
}

async function deployFigures(
  model: AppModel,
  tools: Tool[],
  handle: ClusterHandle,
  paths: ToolPaths,
): Promise<{
  figures: DeployFigure[];
  kept: Map<string, { release: Release; observer: NamespaceObserver; namespace: string }>;
}> {
  const result: DeployFigure[] = [];
  const kept = new Map<string, { release: Release; observer: NamespaceObserver; namespace: string }>();
  for (const tool of tools) {
    const namespace = `${model.id}-${tool.id}-${runId}`.slice(0, 63);
    const v1 = await release('v1', model.writeSpec(namespace, [handle.cluster]), paths.env);
    const observer = new NamespaceObserver(handle.kubeConfig, namespace);
    await observer.start();
    console.error(`peers: ${model.id}: ${tool.id} deploying into ${namespace}`);
    const { result: run, requests } = await counted([handle], () => tool.deploy(v1, [handle.cluster], 600));
    const app = v1.byCluster.get(handle.cluster.name)!;
    const figure: DeployFigure = {
      app: model.id,
      tool: tool.id,
      ok: run.ok,
      wallMs: run.wallMs,
      criticalPathMs: criticalPath(app, observer),
      cpuSeconds: run.usage.cpuSeconds,
      peakRssMb: run.usage.peakRssMb,
      requests,
      ...(run.error ? { error: run.error } : {}),
    };
    if (!run.ok) console.error(`peers: ${tool.id} failed:\n${run.error}`);
    if (run.ok && figures.has('noop')) {
      const { result: again, requests: noopRequests } = await counted([handle], () =>
        tool.deploy(v1, [handle.cluster], 600),
      );
      figure.noop = {
        ok: again.ok,
        wallMs: again.wallMs,
        requests: noopRequests,
        cpuSeconds: again.usage.cpuSeconds,
        peakRssMb: again.usage.peakRssMb,
      };
    }
    result.push(figure);
    if (run.ok && model.id === 'bench' && figures.has('failure'))
      kept.set(tool.id, { release: v1, observer, namespace });
    else {
      observer.stop();
      deleteNamespace(paths, handle.cluster, namespace);
    }
  }
  return { figures: result, kept };
}

/** The component that breaks: the first of the last level, so every other one is already applied. */
const brokenComponent = (): string => benchComponents(componentCount).find((c) => c.level === 3)!.name;

async function failureFigures(
  model: AppModel,
  tools: Tool[],
  handle: ClusterHandle,
  paths: ToolPaths,
  kept: Map<string, { release: Release; observer: NamespaceObserver; namespace: string }>,
): Promise<FailureFigure[]> {
  const results: FailureFigure[] = [];
  const broken = brokenComponent();
  const goodImage = benchImage(broken, '1');
  for (const fault of ['image-pull', 'crashloop'] as const) {
    console.error(
      `peers: failure scenario ${fault} in ${broken}, all tools side by side (deadline ${deadlineSeconds} s)`,
    );
    // Side by side: each tool in its own namespace; waiting for deadlines one tool after the other would take long.
    const scenario = await Promise.all(
      tools
        .filter((t) => kept.has(t.id))
        .map(async (tool): Promise<FailureFigure> => {
          const { release: v1, observer, namespace } = kept.get(tool.id)!;
          observer.resetFailure();
          const bad = await release(
            fault,
            model.writeSpec(namespace, [handle.cluster], { component: broken, kind: fault }),
            paths.env,
          );
          const run: ToolRun = await tool.deploy(bad, [handle.cluster], deadlineSeconds);
          const signal = observer.firstFailure?.at;
          if (run.ok) {
            // It reported success on a release whose pods cannot start: nothing tells the user to restore.
            const restoredAt = await observer.until(() => observer.serving(broken, goodImage), 1000);
            return {
              tool: tool.id,
              fault,
              detected: false,
              deadlineHit: false,
              note: `exited 0 with ${broken} ${restoredAt ? 'still on the old pods' : 'not rolled out'}: failure not reported`,
            };
          }
          const failedAt = run.failedAt ?? run.startedAt + run.wallMs;
          if (tool.restore) await tool.restore(v1, handle.cluster, run, deadlineSeconds);
          const servingAt = await observer.until(() => observer.serving(broken, goodImage), RESTORE_WAIT_MS);
          return {
            tool: tool.id,
            fault,
            detected: true,
            deadlineHit: run.deadlineHit,
            ...(signal !== undefined ? { detectMs: failedAt - signal } : {}),
            ...(servingAt !== undefined ? { restoreMs: servingAt - failedAt } : {}),
            ...(servingAt !== undefined && signal !== undefined ? { signalToServingMs: servingAt - signal } : {}),
            ...(signal === undefined
              ? {
                  note: `no failing pod seen; the tool failed with: ${(run.error ?? '').split('\n').at(-1)?.slice(0, 100)}`,
                }
              : {}),
          };
        }),
    );
    results.push(...scenario);
  }
  for (const [, { observer, namespace }] of kept) {
    observer.stop();
    deleteNamespace(paths, handle.cluster, namespace);
  }
  return results;
}

async function matrixFigures(tools: Tool[], handles: ClusterHandle[], paths: ToolPaths): Promise<MatrixFigure[]> {
  const model = benchAppModel(componentCount);
  const results: MatrixFigure[] = [];
  for (const tool of tools.filter((t) => t.id === 'k8deployer' || t.id === 'kubectl-rollout')) {
    const namespace = `matrix-${tool.id}-${runId}`;
    const clusters = handles.map((h) => h.cluster);
    const v1 = await release('v1', model.writeSpec(namespace, clusters), paths.env);
    const observers = handles.map((h) => new NamespaceObserver(h.kubeConfig, namespace));
    await Promise.all(observers.map((o) => o.start()));
    console.error(`peers: matrix: ${tool.id} on ${clusters.length} clusters`);
    const { result: run, requests } = await counted(handles, () => tool.deploy(v1, clusters, 600));
    if (!run.ok) console.error(`peers: matrix ${tool.id} failed:\n${run.error}`);
    results.push({
      tool: tool.id,
      clusters: clusters.length,
      wallMs: run.wallMs,
      criticalPathMs: Math.max(
        ...handles.map((h, i) => criticalPath(v1.byCluster.get(h.cluster.name)!, observers[i]!)),
      ),
      cpuSeconds: run.usage.cpuSeconds,
      peakRssMb: run.usage.peakRssMb,
      watches: requests.watches,
    });
    for (const [i, o] of observers.entries()) {
      o.stop();
      deleteNamespace(paths, handles[i]!.cluster, namespace);
    }
  }
  return results;
}

// --- tables -----------------------------------------------------------------------------------------------------

/** Writes other than the run lease k8deployer takes and releases (coordination.k8s.io Lease). */
const appWrites = (r: RequestFigures): number => r.toolWrites - (r.writes['leases'] ?? 0);
/** Tools that apply in dependency order, so that a run has a critical path of its own. */
const ORDERING = new Set(['k8deployer', 'kubectl-rollout', 'kapply']);

/** Total stored writes, with the bookkeeping ones (leases, release Secrets, inventory ConfigMaps) named. */
const writesCell = (r: RequestFigures): string => {
  const books = Object.entries(r.writes).filter(([k]) => ['leases', 'secrets', 'configmaps'].includes(k));
  return books.length === 0
    ? String(r.toolWrites)
    : `${r.toolWrites} (${books.map(([k, n]) => `${k} ${n}`).join(', ')})`;
};

const ratio = (wall: number, path: number): string => (path > 0 ? `${(wall / path).toFixed(2)}×` : '—');

function deployTable(app: AppModel, rows: DeployFigure[]): Table {
  return {
    title: `Deploy from an empty namespace: ${app.title}, one cluster`,
    columns: [
      'tool',
      'wall',
      'critical path',
      'ratio',
      'goal',
      'verdict',
      "tool's requests",
      'writes',
      'CPU',
      'peak RSS',
    ],
    rows: rows.map((r) => {
      const ours = r.tool === 'k8deployer';
      // A tool that applies everything at once has no dependency chain of its own: measure it against the chain
      // measured in k8deployer's run (marked *).
      const reference = ORDERING.has(r.tool)
        ? r.criticalPathMs
        : (rows.find((x) => x.tool === 'k8deployer')?.criticalPathMs ?? NaN);
      const mark = ORDERING.has(r.tool) ? '' : '*';
      const overhead = r.wallMs / reference;
      return [
        r.ok ? r.tool : `${r.tool} (FAILED)`,
        seconds(r.wallMs),
        `${seconds(reference)}${mark}`,
        `${ratio(r.wallMs, reference)}${mark}`,
        ours ? '≤ 1.05×' : '',
        ours ? verdict(r.ok && overhead <= 1.05) : '',
        verbs(r.requests.tool),
        writesCell(r.requests),
        r.cpuSeconds.toFixed(2) + ' s',
        mb(r.peakRssMb),
      ];
    }),
    notes: [
      'critical path: the longest dependency chain of measured apply→ready times in that run (what a zero-overhead',
      'orchestrator honouring the order would take). * kubectl-wait and helm ignore the order (everything at once):',
      "their ratio is to the chain measured in k8deployer's run, and can be below 1.",
      "tool's requests: from the API server's audit log by User-Agent (the observer and controllers left out);",
      'CPU and peak RSS: the deployer processes (kubectl: summed over its invocations, peak of the largest).',
    ],
  };
}

function noopTable(app: AppModel, rows: DeployFigure[]): Table {
  return {
    title: `No-op re-deploy (nothing changed): ${app.title}`,
    columns: ['tool', 'wall', 'writes', 'goal', 'verdict', "tool's requests", 'CPU', 'peak RSS'],
    rows: rows
      .filter((r) => r.noop)
      .map((r) => {
        const n = r.noop!;
        const ours = r.tool === 'k8deployer';
        return [
          r.tool,
          seconds(n.wallMs),
          writesCell(n.requests),
          ours ? '0 writes, < 1 s' : '',
          ours ? verdict(n.ok && appWrites(n.requests) === 0 && n.wallMs < 1000) : '',
          verbs(n.requests.tool),
          n.cpuSeconds.toFixed(2) + ' s',
          mb(n.peakRssMb),
        ];
      }),
    notes: [
      "bar from issue 15: kapply's 0.95 s and 0 writes. writes: stored writes (server-side dry runs left out);",
      "k8deployer's verdict leaves out its run lease (one create and one delete per run, the concurrency lock).",
      'A no-op server-side apply PATCH stores nothing new, but it is a write request and counts here.',
    ],
  };
}

function failureTable(rows: FailureFigure[]): Table {
  const fastest = (fault: Fault, key: 'detectMs' | 'signalToServingMs') =>
    Math.min(...rows.filter((r) => r.fault === fault && r.detected && r[key] !== undefined).map((r) => r[key]!));
  return {
    title: `Hopeless rollout in ${brokenComponent()} of ${componentCount} (deadline ${deadlineSeconds} s for tools that wait for one)`,
    columns: ['fault', 'tool', 'detect', 'restore', 'signal → serving', 'goal', 'verdict', 'how restored / note'],
    rows: rows.map((r) => {
      const ours = r.tool === 'k8deployer';
      const detect = !r.detected
        ? 'not reported'
        : r.deadlineHit
          ? `≥ deadline (${seconds(r.detectMs)})`
          : seconds(r.detectMs);
      const how: Record<string, string> = {
        k8deployer: 'its own rollback',
        'kubectl-rollout': 'kubectl rollout undo + status',
        'kubectl-wait': 'kubectl rollout undo + status',
        helm: 'helm rollback --wait',
        kapply: 're-apply of the previous set',
      };
      return [
        r.fault,
        r.tool,
        detect,
        seconds(r.restoreMs),
        seconds(r.signalToServingMs),
        ours ? 'fastest detect and restore' : '',
        ours
          ? verdict(
              r.detected &&
                (r.detectMs ?? Infinity) <= fastest(r.fault, 'detectMs') &&
                (r.signalToServingMs ?? Infinity) <= fastest(r.fault, 'signalToServingMs'),
            )
          : '',
        r.note ?? how[r.tool] ?? '',
      ];
    }),
    notes: [
      "detect: from the pod's first failure signal (observer's watch) to the tool declaring the deploy failed;",
      'restore: from that to the previous revision serving again (rolled out on every replica).',
      'The tools ran side by side in their own namespaces for this table (waiting out deadlines in turn takes long).',
    ],
  };
}

function matrixTable(rows: MatrixFigure[], single: DeployFigure | undefined): Table {
  return {
    title: `Several clusters (${matrixClusters}) at once, ${componentCount} components each`,
    columns: [
      'tool',
      'clusters',
      'wall',
      'critical path',
      'ratio',
      'vs one cluster',
      'goal',
      'verdict',
      'CPU',
      'peak RSS',
    ],
    rows: rows.map((r) => {
      const ours = r.tool === 'k8deployer';
      const vsOne = single && ours ? r.wallMs / single.wallMs : undefined;
      return [
        r.tool,
        String(r.clusters),
        seconds(r.wallMs),
        seconds(r.criticalPathMs),
        ratio(r.wallMs, r.criticalPathMs),
        vsOne !== undefined ? `${vsOne.toFixed(2)}×` : '',
        ours ? '≤ 1.2× one cluster' : '',
        ours ? verdict(vsOne !== undefined && vsOne <= 1.2) : '',
        r.cpuSeconds.toFixed(2) + ' s',
        mb(r.peakRssMb),
      ];
    }),
    notes: [
      'k8deployer: one process for all clusters (one action step); kubectl-rollout: one script per cluster, side by side',
      '(a workflow matrix).',
    ],
  };
}

// --- main -------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const binDir = testbedBinDir();
  if (!binDir) throw new Error('test bed binaries are not built: bash scripts/testbed.sh build');
  const peers = peerBinaries(toolIds);
  workDir = mkdtempSync(join(tmpdir(), 'k8deployer-peers-'));
  const env = { ...process.env, PATH: `${binDir}:${process.env['PATH'] ?? ''}` };
  const paths: ToolPaths = { kubectl: join(binDir, 'kubectl'), ...peers, env, workDir };
  const factories: Record<string, (p: ToolPaths) => Tool> = {
    k8deployer: k8deployerTool,
    'kubectl-rollout': kubectlRolloutTool,
    'kubectl-wait': kubectlWaitTool,
    helm: helmTool,
    kapply: kapplyTool,
  };
  const tools = toolIds.map((id) => {
    const make = factories[id];
    if (!make) throw new Error(`unknown tool ${id} (${Object.keys(factories).join(', ')})`);
    return make(paths);
  });
  const started = new Date();
  const loadBefore = loadavg();
  const clusterCount = figures.has('matrix') ? matrixClusters : 1;
  console.error(`peers: starting ${clusterCount} dedicated cluster(s) with audit logs`);
  // Every tool keeps its app up until the failure figures: 5 tools × 50 components × 2 replicas fill the test bed's
  // default 2 fake Nodes (250 pods each), and a surge pod that cannot be scheduled shows no image or crash failure.
  process.env['K8DEPLOYER_TESTBED_NODES'] ??= '6';
  const testbed = startTestbed(clusterCount, { audit: true });
  const tables: Table[] = [];
  const json: Record<string, unknown> = {};
  try {
    const handles: ClusterHandle[] = testbed.clusters.map((cluster) => {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromFile(cluster.kubeconfig);
      return { cluster, kubeConfig, audit: new AuditCursor(cluster.auditLog!) };
    });
    const first = handles[0]!;
    const deploys: DeployFigure[] = [];
    if (figures.has('deploy') || figures.has('noop') || figures.has('failure')) {
      for (const appId of appIds) {
        const model = appId === 'microservices' ? microservicesModel : benchAppModel(componentCount);
        const { figures: rows, kept } = await deployFigures(model, tools, first, paths);
        deploys.push(...rows);
        tables.push(deployTable(model, rows));
        if (figures.has('noop')) tables.push(noopTable(model, rows));
        if (kept.size > 0) {
          const failures = await failureFigures(model, tools, first, paths, kept);
          json['failures'] = failures;
          tables.push(failureTable(failures));
        }
      }
      json['deploys'] = deploys;
    }
    if (figures.has('matrix') && handles.length > 1) {
      const rows = await matrixFigures(tools, handles, paths);
      json['matrix'] = rows;
      tables.push(
        matrixTable(
          rows,
          deploys.find((d) => d.app === 'bench' && d.tool === 'k8deployer'),
        ),
      );
    }
  } finally {
    testbed.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const header = [
    `bench/peers.ts ${process.argv.slice(2).join(' ')}`.trim(),
    `${started.toISOString()} on ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after`,
    `tools: ${toolIds.join(', ')}; ready delay ${delaySeconds} s; deadline ${deadlineSeconds} s`,
    '',
  ];
  console.log(header.join('\n'));
  for (const table of tables) console.log(formatTable(table));
  const out = values.json ?? join(ROOT, 'bench/results', `peers-${quick ? 'quick' : 'full'}.json`);
  writeFileSync(
    out,
    JSON.stringify(
      {
        command: header[0],
        started: started.toISOString(),
        machine,
        loadAverage: { before: loadBefore, after: loadAfter },
        settings: { componentCount, delaySeconds, deadlineSeconds, matrixClusters, tools: toolIds, apps: appIds },
        ...json,
        markdown: tables.map((t) => `**${t.title}**\n\n${markdownTable(t)}`),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`results: ${out}`);
}

await main();
