import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Folder-level import graph of src/: a folder is a stage of the run (src/plan, src/apply, src/inventory, ...), a file
// directly in src/ is its own node. Stages depend one way; a cycle means two folders are really one, or that
// something both use belongs in a folder of its own (as src/inventory is for plan and apply).
const root = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function nodeOf(file: string): string {
  const [first, ...rest] = path.relative(root, file).split(path.sep);
  return rest.length > 0 ? `${first}/` : (first ?? '').replace(/\.[jt]s$/, '');
}

/** Relative imports of a file, static and dynamic (`await import('./x.js')`), type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)].map(
    (match) => match[1] ?? '',
  );
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier));
}

function importGraph(nodeFor: (file: string) => string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = nodeFor(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of importsOf(file)) {
      const to = nodeFor(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Strongly connected components with more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

describe('architecture', () => {
  it('has no import cycle between the folders (and top-level files) of src/', () => {
    const graph = importGraph(nodeOf);
    expect(graph.get('plan/')?.size).toBeGreaterThan(0);
    expect(cycles(graph)).toEqual([]);
  });

  it('has no import cycle between files either (deploy and rollback share apply/context.ts, not each other)', () => {
    const graph = importGraph((file) => path.relative(root, file).replace(/\.js$/, '.ts'));
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps plan/ and apply/ apart: both use inventory/, plan never reaches into apply/', () => {
    const graph = importGraph(nodeOf);
    expect(graph.get('plan/')?.has('apply/')).toBe(false);
    expect(graph.get('plan/')?.has('inventory/')).toBe(true);
    expect(graph.get('inventory/')?.has('apply/')).toBe(false);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a/', new Set(['b/'])],
      ['b/', new Set(['c/'])],
      ['c/', new Set(['a/'])],
      ['d/', new Set(['a/'])],
    ]);
    expect(cycles(graph)).toEqual([['a/', 'b/', 'c/']]);
  });
});
