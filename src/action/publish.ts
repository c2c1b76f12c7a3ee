import type { EventRun } from '../preview/index.js';
import type { GitHubPublisher } from '../github/publisher.js';
import type { GitHubRunContext } from '../github/run-context.js';
import type { PreparedRun } from '../pipeline.js';
import type { ActionSettings } from '../settings/index.js';
import { Command, type Settings } from '../settings/types.js';

/** The GitHub environment a run reports: the input's, the release rule's or the preview's, else its clusters'. */
export function runEnvironment(action: ActionSettings, eventRun: EventRun, prepared: PreparedRun): string {
  return (
    action.environment ??
    ('environment' in eventRun ? eventRun.environment : undefined) ??
    (prepared.targets.map(({ target }) => target.environment).join('+') || 'default')
  );
}

export interface PublisherInput {
  settings: Settings;
  action: ActionSettings;
  eventRun: EventRun;
  context: GitHubRunContext | undefined;
  env: Record<string, string | undefined>;
  environment: string;
  warn: (message: string) => void;
}

/** The PR comment and Deployment statuses of this run, or nothing without a token or a GitHub context. */
export async function createPublisher(input: PublisherInput): Promise<GitHubPublisher | undefined> {
  const { action, context, eventRun, environment } = input;
  if (action.githubToken === '' || context === undefined || !(action.commentOnPr || action.deployments))
    return undefined;
  const pullRequest =
    eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down'
      ? eventRun.pr
      : pullRequestNumber(input.env, context);
  // Loaded only when used: @actions/github costs a noticeable part of the cold start.
  const { GitHubPublisher } = await import('../github/publisher.js');
  const { createGitHubClient } = await import('../github/client.js');
  return new GitHubPublisher({
    client: createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
    repo: { owner: context.owner, repo: context.repo },
    sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha,
    runUrl: context.runUrl,
    environment,
    production: environment === 'production',
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    comment: action.commentOnPr,
    deployments: action.deployments && input.settings.command !== Command.Plan,
    preview: eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down',
    warn: input.warn,
    ...(action.commentGroup && context.runId
      ? {
          fanIn: {
            marker: `<!-- k8deployer:group:${action.commentGroup.replace(/[^A-Za-z0-9._/-]/g, '_')} -->`,
            runId: context.runId,
            title: '### k8deployer',
          },
        }
      : {}),
  });
}

function pullRequestNumber(env: Record<string, string | undefined>, context: GitHubRunContext): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(context.ref ?? env.GITHUB_REF ?? '');
  return match ? Number(match[1]) : undefined;
}
