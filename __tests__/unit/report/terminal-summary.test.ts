// The job summary rendered for a terminal (what `k8deployer demo` shows after each deploy): the real summary of a
// two-cluster run that failed on one cluster and rolled back, with hostile text from the cluster in it.
import { describe, expect, it } from 'vitest';
import { SecretMasker } from '../../../src/report/mask.js';
import { buildRunReport, finalizeReport } from '../../../src/report/result.js';
import { renderJobSummary } from '../../../src/report/summary.js';
import { displayWidth, renderTerminalSummary } from '../../../src/report/terminal-summary.js';
import { componentInfos, secretToken, twoClusterRun } from './fixtures.js';

const masker = new SecretMasker([secretToken]);
const markdown = renderJobSummary(finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos }), {
  mask: (text) => masker.mask(text),
});
const plain = renderTerminalSummary(markdown, { color: false });
const lines = plain.split('\n');

describe('renderTerminalSummary', () => {
  it('underlines the headline and shows the verdict, with no Markdown syntax left', () => {
    expect(lines.slice(0, 4)).toEqual([
      '❌ k8deployer deploy shop: failed in 1m 11s',
      '='.repeat(displayWidth('❌ k8deployer deploy shop: failed in 1m 11s')),
      '',
      '❌ us-1: api ImagePullBackOff ghcr.io/acme/api:1.2.3 not found → rolled back to revision 3 · ✅ eu-1',
    ]);
    expect(plain).toContain('Cause: Deployment api: container app ImagePullBackOff: manifest unknown');
    expect(plain.replace('token=***', '')).not.toMatch(/\*\*|`|^#|<\/?(details|summary|br|code)|&lt;|&gt;|&amp;|^\|/m);
  });

  it('aligns tables: every row of a table has its columns at the same offsets', () => {
    const table = lines.filter((line) => /^ {2}(Component|db|api|web) /.test(line) && !line.includes('→'));
    expect(table).toEqual([
      '  Component  Status          Version                 Duration  Reason                                                            Link',
      '  db         ↩️ rolled-back  postgres:16             4s        rolled back to revision 3',
      '  api        ❌ failed       ghcr.io/acme/api:1.2.3  1m 00s    Deployment api: container app ImagePullBackOff: manifest unknown  api.example.com (https://api.example.com)',
      '  web        ⏭️ skipped      ghcr.io/acme/web:1.2.3            not started: api failed                                           shop.example.com (https://shop.example.com/)',
    ]);
  });

  it('folds closed details to one line, indents the log tail, and draws the dependency graph as text', () => {
    expect(plain).toContain('▸ ✅ eu-1: 3 component(s) succeeded (5 lines folded)');
    expect(plain).toContain('▸ ⚠️ us-1: 1 warning(s) (3 lines folded)');
    expect(plain).not.toContain('Deployment web: paused');
    expect(lines).toContain('    token=***');
    expect(plain).not.toContain(secretToken);
    expect(lines).toEqual(
      expect.arrayContaining(['  db (rolled back) → api (failed)', '  api (failed) → web (skipped)']),
    );
    expect(plain).not.toContain('classDef');
  });

  it('colours only when asked: bold headings on a TTY, plain text otherwise, never escape codes from the data', () => {
    const coloured = renderTerminalSummary(markdown, { color: true });
    expect(coloured).toContain(
      '\u001b[1m\u001b[4m❌ k8deployer deploy \u001b[36mshop\u001b[39m: failed in 1m 11s\u001b[24m\u001b[22m',
    );
    expect(plain).not.toContain('\u001b');
    const hostile = renderTerminalSummary('| a | b |\n|---|---|\n| `x\u001b[31m` | y\u0007 &lt;b&gt; \\| z |\n', {
      color: false,
    });
    expect(hostile).toBe('  a      b\n  x[31m  y <b> | z\n');
  });
});
