import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { afterAll, describe, expect, it } from 'vitest';
import { executeClusterCommand } from '../../src/commands.js';
import { EventBus, Outcome, type DeployEvent } from '../../src/events.js';
import { previewOwnershipLabels } from '../../src/preview/ownership.js';
import { repositoryIdentity } from '../../src/settings/repository.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { kubeConfigFor, testClusters, waitFor } from './testbed.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-sweep-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function run(settings: Settings): Promise<{ outcome: Outcome; events: DeployEvent[] }> {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const { result } = await executeClusterCommand({
    settings,
    env: {},
    bus,
    runId: `sweep-${Date.now()}`,
    credentials: { getIdToken: () => Promise.resolve('unused'), mask: () => {} },
  });
  return { outcome: result.outcome, events };
}

describe('preview sweep', () => {
  it('removes preview namespaces older than the TTL, namespace included, and keeps younger ones', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const app = `sweep${Date.now().toString(36)}`;
    const specPath = path.join(workDir, 'k8deployer.yaml');
    // The spec's kubeconfig.path is a repository file, relative to the spec.
    copyFileSync(cluster.kubeconfigPath, path.join(workDir, 'kubeconfig'));
    writeFileSync(
      specPath,
      `app: ${app}\ncomponents:\n  - { name: web, image: "nginx:1.27", port: 8080 }\nclusters:\n  - name: local\n    kubeconfig: { path: kubeconfig }\n`,
    );
    const repository = repositoryIdentity('acme/sweep-test', '4242')!;
    const base: Settings = { ...defaultSettings, command: 'preview-up', specPath, repository };
    for (const pr of [1, 2]) {
      const { outcome } = await run({
        ...base,
        namespaceOverride: `${app}-pr-${pr}`,
        namespaceLabels: previewOwnershipLabels(repository, pr),
      });
      expect(outcome).toBe(Outcome.Succeeded);
    }
    // The same app previewed from another repository: never swept from here.
    const other = repositoryIdentity('someone/else', '4343')!;
    const foreign = await run({
      ...base,
      repository: other,
      namespaceOverride: `${app}-pr-3`,
      namespaceLabels: previewOwnershipLabels(other, 3),
    });
    expect(foreign.outcome).toBe(Outcome.Succeeded);
    const core = kubeConfigFor(cluster).makeApiClient(k8s.CoreV1Api);
    const labelled = await core.listNamespace({
      labelSelector: `k8deployer.io/preview-pr,app.kubernetes.io/part-of=${app}`,
    });
    expect(labelled.items.map((ns) => ns.metadata?.name).sort()).toEqual([`${app}-pr-1`, `${app}-pr-2`, `${app}-pr-3`]);

    // A TTL far in the future sweeps nothing.
    const none = await run({ ...base, command: 'preview-sweep', previewTtlHours: 1000 });
    expect(none.outcome).toBe(Outcome.Deleted);
    expect(none.events.filter((event) => event.type === 'object-deleted')).toEqual([]);

    // A zero TTL sweeps both previews, namespaces included.
    const swept = await run({ ...base, command: 'preview-sweep', previewTtlHours: 0 });
    expect(swept.outcome).toBe(Outcome.Deleted);
    const finished = swept.events
      .filter((event) => event.type === 'cluster-finished')
      .map((event) => event.type === 'cluster-finished' && event.cluster);
    expect(finished.sort()).toEqual([`local/${app}-pr-1`, `local/${app}-pr-2`]);
    await waitFor('preview namespaces gone', async () => {
      const left = await core.listNamespace({
        labelSelector: `app.kubernetes.io/part-of=${app},k8deployer.io/repository=${repository.labelValue}`,
      });
      return left.items.every((ns) => ns.status?.phase === 'Terminating') || left.items.length === 0 ? true : undefined;
    });
    const theirs = await core.readNamespace({ name: `${app}-pr-3` });
    expect(theirs.metadata?.deletionTimestamp).toBeUndefined();
    await core.deleteNamespace({ name: `${app}-pr-3` });
  });

  it("refuses to sweep without a repository identity (labels alone could be anyone's)", async () => {
    const specPath = path.join(workDir, 'k8deployer.yaml');
    await expect(run({ ...defaultSettings, command: 'preview-sweep', specPath })).rejects.toThrow(
      /preview-sweep needs the repository identity/,
    );
  });
});
