import type { PreviewOptions } from '../settings/action-inputs.js';
import { Command, type Settings } from '../settings/types.js';
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

/** The spec's `preview:` block (same shape as the generated spec type). */
export interface PreviewSpec {
  clusters?: string[];
  host?: string;
  ttlHours?: number;
  imageTag?: string;
}

export interface EventRunInput {
  eventName: string;
  /** The parsed event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  /** The `command` input; `auto` lets the event decide. */
  command: Command | 'auto';
  app: string;
  releases?: readonly ReleaseRule[];
  preview?: PreviewSpec;
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
  | { kind: 'preview-down'; command: typeof Command.PreviewDown; pr: number; namespace: string; environment: string; host?: string; clusters?: string[] }
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

/** A PR whose head lives in another repository (a fork; a deleted fork has no head repo at all). */
export function isForkPullRequest(payload: PullRequestPayload): boolean {
  const head = payload.pull_request.head.repo?.full_name;
  return head === undefined || head.toLowerCase() !== payload.pull_request.base.repo.full_name.toLowerCase();
}

function forkRefusal(payload: PullRequestPayload): string {
  const head = payload.pull_request.head.repo?.full_name ?? 'a deleted fork';
  return (
    `pull request #${payload.pull_request.number} comes from ${head}, a fork of ${payload.pull_request.base.repo.full_name}: ` +
    'its code would deploy with this workflow’s cluster credentials, so k8deployer refuses to preview it. ' +
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
    const down: EventRun = { kind: 'preview-down', command: Command.PreviewDown, pr, namespace, environment, ...clusters };
    if (hostPattern) down.host = previewHost(hostPattern, { app: input.app, pr });
    return down;
  }
  if (!input.options.allowForks && isForkPullRequest(payload)) return { kind: 'refused', reason: forkRefusal(payload) };
  const sha = payload.pull_request.head.sha;
  const imageTag = (input.preview?.imageTag ?? 'pr-${pr}').replaceAll('${pr}', String(pr)).replaceAll('${sha}', sha);
  const run: EventRun = { kind: 'preview-up', command: Command.PreviewUp, pr, sha, namespace, environment, imageTag, ...clusters };
  if (hostPattern) {
    run.host = previewHost(hostPattern, { app: input.app, pr });
    run.url = `https://${run.host}`;
  }
  return run;
}

/** Decides what this workflow run does from the triggering event, the `command` input and the spec's rules. */
export function resolveEventRun(input: EventRunInput): EventRun {
  const { command, eventName, payload } = input;
  const isPullRequestEvent = eventName === 'pull_request' || eventName === 'pull_request_target';

  if (command === Command.PreviewUp || command === Command.PreviewDown) {
    if (!isPullRequestEvent || !isPullRequestPayload(payload)) {
      return { kind: 'refused', reason: `command ${command} needs a pull_request event (this run was triggered by ${eventName || 'nothing'})` };
    }
    return previewRun(input, payload, command === Command.PreviewUp);
  }

  // A scheduled workflow in auto mode cleans up previews whose pull request was forgotten.
  if (command === 'auto' && eventName === 'schedule') return { kind: 'command', command: Command.PreviewSweep };

  if (command === 'auto' && isPullRequestEvent && isPullRequestPayload(payload)) {
    const action = payload.action;
    if (previewUpActions.has(action)) return previewRun(input, payload, true);
    if (action === 'closed') return previewRun(input, payload, false);
    return { kind: 'skip', reason: `pull_request action "${action}" does not change the preview` };
  }

  const push = payload as PushPayload | null;
  if ((command === 'auto' || command === Command.Deploy) && eventName === 'push' && push?.ref?.startsWith('refs/tags/')) {
    const tag = push.ref.slice('refs/tags/'.length);
    if (push.deleted) return { kind: 'skip', reason: `tag ${tag} was deleted` };
    const rules = input.releases ?? [];
    const match = matchReleaseRule(tag, rules);
    if (match) {
      const run: EventRun = { kind: 'release', command: Command.Deploy, tag, version: match.version, imageTag: match.imageTag };
      if (match.environment !== undefined) run.environment = match.environment;
      if (match.clusters !== undefined) run.clusters = match.clusters;
      return run;
    }
    if (rules.length > 0 && command === 'auto') {
      return { kind: 'skip', reason: `tag ${tag} matches no release rule (${rules.map((rule) => rule.tag).join(', ')})` };
    }
    if (rules.length === 0) return { kind: 'release', command: Command.Deploy, tag, version: tag.replace(/^v(?=\d)/, ''), imageTag: tag };
  }
  return { kind: 'command', command: command === 'auto' ? Command.Deploy : command };
}

/**
 * Applies the event's decisions to the settings. Inputs the user set win: a given namespace, image tag or cluster
 * list is never overridden by the event.
 */
export function settingsForEventRun(settings: Settings, run: EventRun): Settings {
  if (run.kind === 'skip' || run.kind === 'refused') return settings;
  const next: Settings = { ...settings, command: run.command };
  if (run.kind === 'command') return next;
  if ((run.kind === 'preview-up' || run.kind === 'release') && settings.imageTag === undefined) next.imageTag = run.imageTag;
  if ((run.kind === 'preview-up' || run.kind === 'preview-down') && settings.namespaceOverride === undefined) {
    next.namespaceOverride = run.namespace;
  }
  if (run.clusters && settings.clusters.length === 0) next.clusters = [...run.clusters];
  return next;
}
