import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { maskSecrets, objectDiff, sameObject, unifiedDiff } from '../../../src/plan/diff.js';

const configMap = (data: Record<string, string>, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', namespace: 'n', ...extra },
  data,
});

describe('plan diffs', () => {
  it('ignores server bookkeeping when comparing', () => {
    const live = configMap(
      { a: '1' },
      { resourceVersion: '5', uid: 'u', managedFields: [{ manager: 'x' }], creationTimestamp: 't' },
    );
    expect(sameObject(live, configMap({ a: '1' }, { resourceVersion: '6' }))).toBe(true);
    expect(sameObject(live, configMap({ a: '2' }))).toBe(false);
  });

  it('shows changed lines with context', () => {
    const diff = objectDiff(configMap({ a: '1', b: '2' }), configMap({ a: '1', b: '3' }));
    expect(diff).toContain("-   b: '2'");
    expect(diff).toContain("+   b: '3'");
    expect(diff).toContain("    a: '1'");
  });

  it('is empty for equal objects', () => {
    expect(unifiedDiff(['a', 'b'], ['a', 'b'])).toBe('');
  });

  it('never shows Secret values, but shows which keys changed', () => {
    const secret = (data: Record<string, string>): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's' },
      data,
    });
    const live = secret({ same: 'c2VjcmV0', changed: 'b2xk' });
    const desired = secret({ same: 'c2VjcmV0', changed: 'bmV3', added: 'eA==' });
    const diff = objectDiff(live, desired);
    expect(diff).not.toMatch(/c2VjcmV0|b2xk|bmV3|eA==/);
    expect(diff).toContain('-   changed: (masked, old value)');
    expect(diff).toContain('+   changed: (masked, new value)');
    expect(diff).toContain('+   added: (masked, new value)');
    expect(diff).not.toMatch(/^[-+] +same/m);
    const masked = maskSecrets(live, desired);
    expect(JSON.stringify(masked)).not.toContain('c2VjcmV0');
    expect(live.data).toEqual({ same: 'c2VjcmV0', changed: 'b2xk' });
  });
});
