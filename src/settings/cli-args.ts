import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../errors.js';
import { closest } from '../spec/validate-schema.js';
import { type SharedOption, sharedOptions } from './options.js';
import { parseCommand, parseKeyValue } from './parse-values.js';
import { repositoryIdentity } from './repository.js';
import { Command, type Settings, defaultSettings } from './types.js';

export type CliInvocation = { kind: 'run'; settings: Settings } | { kind: 'help'; text: string };

const defaultSpecPath = 'k8deployer.yaml';

function flagLabel(option: SharedOption): string {
  return `flag --${option.flag}`;
}

function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    help: { type: 'boolean', short: 'h' },
    'show-secrets': { type: 'boolean' },
    repository: { type: 'string' },
  };
  for (const option of sharedOptions) {
    options[option.flag] = {
      type: option.boolean ? 'boolean' : 'string',
      ...(option.short ? { short: option.short } : {}),
      ...(option.repeatable ? { multiple: true } : {}),
    };
  }
  return options;
}

/**
 * `k8deployer <command> [flags]` → Settings. Parsing is lenient at the node:util level (tokens only) and strict here,
 * so every error can name the flag in the same words the action uses for inputs.
 */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliInvocation {
  const { tokens } = parseArgs({
    args: [...argv],
    options: parseArgsOptions(),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const byFlag = new Map<string, SharedOption>();
  for (const option of sharedOptions) {
    byFlag.set(option.flag, option);
    if (option.short) byFlag.set(option.short, option);
  }

  const settings: Settings = {
    ...defaultSettings,
    clusters: [],
    variables: {},
    command: Command.Deploy,
    specPath: defaultSpecPath,
  };
  const writable = settings as unknown as Record<string, unknown>;
  const positionals: string[] = [];
  let repositoryFlag: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue;
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.name === 'help' || token.name === 'h') return { kind: 'help', text: cliUsage() };
    // CLI only: an action's log is shared with everyone who can read the repository.
    if (token.name === 'show-secrets') {
      settings.showSecrets = true;
      continue;
    }
    // CLI only: in the action the repository comes from the runner (GITHUB_REPOSITORY_ID), never from an input.
    if (token.name === 'repository') {
      repositoryFlag = parseRepositoryName(token.value, token.inlineValue === true);
      continue;
    }
    const negated = token.name.startsWith('no-') ? byFlag.get(token.name.slice(3)) : undefined;
    if (negated?.boolean) {
      if (token.value !== undefined) throw new InputError(`flag ${token.rawName}: takes no value`);
      writable[negated.setting] = false;
      continue;
    }
    const option = byFlag.get(token.name);
    if (!option)
      throw new InputError(`unknown flag ${token.rawName}${flagSuggestion(token.name)}; see k8deployer --help`);
    if (option.boolean) {
      writable[option.setting] = token.value === undefined ? true : option.parse(flagLabel(option), token.value);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      throw new InputError(
        `${flagLabel(option)}: expected a value${option.placeholder ? ` like ${option.placeholder}` : ''}`,
      );
    }
    if (option.setting === 'variables') {
      const [key, val] = parseKeyValue(flagLabel(option), value);
      settings.variables[key] = val;
    } else if (option.setting === 'clusters') {
      const names = option.parse(flagLabel(option), value) as string[];
      for (const name of names) if (!settings.clusters.includes(name)) settings.clusters.push(name);
    } else {
      writable[option.setting] = option.parse(flagLabel(option), value);
    }
  }

  const [command, ...extra] = positionals;
  if (command === undefined) {
    throw new InputError(`command: expected one of ${Object.values(Command).join(', ')}; see k8deployer --help`);
  }
  settings.command = parseCommand('command', command);
  if (extra.length > 0) throw new InputError(`unexpected argument ${JSON.stringify(extra[0])}; flags start with --`);
  // The flag names another repository on purpose; otherwise a CLI run inside Actions knows its repository from env.
  const repository =
    repositoryFlag !== undefined
      ? repositoryIdentity(repositoryFlag)
      : repositoryIdentity(env.GITHUB_REPOSITORY, env.GITHUB_REPOSITORY_ID);
  if (repository) settings.repository = repository;
  return { kind: 'run', settings };
}

function flagSuggestion(name: string): string {
  const known = [
    'help',
    'show-secrets',
    ...sharedOptions.flatMap((option) => (option.boolean ? [option.flag, `no-${option.flag}`] : [option.flag])),
  ];
  // Single-letter flags are short options: a typo there is no nearer to one long flag than another.
  const suggestion = name.length > 1 ? closest(name, known) : undefined;
  return suggestion ? `; did you mean --${suggestion}?` : '';
}

export function cliUsage(): string {
  const rows = sharedOptions.map((option) => {
    const negated = option.boolean && option.negatedDescription !== undefined;
    const names = `${option.short ? `-${option.short}, ` : '    '}--${negated ? 'no-' : ''}${option.flag}`;
    const value = option.boolean ? '' : ` <${option.placeholder ?? 'value'}>`;
    const description = (negated ? option.negatedDescription : option.description) ?? option.description;
    return [`  ${names}${value}`, description + (option.repeatable ? ' Repeatable.' : '')] as const;
  });
  rows.push(['      --show-secrets', 'render: print Secret values in clear (masked by default).']);
  rows.push([
    '      --repository <owner/name>',
    'Repository that owns previews and ApplySets (default: GITHUB_REPOSITORY_ID / GITHUB_REPOSITORY).',
  ]);
  rows.push(['  -h, --help', 'Show this help.']);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `Usage: k8deployer <${Object.values(Command).join('|')}> [flags]`,
    '       k8deployer demo   deploy, break and roll back the shop example on a local test bed (README: keep, testbed-dir)',
    '',
    'Flags:',
    ...rows.map(([left, right]) => left.padEnd(width) + right),
  ].join('\n');
}

function parseRepositoryName(value: string | undefined, inline: boolean): string {
  if (value === undefined || (!inline && value.startsWith('-')))
    throw new InputError('flag --repository: expected a value like owner/name');
  if (!/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/.test(value)) {
    throw new InputError(
      `flag --repository: expected owner/name (letters, digits, '.', '_', '-'), got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
