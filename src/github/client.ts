import { getOctokit } from '@actions/github';
import { K8deployerError } from '../errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  token: string;
  /** REST base URL: `GITHUB_API_URL` (GitHub Enterprise Server, or a local contract server in tests). */
  baseUrl?: string;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  return getOctokit(options.token, {
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/$/, ''),
    userAgent: 'k8deployer',
  });
}

/** `application/vnd.github+json` is the current media type; deployments once needed preview types, now GA. */
export const githubJson = { accept: 'application/vnd.github+json' } as const;

/** A failed GitHub API call; says what we were doing and, for 403/404, which permission is likely missing. */
export class GitHubApiError extends K8deployerError {
  constructor(
    readonly step: string,
    readonly status: number | undefined,
    message: string,
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(`GitHub: ${step}: ${message}`, options);
  }
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Runs one API call and rethrows failures as GitHubApiError with context and a permission hint. */
export async function githubCall<T>(step: string, permission: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const status = statusOf(error);
    const detail = error instanceof Error ? error.message : String(error);
    const hint =
      status === 403 || status === 404
        ? ` (does the workflow grant \`permissions: ${permission}\`? Forked pull requests get a read-only token)`
        : '';
    throw new GitHubApiError(step, status, `${status ? `HTTP ${status}: ` : ''}${detail}${hint}`, {
      cause: error,
      retryable: status === undefined || status === 429 || status >= 500,
    });
  }
}
