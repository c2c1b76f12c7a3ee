import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli.js';
import { resolveKubeconfig } from '../../../src/credentials/kubeconfig.js';
import { CredentialsError, ExitCode, formatProblem, SpecError } from '../../../src/errors.js';
import { loadSpec, type LoadedSpec } from '../../../src/spec/load.js';
import { testContext } from '../credentials/local-server.js';
import {
  fileCases,
  fill,
  kubeconfigFileCases,
  kubeconfigWith,
  makeFileTree,
  specFor,
  type FileTree,
} from './files-corpus.js';

/** Loads a spec text written into the tree; returns the spec or the refusal, and how long it took. */
async function load(
  file: string,
  text: string,
  options: { workspace?: string } = {},
): Promise<{ spec?: LoadedSpec; error?: unknown; ms: number }> {
  writeFileSync(file, text);
  const started = performance.now();
  try {
    const spec = await loadSpec(file, options);
    return { spec, ms: performance.now() - started };
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
}

function problemsOf(error: unknown): string[] {
  if (!(error instanceof SpecError)) throw new Error(`expected a SpecError, got ${String(error)}`);
  expect(error.exitCode).toBe(ExitCode.BadSpec);
  return error.problems.map(formatProblem);
}

describe('files the spec names are confined to the repository (hostile corpus)', () => {
  let tree: FileTree;
  let specPath: string;
  beforeAll(() => {
    tree = makeFileTree();
    specPath = path.join(tree.app, 'k8deployer.yaml');
  });
  afterAll(() => tree.cleanup());

  it.each(fileCases)('$name ($field: $path)', async (row) => {
    const written = fill(row.path, tree);
    const spec = specFor(row.field, written);
    const result = await load(specPath, spec.text);
    expect(result.ms).toBeLessThan(1000);
    if (row.error) {
      expect(result.spec).toBeUndefined();
      expect(problemsOf(result.error)).toEqual([`${specPath}:${spec.line}:${spec.column}: ${fill(row.error, tree)}`]);
      return;
    }
    if (result.error) throw result.error as Error;
    if (row.field === 'kubeconfig') {
      const target = result.spec!.targets[0]!;
      expect(target.specPaths).toMatchObject({ root: tree.root, baseDir: tree.app });
      return;
    }
    expect(result.spec!.files.get(written)).toContain(row.content);
  });

  it('the corpus has at least 20 hostile rows', () => {
    expect(fileCases.filter((row) => row.error).length).toBeGreaterThanOrEqual(20);
  });

  it('kubeconfig.path resolves relative to the spec file, not the working directory', async () => {
    const { spec } = await load(specPath, specFor('kubeconfig', 'kube/config').text);
    const target = spec!.targets[0]!;
    expect(process.cwd()).not.toBe(tree.app);
    const creds = await resolveKubeconfig(
      { ...target.credentials, provider: 'kubeconfig', specPaths: target.specPaths! },
      testContext().ctx,
    );
    expect(creds.server).toBe('https://lab.example:6443');
    await creds.dispose();
  });

  it('a kubeconfig.path that does not exist yet fails only when that cluster resolves, at the spec position', async () => {
    const written = specFor('kubeconfig', 'kube/not-yet');
    const { spec, error } = await load(specPath, written.text);
    expect(error).toBeUndefined();
    const target = spec!.targets[0]!;
    const resolving = resolveKubeconfig(
      { ...target.credentials, provider: 'kubeconfig', specPaths: target.specPaths! },
      testContext().ctx,
    );
    await expect(resolving).rejects.toBeInstanceOf(CredentialsError);
    await expect(resolving).rejects.toThrow(
      `kubeconfig: read kubeconfig: cannot load kube/not-yet: ${specPath}:${written.line}:${written.column}: file "kube/not-yet" does not exist (paths resolve relative to the spec file's directory ${tree.app})`,
    );
  });

  it.each(kubeconfigFileCases)('repository kubeconfig: $name', async (row) => {
    writeFileSync(path.join(tree.app, 'kube', 'token.txt'), 'file-token\n');
    writeFileSync(path.join(tree.app, 'kube', 'hostile.config'), kubeconfigWith(row));
    const written = specFor('kubeconfig', 'kube/hostile.config');
    const { spec } = await load(specPath, written.text);
    const target = spec!.targets[0]!;
    const started = performance.now();
    const resolving = resolveKubeconfig(
      { ...target.credentials, provider: 'kubeconfig', specPaths: target.specPaths! },
      testContext().ctx,
    );
    if (row.error) {
      await expect(resolving).rejects.toThrow(
        `kubeconfig: read kubeconfig: cannot load kube/hostile.config: ${specPath}:${written.line}:${written.column}: ${fill(row.error, tree)}`,
      );
    } else {
      const creds = await resolving;
      expect(creds.kubeConfig.getCurrentUser()?.token).toBe(row.token);
      await creds.dispose();
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a certificateAuthority file the spec names is confined too', async () => {
    const text = `app: shop\ncomponents:\n  - {name: web, image: "nginx:1.27", port: 8080}\nclusters:\n  - name: lab\n    kubeconfig:\n      server: https://lab.example:6443\n      tokenEnv: T\n      certificateAuthority: /proc/self/environ\n`;
    const { spec } = await load(specPath, text);
    const target = spec!.targets[0]!;
    const resolving = resolveKubeconfig(
      { ...target.credentials, provider: 'kubeconfig', specPaths: target.specPaths! },
      testContext({ env: { T: 'tok' } }).ctx,
    );
    await expect(resolving).rejects.toThrow(
      `${specPath}:9:29: file "/proc/self/environ" is under /proc, which is never read`,
    );
  });

  it('the files of one run share a 16 MiB budget', async () => {
    const dir = path.join(tree.app, 'budget');
    mkdirSync(dir, { recursive: true });
    const names = Array.from({ length: 17 }, (_, index) => `part-${index}.bin`);
    for (const name of names) {
      writeFileSync(path.join(dir, name), '');
      truncateSync(path.join(dir, name), 1024 * 1024);
    }
    const list = names.map((name) => `          - budget/${name}\n`).join('');
    const text = `app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n    config:\n      - mountPath: /etc/app\n        files:\n${list}`;
    const result = await load(specPath, text);
    expect(result.ms).toBeLessThan(1000);
    expect(problemsOf(result.error)).toEqual([
      `${specPath}:25:13: file "budget/part-16.bin" does not fit: the files a spec names may add up to 16 MiB per run`,
    ]);
  });

  it('the position names the component as written, also when an earlier one is left out for this cluster', async () => {
    const text = `app: shop\ncomponents:\n  - name: off\n    image: nginx:1.27\n    port: 8080\n    enabled: false\n  - name: web\n    image: nginx:1.27\n    port: 8080\n    config:\n      - {mountPath: /etc/app, files: [/etc/passwd]}\n`;
    const result = await load(specPath, text);
    expect(problemsOf(result.error)).toEqual([
      `${specPath}:11:39: file "/etc/passwd" is outside the repository ${tree.root}; paths resolve relative to the spec file and must stay inside the repository`,
    ]);
  });

  describe('the repository root', () => {
    let base: string;
    beforeAll(() => {
      base = realpathSync(mkdtempSync(path.join(tmpdir(), 'k8deployer-root-')));
      mkdirSync(path.join(base, 'ws', 'deploy'), { recursive: true });
      writeFileSync(path.join(base, 'ws', 'shared.yaml'), 'from: workspace\n');
    });
    afterAll(() => rmSync(base, { recursive: true, force: true }));
    const text = `app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n    config:\n      - {mountPath: /etc/app, files: [../shared.yaml]}\n`;

    it('is GITHUB_WORKSPACE when the spec is inside it', async () => {
      const result = await load(path.join(base, 'ws', 'deploy', 'k8deployer.yaml'), text, {
        workspace: path.join(base, 'ws'),
      });
      expect(result.spec?.files.get('../shared.yaml')).toBe('from: workspace\n');
    });

    it('is the spec directory when there is no workspace and no .git above it', async () => {
      const file = path.join(base, 'ws', 'deploy', 'k8deployer.yaml');
      const result = await load(file, text, { workspace: path.join(base, 'elsewhere') });
      expect(problemsOf(result.error)).toEqual([
        `${file}:7:39: file "../shared.yaml" is outside the repository ${path.join(base, 'ws', 'deploy')}; paths resolve relative to the spec file and must stay inside the repository`,
      ]);
    });
  });
});

/** Every file under a directory, relative to it. */
function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('render -o DIR writes only inside DIR (hostile corpus)', () => {
  let base: string;
  let out: string;
  let stderr: string;
  beforeAll(() => {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), 'k8deployer-render-out-')));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(base, { recursive: true, force: true });
  });

  /** A spec with a raw manifest (whose names are free text) and a Secret; renders it into a fresh `out`. */
  async function render(
    caseName: string,
    manifest: string,
    extraArgs: string[] = [],
    prepare?: (out: string) => void,
  ): Promise<{ code: number; ms: number }> {
    const dir = path.join(base, caseName);
    out = path.join(dir, 'out');
    mkdirSync(path.join(dir, 'spec'), { recursive: true });
    writeFileSync(path.join(dir, 'spec', 'raw.yaml'), manifest);
    writeFileSync(
      path.join(dir, 'spec', 'k8deployer.yaml'),
      'app: shop\nsecrets:\n  - name: creds\n    fromEnv: {password: SHOP_PASSWORD}\ncomponents:\n  - name: raw\n    kind: manifests\n    files: [raw.yaml]\n',
    );
    prepare?.(out);
    stderr = '';
    const started = performance.now();
    const code = await main(['render', '-f', path.join(dir, 'spec', 'k8deployer.yaml'), '-o', out, ...extraArgs]);
    return { code, ms: performance.now() - started };
  }

  const escapingNames = [
    { name: 'a ../../x name', object: '../../x' },
    { name: 'an absolute name', object: '/etc/cron.d/x' },
    { name: 'a name with NUL and control characters', object: 'a\u0000b\u001b[31m\nc' },
    { name: 'a name of only dots', object: '..' },
    { name: 'a very long name', object: 'n'.repeat(5000) },
  ];

  it.each(escapingNames)('$name stays inside DIR as one plain file', async ({ name, object }) => {
    const manifest = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${JSON.stringify(object)}\ndata: {a: b}\n`;
    const { code, ms } = await render(name.replace(/\W+/g, '-'), manifest);
    expect(ms).toBeLessThan(1000);
    expect(code).toBe(ExitCode.Ok);
    const dir = path.dirname(out);
    // Only the spec folder and the output folder exist next to each other: nothing escaped.
    expect(readdirSync(dir).sort()).toEqual(['out', 'spec']);
    const files = listTree(out);
    expect(files).toContain('default');
    const written = files
      .filter((file) => file.startsWith(`default${path.sep}`))
      .map((file) => file.slice('default/'.length));
    expect(written).toHaveLength(3);
    for (const file of written) {
      expect(file).toMatch(/^\d{3}-[A-Za-z0-9._-]+\.yaml$/);
      expect(file.length).toBeLessThanOrEqual(160);
    }
  });

  it('a kind with a slash in it stays inside DIR', async () => {
    const { code } = await render('kind-slash', 'apiVersion: x/v1\nkind: ../../Evil\nmetadata: {name: e}\n');
    expect(code).toBe(ExitCode.Ok);
    expect(readdirSync(path.dirname(out)).sort()).toEqual(['out', 'spec']);
    expect(listTree(path.join(out, 'default'))).toContain('003-___.._evil-e.yaml');
  });

  it('Secret files are 0600 with values masked; other files are not secret', async () => {
    await render('secret-mode', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    const secretFile = path.join(out, 'default', '002-secret-creds.yaml');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(secretFile, 'utf8')).toContain("password: '********'");
    expect(statSync(path.join(out, 'default', '003-configmap-c.yaml')).mode & 0o077).not.toBe(0);
  });

  it('--show-secrets writes the values, still 0600, also over an existing world-readable file', async () => {
    process.env.SHOP_PASSWORD = 'hunter2-value';
    try {
      const { code } = await render(
        'show-secrets',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
        ['--show-secrets'],
        (dir) => {
          mkdirSync(path.join(dir, 'default'), { recursive: true });
          writeFileSync(path.join(dir, 'default', '002-secret-creds.yaml'), 'old');
          chmodSync(path.join(dir, 'default', '002-secret-creds.yaml'), 0o644);
        },
      );
      expect(code).toBe(ExitCode.Ok);
      const secretFile = path.join(out, 'default', '002-secret-creds.yaml');
      expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      expect(readFileSync(secretFile, 'utf8')).toContain(
        `password: ${Buffer.from('hunter2-value').toString('base64')}`,
      );
    } finally {
      delete process.env.SHOP_PASSWORD;
    }
  });

  it('a symlink planted at an output file is not followed', async () => {
    const victim = path.join(base, 'victim.txt');
    writeFileSync(victim, 'untouched');
    const { code, ms } = await render(
      'planted-link',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
      [],
      (dir) => {
        mkdirSync(path.join(dir, 'default'), { recursive: true });
        symlinkSync(victim, path.join(dir, 'default', '002-secret-creds.yaml'));
      },
    );
    expect(ms).toBeLessThan(1000);
    expect(code).toBe(ExitCode.BadSpec);
    expect(stderr).toBe(
      `error: refusing to write ${path.join(out, 'default', '002-secret-creds.yaml')}: it is a symlink\n`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it('a hard link planted at an output file is not written through', async () => {
    const victim = path.join(base, 'linked-victim.txt');
    writeFileSync(victim, 'untouched');
    const { code } = await render(
      'planted-hardlink',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
      [],
      (dir) => {
        mkdirSync(path.join(dir, 'default'), { recursive: true });
        linkSync(victim, path.join(dir, 'default', '001-namespace-shop.yaml'));
      },
    );
    expect(code).toBe(ExitCode.BadSpec);
    expect(stderr).toBe(
      `error: refusing to write ${path.join(out, 'default', '001-namespace-shop.yaml')}: it has other hard links\n`,
    );
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
  });

  it('a shorter render over a longer existing file leaves no stale tail', async () => {
    const { code } = await render('overwrite', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', [], (dir) => {
      mkdirSync(path.join(dir, 'default'), { recursive: true });
      writeFileSync(path.join(dir, 'default', '003-configmap-c.yaml'), 'x'.repeat(10_000));
    });
    expect(code).toBe(ExitCode.Ok);
    expect(readFileSync(path.join(out, 'default', '003-configmap-c.yaml'), 'utf8')).not.toContain('xxx');
  });

  it('a cluster directory that is a symlink out of DIR is not written into', async () => {
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    const { code } = await render(
      'planted-dir',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n',
      [],
      (dir) => {
        mkdirSync(dir, { recursive: true });
        symlinkSync(elsewhere, path.join(dir, 'default'));
      },
    );
    expect(code).toBe(ExitCode.BadSpec);
    expect(stderr).toBe(`error: refusing to write into ${path.join(out, 'default')}: it is a symlink inside ${out}\n`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a raw manifest file ../../x is refused before anything is written', async () => {
    const dir = path.join(base, 'raw-escape');
    mkdirSync(path.join(dir, 'spec'), { recursive: true });
    const spec = path.join(dir, 'spec', 'k8deployer.yaml');
    writeFileSync(spec, 'app: shop\ncomponents:\n  - name: raw\n    kind: manifests\n    files: [../../x.yaml]\n');
    stderr = '';
    const code = await main(['render', '-f', spec, '-o', path.join(dir, 'out')]);
    expect(code).toBe(ExitCode.BadSpec);
    expect(stderr).toContain(`${spec}:5:13: file "../../x.yaml" is outside the repository ${path.join(dir, 'spec')}`);
    expect(readdirSync(dir)).toEqual(['spec']);
  });
});
