import { type GitHubClient, type RepoRef } from './client.js';
import { finishDeployment, retireDeployments, startDeployment } from './deployments.js';
import { markdownText } from '../report/escape.js';
import { upsertFanInComment } from './fan-in-comment.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface GitHubPublisherOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** Commit being deployed (for a PR: the head SHA, not the merge commit). */
  sha: string;
  runUrl?: string;
  environment: string;
  /** Set on pull_request events: the sticky comment goes there. */
  pullRequest?: number;
  comment: boolean;
  deployments: boolean;
  /** A PR preview: transient environment, never production. */
  preview: boolean;
  production?: boolean;
  /** Matrix fan-in: merge this job's section (keyed by environment) into the group's one comment for the run. */
  fanIn?: { marker: string; runId: string; title: string };
  /** On teardown also delete the retired deployments (default true), so closed PRs leave no environment clutter. */
  deleteOnTeardown?: boolean;
  /**
   * Receives a one-line reason when a GitHub call fails. Reporting is best effort: a missing permission must never
   * turn a good deploy red, so nothing here throws.
   */
  warn: (message: string) => void;
}

export interface PublishResult {
  ok: boolean;
  /** Cancelled by a signal: the Deployment status becomes `error` (see finishDeployment). */
  cancelled?: boolean;
  /** A rollout held until promoted: the Deployment status stays `in_progress`. */
  paused?: boolean;
  commentBody?: string;
  commentMarker?: string;
  environmentUrl?: string;
  /** Short text for the deployment status (≤ 140 characters; longer is cut). */
  description?: string;
  /** preview-down: retire and delete the environment's deployments instead of recording a new status. */
  teardown?: boolean;
}

/**
 * The GitHub side effects of one run (Deployment statuses and the PR comment), in the order src/action/run.ts needs
 * them.
 */
export class GitHubPublisher {
  private deploymentId: number | undefined;

  constructor(private readonly options: GitHubPublisherOptions) {}

  private async attempt(what: string, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.options.warn(`${what} skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Creates the Deployment and marks it in progress (deploy and preview-up only). */
  async start(description?: string): Promise<void> {
    if (!this.options.deployments) return;
    const { client, repo } = this.options;
    await this.attempt('GitHub Deployment', async () => {
      const { deploymentId } = await startDeployment(client, {
        ...repo,
        ref: this.options.sha,
        environment: this.options.environment,
        preview: this.options.preview,
        ...(this.options.production === undefined ? {} : { production: this.options.production }),
        ...(description ? { description } : {}),
        ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
      });
      this.deploymentId = deploymentId;
    });
  }

  /** Fan-in only: shows this job's environment as running in the shared comment before the deploy starts. */
  async announce(): Promise<void> {
    const { fanIn, pullRequest } = this.options;
    if (!fanIn || !this.options.comment || pullRequest === undefined) return;
    await this.attempt('pull request comment', () =>
      this.mergeSection(`⏳ **${markdownText(this.options.environment, 80)}**: running`),
    );
  }

  private async mergeSection(body: string): Promise<void> {
    const { fanIn, pullRequest, client, repo } = this.options;
    if (!fanIn || pullRequest === undefined) return;
    await upsertFanInComment(client, {
      ...repo,
      issueNumber: pullRequest,
      marker: fanIn.marker,
      runId: fanIn.runId,
      title: fanIn.title,
      section: { cluster: this.options.environment, body, seq: Date.now() },
    });
  }

  /** Records the outcome, retires older deployments (or all of them on teardown) and upserts the PR comment. */
  async finish(result: PublishResult): Promise<void> {
    const { client, repo, environment } = this.options;
    if (this.options.deployments && result.teardown) {
      await this.attempt('retiring the preview deployments', () =>
        retireDeployments(client, { ...repo, environment, delete: this.options.deleteOnTeardown ?? true }),
      );
    } else if (this.options.deployments && this.deploymentId !== undefined) {
      const deploymentId = this.deploymentId;
      await this.attempt('GitHub Deployment status', () =>
        finishDeployment(client, {
          ...repo,
          deploymentId,
          environment,
          ok: result.ok,
          ...(result.cancelled ? { cancelled: true } : {}),
          ...(result.paused ? { paused: true } : {}),
          ...(result.description ? { description: result.description } : {}),
          ...(this.options.runUrl ? { logUrl: this.options.runUrl } : {}),
          ...(result.environmentUrl ? { environmentUrl: result.environmentUrl } : {}),
        }),
      );
    }
    const { pullRequest } = this.options;
    if (this.options.comment && pullRequest !== undefined && result.commentBody && result.commentMarker) {
      const body = result.commentBody;
      const marker = result.commentMarker;
      await this.attempt('pull request comment', () =>
        this.options.fanIn
          ? // The job's own marker line goes: the section markers say whose section it is.
            this.mergeSection(
              body
                .split('\n')
                .slice(body.startsWith(marker) ? 1 : 0)
                .join('\n')
                .trim(),
            )
          : upsertStickyComment(client, { ...repo, issueNumber: pullRequest, marker, body }),
      );
    }
  }
}
