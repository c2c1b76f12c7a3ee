// Cancellation on the real test clusters: a cancelled or timed-out GitHub workflow sends SIGINT (then SIGTERM 7.5 s
// later, then kills); Ctrl-C / SIGTERM stop the CLI. Mid-deploy (a Deployment waiting on a long kwok ready delay) the
// process must stop applying, apply the rollback policy within the window, release the lease (a re-run starts at
// once, not after the lease TTL), report "cancelled" everywhere and exit non-zero in time.
//
// The action runs dist/index.js unless K8DEPLOYER_ACTION_ENTRY says otherwise; to test sources before dist/ is
// rebuilt: K8DEPLOYER_ACTION_ENTRY=src/index.ts (run through tsx).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionHarness, type ActionRun, ROOT, readFixture } from './action-harness.js';
import { READY_DELAY, type TestCluster, deleteNamespace, kubectl, testClusters, uniqueNamespace } from './testbed.js';

/** GitHub's runner: SIGTERM follows SIGINT after 7.5 s. Cleanup must be over before that. */
const GRACE_MS = 7_000;
const APP = 'halt';

/** One component whose pods become ready after `${readyDelay}` (kwok), image tag from `${imageTag}`. */
function specText(namespace: string, cluster: { kubeconfigEnv: string } | { path: string }): string {
  const kubeconfig = 'path' in cluster ? `path: ${cluster.path}` : `kubeconfigEnv: ${cluster.kubeconfigEnv}`;
  return [
    `app: ${APP}`,
    `namespace: ${namespace}`,
    'components:',
    '  - name: slow',
    '    image: nginx:${imageTag,1.0}',
    '    port: 8080',
    '    podAnnotations:',
    `      ${READY_DELAY}: "\${readyDelay,0s}"`,
    'clusters:',
    '  - name: cluster-1',
    '    kubeconfig:',
    `      ${kubeconfig}`,
    '',
  ].join('\n');
}

/** Resolves once `pattern` shows up in the child's stdout (rejects if the child exits first). */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 120_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} in output within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer | string): void => {
      seen += chunk.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      if (!pattern.test(seen)) reject(new Error(`process exited before ${pattern} appeared:\n${seen}`));
    });
  });
}

async function leaseOf(cluster: TestCluster, namespace: string): Promise<string> {
  return kubectl(cluster, ['get', 'leases', '-n', namespace, '-o', 'name']);
}

async function imageOf(cluster: TestCluster, namespace: string): Promise<string> {
  return kubectl(cluster, [
    'get',
    'deployment',
    'slow',
    '-n',
    namespace,
    '-o',
    'jsonpath={.spec.template.spec.containers[0].image}',
  ]);
}

describe('the action, cancelled mid-deploy (SIGINT as GitHub sends it)', () => {
  const harness = new ActionHarness();
  let cluster: TestCluster;
  let namespace: string;
  let stepEnv: Record<string, string>;
  const push = readFixture('push.branch.json');

  beforeAll(async () => {
    [cluster] = testClusters() as [TestCluster];
    namespace = await uniqueNamespace('cancel-action', cluster);
    stepEnv = ActionHarness.kubeconfigEnv([cluster]);
    await harness.start();
    writeFileSync(
      path.join(harness.workspace, 'k8deployer.yaml'),
      specText(namespace, { kubeconfigEnv: 'CLUSTER_1_KUBECONFIG' }),
    );
  });
  afterAll(async () => {
    await deleteNamespace(namespace, cluster);
    await harness.stop();
  });

  it('rolls back within the window, releases the lease, says cancelled in summary and Deployment, exits non-zero', async () => {
    const first = await harness.run({
      eventName: 'push',
      payload: push,
      runId: '9100001',
      env: stepEnv,
      inputs: { 'image-tag': '1.0' },
    });
    expect(first.code, first.log).toBe(0);
    expect(await imageOf(cluster, namespace)).toBe('nginx:1.0');

    let signalledAt = 0;
    let exitedAt = 0;
    const cancelled: ActionRun = await harness.run({
      eventName: 'push',
      payload: push,
      runId: '9100002',
      env: { ...stepEnv, RUNNER_DEBUG: '1' }, // step debug logging: the per-object lines the signal waits for
      inputs: { 'image-tag': '2.0', variables: 'readyDelay=120s' },
      onSpawn: (child) => {
        child.once('exit', () => (exitedAt = Date.now()));
        // The new pods wait 120 s for kwok: the deploy is inside its readiness wait when the signal comes.
        void waitForOutput(child, /applied \(update\) Deployment\/\S+\/slow/).then(() => {
          signalledAt = Date.now();
          child.kill('SIGINT');
        });
      },
    });
    expect(signalledAt, cancelled.log).toBeGreaterThan(0);
    const cleanupMs = exitedAt - signalledAt;
    console.log(`action: exit ${cancelled.code} ${cleanupMs} ms after SIGINT`);
    expect(cancelled.signal, cancelled.log).toBeNull(); // it exited by itself, it was not killed
    expect(cancelled.code, cancelled.log).not.toBe(0);
    expect(cleanupMs, cancelled.log).toBeLessThan(GRACE_MS);

    expect(cancelled.stdout).toContain('interrupted by SIGINT');
    expect(cancelled.outputs.status, cancelled.log).toBe('cancelled');
    const result = JSON.parse(cancelled.outputs.result ?? '{}') as {
      status: string;
      clusters: { status: string; reason?: string }[];
    };
    expect(result.clusters[0]?.status).toBe('cancelled');
    // The rollback policy (cluster) ran within the window: revision 1 is back.
    expect(result.clusters[0]?.reason, cancelled.log).toMatch(/^cancelled by SIGINT; rolled back to revision 1/);
    expect(await imageOf(cluster, namespace)).toBe('nginx:1.0');
    expect(cancelled.summary).toContain('**cancelled**');
    expect(cancelled.annotations.some((a) => a.level === 'error' && a.message.includes('cancelled'))).toBe(true);

    // The GitHub Deployment of this run: in_progress, then error "cancelled by SIGINT".
    const deployment = harness.github.deployments.at(-1);
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(deployment?.statuses.at(-1)?.description).toBe('cancelled by SIGINT');

    // The lease is gone, so a re-run starts at once (the lease TTL is 30 s) and converges.
    expect(await leaseOf(cluster, namespace)).toBe('');
    const rerun = await harness.run({
      eventName: 'push',
      payload: push,
      runId: '9100003',
      env: stepEnv,
      inputs: { 'image-tag': '2.0' },
    });
    expect(rerun.code, rerun.log).toBe(0);
    expect(rerun.stdout).not.toContain('waiting for the deploy lease');
    expect(await imageOf(cluster, namespace)).toBe('nginx:2.0');
  });
});

describe('the CLI, interrupted mid-deploy', () => {
  const workDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-cancel-cli-'));
  let cluster: TestCluster;
  let namespace: string;
  let specFile: string;
  afterAll(async () => {
    await deleteNamespace(namespace, cluster);
    rmSync(workDir, { recursive: true, force: true });
  });

  interface CliRun {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
    /** From the first signal to the exit. */
    cleanupMs: number;
  }

  /** Runs `k8deployer deploy` from source; each step sends its signal once its pattern is on stdout, in order. */
  function deploy(vars: string[], steps: { after: RegExp; signal: NodeJS.Signals }[] = []): Promise<CliRun> {
    return new Promise((resolve, reject) => {
      const args = [
        '--import',
        'tsx',
        path.join(ROOT, 'src/cli-main.ts'),
        'deploy',
        '-f',
        specFile,
        '--timeout',
        '3m',
        ...vars.flatMap((v) => ['--var', v]),
      ];
      const child = spawn(process.execPath, args, {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', K8DEPLOYER_VERBOSE: '1' },
      });
      let stdout = '';
      let stderr = '';
      let signalledAt = 0;
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const killer = setTimeout(() => child.kill('SIGKILL'), 180_000);
      const pending = [...steps];
      const poll = setInterval(() => {
        const step = pending[0];
        if (!step || !step.after.test(stdout)) return;
        pending.shift();
        signalledAt ||= Date.now();
        child.kill(step.signal);
      }, 20);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(killer);
        clearInterval(poll);
        resolve({ code, signal, stdout, stderr, cleanupMs: signalledAt ? Date.now() - signalledAt : -1 });
      });
    });
  }

  const applied = /applied \(update\) Deployment\/\S+\/slow/;

  beforeAll(async () => {
    [cluster] = testClusters() as [TestCluster];
    namespace = await uniqueNamespace('cancel-cli', cluster);
    specFile = path.join(workDir, 'k8deployer.yaml');
    // A kubeconfig the spec names is a repository file: it resolves relative to the spec and must be inside it.
    copyFileSync(cluster.kubeconfigPath, path.join(workDir, 'cluster.kubeconfig'));
    writeFileSync(specFile, specText(namespace, { path: 'cluster.kubeconfig' }));
    const first = await deploy(['imageTag=1.0']);
    expect(first.code, first.stdout + first.stderr).toBe(0);
  });

  it('SIGTERM: prints interrupted, rolls back, releases the lease, exits 143', async () => {
    const run = await deploy(['imageTag=2.0', 'readyDelay=120s'], [{ after: applied, signal: 'SIGTERM' }]);
    const log = `${run.stdout}\n--- stderr\n${run.stderr}`;
    console.log(`cli SIGTERM: exit ${run.code} ${run.cleanupMs} ms after the signal`);
    expect(run.code, log).toBe(143);
    expect(run.cleanupMs, log).toBeLessThan(GRACE_MS);
    expect(run.stderr).toContain('interrupted (SIGTERM)');
    expect(run.stdout).toMatch(/cancelled by SIGTERM; rolled back to revision 1/);
    expect(run.stdout).toMatch(/✗ deploy cancelled/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(await imageOf(cluster, namespace)).toBe('nginx:1.0');
    expect(await leaseOf(cluster, namespace)).toBe('');
  });

  it('Ctrl-C once: prints interrupted, applies the rollback policy, releases the lease, exits 130', async () => {
    const run = await deploy(['imageTag=3.0', 'readyDelay=120s'], [{ after: applied, signal: 'SIGINT' }]);
    const log = `${run.stdout}\n--- stderr\n${run.stderr}`;
    expect(run.code, log).toBe(130);
    expect(run.cleanupMs, log).toBeLessThan(GRACE_MS);
    expect(run.stderr).toContain(
      'interrupted (SIGINT): stopping; rolling back per policy and releasing the lease (again to skip the rollback)',
    );
    expect(run.stdout).toMatch(/cancelled by SIGINT; rolled back to revision \d+/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(await imageOf(cluster, namespace)).toBe('nginx:1.0');
    expect(await leaseOf(cluster, namespace)).toBe('');
  });

  it('Ctrl-C twice: the second stops the rollback; still releases the lease, exits 130, a re-run converges', async () => {
    // The second Ctrl-C comes once the rollback has started (its pods need a Deployment rollout: well over the ~ms the
    // signal takes to arrive).
    const run = await deploy(
      ['imageTag=3.0', 'readyDelay=120s'],
      [
        { after: applied, signal: 'SIGINT' },
        { after: /rolling back to revision 1/, signal: 'SIGINT' },
      ],
    );
    const log = `${run.stdout}\n--- stderr\n${run.stderr}`;
    console.log(`cli SIGINT x2: exit ${run.code} ${run.cleanupMs} ms after the first signal`);
    expect(run.code, log).toBe(130);
    expect(run.cleanupMs, log).toBeLessThan(GRACE_MS);
    expect(run.stderr).toContain('interrupted (SIGINT)');
    expect(run.stderr).toContain('interrupted again (SIGINT)');
    expect(run.stdout, log).toMatch(
      /cancelled by SIGINT; rollback failed: .*rollback stopped by a second signal \(re-run to converge\)/,
    );
    expect(await leaseOf(cluster, namespace)).toBe('');

    const started = Date.now();
    const rerun = await deploy(['imageTag=3.0']);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).not.toContain('waiting for the deploy lease');
    expect(Date.now() - started).toBeLessThan(30_000); // the lease TTL: the re-run did not wait for it
    expect(await imageOf(cluster, namespace)).toBe('nginx:3.0');
  });
});
