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

/** Who the token writes comments as. */
export interface CommentIdentity {
  login: string;
  bot: boolean;
}

/** The login GitHub shows for comments made with the workflow's GITHUB_TOKEN. */
export const actionsBotLogin = 'github-actions[bot]';

const identities = new WeakMap<GitHubClient, Promise<CommentIdentity>>();

/**
 * `GET /user` names the owner of a user token (a PAT, a user-to-server token). An installation token (the
 * workflow's GITHUB_TOKEN, or another app's) may not call it and gets 403 "Resource not accessible by integration";
 * GITHUB_TOKEN's comments are then written by github-actions[bot]. (A token of another GitHub App cannot learn its
 * own bot login without the app's private key, so its old comments are not recognised and a new one is posted.)
 */
export function tokenIdentity(client: GitHubClient): Promise<CommentIdentity> {
  const cached = identities.get(client);
  if (cached) return cached;
  const identity = (async (): Promise<CommentIdentity> => {
    try {
      const { data } = await client.rest.users.getAuthenticated();
      return { login: data.login, bot: data.type === 'Bot' };
    } catch (error) {
      if ((error as { status?: unknown } | null)?.status === 403) return { login: actionsBotLogin, bot: true };
      // Not cached: a blip must not decide every later lookup on this client.
      identities.delete(client);
      throw error;
    }
  })();
  identities.set(client, identity);
  return identity;
}

function writtenBy(user: { login?: string; type?: string } | null | undefined, identity: CommentIdentity): boolean {
  if (!user?.login || user.login.toLowerCase() !== identity.login.toLowerCase()) return false;
  return !identity.bot || user.type === 'Bot';
}

/**
 * Finds the first comment on the issue or PR that carries the marker and was written by the token's own identity,
 * reading every page if needed. A marker planted in someone else's comment is ignored: updating that comment would
 * fail, or worse, put our report under their name.
 */
export async function findStickyComment(
  client: GitHubClient,
  options: Omit<StickyCommentOptions, 'body'>,
): Promise<{ id: number; body: string; url: string } | undefined> {
  return githubCall('listing pull request comments', 'pull-requests: read', async () => {
    const identity = await tokenIdentity(client);
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find(
        (comment) => comment.body?.includes(options.marker) && writtenBy(comment.user, identity),
      );
      if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
    }
    return undefined;
  });
}

/** Updates our comment in place, or creates it once; re-runs never add a second comment. */
export async function upsertStickyComment(
  client: GitHubClient,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
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
    client.rest.issues.createComment({
      owner: options.owner,
      repo: options.repo,
      issue_number: options.issueNumber,
      body,
    }),
  );
  return { action: 'created', id: data.id, url: data.html_url };
}
