// `images.pin: digest` end to end: real registries (the CNCF distribution registry, ./registry.ts) in each auth mode,
// anonymous, htpasswd Basic and the Docker token-auth flow with a local token server, and the local clusters. The
// registry API is the real one (OCI distribution spec): nothing here mocks it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDelete, runDeploy, runPlan, type EngineTarget } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import { ImageResolveError } from '../../src/images/resolve.js';
import { prepareRun, type PreparedRun } from '../../src/pipeline.js';
import { attachReporters } from '../../src/report/index.js';
import { defaultSettings, type Settings } from '../../src/settings/types.js';
import { recordRequests, writesOf } from './request-recorder.js';
import { startRegistry, type RegistryMode, type TestRegistry } from './registry.js';
import { kubeConfigFor, testClusters, type TestCluster } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-image-pin-e2e-'));
const registries = new Map<RegistryMode, TestRegistry>();

beforeAll(async () => {
  for (const mode of ['anonymous', 'htpasswd', 'token'] as const) registries.set(mode, await startRegistry(mode));
});
afterAll(async () => {
  for (const registry of registries.values()) await registry.stop();
  rmSync(workDir, { recursive: true, force: true });
});

function registry(mode: RegistryMode): TestRegistry {
  const found = registries.get(mode);
  if (!found) throw new Error(`no ${mode} registry`);
  return found;
}

/** A spec in its own directory and namespace, pointed at a test cluster. */
function writeSpec(cluster: TestCluster, body: Record<string, unknown>): { specPath: string; namespace: string } {
  const namespace = `pin-${randomBytes(3).toString('hex')}`;
  const dir = path.join(workDir, namespace);
  mkdirSync(dir);
  copyFileSync(cluster.kubeconfigPath, path.join(dir, 'test.kubeconfig'));
  const specPath = path.join(dir, 'k8deployer.yaml');
  writeFileSync(
    specPath,
    dump({
      app: namespace,
      namespace,
      images: { pin: 'digest' },
      ...body,
      clusters: [{ name: 'test', kubeconfig: { path: 'test.kubeconfig' } }],
    }),
  );
  return { specPath, namespace };
}

function settingsFor(specPath: string, command: Settings['command'] = 'deploy'): Settings {
  return { ...defaultSettings, command, specPath, timeoutSeconds: 120, objectTimeoutSeconds: 90 };
}

function targetsOf(prepared: PreparedRun, cluster: TestCluster, kubeConfig = kubeConfigFor(cluster)): EngineTarget[] {
  return prepared.targets.map(({ target, rendered }) => ({ cluster: target.name, kubeConfig, rendered }));
}

async function deploy(prepared: PreparedRun, cluster: TestCluster, runId: string, kubeConfig?: k8s.KubeConfig) {
  const bus = new EventBus();
  const lines: string[] = [];
  const reporters = attachReporters({ bus, mode: 'cli', write: (line) => lines.push(line), timer: false });
  const result = await runDeploy({
    targets: targetsOf(prepared, cluster, kubeConfig),
    bus,
    options: engineOptions(settingsFor(prepared.spec.file)),
    tuning: { leaseTtlSeconds: 30 },
    runId,
  });
  const final = reporters.finish({ components: prepared.targets.map(({ rendered }) => rendered) });
  return { result, final, lines };
}

async function cleanUp(specPath: string, cluster: TestCluster): Promise<void> {
  const settings = { ...settingsFor(specPath, 'delete'), deleteNamespaces: true };
  const prepared = await prepareRun(settings, { env: {} });
  await runDelete({
    targets: targetsOf(prepared, cluster),
    bus: new EventBus(),
    options: engineOptions(settings),
    runId: `cleanup-${Date.now()}`,
  }).catch(() => undefined);
}

async function deploymentImages(cluster: TestCluster, namespace: string, name: string) {
  const apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);
  const deployment = await apps.readNamespacedDeployment({ name, namespace });
  const pod = deployment.spec?.template.spec;
  return {
    generation: deployment.metadata?.generation ?? 0,
    images: [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])].map((c) => `${c.name}=${c.image}`),
  };
}

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('images.pin: digest against a real registry', () => {
  it('anonymous registry: deploys name@digest for main and sidecar, reports tag and digest, a re-deploy writes nothing, a moved tag rolls the pods', async () => {
    const cluster = testClusters()[0]!;
    const reg = registry('anonymous');
    const app = `team/app-${randomBytes(3).toString('hex')}`;
    const first = await reg.pushImage(app, '1.0', 'first');
    const proxy = await reg.pushImage('team/proxy', '2');
    const { specPath, namespace } = writeSpec(cluster, {
      components: [
        {
          name: 'api',
          image: `${reg.host}/${app}:1.0`,
          port: 8080,
          sidecars: [{ name: 'proxy', image: `${reg.host}/team/proxy:2` }],
        },
      ],
    });
    try {
      const prepared = await prepareRun(settingsFor(specPath), { env: {} });
      const deployed = await deploy(prepared, cluster, 'pin-first');
      expect(deployed.result.outcome, deployed.lines.join('\n')).toBe('succeeded');
      expect((await deploymentImages(cluster, namespace, 'api')).images).toEqual([
        `proxy=${reg.host}/team/proxy@${proxy}`,
        `api=${reg.host}/${app}@${first}`,
      ]);
      // The result output and the summary's version column carry the tag as written and the digest.
      const json = JSON.parse(deployed.final.resultJson) as {
        clusters: { components: { name: string; images: string[]; pins?: { image: string; digest: string }[] }[] }[];
      };
      const api = json.clusters[0]?.components.find((c) => c.name === 'api');
      expect(api?.pins).toEqual([
        { image: `${reg.host}/${app}:1.0`, digest: first },
        { image: `${reg.host}/team/proxy:2`, digest: proxy },
      ]);
      expect(api?.images).toEqual([`${reg.host}/${app}@${first}`, `${reg.host}/team/proxy@${proxy}`]);
      expect(deployed.final.summaryMarkdown).toContain(`${reg.host}/${app}:1.0 @ ${first.slice(0, 19)}`);

      // Same tag, same digest: plan says nothing changes and the deploy writes nothing but its lease.
      const again = await prepareRun(settingsFor(specPath, 'plan'), { env: {} });
      const plan = await runPlan({
        targets: targetsOf(again, cluster),
        bus: new EventBus(),
        options: engineOptions(settingsFor(specPath, 'plan')),
      });
      expect(plan.plans[0]?.changes.filter((change) => change.action !== 'unchanged')).toEqual([]);
      const recorder = await recordRequests(kubeConfigFor(cluster));
      let second: Awaited<ReturnType<typeof deploy>>;
      try {
        second = await deploy(
          await prepareRun(settingsFor(specPath), { env: {} }),
          cluster,
          'pin-second',
          recorder.kubeConfig,
        );
      } finally {
        await recorder.close();
      }
      expect(second.result.outcome).toBe('succeeded');
      const writes = Object.entries(writesOf(recorder.requests)).filter(([key]) => !key.endsWith(' leases'));
      expect(writes).toEqual([]);

      // The tag moves to new bytes: plan shows the new digest, deploy rolls the pods onto it.
      const before = await deploymentImages(cluster, namespace, 'api');
      const moved = await reg.pushImage(app, '1.0', 'second');
      expect(moved).not.toBe(first);
      const movedPlan = await runPlan({
        targets: targetsOf(await prepareRun(settingsFor(specPath, 'plan'), { env: {} }), cluster),
        bus: new EventBus(),
        options: engineOptions(settingsFor(specPath, 'plan')),
      });
      const update = movedPlan.plans[0]?.changes.find((c) => c.ref.kind === 'Deployment' && c.action === 'update');
      expect(update?.diff).toMatch(
        new RegExp(`^-\\s+(- )?image: ${escapeRegExp(`${reg.host}/${app}@${first}`)}$`, 'm'),
      );
      expect(update?.diff).toMatch(
        new RegExp(`^\\+\\s+(- )?image: ${escapeRegExp(`${reg.host}/${app}@${moved}`)}$`, 'm'),
      );
      const third = await deploy(await prepareRun(settingsFor(specPath), { env: {} }), cluster, 'pin-third');
      expect(third.result.outcome).toBe('succeeded');
      const after = await deploymentImages(cluster, namespace, 'api');
      expect(after.images).toContain(`api=${reg.host}/${app}@${moved}`);
      expect(after.generation).toBeGreaterThan(before.generation);
      const replicaSets = await kubeConfigFor(cluster)
        .makeApiClient(k8s.AppsV1Api)
        .listNamespacedReplicaSet({ namespace, labelSelector: 'app.kubernetes.io/name=api' });
      expect(replicaSets.items.map((rs) => rs.spec?.template?.spec?.containers[0]?.image).sort()).toEqual(
        [`${reg.host}/${app}@${first}`, `${reg.host}/${app}@${moved}`].sort(),
      );
    } finally {
      await cleanUp(specPath, cluster);
    }
  });

  it('htpasswd registry: resolves with the docker-config pull secret (auth base64), and says which source failed', async () => {
    const cluster = testClusters()[0]!;
    const reg = registry('htpasswd');
    const digest = await reg.pushImage('private/api', '3.1');
    const { specPath, namespace } = writeSpec(cluster, {
      secrets: [{ name: 'regcred', type: 'docker-config', dockerConfigEnv: 'E2E_REGISTRY_AUTH' }],
      components: [{ name: 'api', image: `${reg.host}/private/api:3.1`, port: 8080 }],
    });
    const auth = Buffer.from(`${reg.user.username}:${reg.user.password}`).toString('base64');
    const env = { E2E_REGISTRY_AUTH: JSON.stringify({ auths: { [`https://${reg.host}`]: { auth } } }) };
    try {
      const deployed = await deploy(await prepareRun(settingsFor(specPath), { env }), cluster, 'pin-basic');
      expect(deployed.result.outcome, deployed.lines.join('\n')).toBe('succeeded');
      expect((await deploymentImages(cluster, namespace, 'api')).images).toEqual([
        `api=${reg.host}/private/api@${digest}`,
      ]);

      // Plan without the secret's value: resolved anonymously, refused, and the message says what was missing.
      const missing = await prepareRun(settingsFor(specPath, 'plan'), { env: {} }).catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(ImageResolveError);
      expect((missing as Error).message).toContain(
        `component 'api': image '${reg.host}/private/api:3.1' on registry ${reg.host}: unauthorized for private/api`,
      );
      expect((missing as Error).message).toContain(`secret 'regcred' (env E2E_REGISTRY_AUTH) is not set`);

      // A wrong password: the message names the secret tried, never the value.
      const wrongAuth = Buffer.from(`${reg.user.username}:not-the-password`).toString('base64');
      const wrong = await prepareRun(settingsFor(specPath, 'plan'), {
        env: { E2E_REGISTRY_AUTH: JSON.stringify({ auths: { [reg.host]: { auth: wrongAuth } } }) },
      }).catch((e: unknown) => e);
      expect((wrong as Error).message).toContain(
        `tried with the credentials of secret 'regcred' (env E2E_REGISTRY_AUTH)`,
      );
      expect((wrong as Error).message).not.toContain('not-the-password');
      expect((wrong as Error).message).not.toContain(wrongAuth);
    } finally {
      await cleanUp(specPath, cluster);
    }
  });

  it('token-auth registry: an anonymous token for a public repository, a Basic-authenticated token for a private one', async () => {
    const cluster = testClusters()[0]!;
    const reg = registry('token');
    const publicDigest = await reg.pushImage('public/web', '1');
    const privateDigest = await reg.pushImage('private/worker', '7');
    const { specPath, namespace } = writeSpec(cluster, {
      secrets: [
        {
          name: 'regcred',
          type: 'docker-config',
          registry: reg.host,
          usernameEnv: 'E2E_REG_USER',
          passwordEnv: 'E2E_REG_PASSWORD',
        },
      ],
      components: [
        // No pull secret of its own and none in the spec it could use: asks for an anonymous token.
        { name: 'web', image: `${reg.host}/public/web:1`, port: 8080, imagePullSecrets: [] },
        { name: 'worker', image: `${reg.host}/private/worker:7` },
      ],
    });
    const env = { E2E_REG_USER: reg.user.username, E2E_REG_PASSWORD: reg.user.password };
    try {
      reg.tokenRequests.length = 0;
      const prepared = await prepareRun(settingsFor(specPath), { env });
      expect(reg.tokenRequests).toEqual(
        expect.arrayContaining([
          { scope: 'repository:public/web:pull', authenticated: false },
          { scope: 'repository:private/worker:pull', authenticated: true },
        ]),
      );
      // One resolve per distinct image: one token request each.
      expect(reg.tokenRequests).toHaveLength(2);
      const deployed = await deploy(prepared, cluster, 'pin-token');
      expect(deployed.result.outcome, deployed.lines.join('\n')).toBe('succeeded');
      expect((await deploymentImages(cluster, namespace, 'web')).images).toEqual([
        `web=${reg.host}/public/web@${publicDigest}`,
      ]);
      expect((await deploymentImages(cluster, namespace, 'worker')).images).toEqual([
        `worker=${reg.host}/private/worker@${privateDigest}`,
      ]);
      for (const line of deployed.lines) expect(line).not.toContain(reg.user.password);

      // A pull request run (untrusted spec): credentials are never sent, the private image is refused anonymously.
      reg.tokenRequests.length = 0;
      const untrusted = await prepareRun(settingsFor(specPath, 'plan'), {
        env,
        anonymousRegistries: 'on pull request events digests are resolved anonymously',
      }).catch((e: unknown) => e);
      expect(untrusted).toBeInstanceOf(ImageResolveError);
      expect((untrusted as Error).message).toContain(
        `component 'worker': image '${reg.host}/private/worker:7' on registry ${reg.host}: unauthorized for private/worker (HTTP 401); tried anonymously`,
      );
      expect((untrusted as Error).message).toContain('on pull request events digests are resolved anonymously');
      expect(reg.tokenRequests.map((request) => request.authenticated)).toEqual([false, false]);
    } finally {
      await cleanUp(specPath, cluster);
    }
  });

  it('a tag the registry does not have fails the run before any cluster is touched, naming component, image and registry', async () => {
    const cluster = testClusters()[0]!;
    const reg = registry('anonymous');
    await reg.pushImage('team/known', '1');
    const { specPath } = writeSpec(cluster, {
      components: [
        { name: 'api', image: `${reg.host}/team/known:1`, port: 8080 },
        { name: 'jobs', image: `${reg.host}/team/known:no-such-tag` },
      ],
    });
    const result = await cli(['deploy', '-f', specPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `error: images.pin: digest: could not resolve 1 image:\n  component 'jobs': image '${reg.host}/team/known:no-such-tag' on registry ${reg.host}: manifest unknown: the registry has no tag 'no-such-tag' in team/known. Hint: push the tag, or fix the image name or tag in the spec`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('the CLI plan resolves read-only and says which digest each tag names', async () => {
    const cluster = testClusters()[0]!;
    const reg = registry('anonymous');
    const digest = await reg.pushImage('team/shown', '4.2');
    const { specPath } = writeSpec(cluster, {
      components: [{ name: 'api', image: `${reg.host}/team/shown:4.2`, port: 8080 }],
    });
    const result = await cli(['plan', '-f', specPath]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const output = result.stdout + result.stderr;
    expect(output).toContain(`component api: image ${reg.host}/team/shown:4.2 pinned to ${digest}`);
    // A create shows no diff; an update's diff shows old and new digest (the moved-tag test above).
    expect(output).toMatch(/plan: \d+ to add, 0 to change/);
  });
});
