import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { renderWarnings } from '../../../src/render/warnings.js';
import type { RenderedApp } from '../../../src/render/types.js';
import { renderFixture } from './render-fixture.js';

const deployment = (container: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', ...container }] } } },
});
const service = (name: string, selector: Record<string, string>, targetPort: number | string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name },
  spec: { selector, ports: [{ port: 80, targetPort }] },
});
const app = (...objects: KubeObject[]): RenderedApp => ({
  app: 'shop',
  cluster: 'default',
  namespace: 'shop',
  components: [],
  objects: objects.map((object) => ({ component: 'web', object })),
});
const ports = [{ name: 'http', containerPort: 8080 }];

describe('render-time warnings (the API server accepts these silently)', () => {
  it('a probe on a port the container does not declare, numeric or named', () => {
    const warnings = renderWarnings(
      app(
        deployment({
          ports,
          readinessProbe: { httpGet: { path: '/', port: 9090 } },
          livenessProbe: { tcpSocket: { port: 'metrics' } },
          startupProbe: { httpGet: { path: '/', port: 'http' } },
        }),
      ),
    );
    expect(warnings.map(({ object, field }) => ({ object, field }))).toEqual([
      {
        object: { kind: 'Deployment', name: 'web' },
        field: { kind: 'probe', probe: 'readiness', container: 'app', port: 9090 },
      },
      {
        object: { kind: 'Deployment', name: 'web' },
        field: { kind: 'probe', probe: 'liveness', container: 'app', port: 'metrics' },
      },
    ]);
    expect(warnings.map(({ component, message }) => ({ component, message }))).toEqual([
      {
        component: 'web',
        message:
          'Deployment web: readiness probe of container app uses port 9090, which the container does not declare (ports: http=8080)',
      },
      {
        component: 'web',
        message:
          'Deployment web: liveness probe of container app uses port metrics, which the container does not declare (ports: http=8080)',
      },
    ]);
  });

  it('a Service targetPort that matches no container port of the pods it selects', () => {
    const warnings = renderWarnings(
      app(deployment({ ports }), service('web', { app: 'web' }, 8081), service('named', { app: 'web' }, 'htpp')),
    );
    expect(warnings.map((w) => w.message)).toEqual([
      'Service web: targetPort 8081 (port 80) matches no container port of the pods it selects (Deployment web: http=8080)',
      'Service named: targetPort htpp (port 80) matches no container port of the pods it selects (Deployment web: http=8080)',
    ]);
  });

  it('a raw Service whose selector matches no pod template of the app', () => {
    expect(renderWarnings(app(deployment({ ports }), service('legacy', { app: 'wbe' }, 8080)))).toEqual([
      {
        component: 'web',
        message:
          'Service legacy: selector app=wbe matches no pod template of the app; the Service will have no endpoints',
        object: { kind: 'Service', name: 'legacy' },
        field: { kind: 'selector' },
      },
    ]);
  });

  it('nothing for matching ports, a Service without selector, or the probes of a generated component', () => {
    expect(
      renderWarnings(
        app(
          deployment({ ports, readinessProbe: { httpGet: { path: '/', port: 'http' } } }),
          service('web', { app: 'web' }, 'http'),
          service('by-number', { app: 'web' }, 8080),
          { apiVersion: 'v1', kind: 'Service', metadata: { name: 'external' }, spec: { ports: [{ port: 5432 }] } },
        ),
      ),
    ).toEqual([]);
    const spec = 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n';
    expect(renderWarnings(renderFixture({ name: 'plain', spec }))).toEqual([]);
  });

  it('a component spec probing an undeclared port is warned about, named after the component', () => {
    const rendered = renderFixture({
      name: 'probe',
      spec: 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n    probes:\n      readiness: { path: /healthz, port: 9090 }\n',
    });
    expect(renderWarnings(rendered).map((w) => `${w.component}: ${w.message}`)).toEqual([
      'web: Deployment web: readiness probe of container web uses port 9090, which the container does not declare (ports: http=8080)',
    ]);
  });
});
