import { describe, expect, it } from 'vitest';
import { benchComponents, benchSpec, criticalPathMs, levelsOf } from '../../../bench/harness/app.js';
import { growthExponents, median, percentile } from '../../../bench/harness/stats.js';

describe('median and percentile', () => {
  it('median of odd and even counts, none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('nearest-rank percentile, unsorted input left as it was', () => {
    const values = [15, 20, 35, 40, 50];
    expect(percentile(values, 0)).toBe(15);
    expect(percentile(values, 30)).toBe(20);
    expect(percentile(values, 40)).toBe(20);
    expect(percentile(values, 50)).toBe(35);
    expect(percentile(values, 100)).toBe(50);
    const unsorted = [3, 1, 2];
    expect(percentile(unsorted, 50)).toBe(2);
    expect(unsorted).toEqual([3, 1, 2]);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(values, 101)).toThrow(RangeError);
  });

  it('growth exponent: 1 for linear, 2 for quadratic steps', () => {
    const linear = growthExponents([
      { size: 100, cost: 1 },
      { size: 200, cost: 2 },
    ]);
    expect(linear[0]).toBeCloseTo(1);
    const quadratic = growthExponents([
      { size: 100, cost: 1 },
      { size: 500, cost: 25 },
    ]);
    expect(quadratic[0]).toBeCloseTo(2);
  });
});

describe('the synthetic app', () => {
  it('50 components in three levels of 10, 20 and 20, each below the first depending on the level above', () => {
    const components = benchComponents(50);
    expect(components).toHaveLength(50);
    const levels = levelsOf(components);
    expect(levels.map((l) => l.length)).toEqual([10, 20, 20]);
    for (const c of components.filter((x) => x.level > 1)) {
      expect(c.depends.length).toBeGreaterThanOrEqual(1);
      for (const d of c.depends) expect(components.find((x) => x.name === d)?.level).toBe(c.level - 1);
    }
  });

  it('a fault changes one component only: its image tag and a fault annotation', () => {
    const spec = benchSpec({
      count: 5,
      delaySeconds: 3,
      namespace: 'ns',
      clusters: [{ name: 'a', kubeconfig: 'a.kubeconfig' }],
      fault: { component: 'c3-0', kind: 'image-pull' },
    }) as { components: { name: string; image: string; podAnnotations: Record<string, string> }[] };
    const broken = spec.components.find((c) => c.name === 'c3-0')!;
    expect(broken.image).toMatch(/:does-not-exist$/);
    expect(broken.podAnnotations['testbed.k8deployer.io/fault']).toBe('image-pull');
    for (const c of spec.components.filter((x) => x.name !== 'c3-0')) {
      expect(c.image).toMatch(/:1$/);
      expect(c.podAnnotations).toEqual({ 'testbed.k8deployer.io/ready-delay': '3s' });
    }
  });

  it('critical path: the longest chain of own times; unknown components count 0; a cycle does not hang', () => {
    const components = [
      { name: 'a', depends: [] },
      { name: 'b', depends: ['a'] },
      { name: 'c', depends: ['a'] },
      { name: 'd', depends: ['b', 'c'] },
    ];
    const own = new Map([
      ['a', 5],
      ['b', 1],
      ['c', 7],
      ['d', 2],
    ]);
    expect(criticalPathMs(components, own)).toBe(14);
    expect(criticalPathMs(components, new Map([['b', 3]]))).toBe(3);
    expect(
      criticalPathMs(
        [
          { name: 'x', depends: ['y'] },
          { name: 'y', depends: ['x'] },
        ],
        new Map([['x', 1]]),
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(() => levelsOf([{ name: 'x', depends: ['x'] }])).toThrow(/cycle/);
  });
});
