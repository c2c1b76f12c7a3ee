import * as k8s from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/kube/object.js';
import { renderApp } from '../../src/render/index.js';
import { referencedFiles, resolveTargets } from '../../src/spec/load.js';
import { parseYamlSource, problemAt } from '../../src/spec/yaml-source.js';
import { deleteNamespace, kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

/**
 * The spec rules in src/spec/kubernetes-rules.ts claim to refuse what the API server would refuse, and nothing it
 * accepts. Both halves are checked against a real kube-apiserver with server-side dry runs: the values at the edge
 * of each rule are accepted, and each refused value, put into an otherwise valid rendered object, is refused.
 */
const [cluster] = testClusters();
const namespaces: string[] = [];
afterAll(async () => {
  for (const name of namespaces) await deleteNamespace(name).catch(() => undefined);
});

function client(): k8s.KubernetesObjectApi {
  if (!cluster) throw new Error('no cluster');
  return k8s.KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
}

/** The spec fields these mutations reach into, on whichever rendered kind holds them. */
interface RenderedSpec {
  replicas?: number;
  template: { metadata: object; spec: { containers: Record<string, unknown>[] } };
  rules: { host?: string }[];
}

function dryRun(object: object): Promise<unknown> {
  return client().patch(
    structuredClone(object),
    undefined,
    'All',
    'k8deployer-e2e',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
}

function apiError(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  return typeof body === 'string' ? body : JSON.stringify(body ?? String(error));
}

function render(spec: string, namespace: string): KubeObject[] {
  const document = parseYamlSource(spec, 'k8deployer.yaml');
  const objects: KubeObject[] = [];
  for (const target of resolveTargets(document, { namespaceOverride: namespace })) {
    const files = new Map(referencedFiles(target.spec).map((ref) => [ref.path, ''] as const));
    const rendered = renderApp(target, {
      files,
      env: {},
      missingSecrets: 'placeholder',
      problemAt: (pointer, message) => problemAt(document, pointer, message),
    });
    objects.push(...rendered.objects.map((desired) => desired.object));
  }
  return objects;
}

const long = (char: string, length: number) => char.repeat(length);

// Every value sits exactly on the edge of a rule in kubernetes-rules.ts / kubernetes-names.ts.
const edgeSpec = `app: edges
labels: {"example.com/${long('n', 63)}": "${long('v', 63)}", "a.b-c_d": ""}
annotations: {"${long('p', 60)}.example.com/note": "any text: with spaces\\nand lines"}
components:
  - name: ${long('s', 52)}
    kind: statefulset
    image: db:1
    ports: [{port: 5432, name: ${long('p', 15)}}]
  - name: ${long('c', 52)}
    kind: cronjob
    image: job:1
    schedule: "@daily"
  - name: ${long('w', 63)}
    image: web:1
    port: 8080
    replicas: 2147483647
    revisionHistoryLimit: 2147483647
    podLabels: {tier: front_end.v1}
    nodeSelector: {"kubernetes.io/os": linux}
    config:
      - {name: settings, mountPath: /etc/web, data: {".env": "A=1", "config_v1.yaml": "x: 1"}}
    ingress:
      hosts: ["*.edges.example.com", "${long('h', 63)}.example.com"]
`;

describe('spec validation agrees with a real kube-apiserver', () => {
  it('accepts the values at the edge of every rule, and so does the API server', async () => {
    const namespace = await uniqueNamespace('edges');
    namespaces.push(namespace);
    const objects = render(edgeSpec, namespace).filter((object) => object.kind !== 'Namespace');
    expect(objects.map((object) => object.kind)).toEqual(
      expect.arrayContaining(['StatefulSet', 'CronJob', 'Deployment', 'Service', 'Ingress', 'ConfigMap']),
    );
    for (const object of objects) {
      await dryRun(object).catch((error: unknown) => {
        throw new Error(`${object.kind}/${object.metadata.name} was refused: ${apiError(error)}`);
      });
    }
  });

  it('refuses what the API server refuses (each value in an otherwise valid object)', async () => {
    const namespace = await uniqueNamespace('refused');
    namespaces.push(namespace);
    const objects = render(edgeSpec, namespace);
    const find = (kind: string) => {
      const found = objects.find((object) => object.kind === kind);
      if (!found) throw new Error(`no ${kind} rendered`);
      return structuredClone(found) as KubeObject & { spec: RenderedSpec; data?: Record<string, string> };
    };
    const podSpec = (object: { spec: RenderedSpec }) => object.spec.template.spec;
    const deployment = () => find('Deployment');
    // What the Deployment's controller would create: pods are validated more strictly than pod templates.
    const pod = () => {
      const template = deployment().spec.template as { metadata: object; spec: object };
      return {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { ...template.metadata, name: 'probe', namespace },
        spec: structuredClone(template.spec),
      } as { spec: { containers: Record<string, unknown>[] } };
    };
    // Each: a refused value in an otherwise valid object, and (for values the API server does not refuse outright)
    // what it does instead. A Service named like `1web` is left out: API servers since the relaxed Service name
    // validation accept it, older ones do not, and the spec keeps the rule that holds on every cluster.
    const mutations: { name: string; object: () => object; keptAsWritten?: (stored: unknown) => boolean }[] = [
      {
        name: 'a label key with a space',
        object: () => ({ ...deployment(), metadata: { ...deployment().metadata, labels: { 'team name': 'x' } } }),
      },
      {
        name: 'a label value of 64 characters',
        object: () => ({ ...deployment(), metadata: { ...deployment().metadata, labels: { team: long('v', 64) } } }),
      },
      {
        name: 'an annotation key with a newline',
        object: () => ({ ...deployment(), metadata: { ...deployment().metadata, annotations: { 'a\nb': 'x' } } }),
      },
      // Not refused: silently stored as 0 replicas, an outage nobody asked for.
      {
        name: 'replicas past int32',
        object: () => ({ ...deployment(), spec: { ...deployment().spec, replicas: 1e20 } }),
        keptAsWritten: (stored) => (stored as { spec?: { replicas?: unknown } } | null)?.spec?.replicas === 1e20,
      },
      {
        name: 'an ingress host with a newline',
        object: () => {
          const ingress = find('Ingress');
          ingress.spec.rules[0]!.host = 'shop.example.com\nevil.example.com';
          return ingress;
        },
      },
      {
        name: 'an ingress host that is an IP address',
        object: () => {
          const ingress = find('Ingress');
          ingress.spec.rules[0]!.host = '10.0.0.1';
          return ingress;
        },
      },
      {
        name: 'a cronjob name of 53 characters',
        object: () => ({ ...find('CronJob'), metadata: { ...find('CronJob').metadata, name: long('c', 53) } }),
      },
      { name: 'a ConfigMap data key with a slash', object: () => ({ ...find('ConfigMap'), data: { 'a/b': 'x' } }) },
      {
        name: 'a secret reference in upper case',
        object: () => {
          const object = deployment();
          podSpec(object).containers[0]!.env = [
            { name: 'P', valueFrom: { secretKeyRef: { name: 'DB_Secret', key: 'p' } } },
          ];
          return object;
        },
      },
      {
        name: 'an image with a trailing newline (in the pod the controller creates)',
        object: () => {
          const object = pod();
          object.spec.containers[0]!.image = 'web:1\n';
          return object;
        },
      },
      {
        name: 'a probe port of 70000',
        object: () => {
          const object = deployment();
          podSpec(object).containers[0]!.readinessProbe = { tcpSocket: { port: 70000 } };
          return object;
        },
      },
    ];
    // Control: unchanged, the pod is accepted (its ServiceAccount stored), so a refusal below is the mutation's.
    for (const account of objects.filter((object) => object.kind === 'ServiceAccount')) {
      await client().patch(
        structuredClone(account),
        undefined,
        undefined,
        'k8deployer-e2e',
        true,
        k8s.PatchStrategy.ServerSideApply,
      );
    }
    await dryRun(pod()).catch((error: unknown) => {
      throw new Error(`the unchanged pod was refused: ${apiError(error)}`);
    });
    const accepted: string[] = [];
    for (const mutation of mutations) {
      const stored = await dryRun(mutation.object()).then(
        (result) => result,
        () => undefined,
      );
      if (stored !== undefined && (mutation.keptAsWritten?.(stored) ?? true)) accepted.push(mutation.name);
    }
    expect(accepted, 'the API server kept values the spec validation refuses').toEqual([]);
  });
});
