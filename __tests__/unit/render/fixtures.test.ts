import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../../../src/render/types.js';
import { renderFixture, type Fixture } from './render-fixture.js';

export type Expectation =
  | { object: string; path?: string | string[]; equals?: unknown; contains?: unknown; matches?: string; absent?: true }
  | { count: string; equals: number }
  | { component: string; urls?: string[]; depends?: string[]; objects?: string[] };

const fixtureDir = path.join(import.meta.dirname, '../../fixtures/render');

/** A dotted path, or a list of keys when a key itself has dots (label and annotation names). */
function at(value: unknown, pathSpec: string | string[] | undefined): unknown {
  if (!pathSpec) return value;
  let current = value;
  for (const part of Array.isArray(pathSpec) ? pathSpec : pathSpec.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** `Kind/name`, where a `*` in the name matches anything (hash-suffixed ConfigMaps). */
function find(rendered: RenderedApp, ref: string): unknown {
  const [kind, name = ''] = ref.split('/');
  const pattern = new RegExp(
    `^${name
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );
  return rendered.objects.find((desired) => desired.object.kind === kind && pattern.test(desired.object.metadata.name))
    ?.object;
}

for (const file of readdirSync(fixtureDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()) {
  const fixtures = load(readFileSync(path.join(fixtureDir, file), 'utf8')) as (Fixture & { expect: Expectation[] })[];
  describe(`render fixtures: ${file}`, () => {
    for (const fixture of fixtures) {
      it(fixture.name, () => {
        const rendered = renderFixture(fixture);
        for (const expectation of fixture.expect) {
          if ('count' in expectation) {
            const count = rendered.objects.filter((desired) => desired.object.kind === expectation.count).length;
            expect(count, `count of ${expectation.count}`).toBe(expectation.equals);
          } else if ('component' in expectation) {
            const info = rendered.components.find((component) => component.name === expectation.component);
            if (expectation.urls) expect(info?.urls).toEqual(expectation.urls);
            if (expectation.depends) expect(info?.depends).toEqual(expectation.depends);
            if (expectation.objects) {
              const owned = rendered.objects
                .filter((desired) => desired.component === expectation.component)
                .map((desired) => `${desired.object.kind}/${desired.object.metadata.name}`);
              expect(owned).toHaveLength(expectation.objects.length);
              expectation.objects.forEach((wanted, index) => {
                const [wantedKind, wantedName = ''] = wanted.split('/');
                expect(owned[index]).toMatch(new RegExp(`^${wantedKind}/${wantedName.replace(/\*/g, '[a-z0-9-]*')}$`));
              });
            }
          } else {
            const object = find(rendered, expectation.object);
            const label = `${expectation.object} ${String(expectation.path ?? '')}`;
            if (expectation.absent && !expectation.path) {
              expect(object, label).toBeUndefined();
              continue;
            }
            expect(
              object,
              `${expectation.object} exists; rendered: ${rendered.objects.map((d) => `${d.object.kind}/${d.object.metadata.name}`).join(', ')}`,
            ).toBeDefined();
            const value = at(object, expectation.path);
            if (expectation.absent) expect(value, label).toBeUndefined();
            if ('equals' in expectation) expect(value, label).toEqual(expectation.equals);
            if ('contains' in expectation) expect(value, label).toMatchObject(expectation.contains as object);
            if (expectation.matches) expect(String(value), label).toMatch(new RegExp(expectation.matches));
          }
        }
      });
    }
  });
}
