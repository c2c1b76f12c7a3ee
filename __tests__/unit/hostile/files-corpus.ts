import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Hostile corpus for rule 3 ("files the spec names are confined to the repository"): every row names one path in
 * one spec field and says exactly how the run must refuse it (file:line:column of the field + message), or that it
 * is read. The lead counts these rows in the hostile corpus; files-corpus.test.ts runs them.
 */

/** A temp tree: `outside/` next to a repository `repo/` (with `.git`) whose spec lives in `repo/app/`. */
export interface FileTree {
  base: string;
  /** The repository root (real path). */
  root: string;
  /** The spec file's directory, repo/app. */
  app: string;
  outside: string;
  cleanup(): void;
}

export const kubeconfigText = `apiVersion: v1
kind: Config
clusters:
- name: lab
  cluster: {server: "https://lab.example:6443", insecure-skip-tls-verify: true}
users:
- name: u
  user: {token: lab-token}
contexts:
- name: lab
  context: {cluster: lab, user: u}
current-context: lab
`;

export function makeFileTree(): FileTree {
  const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'k8deployer-files-')));
  const root = path.join(base, 'repo');
  const app = path.join(root, 'app');
  const outside = path.join(base, 'outside');
  for (const dir of [
    path.join(root, '.git'),
    path.join(app, 'conf'),
    path.join(app, 'dir'),
    path.join(app, 'kube'),
    path.join(root, 'shared'),
    outside,
  ]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(path.join(outside, 'secret.txt'), 'outside-secret');
  writeFileSync(path.join(app, 'conf', 'app.yaml'), 'greeting: hello\n');
  writeFileSync(path.join(root, 'shared', 'common.yaml'), 'shared: yes\n');
  writeFileSync(path.join(app, 'raw.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: raw}\ndata: {a: b}\n');
  writeFileSync(path.join(app, 'kube', 'config'), kubeconfigText);
  symlinkSync('conf/app.yaml', path.join(app, 'link-in'));
  symlinkSync('/etc/passwd', path.join(app, 'link-passwd'));
  symlinkSync('../../outside/secret.txt', path.join(app, 'link-out'));
  symlinkSync('/proc/self/environ', path.join(app, 'link-environ'));
  symlinkSync('../../outside', path.join(app, 'linkdir'));
  execFileSync('mkfifo', [path.join(app, 'fifo')]);
  // Sparse: the size is what counts, the disk stays empty.
  writeFileSync(path.join(app, 'big.bin'), '');
  truncateSync(path.join(app, 'big.bin'), 1024 * 1024 + 1);
  writeFileSync(path.join(app, 'huge.yaml'), '');
  truncateSync(path.join(app, 'huge.yaml'), 4 * 1024 * 1024 + 1);
  // Over the 1 MiB data cap but within the 4 MiB manifest cap: a big CRD bundle must still load.
  writeFileSync(
    path.join(app, 'bundle.yaml'),
    `${'# padding\n'.repeat(200_000)}apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bundle}\n`,
  );
  return { base, root, app, outside, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Which spec field names the path; each has a fixed place in the generated spec. */
export type PathField = 'config' | 'secret' | 'tlsKey' | 'manifest' | 'kubeconfig';

/** The spec text for a path in a field, and where (line:column) the path stands in it (inside its double quotes). */
export function specFor(field: PathField, written: string): { text: string; line: number; column: number } {
  const value = JSON.stringify(written);
  const web = 'components:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n';
  switch (field) {
    case 'config':
      return {
        text: `app: shop\n${web}    config:\n      - files:\n          - ${value}\n        mountPath: /etc/app\n`,
        line: 8,
        column: 14,
      };
    case 'secret':
      return {
        text: `app: shop\nsecrets:\n  - name: creds\n    fromFile:\n      password: ${value}\n${web}`,
        line: 5,
        column: 18,
      };
    case 'tlsKey':
      return {
        text: `app: shop\nsecrets:\n  - name: cert\n    type: tls\n    certFile: conf/app.yaml\n    keyFile: ${value}\n${web}`,
        line: 6,
        column: 15,
      };
    case 'manifest':
      return {
        text: `app: shop\ncomponents:\n  - name: raw\n    kind: manifests\n    files:\n      - ${value}\n`,
        line: 6,
        column: 10,
      };
    case 'kubeconfig':
      return {
        text: `app: shop\n${web}clusters:\n  - name: lab\n    kubeconfig:\n      path: ${value}\n`,
        line: 9,
        column: 14,
      };
  }
}

export interface FileCase {
  name: string;
  field: PathField;
  /** The path as written in the spec; `{outside}` and `{app}` are replaced by the tree's directories. */
  path: string;
  /**
   * The one expected problem message (after `file:line:column: `); `{root}` and `{app}` are replaced. Absent: accepted.
   */
  error?: string;
  /** Accepted cases: the content that must have been read. */
  content?: string;
}

const outsideRepo =
  'is outside the repository {root}; paths resolve relative to the spec file and must stay inside the repository';
const viaSymlink = (target: string) =>
  `is outside the repository {root} (it resolves to ${target} through a symlink); paths resolve relative to the spec file and must stay inside the repository`;

export const fileCases: FileCase[] = [
  {
    name: 'a relative path next to the spec is read',
    field: 'config',
    path: 'conf/app.yaml',
    content: 'greeting: hello\n',
  },
  {
    name: 'a path elsewhere in the repository is read',
    field: 'config',
    path: '../shared/common.yaml',
    content: 'shared: yes\n',
  },
  {
    name: 'a symlink that stays inside the repository is read',
    field: 'config',
    path: 'link-in',
    content: 'greeting: hello\n',
  },
  {
    name: 'a manifest over the data cap but under the manifest cap is read',
    field: 'manifest',
    path: 'bundle.yaml',
    content: 'name: bundle',
  },
  {
    name: '../../etc/passwd climbs out of the repository',
    field: 'config',
    path: '../../etc/passwd',
    error: `file "../../etc/passwd" ${outsideRepo}`,
  },
  {
    name: 'many ../ segments still land outside',
    field: 'config',
    path: '../../../../../../../../../../etc/passwd',
    error: `file "../../../../../../../../../../etc/passwd" ${outsideRepo}`,
  },
  { name: 'an absolute /etc/passwd', field: 'config', path: '/etc/passwd', error: `file "/etc/passwd" ${outsideRepo}` },
  {
    name: '/proc/self/environ (the whole environment) as a config file',
    field: 'config',
    path: '/proc/self/environ',
    error: 'file "/proc/self/environ" is under /proc, which is never read',
  },
  {
    name: '/proc/self/environ as a secret file',
    field: 'secret',
    path: '/proc/self/environ',
    error: 'file "/proc/self/environ" is under /proc, which is never read',
  },
  {
    name: '/dev/zero (endless)',
    field: 'config',
    path: '/dev/zero',
    error: 'file "/dev/zero" is under /dev, which is never read',
  },
  {
    name: '/dev/stdin (blocks)',
    field: 'secret',
    path: '/dev/stdin',
    error: 'file "/dev/stdin" is under /dev, which is never read',
  },
  {
    name: '/sys as a manifest',
    field: 'manifest',
    path: '/sys/kernel/uevent_helper',
    error: 'file "/sys/kernel/uevent_helper" is under /sys, which is never read',
  },
  {
    name: 'a FIFO inside the repository (would block forever)',
    field: 'config',
    path: 'fifo',
    error: 'file "fifo" is a FIFO, not a regular file',
  },
  { name: 'a directory', field: 'config', path: 'dir', error: 'file "dir" is a directory, not a regular file' },
  {
    name: 'a symlink to /etc/passwd',
    field: 'config',
    path: 'link-passwd',
    error: `file "link-passwd" ${viaSymlink('/etc/passwd')}`,
  },
  {
    name: 'a symlink to a file next to the repository',
    field: 'secret',
    path: 'link-out',
    error: `file "link-out" ${viaSymlink('{outside}/secret.txt')}`,
  },
  {
    name: 'a symlink to /proc/self/environ',
    field: 'config',
    path: 'link-environ',
    error: 'file "link-environ" is under /proc, which is never read',
  },
  {
    name: 'a path through a symlinked directory that points out',
    field: 'config',
    path: 'linkdir/secret.txt',
    error: `file "linkdir/secret.txt" ${viaSymlink('{outside}/secret.txt')}`,
  },
  {
    name: 'a file over the 1 MiB data cap',
    field: 'config',
    path: 'big.bin',
    error: 'file "big.bin" is 1048577 bytes; files of this kind are capped at 1 MiB',
  },
  {
    name: 'a secret file over the 1 MiB data cap',
    field: 'tlsKey',
    path: 'big.bin',
    error: 'file "big.bin" is 1048577 bytes; files of this kind are capped at 1 MiB',
  },
  {
    name: 'a manifest over the 4 MiB manifest cap',
    field: 'manifest',
    path: 'huge.yaml',
    error: 'file "huge.yaml" is 4194305 bytes; files of this kind are capped at 4 MiB',
  },
  {
    name: 'a path with a NUL byte',
    field: 'config',
    path: 'conf/app.yaml\0.png',
    error: 'file "conf/app.yaml\\u0000.png": the path contains a NUL byte',
  },
  {
    name: 'a missing file',
    field: 'config',
    path: 'conf/missing.yaml',
    error: 'file "conf/missing.yaml" does not exist (paths resolve relative to the spec file\'s directory {app})',
  },
  {
    name: 'a raw manifest named ../../x',
    field: 'manifest',
    path: '../../x.yaml',
    error: `file "../../x.yaml" ${outsideRepo}`,
  },
  {
    name: 'an absolute path to a file next to the repository',
    field: 'secret',
    path: '{outside}/secret.txt',
    error: `file "{outside}/secret.txt" ${outsideRepo}`,
  },
  {
    name: 'a TLS key from /etc/shadow',
    field: 'tlsKey',
    path: '/etc/shadow',
    error: `file "/etc/shadow" ${outsideRepo}`,
  },
  {
    name: 'kubeconfig.path ../../etc/passwd',
    field: 'kubeconfig',
    path: '../../etc/passwd',
    error: `file "../../etc/passwd" ${outsideRepo}`,
  },
  {
    name: 'kubeconfig.path /proc/self/environ',
    field: 'kubeconfig',
    path: '/proc/self/environ',
    error: 'file "/proc/self/environ" is under /proc, which is never read',
  },
  {
    name: 'kubeconfig.path a FIFO',
    field: 'kubeconfig',
    path: 'fifo',
    error: 'file "fifo" is a FIFO, not a regular file',
  },
  { name: 'kubeconfig.path relative to the spec file is accepted', field: 'kubeconfig', path: 'kube/config' },
];

/** Fills `{root}`, `{app}` and `{outside}` in a case's text. */
export function fill(text: string, tree: FileTree): string {
  return text.replaceAll('{root}', tree.root).replaceAll('{app}', tree.app).replaceAll('{outside}', tree.outside);
}

/** A kubeconfig from the repository whose own file references (CA, client cert/key, token file) are hostile. */
export interface KubeconfigFileCase {
  name: string;
  /** YAML for the `cluster:` mapping and the `user:` mapping. */
  cluster: string;
  user: string;
  /** Expected message after `cannot load <file>: <spec position>: `; `{outside}` is replaced. Absent: accepted. */
  error?: string;
  /** Accepted: the token the loaded user must have. */
  token?: string;
}

const server = 'server: "https://lab.example:6443"';
export const kubeconfigFileCases: KubeconfigFileCase[] = [
  {
    name: 'token-file next to the kubeconfig is read and trimmed',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{token-file: token.txt}',
    token: 'file-token',
  },
  {
    name: 'token-file /proc/self/environ',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{token-file: /proc/self/environ}',
    error: 'users[0]: token-file: file "/proc/self/environ" is under /proc, which is never read',
  },
  {
    name: 'token-file outside the repository',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{token-file: ../../../outside/secret.txt}',
    error:
      'users[0]: token-file: file "../../../outside/secret.txt" is outside the repository {root}; paths resolve relative to the spec file and must stay inside the repository',
  },
  {
    name: 'certificate-authority /etc/passwd',
    cluster: `{${server}, certificate-authority: /etc/passwd}`,
    user: '{token: t}',
    error:
      'clusters[0]: certificate-authority: file "/etc/passwd" is outside the repository {root}; paths resolve relative to the spec file and must stay inside the repository',
  },
  {
    name: 'client-key through a symlink out',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{client-certificate-data: Y2VydA==, client-key: ../link-out}',
    error:
      'users[0]: client-key: file "../link-out" is outside the repository {root} (it resolves to {outside}/secret.txt through a symlink); paths resolve relative to the spec file and must stay inside the repository',
  },
  {
    name: 'client-certificate a FIFO',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{client-certificate: ../fifo, client-key-data: a2V5}',
    error: 'users[0]: client-certificate: file "../fifo" is a FIFO, not a regular file',
  },
  {
    name: 'auth-provider tokenFile',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{auth-provider: {name: x, config: {tokenFile: /proc/self/environ}}}',
    error: 'users[0] (u) uses the x auth-provider; a kubeconfig from the repository may not run commands',
  },
  {
    name: 'exec plugin',
    cluster: `{${server}, insecure-skip-tls-verify: true}`,
    user: '{exec: {apiVersion: client.authentication.k8s.io/v1, command: sh, args: [-c, "env > /tmp/stolen"]}}',
    error: 'users[0] (u) runs the exec plugin sh; a kubeconfig from the repository may not run commands',
  },
];

export function kubeconfigWith(row: KubeconfigFileCase): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- name: lab\n  cluster: ${row.cluster}\nusers:\n- name: u\n  user: ${row.user}\ncontexts:\n- name: lab\n  context: {cluster: lab, user: u}\ncurrent-context: lab\n`;
}
