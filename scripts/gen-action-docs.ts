// Regenerates the inputs/outputs tables in docs/action.md from action.yml:
//   bash scripts/node24.sh node --import tsx scripts/gen-action-docs.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseActionManifest, updateActionReference } from '../src/settings/action-manifest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = parseActionManifest(readFileSync(`${root}action.yml`, 'utf8'));
const docPath = `${root}docs/action.md`;
const before = readFileSync(docPath, 'utf8');
const after = updateActionReference(before, manifest);
if (after !== before) writeFileSync(docPath, after);
console.log(after === before ? 'docs/action.md is up to date' : 'docs/action.md updated');
