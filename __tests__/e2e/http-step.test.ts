// kind: http steps on a real cluster, driven through the CLI's own command path (settings → spec → engine →
// reporters with the masker), against a local HTTP server this test starts. The server checks the cluster at the
// moment a request arrives, so ordering is asserted on what the cluster held then, not on log order.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeClusterCommand } from '../../src/commands.js';
import { EventBus } from '../../src/events.js';
import { attachReporters, SecretMasker, type FinalReports } from '../../src/report/index.js';
import { parseCliArgs } from '../../src/settings/cli-args.js';
import {
  READY_DELAY,
  deleteNamespace,
  kubeConfigFor,
  testClusters,
  uniqueNamespace,
  type TestCluster,
} from './testbed.js';

const token = `hook-token-${randomUUID()}`;
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-http-step-'));

interface Seen {
  path: string;
  authorization?: string;
  body: string;
  apiReady: boolean;
  afterExisted: boolean;
  afterExistedBeforeAnswer?: boolean;
}

let server: Server;
let port = 0;
let hookAnswer: 'ok' | 'fail' = 'ok';
const seen: Seen[] = [];
let apps: k8s.AppsV1Api;
let namespace = '';

async function deploymentState(name: string): Promise<{ exists: boolean; available: number }> {
  try {
    const deployment = await apps.readNamespacedDeployment({ name, namespace });
    return { exists: true, available: deployment.status?.availableReplicas ?? 0 };
  } catch {
    return { exists: false, available: 0 };
  }
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString()));
  request.on('end', () => {
    void (async () => {
      const api = await deploymentState('api');
      const after = await deploymentState('after');
      const entry: Seen = {
        path: request.url ?? '',
        ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        body,
        apiReady: api.available >= 1,
        afterExisted: after.exists,
      };
      seen.push(entry);
      if (request.url === '/hook' && hookAnswer === 'fail') {
        // Echoes the credential, as careless servers do: the reports must mask it.
        response.writeHead(503).end(`denied for ${request.headers.authorization ?? ''}`);
        return;
      }
      // Answer slowly: a component depending on the step must still not have started when the answer comes.
      await new Promise((resolve) => setTimeout(resolve, 800));
      entry.afterExistedBeforeAnswer = (await deploymentState('after')).exists;
      response.writeHead(200).end('ok');
    })();
  });
}

function specFor(cluster: TestCluster): string {
  copyFileSync(cluster.kubeconfigPath, path.join(workDir, 'kubeconfig'));
  const file = path.join(workDir, 'k8deployer.yaml');
  writeFileSync(
    file,
    `app: hooks
namespace: ${namespace}
variables: { apiImage: "nginx:1.27" }
clusters:
  - name: staging
    kubeconfig: { path: kubeconfig }
components:
  - name: api
    image: \${apiImage}
    port: 8080
    replicas: 1
    podAnnotations: { ${READY_DELAY}: 2s }
  - name: smoke
    depends: [api]
    http:
      url: http://127.0.0.1:${port}/smoke
      when: always
  - name: hook
    depends: [api]
    http:
      method: POST
      url: http://127.0.0.1:${port}/hook
      headers:
        Authorization: { valueEnv: HOOK_TOKEN, prefix: "Bearer " }
      body: { image: "\${apiImage}" }
      retries: 2
      backoff: { initialSeconds: 0.2 }
  - name: after
    image: nginx:1.27
    replicas: 1
    depends: [hook]
`,
  );
  return file;
}

/** One CLI command in process: every output the reporters publish, and every log line, as one text. */
async function run(args: string[]): Promise<{ final: FinalReports; all: string; log: string }> {
  const env = { HOOK_TOKEN: token, PATH: process.env.PATH ?? '' };
  const invocation = parseCliArgs(args, env);
  if (invocation.kind !== 'run') throw new Error('not a run');
  const bus = new EventBus();
  const masker = new SecretMasker();
  const lines: string[] = [];
  const reporters = attachReporters({ bus, mode: 'cli', write: (line) => lines.push(line), masker, timer: false });
  const { prepared } = await executeClusterCommand({
    settings: invocation.settings,
    env,
    bus,
    runId: randomUUID(),
    credentials: { getIdToken: () => Promise.reject(new Error('no OIDC here')), mask: (secret) => masker.add(secret) },
  });
  const final = reporters.finish({ components: prepared.targets.map(({ rendered }) => rendered) });
  const log = lines.join('\n');
  return {
    final,
    log,
    all: [log, final.resultJson, final.summaryMarkdown, final.commentBody, final.table, final.reasons.join('\n')].join(
      '\n',
    ),
  };
}

describe('kind: http steps on a real cluster', () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = testClusters()[0]!;
    apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);
    namespace = await uniqueNamespace('http-step', [cluster]);
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deleteNamespace(namespace, [cluster]);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('runs after its dependency is ready, holds back what depends on it, and never shows the secret', async () => {
    const file = specFor(cluster);
    const { final, all, log } = await run(['deploy', '-f', file, '--timeout', '3m']);
    expect(final.exitCode, log).toBe(0);
    const hooks = seen.filter((entry) => entry.path === '/hook');
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({
      authorization: `Bearer ${token}`,
      body: '{"image":"nginx:1.27"}',
      apiReady: true,
      afterExisted: false,
      afterExistedBeforeAnswer: false,
    });
    expect(seen.filter((entry) => entry.path === '/smoke')).toEqual([expect.objectContaining({ apiReady: true })]);
    expect((await deploymentState('after')).available).toBe(1);
    expect(log).toContain(`hook: POST http://127.0.0.1:${port}/hook → 200 after 1 attempt`);
    expect(all).not.toContain(token);
  });

  it('a deploy with nothing changed skips when: changed steps and runs when: always ones; plan says so', async () => {
    const file = specFor(cluster);
    const plan = await run(['plan', '-f', file]);
    expect(plan.log).toContain(
      `will run GET http://127.0.0.1:${port}/smoke (smoke): runs on every deploy (when: always)`,
    );
    expect(plan.log).toContain(
      `will not run POST http://127.0.0.1:${port}/hook (hook): nothing changed (when: changed)`,
    );
    expect(plan.final.summaryMarkdown).toContain('will not run');
    const before = seen.length;
    const { final, all, log } = await run(['deploy', '-f', file, '--timeout', '3m']);
    expect(final.exitCode, log).toBe(0);
    expect(seen.slice(before).map((entry) => entry.path)).toEqual(['/smoke']);
    expect(log).toContain('not run, nothing changed (when: changed)');
    expect(all).not.toContain(token);
  });

  it('a failing request fails its component after its retries and rolls the cluster back', async () => {
    const file = specFor(cluster);
    hookAnswer = 'fail';
    const before = seen.length;
    const { final, all, log } = await run(['deploy', '-f', file, '--timeout', '3m', '--var', 'apiImage=nginx:1.28']);
    expect(final.exitCode, log).not.toBe(0);
    expect(seen.slice(before).filter((entry) => entry.path === '/hook')).toHaveLength(3);
    const hook = final.report.clusters[0]?.components.find((component) => component.name === 'hook');
    expect(hook?.outcome).toBe('failed');
    // The report is the engine's data; every text made from it is masked (`all` below).
    expect(hook?.reason).toMatch(
      /^POST http:\/\/127\.0\.0\.1:\d+\/hook → 503 \(expected 2xx\): denied for .+ after 3 attempts$/,
    );
    expect(final.report.clusters[0]?.outcome).toBe('rolled-back');
    // The rollback restored the api's previous image; `after` waited on the failed step and was never touched.
    const api = await apps.readNamespacedDeployment({ name: 'api', namespace });
    expect(api.spec?.template.spec?.containers[0]?.image).toBe('nginx:1.27');
    expect(all).toContain(`POST http://127.0.0.1:${port}/hook → 503 (expected 2xx): denied for *** after 3 attempts`);
    expect(all).not.toContain(token);
  });
});
