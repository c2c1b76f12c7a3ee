// `plan` where a secret's env var is unset (a PR job without production secrets): the renderer fills a placeholder,
// and comparing it with the live Secret would show a fake Secret change and a pod roll. The plan must take the live
// value, count no change for it, and say which value it could not know. Runs on the real local cluster.
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
import { deleteNamespace, kubeConfigFor, testClusters } from './testbed.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-unknown-secret-'));
const namespace = `unknown-${randomBytes(4).toString('hex')}`;
const cluster = () => testClusters()[0]!;
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await deleteNamespace(namespace, cluster());
});

const spec = `app: secrets
namespace: ${namespace}
secrets:
  - name: db
    fromEnv: { password: DB_PASSWORD }
components:
  - name: api
    image: registry.local/api:1.0.0
    port: 8080
    env:
      DB_PASSWORD: { secret: db, key: password }
clusters:
  - name: local
    kubeconfig: { path: kubeconfig }
`;

async function targetsFor(command: Settings['command'], env: Record<string, string | undefined>) {
  const settings: Settings = { ...defaultSettings, command, specPath: path.join(workDir, 'k8deployer.yaml') };
  const prepared = await prepareRun(settings, { env });
  const targets: EngineTarget[] = prepared.targets.map(({ target, rendered }) => ({
    cluster: target.name,
    kubeConfig: kubeConfigFor(cluster()),
    rendered,
  }));
  return { settings, targets };
}

describe('plan with a secret env var unset', () => {
  it('shows the value as unknown, counts no change and rolls no pods', async () => {
    writeFileSync(path.join(workDir, 'k8deployer.yaml'), spec);
    writeFileSync(path.join(workDir, 'kubeconfig'), '');
    const deploy = await targetsFor('deploy', { DB_PASSWORD: 's3cret-value' });
    const deployed = await runDeploy({
      targets: deploy.targets,
      bus: new EventBus(),
      options: engineOptions(deploy.settings),
      runId: `r-${Date.now()}`,
    });
    expect(deployed.outcome).toBe('succeeded');

    const plan = await targetsFor('plan', {});
    const planned = await runPlan({
      targets: plan.targets,
      bus: new EventBus(),
      options: engineOptions(plan.settings),
    });
    expect(planned.outcome).toBe('planned');
    const changes = planned.plans[0]?.changes ?? [];
    expect(changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
    const secret = changes.find((change) => change.ref.kind === 'Secret');
    expect(secret).toMatchObject({ action: 'unchanged', unknownValues: ['password (env DB_PASSWORD not set)'] });
    const text = planTextLines(changes);
    expect(text[0]).toMatch(/^plan: 0 to add, 0 to change, 0 to replace, 0 to delete, \d+ unchanged$/);
    expect(text[1]).toBe(
      '⚠ 1 secret value unknown to this plan: password (env DB_PASSWORD not set); shown unchanged where the cluster ' +
        'has one (deploy needs them set)',
    );
    expect(JSON.stringify(planned)).not.toContain('s3cret-value');
    expect(JSON.stringify(planned)).not.toContain(Buffer.from('s3cret-value').toString('base64'));
  });
});
