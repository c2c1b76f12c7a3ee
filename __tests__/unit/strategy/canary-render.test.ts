// Canary rendering on specs rendered by the real renderer: the objects of a step for each traffic split, and the
// spec field's resolution and refusals.
import { describe, expect, it } from 'vitest';
import { canaryStepObjects, splitReplicas } from '../../../src/apply/canary/render.js';
import { desiredAtStep, planCanaries } from '../../../src/apply/canary/plan.js';
import type { KubeObject } from '../../../src/kube/object.js';
import { renderFixture } from '../render/render-fixture.js';
import { problemsOf } from '../spec/helpers.js';

function spec(image: string, strategy: string, extra: string[] = []): string {
  return [
    'app: shop',
    'namespace: shop',
    'components:',
    '  - name: web',
    `    image: ${image}`,
    '    port: 8080',
    '    replicas: 4',
    ...extra,
    `    strategy: ${strategy}`,
    '',
  ].join('\n');
}

const find = (objects: { object: KubeObject }[], kind: string, name: string): KubeObject | undefined =>
  objects.map((entry) => entry.object).find((object) => object.kind === kind && object.metadata.name === name);

describe('splitReplicas', () => {
  it('with replicas: at least one canary pod, stable keeps one until 100 %, the weight is what the pods give', () => {
    expect(splitReplicas('replicas', 20, 4)).toEqual({ stable: 3, canary: 1, weight: 25 });
    expect(splitReplicas('replicas', 50, 4)).toEqual({ stable: 2, canary: 2, weight: 50 });
    expect(splitReplicas('replicas', 90, 4)).toEqual({ stable: 1, canary: 3, weight: 75 });
    expect(splitReplicas('replicas', 100, 4)).toEqual({ stable: 0, canary: 4, weight: 100 });
    expect(splitReplicas('replicas', 10, 1)).toEqual({ stable: 1, canary: 1, weight: 50 });
  });
  it('behind a weighted route: stable keeps its replicas, the weight is exact', () => {
    expect(splitReplicas('gateway', 20, 4)).toEqual({ stable: 4, canary: 1, weight: 20 });
    expect(splitReplicas('nginx', 60, 4)).toEqual({ stable: 4, canary: 3, weight: 60 });
  });
});

describe('canary step objects', () => {
  const stableOf = (strategy: string, extra: string[] = []) =>
    renderFixture({ name: 'stable', spec: spec('web:1', strategy, extra) });
  const targetOf = (strategy: string, extra: string[] = []) =>
    renderFixture({ name: 'target', spec: spec('web:2', strategy, extra) });

  it('replicas: <name>-canary runs the new version behind the one Service, stable scaled down', () => {
    const strategy = '{ type: canary, steps: [{ weight: 25, pause: until-promoted }] }';
    const stable = stableOf(strategy);
    const target = targetOf(strategy);
    const step = canaryStepObjects({
      component: 'web',
      traffic: 'replicas',
      stable: stable.objects.filter((entry) => entry.component === 'web'),
      target: target.objects.filter((entry) => entry.component === 'web'),
      stableReplicas: 4,
      weight: 25,
    });
    const stableDeployment = find(step.objects, 'Deployment', 'web') as KubeObject;
    const canary = find(step.objects, 'Deployment', 'web-canary') as KubeObject;
    expect(stableDeployment['spec']).toMatchObject({ replicas: 3 });
    expect(JSON.stringify(stableDeployment)).toContain('web:1');
    expect(canary['spec']).toMatchObject({
      replicas: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'web', 'k8deployer.io/track': 'canary' } },
      template: { metadata: { labels: { 'app.kubernetes.io/name': 'web', 'k8deployer.io/track': 'canary' } } },
    });
    expect(JSON.stringify(canary)).toContain('web:2');
    // The Service is stable's, unchanged: its selector (the name label) matches the canary's pods too.
    const service = find(step.objects, 'Service', 'web') as KubeObject;
    expect(service['spec']).toMatchObject({ selector: { 'app.kubernetes.io/name': 'web' } });
    expect(step.created).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-canary', namespace: 'shop' },
    ]);
    expect(step.split.weight).toBe(25);
  });

  it('gateway: the HTTPRoute weighs stable against <name>-canary, whose pods the stable Service does not select', () => {
    const gateway = [
      '    ingress:',
      '      host: shop.example.com',
      '      gateway: { parentRefs: [{ name: public }] }',
    ];
    const strategy = '{ type: canary, steps: [{ weight: 20 }] }';
    const stable = stableOf(strategy, gateway);
    const target = targetOf(strategy, gateway);
    expect(target.components[0]?.strategy).toMatchObject({ type: 'canary', traffic: 'gateway' });
    const step = canaryStepObjects({
      component: 'web',
      traffic: 'gateway',
      stable: stable.objects.filter((entry) => entry.component === 'web'),
      target: target.objects.filter((entry) => entry.component === 'web'),
      stableReplicas: 4,
      weight: 20,
    });
    const route = find(step.objects, 'HTTPRoute', 'web') as KubeObject;
    const refs = (route['spec'] as { rules: { backendRefs: unknown[] }[] }).rules[0]?.backendRefs;
    expect(refs).toMatchObject([
      { name: 'web', weight: 80 },
      { name: 'web-canary', weight: 20 },
    ]);
    const canaryService = find(step.objects, 'Service', 'web-canary') as KubeObject;
    expect(canaryService['spec']).toMatchObject({
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': 'web-canary', 'k8deployer.io/track': 'canary' },
    });
    expect((find(step.objects, 'Deployment', 'web') as KubeObject)['spec']).toMatchObject({ replicas: 4 });
    expect(step.created.map((ref) => `${ref.kind}/${ref.name}`).sort()).toEqual([
      'Deployment/web-canary',
      'Service/web-canary',
    ]);
  });

  it('nginx: a canary Ingress for the same host with canary-weight, to <name>-canary, without cert-manager', () => {
    const ingress = ['    ingress:', '      host: shop.example.com', '      issuer: letsencrypt'];
    const strategy = '{ type: canary, traffic: nginx, steps: [{ weight: 30 }] }';
    const step = canaryStepObjects({
      component: 'web',
      traffic: 'nginx',
      stable: stableOf(strategy, ingress).objects.filter((entry) => entry.component === 'web'),
      target: targetOf(strategy, ingress).objects.filter((entry) => entry.component === 'web'),
      stableReplicas: 4,
      weight: 30,
    });
    const canaryIngress = find(step.objects, 'Ingress', 'web-canary') as KubeObject;
    expect(canaryIngress.metadata.annotations).toMatchObject({
      'nginx.ingress.kubernetes.io/canary': 'true',
      'nginx.ingress.kubernetes.io/canary-weight': '30',
    });
    expect(canaryIngress.metadata.annotations?.['cert-manager.io/cluster-issuer']).toBeUndefined();
    expect(JSON.stringify(canaryIngress['spec'])).toContain('"name":"web-canary"');
    expect(JSON.stringify(canaryIngress['spec'])).toContain('shop.example.com');
    // The main Ingress is untouched.
    expect(find(step.objects, 'Ingress', 'web')?.metadata.annotations?.['nginx.ingress.kubernetes.io/canary']).toBe(
      undefined,
    );
  });
});

describe('which deploys run a canary', () => {
  const strategy = '{ type: canary, steps: [{ weight: 25, pause: 1s }, { weight: 50, pause: until-promoted }] }';
  const stable = renderFixture({ name: 'v1', spec: spec('web:1', strategy) });
  const live = new Map([
    ['web', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 4 } }],
  ]);
  const previous = { revision: 3, objects: stable.objects, components: stable.components };

  it('a new pod template with a stable version deployed: a canary of stable replicas 4', () => {
    const target = renderFixture({ name: 'v2', spec: spec('web:2', strategy) });
    expect(planCanaries(target, previous, live)).toMatchObject([{ component: 'web', stableReplicas: 4 }]);
  });
  it('a first deploy (no revision) or an unchanged template deploys directly', () => {
    const target = renderFixture({ name: 'v2', spec: spec('web:2', strategy) });
    expect(planCanaries(target, undefined, live)).toEqual([]);
    expect(planCanaries(stable, previous, live)).toEqual([]);
    expect(planCanaries(target, previous, new Map())).toEqual([]);
  });
  it('the set at a step keeps what only the revision has (nothing is pruned before the promotion)', () => {
    const target = renderFixture({ name: 'v2', spec: spec('web:2', strategy) });
    const extra = {
      component: 'old',
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'old', namespace: 'shop' } },
    };
    const canaries = planCanaries(target, previous, live);
    const set = desiredAtStep(target, { ...previous, objects: [...previous.objects, extra] }, canaries, 1);
    expect(find(set.rendered.objects, 'ConfigMap', 'old')).toBeDefined();
    expect(set.components.get('web')?.split).toEqual({ stable: 2, canary: 2, weight: 50 });
  });
});

describe('the strategy field', () => {
  it('defaults: a named canary gets one 20 % step held until promoted, replicas traffic, 10 s analysis interval', () => {
    const rendered = renderFixture({ name: 'named', spec: spec('web:1', 'canary') });
    expect(rendered.components[0]?.strategy).toEqual({
      type: 'canary',
      steps: [{ weight: 20, pause: 'until-promoted' }],
      traffic: 'replicas',
      analysis: { intervalMs: 10_000, failureLimit: 0, http: [], prometheus: [] },
    });
  });
  it('defaults.strategy reaches services and workers, not jobs', () => {
    const rendered = renderFixture({
      name: 'defaults',
      spec: [
        'app: shop',
        'defaults: { strategy: canary }',
        'components:',
        '  - { name: web, image: web:1, port: 8080 }',
        '  - { name: migrate, kind: job, image: web:1 }',
        '',
      ].join('\n'),
    });
    expect(rendered.components.find((info) => info.name === 'web')?.strategy?.type).toBe('canary');
    expect(rendered.components.find((info) => info.name === 'migrate')?.strategy).toBeUndefined();
  });
  it('refuses, with positions: gateway traffic without ingress.gateway, a Prometheus check without threshold, a canary job', () => {
    const problems = problemsOf(
      [
        'app: shop',
        'components:',
        '  - name: web',
        '    image: web:1',
        '    port: 8080',
        '    strategy:',
        '      type: canary',
        '      traffic: gateway',
        '      analysis:',
        '        prometheus: [{ url: "http://prom:9090", query: "up" }]',
        '  - name: migrate',
        '    kind: job',
        '    image: web:1',
        '    strategy: canary',
        '',
      ].join('\n'),
    );
    const text = problems.map((problem) => `${problem.line}: ${problem.message}`);
    expect(text).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^8: traffic gateway needs ingress.gateway/),
        expect.stringMatching(/^10: a Prometheus check needs min or max/),
        expect.stringMatching(/^14: strategy canary is for kind service or worker/),
      ]),
    );
  });
  it('refuses a bad pause and a weight over 100', () => {
    const problems = problemsOf(spec('web:1', '{ type: canary, steps: [{ weight: 120, pause: soon }] }'));
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/weight|maximum/);
    expect(problems.map((problem) => problem.message).join('\n')).toMatch(/pause|pattern/);
  });
});
