// What a deploy needs the credentials to be allowed to do, and which of it RBAC's rules do not allow: computed from
// the plan's objects and actions plus what k8deployer itself touches (namespace, deploy lease, ApplySet parent,
// the watches of tracking), so that `plan` and `deploy` name every missing permission at once, before any write.
// Pure: the reviews that supply the rules are made in src/plan/permission-review.ts.

/** One verb on one resource, where RBAC decides it: a namespace, or cluster-wide when `namespace` is absent. */
export interface Permission {
  verb: string;
  /** API group, '' for the core group. */
  group: string;
  /** Plural resource name, e.g. `deployments`. */
  resource: string;
  namespace?: string;
  /** The one object concerned (RBAC's resourceNames), when the need is about one. */
  name?: string;
}

/** A rule as SelfSubjectRulesReview returns it (`status.resourceRules[]`). */
export interface ResourceRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

/** A resource as discovery describes it: enough to say where RBAC decides on it. */
export interface ResourceOf {
  apiVersion: string;
  plural: string;
  namespaced: boolean;
}

/** One desired object of the plan, with whether it exists (an existing one is dry-run and applied: patch). */
export interface NeededObject {
  resource: ResourceOf;
  namespace?: string;
  /** The object exists (or is unchanged): the dry run and the apply are patches. */
  exists: boolean;
  /** Deleted and re-created (an immutable field changed). */
  replace?: boolean;
  kind: string;
}

export interface PermissionInput {
  /** The app namespace: the deploy lease and the ApplySet parent live there. */
  namespace: string;
  objects: NeededObject[];
  /** Objects a prune would delete. */
  prune: { resource: ResourceOf; namespace?: string }[];
  /** The app creates and labels its namespace (createNamespace, default true); absent when it does not. */
  namespaceObject?: { exists: boolean; managed: boolean };
}

/** Kinds whose readiness depends on their pods; tracking watches the pods (and a Deployment's ReplicaSets). */
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'Pod']);

export function groupOfApiVersion(apiVersion: string): string {
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}

/** Everything a deploy of the plan asks the API server to allow, deduplicated, in a stable order. */
export function requiredPermissions(input: PermissionInput): Permission[] {
  const needs = new Map<string, Permission>();
  const add = (verbs: string[], group: string, resource: string, namespace?: string, name?: string): void => {
    for (const verb of verbs) {
      const permission: Permission = {
        verb,
        group,
        resource,
        ...(namespace ? { namespace } : {}),
        ...(name ? { name } : {}),
      };
      needs.set(permissionKey(permission), permission);
    }
  };
  const ns = input.namespace;
  const where = (resource: ResourceOf, namespace: string | undefined) =>
    resource.namespaced ? (namespace ?? ns) : undefined;
  for (const entry of input.objects) {
    const group = groupOfApiVersion(entry.resource.apiVersion);
    const namespace = where(entry.resource, entry.namespace);
    // Server-side apply is a PATCH; one that creates the object is also authorized as create.
    const verbs = entry.replace
      ? ['get', 'patch', 'create', 'delete']
      : entry.exists
        ? ['get', 'patch']
        : ['get', 'create', 'patch'];
    add(verbs, group, entry.resource.plural, namespace);
    // Tracking watches every applied kind in its namespace, and a workload's pods and warning events.
    add(['list', 'watch'], group, entry.resource.plural, namespace);
    if (WORKLOADS.has(entry.kind) && namespace) {
      add(['list', 'watch'], '', 'pods', namespace);
      add(['list', 'watch'], '', 'events', namespace);
      if (entry.kind === 'Deployment') add(['list', 'watch'], 'apps', 'replicasets', namespace);
    }
  }
  for (const entry of input.prune) {
    add(
      ['delete'],
      groupOfApiVersion(entry.resource.apiVersion),
      entry.resource.plural,
      where(entry.resource, entry.namespace),
    );
  }
  // What k8deployer itself writes: the deploy lease and the ApplySet parent Secret, in the app namespace.
  add(['get', 'create', 'update', 'patch', 'delete'], 'coordination.k8s.io', 'leases', ns);
  add(['get', 'create', 'update'], '', 'secrets', ns);
  if (input.namespaceObject) {
    // RBAC decides on one namespace inside that namespace (a Role there can grant get/patch on it); create is
    // cluster-wide.
    add(['get'], '', 'namespaces', ns, ns);
    if (!input.namespaceObject.exists) add(['create'], '', 'namespaces');
    else if (input.namespaceObject.managed) add(['patch'], '', 'namespaces', ns, ns);
  }
  return [...needs.values()].sort((a, b) => permissionKey(a).localeCompare(permissionKey(b)));
}

export function permissionKey(permission: Permission): string {
  return [
    permission.namespace ?? '',
    permission.resource,
    permission.group,
    permission.verb,
    permission.name ?? '',
  ].join('|');
}

/** Whether one rule allows the permission (RBAC's matching: `*` wildcards, resourceNames only narrow). */
export function ruleAllows(rule: ResourceRule, permission: Permission): boolean {
  const has = (values: string[] | undefined, value: string) =>
    (values ?? []).some((entry) => entry === '*' || entry === value);
  if (!has(rule.verbs, permission.verb)) return false;
  if (!has(rule.apiGroups, permission.group)) return false;
  if (!has(rule.resources, permission.resource)) return false;
  const names = rule.resourceNames ?? [];
  if (names.length === 0) return true;
  return permission.name !== undefined && names.includes(permission.name);
}

/** The needs of one namespace that none of that namespace's rules allow. */
export function notAllowedBy(rules: ResourceRule[], needs: Permission[]): Permission[] {
  return needs.filter((need) => !rules.some((rule) => ruleAllows(rule, need)));
}

/** `deployments.apps`, `leases.coordination.k8s.io`, `services` (core): how kubectl names a resource. */
export function resourceName(permission: Pick<Permission, 'group' | 'resource'>): string {
  return permission.group ? `${permission.resource}.${permission.group}` : permission.resource;
}

/**
 * One line naming every missing permission, verbs grouped by resource and place, then the fix that fits:
 * `forbidden: cannot create, patch deployments.apps in namespace shop; cannot create namespaces (cluster-wide); …`.
 */
export function forbiddenMessage(
  missing: Permission[],
  context: { namespace: string; createsNamespace: boolean },
): string {
  const groups = new Map<string, { permission: Permission; verbs: string[] }>();
  for (const permission of missing) {
    const key = `${permission.namespace ?? ''}|${resourceName(permission)}`;
    const group = groups.get(key) ?? { permission, verbs: [] };
    if (!group.verbs.includes(permission.verb)) group.verbs.push(permission.verb);
    groups.set(key, group);
  }
  const lines = [...groups.values()].map(({ permission, verbs }) => {
    const place = permission.namespace ? `in namespace ${permission.namespace}` : 'cluster-wide';
    return `cannot ${verbs.join(', ')} ${resourceName(permission)} ${place}`;
  });
  return `forbidden: ${lines.join('; ')}; ${forbiddenHint(missing, context)}`;
}

function forbiddenHint(missing: Permission[], context: { namespace: string; createsNamespace: boolean }): string {
  const onNamespace = missing.filter((permission) => permission.resource === 'namespaces' && permission.group === '');
  if (context.createsNamespace && onNamespace.length > 0 && onNamespace.length === missing.length) {
    return (
      `the credentials cannot manage namespace ${context.namespace}: if it exists (an administrator made it), set ` +
      `\`createNamespace: false\` in the spec to deploy into it as it is; otherwise grant these verbs`
    );
  }
  const also =
    context.createsNamespace && onNamespace.length > 0
      ? ` (or set \`createNamespace: false\` if an administrator made namespace ${context.namespace})`
      : '';
  return `grant these verbs to the credentials' user (a Role in the namespace, a ClusterRole for cluster-wide ones)${also}`;
}
