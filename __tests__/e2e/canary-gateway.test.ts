// A canary split by Gateway API HTTPRoute weights on a real API server with the Gateway API CRDs. No gateway
// controller runs on the test bed: the test plays one, accepting every generation of the route through the status
// subresource, as a controller would; the deploy's readiness of the route follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, Outcome } from '../../src/events.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { renderFixture } from '../unit/render/render-fixture.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

function spec(namespace: string, version: string): string {
  return [
    'app: shop',
    `namespace: ${namespace}`,
    'components:',
    '  - name: web',
    `    image: registry.example.com/web:${version}`,
    '    port: 8080',
    '    replicas: 4',
    '    networkPolicy: false',
    '    ingress:',
    '      host: shop.example.com',
    '      gateway: { parentRefs: [{ name: public, sectionName: http }] }',
    '    strategy:',
    '      type: canary',
    '      steps: [{ weight: 20, pause: 1s }, { weight: 60, pause: until-promoted }]',
    '',
  ].join('\n');
}

/** Plays the gateway controller: every generation of route `web` gets Accepted and ResolvedRefs. */
function acceptRoutes(namespace: string): () => void {
  let stopped = false;
  const loop = async (): Promise<void> => {
    while (!stopped) {
      const out = await kubectl(cluster(), [
        'get',
        'httproute',
        'web',
        '-n',
        namespace,
        '-o',
        'json',
        '--ignore-not-found',
      ]).catch(() => '');
      if (out.trim()) {
        const route = JSON.parse(out) as {
          metadata: { generation: number };
          status?: { parents?: { conditions?: { observedGeneration?: number }[] }[] };
        };
        const seen = route.status?.parents?.[0]?.conditions?.[0]?.observedGeneration;
        if (seen !== route.metadata.generation) {
          const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
          const condition = (type: string) => ({
            type,
            status: 'True',
            reason: type,
            message: 'ok',
            observedGeneration: route.metadata.generation,
            lastTransitionTime: now,
          });
          const status = {
            parents: [
              {
                parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', sectionName: 'http' },
                controllerName: 'testbed.k8deployer.io/gateway',
                conditions: [condition('Accepted'), condition('ResolvedRefs')],
              },
            ],
          };
          await kubectl(cluster(), [
            'patch',
            'httproute',
            'web',
            '-n',
            namespace,
            '--subresource=status',
            '--type=merge',
            '-p',
            JSON.stringify({ status }),
          ]).catch(() => undefined);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
}

async function backendRefs(namespace: string): Promise<{ name: string; weight: number }[]> {
  const out = await kubectl(cluster(), ['get', 'httproute', 'web', '-n', namespace, '-o', 'json']);
  const route = JSON.parse(out) as { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } };
  return (route.spec.rules[0]?.backendRefs ?? []).map(({ name, weight }) => ({ name, weight }));
}

async function deploymentNames(namespace: string): Promise<string[]> {
  const out = await kubectl(cluster(), ['get', 'deployments', '-n', namespace, '-o', 'name']);
  return out.trim().split('\n').filter(Boolean).sort();
}

function run(namespace: string, version: string, mode: 'deploy' | 'promote' = 'deploy') {
  return runDeploy({
    targets: [
      {
        cluster: cluster().name,
        kubeConfig: kubeConfigFor(cluster()),
        rendered: renderFixture({ name: 'gw', spec: spec(namespace, version) }),
      },
    ],
    bus: new EventBus(),
    options: engineOptions(settings),
    runId: `canary-gateway-${mode}-${version}`,
    tuning,
    mode,
  });
}

describe('canary with Gateway API HTTPRoute weights', () => {
  let ns: string;
  let stop: () => void = () => undefined;
  beforeAll(async () => {
    ns = await uniqueNamespace('canary-gw', cluster());
    stop = acceptRoutes(ns);
  });
  afterAll(async () => {
    stop();
    await deleteNamespace(ns, cluster());
  });

  it('shifts the route weights step by step and, once promoted, routes everything to the new stable', async () => {
    const first = await run(ns, '1');
    expect(first.outcome, JSON.stringify(first.clusters)).toBe(Outcome.Succeeded);
    expect(await backendRefs(ns)).toEqual([{ name: 'web', weight: 1 }]);

    const canary = await run(ns, '2');
    expect(canary.outcome, JSON.stringify(canary.clusters)).toBe(Outcome.Paused);
    expect(await backendRefs(ns)).toEqual([
      { name: 'web', weight: 40 },
      { name: 'web-canary', weight: 60 },
    ]);
    expect(await deploymentNames(ns)).toEqual(['deployment.apps/web', 'deployment.apps/web-canary']);
    const services = await kubectl(cluster(), [
      'get',
      'service',
      'web-canary',
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.selector}',
    ]);
    expect(JSON.parse(services)).toMatchObject({
      'app.kubernetes.io/name': 'web-canary',
      'k8deployer.io/track': 'canary',
    });

    const promoted = await run(ns, '1', 'promote');
    expect(promoted.outcome, JSON.stringify(promoted.clusters)).toBe(Outcome.Succeeded);
    expect(await backendRefs(ns)).toEqual([{ name: 'web', weight: 1 }]);
    expect(await deploymentNames(ns)).toEqual(['deployment.apps/web']);
    const image = await kubectl(cluster(), [
      'get',
      'deployment',
      'web',
      '-n',
      ns,
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ]);
    expect(image).toBe('registry.example.com/web:2');
  });
});
