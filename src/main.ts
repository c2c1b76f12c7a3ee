import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { KubeConfig } from '@kubernetes/client-node';
import * as core from '@actions/core';
import { githubIdTokenGetter } from './credentials/github-oidc.js';
import { describeError, SpecError } from './errors.js';
import { EventBus, Outcome } from './events.js';
import { annotateSpecProblems } from './github/annotations.js';
import { readGitHubRunContext, type GitHubRunContext } from './github/run-context.js';
import { prepareRun, type PreparedRun } from './pipeline.js';
import {
  applyBaseCredentials,
  assertConfinedToPreview,
  assertPreviewNamespaceOwned,
  describeTrustedCredentials,
  previewOwnershipLabels,
  pullRequestBase,
  requireRepository,
  resolveEventRun,
  settingsForEventRun,
  type EventRun,
} from './preview/index.js';
import { objectsToYaml } from './render/print.js';
import { commentLimitBytes } from './report/comment.js';
import { markdownCell, truncateBytes } from './report/format.js';
import { attachReporters, SecretMasker } from './report/index.js';
import { parseActionInputs, type ActionSettings } from './settings/index.js';
import { Command, type Settings } from './settings/types.js';
import { readSpecHeader, type SpecHeader } from './spec/header.js';

/** Action entry: inputs → event decisions → the same run as the CLI → outputs, summary, comment, deployments. */
export async function runAction(env: Record<string, string | undefined> = process.env): Promise<void> {
  const masker = new SecretMasker();
  const mask = (secret: string): void => {
    if (!secret) return;
    core.setSecret(secret);
    masker.add(secret);
  };
  const context = readGitHubRunContext(env);
  try {
    const { settings: inputSettings, action } = parseActionInputs((name) => core.getInput(name));
    mask(action.githubToken);
    if (context?.repository) inputSettings.repository = context.repository;
    const header = await readSpecHeader(inputSettings.specPath);
    const payload = context?.eventPath ? JSON.parse(await readFile(context.eventPath, 'utf8')) : {};
    const eventRun = resolveEventRun({
      eventName: context?.eventName ?? '',
      payload,
      command: action.command,
      app: header.app,
      ...(header.releases ? { releases: header.releases } : {}),
      ...(header.preview ? { preview: header.preview } : {}),
      ...(header.clusters.some((cluster) => cluster.enabled) ? { defaultPreviewClusters: [header.clusters.find((cluster) => cluster.enabled)?.name ?? ''] } : {}),
      options: action.preview,
    });
    if (eventRun.kind === 'skip') {
      core.info(`k8deployer: nothing to do: ${eventRun.reason}`);
      core.setOutput('status', Outcome.Skipped);
      return;
    }
    if (eventRun.kind === 'refused') {
      core.setOutput('status', Outcome.Skipped);
      core.setFailed(eventRun.reason);
      return;
    }
    const settings = withEventVariables(settingsForEventRun(inputSettings, eventRun), eventRun);
    if (core.getInput('preview-ttl') !== '') settings.previewTtlHours = action.preview.ttlHours;
    if (settings.command === Command.Render) return await renderToLog(settings, env);
    await deploy(settings, action, eventRun, { env, context, masker, mask, header, payload, inputClusters: inputSettings.clusters });
  } catch (error) {
    core.setOutput('status', Outcome.Failed);
    if (error instanceof SpecError) {
      annotateSpecProblems(error.problems, core.error, context?.workspace ? { workspace: context.workspace } : {});
      core.setFailed(`the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}), see the annotations`);
    } else {
      core.setFailed(masker.mask(describeError(error)));
    }
  }
}

/** Preview runs get `${pr}` and `${previewHost}` for the spec (e.g. `ingress: {host: "${previewHost,shop.example.com}"}`). */
function withEventVariables(settings: Settings, run: EventRun): Settings {
  if (run.kind !== 'preview-up' && run.kind !== 'preview-down') return settings;
  const variables: Record<string, string> = { pr: String(run.pr), ...settings.variables };
  if (run.host) variables.previewHost ??= run.host;
  // The labels teardown and the sweep require before they delete anything (src/preview/ownership.ts).
  const owner = previewOwnershipLabels(requireRepository(settings.repository, run.command), run.pr);
  return { ...settings, variables, namespaceLabels: { ...settings.namespaceLabels, ...owner } };
}

async function renderToLog(settings: Settings, env: Record<string, string | undefined>): Promise<void> {
  const prepared = await prepareRun(settings, { env, missingSecrets: 'placeholder' });
  for (const { target, rendered } of prepared.targets) {
    core.startGroup(`${target.name}: ${rendered.objects.length} objects`);
    core.info(objectsToYaml(rendered.objects.map((desired) => desired.object)));
    core.endGroup();
  }
  core.setOutput('status', Outcome.Planned);
}

interface DeployContext {
  env: Record<string, string | undefined>;
  context: GitHubRunContext | undefined;
  masker: SecretMasker;
  mask: (secret: string) => void;
  header: SpecHeader;
  /** The event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  /** The `clusters` input (trusted, unlike the spec's preview block). */
  inputClusters: string[];
}

async function deploy(settings: Settings, action: ActionSettings, eventRun: EventRun, io: DeployContext): Promise<void> {
  const { context } = io;
  const bus = new EventBus();
  const reporters = attachReporters({ bus, mode: 'actions', write: (line) => core.info(line), masker: io.masker });
  const selected = io.header.clusters.filter((cluster) => (settings.clusters.length ? settings.clusters.includes(cluster.name) : cluster.enabled));
  // Default environment: the release rule's or the preview's, else the targeted clusters' environment names.
  const environment =
    action.environment ?? ('environment' in eventRun ? eventRun.environment : undefined) ?? (selected.map((cluster) => cluster.environment).join('+') || 'default');
  const deploying = settings.command === Command.Deploy || settings.command === Command.PreviewUp;
  // Check the spec (and that every secret is there) before anything is recorded on GitHub.
  const checked = await prepareRun(settings, { env: io.env, missingSecrets: deploying ? 'error' : 'placeholder' });
  if (eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down') assertConfinedToPreview(checked, eventRun.namespace);
  const trustNote = await useBaseCredentials(checked, settings, action, io);
  const pullRequest = eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down' ? eventRun.pr : pullRequestNumber(io.env, context);
  const publishing = action.githubToken !== '' && context !== undefined && (action.commentOnPr || action.deployments);
  // Loaded only when used: @actions/github costs a noticeable part of the cold start.
  const publisher = publishing
    ? new (await import('./github/publisher.js')).GitHubPublisher({
        client: (await import('./github/client.js')).createGitHubClient({ token: action.githubToken, baseUrl: context.apiUrl }),
        repo: { owner: context.owner, repo: context.repo },
        sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha,
        runUrl: context.runUrl,
        environment,
        production: environment === 'production',
        ...(pullRequest !== undefined ? { pullRequest } : {}),
        comment: action.commentOnPr,
        deployments: action.deployments && settings.command !== Command.Plan,
        preview: eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down',
        warn: (message) => core.warning(io.masker.mask(message)),
      })
    : undefined;
  if (deploying) await publisher?.start(`k8deployer ${settings.command}`);

  // The engine and the Kubernetes client are most of the bundle: load them after the Deployment is marked in progress.
  const { exitCodeOf, executeClusterCommand } = await import('./commands.js');
  let outcome: Outcome = Outcome.Failed;
  const renderedUrls = checked.targets.flatMap(({ rendered }) => rendered.components.flatMap((component) => component.urls));
  // The preview's real URL is the ingress URL for its host (http or https as the spec's ingress says).
  const previewHostName = eventRun.kind === 'preview-up' ? eventRun.host : undefined;
  const previewUrl = previewHostName ? (renderedUrls.find((url) => new URL(url).host === previewHostName) ?? `https://${previewHostName}`) : undefined;
  let environmentUrl = previewUrl;
  try {
    const { prepared, result } = await executeClusterCommand({
      settings,
      env: io.env,
      bus,
      prepared: checked,
      ...(eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down' ? { checkCluster: previewOwnerCheck(settings, eventRun) } : {}),
      runId: context ? `${context.repo}-${context.runId}` : `run-${Date.now()}`,
      credentials: {
        getIdToken: async (audience) => {
          const token = await githubIdTokenGetter({ env: io.env })(audience);
          io.mask(token);
          return token;
        },
        mask: io.mask,
        log: (message) => core.info(io.masker.mask(message)),
      },
    });
    outcome = result.outcome;
    const rendered = prepared.targets.map(({ rendered }) => rendered);
    environmentUrl ??= prepared.targets.map(({ target }) => target.url).find(Boolean) ?? renderedUrls[0];
    const final = reporters.finish({
      components: rendered,
      environment,
      ...(previewUrl ? { previewUrl } : {}),
      ...(context ? { runUrl: context.runUrl, sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha } : {}),
    });
    core.setOutput('result', final.resultJson);
    core.setOutput('status', final.status);
    if (previewUrl) core.setOutput('preview-url', previewUrl);
    if (action.jobSummary && io.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(final.summaryMarkdown).write();
    await publisher?.finish({
      ok: exitCodeOf(outcome) === 0,
      commentBody: trustNote ? withCommentNote(final.commentBody, final.commentMarker, trustNote) : final.commentBody,
      commentMarker: final.commentMarker,
      ...(environmentUrl ? { environmentUrl } : {}),
      teardown: settings.command === Command.PreviewDown || settings.command === Command.Delete,
    });
    if (exitCodeOf(outcome) !== 0) {
      const reasons = final.report.clusters.filter((cluster) => cluster.reason).map((cluster) => `${cluster.name}: ${cluster.reason}`);
      core.setFailed(io.masker.mask(`k8deployer ${settings.command} ${outcome}${reasons.length ? `: ${reasons.join('; ')}` : ''}`));
    }
  } catch (error) {
    reporters.detach();
    await publisher?.finish({ ok: false, description: io.masker.mask(describeError(error)).slice(0, 140) });
    throw error;
  }
}

/**
 * On events about a pull request, the cluster entries' credential fields come from the base commit's spec
 * (src/preview/trusted-clusters.ts). Returns the note for the PR comment when the PR tried to change them.
 */
async function useBaseCredentials(prepared: PreparedRun, settings: Settings, action: ActionSettings, io: DeployContext): Promise<string | undefined> {
  const base = pullRequestBase(io.payload);
  if (!base) return undefined;
  const workspace = io.context?.workspace ?? process.cwd();
  const { baseFileReader } = await import('./github/base-files.js');
  const github =
    action.githubToken !== '' && io.context
      ? { client: (await import('./github/client.js')).createGitHubClient({ token: action.githubToken, baseUrl: io.context.apiUrl }), repo: { owner: io.context.owner, repo: io.context.repo } }
      : undefined;
  const report = await applyBaseCredentials(prepared, {
    specPath: settings.specPath,
    workspace,
    baseSha: base.sha,
    readBase: baseFileReader({ sha: base.sha, workspace, ...(github ? { github } : {}) }),
    specOptions: {
      variables: { ...settings.variables, ...(settings.imageTag !== undefined ? { imageTag: settings.imageTag } : {}) },
      ...(settings.namespaceOverride ? { namespaceOverride: settings.namespaceOverride } : {}),
    },
    tempDir: io.env.RUNNER_TEMP || tmpdir(),
    previewClustersFromBase: (settings.command === Command.PreviewUp || settings.command === Command.PreviewDown) && io.inputClusters.length === 0,
  });
  const note = describeTrustedCredentials(report);
  if (note) core.warning(io.masker.mask(note));
  return note;
}

/** The note goes right under the marker (which must stay first); cluster names are the PR's text, so escaped. */
function withCommentNote(body: string, marker: string, note: string): string {
  const rest = body.startsWith(marker) ? body.slice(marker.length).replace(/^\n/, '') : body;
  return truncateBytes(`${marker}\n> [!WARNING]\n> ${markdownCell(note, 2000)}\n\n${rest}`, commentLimitBytes);
}

/** Before a preview run writes or deletes its namespace, it must be this repository's preview of this PR. */
function previewOwnerCheck(settings: Settings, run: Extract<EventRun, { kind: 'preview-up' | 'preview-down' }>): (kubeConfig: KubeConfig) => Promise<void> {
  const expected = previewOwnershipLabels(requireRepository(settings.repository, run.command), run.pr);
  return (kubeConfig) => assertPreviewNamespaceOwned(kubeConfig, run.namespace, expected, run.command);
}

function pullRequestNumber(env: Record<string, string | undefined>, context: GitHubRunContext | undefined): number | undefined {
  const match = /^refs\/pull\/(\d+)\//.exec(context?.ref ?? env.GITHUB_REF ?? '');
  return match ? Number(match[1]) : undefined;
}

await runAction();
