import { describe, expect, it } from 'vitest';
import { resolveTargets, specOutline } from '../../../src/spec/load.js';
import { parseYamlSource } from '../../../src/spec/yaml-source.js';

const spec = (clusters: string): string => `app: shop
components:
  - name: web
    image: nginx:1.27
clusters:
${clusters}
preview:
  host: pr-\${pr}.example.com
releases:
  - tag: v*
    environment: production
`;

describe('specOutline', () => {
  it('reads enabled as the loader does: "no", "off", "false" and false leave a cluster out', () => {
    const text = spec(
      ['a: "no"', 'b: "off"', 'c: false', 'd: "yes"', 'e: true']
        .map((entry) => {
          const [name, enabled] = entry.split(': ');
          return `  - name: ${name}\n    kubeconfig: {}\n    enabled: ${enabled}`;
        })
        .join('\n'),
    );
    const document = parseYamlSource(text, 'k8deployer.yaml');
    const outline = specOutline(document);
    expect(outline.enabledClusters).toEqual(['d', 'e']);
    expect(resolveTargets(document).map((target) => target.name)).toEqual(outline.enabledClusters);
  });

  it('keeps the preview and release patterns as written', () => {
    const outline = specOutline(parseYamlSource(spec('  - name: a\n    kubeconfig: {}'), 'k8deployer.yaml'));
    expect(outline).toEqual({
      app: 'shop',
      enabledClusters: ['a'],
      preview: { host: 'pr-${pr}.example.com' },
      releases: [{ tag: 'v*', environment: 'production' }],
    });
  });
});
