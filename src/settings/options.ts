import {
  parseBoolean,
  parseDurationSeconds,
  parseImageTag,
  parseInteger,
  parseNameList,
  parseNamespace,
  parseRollbackScope,
  parseSingleLine,
  parseVariables,
} from './parse-values.js';
import type { Settings } from './types.js';

/**
 * The one table of settings both front ends share: each row names its action input and its CLI flag, so the two
 * parsers, action.yml and docs/action.md cannot drift apart (a unit test holds them to this table).
 */
export interface SharedOption {
  /** The Settings field this option fills. */
  setting: Exclude<keyof Settings, 'command'>;
  /** Name in action.yml `inputs:`. */
  input: string;
  /** Long CLI flag without the dashes. */
  flag: string;
  short?: string;
  /** Flag takes no value (`--force-conflicts`); `--no-<flag>` negates. */
  boolean: boolean;
  /** Flag may be repeated (`--var a=1 --var b=2`). */
  repeatable?: boolean;
  /** Value placeholder in CLI help, e.g. `10m`. */
  placeholder?: string;
  description: string;
  /** Help text for `--no-<flag>` when that is the form the CLI shows (the flag is on by default). */
  negatedDescription?: string;
  parse(label: string, raw: string): Settings[Exclude<keyof Settings, 'command'>];
}

const maxConcurrency = 64;

export const sharedOptions: readonly SharedOption[] = [
  {
    setting: 'specPath',
    input: 'spec',
    flag: 'spec',
    short: 'f',
    boolean: false,
    placeholder: 'file',
    description: 'Path of the deploy spec.',
    parse: (label, raw) => parseSingleLine(label, raw, 'a file path'),
  },
  {
    setting: 'clusters',
    input: 'clusters',
    flag: 'cluster',
    boolean: false,
    repeatable: true,
    placeholder: 'a,b',
    description: 'Clusters to target, separated by commas or newlines. Empty: every enabled cluster in the spec.',
    parse: parseNameList,
  },
  {
    setting: 'variables',
    input: 'variables',
    flag: 'var',
    boolean: false,
    repeatable: true,
    placeholder: 'k=v',
    description: 'Deploy-time variables as KEY=VALUE lines or a YAML map; they win over the spec.',
    parse: parseVariables,
  },
  {
    setting: 'imageTag',
    input: 'image-tag',
    flag: 'image-tag',
    boolean: false,
    placeholder: 'tag',
    description:
      'Sets the imageTag variable, for images written as repo:${imageTag} (e.g. the commit SHA or release tag).',
    parse: parseImageTag,
  },
  {
    setting: 'timeoutSeconds',
    input: 'timeout',
    flag: 'timeout',
    boolean: false,
    placeholder: '15m',
    description: 'Whole-run timeout: 10m, 90s, 1h30m or seconds.',
    parse: parseDurationSeconds,
  },
  {
    setting: 'objectTimeoutSeconds',
    input: 'object-timeout',
    flag: 'object-timeout',
    boolean: false,
    placeholder: '5m',
    description: 'How long one object may take to become ready.',
    parse: parseDurationSeconds,
  },
  {
    setting: 'rollback',
    input: 'rollback',
    flag: 'rollback',
    boolean: false,
    placeholder: 'off|cluster|all',
    description: 'On failure roll back nothing (off), the failing cluster (cluster) or every cluster touched (all).',
    parse: parseRollbackScope,
  },
  {
    setting: 'concurrency',
    input: 'concurrency',
    flag: 'concurrency',
    boolean: false,
    placeholder: 'n',
    description: `Objects applied and awaited in parallel per cluster (1–${maxConcurrency}).`,
    parse: (label, raw) => parseInteger(label, raw, { min: 1, max: maxConcurrency }),
  },
  {
    setting: 'forceConflicts',
    input: 'force-conflicts',
    flag: 'force-conflicts',
    boolean: true,
    description: 'Take ownership of fields another field manager owns (server-side apply force).',
    parse: parseBoolean,
  },
  {
    setting: 'adopt',
    input: 'adopt',
    flag: 'adopt',
    boolean: true,
    description: 'Take over existing objects and namespaces that k8deployer did not create (refused otherwise).',
    parse: parseBoolean,
  },
  {
    setting: 'prune',
    input: 'prune',
    flag: 'prune',
    boolean: true,
    description: 'Delete objects this app deployed before that are no longer in the spec.',
    negatedDescription: 'Keep objects this app deployed before that are no longer in the spec (default: delete them).',
    parse: parseBoolean,
  },
  {
    setting: 'ignoreErrors',
    input: 'ignore-errors',
    flag: 'ignore-errors',
    boolean: true,
    description: 'delete: keep going past failures.',
    parse: parseBoolean,
  },
  {
    setting: 'deleteNamespaces',
    input: 'delete-namespaces',
    flag: 'delete-namespaces',
    boolean: true,
    description: 'delete: also remove the namespaces k8deployer created, if they hold no objects of others.',
    parse: parseBoolean,
  },
  {
    setting: 'deletePvcs',
    input: 'delete-pvcs',
    flag: 'delete-pvcs',
    boolean: true,
    description: 'delete and prune: also remove PersistentVolumeClaims (their data is lost).',
    parse: parseBoolean,
  },
  {
    setting: 'outputDir',
    input: 'output-dir',
    flag: 'output-dir',
    short: 'o',
    boolean: false,
    placeholder: 'dir',
    description: 'render: write one file per object into this directory instead of printing.',
    parse: (label, raw) => parseSingleLine(label, raw, 'a directory path'),
  },
  {
    setting: 'namespaceOverride',
    input: 'namespace',
    flag: 'namespace',
    boolean: false,
    placeholder: 'ns',
    description: 'Deploy every cluster into this namespace instead of the spec’s.',
    parse: parseNamespace,
  },
];

/** Inputs only the action has: they need a GitHub run around them. */
export const actionOnlyInputs = [
  'command',
  'github-token',
  'comment',
  'comment-group',
  'job-summary',
  'deployments',
  'environment',
  'preview-namespace',
  'preview-host',
  'preview-ttl',
  'allow-forks',
] as const;
export type ActionOnlyInput = (typeof actionOnlyInputs)[number];

/** Flags only the CLI has (the command is positional there). */
export const cliOnlyFlags = ['help', 'show-secrets', 'repository'] as const;
