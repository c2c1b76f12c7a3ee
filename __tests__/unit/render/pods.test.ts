import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolEnv } from './tool-env.js';
import { prepareRun } from '../../../src/pipeline.js';
import { defaultSettings } from '../../../src/settings/types.js';
import type { DesiredObject } from '../../../src/render/types.js';
import { renderFixture } from './render-fixture.js';

const examples = execFileSync('git', ['ls-files', 'examples/*/k8deployer.yaml'], { encoding: 'utf8' })
  .trim()
  .split('\n');
const render = (specPath: string) =>
  prepareRun({ ...defaultSettings, command: 'render', specPath }, { env: toolEnv(), missingSecrets: 'placeholder' });

interface PodSpec {
  securityContext: Record<string, unknown>;
  containers: Record<string, unknown>[];
  initContainers?: Record<string, unknown>[];
}

function podSpecs(objects: readonly DesiredObject[]): PodSpec[] {
  return objects.flatMap(({ object }) => {
    const spec = object.spec as
      { template?: { spec: PodSpec }; jobTemplate?: { spec: { template: { spec: PodSpec } } } } | undefined;
    const pod = spec?.template?.spec ?? spec?.jobTemplate?.spec.template.spec;
    return pod ? [pod] : [];
  });
}

describe('pods: every container gets the defaults', () => {
  it('the microservices example needs no patches', () => {
    expect(readFileSync('examples/microservices/k8deployer.yaml', 'utf8')).not.toMatch(/^\s*patches:/m);
  });

  for (const example of examples) {
    it(`${example}: main, init and sidecar containers all run restricted, with resources and a pull policy`, async () => {
      const run = await render(example);
      let containers = 0;
      for (const { rendered } of run.targets) {
        for (const pod of podSpecs(rendered.objects)) {
          expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
          for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
            containers += 1;
            expect(container.securityContext, String(container.name)).toMatchObject({
              allowPrivilegeEscalation: false,
              runAsNonRoot: true,
              capabilities: { drop: ['ALL'] },
            });
            expect(container.resources, String(container.name)).toMatchObject({
              requests: { cpu: expect.any(String), memory: expect.any(String) },
              limits: { memory: expect.any(String) },
            });
            expect(container.imagePullPolicy, String(container.name)).toMatch(/^(Always|IfNotPresent|Never)$/);
          }
        }
      }
      expect(containers).toBeGreaterThan(0);
    });
  }

  it('the microservices example runs a sidecar and an init container, and reports their images', async () => {
    const [target] = (await render('examples/microservices/k8deployer.yaml')).targets;
    const pods = podSpecs(target?.rendered.objects ?? []);
    expect(
      pods
        .flatMap((pod) => pod.initContainers ?? [])
        .map((container) => [container.name, container.restartPolicy ?? 'run to completion']),
    ).toEqual([
      ['metrics', 'Always'],
      ['wait-frontend', 'run to completion'],
    ]);
    expect(target?.rendered.components.find((component) => component.name === 'frontend')?.images).toEqual([
      'us-central1-docker.pkg.dev/google-samples/microservices-demo/frontend:v0.10.1',
      'quay.io/prometheus/statsd-exporter:v0.27.1',
    ]);
  });

  it('only the extra LoadBalancer that says waitForAddress: false skips the address wait', () => {
    const spec = `app: a
components:
  - name: web
    image: web:1
    port: 8080
    service: { type: LoadBalancer }
    services:
      - { name: web-fast, type: LoadBalancer, waitForAddress: false }
      - { name: web-internal }
`;
    const options = Object.fromEntries(
      renderFixture({ name: 'x', spec })
        .objects.filter((d) => d.object.kind === 'Service')
        .map((d) => [d.object.metadata.name, d.options?.skipWait ?? false]),
    );
    expect(options).toEqual({ web: false, 'web-fast': true, 'web-internal': false });
  });

  it('one renderer: a sidecar with no settings gets exactly the main container defaults', () => {
    const spec = 'app: a\ncomponents:\n  - { name: web, image: "web:1", sidecars: [{ name: side }] }\n';
    const pod = podSpecs(renderFixture({ name: 'x', spec }).objects)[0];
    const { name: _main, ...main } = pod?.containers[0] ?? {};
    const { name: _side, restartPolicy, ...side } = pod?.initContainers?.[0] ?? {};
    expect(restartPolicy).toBe('Always');
    expect(side).toEqual(main);
  });
});
