import { SpecError, type SpecProblem } from '../errors.js';
import type { PreparedRun } from '../pipeline.js';
import { groupOf, type KubeObject } from '../kube/object.js';
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
export function assertConfinedToPreview(
  prepared: PreparedRun,
  namespace: string,
  options: { checkHosts?: boolean; previewHost?: string } = {},
): void {
  const problems: SpecProblem[] = [];
  for (const { target, rendered } of prepared.targets) {
    for (const { component, object } of rendered.objects) {
      const what = `${object.kind} ${object.metadata.name}`;
      let message: string | undefined;
      if (object.kind === 'Namespace') {
        if (object.metadata.name !== namespace)
          message = `a preview may only create its own namespace ${namespace}, not ${what}`;
      } else if (clusterScopedKinds.has(object.kind)) {
        message = `${what} is cluster-scoped; a preview only writes objects inside its namespace ${namespace} (leave it out of previews, e.g. with the component's clusters or enabled field)`;
      } else if (object.metadata.namespace !== namespace) {
        message = `${what} would be written to namespace ${object.metadata.namespace ?? '(none)'}; a preview only writes its own namespace ${namespace}`;
      } else if (options.checkHosts) {
        message = foreignHostProblem(object, options.previewHost);
      }
      if (!message) continue;
      const pointer = target.componentPointers.get(component) ?? '';
      problems.push(problemAt(prepared.spec.document, pointer, `cluster ${target.name}: ${message}`));
    }
  }
  if (problems.length > maxProblems) {
    const more = problems.length - maxProblems;
    problems.splice(maxProblems, more, {
      ...problems[maxProblems - 1]!,
      message: `... and ${more} more objects outside the preview namespace`,
    });
  }
  if (problems.length > 0) throw new SpecError(problems);
}

/**
 * Host names are shared across namespaces too: an ingress controller merges every Ingress (and a Gateway every
 * route) claiming a host, so a preview claiming the production host could take part of its traffic. A preview may
 * only route its own preview host.
 */
function foreignHostProblem(object: KubeObject, previewHost: string | undefined): string | undefined {
  const hosts = routedHosts(object);
  const foreign = hosts.filter((host) => host !== previewHost);
  if (foreign.length === 0) return undefined;
  const what = `${object.kind} ${object.metadata.name}`;
  return previewHost
    ? `${what} routes ${foreign.join(', ')}; a preview may only route its preview host ${previewHost} (write the host as \${previewHost,<production host>})`
    : `${what} routes ${foreign.join(', ')}, but this preview has no host of its own: set the spec's preview.host or the preview-host input, or leave the ingress out of previews`;
}

function routedHosts(object: KubeObject): string[] {
  const spec = (object as { spec?: Record<string, unknown> }).spec ?? {};
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  if (object.kind === 'Ingress') {
    const rules = Array.isArray(spec.rules) ? spec.rules : [];
    const tls = Array.isArray(spec.tls) ? spec.tls : [];
    const ruleHosts = rules
      .map((rule) => (rule as { host?: unknown } | null)?.host)
      .filter((host): host is string => typeof host === 'string');
    return [
      ...new Set([...ruleHosts, ...tls.flatMap((entry) => strings((entry as { hosts?: unknown } | null)?.hosts))]),
    ];
  }
  if (/Route$/.test(object.kind) && groupOf(object.apiVersion) === 'gateway.networking.k8s.io')
    return [...new Set(strings(spec.hostnames))];
  return [];
}

/**
 * A fork's code previewed through workflow_run (the image is the fork's build): every Secret of the spec would be
 * readable by that code, so none may be rendered. Registry credentials (docker-config) are the exception: the
 * kubelet uses them to pull the image; they are not mounted into the container.
 */
export function assertNoSecretsForForks(prepared: PreparedRun, pr: number): void {
  const problems: SpecProblem[] = [];
  const seen = new Set<string>();
  for (const { target } of prepared.targets) {
    (target.spec.secrets ?? []).forEach((secret, index) => {
      if (secret.type === 'docker-config' || seen.has(secret.name)) return;
      seen.add(secret.name);
      problems.push(
        problemAt(
          prepared.spec.document,
          `/secrets/${index}`,
          `pull request #${pr} comes from a fork: its code would read secret ${secret.name}, so its preview gets no secrets; ` +
            'preview forks with a spec without secrets (the spec input, e.g. spec: k8deployer.preview.yaml)',
        ),
      );
    });
  }
  if (problems.length > 0) throw new SpecError(problems.slice(0, maxProblems));
}
