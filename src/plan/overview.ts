// The reading of a plan a person wants, like `terraform plan`: counts per action, deletions called out, identical
// changes grouped ("55 Deployments: image 7.4.0 → 7.5.0"), a content-hashed ConfigMap's new name shown as a
// content change of the old one. Pure: the CLI and the Markdown reports render from this.
import { ChangeAction, type PlannedChange } from '../events.js';
import { refKey } from '../kube/object.js';

export interface PlanCounts {
  add: number;
  change: number;
  replace: number;
  delete: number;
  unchanged: number;
}

/** One line of a plan: one change, or several objects of one kind with the same change. */
export interface PlanEntry {
  action: ChangeAction;
  kind: string;
  /** `Kind/ns/name` of every object the entry stands for, in plan order. */
  objects: string[];
  components: string[];
  /** `image 7.4.0 → 7.5.0`: the diff in a few words, when it reduces to changed values. */
  summary?: string;
  /** The diff of the first object (the others have the same changed lines). */
  diff?: string;
  /** A content change: the old name this object's content replaces. */
  supersedes?: string;
  immutableFields?: string[];
  unknownValues?: string[];
}

/**
 * Counts as a person reads them: a hashed ConfigMap whose content changed is one change (not an add and a
 * delete); unchanged objects and a delete superseded by its new content are not changes.
 */
export function planCounts(changes: PlannedChange[]): PlanCounts {
  const counts: PlanCounts = { add: 0, change: 0, replace: 0, delete: 0, unchanged: 0 };
  const superseded = supersededKeys(changes);
  for (const change of changes) {
    if (change.supersedes) counts.change += 1;
    else if (change.action === ChangeAction.Delete && superseded.has(refKey(change.ref))) continue;
    else if (change.action === ChangeAction.Create) counts.add += 1;
    else if (change.action === ChangeAction.Update) counts.change += 1;
    else if (change.action === ChangeAction.Replace) counts.replace += 1;
    else if (change.action === ChangeAction.Delete) counts.delete += 1;
    else counts.unchanged += 1;
  }
  return counts;
}

/** `2 to add, 1 to change, 1 to replace, 0 to delete` (and the unchanged, which reassure). */
export function countsLine(counts: PlanCounts): string {
  return (
    `${counts.add} to add, ${counts.change} to change, ${counts.replace} to replace, ${counts.delete} to delete` +
    (counts.unchanged > 0 ? `, ${counts.unchanged} unchanged` : '')
  );
}

/** A warning when the plan deletes something (a superseded ConfigMap aside): the line nobody must miss. */
export function deletionWarning(changes: PlannedChange[]): string | undefined {
  const superseded = supersededKeys(changes);
  const deleted = changes.filter(
    (change) => change.action === ChangeAction.Delete && !superseded.has(refKey(change.ref)),
  );
  if (deleted.length === 0) return undefined;
  const names = deleted.slice(0, 5).map((change) => refKey(change.ref));
  const more = deleted.length > 5 ? ` and ${deleted.length - 5} more` : '';
  return `⚠ ${deleted.length} object${deleted.length === 1 ? '' : 's'} will be deleted: ${names.join(', ')}${more}`;
}

/**
 * Values this plan could not know (a secret env var unset where `plan` runs): taken from the live objects, so they
 * count as no change; said once per cluster so a reader knows the plan is blind there.
 */
export function unknownValuesWarning(changes: PlannedChange[]): string | undefined {
  const values = [...new Set(changes.flatMap((change) => change.unknownValues ?? []))].filter(
    (value) => !value.startsWith('secrets checksum'),
  );
  if (values.length === 0) return undefined;
  return `⚠ ${values.length} secret value${values.length === 1 ? '' : 's'} unknown to this plan: ${values.slice(0, 5).join(', ')}${values.length > 5 ? ', …' : ''}; shown unchanged where the cluster has one (deploy needs them set)`;
}

/** Every change but the unchanged (unless a value was unknown) and the superseded deletes, identical ones grouped. */
export function planEntries(changes: PlannedChange[]): PlanEntry[] {
  const superseded = supersededKeys(changes);
  const entries: PlanEntry[] = [];
  const groups = new Map<string, PlanEntry>();
  for (const change of changes) {
    if (change.action === ChangeAction.Unchanged && !change.unknownValues) continue;
    if (change.action === ChangeAction.Delete && superseded.has(refKey(change.ref))) continue;
    const summary = change.diff ? summarizeDiff(change.diff) : undefined;
    const signature =
      change.action === ChangeAction.Update && change.diff && !change.supersedes
        ? `${change.ref.kind}\n${summary ?? changedLines(change.diff)}`
        : undefined;
    const grouped = signature ? groups.get(signature) : undefined;
    if (grouped) {
      grouped.objects.push(refKey(change.ref));
      if (!grouped.components.includes(change.component)) grouped.components.push(change.component);
      continue;
    }
    const entry: PlanEntry = {
      action: change.action,
      kind: change.ref.kind,
      objects: [refKey(change.ref)],
      components: [change.component],
      ...(summary ? { summary } : {}),
      ...(change.diff ? { diff: change.diff } : {}),
      ...(change.supersedes ? { supersedes: change.supersedes } : {}),
      ...(change.immutableFields ? { immutableFields: change.immutableFields } : {}),
      ...(change.unknownValues ? { unknownValues: change.unknownValues } : {}),
    };
    if (signature) groups.set(signature, entry);
    entries.push(entry);
  }
  return entries;
}

/** The entry's first words: `55 Deployments` or `Deployment/shop/api`. */
export function entrySubject(entry: PlanEntry): string {
  if (entry.objects.length === 1) return entry.objects[0] ?? entry.kind;
  return `${entry.objects.length} ${plural(entry.kind)}`;
}

export function actionVerb(entry: PlanEntry): string {
  if (entry.supersedes) return '~ content';
  switch (entry.action) {
    case ChangeAction.Create:
      return '+ add';
    case ChangeAction.Update:
      return '~ change';
    case ChangeAction.Replace:
      return '± replace';
    case ChangeAction.Delete:
      return '- delete';
    default:
      return '  unchanged';
  }
}

/** What to say after the subject: the summary, why a replace, the old name of a content change. */
export function entryDetail(entry: PlanEntry): string {
  const parts: string[] = [];
  if (entry.supersedes) parts.push(`${entry.supersedes} → ${entry.objects[0]?.split('/').pop() ?? ''}`);
  if (entry.immutableFields) parts.push(`immutable ${entry.immutableFields.join(', ')} changes: delete and re-create`);
  if (entry.summary) parts.push(entry.summary);
  if (entry.unknownValues) parts.push(`values unknown: ${entry.unknownValues.join(', ')} (not counted as a change)`);
  return parts.join('; ');
}

function plural(kind: string): string {
  if (/(s|x|ch|sh)$/.test(kind)) return `${kind}es`;
  if (/[^aeiou]y$/.test(kind)) return `${kind.slice(0, -1)}ies`;
  return `${kind}s`;
}

/** The deletes a hashed ConfigMap/Secret supersedes (its old name, listed as a delete by the planner). */
function supersededKeys(changes: PlannedChange[]): Set<string> {
  const keys = new Set<string>();
  for (const change of changes) {
    if (!change.supersedes) continue;
    keys.add(refKey({ ...change.ref, name: change.supersedes }));
  }
  return keys;
}

/** The `-`/`+` lines of a diff, trimmed: what identical changes share (context lines differ per object). */
function changedLines(diff: string): string {
  return diff
    .split('\n')
    .filter((line) => line.startsWith('-') || line.startsWith('+'))
    .map((line) => `${line.charAt(0)}${line.slice(1).trim()}`)
    .join('\n');
}

/**
 * `image 7.4.0 → 7.5.0, replicas 2 → 3` when every change of the diff is a value replaced under the same key; an
 * image of the same repository shows only its tags. Undefined when lines are only added or removed.
 */
export function summarizeDiff(diff: string): string | undefined {
  const removed: string[] = [];
  const added: string[] = [];
  const pairs = new Set<string>();
  const flush = (): boolean => {
    if (removed.length !== added.length) return false;
    for (const [index, before] of removed.entries()) {
      const pair = valuePair(before, added[index] ?? '');
      if (!pair) return false;
      pairs.add(pair);
    }
    removed.length = 0;
    added.length = 0;
    return true;
  };
  for (const line of diff.split('\n')) {
    if (line.startsWith('---') || line.startsWith('+++')) continue;
    if (line.startsWith('-')) {
      if (added.length > 0 && !flush()) return undefined;
      removed.push(line.slice(1));
    } else if (line.startsWith('+')) added.push(line.slice(1));
    else if (!flush()) return undefined;
  }
  if (!flush() || pairs.size === 0) return undefined;
  const list = [...pairs];
  return list.length > 4 ? `${list.slice(0, 4).join(', ')} (+${list.length - 4} more)` : list.join(', ');
}

function valuePair(before: string, after: string): string | undefined {
  const left = /^\s*(?:- )?([^:\s][^:]*):\s*(.+)$/.exec(before);
  const right = /^\s*(?:- )?([^:\s][^:]*):\s*(.+)$/.exec(after);
  if (!left || !right || left[1] !== right[1]) return undefined;
  const key = (left[1] ?? '').split('/').pop() ?? '';
  let [oldValue, newValue] = [left[2] ?? '', right[2] ?? ''];
  if (key === 'image') {
    const [oldRepo, oldTag] = splitImage(oldValue);
    const [newRepo, newTag] = splitImage(newValue);
    if (oldRepo === newRepo && oldTag && newTag) [oldValue, newValue] = [oldTag, newTag];
  }
  return `${key} ${oldValue} → ${newValue}`;
}

function splitImage(image: string): [string, string | undefined] {
  const at = image.lastIndexOf(':');
  return at > image.lastIndexOf('/') ? [image.slice(0, at), image.slice(at + 1)] : [image, undefined];
}
