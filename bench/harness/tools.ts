// The deployers bench/peers.ts compares, each driven the way its documentation says to deploy and to undo a bad
// release, all from the same rendered objects:
//   k8deployer       `k8deployer deploy` (orders by dependency, waits from watches, fails fast, rolls back itself)
//   kubectl-rollout  `kubectl apply --server-side` level by level + `kubectl rollout status` per workload
//   kubectl-wait     `kubectl apply --server-side` of everything + `kubectl wait --for=condition=Available`
//   helm             `helm upgrade --install --wait` of a chart holding the objects; undo: `helm rollback --wait`
//   kapply           cli-utils `kapply apply --reconcile-timeout` with depends-on annotations; undo: re-apply
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KubeObject } from '../../src/kube/object.js';
import type { RenderedApp } from '../../src/render/types.js';
import { levelsOf } from './app.js';
import { measureRun, tail, Usage, type Measured } from './measure.js';
import type { BenchCluster } from './testbed.js';
import { ROOT } from './testbed.js';

/** One version of the app: the spec k8deployer reads and what it renders to, per cluster. */
export interface Release {
  label: string;
  specFile: string;
  byCluster: Map<string, RenderedApp>;
}

export interface ToolPaths {
  kubectl: string;
  helm?: string;
  kapply?: string;
  /** PATH for every child: the test bed's kubectl and helm first (k8deployer renders `kind: helm` with it). */
  env: NodeJS.ProcessEnv;
  workDir: string;
}

export interface ToolRun {
  ok: boolean;
  wallMs: number;
  startedAt: number;
  /** When the tool said the release failed (its exit, or k8deployer's "rolling back" line). */
  failedAt?: number;
  /** It gave up because its wait deadline passed, not because it recognised the failure. */
  deadlineHit: boolean;
  usage: Usage;
  /** The workload it saw fail, when it names one (used by the kubectl undo). */
  failedWorkload?: string;
  error?: string;
}

export interface Tool {
  id: string;
  title: string;
  /** Deploys `release` to `clusters` (all at once where the tool can, else as a workflow matrix would). */
  deploy(release: Release, clusters: BenchCluster[], deadlineSeconds: number): Promise<ToolRun>;
  /**
   * The tool's documented way back to `previous` after `failed` failed; undefined when the tool restores by itself
   * (k8deployer's rollback) or has nothing to restore (the failure went unnoticed).
   */
  restore?(previous: Release, cluster: BenchCluster, failed: ToolRun, deadlineSeconds: number): Promise<ToolRun>;
}

/**
 * Server-side apply as CI scripts run it: --force-conflicts, because after a `kubectl rollout undo` (an update by
 * another field manager) the next plain apply of the template is refused as a conflict.
 */
const APPLY = ['apply', '--server-side', '--force-conflicts', '-f'];

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function yamlOf(objects: KubeObject[]): string {
  // JSON is YAML; one document per object.
  return objects.map((o) => JSON.stringify(o)).join('\n---\n') + '\n';
}

let fileCounter = 0;
function writeObjects(paths: ToolPaths, objects: KubeObject[], name: string): string {
  const file = join(paths.workDir, `${++fileCounter}-${name}.yaml`);
  writeFileSync(file, yamlOf(objects));
  return file;
}

function runOf(started: number, usage: Usage, ok: boolean, extra: Partial<ToolRun> = {}): ToolRun {
  return { ok, wallMs: Date.now() - started, startedAt: started, deadlineHit: false, usage, ...extra };
}

function rendered(release: Release, cluster: BenchCluster): RenderedApp {
  const app = release.byCluster.get(cluster.name);
  if (!app) throw new Error(`release ${release.label} has no render for ${cluster.name}`);
  return app;
}

export function k8deployerTool(paths: ToolPaths): Tool {
  const entry = join(ROOT, 'bin/k8deployer.js');
  return {
    id: 'k8deployer',
    title: 'k8deployer deploy',
    async deploy(release, clusters, deadlineSeconds) {
      const usage = new Usage();
      const started = Date.now();
      // The spec names exactly `clusters`: one process deploys to all of them, as one action step does.
      void clusters;
      const args = [entry, 'deploy', '-f', release.specFile, '--timeout', `${deadlineSeconds}s`];
      const run = await measureRun(process.execPath, args, { env: paths.env, cwd: paths.workDir });
      usage.add(run);
      const rollback = run.lines.find((l) => /rolling back|rollback (started|to)/i.test(l.text));
      return runOf(started, usage, run.code === 0, {
        wallMs: run.wallMs,
        ...(run.code !== 0 ? { failedAt: rollback?.at ?? run.endedAt, error: tail(run) } : {}),
      });
    },
  };
}

async function kubectl(paths: ToolPaths, cluster: BenchCluster, usage: Usage, args: string[]): Promise<Measured> {
  const run = await measureRun(paths.kubectl, ['--kubeconfig', cluster.kubeconfig, ...args], { env: paths.env });
  usage.add(run);
  return run;
}

/** Level after level: apply the level's objects, then `rollout status` each of its workloads in turn. */
export function kubectlRolloutTool(paths: ToolPaths): Tool {
  const oneCluster = async (release: Release, cluster: BenchCluster, deadline: number, usage: Usage) => {
    const app = rendered(release, cluster);
    const namespaced = (o: KubeObject) => o.kind !== 'Namespace';
    const first = app.objects.filter((o) => !namespaced(o.object)).map((o) => o.object);
    const run = await kubectl(paths, cluster, usage, [...APPLY, writeObjects(paths, first, 'ns')]);
    if (run.code !== 0) return { ok: false, error: tail(run) };
    const known = new Set(app.components.map((c) => c.name));
    // Objects of no component (the app's own) go with the first level.
    const levels = levelsOf(app.components);
    for (const [index, level] of levels.entries()) {
      const objects = app.objects
        .filter((o) => namespaced(o.object))
        .filter((o) => level.includes(o.component) || (index === 0 && !known.has(o.component)))
        .map((o) => o.object);
      if (objects.length === 0) continue;
      const applied = await kubectl(paths, cluster, usage, [
        ...APPLY,
        writeObjects(paths, objects, `level-${index + 1}`),
      ]);
      if (applied.code !== 0) return { ok: false, error: tail(applied) };
      for (const o of objects.filter((x) => WORKLOADS.has(x.kind))) {
        const workload = `${o.kind.toLowerCase()}/${o.metadata.name}`;
        const ns = o.metadata.namespace ?? app.namespace;
        const status = await kubectl(paths, cluster, usage, [
          'rollout',
          'status',
          workload,
          '-n',
          ns,
          `--timeout=${deadline}s`,
        ]);
        if (status.code !== 0)
          return {
            ok: false,
            failedAt: status.endedAt,
            failedWorkload: `${ns} ${workload}`,
            deadlineHit: /timed out|deadline/i.test(tail(status)),
            error: tail(status),
          };
      }
    }
    return { ok: true };
  };
  return {
    id: 'kubectl-rollout',
    title: 'kubectl apply --server-side + rollout status per workload',
    async deploy(release, clusters, deadline) {
      const usage = new Usage();
      const started = Date.now();
      // One job per cluster, side by side, as a workflow matrix runs them.
      const results = await Promise.all(clusters.map((c) => oneCluster(release, c, deadline, usage)));
      const failed = results.find((r) => !r.ok);
      return runOf(started, usage, !failed, failed ?? {});
    },
    async restore(_previous, cluster, failed, deadline) {
      const usage = new Usage();
      const started = Date.now();
      if (!failed.failedWorkload) return runOf(started, usage, false, { error: 'no failed workload to undo' });
      const [ns, workload] = failed.failedWorkload.split(' ') as [string, string];
      const undo = await kubectl(paths, cluster, usage, ['rollout', 'undo', workload, '-n', ns]);
      if (undo.code !== 0) return runOf(started, usage, false, { error: tail(undo) });
      const status = await kubectl(paths, cluster, usage, [
        'rollout',
        'status',
        workload,
        '-n',
        ns,
        `--timeout=${deadline}s`,
      ]);
      return runOf(started, usage, status.code === 0, status.code ? { error: tail(status) } : {});
    },
  };
}

/** Everything at once, then one `kubectl wait` for every Deployment's Available condition. */
export function kubectlWaitTool(paths: ToolPaths): Tool {
  return {
    id: 'kubectl-wait',
    title: 'kubectl apply --server-side (all) + wait --for=condition=Available',
    async deploy(release, clusters, deadline) {
      const usage = new Usage();
      const started = Date.now();
      const results = await Promise.all(
        clusters.map(async (cluster) => {
          const app = rendered(release, cluster);
          // Namespaces first in the file: kubectl applies in file order.
          const objects = [...app.objects]
            .sort((a, b) => Number(b.object.kind === 'Namespace') - Number(a.object.kind === 'Namespace'))
            .map((o) => o.object);
          const applied = await kubectl(paths, cluster, usage, [...APPLY, writeObjects(paths, objects, 'all')]);
          if (applied.code !== 0) return { ok: false, error: tail(applied) };
          const waited = await kubectl(paths, cluster, usage, [
            'wait',
            '--for=condition=Available',
            'deployment',
            '--all',
            '-n',
            app.namespace,
            `--timeout=${deadline}s`,
          ]);
          return waited.code === 0
            ? { ok: true }
            : {
                ok: false,
                failedAt: waited.endedAt,
                deadlineHit: /timed out/i.test(tail(waited)),
                error: tail(waited),
              };
        }),
      );
      const failed = results.find((r) => !r.ok);
      return runOf(started, usage, !failed, failed ?? {});
    },
    async restore(previous, cluster, failed, deadline) {
      // The script's way back is the same as the rollout script's: undo what did not become Available.
      const usage = new Usage();
      const started = Date.now();
      const name = /deployment[^/]*\/([\w.-]+)/.exec(failed.error ?? '')?.[1];
      if (!name) return runOf(started, usage, false, { error: 'kubectl wait named no deployment' });
      const namespace = rendered(previous, cluster).namespace;
      const undo = await kubectl(paths, cluster, usage, ['rollout', 'undo', `deployment/${name}`, '-n', namespace]);
      if (undo.code !== 0) return runOf(started, usage, false, { error: tail(undo) });
      const status = await kubectl(paths, cluster, usage, [
        'rollout',
        'status',
        `deployment/${name}`,
        '-n',
        namespace,
        `--timeout=${deadline}s`,
      ]);
      return runOf(started, usage, status.code === 0);
    },
  };
}

/** A chart that holds the rendered objects verbatim (Namespace aside: helm creates it). */
function writeChart(paths: ToolPaths, app: RenderedApp, label: string): string {
  const dir = join(paths.workDir, `chart-${++fileCounter}-${label}`);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: bench\nversion: 0.1.0\n');
  const objects = app.objects.filter((o) => o.object.kind !== 'Namespace').map((o) => o.object);
  // JSON text holds no `{{`, so helm's template engine passes it through unchanged.
  writeFileSync(join(dir, 'templates', 'objects.yaml'), yamlOf(objects));
  return dir;
}

export function helmTool(paths: ToolPaths): Tool {
  const helm = (cluster: BenchCluster, usage: Usage, args: string[]) =>
    measureRun(paths.helm!, ['--kubeconfig', cluster.kubeconfig, ...args], { env: paths.env }).then((run) => {
      usage.add(run);
      return run;
    });
  return {
    id: 'helm',
    title: 'helm upgrade --install --wait',
    async deploy(release, clusters, deadline) {
      const usage = new Usage();
      const started = Date.now();
      const results = await Promise.all(
        clusters.map(async (cluster) => {
          const app = rendered(release, cluster);
          const run = await helm(cluster, usage, [
            'upgrade',
            '--install',
            'bench',
            writeChart(paths, app, release.label),
            '-n',
            app.namespace,
            '--create-namespace',
            '--wait',
            `--timeout=${deadline}s`,
          ]);
          return run.code === 0
            ? { ok: true }
            : {
                ok: false,
                failedAt: run.endedAt,
                deadlineHit: /deadline|timed out/i.test(tail(run)),
                error: tail(run),
              };
        }),
      );
      const failed = results.find((r) => !r.ok);
      return runOf(started, usage, !failed, failed ?? {});
    },
    async restore(previous, cluster, _failed, deadline) {
      const usage = new Usage();
      const started = Date.now();
      const app = rendered(previous, cluster);
      // Without a revision, rollback goes to the one before the current (failed) one.
      const run = await helm(cluster, usage, [
        'rollback',
        'bench',
        '-n',
        app.namespace,
        '--wait',
        `--timeout=${deadline}s`,
      ]);
      return runOf(started, usage, run.code === 0, run.code ? { error: tail(run) } : {});
    },
  };
}

/** A kapply package: the objects, each workload annotated with the workloads of the components it depends on. */
function writeKapplyPackage(paths: ToolPaths, app: RenderedApp, label: string): string {
  const dir = join(paths.workDir, `kapply-${++fileCounter}-${label}`);
  mkdirSync(dir, { recursive: true });
  const workloadsOf = new Map<string, string[]>();
  for (const { component, object } of app.objects) {
    if (!WORKLOADS.has(object.kind)) continue;
    const group = object.apiVersion.includes('/') ? object.apiVersion.split('/')[0] : '';
    const id = `${group}/namespaces/${object.metadata.namespace ?? app.namespace}/${object.kind}/${object.metadata.name}`;
    workloadsOf.set(component, [...(workloadsOf.get(component) ?? []), id]);
  }
  const dependsOf = new Map(app.components.map((c) => [c.name, c.depends]));
  // A dependency on an app group means every workload below it: expand groups to their members' workloads.
  const expand = (name: string, seen = new Set<string>()): string[] => {
    if (seen.has(name)) return [];
    seen.add(name);
    const own = workloadsOf.get(name) ?? [];
    const members = app.components.filter((c) => c.name.startsWith(`${name}/`) || c.name === name).map((c) => c.name);
    return [...own, ...members.filter((m) => m !== name).flatMap((m) => expand(m, seen))];
  };
  const objects = app.objects.map(({ component, object }) => {
    if (!WORKLOADS.has(object.kind)) return object;
    const deps = [...new Set((dependsOf.get(component) ?? []).flatMap((d) => expand(d)))];
    if (deps.length === 0) return object;
    return {
      ...object,
      metadata: {
        ...object.metadata,
        annotations: { ...object.metadata.annotations, 'config.kubernetes.io/depends-on': deps.join(',') },
      },
    };
  });
  writeFileSync(join(dir, 'objects.yaml'), yamlOf(objects));
  const inventory = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: 'inventory-bench',
      namespace: app.namespace,
      labels: { 'cli-utils.sigs.k8s.io/inventory-id': `bench-${app.namespace}` },
    },
  };
  writeFileSync(join(dir, 'inventory-template.yaml'), yamlOf([inventory]));
  return dir;
}

export function kapplyTool(paths: ToolPaths): Tool {
  const apply = async (release: Release, cluster: BenchCluster, usage: Usage, deadline: number) => {
    const app = rendered(release, cluster);
    const run = await measureRun(
      paths.kapply!,
      [
        'apply',
        writeKapplyPackage(paths, app, release.label),
        '--kubeconfig',
        cluster.kubeconfig,
        '--server-side',
        `--reconcile-timeout=${deadline}s`,
      ],
      { env: paths.env },
    );
    usage.add(run);
    return run;
  };
  return {
    id: 'kapply',
    title: 'kapply apply (depends-on, kstatus)',
    async deploy(release, clusters, deadline) {
      const usage = new Usage();
      const started = Date.now();
      const runs = await Promise.all(clusters.map((c) => apply(release, c, usage, deadline)));
      const failed = runs.find((r) => r.code !== 0 || /reconcile (timeout|failed)|Timeout/.test(tail(r, 5)));
      const failure = failed ? { failedAt: failed.endedAt, deadlineHit: true, error: tail(failed) } : {};
      return runOf(started, usage, !failed, failure);
    },
    async restore(previous, cluster, _failed, deadline) {
      const usage = new Usage();
      const started = Date.now();
      const run = await apply(previous, cluster, usage, deadline);
      return runOf(started, usage, run.code === 0, run.code ? { error: tail(run) } : {});
    },
  };
}
