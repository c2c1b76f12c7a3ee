import { InputError } from '../errors.js';
import { sharedOptions } from './options.js';
import { parseBoolean, parseCommand, parseHours, parseSingleLine } from './parse-values.js';
import { type Command, type Settings, defaultSettings } from './types.js';

/** Reads one action input by name; the action passes `core.getInput`, tests pass a lookup in a plain object. */
export type GetInput = (name: string) => string;

export interface PreviewOptions {
  /** Namespace for a PR preview; `${app}` and `${pr}` are substituted, then sanitized to ≤ 63 DNS-1123 chars. */
  namespacePattern: string;
  /** Host for a PR preview, e.g. `pr-${pr}.preview.example.com`; unset: the spec's preview.host, if any. */
  hostPattern?: string;
  /** Previews older than this are swept. */
  ttlHours: number;
  /** Run credentialed commands on pull requests from forks (their code runs with this workflow's credentials). */
  allowForks: boolean;
}

/** What only the action has: everything tied to GitHub (token, PR comment, environments, previews). */
export interface ActionSettings {
  /** `auto` (default): the triggering event decides, see src/preview/event-run.ts and the table in docs/action.md. */
  command: Command | 'auto';
  githubToken: string;
  commentOnPr: boolean;
  /**
   * Matrix fan-in: jobs of one workflow run with the same group merge their sections into one PR comment (one
   * section per job's environment) instead of one comment each.
   */
  commentGroup?: string;
  jobSummary: boolean;
  /** Record GitHub Deployments (and their statuses) for the environment. */
  deployments: boolean;
  /** GitHub environment name; unset: from a release rule, `pr-<n>` for previews, else the cluster names. */
  environment?: string;
  preview: PreviewOptions;
}

export interface ActionInputs {
  /** `settings.command` is `deploy` while `action.command` is `auto`, until the event resolves it. */
  settings: Settings;
  action: ActionSettings;
}

export const defaultPreviewNamespacePattern = '${app}-pr-${pr}';
export const defaultPreviewTtlHours = 168;

const patternVariables = new Set(['app', 'pr']);

function label(input: string): string {
  return `input "${input}"`;
}

/** Parses every input once; each bad one becomes an InputError that names it and says what it expects. */
export function parseActionInputs(getInput: GetInput): ActionInputs {
  const read = (name: string): string => (getInput(name) ?? '').trim();
  const settings: Settings = {
    ...defaultSettings,
    variables: {},
    clusters: [],
    command: 'deploy',
    specPath: 'k8deployer.yaml',
  };
  const writable = settings as unknown as Record<string, unknown>;
  for (const option of sharedOptions) {
    const raw = read(option.input);
    if (raw === '') continue;
    writable[option.setting] = option.parse(label(option.input), raw);
  }

  const commandRaw = read('command');
  const command =
    commandRaw === '' || commandRaw.toLowerCase() === 'auto' ? 'auto' : parseCommand(label('command'), commandRaw);
  if (command !== 'auto') settings.command = command;

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = read(name);
    return raw === '' ? fallback : parseBoolean(label(name), raw);
  };
  const environmentRaw = read('environment');
  const hostRaw = read('preview-host');
  const ttlRaw = read('preview-ttl');
  const namespacePattern = read('preview-namespace') || defaultPreviewNamespacePattern;
  checkPattern('preview-namespace', namespacePattern, { mustMentionPr: true });
  if (hostRaw) checkPattern('preview-host', hostRaw, { mustMentionPr: false });

  const action: ActionSettings = {
    command,
    githubToken: read('github-token'),
    commentOnPr: bool('comment', true),
    jobSummary: bool('job-summary', true),
    deployments: bool('deployments', true),
    preview: {
      namespacePattern,
      ttlHours: ttlRaw === '' ? defaultPreviewTtlHours : parseHours(label('preview-ttl'), ttlRaw),
      allowForks: bool('allow-forks', false),
    },
  };
  // An explicit preview-ttl wins over the spec's preview.ttlHours; the default does not.
  if (ttlRaw !== '') settings.previewTtlHours = action.preview.ttlHours;
  const groupRaw = read('comment-group');
  if (groupRaw) action.commentGroup = parseSingleLine(label('comment-group'), groupRaw, 'a group name');
  if (environmentRaw) action.environment = parseSingleLine(label('environment'), environmentRaw, 'an environment name');
  if (hostRaw) action.preview.hostPattern = hostRaw;
  if ((action.commentOnPr || action.deployments) && action.githubToken === '') {
    throw new InputError(
      `${label('github-token')}: expected a token (the default \${{ github.token }} works); ` +
        'set comment: false and deployments: false to run without one',
    );
  }
  return { settings, action };
}

function checkPattern(input: string, pattern: string, options: { mustMentionPr: boolean }): void {
  for (const match of pattern.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!patternVariables.has(name)) {
      throw new InputError(
        `${label(input)}: unknown variable \${${name}}; use \${app} and \${pr}, got ${JSON.stringify(pattern)}`,
      );
    }
  }
  if (options.mustMentionPr && !pattern.includes('${pr}')) {
    throw new InputError(
      `${label(input)}: expected a pattern containing \${pr}, e.g. \${app}-pr-\${pr}, got ${JSON.stringify(pattern)}`,
    );
  }
  const sample = pattern.replaceAll('${app}', 'app').replaceAll('${pr}', '1');
  if (input === 'preview-host' && !/^[a-z0-9*]([a-z0-9.-]*[a-z0-9])?$/i.test(sample)) {
    throw new InputError(
      `${label(input)}: expected a host name pattern like pr-\${pr}.preview.example.com, got ${JSON.stringify(pattern)}`,
    );
  }
}
