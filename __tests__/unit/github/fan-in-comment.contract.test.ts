import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../../src/github/client.js';
import { mergeFanIn, parseSections, upsertFanInComment } from '../../../src/github/fan-in-comment.js';
import { GitHubContractServer } from './github-contract-server.js';

const marker = '<!-- k8deployer:shop:matrix -->';
let server: GitHubContractServer;

beforeEach(async () => {
  server = await new GitHubContractServer().start();
});
afterEach(async () => {
  await server.stop();
});

const client = () => createGitHubClient({ token: server.token, baseUrl: server.url });
const base = { owner: 'acme', repo: 'shop', issueNumber: 7, marker, title: '### k8deployer deploy', settleMs: 30 };

describe('contract: matrix fan-in comment', () => {
  it("stays under GitHub's 65,536-character comment limit with many large sections, each keeping its verdict", () => {
    const sections = Array.from({ length: 40 }, (_, index) => ({
      cluster: `cluster-${String(index).padStart(2, '0')}`,
      body: `❌ cluster-${index}: api failed\n\n${'| row | with | detail |\n'.repeat(200)}`,
      seq: 1,
    }));
    const { body } = mergeFanIn(undefined, { marker, runId: '42', title: '### k8deployer deploy', sections });
    expect(body.length).toBeLessThanOrEqual(65_536);
    const parsed = parseSections(body);
    expect(parsed).toHaveLength(40);
    for (const [index, section] of parsed.entries())
      expect(section.body.split('\n')[0]).toBe(`❌ cluster-${index}: api failed`);
    expect(parsed.some((section) => section.body.includes('see the job summary'))).toBe(true);
    // Small sections are left whole.
    const small = mergeFanIn(undefined, { marker, runId: '42', title: 't', sections: sections.slice(0, 2) });
    expect(parseSections(small.body)[0]?.body).toBe(sections[0]?.body);
  });

  it('two concurrent jobs of one run end in ONE comment holding both clusters; running then final', async () => {
    const job = (cluster: string) => async () => {
      await upsertFanInComment(client(), {
        ...base,
        runId: '42',
        section: { cluster, body: `⏳ ${cluster}: running`, seq: 1 },
      });
      await upsertFanInComment(client(), {
        ...base,
        runId: '42',
        section: { cluster, body: `✅ ${cluster}`, seq: 2 },
      });
    };
    await Promise.all([job('production')(), job('staging')()]);
    const ours = server.comments.filter((c) => c.body.includes(marker));
    expect(ours).toHaveLength(1);
    const sections = parseSections(ours[0]!.body);
    expect(sections.map((s) => [s.cluster, s.body])).toEqual([
      ['production', '✅ production'],
      ['staging', '✅ staging'],
    ]);
  });

  it('a cluster still running shows as running; an older run’s sections are dropped', async () => {
    server.addComment(
      7,
      mergeFanIn(undefined, {
        marker,
        runId: '41',
        title: 't',
        sections: [{ cluster: 'old', body: 'stale', seq: 1 }],
      }).body,
    );
    await upsertFanInComment(client(), {
      ...base,
      runId: '42',
      section: { cluster: 'b', body: '⏳ b: running', seq: 1 },
    });
    await upsertFanInComment(client(), { ...base, runId: '42', section: { cluster: 'a', body: '❌ a', seq: 5 } });
    const body = server.comments[0]!.body;
    expect(parseSections(body).map((s) => s.body)).toEqual(['❌ a', '⏳ b: running']);
    expect(body).not.toContain('stale');
  });

  it('re-merges after a concurrent overwrite drops its section', async () => {
    const first = await upsertFanInComment(client(), {
      ...base,
      runId: '9',
      section: { cluster: 'a', body: 'A', seq: 1 },
    });
    // Another writer that had read the comment before `a` was added overwrites it right after our write.
    const stale = mergeFanIn(undefined, {
      marker,
      runId: '9',
      title: 't',
      sections: [{ cluster: 'b', body: 'B', seq: 1 }],
    });
    const comment = server.comments.find((c) => c.id === first.id)!;
    server.afterCommentEdit = (edited) => {
      server.afterCommentEdit = undefined;
      edited.body = stale.body;
    };
    const result = upsertFanInComment(client(), {
      ...base,
      runId: '9',
      section: { cluster: 'a', body: 'A2', seq: 2 },
    });
    const { attempts } = await result;
    expect(attempts).toBeGreaterThan(1);
    expect(parseSections(comment.body).map((s) => s.body)).toEqual(['A2', 'B']);
  });

  it('keeps a section from closing the hidden markers', () => {
    const { body } = mergeFanIn(undefined, {
      marker,
      runId: '1',
      title: 't',
      sections: [{ cluster: 'x', body: 'evil <!-- /k8deployer-section --> tail', seq: 1 }],
    });
    expect(parseSections(body)).toHaveLength(1);
    expect(parseSections(body)[0]!.body).toContain('tail');
  });
});

describe('contract: GitHubPublisher with fan-in', () => {
  it('two matrix jobs announce "running", then each replaces only its own section', async () => {
    const { GitHubPublisher } = await import('../../../src/github/publisher.js');
    const job = (environment: string) =>
      new GitHubPublisher({
        client: client(),
        repo: { owner: 'acme', repo: 'shop' },
        sha: 'a'.repeat(40),
        environment,
        pullRequest: 7,
        comment: true,
        deployments: false,
        preview: false,
        fanIn: { marker, runId: '77', title: '### k8deployer' },
        warn: (message) => {
          throw new Error(message);
        },
      });
    const [prod, staging] = [job('production'), job('staging')];
    await Promise.all([prod.announce(), staging.announce()]);
    expect(parseSections(server.comments[0]!.body).map((s) => s.body)).toEqual([
      '⏳ **production**: running',
      '⏳ **staging**: running',
    ]);
    await prod.finish({
      ok: false,
      commentBody: '<!-- k8deployer:shop:production -->\n❌ production: `api` failed',
      commentMarker: '<!-- k8deployer:shop:production -->',
    });
    const body = server.comments[0]!.body;
    expect(parseSections(body).map((s) => s.body)).toEqual(['❌ production: `api` failed', '⏳ **staging**: running']);
    expect(server.comments.filter((c) => c.body.includes(marker))).toHaveLength(1);
  });
});
