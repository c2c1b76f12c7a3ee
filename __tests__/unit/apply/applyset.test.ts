import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import {
  CHUNK_BYTES,
  ApplySetKeys,
  applySetId,
  decodeRevision,
  decorate,
  desiredSetHash,
  encodeRevision,
  groupKindOf,
  listAnnotation,
  memberKey,
} from '../../../src/inventory/applyset.js';
import { Semaphore } from '../../../src/plan/semaphore.js';
import { pruneCandidates, removable } from '../../../src/inventory/removal.js';

describe('ApplySet identity (as kubectl computes it)', () => {
  it('hashes name.namespace.kind.group with base64url and no padding', () => {
    const expected = createHash('sha256')
      .update('k8deployer-shop.prod.Secret.')
      .digest('base64')
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(applySetId('k8deployer-shop', 'prod')).toBe(`applyset-${expected}-v1`);
    expect(applySetId('k8deployer-shop', 'prod')).toMatch(/^applyset-[A-Za-z0-9_-]{43}-v1$/);
  });

  it('writes group kinds like GroupKind.String() and lists sorted without duplicates', () => {
    expect(groupKindOf({ apiVersion: 'apps/v1', kind: 'Deployment' })).toBe('Deployment.apps');
    expect(groupKindOf({ apiVersion: 'v1', kind: 'ConfigMap' })).toBe('ConfigMap');
    expect(listAnnotation(['Service', 'Deployment.apps', 'Service'])).toBe('Deployment.apps,Service');
  });

  it('labels members without touching the input', () => {
    const object: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', labels: { a: 'b' } } };
    const member = decorate(object, 'applyset-x-v1');
    expect(member.metadata.labels).toEqual({ a: 'b', [ApplySetKeys.partOf]: 'applyset-x-v1' });
    expect(object.metadata.labels).toEqual({ a: 'b' });
  });

  it('identifies members across API versions', () => {
    const a = {
      apiVersion: 'autoscaling/v1',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'h', namespace: 'n' },
    };
    const b = { ...a, apiVersion: 'autoscaling/v2' };
    expect(memberKey(a)).toBe(memberKey(b));
  });
});

describe('stored revisions', () => {
  it('round-trips through gzip chunks', () => {
    const objects = [
      { component: 'api', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { k: 'v' } } },
    ];
    const chunks = encodeRevision({ revision: 3, objects });
    expect(chunks).toHaveLength(1);
    expect(decodeRevision(chunks)).toEqual({ revision: 3, objects });
  });

  it('splits large revisions into chunks under 1 MiB', () => {
    // Random bytes do not compress, so 1.5 MB of them must span several chunks.
    const noise = randomBytes(1_500_000).toString('base64');
    const objects = [
      { component: 'big', object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'big' }, data: { noise } } },
    ];
    const chunks = encodeRevision({ revision: 1, objects });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(Math.ceil(chunk.length / 3) * 4).toBeLessThan(1024 * 1024);
    expect(chunks.every((chunk) => chunk.length <= CHUNK_BYTES)).toBe(true);
    expect(decodeRevision(chunks).objects[0]?.object.data).toEqual({ noise });
  });

  it('hashes desired sets independent of order and key order', () => {
    const a = {
      component: 'a',
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' }, data: { x: '1', y: '2' } },
    };
    const b = { component: 'b', object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'b' } } };
    const aReordered = {
      component: 'a',
      object: { kind: 'ConfigMap', apiVersion: 'v1', data: { y: '2', x: '1' }, metadata: { name: 'a' } },
    };
    expect(desiredSetHash([a, b])).toBe(desiredSetHash([b, aReordered]));
    expect(desiredSetHash([a])).not.toBe(desiredSetHash([a, b]));
  });
});

describe('what may be pruned', () => {
  const id = 'applyset-ours-v1';
  const member = (
    kind: string,
    name: string,
    extra: Partial<KubeObject['metadata']> = {},
    apiVersion = 'v1',
  ): KubeObject => ({
    apiVersion,
    kind,
    metadata: {
      name,
      namespace: kind === 'Namespace' ? undefined : 'shop',
      labels: { [ApplySetKeys.partOf]: id },
      ...extra,
    },
  });
  const none = { deleteNamespaces: false, deletePvcs: false, deleteCrds: false };

  it('prunes members that left the desired set, nothing else', () => {
    const members = [member('ConfigMap', 'kept'), member('ConfigMap', 'gone')];
    const result = pruneCandidates(members, [member('ConfigMap', 'kept')], id, none);
    expect(result.map((object) => object.metadata.name)).toEqual(['gone']);
  });

  it('never prunes foreign objects, kept objects, or system namespaces', () => {
    expect(
      removable(member('ConfigMap', 'x', { labels: { [ApplySetKeys.partOf]: 'applyset-other-v1' } }), id, none),
    ).toBe(false);
    expect(removable(member('ConfigMap', 'x', { labels: {} }), id, none)).toBe(false);
    expect(removable(member('ConfigMap', 'x', { annotations: { 'k8deployer.io/keep': 'true' } }), id, none)).toBe(
      false,
    );
    expect(removable(member('ConfigMap', 'x', { namespace: 'kube-system' }), id, none)).toBe(false);
    expect(removable(member('Namespace', 'kube-system'), id, { ...none, deleteNamespaces: true })).toBe(false);
  });

  it('removes namespaces, PVCs and CRDs only with their flag', () => {
    const crd = member(
      'CustomResourceDefinition',
      'w.example.com',
      { namespace: undefined },
      'apiextensions.k8s.io/v1',
    );
    expect(removable(member('Namespace', 'shop'), id, none)).toBe(false);
    expect(removable(member('Namespace', 'shop'), id, { ...none, deleteNamespaces: true })).toBe(true);
    expect(removable(member('PersistentVolumeClaim', 'data'), id, none)).toBe(false);
    expect(removable(member('PersistentVolumeClaim', 'data'), id, { ...none, deletePvcs: true })).toBe(true);
    expect(removable(crd, id, none)).toBe(false);
    expect(removable(crd, id, { ...none, deleteCrds: true })).toBe(true);
  });
});

describe('Semaphore', () => {
  it('never runs more than the limit at once', async () => {
    const semaphore = new Semaphore(2);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 6 }, () =>
        semaphore.run(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await new Promise((resolve) => setTimeout(resolve, 5));
          active -= 1;
        }),
      ),
    );
    expect(peak).toBe(2);
  });
});
