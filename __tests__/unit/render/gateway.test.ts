import { describe, expect, it } from 'vitest';
import { renderFixture } from './render-fixture.js';

const spec = (ingress: string) =>
  `app: shop\nnamespace: shop\ncomponents:\n  - name: web\n    image: web:1\n    port: 8080\n    ingress:\n${ingress}`;

describe('ingress.gateway', () => {
  it('renders an HTTPRoute instead of an Ingress, backed by the Service port', () => {
    const rendered = renderFixture({
      name: 'route',
      spec: spec(
        '      host: shop.example.com\n      paths: [/, /api]\n      gateway:\n        parentRefs:\n          - { name: public, namespace: infra, sectionName: http }\n',
      ),
    });
    const kinds = rendered.objects.map((entry) => entry.object.kind);
    expect(kinds).toContain('HTTPRoute');
    expect(kinds).not.toContain('Ingress');
    const route = rendered.objects.find((entry) => entry.object.kind === 'HTTPRoute')?.object;
    expect(route?.apiVersion).toBe('gateway.networking.k8s.io/v1');
    expect(route?.metadata).toMatchObject({ name: 'web', namespace: 'shop' });
    expect(route?.spec).toEqual({
      parentRefs: [
        {
          group: 'gateway.networking.k8s.io',
          kind: 'Gateway',
          name: 'public',
          namespace: 'infra',
          sectionName: 'http',
        },
      ],
      hostnames: ['shop.example.com'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }, { path: { type: 'PathPrefix', value: '/api' } }],
          backendRefs: [{ group: '', kind: 'Service', name: 'web', port: 80, weight: 1 }],
        },
      ],
    });
    expect(rendered.components.find((component) => component.name === 'web')?.urls).toEqual([
      'http://shop.example.com',
    ]);
  });

  it('refuses the Ingress-only fields at their position, saying where TLS goes instead', () => {
    expect(() =>
      renderFixture({
        name: 'tls',
        spec: spec(
          '      host: a.example.com\n      issuer: letsencrypt\n      gateway:\n        parentRefs: [{ name: gw }]\n',
        ),
      }),
    ).toThrow(
      /k8deployer.yaml:9:7: issuer does not apply with ingress.gateway: TLS and the class are set on the Gateway's listener/,
    );
  });

  it('refuses ImplementationSpecific paths and an empty parentRefs', () => {
    expect(() =>
      renderFixture({
        name: 'paths',
        spec: spec('      pathType: ImplementationSpecific\n      gateway:\n        parentRefs: []\n'),
      }),
    ).toThrow(
      /8:\d+: an HTTPRoute has no ImplementationSpecific paths[\s\S]*10:\d+: parentRefs needs at least one Gateway/,
    );
  });
});
