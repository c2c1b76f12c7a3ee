import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kubeconfigFromText } from '../../../src/credentials/kubeconfig.js';
import { SecretSink } from '../../../src/credentials/util.js';
import { DependencyGraph, findCycle } from '../../../src/plan/graph.js';
import { matchReleaseRule } from '../../../src/preview/release-rules.js';
import { parseVariables } from '../../../src/settings/parse-values.js';
import { loadSpec } from '../../../src/spec/load.js';
import { specCase, type HostileCase } from './harness.js';

const head = 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n';
const repeat = (text: string, times: number, separator = '') =>
  Array.from({ length: times }, () => text).join(separator);

/** Ten aliases per level, seven levels: 10^7 nodes from a few hundred bytes. */
function laughs(indent = ''): string {
  const lines = [`${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let level = 1; level <= 7; level += 1)
    lines.push(`${indent}l${level}: &l${level} [${repeat(`*l${level - 1}`, 10, ', ')}]`);
  return `${lines.join('\n')}\n`;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'k8deployer-hostile-'));
function fileWith(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}
function fifo(): string {
  const file = path.join(scratch, `fifo-${Math.random().toString(36).slice(2)}`);
  execFileSync('mkfifo', [file]);
  return file;
}

/** A chain web-0 ← web-1 ← … of `count` components; `cycle` closes it into a loop. */
function chain(count: number, cycle: boolean): string {
  const components = Array.from({ length: count }, (_, index) => {
    const depends = index > 0 ? `[c${index - 1}]` : cycle ? `[c${count - 1}]` : '[]';
    return `  - {name: c${index}, image: i, depends: ${depends}}`;
  });
  return `app: shop\ncomponents:\n${components.join('\n')}\n`;
}

/** Each anchor nests the previous one 30 levels deeper: 90 aliases make a value 2,700 levels deep. */
function deepAliases(count: number): string {
  const lines = [`d0: &d0 ${'['.repeat(30)}x${']'.repeat(30)}`];
  for (let index = 1; index < count; index += 1)
    lines.push(`d${index}: &d${index} ${'['.repeat(30)}*d${index - 1}${']'.repeat(30)}`);
  return `${lines.join('\n')}\n`;
}

const manifestsSpec = 'app: shop\ncomponents:\n  - name: extras\n    kind: manifests\n    files: [extras.yaml]\n';
const bigValue = repeat('x', 100_000);

export const boundedCases: HostileCase[] = [
  // Sizes and nesting of the YAML itself.
  specCase('a 150k-element block list', () => `${head}x:\n${repeat('- a\n', 150_000)}`, {
    refused: /more than 100000 YAML nodes/,
  }),
  specCase('a 150k-element flow list', () => `${head}    args: [${repeat('a', 150_000, ',')}]\n`, {
    refused: /more than 100000 YAML nodes/,
  }),
  specCase(
    'a 90k-element list under the node budget, where a scalar is expected',
    () => `${head}    workingDir: [${repeat('a', 90_000, ',')}]\n`,
    { refused: /workingDir: must be string, got a list/, line: 5, column: 17 },
  ),
  specCase('billion laughs in the spec', () => `${laughs()}${head}`, {
    refused: /more than 100000 YAML nodes once aliases are expanded/,
    line: 5,
  }),
  specCase(
    'merge keys count as aliases',
    () => `base: &b {cpu: 1}\n${Array.from({ length: 150 }, (_, index) => `m${index}: {<<: *b}`).join('\n')}\n${head}`,
    { refused: /alias/i },
  ),
  specCase('more aliases than allowed', () => `x: &x 1\ny: [${repeat('*x', 150, ', ')}]\n${head}`, {
    refused: /alias/i,
  }),
  specCase('flow nesting 10,000 deep', () => `${head}    args: ${repeat('[', 10_000)}${repeat(']', 10_000)}\n`, {
    refused: /invalid YAML: .*(depth|nest)/i,
  }),
  specCase('aliases nesting anchors into a value 2,700 levels deep', () => `${deepAliases(90)}${head}`, {
    refused: /this alias nests the document deeper than 40 levels/,
    line: 2,
    column: 39,
  }),
  specCase(
    'block nesting 100 deep',
    () =>
      `${head}    labels:\n${Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth + 3)}k${depth}:`).join('\n')} x\n`,
    { refused: /invalid YAML: .*(depth|nest)/i },
  ),
  specCase(
    'a 200 KiB key above a 20,000-item list (4 GB of JSON pointers)',
    () => `${head}    ${repeat('k', 200_000)}: [${repeat('1', 20_000, ',')}]\n`,
    { refused: /keys are too long for its size/, line: 5 },
  ),
  specCase(
    '30 nested 1000-character keys above a 50,000-item list',
    () =>
      `${head}    x: ${Array.from({ length: 30 }, (_, index) => `{${repeat(String.fromCharCode(97 + (index % 26)), 1_000)}: `).join('')}[${repeat('1', 50_000, ',')}]${repeat('}', 30)}\n`,
    { refused: /keys are too long for its size/, line: 5 },
  ),
  specCase('a spec over 1 MiB', () => `${head}# ${repeat('x', 1_100_000)}\n`, {
    refused: /larger than 1048576 bytes/,
    line: 1,
    column: 1,
  }),
  specCase('a 500k-character unknown field name', () => `${head}    ${repeat('q', 500_000)}: 1\n`, {
    refused: /unknown field 'q{64}… \(500000 characters\)'/,
    line: 5,
    column: 5,
  }),
  specCase(
    '20k problems are located and listed up to a cap',
    () =>
      `${head}    labels:\n${Array.from({ length: 20_000 }, (_, index) => `      "bad key ${index}": x`).join('\n')}\n`,
    { refused: /label key 'bad key 0'[\s\S]*… and 19900 more problems$/, line: 6, column: 8 },
  ),
  specCase(
    '20k schema errors',
    () => `${head}${Array.from({ length: 20_000 }, (_, index) => `    unknown${index}: 1`).join('\n')}\n`,
    { refused: /unknown field 'unknown0'[\s\S]*… and 19900 more problems$/, line: 5, column: 5 },
  ),

  specCase(
    '10k env values that match no allowed form',
    () => `${head}    env:\n${Array.from({ length: 10_000 }, (_, index) => `      E${index}: {bad: 1}`).join('\n')}\n`,
    { refused: /env.E0: .* is not valid: expected[\s\S]*… and 9900 more problems$/, line: 6, column: 11 },
  ),

  // Variable expansion.
  specCase(
    'one large value referenced thousands of times in one string',
    () => `app: shop\nvariables: {v: ${bigValue}}\ncomponents:\n  - name: web\n    image: "${repeat('${v}', 2_000)}"\n`,
    { refused: /expand the text past 4194304 characters/, line: 5, column: 13 },
  ),
  specCase(
    'whole-value references to a large value in a long list',
    () =>
      `app: shop\nvariables: {v: ${bigValue}}\ncomponents:\n  - name: web\n    image: i\n    args: [${repeat('"${v}"', 5_000, ', ')}]\n`,
    { refused: /expand the text past 4194304 characters/, line: 6 },
  ),
  specCase(
    'an expansion bomb in a raw manifest',
    `app: shop\nvariables: {v: ${bigValue}}\ncomponents:\n  - name: extras\n    kind: manifests\n    files: [extras.yaml]\n`,
    { refused: /extras.yaml: variable references here expand the text past/ },
    {
      files: {
        'extras.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${Array.from({ length: 200 }, (_, index) => `  k${index}: "${repeat('${v}', 5)}"`).join('\n')}\n`,
      },
    },
  ),
  specCase(
    'unknown variables in a spec with thousands of variables',
    () =>
      `app: shop\nvariables:\n${Array.from({ length: 5_000 }, (_, index) => `  v${index}: x`).join('\n')}\ncomponents:\n  - name: web\n    image: "\${nope}"\n`,
    { refused: /unknown variable \$\{nope\}.*… 4\d{3} more\)/ },
  ),

  // Dependencies and counts.
  specCase('a depends chain of 999 components closed into a cycle', () => chain(999, true), {
    refused: /dependency cycle: c0 → c998 → c997/,
  }),
  specCase('a depends chain of 999 components (no cycle) renders', () => chain(999, false), { accepted: true }),
  specCase('more than 1000 components', () => chain(1_001, false), {
    refused: /more than 1000 components/,
    line: 1003,
  }),
  specCase(
    'more than 50 clusters',
    () =>
      `${head}clusters:\n${Array.from({ length: 51 }, (_, index) => `  - {name: c${index}, kubeconfig: {path: k}}`).join('\n')}\n`,
    { refused: /more than 50 clusters/, line: 56 },
  ),
  specCase(
    '1000 components × 50 clusters',
    () =>
      `${chain(1_000, false)}clusters:\n${Array.from({ length: 50 }, (_, index) => `  - {name: k${index}, kubeconfig: {path: k}}`).join('\n')}\n`,
    { refused: /1000 components × 50 clusters is more than 10000 renders/, line: 1003, column: 1 },
  ),
  specCase(
    'a spec of 60k nodes × 40 clusters',
    () =>
      `${head}    args: [${repeat('a', 60_000, ',')}]\nclusters:\n${Array.from({ length: 40 }, (_, index) => `  - {name: k${index}, kubeconfig: {path: k}}`).join('\n')}\n`,
    { refused: /× 40 clusters is more than 2000000 nodes to validate/, line: 6, column: 1 },
  ),
  specCase(
    '10 clusters × 500 components render',
    () =>
      `${chain(500, false)}clusters:\n${Array.from({ length: 10 }, (_, index) => `  - {name: k${index}, kubeconfig: {path: k}}`).join('\n')}\n`,
    { accepted: true },
  ),
  {
    name: 'a dependency graph chain of 50,000 objects with a cycle',
    run: () => {
      const objects = Array.from({ length: 50_000 }, (_, index) => ({
        component: 'c',
        object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `m${index}`, namespace: 'n' } },
      }));
      const graph = new DependencyGraph(objects);
      const keys = [...graph.nodes.keys()];
      keys.forEach((key, index) => index > 0 && graph.addEdge(key, keys[index - 1] as string));
      graph.addEdge(keys[0] as string, keys[keys.length - 1] as string);
      const cycle = findCycle(graph);
      if (cycle?.length !== 50_001) throw new Error(`expected the whole chain as the cycle, got ${cycle?.length}`);
      graph.addEdge(keys[0] as string, keys[0] as string);
      return graph;
    },
    outcome: { accepted: true },
  },
  {
    name: 'depth and order of a 50,000-object dependency chain',
    run: () => {
      const objects = Array.from({ length: 50_000 }, (_, index) => ({
        component: 'c',
        object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `m${index}`, namespace: 'n' } },
      }));
      const graph = new DependencyGraph(objects);
      const keys = [...graph.nodes.keys()];
      // Dependencies point backwards in insertion order, as a chain of `depends` renders them.
      keys.forEach((key, index) => index > 0 && graph.addEdge(key, keys[index - 1] as string));
      return graph.order().length;
    },
    outcome: { accepted: true },
  },

  // Release tag globs: no regular expression, no backtracking.
  {
    name: 'a backtracking glob against a 100-character tag',
    run: () =>
      matchReleaseRule(repeat('a', 100), [{ tag: 'v*a*a*a*a*a*a*b' }, { tag: '*a*a*a*a*a*a*a*a*a*a*a*a*b' }]) ??
      'no match',
    outcome: { accepted: true },
  },
  {
    name: 'a 50-star glob against a 10,000-character tag',
    run: () => matchReleaseRule(repeat('a', 10_000), [{ tag: `${repeat('*a', 50)}b` }]) ?? 'no match',
    outcome: { accepted: true },
  },
  {
    name: 'regular-expression syntax in a glob is literal',
    run: () => {
      if (matchReleaseRule('v1.2', [{ tag: 'v(.*)+$' }])) throw new Error('a regex metacharacter matched');
      if (!matchReleaseRule('v(1)+$', [{ tag: 'v(?)+$' }])) throw new Error('a literal did not match');
      return true;
    },
    outcome: { accepted: true },
  },

  // Files that are not files.
  {
    name: '/dev/zero as the spec',
    run: () => loadSpec('/dev/zero'),
    outcome: { refused: /\/dev\/zero:1:1: not a regular file \(a device\)/ },
  },
  {
    name: '/dev/stdin as the spec',
    run: () => loadSpec('/dev/stdin'),
    outcome: { refused: /\/dev\/stdin:1:1: not a regular file/ },
  },
  {
    name: 'a FIFO as the spec (nobody writes to it)',
    run: () => loadSpec(fifo()),
    outcome: { refused: /not a regular file \(a FIFO or pipe\)/ },
  },
  {
    name: 'a directory as the spec',
    run: () => {
      const dir = path.join(scratch, 'dir.yaml');
      mkdirSync(dir, { recursive: true });
      return loadSpec(dir);
    },
    outcome: { refused: /not a regular file \(a directory\)/ },
  },
  {
    name: 'a 5 MiB spec file is refused before it is read',
    run: () => loadSpec(fileWith('big.yaml', `${head}#${repeat('x', 5 * 1024 * 1024)}\n`)),
    outcome: { refused: /big.yaml:1:1: file is larger than 1048576 bytes/ },
  },
  {
    name: 'an empty spec file',
    run: () => loadSpec(fileWith('empty.yaml', '')),
    outcome: { refused: /empty.yaml:1:1: the file is empty/ },
  },

  // Raw manifests and other YAML go through the same budgets.
  specCase(
    'billion laughs in a raw manifest',
    manifestsSpec,
    { refused: /extras.yaml:\d+:\d+: the file has more than 1000000 YAML nodes/ },
    {
      files: {
        'extras.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata:\n${laughs('  ')}  l8: &l8 [${repeat('*l7', 10, ', ')}]\n`,
      },
    },
  ),
  specCase(
    'aliases nesting a raw manifest thousands of levels deep',
    manifestsSpec,
    { refused: /extras.yaml:\d+:\d+: this alias nests the document deeper than 64 levels/ },
    { files: { 'extras.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n${deepAliases(90)}` } },
  ),
  specCase(
    '300 broken manifest files, each problem located in its file and in the spec',
    `app: shop\ncomponents:\n  - name: extras\n    kind: manifests\n    files:\n${Array.from({ length: 300 }, (_, index) => `      - m${index}.yaml`).join('\n')}\n`,
    { refused: /k8deployer.yaml:6:9: m0.yaml:\d+:\d+: invalid YAML[\s\S]*… and 200 more problems$/ },
    {
      files: Object.fromEntries(
        Array.from({ length: 300 }, (_, index) => [`m${index}.yaml`, `${'# padding\n'.repeat(2_000)}a: [1, 2\n`]),
      ),
    },
  ),
  specCase(
    'a raw manifest nested 10,000 deep',
    manifestsSpec,
    { refused: /extras.yaml:1:\d+: invalid YAML: .*(depth|nest)/i },
    { files: { 'extras.yaml': `a: ${repeat('[', 10_000)}${repeat(']', 10_000)}\n` } },
  ),
  {
    name: 'billion laughs in a kubeconfig (a credentials error, exit 1)',
    run: () => {
      const ctx = { env: {}, getIdToken: () => Promise.reject(new Error('no OIDC')), mask: () => undefined };
      const bomb = `${laughs()}l8: &l8 [${repeat('*l7', 10, ', ')}]\napiVersion: v1\nkind: Config\nclusters: []\n`;
      return kubeconfigFromText(bomb, { provider: 'kubeconfig', ctx, secrets: new SecretSink(ctx) });
    },
    outcome: {
      refused:
        /kubeconfig: read kubeconfig: not a valid kubeconfig: kubeconfig:\d+:\d+: the file has more than 1000000 YAML nodes/,
      exitCode: 1,
    },
  },
  {
    name: 'billion laughs as a --var YAML map',
    run: () => parseVariables('var', `${laughs()}a: 1\n`),
    outcome: { refused: /var/ },
  },
];
