import type { GitHubClient, RepoRef } from '../github/client.js';
import type { GitHubRunContext } from '../github/run-context.js';
import type { LivePullRequest } from '../github/pull-request.js';
import { type PullRequestPayload, workflowRunTarget } from '../preview/event-run.js';
import { type Freshness, previewFreshness } from '../preview/freshness.js';
import type { ActionSettings } from '../settings/index.js';

/** The REST client and repository of this run, or nothing without a token or outside GitHub Actions. */
export interface GitHubApi {
  client: GitHubClient;
  repo: RepoRef;
}

export async function githubApi(
  action: ActionSettings,
  context: GitHubRunContext | undefined,
): Promise<GitHubApi | undefined> {
  if (action.githubToken === '' || context === undefined) return undefined;
  // Loaded only when used: @actions/github costs a noticeable part of the cold start.
  const { createGitHubClient } = await import('../github/client.js');
  return {
    client: createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
    repo: { owner: context.owner, repo: context.repo },
  };
}

export async function livePullRequest(api: GitHubApi, pr: number): Promise<LivePullRequest> {
  const { readPullRequest } = await import('../github/pull-request.js');
  return readPullRequest(api.client, api.repo, pr);
}

const labelActions = new Set(['labeled', 'unlabeled']);

/**
 * Label events are queued: by the time this run starts, the labels may have changed again (a label added and
 * removed quickly). The opt-in decision uses the labels and draft state the API reports now; if it cannot be read,
 * the payload's are used and a warning says so.
 */
export async function withCurrentLabels(
  payload: unknown,
  api: GitHubApi | undefined,
  warn: (message: string) => void,
): Promise<unknown> {
  const event = payload as Partial<PullRequestPayload> | null;
  if (!api || !event?.pull_request || !labelActions.has(event.action ?? '')) return payload;
  try {
    const live = await livePullRequest(api, event.pull_request.number);
    return {
      ...event,
      pull_request: {
        ...event.pull_request,
        labels: live.labels.map((name) => ({ name })),
        draft: live.draft,
      },
    };
  } catch (error) {
    warn(`the labels were not re-read (${error instanceof Error ? error.message : String(error)}); using the event's`);
    return payload;
  }
}

/**
 * The PR's state now compared with this run's commit; undefined (carry on) when the API cannot say: the check only
 * avoids wasted or stale work, the preview's safety does not depend on it.
 */
export async function freshness(
  api: GitHubApi | undefined,
  run: { pr: number; sha: string },
  warn: (message: string) => void,
): Promise<Freshness | undefined> {
  if (!api) return undefined;
  try {
    return previewFreshness(run, await livePullRequest(api, run.pr));
  } catch (error) {
    warn(
      `could not check whether pull request #${run.pr} moved on (${error instanceof Error ? error.message : String(error)})`,
    );
    return undefined;
  }
}

/**
 * workflow_run: the pull request the completed build was for, assembled from the trusted payload (head SHA and
 * repository) and the pulls API (number for forks, labels, draft, state). The build's artifacts are never read.
 */
export async function workflowRunPullRequest(
  payload: unknown,
  api: GitHubApi | undefined,
): Promise<PullRequestPayload | undefined> {
  const target = workflowRunTarget(payload);
  if (target.kind === 'skip' || !api) return undefined;
  let number = target.number;
  if (number === undefined) {
    const { findPullRequestByHead } = await import('../github/pull-request.js');
    number = await findPullRequestByHead(api.client, api.repo, { ...target.head, sha: target.sha });
  }
  if (number === undefined) return undefined;
  const live = await livePullRequest(api, number);
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: live.state,
      draft: live.draft,
      labels: live.labels.map((name) => ({ name })),
      // The commit the build built, not the head now: a newer push makes this run superseded (checked later).
      head: { ref: target.head.branch, sha: target.sha, repo: live.headRepo ? { full_name: live.headRepo } : null },
      base: { ref: '', repo: { full_name: live.baseRepo } },
    },
  };
}
