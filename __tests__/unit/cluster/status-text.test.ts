import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ApiStatusError,
  immutableFields,
  isImmutableFieldError,
  type KubeStatus,
} from '../../../src/cluster/errors.js';
import { bodyLine, statusLine } from '../../../src/kube/status-text.js';
import { describeError } from '../../../src/errors.js';

// Real Status bodies, captured from the test bed's kube-apiserver (server-side apply dry run over a live object).
const fixture = (name: string): KubeStatus =>
  JSON.parse(readFileSync(new URL(`../../fixtures/api-status/${name}`, import.meta.url), 'utf8')) as KubeStatus;
const jobImmutable = fixture('job-immutable.json');
const serviceClusterIp = fixture('service-cluster-ip.json');

describe('statusLine: the one-line cause of an API error', () => {
  it('a ~5 KB immutable Job template Status becomes its cause, without the Go struct dump', () => {
    expect(JSON.stringify(jobImmutable).length).toBeGreaterThan(4500);
    expect(statusLine(jobImmutable)).toBe('Job.batch "migrate" is invalid: spec.template: field is immutable');
  });

  it('keeps a short rejected value: it tells what was asked', () => {
    expect(statusLine(serviceClusterIp)).toBe(
      'Service "s" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.100.124"]: may not change once set',
    );
  });

  it('without causes, the message itself loses its dumped value', () => {
    const { details: _details, ...bare } = jobImmutable;
    expect(statusLine(bare)).toBe('Job.batch "migrate" is invalid: spec.template: field is immutable');
  });

  it('lists at most three causes and counts the rest', () => {
    const causes = ['a', 'b', 'c', 'd', 'e'].map((field) => ({ field: `spec.${field}`, message: 'Required value' }));
    expect(statusLine({ message: 'Deployment.apps "x" is invalid: …', details: { causes } })).toBe(
      'Deployment.apps "x" is invalid: spec.a: Required value; spec.b: Required value; spec.c: Required value (+2 more)',
    );
  });

  it('an HTML or multi-line body from a proxy becomes its first line of text', () => {
    expect(bodyLine('<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>', 'HTTP 502')).toBe('502 Bad Gateway');
    expect(bodyLine('', 'HTTP 502')).toBe('HTTP 502');
  });

  it('the API error everyone sees (ApiStatusError) carries the one line, not the 5 KB body', () => {
    const error = new ApiStatusError('prod', 422, jobImmutable, 'dry-run apply Job shop/migrate');
    expect(error.message).toBe(
      'cluster prod: dry-run apply Job shop/migrate: Job.batch "migrate" is invalid: spec.template: field is immutable',
    );
    expect(describeError(error)).toBe(error.message);
  });

  it('a @kubernetes/client-node ApiException (raw body) is reduced the same way', () => {
    const exception = Object.assign(
      new Error(`HTTP-Code: 422\nMessage: Unknown\nBody: ${JSON.stringify(jobImmutable)}`),
      {
        code: 422,
        body: JSON.stringify(jobImmutable),
      },
    );
    expect(describeError(exception)).toBe(
      'HTTP 422: Job.batch "migrate" is invalid: spec.template: field is immutable',
    );
  });
});

describe('immutable fields are recognised from the Status causes', () => {
  it('Job template and Service clusterIP are immutable; another invalid value is not', () => {
    expect(immutableFields(new ApiStatusError('c', 422, jobImmutable, 'x'))).toEqual(['spec.template']);
    expect(immutableFields(new ApiStatusError('c', 422, serviceClusterIp, 'x'))).toEqual(['spec.clusterIPs[0]']);
    const invalid: KubeStatus = {
      reason: 'Invalid',
      message: 'Deployment.apps "x" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
      details: {
        causes: [
          {
            reason: 'FieldValueInvalid',
            field: 'spec.replicas',
            message: 'Invalid value: -1: must be greater than or equal to 0',
          },
        ],
      },
    };
    expect(isImmutableFieldError(new ApiStatusError('c', 422, invalid, 'x'))).toBe(false);
  });

  it('a StatefulSet spec change outside the updatable fields is one', () => {
    const status: KubeStatus = {
      reason: 'Invalid',
      message: 'StatefulSet.apps "db" is invalid: spec: Forbidden: updates to statefulset spec for fields other than …',
      details: {
        causes: [
          {
            reason: 'FieldValueForbidden',
            field: 'spec',
            message:
              "Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
          },
        ],
      },
    };
    expect(immutableFields(new ApiStatusError('c', 422, status, 'x'))).toEqual(['spec']);
  });
});
