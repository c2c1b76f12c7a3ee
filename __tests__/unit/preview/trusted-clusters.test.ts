import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from '../../../src/spec/spec-types.generated.js';
import { baseFileReader } from '../../../src/github/base-files.js';
import { createGitHubClient } from '../../../src/github/client.js';
import { prepareRun } from '../../../src/pipeline.js';
import {
  applyBaseCredentials,
  clusterFieldRoles,
  credentialFields,
  describeTrustedCredentials,
  UntrustedCredentialsError,
} from '../../../src/preview/trusted-clusters.js';
import { defaultSettings, type Settings } from '../../../src/settings/types.js';
import { providerNames } from '../../../src/spec/providers.js';
import { GitHubContractServer } from '../github/github-contract-server.js';

const baseSha = '9049f1265b7d61be4a8904a9a27120d2064dab3b';

const baseSpec = `app: shop
namespace: shop
variables:
  apiHost: prod.k8s.example.com
components:
  - name: web
    image: nginx:1.27
    port: 8080
clusters:
  - name: prod
    kubeconfig:
      server: https://\${apiHost}:6443
      tokenEnv: PROD_TOKEN
  - name: staging
    enabled: false
    doks:
      cluster: staging
`;

let workspace: string;
let server: GitHubContractServer;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'k8deployer-trusted-'));
  server = await new GitHubContractServer().start();
  server.files.set(baseSha, new Map([['deploy/k8deployer.yaml', baseSpec]]));
});
afterAll(async () => {
  await server.stop();
  rmSync(workspace, { recursive: true, force: true });
});

function github() {
  return {
    client: createGitHubClient({ token: server.token, baseUrl: server.url }),
    repo: { owner: 'acme', repo: 'shop' },
  };
}

async function headRun(headSpec: string, clusters: string[] = []) {
  const specPath = path.join(workspace, 'deploy/k8deployer.yaml');
  execFileSync('mkdir', ['-p', path.dirname(specPath)]);
  writeFileSync(specPath, headSpec);
  const settings: Settings = { ...defaultSettings, command: 'plan', specPath, clusters };
  const prepared = await prepareRun(settings, { env: {}, missingSecrets: 'placeholder' });
  return { prepared, specPath };
}

async function trust(
  headSpec: string,
  options: { clusters?: string[]; readBase?: (p: string) => Promise<string>; preview?: boolean } = {},
) {
  const { prepared, specPath } = await headRun(headSpec, options.clusters);
  const report = await applyBaseCredentials(prepared, {
    specPath,
    workspace,
    baseSha,
    readBase: options.readBase ?? baseFileReader({ sha: baseSha, github: github() }),
    specOptions: {},
    tempDir: workspace,
    ...(options.preview ? { previewClustersFromBase: true } : {}),
  });
  return { prepared, report };
}

describe('credential fields come from the generated schema type', () => {
  it('classifies every cluster field, and the credential ones are exactly the provider blocks', () => {
    expect([...credentialFields].sort()).toEqual([...providerNames].sort());
    // A field added to the schema without a decision fails to compile (satisfies Record<keyof Cluster, ...>).
    const every: (keyof Cluster)[] = Object.keys(clusterFieldRoles) as (keyof Cluster)[];
    expect(every).toContain('kubeconfig');
  });
});

describe('applyBaseCredentials (hostile pull request heads)', () => {
  it('an unchanged head reads the base through the contents API and reports nothing', async () => {
    const { prepared, report } = await trust(baseSpec);
    expect(report).toEqual({ changed: [], added: [] });
    expect(prepared.targets[0]!.target.credentials).toEqual({
      provider: 'kubeconfig',
      server: 'https://prod.k8s.example.com:6443',
      tokenEnv: 'PROD_TOKEN',
    });
    const request = server.requests.find((r) => r.path.includes('/contents/'));
    expect(request?.query.get('ref')).toBe(baseSha);
    expect(request?.headers.accept).toBe('application/vnd.github.raw+json');
  });

  it('a head that points the server elsewhere and reads another token env gets the base values, reported', async () => {
    const head = baseSpec
      .replace('https://${apiHost}:6443', 'https://evil.example.net')
      .replace('PROD_TOKEN', 'OTHER_SECRET');
    const { prepared, report } = await trust(head);
    expect(prepared.targets[0]!.target.credentials).toEqual({
      provider: 'kubeconfig',
      server: 'https://prod.k8s.example.com:6443',
      tokenEnv: 'PROD_TOKEN',
    });
    expect(report.changed).toEqual([{ cluster: 'prod', fields: ['kubeconfig.server', 'kubeconfig.tokenEnv'] }]);
    expect(describeTrustedCredentials(report)).toBe(
      "cluster prod: this pull request changes kubeconfig.server, kubeconfig.tokenEnv; ignored, the base branch's credentials are used",
    );
  });

  it('a head that changes a variable used in the provider block changes nothing', async () => {
    const { prepared, report } = await trust(
      baseSpec.replace('apiHost: prod.k8s.example.com', 'apiHost: evil.example.net'),
    );
    expect(prepared.targets[0]!.target.credentials).toMatchObject({ server: 'https://prod.k8s.example.com:6443' });
    expect(report.changed).toHaveLength(1);
  });

  it('a head that swaps the provider gets the base provider back', async () => {
    const head = baseSpec.replace(
      /kubeconfig:\n {6}server: .*\n {6}tokenEnv: PROD_TOKEN/,
      'kubeconfig:\n      kubeconfigEnv: MY_KUBECONFIG',
    );
    const { prepared, report } = await trust(head);
    expect(prepared.targets[0]!.target.credentials).toEqual({
      provider: 'kubeconfig',
      server: 'https://prod.k8s.example.com:6443',
      tokenEnv: 'PROD_TOKEN',
    });
    expect(report.changed[0]!.fields).toEqual(['kubeconfig.kubeconfigEnv', 'kubeconfig.server', 'kubeconfig.tokenEnv']);
    const eks = baseSpec.replace(
      /kubeconfig:\n {6}server: .*\n {6}tokenEnv: PROD_TOKEN/,
      'eks:\n      region: us-east-1\n      cluster: prod',
    );
    const swapped = await trust(eks);
    expect(swapped.prepared.targets[0]!.target.provider).toBe('kubeconfig');
    expect(swapped.report.changed[0]!.fields).toEqual(['provider (kubeconfig → eks)']);
  });

  it('a cluster the base does not have is left out; only new clusters → refused', async () => {
    const added = `${baseSpec}  - name: mine\n    kubeconfig:\n      server: https://mine.example.net\n      tokenEnv: X\n`;
    const { prepared, report } = await trust(added);
    expect(prepared.targets.map(({ target }) => target.name)).toEqual(['prod']);
    expect(report.added).toEqual(['mine']);
    await expect(trust(added, { clusters: ['mine'] })).rejects.toThrow(
      /none of the clusters this run targets \(mine\); a pull request cannot add clusters/,
    );
  });

  it('a cluster the base disables keeps the base credentials when the head enables it', async () => {
    const head = baseSpec.replace('enabled: false', 'enabled: true').replace('cluster: staging', 'cluster: elsewhere');
    const { prepared, report } = await trust(head);
    expect(prepared.targets.find(({ target }) => target.name === 'staging')?.target.credentials).toEqual({
      provider: 'doks',
      cluster: 'staging',
    });
    expect(report.changed).toEqual([{ cluster: 'staging', fields: ['doks.cluster'] }]);
  });

  it('fails closed when the base spec cannot be read (missing at the base, or no way to read it)', async () => {
    await expect(
      trust(baseSpec, { readBase: baseFileReader({ sha: 'f'.repeat(40), github: github() }) }),
    ).rejects.toThrow(UntrustedCredentialsError);
    await expect(trust(baseSpec, { readBase: baseFileReader({ sha: baseSha }) })).rejects.toThrow(
      /cannot read deploy\/k8deployer.yaml at the base commit 9049f1265b7d .*no checkout with the base commit and no github-token/,
    );
    await expect(trust(baseSpec, { readBase: baseFileReader({ sha: 'not-a-sha' }) })).rejects.toThrow(
      /the event names no base commit/,
    );
  });

  it('a head that makes a secret read a step variable the base does not read is refused', async () => {
    const head = `${baseSpec.replace('clusters:', 'secrets:\n  - name: stolen\n    fromEnv:\n      password: PROD_DB_PASSWORD\nclusters:')}`;
    await expect(trust(head)).rejects.toThrow(
      /reads? the environment variable\(s\) PROD_DB_PASSWORD, which the base branch's spec does not read/,
    );
  });

  it('a preview the head moves to another cluster goes where the base previews (its first enabled cluster) or nowhere', async () => {
    const moved = await trust(baseSpec, { clusters: ['prod', 'staging'], preview: true });
    expect(moved.prepared.targets.map(({ target }) => target.name)).toEqual(['prod']);
    expect(moved.report.notPreviewed).toEqual(['staging']);
    await expect(trust(baseSpec, { clusters: ['staging'], preview: true })).rejects.toThrow(
      /previews on prod, not on staging; a pull request cannot move its preview/,
    );
  });

  it('a head that moves the app to another namespace (spec or cluster namespace) is refused', async () => {
    await expect(trust(baseSpec.replace('namespace: shop', 'namespace: payments'))).rejects.toThrow(
      /moves the app from namespace shop to payments/,
    );
    await expect(
      trust(baseSpec.replace('  - name: prod\n', '  - name: prod\n    namespace: billing\n')),
    ).rejects.toThrow(/from namespace shop to billing/);
  });

  it('fails closed when the base spec is not valid', async () => {
    await expect(trust(baseSpec, { readBase: () => Promise.resolve('app: [') })).rejects.toThrow(
      UntrustedCredentialsError,
    );
  });

  it('a kubeconfig file in the repository is read at the base commit, not from the head checkout', async () => {
    const spec = baseSpec.replace(
      /kubeconfig:\n {6}server: .*\n {6}tokenEnv: PROD_TOKEN/,
      'kubeconfig:\n      path: deploy/prod.kubeconfig',
    );
    const specInBase = spec.replace('path: deploy/prod.kubeconfig', 'path: prod.kubeconfig');
    // Spec paths resolve relative to the spec file: deploy/prod.kubeconfig, in the head and in the base.
    writeFileSync(path.join(workspace, 'deploy/prod.kubeconfig'), 'head version');
    writeFileSync(path.join(workspace, 'prod.kubeconfig'), 'a file of the same name at the root');
    const files = new Map([
      ['deploy/k8deployer.yaml', specInBase],
      ['deploy/prod.kubeconfig', 'base version'],
      ['prod.kubeconfig', 'root version'],
    ]);
    const { prepared } = await trust(specInBase, {
      readBase: async (p) => files.get(p) ?? Promise.reject(new Error('missing')),
    });
    const credentials = prepared.targets[0]!.target.credentials as unknown as {
      path: string;
      fromRepository?: boolean;
    };
    expect(readFileSync(credentials.path, 'utf8')).toBe('base version');
    expect(credentials.fromRepository).toBe(true);
  });
});

describe('baseFileReader: git show when the checkout has the base commit', () => {
  it('reads the file at that commit, not the working tree', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'k8deployer-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
        encoding: 'utf8',
      }).trim();
    git('init', '-q');
    writeFileSync(path.join(repo, 'k8deployer.yaml'), 'base');
    git('add', '.');
    git('commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD');
    writeFileSync(path.join(repo, 'k8deployer.yaml'), 'head');
    expect(await baseFileReader({ sha, workspace: repo })('k8deployer.yaml')).toBe('base');
    await expect(baseFileReader({ sha, workspace: repo })('missing.yaml')).rejects.toThrow(/git show/);
    rmSync(repo, { recursive: true, force: true });
  });

  it('a directory answer from the contents API is not a file', async () => {
    await expect(baseFileReader({ sha: baseSha, github: github() })('deploy')).rejects.toThrow(/is not a file/);
  });
});
