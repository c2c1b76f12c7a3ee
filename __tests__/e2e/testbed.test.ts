// End-to-end checks of the local test bed itself: real API server behaviour (server-side apply, controllers,
// scheduler) plus what kwok was told to simulate. If these fail, every other e2e test is suspect.
import * as k8s from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMPLETE_DELAY,
  FAULT,
  READY_DELAY,
  STORAGE_CLASS,
  deleteNamespace,
  kubeConfigFor,
  kubectl,
  testClusters,
  uniqueNamespace,
  waitFor,
  type TestCluster,
} from './testbed.js';

const FIELD_MANAGER = 'k8deployer-e2e';
const namespaces: string[] = [];

afterAll(async () => {
  await Promise.all(namespaces.map((ns) => deleteNamespace(ns)));
});

async function freshNamespace(prefix: string): Promise<string> {
  const ns = await uniqueNamespace(prefix);
  namespaces.push(ns);
  return ns;
}

function apply<T extends k8s.KubernetesObject>(cluster: TestCluster, object: T): Promise<T> {
  const api = k8s.KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
  return api.patch(object, undefined, undefined, FIELD_MANAGER, true, k8s.PatchStrategy.ServerSideApply);
}

function deployment(
  namespace: string,
  name: string,
  replicas: number,
  podMeta: { labels?: Record<string, string>; annotations?: Record<string, string> } = {},
): k8s.V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name, ...podMeta.labels }, annotations: podMeta.annotations },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'registry.example.com/web:1.0',
              ports: [{ name: 'http', containerPort: 8080 }],
              resources: { requests: { cpu: '100m', memory: '64Mi' } },
            },
          ],
        },
      },
    },
  };
}

async function waitAvailable(cluster: TestCluster, namespace: string, name: string, replicas: number) {
  const apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);
  return waitFor(`Deployment ${namespace}/${name} Available on ${cluster.name}`, async () => {
    const d = await apps.readNamespacedDeployment({ name, namespace });
    const available = d.status?.conditions?.find((c) => c.type === 'Available')?.status === 'True';
    const done =
      available &&
      d.status?.observedGeneration === d.metadata?.generation &&
      d.status?.readyReplicas === replicas &&
      d.status?.updatedReplicas === replicas &&
      d.status?.availableReplicas === replicas;
    return done ? d : undefined;
  });
}

async function podsOf(cluster: TestCluster, namespace: string, selector: string): Promise<k8s.V1Pod[]> {
  const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
  return (await core.listNamespacedPod({ namespace, labelSelector: selector })).items;
}

describe('local test bed', () => {
  it('server-side applies a Deployment and a Service; kwok runs the pods and the Deployment becomes Available', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const ns = await freshNamespace('ssa');

    const applied = await apply(cluster, deployment(ns, 'web', 3, { annotations: { [READY_DELAY]: '2s' } }));
    expect(applied.metadata?.managedFields?.some((f) => f.manager === FIELD_MANAGER && f.operation === 'Apply')).toBe(
      true,
    );
    const service = await apply<k8s.V1Service>(cluster, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: ns },
      spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    });
    expect(service.spec?.clusterIP).toMatch(/^10\.96\.\d+\.\d+$/);

    // Not ready before the per-pod ready delay has passed.
    const apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);
    const early = await apps.readNamespacedDeployment({ name: 'web', namespace: ns });
    expect(early.status?.readyReplicas ?? 0).toBe(0);

    const d = await waitAvailable(cluster, ns, 'web', 3);
    expect(d.status?.readyReplicas).toBe(3);

    const pods = await podsOf(cluster, ns, 'app=web');
    expect(pods).toHaveLength(3);
    for (const pod of pods) {
      expect(pod.spec?.nodeName).toMatch(/^kwok-node-/); // placed by the real scheduler
      expect(pod.status?.phase).toBe('Running');
      expect(pod.status?.podIP).toMatch(/^10\.244\./);
      expect(pod.status?.containerStatuses?.[0]?.state?.running).toBeDefined();
      const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.lastTransitionTime;
      const ready = pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime;
      // Timestamps have 1 s resolution: a 2 s delay shows as at least 1 s.
      expect(new Date(ready!).getTime() - new Date(scheduled!).getTime()).toBeGreaterThanOrEqual(1000);
    }

    // The EndpointSlice controller (kube-controller-manager) publishes the ready pods behind the Service.
    const discovery = kubeConfigFor(cluster).makeApiClient(k8s.DiscoveryV1Api);
    await waitFor('EndpointSlice with 3 ready endpoints', async () => {
      const slices = await discovery.listNamespacedEndpointSlice({
        namespace: ns,
        labelSelector: 'kubernetes.io/service-name=web',
      });
      const ready = slices.items.flatMap((s) => s.endpoints ?? []).filter((e) => e.conditions?.ready);
      return ready.length === 3;
    });

    // Re-applying the same intent is a no-op (same generation); a changed intent rolls out again.
    const again = await apply(cluster, deployment(ns, 'web', 3, { annotations: { [READY_DELAY]: '2s' } }));
    expect(again.metadata?.generation).toBe(d.metadata?.generation);
    await apply(cluster, deployment(ns, 'web', 2));
    await waitAvailable(cluster, ns, 'web', 2);
  });

  it('simulates ImagePullBackOff and CrashLoopBackOff for pods that ask for it (annotation or label)', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const ns = await freshNamespace('faults');
    const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
    const apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);

    await apply(cluster, deployment(ns, 'pull', 1, { annotations: { [FAULT]: 'image-pull' } }));
    await apply(cluster, deployment(ns, 'crash', 1, { labels: { [FAULT]: 'crashloop' } }));

    const pullPod = await waitFor('ImagePullBackOff pod', async () => {
      const [pod] = await podsOf(cluster, ns, 'app=pull');
      return pod?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff' ? pod : undefined;
    });
    expect(pullPod.status?.phase).toBe('Pending');
    expect(pullPod.status?.containerStatuses?.[0]?.ready).toBe(false);
    expect(pullPod.status?.containerStatuses?.[0]?.state?.waiting?.message).toContain('registry.example.com/web:1.0');

    const crashPod = await waitFor('CrashLoopBackOff pod', async () => {
      const [pod] = await podsOf(cluster, ns, 'app=crash');
      return pod?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff' ? pod : undefined;
    });
    const status = crashPod.status?.containerStatuses?.[0];
    expect(crashPod.status?.phase).toBe('Running');
    expect(status?.ready).toBe(false);
    expect(status?.restartCount).toBeGreaterThanOrEqual(1);
    expect(status?.lastState?.terminated?.exitCode).toBe(1);
    expect(status?.lastState?.terminated?.reason).toBe('Error');

    // Warning events on the pods, like a kubelet would emit.
    const events = await waitFor('Warning events for both pods', async () => {
      const list = (await core.listNamespacedEvent({ namespace: ns })).items.filter((e) => e.type === 'Warning');
      const names = new Set(list.map((e) => e.involvedObject.name));
      return names.has(pullPod.metadata!.name) && names.has(crashPod.metadata!.name) ? list : undefined;
    });
    expect(events.find((e) => e.involvedObject.name === pullPod.metadata!.name)?.message).toContain('ImagePullBackOff');
    expect(events.find((e) => e.involvedObject.name === crashPod.metadata!.name)?.reason).toBe('BackOff');

    // The Deployments never become Available, and kwok leaves the faulty pods in their state.
    await new Promise((r) => setTimeout(r, 2000));
    for (const name of ['pull', 'crash']) {
      const d = await apps.readNamespacedDeployment({ name, namespace: ns });
      expect(d.status?.readyReplicas ?? 0).toBe(0);
      expect(d.status?.conditions?.find((c) => c.type === 'Available')?.status).toBe('False');
    }
    const [stillPulling] = await podsOf(cluster, ns, 'app=pull');
    expect(stillPulling?.status?.containerStatuses?.[0]?.state?.waiting?.reason).toBe('ImagePullBackOff');
  });

  it('completes (or fails) Jobs, binds PVCs and gives LoadBalancer Services an address', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const ns = await freshNamespace('extras');
    const kc = kubeConfigFor(cluster);
    const batch = kc.makeApiClient(k8s.BatchV1Api);
    const core = kc.makeApiClient(k8s.CoreV1Api);

    await apply<k8s.V1Job>(cluster, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: ns },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: { annotations: { [COMPLETE_DELAY]: '1s' } },
          spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'registry.example.com/migrate:1' }] },
        },
      },
    });
    await apply<k8s.V1Job>(cluster, {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'broken', namespace: ns },
      spec: {
        backoffLimit: 0,
        template: {
          metadata: { labels: { [FAULT]: 'fail' } },
          spec: { restartPolicy: 'Never', containers: [{ name: 'broken', image: 'registry.example.com/migrate:1' }] },
        },
      },
    });
    await apply<k8s.V1PersistentVolumeClaim>(cluster, {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: ns },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    });
    await apply<k8s.V1Service>(cluster, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'public', namespace: ns },
      spec: { type: 'LoadBalancer', selector: { app: 'x' }, ports: [{ port: 80 }] },
    });

    const job = await waitFor('Job Complete', async () => {
      const j = await batch.readNamespacedJob({ name: 'migrate', namespace: ns });
      return j.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True') ? j : undefined;
    });
    expect(job.status?.succeeded).toBe(1);
    const [jobPod] = await podsOf(cluster, ns, 'job-name=migrate');
    expect(jobPod?.status?.phase).toBe('Succeeded');

    const broken = await waitFor('Job Failed', async () => {
      const j = await batch.readNamespacedJob({ name: 'broken', namespace: ns });
      return j.status?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True') ? j : undefined;
    });
    expect(broken.status?.failed).toBe(1);
    const [brokenPod] = await podsOf(cluster, ns, 'job-name=broken');
    expect(brokenPod?.status?.phase).toBe('Failed');
    expect(brokenPod?.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(1);

    const pvc = await waitFor('PVC Bound', async () => {
      const p = await core.readNamespacedPersistentVolumeClaim({ name: 'data', namespace: ns });
      return p.status?.phase === 'Bound' ? p : undefined;
    });
    expect(pvc.spec?.storageClassName).toBe(STORAGE_CLASS); // the default StorageClass was filled in
    const pv = await core.readPersistentVolume({ name: pvc.spec!.volumeName! });
    expect(pv.spec?.claimRef?.name).toBe('data');

    const lb = await waitFor('LoadBalancer ingress', async () => {
      const s = await core.readNamespacedService({ name: 'public', namespace: ns });
      return s.status?.loadBalancer?.ingress?.length ? s : undefined;
    });
    expect(lb.status?.loadBalancer?.ingress?.[0]?.ip).toBe('127.0.0.1');
  });

  it('runs two independent clusters at once', async () => {
    const clusters = testClusters();
    expect(clusters.length).toBeGreaterThanOrEqual(2);
    const two = clusters.slice(0, 2);
    const servers = two.map((c) => kubeConfigFor(c).getCurrentCluster()?.server);
    expect(new Set(servers).size).toBe(2);

    // Namespaces exist per cluster: one created only on the first cluster is absent on the second.
    const only = await uniqueNamespace('only-first', two[0]);
    namespaces.push(only);
    await expect(
      kubeConfigFor(two[1]!).makeApiClient(k8s.CoreV1Api).readNamespace({ name: only }),
    ).rejects.toMatchObject({ code: 404 });

    const ns = await freshNamespace('multi');
    const results = await Promise.all(
      two.map(async (cluster, i) => {
        await apply(cluster, deployment(ns, 'api', 2 + i));
        return waitAvailable(cluster, ns, 'api', 2 + i);
      }),
    );
    expect(results.map((d) => d.status?.readyReplicas)).toEqual([2, 3]);
    expect(results[0]!.metadata?.uid).not.toBe(results[1]!.metadata?.uid);
  });

  it('ships a kubectl of the same version that can server-side apply', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const ns = await freshNamespace('kubectl');
    const version = JSON.parse(await kubectl(cluster, ['version', '-o', 'json'])) as {
      clientVersion: { gitVersion: string };
      serverVersion: { gitVersion: string };
    };
    expect(version.serverVersion.gitVersion).toMatch(/^v1\.\d+\.\d+$/);
    expect(version.clientVersion.gitVersion).toBe(version.serverVersion.gitVersion);

    const manifest = JSON.stringify({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: ns },
      data: { mode: 'e2e' },
    });
    const out = await kubectl(
      cluster,
      ['apply', '--server-side', '--field-manager', FIELD_MANAGER, '-f', '-'],
      manifest,
    );
    expect(out).toContain('configmap/settings serverside-applied');
    const cm = await kubeConfigFor(cluster)
      .makeApiClient(k8s.CoreV1Api)
      .readNamespacedConfigMap({ name: 'settings', namespace: ns });
    expect(cm.data).toEqual({ mode: 'e2e' });
  });
});
