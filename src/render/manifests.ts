import { partOfLabel } from '../kube/labels.js';
import type { KubeObject } from '../kube/object.js';
import { SpecError } from '../errors.js';
import { loadYamlDocuments } from '../spec/bounded-yaml.js';
import { isSystemNamespace } from '../spec/kubernetes-names.js';
import { substituteText } from '../spec/variables.js';
import { managedBy, type EffectiveComponent, type RenderContext } from './context.js';

/** Kinds that live outside namespaces; other kinds from files get the app's namespace unless they name one. */
export const clusterScopedKinds = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'StorageClass',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'APIService',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'CSIDriver',
  'VolumeSnapshotClass',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'ClusterIssuer',
]);

export interface ManifestProblem {
  fileIndex: number;
  message: string;
}

/** Raw manifests from files, variables substituted, labelled as part of the app. */
export function renderManifests(
  context: RenderContext,
  component: EffectiveComponent,
): { objects: KubeObject[]; problems: ManifestProblem[] } {
  const objects: KubeObject[] = [];
  const problems: ManifestProblem[] = [];
  (component.files ?? []).forEach((file, fileIndex) => {
    const substituted = substituteText(context.options.files.get(file) ?? '', context.target.variables);
    for (const problem of substituted.problems) problems.push({ fileIndex, message: `${file}: ${problem.message}` });
    const parsed = objectsFromYaml(context, substituted.text, file);
    objects.push(...parsed.objects);
    for (const message of parsed.problems) problems.push({ fileIndex, message });
  });
  return { objects, problems };
}

/**
 * Kubernetes objects from one YAML text (a manifest file, a chart or kustomization rendered by its tool): parsed
 * within the YAML budgets, checked to be objects outside the system namespaces, put in the app's namespace unless
 * they name one, and labelled as part of the app. `source` names the text in messages.
 */
export function objectsFromYaml(
  context: RenderContext,
  text: string,
  source: string,
): { objects: KubeObject[]; problems: string[] } {
  const objects: KubeObject[] = [];
  const problems: string[] = [];
  let documents: unknown[];
  try {
    // The same budgets as every YAML the tool reads: an alias bomb in a manifest must not reach the heap.
    documents = loadYamlDocuments(text, { file: source });
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    const problem = error.problems[0];
    problems.push(`${source}:${problem?.line ?? 1}:${problem?.column ?? 1}: ${problem?.message ?? error.message}`);
    return { objects, problems };
  }
  documents.forEach((document, documentIndex) => {
    if (document === null || document === undefined) return;
    const object = document as Partial<KubeObject>;
    if (
      !object ||
      typeof object !== 'object' ||
      !object.apiVersion ||
      !object.kind ||
      typeof object.metadata?.name !== 'string'
    ) {
      problems.push(
        `${source} document ${documentIndex + 1}: a Kubernetes object needs apiVersion, kind and metadata.name`,
      );
      return;
    }
    const systemNamespace = object.kind === 'Namespace' ? object.metadata.name : object.metadata.namespace;
    if (typeof systemNamespace === 'string' && isSystemNamespace(systemNamespace)) {
      problems.push(
        `${source} document ${documentIndex + 1}: ${object.kind}/${object.metadata.name} is in the Kubernetes system namespace '${systemNamespace}' (kube-*); manifests deploy to the app's namespace or their own`,
      );
      return;
    }
    const metadata = { ...object.metadata };
    if (!clusterScopedKinds.has(object.kind) && !metadata.namespace) metadata.namespace = context.namespace;
    metadata.labels = {
      ...context.target.spec.labels,
      ...metadata.labels,
      [partOfLabel]: context.app,
      'app.kubernetes.io/managed-by': managedBy,
    };
    objects.push({ ...object, metadata } as KubeObject);
  });
  return { objects, problems };
}
