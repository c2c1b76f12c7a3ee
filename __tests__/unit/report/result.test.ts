import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../../src/events.js';
import {
  buildRunReport,
  clusterReasons,
  emptyReport,
  exitCodeOfReport,
  finalizeReport,
  reduceReport,
} from '../../../src/report/result.js';
import { toResultJson } from '../../../src/report/json.js';
import { componentInfos, deployment, twoClusterRun } from './fixtures.js';

describe('reduceReport', () => {
  it('does not mutate the report it is given', () => {
    const start = emptyReport();
    const frozen = JSON.stringify(start);
    const next = reduceReport(start, twoClusterRun()[0]!);
    expect(JSON.stringify(start)).toBe(frozen);
    expect(next).not.toBe(start);
  });

  it('builds per cluster × component results, rollback and reasons', () => {
    const report = finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos });
    expect(report.outcome).toBe('failed');
    expect(report.durationMs).toBe(70_500);
    const [eu, us] = report.clusters;
    expect(eu).toMatchObject({ name: 'eu-1', outcome: 'succeeded', revision: 4, namespace: 'shop' });
    expect(eu!.components.map((c) => [c.name, c.outcome, c.durationMs])).toEqual([
      ['db', 'succeeded', 4_900],
      ['api', 'succeeded', 12_000],
      ['web', 'succeeded', 3_000],
    ]);
    expect(us).toMatchObject({
      outcome: 'rolled-back',
      rollback: { toRevision: 3, ok: true },
      reason: 'Deployment api: container app ImagePullBackOff: manifest unknown',
      warnings: ['Deployment web: paused'],
    });
    const api = us!.components.find((c) => c.name === 'api')!;
    expect(api).toMatchObject({
      outcome: 'failed',
      urls: ['https://api.example.com'],
      images: ['ghcr.io/acme/api:1.2.3'],
      depends: ['db'],
      failedObjects: [
        { object: 'Deployment/shop/api', reason: 'Deployment api: container app ImagePullBackOff: manifest unknown' },
      ],
    });
    expect(api.details?.logTail).toHaveLength(3);
    // web never started on us-1: listed from the rendered infos and settled as skipped.
    expect(us!.components.find((c) => c.name === 'web')).toMatchObject({
      outcome: 'skipped',
      reason: 'not started: api failed',
    });
    // db had succeeded, then the rollback undid it: rolled back, never ✅.
    expect(us!.components.find((c) => c.name === 'db')).toMatchObject({
      outcome: 'rolled-back',
      reason: 'rolled back to revision 3',
    });
  });

  it('settles a run that never finished', () => {
    const events: DeployEvent[] = [
      { type: 'run-started', runId: 'r', command: 'deploy', app: 'a', clusters: ['c1', 'c2'], at: 0 },
      { type: 'cluster-started', cluster: 'c1', namespace: 'a', at: 1 },
      { type: 'object-applied', cluster: 'c1', component: 'api', ref: deployment('api'), action: 'create', at: 2 },
    ];
    const live = buildRunReport(events);
    expect(live.outcome).toBe('running');
    expect(live.clusters[0]!.components[0]!.outcome).toBe('running');
    const final = finalizeReport(live, { finished: true });
    expect(final.outcome).toBe('failed');
    expect(final.clusters.map((c) => [c.name, c.outcome, c.reason])).toEqual([
      ['c1', 'failed', 'did not finish'],
      ['c2', 'skipped', 'not started'],
    ]);
    expect(final.clusters[0]!.components[0]).toMatchObject({ outcome: 'failed', reason: 'did not become ready' });
  });

  it('marks components of a planned cluster as planned', () => {
    const events: DeployEvent[] = [
      { type: 'run-started', runId: 'r', command: 'plan', app: 'a', clusters: ['c1'], at: 0 },
      {
        type: 'plan-ready',
        cluster: 'c1',
        changes: [{ component: 'api', ref: deployment('api'), action: 'create' }],
        at: 1,
      },
      { type: 'cluster-finished', cluster: 'c1', outcome: 'planned', durationMs: 5, at: 5 },
      { type: 'run-finished', outcome: 'planned', durationMs: 5, at: 5 },
    ];
    const report = finalizeReport(buildRunReport(events));
    expect(report.clusters[0]!.components).toMatchObject([{ name: 'api', outcome: 'planned' }]);
  });

  it('takes RenderedApp lists per cluster', () => {
    const report = finalizeReport(buildRunReport(twoClusterRun()), {
      components: [
        {
          app: 'shop',
          cluster: 'eu-1',
          namespace: 'shop',
          objects: [],
          components: [{ name: 'api', kind: 'service', depends: [], images: [], urls: ['https://eu.example.com'] }],
        },
      ],
    });
    expect(report.clusters[0]!.components[0]).toMatchObject({ name: 'api', urls: ['https://eu.example.com'] });
    expect(report.clusters[1]!.components.every((c) => c.urls.length === 0)).toBe(true);
  });
});

describe('toResultJson', () => {
  it('has the documented shape', () => {
    const json = toResultJson(finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos }));
    expect(json.status).toBe('failed');
    expect(json.clusters[1]).toMatchObject({
      name: 'us-1',
      status: 'rolled-back',
      durationMs: 70_000,
      rollback: { toRevision: 3, ok: true },
    });
    expect(json.clusters[1]!.components[1]).toEqual({
      name: 'api',
      status: 'failed',
      durationMs: 60_000,
      reason: 'Deployment api: container app ImagePullBackOff: manifest unknown',
      urls: ['https://api.example.com'],
      images: ['ghcr.io/acme/api:1.2.3'],
    });
  });
});

describe('plan reports', () => {
  it('say per component what would change', () => {
    const ref = (kind: string, name: string) => ({ apiVersion: 'v1', kind, name, namespace: 'shop' });
    const report = finalizeReport(
      buildRunReport([
        { type: 'run-started', runId: 'r', command: 'plan', app: 'shop', clusters: ['eu-1'], at: 0 },
        { type: 'cluster-started', cluster: 'eu-1', namespace: 'shop', at: 1 },
        {
          type: 'plan-ready',
          cluster: 'eu-1',
          at: 2,
          changes: [
            { component: 'api', ref: ref('Deployment', 'api'), action: 'update', diff: '- a\n+ b' },
            { component: 'api', ref: ref('Service', 'api'), action: 'create' },
            { component: 'db', ref: ref('StatefulSet', 'db'), action: 'unchanged' },
          ],
        },
        { type: 'cluster-finished', cluster: 'eu-1', outcome: 'planned', durationMs: 5, at: 6 },
        { type: 'run-finished', outcome: 'planned', durationMs: 6, at: 6 },
      ]),
    );
    const components = report.clusters[0]?.components.map((c) => [c.name, c.outcome, c.reason]);
    expect(components).toEqual([
      ['api', 'planned', '1 to create, 1 to update'],
      ['db', 'planned', 'no change'],
    ]);
  });
});

describe('the verdict of a run', () => {
  it('takes the exit code and the reasons from the same finalized report', () => {
    const report = finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos });
    expect(exitCodeOfReport(report)).toBe(1);
    expect(clusterReasons(report)).toEqual(['us-1: Deployment api: container app ImagePullBackOff: manifest unknown']);
  });

  it('passes succeeded, planned, deleted and skipped runs; fails failed, rolled-back and cancelled ones', () => {
    const report = finalizeReport(buildRunReport(twoClusterRun()), { components: componentInfos });
    const codes = (['succeeded', 'planned', 'deleted', 'skipped', 'failed', 'rolled-back', 'cancelled'] as const).map(
      (outcome) => exitCodeOfReport({ ...report, outcome }),
    );
    expect(codes).toEqual([0, 0, 0, 0, 1, 1, 1]);
  });
});
