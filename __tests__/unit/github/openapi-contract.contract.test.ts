import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError, createGitHubClient } from '../../../src/github/client.js';
import { upsertStickyComment } from '../../../src/github/sticky-comment.js';
import { startDeployment } from '../../../src/github/deployments.js';
import { GitHubContractServer } from './github-contract-server.js';
import { checkRequest } from './openapi-contract.js';

let server: GitHubContractServer;
beforeEach(async () => {
  server = await new GitHubContractServer().start();
});
afterEach(async () => {
  await server.stop();
});

const client = () => createGitHubClient({ token: server.token, baseUrl: server.url });
const raw = (method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${server.token}`, accept: 'application/vnd.github+json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("contract server: GitHub's OpenAPI description", () => {
  it('knows the operations k8deployer calls and rejects what the description does not allow', () => {
    expect(
      checkRequest('PATCH', '/repos/acme/shop/issues/comments/12', new URLSearchParams(), { body: 'x' }).problems,
    ).toEqual([]);
    expect(checkRequest('PATCH', '/repos/acme/shop/issues/comments/12', new URLSearchParams(), {}).problems[0]).toMatch(
      /body: .*must have required property 'body'/,
    );
    expect(
      checkRequest('GET', '/repos/acme/shop/issues/12/comments', new URLSearchParams({ per_page: 'lots' })).problems[0],
    ).toMatch(/query parameter per_page: .*must be integer/);
    expect(
      checkRequest('GET', '/repos/acme/shop/issues/12/comments', new URLSearchParams({ colour: 'x' })).problems[0],
    ).toMatch(/undeclared query parameter colour/);
    expect(checkRequest('POST', '/repos/acme/shop/teleport', new URLSearchParams()).problems[0]).toMatch(
      /no such operation/,
    );
  });

  it('answers an invalid body with 422 in GitHub’s error shape and records the violation', async () => {
    server.allowViolations = true;
    const response = await raw('POST', '/repos/acme/shop/deployments', { ref: 'main', auto_merge: 'no' });
    expect(response.status).toBe(422);
    const error = (await response.json()) as Record<string, unknown>;
    expect(error['message']).toMatch(/^Invalid request\./);
    expect(error['documentation_url']).toBe('https://docs.github.com/rest/deployments/deployments#create-a-deployment');
    expect(Array.isArray(error['errors'])).toBe(true);
    expect(server.violations.join('\n')).toMatch(/auto_merge must be boolean/);
  });

  it('a token without the permission gets 403 "Resource not accessible by integration"; the error says which permission', async () => {
    server.denied.add('repos/create-deployment');
    const failure = await startDeployment(client(), {
      owner: 'acme',
      repo: 'shop',
      ref: 'main',
      environment: 'staging',
      preview: false,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect((failure as GitHubApiError).status).toBe(403);
    expect(String((failure as Error).message)).toContain('Resource not accessible by integration');
    expect(String((failure as Error).message)).toContain('permissions: deployments: write');
  });

  it('an inaccessible repository answers 404', async () => {
    const failure = await upsertStickyComment(client(), {
      owner: 'acme',
      repo: 'secret',
      issueNumber: 1,
      marker: '<!-- m -->',
      body: 'x',
    }).catch((error: unknown) => error);
    expect((failure as GitHubApiError).status).toBe(404);
  });
});
