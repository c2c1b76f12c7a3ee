import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/plan/graph.js';
import { readinessOf } from '../../../src/track/readiness.js';
import type { KubeObject } from '../../../src/kube/object.js';
import { problemsOf } from '../spec/helpers.js';
import { renderFixture } from './render-fixture.js';

const spec = (secret: string) => `app: shop
namespace: shop
secrets:
${secret}components:
  - name: api
    image: api:1.0.0
    port: 8080
    env:
      DB_PASSWORD: { secret: db, key: password }
`;
const external = `  - name: db
    external:
      store: vault
      storeKind: ClusterSecretStore
      refreshInterval: 15m
      keys:
        password: { key: prod/db, property: password }
        user: prod/db-user
      extract: [prod/common]
`;

describe('secrets[].external', () => {
  it('renders an ExternalSecret whose target is the Secret the pods reference, and no Secret', () => {
    const rendered = renderFixture({ name: 'external', spec: spec(external) });
    const kinds = rendered.objects.map((entry) => entry.object.kind);
    expect(kinds).toContain('ExternalSecret');
    expect(kinds).not.toContain('Secret');
    const object = rendered.objects.find((entry) => entry.object.kind === 'ExternalSecret')?.object;
    expect(object?.apiVersion).toBe('external-secrets.io/v1');
    expect(object?.metadata).toMatchObject({ name: 'db', namespace: 'shop' });
    expect(object?.spec).toEqual({
      refreshInterval: '15m',
      secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
      target: { name: 'db', creationPolicy: 'Owner' },
      data: [
        { secretKey: 'password', remoteRef: { key: 'prod/db', property: 'password' } },
        { secretKey: 'user', remoteRef: { key: 'prod/db-user' } },
      ],
      dataFrom: [{ extract: { key: 'prod/common' } }],
    });
  });

  it('orders the workload after the ExternalSecret that produces its Secret', () => {
    const rendered = renderFixture({ name: 'external', spec: spec(external) });
    const graph = buildGraph(rendered.objects, rendered.components);
    const deployment = [...graph.nodes.values()].find((node) => node.desired.object.kind === 'Deployment');
    expect([...(deployment?.dependsOn ?? [])]).toContain('ExternalSecret/shop/db');
  });

  it('gives a typed Secret its type through the template, and defaults the store kind and interval', () => {
    const rendered = renderFixture({
      name: 'tls',
      spec: spec(
        '  - name: db\n    type: tls\n    external: { store: certs, keys: { tls.crt: web/crt, tls.key: web/key } }\n',
      ),
    });
    const object = rendered.objects.find((entry) => entry.object.kind === 'ExternalSecret')?.object;
    expect(object?.spec).toMatchObject({
      refreshInterval: '1h',
      secretStoreRef: { name: 'certs', kind: 'SecretStore' },
      target: { name: 'db', creationPolicy: 'Owner', template: { type: 'kubernetes.io/tls' } },
    });
  });

  it('refuses values on the runner next to external, and an external secret reading nothing, at their place', () => {
    expect(
      problemsOf(spec('  - name: db\n    fromEnv: { password: DB }\n    external: { store: vault, keys: { a: b } }\n')),
    ).toMatchObject([
      {
        message:
          "secret 'db' reads its values from the store (external); fromEnv gives a value on the runner: use one or the other",
        line: 5,
        column: 5,
      },
    ]);
    expect(problemsOf(spec('  - name: db\n    external: { store: vault }\n'))).toMatchObject([
      { message: "external secret 'db' needs keys or extract (what to read from the store)", line: 5, column: 5 },
    ]);
  });
});

describe('ExternalSecret readiness', () => {
  const object = (status?: Record<string, unknown>, generation = 2): KubeObject => ({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: 'db', namespace: 'shop', generation },
    spec: {},
    ...(status ? { status } : {}),
  });
  const readyWith = (status: string, reason: string, message = '', synced = '2-abc') => ({
    syncedResourceVersion: synced,
    conditions: [{ type: 'Ready', status, reason, message }],
  });

  it('waits for the operator, then for this generation, then is ready', () => {
    expect(readinessOf(object())).toMatchObject({ status: 'InProgress' });
    expect(readinessOf(object(readyWith('True', 'SecretSynced', '', '1-abc')))).toMatchObject({
      status: 'InProgress',
      message: 'waiting for External Secrets Operator to sync generation 2',
    });
    expect(readinessOf(object(readyWith('True', 'SecretSynced')))).toMatchObject({
      status: 'Ready',
      message: 'synced from the store',
    });
  });

  it('fails fast when the store refuses the read, with the operator words', () => {
    expect(
      readinessOf(object(readyWith('False', 'SecretSyncedError', 'could not get secret data from provider'))),
    ).toEqual({
      status: 'Failed',
      message: 'Ready=False (SecretSyncedError): could not get secret data from provider',
    });
  });
});
