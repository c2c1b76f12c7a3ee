// End-to-end test of the GitHub Action: the bundled dist/index.js runs as the runner would start it (see
// action-harness.ts), against the real test clusters (kwok) and the local GitHub REST contract server. One PR goes
// through opened → synchronize → closed, a fork PR is refused, a tag is released to both clusters, a few documented
// defaults are checked, and an invalid spec fails with an annotation on the right line.
//
// Debug: K8DEPLOYER_ACTION_E2E_DEBUG=1 prints every run's log and summary; K8DEPLOYER_ACTION_ENTRY=/path/index.js
// runs another bundle (e.g. `ncc build src/main.ts -o /tmp/x`) instead of dist/.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActionHarness,
  type ActionRun,
  REPOSITORY,
  REPOSITORY_LABEL_VALUE,
  SERVER_URL,
  pullRequestPayload,
  randomPullRequestNumber,
  readFixture,
} from './action-harness.js';
import { type TestCluster, deleteNamespace, kubeConfigFor, kubectl, testClusters, waitFor } from './testbed.js';

const harness = new ActionHarness();
let clusters: TestCluster[];
let stepEnv: Record<string, string>;
const pr = randomPullRequestNumber();
const previewNs = `acme-pr-${pr}`;
const previewEnvironment = `pr-${pr}`;
// The fixture's ingress has no TLS, so the preview URL is the http one the Ingress serves.
const previewUrl = `http://pr-${pr}.preview.example.com`;
const marker = `<!-- k8deployer:acme:pr-${pr} -->`;
const openedSha = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const syncSha = 'b6e1a5fb1c5a2d7c9f3e4d8a0b2c4e6f8a0b1c2d';
const releaseNs = `acme-rel-${pr}`;
const timings: string[] = [];

/** The fixture spec without `preview.host: pr-${pr}…`, for runs that should not depend on how ${pr} is handled. */
const withoutPreviewHost = (text: string): string => text.replace(/^ {2}host: pr-\$\{pr\}.*\n/m, '');

function note(name: string, run: ActionRun): void {
  timings.push(`${name}: exit ${run.code} in ${run.durationMs} ms`);
}

const runUrl = (runId: string): string => `${SERVER_URL}/${REPOSITORY}/actions/runs/${runId}`;

interface ResultJson {
  status: string;
  command?: string;
  app?: string;
  clusters: {
    name: string;
    namespace?: string;
    status: string;
    components: { name: string; status: string; urls: string[]; images: string[] }[];
  }[];
}

function resultOf(run: ActionRun): ResultJson {
  expect(run.outputs.result, run.log).toBeDefined();
  return JSON.parse(run.outputs.result ?? '') as ResultJson;
}

async function readNamespace(cluster: TestCluster, name: string): Promise<k8s.V1Namespace | undefined> {
  try {
    return await kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api).readNamespace({ name });
  } catch (error) {
    if ((error as { code?: number }).code === 404) return undefined;
    throw error;
  }
}

async function readDeployment(cluster: TestCluster, namespace: string, name: string): Promise<k8s.V1Deployment> {
  return kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api).readNamespacedDeployment({ name, namespace });
}

/** Deletes the namespace everywhere and waits until it is gone (a Terminating namespace would still be swept). */
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

const deploymentsOf = (environment: string) => harness.github.deployments.filter((d) => d.environment === environment);
const commentsOf = (issue: number) => harness.github.comments.filter((c) => c.issue === issue);
const states = (deployment: { statuses: { state: string }[] }) => deployment.statuses.map((s) => s.state);

beforeAll(async () => {
  clusters = testClusters();
  if (clusters.length < 2) throw new Error(`the action test needs two test clusters, got ${clusters.length}`);
  stepEnv = ActionHarness.kubeconfigEnv(clusters);
  await harness.start();
  harness.writeSpec('k8deployer.yaml', { namespace: releaseNs });
});

afterAll(async () => {
  if (process.env.K8DEPLOYER_ACTION_E2E_DEBUG)
    console.log(
      JSON.stringify({ comments: harness.github.comments, deployments: harness.github.deployments }, null, 2),
    );
  console.log(`action e2e timings (PR #${pr}):\n  ${timings.join('\n  ')}`);
  await deleteNamespace(previewNs, clusters ?? []);
  await deleteNamespace(releaseNs, clusters ?? []);
  await harness.stop();
});

describe('the action on pull_request events (PR previews)', () => {
  let commentId: number | undefined;

  it('opened: deploys the preview into acme-pr-<n>, reports it in outputs, summary, comment and a Deployment', async () => {
    const runId = '8100001';
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened.json', pr),
      ref: `refs/pull/${pr}/merge`,
      sha: 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
      runId,
      env: stepEnv,
    });
    note('pull_request opened (preview-up)', run);
    expect(run.code, run.log).toBe(0);

    // Outputs: exact values the reporters emit.
    expect(run.outputs.status, run.log).toBe('succeeded');
    expect(run.outputs['preview-url']).toBe(previewUrl);
    const result = resultOf(run);
    // `command` names what the user ran (the engine deploys for preview-up and deletes for preview-down).
    expect(result).toMatchObject({ status: 'succeeded', command: 'preview-up', app: 'acme' });
    expect(result.clusters.map((c) => c.name)).toEqual(['cluster-1']); // preview.clusters
    const [cluster] = result.clusters;
    expect(cluster).toMatchObject({ name: 'cluster-1', namespace: previewNs, status: 'succeeded' });
    // `web` plus the app-level objects (the Namespace), reported as component "(app)".
    expect(cluster?.components.map((c) => c.name).sort()).toEqual(['(app)', 'web']);
    expect(cluster?.components.every((c) => c.status === 'succeeded')).toBe(true);
    expect(cluster?.components.find((c) => c.name === 'web')).toMatchObject({
      images: [`nginx:pr-${pr}`],
      urls: [`http://pr-${pr}.preview.example.com`],
    });

    // The cluster: labelled preview namespace, an available Deployment with the preview image, the preview host.
    const [first, second] = clusters as [TestCluster, TestCluster];
    const namespace = await readNamespace(first, previewNs);
    expect(namespace?.metadata?.labels).toMatchObject({
      'k8deployer.io/preview-pr': String(pr),
      'app.kubernetes.io/part-of': 'acme',
    });
    const deployment = await readDeployment(first, previewNs, 'web');
    expect(deployment.status?.availableReplicas ?? 0).toBeGreaterThanOrEqual(1);
    expect(deployment.spec?.template.spec?.containers[0]?.image).toBe(`nginx:pr-${pr}`);
    const ingresses = await kubeConfigFor(first)
      .makeApiClient(k8s.NetworkingV1Api)
      .listNamespacedIngress({ namespace: previewNs });
    expect(ingresses.items.flatMap((i) => i.spec?.rules?.map((r) => r.host) ?? [])).toEqual([
      `pr-${pr}.preview.example.com`,
    ]);
    expect(await readNamespace(second, previewNs)).toBeUndefined();

    // Job summary: headline, the verdict line, the green cluster folded into a table with versions, the graph.
    expect(run.summary.split('\n')[2]).toBe('✅ cluster-1');
    expect(run.summary).toMatch(/<summary>✅ cluster-1: \d+ component\(s\) succeeded<\/summary>/);
    expect(run.summary).toContain(`| \`web\` | ✅ succeeded | \`nginx:pr-${pr}\` |`);
    expect(run.summary).not.toContain('(app)');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain(previewUrl);

    // GitHub: one transient Deployment for pr-<n> at the PR head, in_progress → success with the URLs.
    const recorded = deploymentsOf(previewEnvironment);
    expect(recorded).toHaveLength(1);
    const created = recorded[0]!;
    expect(created).toMatchObject({ ref: openedSha, transient_environment: true, production_environment: false });
    expect(states(created)).toEqual(['in_progress', 'success']);
    const success = created.statuses[1]!;
    expect(success.environment_url).toBe(previewUrl);
    expect(success.log_url).toBe(runUrl(runId));
    expect(created.statuses[0]?.log_url).toBe(runUrl(runId));

    // Exactly one sticky comment, carrying the hidden marker.
    const comments = commentsOf(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body.startsWith(marker)).toBe(true);
    expect(comments[0]?.body).toContain(previewUrl);
    expect(comments[0]?.body).toContain(openedSha.slice(0, 7));
    commentId = comments[0]?.id;

    // The token is registered as a secret and appears nowhere else.
    expect(run.stdout).toContain(`::add-mask::${harness.github.token}`);
    expect(run.log.replaceAll(`::add-mask::${harness.github.token}`, '')).not.toContain(harness.github.token);
    expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });

  it('synchronize: redeploys, updates the same comment, records a new Deployment and retires the old one', async () => {
    const previous = deploymentsOf(previewEnvironment).map((d) => d.id);
    expect(previous).toHaveLength(1);
    const runId = '8100002';
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.synchronize.json', pr, syncSha),
      ref: `refs/pull/${pr}/merge`,
      runId,
      env: stepEnv,
    });
    note('pull_request synchronize (preview-up)', run);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status, run.log).toBe('succeeded');
    expect(run.outputs['preview-url']).toBe(previewUrl);

    const deployment = await readDeployment(clusters[0]!, previewNs, 'web');
    expect(deployment.status?.availableReplicas ?? 0).toBeGreaterThanOrEqual(1);

    const recorded = deploymentsOf(previewEnvironment);
    expect(recorded).toHaveLength(2);
    const [old, fresh] = recorded as [(typeof recorded)[0], (typeof recorded)[0]];
    expect(old.id).toBe(previous[0]);
    expect(states(old).at(-1)).toBe('inactive');
    expect(fresh).toMatchObject({ ref: syncSha, transient_environment: true });
    expect(states(fresh)).toEqual(['in_progress', 'success']);
    expect(fresh.statuses[1]?.environment_url).toBe(previewUrl);
    expect(fresh.statuses[1]?.log_url).toBe(runUrl(runId));

    const comments = commentsOf(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(commentId);
    expect(comments[0]?.body.startsWith(marker)).toBe(true);
    expect(comments[0]?.body).toContain(syncSha.slice(0, 7));
    const createCalls = harness.github.requests.filter(
      (r) => r.method === 'POST' && r.path === `/repos/acme/shop/issues/${pr}/comments`,
    );
    expect(createCalls).toHaveLength(1);
    expect(
      harness.github.requests.some(
        (r) => r.method === 'PATCH' && r.path === `/repos/acme/shop/issues/comments/${commentId}`,
      ),
    ).toBe(true);
  });

  it('closed: tears the preview down, retires its Deployments and updates the comment', async () => {
    const before = deploymentsOf(previewEnvironment).map((d) => d.id);
    const requestsBefore = harness.github.requests.length;
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.closed.json', pr, syncSha),
      ref: `refs/pull/${pr}/merge`,
      runId: '8100003',
      env: stepEnv,
    });
    note('pull_request closed (preview-down)', run);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status, run.log).toBe('deleted');
    expect(resultOf(run)).toMatchObject({
      status: 'deleted',
      command: 'preview-down',
      clusters: [{ name: 'cluster-1', namespace: previewNs, status: 'deleted' }],
    });

    // The namespace goes (it may be Terminating for a moment while the namespace controller empties it).
    await waitFor(
      `namespace ${previewNs} gone`,
      async () => (await readNamespace(clusters[0]!, previewNs)) === undefined,
      { timeoutMs: 90_000 },
    );

    // Every Deployment of the preview environment is set inactive, then deleted; no new one is created.
    const calls = harness.github.requests.slice(requestsBefore);
    expect(calls.filter((r) => r.method === 'POST' && r.path === '/repos/acme/shop/deployments')).toEqual([]);
    const inactivated = calls
      .filter((r) => r.method === 'POST' && /\/deployments\/\d+\/statuses$/.test(r.path))
      .map((r) => ({ id: Number(r.path.split('/')[5]), state: (r.body as { state?: string }).state }));
    expect(inactivated).toEqual([{ id: before[1], state: 'inactive' }]); // the first one is inactive already
    const deleted = calls
      .filter((r) => r.method === 'DELETE' && r.path.includes('/deployments/'))
      .map((r) => Number(r.path.split('/').at(-1)));
    expect(deleted.sort()).toEqual([...before].sort());
    expect(deploymentsOf(previewEnvironment)).toEqual([]);
    // Then the environment itself (the contract server's token may delete it; GITHUB_TOKEN may not, see docs).
    expect(calls.filter((r) => r.method === 'DELETE' && r.path.includes('/environments/')).map((r) => r.path)).toEqual([
      `/repos/acme/shop/environments/${previewEnvironment}`,
    ]);

    const comments = commentsOf(pr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(commentId);
    expect(comments[0]?.body.startsWith(marker)).toBe(true);
    expect(comments[0]?.body).toContain('**deleted**');
    expect(comments[0]?.body).not.toContain(previewUrl); // the preview is gone: no link to it
  });

  it('closed: the updated comment does not link to the production host', () => {
    // preview-down renders the spec without ${previewHost}, so `host: ${previewHost,acme.example.com}` falls back
    // to the production host, and the comment's table links it for the deleted preview.
    const [comment] = commentsOf(pr);
    expect(comment?.body).not.toMatch(/\]\(https?:\/\/acme\.example\.com/);
  });

  it('closed, re-run: the preview is already gone, the run still succeeds and creates nothing', async () => {
    const requestsBefore = harness.github.requests.length;
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.closed.json', pr, syncSha),
      ref: `refs/pull/${pr}/merge`,
      runId: '8100003',
      env: stepEnv,
    });
    note('pull_request closed, re-run (preview-down)', run);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status, run.log).toBe('deleted');
    expect(await readNamespace(clusters[0]!, previewNs)).toBeUndefined();
    const writes = harness.github.requests.slice(requestsBefore).filter((r) => r.method !== 'GET');
    expect(writes.filter((r) => r.method === 'POST' && r.path.endsWith('/deployments'))).toEqual([]);
    expect(writes.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toEqual([]);
    expect(commentsOf(pr)).toHaveLength(1);
  });

  it('a pull request from a fork is refused with a clear message and nothing is deployed', async () => {
    const forkPr = pr + 1;
    const requestsBefore = harness.github.requests.length;
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened.fork.json', forkPr),
      ref: `refs/pull/${forkPr}/merge`,
      env: stepEnv,
    });
    note('fork pull_request opened (refused)', run);
    expect(run.code, run.log).toBe(1);
    expect(run.outputs.status, run.log).toBe('skipped');
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(`pull request #${forkPr} comes from mallory/shop, a fork of acme/shop`);
    expect(errors[0]?.message).toContain('allow-forks: true');
    expect(harness.github.requests.slice(requestsBefore)).toEqual([]);
    for (const cluster of clusters) expect(await readNamespace(cluster, `acme-pr-${forkPr}`)).toBeUndefined();
  });
});

describe('the action on a pushed release tag', () => {
  async function release(runId: string): Promise<void> {
    const payload = readFixture('push.tag.json') as { ref: string; after: string };
    const requestsBefore = harness.github.requests.length;
    const deploymentsBefore = harness.github.deployments.length;
    const run = await harness.run({
      eventName: 'push',
      payload,
      ref: payload.ref,
      sha: payload.after,
      runId,
      env: stepEnv,
    });
    note(`push tag v1.2.3 (release deploy, run ${runId})`, run);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status, run.log).toBe('succeeded');
    expect(run.outputs['preview-url']).toBeUndefined();
    const result = resultOf(run);
    expect(result).toMatchObject({ status: 'succeeded', command: 'deploy', app: 'acme' });
    expect(result.clusters.map((c) => c.name).sort()).toEqual(['cluster-1', 'cluster-2']);
    for (const cluster of result.clusters) {
      expect(cluster).toMatchObject({ namespace: releaseNs, status: 'succeeded' });
      expect(cluster.components.find((c) => c.name === 'web')).toMatchObject({
        status: 'succeeded',
        images: ['nginx:v1.2.3'],
        urls: ['http://acme.example.com'],
      });
      expect(cluster.components.every((c) => c.status === 'succeeded')).toBe(true);
    }

    // imageTag comes from the tag (the rule has no imageTag: default ${tag}) on both clusters.
    for (const cluster of clusters.slice(0, 2)) {
      const deployment = await readDeployment(cluster, releaseNs, 'web');
      expect(deployment.spec?.template.spec?.containers[0]?.image, cluster.name).toBe('nginx:v1.2.3');
      expect(deployment.status?.availableReplicas ?? 0, cluster.name).toBeGreaterThanOrEqual(1);
    }

    // One Deployment for the rule's environment at the tagged commit, in_progress → success.
    const recorded = harness.github.deployments.slice(deploymentsBefore);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ environment: 'production', ref: payload.after, transient_environment: false });
    expect(states(recorded[0]!)).toEqual(['in_progress', 'success']);
    expect(recorded[0]?.statuses[1]).toMatchObject({
      log_url: runUrl(runId),
      environment_url: 'http://acme.example.com',
    });
    expect(run.summary).toContain('environment **production**');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toMatch(/\| cluster-1 \| `web` \| ✅ succeeded \|/);
    expect(run.summary).toMatch(/\| cluster-2 \| `web` \| ✅ succeeded \|/);
    // Not a pull request: no comment anywhere.
    expect(harness.github.requests.slice(requestsBefore).filter((r) => r.path.includes('/issues/'))).toEqual([]);
  }

  it('deploys v1.2.3 to both clusters with the tag as image tag and records a production Deployment', async () => {
    harness.writeSpec('k8deployer.yaml', { namespace: releaseNs });
    await release('8100010');
  });

  it('the same release with a spec whose preview block has no ${pr} pattern', async () => {
    // Isolates the release path from the spec loader substituting ${pr} in preview.host (see the test above).
    harness.writeSpec('k8deployer.yaml', { namespace: releaseNs, transform: withoutPreviewHost });
    await release('8100011');
  });
});

describe('the action: documented defaults', () => {
  it('a push to a branch (no release rule) records the Deployment under the cluster names, as action.yml says', async () => {
    const ns = `acme-main-${pr}`;
    // Without preview.host: its ${pr} breaks every non-preview run (see 'deploys v1.2.3 to both clusters' above).
    harness.writeSpec('k8deployer.yaml', { namespace: ns, transform: withoutPreviewHost });
    const payload = readFixture('push.branch.json') as { ref: string; after: string };
    const deploymentsBefore = harness.github.deployments.length;
    try {
      const run = await harness.run({
        eventName: 'push',
        payload,
        ref: payload.ref,
        sha: payload.after,
        runId: '8100020',
        inputs: { clusters: 'cluster-1', 'image-tag': payload.after.slice(0, 12) },
        env: stepEnv,
      });
      note('push to main (deploy, clusters: cluster-1)', run);
      expect(run.code, run.log).toBe(0);
      expect(run.outputs.status, run.log).toBe('succeeded');
      expect(resultOf(run).clusters.map((c) => c.name)).toEqual(['cluster-1']);
      const deployment = await readDeployment(clusters[0]!, ns, 'web');
      expect(deployment.spec?.template.spec?.containers[0]?.image).toBe(`nginx:${payload.after.slice(0, 12)}`);
      expect(await readNamespace(clusters[1]!, ns)).toBeUndefined();
      expect(run.summary).toContain('environment **cluster-1**');
      // action.yml, input `environment`: "Default: the matching release rule's, pr-<n> for previews, otherwise the
      // cluster names" — the same name the summary shows.
      const recorded = harness.github.deployments.slice(deploymentsBefore);
      expect(recorded.map((d) => d.environment)).toEqual(['cluster-1']);
      expect(states(recorded[0]!)).toEqual(['in_progress', 'success']);
    } finally {
      await removeNamespace(ns);
    }
  });

  it('a preview goes to the first cluster when the spec\'s preview block names none (schema: "Default: the first cluster")', async () => {
    const otherPr = pr + 2;
    harness.writeSpec('k8deployer.yaml', { transform: (text) => text.replace(/^ {2}clusters: \[cluster-1\]\n/m, '') });
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', otherPr),
        ref: `refs/pull/${otherPr}/merge`,
        env: stepEnv,
      });
      note('pull_request opened, preview.clusters unset', run);
      expect(run.code, run.log).toBe(0);
      expect(resultOf(run).clusters.map((c) => c.name)).toEqual(['cluster-1']);
      expect(await readNamespace(clusters[0]!, `acme-pr-${otherPr}`)).toBeDefined();
      expect(await readNamespace(clusters[1]!, `acme-pr-${otherPr}`)).toBeUndefined();
    } finally {
      await removeNamespace(`acme-pr-${otherPr}`);
    }
  });

  it('a preview works with the release rule of docs/action.md (imageTag: ${version})', async () => {
    const otherPr = pr + 3;
    harness.writeSpec('k8deployer.yaml', {
      transform: (text) =>
        text.replace(/^ {4}environment: production\n/m, "    environment: production\n    imageTag: '${version}'\n"),
    });
    try {
      const run = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', otherPr),
        ref: `refs/pull/${otherPr}/merge`,
        env: stepEnv,
      });
      note('pull_request opened, release rule with imageTag ${version}', run);
      expect(run.code, run.log).toBe(0);
      expect(run.outputs.status, run.log).toBe('succeeded');
      const deployment = await readDeployment(clusters[0]!, `acme-pr-${otherPr}`, 'web');
      expect(deployment.spec?.template.spec?.containers[0]?.image).toBe(`nginx:pr-${otherPr}`);
    } finally {
      await removeNamespace(`acme-pr-${otherPr}`);
    }
  });
});

describe('the action on a schedule event', () => {
  it('sweeps previews older than preview-ttl, namespace included, and writes nothing to GitHub', async () => {
    const stalePr = pr + 4;
    const ns = `acme-pr-${stalePr}`;
    // Without preview.host: a schedule run loads the spec without ${pr} (see 'deploys v1.2.3 to both clusters').
    harness.writeSpec('k8deployer.yaml', { transform: withoutPreviewHost });
    try {
      const up = await harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.opened.json', stalePr),
        ref: `refs/pull/${stalePr}/merge`,
        // The preview's Ingress may only route the preview's own host; the spec file stays without one.
        inputs: { 'preview-host': 'pr-${pr}.preview.example.com' },
        env: stepEnv,
      });
      expect(up.code, up.log).toBe(0);
      const created = await readNamespace(clusters[0]!, ns);
      expect(created?.metadata?.labels).toMatchObject({
        'k8deployer.io/preview-pr': String(stalePr),
        'app.kubernetes.io/part-of': 'acme',
        'k8deployer.io/repository': REPOSITORY_LABEL_VALUE,
      });
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      const requestsBefore = harness.github.requests.length;
      const run = await harness.run({
        eventName: 'schedule',
        payload: { schedule: '17 3 * * *' },
        inputs: { 'preview-ttl': '0.0003' }, // about one second
        runId: '8100030',
        env: stepEnv,
      });
      note('schedule (preview-sweep, ttl ~1 s)', run);
      expect(run.code, run.log).toBe(0);
      expect(run.outputs.status, run.log).toBe('deleted');
      await waitFor(`namespace ${ns} gone`, async () => {
        const left = await readNamespace(clusters[0]!, ns);
        return left === undefined || left.status?.phase === 'Terminating';
      });
      expect(harness.github.requests.slice(requestsBefore).filter((r) => r.method !== 'GET')).toEqual([]);
    } finally {
      await removeNamespace(ns);
    }
  });

  it('a preview namespace that is already terminating does not make the sweep fail', async () => {
    // A preview torn down just before the scheduled sweep (or held by a finalizer) is still listed, Terminating.
    const stalePr = pr + 5;
    const ns = `acme-pr-${stalePr}`;
    harness.writeSpec('k8deployer.yaml', { transform: withoutPreviewHost });
    const core = kubeConfigFor(clusters[0]!).makeApiClient(k8s.CoreV1Api);
    await core.createNamespace({
      body: {
        metadata: {
          name: ns,
          labels: {
            'k8deployer.io/preview-pr': String(stalePr),
            'app.kubernetes.io/part-of': 'acme',
            'k8deployer.io/repository': REPOSITORY_LABEL_VALUE,
          },
          finalizers: ['testbed.k8deployer.io/hold'],
        },
      },
    });
    try {
      await core.deleteNamespace({ name: ns });
      expect((await readNamespace(clusters[0]!, ns))?.metadata?.deletionTimestamp).toBeDefined();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const run = await harness.run({
        eventName: 'schedule',
        payload: { schedule: '17 3 * * *' },
        inputs: { 'preview-ttl': '0.0003' },
        env: stepEnv,
      });
      note('schedule (preview-sweep) with a Terminating preview namespace', run);
      expect(run.code, run.log).toBe(0);
      expect(['deleted', 'skipped']).toContain(run.outputs.status);
    } finally {
      await kubectl(clusters[0]!, [
        'patch',
        'namespace',
        ns,
        '--type=merge',
        '-p',
        '{"metadata":{"finalizers":null}}',
      ]).catch(() => undefined);
      await removeNamespace(ns);
    }
  });
});

describe('the action with an invalid spec', () => {
  it('exits non-zero with an ::error annotation on the spec line and deploys nothing', async () => {
    harness.writeSpec('invalid.k8deployer.yaml', { as: 'invalid.k8deployer.yaml' });
    const before = harness.github.deployments.length;
    const payload = readFixture('push.tag.json') as { ref: string; after: string };
    const run = await harness.run({
      eventName: 'push',
      payload: { ...payload, ref: 'refs/heads/main', base_ref: null, created: false },
      ref: 'refs/heads/main',
      inputs: { spec: 'invalid.k8deployer.yaml' },
      env: stepEnv,
    });
    note('invalid spec (deploy)', run);
    expect(run.code, run.log).toBe(1);
    expect(run.outputs.status, run.log).toBe('failed');
    expect(run.outputs.result).toBeUndefined();
    const errors = run.annotations.filter((a) => a.level === 'error');
    const located = errors.find((a) => a.properties.file !== undefined);
    expect(located, run.log).toBeDefined();
    expect(located?.properties).toMatchObject({ file: 'invalid.k8deployer.yaml', line: '9', col: '11' });
    expect(located?.message).toContain('must be integer, got "http"');
    expect(run.stdout).toMatch(
      /^::error file=invalid\.k8deployer\.yaml,line=9,col=11::|^::error title=k8deployer spec,file=invalid\.k8deployer\.yaml,line=9,col=11::/m,
    );
    expect(errors.some((a) => /the spec is not valid \(1 problem\)/.test(a.message))).toBe(true);
    expect(await readNamespace(clusters[0]!, 'acme')).toBeUndefined();
    // A Deployment may have been opened before the spec was read; it must not be left in progress or marked success.
    for (const deployment of harness.github.deployments.slice(before))
      expect(states(deployment).at(-1)).toBe('failure');
  });
});

describe('the action: plan on a pull request', () => {
  it('posts the change table as the sticky comment, changes nothing on the cluster and records no Deployment', async () => {
    const planPr = pr + 7;
    const ns = `acme-plan-${planPr}`;
    harness.writeSpec('k8deployer.yaml', { namespace: ns, transform: withoutPreviewHost });
    const deploymentsBefore = harness.github.deployments.length;
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened.json', planPr),
      ref: `refs/pull/${planPr}/merge`,
      runId: '8100050',
      inputs: { command: 'plan', clusters: 'cluster-1' },
      env: stepEnv,
    });
    note('pull_request opened, command: plan', run);
    expect(run.code, run.log).toBe(0);
    expect(run.outputs.status, run.log).toBe('planned');
    const comments = commentsOf(planPr);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toMatch(/\*\*cluster-1\*\*: \d+ to add, 0 to change, 0 to replace, 0 to delete/);
    expect(comments[0]?.body).toContain(`Deployment/${ns}/web`);
    expect(await readNamespace(clusters[0]!, ns)).toBeUndefined();
    expect(harness.github.deployments.length).toBe(deploymentsBefore);
  });
});
