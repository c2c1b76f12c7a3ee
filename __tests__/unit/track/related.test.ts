// Which updates of the namespace-wide watches concern one tracked object (src/track/related.ts).
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { isRelated, type RelatedLookup } from '../../../src/track/related.js';

const owned = (kind: string, name: string, uid: string, owner?: { kind: string; name: string; uid: string }) =>
  ({
    apiVersion: 'v1',
    kind,
    metadata: { name, namespace: 'shop', uid, ...(owner ? { ownerReferences: [owner] } : {}) },
  }) as KubeObject;

const deployment = owned('Deployment', 'api', 'd-1');
const replicaSet = owned('ReplicaSet', 'api-7f9', 'rs-1', { kind: 'Deployment', name: 'api', uid: 'd-1' });
const otherReplicaSet = owned('ReplicaSet', 'web-55c', 'rs-2', { kind: 'Deployment', name: 'web', uid: 'd-2' });
const pod = owned('Pod', 'api-7f9-x', 'p-1', { kind: 'ReplicaSet', name: 'api-7f9', uid: 'rs-1' });
const otherPod = owned('Pod', 'web-55c-y', 'p-2', { kind: 'ReplicaSet', name: 'web-55c', uid: 'rs-2' });
const lookup: RelatedLookup = {
  pod: (name) => [pod, otherPod].find((entry) => entry.metadata.name === name),
  replicaSet: (name) => [replicaSet, otherReplicaSet].find((entry) => entry.metadata.name === name),
};
const event = (kind: string, name: string, uid: string) =>
  ({ ...owned('Event', `${name}.1`, `e-${uid}`), involvedObject: { kind, name, uid } }) as KubeObject;

describe('updates related to a tracked workload', () => {
  it('its own copy, its ReplicaSets and their pods; not another workload’s', () => {
    expect(isRelated(deployment, 'self', deployment, lookup)).toBe(true);
    expect(isRelated(deployment, 'self', owned('Deployment', 'web', 'd-2'), lookup)).toBe(false);
    expect(isRelated(deployment, 'replicaSets', replicaSet, lookup)).toBe(true);
    expect(isRelated(deployment, 'replicaSets', otherReplicaSet, lookup)).toBe(false);
    expect(isRelated(deployment, 'pods', pod, lookup)).toBe(true);
    expect(isRelated(deployment, 'pods', otherPod, lookup)).toBe(false);
  });

  it('events about it, its ReplicaSets or its pods', () => {
    expect(isRelated(deployment, 'events', event('Deployment', 'api', 'd-1'), lookup)).toBe(true);
    expect(isRelated(deployment, 'events', event('ReplicaSet', 'api-7f9', 'rs-1'), lookup)).toBe(true);
    expect(isRelated(deployment, 'events', event('Pod', 'api-7f9-x', 'p-1'), lookup)).toBe(true);
    expect(isRelated(deployment, 'events', event('Pod', 'web-55c-y', 'p-2'), lookup)).toBe(false);
    expect(isRelated(deployment, 'events', event('ReplicaSet', 'web-55c', 'rs-2'), lookup)).toBe(false);
  });

  it('answers yes when it cannot tell: an owner or pod not cached yet, no uid', () => {
    const orphanPod = owned('Pod', 'api-new-z', 'p-3', { kind: 'ReplicaSet', name: 'api-new', uid: 'rs-9' });
    expect(isRelated(deployment, 'pods', orphanPod, lookup)).toBe(true);
    expect(isRelated(deployment, 'events', event('Pod', 'gone-pod', 'p-9'), lookup)).toBe(true);
    const noUid = { ...deployment, metadata: { name: 'api', namespace: 'shop' } } as KubeObject;
    expect(isRelated(noUid, 'pods', otherPod, lookup)).toBe(true);
  });

  it('a StatefulSet’s or Job’s own pods, and a tracked Pod itself', () => {
    const statefulSet = owned('StatefulSet', 'db', 's-1');
    expect(
      isRelated(
        statefulSet,
        'pods',
        owned('Pod', 'db-0', 'p-4', { kind: 'StatefulSet', name: 'db', uid: 's-1' }),
        lookup,
      ),
    ).toBe(true);
    expect(isRelated(statefulSet, 'pods', pod, lookup)).toBe(false);
    expect(isRelated(pod, 'pods', pod, lookup)).toBe(true);
  });
});
