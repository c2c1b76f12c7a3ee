// Runs the bundled action (dist/index.js) the way the GitHub runner does: a fresh `node` process whose environment
// holds only what the runner sets (INPUT_* for every input of action.yml with its default, GITHUB_*, RUNNER_TEMP,
// PATH, HOME) plus the step's `env:` (here the kubeconfigs the spec names). GitHub's REST API is the local contract
// server of the unit tests. Used by __tests__/e2e/action*.test.ts.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { GitHubContractServer } from '../unit/github/github-contract-server.js';
import type { TestCluster } from './testbed.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, '__tests__/fixtures/action');
/**
 * The bundle under test; K8DEPLOYER_ACTION_ENTRY points elsewhere when set: a private ncc build, or the source entry
 * `src/index.ts` (run through tsx, so a change is tested before dist/ is rebuilt).
 */
export const ACTION_ENTRY =
  process.env.K8DEPLOYER_ACTION_ENTRY ||
  (process.env.K8DEPLOYER_ACTION_SOURCE === '1' ? path.join(ROOT, 'src/index.ts') : path.join(ROOT, 'dist/index.js'));
/**
 * Node arguments that start ACTION_ENTRY: TypeScript sources need the tsx loader (resolved from here, not the
 * workspace).
 */
export function entryArgs(entry: string = ACTION_ENTRY): string[] {
  return /\.[cm]?ts$/.test(entry) ? ['--import', import.meta.resolve('tsx'), path.resolve(ROOT, entry)] : [entry];
}

export const REPOSITORY = 'acme/shop';
/** GITHUB_REPOSITORY_ID the runner sets; preview namespaces carry it as k8deployer.io/repository=gh-<id>. */
export const REPOSITORY_ID = '1296269';
export const REPOSITORY_LABEL_VALUE = `gh-${REPOSITORY_ID}`;
export const SERVER_URL = 'https://github.com';

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** GITHUB_STEP_SUMMARY as written. */
  summary: string;
  /** `::error …::` / `::warning …::` workflow commands printed on stdout. */
  annotations: Annotation[];
  durationMs: number;
  /** stdout + stderr, for assertion messages. */
  log: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface RunOptions {
  eventName: string;
  payload: unknown;
  /** Inputs as written under `with:` (names as in action.yml); unset ones get action.yml's default. */
  inputs?: Record<string, string>;
  /** The step's `env:`. */
  env?: Record<string, string>;
  /** GITHUB_SHA, GITHUB_REF, GITHUB_RUN_ID. */
  sha?: string;
  ref?: string;
  runId?: string;
  /** Kill the action after this long (default 3 minutes). */
  timeoutMs?: number;
  /**
   * Files of the repository at the pull request's base commit (served by the contents API for events about a
   * pull request). Default: the workspace's files as they are now, i.e. a pull request that changes no spec.
   */
  baseFiles?: Record<string, string>;
  /**
   * The pulls API serves the pull request as the payload describes it (state, head, draft, labels), as GitHub would
   * right after the event; true leaves `github.pulls` as the test set it (a PR that moved on since the event).
   */
  keepPullRequest?: boolean;
  /** Called once the process is spawned, e.g. to signal it mid-run (it may add its own stdout listeners). */
  onSpawn?: (child: ChildProcess) => void;
}

/** Reads GITHUB_OUTPUT / GITHUB_ENV files: `name<<DELIMITER\nvalue\nDELIMITER` blocks and plain `name=value` lines. */
export function parseGitHubFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const value: string[] = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i] ?? '');
      }
      if (!closed) throw new Error(`unterminated ${name}<<${delimiter} block in:\n${text}`);
      result[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`malformed line ${JSON.stringify(line)} in:\n${text}`);
    result[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return result;
}

function unescapeCommand(text: string, property: boolean): string {
  let out = text.replaceAll('%0D', '\r').replaceAll('%0A', '\n');
  if (property) out = out.replaceAll('%3A', ':').replaceAll('%2C', ',');
  return out.replaceAll('%25', '%');
}

/** `::error file=k8deployer.yaml,line=9,col=11::message` lines (https://docs.github.com/actions/reference/workflow-commands). */
export function parseAnnotations(stdout: string): Annotation[] {
  const annotations: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeCommand(pair.slice(eq + 1), true);
    }
    annotations.push({
      level: match[1] as Annotation['level'],
      properties,
      message: unescapeCommand(match[3] ?? '', false),
    });
  }
  return annotations;
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>;
}

/** Warns when a source file is newer than the bundle: the test would then exercise old code. */
function warnIfStale(): void {
  if (/\.[cm]?ts$/.test(ACTION_ENTRY)) return;
  if (!existsSync(ACTION_ENTRY)) {
    throw new Error(`${ACTION_ENTRY} does not exist: build it with \`bash scripts/node24.sh npm run build\``);
  }
  const built = statSync(ACTION_ENTRY).mtimeMs;
  const newer: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && statSync(full).mtimeMs > built) newer.push(path.relative(ROOT, full));
    }
  };
  walk(path.join(ROOT, 'src'));
  if (newer.length > 0) {
    console.warn(
      `warning: ${path.relative(ROOT, ACTION_ENTRY)} is older than ${newer.slice(0, 5).join(', ')}${newer.length > 5 ? ', …' : ''}; rebuild it (npm run build)`,
    );
  }
}

/** One fake repository checkout + runner directories + GitHub API, shared by the runs of a test file. */
export class ActionHarness {
  readonly github = new GitHubContractServer();
  readonly root = mkdtempSync(path.join(tmpdir(), 'k8deployer-action-e2e-'));
  readonly workspace = path.join(this.root, 'workspace');
  private runs = 0;
  private readonly inputDefaults: Record<string, string>;

  constructor() {
    mkdirSync(this.workspace);
    mkdirSync(path.join(this.root, 'runner-temp'));
    const actionYaml = load(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml;
    this.inputDefaults = Object.fromEntries(
      Object.entries(actionYaml.inputs).map(([name, input]) => [name, String(input.default ?? '')]),
    );
  }

  async start(): Promise<this> {
    warnIfStale();
    await this.github.start();
    return this;
  }

  async stop(): Promise<void> {
    await this.github.stop();
    rmSync(this.root, { recursive: true, force: true });
  }

  /** Copies a spec fixture into the workspace, with `namespace: acme` replaced (same line count, so lines stay). */
  writeSpec(
    fixture: string,
    options: { as?: string; namespace?: string; transform?: (text: string) => string } = {},
  ): string {
    let text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
    if (options.namespace) text = text.replace(/^namespace: .*$/m, `namespace: ${options.namespace}`);
    if (options.transform) text = options.transform(text);
    const file = path.join(this.workspace, options.as ?? 'k8deployer.yaml');
    writeFileSync(file, text);
    return file;
  }

  /** Writes a file into the workspace (e.g. a manifest the spec names). */
  writeFile(name: string, text: string): string {
    const file = path.join(this.workspace, name);
    writeFileSync(file, text);
    return file;
  }

  readWorkspaceFile(name: string): string {
    return readFileSync(path.join(this.workspace, name), 'utf8');
  }

  /** The step env that gives the spec's `kubeconfigEnv: CLUSTER_<i>_KUBECONFIG` the test clusters' kubeconfigs. */
  static kubeconfigEnv(clusters: TestCluster[]): Record<string, string> {
    return Object.fromEntries(
      clusters.map((cluster, i) => [`CLUSTER_${i + 1}_KUBECONFIG`, readFileSync(cluster.kubeconfigPath, 'utf8')]),
    );
  }

  /**
   * What the runner passes for `with:`: every input of action.yml, defaults evaluated (github.token → the test token).
   */
  inputEnv(inputs: Record<string, string> = {}): Record<string, string> {
    const env: Record<string, string> = {};
    for (const [name, fallback] of Object.entries(this.inputDefaults)) {
      const value = inputs[name] ?? fallback.replace('${{ github.token }}', this.github.token);
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    for (const name of Object.keys(inputs)) {
      if (!(name in this.inputDefaults)) throw new Error(`action.yml has no input ${name}`);
    }
    return env;
  }

  /** The workspace's top-level files by name, as the contents API would serve them at a commit. */
  private workspaceFiles(): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(this.workspace, { withFileTypes: true })) {
      if (entry.isFile()) files[entry.name] = readFileSync(path.join(this.workspace, entry.name), 'utf8');
    }
    return files;
  }

  private syncPullRequest(payload: unknown): void {
    const pull = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request as
      | {
          number: number;
          state?: string;
          draft?: boolean;
          merged?: boolean;
          labels?: { name: string }[];
          user?: { login?: string };
          head: { sha: string; ref?: string; repo?: { full_name?: string } | null };
        }
      | undefined;
    if (!pull || typeof pull.number !== 'number') return;
    this.github.pulls.set(pull.number, {
      number: pull.number,
      state: pull.state === 'closed' ? 'closed' : 'open',
      merged: pull.merged === true,
      draft: pull.draft === true,
      headSha: pull.head.sha,
      ...(pull.head.ref ? { headRef: pull.head.ref } : {}),
      headRepo: pull.head.repo === null ? null : (pull.head.repo?.full_name ?? REPOSITORY),
      ...(pull.user?.login ? { author: pull.user.login } : {}),
      labels: (pull.labels ?? []).map((label) => label.name),
    });
  }

  async run(options: RunOptions): Promise<ActionRun> {
    const n = ++this.runs;
    const dir = path.join(this.root, `run-${n}`);
    mkdirSync(dir);
    const eventPath = path.join(dir, 'event.json');
    const outputPath = path.join(dir, 'github_output');
    const summaryPath = path.join(dir, 'step_summary');
    writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
    const baseSha = (options.payload as { pull_request?: { base?: { sha?: unknown } } } | null)?.pull_request?.base
      ?.sha;
    if (typeof baseSha === 'string')
      this.github.files.set(baseSha, new Map(Object.entries(options.baseFiles ?? this.workspaceFiles())));
    if (!options.keepPullRequest) this.syncPullRequest(options.payload);
    for (const file of [
      outputPath,
      summaryPath,
      path.join(dir, 'github_env'),
      path.join(dir, 'github_path'),
      path.join(dir, 'github_state'),
    ]) {
      writeFileSync(file, '');
    }
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? this.root,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION: '__acme_k8deployer',
      GITHUB_ACTOR: 'octocat',
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY_ID: REPOSITORY_ID,
      GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0] ?? '',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_ENV: path.join(dir, 'github_env'),
      GITHUB_PATH: path.join(dir, 'github_path'),
      GITHUB_STATE: path.join(dir, 'github_state'),
      GITHUB_API_URL: this.github.url,
      GITHUB_SERVER_URL: SERVER_URL,
      GITHUB_GRAPHQL_URL: `${this.github.url}/graphql`,
      GITHUB_RUN_ID: options.runId ?? String(7_000_000 + n),
      GITHUB_RUN_NUMBER: String(n),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: options.sha ?? 'e5bd3914e2e596debea16f433f57875b5b90bcd6',
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: path.join(this.root, 'runner-temp'),
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ...this.inputEnv(options.inputs),
      ...options.env,
    };
    const started = Date.now();
    const { code, signal, stdout, stderr } = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      // The runner starts `node <action>/dist/index.js` in the workspace.
      const child = spawn(process.execPath, entryArgs(), {
        cwd: this.workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      options.onSpawn?.(child);
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
      child.on('error', reject);
      child.on('close', (exitCode, exitSignal) => {
        clearTimeout(timer);
        resolve({ code: exitCode, signal: exitSignal, stdout: out, stderr: err });
      });
    });
    const durationMs = Date.now() - started;
    const outputText = readFileSync(outputPath, 'utf8');
    const summary = readFileSync(summaryPath, 'utf8');
    const log = `exit ${code}${signal ? ` (${signal})` : ''} after ${durationMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}\n--- GITHUB_OUTPUT\n${outputText}`;
    // K8DEPLOYER_ACTION_E2E_DEBUG=1 prints every run's log and job summary.
    if (process.env.K8DEPLOYER_ACTION_E2E_DEBUG)
      console.log(`=== action run ${n} (${options.eventName})\n${log}\n--- GITHUB_STEP_SUMMARY\n${summary}`);
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs: parseGitHubFileCommands(outputText),
      summary,
      annotations: parseAnnotations(stdout),
      durationMs,
      log,
    };
  }
}

/** A payload fixture with the pull request number (and optionally the head SHA) replaced. */
export function pullRequestPayload(fixture: string, pr: number, headSha?: string): Record<string, unknown> {
  const payload = JSON.parse(readFileSync(path.join(FIXTURES, fixture), 'utf8')) as {
    number: number;
    after?: string;
    pull_request: { number: number; url: string; html_url: string; head: { sha: string } };
  };
  payload.number = pr;
  payload.pull_request.number = pr;
  payload.pull_request.url = payload.pull_request.url.replace(/\/\d+$/, `/${pr}`);
  payload.pull_request.html_url = payload.pull_request.html_url.replace(/\/\d+$/, `/${pr}`);
  if (headSha) {
    payload.pull_request.head.sha = headSha;
    if (payload.after) payload.after = headSha;
  }
  return payload;
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
}

/** A PR number no earlier run used on long-lived clusters (K8DEPLOYER_TEST_KUBECONFIGS). */
export function randomPullRequestNumber(): number {
  return 1000 + (randomBytes(2).readUInt16BE() % 9000);
}
