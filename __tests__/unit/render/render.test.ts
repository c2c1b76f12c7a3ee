import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toolEnv } from './tool-env.js';
import { SpecError } from '../../../src/errors.js';
import { prepareRun } from '../../../src/pipeline.js';
import { objectsToYaml, maskedValue } from '../../../src/render/print.js';
import { defaultSettings } from '../../../src/settings/types.js';
import { renderFixture } from './render-fixture.js';

const settings = (specPath: string, extra = {}) => ({
  ...defaultSettings,
  command: 'render' as const,
  specPath,
  ...extra,
});

describe('render', () => {
  it('renders every example for every cluster', async () => {
    const shop = await prepareRun(settings('examples/shop/k8deployer.yaml'), {
      env: {},
      missingSecrets: 'placeholder',
    });
    expect(shop.targets.map(({ target }) => target.name)).toEqual(['staging', 'production']);
    const [staging, production] = shop.targets.map(({ rendered }) => rendered);
    expect(staging?.components.map((c) => c.name)).toEqual(['db', 'migrate', 'api', 'web', 'worker']);
    expect(production?.components.map((c) => c.name)).toContain('nightly-report');
    expect(production?.components.find((c) => c.name === 'web')?.urls).toEqual(['https://shop.example.com']);
    expect(staging?.components.find((c) => c.name === 'web')?.urls).toEqual(['https://staging.shop.example.com']);
    const minimal = await prepareRun(settings('examples/minimal/k8deployer.yaml'), {
      env: {},
      missingSecrets: 'placeholder',
    });
    expect(minimal.targets[0]?.rendered.objects.map((d) => d.object.kind)).toEqual([
      'Namespace',
      'ServiceAccount',
      'Deployment',
      'Service',
      'NetworkPolicy',
      'PodDisruptionBudget',
    ]);
  });

  it('is deterministic: the same spec renders the same objects', async () => {
    const first = await prepareRun(settings('examples/shop/k8deployer.yaml'), {
      env: {},
      missingSecrets: 'placeholder',
    });
    const second = await prepareRun(settings('examples/shop/k8deployer.yaml'), {
      env: {},
      missingSecrets: 'placeholder',
    });
    expect(JSON.stringify(second.targets.map((t) => t.rendered))).toBe(
      JSON.stringify(first.targets.map((t) => t.rendered)),
    );
  });

  it('the image-tag setting fills the imageTag variable', async () => {
    const run = await prepareRun(settings('examples/minimal/k8deployer.yaml', { imageTag: '9.9.9' }), {
      env: {},
      missingSecrets: 'placeholder',
    });
    const deployment = run.targets[0]?.rendered.objects.find((d) => d.object.kind === 'Deployment')
      ?.object as unknown as { spec: { template: { spec: { containers: { image: string }[] } } } };
    expect(deployment.spec.template.spec.containers[0]?.image).toBe('ghcr.io/acme/hello:9.9.9');
  });

  it('a namespace override (PR previews) moves every namespaced object', async () => {
    const run = await prepareRun(
      settings('examples/shop/k8deployer.yaml', { namespaceOverride: 'shop-pr-12', clusters: ['staging'] }),
      { env: toolEnv(), missingSecrets: 'placeholder' },
    );
    const namespaces = new Set(
      run.targets[0]?.rendered.objects.map((d) => d.object.metadata.namespace ?? d.object.metadata.name),
    );
    expect([...namespaces]).toEqual(['shop-pr-12']);
  });

  it('a config change gives the ConfigMap a new name so pods roll', () => {
    const spec =
      'app: a\ncomponents:\n  - { name: api, image: api:1, port: 80, config: [{ mountPath: /etc/a, files: [a.conf] }] }\n';
    const name = (content: string) =>
      renderFixture({ name: 'x', spec, files: { 'a.conf': content }, expect: [] }).objects.find(
        (d) => d.object.kind === 'ConfigMap',
      )?.object.metadata.name;
    expect(name('one')).not.toBe(name('two'));
    expect(name('one')).toBe(name('one'));
  });

  it('a secret change rolls the pods that use it through a checksum annotation', () => {
    const spec =
      'app: a\nsecrets: [{ name: s, fromEnv: { k: V } }]\ncomponents:\n  - { name: api, image: api:1, port: 80, env: { K: { secret: s, key: k } } }\n';
    const checksum = (value: string) => {
      const rendered = renderFixture({ name: 'x', spec, env: { V: value }, expect: [] });
      const deployment = rendered.objects.find((d) => d.object.kind === 'Deployment')?.object as unknown as {
        spec: { template: { metadata: { annotations: Record<string, string> } } };
      };
      return deployment.spec.template.metadata.annotations['k8deployer.io/secrets-checksum'];
    };
    expect(checksum('a')).toMatch(/^[0-9a-f]{10}$/);
    expect(checksum('a')).not.toBe(checksum('b'));
  });

  it('deploying refuses a secret whose environment variable is missing, naming it and its place', () => {
    const spec =
      'app: a\nsecrets:\n  - name: s\n    fromEnv: { k: MISSING_VAR }\ncomponents:\n  - { name: api, image: api:1 }\n';
    try {
      renderFixture({ name: 'x', spec, expect: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      expect((error as SpecError).problems[0]).toMatchObject({
        line: 4,
        column: 19,
        message: "secret 's': environment variable MISSING_VAR is not set",
      });
    }
  });

  it('printed YAML never shows secret values', async () => {
    const run = await prepareRun(settings('examples/shop/k8deployer.yaml', { clusters: ['staging'] }), {
      env: { SHOP_DB_PASSWORD: 'hunter2-very-secret', SHOP_STRIPE_KEY: 'sk_live_other_secret' },
      missingSecrets: 'error',
    });
    const yaml = objectsToYaml(run.targets[0]?.rendered.objects.map((d) => d.object) ?? []);
    expect(yaml).not.toContain(Buffer.from('hunter2-very-secret').toString('base64'));
    expect(yaml).not.toContain('hunter2-very-secret');
    expect(yaml).toContain(`password: '${maskedValue}'`);
  });

  it('a patch that matches nothing is an error at the patch', () => {
    const spec =
      'app: a\ncomponents:\n  - name: api\n    image: api:1\n    patches:\n      - target: { kind: Ingress }\n        patch: { metadata: { labels: { a: b } } }\n';
    expect(() => renderFixture({ name: 'x', spec, expect: [] })).toThrow(
      /k8deployer.yaml:6:9: patch target Ingress matches no generated object/,
    );
  });

  it('the shop example keeps its config files next to it', () => {
    expect(readFileSync('examples/shop/config/api.yaml', 'utf8')).toContain('listen');
  });
});

describe('render --show-secrets', () => {
  it('prints Secret values only when asked', async () => {
    const run = await prepareRun(settings('examples/shop/k8deployer.yaml', { clusters: ['staging'] }), {
      env: { SHOP_DB_PASSWORD: 'hunter2-very-secret', SHOP_STRIPE_KEY: 'sk' },
      missingSecrets: 'error',
    });
    const objects = run.targets[0]?.rendered.objects.map((d) => d.object) ?? [];
    expect(objectsToYaml(objects, { showSecrets: true })).toContain(
      Buffer.from('hunter2-very-secret').toString('base64'),
    );
  });
});
