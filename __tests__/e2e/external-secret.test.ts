// secrets[].external on a real API server with the ExternalSecret CRD (testbed/crds/external-secrets). No operator
// runs: the test plays External Secrets Operator, writing the target Secret and the ExternalSecret's status
// (Ready condition and syncedResourceVersion `<generation>-<hash>`, as the operator's GetResourceVersion does)
// through the status subresource. The workload that reads the Secret must wait for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy, type EngineTuning } from '../../src/engine.js';
import { EventBus, Outcome, type DeployEvent } from '../../src/events.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { renderFixture } from '../unit/render/render-fixture.js';
import { deleteNamespace, kubeConfigFor, kubectl, testClusters, uniqueNamespace, waitFor } from './testbed.js';

const settings: Settings = {
  ...defaultSettings,
  command: 'deploy',
  specPath: 'k8deployer.yaml',
  timeoutSeconds: 90,
  objectTimeoutSeconds: 60,
};
const tuning: Partial<EngineTuning> = { leaseTtlSeconds: 5 };
const cluster = () => testClusters()[0]!;

const spec = (namespace: string) => `app: vault-app
namespace: ${namespace}
secrets:
  - name: db
    external:
      store: vault
      keys: { password: prod/db }
components:
  - name: api
    image: api:1.0.0
    port: 8080
    env:
      DB_PASSWORD: { secret: db, key: password }
`;

/** What the operator does: read the ExternalSecret, write its Secret (owned by it), then its status. */
async function playOperator(namespace: string, ready: { status: string; reason: string; message: string }) {
  const external = await waitFor('ExternalSecret db', async () => {
    const out = await kubectl(cluster(), [
      ...['get', 'externalsecret', 'db', '-n', namespace, '-o', 'json', '--ignore-not-found'],
    ]);
    return out.trim() ? (JSON.parse(out) as { metadata: { generation: number; uid: string } }) : undefined;
  });
  if (ready.status === 'True') {
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: 'db',
        namespace,
        ownerReferences: [
          { apiVersion: 'external-secrets.io/v1', kind: 'ExternalSecret', name: 'db', uid: external.metadata.uid },
        ],
      },
      stringData: { password: 'from-the-store' },
    };
    await kubectl(cluster(), ['apply', '-f', '-'], JSON.stringify(secret));
  }
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const status = {
    syncedResourceVersion: `${external.metadata.generation}-0f1e2d3c`,
    refreshTime: now,
    conditions: [{ type: 'Ready', ...ready, lastTransitionTime: now }],
  };
  await kubectl(cluster(), [
    ...['patch', 'externalsecret', 'db', '-n', namespace, '--subresource=status', '--type=merge'],
    ...['-p', JSON.stringify({ status })],
  ]);
}

function deploy(namespace: string) {
  const bus = new EventBus();
  const events: DeployEvent[] = [];
  bus.subscribe((event) => events.push(event));
  const rendered = renderFixture({ name: 'external', spec: spec(namespace) });
  const result = runDeploy({
    targets: [{ cluster: cluster().name, kubeConfig: kubeConfigFor(cluster()), rendered }],
    bus,
    options: engineOptions(settings),
    runId: `external-${namespace}`,
    tuning,
  });
  return { result, events };
}

describe('secrets[].external on a real cluster', () => {
  let ns: string;
  beforeAll(async () => {
    ns = await uniqueNamespace('external', cluster());
  });
  afterAll(async () => {
    await deleteNamespace(ns, cluster());
  });

  it('applies the workload only once the operator synced the Secret', async () => {
    const { result, events } = deploy(ns);
    await playOperator(ns, { status: 'True', reason: 'SecretSynced', message: 'secret synced' });
    const outcome = await result;
    expect(outcome.outcome, JSON.stringify(outcome.clusters)).toBe(Outcome.Succeeded);
    const at = (type: DeployEvent['type'], kind: string) =>
      events.findIndex((event) => event.type === type && 'ref' in event && event.ref.kind === kind);
    expect(at('object-ready', 'ExternalSecret')).toBeGreaterThanOrEqual(0);
    expect(at('object-applied', 'Deployment')).toBeGreaterThan(at('object-ready', 'ExternalSecret'));
    // The runner never had the value: no Secret object of ours, the operator's one is untouched.
    const secret = JSON.parse(await kubectl(cluster(), ['get', 'secret', 'db', '-n', ns, '-o', 'json'])) as {
      data: { password: string };
      metadata: { ownerReferences: { kind: string }[] };
    };
    expect(Buffer.from(secret.data.password, 'base64').toString()).toBe('from-the-store');
    expect(secret.metadata.ownerReferences[0]?.kind).toBe('ExternalSecret');
  });

  it('fails fast with the operator words when the store refuses the read', async () => {
    const refused = await uniqueNamespace('external-refused', cluster());
    try {
      const started = Date.now();
      const { result } = deploy(refused);
      await playOperator(refused, {
        status: 'False',
        reason: 'SecretSyncedError',
        message: 'could not get secret data from provider',
      });
      const outcome = await result;
      expect([Outcome.Failed, Outcome.RolledBack]).toContain(outcome.outcome);
      expect(outcome.clusters[0]?.reason).toContain(
        'Ready=False (SecretSyncedError): could not get secret data from provider',
      );
      expect(Date.now() - started).toBeLessThan(30_000);
      // Nothing that reads the missing Secret was applied.
      expect((await kubectl(cluster(), ['get', 'deployments', '-n', refused, '-o', 'name'])).trim()).toBe('');
    } finally {
      await deleteNamespace(refused, cluster());
    }
  });
});
