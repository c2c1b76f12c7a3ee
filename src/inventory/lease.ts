import { CancelledError } from '../cancel.js';
import type { ClusterClient } from '../cluster/client.js';
import { isAlreadyExists, isConflict, isNotFound } from '../cluster/errors.js';
import { sleep } from '../cluster/transport.js';
import { ClusterError, describeError } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import { RevisionKeys } from './applyset.js';
import { shownHolder } from './holder.js';

/** The lease annotation naming the run that holds it (who, where): holderIdentity is only the run's id. */
export const leaseHolderAnnotation = 'k8deployer.io/holder';

export interface LeaseOptions {
  ttlSeconds: number;
  /** Who this run is (see describeRunHolder), written on the lease so a waiting run can name it. */
  holder?: string;
  /**
   * Called once when another run holds the lease and we start waiting for it, with a line naming the holder and when
   * its lease runs out (it is renewed while that run works).
   */
  onWait?: (message: string) => void;
  onLost?: (reason: string) => void;
}

interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
}

/**
 * A coordination.k8s.io Lease per app and cluster so two runs never deploy the same app at once. It has a TTL and
 * is renewed while we work, so a killed run blocks the next one for at most one TTL.
 */
export class DeployLease {
  private renewTimer: NodeJS.Timeout | undefined;
  /** The renewal in flight (at most one: a renewal retrying through an outage must not overlap the next). */
  private renewing: Promise<void> | undefined;
  private renewals = new AbortController();
  private live: KubeObject | undefined;
  private readonly name: string;

  constructor(
    private readonly client: ClusterClient,
    app: string,
    private readonly namespace: string,
    private readonly runId: string,
    private readonly options: LeaseOptions,
  ) {
    this.name = `k8deployer-${app}`;
  }

  /**
   * Whether another run holds the lease now (a read, no write): a deploy that finds it free and provably has nothing
   * to write finishes without taking it (see deploy.ts).
   */
  async heldByOther(): Promise<boolean> {
    const current = await this.client.get(this.ref());
    if (!current) return false;
    const spec = (current['spec'] ?? {}) as LeaseSpec;
    const expiresAt = Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
    return Boolean(spec.holderIdentity) && spec.holderIdentity !== this.runId && expiresAt > Date.now();
  }

  async acquire(signal: AbortSignal): Promise<void> {
    let announced = false;
    let heldBy: string | undefined;
    // Usually nobody holds it: try to create it first and only read it when that fails (one round trip saved).
    try {
      this.live = await this.client.create(this.leaseObject());
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
    }
    while (!this.live && !signal.aborted) {
      const current = await this.client.get(this.ref());
      try {
        if (!current) {
          this.live = await this.client.create(this.leaseObject());
          break;
        }
        const spec = (current['spec'] ?? {}) as LeaseSpec;
        const expiresAt =
          Date.parse(spec.renewTime ?? spec.acquireTime ?? '') + (spec.leaseDurationSeconds ?? 0) * 1000;
        const free = !spec.holderIdentity || spec.holderIdentity === this.runId || !(expiresAt > Date.now());
        if (free) {
          this.live = await this.client.replace(this.leaseObject(current));
          break;
        }
        heldBy = this.describeHolder(current, spec, expiresAt);
        if (!announced) {
          announced = true;
          this.options.onWait?.(leaseWaitMessage(`${this.namespace}/${this.name}`, heldBy));
        }
        await sleep(Math.max(100, Math.min(1000, expiresAt - Date.now())), signal);
      } catch (error) {
        // Someone else created or took it between our read and write: read again.
        if (!isAlreadyExists(error) && !isConflict(error)) throw error;
      }
    }
    if (!this.live) {
      const why = signal.reason instanceof CancelledError ? signal.reason.message : 'timed out';
      throw new ClusterError(this.client.name, leaseTimeoutMessage(`${this.namespace}/${this.name}`, why, heldBy));
    }
    this.renewals = new AbortController();
    this.renewTimer = setInterval(
      () => {
        this.renewing ??= this.renew(this.renewals.signal).finally(() => (this.renewing = undefined));
      },
      (this.options.ttlSeconds * 1000) / 3,
    );
    this.renewTimer.unref();
  }

  async release(): Promise<void> {
    clearInterval(this.renewTimer);
    this.renewTimer = undefined;
    // A renewal still retrying (the API server was away) is stopped and settled before the delete, so none is sent
    // after it; and a renewal can never create the lease again anyway (see renew).
    this.renewals.abort();
    await this.renewing;
    if (!this.live) return;
    const uid = this.live.metadata['uid'];
    this.live = undefined;
    try {
      const current = await this.client.get(this.ref());
      if (((current?.['spec'] ?? {}) as LeaseSpec).holderIdentity !== this.runId) return;
      await this.client.delete(this.ref(), { uid: typeof uid === 'string' ? uid : undefined });
    } catch (error) {
      // The lease expires on its own; an unreachable cluster must not turn a finished deploy into a failure.
      if (!isNotFound(error) && !isConflict(error))
        this.options.onLost?.(`could not release the lease: ${describeError(error)}`);
    }
  }

  /**
   * A merge patch, not a PUT: a PUT of a Lease that is gone creates it again (Leases allow create-on-update), so a
   * renewal landing after release() deleted it would leave a lease of a finished run that blocks the next run for a
   * TTL. A patch of a deleted lease is a 404; its uid and resourceVersion keep it to the incarnation we hold.
   */
  private async renew(signal: AbortSignal): Promise<void> {
    const held = this.live;
    if (!held) return;
    try {
      const renewed = await this.client.mergePatch(
        this.ref(),
        {
          metadata: { uid: held.metadata['uid'], resourceVersion: held.metadata['resourceVersion'] },
          spec: {
            holderIdentity: this.runId,
            leaseDurationSeconds: this.options.ttlSeconds,
            renewTime: microTime(new Date()),
          },
        },
        { signal },
      );
      if (this.live === held) this.live = renewed;
    } catch (error) {
      // Stopped by release(): nothing was lost.
      if (signal.aborted) return;
      this.options.onLost?.(`could not renew the lease: ${describeError(error)}`);
    }
  }

  private describeHolder(current: KubeObject, spec: LeaseSpec, expiresAt: number): string {
    return describeLeaseHolder(current, spec.holderIdentity, expiresAt);
  }

  private ref() {
    return { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', name: this.name, namespace: this.namespace };
  }

  private leaseObject(current?: KubeObject): KubeObject {
    const now = microTime(new Date());
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels: { [RevisionKeys.app]: this.name.slice('k8deployer-'.length) },
        ...(this.options.holder ? { annotations: { [leaseHolderAnnotation]: this.options.holder } } : {}),
        ...(current ? { resourceVersion: current.metadata['resourceVersion'] } : {}),
      },
      spec: {
        holderIdentity: this.runId,
        leaseDurationSeconds: this.options.ttlSeconds,
        acquireTime: now,
        renewTime: now,
      },
    };
  }
}

/** Lease times are MicroTime: RFC 3339 with exactly six fractional digits. */
function microTime(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** `run <id> (<who>) until <time>`: the holder's own description is data from the cluster, shown as one line. */
export function describeLeaseHolder(lease: KubeObject, holderIdentity: unknown, expiresAt: number): string {
  const annotations = (lease.metadata['annotations'] ?? {}) as Record<string, unknown>;
  const who = shownHolder(annotations[leaseHolderAnnotation]);
  const id = shownHolder(holderIdentity) ?? 'unknown';
  const until = Number.isFinite(expiresAt) ? ` until ${new Date(expiresAt).toISOString().replace(/\.\d+Z$/, 'Z')}` : '';
  return `run ${id}${who ? ` (${who})` : ''}${until} (renewed while it works)`;
}

/** What a run says once when it finds the lease held. */
export function leaseWaitMessage(lease: string, heldBy: string): string {
  return `waiting for the deploy lease ${lease}: held by ${heldBy}`;
}

/** Why a run that waited for the lease stopped (timed out, cancelled), and what to do. */
export function leaseTimeoutMessage(lease: string, why: string, heldBy: string | undefined): string {
  const hint = heldBy
    ? `; it is held by ${heldBy}: wait for that run to finish (or, if it was killed, for the lease to expire) and run again, or raise --timeout`
    : '';
  return `${why} while waiting for the deploy lease ${lease}${hint}`;
}
