// The README's example reports come from real runs: the bundled action deploys a small app as a PR preview on the
// local test cluster (success), then a push whose new api image cannot be pulled (failure, rolled back), then a plan
// of the next change, against the local GitHub contract server. Each run's job summary and sticky comment must match
// docs/examples/*.md; the files hold a real run's text, and the comparison ignores what differs between runs (digits,
// generated pod names, times). K8DEPLOYER_UPDATE_EXAMPLES=1 rewrites them (and the README block) from this run.
import { randomInt } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionHarness, ROOT, pullRequestPayload } from './action-harness.js';
import { deleteNamespace, testClusters } from './testbed.js';
import { exampleKey, readmeBlock, README_START, README_END } from './report-examples.js';

// Above randomPullRequestNumber's range, and new per run (a namespace deleted by the last run may still be
// terminating): digits are what the comparison ignores, so the examples stay comparable.
const PR = 10_000 + randomInt(80_000);
const namespace = `shop-pr-${PR}`;
const production = `storefront-${PR}`;
const update = process.env.K8DEPLOYER_UPDATE_EXAMPLES === '1';
const examplesDir = path.join(ROOT, 'docs/examples');
const harness = new ActionHarness();
let stepEnv: Record<string, string>;

const spec = `app: shop
namespace: ${production}
components:
  - name: api
    image: registry.example.com/shop/api:\${apiTag,2.4.1}
    port: 8080
    replicas: 2
    podAnnotations: { testbed.k8deployer.io/fault: "\${fault,none}" }
  - name: worker
    image: registry.example.com/shop/worker:2.4.1
    depends: [api]
clusters:
  - name: production
    kubeconfig:
      kubeconfigEnv: CLUSTER_1_KUBECONFIG
preview:
  host: pr-\${pr}.preview.example.com
  imageTag: 2.4.1
`;

const generated = new Map<string, string>();

function check(name: string, text: string | undefined): void {
  expect(text, `${name} was not written`).toBeTruthy();
  const file = path.join(examplesDir, `${name}.md`);
  generated.set(name, text ?? '');
  if (update) {
    writeFileSync(file, text ?? '');
    return;
  }
  const expected = readFileSync(file, 'utf8');
  expect(
    exampleKey(text ?? ''),
    `${path.relative(ROOT, file)} is out of date; run K8DEPLOYER_UPDATE_EXAMPLES=1 npm test -- ${path.relative(ROOT, import.meta.filename)}`,
  ).toBe(exampleKey(expected));
}

const commentOf = () => harness.github.comments.filter((comment) => comment.issue === PR).at(-1)?.body;

beforeAll(async () => {
  const cluster = testClusters()[0];
  if (!cluster) throw new Error('no test cluster');
  await deleteNamespace(namespace, [cluster]);
  await deleteNamespace(production, [cluster]);
  stepEnv = ActionHarness.kubeconfigEnv([cluster]);
  await harness.start();
  harness.writeFile('k8deployer.yaml', spec);
});

afterAll(async () => {
  await deleteNamespace(namespace, testClusters().slice(0, 1));
  await deleteNamespace(production, testClusters().slice(0, 1));
  await harness.stop();
  if (update && generated.size === 6) {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    if (start < 0 || end < start) throw new Error('README.md has no report-examples block');
    writeFileSync(
      path.join(ROOT, 'README.md'),
      `${readme.slice(0, start)}${readmeBlock(generated)}${readme.slice(end + README_END.length)}`,
    );
  }
});

describe('example reports (README, docs/examples)', () => {
  it('a successful preview deploy', async () => {
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.opened.json', PR),
      ref: `refs/pull/${PR}/merge`,
      runId: '9100001',
      env: stepEnv,
    });
    expect(run.code, run.log).toBe(0);
    check('success-summary', run.summary);
    check('success-comment', commentOf());
  });

  it('a push whose image cannot be pulled: failed fast and rolled back', async () => {
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.synchronize.json', PR),
      ref: `refs/pull/${PR}/merge`,
      runId: '9100002',
      inputs: { variables: 'apiTag=2.4.2\nfault=image-pull' },
      env: stepEnv,
    });
    expect(run.code, run.log).toBe(1);
    check('failure-summary', run.summary);
    check('failure-comment', commentOf());
  });

  it('a plan of the next change', async () => {
    // Production runs 2.4.1 (deployed by a push to main); the pull request bumps the api to 2.5.0.
    const deployed = await harness.run({
      eventName: 'push',
      payload: { ref: 'refs/heads/main', after: 'e5bd3914e2e596debea16f433f57875b5b90bcd6', commits: [] },
      ref: 'refs/heads/main',
      runId: '9100000',
      inputs: { comment: 'false', deployments: 'false' },
      env: stepEnv,
    });
    expect(deployed.code, deployed.log).toBe(0);
    const run = await harness.run({
      eventName: 'pull_request',
      payload: pullRequestPayload('pull_request.synchronize.json', PR),
      ref: `refs/pull/${PR}/merge`,
      runId: '9100003',
      inputs: { command: 'plan', variables: 'apiTag=2.5.0' },
      env: stepEnv,
    });
    expect(run.code, run.log).toBe(0);
    check('plan-summary', run.summary);
    check('plan-comment', commentOf());
  });

  it.skipIf(update)('the README shows the checked-in examples', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const files = new Map(
      ['success', 'failure', 'plan'].flatMap((kind) =>
        ['summary', 'comment'].map((part) => {
          const name = `${kind}-${part}`;
          return [name, readFileSync(path.join(examplesDir, `${name}.md`), 'utf8')] as const;
        }),
      ),
    );
    expect(readme).toContain(readmeBlock(files));
  });
});
