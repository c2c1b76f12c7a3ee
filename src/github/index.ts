/**
 * What the action entry needs from GitHub. Import this module lazily (`await import('./github/index.js')`) when a
 * token is in use: @actions/github pulls in Octokit and undici, which a cold start should not pay for otherwise.
 */
export { annotateSpecProblems, maxAnnotationsPerStep, type AnnotateFunction } from './annotations.js';
export { GitHubApiError, createGitHubClient, githubCall, type GitHubClient, type GitHubClientOptions, type RepoRef } from './client.js';
export {
  finishDeployment,
  retireDeployments,
  startDeployment,
  type DeploymentState,
  type FinishDeploymentOptions,
  type RetireDeploymentsOptions,
  type StartDeploymentOptions,
} from './deployments.js';
export { GitHubPublisher, type GitHubPublisherOptions, type PublishResult } from './publisher.js';
export { readGitHubRunContext, type GitHubRunContext } from './run-context.js';
export { findStickyComment, upsertStickyComment, type StickyCommentOptions, type StickyCommentResult } from './sticky-comment.js';
