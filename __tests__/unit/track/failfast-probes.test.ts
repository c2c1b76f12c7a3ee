import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import {
  claimFailure,
  defaultThresholds,
  podFailure,
  podStates,
  readinessProbeFailure,
  type KubeEventLike,
} from '../../../src/track/failfast.js';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

function runningPod(
  name: string,
  options: { ready?: boolean; readySince?: number; probe?: Record<string, unknown> } = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, uid: `uid-${name}` },
    spec: {
      containers: [
        { name: 'sidecar', image: 'proxy:1' },
        {
          name: 'app',
          image: 'web:2',
          readinessProbe: options.probe ?? {
            httpGet: { path: '/healthz', port: 8080 },
            periodSeconds: 10,
            failureThreshold: 3,
          },
        },
      ],
    },
    status: {
      phase: 'Running',
      conditions: [
        {
          type: 'Ready',
          status: options.ready ? 'True' : 'False',
          lastTransitionTime: ago(options.readySince ?? 600_000),
        },
      ],
      containerStatuses: [
        { name: 'sidecar', ready: true, state: { running: { startedAt: ago(600_000) } } },
        { name: 'app', ready: false, state: { running: { startedAt: ago(600_000) } } },
      ],
    },
  };
}

function unhealthy(
  pod: string,
  firstAgoMs: number,
  message = 'Readiness probe failed: HTTP probe failed with statuscode: 503',
): KubeEventLike {
  return {
    type: 'Warning',
    reason: 'Unhealthy',
    message,
    count: 12,
    firstTimestamp: ago(firstAgoMs),
    lastTimestamp: ago(1_000),
    involvedObject: { kind: 'Pod', name: pod, uid: `uid-${pod}`, fieldPath: 'spec.containers{app}' },
  };
}

describe('readinessProbeFailure', () => {
  const pods = [runningPod('web-7d9c-b'), runningPod('web-7d9c-a')];

  it('fails when every pod has failed its readiness probe for 2 min, naming the probe and a pod', () => {
    const verdict = readinessProbeFailure(
      pods,
      [unhealthy('web-7d9c-a', 130_000), unhealthy('web-7d9c-b', 125_000)],
      NOW,
      defaultThresholds,
    );
    expect(verdict.failure?.reason).toBe(
      '2 Running, 0 Ready: readiness probe failing for 125 s (HTTP 503 on :8080/healthz, pod web-7d9c-a)',
    );
    expect(verdict.failure?.pod?.metadata.name).toBe('web-7d9c-a');
    expect(verdict.failure?.container).toBe('app');
  });

  it('waits until the last pod has failed for its window, and says when to look again', () => {
    const verdict = readinessProbeFailure(
      pods,
      [unhealthy('web-7d9c-a', 130_000), unhealthy('web-7d9c-b', 30_000)],
      NOW,
      defaultThresholds,
    );
    expect(verdict.failure).toBeUndefined();
    expect(verdict.recheckAt).toBe(NOW - 30_000 + 120_000);
  });

  it('gives a slow probe twice its own failureThreshold × periodSeconds', () => {
    const slow = [runningPod('db-0', { probe: { tcpSocket: { port: 'pg' }, periodSeconds: 30, failureThreshold: 5 } })];
    const events = [
      unhealthy('db-0', 200_000, 'Readiness probe failed: dial tcp 10.0.0.7:5432: connect: connection refused'),
    ];
    expect(readinessProbeFailure(slow, events, NOW, defaultThresholds)).toEqual({ recheckAt: NOW - 200_000 + 300_000 });
    expect(readinessProbeFailure(slow, events, NOW + 100_000, defaultThresholds).failure?.reason).toBe(
      '1 Running, 0 Ready: readiness probe failing for 300 s (dial tcp 10.0.0.7:5432: connect: connection refused on tcp :pg, pod db-0)',
    );
  });

  it('counts from when a pod lost Ready, not from an older failure folded into the same event', () => {
    const lost = [runningPod('web-a', { readySince: 10_000 })];
    expect(readinessProbeFailure(lost, [unhealthy('web-a', 3_600_000)], NOW, defaultThresholds)).toEqual({
      recheckAt: NOW - 10_000 + 120_000,
    });
  });

  it('does nothing while one pod is Ready, a pod is not Running, or a pod has no probe failure', () => {
    const events = [unhealthy('web-a', 600_000), unhealthy('web-b', 600_000)];
    expect(
      readinessProbeFailure(
        [runningPod('web-a'), runningPod('web-b', { ready: true })],
        events,
        NOW,
        defaultThresholds,
      ),
    ).toEqual({});
    const pending = { ...runningPod('web-b'), status: { phase: 'Pending' } };
    expect(readinessProbeFailure([runningPod('web-a'), pending], events, NOW, defaultThresholds)).toEqual({});
    expect(readinessProbeFailure([runningPod('web-a'), runningPod('web-c')], events, NOW, defaultThresholds)).toEqual(
      {},
    );
    expect(readinessProbeFailure([], events, NOW, defaultThresholds)).toEqual({});
  });

  it('ignores liveness failures, normal events and events about other pods', () => {
    const pod = [runningPod('web-a')];
    expect(
      readinessProbeFailure(
        pod,
        [unhealthy('web-a', 600_000, 'Liveness probe failed: HTTP probe failed with statuscode: 500')],
        NOW,
        defaultThresholds,
      ),
    ).toEqual({});
    expect(
      readinessProbeFailure(pod, [{ ...unhealthy('web-a', 600_000), type: 'Normal' }], NOW, defaultThresholds),
    ).toEqual({});
    expect(readinessProbeFailure(pod, [unhealthy('web-old', 600_000)], NOW, defaultThresholds)).toEqual({});
  });

  it('keeps a hostile or huge probe message to one short line', () => {
    const pod = [runningPod('web-a', { probe: { exec: { command: ['check'] } } })];
    const message = `Readiness probe failed: ${'x'.repeat(5_000)}\n::error::second line`;
    const reason =
      readinessProbeFailure(pod, [unhealthy('web-a', 600_000, message)], NOW, defaultThresholds).failure?.reason ?? '';
    expect(reason).not.toContain('\n');
    expect(reason).not.toContain('second line');
    expect(reason.length).toBeLessThan(320);
    expect(reason).toContain('(exec probe)');
  });
});

describe('log tails only for containers that ran', () => {
  const pod = (status: unknown): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', uid: 'u' },
    status,
  });
  it('an image that never pulled names no container to read a log from', () => {
    const verdict = podFailure(
      pod({
        containerStatuses: [{ name: 'app', restartCount: 0, state: { waiting: { reason: 'InvalidImageName' } } }],
      }),
      NOW,
      () => NOW,
      defaultThresholds,
    );
    expect(verdict.failure?.reason).toContain('InvalidImageName');
    expect(verdict.failure?.container).toBeUndefined();
  });
  it('a crash loop does (the previous container ran)', () => {
    const status = {
      containerStatuses: [
        {
          name: 'app',
          restartCount: 3,
          lastState: { terminated: { exitCode: 1 } },
          state: { waiting: { reason: 'CrashLoopBackOff' } },
        },
      ],
    };
    expect(podFailure(pod(status), NOW, () => NOW, defaultThresholds).failure?.container).toBe('app');
  });
});

describe('unbound claims name the claim, its storage class and the provisioner', () => {
  const provisioningFailed = (
    claim: string,
    firstAgoMs: number,
    message = 'storageclass.storage.k8s.io "fast" not found',
  ): KubeEventLike => ({
    type: 'Warning',
    reason: 'ProvisioningFailed',
    message,
    firstTimestamp: ago(firstAgoMs),
    lastTimestamp: ago(1_000),
    involvedObject: { kind: 'PersistentVolumeClaim', name: claim, uid: `uid-${claim}` },
  });
  const unschedulable = {
    phase: 'Pending',
    conditions: [
      {
        type: 'PodScheduled',
        status: 'False',
        reason: 'Unschedulable',
        message: '0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found',
      },
    ],
  };
  const statefulSet: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db', uid: 'sts' },
    spec: { volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { storageClassName: 'fast' } }] },
  };
  const dbPod: KubeObject = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'db-0', uid: 'uid-db-0' },
    spec: {
      volumes: [
        { name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } },
        { name: 'tmp', emptyDir: {} },
      ],
    },
    status: unschedulable,
  };

  it('a StatefulSet pod that cannot schedule for its claim', () => {
    const verdict = podFailure(dbPod, NOW, () => NOW - 60_000, defaultThresholds, {
      warnings: [provisioningFailed('data-db-0', 50_000)],
      workload: statefulSet,
    });
    expect(verdict.failure?.reason).toBe(
      'pod db-0 unschedulable: claim data-db-0 (storage class "fast") is not bound: ProvisioningFailed: storageclass.storage.k8s.io "fast" not found',
    );
  });

  it('keeps the scheduler message when the claim has no ProvisioningFailed event', () => {
    const verdict = podFailure(dbPod, NOW, () => NOW - 60_000, defaultThresholds, {
      warnings: [provisioningFailed('other', 50_000)],
      workload: statefulSet,
    });
    expect(verdict.failure?.reason).toBe(
      'pod db-0 unschedulable: 0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found',
    );
  });

  it('a claim we wait for fails after provisioningFailedMs, naming its class', () => {
    const pvc = (storageClassName?: string): KubeObject => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', uid: 'uid-data' },
      spec: storageClassName ? { storageClassName } : {},
      status: { phase: 'Pending' },
    });
    expect(claimFailure(pvc('fast'), [provisioningFailed('data', 10_000)], NOW, defaultThresholds)).toEqual({
      recheckAt: NOW - 10_000 + 60_000,
    });
    expect(
      claimFailure(pvc('fast'), [provisioningFailed('data', 60_000)], NOW, defaultThresholds).failure?.reason,
    ).toBe('not bound (storage class "fast"): ProvisioningFailed: storageclass.storage.k8s.io "fast" not found');
    const quota = provisioningFailed(
      'data',
      60_000,
      'failed to provision volume with StorageClass "standard": quota exceeded',
    );
    expect(claimFailure(pvc(), [quota], NOW, defaultThresholds).failure?.reason).toBe(
      'not bound (no storage class: the default one): ProvisioningFailed: failed to provision volume with StorageClass "standard": quota exceeded',
    );
    expect(
      claimFailure(
        { ...pvc('fast'), status: { phase: 'Bound' } },
        [provisioningFailed('data', 600_000)],
        NOW,
        defaultThresholds,
      ),
    ).toEqual({});
    expect(claimFailure(pvc('fast'), [provisioningFailed('other', 600_000)], NOW, defaultThresholds)).toEqual({});
  });
});

describe('progress lines', () => {
  it('say when a Running pod is not Ready', () => {
    expect(podStates([runningPod('a', { ready: true }), runningPod('b')])).toBe(
      'pods: 1 ready, 1 Running but not ready',
    );
  });
});
