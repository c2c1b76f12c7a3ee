import type { DeployEvent } from '../../../src/events.js';
import type { ObjectRef } from '../../../src/kube/object.js';
import type { ComponentInfo } from '../../../src/render/types.js';

export const secretToken = 'ghs_SuperSecretToken1234';

export function deployment(name: string, namespace = 'shop'): ObjectRef {
  return { apiVersion: 'apps/v1', kind: 'Deployment', name, namespace };
}

export const componentInfos: ComponentInfo[] = [
  { name: 'db', kind: 'stateful', depends: [], images: ['postgres:16'], urls: [] },
  {
    name: 'api',
    kind: 'service',
    depends: ['db'],
    images: ['ghcr.io/acme/api:1.2.3'],
    urls: ['https://api.example.com'],
  },
  {
    name: 'web',
    kind: 'service',
    depends: ['api'],
    images: ['ghcr.io/acme/web:1.2.3'],
    urls: ['https://shop.example.com/'],
  },
];

/** Two clusters: eu-1 succeeds; us-1 fails on api (ImagePullBackOff) and rolls back to revision 3. */
export function twoClusterRun(): DeployEvent[] {
  const t0 = 1_700_000_000_000;
  return [
    { type: 'run-started', runId: 'r1', command: 'deploy', app: 'shop', clusters: ['eu-1', 'us-1'], at: t0 },
    { type: 'cluster-started', cluster: 'eu-1', namespace: 'shop', at: t0 + 10 },
    { type: 'cluster-started', cluster: 'us-1', namespace: 'shop', at: t0 + 11 },
    { type: 'object-applied', cluster: 'eu-1', component: 'db', ref: deployment('db'), action: 'create', at: t0 + 100 },
    {
      type: 'object-progress',
      cluster: 'eu-1',
      component: 'db',
      ref: deployment('db'),
      status: 'InProgress',
      message: '0/1 ready',
      at: t0 + 200,
    },
    { type: 'object-ready', cluster: 'eu-1', component: 'db', ref: deployment('db'), at: t0 + 5_000 },
    {
      type: 'component-finished',
      cluster: 'eu-1',
      component: 'db',
      outcome: 'succeeded',
      durationMs: 4_900,
      at: t0 + 5_000,
    },
    {
      type: 'component-finished',
      cluster: 'eu-1',
      component: 'api',
      outcome: 'succeeded',
      durationMs: 12_000,
      at: t0 + 17_000,
    },
    {
      type: 'component-finished',
      cluster: 'eu-1',
      component: 'web',
      outcome: 'succeeded',
      durationMs: 3_000,
      at: t0 + 20_000,
    },
    {
      type: 'cluster-finished',
      cluster: 'eu-1',
      outcome: 'succeeded',
      durationMs: 20_000,
      revision: 4,
      at: t0 + 20_000,
    },
    {
      type: 'component-finished',
      cluster: 'us-1',
      component: 'db',
      outcome: 'succeeded',
      durationMs: 4_000,
      at: t0 + 4_000,
    },
    {
      type: 'object-applied',
      cluster: 'us-1',
      component: 'api',
      ref: deployment('api'),
      action: 'update',
      at: t0 + 4_100,
    },
    {
      type: 'object-failed',
      cluster: 'us-1',
      component: 'api',
      ref: deployment('api'),
      reason: 'Deployment api: container app ImagePullBackOff: manifest unknown',
      details: {
        events: ['Warning Failed pod/api-7d9 Failed to pull image "ghcr.io/acme/api:1.2.3": manifest unknown'],
        logTail: ['starting', `token=${secretToken}`, '::set-output name=x::pwned'],
      },
      at: t0 + 64_000,
    },
    {
      type: 'component-finished',
      cluster: 'us-1',
      component: 'api',
      outcome: 'failed',
      durationMs: 60_000,
      reason: 'Deployment api: container app ImagePullBackOff: manifest unknown',
      at: t0 + 64_000,
    },
    { type: 'rollback-started', cluster: 'us-1', toRevision: 3, at: t0 + 64_100 },
    { type: 'rollback-finished', cluster: 'us-1', toRevision: 3, ok: true, at: t0 + 70_000 },
    {
      type: 'cluster-finished',
      cluster: 'us-1',
      outcome: 'rolled-back',
      durationMs: 70_000,
      reason: 'Deployment api: container app ImagePullBackOff: manifest unknown',
      at: t0 + 70_000,
    },
    { type: 'log', level: 'warning', cluster: 'us-1', message: 'Deployment web: paused', at: t0 + 70_001 },
    { type: 'run-finished', outcome: 'failed', durationMs: 70_500, at: t0 + 70_500 },
  ];
}
