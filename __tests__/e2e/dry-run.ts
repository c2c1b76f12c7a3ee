import * as k8s from '@kubernetes/client-node';
import type { KubeObject } from '../../src/kube/object.js';
import { kubeConfigFor, type TestCluster } from './testbed.js';

function podTemplateOf(object: KubeObject): { metadata?: object; spec: object } | undefined {
  const spec = object.spec as
    | {
        template?: { metadata?: object; spec: object };
        jobTemplate?: { spec: { template: { metadata?: object; spec: object } } };
      }
    | undefined;
  return spec?.template ?? spec?.jobTemplate?.spec.template;
}

function apiError(error: unknown): string {
  const body = (error as { body?: unknown }).body;
  return typeof body === 'string' ? body : JSON.stringify(body ?? String(error));
}

/**
 * Server-side applies rendered objects as a dry run (the Namespace and ServiceAccounts for real: the pod checks need
 * them) and, for each workload, the pod it would create: Pod Security admission checks pods, not workloads.
 * Returns how many objects the API server accepted; throws naming the first it refused.
 */
export async function dryRunRendered(
  cluster: TestCluster,
  namespace: string,
  objects: readonly KubeObject[],
  source: string,
): Promise<number> {
  const client = k8s.KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
  const apply = (object: object, dryRun: string | undefined) =>
    client.patch(structuredClone(object), undefined, dryRun, 'k8deployer-e2e', true, k8s.PatchStrategy.ServerSideApply);
  let checked = 0;
  for (const object of objects) {
    await apply(object, object.kind === 'Namespace' || object.kind === 'ServiceAccount' ? undefined : 'All').catch(
      (error: unknown) => {
        throw new Error(`${object.kind}/${object.metadata.name} from ${source} was refused: ${apiError(error)}`);
      },
    );
    checked += 1;
    const template = podTemplateOf(object);
    if (!template) continue;
    const spec = structuredClone(template.spec) as { volumes?: object[] };
    // A StatefulSet's controller adds one volume per claim template; add them the same way.
    for (const claim of (object.spec as { volumeClaimTemplates?: { metadata: { name: string } }[] })
      .volumeClaimTemplates ?? []) {
      spec.volumes = [
        ...(spec.volumes ?? []),
        {
          name: claim.metadata.name,
          persistentVolumeClaim: { claimName: `${claim.metadata.name}-${object.metadata.name}-0` },
        },
      ];
    }
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { ...template.metadata, name: `${object.metadata.name}-probe`, namespace },
      spec,
    };
    await apply(pod, 'All').catch((error: unknown) => {
      throw new Error(
        `the pod of ${object.kind}/${object.metadata.name} from ${source} was refused: ${apiError(error)}`,
      );
    });
  }
  return checked;
}
