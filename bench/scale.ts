// Scale figures of issue 15, on dedicated local clusters:
//   clusters    N clusters (default 10) from one `k8deployer deploy` (one action step), 50 components each: wall time
//               against the same deploy to one cluster (goal ≤ 1.2×), watches per kind and namespace per cluster
//               (from the API servers' audit logs; goal: one), peak RSS (goal < 300 MB);
//   components  one cluster, 100 / 250 / 500 components: time, CPU and memory growth (goal: no quadratic step);
//   render      render and validate 1,000 / 2,000 / 5,000 components (1,000 per spec, the spec cap, × clusters).
//
//   bash scripts/node24.sh npx tsx bench/scale.ts [--quick] [--figures clusters,components,render] [--clusters 10]
//     [--sizes 100,250,500] [--renders 1000x1,1000x2,1000x5] [--delay 5] [--json FILE]
// Not part of npm test or CI. Needs GNU time (`apt-get install time`) for CPU and RSS.
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { benchSpec } from './harness/app.js';
import { measureRun } from './harness/measure.js';
import { counted, criticalPath, deleteNamespace, release, type ClusterHandle } from './harness/measuring.js';
import { NamespaceObserver } from './harness/observer.js';
import { formatTable, markdownTable, mb, seconds, verdict, type Table } from './harness/report.js';
import { growthExponents } from './harness/stats.js';
import { AuditCursor, ROOT, startTestbed, testbedBinDir, type BenchCluster } from './harness/testbed.js';
import { k8deployerTool, type ToolPaths } from './harness/tools.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    figures: { type: 'string', default: 'clusters,components,render' },
    clusters: { type: 'string' },
    sizes: { type: 'string' },
    renders: { type: 'string' },
    delay: { type: 'string' },
    json: { type: 'string' },
  },
});
const quick = values.quick;
const figures = new Set(values.figures.split(','));
const clusterCount = Number(values.clusters ?? (quick ? 3 : 10));
const sizes = (values.sizes ?? (quick ? '20,50,100' : '100,250,500')).split(',').map(Number);
const renders = (values.renders ?? (quick ? '200x1,200x5' : '1000x1,1000x2,1000x5')).split(',').map((pair) => {
  const [components, clusters] = pair.split('x').map(Number);
  return { components: components ?? 0, clusters: clusters ?? 1 };
});
const delaySeconds = Number(values.delay ?? (quick ? 2 : 5));
const perCluster = quick ? 20 : 50;
const runId = Date.now().toString(36);
for (const n of [clusterCount, delaySeconds, ...sizes, ...renders.flatMap((r) => [r.components, r.clusters])])
  if (!Number.isInteger(n) || n < 1) {
    console.error('scale: sizes, clusters and delay must be positive integers');
    process.exit(2);
  }

let workDir = '';

function writeSpec(namespace: string, count: number, clusters: BenchCluster[]): string {
  const specClusters = clusters.map((c) => {
    copyFileSync(c.kubeconfig, join(workDir, `${c.name}.kubeconfig`));
    return { name: c.name, kubeconfig: `${c.name}.kubeconfig` };
  });
  const file = join(workDir, `${namespace}.yaml`);
  writeFileSync(file, dump(benchSpec({ count, delaySeconds, namespace, clusters: specClusters })));
  return file;
}

interface DeployRow {
  label: string;
  components: number;
  clusters: number;
  ok: boolean;
  wallMs: number;
  criticalPathMs: number;
  cpuSeconds: number;
  peakRssMb: number;
  watches: Record<string, number>;
}

/** One k8deployer deploy of `count` components into a fresh namespace on `handles`, measured. */
async function deployOnce(
  label: string,
  count: number,
  handles: ClusterHandle[],
  paths: ToolPaths,
): Promise<DeployRow> {
  const namespace = `scale-${label}-${runId}`;
  const clusters = handles.map((h) => h.cluster);
  const v1 = await release('v1', writeSpec(namespace, count, clusters), paths.env);
  const observers = handles.map((h) => new NamespaceObserver(h.kubeConfig, namespace));
  await Promise.all(observers.map((o) => o.start()));
  console.error(`scale: ${label}: ${count} components × ${clusters.length} cluster(s)`);
  const { result: run, requests } = await counted(handles, () => k8deployerTool(paths).deploy(v1, clusters, 1800));
  if (!run.ok) console.error(`scale: ${label} failed:\n${run.error}`);
  const row: DeployRow = {
    label,
    components: count,
    clusters: clusters.length,
    ok: run.ok,
    wallMs: run.wallMs,
    criticalPathMs: Math.max(...handles.map((h, i) => criticalPath(v1.byCluster.get(h.cluster.name)!, observers[i]!))),
    cpuSeconds: run.usage.cpuSeconds,
    peakRssMb: run.usage.peakRssMb,
    watches: requests.watches,
  };
  for (const [i, o] of observers.entries()) {
    o.stop();
    deleteNamespace(paths, handles[i]!.cluster, namespace);
  }
  return row;
}

/** Watch requests per kind in the app's namespace, worst cluster (the audit counts are summed over clusters). */
function watchesPerCluster(row: DeployRow, namespace: string): string {
  const kinds = Object.entries(row.watches).filter(([key]) => key.endsWith(` ${namespace}`));
  if (kinds.length === 0) return 'none';
  return kinds.map(([key, n]) => `${key.split(' ')[0]} ${(n / row.clusters).toFixed(1)}`).join(', ');
}

async function main(): Promise<void> {
  const binDir = testbedBinDir();
  if (!binDir) throw new Error('test bed binaries are not built: bash scripts/testbed.sh build');
  workDir = mkdtempSync(join(tmpdir(), 'k8deployer-scale-'));
  const env = { ...process.env, PATH: `${binDir}:${process.env['PATH'] ?? ''}` };
  const paths: ToolPaths = { kubectl: join(binDir, 'kubectl'), env, workDir };
  const started = new Date();
  const loadBefore = loadavg();
  const tables: Table[] = [];
  const json: Record<string, unknown> = {};
  const needClusters = figures.has('clusters') ? clusterCount : figures.has('components') ? 1 : 0;
  // 500 components × 2 replicas (and the previous size's pods still terminating) exceed the test bed's default 2
  // fake Nodes of 250 pods each; unschedulable pods would fail the deploy for a reason that is not the engine's.
  process.env['K8DEPLOYER_TESTBED_NODES'] ??= '8';
  const testbed = needClusters ? startTestbed(needClusters, { audit: true }) : undefined;
  try {
    const handles: ClusterHandle[] = (testbed?.clusters ?? []).map((cluster) => {
      const kubeConfig = new KubeConfig();
      kubeConfig.loadFromFile(cluster.kubeconfig);
      return { cluster, kubeConfig, audit: new AuditCursor(cluster.auditLog!) };
    });
    if (figures.has('clusters')) {
      const one = await deployOnce('one', perCluster, handles.slice(0, 1), paths);
      const all = await deployOnce('all', perCluster, handles, paths);
      json['clusters'] = { one, all };
      const vsOne = all.wallMs / one.wallMs;
      // k8deployer's watches in the app's namespace, per cluster: one per kind is the goal.
      const perKind = Object.entries(all.watches)
        .filter(([key]) => key.endsWith(` scale-all-${runId}`))
        .map(([, n]) => n / all.clusters);
      tables.push({
        title: `${clusterCount} clusters from one deploy, ${perCluster} components each (${delaySeconds} s ready delay)`,
        columns: ['figure', 'value', 'goal', 'verdict'],
        rows: [
          ['wall time, 1 cluster', seconds(one.wallMs), '', ''],
          [
            `wall time, ${all.clusters} clusters`,
            seconds(all.wallMs),
            '≤ 1.2× one cluster',
            verdict(all.ok && vsOne <= 1.2),
          ],
          [`ratio ${all.clusters} / 1`, `${vsOne.toFixed(2)}×`, '≤ 1.2×', verdict(all.ok && vsOne <= 1.2)],
          [
            `critical path (worst of ${all.clusters})`,
            `${seconds(all.criticalPathMs)} (${(all.wallMs / all.criticalPathMs).toFixed(2)}× wall)`,
            '',
            '',
          ],
          [
            'watches per kind in the app namespace, per cluster',
            watchesPerCluster(all, `scale-all-${runId}`),
            '1 each',
            verdict(perKind.length > 0 && perKind.every((n) => n <= 1)),
          ],
          ['peak RSS of the deployer', mb(all.peakRssMb), '< 300 MB', verdict(all.peakRssMb < 300)],
          [
            'CPU of the deployer',
            `${all.cpuSeconds.toFixed(2)} s (one cluster: ${one.cpuSeconds.toFixed(2)} s)`,
            '',
            '',
          ],
        ],
        notes: ['watches: WATCH requests by k8deployer in the audit logs, over the whole deploy, divided by clusters.'],
      });
    }
    if (figures.has('components')) {
      const rows: DeployRow[] = [];
      for (const size of sizes) rows.push(await deployOnce(`n${size}`, size, handles.slice(0, 1), paths));
      json['components'] = rows;
      const timeGrowth = growthExponents(rows.map((r) => ({ size: r.components, cost: r.wallMs - r.criticalPathMs })));
      const cpuGrowth = growthExponents(rows.map((r) => ({ size: r.components, cost: r.cpuSeconds })));
      const rssGrowth = growthExponents(rows.map((r) => ({ size: r.components, cost: r.peakRssMb })));
      tables.push({
        title: `Growth with component count, one cluster (${delaySeconds} s ready delay, depth 3)`,
        columns: [
          'components',
          'wall',
          'critical path',
          'overhead',
          'CPU',
          'peak RSS',
          'growth (overhead, CPU, RSS)',
          'goal',
          'verdict',
        ],
        rows: rows.map((r, i) => {
          const exps = i === 0 ? undefined : [timeGrowth[i - 1]!, cpuGrowth[i - 1]!, rssGrowth[i - 1]!];
          return [
            String(r.components),
            r.ok ? seconds(r.wallMs) : `${seconds(r.wallMs)} (FAILED)`,
            seconds(r.criticalPathMs),
            seconds(r.wallMs - r.criticalPathMs),
            `${r.cpuSeconds.toFixed(2)} s`,
            mb(r.peakRssMb),
            exps ? exps.map((e) => e.toFixed(2)).join(', ') : '',
            exps ? 'exponents < 1.5' : '',
            exps ? verdict(r.ok && Math.max(exps[1]!, exps[2]!) < 1.5) : '',
          ];
        }),
        notes: [
          'growth: exponent k of cost ∝ components^k from the row above (1 linear, 2 quadratic); the verdict uses CPU',
          'and RSS (overhead = wall − critical path also moves with the shared machine’s load).',
        ],
      });
    }
    if (figures.has('render')) {
      const rows: {
        components: number;
        clusters: number;
        objects: number;
        medianMs: number;
        firstMs: number;
        peakRssMb: number;
      }[] = [];
      for (const r of renders) {
        console.error(`scale: render ${r.components} components × ${r.clusters}`);
        const run = await measureRun(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'bench/render.ts'), String(r.components), String(r.clusters), '--json'],
          { cwd: ROOT },
        );
        const line = run.lines.find((l) => l.text.startsWith('{'));
        if (run.code !== 0 || !line) throw new Error(`render.ts failed:\n${run.lines.map((l) => l.text).join('\n')}`);
        const parsed = JSON.parse(line.text) as {
          objects: number;
          medianMs: number;
          runsMs: number[];
          peakRssMb: number;
        };
        rows.push({
          ...r,
          objects: parsed.objects,
          medianMs: parsed.medianMs,
          firstMs: parsed.runsMs[0] ?? NaN,
          peakRssMb: parsed.peakRssMb,
        });
      }
      json['render'] = rows;
      const timeGrowth = growthExponents(rows.map((r) => ({ size: r.components * r.clusters, cost: r.medianMs })));
      const rssGrowth = growthExponents(rows.map((r) => ({ size: r.components * r.clusters, cost: r.peakRssMb })));
      tables.push({
        title: 'Render and validate (offline, in-process; 5 runs, median)',
        columns: [
          'components × clusters',
          'objects',
          'first run',
          'median',
          'peak RSS',
          'growth (time, RSS)',
          'goal',
          'verdict',
        ],
        rows: rows.map((r, i) => [
          `${r.components} × ${r.clusters} = ${r.components * r.clusters}`,
          String(r.objects),
          seconds(r.firstMs),
          seconds(r.medianMs),
          mb(r.peakRssMb),
          i === 0 ? '' : `${timeGrowth[i - 1]!.toFixed(2)}, ${rssGrowth[i - 1]!.toFixed(2)}`,
          i === 0 ? '' : 'time exponent < 1.5',
          i === 0 ? '' : verdict(timeGrowth[i - 1]! < 1.5),
        ]),
        notes: [
          'a spec holds at most 1,000 components (src/spec/limits.ts): 5,000 is 1,000 components rendered for 5 clusters.',
        ],
      });
    }
  } finally {
    testbed?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
  const command = `bench/scale.ts ${process.argv.slice(2).join(' ')}`.trim();
  console.log(command);
  console.log(
    `${started.toISOString()} on ${machine}; load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after\n`,
  );
  for (const table of tables) console.log(formatTable(table));
  const out = values.json ?? join(ROOT, 'bench/results', `scale-${quick ? 'quick' : 'full'}.json`);
  writeFileSync(
    out,
    JSON.stringify(
      {
        command,
        started: started.toISOString(),
        machine,
        loadAverage: { before: loadBefore, after: loadAfter },
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
