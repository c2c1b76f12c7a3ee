import { describe, expect, it } from 'vitest';
import { EventBus } from '../../../src/events.js';
import { attachReporters } from '../../../src/report/index.js';
import { SecretMasker } from '../../../src/report/mask.js';
import { componentInfos, secretToken, twoClusterRun } from './fixtures.js';

describe('SecretMasker', () => {
  it('replaces every registered secret, longest first, including regex characters', () => {
    const masker = new SecretMasker(['abcd', 'abcdefgh', 'p@ss.w*rd(1)']);
    expect(masker.mask('x abcdefgh y abcd z p@ss.w*rd(1)')).toBe('x *** y *** z ***');
  });

  it('masks each line of a multi-line secret and ignores very short values', () => {
    const masker = new SecretMasker();
    masker.add('-----BEGIN KEY-----\nMIIEvQIBADANBgkq\n-----END KEY-----');
    masker.add('ab');
    masker.add('');
    masker.add(undefined);
    expect(masker.mask('line: MIIEvQIBADANBgkq and ab')).toBe('line: *** and ab');
  });

  it('picks up secrets added later', () => {
    const masker = new SecretMasker(['first-secret']);
    expect(masker.mask('refreshed-token')).toBe('refreshed-token');
    masker.add('refreshed-token');
    expect(masker.mask('first-secret refreshed-token')).toBe('*** ***');
  });
});

describe('attachReporters masks every rendered text', () => {
  it('log lines, job summary, PR comment, table and JSON never contain a registered secret', () => {
    const bus = new EventBus();
    const lines: string[] = [];
    const masker = new SecretMasker();
    const reporters = attachReporters({
      bus,
      mode: 'actions',
      write: (line) => lines.push(line),
      masker,
      timer: false,
    });
    masker.add(secretToken);
    for (const event of twoClusterRun()) {
      bus.emit(
        event.type === 'cluster-finished' ? { ...event, reason: `${event.reason ?? ''} ${secretToken}` } : event,
      );
    }
    bus.emit({ type: 'log', level: 'error', message: `auth failed with "${secretToken}"`, at: 0 });
    const final = reporters.finish({
      components: componentInfos,
      environment: 'production',
      previewUrl: 'https://x.example.com',
    });
    const texts = [lines.join('\n'), final.summaryMarkdown, final.commentBody, final.table, final.resultJson];
    for (const text of texts) expect(text).not.toContain(secretToken);
    expect(final.resultJson).toContain('***');
    expect((JSON.parse(final.resultJson) as { status: string }).status).toBe('failed');
    expect(final.status).toBe('failed');
    expect(final.commentMarker).toBe('<!-- k8deployer:shop:production -->');
  });

  it('a secret with JSON-special characters is masked in the JSON output too', () => {
    const bus = new EventBus();
    const masker = new SecretMasker(['pa"ss\\word']);
    const reporters = attachReporters({ bus, mode: 'cli', write: () => {}, masker, timer: false });
    bus.emit({ type: 'run-started', runId: 'r', command: 'deploy', app: 'a', clusters: ['c'], at: 0 });
    bus.emit({
      type: 'cluster-finished',
      cluster: 'c',
      outcome: 'failed',
      durationMs: 1,
      reason: 'bad pa"ss\\word',
      at: 1,
    });
    const final = reporters.finish();
    expect((JSON.parse(final.resultJson) as { clusters: { reason: string }[] }).clusters[0]?.reason).toBe('bad ***');
  });

  it('a secret that escaping would change (a_b → a\\_b) is masked before it is escaped', () => {
    const bus = new EventBus();
    const secret = 'tok_en*with[markdown]@chars#1';
    const masker = new SecretMasker([secret]);
    const reporters = attachReporters({ bus, mode: 'actions', write: () => {}, masker, timer: false });
    bus.emit({ type: 'run-started', runId: 'r', command: 'deploy', app: 'a', clusters: ['c'], at: 0 });
    bus.emit({
      type: 'component-finished',
      cluster: 'c',
      component: 'x',
      outcome: 'failed',
      durationMs: 1,
      reason: `auth ${secret}`,
      at: 1,
    });
    bus.emit({
      type: 'cluster-finished',
      cluster: 'c',
      outcome: 'failed',
      durationMs: 1,
      reason: `auth ${secret}`,
      at: 1,
    });
    const final = reporters.finish({ environment: `env-${secret}` });
    for (const text of [final.summaryMarkdown, final.commentBody]) {
      expect(text).not.toContain('tok');
      expect(text).toContain('auth \\*\\*\\*');
    }
    // The marker in the body and the one used to find the sticky comment are the same masked string.
    expect(final.commentBody.startsWith(`${final.commentMarker}\n`)).toBe(true);
    expect(final.commentMarker).not.toContain('tok');
  });

  it('stops listening after finish and does not print late events', () => {
    const bus = new EventBus();
    const lines: string[] = [];
    const reporters = attachReporters({ bus, mode: 'cli', write: (line) => lines.push(line) });
    reporters.finish();
    bus.emit({ type: 'log', level: 'info', message: 'late', at: 0 });
    expect(lines).not.toContain('late');
  });
});
