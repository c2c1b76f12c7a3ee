// ingress.gateway → HTTPRoute on a real API server with the Gateway API CRDs (testbed/crds/gateway-api). No gateway
// controller runs: the test plays one, writing the route's status through the status subresource as a controller
// would, and the deploy's readiness follows it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, Outcome, type DeployEvent } from '../../src/events.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { renderFixture } from '../unit/render/render-fixture.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace, waitFor } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 90,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

function spec(namespace: string, image: string): string {
  return [
    'app: shop',
    `namespace: ${namespace}`,
    'components:',
    '  - name: web',
    `    image: ${image}`,
    '    port: 8080',
    '    ingress:',
    '      host: shop.example.com',
    '      gateway:',
    '        parentRefs: [{ name: public, sectionName: http }]',
    '',
  ].join('\n');
}

/** What a gateway controller writes: one parent entry with Accepted and ResolvedRefs for the route's generation. */
async function writeRouteStatus(namespace: string, accepted: { status: string; reason: string; message: string }) {
  const route = await waitFor('HTTPRoute web', async () => {
    const out = await kubectl(cluster(), [
      'get',
      'httproute',
      'web',
      '-n',
      namespace,
      '-o',
      'json',
      '--ignore-not-found',
    ]);
    return out.trim() ? (JSON.parse(out) as { metadata: { generation: number } }) : undefined;
  });
  const generation = route.metadata.generation;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const conditions = [
    { type: 'Accepted', ...accepted, observedGeneration: generation, lastTransitionTime: now },
    {
      type: 'ResolvedRefs',
      status: 'True',
      reason: 'ResolvedRefs',
      message: 'resolved',
      observedGeneration: generation,
      lastTransitionTime: now,
    },
  ];
  const status = {
    parents: [
      {
        parentRef: { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', sectionName: 'http' },
        controllerName: 'testbed.k8deployer.io/gateway',
        conditions,
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
  ]);
}

function deploy(namespace: string, image: string) {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const rendered = renderFixture({ name: 'gateway', spec: spec(namespace, image) });
  const result = runDeploy({
    targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered }],
    bus,
    options: engineOptions(settings),
    runId: `gateway-${image}`,
    tuning,
  });
  return { result, events };
}

describe('ingress.gateway on a real cluster', () => {
  let ns: string;
  beforeAll(async () => {
    ns = await uniqueNamespace('gateway', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  it('renders an HTTPRoute that is ready only once its Gateway accepted it', async () => {
    const { result, events } = deploy(ns, 'web:1');
    await writeRouteStatus(ns, { status: 'True', reason: 'Accepted', message: 'accepted' });
    const outcome = await result;
    expect(outcome.outcome, JSON.stringify(outcome.clusters)).toBe(Outcome.Succeeded);
    const routeEvents = events.filter(
      (event) => (event.type === 'object-progress' || event.type === 'object-ready') && event.ref.kind === 'HTTPRoute',
    );
    expect(routeEvents.at(-1)?.type).toBe('object-ready');
    const live = JSON.parse(await kubectl(cluster(), ['get', 'httproute', 'web', '-n', ns, '-o', 'json'])) as {
      spec: { rules: { backendRefs: { name: string; port: number }[] }[] };
    };
    expect(live.spec.rules[0]?.backendRefs).toMatchObject([{ name: 'web', port: 80 }]);
    const ingresses = await kubectl(cluster(), ['get', 'ingress', '-n', ns, '-o', 'name']);
    expect(ingresses.trim()).toBe('');
  });

  it('fails with the reason when the Gateway refuses the route', async () => {
    // A fresh namespace: a route with no status yet, so the refusal is the first thing its readiness sees.
    const refused = await uniqueNamespace('gateway-refused', cluster());
    try {
      const { result } = deploy(refused, 'web:1');
      await writeRouteStatus(refused, {
        status: 'False',
        reason: 'NotAllowedByListeners',
        message: 'hostname not allowed',
      });
      const outcome = await result;
      expect([Outcome.Failed, Outcome.RolledBack]).toContain(outcome.outcome);
      expect(outcome.clusters[0]?.reason).toContain('Accepted=False (NotAllowedByListeners): hostname not allowed');
    } finally {
      await deleteNamespace(refused, cluster());
    }
  });
});
