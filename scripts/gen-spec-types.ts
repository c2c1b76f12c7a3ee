// Generates src/spec/spec-types.generated.ts from the JSON Schema, the single source of truth for the spec's shape.
// `--check` exits non-zero when the committed file is out of date (run by the unit tests too).
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../schemas/k8deployer.schema.json', import.meta.url);
const outputPath = new URL('../src/spec/spec-types.generated.ts', import.meta.url);

export async function generateSpecTypes(): Promise<string> {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'K8deployerSpec', {
    bannerComment: '/* Generated from schemas/k8deployer.schema.json by scripts/gen-spec-types.ts. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 120 },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const generated = await generateSpecTypes();
  if (process.argv.includes('--check')) {
    const current = await readFile(outputPath, 'utf8').catch(() => '');
    if (current !== generated) {
      console.error('src/spec/spec-types.generated.ts is out of date: run `npm run gen:types`');
      process.exit(1);
    }
  } else {
    await writeFile(outputPath, generated);
  }
}
