import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/plan/graph.js';
import { renderApp } from '../../../src/render/index.js';
import { problemAt, parseYamlSource } from '../../../src/spec/yaml-source.js';
import { resolveTargets } from '../../../src/spec/load.js';
import { problemsOf } from '../spec/helpers.js';

const spec = `app: shop
components:
  - { name: db, kind: statefulset, image: "postgres:16", port: 5432 }
  - { name: web, image: "nginx:1.27", port: 8080, depends: [db] }
  - name: fixtures
    kind: job
    image: "ghcr.io/acme/fixtures:1"
preview:
  seed: [fixtures]
  quota: { cpu: 2, memory: 4Gi, pods: 20, defaultLimit: { memory: 256Mi } }
`;

function render(text: string, preview: boolean) {
  const document = parseYamlSource(text, 'k8deployer.yaml');
  const [target] = resolveTargets(document, preview ? { preview, namespaceOverride: 'shop-pr-7' } : {});
  return renderApp(target!, {
    files: new Map(),
    env: {},
    missingSecrets: 'error',
    problemAt: (pointer, message) => problemAt(document, pointer, message),
  });
}

describe('preview.quota', () => {
  it('a preview gets a ResourceQuota and a LimitRange in its namespace, defaults filled in', () => {
    const rendered = render(spec, true);
    const quota = rendered.objects.find(({ object }) => object.kind === 'ResourceQuota')?.object;
    const limits = rendered.objects.find(({ object }) => object.kind === 'LimitRange')?.object;
    expect(quota).toMatchObject({
      metadata: { name: 'preview-quota', namespace: 'shop-pr-7' },
      spec: {
        hard: { 'requests.cpu': '2', 'limits.cpu': '2', 'requests.memory': '4Gi', 'limits.memory': '4Gi', pods: '20' },
      },
    });
    expect(limits).toMatchObject({
      metadata: { name: 'preview-limits', namespace: 'shop-pr-7' },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: { cpu: '50m', memory: '64Mi' },
            default: { cpu: '500m', memory: '256Mi' },
          },
        ],
      },
    });
  });

  it('every workload waits for the quota objects (pods are admitted against them)', () => {
    const rendered = render(spec, true);
    const graph = buildGraph(rendered.objects, rendered.components);
    const order = graph.order().map((node) => node.desired.object.kind);
    const lastPolicy = Math.max(order.indexOf('ResourceQuota'), order.indexOf('LimitRange'));
    for (const kind of ['Deployment', 'StatefulSet', 'Job']) expect(order.indexOf(kind)).toBeGreaterThan(lastPolicy);
  });

  it('outside previews there is no quota', () => {
    expect(render(spec, false).objects.map(({ object }) => object.kind)).not.toContain('ResourceQuota');
  });

  it('a default request above the default limit is a positioned error', () => {
    const problems = problemsOf(spec.replace('defaultLimit: { memory: 256Mi }', 'defaultRequest: { cpu: "1" }'));
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [10, 'the default cpu request 1 is above the default cpu limit 500m; Kubernetes refuses such a LimitRange'],
    ]);
  });
});

describe('preview.seed', () => {
  it('a seed component runs only in previews, after every other component', () => {
    const preview = render(spec, true);
    expect(preview.components.find((c) => c.name === 'fixtures')?.depends.sort()).toEqual(['db', 'web']);
    expect(preview.objects.some(({ object }) => object.kind === 'Job')).toBe(true);
    const production = render(spec, false);
    expect(production.components.map((c) => c.name)).toEqual(['db', 'web']);
    expect(production.objects.some(({ object }) => object.kind === 'Job')).toBe(false);
  });

  it('names a component, and nothing else depends on a seed', () => {
    const unknown = problemsOf(spec.replace('seed: [fixtures]', 'seed: [fixtures, nope]'));
    expect(unknown.map((p) => [p.line, p.message])).toEqual([[9, "unknown component 'nope'"]]);
    const backwards = problemsOf(spec.replace('depends: [db]', 'depends: [db, fixtures]'));
    expect(backwards.map((p) => p.message)).toEqual([
      "'fixtures' is a preview seed (preview.seed), which runs only in previews, after every other component; 'web' cannot depend on it",
    ]);
  });
});
