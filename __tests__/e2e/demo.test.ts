// `k8deployer demo` on the already-running test clusters (--testbed-dir: nothing is started or stopped): deploys the
// shop example, breaks web to show fail-fast and rollback, deletes it, exits 0.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testClusters } from './testbed.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('k8deployer demo', () => {
  it('runs every phase on a running test bed and exits 0', async () => {
    const [cluster] = testClusters();
    if (!cluster) throw new Error('no cluster');
    // DIR/cluster-1/kubeconfig: the demo uses cluster-1 of DIR.
    const dir = path.dirname(path.dirname(cluster.kubeconfigPath));
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli-main.ts'), 'demo'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', K8DEPLOYER_DEMO_TESTBED_DIR: dir },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stdout += chunk));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
    });
    const phases = [...result.stdout.matchAll(/^=== (.*)$/gm)].map((match) => match[1]);
    expect(result.code, result.stdout).toBe(0);
    expect(phases).toEqual([
      `using the running test-bed clusters in ${dir}`,
      expect.stringMatching(/^deploying the shop example \(examples\/shop\) to namespace k8deployer-demo-\w+$/),
      'the report the GitHub Action writes as the job summary of this run',
      'breaking component web: image ghcr.io/acme/shop-web:does-not-exist cannot be pulled; watch fail-fast and rollback',
      'the report the GitHub Action writes as the job summary of this run',
      'the broken deploy failed fast and was rolled back (exit code 1, as in CI); the app still serves the previous revision',
      expect.stringMatching(/^deleting the app and namespace k8deployer-demo-\w+$/),
    ]);
    expect(result.stdout).toMatch(/✓ deploy succeeded/);
    expect(result.stdout).toMatch(/rolled-back \(rollback ok\)/);
    expect(result.stdout).toMatch(/✓ delete deleted/);
    // The job summary, for a terminal: its headline underlined, no Markdown or HTML left (not a TTY: no colours).
    expect(result.stdout).toMatch(/^✅ k8deployer deploy shop: succeeded in .+\n=+$/m);
    expect(result.stdout).toMatch(/^\S+ k8deployer deploy shop: (failed|rolled-back) in .+\n=+$/m);
    expect(result.stdout).not.toMatch(/<details>|<summary>|^\|---|^## /m);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).not.toContain('stopping the test-bed cluster');
  }, 300_000);
});
