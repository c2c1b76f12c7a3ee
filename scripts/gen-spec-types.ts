// Generates, from the JSON Schema (the single source of truth for the spec's shape):
//   src/spec/spec-types.generated.ts      the TypeScript types
//   src/spec/spec-validator.generated.js  the ajv validator as standalone code (compiling at run time costs ~150 ms
//                                         of the action's cold start)
// `--check` exits non-zero when a committed file is out of date (the unit tests check it too).
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../schemas/k8deployer.schema.json', import.meta.url);
const typesPath = new URL('../src/spec/spec-types.generated.ts', import.meta.url);
const validatorPath = new URL('../src/spec/spec-validator.generated.js', import.meta.url);

/** Options the validator is built with; validate-schema.ts relies on them (all errors, parent schemas, coercion). */
export const validatorOptions = { allErrors: true, verbose: true, coerceTypes: true, strict: false } as const;

async function readSchema(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(schemaPath, 'utf8')) as Record<string, unknown>;
}

export async function generateSpecTypes(): Promise<string> {
  return compile(await readSchema(), 'K8deployerSpec', {
    bannerComment: '/* Generated from schemas/k8deployer.schema.json by scripts/gen-spec-types.ts. Do not edit. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, printWidth: 120 },
  });
}

export async function generateSpecValidator(): Promise<string> {
  const ajv = new Ajv2020({ ...validatorOptions, code: { source: true, esm: true } });
  const validate = ajv.compile(await readSchema());
  // A CommonJS module whose default export is the function: unwrap it whichever way the loader presents it.
  const module = standaloneCode as unknown as { default?: unknown };
  const toCode = (typeof module === 'function' ? module : module.default) as (
    instance: typeof ajv,
    refs: typeof validate,
  ) => string;
  return `// Generated from schemas/k8deployer.schema.json by scripts/gen-spec-types.ts. Do not edit.\n${esmImports(toCode(ajv, validate))}\n`;
}

/**
 * ajv's ESM output still `require`s its runtime helpers (ucs2length for minLength/maxLength, the uri and regexp
 * formats), which an ES module cannot do: hoist each into an import of the same CommonJS module.
 */
function esmImports(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/const (\w+) = require\("([^"]+)"\)\.default;/g, (_match, name: string, from: string) => {
    imports.push(`import ${name}_module from ${JSON.stringify(from.endsWith('.js') ? from : `${from}.js`)};`);
    return `const ${name} = ${name}_module.default;`;
  });
  if (/\brequire\(/.test(body)) throw new Error('the generated validator still calls require(): extend esmImports');
  return [...imports, body].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outputs: [URL, string][] = [
    [typesPath, await generateSpecTypes()],
    [validatorPath, await generateSpecValidator()],
  ];
  for (const [path, generated] of outputs) {
    if (process.argv.includes('--check')) {
      const current = await readFile(path, 'utf8').catch(() => '');
      if (current !== generated) {
        console.error(`${path.pathname} is out of date: run \`npm run gen:types\``);
        process.exitCode = 1;
      }
    } else {
      await writeFile(path, generated);
    }
  }
}
