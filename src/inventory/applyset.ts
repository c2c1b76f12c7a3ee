import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { groupOf, type KubeObject } from '../kube/object.js';
import type { ComponentInfo, DesiredObject } from '../render/types.js';
import type { RenderedStep } from '../steps/types.js';

/** Label and annotation keys exactly as kubectl's ApplySet implementation (KEP-3659) writes them. */
export const ApplySetKeys = {
  id: 'applyset.kubernetes.io/id',
  partOf: 'applyset.kubernetes.io/part-of',
  tooling: 'applyset.kubernetes.io/tooling',
  containsGroupKinds: 'applyset.kubernetes.io/contains-group-kinds',
  additionalNamespaces: 'applyset.kubernetes.io/additional-namespaces',
} as const;

export const TOOLING = 'k8deployer/v1';

/** Our own bookkeeping on the parent: the last deployed revision. */
export const RevisionKeys = {
  revision: 'k8deployer.io/revision',
  hash: 'k8deployer.io/revision-hash',
  chunks: 'k8deployer.io/revision-chunks',
  app: 'k8deployer.io/app',
  /** Objects annotated `true` are never pruned or deleted. */
  keep: 'k8deployer.io/keep',
} as const;

/** Raw bytes per chunk: base64 grows them by 4/3, which keeps each Secret well under the 1 MiB object limit. */
export const CHUNK_BYTES = 700 * 1024;

/** kubectl: base64url(sha256("<name>.<namespace>.<kind>.<group>")), no padding, between `applyset-` and `-v1`. */
export function applySetId(name: string, namespace: string, kind = 'Secret', group = ''): string {
  const digest = createHash('sha256').update(`${name}.${namespace}.${kind}.${group}`).digest('base64url');
  return `applyset-${digest}-v1`;
}

export function parentName(app: string): string {
  return `k8deployer-${app}`;
}

/** `Deployment.apps`, or just `ConfigMap` for the core group: Kubernetes' GroupKind.String(). */
export function groupKindOf(object: { apiVersion: string; kind: string }): string {
  const group = groupOf(object.apiVersion);
  return group ? `${object.kind}.${group}` : object.kind;
}

export function parseGroupKind(text: string): { kind: string; group: string } {
  const dot = text.indexOf('.');
  return dot < 0 ? { kind: text, group: '' } : { kind: text.slice(0, dot), group: text.slice(dot + 1) };
}

/** Identity of an object across API versions: group, kind, namespace, name. */
export function memberKey(object: {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
}): string {
  return `${groupKindOf(object)}/${object.metadata.namespace ?? ''}/${object.metadata.name}`;
}

/**
 * The component a live member belonged to: from the last deployed revision, else from the standard name label the
 * renderer sets. Only used to label deletions in plans and reports.
 */
export function componentOfMember(member: KubeObject, previous: StoredRevision | undefined): string {
  const key = memberKey(member);
  const stored = previous?.objects.find((entry) => memberKey(entry.object) === key);
  return stored?.component ?? member.metadata.labels?.['app.kubernetes.io/name'] ?? '';
}

/** A copy of the object labelled as a member of the ApplySet. */
export function decorate(object: KubeObject, id: string): KubeObject {
  const copy = structuredClone(object);
  copy.metadata.labels = { ...copy.metadata.labels, [ApplySetKeys.partOf]: id };
  return copy;
}

export function listAnnotation(values: Iterable<string>): string {
  return [...new Set(values)].filter(Boolean).sort().join(',');
}

export function parseListAnnotation(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export interface StoredRevision {
  revision: number;
  objects: DesiredObject[];
  /** Component `depends`, so a rollback re-applies in the same order. Absent in revisions of older versions. */
  components?: ComponentInfo[];
}

/** Stable hash of a desired set: equal hashes mean a re-deploy changes nothing we need to record. */
export function desiredSetHash(
  objects: DesiredObject[],
  components: ComponentInfo[] = [],
  steps: RenderedStep[] = [],
): string {
  const canonical = objects
    .map((entry) =>
      JSON.stringify(
        sortKeys({
          component: entry.component,
          object: entry.object,
          options: entry.options ?? {},
          // A blue-green option (keepFor, switch) is state the next promote/abort reads: a change is a new revision.
          ...(entry.blueGreen ? { blueGreen: entry.blueGreen } : {}),
        }),
      ),
    )
    .sort();
  // Dependencies are part of the revision too: a rollback re-applies in their order.
  const order = components.map((component) => `${component.name}<-${[...component.depends].sort().join(',')}`).sort();
  // A changed request is a changed set (so a `when: changed` step runs); secret values are not hashed, only named.
  const requests = steps
    .map((step) => `step:${step.component}:${JSON.stringify(sortKeys(stepFingerprint(step)))}`)
    .sort();
  return createHash('sha256')
    .update([...canonical, ...order, ...requests].join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/** gzip(JSON) split into chunks of at most CHUNK_BYTES. */
export function encodeRevision(revision: StoredRevision): Buffer[] {
  const packed = gzipSync(Buffer.from(JSON.stringify(revision)));
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < packed.length; offset += CHUNK_BYTES) {
    chunks.push(packed.subarray(offset, offset + CHUNK_BYTES));
  }
  return chunks.length > 0 ? chunks : [packed];
}

export function decodeRevision(chunks: Buffer[]): StoredRevision {
  return JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as StoredRevision;
}

export function chunkKey(index: number): string {
  return `revision.${index}`;
}

export function overflowSecretName(parent: string, index: number): string {
  return `${parent}-chunk-${index}`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

function stepFingerprint(step: RenderedStep): unknown {
  const headers = step.http.headers.map((header) => (header.secret ? { name: header.name, secret: true } : header));
  return { ...step.http, headers };
}
