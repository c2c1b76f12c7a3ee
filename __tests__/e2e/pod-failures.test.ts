// Pods that never become ready, on a real control plane: the failure names the cause in seconds, not at the
// 4-minute no-progress timeout. kwok runs no probes, so the test writes the kubelet's `Unhealthy` events itself
// through the real Events API, against pods kwok keeps Running-not-Ready (fault `not-ready`); likewise a storage
// provisioner's ProvisioningFailed and the cluster autoscaler's TriggeredScaleUp.
import { randomBytes } from 'node:crypto';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, type DeployEvent } from '../../src/events.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { FAULT, deleteNamespace, kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 90,
};

function app(namespace: string, fault: string, probe?: Record<string, unknown>): RenderedApp {
  return {
    app: 'web',
    cluster: 'test',
    namespace,
    components: [{ name: 'web', kind: 'service', depends: [], images: ['web:2'], urls: [] }],
    objects: [
      {
        component: 'web',
        object: {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'web', namespace },
          spec: {
            replicas: 2,
            selector: { matchLabels: { app: 'web' } },
            template: {
              metadata: { labels: { app: 'web', [FAULT]: fault } },
              spec: { containers: [{ name: 'app', image: 'web:2', ...(probe ? { readinessProbe: probe } : {}) }] },
            },
          },
        },
      },
    ],
  };
}

function recorder() {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  return { bus, events };
}

describe('pods that never become ready', () => {
  const cluster = () => testClusters()[0]!;
  const namespaces: string[] = [];
  afterAll(async () => {
    await Promise.all(namespaces.map((ns) => deleteNamespace(ns, [cluster()])));
  });

  it('Running but never Ready: fails on the readiness probe, naming it and a pod, long before the no-progress timeout', async () => {
    const ns = await uniqueNamespace('probe', [cluster()]);
    namespaces.push(ns);
    const core = kubeConfigFor(cluster()).makeApiClient(k8s.CoreV1Api);
    const { bus, events } = recorder();
    // Play the kubelet: once a pod of ours runs, report its readiness probe failing, as kubelet would every period.
    const reported = new Set<string>();
    const reporter = setInterval(() => {
      void core
        .listNamespacedPod({ namespace: ns })
        .then(async (list) => {
          for (const pod of list.items) {
            const name = pod.metadata?.name ?? '';
            if (pod.status?.phase !== 'Running' || reported.has(name)) continue;
            reported.add(name);
            const now = new Date();
            await core.createNamespacedEvent({
              namespace: ns,
              body: {
                metadata: { name: `${name}.unhealthy`, namespace: ns },
                involvedObject: {
                  apiVersion: 'v1',
                  kind: 'Pod',
                  name,
                  namespace: ns,
                  uid: pod.metadata?.uid,
                  fieldPath: 'spec.containers{app}',
                },
                type: 'Warning',
                reason: 'Unhealthy',
                message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
                source: { component: 'kubelet', host: pod.spec?.nodeName },
                count: 3,
                firstTimestamp: now,
                lastTimestamp: now,
              },
            });
          }
        })
        .catch(() => undefined);
    }, 250);
    const started = Date.now();
    const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5, thresholds: { readinessProbeMs: 3_000 } };
    let result;
    try {
      result = await runDeploy({
        targets: [
          {
            cluster: cluster().name,
            kubeConfig: kubeConfigFor(cluster()),
            rendered: app(ns, 'not-ready', {
              httpGet: { path: '/healthz', port: 8080 },
              periodSeconds: 1,
              failureThreshold: 1,
            }),
          },
        ],
        bus,
        options: engineOptions(settings),
        tuning,
        runId: 'probe',
      });
    } finally {
      clearInterval(reporter);
    }
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.outcome).toBe('failed');
    const failed = events.find((e) => e.type === 'object-failed');
    const reason = failed?.type === 'object-failed' ? failed.reason : '';
    expect(reason).toMatch(
      /^Deployment web: 2 Running, 0 Ready: readiness probe failing for \d+ s \(HTTP 503 on :8080\/healthz, pod web-[a-z0-9]+-[a-z0-9]+\)$/,
    );
    expect(failed?.type === 'object-failed' && failed.details?.events.some((line) => line.includes('Unhealthy'))).toBe(
      true,
    );
  });

  it('an image that never pulled: no "logs unavailable" line for a container that never started', async () => {
    const ns = await uniqueNamespace('nolog', [cluster()]);
    namespaces.push(ns);
    const { bus, events } = recorder();
    const result = await runDeploy({
      targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered: app(ns, 'image-pull') }],
      bus,
      options: engineOptions(settings),
      tuning: { leaseTtlSeconds: 5, thresholds: { imagePullMs: 2_000 } },
      runId: 'nolog',
    });
    expect(result.outcome).toBe('failed');
    const failed = events.find((e) => e.type === 'object-failed');
    expect(failed?.type === 'object-failed' && failed.reason).toMatch(
      /^Deployment web: container app (ImagePullBackOff|ErrImagePull)/,
    );
    expect(failed?.type === 'object-failed' && failed.details?.events.length).toBeGreaterThan(0);
    expect(failed?.type === 'object-failed' && failed.details?.logUnavailable).toBeUndefined();
    expect(failed?.type === 'object-failed' && failed.details?.logTail).toBeUndefined();
  });

  describe('storage that never binds', () => {
    // A storage class that exists (the pre-deploy check lets it through) and whose provisioner nobody runs: its claims
    // stay Pending. The test plays that external provisioner failing, writing its ProvisioningFailed Warning events
    // through the real Events API, as the kubelet's Unhealthy events above.
    const className = `never-provisioned-${randomBytes(4).toString('hex')}`;
    const provisioner = 'example.com/never-provisions';
    const provisionerMessage = `failed to provision volume with StorageClass "${className}": rpc error: code = ResourceExhausted desc = no capacity left in pool-a`;
    const storage = () => kubeConfigFor(cluster()).makeApiClient(k8s.StorageV1Api);
    beforeAll(async () => {
      await storage().createStorageClass({
        body: { metadata: { name: className }, provisioner, volumeBindingMode: 'Immediate' },
      });
    });
    afterAll(async () => {
      await storage()
        .deleteStorageClass({ name: className })
        .catch(() => undefined);
    });
    const claim = (name: string, namespace?: string, storageClassName = className) => ({
      metadata: { name, ...(namespace ? { namespace } : {}) },
      spec: { accessModes: ['ReadWriteOnce'], storageClassName, resources: { requests: { storage: '1Gi' } } },
    });
    const statefulSet = (ns: string) => ({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', namespace: ns },
      spec: {
        replicas: 1,
        serviceName: 'db',
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: { containers: [{ name: 'db', image: 'pg:16', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] },
        },
        volumeClaimTemplates: [claim('data')],
      },
    });
    /** Plays the external provisioner: a ProvisioningFailed Warning for each Pending claim of our class it sees. */
    const failingProvisioner = (ns: string): (() => void) => {
      const core = kubeConfigFor(cluster()).makeApiClient(k8s.CoreV1Api);
      const reported = new Set<string>();
      const timer = setInterval(() => {
        void core
          .listNamespacedPersistentVolumeClaim({ namespace: ns })
          .then(async (list) => {
            for (const pvc of list.items) {
              const name = pvc.metadata?.name ?? '';
              if (pvc.spec?.storageClassName !== className || pvc.status?.phase !== 'Pending' || reported.has(name))
                continue;
              reported.add(name);
              const now = new Date();
              await core.createNamespacedEvent({
                namespace: ns,
                body: {
                  metadata: { name: `${name}.provisioningfailed`, namespace: ns },
                  involvedObject: {
                    apiVersion: 'v1',
                    kind: 'PersistentVolumeClaim',
                    name,
                    namespace: ns,
                    uid: pvc.metadata?.uid,
                  },
                  type: 'Warning',
                  reason: 'ProvisioningFailed',
                  message: provisionerMessage,
                  source: { component: `${provisioner}_csi-controller-0_1a2b3c` },
                  count: 2,
                  firstTimestamp: now,
                  lastTimestamp: now,
                },
              });
            }
          })
          .catch(() => undefined);
      }, 250);
      return () => clearInterval(timer);
    };
    const deploy = async (ns: string, objects: RenderedApp['objects']) => {
      const { bus, events } = recorder();
      const started = Date.now();
      const stopProvisioner = failingProvisioner(ns);
      try {
        const result = await runDeploy({
          targets: [
            {
              cluster: cluster().name,
              kubeConfig: kubeConfigFor(cluster()),
              rendered: {
                app: 'db',
                cluster: 'test',
                namespace: ns,
                components: [{ name: 'db', kind: 'statefulset', depends: [], images: [], urls: [] }],
                objects,
              },
            },
          ],
          bus,
          options: engineOptions({ ...settings, objectTimeoutSeconds: 60 }),
          tuning: { leaseTtlSeconds: 5, thresholds: { unschedulableMs: 3_000, provisioningFailedMs: 3_000 } },
          runId: 'storage',
        });
        return { result, events, ms: Date.now() - started };
      } finally {
        stopProvisioner();
      }
    };
    const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

    it('a StatefulSet pod: names the claim, its storage class and the provisioner message, not "unbound immediate PersistentVolumeClaims"', async () => {
      const ns = await uniqueNamespace('sts-pvc', [cluster()]);
      namespaces.push(ns);
      const { result, ms } = await deploy(ns, [{ component: 'db', object: statefulSet(ns) }]);
      expect(ms).toBeLessThan(30_000);
      expect(result.clusters[0]?.reason).toMatch(
        new RegExp(
          `^StatefulSet db: pod db-0 unschedulable: claim data-db-0 \\(storage class "${escaped(className)}"\\) is not bound: ProvisioningFailed: ${escaped(provisionerMessage)}(;|$)`,
        ),
      );
    });

    it('a claim of the app: fails on ProvisioningFailed, not at the no-progress timeout', async () => {
      const ns = await uniqueNamespace('pvc', [cluster()]);
      namespaces.push(ns);
      const { result, ms } = await deploy(ns, [
        { component: 'db', object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...claim('data', ns) } },
      ]);
      expect(ms).toBeLessThan(30_000);
      expect(result.clusters[0]?.reason).toMatch(
        new RegExp(
          `^PersistentVolumeClaim data: not bound \\(storage class "${escaped(className)}"\\): ProvisioningFailed: ${escaped(provisionerMessage)}(;|$)`,
        ),
      );
    });

    it('a storage class the cluster does not have is refused before any write, naming the component, the claim and the classes', async () => {
      // engine-ownership.test.ts checks a StatefulSet's claim template; this is a claim of the app itself.
      const ns = await uniqueNamespace('pvc-missing', [cluster()]);
      namespaces.push(ns);
      const { result, events, ms } = await deploy(ns, [
        {
          component: 'db',
          object: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', ...claim('data', ns, 'no-such-class') },
        },
      ]);
      expect(ms).toBeLessThan(30_000);
      expect(result.outcome).toBe('failed');
      expect(result.clusters[0]?.reason).toMatch(
        new RegExp(
          `^component db: PersistentVolumeClaim data asks for storage class "no-such-class", which the cluster does not have \\(storage classes: .*\\b${escaped(className)}\\b`,
        ),
      );
      expect(events.some((e) => e.type === 'object-applied')).toBe(false);
      const core = kubeConfigFor(cluster()).makeApiClient(k8s.CoreV1Api);
      expect((await core.listNamespacedPersistentVolumeClaim({ namespace: ns })).items).toEqual([]);
    });
  });

  it('an unschedulable pod waits longer while the cluster autoscaler scales up (its Normal TriggeredScaleUp event is seen)', async () => {
    const ns = await uniqueNamespace('scaleup', [cluster()]);
    namespaces.push(ns);
    const core = kubeConfigFor(cluster()).makeApiClient(k8s.CoreV1Api);
    const rendered = app(ns, 'none');
    const template = (rendered.objects[0]!.object['spec'] as { template: { spec: Record<string, unknown> } }).template;
    template.spec['nodeSelector'] = { 'testbed.k8deployer.io/no-such-node': 'true' };
    // Play the cluster autoscaler: a scale-up for each pod it sees pending.
    const reported = new Set<string>();
    const autoscaler = setInterval(() => {
      void core
        .listNamespacedPod({ namespace: ns })
        .then(async (list) => {
          for (const pod of list.items) {
            const name = pod.metadata?.name ?? '';
            if (reported.has(name)) continue;
            reported.add(name);
            await core.createNamespacedEvent({
              namespace: ns,
              body: {
                metadata: { name: `${name}.scaleup`, namespace: ns },
                involvedObject: { apiVersion: 'v1', kind: 'Pod', name, namespace: ns, uid: pod.metadata?.uid },
                type: 'Normal',
                reason: 'TriggeredScaleUp',
                message: 'pod triggered scale-up: [{pool-1 0->1 (max: 3)}]',
                source: { component: 'cluster-autoscaler' },
                firstTimestamp: new Date(),
                lastTimestamp: new Date(),
              },
            });
          }
        })
        .catch(() => undefined);
    }, 250);
    const { bus, events } = recorder();
    const started = Date.now();
    try {
      await runDeploy({
        targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered }],
        bus,
        options: engineOptions(settings),
        tuning: { leaseTtlSeconds: 5, thresholds: { unschedulableMs: 1_000, unschedulableScalingUpMs: 6_000 } },
        runId: 'scaleup',
      });
    } finally {
      clearInterval(autoscaler);
    }
    const failed = events.find((e) => e.type === 'object-failed');
    expect(failed?.type === 'object-failed' && failed.reason).toMatch(
      /unschedulable: .*\(the cluster autoscaler's scale-up did not help within 6 s\)$/,
    );
    expect(Date.now() - started).toBeGreaterThan(5_000);
  });
});
