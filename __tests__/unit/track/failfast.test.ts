import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import {
  controllerFailure,
  defaultThresholds,
  newReplicaSetOf,
  podFailure,
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
    const verdict = podFailure(pod('p', { status: entry.pod.status }), NOW, () => NOW - (entry.seenAgoMs ?? 0), defaultThresholds);
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
    const verdict = podFailure(pod('p', { status }), NOW, () => NOW - 5_000, { ...defaultThresholds, imagePullMs: 5_000 });
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
        { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'quota exceeded', lastTransitionTime: new Date(since).toISOString() },
      ],
    },
  });
  it('fails FailedCreate after 30 s', () => {
    expect(controllerFailure(rs(NOW - 31_000), NOW, () => NOW, defaultThresholds).failure?.reason).toContain('FailedCreate: quota exceeded');
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
    metadata: { name: 'api-old', uid: 'rs1', annotations: { 'deployment.kubernetes.io/revision': '1' }, ...owned('dep') },
  };
  const newRs: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'api-new', uid: 'rs2', annotations: { 'deployment.kubernetes.io/revision': '2' }, ...owned('dep') },
  };
  const pods = [pod('old', {}, owned('rs1')), pod('new', {}, owned('rs2')), pod('other', {}, owned('x'))];

  it('finds the ReplicaSet of the current revision', () => {
    expect(newReplicaSetOf(deployment, [oldRs, newRs])?.metadata.name).toBe('api-new');
  });
  it('only counts pods of the new ReplicaSet for a Deployment', () => {
    expect(podsOfNewRevision(deployment, pods, [oldRs, newRs]).map((p) => p.metadata.name)).toEqual(['new']);
  });
  it('uses the update revision for a StatefulSet', () => {
    const sts: KubeObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', uid: 'sts' }, status: { updateRevision: 'db-2' } };
    const stsPods = [
      pod('db-0', {}, { ...owned('sts'), labels: { 'controller-revision-hash': 'db-1' } }),
      pod('db-1', {}, { ...owned('sts'), labels: { 'controller-revision-hash': 'db-2' } }),
    ];
    expect(podsOfNewRevision(sts, stsPods, []).map((p) => p.metadata.name)).toEqual(['db-1']);
  });
});
