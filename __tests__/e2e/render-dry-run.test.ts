import { execFileSync } from 'node:child_process';
import * as k8s from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { prepareRun } from '../../src/pipeline.js';
import { defaultSettings } from '../../src/settings/types.js';
import { dryRunRendered } from './dry-run.js';
import { kubeConfigFor, testClusters, uniqueNamespace } from './testbed.js';

const examples = execFileSync('git', ['ls-files', 'examples/*/k8deployer.yaml'], { encoding: 'utf8' })
  .trim()
  .split('\n');

// The API server checks every field against its OpenAPI schema and runs admission, including Pod Security
// `restricted` on the namespace k8deployer renders, so this proves a real cluster accepts what the renderer emits.
describe('rendered examples are accepted by a real kube-apiserver (server-side apply, dry run)', () => {
  for (const example of examples) {
    it(example, async () => {
      const [cluster] = testClusters();
      if (!cluster) throw new Error('no cluster');
      const namespace = await uniqueNamespace('dry-run');
      const prepared = await prepareRun(
        { ...defaultSettings, command: 'render', specPath: example, namespaceOverride: namespace },
        // PATH from `testbed.sh env` holds helm (kind: helm components, examples/microservices).
        { env: { PATH: process.env.PATH ?? '' }, missingSecrets: 'placeholder' },
      );
      let checked = 0;
      for (const { rendered } of prepared.targets)
        checked += await dryRunRendered(
          cluster,
          namespace,
          rendered.objects.map((desired) => desired.object),
          `${example} (${rendered.cluster})`,
        );
      expect(checked).toBeGreaterThan(5);
      const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
      const stored = await core.readNamespace({ name: namespace });
      expect(stored.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
      // Control: the same namespace refuses a privileged pod, so the checks above were really enforced.
      const privileged = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'root', namespace },
        spec: { containers: [{ name: 'c', image: 'busybox:1.36', securityContext: { privileged: true } }] },
      };
      const client = k8s.KubernetesObjectApi.makeApiClient(kubeConfigFor(cluster));
      await expect(
        client.patch(
          privileged as k8s.KubernetesObject,
          undefined,
          'All',
          'k8deployer-e2e',
          true,
          k8s.PatchStrategy.ServerSideApply,
        ),
      ).rejects.toThrow(/violates PodSecurity/);
    });
  }
});
