import { describe, expect, it } from 'vitest';
import { substituteText, substituteVariables } from '../../../src/spec/variables.js';
import { locate, parseYamlSource } from '../../../src/spec/yaml-source.js';

describe('YAML source positions', () => {
  const text =
    'app: shop\ncomponents:\n  - name: web\n    ports:\n      - port: 80\n      - {port: 81, name: "x/y"}\n  - name: "api"\n';
  const document = parseYamlSource(text, 'spec.yaml');

  it('locates values, keys and list items by JSON pointer', () => {
    expect(locate(document, '/app')).toEqual({ line: 1, column: 6 });
    expect(locate(document, '/components/0/ports/1/port')).toEqual({ line: 6, column: 16 });
    expect(locate(document, '/components/0/ports/1/name')).toEqual({ line: 6, column: 27 });
    expect(locate(document, '/components/1/name')).toEqual({ line: 7, column: 12 });
    expect(locate(document, '/components/0/ports', true)).toEqual({ line: 4, column: 5 });
  });

  it('falls back to the nearest ancestor for nodes that do not exist', () => {
    expect(locate(document, '/components/0/ports/0/nodePort')).toEqual({ line: 5, column: 9 });
  });

  it('follows YAML merge keys', () => {
    const merged = parseYamlSource('base: &b {cpu: 1}\nx:\n  <<: *b\n  mem: 2\n', 'f.yaml');
    expect(merged.value).toEqual({ base: { cpu: 1 }, x: { cpu: 1, mem: 2 } });
  });
});

describe('variables', () => {
  it('keeps the type of a whole-value reference and splices text otherwise', () => {
    const { value, problems } = substituteVariables(
      { n: '${n}', s: 'v${n}', d: '${missing,7}', lit: '$${n}' },
      { n: 3 },
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({ n: 3, s: 'v3', d: '7', lit: '${n}' });
  });

  it('reports unknown variables with their pointer and the known names', () => {
    const { problems } = substituteVariables({ a: [{ b: 'x${nope}' }] }, { tag: '1' });
    expect(problems).toEqual([{ pointer: '/a/0/b', message: expect.stringContaining('unknown variable ${nope}') }]);
    expect(problems[0]?.message).toContain('known: tag');
  });

  it('substitutes raw text without typing for manifest files', () => {
    expect(substituteText('a: "${n}"\nb: ${n}\n', { n: 5 })).toEqual({ text: 'a: "5"\nb: 5\n', problems: [] });
  });
});
