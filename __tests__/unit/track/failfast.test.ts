import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import {
  controllerFailure,
  defaultThresholds,
  eventFailure,
  newReplicaSetOf,
  podFailure,
  podsScalingUp,
  podStates,
  podsOfNewRevision,
} from '../../../src/track/failfast.js';

interface Case {
  name: string;
  seenAgoMs?: number;
  pod: { status: unknown };
  expect: { failure: string | null; recheck?: boolean; previousLog?: boolean };
}

const cases = load(readFileSync(new URL('./fixtures/failfast.yaml', import.meta.url), 'utf8')) as Case[];
const NOW = 1_000_000_000;

function pod(name: string, extra: Partial<KubeObject> = {}, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, uid: `uid-${name}`, ...metadata }, ...extra };
}

describe('podFailure', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const verdict = podFailure(
      pod('p', { status: entry.pod.status }),
      NOW,
      () => NOW - (entry.seenAgoMs ?? 0),
      defaultThresholds,
    );
    if (entry.expect.failure === null) {
      expect(verdict.failure).toBeUndefined();
      if (entry.expect.recheck !== undefined) expect(verdict.recheckAt !== undefined).toBe(entry.expect.recheck);
    } else {
      expect(verdict.failure?.reason).toContain(entry.expect.failure);
      if (entry.expect.previousLog) expect(verdict.failure?.previousLog).toBe(true);
    }
  });

  it('honours shortened thresholds', () => {
    const status = { containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ErrImagePull' } } }] };
    const verdict = podFailure(pod('p', { status }), NOW, () => NOW - 5_000, {
      ...defaultThresholds,
      imagePullMs: 5_000,
    });
    expect(verdict.failure?.reason).toContain('ErrImagePull');
  });

  it('schedules the re-check when the threshold will be crossed', () => {
    const status = { containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ImagePullBackOff' } } }] };
    const verdict = podFailure(pod('p', { status }), NOW, () => NOW - 10_000, defaultThresholds);
    expect(verdict.recheckAt).toBe(NOW - 10_000 + defaultThresholds.imagePullMs);
  });
});

describe('controllerFailure', () => {
  const rs = (since: number): KubeObject => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'api-1', uid: 'rs' },
    status: {
      conditions: [
        {
          type: 'ReplicaFailure',
          status: 'True',
          reason: 'FailedCreate',
          message: 'quota exceeded',
          lastTransitionTime: new Date(since).toISOString(),
        },
      ],
    },
  });
  it('fails FailedCreate after 30 s', () => {
    expect(controllerFailure(rs(NOW - 31_000), NOW, () => NOW, defaultThresholds).failure?.reason).toContain(
      'FailedCreate: quota exceeded',
    );
  });
  it('waits for FailedCreate under 30 s', () => {
    expect(controllerFailure(rs(NOW - 1_000), NOW, () => NOW, defaultThresholds).recheckAt).toBe(NOW - 1_000 + 30_000);
  });
});

describe('podsOfNewRevision', () => {
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', uid: 'dep', annotations: { 'deployment.kubernetes.io/revision': '2' } },
  };
  const owned = (uid: string) => ({ ownerReferences: [{ uid }] });
  const oldRs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'api-old',
      uid: 'rs1',
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      ...owned('dep'),
    },
  };
  const newRs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'api-new',
      uid: 'rs2',
      annotations: { 'deployment.kubernetes.io/revision': '2' },
      ...owned('dep'),
    },
  };
  const pods = [pod('old', {}, owned('rs1')), pod('new', {}, owned('rs2')), pod('other', {}, owned('x'))];

  it('finds the ReplicaSet of the current revision', () => {
    expect(newReplicaSetOf(deployment, [oldRs, newRs])?.metadata.name).toBe('api-new');
  });
  it('only counts pods of the new ReplicaSet for a Deployment', () => {
    expect(podsOfNewRevision(deployment, pods, [oldRs, newRs]).map((p) => p.metadata.name)).toEqual(['new']);
  });
  it('uses the update revision for a StatefulSet', () => {
    const sts: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', uid: 'sts' },
      status: { updateRevision: 'db-2' },
    };
    const stsPods = [
      pod('db-0', {}, { ...owned('sts'), labels: { 'controller-revision-hash': 'db-1' } }),
      pod('db-1', {}, { ...owned('sts'), labels: { 'controller-revision-hash': 'db-2' } }),
    ];
    expect(podsOfNewRevision(sts, stsPods, []).map((p) => p.metadata.name)).toEqual(['db-1']);
  });
});

describe('eventFailure', () => {
  const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();
  const uids = new Set(['rs-new', 'pod-new']);
  const event = (reason: string, extra: Record<string, unknown> = {}) => ({
    type: 'Warning',
    reason,
    message: `${reason} happened`,
    count: 1,
    firstTimestamp: at(1_000),
    involvedObject: { uid: 'rs-new', kind: 'ReplicaSet', name: 'api-2' },
    ...extra,
  });

  it('fails FailedCreate the second time it is reported', () => {
    expect(eventFailure([event('FailedCreate', { count: 2 })], uids, NOW, defaultThresholds).failure?.reason).toBe(
      'FailedCreate: FailedCreate happened',
    );
  });
  it('fails FailedCreate reported once 30 s ago', () => {
    expect(
      eventFailure([event('FailedCreate', { firstTimestamp: at(30_000) })], uids, NOW, defaultThresholds).failure,
    ).toBeDefined();
  });
  it('waits for a fresh FailedCreate and says when to look again', () => {
    expect(eventFailure([event('FailedCreate')], uids, NOW, defaultThresholds)).toEqual({
      recheckAt: NOW - 1_000 + 30_000,
    });
  });
  it('fails FailedMount on a pod of the new revision only after 2 min', () => {
    const mount = (ago: number) =>
      event('FailedMount', {
        firstTimestamp: at(ago),
        count: 5,
        involvedObject: { uid: 'pod-new', kind: 'Pod', name: 'api-2-x' },
      });
    expect(eventFailure([mount(60_000)], uids, NOW, defaultThresholds).failure).toBeUndefined();
    expect(eventFailure([mount(120_000)], uids, NOW, defaultThresholds).failure?.reason).toBe(
      'pod api-2-x FailedMount: FailedMount happened',
    );
  });
  it('ignores events about other objects and normal events', () => {
    expect(
      eventFailure(
        [event('FailedCreate', { count: 9, involvedObject: { uid: 'rs-old' } })],
        uids,
        NOW,
        defaultThresholds,
      ),
    ).toEqual({});
    expect(eventFailure([event('FailedCreate', { count: 9, type: 'Normal' })], uids, NOW, defaultThresholds)).toEqual(
      {},
    );
  });
});

describe('podStates', () => {
  it('summarises the new revision pods for progress lines', () => {
    const ready = pod('a', { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } });
    const pulling = pod('b', {
      status: {
        phase: 'Pending',
        containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ImagePullBackOff' } } }],
      },
    });
    const fresh = pod('c', { status: { phase: 'Pending' } });
    expect(podStates([ready, pulling, fresh, ready])).toBe('pods: 2 ready, 1 ImagePullBackOff, 1 Pending');
    expect(podStates([])).toBe('');
  });
});

describe('unschedulable pods while the cluster autoscaler scales up', () => {
  const unschedulable = {
    status: {
      conditions: [
        { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/2 nodes are available' },
      ],
    },
  };

  it('waits 5 minutes instead of 1 when a scale-up was triggered for the pod', () => {
    const twoMinutes = podFailure(pod('p', unschedulable), NOW, () => NOW - 120_000, defaultThresholds, {
      scalingUp: true,
    });
    expect(twoMinutes.failure).toBeUndefined();
    expect(twoMinutes.recheckAt).toBe(NOW - 120_000 + 300_000);
    const withoutScaleUp = podFailure(pod('p', unschedulable), NOW, () => NOW - 120_000, defaultThresholds);
    expect(withoutScaleUp.failure?.reason).toContain('unschedulable');
    const fiveMinutes = podFailure(pod('p', unschedulable), NOW, () => NOW - 300_000, defaultThresholds, {
      scalingUp: true,
    });
    expect(fiveMinutes.failure?.reason).toContain("the cluster autoscaler's scale-up did not help within 300 s");
  });

  it('counts from the end of a whole-second lastTransitionTime: the window never closes before it has passed', () => {
    // The scheduler marked the pod at 07:19:10.800; the condition says 07:19:10Z. We see it 50 ms later.
    const stampedAt = Date.parse('2026-12-02T07:19:10Z');
    const seenAt = stampedAt + 850;
    const marked = {
      status: { conditions: [{ ...unschedulable.status.conditions[0], lastTransitionTime: '2026-12-02T07:19:10Z' }] },
    };
    const limits = { ...defaultThresholds, unschedulableMs: 1_000 };
    const early = podFailure(pod('p', marked), stampedAt + 1_010, () => seenAt, limits);
    expect(early.failure).toBeUndefined();
    expect(early.recheckAt).toBe(seenAt + 1_000);
    expect(podFailure(pod('p', marked), seenAt + 1_000, () => seenAt, limits).failure?.reason).toContain(
      'unschedulable',
    );
    // Seen much later than the stamp (it was pending before we looked): the stamp's second still counts.
    expect(podFailure(pod('p', marked), stampedAt + 2_000, () => stampedAt + 1_900, limits).failure?.reason).toContain(
      'unschedulable',
    );
    // A stamp with a fraction is taken as it is.
    const precise = {
      status: { conditions: [{ ...marked.status.conditions[0], lastTransitionTime: '2026-12-02T07:19:10.800Z' }] },
    };
    expect(podFailure(pod('p', precise), stampedAt + 1_800, () => stampedAt + 1_700, limits).failure?.reason).toContain(
      'unschedulable',
    );
  });

  it('finds the pods a TriggeredScaleUp event names', () => {
    const events = [
      { type: 'Normal', reason: 'TriggeredScaleUp', involvedObject: { uid: 'uid-a', kind: 'Pod' } },
      { type: 'Warning', reason: 'FailedScheduling', involvedObject: { uid: 'uid-b', kind: 'Pod' } },
    ];
    expect([...podsScalingUp(events)]).toEqual(['uid-a']);
  });
});
