// The preview lifecycle beyond open/close (docs/action.md "Pull-request previews"): label opt-in, drafts, superseded
// runs, a PR closed while deploying, the preview quota and seed, sleep and wake, the environment cleanup and the
// workflow_run pattern for forks. The real action entry (dist/index.js, or src/index.ts with
// K8DEPLOYER_ACTION_SOURCE=1) runs against the test clusters; GitHub's REST API is the local contract server, which
// checks every request against GitHub's OpenAPI description (@octokit/openapi) and serves the pulls API.
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionHarness, pullRequestPayload, randomPullRequestNumber } from './action-harness.js';
import { type TestCluster, deleteNamespace, kubeConfigFor, testClusters, waitFor } from './testbed.js';

const harness = new ActionHarness();
let clusters: TestCluster[];
let stepEnv: Record<string, string>;
const pr = randomPullRequestNumber();
/**
 * An app name of this file alone: the sweep and its sleep act on every preview of the app, and other files preview
 * `acme` on the same clusters at the same time.
 */
const app = `life${pr}`;
const headSha = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const newerSha = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d';

const core = (cluster: TestCluster) => kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
const apps = (cluster: TestCluster) => kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);

async function readNamespace(cluster: TestCluster, name: string): Promise<k8s.V1Namespace | undefined> {
  try {
    return await core(cluster).readNamespace({ name });
  } catch (error) {
    if ((error as { code?: number }).code === 404) return undefined;
    throw error;
  }
}

/** Gone, or being deleted (the namespace controller finishes it). */
async function goneOrGoing(cluster: TestCluster, name: string): Promise<boolean> {
  const namespace = await readNamespace(cluster, name);
  return namespace === undefined || namespace.status?.phase === 'Terminating';
}

async function cleanup(...names: string[]): Promise<void> {
  for (const name of names) await deleteNamespace(name, clusters);
}

/** The fixture spec with extra preview fields (inserted under `preview:`). */
function specWith(previewLines = '', extra: (text: string) => string = (text) => text): void {
  harness.writeSpec('k8deployer.yaml', {
    transform: (text) =>
      extra(text.replace('preview:\n', `preview:\n${previewLines}`).replace(/^app: acme$/m, `app: ${app}`)),
  });
}

function labelled(action: string, number: number, labels: string[], label?: string, sha = headSha) {
  const payload = pullRequestPayload('pull_request.opened.json', number, sha) as Record<string, unknown> & {
    pull_request: Record<string, unknown>;
  };
  payload.action = action;
  payload.pull_request.labels = labels.map((name) => ({ name }));
  if (label) payload.label = { name: label };
  return payload;
}

const run = (payload: unknown, number: number, extra: Partial<Parameters<typeof harness.run>[0]> = {}) =>
  harness.run({ eventName: 'pull_request', payload, ref: `refs/pull/${number}/merge`, env: stepEnv, ...extra });

beforeAll(async () => {
  clusters = testClusters();
  stepEnv = ActionHarness.kubeconfigEnv(clusters);
  await harness.start();
});

afterAll(async () => {
  await harness.stop();
});

describe('opt-in, drafts, superseded and closed-while-deploying runs', () => {
  it('preview.label.require: no label, no preview; adding it previews; removing it tears the preview down', async () => {
    const [first] = clusters as [TestCluster];
    const number = pr;
    const ns = `${app}-pr-${number}`;
    specWith('  label: { require: deploy-preview }\n');
    try {
      const opened = await run(labelled('opened', number, []), number);
      expect(opened.code, opened.log).toBe(0);
      expect(opened.outputs.status).toBe('skipped');
      expect(opened.stdout).toContain(`no preview: pull request #${number} does not have the label deploy-preview`);
      expect(await readNamespace(first, ns)).toBeUndefined();

      // The event says the label was added; the API (re-read on label events) agrees.
      const added = await run(labelled('labeled', number, ['deploy-preview'], 'deploy-preview'), number);
      expect(added.code, added.log).toBe(0);
      expect(added.outputs.status, added.log).toBe('succeeded');
      expect(await readNamespace(first, ns)).toBeDefined();

      // A label event queued behind a later change: the payload still lists the label, the API does not.
      harness.github.pulls.get(number)!.labels = [];
      const removed = await run(labelled('unlabeled', number, ['deploy-preview'], 'deploy-preview'), number, {
        keepPullRequest: true,
      });
      expect(removed.code, removed.log).toBe(0);
      expect(removed.stdout).toContain(`pull request #${number} does not have the label deploy-preview`);
      await waitFor(`namespace ${ns} torn down`, () => goneOrGoing(first, ns));
      expect(harness.github.deployments.filter((d) => d.environment === `pr-${number}`)).toEqual([]);
    } finally {
      await cleanup(ns);
    }
  });

  it('a draft PR is skipped unless preview.drafts', async () => {
    const number = pr + 1;
    specWith();
    const payload = labelled('opened', number, []);
    payload.pull_request.draft = true;
    const draft = await run(payload, number);
    expect(draft.code, draft.log).toBe(0);
    expect(draft.stdout).toContain('is a draft (set preview.drafts: true to preview drafts)');
    for (const cluster of clusters) expect(await readNamespace(cluster, `${app}-pr-${number}`)).toBeUndefined();
  });

  it('a queued run whose PR moved on deploys nothing and says "superseded by <sha7>"', async () => {
    const number = pr + 2;
    specWith();
    harness.github.pulls.set(number, { number, state: 'open', headSha: newerSha });
    const stale = await run(labelled('synchronize', number, []), number, { keepPullRequest: true });
    expect(stale.code, stale.log).toBe(0);
    expect(stale.outputs.status).toBe('skipped');
    expect(stale.stdout).toContain(`superseded by ${newerSha.slice(0, 7)}`);
    expect(stale.summary).toContain(`superseded by ${newerSha.slice(0, 7)}`);
    for (const cluster of clusters) expect(await readNamespace(cluster, `${app}-pr-${number}`)).toBeUndefined();
    expect(harness.github.deployments.filter((d) => d.environment === `pr-${number}`)).toEqual([]);
  });

  it('a push during the deploy: the stale result is not published; its Deployment is marked inactive', async () => {
    const number = pr + 3;
    const ns = `${app}-pr-${number}`;
    specWith();
    harness.github.afterPullRead = (pull, reads) => {
      if (pull.number === number && reads === 1) pull.headSha = newerSha;
    };
    try {
      const deployed = await run(labelled('synchronize', number, []), number);
      expect(deployed.code, deployed.log).toBe(0);
      expect(deployed.stdout).toContain(`is superseded by ${newerSha.slice(0, 7)}`);
      expect(harness.github.comments.filter((c) => c.issue === number)).toEqual([]);
      const [deployment] = harness.github.deployments.filter((d) => d.environment === `pr-${number}`);
      expect(deployment?.statuses.at(-1)).toMatchObject({
        state: 'inactive',
        description: `superseded by ${newerSha.slice(0, 7)}`,
      });
    } finally {
      harness.github.afterPullRead = undefined;
      await cleanup(ns);
    }
  });

  it('closed while deploying: the run tears its preview down again and says why', async () => {
    const [first] = clusters as [TestCluster];
    const number = pr + 4;
    const ns = `${app}-pr-${number}`;
    specWith();
    harness.github.afterPullRead = (pull, reads) => {
      if (pull.number === number && reads === 1) pull.state = 'closed';
    };
    try {
      const deployed = await run(labelled('synchronize', number, []), number);
      expect(deployed.code, deployed.log).toBe(0);
      expect(deployed.stdout).toContain(`pull request #${number} is closed: it was closed while this run deployed`);
      await waitFor(`namespace ${ns} torn down`, () => goneOrGoing(first, ns));
      const comment = harness.github.comments.find((c) => c.issue === number);
      expect(comment?.body).toContain('closed while this run deployed, so the preview was torn down again');
      expect(harness.github.deployments.filter((d) => d.environment === `pr-${number}`)).toEqual([]);
    } finally {
      harness.github.afterPullRead = undefined;
      await cleanup(ns);
    }
  });
});

describe('quota and seed', () => {
  it('preview.quota: the preview namespace gets the ResourceQuota and LimitRange; pods are admitted with its defaults', async () => {
    const [first] = clusters as [TestCluster];
    const number = pr + 5;
    const ns = `${app}-pr-${number}`;
    specWith('  quota: { cpu: "4", memory: 4Gi, pods: 10 }\n  seed: [fixtures]\n', (text) =>
      text.replace(
        'components:\n',
        'components:\n  - name: fixtures\n    kind: job\n    image: "ghcr.io/acme/fixtures:1"\n',
      ),
    );
    try {
      const deployed = await run(labelled('opened', number, []), number);
      expect(deployed.code, deployed.log).toBe(0);
      const quota = await core(first).readNamespacedResourceQuota({ name: 'preview-quota', namespace: ns });
      expect(quota.spec?.hard).toEqual({
        'limits.cpu': '4',
        'limits.memory': '4Gi',
        pods: '10',
        'requests.cpu': '4',
        'requests.memory': '4Gi',
      });
      const limits = await core(first).readNamespacedLimitRange({ name: 'preview-limits', namespace: ns });
      expect(limits.spec?.limits[0]).toMatchObject({
        type: 'Container',
        _default: { cpu: '500m', memory: '512Mi' },
        defaultRequest: { cpu: '50m', memory: '64Mi' },
      });
      // The seed ran in the preview: its Job exists there, after the app.
      const jobs = await kubeConfigFor(first).makeApiClient(k8s.BatchV1Api).listNamespacedJob({ namespace: ns });
      expect(jobs.items.map((job) => job.metadata?.name)).toEqual(['fixtures']);
      const used = await core(first).readNamespacedResourceQuota({ name: 'preview-quota', namespace: ns });
      expect(Number(used.status?.used?.pods ?? 0)).toBeGreaterThan(0);

      // The same spec on a push to main leaves the seed and the quota out.
      const prodNs = `acme-prod-${number}`;
      specWith('  quota: { cpu: "4" }\n  seed: [fixtures]\n', (text) =>
        text
          .replace(/^namespace: .*$/m, `namespace: ${prodNs}`)
          .replace(
            'components:\n',
            'components:\n  - name: fixtures\n    kind: job\n    image: "ghcr.io/acme/fixtures:1"\n',
          ),
      );
      const push = await harness.run({
        eventName: 'push',
        payload: { ref: 'refs/heads/main', after: headSha },
        inputs: { clusters: 'cluster-1' },
        env: stepEnv,
      });
      expect(push.code, push.log).toBe(0);
      const prodJobs = await kubeConfigFor(first)
        .makeApiClient(k8s.BatchV1Api)
        .listNamespacedJob({ namespace: prodNs });
      expect(prodJobs.items).toEqual([]);
      const prodQuotas = await core(first).listNamespacedResourceQuota({ namespace: prodNs });
      expect(prodQuotas.items).toEqual([]);
      await cleanup(prodNs);
    } finally {
      await cleanup(ns);
    }
  });
});

describe('sleep and wake', () => {
  it('the sweep puts an idle preview to sleep; a member wakes it by comment; a push wakes it and deploys', async () => {
    const [first] = clusters as [TestCluster];
    const number = pr + 6;
    const ns = `${app}-pr-${number}`;
    specWith('  sleepAfter: 0.02m\n');
    const replicas = async () =>
      (await apps(first).readNamespacedDeployment({ name: 'web', namespace: ns })).spec?.replicas;
    try {
      const up = await run(labelled('opened', number, []), number);
      expect(up.code, up.log).toBe(0);
      expect(await replicas()).toBe(2);
      const marker = harness.github.comments.find((c) => c.issue === number)?.body.split('\n')[0];
      expect(marker).toMatch(/^<!-- k8deployer/);
      await new Promise((resolve) => setTimeout(resolve, 2_000));

      const sweep = await harness.run({ eventName: 'schedule', payload: { schedule: '*/30 * * * *' }, env: stepEnv });
      expect(sweep.code, sweep.log).toBe(0);
      expect(sweep.stdout).toContain(`preview ${ns} (pull request #${number}) idle for`);
      expect(await replicas()).toBe(0);
      const asleep = await readNamespace(first, ns);
      expect(asleep?.metadata?.annotations?.['k8deployer.io/asleep-since']).toBeDefined();
      const comment = () => harness.github.comments.find((c) => c.issue === number)?.body ?? '';
      expect(comment()).toContain('**Asleep** since');
      expect(comment()).toContain('`/k8deployer wake`');

      // Anyone may comment; only members wake.
      const wakeBy = (association: string, login: string) =>
        harness.run({
          eventName: 'issue_comment',
          payload: {
            action: 'created',
            issue: { number, pull_request: { url: `https://api.github.com/repos/acme/shop/pulls/${number}` } },
            comment: { body: '/k8deployer wake', user: { login }, author_association: association },
          },
          env: stepEnv,
        });
      const stranger = await wakeBy('NONE', 'mallory');
      expect(stranger.code, stranger.log).toBe(1);
      expect(stranger.annotations.find((a) => a.level === 'error')?.message).toContain(
        'mallory (none) may not wake previews',
      );
      expect(await replicas()).toBe(0);

      const member = await wakeBy('MEMBER', 'alice');
      expect(member.code, member.log).toBe(0);
      expect(member.stdout).toContain(`preview ${ns} woken by alice: 1 workload(s) scaled back up`);
      expect(await replicas()).toBe(2);
      expect(comment()).not.toContain('**Asleep**');
      expect(comment()).toContain('Woken by a comment from alice');

      // Asleep again; a push that changes replicas wakes it and deploys without a field conflict.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const again = await harness.run({ eventName: 'schedule', payload: { schedule: '*/30 * * * *' }, env: stepEnv });
      expect(again.code, again.log).toBe(0);
      expect(await replicas()).toBe(0);
      specWith('  sleepAfter: 0.02m\n', (text) =>
        text.replace('    port: 8080\n', '    port: 8080\n    replicas: 3\n'),
      );
      const push = await run(labelled('synchronize', number, [], undefined, newerSha), number);
      expect(push.code, push.log).toBe(0);
      expect(push.stdout).toContain(`preview ${ns} was asleep; 1 workload(s) woken`);
      expect(await replicas()).toBe(3);
      const awake = await readNamespace(first, ns);
      expect(awake?.metadata?.annotations?.['k8deployer.io/asleep-since']).toBeUndefined();
      expect(comment()).not.toContain('**Asleep**');
    } finally {
      await cleanup(ns);
    }
  });
});

describe('teardown cleans up the GitHub environment', () => {
  it('with GITHUB_TOKEN GitHub refuses (403): the environment is left, the summary says what it takes', async () => {
    const number = pr + 7;
    const ns = `${app}-pr-${number}`;
    specWith();
    try {
      const up = await run(labelled('opened', number, []), number);
      expect(up.code, up.log).toBe(0);
      expect(harness.github.environments.has(`pr-${number}`)).toBe(true);
      harness.github.denied.add('repos/delete-an-environment');
      const closed = await run(pullRequestPayload('pull_request.closed.json', number), number);
      expect(closed.code, closed.log).toBe(0);
      expect(closed.summary).toContain(`GitHub environment pr-${number} was left`);
      expect(closed.summary).toContain('administration: write');
      expect(harness.github.environments.has(`pr-${number}`)).toBe(true);
      expect(harness.github.deployments.filter((d) => d.environment === `pr-${number}`)).toEqual([]);

      // A token that may (a GitHub App's installation token with administration: write) deletes it.
      await waitFor(`namespace ${ns} gone`, async () => (await readNamespace(clusters[0]!, ns)) === undefined, {
        timeoutMs: 90_000,
      });
      harness.github.denied.delete('repos/delete-an-environment');
      const again = await run(pullRequestPayload('pull_request.closed.json', number), number);
      expect(again.code, again.log).toBe(0);
      expect(harness.github.environments.has(`pr-${number}`)).toBe(false);
    } finally {
      await cleanup(ns);
    }
  });
});

describe('fork pull requests through workflow_run', () => {
  const forkPayload = (sha: string) => ({
    action: 'completed',
    workflow: { name: 'build' },
    workflow_run: {
      id: 991,
      name: 'build',
      event: 'pull_request',
      status: 'completed',
      conclusion: 'success',
      head_sha: sha,
      head_branch: 'fix-typo',
      head_repository: { full_name: 'mallory/shop', owner: { login: 'mallory' } },
      repository: { full_name: 'acme/shop' },
      // GitHub leaves this empty for runs from forks.
      pull_requests: [],
    },
  });

  it("previews the fork's build from the trusted payload's SHA, found by its head; secrets are refused", async () => {
    const [first] = clusters as [TestCluster];
    const number = pr + 8;
    const ns = `${app}-pr-${number}`;
    const sha = 'f'.repeat(40);
    specWith('  imageTag: sha-${sha}\n');
    harness.github.pulls.set(number, {
      number,
      state: 'open',
      headSha: sha,
      headRef: 'fix-typo',
      headRepo: 'mallory/shop',
      author: 'mallory',
    });
    try {
      const deployed = await harness.run({ eventName: 'workflow_run', payload: forkPayload(sha), env: stepEnv });
      expect(deployed.code, deployed.log).toBe(0);
      const web = await apps(first).readNamespacedDeployment({ name: 'web', namespace: ns });
      expect(web.spec?.template.spec?.containers[0]?.image).toBe(`nginx:sha-${sha}`);
      expect(
        harness.github.requests.some(
          (r) => r.path === '/repos/acme/shop/pulls' && r.query.get('head') === 'mallory:fix-typo',
        ),
      ).toBe(true);

      // A spec that hands the preview a secret: the fork's code would read it.
      specWith(
        '  imageTag: sha-${sha}\n',
        (text) => `${text}secrets:\n  - name: db\n    fromEnv: { password: DB_PASSWORD }\n`,
      );
      const refused = await harness.run({
        eventName: 'workflow_run',
        payload: forkPayload(sha),
        env: { ...stepEnv, DB_PASSWORD: 'hunter2-very-secret' },
      });
      expect(refused.code, refused.log).toBe(1);
      const located = refused.annotations.find((a) => a.level === 'error' && a.properties.file === 'k8deployer.yaml');
      expect(located?.message, refused.log).toContain(
        `pull request #${number} comes from a fork: its code would read secret db`,
      );
      expect(refused.log).not.toContain('hunter2-very-secret');
    } finally {
      await cleanup(ns);
    }
  });
});
