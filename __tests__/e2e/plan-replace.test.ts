// A Job's image bump on a PR: the server refuses the dry run (spec.template is immutable), deploy replaces the Job;
// plan must say "replace" (not fail) and deploy must then do exactly that.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, runPlan } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import type { RenderedApp } from '../../src/render/types.js';
import { planTextLines } from '../../src/report/plan-text.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};

function app(namespace: string, image: string): RenderedApp {
  return {
    app: 'replace',
    cluster: 'test',
    namespace,
    components: [{ name: 'migrate', kind: 'job', depends: [], images: [image], urls: [] }],
    objects: [
      { component: 'migrate', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } },
      {
        component: 'migrate',
        options: { replaceOnImmutable: true },
        object: {
          apiVersion: 'batch/v1',
          kind: 'Job',
          metadata: { name: 'migrate', namespace },
          spec: {
            backoffLimit: 0,
            template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image }] } },
          },
        },
      },
    ],
  };
}

const cluster = () => testClusters()[0]!;
const targets = (rendered: RenderedApp) => [
  { cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered },
];
const deploy = (rendered: RenderedApp) =>
  runDeploy({
    targets: targets(rendered),
    bus: new EventBus(),
    options: engineOptions(settings),
    runId: `r-${Date.now()}`,
  });

describe('plan on a Job image bump', () => {
  const ns = `replace-${randomBytes(4).toString('hex')}`;
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  it('plans a replace (exit-worthy success), and deploy replaces the Job', async () => {
    expect((await deploy(app(ns, 'registry.local/migrate:7.4.0'))).outcome).toBe('succeeded');
    const bumped = app(ns, 'registry.local/migrate:7.5.0');
    const plan = await runPlan({ targets: targets(bumped), bus: new EventBus(), options: engineOptions(settings) });
    expect(plan.outcome).toBe('planned');
    const job = plan.plans[0]?.changes.find((change) => change.ref.kind === 'Job');
    expect(job).toMatchObject({ action: 'replace', immutableFields: ['spec.template'] });
    expect(job?.diff).toContain('image: registry.local/migrate:7.5.0');
    const text = planTextLines(plan.plans[0]?.changes ?? []);
    expect(text[0]).toBe('plan: 0 to add, 0 to change, 1 to replace, 0 to delete, 1 unchanged');
    expect(text[1]).toContain(`± replace Job/${ns}/migrate: immutable spec.template changes: delete and re-create`);

    expect((await deploy(bumped)).outcome).toBe('succeeded');
    const image = await kubectl(cluster(), [
      '-n',
      ns,
      'get',
      'job',
      'migrate',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ]);
    expect(image).toBe('registry.local/migrate:7.5.0');
  });
});
