import { describe, expect, it } from 'vitest';
import { previewHost, previewNamespace, sanitizeDnsLabel } from '../../../src/preview/names.js';
import { matchesGlob, matchReleaseRule, versionOfTag } from '../../../src/preview/release-rules.js';
import { previewPrLabel, selectPreviewsToSweep } from '../../../src/preview/ttl-sweep.js';

const dns1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

describe('previewNamespace', () => {
  it.each([
    ['${app}-pr-${pr}', 'shop', 12, 'shop-pr-12'],
    ['${app}-pr-${pr}', 'My_Shop.App', 7, 'my-shop-app-pr-7'],
    ['preview-${pr}', 'shop', 3, 'preview-3'],
    ['${app}-pr-${pr}', '--Weird--', 1, 'weird-pr-1'],
  ])('%s with app %s and PR %d → %s', (pattern, app, pr, expected) => {
    expect(previewNamespace(pattern, { app, pr })).toBe(expected);
  });

  it('shortens a long app name but keeps the PR number, within 63 characters', () => {
    const name = previewNamespace('${app}-pr-${pr}', {
      app: 'a-very-long-application-name-that-goes-on-and-on-and-on-forever',
      pr: 12345,
    });
    expect(name.length).toBeLessThanOrEqual(63);
    expect(name).toMatch(dns1123);
    expect(name.endsWith('-pr-12345')).toBe(true);
    expect(name.startsWith('a-very-long-application-name')).toBe(true);
  });

  it('hashes when the pattern itself is too long, staying unique per PR', () => {
    const pattern = `${'x'.repeat(70)}-\${pr}`;
    const a = previewNamespace(pattern, { app: 'shop', pr: 1 });
    const b = previewNamespace(pattern, { app: 'shop', pr: 2 });
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).toMatch(dns1123);
    expect(a).not.toBe(b);
  });

  it('sanitizes to a DNS-1123 label', () => {
    expect(sanitizeDnsLabel('Feature/Checkout_Button!')).toBe('feature-checkout-button');
  });
});

describe('previewHost', () => {
  it('substitutes and keeps every label DNS-safe', () => {
    expect(previewHost('pr-${pr}.preview.example.com', { app: 'shop', pr: 12 })).toBe('pr-12.preview.example.com');
    expect(previewHost('${app}-${pr}.Preview.Example.com', { app: 'My_Shop', pr: 5 })).toBe(
      'my-shop-5.preview.example.com',
    );
    const long = previewHost('${app}.example.com', { app: 'a'.repeat(80), pr: 1 });
    expect(long.split('.')[0]!.length).toBe(63);
  });
});

describe('release rules', () => {
  const rules = [
    { tag: 'v*-rc*', environment: 'staging' },
    { tag: 'v*', environment: 'production', imageTag: '${version}' },
    { tag: 'release/2026.??', imageTag: 'r-${tag}' },
  ];

  it('first match wins and templates expand', () => {
    expect(matchReleaseRule('v2.0.0-rc1', rules)).toMatchObject({
      environment: 'staging',
      imageTag: 'v2.0.0-rc1',
      version: '2.0.0-rc1',
    });
    expect(matchReleaseRule('v1.2.3', rules)).toMatchObject({ environment: 'production', imageTag: '1.2.3' });
    expect(matchReleaseRule('release/2026.11', rules)).toMatchObject({ imageTag: 'r-release/2026.11' });
    expect(matchReleaseRule('release/2026.1', rules)).toBeUndefined();
    expect(matchReleaseRule('x1.0', rules)).toBeUndefined();
  });

  it('globs are anchored and treat regex characters literally', () => {
    expect(matchesGlob('v1.*', 'v1x2')).toBe(false);
    expect(matchesGlob('v1.*', 'v1.2')).toBe(true);
    expect(matchesGlob('v*', 'av1')).toBe(false);
  });

  it('strips a leading v only before a digit', () => {
    expect(versionOfTag('v1.2.3')).toBe('1.2.3');
    expect(versionOfTag('very')).toBe('very');
  });
});

describe('selectPreviewsToSweep', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const ns = (name: string, pr: string | undefined, created: string | undefined, app = 'shop') => ({
    name,
    labels: { ...(pr === undefined ? {} : { [previewPrLabel]: pr }), 'app.kubernetes.io/part-of': app },
    ...(created === undefined ? {} : { creationTimestamp: created }),
  });
  const namespaces = [
    ns('shop-pr-1', '1', '2026-11-01T00:00:00Z'),
    ns('shop-pr-2', '2', '2026-11-25T00:00:00Z'),
    ns('shop-pr-3', '3', '2026-11-10T00:00:00Z'),
    ns('shop', undefined, '2020-01-01T00:00:00Z'),
    ns('shop-pr-x', 'abc', '2020-01-01T00:00:00Z'),
    ns('shop-pr-4', '4', undefined),
    ns('blog-pr-9', '9', '2026-11-01T00:00:00Z', 'blog'),
  ];

  it('selects expired previews, oldest first, and keeps what it cannot date or attribute', () => {
    expect(selectPreviewsToSweep(namespaces, { now, ttlHours: 168, app: 'shop' })).toEqual([
      { namespace: 'shop-pr-1', pr: 1, ageHours: 588, reason: 'expired' },
      { namespace: 'shop-pr-3', pr: 3, ageHours: 372, reason: 'expired' },
    ]);
  });

  it('sweeps previews of closed PRs whatever their age when the open PRs are known', () => {
    const selected = selectPreviewsToSweep(namespaces, { now, ttlHours: 168, app: 'shop', openPullRequests: [1, 3] });
    expect(selected.map((c) => [c.namespace, c.reason])).toEqual([
      ['shop-pr-1', 'expired'],
      ['shop-pr-3', 'expired'],
      ['shop-pr-2', 'pull-request-closed'],
    ]);
    expect(selectPreviewsToSweep(namespaces, { now, ttlHours: 168 }).map((c) => c.namespace)).toContain('blog-pr-9');
  });
});
