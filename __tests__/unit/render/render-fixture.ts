import { renderApp } from '../../../src/render/index.js';
import type { RenderedApp } from '../../../src/render/types.js';
import { referencedFiles, resolveTargets } from '../../../src/spec/load.js';
import { parseYamlSource, problemAt } from '../../../src/spec/yaml-source.js';

/** One table row: a spec, optional cluster/env/files, and assertions on the rendered objects. */
export interface Fixture {
  name: string;
  spec: string;
  cluster?: string;
  variables?: Record<string, string>;
  env?: Record<string, string>;
  files?: Record<string, string>;
  expect?: unknown[];
}

export function renderFixture(fixture: Fixture): RenderedApp {
  const document = parseYamlSource(fixture.spec, 'k8deployer.yaml');
  const targets = resolveTargets(document, {
    variables: fixture.variables ?? {},
    ...(fixture.cluster ? { clusters: [fixture.cluster] } : {}),
  });
  const target = targets[0];
  if (!target) throw new Error('no target');
  const files = new Map<string, string>();
  for (const ref of referencedFiles(target.spec)) files.set(ref.path, fixture.files?.[ref.path] ?? '');
  return renderApp(target, {
    files,
    env: fixture.env ?? {},
    missingSecrets: 'error',
    problemAt: (pointer, message) => problemAt(document, pointer, message),
  });
}
