import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError, createGitHubClient } from '../../../src/github/client.js';
import { finishDeployment, retireDeployments, startDeployment } from '../../../src/github/deployments.js';
import { GitHubContractServer } from './github-contract-server.js';

let server: GitHubContractServer;

beforeEach(async () => {
  server = await new GitHubContractServer().start();
});
afterEach(async () => {
  await server.stop();
});

function client() {
  return createGitHubClient({ token: server.token, baseUrl: server.url });
}

const repo = { owner: 'acme', repo: 'shop' };
const logUrl = 'https://github.com/acme/shop/actions/runs/7';

describe('contract: GitHub Deployments', () => {
  it('creates a deployment without auto-merge or required contexts and walks in_progress → success', async () => {
    const previous = server.addDeployment('production', ['in_progress', 'success'], { production_environment: true });
    const { deploymentId } = await startDeployment(client(), {
      ...repo,
      ref: 'abc123',
      environment: 'production',
      preview: false,
      production: true,
      description: 'deploy v1.2.3',
      logUrl,
    });
    const created = server.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/shop/deployments')!;
    expect(created.body).toEqual({
      ref: 'abc123',
      environment: 'production',
      task: 'deploy',
      auto_merge: false,
      required_contexts: [],
      transient_environment: false,
      production_environment: true,
      description: 'deploy v1.2.3',
    });
    expect(created.headers.accept).toBe('application/vnd.github+json');
    expect(server.latestState(deploymentId)).toBe('in_progress');

    const { deactivated } = await finishDeployment(client(), {
      ...repo,
      deploymentId,
      environment: 'production',
      ok: true,
      environmentUrl: 'https://shop.example.com',
      logUrl,
    });
    const statuses = server.deployments.find((d) => d.id === deploymentId)!.statuses;
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(statuses[1]).toMatchObject({
      environment_url: 'https://shop.example.com',
      log_url: logUrl,
      auto_inactive: false,
    });
    // GitHub's auto_inactive skips production environments; we retire the previous deployment ourselves.
    expect(deactivated).toEqual([previous.id]);
    expect(server.latestState(previous.id)).toBe('inactive');
    for (const request of server.requests) expect(request.headers.accept).toBe('application/vnd.github+json');
  });

  it('marks a preview transient and never production, and records failures without retiring others', async () => {
    const older = server.addDeployment('pr-12', ['success'], { transient_environment: true });
    const { deploymentId } = await startDeployment(client(), {
      ...repo,
      ref: 'feature',
      environment: 'pr-12',
      preview: true,
      production: true,
    });
    expect(server.deployments.find((d) => d.id === deploymentId)).toMatchObject({
      transient_environment: true,
      production_environment: false,
    });
    const result = await finishDeployment(client(), {
      ...repo,
      deploymentId,
      environment: 'pr-12',
      ok: false,
      description: 'x'.repeat(300),
    });
    expect(result.deactivated).toEqual([]);
    expect(server.latestState(deploymentId)).toBe('failure');
    expect(server.latestState(older.id)).toBe('success');
    const status = server.requests.at(-1)!.body as { description: string };
    expect(status.description.length).toBeLessThanOrEqual(140);
  });

  it('stops at the first already inactive deployment when retiring after a success', async () => {
    const ancient = server.addDeployment('staging', ['success', 'inactive']);
    const old = server.addDeployment('staging', ['success', 'inactive']);
    const recent = server.addDeployment('staging', ['failure']);
    const current = server.addDeployment('staging', ['in_progress']);
    const { deactivated } = await finishDeployment(client(), {
      ...repo,
      deploymentId: current.id,
      environment: 'staging',
      ok: true,
    });
    expect(deactivated).toEqual([recent.id]);
    const statusReads = server.requests
      .filter((r) => r.method === 'GET' && r.path.endsWith('/statuses'))
      .map((r) => r.path);
    expect(statusReads).toEqual([
      `/repos/acme/shop/deployments/${recent.id}/statuses`,
      `/repos/acme/shop/deployments/${old.id}/statuses`,
    ]);
    expect(server.latestState(ancient.id)).toBe('inactive');
  });

  it('tears a preview down: every deployment inactive, then deleted, across pages', async () => {
    const ids = Array.from(
      { length: 105 },
      (_, i) => server.addDeployment('pr-7', [i % 2 ? 'success' : 'inactive'], { transient_environment: true }).id,
    );
    const other = server.addDeployment('pr-8', ['success']);
    const result = await retireDeployments(client(), { ...repo, environment: 'pr-7', delete: true });
    expect(result.deleted.sort()).toEqual([...ids].sort());
    expect(result.deactivated).toHaveLength(52);
    expect(server.deployments.map((d) => d.id)).toEqual([other.id]);
    const listPages = server.requests
      .filter((r) => r.method === 'GET' && r.path === '/repos/acme/shop/deployments')
      .map((r) => r.query.get('page'));
    expect(listPages).toEqual([null, '2']);
  });

  it('names the missing permission when GitHub refuses', async () => {
    const wrongToken = createGitHubClient({ token: 'not-the-token', baseUrl: server.url });
    const error = await startDeployment(wrongToken, { ...repo, ref: 'x', environment: 'e', preview: false }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toContain('GitHub: creating a deployment for e: HTTP 401');
  });
});
