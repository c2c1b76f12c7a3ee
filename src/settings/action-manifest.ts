import { loadYamlDocument } from '../spec/bounded-yaml.js';

/** The parts of action.yml the docs and the settings test read. */
export interface ActionManifest {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string; post?: string };
}

export function parseActionManifest(text: string): ActionManifest {
  const value = loadYamlDocument(text, { file: 'action.yml' }) as Partial<ActionManifest> | null;
  if (!value || typeof value !== 'object' || !value.inputs || !value.outputs || !value.runs) {
    throw new Error('action.yml: expected inputs, outputs and runs');
  }
  return value as ActionManifest;
}

const startMarker = '<!-- action-reference:start (generated from action.yml by scripts/gen-action-docs.ts) -->';
const endMarker = '<!-- action-reference:end -->';

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function code(text: string): string {
  return text === '' ? '' : `\`${text.replace(/`/g, "'")}\``;
}

/** Markdown tables of inputs and outputs, in action.yml order. */
export function renderActionReference(manifest: ActionManifest): string {
  const lines = ['### Inputs', '', '| Input | Default | Description |', '|---|---|---|'];
  for (const [name, input] of Object.entries(manifest.inputs)) {
    const fallback = input.default === undefined ? (input.required ? '*required*' : '') : code(String(input.default));
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description)} |`);
  }
  lines.push('', '### Outputs', '', '| Output | Description |', '|---|---|');
  for (const [name, output] of Object.entries(manifest.outputs)) {
    lines.push(`| \`${name}\` | ${cell(output.description)} |`);
  }
  return lines.join('\n');
}

/** Replaces the generated section of a document (between the markers); appends it when the markers are missing. */
export function updateActionReference(doc: string, manifest: ActionManifest): string {
  const section = `${startMarker}\n${renderActionReference(manifest)}\n${endMarker}`;
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${section}\n`;
  return doc.slice(0, start) + section + doc.slice(end + endMarker.length);
}
