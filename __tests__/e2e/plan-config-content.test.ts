// A config value edited in a PR: the ConfigMap's name carries a hash of its content, so to the API server the
// change is a new ConfigMap plus the prune of the old one. The plan must show it as one content change with the
// data diff, and deploy must do what the plan said. Runs on the real local cluster.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, runPlan, type EngineTarget } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import { prepareRun } from '../../src/pipeline.js';
import { planTextLines } from '../../src/report/plan-text.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters } from './testbed.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-config-content-'));
const namespace = `content-${randomBytes(4).toString('hex')}`;
const cluster = () => testClusters()[0]!;
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await deleteNamespace(namespace, cluster());
});

const spec = (level: string) => `app: content
namespace: ${namespace}
components:
  - name: api
    image: registry.local/api:1.0.0
    port: 8080
    config:
      - data: { LOG_LEVEL: ${level}, MODE: prod }
        env: true
clusters:
  - name: local
    kubeconfig: { path: kubeconfig }
`;

async function targetsFor(command: Settings['command'], level: string) {
  writeFileSync(path.join(workDir, 'k8deployer.yaml'), spec(level));
  writeFileSync(path.join(workDir, 'kubeconfig'), '');
  const settings: Settings = { ...defaultSettings, command, specPath: path.join(workDir, 'k8deployer.yaml') };
  const prepared = await prepareRun(settings, { env: {} });
  const targets: EngineTarget[] = prepared.targets.map(({ target, rendered }) => ({
    cluster: target.name,
    kubeConfig: kubeConfigFor(cluster()),
    rendered,
  }));
  return { settings, targets };
}

const deploy = async (level: string) => {
  const { settings, targets } = await targetsFor('deploy', level);
  return runDeploy({ targets, bus: new EventBus(), options: engineOptions(settings), runId: `r-${Date.now()}` });
};

describe('plan of a hashed ConfigMap content change', () => {
  it('shows one content change with the data diff, and deploy replaces the old generation', async () => {
    expect((await deploy('info')).outcome).toBe('succeeded');
    const { settings, targets } = await targetsFor('plan', 'debug');
    const planned = await runPlan({ targets, bus: new EventBus(), options: engineOptions(settings) });
    expect(planned.outcome).toBe('planned');
    const changes = planned.plans[0]?.changes ?? [];
    const content = changes.find((change) => change.ref.kind === 'ConfigMap' && change.supersedes);
    expect(content?.action).toBe('create');
    expect(content?.supersedes).toMatch(/^api-config-[0-9a-f]{10}$/);
    expect(content?.diff).toBe('  data:\n-   LOG_LEVEL: info\n+   LOG_LEVEL: debug\n    MODE: prod');
    const text = planTextLines(changes);
    // The pods roll (their template names the new ConfigMap): one change for the content, one for the Deployment.
    expect(text[0]).toMatch(/^plan: 0 to add, 2 to change, 0 to replace, 0 to delete, \d+ unchanged$/);
    expect(text.join('\n')).toContain(
      `~ content ConfigMap/${namespace}/${content?.ref.name}: ${content?.supersedes} →`,
    );
    expect(text.join('\n')).not.toContain('will be deleted');

    expect((await deploy('debug')).outcome).toBe('succeeded');
    const names = await kubectl(cluster(), ['-n', namespace, 'get', 'configmaps', '-o', 'name']);
    expect(names).toContain(`configmap/${content?.ref.name}`);
  });
});
