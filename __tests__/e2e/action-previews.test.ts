// The action's pull-request safety rules end to end (docs/action.md "Safety on pull requests"): the real action
// entry (dist/index.js, or src/index.ts with K8DEPLOYER_ACTION_SOURCE=1) against the test clusters and the local
// GitHub contract server, with payloads and specs that try to steer a preview into production or take over
// credentials and other repositories' previews.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionHarness,
  REPOSITORY_LABEL_VALUE,
  pullRequestPayload,
  randomPullRequestNumber,
} from './action-harness.js';
import { type TestCluster, deleteNamespace, kubeConfigFor, testClusters, waitFor } from './testbed.js';

const harness = new ActionHarness();
let clusters: TestCluster[];
let stepEnv: Record<string, string>;
const pr = randomPullRequestNumber();
const prodNs = `acme-prod-${pr}`;
const baseSha = '9049f1265b7d61be4a8904a9a27120d2064dab3b';
const withoutPreviewHost = (text: string): string => text.replace(/^ {2}host: pr-\$\{pr\}.*\n/m, '');
/**
 * The spec file above has no preview host, so runs that preview give one (a preview's Ingress routes only its own
 * host).
 */
const previewHostInput = { 'preview-host': 'pr-${pr}.preview.example.com' };

const core = (cluster: TestCluster) => kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);

async function readNamespace(cluster: TestCluster, name: string): Promise<k8s.V1Namespace | undefined> {
  try {
    return await core(cluster).readNamespace({ name });
  } catch (error) {
    if ((error as { code?: number }).code === 404) return undefined;
    throw error;
  }
}

/** A namespace someone else made, with one ConfigMap in it, so "untouched" can be checked. */
async function foreignNamespace(cluster: TestCluster, name: string, labels: Record<string, string>): Promise<void> {
  await core(cluster).createNamespace({ body: { metadata: { name, labels } } });
  await core(cluster).createNamespacedConfigMap({
    namespace: name,
    body: { metadata: { name: 'keep-me' }, data: { owner: 'someone else' } },
  });
}

async function assertUntouched(cluster: TestCluster, name: string): Promise<void> {
  const namespace = await readNamespace(cluster, name);
  expect(namespace?.metadata?.deletionTimestamp).toBeUndefined();
  const configMaps = await core(cluster).listNamespacedConfigMap({ namespace: name });
  expect(configMaps.items.map((item) => item.metadata?.name).filter((n) => n !== 'kube-root-ca.crt')).toEqual([
    'keep-me',
  ]);
  const deployments = await kubeConfigFor(cluster)
    .makeApiClient(k8s.AppsV1Api)
    .listNamespacedDeployment({ namespace: name });
  expect(deployments.items).toEqual([]);
}

async function removeNamespace(name: string): Promise<void> {
  await deleteNamespace(name, clusters);
  for (const cluster of clusters) {
    await waitFor(
      `namespace ${name} gone from ${cluster.name}`,
      async () => (await readNamespace(cluster, name)) === undefined,
      { timeoutMs: 90_000 },
    );
  }
}

beforeAll(async () => {
  clusters = testClusters();
  if (clusters.length < 2) throw new Error(`the action test needs two test clusters, got ${clusters.length}`);
  stepEnv = ActionHarness.kubeconfigEnv(clusters);
  await harness.start();
  harness.writeSpec('k8deployer.yaml', { namespace: prodNs, transform: withoutPreviewHost });
});

afterAll(async () => {
  await harness.stop();
});

describe('a preview never leaves its namespace', () => {
  it('a PR run with the namespace input set to the production namespace is refused naming the input; production is untouched', async () => {
    const [first] = clusters as [TestCluster];
    await foreignNamespace(first, prodNs, {});
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', pr),
        ref: `refs/pull/${pr}/merge`,
        inputs: { namespace: prodNs },
        env: stepEnv,
      });
      expect(run.code, run.log).toBe(1);
      expect(run.outputs.status, run.log).toBe('failed');
      const errors = run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      expect(errors.join('\n'), run.log).toContain(
        `input "namespace": a preview-up run only writes its own namespace acme-pr-${pr}, but the input names ${prodNs}`,
      );
      await assertUntouched(first, prodNs);
      expect(await readNamespace(first, `acme-pr-${pr}`)).toBeUndefined();
      expect(harness.github.deployments.filter((d) => d.environment === `pr-${pr}`)).toEqual([]);

      // Closing the PR with the same workflow must not delete production either.
      const closed = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.closed.json', pr),
        ref: `refs/pull/${pr}/merge`,
        inputs: { namespace: prodNs },
        env: stepEnv,
      });
      expect(closed.code, closed.log).toBe(1);
      await assertUntouched(first, prodNs);
    } finally {
      await removeNamespace(prodNs);
    }
  });

  it('a PR whose spec puts a manifest into the production namespace is refused before anything is written', async () => {
    const [first] = clusters as [TestCluster];
    const hostilePr = pr + 1;
    await foreignNamespace(first, prodNs, {});
    const manifest = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: takeover\n  namespace: ${prodNs}\ndata:\n  owned: "yes"\n`;
    harness.writeSpec('k8deployer.yaml', {
      namespace: prodNs,
      transform: (text) =>
        withoutPreviewHost(text).replace('components:\n', 'components:\n  - name: extra\n    files: [extra.yaml]\n'),
    });
    harness.writeFile('extra.yaml', manifest);
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', hostilePr),
        ref: `refs/pull/${hostilePr}/merge`,
        env: stepEnv,
      });
      expect(run.code, run.log).toBe(1);
      const located = run.annotations.find((a) => a.level === 'error' && a.properties.file === 'k8deployer.yaml');
      expect(located?.message, run.log).toContain(
        `ConfigMap takeover would be written to namespace ${prodNs}; a preview only writes its own namespace acme-pr-${hostilePr}`,
      );
      await assertUntouched(first, prodNs);
      expect(await readNamespace(first, `acme-pr-${hostilePr}`)).toBeUndefined();
    } finally {
      harness.writeSpec('k8deployer.yaml', { namespace: prodNs, transform: withoutPreviewHost });
      await removeNamespace(prodNs);
    }
  });
});

describe("teardown and sweep delete only this repository's previews", () => {
  it("a closed PR whose preview namespace lacks this repository's labels is not deleted", async () => {
    const [first] = clusters as [TestCluster];
    const otherPr = pr + 2;
    const ns = `acme-pr-${otherPr}`;
    // Same app name and PR number, but another repository's preview (or a namespace a human made).
    await foreignNamespace(first, ns, {
      'k8deployer.io/preview-pr': String(otherPr),
      'app.kubernetes.io/part-of': 'acme',
      'k8deployer.io/repository': 'gh-999',
    });
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.closed.json', otherPr),
        ref: `refs/pull/${otherPr}/merge`,
        env: stepEnv,
      });
      expect(run.code, run.log).toBe(1);
      expect(run.log).toContain(`namespace ${ns} exists but is not this pull request's preview`);
      await assertUntouched(first, ns);

      // Opening a PR with that number does not write into it either.
      const up = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', otherPr),
        ref: `refs/pull/${otherPr}/merge`,
        inputs: previewHostInput,
        env: stepEnv,
      });
      expect(up.code, up.log).toBe(1);
      expect(up.log).toContain(`namespace ${ns} exists but is not this pull request's preview`);
      await assertUntouched(first, ns);
    } finally {
      await removeNamespace(ns);
    }
  });

  it("the sweep removes this repository's expired preview and ignores another repository's", async () => {
    const [first] = clusters as [TestCluster];
    const oursPr = pr + 3;
    const theirsNs = `acme-pr-${pr + 4}`;
    try {
      const up = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', oursPr),
        ref: `refs/pull/${oursPr}/merge`,
        inputs: previewHostInput,
        env: stepEnv,
      });
      expect(up.code, up.log).toBe(0);
      expect((await readNamespace(first, `acme-pr-${oursPr}`))?.metadata?.labels).toMatchObject({
        'k8deployer.io/repository': REPOSITORY_LABEL_VALUE,
        'k8deployer.io/preview-pr': String(oursPr),
      });
      await foreignNamespace(first, theirsNs, {
        'k8deployer.io/preview-pr': String(pr + 4),
        'app.kubernetes.io/part-of': 'acme',
        'k8deployer.io/repository': 'gh-999',
      });
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      const sweep = await harness.run({
        eventName: 'schedule',
        payload: { schedule: '17 3 * * *' },
        inputs: { 'preview-ttl': '0.0003' },
        env: stepEnv,
      });
      expect(sweep.code, sweep.log).toBe(0);
      await waitFor(`namespace acme-pr-${oursPr} gone`, async () => {
        const left = await readNamespace(first, `acme-pr-${oursPr}`);
        return left === undefined || left.status?.phase === 'Terminating';
      });
      await assertUntouched(first, theirsNs);
    } finally {
      await removeNamespace(`acme-pr-${oursPr}`);
      await removeNamespace(theirsNs);
    }
  });
});

describe('credentials follow the base branch', () => {
  it("a PR whose spec points cluster-1 at cluster 2's credentials previews on cluster 1 anyway, with a warning and a comment note", async () => {
    const [first, second] = clusters as [TestCluster, TestCluster];
    const hostilePr = pr + 5;
    const ns = `acme-pr-${hostilePr}`;
    const baseFiles = { 'k8deployer.yaml': harness.readWorkspaceFile('k8deployer.yaml') };
    harness.writeSpec('k8deployer.yaml', {
      namespace: prodNs,
      transform: (text) =>
        withoutPreviewHost(text).replace('kubeconfigEnv: CLUSTER_1_KUBECONFIG', 'kubeconfigEnv: CLUSTER_2_KUBECONFIG'),
    });
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', hostilePr),
        ref: `refs/pull/${hostilePr}/merge`,
        inputs: previewHostInput,
        env: stepEnv,
        baseFiles,
      });
      expect(run.code, run.log).toBe(0);
      expect(await readNamespace(first, ns)).toBeDefined();
      expect(await readNamespace(second, ns)).toBeUndefined();
      const warning = run.annotations.find(
        (a) => a.level === 'warning' && a.message.includes('kubeconfig.kubeconfigEnv'),
      );
      expect(warning?.message, run.log).toBe(
        "cluster cluster-1: this pull request changes kubeconfig.kubeconfigEnv; ignored, the base branch's credentials are used",
      );
      const comment = harness.github.comments.find((c) => c.issue === hostilePr);
      expect(comment?.body).toContain('> [!WARNING]');
      expect(comment?.body).toContain('kubeconfig.kubeconfigEnv; ignored');
      const contents = harness.github.requests.find((r) => r.path === '/repos/acme/shop/contents/k8deployer.yaml');
      expect(contents?.query.get('ref')).toBe(baseSha);
    } finally {
      harness.writeSpec('k8deployer.yaml', { namespace: prodNs, transform: withoutPreviewHost });
      await removeNamespace(ns);
    }
  });

  it('a PR whose base spec cannot be read is refused (fail closed) and deploys nothing', async () => {
    const newPr = pr + 6;
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened.json', newPr),
      ref: `refs/pull/${newPr}/merge`,
      inputs: previewHostInput,
      env: stepEnv,
      baseFiles: {},
    });
    expect(run.code, run.log).toBe(1);
    expect(run.log).toContain(`cannot read k8deployer.yaml at the base commit ${baseSha.slice(0, 12)}`);
    for (const cluster of clusters) expect(await readNamespace(cluster, `acme-pr-${newPr}`)).toBeUndefined();
    expect(harness.github.deployments.filter((d) => d.environment === `pr-${newPr}`)).toEqual([]);
  });
});

describe('event decisions', () => {
  it('a fork PR with command: deploy is refused before any cluster or GitHub write', async () => {
    const forkPr = pr + 7;
    const before = harness.github.requests.length;
    const run = await harness.run({
      eventName: 'pull_request_target',
      payload: pullRequestPayload('pull_request.opened.fork.json', forkPr),
      ref: 'refs/heads/main',
      inputs: { command: 'deploy' },
      env: stepEnv,
    });
    expect(run.code, run.log).toBe(1);
    expect(run.annotations.find((a) => a.level === 'error')?.message).toContain('refuses to deploy it');
    expect(harness.github.requests.slice(before)).toEqual([]);
    for (const cluster of clusters) expect(await readNamespace(cluster, prodNs)).toBeUndefined();
  });

  it('issue_comment in auto mode is skipped with a reason, successfully, touching nothing', async () => {
    const before = harness.github.requests.length;
    const payload = {
      action: 'created',
      comment: { body: '/deploy', user: { login: 'mallory' } },
      issue: { number: pr, pull_request: {} },
    };
    const run = await harness.run({ eventName: 'issue_comment', payload, env: stepEnv });
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status).toBe('skipped');
    expect(run.stdout).toContain('set `command:` explicitly');
    expect(harness.github.requests.slice(before)).toEqual([]);
    for (const cluster of clusters) expect(await readNamespace(cluster, prodNs)).toBeUndefined();
  });
});
