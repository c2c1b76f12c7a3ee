import type { ResolveContext } from './credentials/index.js';
import type { EngineTuning } from './engine.js';
import type { EventBus } from './events.js';
import { resolvePinnedImages } from './images/resolve.js';
import { renderPackages } from './packaging/index.js';
import { renderApp } from './render/index.js';
import type { RenderedApp } from './render/types.js';
import { Command, type Settings } from './settings/types.js';
import { loadSpec, type ClusterTarget, type LoadedSpec } from './spec/load.js';
import { problemAt, type SourceDocument } from './spec/yaml-source.js';

export interface PreparedTarget {
  target: ClusterTarget;
  rendered: RenderedApp;
}

export interface PreparedRun {
  spec: LoadedSpec;
  targets: PreparedTarget[];
}

/** What every cluster command (plan, deploy, delete, the previews and their sweep) gets from its entry point. */
export interface ClusterRunRequest {
  settings: Settings;
  env: Record<string, string | undefined>;
  bus: EventBus;
  runId: string;
  /** How credentials are obtained and masked: OIDC tokens, the masker (the action passes @actions/core's setSecret). */
  credentials: Omit<ResolveContext, 'env'>;
  tuning?: Partial<EngineTuning>;
}

/** Runs of a pull-request preview: they get the spec's preview seed and quota. */
const previewCommands = new Set<Command>([Command.PreviewUp, Command.PreviewDown, Command.PreviewSweep]);

export type MissingSecrets = 'error' | 'placeholder';

/** Deploys need every secret value; render, plan and delete work without them (plan masks them anyway). */
export function missingSecretsFor(command: Command): MissingSecrets {
  return command === Command.Deploy || command === Command.PreviewUp ? 'error' : 'placeholder';
}

/** Commands that run pods (or show what would run) pin images; render stays offline, delete needs no images. */
function resolvesImages(command: Command): boolean {
  return command === Command.Plan || command === Command.Deploy || command === Command.PreviewUp;
}

/**
 * Load, validate and render the spec for every selected cluster: everything a command needs before it talks to a
 * cluster. Pure apart from reading the spec and the files it names, and asking registries for pinned digests.
 */
export async function prepareRun(
  settings: Settings,
  options: {
    env: Record<string, string | undefined>;
    missingSecrets?: MissingSecrets;
    document?: SourceDocument;
    /** Resolve pinned images anonymously, saying why (pull request events: the spec is untrusted). */
    anonymousRegistries?: string;
  },
): Promise<PreparedRun> {
  const variables = { ...settings.variables };
  if (settings.imageTag !== undefined) variables.imageTag = settings.imageTag;
  const spec = await loadSpec(settings.specPath, {
    variables,
    clusters: settings.clusters,
    ...(settings.namespaceOverride ? { namespaceOverride: settings.namespaceOverride } : {}),
    ...(options.env.GITHUB_WORKSPACE ? { workspace: options.env.GITHUB_WORKSPACE } : {}),
    ...(options.document ? { document: options.document } : {}),
    ...(previewCommands.has(settings.command) ? { preview: true } : {}),
  });
  // Charts and kustomizations are rendered by their tools here, at the edge; renderApp stays pure.
  const packaged = await renderPackages(spec, options.env);
  // So are image digests (`images.pin: digest`): plan resolves them too, read-only, so it shows what deploy does.
  const pinnedImages = resolvesImages(settings.command)
    ? await resolvePinnedImages(
        spec,
        options.env,
        options.anonymousRegistries ? { anonymousOnly: options.anonymousRegistries } : {},
      )
    : undefined;
  const targets = spec.targets.map((target) => ({
    target,
    rendered: renderApp(target, {
      files: spec.files,
      packaged,
      ...(pinnedImages ? { pinnedImages } : {}),
      env: options.env,
      missingSecrets: options.missingSecrets ?? missingSecretsFor(settings.command),
      problemAt: (pointer, message) => problemAt(spec.document, pointer, message),
    }),
  }));
  if (settings.namespaceLabels || settings.namespaceAnnotations) {
    for (const { rendered } of targets) {
      for (const { object } of rendered.objects) {
        if (object.kind !== 'Namespace') continue;
        if (settings.namespaceLabels)
          object.metadata.labels = { ...object.metadata.labels, ...settings.namespaceLabels };
        if (settings.namespaceAnnotations)
          object.metadata.annotations = { ...object.metadata.annotations, ...settings.namespaceAnnotations };
      }
    }
  }
  return { spec, targets };
}
