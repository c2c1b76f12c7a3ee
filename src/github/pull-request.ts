import { type GitHubClient, type RepoRef, githubCall, githubJson } from './client.js';

/** What a preview run needs to know about a pull request as it is now (not as the event saw it). */
export interface LivePullRequest {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  headSha: string;
  /** owner/name of the head repository; undefined when the fork was deleted. */
  headRepo?: string;
  baseRepo: string;
  author?: string;
  labels: string[];
}

/** https://docs.github.com/rest/pulls/pulls#get-a-pull-request (`pull-requests: read`). */
export async function readPullRequest(client: GitHubClient, repo: RepoRef, number: number): Promise<LivePullRequest> {
  const { data } = await githubCall(`reading pull request #${number}`, 'pull-requests: read', () =>
    client.rest.pulls.get({ ...repo, pull_number: number, headers: githubJson }),
  );
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged === true,
    draft: data.draft === true,
    headSha: data.head.sha,
    ...(data.head.repo?.full_name ? { headRepo: data.head.repo.full_name } : {}),
    baseRepo: data.base.repo.full_name,
    ...(data.user?.login ? { author: data.user.login } : {}),
    labels: data.labels.map((label) => label.name),
  };
}

/**
 * The open pull request whose head is `headOwner:headBranch` at `headSha`: how a `workflow_run` of a fork finds its
 * pull request (GitHub leaves `workflow_run.pull_requests` empty for forks).
 * https://docs.github.com/rest/pulls/pulls#list-pull-requests
 */
export async function findPullRequestByHead(
  client: GitHubClient,
  repo: RepoRef,
  head: { owner: string; branch: string; sha: string },
): Promise<number | undefined> {
  const { data } = await githubCall(
    `finding the pull request of ${head.owner}:${head.branch}`,
    'pull-requests: read',
    () =>
      client.rest.pulls.list({
        ...repo,
        state: 'open',
        head: `${head.owner}:${head.branch}`,
        per_page: 10,
        headers: githubJson,
      }),
  );
  return data.find((pull) => pull.head.sha === head.sha)?.number;
}
