import { EVENT_ID, getScalarValue, type Event } from 'js-yaml';
import { SpecError, type SpecProblem } from '../errors.js';
import { parseBoundedYaml, prototypeKeys, type YamlLimits } from './bounded-yaml.js';
import { lineColumn } from './line-index.js';

export { lineColumn } from './line-index.js';

/** A parsed YAML document that remembers where every node came from. */
export interface SourceDocument {
  file: string;
  text: string;
  value: unknown;
  /** JSON pointer → offset of the node's value. */
  valueOffsets: Map<string, number>;
  /** JSON pointer → offset of the mapping key that introduced the node. */
  keyOffsets: Map<string, number>;
  /** Pointers of values written as nothing at all (`env:` followed by a line that is not indented under it). */
  emptyValues?: Set<string>;
}

/**
 * Budgets for the spec. A real spec is a few hundred lines (the examples are under 10 KiB); 1 MiB leaves room for
 * generated specs while keeping the parse, every walk over it and the problem report well under a second. 100,000
 * nodes is a hundred times a large hand-written spec; 40 levels is about twice the deepest real nesting (patches on
 * pod specs). All three prototype keys are refused: nothing in the spec's schema is named like them, and maps are
 * copied by assignment.
 */
export const specYamlLimits: YamlLimits = {
  maxDepth: 40,
  maxAliases: 100,
  maxBytes: 1024 * 1024,
  maxNodes: 100_000,
  // 100,000 nodes with pointers of 100 characters on average (a real spec's are ~30).
  maxPathChars: 10_000_000,
  forbiddenKeys: prototypeKeys,
};

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

interface Frame {
  kind: 'document' | 'mapping' | 'sequence';
  pointer: string | null;
  nextIndex: number;
  expectingKey: boolean;
  currentKey: string | null;
}

/** Parses one YAML document; every failure becomes a SpecError located at file:line:column. */
export function parseYamlSource(text: string, file: string, limits: YamlLimits = specYamlLimits): SourceDocument {
  const { events, documents } = parseBoundedYaml(text, file, limits);
  if (documents.length !== 1) {
    const message =
      documents.length === 0 ? 'the file is empty' : `expected one YAML document, found ${documents.length}`;
    throw new SpecError([{ file, line: 1, column: 1, pointer: '', message }]);
  }
  const { valueOffsets, keyOffsets, emptyValues } = indexPositions(events, text);
  return { file, text, value: documents[0], valueOffsets, keyOffsets, emptyValues };
}

function indexPositions(
  events: Event[],
  text: string,
): { valueOffsets: Map<string, number>; keyOffsets: Map<string, number>; emptyValues: Set<string> } {
  const valueOffsets = new Map<string, number>();
  const emptyValues = new Set<string>();
  const keyOffsets = new Map<string, number>();
  const stack: Frame[] = [];
  let documentsSeen = 0;

  // Where the next node sits: its pointer, or null inside a complex key (not addressable).
  const placeNode = (offset: number, scalarText: string | null): { pointer: string | null; isKey: boolean } => {
    const top = stack[stack.length - 1];
    if (!top) return { pointer: null, isKey: false };
    if (top.kind === 'document') return { pointer: top.pointer, isKey: false };
    if (top.pointer === null) return { pointer: null, isKey: false };
    if (top.kind === 'sequence') return { pointer: `${top.pointer}/${top.nextIndex++}`, isKey: false };
    if (top.expectingKey) {
      top.expectingKey = false;
      top.currentKey = scalarText;
      if (scalarText !== null) keyOffsets.set(`${top.pointer}/${escapePointerToken(scalarText)}`, offset);
      return { pointer: null, isKey: true };
    }
    top.expectingKey = true;
    return {
      pointer: top.currentKey === null ? null : `${top.pointer}/${escapePointerToken(top.currentKey)}`,
      isKey: false,
    };
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        documentsSeen += 1;
        stack.push({
          kind: 'document',
          pointer: documentsSeen === 1 ? '' : null,
          nextIndex: 0,
          expectingKey: false,
          currentKey: null,
        });
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const { pointer, isKey } = placeNode(event.start, null);
        if (pointer !== null) valueOffsets.set(pointer, event.start);
        stack.push({
          kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
          pointer: isKey ? null : pointer,
          nextIndex: 0,
          expectingKey: true,
          currentKey: null,
        });
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        const isKeyPosition = top?.kind === 'mapping' && top.expectingKey;
        const scalarText = isKeyPosition ? getScalarValue(text, event) : null;
        const start = event.valueStart >= 0 ? event.valueStart : Math.max(event.anchorStart, event.tagStart, 0);
        const { pointer } = placeNode(start, scalarText);
        // An empty value has no text of its own: it is located at its key (see `locate`), not at offset 0 (1:1).
        const empty = event.valueStart < 0 && event.anchorStart < 0 && event.tagStart < 0;
        if (pointer !== null && empty) emptyValues.add(pointer);
        else if (pointer !== null) valueOffsets.set(pointer, start);
        break;
      }
      case EVENT_ID.ALIAS: {
        const { pointer } = placeNode(Math.max(event.anchorStart - 1, 0), null);
        if (pointer !== null) valueOffsets.set(pointer, Math.max(event.anchorStart - 1, 0));
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
    }
  }
  return { valueOffsets, keyOffsets, emptyValues };
}

/**
 * Locates a JSON pointer in the source: the key that introduced it when `preferKey`, else its value;
 * falls back to the nearest ancestor that has a position.
 */
export function locate(document: SourceDocument, pointer: string, preferKey = false): { line: number; column: number } {
  let current = pointer;
  for (;;) {
    const offset =
      (preferKey || document.emptyValues?.has(current) ? document.keyOffsets.get(current) : undefined) ??
      document.valueOffsets.get(current);
    if (offset !== undefined) return lineColumn(document.text, offset);
    if (current === '') return { line: 1, column: 1 };
    current = current.slice(0, current.lastIndexOf('/'));
  }
}

export function problemAt(document: SourceDocument, pointer: string, message: string, preferKey = false): SpecProblem {
  return { file: document.file, pointer, message, ...locate(document, pointer, preferKey) };
}
