// A no-op re-deploy decides "unchanged" from the live objects' field ownership, without dry runs and without the
// lease (src/plan/unchanged.ts, ClusterDeploy.planWithoutWrites): it must send no write request at all. That fast
// path must never hide drift: a managed field someone else changed (kubectl edit, kubectl scale, a forced
// server-side apply of another manager) or removed is planned as an update and corrected by the next deploy, and
// plan and deploy agree on it. Requests are counted on this run's own connection (request-recorder.ts).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, runPlan } from '../../src/engine.js';
import { EventBus, type PlannedChange } from '../../src/events.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { recordRequests, writesOf, type RecordedRequest } from './request-recorder.js';
import { deleteNamespace, kubeConfigFor, kubectl, kubectlPath, testClusters } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 120,
  objectTimeoutSeconds: 60,
};

const cluster = () => testClusters()[0]!;
const namespace = `drift-${randomBytes(4).toString('hex')}`;
afterAll(() => deleteNamespace(namespace, cluster()));

function app(): RenderedApp {
  return {
    app: 'drift',
    cluster: 'test',
    namespace,
    components: [{ name: 'api', kind: 'service', depends: [], images: ['drift/api:1'], urls: [] }],
    objects: [
      { component: 'api', object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } } },
      {
        component: 'api',
        object: {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'api-config', namespace },
          data: { MODE: 'live', LEVEL: 'info' },
        },
      },
      {
        component: 'api',
        object: {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'api', namespace, labels: { app: 'api' } },
          spec: {
            replicas: 1,
            selector: { matchLabels: { app: 'api' } },
            template: {
              metadata: { labels: { app: 'api' } },
              spec: {
                containers: [
                  {
                    name: 'app',
                    image: 'drift/api:1',
                    args: ['--mode', 'live'],
                    ports: [{ containerPort: 8080, name: 'http' }],
                    env: [{ name: 'LEVEL', value: 'info' }],
                    envFrom: [{ configMapRef: { name: 'api-config' } }],
                  },
                ],
              },
            },
          },
        },
      },
      {
        component: 'api',
        object: {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'api', namespace },
          spec: { selector: { app: 'api' }, ports: [{ port: 80, targetPort: 'http' }] },
        },
      },
    ],
  };
}

const targets = (kubeConfig = kubeConfigFor(cluster())) => [{ cluster: cluster().name, kubeConfig, rendered: app() }];

const changed = (changes: PlannedChange[] | undefined): string[] =>
  (changes ?? [])
    .filter((change) => change.action !== 'unchanged')
    .map((change) => `${change.action} ${change.ref.kind}/${change.ref.name}`)
    .sort();

/** Plan, then deploy through a recorder: what each reports as changed, and every request the deploy sent. */
async function planAndDeploy(
  runId: string,
  options = engineOptions(settings),
): Promise<{
  planned: string[];
  deployed: string[];
  requests: RecordedRequest[];
}> {
  const plan = await runPlan({ targets: targets(), bus: new EventBus(), options });
  expect(plan.clusters[0]?.reason).toBeUndefined();
  expect(plan.outcome).toBe('planned');
  const recorder = await recordRequests(kubeConfigFor(cluster()));
  try {
    const deploy = await runDeploy({
      targets: targets(recorder.kubeConfig),
      bus: new EventBus(),
      options,
      runId,
    });
    expect(deploy.clusters[0]?.reason).toBeUndefined();
    expect(deploy.outcome).toBe('succeeded');
    return {
      planned: changed(plan.plans[0]?.changes),
      deployed: changed(deploy.clusters[0]?.changes),
      requests: recorder.requests,
    };
  } finally {
    await recorder.close();
  }
}

/**
 * Taking back a field another manager now owns needs force-conflicts (server-side apply's rule): without it the
 * drift is reported as a conflict naming that manager, by plan and by deploy, before anything is written.
 */
async function expectConflict(manager: string): Promise<void> {
  const plan = await runPlan({ targets: targets(), bus: new EventBus(), options: engineOptions(settings) });
  expect(plan.outcome).toBe('failed');
  expect(plan.clusters[0]?.reason).toContain(manager);
  const recorder = await recordRequests(kubeConfigFor(cluster()));
  try {
    const deploy = await runDeploy({
      targets: targets(recorder.kubeConfig),
      bus: new EventBus(),
      options: engineOptions(settings),
      runId: `drift-conflict-${manager}`,
    });
    expect(deploy.outcome).toBe('failed');
    expect(deploy.clusters[0]?.reason).toContain(manager);
    const writes = writesOf(recorder.requests);
    expect(Object.keys(writes).filter((key) => !key.endsWith(' leases'))).toEqual([]);
  } finally {
    await recorder.close();
  }
}

const forced = engineOptions({ ...settings, forceConflicts: true });

const dryRuns = (requests: RecordedRequest[]) =>
  requests.filter((request) => new URL(request.path, 'http://recorder').searchParams.get('dryRun') === 'All');

/** `kubectl edit` with a sed script as the editor: the same Update request (manager kubectl-edit) a person makes. */
function kubectlEdit(resource: string, script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      kubectlPath(),
      ['--kubeconfig', cluster().kubeconfigPath, '-n', namespace, 'edit', resource],
      { env: { ...process.env, KUBE_EDITOR: `sed -i -e '${script}'` } },
      (error, _stdout, stderr) => (error ? reject(new Error(`kubectl edit failed: ${stderr}`)) : resolve()),
    );
  });
}

/** A field of the live object, by dotted path (`spec.template.spec.containers.0.image`). */
async function liveField(resource: string, path: string): Promise<unknown> {
  let value: unknown = JSON.parse(await kubectl(cluster(), ['-n', namespace, 'get', resource, '-o', 'json']));
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

describe('no-op re-deploys write nothing, and drift is still corrected', () => {
  it('first install, then a no-op re-deploy: no write, no dry run, no lease', async () => {
    const first = await planAndDeploy('drift-first');
    expect(first.deployed).toEqual(first.planned);
    const again = await planAndDeploy('drift-noop');
    expect(again.planned).toEqual([]);
    expect(again.deployed).toEqual([]);
    expect(writesOf(again.requests)).toEqual({});
    expect(dryRuns(again.requests)).toEqual([]);
  });

  it('kubectl edit of a managed value (ConfigMap data, container image): a conflict, corrected with force', async () => {
    await kubectlEdit('configmap/api-config', 's/MODE: live/MODE: edited/');
    await kubectlEdit('deployment/api', 's#image: drift/api:1#image: drift/api:edited#');
    expect(await liveField('configmap/api-config', 'data.MODE')).toBe('edited');
    await expectConflict('kubectl-edit');
    const run = await planAndDeploy('drift-edit', forced);
    expect(run.planned).toEqual(['update ConfigMap/api-config', 'update Deployment/api']);
    expect(run.deployed).toEqual(run.planned);
    expect(await liveField('configmap/api-config', 'data')).toEqual({ MODE: 'live', LEVEL: 'info' });
    expect(await liveField('deployment/api', 'spec.template.spec.containers.0.image')).toBe('drift/api:1');
    // Corrected: the next run is a no-op again.
    const after = await planAndDeploy('drift-edit-noop');
    expect(after.deployed).toEqual([]);
    expect(writesOf(after.requests)).toEqual({});
  });

  it('a removed managed field, a scale and a forced apply by another manager are corrected too', async () => {
    await kubectlEdit('configmap/api-config', '/LEVEL: info/d');
    expect(await liveField('configmap/api-config', 'data')).toEqual({ MODE: 'live' });
    await kubectl(cluster(), ['-n', namespace, 'scale', 'deployment/api', '--replicas=2']);
    await kubectl(
      cluster(),
      ['apply', '--server-side', '--force-conflicts', '--field-manager=someone-else', '-n', namespace, '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'api' },
        spec: { ports: [{ port: 80, targetPort: 9090 }] },
      }),
    );
    const run = await planAndDeploy('drift-remove', forced);
    expect(run.planned).toEqual(['update ConfigMap/api-config', 'update Deployment/api', 'update Service/api']);
    expect(run.deployed).toEqual(run.planned);
    expect(await liveField('configmap/api-config', 'data')).toEqual({ MODE: 'live', LEVEL: 'info' });
    expect(await liveField('deployment/api', 'spec.replicas')).toBe(1);
    expect(await liveField('service/api', 'spec.ports.0.targetPort')).toBe('http');
  });

  it('a change by someone else outside our fields is no drift: still a no-op without writes', async () => {
    await kubectl(cluster(), ['-n', namespace, 'label', 'configmap/api-config', 'team=payments']);
    await kubectl(cluster(), ['-n', namespace, 'annotate', 'deployment/api', 'example.com/owner=payments']);
    const run = await planAndDeploy('drift-foreign');
    expect(run.planned).toEqual([]);
    expect(run.deployed).toEqual([]);
    expect(writesOf(run.requests)).toEqual({});
    expect(dryRuns(run.requests)).toEqual([]);
  });
});
