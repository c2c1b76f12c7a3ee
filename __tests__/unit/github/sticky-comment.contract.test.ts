import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError, createGitHubClient } from '../../../src/github/client.js';
import { findStickyComment, upsertStickyComment } from '../../../src/github/sticky-comment.js';
import { GitHubContractServer, type CommentAuthor } from './github-contract-server.js';

const marker = '<!-- k8deployer:shop:pr-12 -->';
let server: GitHubContractServer;

beforeEach(async () => {
  server = await new GitHubContractServer().start();
});
afterEach(async () => {
  await server.stop();
});

function client(token = server.token) {
  return createGitHubClient({ token, baseUrl: server.url });
}

const target = { owner: 'acme', repo: 'shop', issueNumber: 12, marker };

describe('contract: sticky PR comment', () => {
  it('creates the comment once, then updates it in place', async () => {
    const first = await upsertStickyComment(client(), { ...target, body: `${marker}\nfirst` });
    expect(first.action).toBe('created');
    expect(first.url).toBe(`https://github.com/acme/shop/pull/12#issuecomment-${first.id}`);
    const second = await upsertStickyComment(client(), { ...target, body: `${marker}\nsecond` });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await upsertStickyComment(client(), { ...target, body: `${marker}\nsecond` });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(server.comments).toEqual([{ id: first.id, issue: 12, body: `${marker}\nsecond` }]);

    const writes = server.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      'POST /repos/acme/shop/issues/12/comments',
      `PATCH /repos/acme/shop/issues/comments/${first.id}`,
    ]);
    expect(server.requests[0]!.headers['user-agent']).toContain('k8deployer');
  });

  it('finds the marker on a later page by following Link headers', async () => {
    for (let i = 0; i < 250; i += 1) server.addComment(12, `chatter ${i}`);
    const ours = server.addComment(12, `${marker}\nold result`);
    server.addComment(12, 'after');
    const found = await findStickyComment(client(), target);
    expect(found?.id).toBe(ours.id);
    const pages = server.requests
      .filter((r) => r.path === '/repos/acme/shop/issues/12/comments')
      .map((r) => r.query.get('page'));
    expect(pages).toEqual([null, '2', '3']);
    expect(
      server.requests.filter((r) => r.path.endsWith('/comments')).every((r) => r.query.get('per_page') === '100'),
    ).toBe(true);

    const result = await upsertStickyComment(client(), { ...target, body: `${marker}\nnew result` });
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(server.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
  });

  it('ignores comments for another app or environment and adds the marker if the body lacks it', async () => {
    server.addComment(12, '<!-- k8deployer:shop:production -->\nother environment');
    const result = await upsertStickyComment(client(), { ...target, body: 'no marker here' });
    expect(result.action).toBe('created');
    expect(server.comments.at(-1)!.body).toBe(`${marker}\nno marker here`);
  });

  it('explains a permission problem', async () => {
    const error = await upsertStickyComment(client('wrong'), { ...target, body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(401);
    expect((error as Error).message).toMatch(/^GitHub: listing pull request comments: HTTP 401: Bad credentials/);
  });
});

describe('contract: the sticky comment is only ever one the token wrote', () => {
  const mallory: CommentAuthor = { login: 'mallory', id: 666, type: 'User' };
  const lookalike: CommentAuthor = { login: 'github-actions[bot]', id: 667, type: 'User' };

  it('GITHUB_TOKEN (GET /user → 403): a marker planted in a human comment is ignored, our bot comment is updated', async () => {
    const planted = server.addComment(12, `${marker}\nplease click [here](https://evil.example.net)`, mallory);
    const ours = server.addComment(12, `${marker}\nold result`);
    const result = await upsertStickyComment(client(), { ...target, body: `${marker}\nnew result` });
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(server.comments.find((c) => c.id === planted.id)?.body).toContain('evil.example.net');
    expect(server.requests.some((r) => r.method === 'GET' && r.path === '/user')).toBe(true);
  });

  it('GITHUB_TOKEN: with only a planted marker (even from a User named like the bot) a new comment is created', async () => {
    server.addComment(12, `${marker}\nplanted`, mallory);
    server.addComment(12, `${marker}\nplanted too`, lookalike);
    const result = await upsertStickyComment(client(), { ...target, body: `${marker}\nresult` });
    expect(result.action).toBe('created');
    expect(server.comments.filter((c) => c.body.includes('planted'))).toHaveLength(2);
    expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it("a user token (GET /user names the user): only that user's comments count, the bot's do not", async () => {
    const deployer: CommentAuthor = { login: 'deploy-bot-user', id: 42, type: 'User' };
    server.identity = { kind: 'user', user: deployer };
    server.addComment(12, `${marker}\nfrom the actions bot`);
    const mine = server.addComment(12, `${marker}\nmine`, deployer);
    expect((await findStickyComment(client(), target))?.id).toBe(mine.id);
    const created = await upsertStickyComment(client(), { ...target, issueNumber: 13, body: `${marker}\nfirst` });
    expect(created.action).toBe('created');
    expect(
      (await upsertStickyComment(client(), { ...target, issueNumber: 13, body: `${marker}\nsecond` })).action,
    ).toBe('updated');
  });

  it('asks GET /user once per client', async () => {
    const shared = client();
    await findStickyComment(shared, target);
    await findStickyComment(shared, target);
    expect(server.requests.filter((r) => r.path === '/user')).toHaveLength(1);
  });
});
