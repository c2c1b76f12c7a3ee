import type { ClusterClient } from '../cluster/client.js';
import { UnknownKindError } from '../cluster/discovery.js';
import { isNotFound } from '../cluster/errors.js';
import { describeError } from '../errors.js';
import { ChangeAction, type PlannedChange } from '../events.js';
import { refOf, type KubeObject, type ObjectRef } from '../kube/object.js';
import type { RenderedApp } from '../render/types.js';
import type { RepositoryIdentity } from '../settings/types.js';
import { componentOfMember, decorate } from '../inventory/applyset.js';
import { ApplySetParent } from '../inventory/parent.js';
import { pruneCandidates, type RemovalFlags } from '../inventory/removal.js';
import { withServerScope } from '../cluster/scope.js';
import { buildGraph } from './graph.js';
import { AdoptionRefusedError, Owner, adoptionRefused, ownerOf } from '../inventory/ownership.js';
import { objectDiff, unchangedByApply } from './diff.js';
import { missingStorageClasses } from './storage.js';
import { replaceVerdict } from './replace.js';

/** What a deploy would do to one cluster. A plain value: print it, serialize it, post it on a PR. */
export interface ClusterPlan {
  cluster: string;
  app: string;
  namespace: string;
  applySetId: string;
  /** Dependencies first, then deletions. */
  changes: PlannedChange[];
  /** Objects the dry run could not evaluate (e.g. a conflict), as `Kind/ns/name: message`. */
  problems: string[];
}

/**
 * Server-side dry run of every desired object (with the ApplySet label the deploy would add), compared with the
 * live object: create / update (with a masked diff) / unchanged; plus members of the current ApplySet that the new
 * set drops (delete). Reads only.
 */
export async function planCluster(
  client: ClusterClient,
  input: RenderedApp,
  options: { force: boolean; flags: RemovalFlags; adopt?: boolean; repository?: RepositoryIdentity },
): Promise<ClusterPlan> {
  const rendered = await withServerScope(client, input);
  const parent = new ApplySetParent(client, rendered.app, rendered.namespace, options.repository);
  const order = buildGraph(rendered.objects, rendered.components).order();
  const namespaceExists = await client.get({ apiVersion: 'v1', kind: 'Namespace', name: rendered.namespace });
  const previous = namespaceExists ? await parent.load() : undefined;
  const problems: string[] = await missingStorageClasses(client, rendered.objects);
  const planned = await Promise.all(
    order.map(async (node): Promise<PlannedChange | undefined> => {
      const desired = decorate(node.desired.object, parent.id);
      const ref = refOf(desired);
      const base = { component: node.desired.component, ref };
      let live: KubeObject | undefined;
      try {
        live = await client.get(ref);
        if (!live) {
          // Dry-run the create too: RBAC and admission refuse a new object as readily as a changed one.
          await client.apply(desired, { dryRun: true, force: options.force });
          return { ...base, action: ChangeAction.Create };
        }
        const owner = ownerOf(live, parent.id);
        if (owner !== Owner.Ours && !options.adopt) {
          // Deploy uses an existing namespace of others as it is and leaves it out of the app (see ensureNamespace).
          if (desired.kind === 'Namespace' && desired.metadata.name === rendered.namespace) return undefined;
          throw adoptionRefused(live, owner);
        }
        const { object: dryRun } = await client.apply(desired, { dryRun: true, force: options.force });
        if (unchangedByApply(live, dryRun)) return { ...base, action: ChangeAction.Unchanged };
        return { ...base, action: ChangeAction.Update, diff: objectDiff(live, dryRun) };
      } catch (error) {
        // A namespace or CRD created by this same deploy does not exist yet: the object can only be new.
        if (isNotFound(error) || isUnknownKind(error)) return { ...base, action: ChangeAction.Create };
        const verdict = live ? replaceVerdict(error, node.desired, live, desired) : { kind: 'other' as const };
        if (verdict.kind === 'replace') return { ...base, ...verdict.change };
        if (verdict.kind === 'refused') {
          problems.push(`${refText(ref)}: ${verdict.problem}`);
          return { ...base, action: ChangeAction.Update };
        }
        if (error instanceof AdoptionRefusedError) {
          problems.push(describeError(error));
          return { ...base, action: ChangeAction.Update };
        }
        problems.push(`${refText(ref)}: ${describeError(error)}`);
        return { ...base, action: ChangeAction.Update };
      }
    }),
  );
  const changes = planned.filter((change): change is PlannedChange => change !== undefined);
  const members: KubeObject[] = parent.exists ? await parent.listMembers() : [];
  const deletions = pruneCandidates(
    members,
    rendered.objects.map((entry) => entry.object),
    parent.id,
    options.flags,
  ).map((object): PlannedChange => ({
    component: componentOfMember(object, previous),
    ref: refOf(object),
    action: ChangeAction.Delete,
  }));
  return {
    cluster: client.name,
    app: rendered.app,
    namespace: rendered.namespace,
    applySetId: parent.id,
    changes: [...changes, ...deletions],
    problems,
  };
}

function refText(ref: ObjectRef): string {
  return `${ref.kind}/${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;
}

function isUnknownKind(error: unknown): boolean {
  return error instanceof UnknownKindError;
}
