import { SpecError, type SpecProblem } from '../errors.js';
import type { PreparedRun } from '../pipeline.js';
import { clusterScopedKinds } from '../render/manifests.js';
import { problemAt } from '../spec/yaml-source.js';

/** A spec rendering thousands of stray objects gets a readable error, not thousands of annotations. */
const maxProblems = 20;

/**
 * Rule 1 of the threat model, checked on what would actually be sent: every object of a preview run lives in the
 * preview namespace, whatever the spec's namespaces, patches or raw manifests say. Cluster-scoped objects
 * (ClusterRoles, CRDs, webhooks...) are refused outright: they are shared by every namespace, so a pull request could
 * change production through them, and deleting the preview would remove them for everyone. The only exception is
 * the preview's own Namespace object. Problems point at the component that renders the object.
 */
export function assertConfinedToPreview(prepared: PreparedRun, namespace: string): void {
  const problems: SpecProblem[] = [];
  for (const { target, rendered } of prepared.targets) {
    for (const { component, object } of rendered.objects) {
      const what = `${object.kind} ${object.metadata.name}`;
      let message: string | undefined;
      if (object.kind === 'Namespace') {
        if (object.metadata.name !== namespace) message = `a preview may only create its own namespace ${namespace}, not ${what}`;
      } else if (clusterScopedKinds.has(object.kind)) {
        message = `${what} is cluster-scoped; a preview only writes objects inside its namespace ${namespace} (leave it out of previews, e.g. with the component's clusters or enabled field)`;
      } else if (object.metadata.namespace !== namespace) {
        message = `${what} would be written to namespace ${object.metadata.namespace ?? '(none)'}; a preview only writes its own namespace ${namespace}`;
      }
      if (!message) continue;
      const pointer = target.componentPointers.get(component) ?? '';
      problems.push(problemAt(prepared.spec.document, pointer, `cluster ${target.name}: ${message}`));
    }
  }
  if (problems.length > maxProblems) {
    const more = problems.length - maxProblems;
    problems.splice(maxProblems, more, { ...problems[maxProblems - 1]!, message: `... and ${more} more objects outside the preview namespace` });
  }
  if (problems.length > 0) throw new SpecError(problems);
}
