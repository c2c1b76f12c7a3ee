import { describe, expect, it } from 'vitest';
import { annotateSpecProblems } from '../../../src/github/annotations.js';
import { readGitHubRunContext } from '../../../src/github/run-context.js';
import type { SpecProblem } from '../../../src/errors.js';

function problem(line: number, message = `bad ${line}`): SpecProblem {
  return {
    file: '/home/runner/work/shop/shop/deploy/k8deployer.yaml',
    line,
    column: 3,
    message,
    pointer: `/components/${line}/port`,
  };
}

describe('annotateSpecProblems', () => {
  it('annotates each problem on its file, line and column, relative to the workspace', () => {
    const calls: unknown[][] = [];
    const count = annotateSpecProblems([problem(4, 'port must be a number')], (...args) => calls.push(args), {
      workspace: '/home/runner/work/shop/shop',
    });
    expect(count).toBe(1);
    expect(calls).toEqual([
      [
        'port must be a number (at /components/4/port)',
        { title: 'k8deployer spec', file: 'deploy/k8deployer.yaml', startLine: 4, startColumn: 3 },
      ],
    ]);
  });

  it('stays within the per-step annotation limit and says how many were left out', () => {
    const messages: string[] = [];
    annotateSpecProblems(
      Array.from({ length: 25 }, (_, i) => problem(i + 1)),
      (message) => messages.push(message),
    );
    expect(messages).toHaveLength(10);
    expect(messages.at(-1)).toBe('16 more problem(s) in the spec; see the log for all of them');
  });

  it('keeps relative paths and clamps line 0 to 1', () => {
    const calls: { file?: string; startLine?: number }[] = [];
    annotateSpecProblems(
      [{ file: 'k8deployer.yaml', line: 0, column: 0, message: 'empty', pointer: '' }],
      (_message, properties) => calls.push(properties),
    );
    expect(calls).toEqual([{ title: 'k8deployer spec', file: 'k8deployer.yaml', startLine: 1, startColumn: 1 }]);
  });
});

describe('readGitHubRunContext', () => {
  it('reads the runner environment', () => {
    expect(
      readGitHubRunContext({
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_API_URL: 'https://api.github.com',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_SHA: 'abc',
        GITHUB_REF: 'refs/tags/v1.2.3',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: '/tmp/event.json',
        GITHUB_WORKSPACE: '/w',
      }),
    ).toEqual({
      owner: 'acme',
      repo: 'shop',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      eventName: 'push',
      eventPath: '/tmp/event.json',
      sha: 'abc',
      ref: 'refs/tags/v1.2.3',
      runId: '42',
      runUrl: 'https://github.com/acme/shop/actions/runs/42/attempts/2',
      workspace: '/w',
      repository: { name: 'acme/shop', labelValue: expect.stringMatching(/^repo-[0-9a-f]{40}$/) },
    });
    expect(readGitHubRunContext({})).toBeUndefined();
  });

  it("the repository identity is the runner's GITHUB_REPOSITORY_ID when set (it survives renames)", () => {
    expect(
      readGitHubRunContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_REPOSITORY_ID: '123456' })?.repository,
    ).toEqual({ name: 'acme/shop', labelValue: 'gh-123456' });
  });
});
