import { describe, expect, it } from 'vitest';
import type { PlannedChange } from '../../../src/events.js';
import { countsLine, deletionWarning, planCounts, planEntries, summarizeDiff } from '../../../src/plan/overview.js';
import { planSections } from '../../../src/report/plan-markdown.js';
import { planTextLines } from '../../../src/report/plan-text.js';
import type { ClusterReport } from '../../../src/report/result.js';

const ref = (kind: string, name: string) => ({ apiVersion: 'v1', kind, name, namespace: 'shop' });
const bump = (name: string): PlannedChange => ({
  component: name,
  ref: ref('Deployment', name),
  action: 'update',
  diff: `       containers:\n-      - image: registry.local/${name}:7.4.0\n+      - image: registry.local/${name}:7.5.0\n         name: ${name}`,
});

describe('plan overview', () => {
  it('groups identical changes of one kind and sums them up', () => {
    const changes = Array.from({ length: 55 }, (_, index) => bump(`svc-${index}`));
    const entries = planEntries(changes);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.objects).toHaveLength(55);
    expect(planTextLines(changes)[1]).toMatch(/^ {2}~ change 55 Deployments: image 7\.4\.0 → 7\.5\.0 \(svc-0, svc-1/);
  });

  it('counts add/change/replace/delete and warns about deletions', () => {
    const changes: PlannedChange[] = [
      { component: 'a', ref: ref('ConfigMap', 'a'), action: 'create' },
      bump('api'),
      { component: 'job', ref: ref('Job', 'migrate'), action: 'replace', immutableFields: ['spec.template'] },
      { component: 'old', ref: ref('Service', 'old'), action: 'delete' },
      { component: 'x', ref: ref('Service', 'x'), action: 'unchanged' },
    ];
    expect(countsLine(planCounts(changes))).toBe('1 to add, 1 to change, 1 to replace, 1 to delete, 1 unchanged');
    expect(deletionWarning(changes)).toBe('⚠ 1 object will be deleted: Service/shop/old');
  });

  it('summarizes only value replacements', () => {
    expect(summarizeDiff('-  replicas: 2\n+  replicas: 3')).toBe('replicas 2 → 3');
    expect(summarizeDiff('+  extra: 1')).toBeUndefined();
  });

  it('shares the diff budget across clusters instead of letting the first take it all', () => {
    const big = (index: number): PlannedChange => ({
      component: 'c',
      ref: ref('ConfigMap', `cm-${index}`),
      action: 'update',
      diff: `-  k: ${'a'.repeat(2000)}${index}\n+  k: b${index}\n+  extra: ${index}`,
    });
    const clusters = ['one', 'two', 'three'].map(
      (name) =>
        ({ name, changes: Array.from({ length: 20 }, (_, i) => big(i)), components: [] }) as unknown as ClusterReport,
    );
    const sections = planSections(clusters, { tableBytes: 20_000, diffBytes: 30_000 });
    const shown = (cluster: string) =>
      sections.filter((section) => section.includes(`more diff(s) of ${cluster}`) || section.includes('<details>'));
    const counts = sections
      .filter((section) => section.includes('<details>'))
      .map((section) => section.split('<details>').length - 1);
    expect(counts).toHaveLength(3);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(shown('three').length).toBeGreaterThan(0);
  });
});
