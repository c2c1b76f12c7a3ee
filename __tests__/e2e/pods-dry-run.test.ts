import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/kube/object.js';
import { renderFixture, type Fixture } from '../unit/render/render-fixture.js';
import { dryRunRendered } from './dry-run.js';
import { testClusters, uniqueNamespace } from './testbed.js';

// Every variant of the pod fields the renderer table covers (init containers, native sidecars, gRPC/header/exec
// probes, sleep/exec/HTTP hooks, group IDs, extra Services) must also be what a real API server accepts under Pod
// Security `restricted`: a field the table expects but Kubernetes refuses would only show up at deploy time.
const fixtures = load(
  readFileSync(path.join(import.meta.dirname, '../fixtures/render/pods.yaml'), 'utf8'),
) as Fixture[];

function intoNamespace(object: KubeObject, namespace: string): KubeObject {
  const moved = structuredClone(object);
  if (moved.kind === 'Namespace') moved.metadata.name = namespace;
  else if (moved.metadata.namespace !== undefined) moved.metadata.namespace = namespace;
  return moved;
}

describe('pod fields render to objects a real kube-apiserver accepts (server-side apply, dry run)', () => {
  for (const fixture of fixtures) {
    it(fixture.name, async () => {
      const [cluster] = testClusters();
      if (!cluster) throw new Error('no cluster');
      const namespace = await uniqueNamespace('pods-dry-run');
      const objects = renderFixture(fixture).objects.map((desired) => intoNamespace(desired.object, namespace));
      expect(await dryRunRendered(cluster, namespace, objects, fixture.name)).toBe(objects.length);
    });
  }

  it('control: the same dry run refuses a field Kubernetes does not take (a gRPC probe port given by name)', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const namespace = await uniqueNamespace('pods-dry-run');
    const [fixture] = fixtures.filter((candidate) => candidate.name.startsWith('the grpc shorthand'));
    if (!fixture) throw new Error('no grpc fixture');
    const objects = renderFixture(fixture).objects.map((desired) => intoNamespace(desired.object, namespace));
    const deployment = objects.find((object) => object.kind === 'Deployment') as unknown as {
      spec: { template: { spec: { containers: { readinessProbe: { grpc: { port: unknown } } }[] } } };
    };
    const container = deployment.spec.template.spec.containers[0];
    if (!container) throw new Error('no container');
    container.readinessProbe.grpc.port = 'grpc';
    await expect(dryRunRendered(cluster, namespace, objects, 'control')).rejects.toThrow(
      /Deployment\/cart from control was refused/,
    );
  });
});
