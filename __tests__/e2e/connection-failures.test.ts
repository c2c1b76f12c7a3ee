// Connection and credential failures on a real API server: each says what is wrong and what to fix, in one line,
// at once (no retries on an answer that cannot change), and claims nothing about rolling back when nothing was applied.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOptions, runDeploy } from '../../src/engine.js';
import { EventBus } from '../../src/events.js';
import type { RenderedApp } from '../../src/render/types.js';
import { defaultSettings } from '../../src/settings/types.js';
import { kubeConfigFor, testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-connection-e2e-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A CA that signed nothing the test cluster serves (openssl, as the test bed makes its own). */
function otherCaPem(): string {
  const key = path.join(workDir, 'other-ca.key');
  const crt = path.join(workDir, 'other-ca.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      crt,
      '-subj',
      '/CN=not-the-testbed-ca',
      '-days',
      '1',
    ],
    { stdio: 'ignore' },
  );
  return readFileSync(crt, 'utf8');
}

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, output, ms: Date.now() - started }));
  });
}

function specWith(cluster: Record<string, unknown>): string {
  const file = path.join(workDir, `spec-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    file,
    dump({
      app: 'hello',
      namespace: 'conn-e2e',
      components: [{ name: 'web', image: 'hello:1', port: 8080 }],
      clusters: [{ name: 'staging', kubeconfig: cluster }],
    }),
  );
  return file;
}

const rendered: RenderedApp = {
  app: 'hello',
  cluster: 'staging',
  namespace: 'conn-e2e',
  components: [{ name: 'web', kind: 'service', depends: [], images: [], urls: [] }],
  objects: [
    {
      component: 'web',
      object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web', namespace: 'conn-e2e' }, data: {} },
    },
  ],
};

describe('connection and credential failures', () => {
  let server = '';
  let caBase64 = '';
  let otherCa = '';
  beforeAll(() => {
    const kc = kubeConfigFor(testClusters()[0]!);
    server = kc.getCurrentCluster()!.server;
    caBase64 = kc.getCurrentCluster()!.caData!;
    otherCa = otherCaPem();
  });

  it('a CA that did not sign the server certificate: says so at once, without Node hints or retries', async () => {
    const direct = kubeConfigFor(testClusters()[0]!);
    const wrongCa = new k8s.KubeConfig();
    wrongCa.loadFromOptions({
      clusters: direct.clusters.map((c) => ({ ...c, caData: Buffer.from(otherCa).toString('base64') })),
      users: direct.users,
      contexts: direct.contexts,
      currentContext: direct.currentContext,
    });
    const started = Date.now();
    const result = await runDeploy({
      targets: [{ cluster: 'staging', kubeConfig: wrongCa, rendered }],
      bus: new EventBus(),
      options: engineOptions({
        ...defaultSettings,
        command: 'deploy',
        specPath: 'k8deployer.yaml',
        timeoutSeconds: 60,
      }),
      runId: 'wrong-ca',
    });
    // Three retries would take 2.5 s; a certificate answer does not change on repeat.
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(result.clusters[0]?.outcome).toBe('failed');
    const reason = result.clusters[0]?.reason ?? '';
    expect(reason).toBe(
      `cluster staging: the server's certificate (${server}) is not signed by the certificate authority in the kubeconfig for cluster staging ` +
        "(UNABLE_TO_VERIFY_LEAF_SIGNATURE); set the cluster's certificate-authority-data to the CA that issued the API server's certificate",
    );
    expect(reason).not.toContain('use-system-ca');
    expect(reason).not.toContain('re-run to converge');
  });

  it('the CLI with a wrong CA in the spec exits 1 with the same message', async () => {
    const spec = specWith({ server, tokenEnv: 'TESTBED_TOKEN', certificateAuthority: otherCa });
    const run = await cli(['deploy', '-f', spec], { TESTBED_TOKEN: 'some-token' });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain("the server's certificate");
    expect(run.output).toContain('is not signed by the certificate authority in the kubeconfig for cluster staging');
    expect(run.output).not.toContain('use-system-ca');
    expect(run.output).not.toContain('re-run to converge');
  });

  it('a rejected token (401): names the credential source, never its value', async () => {
    const token = 'bogus-token-4f1d9c2e';
    const spec = specWith({ server, tokenEnv: 'TESTBED_TOKEN', certificateAuthority: caBase64 });
    const run = await cli(['deploy', '-f', spec], { TESTBED_TOKEN: token });
    expect(run.code, run.output).toBe(1);
    expect(run.output).toContain('credentials for cluster staging were rejected (token invalid or expired)');
    expect(run.output).toContain('token from TESTBED_TOKEN');
    expect(run.output).not.toContain(token);
    expect(run.output).not.toContain('re-run to converge');
  });
});
