import type { KubeConfig } from '@kubernetes/client-node';
import type { PreparedRun } from '../pipeline.js';
import { commentLimitBytes } from '../report/comment.js';
import { markdownText } from '../report/escape.js';
import { truncateBytes } from '../report/format.js';
import { Command, type RepositoryIdentity, type Settings } from '../settings/types.js';
import { pullRequestBase } from './event-run.js';
import { assertPreviewNamespaceOwned, previewOwnershipLabels, requireRepository } from './ownership.js';
import { applyBaseCredentials, describeTrustedCredentials } from './trusted-clusters.js';

export interface BaseCredentialsOptions {
  /** The event payload: only events about a pull request are affected. */
  payload: unknown;
  settings: Settings;
  /** The `clusters` input (trusted, unlike the spec's preview block). */
  inputClusters: readonly string[];
  /** The checkout (GITHUB_WORKSPACE): the repository root the spec path is relative to. */
  workspace: string;
  tempDir: string;
  /** For the contents API when the checkout lacks the base commit. */
  github?: { token: string; apiUrl: string; owner: string; repo: string };
  warn: (message: string) => void;
}

/**
 * On events about a pull request, the cluster entries' credential fields come from the base commit's spec
 * (trusted-clusters.ts). Returns the note for the PR comment when the pull request tried to change them.
 */
export async function useBaseCredentials(
  prepared: PreparedRun,
  options: BaseCredentialsOptions,
): Promise<string | undefined> {
  const base = pullRequestBase(options.payload);
  if (!base) return undefined;
  const { settings, github } = options;
  // Loaded only on pull request events: @actions/github costs a noticeable part of the cold start.
  const { baseFileReader } = await import('../github/base-files.js');
  const client = github
    ? (await import('../github/client.js')).createGitHubClient({ token: github.token, baseUrl: github.apiUrl })
    : undefined;
  const report = await applyBaseCredentials(prepared, {
    specPath: settings.specPath,
    workspace: options.workspace,
    baseSha: base.sha,
    readBase: baseFileReader({
      sha: base.sha,
      workspace: options.workspace,
      ...(client && github ? { github: { client, repo: { owner: github.owner, repo: github.repo } } } : {}),
    }),
    specOptions: {
      variables: { ...settings.variables, ...(settings.imageTag !== undefined ? { imageTag: settings.imageTag } : {}) },
      ...(settings.namespaceOverride ? { namespaceOverride: settings.namespaceOverride } : {}),
    },
    tempDir: options.tempDir,
    previewClustersFromBase:
      (settings.command === Command.PreviewUp || settings.command === Command.PreviewDown) &&
      options.inputClusters.length === 0,
  });
  const note = describeTrustedCredentials(report);
  if (note) options.warn(note);
  return note;
}

/** The note goes right under the marker (which must stay first); cluster names are the PR's text, so escaped. */
export function withCommentNote(
  body: string,
  marker: string,
  note: string,
  level: 'WARNING' | 'NOTE' = 'WARNING',
): string {
  const rest = body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
  return truncateBytes(`${marker}\n> [!${level}]\n> ${markdownText(note, 2000)}\n\n${rest}`, commentLimitBytes);
}

/** Before a preview run writes or deletes its namespace, it must be this repository's preview of this PR. */
export function previewOwnerCheck(
  repository: RepositoryIdentity | undefined,
  run: { command: string; pr: number; namespace: string },
): (kubeConfig: KubeConfig) => Promise<void> {
  const expected = previewOwnershipLabels(requireRepository(repository, run.command), run.pr);
  return (kubeConfig) => assertPreviewNamespaceOwned(kubeConfig, run.namespace, expected, run.command);
}
