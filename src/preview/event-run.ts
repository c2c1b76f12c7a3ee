import { InputError } from '../errors.js';
import type { PreviewOptions } from '../settings/action-inputs.js';
import { Command, type Settings } from '../settings/types.js';
import type { Preview } from '../spec/spec-types.generated.js';
import { previewHost, previewNamespace } from './names.js';
import { type ReleaseRule, matchReleaseRule } from './release-rules.js';

/** The parts of a `pull_request` / `pull_request_target` webhook payload we read. */
export interface PullRequestPayload {
  action: string;
  number: number;
  pull_request: {
    number: number;
    state?: string;
    merged?: boolean;
    html_url?: string;
    head: { ref: string; sha: string; repo: { full_name: string } | null };
    base: { ref: string; sha?: string; repo: { full_name: string } };
  };
}

/** The parts of a `push` webhook payload we read. */
export interface PushPayload {
  ref: string;
  after?: string;
  deleted?: boolean;
}

export interface EventRunInput {
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  /** The `command` input; `auto` lets the event decide. */
  command: Command | 'auto';
  app: string;
  releases?: readonly ReleaseRule[];
  preview?: Preview;
  /** Where previews go when the spec's preview block names no clusters: its first cluster. */
  defaultPreviewClusters?: string[];
  options: PreviewOptions;
}

export type EventRun =
  | {
      kind: 'preview-up';
      command: typeof Command.PreviewUp;
      pr: number;
      sha: string;
      namespace: string;
      environment: string;
      imageTag: string;
      host?: string;
      url?: string;
      clusters?: string[];
    }
  | {
      kind: 'preview-down';
      command: typeof Command.PreviewDown;
      pr: number;
      namespace: string;
      environment: string;
      host?: string;
      clusters?: string[];
    }
  | {
      kind: 'release';
      command: typeof Command.Deploy;
      tag: string;
      version: string;
      imageTag: string;
      environment?: string;
      clusters?: string[];
    }
  /** The event does not decide: run this command with the inputs as given. */
  | { kind: 'command'; command: Command }
  /** Nothing to do for this event (e.g. a PR label change); exit successfully and say why. */
  | { kind: 'skip'; reason: string }
  /** Must not run (e.g. a fork PR); fail and say why. */
  | { kind: 'refused'; reason: string };

const previewUpActions = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);

function isPullRequestPayload(payload: unknown): payload is PullRequestPayload {
  const pr = (payload as { pull_request?: { head?: unknown; base?: unknown; number?: unknown } } | null)?.pull_request;
  return typeof pr === 'object' && pr !== null && typeof pr.number === 'number' && !!pr.head && !!pr.base;
}

/**
 * The base commit of the pull request this event is about (pull_request, pull_request_target, reviews...), or
 * undefined when the event is not about one. Its spec is the trusted source of cluster credentials.
 */
export function pullRequestBase(payload: unknown): { sha: string; pr: number } | undefined {
  if (!isPullRequestPayload(payload)) return undefined;
  return {
    sha: typeof payload.pull_request.base.sha === 'string' ? payload.pull_request.base.sha : '',
    pr: payload.pull_request.number,
  };
}

/** A PR whose head lives in another repository (a fork; a deleted fork has no head repo at all). */
export function isForkPullRequest(payload: PullRequestPayload): boolean {
  const head = payload.pull_request.head.repo?.full_name;
  const base = (payload.pull_request.base.repo as { full_name?: unknown } | undefined)?.full_name;
  // A payload that cannot say where the head lives is treated as a fork: fail closed.
  return typeof head !== 'string' || typeof base !== 'string' || head.toLowerCase() !== base.toLowerCase();
}

function forkRefusal(payload: PullRequestPayload, command: Command): string {
  const head = payload.pull_request.head.repo?.full_name ?? 'a deleted fork';
  return (
    `pull request #${payload.pull_request.number} comes from ${head}, a fork of ${payload.pull_request.base.repo?.full_name ?? 'this repository'}: ` +
    `its code would run with this workflow’s cluster credentials, so k8deployer refuses to ${command} it. ` +
    'Set allow-forks: true only if every fork contributor is trusted.'
  );
}

function previewRun(input: EventRunInput, payload: PullRequestPayload, up: boolean): EventRun {
  const pr = payload.pull_request.number;
  const namespace = previewNamespace(input.options.namespacePattern, { app: input.app, pr });
  const environment = `pr-${pr}`;
  const previewClusters = input.preview?.clusters ?? input.defaultPreviewClusters;
  const clusters = previewClusters ? { clusters: [...previewClusters] } : {};
  const hostPattern = input.options.hostPattern ?? input.preview?.host;
  if (!up) {
    const down: EventRun = {
      kind: 'preview-down',
      command: Command.PreviewDown,
      pr,
      namespace,
      environment,
      ...clusters,
    };
    if (hostPattern) down.host = previewHost(hostPattern, { app: input.app, pr });
    return down;
  }
  const sha = payload.pull_request.head.sha;
  const imageTag = (input.preview?.imageTag ?? 'pr-${pr}').replaceAll('${pr}', String(pr)).replaceAll('${sha}', sha);
  const run: EventRun = {
    kind: 'preview-up',
    command: Command.PreviewUp,
    pr,
    sha,
    namespace,
    environment,
    imageTag,
    ...clusters,
  };
  if (hostPattern) {
    run.host = previewHost(hostPattern, { app: input.app, pr });
    run.url = `https://${run.host}`;
  }
  return run;
}

const pullRequestEvents = new Set(['pull_request', 'pull_request_target']);

/** Commands that use cluster credentials: everything but render. */
const credentialedCommands = new Set<Command>([
  Command.Plan,
  Command.Deploy,
  Command.Delete,
  Command.PreviewUp,
  Command.PreviewDown,
  Command.PreviewSweep,
  Command.Promote,
  Command.Abort,
]);

/**
 * Events auto mode does not act on: their payload is written by someone who may not be trusted with the workflow's
 * credentials (a comment, a review), or they run on a ref that is not a branch of this repository (a merge queue's
 * temporary branch, another workflow's run). A workflow that wants them sets `command:` explicitly.
 */
function autoSkipReason(eventName: string): string {
  return (
    `auto mode does not deploy on ${eventName ? `${eventName} events` : 'an unknown event'} ` +
    '(only push, pull_request, pull_request_target, schedule and workflow_dispatch decide a command); set `command:` explicitly if this event should run one'
  );
}

/**
 * Decides what this workflow run does from the triggering event, the `command` input and the spec's rules (the
 * table is in docs/action.md). On a pull request from a fork no credentialed command runs unless `allow-forks`.
 */
export function resolveEventRun(input: EventRunInput): EventRun {
  const { command, eventName, payload } = input;
  // Any payload about a pull request counts for the fork rule (pull_request_review and _comment carry one too).
  const pullRequest = isPullRequestPayload(payload) ? payload : undefined;
  const fork = pullRequest !== undefined && isForkPullRequest(pullRequest) && !input.options.allowForks;

  if (command === Command.PreviewUp || command === Command.PreviewDown) {
    if (!pullRequest || !pullRequestEvents.has(eventName)) {
      return {
        kind: 'refused',
        reason: `command ${command} needs a pull_request event (this run was triggered by ${eventName || 'nothing'})`,
      };
    }
    if (fork) return { kind: 'refused', reason: forkRefusal(pullRequest, command) };
    return previewRun(input, pullRequest, command === Command.PreviewUp);
  }
  if (command === Command.PreviewSweep && pullRequest) {
    // The sweep would take its clusters from the checked-out spec, which on a pull request is the PR's.
    return {
      kind: 'refused',
      reason: `command ${command} does not run on pull request events; run it on schedule (auto mode does) or workflow_dispatch`,
    };
  }
  if (command !== 'auto') {
    if (fork && credentialedCommands.has(command))
      return { kind: 'refused', reason: forkRefusal(pullRequest, command) };
    return explicitRun(input, command);
  }

  switch (eventName) {
    case 'schedule':
      // A scheduled workflow in auto mode cleans up previews whose pull request was forgotten.
      return { kind: 'command', command: Command.PreviewSweep };
    case 'workflow_dispatch':
      return { kind: 'command', command: Command.Deploy };
    case 'push':
      return pushRun(input, payload as PushPayload | null, 'auto');
    case 'pull_request':
    case 'pull_request_target': {
      if (!pullRequest) return { kind: 'skip', reason: `the ${eventName} payload has no pull request` };
      const action = pullRequest.action;
      if (previewUpActions.has(action))
        return fork
          ? { kind: 'refused', reason: forkRefusal(pullRequest, Command.PreviewUp) }
          : previewRun(input, pullRequest, true);
      // Without allow-forks a fork never got a preview, so there is nothing of it to tear down.
      if (action === 'closed') {
        return fork
          ? {
              kind: 'skip',
              reason: `pull request #${pullRequest.pull_request.number} comes from a fork and was never previewed`,
            }
          : previewRun(input, pullRequest, false);
      }
      return { kind: 'skip', reason: `pull_request action "${action}" does not change the preview` };
    }
    default:
      return { kind: 'skip', reason: autoSkipReason(eventName) };
  }
}

/** An explicit command: tag pushes still pick their release rule so `command: deploy` on tags behaves like auto. */
function explicitRun(input: EventRunInput, command: Command): EventRun {
  if (command === Command.Deploy && input.eventName === 'push')
    return pushRun(input, input.payload as PushPayload | null, command);
  return { kind: 'command', command };
}

function pushRun(input: EventRunInput, push: PushPayload | null, command: Command | 'auto'): EventRun {
  const ref = typeof push?.ref === 'string' ? push.ref : '';
  if (!ref.startsWith('refs/tags/')) {
    if (command === 'auto' && push?.deleted)
      return { kind: 'skip', reason: `branch ${ref.replace(/^refs\/heads\//, '')} was deleted` };
    return { kind: 'command', command: command === 'auto' ? Command.Deploy : command };
  }
  const tag = ref.slice('refs/tags/'.length);
  if (push?.deleted) return { kind: 'skip', reason: `tag ${tag} was deleted` };
  const rules = input.releases ?? [];
  const match = matchReleaseRule(tag, rules);
  if (match) {
    const run: EventRun = {
      kind: 'release',
      command: Command.Deploy,
      tag,
      version: match.version,
      imageTag: match.imageTag,
    };
    if (match.environment !== undefined) run.environment = match.environment;
    if (match.clusters !== undefined) run.clusters = match.clusters;
    return run;
  }
  if (rules.length > 0 && command === 'auto') {
    return { kind: 'skip', reason: `tag ${tag} matches no release rule (${rules.map((rule) => rule.tag).join(', ')})` };
  }
  if (rules.length === 0)
    return { kind: 'release', command: Command.Deploy, tag, version: tag.replace(/^v(?=\d)/, ''), imageTag: tag };
  return { kind: 'command', command: Command.Deploy };
}

/**
 * Applies the event's decisions to the settings. A given image tag or cluster list wins over the event; the
 * namespace does not: a preview only ever writes its own namespace, so a `namespace` input naming another one is an
 * error (it would send the PR's code into that namespace and let closing the PR delete it).
 */
export function settingsForEventRun(settings: Settings, run: EventRun): Settings {
  if (run.kind === 'skip' || run.kind === 'refused') return settings;
  const next: Settings = { ...settings, command: run.command };
  if (run.kind === 'command') return next;
  if ((run.kind === 'preview-up' || run.kind === 'release') && settings.imageTag === undefined)
    next.imageTag = run.imageTag;
  if (run.kind === 'preview-up' || run.kind === 'preview-down') {
    if (settings.namespaceOverride !== undefined && settings.namespaceOverride !== run.namespace) {
      throw new InputError(
        `input "namespace": a ${run.command} run only writes its own namespace ${run.namespace}, but the input names ${settings.namespaceOverride}; ` +
          "leave namespace empty on pull request events (e.g. namespace: ${{ github.event_name == 'push' && 'my-namespace' || '' }}) " +
          'or set the preview namespace pattern with preview-namespace',
      );
    }
    next.namespaceOverride = run.namespace;
  }
  if (run.clusters && settings.clusters.length === 0) next.clusters = [...run.clusters];
  return next;
}
