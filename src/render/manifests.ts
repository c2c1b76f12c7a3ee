import { loadAll, YAMLException } from 'js-yaml';
import type { KubeObject } from '../kube/object.js';
import { substituteText } from '../spec/variables.js';
import { managedBy, type EffectiveComponent, type RenderContext } from './context.js';

/** Kinds that live outside namespaces; other kinds from files get the app's namespace unless they name one. */
export const clusterScopedKinds = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition',
  'APIService', 'PriorityClass', 'IngressClass', 'RuntimeClass', 'CSIDriver', 'VolumeSnapshotClass',
  'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'ClusterIssuer',
]);

export interface ManifestProblem {
  fileIndex: number;
  message: string;
}

/** Raw manifests from files, variables substituted, labelled as part of the app. */
export function renderManifests(context: RenderContext, component: EffectiveComponent): { objects: KubeObject[]; problems: ManifestProblem[] } {
  const objects: KubeObject[] = [];
  const problems: ManifestProblem[] = [];
  (component.files ?? []).forEach((file, fileIndex) => {
    let documents: unknown[];
    const substituted = substituteText(context.options.files.get(file) ?? '', context.target.variables);
    for (const problem of substituted.problems) problems.push({ fileIndex, message: `${file}: ${problem.message}` });
    try {
      documents = loadAll(substituted.text, { filename: file, maxAliases: 100, maxDepth: 64 });
    } catch (error) {
      const detail = error instanceof YAMLException && error.mark ? `${file}:${error.mark.line + 1}:${error.mark.column + 1}: ${error.reason}` : `${file}: ${String(error)}`;
      problems.push({ fileIndex, message: `invalid YAML in ${detail}` });
      return;
    }
    documents.forEach((document, documentIndex) => {
      if (document === null || document === undefined) return;
      const object = document as Partial<KubeObject>;
      if (!object || typeof object !== 'object' || !object.apiVersion || !object.kind || typeof object.metadata?.name !== 'string') {
        problems.push({ fileIndex, message: `${file} document ${documentIndex + 1}: a Kubernetes object needs apiVersion, kind and metadata.name` });
        return;
      }
      const metadata = { ...object.metadata };
      if (!clusterScopedKinds.has(object.kind) && !metadata.namespace) metadata.namespace = context.namespace;
      metadata.labels = { ...context.target.spec.labels, ...metadata.labels, 'app.kubernetes.io/part-of': context.app, 'app.kubernetes.io/managed-by': managedBy };
      objects.push({ ...object, metadata } as KubeObject);
    });
  });
  return { objects, problems };
}
