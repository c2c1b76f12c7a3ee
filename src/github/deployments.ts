import { cutDescription } from '../report/format.js';
import { type GitHubClient, GitHubApiError, type RepoRef, githubCall, githubJson } from './client.js';

const permission = 'deployments: write';

export interface StartDeploymentOptions extends RepoRef {
  /** Commit SHA (or ref) being deployed. */
  ref: string;
  environment: string;
  /** PR preview: transient, never production; its deployments are retired when the PR closes. */
  preview: boolean;
  /** Marks a production environment (ignored for previews). */
  production?: boolean;
  description?: string;
  /** This run's log page. */
  logUrl?: string;
  environmentUrl?: string;
  payload?: Record<string, unknown>;
}

/** Statuses GitHub accepts for a deployment. */
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export { cutDescription };

const cut = cutDescription;

async function postStatus(
  client: GitHubClient,
  target: RepoRef & { deploymentId: number },
  status: {
    state: DeploymentState;
    description?: string;
    logUrl?: string;
    environmentUrl?: string;
    environment?: string;
  },
): Promise<void> {
  await githubCall(`setting deployment ${target.deploymentId} to ${status.state}`, permission, () =>
    client.rest.repos.createDeploymentStatus({
      owner: target.owner,
      repo: target.repo,
      deployment_id: target.deploymentId,
      state: status.state,
      // We retire older deployments ourselves: auto_inactive skips transient and production environments.
      auto_inactive: false,
      ...(status.description ? { description: cut(status.description) } : {}),
      ...(status.logUrl ? { log_url: status.logUrl } : {}),
      ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
      ...(status.environment ? { environment: status.environment } : {}),
      headers: githubJson,
    }),
  );
}

/** Creates the deployment (no auto-merge, no required status checks) and marks it in progress. */
export async function startDeployment(
  client: GitHubClient,
  options: StartDeploymentOptions,
): Promise<{ deploymentId: number }> {
  const response = await githubCall(`creating a deployment for ${options.environment}`, permission, () =>
    client.rest.repos.createDeployment({
      owner: options.owner,
      repo: options.repo,
      ref: options.ref,
      environment: options.environment,
      task: 'deploy',
      auto_merge: false,
      required_contexts: [],
      transient_environment: options.preview,
      production_environment: options.preview ? false : (options.production ?? false),
      ...(options.description ? { description: cut(options.description) } : {}),
      ...(options.payload ? { payload: options.payload } : {}),
      headers: githubJson,
    }),
  );
  const data = response.data as { id?: number; message?: string };
  if (response.status !== 201 || typeof data.id !== 'number') {
    throw new GitHubApiError('creating a deployment', response.status, data.message ?? 'no deployment was created');
  }
  const deploymentId = data.id;
  await postStatus(
    client,
    { owner: options.owner, repo: options.repo, deploymentId },
    {
      state: 'in_progress',
      ...(options.description ? { description: options.description } : {}),
      ...(options.logUrl ? { logUrl: options.logUrl } : {}),
      ...(options.environmentUrl ? { environmentUrl: options.environmentUrl } : {}),
    },
  );
  return { deploymentId };
}

export interface FinishDeploymentOptions extends RepoRef {
  deploymentId: number;
  environment: string;
  ok: boolean;
  /**
   * The run was cancelled (SIGINT/SIGTERM): recorded as `error`, GitHub's state for a deployment that did not run to
   * its end, rather than `failure` (the app did not fail) or `inactive` (which means superseded).
   */
  cancelled?: boolean;
  /** A rollout (canary, blue-green) held until promoted: `in_progress`, nothing retired yet. */
  paused?: boolean;
  description?: string;
  logUrl?: string;
  environmentUrl?: string;
}

/** Records the result; after a success, earlier deployments of the environment become inactive. */
export async function finishDeployment(
  client: GitHubClient,
  options: FinishDeploymentOptions,
): Promise<{ deactivated: number[] }> {
  await postStatus(client, options, {
    state: options.paused ? 'in_progress' : options.ok ? 'success' : options.cancelled ? 'error' : 'failure',
    ...(options.description ? { description: options.description } : {}),
    ...(options.logUrl ? { logUrl: options.logUrl } : {}),
    ...(options.environmentUrl ? { environmentUrl: options.environmentUrl } : {}),
  });
  if (!options.ok || options.paused) return { deactivated: [] };
  const { deactivated } = await retireDeployments(client, {
    owner: options.owner,
    repo: options.repo,
    environment: options.environment,
    keep: options.deploymentId,
    stopAtInactive: true,
  });
  return { deactivated };
}

export interface RetireDeploymentsOptions extends RepoRef {
  environment: string;
  /** This deployment stays active. */
  keep?: number;
  /** Also delete the deployments (preview teardown); GitHub only deletes inactive ones. */
  delete?: boolean;
  /**
   * Deployments are listed newest first and every successful run retires the ones before it, so the first one found
   * inactive means all older ones are too: stop there instead of reading every status.
   */
  stopAtInactive?: boolean;
}

async function latestState(
  client: GitHubClient,
  target: RepoRef & { deploymentId: number },
): Promise<string | undefined> {
  const { data } = await githubCall(`reading deployment ${target.deploymentId} statuses`, 'deployments: read', () =>
    client.rest.repos.listDeploymentStatuses({
      owner: target.owner,
      repo: target.repo,
      deployment_id: target.deploymentId,
      per_page: 1,
      headers: githubJson,
    }),
  );
  return data[0]?.state;
}

/** Marks every deployment of the environment inactive (except `keep`) and optionally deletes them. */
export async function retireDeployments(
  client: GitHubClient,
  options: RetireDeploymentsOptions,
): Promise<{ deactivated: number[]; deleted: number[] }> {
  const deactivated: number[] = [];
  const deleted: number[] = [];
  const pages = client.paginate.iterator(client.rest.repos.listDeployments, {
    owner: options.owner,
    repo: options.repo,
    environment: options.environment,
    per_page: 100,
    headers: githubJson,
  });
  const ids: number[] = [];
  try {
    outer: for await (const page of pages) {
      for (const deployment of page.data) {
        if (deployment.id === options.keep) continue;
        const target = { owner: options.owner, repo: options.repo, deploymentId: deployment.id };
        const state = await latestState(client, target);
        if (state === 'inactive' && options.stopAtInactive && !options.delete) break outer;
        if (state !== 'inactive') {
          await postStatus(client, target, { state: 'inactive' });
          deactivated.push(deployment.id);
        }
        ids.push(deployment.id);
      }
    }
  } catch (error) {
    if (error instanceof GitHubApiError) throw error;
    throw new GitHubApiError(`listing deployments of ${options.environment}`, undefined, String(error), {
      cause: error,
    });
  }
  if (options.delete) {
    for (const id of ids) {
      await githubCall(`deleting deployment ${id}`, permission, () =>
        client.rest.repos.deleteDeployment({
          owner: options.owner,
          repo: options.repo,
          deployment_id: id,
          headers: githubJson,
        }),
      );
      deleted.push(id);
    }
  }
  return { deactivated, deleted };
}
