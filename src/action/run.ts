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
import { prepareRun, type PreparedRun, type PreparedTarget } from '../pipeline.js';
import type { KubeConfig } from '@kubernetes/client-node';
import type { GitHubPublisher } from '../github/publisher.js';
import {
  assertConfinedToPreview,
  assertNoSecretsForForks,
  previewOwnerCheck,
  previewOwnershipLabels,
  pullRequestBase,
  requireRepository,
  resolveEventRun,
  settingsForEventRun,
  useBaseCredentials,
  withCommentNote,
  type EventRun,
} from '../preview/index.js';
import { objectsToYaml } from '../render/print.js';
import { annotationText, attachReporters, commentMarker, logLine, logLines, SecretMasker } from '../report/index.js';
import type { SleptPreview } from '../sweep.js';
import { parseActionInputs, type ActionSettings } from '../settings/index.js';
import { Command, type Settings } from '../settings/types.js';
import { readSpecDocument, specOutline } from '../spec/load.js';
import type { SourceDocument } from '../spec/yaml-source.js';
import { markdownText } from '../report/escape.js';
import { previewShaAnnotation } from '../preview/sleep.js';
import { createPublisher, runEnvironment } from './publish.js';
import {
  freshness,
  githubApi,
  livePullRequest,
  type GitHubApi,
  withCurrentLabels,
  workflowRunPullRequest,
} from './pull-request-state.js';
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
    const eventPayload = context?.eventPath ? (JSON.parse(await readFile(context.eventPath, 'utf8')) as unknown) : {};
    const warn = (message: string): void => core.warning(annotationText(masker.mask(message)));
    const api = apiEvents.has(context?.eventName ?? '') ? await githubApi(action, context) : undefined;
    const payload = await withCurrentLabels(eventPayload, api, warn);
    const fromWorkflowRun =
      context?.eventName === 'workflow_run' ? await workflowRunPullRequest(payload, api) : undefined;
    const eventRun = resolveEventRun({
      ...(fromWorkflowRun ? { workflowRunPullRequest: fromWorkflowRun } : {}),
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
    if (eventRun.kind === 'preview-wake') {
      await wakeFromComment(inputSettings, action, eventRun, {
        env,
        context,
        masker,
        mask,
        document,
        api,
        interruption,
      });
      return;
    }
    if (eventRun.kind === 'preview-down' && eventRun.reason) core.info(logLine(`k8deployer: ${eventRun.reason}`));
    if (eventRun.kind === 'preview-up') {
      // A queued run whose pull request moved on (a newer push, or closed) deploys nothing.
      const before = await freshness(api, eventRun, warn);
      if (before && before.kind !== 'current') {
        const reason =
          before.kind === 'superseded'
            ? `superseded by ${before.sha}: ${before.message}`
            : `${before.message}; nothing deployed (its closed event tears the preview down)`;
        core.info(logLine(`k8deployer: nothing to do: ${reason}`));
        core.setOutput('status', Outcome.Skipped);
        await writeSummary(action, env, `k8deployer ${eventRun.command}: skipped, ${markdownText(reason, 500)}\n`);
        return;
      }
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
      api,
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

/** Events whose runs read the pull request from the API (labels, head SHA, state). */
const apiEvents = new Set(['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run']);

async function writeSummary(action: ActionSettings, env: Record<string, string | undefined>, text: string) {
  if (action.jobSummary && env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(text).write();
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
  return {
    ...settings,
    variables,
    namespaceLabels: { ...settings.namespaceLabels, ...owner },
    // A new commit changes the namespace, which dates the preview's last activity for the sleep (src/preview/sleep.ts).
    ...(run.kind === 'preview-up'
      ? { namespaceAnnotations: { ...settings.namespaceAnnotations, [previewShaAnnotation]: run.sha } }
      : {}),
  };
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
  /** The REST API for the freshness checks of preview runs (undefined: no token, or another event). */
  api: GitHubApi | undefined;
}

async function deploy(
  settings: Settings,
  action: ActionSettings,
  eventRun: EventRun,
  io: DeployContext,
): Promise<void> {
  const { context, interruption } = io;
  const warn = (message: string): void => core.warning(annotationText(io.masker.mask(message)));
  const bus = new EventBus();
  const reporters = attachReporters({ bus, mode: 'actions', write: (line) => core.info(line), masker: io.masker });
  const deploying = settings.command === Command.Deploy || settings.command === Command.PreviewUp;
  // Check the spec (and that every secret is there) before anything is recorded on GitHub.
  // On pull request events the head's spec may point a docker-config secret's registry anywhere: the runner's
  // registry credentials must not go there (threat model rule 2), so pinned digests are resolved anonymously.
  const checked = await prepareRun(settings, {
    env: io.env,
    document: io.document,
    ...(pullRequestBase(io.payload)
      ? {
          anonymousRegistries:
            "on pull request events digests are resolved anonymously (the head commit's spec could send registry credentials elsewhere)",
        }
      : {}),
  });
  const environment = runEnvironment(action, eventRun, checked);
  if (eventRun.kind === 'preview-up')
    assertConfinedToPreview(checked, eventRun.namespace, {
      checkHosts: true,
      ...(eventRun.host ? { previewHost: eventRun.host } : {}),
    });
  if (eventRun.kind === 'preview-down') assertConfinedToPreview(checked, eventRun.namespace);
  if (eventRun.kind === 'preview-up' && eventRun.untrustedCode) assertNoSecretsForForks(checked, eventRun.pr);
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
    const { prepared, slept } = await executeClusterCommand({
      settings,
      env: io.env,
      bus,
      prepared: checked,
      ...(eventRun.kind === 'preview-up' || eventRun.kind === 'preview-down'
        ? { checkCluster: previewClusterCheck(settings, eventRun) }
        : {}),
      runId: context ? `${context.repo}-${context.runId}` : `run-${Date.now()}`,
      signal: interruption.signal,
      escalation: interruption.escalation,
      credentials: {
        ...runnerCredentials(io),
        log: (message) => core.info(logLine(io.masker.mask(message))),
      },
    });
    if (slept?.length) await markAsleep(slept, action, io, checked.targets[0]?.rendered.app ?? 'app');
    const rendered = prepared.targets.map(({ rendered }) => rendered);
    environmentUrl ??= prepared.targets.map(({ target }) => target.url).find(Boolean) ?? renderedUrls[0];
    const final = reporters.finish({
      components: rendered,
      environment,
      ...(previewUrl ? { previewUrl } : {}),
      ...(context ? { runUrl: context.runUrl, sha: eventRun.kind === 'preview-up' ? eventRun.sha : context.sha } : {}),
    });
    // The pull request may have moved on while this run deployed: closed (tear down) or pushed to (publish nothing).
    const after = eventRun.kind === 'preview-up' ? await freshness(io.api, eventRun, warn) : undefined;
    if (after?.kind === 'closed' && eventRun.kind === 'preview-up') {
      await tearDownClosed(settings, action, eventRun, prepared, { io, publisher, environment, reason: after.message });
      return;
    }
    const superseded = after?.kind === 'superseded' ? `superseded by ${after.sha}` : undefined;
    if (superseded && after?.kind === 'superseded')
      core.info(logLine(`k8deployer: ${after.message}; the comment is left to that run`));
    core.setOutput('result', final.resultJson);
    core.setOutput('status', final.status);
    if (previewUrl) core.setOutput('preview-url', previewUrl);
    if (action.jobSummary && io.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(superseded ? `> [!NOTE]\n> This result is ${superseded}; it was not published.\n\n` : '')
        .addRaw(final.summaryMarkdown)
        .write();
    // The Deployment status names the live color and what to run next (promote / abort).
    const blueGreenNote = blueGreenDescription(final.report);
    const notes = await publisher?.finish({
      ...(superseded ? { superseded } : {}),
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
    await publishNotes(action, io, notes);
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

/**
 * The pull request was closed while its preview deployed: the closed event's run may already have torn down (and
 * found nothing yet), so this run removes what it just made, with the same ownership check, and says why.
 */
async function tearDownClosed(
  settings: Settings,
  action: ActionSettings,
  run: Extract<EventRun, { kind: 'preview-up' }>,
  prepared: PreparedRun,
  state: { io: DeployContext; publisher: GitHubPublisher | undefined; environment: string; reason: string },
): Promise<void> {
  const { io, publisher } = state;
  const note = `${state.reason}: it was closed while this run deployed, so the preview was torn down again`;
  core.info(logLine(`k8deployer: ${note}`));
  const bus = new EventBus();
  const reporters = attachReporters({ bus, mode: 'actions', write: (line) => core.info(line), masker: io.masker });
  const { executeClusterCommand } = await import('../commands.js');
  const down: Settings = { ...settings, command: Command.PreviewDown };
  try {
    const result = await executeClusterCommand({
      settings: down,
      env: io.env,
      bus,
      prepared,
      checkCluster: previewOwnerCheck(settings.repository, {
        command: Command.PreviewDown,
        pr: run.pr,
        namespace: run.namespace,
      }),
      runId: io.context ? `${io.context.repo}-${io.context.runId}-down` : `run-${Date.now()}-down`,
      signal: io.interruption.signal,
      escalation: io.interruption.escalation,
      credentials: { getIdToken: (audience) => githubIdTokenGetter({ env: io.env })(audience), mask: io.mask },
    });
    const final = reporters.finish({
      components: result.prepared.targets.map(({ rendered }) => rendered),
      environment: state.environment,
      ...(io.context ? { runUrl: io.context.runUrl, sha: run.sha } : {}),
    });
    core.setOutput('result', final.resultJson);
    core.setOutput('status', final.status);
    await writeSummary(action, io.env, `> [!NOTE]\n> ${markdownText(note, 500)}\n\n${final.summaryMarkdown}`);
    await publishNotes(
      action,
      io,
      await publisher?.finish({
        ok: final.exitCode === 0,
        commentBody: withCommentNote(final.commentBody, final.commentMarker, note, 'NOTE'),
        commentMarker: final.commentMarker,
        teardown: true,
      }),
    );
    if (final.exitCode !== 0)
      core.setFailed(
        annotationText(
          io.masker.mask(`k8deployer ${Command.PreviewDown} ${final.status}: ${final.reasons.join('; ')}`),
        ),
      );
  } catch (error) {
    reporters.detach();
    throw error;
  }
}

/** What publishing left undone (e.g. an environment the token may not delete): in the log and the job summary. */
async function publishNotes(action: ActionSettings, io: DeployContext, notes: string[] | undefined): Promise<void> {
  if (!notes?.length) return;
  for (const note of notes) core.info(logLine(`k8deployer: ${io.masker.mask(note)}`));
  await writeSummary(
    action,
    io.env,
    notes.map((note) => `> [!NOTE]\n> ${markdownText(io.masker.mask(note), 500)}\n`).join('\n'),
  );
}

/**
 * Before a preview run writes: the namespace must be this PR's preview; a preview-up also wakes a sleeping one
 * (restores its replicas and releases the sleep's claim on them, so the deploy's apply does not conflict).
 */
function previewClusterCheck(
  settings: Settings,
  run: Extract<EventRun, { kind: 'preview-up' | 'preview-down' }>,
): (kubeConfig: KubeConfig, prepared: PreparedTarget) => Promise<void> {
  const owner = previewOwnerCheck(settings.repository, run);
  return async (kubeConfig, prepared) => {
    await owner(kubeConfig);
    if (run.kind !== 'preview-up') return;
    const { wakeNamespace } = await import('../preview/sleep-cluster.js');
    const woke = await wakeNamespace(kubeConfig, prepared.target.name, run.namespace, {
      now: new Date(),
      recordWake: false,
    });
    if (woke.wasAsleep)
      core.info(
        logLine(
          `k8deployer: ${prepared.target.name}: preview ${run.namespace} was asleep; ${woke.restored} workload(s) woken`,
        ),
      );
  };
}

/** The sweep put previews to sleep: their sticky comments say so, and how to wake them. */
async function markAsleep(
  slept: SleptPreview[],
  action: ActionSettings,
  io: DeployContext,
  app: string,
): Promise<void> {
  const api = await githubApi(action, io.context);
  if (!api || !action.commentOnPr) return;
  const { editSleepNotice } = await import('../github/sleep-comment.js');
  const since = new Date();
  for (const preview of slept) {
    try {
      await editSleepNotice(api.client, {
        ...api.repo,
        pr: preview.pr,
        marker: commentMarker(app, action.environment ?? `pr-${preview.pr}`),
        change: { asleep: { since, idleHours: preview.idleHours } },
      });
    } catch (error) {
      core.warning(
        annotationText(
          io.masker.mask(`pull request #${preview.pr}: the asleep notice was not written: ${describeError(error)}`),
        ),
      );
    }
  }
}

/**
 * `/k8deployer wake` from a member: the pull request must be open, and a fork's own author may not wake it (nor
 * anyone, without allow-forks: a fork never had a preview). The spec is the checkout's: issue_comment runs on the
 * default branch, so it is trusted. Restores the replicas, records the wake, and drops the comment's asleep notice.
 */
async function wakeFromComment(
  inputSettings: Settings,
  action: ActionSettings,
  run: Extract<EventRun, { kind: 'preview-wake' }>,
  io: Pick<DeployContext, 'env' | 'context' | 'masker' | 'mask' | 'document' | 'api' | 'interruption'>,
): Promise<void> {
  const refuse = (reason: string): void => {
    core.setOutput('status', Outcome.Skipped);
    core.setFailed(annotationText(io.masker.mask(reason)));
  };
  if (!io.api) return refuse('/k8deployer wake needs the github-token input to read the pull request');
  const live = await livePullRequest(io.api, run.pr);
  if (live.state === 'closed') return refuse(`pull request #${run.pr} is closed; its preview is gone, not asleep`);
  const fork = (live.headRepo ?? '').toLowerCase() !== live.baseRepo.toLowerCase();
  if (fork && !action.preview.allowForks)
    return refuse(`pull request #${run.pr} comes from a fork, which gets no preview here (allow-forks is off)`);
  if (fork && live.author !== undefined && live.author.toLowerCase() === run.commenter.toLowerCase())
    return refuse(`${run.commenter} opened pull request #${run.pr} from a fork and may not wake its preview`);
  const settings: Settings = {
    ...inputSettings,
    // Prepared like a teardown: only its clusters, namespace and credentials are used, no secret is needed.
    command: Command.PreviewDown,
    namespaceOverride: run.namespace,
    ...(inputSettings.clusters.length === 0 && run.clusters ? { clusters: [...run.clusters] } : {}),
  };
  const prepared = await prepareRun(settings, { env: io.env, document: io.document });
  const { wakePreview } = await import('../wake.js');
  const woken = await wakePreview({
    prepared,
    namespace: run.namespace,
    env: io.env,
    checkCluster: previewOwnerCheck(settings.repository, {
      command: 'preview-wake',
      pr: run.pr,
      namespace: run.namespace,
    }),
    credentials: runnerCredentials(io),
  });
  const restored = woken.reduce((sum, entry) => sum + entry.restored, 0);
  const asleep = woken.some((entry) => entry.wasAsleep);
  const line = asleep
    ? `preview ${run.namespace} woken by ${run.commenter}: ${restored} workload(s) scaled back up`
    : `preview ${run.namespace} was not asleep; its idle time starts again`;
  core.info(logLine(`k8deployer: ${io.masker.mask(line)}`));
  core.setOutput('status', Outcome.Succeeded);
  await writeSummary(action, io.env, `k8deployer: ${markdownText(io.masker.mask(line), 500)}\n`);
  if (!action.commentOnPr) return;
  try {
    const { editSleepNotice } = await import('../github/sleep-comment.js');
    await editSleepNotice(io.api.client, {
      ...io.api.repo,
      pr: run.pr,
      marker: commentMarker(prepared.targets[0]?.rendered.app ?? 'app', action.environment ?? run.environment),
      change: { awake: { wokenBy: run.commenter } },
    });
  } catch (error) {
    core.warning(annotationText(io.masker.mask(`the asleep notice was not removed: ${describeError(error)}`)));
  }
}

/** The runner's GitHub OIDC token for keyless cloud credentials, masked as soon as it exists. */
function runnerCredentials(io: Pick<DeployContext, 'env' | 'mask'>): {
  getIdToken: (audience: string) => Promise<string>;
  mask: (secret: string) => void;
} {
  return {
    getIdToken: async (audience) => {
      const token = await githubIdTokenGetter({ env: io.env })(audience);
      io.mask(token);
      return token;
    },
    mask: io.mask,
  };
}
