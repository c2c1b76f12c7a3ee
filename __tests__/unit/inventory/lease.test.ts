import { afterEach, describe, expect, it } from 'vitest';
import { DeployLease } from '../../../src/inventory/lease.js';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { ApiStatusError } from '../../../src/cluster/errors.js';
import { ClusterError } from '../../../src/errors.js';
import type { KubeObject } from '../../../src/kube/object.js';

/**
 * One Lease with the API server's rules for it: a PUT of a Lease that is gone creates it (Leases allow
 * create-on-update), a merge patch of one that is gone is a 404, resourceVersion and uid are preconditions.
 * Writes can be held back, as a request retrying through an outage is: the server then applies them late.
 */
class LeaseServer {
  lease: KubeObject | undefined;
  private version = 0;
  private uids = 0;
  private holding = false;
  private held: (() => void)[] = [];
  writes: string[] = [];

  /** Holds back renewals (patch and replace) from now on; create, get and delete still go through. */
  holdRenewals(): void {
    this.holding = true;
  }

  /** Lets the held writes reach the server, in order. */
  async resume(): Promise<void> {
    this.holding = false;
    for (const write of this.held.splice(0)) write();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  get heldWrites(): number {
    return this.held.length;
  }

  client(): ClusterClient {
    const client: Partial<ClusterClient> = {
      name: 'test',
      create: async (object) => this.write('create', () => this.store(object, true)),
      get: () => Promise.resolve(this.lease ? structuredClone(this.lease) : undefined),
      replace: async (object) =>
        this.write('replace', () => {
          if (!this.lease) return this.store(object, true);
          this.precondition(object.metadata['resourceVersion'] as string | undefined);
          return this.store(object, false);
        }),
      mergePatch: async (_ref, patch, options) =>
        this.write(
          'patch',
          () => {
            if (!this.lease) throw status(404, 'NotFound');
            const metadata = (patch['metadata'] ?? {}) as { uid?: string; resourceVersion?: string };
            if (metadata.uid && metadata.uid !== this.lease.metadata['uid']) throw status(422, 'Invalid');
            this.precondition(metadata.resourceVersion);
            const spec = { ...(this.lease['spec'] as object), ...(patch['spec'] as object) };
            return this.store({ ...this.lease, spec }, false);
          },
          options?.signal,
        ),
      delete: async (_ref, options) =>
        this.write('delete', () => {
          if (!this.lease) return false;
          if (options?.uid && options.uid !== this.lease.metadata['uid']) throw status(409, 'Conflict');
          this.lease = undefined;
          return true;
        }),
    };
    return client as ClusterClient;
  }

  /** Applies `apply` now, or when resumed if held; the caller stops waiting on abort, the server does not. */
  private write<T>(name: string, apply: () => T, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = (): void => {
        this.writes.push(name);
        try {
          resolve(apply());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      };
      if (!this.holding || (name !== 'patch' && name !== 'replace')) return run();
      this.held.push(run);
      signal?.addEventListener('abort', () => reject(new ClusterError('test', `${name}: cancelled`)), { once: true });
    });
  }

  private precondition(resourceVersion: string | undefined): void {
    if (resourceVersion && resourceVersion !== this.lease?.metadata['resourceVersion']) throw status(409, 'Conflict');
  }

  private store(object: KubeObject, create: boolean): KubeObject {
    if (create && this.lease) throw status(409, 'AlreadyExists');
    this.version += 1;
    const uid = create ? `uid-${++this.uids}` : this.lease?.metadata['uid'];
    this.lease = {
      ...structuredClone(object),
      metadata: { ...object.metadata, uid, resourceVersion: String(this.version) },
    };
    return structuredClone(this.lease);
  }
}

function status(code: number, reason: string): ApiStatusError {
  return new ApiStatusError('test', code, { reason, message: reason }, 'lease');
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
};

describe('the deploy lease', () => {
  const leases: DeployLease[] = [];
  afterEach(async () => {
    await Promise.all(leases.splice(0).map((lease) => lease.release()));
  });

  it('renews while held, keeping the same lease', async () => {
    const server = new LeaseServer();
    const lease = new DeployLease(server.client(), 'shop', 'shop', 'run-1', { ttlSeconds: 0.03 });
    leases.push(lease);
    await lease.acquire(new AbortController().signal);
    const acquired = structuredClone(server.lease);
    await until(() => server.writes.filter((write) => write === 'patch' || write === 'replace').length >= 2);
    expect(server.lease?.metadata['uid']).toBe(acquired?.metadata['uid']);
    expect((server.lease?.['spec'] as { holderIdentity?: string }).holderIdentity).toBe('run-1');
  });

  it('a renewal retrying through an outage that reaches the server after the release never brings the lease back', async () => {
    const server = new LeaseServer();
    const lost: string[] = [];
    const lease = new DeployLease(server.client(), 'shop', 'shop', 'run-1', {
      ttlSeconds: 0.03,
      onLost: (reason) => lost.push(reason),
    });
    await lease.acquire(new AbortController().signal);
    server.holdRenewals();
    await until(() => server.heldWrites > 0);
    // The deploy is done: release stops the renewal (it does not wait for the server to answer it) and deletes.
    await lease.release();
    expect(server.lease).toBeUndefined();
    // Only now does the server get the renewal: it must not create the lease again.
    await server.resume();
    expect(server.lease).toBeUndefined();
    expect(server.writes.slice(0, 2)).toEqual(['create', 'delete']);
    expect(server.writes).toHaveLength(3);
    // Stopping the renewal is not a lost lease.
    expect(lost).toEqual([]);
  });
});
