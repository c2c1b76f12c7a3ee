import { type GitHubClient, type RepoRef, githubCall } from './client.js';

export interface StickyCommentOptions extends RepoRef {
  issueNumber: number;
  /** Hidden marker identifying our comment, e.g. `<!-- k8deployer:shop:pr-12 -->`; the body must start with it. */
  marker: string;
  body: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** Finds the first comment on the issue or PR that carries the marker, reading every page if needed. */
export async function findStickyComment(
  client: GitHubClient,
  options: Omit<StickyCommentOptions, 'body'>,
): Promise<{ id: number; body: string; url: string } | undefined> {
  return githubCall('listing pull request comments', 'pull-requests: read', async () => {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((comment) => comment.body?.includes(options.marker));
      if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
  });
}

/** Updates our comment in place, or creates it once; re-runs never add a second comment. */
export async function upsertStickyComment(client: GitHubClient, options: StickyCommentOptions): Promise<StickyCommentResult> {
  const body = options.body.includes(options.marker) ? options.body : `${options.marker}\n${options.body}`;
  const existing = await findStickyComment(client, options);
  if (existing && existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
  if (existing) {
    const { data } = await githubCall('updating the pull request comment', 'pull-requests: write', () =>
      client.rest.issues.updateComment({ owner: options.owner, repo: options.repo, comment_id: existing.id, body }),
    );
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await githubCall('creating the pull request comment', 'pull-requests: write', () =>
    client.rest.issues.createComment({ owner: options.owner, repo: options.repo, issue_number: options.issueNumber, body }),
  );
  return { action: 'created', id: data.id, url: data.html_url };
}
