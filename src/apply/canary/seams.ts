// The canary's seams with the deploy engine (src/apply/deploy.ts): which live Deployments are stable, the record a
// new rollout starts with, the canary components a record describes, and the end of a rollout (what only the
// canary had removed, the record deleted, the end reported).
import type { ClusterContext } from '../context.js';
import { removeObjects } from '../remove.js';
import { applySetId, parentName, type StoredRevision } from '../../inventory/applyset.js';
import type { KubeObject, ObjectRef } from '../../kube/object.js';
import type { RenderedApp } from '../../render/types.js';
import { deleteRolloutRecord, loadRolloutRecord, type RolloutRecord } from '../rollout-record.js';
import { RolloutPhase, StrategyType } from '../../strategy/types.js';
import { objectsOf, type CanaryComponent } from './plan.js';
import { workloadOf } from './render.js';

/**
 * component → its live stable Deployment, for components with a canary strategy. During a rollout that a new deploy
 * replaces, stable may be scaled down for the split: its replicas before the rollout come from the record.
 */
export function liveStableWorkloads(
  target: RenderedApp,
  previous: StoredRevision | undefined,
  members: KubeObject[],
  record: RolloutRecord | undefined,
): Map<string, KubeObject> {
  const live = new Map<string, KubeObject>();
  if (!previous) return live;
  for (const info of target.components) {
    if (info.strategy?.type !== StrategyType.Canary) continue;
    const stable = workloadOf(objectsOf(previous.objects, info.name), info.name);
    if (!stable) continue;
    const member = members.find(
      (object) =>
        object.kind === 'Deployment' &&
        object.metadata.name === stable.metadata.name &&
        (object.metadata.namespace ?? '') === (stable.metadata.namespace ?? ''),
    );
    if (!member) continue;
    const before = record?.rollouts.find((entry) => entry.component === info.name)?.stableReplicas;
    live.set(
      info.name,
      before === undefined ? member : { ...member, spec: { ...(member['spec'] as object), replicas: before } },
    );
  }
  return live;
}

export function newRolloutRecord(
  ctx: ClusterContext,
  stableRevision: number,
  replaced: RolloutRecord | undefined,
): RolloutRecord {
  const { rendered } = ctx;
  return {
    version: 1,
    app: rendered.app,
    runId: ctx.runId,
    startedAt: Date.now(),
    updatedAt: Date.now(),
    stableRevision,
    target: { objects: rendered.objects, components: rendered.components },
    // A rollout this deploy replaces may have created objects this one does not: they go at its end too.
    created: replaced?.created ?? [],
    rollouts: [],
  };
}

/** The canary components of a recorded rollout, with the strategy the run that started it resolved. */
export function canaryComponentsOf(record: RolloutRecord): CanaryComponent[] {
  const components: CanaryComponent[] = [];
  for (const rollout of record.rollouts) {
    if (rollout.strategy !== StrategyType.Canary) continue;
    const strategy = record.target.components.find((info) => info.name === rollout.component)?.strategy;
    if (strategy?.type !== StrategyType.Canary) continue;
    components.push({
      component: rollout.component,
      strategy,
      stableReplicas: rollout.stableReplicas ?? 1,
    });
  }
  return components;
}

/**
 * The end of a rollout: objects only the canary had are deleted (after a promotion the prune already removed them;
 * deleting what is gone costs a 404), the record is deleted, and the end is reported per component. Returns the
 * problems (empty when all went).
 */
export async function endRollout(
  ctx: ClusterContext,
  created: ObjectRef[],
  phase: typeof RolloutPhase.Promoted | typeof RolloutPhase.Aborted,
  reason?: string,
): Promise<string[]> {
  const { client, rendered, bus, cluster } = ctx;
  const unique = new Map(created.map((ref) => [`${ref.kind}/${ref.namespace ?? ''}/${ref.name}`, ref]));
  const objects: KubeObject[] = [...unique.values()].map((ref) => ({
    apiVersion: ref.apiVersion,
    kind: ref.kind,
    metadata: { name: ref.name, ...(ref.namespace ? { namespace: ref.namespace } : {}) },
  }));
  const problems =
    phase === RolloutPhase.Aborted
      ? await removeObjects(objects, {
          cluster,
          client,
          bus,
          event: 'object-deleted',
          timeoutMs: ctx.options.objectTimeoutMs,
          ignoreErrors: true,
          owner: { applySetId: applySetId(parentName(rendered.app), rendered.namespace), app: rendered.app },
        })
      : [];
  let record: RolloutRecord | undefined;
  try {
    record = await loadRolloutRecord(client, rendered.app, rendered.namespace);
    if (problems.length === 0) await deleteRolloutRecord(client, rendered.app, rendered.namespace);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  for (const rollout of record?.rollouts ?? []) {
    bus.emit({
      type: 'strategy-progress',
      cluster,
      rollout: {
        ...rollout,
        phase,
        ...(phase === RolloutPhase.Aborted ? { weight: 0 } : { weight: 100 }),
        ...(reason ? { reason } : {}),
      },
      message:
        phase === RolloutPhase.Promoted
          ? `component ${rollout.component}: promoted (stable runs the new version, the canary is gone)`
          : `component ${rollout.component}: aborted, traffic back to stable, the canary removed${reason ? `: ${reason}` : ''}`,
      at: Date.now(),
    });
  }
  return problems;
}
