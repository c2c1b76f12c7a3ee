// The permission pre-check's pure core: which permissions a deploy needs, which RBAC rules allow them, and the one
// message that names every missing one with the fix that fits. (The reviews themselves run against the real
// clusters in __tests__/e2e/permissions.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  forbiddenMessage,
  notAllowedBy,
  requiredPermissions,
  ruleAllows,
  type Permission,
  type ResourceOf,
} from '../../../src/plan/permissions.js';

const deployments: ResourceOf = { apiVersion: 'apps/v1', plural: 'deployments', namespaced: true };
const services: ResourceOf = { apiVersion: 'v1', plural: 'services', namespaced: true };
const clusterRoles: ResourceOf = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  plural: 'clusterroles',
  namespaced: false,
};
const verbsOf = (needs: Permission[], resource: string, namespace?: string) =>
  needs.filter((need) => need.resource === resource && need.namespace === namespace).map((need) => need.verb);

describe('requiredPermissions', () => {
  const needs = requiredPermissions({
    namespace: 'shop',
    objects: [
      { resource: deployments, kind: 'Deployment', exists: false },
      { resource: services, kind: 'Service', exists: true },
      { resource: clusterRoles, kind: 'ClusterRole', exists: false },
    ],
    prune: [{ resource: { apiVersion: 'v1', plural: 'configmaps', namespaced: true } }],
    namespaceObject: { exists: false, managed: false },
  });

  it('asks create and patch for a new object (server-side apply creates through a patch), patch for an existing one', () => {
    expect(verbsOf(needs, 'deployments', 'shop')).toEqual(expect.arrayContaining(['create', 'get', 'patch']));
    expect(verbsOf(needs, 'services', 'shop')).toEqual(expect.arrayContaining(['get', 'patch']));
    expect(verbsOf(needs, 'services', 'shop')).not.toContain('create');
  });

  it('asks what tracking watches: the kind itself, a workload pods, events and ReplicaSets', () => {
    expect(verbsOf(needs, 'deployments', 'shop')).toEqual(expect.arrayContaining(['list', 'watch']));
    expect(verbsOf(needs, 'pods', 'shop').sort()).toEqual(['list', 'watch']);
    expect(verbsOf(needs, 'events', 'shop').sort()).toEqual(['list', 'watch']);
    expect(verbsOf(needs, 'replicasets', 'shop').sort()).toEqual(['list', 'watch']);
  });

  it('asks what k8deployer itself writes: the lease and the ApplySet parent in the app namespace', () => {
    expect(verbsOf(needs, 'leases', 'shop').sort()).toEqual(['create', 'delete', 'get', 'patch', 'update']);
    expect(verbsOf(needs, 'secrets', 'shop').sort()).toEqual(['create', 'get', 'update']);
  });

  it('asks cluster-scoped kinds cluster-wide, delete for what a prune removes, and create for a missing namespace', () => {
    expect(verbsOf(needs, 'clusterroles')).toEqual(expect.arrayContaining(['create', 'patch']));
    expect(verbsOf(needs, 'configmaps', 'shop')).toEqual(['delete']);
    expect(verbsOf(needs, 'namespaces')).toEqual(['create']);
    expect(needs.find((need) => need.resource === 'namespaces' && need.verb === 'get')).toEqual({
      verb: 'get',
      group: '',
      resource: 'namespaces',
      namespace: 'shop',
      name: 'shop',
    });
  });

  it('patches an existing namespace only when the app manages it', () => {
    const mine = requiredPermissions({
      namespace: 'shop',
      objects: [],
      prune: [],
      namespaceObject: { exists: true, managed: true },
    });
    const theirs = requiredPermissions({
      namespace: 'shop',
      objects: [],
      prune: [],
      namespaceObject: { exists: true, managed: false },
    });
    expect(verbsOf(mine, 'namespaces', 'shop').sort()).toEqual(['get', 'patch']);
    expect(verbsOf(theirs, 'namespaces', 'shop')).toEqual(['get']);
    const none = requiredPermissions({ namespace: 'shop', objects: [], prune: [] });
    expect(none.some((need) => need.resource === 'namespaces')).toBe(false);
  });
});

describe('ruleAllows (RBAC matching)', () => {
  const need: Permission = { verb: 'patch', group: 'apps', resource: 'deployments', namespace: 'shop' };
  it.each([
    [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, true],
    [{ verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'] }, true],
    [{ verbs: ['get', 'list', 'watch'], apiGroups: ['*'], resources: ['*'] }, false],
    [{ verbs: ['patch'], apiGroups: [''], resources: ['deployments'] }, false],
    [{ verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments'], resourceNames: ['web'] }, false],
  ])('%j allows patch deployments.apps: %s', (rule, allowed) => {
    expect(ruleAllows(rule, need)).toBe(allowed);
  });

  it('honours resourceNames for a need about one object', () => {
    const rule = { verbs: ['get'], apiGroups: [''], resources: ['namespaces'], resourceNames: ['shop'] };
    expect(ruleAllows(rule, { verb: 'get', group: '', resource: 'namespaces', namespace: 'shop', name: 'shop' })).toBe(
      true,
    );
    expect(notAllowedBy([rule], [{ verb: 'get', group: '', resource: 'namespaces', name: 'other' }])).toHaveLength(1);
  });
});

describe('forbiddenMessage', () => {
  it('lists every missing verb, grouped by resource and place, with the generic fix', () => {
    const message = forbiddenMessage(
      [
        { verb: 'create', group: 'apps', resource: 'deployments', namespace: 'shop' },
        { verb: 'patch', group: 'apps', resource: 'deployments', namespace: 'shop' },
        { verb: 'create', group: 'coordination.k8s.io', resource: 'leases', namespace: 'shop' },
        { verb: 'create', group: 'rbac.authorization.k8s.io', resource: 'clusterroles' },
      ],
      { namespace: 'shop', createsNamespace: false },
    );
    expect(message).toBe(
      'forbidden: cannot create, patch deployments.apps in namespace shop; cannot create leases.coordination.k8s.io in namespace shop; ' +
        'cannot create clusterroles.rbac.authorization.k8s.io cluster-wide; ' +
        "grant these verbs to the credentials' user (a Role in the namespace, a ClusterRole for cluster-wide ones)",
    );
  });

  it('suggests createNamespace: false when only the namespace is out of reach of namespace-scoped credentials', () => {
    const message = forbiddenMessage(
      [
        { verb: 'get', group: '', resource: 'namespaces', namespace: 'shop', name: 'shop' },
        { verb: 'patch', group: '', resource: 'namespaces', namespace: 'shop', name: 'shop' },
      ],
      { namespace: 'shop', createsNamespace: true },
    );
    expect(message).toBe(
      'forbidden: cannot get, patch namespaces in namespace shop; the credentials cannot manage namespace shop: if it ' +
        'exists (an administrator made it), set `createNamespace: false` in the spec to deploy into it as it is; ' +
        'otherwise grant these verbs',
    );
  });

  it('mentions createNamespace: false next to the other missing verbs too', () => {
    const message = forbiddenMessage(
      [
        { verb: 'create', group: '', resource: 'namespaces' },
        { verb: 'create', group: '', resource: 'services', namespace: 'shop' },
      ],
      { namespace: 'shop', createsNamespace: true },
    );
    expect(message).toContain('cannot create namespaces cluster-wide; cannot create services in namespace shop; grant');
    expect(message).toContain('(or set `createNamespace: false` if an administrator made namespace shop)');
  });
});
