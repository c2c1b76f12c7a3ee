import type { KubeObject } from '../kube/object.js';
import type { PolicyRule } from '../spec/spec-types.generated.js';
import { componentLabels, objectMeta, type EffectiveComponent, type RenderContext } from './context.js';

function rules(list: PolicyRule[]): Record<string, unknown>[] {
  return list.map((rule) => (rule.nonResourceURLs ? { ...rule } : { apiGroups: [''], ...rule }));
}

/**
 * Every workload gets its own ServiceAccount (never `default`); the token is only mounted when the component asks
 * for permissions.
 */
export function renderRbac(
  context: RenderContext,
  component: EffectiveComponent,
): { objects: KubeObject[]; serviceAccountName: string; automountToken: boolean } {
  const labels = componentLabels(context, component);
  const rbac = component.rbac;
  const serviceAccountName = rbac?.serviceAccount ?? component.name;
  const subjects = [{ kind: 'ServiceAccount', name: serviceAccountName, namespace: context.namespace }];
  const objects: KubeObject[] = [
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: objectMeta(context, serviceAccountName, labels),
      automountServiceAccountToken: rbac !== undefined,
    },
  ];
  if (rbac?.rules?.length) {
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: objectMeta(context, component.name, labels),
      rules: rules(rbac.rules),
    });
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: objectMeta(context, component.name, labels),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: component.name },
      subjects,
    });
  }
  if (rbac?.clusterRules?.length) {
    // Cluster-scoped names are shared by every namespace, so they carry the namespace.
    const name = `${context.namespace}-${component.name}`;
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: objectMeta(context, name, labels, { namespaced: false }),
      rules: rules(rbac.clusterRules),
    });
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: objectMeta(context, name, labels, { namespaced: false }),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
      subjects,
    });
  }
  for (const role of rbac?.clusterRoles ?? []) {
    objects.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: objectMeta(context, `${component.name}-${role}`, labels),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: role },
      subjects,
    });
  }
  return { objects, serviceAccountName, automountToken: rbac !== undefined };
}
