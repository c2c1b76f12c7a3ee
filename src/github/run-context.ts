import { repositoryIdentity } from '../settings/repository.js';
import type { RepositoryIdentity } from '../settings/types.js';

/** What a run knows about itself from the runner's environment (GITHUB_* variables), read without @actions/github. */
export interface GitHubRunContext {
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  eventName: string;
  eventPath?: string;
  sha: string;
  ref: string;
  runId: string;
  /** This run's log page, for deployment statuses and the summary. */
  runUrl: string;
  workspace?: string;
  /**
   * Who owns what this run creates (ApplySets, preview namespaces): the runner's GITHUB_REPOSITORY_ID, never an input.
   */
  repository?: RepositoryIdentity;
}

/** Undefined outside GitHub Actions (no GITHUB_REPOSITORY), e.g. when the CLI runs on a laptop. */
export function readGitHubRunContext(env: Record<string, string | undefined>): GitHubRunContext | undefined {
  const repository = env['GITHUB_REPOSITORY'];
  if (!repository || !repository.includes('/')) return undefined;
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = (env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/$/, '');
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  const context: GitHubRunContext = {
    owner,
    repo,
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] ?? 'https://api.github.com').replace(/\/$/, ''),
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    runId,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== '1' ? `/attempts/${attempt}` : ''}`,
  };
  if (env['GITHUB_EVENT_PATH']) context.eventPath = env['GITHUB_EVENT_PATH'];
  if (env['GITHUB_WORKSPACE']) context.workspace = env['GITHUB_WORKSPACE'];
  const identity = repositoryIdentity(repository, env['GITHUB_REPOSITORY_ID']);
  if (identity) context.repository = identity;
  return context;
}
