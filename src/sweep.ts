import * as k8s from '@kubernetes/client-node';
import { resolveCredentials, type ClusterCredentials, type ClusterProviderConfig } from './credentials/index.js';
import { engineOptions, runDelete, type EngineTarget, type RunResult } from './engine.js';
import { prepareRun, type ClusterRunRequest, type PreparedRun } from './pipeline.js';
import { partOfLabel, previewPrLabel, selectPreviewsToSweep } from './preview/ttl-sweep.js';
import { requireRepository } from './preview/ownership.js';
import { durationHours, lastActivity, shouldSleep } from './preview/sleep.js';
import { sleepNamespace } from './preview/sleep-cluster.js';
import { defaultPreviewTtlHours } from './settings/action-inputs.js';
import { repositoryLabel } from './settings/repository.js';
import { Command } from './settings/types.js';
import { describeError } from './errors.js';

export interface SweepRequest extends ClusterRunRequest {
  providerConfig: (prepared: PreparedRun['targets'][number]) => ClusterProviderConfig;
  now?: Date;
}

/**
 * Finds this repository's preview namespaces of the app (by the labels preview-up puts on them: PR number, app and
 * repository identity) on the preview clusters and undeploys
 * those older than the TTL, namespace included. Each preview is its own target, named `<cluster>/<namespace>`.
 */
/** A preview the sweep put to sleep (preview.sleepAfter). */
export interface SleptPreview {
  cluster: string;
  namespace: string;
  pr: number;
  idleHours: number;
  scaled: number;
}

export async function sweepPreviews(
  request: SweepRequest,
): Promise<{ prepared: PreparedRun; result: RunResult; slept: SleptPreview[] }> {
  const { settings } = request;
  // Selecting by app and PR label alone would also sweep another repository's previews of an app with the same name.
  const repository = requireRepository(settings.repository, Command.PreviewSweep);
  const base = await prepareRun({ ...settings, command: Command.Render }, { env: request.env });
  const spec = base.spec.targets[0]?.spec;
  const previewClusters = spec?.preview?.clusters ?? base.targets.slice(0, 1).map(({ target }) => target.name);
  const ttlHours = settings.previewTtlHours ?? spec?.preview?.ttlHours ?? defaultPreviewTtlHours;
  const sleepAfterHours = spec?.preview?.sleepAfter ? durationHours(spec.preview.sleepAfter) : undefined;
  const now = request.now ?? new Date();
  const slept: SleptPreview[] = [];
  const credentials: ClusterCredentials[] = [];
  const targets: EngineTarget[] = [];
  const renders: PreparedRun['targets'] = [];
  try {
    for (const prepared of base.targets.filter(({ target }) => previewClusters.includes(target.name))) {
      const resolved = await resolveCredentials(request.providerConfig(prepared), {
        ...request.credentials,
        env: request.env,
      });
      credentials.push(resolved);
      const namespaces = await resolved.kubeConfig.makeApiClient(k8s.CoreV1Api).listNamespace({
        labelSelector: `${previewPrLabel},${partOfLabel}=${prepared.rendered.app},${repositoryLabel}=${repository.labelValue}`,
      });
      // A namespace already being deleted (a teardown that just ran) needs no second undeploy.
      const live = namespaces.items.filter(
        (namespace) => !namespace.metadata?.deletionTimestamp && namespace.status?.phase !== 'Terminating',
      );
      const expired = selectPreviewsToSweep(
        live.map((namespace) => ({
          name: namespace.metadata?.name ?? '',
          ...(namespace.metadata?.labels ? { labels: namespace.metadata.labels } : {}),
          ...(namespace.metadata?.creationTimestamp ? { creationTimestamp: namespace.metadata.creationTimestamp } : {}),
        })),
        { now, ttlHours, app: prepared.rendered.app, repository: repository.labelValue },
      );
      if (sleepAfterHours !== undefined) {
        const doomed = new Set(expired.map((candidate) => candidate.namespace));
        for (const namespace of live) {
          const name = namespace.metadata?.name ?? '';
          const pr = Number(namespace.metadata?.labels?.[previewPrLabel]);
          if (doomed.has(name) || !Number.isInteger(pr) || !shouldSleep(namespace, now, sleepAfterHours)) continue;
          let scaled: number;
          try {
            ({ scaled } = await sleepNamespace(resolved.kubeConfig, prepared.target.name, name, now));
          } catch (error) {
            // One preview that cannot sleep (RBAC, a blip) must not stop the sweep of the others.
            request.bus.emit({
              type: 'log',
              level: 'warning',
              cluster: prepared.target.name,
              message: `preview ${name} was not put to sleep: ${describeError(error)}`,
              at: Date.now(),
            });
            continue;
          }
          const idleHours = (now.getTime() - (lastActivity(namespace)?.getTime() ?? now.getTime())) / 3_600_000;
          slept.push({ cluster: prepared.target.name, namespace: name, pr, idleHours, scaled });
          request.bus.emit({
            type: 'log',
            level: 'info',
            cluster: prepared.target.name,
            message: `preview ${name} (pull request #${pr}) idle for ${idleHours.toFixed(1)} h: asleep, ${scaled} workload(s) scaled to zero`,
            at: Date.now(),
          });
        }
      }
      for (const candidate of expired) {
        const preview = await prepareRun(
          { ...settings, clusters: [prepared.target.name], namespaceOverride: candidate.namespace },
          { env: request.env },
        );
        for (const entry of preview.targets) {
          const name = `${entry.target.name}/${candidate.namespace}`;
          renders.push({ target: { ...entry.target, name }, rendered: { ...entry.rendered, cluster: name } });
          targets.push({
            cluster: name,
            kubeConfig: resolved.kubeConfig,
            rendered: { ...entry.rendered, cluster: name },
          });
        }
      }
    }
    const result = await runDelete({
      targets,
      bus: request.bus,
      options: engineOptions({ ...settings, deleteNamespaces: true }),
      command: Command.PreviewSweep,
      runId: request.runId,
      ...(request.tuning ? { tuning: request.tuning } : {}),
    });
    return { prepared: { spec: base.spec, targets: renders }, result, slept };
  } finally {
    await Promise.allSettled(credentials.map((entry) => entry.dispose()));
  }
}
