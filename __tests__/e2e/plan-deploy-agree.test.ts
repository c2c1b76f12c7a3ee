// "plan and deploy agree on what changes": for the same app, the changes deploy reports equal the changes plan
// predicted, on a first install (create), an unchanged re-deploy (unchanged) and after an edit (update, delete).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, runPlan } from '../../src/engine.js';
import { EventBus, type PlannedChange } from '../../src/events.js';
import type { DesiredObject, RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { deleteNamespace, kubeConfigFor, testClusters } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};

function app(namespace: string, data: Record<string, string>, extra: boolean): RenderedApp {
  const configMap = (name: string): DesiredObject => ({
    component: 'web',
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data },
  });
  const objects: DesiredObject[] = [
    { component: 'web', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } },
    configMap('settings'),
    ...(extra ? [configMap('extra')] : []),
    {
      component: 'web',
      object: {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', namespace },
        spec: { selector: { app: 'web' }, ports: [{ port: 80 }] },
      },
    },
  ];
  return {
    app: 'agree',
    cluster: 'test',
    namespace,
    components: [{ name: 'web', kind: 'service', depends: [], images: [], urls: [] }],
    objects,
  };
}

const cluster = () => testClusters()[0]!;
const targets = (rendered: RenderedApp) => [
  { cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered },
];
const summary = (changes: PlannedChange[] | undefined): string[] =>
  (changes ?? []).map((change) => `${change.action} ${change.ref.kind}/${change.ref.name}`).sort();

async function planThenDeploy(rendered: RenderedApp): Promise<{ planned: string[]; deployed: string[] }> {
  const plan = await runPlan({ targets: targets(rendered), bus: new EventBus(), options: engineOptions(settings) });
  expect(plan.outcome).toBe('planned');
  const deploy = await runDeploy({
    targets: targets(rendered),
    bus: new EventBus(),
    options: engineOptions(settings),
    runId: `agree-${Date.now()}`,
  });
  expect(deploy.outcome).toBe('succeeded');
  return { planned: summary(plan.plans[0]?.changes), deployed: summary(deploy.clusters[0]?.changes) };
}

describe('plan and deploy agree on what changes', () => {
  let ns: string;
  beforeAll(() => {
    // Not created here: the app creates (and so owns) its namespace, as on a first install.
    ns = `agree-${randomBytes(4).toString('hex')}`;
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  it('first install: every object is a create, in both', async () => {
    const { planned, deployed } = await planThenDeploy(app(ns, { MODE: 'a' }, true));
    expect(planned).toEqual([
      'create ConfigMap/extra',
      'create ConfigMap/settings',
      `create Namespace/${ns}`,
      'create Service/web',
    ]);
    expect(deployed).toEqual(planned);
  });

  it('the same app again: everything unchanged, in both', async () => {
    const { planned, deployed } = await planThenDeploy(app(ns, { MODE: 'a' }, true));
    expect(planned.every((line) => line.startsWith('unchanged '))).toBe(true);
    expect(deployed).toEqual(planned);
  });

  it('after an edit: the changed object is an update and the dropped one a delete, in both', async () => {
    const { planned, deployed } = await planThenDeploy(app(ns, { MODE: 'b' }, false));
    expect(planned).toEqual([
      'delete ConfigMap/extra',
      `unchanged Namespace/${ns}`,
      'unchanged Service/web',
      'update ConfigMap/settings',
    ]);
    expect(deployed).toEqual(planned);
  });
});
