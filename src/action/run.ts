import { cutDescription } from '../report/format.js';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as core from '@actions/core';
import type { Interruption } from '../cancel.js';
import { githubIdTokenGetter } from '../credentials/github-oidc.js';
import { describeError, SpecError } from '../errors.js';
import { EventBus, Outcome } from '../events.js';
import { annotateSpecProblems } from '../github/annotations.js';
import { readGitHubRunContext, type GitHubRunContext } from '../github/run-context.js';
import { prepareRun } from '../pipeline.js';
import {
  assertConfinedToPreview,
  previewOwnerCheck,
  previewOwnershipLabels,
  requireRepository,
  resolveEventRun,
  settingsForEventRun,
  useBaseCredentials,
  withCommentNote,
  type EventRun,
} from '../preview/index.js';
import { objectsToYaml } from '../render/print.js';
import { annotationText, attachReporters, logLine, logLines, SecretMasker } from '../report/index.js';
import { parseActionInputs, type ActionSettings } from '../settings/index.js';
import { Command, type Settings } from '../settings/types.js';
import { readSpecDocument, specOutline } from '../spec/load.js';
import type { SourceDocument } from '../spec/yaml-source.js';
import { createPublisher, runEnvironment } from './publish.js';
import { blueGreenDescription } from '../report/rollouts.js';

/**
 * The action's run: inputs → event decisions → the same run as the CLI → outputs, summary, comment, deployments.
 * Every failure ends here as the step's failure; `interruption` is the entry point's signal handling (src/cancel.ts).
 */
export async function runAction(env: Record<string, string | undefined>, interruption: Interruption): Promise<void> {
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
    // The spec is read once: its outline decides what the event runs, the same document is loaded for that run.
    const document = await readSpecDocument(inputSettings.specPath);
    const outline = specOutline(document);
    const payload = context?.eventPath ? (JSON.parse(await readFile(context.eventPath, 'utf8')) as unknown) : {};
    const eventRun = resolveEventRun({
      eventName: context?.eventName ?? '',
      payload,
      command: action.command,
      app: outline.app,
      ...(outline.releases ? { releases: outline.releases } : {}),
      ...(outline.preview ? { preview: outline.preview } : {}),
      ...(outline.enabledClusters[0] !== undefined ? { defaultPreviewClusters: [outline.enabledClusters[0]] } : {}),
      options: action.preview,
    });
    if (eventRun.kind === 'skip') {
      core.info(logLine(`k8deployer: nothing to do: ${eventRun.reason}`));
      core.setOutput('status', Outcome.Skipped);
      return;
    }
    if (eventRun.kind === 'refused') {
      core.setOutput('status', Outcome.Skipped);
      core.setFailed(annotationText(masker.mask(eventRun.reason)));
      return;
    }
    const settings = withEventVariables(settingsForEventRun(inputSettings, eventRun), eventRun);
    if (settings.command === Command.Render) return await renderToLog(settings, env, document);
    await deploy(settings, action, eventRun, {
      env,
      context,
      masker,
      mask,
      document,
      payload,
      inputClusters: inputSettings.clusters,
      interruption,
    });
  } catch (error) {
    core.setOutput('status', Outcome.Failed);
    if (error instanceof SpecError) {
      annotateSpecProblems(error.problems, core.error, context?.workspace ? { workspace: context.workspace } : {});
      core.setFailed(
        `the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}), see the annotations`,
      );
    } else {
      core.setFailed(annotationText(masker.mask(describeError(error))));
    }
  }
}

/**
 * Preview runs get `${pr}` and `${previewHost}` for the spec (e.g. `ingress: {host:
 * "${previewHost,shop.example.com}"}`).
 */
function withEventVariables(settings: Settings, run: EventRun): Settings {
  if (run.kind !== 'preview-up' && run.kind !== 'preview-down') return settings;
  const variables: Record<string, string> = { pr: String(run.pr), ...settings.variables };
  if (run.host) variables.previewHost ??= run.host;
  // The labels teardown and the sweep require before they delete anything (src/preview/ownership.ts).
  const owner = previewOwnershipLabels(requireRepository(settings.repository, run.command), run.pr);
  return { ...settings, variables, namespaceLabels: { ...settings.namespaceLabels, ...owner } };
}

async function renderToLog(
  settings: Settings,
  env: Record<string, string | undefined>,
  document: SourceDocument,
): Promise<void> {
  const prepared = await prepareRun(settings, { env, document });
  for (const { target, rendered } of prepared.targets) {
    core.startGroup(`${target.name}: ${rendered.objects.length} objects`);
    // The head's spec on a pull request is user text: no line of it may read as a workflow command.
    for (const line of logLines(objectsToYaml(rendered.objects.map((desired) => desired.object)))) core.info(line);
    core.endGroup();
  }
  core.setOutput('status', Outcome.Planned);
}

interface DeployContext {
  env: Record<string, string | undefined>;
  context: GitHubRunContext | undefined;
  masker: SecretMasker;
  mask: (secret: string) => void;
  /** The spec as read at the start of the run. */
  document: SourceDocument;
  /** The event payload (GITHUB_EVENT_PATH). */
  payload: unknown;
  /** The `clusters` input (trusted, unlike the spec's preview block). */
  inputClusters: string[];
  interruption: Interruption;
}

async function deploy(
  settings: Settings,
  action: ActionSettings,
  eventRun: EventRun,
  io: DeployContext,
): Promise<void> {
  const { context, interruption } = io;
  const bus = new EventBus();
  const reporters = attachReporters({ bus, mode: 'actions', write: (line) => core.info(line), masker: io.masker });
  const deploying = settings.command === Command.Deploy || settings.command === Command.PreviewUp;
  // Check the spec (and that every secret is there) before anything is recorded on GitHub.
  const checked = await prepareRun(settings, { env: io.env, document: io.document });
  const environment = runEnvironment(action, eventRun, checked);
  if (eventRun.kind === 'preview-up')
    assertConfinedToPreview(checked, eventRun.namespace, {
      checkHosts: true,
      ...(eventRun.host ? { previewHost: eventRun.host } : {}),
    });
  if (eventRun.kind === 'preview-down') assertConfinedToPreview(checked, eventRun.namespace);
  const trustNote = await useBaseCredentials(checked, {
    payload: io.payload,
    settings,
    inputClusters: io.inputClusters,
    workspace: context?.workspace ?? process.cwd(),
    tempDir: io.env.RUNNER_TEMP || tmpdir(),
    ...(action.githubToken !== '' && context
      ? { github: { token: action.githubToken, apiUrl: context.apiUrl, owner: context.owner, repo: context.repo } }
      : {}),
    warn: (message) => core.warning(annotationText(io.masker.mask(message))),
  });
  const publisher = await createPublisher({
    settings,
    action,
    eventRun,
    context,
    env: io.env,
    environment,
    warn: (message) => core.warning(annotationText(io.masker.mask(message))),
  });
  if (deploying) await publisher?.start(`k8deployer ${settings.command}`);
  await publisher?.announce();

  // The engine and the Kubernetes client are most of the bundle: load them after the Deployment is marked in progress.
  const { executeClusterCommand } = await import('../commands.js');
  const renderedUrls = checked.targets.flatMap(({ rendered }) =>
    rendered.components.flatMap((component) => component.urls),
  );
  // The preview's real URL is the ingress URL for its host (http or https as the spec's ingress says).
  const previewHostName = eventRun.kind === 'preview-up' ? eventRun.host : undefined;
  const previewUrl = previewHostName
    ? (renderedUrls.find((url) => new URL(url).host === previewHostName) ?? `https://${previewHostName}`)
    : undefined;
  let environmentUrl = previewUrl;
  try {
    const { prepared } = await executeClusterCommand({
      settings,
      env: io.env,
      bus,
      prepared: checked,
      ...(eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down'
        ? { checkCluster: previewOwnerCheck(settings.repository, eventRun) }
        : {}),
      runId: context ? `${context.repo}-${context.runId}` : `run-${Date.now()}`,
      signal: interruption.signal,
      escalation: interruption.escalation,
      credentials: {
        getIdToken: async (audience) => {
          const token = await githubIdTokenGetter({ env: io.env })(audience);
          io.mask(token);
          return token;
        },
        mask: io.mask,
        log: (message) => core.info(logLine(io.masker.mask(message))),
      },
    });
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
    // The Deployment status names the live color and what to run next (promote / abort).
    const blueGreenNote = blueGreenDescription(final.report);
    await publisher?.finish({
      ok: final.exitCode === 0,
      ...(final.status === Outcome.Cancelled
        ? { cancelled: true, description: `cancelled by ${interruption.received ?? 'a signal'}` }
        : blueGreenNote
          ? { description: cutDescription(io.masker.mask(blueGreenNote)) }
          : {}),
      // A rollout held until promoted: the Deployment stays in progress until promote or abort.
      ...(final.status === Outcome.Paused
        ? {
            paused: true,
            description: cutDescription(
              io.masker.mask(blueGreenNote ?? 'rollout paused until promoted (run promote or abort)'),
            ),
          }
        : {}),
      commentBody: trustNote ? withCommentNote(final.commentBody, final.commentMarker, trustNote) : final.commentBody,
      commentMarker: final.commentMarker,
      ...(environmentUrl ? { environmentUrl } : {}),
      teardown: settings.command === Command.PreviewDown || settings.command === Command.Delete,
    });
    if (final.exitCode !== 0) {
      const { reasons } = final;
      core.setFailed(
        annotationText(
          io.masker.mask(
            `k8deployer ${settings.command} ${final.status}${reasons.length ? `: ${reasons.join('; ')}` : ''}`,
          ),
        ),
      );
    }
  } catch (error) {
    reporters.detach();
    await publisher?.finish({ ok: false, description: cutDescription(io.masker.mask(describeError(error))) });
    throw error;
  }
}
