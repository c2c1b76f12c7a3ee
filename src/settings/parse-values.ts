import { loadYamlDocument, prototypeKeys } from '../spec/bounded-yaml.js';
import { InputError } from '../errors.js';
import { Command, RollbackScope } from './types.js';

/**
 * Value parsers shared by action inputs and CLI flags. `label` names the source in errors, e.g. `input "timeout"` or
 * `flag --timeout`, so the user knows exactly which setting to fix.
 */

function fail(label: string, expected: string, raw: string): never {
  throw new InputError(`${label}: expected ${expected}, got ${JSON.stringify(raw)}`);
}

const durationUnitSeconds: Record<string, number> = { h: 3600, m: 60, s: 1 };

/** `600` (seconds), `90s`, `10m`, `1h`, `1h30m`, `2m30s` → whole seconds, > 0. */
export function parseDurationSeconds(label: string, raw: string): number {
  const text = raw.trim().toLowerCase();
  const expected = 'a duration like 10m, 90s, 1h30m or 600 (seconds)';
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    if (seconds <= 0) fail(label, `${expected} greater than zero`, raw);
    return seconds;
  }
  if (!/^(\d+h)?(\d+m)?(\d+s)?$/.test(text) || text === '') fail(label, expected, raw);
  let seconds = 0;
  for (const match of text.matchAll(/(\d+)([hms])/g)) {
    seconds += Number(match[1]) * (durationUnitSeconds[match[2] ?? 's'] ?? 1);
  }
  if (seconds <= 0) fail(label, `${expected} greater than zero`, raw);
  return seconds;
}

const trueWords = new Set(['true', 'yes', 'on', '1']);
const falseWords = new Set(['false', 'no', 'off', '0']);

export function parseBoolean(label: string, raw: string): boolean {
  const text = raw.trim().toLowerCase();
  if (trueWords.has(text)) return true;
  if (falseWords.has(text)) return false;
  return fail(label, 'true or false', raw);
}

export function parseInteger(label: string, raw: string, range: { min: number; max: number }): number {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) fail(label, `a whole number from ${range.min} to ${range.max}`, raw);
  const value = Number(text);
  if (value < range.min || value > range.max) fail(label, `a whole number from ${range.min} to ${range.max}`, raw);
  return value;
}

export function parseHours(label: string, raw: string): number {
  const text = raw.trim().toLowerCase().replace(/h$/, '');
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0)
    fail(label, 'a number of hours greater than zero, e.g. 72', raw);
  return Number(text);
}

const clusterNamePattern = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** `a,b`, `a, b` or one name per line → unique names in order. */
export function parseNameList(label: string, raw: string): string[] {
  const names: string[] = [];
  for (const part of raw.split(/[,\n]/)) {
    const name = part.trim();
    if (name === '') continue;
    if (!clusterNamePattern.test(name)) {
      fail(label, 'cluster names separated by commas or newlines (letters, digits, ".", "_", "-")', name);
    }
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const keyValueLinePattern = /^\s*([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/;

/** One `KEY=VALUE` (the value may contain `=`). */
export function parseKeyValue(label: string, raw: string): [string, string] {
  const match = keyValueLinePattern.exec(raw);
  if (!match) return fail(label, 'KEY=VALUE (KEY: letters, digits, "_", ".", "-"; not starting with a digit)', raw);
  // `__proto__=x` would replace the variables map's prototype instead of defining a variable.
  if (prototypeKeys.has(match[1] ?? ''))
    return fail(label, 'variable names other than __proto__, constructor and prototype', raw);
  return [match[1] ?? '', match[2] ?? ''];
}

/**
 * Variables as `KEY=VALUE` lines (blank lines and `#` comments skipped) or as a YAML map of scalars. A line-based
 * form is tried first because YAML would read `A=1` as a plain string.
 */
export function parseVariables(label: string, raw: string): Record<string, string> {
  const lines = raw.split('\n').map((line) => line.replace(/\r$/, ''));
  const meaningful = lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  const variables: Record<string, string> = {};
  if (meaningful.length === 0) return variables;
  if (meaningful.every((line) => keyValueLinePattern.test(line))) {
    for (const line of meaningful) {
      const [key, value] = parseKeyValue(label, line);
      variables[key] = value;
    }
    return variables;
  }
  const expected = 'KEY=VALUE lines or a YAML map of names to strings, numbers or booleans';
  let parsed: unknown;
  try {
    parsed = loadYamlDocument(raw, { file: label });
  } catch {
    return fail(label, expected, firstLine(raw));
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return fail(label, expected, firstLine(raw));
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!variableNamePattern.test(key) || prototypeKeys.has(key)) fail(label, `${expected}; bad name`, key);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      variables[key] = String(value);
    } else {
      fail(label, `${expected}; "${key}" has a nested or empty value`, JSON.stringify(value) ?? 'null');
    }
  }
  return variables;
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

export function parseRollbackScope(label: string, raw: string): RollbackScope {
  const text = raw.trim().toLowerCase();
  const scopes = Object.values(RollbackScope) as string[];
  if (scopes.includes(text)) return text as RollbackScope;
  // `true`/`false` read naturally in YAML workflows; map them rather than refuse.
  if (trueWords.has(text)) return RollbackScope.Cluster;
  if (falseWords.has(text)) return RollbackScope.Off;
  return fail(label, `one of ${scopes.join(', ')}`, raw);
}

export function parseCommand(label: string, raw: string): Command {
  const text = raw.trim().toLowerCase();
  const commands = Object.values(Command) as string[];
  if (commands.includes(text)) return text as Command;
  return fail(label, `one of ${commands.join(', ')}`, raw);
}

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function parseNamespace(label: string, raw: string): string {
  const text = raw.trim();
  if (text.length > 63 || !dns1123Label.test(text)) {
    fail(label, 'a namespace name (lowercase letters, digits and "-", at most 63 characters)', raw);
  }
  return text;
}

/** Rejects empty strings and control characters (a path or tag with a newline is always a mistake). */
export function parseSingleLine(label: string, raw: string, what: string): string {
  const text = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (text === '' || /[\u0000-\u001f]/.test(text)) fail(label, what, raw);
  return text;
}

const imageTagPattern = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export function parseImageTag(label: string, raw: string): string {
  const text = raw.trim();
  if (!imageTagPattern.test(text)) fail(label, 'an image tag (letters, digits, "_", ".", "-"; at most 128)', raw);
  return text;
}
