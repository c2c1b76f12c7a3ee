// The rollout record: where an app's progressive rollout (canary, blue-green) stands, kept in the cluster so that a
// later `promote` or `abort` run, on another runner, finds it. One Secret per app next to the ApplySet parent: it
// holds the desired set the rollout goes to (which may contain Secret values, hence a Secret, like the revisions).
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ClusterClient } from '../cluster/client.js';
import { K8deployerError } from '../errors.js';
import type { KubeObject, ObjectRef } from '../kube/object.js';
import type { ComponentInfo, DesiredObject } from '../render/types.js';
import type { ComponentRollout } from '../strategy/types.js';

export const ROLLOUT_SECRET_TYPE = 'k8deployer.io/rollout';
const appLabel = 'k8deployer.io/app';
/** A one-line JSON summary without Secret values (`kubectl get secret -o yaml` shows where the rollout stands). */
const summaryAnnotation = 'k8deployer.io/rollout';
const dataKey = 'record';
/** The record is one Secret: well under the 1 MiB object limit once base64-encoded. */
const maxPackedBytes = 700 * 1024;

export interface RolloutRecord {
  version: 1;
  app: string;
  /** The run that started the rollout, and when. */
  runId: string;
  startedAt: number;
  updatedAt: number;
  /** The ApplySet revision stable runs: what abort restores. */
  stableRevision: number;
  /** The desired set the rollout goes to: promotion applies it in full and records it as the next revision. */
  target: { objects: DesiredObject[]; components: ComponentInfo[] };
  /** Objects only the rollout has (`<name>-canary` Deployment, Service, Ingress): removed on promote and abort. */
  created: ObjectRef[];
  rollouts: ComponentRollout[];
}

/**
 * `k8deployer-<app>.rollout`: the dot keeps it apart from every ApplySet parent (`k8deployer-<dns label>`), so no app
 * name can make the two collide.
 */
export function rolloutRecordName(app: string): string {
  return `k8deployer-${app}.rollout`;
}

function recordRef(app: string, namespace: string): ObjectRef {
  return { apiVersion: 'v1', kind: 'Secret', name: rolloutRecordName(app), namespace };
}

/** The app's rollout in progress in this namespace, or undefined when there is none. */
export async function loadRolloutRecord(
  client: ClusterClient,
  app: string,
  namespace: string,
): Promise<RolloutRecord | undefined> {
  const live = await client.get(recordRef(app, namespace));
  if (!live) return undefined;
  const name = `Secret ${namespace}/${rolloutRecordName(app)}`;
  if (live['type'] !== ROLLOUT_SECRET_TYPE || live.metadata.labels?.[appLabel] !== app)
    throw new K8deployerError(`${name} exists but is not app ${app}'s rollout record; refusing to use it`);
  const encoded = (live['data'] as Record<string, string> | undefined)?.[dataKey];
  if (!encoded) throw new K8deployerError(`${name} holds no record (delete it to start over)`);
  try {
    const record = JSON.parse(gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8')) as RolloutRecord;
    if (record.version !== 1 || record.app !== app) throw new Error(`version ${String(record.version)}`);
    return record;
  } catch (error) {
    throw new K8deployerError(
      `${name} cannot be read (${error instanceof Error ? error.message : String(error)}); delete it to start over`,
    );
  }
}

/** Writes (creates or replaces) the record. */
export async function saveRolloutRecord(
  client: ClusterClient,
  namespace: string,
  record: RolloutRecord,
): Promise<void> {
  const packed = gzipSync(Buffer.from(JSON.stringify(record)));
  if (packed.length > maxPackedBytes)
    throw new K8deployerError(
      `the rollout record of app ${record.app} would be ${Math.round(packed.length / 1024)} KiB packed, over the ${maxPackedBytes / 1024} KiB a Secret can hold; deploy without a strategy`,
    );
  const object: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: {
      name: rolloutRecordName(record.app),
      namespace,
      labels: { [appLabel]: record.app, 'app.kubernetes.io/managed-by': 'k8deployer' },
      annotations: { [summaryAnnotation]: JSON.stringify(summaryOf(record)) },
    },
    type: ROLLOUT_SECRET_TYPE,
    data: { [dataKey]: packed.toString('base64') },
  };
  await client.apply(object, { force: true });
}

/** Removes the record (after promote or abort). */
export async function deleteRolloutRecord(client: ClusterClient, app: string, namespace: string): Promise<void> {
  await client.delete(recordRef(app, namespace));
}

/** What the annotation shows: phases and steps, never the desired objects. */
export function summaryOf(record: RolloutRecord): Record<string, unknown> {
  return {
    runId: record.runId,
    startedAt: new Date(record.startedAt).toISOString(),
    stableRevision: record.stableRevision,
    rollouts: record.rollouts.map((entry) => ({
      component: entry.component,
      strategy: entry.strategy,
      phase: entry.phase,
      ...(entry.step !== undefined ? { step: entry.step + 1, steps: entry.steps } : {}),
      ...(entry.weight !== undefined ? { weight: entry.weight } : {}),
    })),
  };
}
