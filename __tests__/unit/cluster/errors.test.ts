import { describe, expect, it } from 'vitest';
import { collectionPath, objectPath } from '../../../src/cluster/discovery.js';
import {
  ApiStatusError,
  ClusterUnreachableError,
  FieldConflictError,
  isGone,
  isImmutableFieldError,
  isNotFound,
} from '../../../src/cluster/errors.js';

describe('cluster errors', () => {
  it('names the other field manager and the fields of a server-side apply conflict', () => {
    const error = new FieldConflictError(
      'prod',
      409,
      {
        reason: 'Conflict',
        message:
          'Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas',
        details: {
          causes: [
            {
              type: 'FieldManagerConflict',
              message: 'conflict with "kubectl-client-side-apply" using apps/v1',
              field: '.spec.replicas',
            },
          ],
        },
      },
      'apply Deployment web/api',
    );
    expect(error.conflicts).toEqual([{ manager: 'kubectl-client-side-apply', field: '.spec.replicas' }]);
    expect(error.message).toBe(
      'cluster prod: apply Deployment web/api: field conflict with another manager: .spec.replicas (owned by kubectl-client-side-apply); pass force-conflicts to take ownership',
    );
  });

  it('marks server overload and network failures retryable, client errors not', () => {
    expect(new ApiStatusError('c', 503, {}, 'get x').retryable).toBe(true);
    expect(new ApiStatusError('c', 429, {}, 'get x').retryable).toBe(true);
    expect(new ApiStatusError('c', 422, {}, 'get x').retryable).toBe(false);
    const network = new ClusterUnreachableError(
      'c',
      'https://10.0.0.1:6443',
      new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 10.0.0.1:6443') }),
    );
    expect(network.retryable).toBe(true);
    expect(network.message).toBe(
      'cluster c: cannot reach API server https://10.0.0.1:6443: fetch failed: connect ECONNREFUSED 10.0.0.1:6443',
    );
  });

  it('classifies statuses', () => {
    expect(isNotFound(new ApiStatusError('c', 404, {}, 'x'))).toBe(true);
    expect(isGone(new ApiStatusError('c', 410, {}, 'x'))).toBe(true);
    expect(
      isImmutableFieldError(
        new ApiStatusError(
          'c',
          422,
          { message: 'Job.batch "m" is invalid: spec.template: Invalid value: field is immutable' },
          'x',
        ),
      ),
    ).toBe(true);
    expect(isImmutableFieldError(new ApiStatusError('c', 422, { message: 'spec.replicas: must be >= 0' }, 'x'))).toBe(
      false,
    );
  });

  it('recognises an immutable field by the Status causes the API server sends, the message only as fallback', () => {
    const status = (causes: { reason: string; message: string; field: string }[], message: string) =>
      new ApiStatusError('c', 422, { reason: 'Invalid', message, details: { kind: 'Job', name: 'm', causes } }, 'x');
    const immutable = { reason: 'FieldValueInvalid', message: 'Invalid value: {}: field is immutable', field: 'spec' };
    const negative = { reason: 'FieldValueInvalid', message: 'must be greater than or equal to 0', field: 'spec' };
    expect(isImmutableFieldError(status([negative, immutable], 'Job.batch "m" is invalid: [...]'))).toBe(true);
    // Causes present and none says immutable: the word elsewhere in the message (e.g. a name) does not count.
    expect(isImmutableFieldError(status([negative], 'ConfigMap "immutable-settings" is invalid'))).toBe(false);
  });
});

describe('resource paths', () => {
  const deployments = { apiVersion: 'apps/v1', kind: 'Deployment', plural: 'deployments', namespaced: true };
  const namespaces = { apiVersion: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false };
  it('builds core and group paths, namespaced and cluster-scoped', () => {
    expect(objectPath(deployments, 'api', 'web')).toBe('/apis/apps/v1/namespaces/web/deployments/api');
    expect(collectionPath(deployments)).toBe('/apis/apps/v1/deployments');
    expect(objectPath(namespaces, 'web', 'ignored')).toBe('/api/v1/namespaces/web');
  });
});
