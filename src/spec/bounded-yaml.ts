import {
  CORE_SCHEMA,
  EVENT_ID,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  mergeTag,
  parseEvents,
  type Event,
} from 'js-yaml';
import { SpecError, type SpecProblem } from '../errors.js';
import { lineColumn } from './line-index.js';

/**
 * Budgets for one YAML text. Every YAML the tool reads (the spec, raw manifests, kubeconfigs, variable inputs) goes
 * through `parseBoundedYaml`, so no file can make the parser or the code after it allocate without bound.
 */
export interface YamlLimits {
  /** Largest text accepted, in bytes (UTF-8). */
  maxBytes: number;
  /** Deepest collection nesting accepted (aliases not counted; the node budget covers them). */
  maxDepth: number;
  /** Alias nodes (`*ref`) per document. */
  maxAliases: number;
  /**
   * Nodes the file expands to once every alias is followed. The constructor shares aliased values instead of copying
   * them, so a few aliases nesting ten wide ("billion laughs") cost nothing to load, but every later walk, merge or
   * JSON serialization pays the expanded size. Counted from parser events, before anything is constructed.
   */
  maxNodes: number;
  /**
   * Sum of the lengths of every node's JSON pointer. Code that locates nodes (the spec's source map, validation
   * walks) builds one pointer string per node, so a 200 KiB key above a 20,000-item list would need 4 GB of
   * pointers from a file well under the size cap. Unset where nothing indexes nodes by pointer.
   */
  maxPathChars?: number;
  /**
   * Mapping keys refused with a position. `__proto__` as an own key turns into the prototype the moment any code
   * copies the map with `result[key] = value`, and its fields then apply silently.
   */
  forbiddenKeys: ReadonlySet<string>;
}

/** Keys that reach Object.prototype machinery when user maps are copied or merged by assignment. */
export const prototypeKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Defaults for YAML that is not the spec (raw manifests, kubeconfigs, inputs): a CRD nests ~30 levels and holds
 * tens of thousands of nodes, so the budgets are far above real files and far below what hurts. Only `__proto__` is
 * refused: `constructor` is a legal ConfigMap key in a manifest, and nothing copies manifests by prototype lookup.
 */
export const defaultYamlLimits: YamlLimits = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 1000,
  maxNodes: 1_000_000,
  forbiddenKeys: new Set(['__proto__']),
};

const schema = CORE_SCHEMA.withTags(mergeTag);

export interface BoundedYaml {
  events: Event[];
  documents: unknown[];
}

/** Parses every document of a YAML text within `limits`; any failure is a SpecError located at file:line:column. */
export function parseBoundedYaml(text: string, file: string, limits: YamlLimits = defaultYamlLimits): BoundedYaml {
  // UTF-8 takes at most 3 bytes per UTF-16 unit, so long texts are measured only when they could be over.
  if (text.length * 3 > limits.maxBytes && Buffer.byteLength(text) > limits.maxBytes) {
    throw new SpecError([
      { file, line: 1, column: 1, pointer: '', message: `file is larger than ${limits.maxBytes} bytes; refusing it` },
    ]);
  }
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: limits.maxDepth });
  } catch (error) {
    throw new SpecError([yamlProblem(error, text, file)]);
  }
  const refused = checkEvents(events, text, limits);
  if (refused)
    throw new SpecError([{ file, ...lineColumn(text, refused.offset), pointer: '', message: refused.message }]);
  try {
    return {
      events,
      documents: constructFromEvents(events, { source: text, filename: file, schema, maxAliases: limits.maxAliases }),
    };
  } catch (error) {
    throw new SpecError([yamlProblem(error, text, file)]);
  }
}

/** The documents of a YAML text (multi-document files give several), within the default budgets. */
export function loadYamlDocuments(text: string, options: { file: string; limits?: Partial<YamlLimits> }): unknown[] {
  return parseBoundedYaml(text, options.file, { ...defaultYamlLimits, ...options.limits }).documents;
}

/** Exactly one document (an empty text gives undefined), within the default budgets. */
export function loadYamlDocument(text: string, options: { file: string; limits?: Partial<YamlLimits> }): unknown {
  const documents = loadYamlDocuments(text, options);
  if (documents.length > 1)
    throw new SpecError([
      {
        file: options.file,
        line: 1,
        column: 1,
        pointer: '',
        message: `expected one YAML document, found ${documents.length}`,
      },
    ]);
  return documents[0];
}

interface SizeFrame {
  kind: 'document' | 'mapping' | 'sequence';
  size: number;
  /** Height of the tallest child so far (a scalar is 1). */
  height: number;
  anchor: string | null;
  expectingKey: boolean;
  /** Length of this node's JSON pointer; of the current key (mappings); the next item's index (sequences). */
  pathLength: number;
  keyLength: number;
  nextIndex: number;
}

type Refusal = { offset: number; message: string };

/**
 * One linear pass over the events: the expanded node count (an alias counts as the whole subtree it names), the
 * nesting depth once aliases are followed (the parser's depth limit sees only the text, and a chain of anchors each
 * nesting the previous one 40 deep builds a value thousands deep, which recursive walks cannot take), the total
 * length of the nodes' JSON pointers (see `maxPathChars`), and the forbidden keys. Returns where and why the text is
 * refused, or undefined.
 */
function checkEvents(events: Event[], text: string, limits: YamlLimits): Refusal | undefined {
  const stack: SizeFrame[] = [];
  // Per anchor: its expanded size and height, and for a scalar its text (an alias can be a mapping key).
  let anchors = new Map<string, { size: number; height: number; scalar?: string }>();
  let total = 0;
  let pathChars = 0;
  const maxPathChars = limits.maxPathChars ?? Number.POSITIVE_INFINITY;
  const anchorOf = (event: { anchorStart: number; anchorEnd: number }) =>
    event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : null;
  const forbidden = (offset: number, key: string): Refusal => ({
    offset,
    message: `the key '${key}' is not allowed (it would change how maps behave, not add a field)`,
  });
  const top = () => stack[stack.length - 1];
  const isKeyPosition = () => top()?.kind === 'mapping' && (top() as SizeFrame).expectingKey;

  /**
   * Counts `size` nodes placed here (each with this position's pointer or a longer one); returns the pointer length.
   */
  const place = (offset: number, size: number, keyLength: number): number | Refusal => {
    const parent = top();
    let pathLength = 0;
    if (parent && parent.kind === 'sequence') pathLength = parent.pathLength + 1 + String(parent.nextIndex).length;
    else if (parent && parent.kind === 'mapping')
      pathLength = parent.pathLength + 1 + (parent.expectingKey ? keyLength : parent.keyLength);
    if (parent?.kind === 'mapping' && parent.expectingKey) parent.keyLength = keyLength;
    total += size;
    if (total > limits.maxNodes)
      return {
        offset,
        message: `the file has more than ${limits.maxNodes} YAML nodes once aliases are expanded; refusing it`,
      };
    pathChars += pathLength * size;
    if (pathChars > maxPathChars)
      return {
        offset,
        message: `the file's keys are too long for its size (their paths add up to more than ${maxPathChars} characters); refusing it`,
      };
    return pathLength;
  };
  // A node just finished: give its size to its parent, remember it under its anchor, and move the parent on.
  const finish = (size: number, height: number, anchor: string | null, scalar?: string) => {
    if (anchor !== null) anchors.set(anchor, scalar === undefined ? { size, height } : { size, height, scalar });
    const parent = top();
    if (!parent) return;
    parent.size = Math.min(parent.size + size, Number.MAX_SAFE_INTEGER);
    parent.height = Math.max(parent.height, height);
    if (parent.kind === 'mapping') parent.expectingKey = !parent.expectingKey;
    if (parent.kind === 'sequence') parent.nextIndex += 1;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        anchors = new Map();
        stack.push({
          kind: 'document',
          size: 0,
          height: 0,
          anchor: null,
          expectingKey: false,
          pathLength: 0,
          keyLength: 0,
          nextIndex: 0,
        });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        // A collection as a mapping key has no pointer of its own; its nodes are counted but not addressed.
        const placed = place(event.start, 1, 0);
        if (typeof placed !== 'number') return placed;
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
          size: 1,
          height: 0,
          anchor: anchorOf(event),
          expectingKey: true,
          pathLength: placed,
          keyLength: 0,
          nextIndex: 0,
        });
        break;
      }
      case EVENT_ID.SCALAR: {
        const start = event.valueStart >= 0 ? event.valueStart : Math.max(event.anchorStart, event.tagStart, 0);
        const anchor = anchorOf(event);
        const isKey = isKeyPosition();
        const value = isKey || anchor !== null ? getScalarValue(text, event) : undefined;
        if (isKey && value !== undefined && limits.forbiddenKeys.has(value)) return forbidden(start, value);
        const placed = place(start, 1, isKey ? (value?.length ?? 0) : 0);
        if (typeof placed !== 'number') return placed;
        finish(1, 1, anchor, value);
        break;
      }
      case EVENT_ID.ALIAS: {
        const { size, height, scalar } = anchors.get(text.slice(event.anchorStart, event.anchorEnd)) ?? {
          size: 1,
          height: 1,
        };
        const offset = Math.max(event.anchorStart - 1, 0);
        const isKey = isKeyPosition();
        if (isKey && scalar !== undefined && limits.forbiddenKeys.has(scalar)) return forbidden(offset, scalar);
        const placed = place(offset, size, isKey ? (scalar?.length ?? 0) : 0);
        if (typeof placed !== 'number') return placed;
        // Collections open above this alias (the document frame is not one), plus what the alias brings.
        if (stack.length - 1 + height > limits.maxDepth + 1) {
          return {
            offset,
            message: `this alias nests the document deeper than ${limits.maxDepth} levels; refusing it`,
          };
        }
        finish(size, height, null);
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame && frame.kind !== 'document') finish(frame.size, frame.height + 1, frame.anchor);
        break;
      }
    }
  }
  return undefined;
}

export function yamlProblem(error: unknown, text: string, file: string): SpecProblem {
  if (error instanceof YAMLException) {
    const mark = error.mark;
    return {
      file,
      line: (mark?.line ?? 0) + 1,
      column: (mark?.column ?? 0) + 1,
      pointer: '',
      message: `invalid YAML: ${error.reason}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { file, ...lineColumn(text, 0), pointer: '', message: `invalid YAML: ${message}` };
}
