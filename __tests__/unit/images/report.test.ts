import { describe, expect, it } from 'vitest';
import { toResultJson } from '../../../src/report/json.js';
import { ReportOutcome, type ComponentReport, type RunReport } from '../../../src/report/result.js';
import { versionCell } from '../../../src/report/verdict.js';

const oldDigest = `sha256:${'a'.repeat(64)}`;
const newDigest = `sha256:${'b'.repeat(64)}`;

function component(extra: Partial<ComponentReport>): ComponentReport {
  return {
    name: 'api',
    depends: [],
    outcome: ReportOutcome.Succeeded,
    durationMs: 1,
    urls: [],
    images: [`ghcr.io/acme/api@${newDigest}`],
    pins: [{ image: 'ghcr.io/acme/api:1.5', digest: newDigest }],
    failedObjects: [],
    ...extra,
  };
}

describe('reports of pinned images', () => {
  it('shows the tag as written and a short digest in the version column', () => {
    expect(versionCell(component({}))).toBe('`ghcr.io/acme/api:1.5 @ sha256:bbbbbbbbbbbb`');
  });

  it('shows an upgrade from the digest the cluster ran to the new tag and digest', () => {
    expect(versionCell(component({ previousImages: [`ghcr.io/acme/api@${oldDigest}`] }))).toBe(
      '`ghcr.io/acme/api@' + oldDigest + '` → `1.5 @ sha256:bbbbbbbbbbbb`',
    );
  });

  it('puts the whole digest in the result JSON next to what runs', () => {
    const report = {
      outcome: ReportOutcome.Succeeded,
      durationMs: 1,
      clusters: [{ name: 'prod', outcome: ReportOutcome.Succeeded, durationMs: 1, components: [component({})] }],
    } as unknown as RunReport;
    expect(toResultJson(report).clusters[0]?.components[0]).toMatchObject({
      images: [`ghcr.io/acme/api@${newDigest}`],
      pins: [{ image: 'ghcr.io/acme/api:1.5', digest: newDigest }],
    });
  });
});
