// Rendering with resolved digests (pure: the map stands in for what src/images/resolve.ts asked the registry).
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import { resolvePinnedImages } from '../../../src/images/resolve.js';
import { renderApp } from '../../../src/render/index.js';
import { resolveTargets, type LoadedSpec } from '../../../src/spec/load.js';
import { parseYamlSource, problemAt } from '../../../src/spec/yaml-source.js';

const mainDigest = `sha256:${'1'.repeat(64)}`;
const sideDigest = `sha256:${'2'.repeat(64)}`;
const fixed = `sha256:${'3'.repeat(64)}`;

function render(spec: string, pinned?: Map<string, string>) {
  const document = parseYamlSource(spec, 'k8deployer.yaml');
  const target = resolveTargets(document, { variables: {} })[0];
  if (!target) throw new Error('no target');
  return renderApp(target, {
    files: new Map(),
    env: {},
    missingSecrets: 'error',
    ...(pinned ? { pinnedImages: pinned } : {}),
    problemAt: (pointer, message) => problemAt(document, pointer, message),
  });
}

function containers(rendered: ReturnType<typeof render>, component: string) {
  const workload = rendered.objects.find(
    (o) => o.component === component && ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'].includes(o.object.kind),
  )?.object as unknown as {
    spec: { template: { spec: Record<string, { name: string; image: string; imagePullPolicy: string }[]> } };
  };
  const pod = workload.spec.template.spec;
  return [...(pod['initContainers'] ?? []), ...(pod['containers'] ?? [])];
}

const spec = `
app: shop
images: { pin: digest }
components:
  - name: api
    image: 127.0.0.1:5000/shop/api:1.0
    port: 8080
    initContainers:
      - name: migrate
    sidecars:
      - name: proxy
        image: 127.0.0.1:5000/shop/proxy:2
  - name: legacy
    image: 127.0.0.1:5000/shop/legacy:1
    images: { pin: tag }
  - name: fixed
    image: 127.0.0.1:5000/shop/fixed:1@${fixed}
`;

const pinned = new Map([
  ['127.0.0.1:5000/shop/api:1.0', mainDigest],
  ['127.0.0.1:5000/shop/proxy:2', sideDigest],
]);

describe('images.pin: digest in rendering', () => {
  it('runs main, init and sidecar containers as name@digest with IfNotPresent', () => {
    const rendered = render(spec, pinned);
    expect(containers(rendered, 'api').map((c) => [c.name, c.image, c.imagePullPolicy])).toEqual([
      ['migrate', `127.0.0.1:5000/shop/api@${mainDigest}`, 'IfNotPresent'],
      ['proxy', `127.0.0.1:5000/shop/proxy@${sideDigest}`, 'IfNotPresent'],
      ['api', `127.0.0.1:5000/shop/api@${mainDigest}`, 'IfNotPresent'],
    ]);
  });

  it('reports the tag as written with its digest, and the image the pods run', () => {
    const api = render(spec, pinned).components.find((c) => c.name === 'api');
    expect(api?.images).toEqual([`127.0.0.1:5000/shop/api@${mainDigest}`, `127.0.0.1:5000/shop/proxy@${sideDigest}`]);
    expect(api?.pins).toEqual([
      { image: '127.0.0.1:5000/shop/api:1.0', digest: mainDigest },
      { image: '127.0.0.1:5000/shop/proxy:2', digest: sideDigest },
    ]);
  });

  it("lets a component's pin: tag win over the spec's, and leaves written digests alone", () => {
    const rendered = render(spec, new Map([...pinned, ['127.0.0.1:5000/shop/legacy:1', mainDigest]]));
    expect(containers(rendered, 'legacy')[0]?.image).toBe('127.0.0.1:5000/shop/legacy:1');
    expect(containers(rendered, 'fixed')[0]?.image).toBe(`127.0.0.1:5000/shop/fixed:1@${fixed}`);
    expect(rendered.components.find((c) => c.name === 'legacy')?.pins).toBeUndefined();
  });

  it('renders tags as written when nothing was resolved (offline render)', () => {
    expect(containers(render(spec), 'api').map((c) => c.image)).toEqual([
      '127.0.0.1:5000/shop/api:1.0',
      '127.0.0.1:5000/shop/proxy:2',
      '127.0.0.1:5000/shop/api:1.0',
    ]);
  });
});

describe('resolvePinnedImages before any registry request', () => {
  it('refuses a reference the grammar does not allow as a positioned spec error (exit 2)', async () => {
    const document = parseYamlSource(
      'app: shop\nimages: { pin: digest }\ncomponents:\n  - name: api\n    image: ghcr.io/Acme/api:1\n',
      'k8deployer.yaml',
    );
    const targets = resolveTargets(document, { variables: {} });
    const error = await resolvePinnedImages({ document, targets } as unknown as LoadedSpec, {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).exitCode).toBe(2);
    expect((error as SpecError).message).toBe(
      "k8deployer.yaml:5:12: image 'ghcr.io/Acme/api:1': 'Acme' in 'ghcr.io/Acme/api' is not a valid repository name component (lowercase letters, digits and . _ - separators)",
    );
  });

  it('asks nothing for tag pinning, written digests, and charts', async () => {
    const document = parseYamlSource(
      `app: shop\ncomponents:\n  - name: api\n    image: ghcr.io/acme/api:1\n  - name: fixed\n    image: ghcr.io/acme/api@${fixed}\n    images: { pin: digest }\n`,
      'k8deployer.yaml',
    );
    const targets = resolveTargets(document, { variables: {} });
    const fetchCalls: string[] = [];
    const pinned = await resolvePinnedImages(
      { document, targets } as unknown as LoadedSpec,
      {},
      {
        fetch: (url) => {
          fetchCalls.push(url instanceof Request ? url.url : url.toString());
          throw new Error('no request expected');
        },
      },
    );
    expect(pinned.size).toBe(0);
    expect(fetchCalls).toEqual([]);
  });
});
