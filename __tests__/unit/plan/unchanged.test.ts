// provablyUnchanged: when the live object's own field ownership proves an apply would change nothing. The live
// objects below have the shape a real API server returns after `PATCH ...?fieldManager=k8deployer` with an
// apply-patch (the e2e test __tests__/e2e/engine-drift.test.ts checks the same against a real cluster, drift made
// with kubectl included). Every case where the proof does not hold must answer false: the caller then dry-runs.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { provablyUnchanged } from '../../../src/plan/unchanged.js';

const label = { 'applyset.kubernetes.io/part-of': 'applyset-x-v1' };

const desiredDeployment = (): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'api', namespace: 'shop', labels: { ...label } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'api' } },
    template: {
      metadata: { labels: { app: 'api' } },
      spec: {
        containers: [
          {
            name: 'app',
            image: 'shop/api:1',
            args: ['--port', '8080'],
            ports: [{ containerPort: 8080 }],
            envFrom: [{ configMapRef: { name: 'api-config' } }],
          },
        ],
      },
    },
  },
});

const ourFields = {
  'f:metadata': { 'f:labels': { 'f:applyset.kubernetes.io/part-of': {} } },
  'f:spec': {
    'f:replicas': {},
    'f:selector': {},
    'f:template': {
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': {
        'f:containers': {
          'k:{"name":"app"}': {
            '.': {},
            'f:args': {},
            'f:envFrom': {},
            'f:image': {},
            'f:name': {},
            'f:ports': { 'k:{"containerPort":8080,"protocol":"TCP"}': { '.': {}, 'f:containerPort': {} } },
          },
        },
      },
    },
  },
};

const liveDeployment = (fields: unknown = ourFields, extra: (live: KubeObject) => void = () => undefined) => {
  const live: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: 'api',
      namespace: 'shop',
      uid: 'u-1',
      resourceVersion: '812',
      generation: 1,
      creationTimestamp: '2026-01-01T00:00:00Z',
      labels: { ...label },
      annotations: { 'deployment.kubernetes.io/revision': '1' },
      managedFields: [
        {
          manager: 'k8deployer',
          operation: 'Apply',
          apiVersion: 'apps/v1',
          time: '2026-01-01T00:00:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: fields,
        },
        {
          manager: 'kube-controller-manager',
          operation: 'Update',
          apiVersion: 'apps/v1',
          time: '2026-01-01T00:00:05Z',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:annotations': { '.': {}, 'f:deployment.kubernetes.io/revision': {} } } },
          subresource: 'status',
        },
      ],
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'api' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: {
        metadata: { labels: { app: 'api' } },
        spec: {
          containers: [
            {
              name: 'app',
              image: 'shop/api:1',
              args: ['--port', '8080'],
              ports: [{ containerPort: 8080, protocol: 'TCP' }],
              envFrom: [{ configMapRef: { name: 'api-config' } }],
              resources: {},
              terminationMessagePath: '/dev/termination-log',
              imagePullPolicy: 'IfNotPresent',
            },
          ],
          restartPolicy: 'Always',
          dnsPolicy: 'ClusterFirst',
        },
      },
    },
    status: { replicas: 2, readyReplicas: 2, observedGeneration: 1 },
  };
  extra(live);
  return live;
};

/** Plain JSON edits at a dotted path (`spec.template.spec.containers.0.image`), for the cases below. */
type Json = Record<string, unknown>;
function parentOf(object: unknown, path: string): [Json, string] {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  let node = object as Json;
  for (const key of keys) node = node[key] as Json;
  return [node, last];
}
function set(object: unknown, path: string, value: unknown): void {
  const [node, key] = parentOf(object, path);
  node[key] = value;
}
function remove(object: unknown, path: string): void {
  const [node, key] = parentOf(object, path);
  delete node[key];
}
const container = 'spec.template.spec.containers.0';
const ourContainerFields = 'f:spec.f:template.f:spec.f:containers.k:{"name":"app"}';

describe('provably unchanged from field ownership', () => {
  it('holds when our apply entry owns exactly the desired fields and each live value is the desired one', () => {
    expect(provablyUnchanged(desiredDeployment(), liveDeployment())).toBe(true);
  });

  it('ignores server defaults and fields other managers own (status, annotations of the controller)', () => {
    const live = liveDeployment(ourFields, (object) => {
      object.metadata.labels = { ...label, team: 'payments' };
    });
    expect(provablyUnchanged(desiredDeployment(), live)).toBe(true);
  });

  it('fails when the desired value changed (image, an atomic list, a replica count)', () => {
    const image = desiredDeployment();
    set(image, `${container}.image`, 'shop/api:2');
    expect(provablyUnchanged(image, liveDeployment())).toBe(false);
    const args = desiredDeployment();
    set(args, `${container}.args`, ['--port', '9090']);
    expect(provablyUnchanged(args, liveDeployment())).toBe(false);
    const replicas = desiredDeployment();
    set(replicas, 'spec.replicas', 3);
    expect(provablyUnchanged(replicas, liveDeployment())).toBe(false);
  });

  it('fails when someone else changed a field of ours (it left our entry, as `kubectl edit` or `scale` does)', () => {
    const edited = structuredClone(ourFields);
    remove(edited, 'f:spec.f:replicas');
    const live = liveDeployment(edited, (object) => set(object, 'spec.replicas', 5));
    expect(provablyUnchanged(desiredDeployment(), live)).toBe(false);
  });

  it('fails when a live value differs even though our entry still lists the field', () => {
    const live = liveDeployment(ourFields, (object) => set(object, `${container}.image`, 'shop/api:hacked'));
    expect(provablyUnchanged(desiredDeployment(), live)).toBe(false);
  });

  it('fails when the desired set dropped a field we own (the apply would remove it)', () => {
    const desired = desiredDeployment();
    remove(desired, `${container}.args`);
    expect(provablyUnchanged(desired, liveDeployment())).toBe(false);
  });

  it('fails when a field is new in the desired set, or a list item was added', () => {
    const added = desiredDeployment();
    set(added, 'spec.minReadySeconds', 5);
    expect(provablyUnchanged(added, liveDeployment())).toBe(false);
    const port = desiredDeployment();
    set(port, `${container}.ports.1`, { containerPort: 9090 });
    expect(provablyUnchanged(port, liveDeployment())).toBe(false);
  });

  it('fails without our apply entry, with two of them, at another apiVersion, or while being deleted', () => {
    const none = liveDeployment();
    none.metadata['managedFields'] = [];
    expect(provablyUnchanged(desiredDeployment(), none)).toBe(false);
    const twice = liveDeployment();
    const entries = twice.metadata['managedFields'] as Record<string, unknown>[];
    entries.push({ ...entries[0], apiVersion: 'apps/v1beta2' });
    expect(provablyUnchanged(desiredDeployment(), twice)).toBe(false);
    const version = liveDeployment();
    (version.metadata['managedFields'] as Record<string, unknown>[])[0]!['apiVersion'] = 'apps/v1beta2';
    expect(provablyUnchanged(desiredDeployment(), version)).toBe(false);
    const deleting = liveDeployment(ourFields, (object) => {
      object.metadata['deletionTimestamp'] = '2026-01-01T00:01:00Z';
    });
    expect(provablyUnchanged(desiredDeployment(), deleting)).toBe(false);
  });

  it('answers false on what it cannot match exactly: a normalised quantity, a null, a stringData', () => {
    const quantity = desiredDeployment();
    set(quantity, `${container}.resources`, { limits: { cpu: '0.5' } });
    const fields = structuredClone(ourFields);
    set(fields, `${ourContainerFields}.f:resources`, { 'f:limits': { 'f:cpu': {} } });
    const live = liveDeployment(fields, (object) => set(object, `${container}.resources`, { limits: { cpu: '500m' } }));
    expect(provablyUnchanged(quantity, live)).toBe(false);
    const nulled = desiredDeployment();
    set(nulled, 'spec.strategy', null);
    expect(provablyUnchanged(nulled, liveDeployment())).toBe(false);
    const secret: KubeObject = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'shop', labels: { ...label } },
      stringData: { password: 'x' },
    };
    const liveSecret: KubeObject = {
      ...secret,
      metadata: {
        ...secret.metadata,
        managedFields: [
          {
            manager: 'k8deployer',
            operation: 'Apply',
            apiVersion: 'v1',
            fieldsType: 'FieldsV1',
            fieldsV1: {
              'f:metadata': { 'f:labels': { 'f:applyset.kubernetes.io/part-of': {} } },
              'f:stringData': { 'f:password': {} },
            },
          },
        ],
      },
      stringData: undefined,
      data: { password: 'eA==' },
      type: 'Opaque',
    };
    delete liveSecret['stringData'];
    expect(provablyUnchanged(secret, liveSecret)).toBe(false);
  });

  it('matches set lists (`v:` entries) and a list-map item whose key field the server defaulted', () => {
    const desired: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'api', namespace: 'shop', labels: { ...label }, finalizers: ['example.com/keep'] },
      spec: { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    const live: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'api',
        namespace: 'shop',
        labels: { ...label },
        finalizers: ['example.com/keep'],
        managedFields: [
          {
            manager: 'k8deployer',
            operation: 'Apply',
            apiVersion: 'v1',
            fieldsType: 'FieldsV1',
            fieldsV1: {
              'f:metadata': {
                'f:finalizers': { 'v:"example.com/keep"': {} },
                'f:labels': { 'f:applyset.kubernetes.io/part-of': {} },
              },
              'f:spec': {
                'f:ports': { 'k:{"port":80,"protocol":"TCP"}': { '.': {}, 'f:port': {}, 'f:targetPort': {} } },
                'f:selector': {},
              },
            },
          },
        ],
      },
      spec: {
        clusterIP: '10.0.0.12',
        selector: { app: 'api' },
        ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
        type: 'ClusterIP',
      },
    };
    expect(provablyUnchanged(desired, live)).toBe(true);
    const retargeted = structuredClone(desired);
    set(retargeted, 'spec.ports.0.targetPort', 'http');
    expect(provablyUnchanged(retargeted, live)).toBe(false);
    const finalizer = structuredClone(desired);
    finalizer.metadata['finalizers'] = ['example.com/other'];
    expect(provablyUnchanged(finalizer, live)).toBe(false);
  });
});

describe('what storage drops', () => {
  it('an empty list we own that the server did not store (NetworkPolicy `ingress: []`) is unchanged', () => {
    const desired: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'worker', namespace: 'shop', labels: { ...label } },
      spec: { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Ingress'], ingress: [] },
    };
    const fields = {
      'f:metadata': { 'f:labels': { 'f:applyset.kubernetes.io/part-of': {} } },
      'f:spec': { 'f:ingress': {}, 'f:podSelector': {}, 'f:policyTypes': {} },
    };
    const live: KubeObject = {
      ...structuredClone(desired),
      metadata: {
        ...structuredClone(desired.metadata),
        managedFields: [
          {
            manager: 'k8deployer',
            operation: 'Apply',
            apiVersion: 'networking.k8s.io/v1',
            fieldsType: 'FieldsV1',
            fieldsV1: fields,
          },
        ],
      },
      spec: { podSelector: { matchLabels: { app: 'worker' } }, policyTypes: ['Ingress'] },
    };
    expect(provablyUnchanged(desired, live)).toBe(true);
    // Not a non-empty one: that absence would be a change.
    const rule = structuredClone(desired);
    set(rule, 'spec.ingress', [{}]);
    expect(provablyUnchanged(rule, live)).toBe(false);
  });
});
