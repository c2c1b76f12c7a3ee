// Dedicated local clusters for a benchmark run (scripts/testbed.sh in a temporary directory, torn down at the
// end), never the shared ones other work runs tests on. With `audit`, each API server writes an audit log of its
// own, which is how requests are attributed to the tool that made them (see audit.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditPolicy } from './audit.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TESTBED = join(ROOT, 'scripts/testbed.sh');

export interface BenchCluster {
  name: string;
  kubeconfig: string;
  /** The API server's audit log, when started with `audit`. */
  auditLog?: string;
}

export interface Testbed {
  clusters: BenchCluster[];
  stop: () => void;
}

/** The test bed's binary directory (kubectl, helm), building nothing. */
export function testbedBinDir(): string {
  return execFileSync('bash', [TESTBED, 'bin-dir'], { encoding: 'utf8' }).trim();
}

function up(count: number, dir: string, env: NodeJS.ProcessEnv): string[] {
  const out = execFileSync('bash', [TESTBED, 'up', String(count), '--dir', dir], {
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return kubeconfigLines(out);
}

function kubeconfigLines(out: string): string[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('kubeconfig='))
    .map((l) => l.slice('kubeconfig='.length));
}

/**
 * Starts `count` clusters. With `audit`, one `up 1` per cluster (each API server needs its own log path, and `up N`
 * passes the same flags to all), which the test bed places on the next free port range.
 */
export function startTestbed(count: number, options: { audit?: boolean } = {}): Testbed {
  const base = mkdtempSync(join(tmpdir(), 'k8deployer-bench-'));
  const dirs: string[] = [];
  const stop = (): void => {
    for (const dir of dirs.reverse()) {
      try {
        execFileSync('bash', [TESTBED, 'down', '--dir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
      } catch (error) {
        console.error(`testbed down --dir ${dir} failed: ${(error as Error).message}`);
      }
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    if (!options.audit) {
      dirs.push(join(base, 'tb'));
      const kubeconfigs = up(count, dirs[0]!, process.env);
      return { clusters: kubeconfigs.map((kubeconfig, i) => ({ name: `cluster-${i + 1}`, kubeconfig })), stop };
    }
    const policy = join(base, 'audit-policy.yaml');
    writeFileSync(policy, auditPolicy);
    const clusters: BenchCluster[] = [];
    for (let i = 1; i <= count; i += 1) {
      const dir = join(base, `tb-${i}`);
      dirs.push(dir);
      const auditLog = join(base, `audit-${i}.log`);
      const env = {
        ...process.env,
        K8DEPLOYER_TESTBED_APISERVER_ARGS: `--audit-policy-file=${policy} --audit-log-path=${auditLog} --audit-log-maxsize=0`,
      };
      const [kubeconfig] = upOnFreeBase(dir, env);
      if (!kubeconfig) throw new Error(`testbed up printed no kubeconfig for cluster ${i}`);
      clusters.push({ name: `cluster-${i}`, kubeconfig, auditLog });
    }
    return { clusters, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

// The test bed's automatic bases (21000…30000, one per `up`) run out with ten single-cluster `up`s next to other
// test beds, so audited clusters take bases of their own from 31000 up (below the kernel's ephemeral ports).
let nextBase = Number(process.env['K8DEPLOYER_BENCH_PORT_BASE'] ?? 31000);
let startFailures = 0;

function upOnFreeBase(dir: string, env: NodeJS.ProcessEnv): string[] {
  for (; nextBase + 5 < 32768; nextBase += 100) {
    const base = nextBase;
    const result = spawnSync('bash', [TESTBED, 'up', '1', '--dir', dir], {
      encoding: 'utf8',
      env: { ...env, K8DEPLOYER_TESTBED_PORT_BASE: String(base) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status === 0) {
      nextBase += 100;
      process.stderr.write(result.stderr);
      return kubeconfigLines(result.stdout);
    }
    if (!/no free ports/.test(result.stderr)) {
      process.stderr.write(result.stderr);
      // Start-up, not a measurement: on a machine at load 20 a control plane can time out while starting (a
      // controller-manager's TLS handshake); `up` then stops it cleanly, so start it again, at most twice.
      if ((startFailures += 1) > 2) throw new Error(`testbed up failed on port base ${base} (exit ${result.status})`);
      console.error(`testbed up failed on port base ${base}; starting that cluster again`);
      nextBase -= 100;
    }
  }
  throw new Error('no free port base from K8DEPLOYER_BENCH_PORT_BASE (default 31000) to 32767');
}

/** Reads what an audit log gained since `mark()`. */
export class AuditCursor {
  private offset = 0;
  constructor(private readonly path: string) {}

  mark(): void {
    this.offset = existsSync(this.path) ? statSync(this.path).size : 0;
  }

  /** Text appended since the last mark (the mark does not move). */
  sinceMark(): string {
    if (!existsSync(this.path)) return '';
    const size = statSync(this.path).size;
    const length = size - this.offset;
    if (length <= 0) return '';
    const buffer = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, buffer, 0, length, this.offset);
    } finally {
      closeSync(fd);
    }
    return buffer.toString('utf8');
  }
}
