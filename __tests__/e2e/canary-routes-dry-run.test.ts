// The canary's split objects for ingress-nginx and the Gateway API, accepted by a real API server: a server-side
// dry run of every object of a step (the HTTPRoute against the vendored Gateway API CRDs; no ingress-nginx runs
// on the test bed, so the canary Ingress is checked by the API server, its annotations by the rendered-object tests
// in __tests__/unit/strategy/canary-render.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desiredAtStep, planCanaries } from '../../src/apply/canary/plan.js';
import type { KubeObject } from '../../src/kube/object.js';
import { renderFixture } from '../unit/render/render-fixture.js';
import { dryRunRendered } from './dry-run.js';
import { deleteNamespace, testClusters, uniqueNamespace } from './testbed.js';

const cluster = () => testClusters()[0]!;

function spec(namespace: string, version: string, ingress: string[], traffic: string): string {
  return [
    'app: shop',
    `namespace: ${namespace}`,
    'components:',
    '  - name: web',
    `    image: registry.example.com/web:${version}`,
    '    port: 8080',
    '    replicas: 4',
    '    ingress:',
    '      host: shop.example.com',
    ...ingress.map((line) => `      ${line}`),
    `    strategy: { type: canary, traffic: ${traffic}, steps: [{ weight: 30, pause: until-promoted }] }`,
    '',
  ].join('\n');
}

describe('canary split objects on a real API server', () => {
  let ns: string;
  beforeAll(async () => {
    ns = await uniqueNamespace('canary-routes', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  for (const [traffic, ingress, kind] of [
    ['nginx', ['className: nginx'], 'Ingress'],
    ['gateway', ['gateway: { parentRefs: [{ name: public, sectionName: http }] }'], 'HTTPRoute'],
  ] as const) {
    it(`${traffic}: every object of a step passes a server-side dry run`, async () => {
      const stable = renderFixture({ name: 'v1', spec: spec(ns, '1', [...ingress], traffic) });
      const target = renderFixture({ name: 'v2', spec: spec(ns, '2', [...ingress], traffic) });
      const previous = { revision: 1, objects: stable.objects, components: stable.components };
      const live = new Map([
        ['web', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 4 } }],
      ]);
      const set = desiredAtStep(target, previous, planCanaries(target, previous, live), 0);
      // The namespace exists (the test made it): everything else is dry-run.
      const objects: KubeObject[] = set.rendered.objects
        .map((entry) => entry.object)
        .filter((object) => object.kind !== 'Namespace');
      expect(objects.some((object) => object.kind === kind && object.metadata.name.startsWith('web'))).toBe(true);
      expect(set.created.map((ref) => `${ref.kind}/${ref.name}`)).toContain('Service/web-canary');
      expect(await dryRunRendered(cluster(), ns, objects, `canary ${traffic}`)).toBe(objects.length);
    });
  }
});
