import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpecError } from '../../../src/errors.js';
import { prepareRun } from '../../../src/pipeline.js';
import { assertConfinedToPreview } from '../../../src/preview/confine.js';
import { ownershipMismatches, previewOwnershipLabels, requireRepository } from '../../../src/preview/ownership.js';
import { withCommentNote } from '../../../src/preview/pull-request-guard.js';
import { selectPreviewsToSweep } from '../../../src/preview/ttl-sweep.js';
import { repositoryIdentity } from '../../../src/settings/repository.js';
import { defaultSettings } from '../../../src/settings/types.js';

const dir = mkdtempSync(path.join(tmpdir(), 'k8deployer-confine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Renders a spec the way a preview run does (namespace override = the preview namespace). */
async function previewRender(spec: string, files: Record<string, string> = {}, variables: Record<string, string> = {}) {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const specPath = path.join(dir, `spec-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(specPath, spec);
  return prepareRun(
    { ...defaultSettings, command: 'preview-up', specPath, namespaceOverride: 'shop-pr-7', variables },
    { env: {}, missingSecrets: 'placeholder' },
  );
}

const base = `app: shop
namespace: shop-prod
components:
  - name: web
    image: nginx:1.27
    port: 8080
clusters:
  - name: c1
    namespace: shop-prod-c1
    kubeconfig: { kubeconfigEnv: K }
`;

describe('assertConfinedToPreview: no spec field sends a preview elsewhere', () => {
  it('the spec and cluster namespaces give way to the preview namespace', async () => {
    const prepared = await previewRender(base);
    expect(() => assertConfinedToPreview(prepared, 'shop-pr-7')).not.toThrow();
    expect(
      prepared.targets[0]!.rendered.objects.every(
        ({ object }) => object.kind === 'Namespace' || object.metadata.namespace === 'shop-pr-7',
      ),
    ).toBe(true);
  });

  it('a raw manifest with an explicit metadata.namespace is refused, positioned at its component', async () => {
    const spec = base.replace('components:\n', 'components:\n  - name: extra\n    files: [prod-config.yaml]\n');
    const prepared = await previewRender(spec, {
      'prod-config.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\n  namespace: shop-prod\ndata:\n  on: "yes"\n',
    });
    let error: unknown;
    try {
      assertConfinedToPreview(prepared, 'shop-pr-7');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    const problems = (error as SpecError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining(
        'ConfigMap flags would be written to namespace shop-prod; a preview only writes its own namespace shop-pr-7',
      ),
    });
  });

  it('an Ingress of a preview routes only the preview host (a production host would share its traffic)', async () => {
    const withHost = (host: string) =>
      base.replace('    port: 8080\n', `    port: 8080\n    ingress:\n      host: "${host}"\n`);
    const caught = (fn: () => void): SpecError => {
      try {
        fn();
      } catch (error) {
        return error as SpecError;
      }
      throw new Error('expected a SpecError');
    };
    const production = await previewRender(withHost('shop.example.com'));
    const refused = caught(() =>
      assertConfinedToPreview(production, 'shop-pr-7', { checkHosts: true, previewHost: 'pr-7.preview.example.com' }),
    );
    expect(refused).toBeInstanceOf(SpecError);
    expect(refused.problems[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining(
        'Ingress web routes shop.example.com; a preview may only route its preview host pr-7.preview.example.com',
      ),
    });
    // Without a preview host of its own, any routed host is refused, with the settings that give it one.
    const noHost = caught(() => assertConfinedToPreview(production, 'shop-pr-7', { checkHosts: true }));
    expect(noHost.problems[0]!.message).toContain(
      "this preview has no host of its own: set the spec's preview.host or the preview-host input",
    );
    // The documented form: the preview host in previews, the production host otherwise.
    const documented = await previewRender(
      withHost('${previewHost,shop.example.com}'),
      {},
      { previewHost: 'pr-7.preview.example.com' },
    );
    expect(() =>
      assertConfinedToPreview(documented, 'shop-pr-7', { checkHosts: true, previewHost: 'pr-7.preview.example.com' }),
    ).not.toThrow();
    // preview-down writes nothing but the namespace deletion: hosts are not checked there.
    expect(() => assertConfinedToPreview(production, 'shop-pr-7')).not.toThrow();
  });

  it('cluster-scoped objects (ClusterRole and its binding, a CRD, another Namespace) are refused', async () => {
    const spec = base.replace(
      '    port: 8080\n',
      '    port: 8080\n    rbac:\n      clusterRules:\n        - apiGroups: [""]\n          resources: [nodes]\n          verbs: [get]\n',
    );
    const prepared = await previewRender(spec);
    expect(() => assertConfinedToPreview(prepared, 'shop-pr-7')).toThrow(/ClusterRole .* is cluster-scoped/);
    const crd = await previewRender(
      base.replace('components:\n', 'components:\n  - name: crds\n    files: [crd.yaml]\n'),
      {
        'crd.yaml':
          'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop-prod\n',
      },
    );
    let error: unknown;
    try {
      assertConfinedToPreview(crd, 'shop-pr-7');
    } catch (caught) {
      error = caught;
    }
    const messages = (error as SpecError).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      expect.stringContaining('CustomResourceDefinition widgets.example.com is cluster-scoped'),
      expect.stringContaining('a preview may only create its own namespace shop-pr-7, not Namespace shop-prod'),
    ]);
  });

  it('a patch that moves an object to another namespace is refused (by the renderer or by the confinement check)', async () => {
    const spec = base.replace(
      '    port: 8080\n',
      '    port: 8080\n    patches:\n      - target: { kind: Service }\n        patch: { metadata: { namespace: shop-prod } }\n',
    );
    await expect(
      previewRender(spec).then((prepared) => assertConfinedToPreview(prepared, 'shop-pr-7')),
    ).rejects.toThrow(SpecError);
  });

  it('thousands of stray objects give a capped list of problems', async () => {
    const many = Array.from(
      { length: 500 },
      (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  namespace: shop-prod\n`,
    ).join('---\n');
    const prepared = await previewRender(
      base.replace('components:\n', 'components:\n  - name: many\n    files: [many.yaml]\n'),
      { 'many.yaml': many },
    );
    try {
      assertConfinedToPreview(prepared, 'shop-pr-7');
      expect.unreachable();
    } catch (error) {
      expect((error as SpecError).problems).toHaveLength(21);
      expect((error as SpecError).problems.at(-1)?.message).toBe(
        '... and 480 more objects outside the preview namespace',
      );
    }
  });
});

describe('preview ownership labels', () => {
  const repo = repositoryIdentity('acme/shop', '123456')!;

  it('are the repository id and the PR number', () => {
    expect(previewOwnershipLabels(repo, 7)).toEqual({
      'k8deployer.io/repository': 'gh-123456',
      'k8deployer.io/preview-pr': '7',
    });
  });

  it("a namespace with the PR label alone, another repository's label or another PR is not ours", () => {
    const expected = previewOwnershipLabels(repo, 7);
    expect(ownershipMismatches({ 'k8deployer.io/preview-pr': '7' }, expected)).toEqual([
      'k8deployer.io/repository=gh-123456 (found none)',
    ]);
    expect(
      ownershipMismatches({ 'k8deployer.io/preview-pr': '7', 'k8deployer.io/repository': 'gh-999' }, expected),
    ).toHaveLength(1);
    expect(
      ownershipMismatches({ 'k8deployer.io/preview-pr': '8', 'k8deployer.io/repository': 'gh-123456' }, expected),
    ).toHaveLength(1);
    expect(ownershipMismatches(undefined, expected)).toHaveLength(2);
    expect(ownershipMismatches({ ...expected, extra: 'x' }, expected)).toEqual([]);
  });

  it('a preview run without a repository identity is refused', () => {
    expect(() => requireRepository(undefined, 'preview-sweep')).toThrow(/preview-sweep needs the repository identity/);
  });

  it("the sweep selects only this repository's previews", () => {
    const old = '2026-01-01T00:00:00Z';
    const selected = selectPreviewsToSweep(
      [
        {
          name: 'shop-pr-1',
          labels: {
            'k8deployer.io/preview-pr': '1',
            'app.kubernetes.io/part-of': 'shop',
            'k8deployer.io/repository': 'gh-123456',
          },
          creationTimestamp: old,
        },
        {
          name: 'shop-pr-2',
          labels: {
            'k8deployer.io/preview-pr': '2',
            'app.kubernetes.io/part-of': 'shop',
            'k8deployer.io/repository': 'gh-999',
          },
          creationTimestamp: old,
        },
        {
          name: 'shop-pr-3',
          labels: { 'k8deployer.io/preview-pr': '3', 'app.kubernetes.io/part-of': 'shop' },
          creationTimestamp: old,
        },
      ],
      { now: new Date('2026-06-01T00:00:00Z'), ttlHours: 1, app: 'shop', repository: 'gh-123456' },
    );
    expect(selected.map((candidate) => candidate.namespace)).toEqual(['shop-pr-1']);
  });
});

describe('withCommentNote', () => {
  it("keeps the marker first and escapes the note (cluster names are the PR's text)", () => {
    const marker = '<!-- k8deployer:shop:pr-7 -->';
    const body = withCommentNote(
      `${marker}\n### result`,
      marker,
      'cluster <img src=x onerror=alert(1)>|x: changes kubeconfig.server',
    );
    expect(body.startsWith(`${marker}\n> [!WARNING]\n> `)).toBe(true);
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;\\|x');
    expect(body.endsWith('### result')).toBe(true);
    expect(Buffer.byteLength(withCommentNote(`${marker}\n${'x'.repeat(70_000)}`, marker, 'note'))).toBeLessThanOrEqual(
      65_536,
    );
  });
});
