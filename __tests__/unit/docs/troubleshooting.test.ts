// docs/troubleshooting.md shows real messages: each row's example and each indented message block is generated here
// by the code that emits it, from the inputs the doc's example implies, and must appear in the doc word for word;
// and the doc shows no message this file does not generate.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nothingDeletedMessage } from '../../../src/apply/undeploy.js';
import {
  describeLeaseHolder,
  leaseHolderAnnotation,
  leaseTimeoutMessage,
  leaseWaitMessage,
} from '../../../src/inventory/lease.js';
import { prepareRun } from '../../../src/pipeline.js';
import {
  forbiddenMessage,
  notAllowedBy,
  requiredPermissions,
  type NeededObject,
  type Permission,
} from '../../../src/plan/permissions.js';
import { warningLine, warningSource } from '../../../src/render/warning-source.js';
import { renderWarnings } from '../../../src/render/warnings.js';
import { defaultSettings } from '../../../src/settings/types.js';
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

/** What a minimal app (one web component) renders, as the permission check sees it: nothing exists yet. */
const minimalApp: NeededObject[] = [
  ['ServiceAccount', 'v1', 'serviceaccounts'],
  ['Deployment', 'apps/v1', 'deployments'],
  ['Service', 'v1', 'services'],
  ['NetworkPolicy', 'networking.k8s.io/v1', 'networkpolicies'],
  ['PodDisruptionBudget', 'policy/v1', 'poddisruptionbudgets'],
].map(([kind, apiVersion, plural]) => ({
  kind: kind as string,
  resource: { apiVersion: apiVersion as string, plural: plural as string, namespaced: true },
  exists: false,
}));

/** The needs a deploy of the minimal app into an existing namespace has that the given RBAC rules do not grant. */
function forbidden(
  rules: { verbs: string[]; apiGroups: string[]; resources: string[] }[],
  namespaceObject: { exists: boolean; managed: boolean } | undefined,
  objects = minimalApp,
): string {
  const needs = requiredPermissions({
    namespace: 'shop',
    objects,
    prune: [],
    ...(namespaceObject ? { namespaceObject } : {}),
  });
  const missing: Permission[] = notAllowedBy(rules, needs);
  // As the review reports them: each namespace's, then the cluster-wide ones.
  return forbiddenMessage([...missing.filter((need) => need.namespace), ...missing.filter((need) => !need.namespace)], {
    namespace: 'shop',
    createsNamespace: namespaceObject !== undefined,
  });
}
const readOnly = [{ verbs: ['get', 'list', 'watch'], apiGroups: ['*'], resources: ['*'] }];
/** Everything on the app's kinds in its namespace, nothing on the Namespace object. */
const namespaced = [
  {
    verbs: ['*'],
    apiGroups: ['', 'apps', 'coordination.k8s.io', 'networking.k8s.io', 'policy'],
    resources: [
      'serviceaccounts',
      'deployments',
      'services',
      'networkpolicies',
      'poddisruptionbudgets',
      'leases',
      'secrets',
      'pods',
      'events',
      'replicasets',
    ],
  },
];

/** The shared table: one entry per row of docs/troubleshooting.md. */
const rows: [string, () => string][] = [
  ['read-only credentials', () => forbidden(readOnly, { exists: true, managed: false })],
  ['namespace-scoped credentials', () => forbidden(namespaced, { exists: true, managed: true })],
  [
    'namespace may not be created',
    () =>
      forbidden(
        [
          {
            verbs: ['*'],
            apiGroups: ['', 'apps', 'coordination.k8s.io', 'networking.k8s.io', 'policy'],
            resources: ['*'],
          },
        ].map((rule) => ({
          ...rule,
          resources: [
            'serviceaccounts',
            'deployments',
            'networkpolicies',
            'poddisruptionbudgets',
            'leases',
            'secrets',
            'pods',
            'events',
            'replicasets',
          ],
        })),
        { exists: false, managed: false },
        minimalApp,
      ),
  ],
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

/** Render warnings of a spec whose web probe and a raw manifest are wrong, as `render` prints them. */
const warningDir = mkdtempSync(path.join(tmpdir(), 'k8deployer-troubleshooting-'));
let warningLines: string[] = [];
beforeAll(async () => {
  writeFileSync(
    path.join(warningDir, 'k8deployer.yaml'),
    `app: shop
components:
  - name: web
    image: nginx:1.27
    port: 8080
    probes:
      readiness:
        path: /healthz
        port: 9090
  - name: legacy
    kind: manifests
    files: [legacy.yaml]
`,
  );
  writeFileSync(
    path.join(warningDir, 'legacy.yaml'),
    `apiVersion: v1
kind: ConfigMap
metadata:
  name: legacy
---
apiVersion: v1
kind: Service
metadata:
  name: legacy
spec:
  selector:
    app: wbe
  ports:
    - port: 80
      targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-extra
spec:
  selector:
    app.kubernetes.io/name: web
  ports:
    - port: 80
      targetPort: 8081
`,
  );
  const prepared = await prepareRun(
    { ...defaultSettings, command: 'render', specPath: path.join(warningDir, 'k8deployer.yaml') },
    { env: {} },
  );
  warningLines = prepared.targets.flatMap(({ target, rendered }) =>
    renderWarnings(rendered).map((warning) =>
      warningLine(
        target.name,
        warning,
        warningSource(warning, { ...prepared.spec, componentPointers: target.componentPointers }),
      ).replaceAll(`${warningDir}${path.sep}`, ''),
    ),
  );
});
afterAll(() => rmSync(warningDir, { recursive: true, force: true }));

const lease = {
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: {
    name: 'k8deployer-shop',
    annotations: { [leaseHolderAnnotation]: 'octocat in acme/shop run 42 (deploy)' },
  },
};
const heldBy = describeLeaseHolder(lease, '5f0c…', Date.parse('2026-01-01T12:00:30Z'));

/** The indented message blocks of the doc, each generated by the code that prints it. */
const blocks = (): string[] => [
  leaseWaitMessage('shop/k8deployer-shop', heldBy),
  leaseTimeoutMessage('shop/k8deployer-shop', 'timed out', heldBy),
  nothingDeletedMessage('shop', 'shop', 'prod'),
  nothingDeletedMessage('shop', 'shop', 'prod', ' (the namespace does not exist)'),
  ...warningLines,
];

/** A table row's message cell: `code` or ``code with `backticks` ``. */
const rowMessages = () => [...doc.matchAll(/^\| [^|]+ \| (`+) ?(.+?) ?\1 \|/gm)].map((match) => match[2]);
const cell = (message: string) => (message.includes('`') ? `| \`\` ${message} \`\` |` : `| \`${message}\` |`);

describe('docs/troubleshooting.md', () => {
  it.each(rows)('shows the real message: %s', (_name, produce) => {
    const message = produce();
    expect(message).not.toContain('(no failure)');
    expect(doc).toContain(cell(message));
  });

  it('has no message row the table above does not generate', () => {
    expect(rowMessages().sort()).toEqual(rows.map(([, produce]) => produce()).sort());
  });

  it('shows every generated message block (lease, delete, render warnings with their positions), and no other', () => {
    expect(warningLines).toHaveLength(3);
    const documented = [...doc.matchAll(/^ {4}(\S.*)$/gm)].map((match) => match[1]);
    expect(documented.sort()).toEqual(blocks().sort());
  });
});
