import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import { SecretMasker } from '../../../src/report/mask.js';
import { logLine } from '../../../src/report/escape.js';
import { ProgressReporter, escapeCommandData } from '../../../src/report/progress.js';
import { deployment, secretToken, twoClusterRun } from './fixtures.js';

function run(mode: 'cli' | 'actions', events: DeployEvent[], interval?: number, verbose = false) {
  const lines: string[] = [];
  const masker = new SecretMasker([secretToken]);
  const reporter = new ProgressReporter({
    mode,
    write: (line) => lines.push(line),
    mask: (text) => masker.mask(text),
    now: () => 0,
    verbose,
    ...(interval === undefined ? {} : { progressIntervalMs: interval }),
  });
  for (const event of events) reporter.handle(event);
  return { lines, reporter };
}

describe('ProgressReporter', () => {
  it('prefixes cluster lines, groups each cluster and prints a final table (Actions)', () => {
    const { lines } = run('actions', twoClusterRun());
    const text = lines.join('\n');
    expect(lines[0]).toBe('k8deployer deploy shop → eu-1, us-1 (run r1)');
    expect(text).toContain('[eu-1] started, namespace shop');
    // One line per component state change, not per object.
    expect(text).toContain('[eu-1] ▶ db started');
    expect(text).toContain('[eu-1] ✓ db succeeded in 5s');
    expect(text).not.toContain('Deployment/shop/db ready');
    expect(text).not.toContain('applied (create)');
    expect(lines.filter((l) => l.startsWith('::group::'))).toEqual([
      '::group::[eu-1] succeeded in 20s',
      '::group::[us-1] rolled-back in 1m 10s: Deployment api: container app ImagePullBackOff: manifest unknown',
    ]);
    expect(lines.filter((l) => l === '::endgroup::')).toHaveLength(2);
    // One error annotation for the failure; the cluster's identical reason is not repeated as a second one.
    expect(lines.filter((l) => l.startsWith('::error'))).toEqual([
      '::error title=k8deployer::[us-1] Deployment api: container app ImagePullBackOff: manifest unknown',
    ]);
    expect(lines).toContain('::warning title=k8deployer::[us-1] Deployment web: paused');
    expect(text).toContain('[us-1]   event: Warning Failed pod/api-7d9');
    expect(text).toContain('[us-1] rolling back to revision 3');
    expect(text).toMatch(/CLUSTER\s+COMPONENT\s+STATUS\s+DURATION\s+REASON/);
    expect(text).toMatch(/us-1\s+api\s+failed\s+1m 00s\s+Deployment api: container app ImagePullBackOff/);
    expect(lines.at(-1)).toBe('✗ deploy failed in 1m 11s');
  });

  it('masks secrets and never lets cluster text issue workflow commands', () => {
    const { lines } = run('actions', twoClusterRun());
    expect(lines.join('\n')).not.toContain(secretToken);
    expect(lines.some((l) => l.includes('token=***'))).toBe(true);
    const commands = lines.filter((l) => l.trimStart().startsWith('::'));
    expect(commands.every((l) => /^::(group|endgroup|error|warning|debug)[ :]/.test(l))).toBe(true);
    expect(logLine('  ::add-mask::x')).toBe('·   ::add-mask::x');
    expect(escapeCommandData('50%\nnext')).toBe('50%25%0Anext');
  });

  it('prints failures as plain lines in a terminal', () => {
    const { lines } = run('cli', twoClusterRun());
    expect(lines).toContain('[us-1] error: Deployment api: container app ImagePullBackOff: manifest unknown');
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
  });

  it('throttles progress per object and prints held-back messages when due', () => {
    const ref = deployment('api');
    const progress = (message: string, at: number): DeployEvent => ({
      type: 'object-progress',
      cluster: 'c',
      component: 'api',
      ref,
      status: 'InProgress',
      message,
      at,
    });
    const lines: string[] = [];
    const reporter = new ProgressReporter({
      mode: 'cli',
      write: (l) => lines.push(l),
      progressIntervalMs: 5_000,
      verbose: true,
      heartbeatIntervalMs: 0,
    });
    reporter.handle(progress('0/3 ready', 0));
    reporter.handle(progress('1/3 ready', 1_000));
    reporter.handle(progress('2/3 ready', 2_000));
    expect(lines).toEqual(['[c] Deployment/shop/api: InProgress: 0/3 ready']);
    reporter.flush(4_000);
    expect(lines).toHaveLength(1);
    reporter.flush(5_000);
    expect(lines.at(-1)).toBe('[c] Deployment/shop/api: InProgress: 2/3 ready');
    // Unchanged messages repeat only as a slow heartbeat (3 intervals).
    reporter.handle(progress('2/3 ready', 11_000));
    expect(lines).toHaveLength(2);
    reporter.handle(progress('2/3 ready', 20_000));
    expect(lines).toHaveLength(3);
    reporter.handle({ type: 'object-ready', cluster: 'c', component: 'api', ref, at: 20_500 });
    expect(lines.at(-1)).toBe('[c] ✓ Deployment/shop/api ready');
  });

  it('uses a longer interval in Actions', () => {
    const ref = deployment('api');
    const events: DeployEvent[] = [0, 10_000, 20_000, 31_000].map((at, i) => ({
      type: 'object-progress',
      cluster: 'c',
      component: 'api',
      ref,
      status: 'InProgress',
      message: `${i}/3`,
      at,
    }));
    const { lines } = run('actions', events, undefined, true);
    expect(lines).toEqual(['[c] Deployment/shop/api: InProgress: 0/3', '[c] Deployment/shop/api: InProgress: 3/3']);
  });

  it('prints each Kubernetes event once', () => {
    const failed = (at: number): DeployEvent => ({
      type: 'object-failed',
      cluster: 'c',
      component: 'api',
      ref: deployment('api'),
      reason: `r${at}`,
      details: { events: ['Warning BackOff pod/x back-off'], logUnavailable: 'no kubelet' },
      at,
    });
    const { lines } = run('cli', [failed(1), failed(2)]);
    expect(lines.filter((l) => l.includes('event: Warning BackOff'))).toHaveLength(1);
    expect(lines).toContain('[c]   logs unavailable: no kubelet');
  });

  it('prints the plan', () => {
    const { lines } = run('cli', [
      {
        type: 'plan-ready',
        cluster: 'c',
        at: 0,
        changes: [
          { component: 'api', ref: deployment('api'), action: 'create' },
          { component: 'web', ref: deployment('web'), action: 'unchanged' },
        ],
      },
    ]);
    expect(lines).toEqual([
      '[c] plan: 1 to add, 0 to change, 0 to replace, 0 to delete, 1 unchanged',
      '[c]   + add Deployment/shop/api (api)',
    ]);
  });

  it('beats every interval naming what is still awaited and why, even when the cluster is silent', () => {
    const lines: string[] = [];
    const reporter = new ProgressReporter({ mode: 'cli', write: (l) => lines.push(l), heartbeatIntervalMs: 10_000 });
    const ref = deployment('api');
    reporter.handle({ type: 'object-applied', cluster: 'c', component: 'api', ref, action: 'update', at: 0 });
    reporter.handle({
      type: 'object-applied',
      cluster: 'c',
      component: 'db',
      ref: deployment('db'),
      action: 'update',
      at: 0,
    });
    reporter.handle({
      type: 'object-progress',
      cluster: 'c',
      component: 'api',
      ref,
      status: 'InProgress',
      message: '1/3 replicas available',
      at: 1_000,
    });
    expect(lines).toEqual(['[c] ▶ api started', '[c] ▶ db started']);
    reporter.flush(9_000);
    expect(lines).toHaveLength(2);
    // Nothing arrived since: the timer's flush still says what is awaited.
    reporter.flush(10_000);
    expect(lines.at(-1)).toBe(
      '[c] … waiting for api (Deployment/shop/api: 1/3 replicas available), db (applied, no status reported yet)',
    );
    reporter.handle({
      type: 'component-finished',
      cluster: 'c',
      component: 'db',
      outcome: 'succeeded',
      durationMs: 12_000,
      at: 12_000,
    });
    reporter.flush(20_000);
    expect(lines.at(-1)).toBe('[c] … waiting for api (Deployment/shop/api: 1/3 replicas available)');
    expect(lines).toHaveLength(5);
  });

  it('attachReporters drives the heartbeat on an injectable interval', async () => {
    const { EventBus } = await import('../../../src/events.js');
    const { attachReporters } = await import('../../../src/report/index.js');
    const bus = new EventBus();
    const lines: string[] = [];
    const reporters = attachReporters({ bus, mode: 'cli', write: (l) => lines.push(l), heartbeatIntervalMs: 20 });
    bus.emit({
      type: 'object-applied',
      cluster: 'c',
      component: 'api',
      ref: deployment('api'),
      action: 'update',
      at: Date.now(),
    });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (lines.some((l) => l.startsWith('[c] … waiting for api'))) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    reporters.detach();
    expect(lines[0]).toBe('[c] ▶ api started');
  });
});
