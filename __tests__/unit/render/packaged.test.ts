import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/plan/graph.js';
import { renderApp } from '../../../src/render/index.js';
import { resolveTargets } from '../../../src/spec/load.js';
import { parseYamlSource, problemAt } from '../../../src/spec/yaml-source.js';

/** What `helm template` printed for a chart with hooks (the renderer gets text; running helm is src/packaging's). */
const chartText = `
apiVersion: v1
kind: ConfigMap
metadata: { name: demo-config, labels: { app.kubernetes.io/managed-by: Helm } }
data: { a: b }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: demo }
spec: { selector: { matchLabels: { app: demo } }, template: { metadata: { labels: { app: demo } }, spec: { containers: [{ name: c, image: "x:1", envFrom: [{ configMapRef: { name: demo-config } }] }] } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: demo-migrate, annotations: { helm.sh/hook: "pre-install,pre-upgrade", helm.sh/hook-weight: "5" } }
spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: "x:1", envFrom: [{ configMapRef: { name: demo-config } }] }] } } }
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: demo-hook, annotations: { helm.sh/hook: pre-install, helm.sh/hook-weight: "-1" } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: demo-notify, annotations: { helm.sh/hook: post-install } }
spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: "x:1" }] } } }
---
apiVersion: v1
kind: Pod
metadata: { name: demo-test, annotations: { helm.sh/hook: test } }
spec: { containers: [{ name: c, image: "x:1" }] }
`;

function render(text: string) {
  const document = parseYamlSource(
    'app: shop\ncomponents:\n  - name: demo\n    kind: helm\n    helm: { chart: ./chart }\n',
    'k8deployer.yaml',
  );
  const [target] = resolveTargets(document);
  if (!target) throw new Error('no target');
  return renderApp(target, {
    files: new Map(),
    packaged: new Map([[`${target.name}\u0000demo`, { text, renderer: 'helm' }]]),
    env: {},
    missingSecrets: 'placeholder',
    problemAt: (pointer, message) => problemAt(document, pointer, message),
  });
}

describe('kind: helm rendering (pure, from the text helm template printed)', () => {
  it('labels objects as ours, puts them in the app namespace, leaves test hooks out', () => {
    const rendered = render(chartText);
    const demo = rendered.objects.filter((entry) => entry.component === 'demo');
    expect(demo.map((entry) => `${entry.object.kind}/${entry.object.metadata.name}`)).toEqual([
      'ConfigMap/demo-config',
      'Deployment/demo',
      'Job/demo-migrate',
      'ServiceAccount/demo-hook',
      'Job/demo-notify',
    ]);
    expect(rendered.components.find((component) => component.name === 'demo')?.images).toEqual(['x:1']);
    for (const entry of demo) {
      expect(entry.object.metadata.namespace).toBe('shop');
      expect(entry.object.metadata.labels?.['app.kubernetes.io/managed-by']).toBe('k8deployer');
    }
  });

  it('orders hooks: pre-install by weight, then the chart, then post-install; hooks are re-created when changed', () => {
    const rendered = render(chartText);
    const graph = buildGraph(rendered.objects, rendered.components);
    const dependsOn = (name: string) =>
      [...graph.nodes.values()].find((node) => node.desired.object.metadata.name === name)?.dependsOn ??
      new Set<string>();
    const keyOf = (name: string) =>
      [...graph.nodes.values()].find((node) => node.desired.object.metadata.name === name)?.key ?? '';
    expect(dependsOn('demo-migrate').has(keyOf('demo-hook'))).toBe(true);
    // A pre-install hook runs before the chart's objects, even one it reads (Helm's order: hooks see no chart object).
    expect(dependsOn('demo-migrate').has(keyOf('demo-config'))).toBe(false);
    expect(dependsOn('demo-config').has(keyOf('demo-migrate'))).toBe(true);
    expect(dependsOn('demo').has(keyOf('demo-migrate'))).toBe(true);
    expect(dependsOn('demo-notify').has(keyOf('demo'))).toBe(true);
    expect(dependsOn('demo-notify').has(keyOf('demo-config'))).toBe(true);
    const order = graph.order().map((node) => node.desired.object.metadata.name);
    expect(order.indexOf('demo-hook')).toBeLessThan(order.indexOf('demo-migrate'));
    expect(order.indexOf('demo-migrate')).toBeLessThan(order.indexOf('demo'));
    expect(order.indexOf('demo')).toBeLessThan(order.indexOf('demo-notify'));
    const migrate = rendered.objects.find((entry) => entry.object.metadata.name === 'demo-migrate');
    expect(migrate?.options?.replaceOnImmutable).toBe(true);
  });

  it('a document that is not an object is a positioned problem at the component', () => {
    expect(() => render('kind: ConfigMap\n')).toThrow(
      /k8deployer\.yaml:5:\d+: demo \(helm\) document 1: a Kubernetes object needs apiVersion, kind and metadata\.name/,
    );
  });
});
