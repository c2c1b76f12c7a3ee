// A ClusterPlan is a plain value: it survives JSON, and the graph rebuilt from it schedules the same order.
import { describe, expect, it } from 'vitest';
import { ChangeAction } from '../../../src/events.js';
import { graphOfPlan, ProblemKind, withoutSecretValues, type ClusterPlan } from '../../../src/plan/plan.js';

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' } });

const plan: ClusterPlan = {
  cluster: 'one',
  app: 'shop',
  namespace: 'shop',
  applySetId: 'applyset-abc-v1',
  objects: [
    { key: 'ConfigMap/shop/db', component: 'db', object: cm('db'), dependsOn: [], action: ChangeAction.Create },
    {
      key: 'ConfigMap/shop/api',
      component: 'api',
      object: cm('api'),
      options: { skipWait: true },
      dependsOn: ['ConfigMap/shop/db'],
      action: ChangeAction.Update,
      diff: '-a\n+b',
      problem: { kind: ProblemKind.Immutable, message: 'field is immutable' },
    },
    {
      key: 'ConfigMap/shop/web',
      component: 'web',
      object: cm('web'),
      dependsOn: ['ConfigMap/shop/api'],
      action: ChangeAction.Unchanged,
      live: { ...cm('web'), metadata: { name: 'web', namespace: 'shop', resourceVersion: '7' } },
    },
  ],
  components: [{ name: 'db', kind: 'service', depends: [], images: [], urls: [] }],
  prune: [cm('old')],
  inventory: { parentExists: true, revision: 3 },
  changes: [
    { component: 'db', ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'db' }, action: 'create' },
    {
      component: 'old',
      ref: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'old' },
      action: 'delete',
    },
  ],
  problems: ['ConfigMap/shop/api: field is immutable'],
};

describe('ClusterPlan', () => {
  it('round-trips through JSON.stringify / JSON.parse unchanged', () => {
    const copy = JSON.parse(JSON.stringify(plan)) as ClusterPlan;
    expect(copy).toEqual(plan);
  });

  it('rebuilds the same dependency graph from a plan read back from JSON', () => {
    const copy = JSON.parse(JSON.stringify(plan)) as ClusterPlan;
    const graph = graphOfPlan(copy);
    expect(graph.order().map((node) => node.key)).toEqual([
      'ConfigMap/shop/db',
      'ConfigMap/shop/api',
      'ConfigMap/shop/web',
    ]);
    expect([...(graph.nodes.get('ConfigMap/shop/db')?.dependents ?? [])]).toEqual(['ConfigMap/shop/api']);
    expect(graph.nodes.get('ConfigMap/shop/api')?.desired.options).toEqual({ skipWait: true });
  });
});

describe('withoutSecretValues', () => {
  it('replaces the values of Secrets in objects, live copies and the prune set', () => {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'shop' },
      data: { password: 'aHVudGVyMg==' },
      stringData: { token: 'hunter2' },
    };
    const withSecret: ClusterPlan = {
      ...plan,
      objects: [
        {
          key: 'Secret/shop/s',
          component: 'db',
          object: secret,
          dependsOn: [],
          action: ChangeAction.Unchanged,
          live: secret,
        },
      ],
      prune: [secret],
    };
    const text = JSON.stringify(withoutSecretValues(withSecret));
    expect(text).not.toMatch(/hunter2|aHVudGVyMg/);
    expect(text).toContain('"password":"(masked)"');
    expect(JSON.stringify(withSecret)).toMatch(/hunter2/);
  });
});
