import { FIELD_MANAGER } from '../cluster/client.js';
import type { KubeObject } from '../kube/object.js';

/**
 * True when applying `desired` over `live` provably changes nothing, decided from the live object alone (no dry run).
 *
 * The proof rests on how server-side apply tracks field ownership. Our last apply left one managedFields entry
 * (manager k8deployer, operation Apply) listing exactly the fields that apply set. Any later change of one of those
 * fields by anyone else (kubectl edit, a controller, a scale, another applier forcing) moves the field out of our
 * entry, and removing a field removes it from every entry. So when
 *   - our entry lists exactly the fields of `desired` (nothing more: a field we dropped would be removed by the
 *     apply; nothing less: a field we set would be taken back), at the same apiVersion, and
 *   - the live value of each of those fields is exactly the desired value,
 * the apply would set every field to the value it has and remove nothing: the server would return the live object.
 * Anything this check cannot match exactly (a value the server normalises, such as a quantity `0.5` stored as `500m`,
 * a null, an unkeyed list, a stringData the server moves into data) answers false, and the caller falls back to the
 * server-side dry run. False is always safe; true must never be wrong.
 */
export function provablyUnchanged(desired: KubeObject, live: KubeObject): boolean {
  if (live.metadata['deletionTimestamp'] !== undefined) return false;
  if (desired.apiVersion !== live.apiVersion || desired.kind !== live.kind) return false;
  if (desired.metadata.name !== live.metadata.name || desired.metadata.namespace !== live.metadata.namespace)
    return false;
  const entry = ourApplyEntry(live);
  if (!entry || entry.apiVersion !== desired.apiVersion) return false;
  const { apiVersion: _apiVersion, kind: _kind, metadata, ...rest } = desired;
  const { name: _name, namespace: _namespace, ...ownMetadata } = metadata;
  // The status of a kind with a status subresource is never set by an apply of the main resource.
  if ('status' in rest) return false;
  const applied: Record<string, unknown> = { ...rest, metadata: ownMetadata };
  return matches(applied, entry.fieldsV1, live);
}

interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  apiVersion?: string;
  fieldsType?: string;
  fieldsV1?: unknown;
  subresource?: string;
}

/** Our one Apply entry on the main resource; undefined when absent or not unique (then nothing can be proven). */
function ourApplyEntry(live: KubeObject): (ManagedFieldsEntry & { fieldsV1: FieldSet }) | undefined {
  const entries = live.metadata['managedFields'];
  if (!Array.isArray(entries)) return undefined;
  const ours = (entries as ManagedFieldsEntry[]).filter(
    (entry) => entry.manager === FIELD_MANAGER && entry.operation === 'Apply' && !entry.subresource,
  );
  const [entry] = ours;
  if (ours.length !== 1 || !entry || entry.fieldsType !== 'FieldsV1' || !isFieldSet(entry.fieldsV1)) return undefined;
  return { ...entry, fieldsV1: entry.fieldsV1 };
}

/** A FieldsV1 node: `f:<field>`, `k:<json key>`, `v:<json value>` children, `.` for "this element itself". */
type FieldSet = Record<string, unknown>;

function isFieldSet(value: unknown): value is FieldSet {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The children of a node, without the `.` marker. */
function childrenOf(node: FieldSet): string[] {
  return Object.keys(node).filter((key) => key !== '.');
}

/** Does owning `node` with the live value `live` mean exactly the desired value `desired`? */
function matches(desired: unknown, node: unknown, live: unknown): boolean {
  if (!isFieldSet(node)) return false;
  const children = childrenOf(node);
  // A leaf: a scalar, or an atomic map or list owned as a whole.
  if (children.length === 0) return deepEqual(desired, live);
  if (Array.isArray(desired)) return Array.isArray(live) && listMatches(desired, node, children, live);
  if (isPlainObject(desired)) return isPlainObject(live) && objectMatches(desired, node, children, live);
  return false;
}

function objectMatches(
  desired: Record<string, unknown>,
  node: FieldSet,
  children: string[],
  live: Record<string, unknown>,
): boolean {
  const keys = Object.keys(desired);
  if (keys.length !== children.length) return false;
  return keys.every((key) => {
    const child = node[`f:${key}`];
    if (child === undefined) return false;
    // Storage drops an empty list or map (a NetworkPolicy's `ingress: []`): absent is what our own apply left, and
    // while our entry still lists the field nobody removed anything else.
    if (!(key in live)) return isFieldSet(child) && childrenOf(child).length === 0 && isEmpty(desired[key]);
    return matches(desired[key], child, live[key]);
  });
}

/** A list is a set (`v:` children) or a map keyed by some of its items' fields (`k:` children); else unprovable. */
function listMatches(desired: unknown[], node: FieldSet, children: string[], live: unknown[]): boolean {
  if (desired.length !== children.length) return false;
  if (children.every((child) => child.startsWith('v:'))) {
    const owned = new Set(children.map((child) => child.slice(2)));
    const present = new Set(live.map((item) => canonicalJson(item)));
    const wanted = desired.map((item) => canonicalJson(item));
    return new Set(wanted).size === wanted.length && wanted.every((item) => owned.has(item) && present.has(item));
  }
  if (!children.every((child) => child.startsWith('k:'))) return false;
  const keyed: { key: Record<string, unknown>; node: unknown }[] = [];
  for (const child of children) {
    const key = parseJson(child.slice(2));
    if (!isPlainObject(key)) return false;
    keyed.push({ key, node: node[child] });
  }
  const used = new Set<number>();
  return desired.every((item) => {
    if (!isPlainObject(item)) return false;
    // The item's entry: every key field it sets agrees. A key field it leaves out was defaulted by the server
    // (a port's protocol), and then its value is whatever the live item holds.
    const candidates = keyed
      .map((entry, index) => ({ ...entry, index }))
      .filter((entry) =>
        Object.entries(entry.key).every(([field, value]) => !(field in item) || deepEqual(item[field], value)),
      );
    const [match] = candidates;
    if (candidates.length !== 1 || !match || used.has(match.index)) return false;
    used.add(match.index);
    const liveItems = live.filter(
      (candidate) =>
        isPlainObject(candidate) &&
        Object.entries(match.key).every(([field, value]) => deepEqual(candidate[field], value)),
    );
    const [liveItem] = liveItems;
    return liveItems.length === 1 && matches(item, match.node, liveItem);
  });
}

function isEmpty(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isPlainObject(value) && Object.keys(value).length === 0);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** JSON with sorted keys, so that equal values have equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (isPlainObject(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted(value[key])]),
    );
  return value;
}

/** Exact JSON equality: no normalisation (a number is not its string, a missing field is not null). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}
