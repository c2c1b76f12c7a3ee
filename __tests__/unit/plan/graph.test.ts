import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import type { DependencyGraph } from '../../../src/plan/graph.js';
import { buildGraph, findCycle } from '../../../src/plan/graph.js';
import type { ComponentInfo, DesiredObject } from '../../../src/render/types.js';

const ns = 'shop';
const obj = (
  kind: string,
  name: string,
  extra: Record<string, unknown> = {},
  apiVersion = 'v1',
  namespace: string | null = ns,
): KubeObject => ({
  apiVersion,
  kind,
  metadata: namespace ? { name, namespace } : { name },
  ...extra,
});
const desired = (component: string, object: KubeObject): DesiredObject => ({ component, object });
const component = (name: string, depends: string[] = []): ComponentInfo => ({
  name,
  kind: 'service',
  depends,
  images: [],
  urls: [],
});
const deps = (graph: DependencyGraph, key: string) => [...(graph.nodes.get(key)?.dependsOn ?? [])].sort();

const deployment = (name: string, podSpec: Record<string, unknown>) =>
  obj('Deployment', name, { spec: { template: { spec: podSpec } } }, 'apps/v1');

describe('buildGraph', () => {
  it('puts namespaced objects after their Namespace', () => {
    const graph = buildGraph([desired('a', obj('Namespace', ns, {}, 'v1', null)), desired('a', obj('ConfigMap', 'c'))]);
    expect(deps(graph, 'ConfigMap/shop/c')).toEqual(['Namespace/shop']);
  });

  it('puts custom resources after their CRD', () => {
    const crd = obj(
      'CustomResourceDefinition',
      'widgets.example.com',
      { spec: { group: 'example.com', names: { kind: 'Widget' } } },
      'apiextensions.k8s.io/v1',
      null,
    );
    const graph = buildGraph([desired('a', crd), desired('a', obj('Widget', 'w', {}, 'example.com/v1'))]);
    expect(deps(graph, 'Widget/shop/w')).toEqual(['CustomResourceDefinition/widgets.example.com']);
  });

  it('puts a RoleBinding after its Role', () => {
    const graph = buildGraph([
      desired('a', obj('Role', 'reader', {}, 'rbac.authorization.k8s.io/v1')),
      desired(
        'b',
        obj('RoleBinding', 'rb', { roleRef: { kind: 'Role', name: 'reader' } }, 'rbac.authorization.k8s.io/v1'),
      ),
    ]);
    expect(deps(graph, 'RoleBinding/shop/rb')).toEqual(['Role/shop/reader']);
  });

  it('puts workloads after the config, accounts and claims they reference', () => {
    const graph = buildGraph([
      desired('other', obj('ConfigMap', 'settings')),
      desired('other', obj('Secret', 'creds')),
      desired('other', obj('ServiceAccount', 'runner')),
      desired('other', obj('PersistentVolumeClaim', 'data')),
      desired('other', obj('ConfigMap', 'unrelated')),
      desired(
        'api',
        deployment('api', {
          serviceAccountName: 'runner',
          volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }],
          containers: [
            {
              name: 'app',
              envFrom: [{ configMapRef: { name: 'settings' } }],
              env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'creds', key: 'k' } } }],
            },
          ],
        }),
      ),
    ]);
    expect(deps(graph, 'Deployment/shop/api')).toEqual([
      'ConfigMap/shop/settings',
      'PersistentVolumeClaim/shop/data',
      'Secret/shop/creds',
      'ServiceAccount/shop/runner',
    ]);
  });

  it('puts workloads after the inputs of their own component and bindings of their account', () => {
    const graph = buildGraph([
      desired('api', obj('ConfigMap', 'api-generated')),
      desired(
        'rbac',
        obj(
          'RoleBinding',
          'rb',
          { roleRef: { kind: 'Role', name: 'r' }, subjects: [{ kind: 'ServiceAccount', name: 'default' }] },
          'rbac.authorization.k8s.io/v1',
        ),
      ),
      desired('api', deployment('api', { containers: [{ name: 'app' }] })),
    ]);
    expect(deps(graph, 'Deployment/shop/api')).toEqual(['ConfigMap/shop/api-generated', 'RoleBinding/shop/rb']);
  });

  it('adds component depends: every object of the dependency', () => {
    const graph = buildGraph(
      [
        desired('db', obj('ConfigMap', 'db1')),
        desired('db', obj('Service', 'db2')),
        desired('api', obj('ConfigMap', 'api')),
      ],
      [component('db'), component('api', ['db'])],
    );
    expect(deps(graph, 'ConfigMap/shop/api')).toEqual(['ConfigMap/shop/db1', 'Service/shop/db2']);
    expect(graph.depth()).toBe(2);
  });

  it('rejects depends on an unknown component', () => {
    expect(() => buildGraph([desired('api', obj('ConfigMap', 'a'))], [component('api', ['nope'])])).toThrow(
      /unknown component nope/,
    );
  });

  it('rejects the same object twice', () => {
    expect(() => buildGraph([desired('a', obj('ConfigMap', 'a')), desired('b', obj('ConfigMap', 'a'))])).toThrow(
      /twice/,
    );
  });

  it('orders dependencies first', () => {
    const graph = buildGraph(
      [
        desired('web', obj('ConfigMap', 'web')),
        desired('api', obj('ConfigMap', 'api')),
        desired('db', obj('ConfigMap', 'db')),
      ],
      [component('web', ['api']), component('api', ['db']), component('db')],
    );
    expect(graph.order().map((node) => node.key)).toEqual([
      'ConfigMap/shop/db',
      'ConfigMap/shop/api',
      'ConfigMap/shop/web',
    ]);
    expect(graph.depth()).toBe(3);
  });

  it('detects and names a cycle', () => {
    const graph = buildGraph(
      [desired('a', obj('ConfigMap', 'a')), desired('b', obj('ConfigMap', 'b'))],
      [component('a', ['b']), component('b', ['a'])],
    );
    expect(findCycle(graph)).toEqual(['ConfigMap/shop/a', 'ConfigMap/shop/b', 'ConfigMap/shop/a']);
    expect(() => graph.order()).toThrow(
      /dependency cycle: ConfigMap\/shop\/a → ConfigMap\/shop\/b → ConfigMap\/shop\/a/,
    );
  });
});
