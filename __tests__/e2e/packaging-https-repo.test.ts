// `kind: helm` with a chart from an HTTPS chart repository (an index.yaml and packaged .tgz files, as
// https://helm.sh/docs/topics/chart_repository/ describes). The repository is a local HTTPS server with a
// certificate of a test CA, trusted through SSL_CERT_FILE as a runner behind a corporate CA would. The chart is the
// packaging fixture, packaged with `helm package` and indexed with `helm repo index`.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeConfigFor, testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-https-repo-'));
const repoDir = path.join(workDir, 'repo');
const requests: string[] = [];
let server: Server;
let repoUrl = '';

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

beforeAll(async () => {
  mkdirSync(repoDir);
  execFileSync('helm', ['package', path.join(root, '__tests__/fixtures/packaging/chart'), '-d', repoDir], {
    env: { PATH: process.env.PATH ?? '', HOME: workDir },
  });
  const key = path.join(workDir, 'key.pem');
  const cert = path.join(workDir, 'cert.pem');
  execFileSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=k8deployer test chart repo'],
    ...['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert],
  ]);
  server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (request, response) => {
    const name = path.basename(new URL(request.url ?? '/', 'https://x').pathname);
    requests.push(name);
    try {
      const body = readFileSync(path.join(repoDir, name));
      response.writeHead(200, { 'content-type': name.endsWith('.yaml') ? 'text/yaml' : 'application/gzip' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repoUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  execFileSync('helm', ['repo', 'index', repoDir, '--url', repoUrl], { env: { PATH: process.env.PATH ?? '' } });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(workDir, { recursive: true, force: true });
});

function specFor(kubeconfigPath: string, namespace: string, version: string): string {
  const dir = path.join(workDir, namespace);
  mkdirSync(dir);
  copyFileSync(kubeconfigPath, path.join(dir, 'cluster.kubeconfig'));
  const spec = {
    app: 'remote-chart',
    namespace,
    clusters: [{ name: 'test', kubeconfig: { path: 'cluster.kubeconfig' } }],
    components: [
      { name: 'greeter', kind: 'helm', helm: { chart: 'greeter', repo: repoUrl, version, values: { replicas: 1 } } },
    ],
  };
  const file = path.join(dir, 'k8deployer.yaml');
  writeFileSync(file, dump(spec));
  return file;
}

describe('kind: helm from an HTTPS chart repository', () => {
  it('pulls the chart at its version through the runner CA, deploys it and deletes it', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const namespace = `https-chart-${Date.now().toString(36)}`;
    const file = specFor(cluster.kubeconfigPath, namespace, '0.1.0');
    const env = { SSL_CERT_FILE: path.join(workDir, 'cert.pem') };
    const deployed = await cli(['deploy', '-f', file, '--timeout', '3m'], env);
    expect(deployed.code, deployed.output).toBe(0);
    expect(requests).toContain('index.yaml');
    expect(requests).toContain('greeter-0.1.0.tgz');
    const apps = kubeConfigFor(cluster).makeApiClient(k8s.AppsV1Api);
    const greeter = await apps.readNamespacedDeployment({ name: 'greeter', namespace });
    expect(greeter.metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('k8deployer');
    const removed = await cli(['delete', '-f', file, '--delete-namespaces'], env);
    expect(removed.code, removed.output).toBe(0);
  });

  it('names the component and the repository when the version does not exist, and when the CA is not trusted', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    const missing = specFor(cluster.kubeconfigPath, `https-chart-missing-${Date.now().toString(36)}`, '9.9.9');
    const wrongVersion = await cli(['render', '-f', missing], { SSL_CERT_FILE: path.join(workDir, 'cert.pem') });
    expect(wrongVersion.code, wrongVersion.output).toBe(2);
    expect(wrongVersion.output).toMatch(/k8deployer\.yaml:\d+:\d+: .*greeter.*9\.9\.9/);
    const untrusted = specFor(cluster.kubeconfigPath, `https-chart-ca-${Date.now().toString(36)}`, '0.1.0');
    const refused = await cli(['render', '-f', untrusted]);
    expect(refused.code, refused.output).toBe(2);
    expect(refused.output).toMatch(/k8deployer\.yaml:\d+:\d+: .*greeter.*certificate/);
    expect(refused.output).not.toMatch(/\n\s+at /);
  });
});
