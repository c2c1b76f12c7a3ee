// Asks the API server which of the needed permissions the credentials lack: one SelfSubjectRulesReview per
// namespace (not one review per object), and a SelfSubjectAccessReview for each cluster-wide need and for each
// need a rules review could not settle (its `incomplete` flag: an authorizer, e.g. a webhook, that cannot list its
// rules). The reviews store nothing and count as no write.
import type { ClusterClient } from '../cluster/client.js';
import { UnknownKindError } from '../cluster/discovery.js';
import { notAllowedBy, type Permission, type ResourceRule } from './permissions.js';

export type PermissionReview = { missing: Permission[] } | { skipped: string };

export async function reviewPermissions(client: ClusterClient, needs: Permission[]): Promise<PermissionReview> {
  try {
    await Promise.all([
      client.resource('authorization.k8s.io/v1', 'SelfSubjectRulesReview'),
      client.resource('authorization.k8s.io/v1', 'SelfSubjectAccessReview'),
    ]);
  } catch (error) {
    // A server without the review kinds (disabled authorization API): the deploy learns it from its writes.
    if (error instanceof UnknownKindError) return { skipped: 'the server offers no access reviews' };
    throw error;
  }
  const byNamespace = new Map<string, Permission[]>();
  const clusterWide: Permission[] = [];
  for (const need of needs) {
    if (need.namespace === undefined) clusterWide.push(need);
    else byNamespace.set(need.namespace, [...(byNamespace.get(need.namespace) ?? []), need]);
  }
  const perNamespace = await Promise.all(
    [...byNamespace].map(async ([namespace, namespaced]) => {
      const status = await client.review('SelfSubjectRulesReview', { namespace });
      const rules = (status['resourceRules'] ?? []) as ResourceRule[];
      const notAllowed = notAllowedBy(rules, namespaced);
      // Incomplete rules may omit what another authorizer allows: ask about each doubtful need directly.
      return status['incomplete'] === true ? denied(client, notAllowed) : notAllowed;
    }),
  );
  const missing = [...perNamespace.flat(), ...(await denied(client, clusterWide))];
  return { missing };
}

/** The permissions a SelfSubjectAccessReview does not allow. */
async function denied(client: ClusterClient, permissions: Permission[]): Promise<Permission[]> {
  const verdicts = await Promise.all(
    permissions.map(async (permission) => {
      const status = await client.review('SelfSubjectAccessReview', {
        resourceAttributes: {
          verb: permission.verb,
          group: permission.group,
          resource: permission.resource,
          ...(permission.namespace ? { namespace: permission.namespace } : {}),
          ...(permission.name ? { name: permission.name } : {}),
        },
      });
      return status['allowed'] === true ? undefined : permission;
    }),
  );
  return verdicts.filter((entry): entry is Permission => entry !== undefined);
}
