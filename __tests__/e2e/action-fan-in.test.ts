// Matrix fan-in through the bundled action: two jobs of one workflow run (strategy.matrix over the clusters), each
// planning its own cluster at the same time with the same `comment-group`, end in ONE pull request comment holding
// both clusters' sections. The next run of the workflow replaces the sections in the same comment. GitHub's REST API
// is the local contract server (validated against @octokit/openapi); the clusters are the local test bed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionHarness, pullRequestPayload, randomPullRequestNumber } from './action-harness.js';
import { testClusters } from './testbed.js';

const harness = new ActionHarness();
const pr = randomPullRequestNumber();
const namespace = `fanin-${pr}`;
const marker = '<!-- k8deployer:group:plan -->';
let stepEnv: Record<string, string>;

const spec = `app: fanin
namespace: ${namespace}
components:
  - name: web
    image: registry.example.com/web:\${tag,1.0.0}
    port: 8080
clusters:
  - name: cluster-1
    kubeconfig: { kubeconfigEnv: CLUSTER_1_KUBECONFIG }
  - name: cluster-2
    kubeconfig: { kubeconfigEnv: CLUSTER_2_KUBECONFIG }
`;

beforeAll(async () => {
  const clusters = testClusters();
  if (clusters.length < 2) throw new Error(`the fan-in test needs two test clusters, got ${clusters.length}`);
  stepEnv = ActionHarness.kubeconfigEnv(clusters);
  await harness.start();
  harness.writeFile('k8deployer.yaml', spec);
});
afterAll(async () => {
  await harness.stop();
});

/** One workflow run: a matrix job per cluster, started together. */
function matrixRun(runId: string, tag: string) {
  return Promise.all(
    ['cluster-1', 'cluster-2'].map((cluster) =>
      harness.run({
        eventName: 'pull_request',
        payload: pullRequestPayload('pull_request.synchronize.json', pr),
        ref: `refs/pull/${pr}/merge`,
        runId,
        inputs: { command: 'plan', clusters: cluster, 'comment-group': 'plan', variables: `tag=${tag}` },
        env: stepEnv,
      }),
    ),
  );
}

const groupComments = () => harness.github.comments.filter((c) => c.issue === pr && c.body.includes(marker));

describe('matrix fan-in through the action', () => {
  it('two concurrent jobs of one run share one comment with a section per cluster', async () => {
    const runs = await matrixRun('9200001', '1.1.0');
    for (const run of runs) expect(run.code, run.log).toBe(0);
    const comments = groupComments();
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('cluster=cluster-1');
    expect(body).toContain('cluster=cluster-2');
    expect(body.match(/to add, 0 to change, 0 to replace, 0 to delete/g)).toHaveLength(2);
    expect(body).not.toContain('running');
  });

  it('the next run of the workflow replaces both sections in the same comment', async () => {
    const first = groupComments()[0];
    const runs = await matrixRun('9200002', '1.2.0');
    for (const run of runs) expect(run.code, run.log).toBe(0);
    const comments = groupComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(first?.id);
    const body = comments[0]?.body ?? '';
    expect(body).toContain('run=9200002');
    expect(body).not.toContain('run=9200001');
    expect(body.match(/<!-- k8deployer-section /g)).toHaveLength(2);
  });
});
