import { execFileSync } from 'node:child_process';
import * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/kube/object.js';
import { prepareRun } from '../../src/pipeline.js';
import { defaultSettings } from '../../src/settings/types.js';
import { kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

const examples = execFileSync('git', ['ls-files', 'examples/*/k8deployer.yaml'], { encoding: 'utf8' }).trim().split('\n');

function podTemplateOf(object: KubeObject): { metadata?: object; spec: object } | undefined {
  const spec = object.spec as { template?: { metadata?: object; spec: object }; jobTemplate?: { spec: { template: { metadata?: object; spec: object } } } } | undefined;
  return spec?.template ?? spec?.jobTemplate?.spec.template;
}

function apiError(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  return typeof body === 'string' ? body : JSON.stringify(body ?? String(error));
}

// The API server checks every field against its OpenAPI schema and runs admission, including Pod Security
// `restricted` on the namespace k8deployer renders, so this proves a real cluster accepts what the renderer emits.
describe('rendered examples are accepted by a real kube-apiserver (server-side apply, dry run)', () => {
  for (const example of examples) {
    it(example, async () => {
      const [cluster] = testClusters();
      if (!cluster) throw new Error('no cluster');
      const namespace = await uniqueNamespace('dry-run');
      const prepared = await prepareRun({ ...defaultSettings, command: 'render', specPath: example, namespaceOverride: namespace }, { env: {}, missingSecrets: 'placeholder' });
      const client = k8s.KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
      const apply = (object: object, dryRun: string | undefined) =>
        client.patch(structuredClone(object) as k8s.KubernetesObject, undefined, dryRun, 'k8deployer-e2e', true, k8s.PatchStrategy.ServerSideApply);
      let checked = 0;
      for (const { rendered } of prepared.targets) {
        for (const { object } of rendered.objects) {
          // Only the Namespace (its Pod Security labels) and ServiceAccounts are stored: the pod checks below need them.
          await apply(object, object.kind === 'Namespace' || object.kind === 'ServiceAccount' ? undefined : 'All').catch((error: unknown) => {
            throw new Error(`${object.kind}/${object.metadata.name} from ${example} (${rendered.cluster}) was refused: ${apiError(error)}`);
          });
          checked += 1;
          const template = podTemplateOf(object);
          if (!template) continue;
          // Workloads are not checked by Pod Security admission, their pods are: try the pod they would create.
          const spec = structuredClone(template.spec) as { volumes?: object[] };
          // A StatefulSet's controller adds one volume per claim template; add them the same way.
          for (const claim of ((object.spec as { volumeClaimTemplates?: { metadata: { name: string } }[] }).volumeClaimTemplates ?? [])) {
            spec.volumes = [...(spec.volumes ?? []), { name: claim.metadata.name, persistentVolumeClaim: { claimName: `${claim.metadata.name}-${object.metadata.name}-0` } }];
          }
          const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { ...template.metadata, name: `${object.metadata.name}-probe`, namespace }, spec };
          await apply(pod, 'All').catch((error: unknown) => {
            throw new Error(`the pod of ${object.kind}/${object.metadata.name} from ${example} was refused: ${apiError(error)}`);
          });
        }
      }
      expect(checked).toBeGreaterThan(5);
      const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
      const stored = await core.readNamespace({ name: namespace });
      expect(stored.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
      // Control: the same namespace refuses a privileged pod, so the checks above were really enforced.
      const privileged = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'root', namespace }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', securityContext: { privileged: true } }] } };
      await expect(apply(privileged, 'All')).rejects.toThrow(/violates PodSecurity/);
    });
  }
});
