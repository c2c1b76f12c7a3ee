// What peers.ts and scale.ts measure on the clusters: request counts while a tool runs (the tool's own, from the
// audit log, and every client's, from /metrics), critical paths from the observer, releases rendered from specs.
import { execFileSync } from 'node:child_process';
import type { KubeConfig } from '@kubernetes/client-node';
import { connectCluster } from '../../src/cluster/client.js';
import { prepareRun } from '../../src/pipeline.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings } from '../../src/settings/types.js';
import { criticalPathMs } from './app.js';
import { countByVerb, deployerRequests, isWrite, parseAuditLog, watchesByKind, writesByResource } from './audit.js';
import { byVerb, counterDelta, parsePrometheusText, requestCounts } from './metrics.js';
import { OBSERVER_MARKER, type NamespaceObserver } from './observer.js';
import type { AuditCursor, BenchCluster } from './testbed.js';
import type { Release, ToolPaths } from './tools.js';

/** Renders a spec the way k8deployer does, for the peers to apply the same objects. */
export async function release(label: string, specFile: string, env: NodeJS.ProcessEnv): Promise<Release> {
  const prepared = await prepareRun(
    { ...defaultSettings, command: 'render', specPath: specFile },
    { env: { PATH: env['PATH'], HOME: env['HOME'] } },
  );
  return { label, specFile, byCluster: new Map(prepared.targets.map((t) => [t.target.name, t.rendered])) };
}

export interface ClusterHandle {
  cluster: BenchCluster;
  kubeConfig: KubeConfig;
  audit: AuditCursor;
}

async function metricsCounts(handle: ClusterHandle): Promise<Map<string, number>> {
  const client = connectCluster(handle.cluster.name, handle.kubeConfig);
  try {
    return requestCounts(parsePrometheusText(await client.metrics()));
  } finally {
    client.close();
  }
}

export interface RequestFigures {
  /** The tool's own requests (audit log, by User-Agent), per verb. */
  tool: Record<string, number>;
  /** Stored writes (dry runs left out), and per resource. */
  toolWrites: number;
  writes: Record<string, number>;
  /** Every client's requests (apiserver_request_total delta, controllers and kwok included), per verb. */
  allClients: Record<string, number>;
  watches: Record<string, number>;
}

/** Counts what happens on the clusters while `body` runs (tools run one at a time for this). */
export async function counted<T>(
  handles: ClusterHandle[],
  body: () => Promise<T>,
): Promise<{ result: T; requests: RequestFigures }> {
  const before = await Promise.all(handles.map(metricsCounts));
  for (const h of handles) h.audit.mark();
  const result = await body();
  await new Promise((r) => setTimeout(r, 500)); // watches closing at exit log their last stage
  const after = await Promise.all(handles.map(metricsCounts));
  const tool = handles.flatMap((h) => deployerRequests(parseAuditLog(h.audit.sinceMark()), OBSERVER_MARKER));
  const all = new Map<string, number>();
  handles.forEach((_, i) => {
    for (const [key, n] of counterDelta(before[i]!, after[i]!)) all.set(key, (all.get(key) ?? 0) + n);
  });
  // The observer's own two watches per namespace (deployments, pods) and the metric scrapes are not the tool's.
  return {
    result,
    requests: {
      tool: countByVerb(tool),
      toolWrites: tool.filter(isWrite).length,
      writes: writesByResource(tool),
      allClients: byVerb(all),
      watches: Object.fromEntries(watchesByKind(tool)),
    },
  };
}

function ownTimes(app: RenderedApp, observer: NamespaceObserver): Map<string, number> {
  const own = new Map<string, number>();
  for (const { component, object } of app.objects) {
    if (object.kind !== 'Deployment') continue;
    const tracked = observer.deployments.get(object.metadata.name);
    if (tracked?.rolledOutAt === undefined) continue;
    own.set(component, Math.max(own.get(component) ?? 0, tracked.rolledOutAt - tracked.firstSeen));
  }
  return own;
}

export function criticalPath(app: RenderedApp, observer: NamespaceObserver): number {
  return criticalPathMs(app.components, ownTimes(app, observer));
}

export function deleteNamespace(paths: ToolPaths, cluster: BenchCluster, namespace: string): void {
  try {
    execFileSync(
      paths.kubectl,
      ['--kubeconfig', cluster.kubeconfig, 'delete', 'namespace', namespace, '--wait=false'],
      {
        stdio: 'ignore',
      },
    );
  } catch {
    // already gone
  }
}
