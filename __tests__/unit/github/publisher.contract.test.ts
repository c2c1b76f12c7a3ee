import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { GitHubPublisher, type GitHubPublisherOptions } from '../../../src/github/publisher.js';
import { GitHubContractServer } from './github-contract-server.js';

let server: GitHubContractServer;
let warnings: string[];

beforeEach(async () => {
  server = await new GitHubContractServer().start();
  warnings = [];
});
afterEach(async () => {
  await server.stop();
});

function publisher(extra: Partial<GitHubPublisherOptions> = {}, token = server.token): GitHubPublisher {
  return new GitHubPublisher({
    client: createGitHubClient({ token, baseUrl: server.url }),
    repo: { owner: 'acme', repo: 'shop' },
    sha: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    runUrl: 'https://github.com/acme/shop/actions/runs/5',
    environment: 'pr-12',
    pullRequest: 12,
    comment: true,
    deployments: true,
    preview: true,
    warn: (message) => warnings.push(message),
    ...extra,
  });
}

const marker = '<!-- k8deployer:shop:pr-12 -->';

describe('contract: GitHubPublisher', () => {
  it('preview-up: transient deployment in progress → success with the preview URL, then the sticky comment', async () => {
    const p = publisher();
    await p.start('preview of #12');
    await p.finish({
      ok: true,
      commentBody: `${marker}\nok`,
      commentMarker: marker,
      environmentUrl: 'https://pr-12.preview.example.com',
    });
    const [deployment] = server.deployments;
    expect(deployment).toMatchObject({
      environment: 'pr-12',
      transient_environment: true,
      production_environment: false,
    });
    expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(deployment!.statuses[1]!.environment_url).toBe('https://pr-12.preview.example.com');
    expect(server.comments.map((c) => c.body)).toEqual([`${marker}\nok`]);
    expect(warnings).toEqual([]);
  });

  it('preview-down: retires and deletes the environment, updates the same comment', async () => {
    server.addDeployment('pr-12', ['success'], { transient_environment: true });
    server.addComment(12, `${marker}\nold`);
    await publisher().finish({ ok: true, teardown: true, commentBody: `${marker}\ntorn down`, commentMarker: marker });
    expect(server.deployments).toEqual([]);
    expect(server.comments.map((c) => c.body)).toEqual([`${marker}\ntorn down`]);
  });

  it('preview-down deletes the preview environment when the token may (administration: write)', async () => {
    server.addDeployment('pr-12', ['success'], { transient_environment: true });
    server.environments.add('pr-12');
    const notes = await publisher({ comment: false }).finish({ ok: true, teardown: true });
    expect(notes).toEqual([]);
    expect(server.environments.has('pr-12')).toBe(false);
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/repos/acme/shop/environments/pr-12' });
    expect(warnings).toEqual([]);
  });

  it("preview-down with GITHUB_TOKEN: GitHub's 403 leaves the environment, said in a note, deployments inactive", async () => {
    const kept = server.addDeployment('pr-12', ['success'], { transient_environment: true });
    server.environments.add('pr-12');
    server.denied.add('repos/delete-an-environment');
    const notes = await publisher({ comment: false, deleteOnTeardown: false }).finish({ ok: true, teardown: true });
    expect(notes).toEqual([
      "GitHub environment pr-12 was left: deleting it needs a token with administration: write (a PAT or GitHub App token); the workflow's GITHUB_TOKEN cannot have it. Its deployments are inactive.",
    ]);
    expect(server.environments.has('pr-12')).toBe(true);
    expect(server.latestState(kept.id)).toBe('inactive');
    expect(warnings).toEqual([]);
  });

  it('a delete (not a preview) never deletes the environment', async () => {
    server.environments.add('production');
    await publisher({ preview: false, environment: 'production', comment: false }).finish({ ok: true, teardown: true });
    expect(server.environments.has('production')).toBe(true);
    expect(server.requests.some((r) => r.path.includes('/environments/'))).toBe(false);
  });

  it('a superseded result marks its Deployment inactive and leaves the comment to the newer run', async () => {
    server.addComment(12, `${marker}\nnewer run`);
    const p = publisher();
    await p.start();
    await p.finish({
      ok: true,
      superseded: 'superseded by 1a2b3c4',
      commentBody: `${marker}\nstale`,
      commentMarker: marker,
    });
    const [deployment] = server.deployments;
    expect(deployment!.statuses.map((s) => [s.state, s.description])).toEqual([
      ['in_progress', undefined],
      ['inactive', 'superseded by 1a2b3c4'],
    ]);
    expect(server.comments.map((c) => c.body)).toEqual([`${marker}\nnewer run`]);
  });

  it('preview-down can keep the retired deployments', async () => {
    const kept = server.addDeployment('pr-12', ['success'], { transient_environment: true });
    await publisher({ deleteOnTeardown: false, comment: false }).finish({ ok: true, teardown: true });
    expect(server.deployments.map((d) => d.id)).toEqual([kept.id]);
    expect(server.latestState(kept.id)).toBe('inactive');
  });

  it('never throws: a refused token becomes warnings and the deploy result stands', async () => {
    const p = publisher({}, 'read-only-token');
    await p.start();
    await p.finish({ ok: false, commentBody: 'x', commentMarker: marker });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^GitHub Deployment skipped: GitHub: creating a deployment for pr-12: HTTP 401/);
    expect(warnings[1]).toMatch(/^pull request comment skipped: GitHub: listing pull request comments: HTTP 401/);
  });

  it('does nothing it was not asked to', async () => {
    const p = publisher({ comment: false, deployments: false });
    await p.start();
    await p.finish({ ok: true, commentBody: 'x', commentMarker: marker });
    expect(server.requests).toEqual([]);
  });
});
