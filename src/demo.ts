import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dump, load } from 'js-yaml';
import { InputError } from './errors.js';
import { renderTerminalSummary } from './report/terminal-summary.js';
import { parseCliArgs } from './settings/cli-args.js';

/**
 * `k8deployer demo`: the whole loop on the embedded shop example, on a local test-bed cluster: start it (built from
 * Go modules on first use), deploy, break one component to show fail-fast and rollback, delete, stop the cluster.
 * Everything it starts is removed again, also on Ctrl-C, unless --keep.
 */
export interface DemoOptions {
  keep: boolean;
  /** Clusters already running (scripts/testbed.sh up --dir DIR): used as they are, never stopped. */
  testbedDir?: string;
}

const fault = 'testbed.k8deployer.io/fault';

export function parseDemoArgs(argv: readonly string[], env: Record<string, string | undefined>): DemoOptions {
  const options: DemoOptions = { keep: false };
  const fromEnv = env.K8DEPLOYER_DEMO_TESTBED_DIR;
  if (fromEnv) options.testbedDir = fromEnv;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === '--keep') options.keep = true;
    else if (arg === '--testbed-dir' && argv[index + 1]) options.testbedDir = argv[++index];
    else if (arg.startsWith('--testbed-dir=')) options.testbedDir = arg.slice('--testbed-dir='.length);
    else throw new InputError(`unknown demo option ${arg}; the demo takes --keep and --testbed-dir DIR`);
  }
  return options;
}

/** The repository root: src/ or dist/ sit right under it. */
function packageRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

function phase(text: string): void {
  process.stdout.write(`\n=== ${text}\n`);
}

function testbed(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path.join(packageRoot(), 'scripts/testbed.sh'), ...args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

export async function runDemo(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  const options = parseDemoArgs(argv, env);
  const { runClusterCommand } = await import('./commands.js');
  const owned = options.testbedDir === undefined;
  const dir = options.testbedDir ?? path.join(homedir(), '.cache', 'k8deployer-demo', 'testbed');
  const work = mkdtempSync(path.join(tmpdir(), 'k8deployer-demo-'));
  const interrupted = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ninterrupted (${signal}): cleaning up\n`);
    interrupted.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const namespace = `k8deployer-demo-${Math.random().toString(36).slice(2, 8)}`;
  let started = false;
  let deployed = false;
  let summary = '';
  const run = (command: string, specFile: string) =>
    runClusterCommand(settingsOf(command, specFile), {
      env: { ...env, SHOP_DB_PASSWORD: 'demo-password', SHOP_STRIPE_KEY: 'sk_test_demo' },
      write: (text) => process.stdout.write(text),
      mode: 'cli',
      signal: interrupted.signal,
      summary: (markdown) => (summary = markdown),
    });
  // What the GitHub Action writes as the job summary of the same run, rendered for the terminal.
  const showSummary = () => {
    phase('the report the GitHub Action writes as the job summary of this run');
    process.stdout.write(renderTerminalSummary(summary, { color: process.stdout.isTTY === true }));
  };
  try {
    if (owned) {
      phase(
        `starting a local test-bed cluster in ${dir} (the first run builds etcd, kube-apiserver and kwok from Go modules: about 10 minutes on 2 cores; later runs start in seconds)`,
      );
      started = true;
      if ((await testbed(['up', '1', '--dir', dir])) !== 0) throw new Error('the test bed did not start');
    } else phase(`using the running test-bed clusters in ${dir}`);
    const kubeconfig = path.join(dir, 'cluster-1', 'kubeconfig');
    if (!existsSync(kubeconfig)) throw new InputError(`no test-bed cluster in ${dir} (${kubeconfig} is missing)`);
    const specFile = shopSpec(work, kubeconfig, namespace);

    phase(`deploying the shop example (examples/shop) to namespace ${namespace}`);
    const first = await run('deploy', specFile);
    deployed = true;
    if (interrupted.signal.aborted) return 130;
    if (first !== 0) throw new Error(`the first deploy failed (exit ${first})`);
    showSummary();

    phase(
      'breaking component web: image ghcr.io/acme/shop-web:does-not-exist cannot be pulled; watch fail-fast and rollback',
    );
    breakWeb(specFile);
    const broken = await run('deploy', specFile);
    if (interrupted.signal.aborted) return 130;
    if (broken === 0) throw new Error('the broken deploy succeeded; expected a failure and a rollback');
    showSummary();
    phase(
      'the broken deploy failed fast and was rolled back (exit code 1, as in CI); the app still serves the previous revision',
    );
    return 0;
  } finally {
    if (deployed && !options.keep) {
      phase(`deleting the app and namespace ${namespace}`);
      await run('delete', path.join(work, 'k8deployer.yaml'));
    }
    if (started && !options.keep) {
      phase('stopping the test-bed cluster');
      await testbed(['down', '--dir', dir]);
    } else if (options.keep)
      process.stdout.write(`\nkept: namespace ${namespace}; KUBECONFIG=${path.join(dir, 'cluster-1', 'kubeconfig')}\n`);
    rmSync(work, { recursive: true, force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function settingsOf(command: string, specFile: string) {
  const invocation = parseCliArgs([command, '-f', specFile, ...(command === 'delete' ? ['--delete-namespaces'] : [])]);
  if (invocation.kind !== 'run') throw new Error('unexpected help');
  return invocation.settings;
}

/** The shop example, copied, pointed at the test-bed cluster, in its own namespace. */
function shopSpec(work: string, kubeconfig: string, namespace: string): string {
  cpSync(path.join(packageRoot(), 'examples/shop'), work, { recursive: true });
  const file = path.join(work, 'k8deployer.yaml');
  const spec = load(readFileSync(file, 'utf8')) as Record<string, unknown>;
  spec.namespace = namespace;
  // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
  cpSync(kubeconfig, path.join(work, 'kubeconfig'));
  spec.clusters = [
    {
      name: 'demo',
      kubeconfig: { path: 'kubeconfig' },
      variables: { domain: 'demo.shop.example.com', apiReplicas: 1 },
    },
  ];
  writeFileSync(file, dump(spec));
  return file;
}

/** A tag that does not exist; the test bed's fake kubelet fails the pull the way a real one would. */
function breakWeb(file: string): void {
  const spec = load(readFileSync(file, 'utf8')) as { components: Record<string, unknown>[] };
  const web = spec.components.find((component) => component.name === 'web');
  if (!web) throw new Error('the shop example has no web component');
  web.image = 'ghcr.io/acme/shop-web:does-not-exist';
  web.podAnnotations = { ...(web.podAnnotations ?? {}), [fault]: 'image-pull' };
  writeFileSync(file, dump(spec));
}
