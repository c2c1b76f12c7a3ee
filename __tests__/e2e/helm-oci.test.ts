// `kind: helm` with an `oci://` chart: the fixture chart is packaged and pushed with `helm push` to a real OCI registry
// (the CNCF distribution registry over TLS, its certificate from a test CA made with openssl, ./registry.ts), then
// deployed on a local cluster. helm trusts the test CA through SSL_CERT_FILE, which k8deployer passes on to helm as a
// runner's custom CA would be.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecError } from '../../src/errors.js';
import { engineOptions, runDelete, runDeploy, type EngineTarget } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import { findOnPath } from '../../src/packaging/tools.js';
import { prepareRun } from '../../src/pipeline.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { startRegistry, type TestRegistry } from './registry.js';
import { kubeConfigFor, testClusters } from './testbed.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const chartDir = path.join(root, '__tests__/fixtures/packaging/chart');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-helm-oci-e2e-'));
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry('anonymous', { tls: true });
});
afterAll(async () => {
  await registry.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('kind: helm from an OCI registry', () => {
  it('deploys a chart pushed with helm push to oci://, at the version asked for', async () => {
    const cluster = testClusters()[0]!;
    const helm = await findOnPath('helm', process.env.PATH);
    if (!helm) throw new Error('helm is not on PATH (the test bed bin dir holds it: eval "$(scripts/testbed.sh env)")');
    const caFile = registry.caFile ?? '';
    // helm's registry config and cache in a home of their own, as k8deployer gives helm.
    const home = path.join(workDir, 'helm-home');
    const helmEnv = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      HELM_CONFIG_HOME: path.join(home, 'config'),
      HELM_CACHE_HOME: path.join(home, 'cache'),
      HELM_DATA_HOME: path.join(home, 'data'),
    };
    await run(helm, ['package', chartDir, '--destination', workDir], { env: helmEnv });
    const pushed = await run(
      helm,
      ['push', path.join(workDir, 'greeter-0.1.0.tgz'), `oci://${registry.host}/charts`, '--ca-file', caFile],
      { env: helmEnv },
    );
    expect(pushed.stdout + pushed.stderr).toMatch(/Digest: sha256:[a-f0-9]{64}/);

    const namespace = `helm-oci-${randomBytes(3).toString('hex')}`;
    const dir = path.join(workDir, namespace);
    mkdirSync(dir);
    copyFileSync(cluster.kubeconfigPath, path.join(dir, 'test.kubeconfig'));
    const specPath = path.join(dir, 'k8deployer.yaml');
    writeFileSync(
      specPath,
      dump({
        app: namespace,
        namespace,
        clusters: [{ name: 'test', kubeconfig: { path: 'test.kubeconfig' } }],
        components: [
          {
            name: 'greeter',
            kind: 'helm',
            helm: {
              chart: `oci://${registry.host}/charts/greeter`,
              version: '0.1.0',
              values: { greeting: 'hello from an OCI chart' },
            },
          },
        ],
      }),
    );
    const settings: Settings = { ...defaultSettings, command: 'deploy', specPath, timeoutSeconds: 180 };
    const env = { PATH: process.env.PATH ?? '', SSL_CERT_FILE: caFile };
    const prepared = await prepareRun(settings, { env });
    const targets: EngineTarget[] = prepared.targets.map(({ target, rendered }) => ({
      cluster: target.name,
      kubeConfig: kubeConfigFor(cluster),
      rendered,
    }));
    try {
      const result = await runDeploy({
        targets,
        bus: new EventBus(),
        options: engineOptions(settings),
        tuning: { leaseTtlSeconds: 30 },
        runId: 'helm-oci',
      });
      expect(result.clusters[0]?.reason).toBeUndefined();
      expect(result.outcome).toBe('succeeded');
      const kc = kubeConfigFor(cluster);
      const config = await kc
        .makeApiClient(k8s.CoreV1Api)
        .readNamespacedConfigMap({ name: 'greeter-config', namespace });
      expect(config.data?.greeting).toBe('hello from an OCI chart');
      const deployment = await kc.makeApiClient(k8s.AppsV1Api).readNamespacedDeployment({ name: 'greeter', namespace });
      expect(deployment.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('k8deployer');

      // A version the registry does not have: a positioned spec error carrying helm's message, not a crash.
      writeFileSync(specPath, readFileSync(specPath, 'utf8').replace('version: 0.1.0', 'version: 9.9.9'));
      const missing = await prepareRun(settings, { env }).catch((error: unknown) => error);
      expect(missing).toBeInstanceOf(SpecError);
      expect((missing as SpecError).message).toMatch(
        /k8deployer\.yaml:\d+:\d+: helm template failed for chart "oci:\/\/127\.0\.0\.1:\d+\/charts\/greeter": .*9\.9\.9/,
      );
    } finally {
      await runDelete({
        targets,
        bus: new EventBus(),
        options: engineOptions({ ...settings, command: 'delete', deleteNamespaces: true }),
        runId: 'helm-oci-delete',
      }).catch(() => undefined);
    }
  });
});
