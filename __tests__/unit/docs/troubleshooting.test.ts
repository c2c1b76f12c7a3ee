// docs/troubleshooting.md shows real messages: each row's example is generated here by the code that emits it,
// from the inputs the doc's example implies, and must appear in the doc word for word.
import { readFileSync } from 'node:fs';
import { KubeConfig } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ApiStatusError, ClusterUnreachableError, authOf, noteCredentialSource } from '../../../src/cluster/errors.js';
import { InputError } from '../../../src/errors.js';
import type { KubeObject } from '../../../src/kube/object.js';
import { parseCliArgs } from '../../../src/settings/cli-args.js';
import {
  claimFailure,
  defaultThresholds,
  podFailure,
  readinessProbeFailure,
  type KubeEventLike,
} from '../../../src/track/failfast.js';
import { label } from '../../../src/track/tracker.js';
import { problemsOf } from '../spec/helpers.js';

const doc = readFileSync(new URL('../../../docs/troubleshooting.md', import.meta.url), 'utf8');
const NOW = Date.parse('2026-01-01T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const server = 'https://10.0.0.1:6443';

/** What the tracker prints: `<Kind> <name>: <reason>`. */
const onObject = (kind: string, name: string, reason: string | undefined) =>
  `${label({ apiVersion: 'v1', kind, name })}: ${reason ?? '(no failure)'}`;

const tls = (code: string) =>
  new TypeError('fetch failed', {
    cause: Object.assign(new Error('x; try running Node.js with --use-system-ca'), { code }),
  });

function probePods(): { pods: KubeObject[]; events: KubeEventLike[] } {
  const pod = (name: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, uid: name },
    spec: { containers: [{ name: 'app', readinessProbe: { httpGet: { path: '/healthz', port: 8080 } } }] },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: [{ name: 'app', state: { running: {} } }],
    },
  });
  const event = (name: string): KubeEventLike => ({
    type: 'Warning',
    reason: 'Unhealthy',
    message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
    firstTimestamp: ago(125_000),
    involvedObject: { kind: 'Pod', name, uid: name, fieldPath: 'spec.containers{app}' },
  });
  return { pods: [pod('web-7d9c-b'), pod('web-7d9c-a')], events: [event('web-7d9c-a'), event('web-7d9c-b')] };
}

const provisioningFailed = (claim: string): KubeEventLike => ({
  type: 'Warning',
  reason: 'ProvisioningFailed',
  message: 'storageclass.storage.k8s.io "fast" not found',
  firstTimestamp: ago(90_000),
  involvedObject: { kind: 'PersistentVolumeClaim', name: claim },
});

function rejected(): string {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'prod', server }],
    users: [{ name: 'deployer', token: 'not-shown' }],
    contexts: [{ name: 'prod', cluster: 'prod', user: 'deployer' }],
    currentContext: 'prod',
  });
  noteCredentialSource(kc, `kubeconfig (${server} with token from PROD_TOKEN)`);
  return new ApiStatusError('prod', 401, { message: 'Unauthorized' }, 'discover v1', authOf(kc)).message;
}

function cliError(...argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    if (error instanceof InputError) return error.message;
  }
  return '(no error)';
}

const specComponent = (body: string) => `app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n${body}`;
function specProblem(text: string): string {
  const [problem] = problemsOf(text);
  return problem ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : '(no failure)';
}

/** The shared table: one entry per row of docs/troubleshooting.md. */
const rows: [string, () => string][] = [
  [
    'readiness probe',
    () => {
      const { pods, events } = probePods();
      return onObject('Deployment', 'web', readinessProbeFailure(pods, events, NOW, defaultThresholds).failure?.reason);
    },
  ],
  [
    'StatefulSet claim',
    () => {
      const sts: KubeObject = {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db' },
        spec: { volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { storageClassName: 'fast' } }] },
      };
      const pod: KubeObject = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'db-0', uid: 'db-0' },
        spec: { volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-db-0' } }] },
        status: {
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message: '0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found',
            },
          ],
        },
      };
      return onObject(
        'StatefulSet',
        'db',
        podFailure(pod, NOW, () => NOW - 90_000, defaultThresholds, {
          warnings: [provisioningFailed('data-db-0')],
          workload: sts,
        }).failure?.reason,
      );
    },
  ],
  [
    'claim of the app',
    () => {
      const pvc: KubeObject = {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data' },
        spec: { storageClassName: 'fast' },
        status: { phase: 'Pending' },
      };
      return onObject(
        'PersistentVolumeClaim',
        'data',
        claimFailure(pvc, [provisioningFailed('data')], NOW, defaultThresholds).failure?.reason,
      );
    },
  ],
  ['wrong CA', () => new ClusterUnreachableError('prod', server, tls('UNABLE_TO_VERIFY_LEAF_SIGNATURE')).message],
  ['expired certificate', () => new ClusterUnreachableError('prod', server, tls('CERT_HAS_EXPIRED')).message],
  [
    'certificate host name',
    () => new ClusterUnreachableError('prod', server, tls('ERR_TLS_CERT_ALTNAME_INVALID')).message,
  ],
  ['rejected credentials', rejected],
  [
    'unreachable',
    () =>
      new ClusterUnreachableError(
        'prod',
        server,
        new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 10.0.0.1:6443') }),
      ).message,
  ],
  ['misspelt flag', () => cliError('deploy', '--timout', '5m')],
  ['children not indented', () => specProblem(specComponent('    env:\n    LOG_LEVEL: debug\n'))],
  ['key with no value', () => specProblem(specComponent('    port:\n    replicas: 2\n'))],
];

describe('docs/troubleshooting.md', () => {
  it.each(rows)('shows the real message: %s', (_name, produce) => {
    const message = produce();
    expect(message).not.toContain('(no failure)');
    expect(doc).toContain(`| \`${message}\` |`);
  });

  it('has no message row the table above does not generate', () => {
    const documented = [...doc.matchAll(/^\| [^|]+ \| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(rows.map(([, produce]) => produce()).sort());
  });
});
