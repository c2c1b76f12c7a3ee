import { describe, expect, it } from 'vitest';
import type { PlannedChange } from '../../../src/events.js';
import { refKey, type KubeObject } from '../../../src/kube/object.js';
import { countsLine, deletionWarning, planCounts } from '../../../src/plan/overview.js';
import { markSuperseded } from '../../../src/plan/superseded.js';
import { planTextLines } from '../../../src/report/plan-text.js';

const configMap = (name: string, data: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'shop' },
  immutable: true,
  data,
});
const change = (object: KubeObject, action: PlannedChange['action'], component = 'api'): PlannedChange => ({
  component,
  ref: { apiVersion: 'v1', kind: object.kind, name: object.metadata.name, namespace: 'shop' },
  action,
});
const byKey = (...objects: KubeObject[]) =>
  new Map(
    objects.map((object) => [
      refKey({ apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: 'shop' }),
      object,
    ]),
  );

describe('content changes of hashed ConfigMaps', () => {
  const before = configMap('api-config-0123456789', { LOG_LEVEL: 'info', MODE: 'prod' });
  const after = configMap('api-config-abcdef0123', { LOG_LEVEL: 'debug', MODE: 'prod' });

  it('pairs the new generation with the prune of the old one and diffs the content', () => {
    const changes = markSuperseded([change(after, 'create'), change(before, 'delete')], byKey(after), byKey(before));
    expect(changes[0]?.supersedes).toBe('api-config-0123456789');
    expect(changes[0]?.diff).toBe('  data:\n-   LOG_LEVEL: info\n+   LOG_LEVEL: debug\n    MODE: prod');
    expect(countsLine(planCounts(changes))).toBe('0 to add, 1 to change, 0 to replace, 0 to delete');
    expect(deletionWarning(changes)).toBeUndefined();
    expect(planTextLines(changes).join('\n')).toContain(
      '~ content ConfigMap/shop/api-config-abcdef0123: api-config-0123456789 → api-config-abcdef0123',
    );
  });

  it('does not pair objects of another component, another base name or unhashed names', () => {
    const otherComponent = markSuperseded(
      [change(after, 'create'), change(before, 'delete', 'web')],
      byKey(after),
      byKey(before),
    );
    expect(otherComponent[0]?.supersedes).toBeUndefined();
    const other = configMap('api-settings-0123456789', { A: '1' });
    expect(
      markSuperseded([change(after, 'create'), change(other, 'delete')], byKey(after), byKey(other))[0]?.supersedes,
    ).toBeUndefined();
    const plain = configMap('api-config', { A: '1' });
    expect(
      markSuperseded([change(plain, 'create'), change(before, 'delete')], byKey(plain), byKey(before))[0]?.supersedes,
    ).toBeUndefined();
  });

  it('pairs each old generation once', () => {
    const third = configMap('api-config-fedcba9876', { LOG_LEVEL: 'warn', MODE: 'prod' });
    const changes = markSuperseded(
      [change(after, 'create'), change(third, 'create'), change(before, 'delete')],
      byKey(after, third),
      byKey(before),
    );
    expect(changes.filter((entry) => entry.supersedes)).toHaveLength(1);
  });
});
