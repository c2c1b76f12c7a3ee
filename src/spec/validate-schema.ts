import type { ErrorObject } from 'ajv';
import schemaJson from '../../schemas/k8deployer.schema.json' with { type: 'json' };
import type { SpecProblem } from '../errors.js';
// Compiled ahead of time from the schema (scripts/gen-spec-types.ts) with coerceTypes, so `replicas: ${replicas}`
// fed "3" from the command line becomes 3 and `version: 1.2` a string.
import validate from './spec-validator.generated.js';
import { escapePointerToken, problemAt, type SourceDocument } from './yaml-source.js';

export const specSchema = schemaJson;

/**
 * Validates (and, where types are coerced, normalizes in place) a spec value against the JSON Schema.
 * Problems point at the offending node of `document`.
 */
export function validateAgainstSchema(value: unknown, document: SourceDocument): SpecProblem[] {
  if (validate(value)) return [];
  const errors = dropOneOfBranchNoise(validate.errors ?? []);
  const seen = new Set<string>();
  const problems: SpecProblem[] = [];
  const empties = emptyValueHints(errors, document, value);
  for (const error of errors) {
    const empty = empties.problem(error);
    if (empty) {
      const key = `${empty.pointer}\u0000empty`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problemAt(document, empty.pointer, empty.message, true));
      continue;
    }
    // Suggestions cost an edit distance per allowed field; only the first problems are listed, so only they get one.
    const { pointer, message, atKey } = describe(error, value, problems.length < suggestionBudget);
    const key = `${pointer}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problemAt(document, pointer, `${displayPath(pointer, value)}: ${message}`, atKey));
  }
  return problems;
}

/**
 * A key written with nothing after it (`env:` whose children are not indented, `port:` alone) parses as null, which
 * the schema reports as a wrong type somewhere else. Say what happened, at the key, and when the keys right after it
 * are unknown fields of the same mapping (they were meant as its children), suggest indenting them. Those unknown
 * fields are then reported once, with the empty key, instead of each with the list of allowed fields.
 */
function emptyValueHints(
  errors: ErrorObject[],
  document: SourceDocument,
  root: unknown,
): { problem: (error: ErrorObject) => { pointer: string; message: string } | undefined } {
  const empty = document.emptyValues ?? new Set<string>();
  if (empty.size === 0) return { problem: () => undefined };
  // Unknown fields per mapping, by pointer of the mapping.
  const unknown = new Map<string, Set<string>>();
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const field = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    const set = unknown.get(error.instancePath) ?? new Set<string>();
    set.add(field);
    unknown.set(error.instancePath, set);
  }
  // The keys of each mapping that has unknown fields, in source order (built once: a hostile spec has many).
  const keysByParent = new Map<string, { pointers: string[]; index: Map<string, number> }>();
  for (const [key] of [...document.keyOffsets].sort((a, b) => a[1] - b[1])) {
    const parent = key.slice(0, key.lastIndexOf('/'));
    if (!unknown.has(parent)) continue;
    const entry = keysByParent.get(parent) ?? { pointers: [], index: new Map<string, number>() };
    entry.index.set(key, entry.pointers.length);
    entry.pointers.push(key);
    keysByParent.set(parent, entry);
  }
  /** The unknown keys that directly follow the empty key in its mapping (up to the next known or empty key). */
  const orphansOf = (pointer: string): string[] => {
    const parent = pointer.slice(0, pointer.lastIndexOf('/'));
    const strays = unknown.get(parent);
    const keys = keysByParent.get(parent);
    const at = keys?.index.get(pointer);
    if (!strays || !keys || at === undefined) return [];
    const orphans: string[] = [];
    for (let next = at + 1; next < keys.pointers.length; next++) {
      const key = keys.pointers[next] as string;
      const name = key
        .slice(parent.length + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
      if (!strays.has(name) || empty.has(key)) break;
      orphans.push(name);
    }
    return orphans;
  };
  const adopted = new Map<string, string>();
  const messages = new Map<string, string>();
  for (const pointer of empty) {
    const name = pointer
      .slice(pointer.lastIndexOf('/') + 1)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    const orphans = orphansOf(pointer);
    for (const orphan of orphans)
      adopted.set(`${pointer.slice(0, pointer.lastIndexOf('/'))}/${escapePointerToken(orphan)}`, pointer);
    const hint =
      orphans.length > 0
        ? `indent ${orphans.map(shortened).join(', ')} under ${name}?`
        : `write a value after '${name}:' or remove the key`;
    messages.set(pointer, `${displayPath(pointer, root)} has no value; ${hint}`);
  }
  return {
    problem: (error) => {
      if (error.keyword === 'additionalProperties') {
        const field = String((error.params as { additionalProperty?: unknown }).additionalProperty);
        const owner = adopted.get(`${error.instancePath}/${escapePointerToken(field)}`);
        if (owner) return { pointer: owner, message: messages.get(owner) as string };
      }
      const message = messages.get(error.instancePath);
      return message ? { pointer: error.instancePath, message } : undefined;
    },
  };
}

/** oneOf failures list every branch's complaint; one message saying what was expected reads better. */
function dropOneOfBranchNoise(errors: ErrorObject[]): ErrorObject[] {
  // A set of schema locations and a walk up each error's own location: linear in the errors, where comparing every
  // error with every oneOf failure was quadratic (20k bad env values took minutes).
  const oneOfPaths = new Set(errors.filter((error) => error.keyword === 'oneOf').map((error) => error.schemaPath));
  if (oneOfPaths.size === 0) return errors;
  return errors.filter((error) => {
    for (let end = error.schemaPath.lastIndexOf('/'); end > 0; end = error.schemaPath.lastIndexOf('/', end - 1)) {
      if (oneOfPaths.has(error.schemaPath.slice(0, end))) return false;
    }
    return true;
  });
}

/** Problems that get a "did you mean" suggestion (see src/errors.ts: the first hundred are listed). */
const suggestionBudget = 100;

/** Field names longer than any real field get no suggestion (edit distance is quadratic in length). */
const maxSuggestedLength = 64;

function describe(
  error: ErrorObject,
  root: unknown,
  suggest: boolean,
): { pointer: string; message: string; atKey: boolean } {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  switch (error.keyword) {
    case 'required':
      return { pointer, message: `missing required field '${String(params.missingProperty)}'`, atKey: true };
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const suggestion = suggest && field.length <= maxSuggestedLength ? closest(field, allowed) : undefined;
      const hint = suggestion
        ? `; did you mean '${suggestion}'?`
        : allowed.length > 0 && suggest
          ? `; allowed: ${allowed.join(', ')}`
          : '';
      return {
        pointer: `${pointer}/${escapePointerToken(field)}`,
        message: `unknown field '${shortened(field)}'${hint}${suggestion ? '' : patchesHint(pointer)}`,
        atKey: true,
      };
    }
    case 'type':
      return {
        pointer,
        message: `must be ${String(params.type).replace(',', ' or ')}, got ${shown(valueAt(root, pointer))}`,
        atKey: false,
      };
    case 'enum':
      return {
        pointer,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${shown(valueAt(root, pointer))}`,
        atKey: false,
      };
    case 'const':
      return { pointer, message: `must be ${JSON.stringify(params.allowedValue)}`, atKey: false };
    case 'pattern':
      return {
        pointer,
        message: `${shown(valueAt(root, pointer))} is not valid: ${description ?? `must match ${String(params.pattern)}`}`,
        atKey: false,
      };
    case 'oneOf':
      return {
        pointer,
        message: `${shown(valueAt(root, pointer))} is not valid: expected ${lowerFirst(description ?? 'one of the allowed forms')}`,
        atKey: false,
      };
    case 'propertyNames':
      return { pointer, message: `has an invalid key: ${description ?? 'see the schema'}`, atKey: false };
    case 'minItems':
      return { pointer, message: `must have at least ${String(params.limit)} item(s)`, atKey: false };
    default:
      return {
        pointer,
        message: `${error.message ?? 'is not valid'}${description ? ` (${lowerFirst(description)})` : ''}`,
        atKey: false,
      };
  }
}

/** A field name as shown in a message: a hostile spec can have a key of half a megabyte. */
function shortened(field: string): string {
  return field.length > maxSuggestedLength
    ? `${field.slice(0, maxSuggestedLength)}… (${field.length} characters)`
    : field;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // JSON.stringify writes non-finite numbers as null, which would say the opposite of what was written.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** `/components/1/ports/0/port` → `components[1] (api).ports[0].port`, naming list items that have a name. */
export function displayPath(pointer: string, root: unknown): string {
  if (pointer === '') return 'spec';
  let text = '';
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      current = current[Number(token)];
      const name = current !== null && typeof current === 'object' ? (current as { name?: unknown }).name : undefined;
      text += typeof name === 'string' ? `[${token}] (${name})` : `[${token}]`;
    } else {
      current =
        current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[token] : undefined;
      text += text === '' ? token : `.${token}`;
    }
  }
  return text;
}

/** The candidate nearest to a misspelt word (edit distance), or undefined when none is close. Shared with the CLI. */
export function closest(word: string, candidates: string[]): string | undefined {
  // Edit distance is quadratic: a word this long is no typo of a field or flag name.
  if (word.length > 100) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/**
 * A field the spec does not model can still be set: say how (the component's `patches`), with where. Only for
 * components and the fields nested in them, where a patch applies; not for typos that got a suggestion.
 */
function patchesHint(pointer: string): string {
  const component = /^(\/components\/\d+(?:\/components\/\d+)*)(?:\/|$)/.exec(pointer)?.[1];
  if (!component) return '';
  return (
    `. The spec does not model this field; to set it anyway, add a patch at ${component}/patches, e.g. ` +
    `patches: [{ patch: { spec: { template: { spec: { <field>: <value> } } } } }] (a merge patch on the workload; ` +
    `target: { kind, name } picks another object)`
  );
}
