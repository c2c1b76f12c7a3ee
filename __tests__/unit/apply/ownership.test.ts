import { describe, expect, it } from 'vitest';
import { ApplySetKeys } from '../../../src/inventory/applyset.js';
import { isClaimOf, neverBound } from '../../../src/apply/claims.js';
import { namespaceNotEmptyError } from '../../../src/apply/foreign.js';
import { Owner, adoptionRefused, ownerOf } from '../../../src/inventory/ownership.js';
import type { KubeObject } from '../../../src/kube/object.js';
import { unchangedByApply } from '../../../src/plan/diff.js';
import { requestedStorageClasses } from '../../../src/plan/storage.js';

const ID = 'applyset-ours-v1';
const configMap = (labels: Record<string, string> = {}, managers: string[] = []): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'settings',
    namespace: 'shop',
    labels,
    managedFields: managers.map((manager) => ({ manager, operation: 'Apply' })),
  },
  data: { a: '1' },
});

describe('who owns a live object', () => {
  it('is ours with our part-of label, or with our field manager and no part-of label at all', () => {
    expect(ownerOf(configMap({ [ApplySetKeys.partOf]: ID }), ID)).toBe(Owner.Ours);
    expect(ownerOf(configMap({}, ['k8deployer']), ID)).toBe(Owner.Ours);
  });

  it("is another ApplySet's even when k8deployer's field manager wrote it (another app): never stolen", () => {
    expect(ownerOf(configMap({ [ApplySetKeys.partOf]: 'applyset-other-v1' }, ['k8deployer']), ID)).toBe(
      Owner.OtherApplySet,
    );
  });

  it('is foreign without label and with only other managers (kubectl, a person, a controller)', () => {
    expect(ownerOf(configMap({}, ['kubectl-create', 'kubectl-edit']), ID)).toBe(Owner.Foreign);
    expect(ownerOf(configMap(), ID)).toBe(Owner.Foreign);
    // A look-alike manager name is not ours.
    expect(ownerOf(configMap({}, ['k8deployerx']), ID)).toBe(Owner.Foreign);
  });

  it('the refusal names the object, its managers and the adopt setting', () => {
    const message = adoptionRefused(configMap({}, ['kubectl-create']), Owner.Foreign).message;
    expect(message).toContain('ConfigMap/shop/settings');
    expect(message).toContain('managed by kubectl-create');
    expect(message).toContain('--adopt');
    expect(
      adoptionRefused(configMap({ [ApplySetKeys.partOf]: 'applyset-x-v1' }), Owner.OtherApplySet).message,
    ).toContain('applyset-x-v1');
  });
});

describe('unchanged by apply (plan and deploy agree on it)', () => {
  const live: KubeObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: 'worker',
      namespace: 'shop',
      generation: 3,
      resourceVersion: '10',
      managedFields: [
        { manager: 'k8deployer', operation: 'Apply', time: '2026-01-01T00:00:00Z', fieldsV1: { 'f:spec': {} } },
      ],
    },
    spec: { podSelector: {}, policyTypes: ['Ingress'] },
  };

  it('ignores a generation bump and managed-fields timestamps', () => {
    const dryRun = structuredClone(live);
    dryRun.metadata['generation'] = 4;
    (dryRun.metadata['managedFields'] as Record<string, unknown>[])[0]!['time'] = '2026-02-02T00:00:00Z';
    expect(unchangedByApply(live, dryRun)).toBe(true);
  });

  it('counts a spec change and a change of field ownership', () => {
    const changed = structuredClone(live);
    (changed['spec'] as Record<string, unknown>)['policyTypes'] = ['Ingress', 'Egress'];
    expect(unchangedByApply(live, changed)).toBe(false);
    const taken = structuredClone(live);
    taken.metadata['managedFields'] = [
      ...(live.metadata['managedFields'] as object[]),
      { manager: 'someone', operation: 'Update', fieldsV1: {} },
    ];
    expect(unchangedByApply(live, taken)).toBe(false);
  });
});

describe('StatefulSet claim templates', () => {
  it('recognises <template>-<statefulset>-<ordinal> and nothing that only looks alike', () => {
    expect(isClaimOf('data-db-0', 'data', 'db')).toBe(true);
    expect(isClaimOf('data-db-12', 'data', 'db')).toBe(true);
    expect(isClaimOf('data-db-replica-0', 'data', 'db')).toBe(false);
    expect(isClaimOf('data-db-', 'data', 'db')).toBe(false);
    expect(isClaimOf('data-dbx-0', 'data', 'db')).toBe(false);
  });

  it('a claim that never bound holds no data; a bound or lost one does', () => {
    const claim = (phase: string, volumeName?: string): KubeObject => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data-db-0' },
      spec: volumeName ? { volumeName } : {},
      status: { phase },
    });
    expect(neverBound(claim('Pending'))).toBe(true);
    expect(neverBound(claim('Bound', 'pv-1'))).toBe(false);
    expect(neverBound(claim('Lost'))).toBe(false);
    expect(neverBound(claim('Pending', 'pv-1'))).toBe(false);
  });

  it('finds the storage classes a set asks for: PVCs and claim templates, not the default class', () => {
    const requested = requestedStorageClasses([
      {
        component: 'db',
        object: {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name: 'db' },
          spec: {
            volumeClaimTemplates: [
              { metadata: { name: 'data' }, spec: { storageClassName: 'fast' } },
              { metadata: { name: 'logs' }, spec: {} },
            ],
          },
        },
      },
      {
        component: 'files',
        object: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'files' },
          spec: { storageClassName: '' },
        },
      },
    ]);
    expect(requested).toEqual([{ component: 'db', className: 'fast', what: 'StatefulSet db volume data' }]);
  });
});

describe('namespace deletion refusal', () => {
  it('names at most five foreign objects and counts the rest', () => {
    const foreign = Array.from({ length: 7 }, (_, index) => ({ ...configMap(), metadata: { name: `cm-${index}` } }));
    const message = namespaceNotEmptyError('shop', foreign).message;
    expect(message).toContain('ConfigMap cm-0');
    expect(message).toContain('ConfigMap cm-4');
    expect(message).not.toContain('cm-5');
    expect(message).toContain('and 2 more');
  });
});
