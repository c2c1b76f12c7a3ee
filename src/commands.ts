import { randomUUID } from 'node:crypto';
import type { KubeConfig } from '@kubernetes/client-node';
import { homedir } from 'node:os';
import path from 'node:path';
import { noteCredentialSource } from './cluster/errors.js';
import {
  describeProvider,
  resolveCredentials,
  type ClusterCredentials,
  type ClusterProviderConfig,
} from './credentials/index.js';
import { githubIdTokenGetter } from './credentials/github-oidc.js';
import {
  engineOptions,
  runBlueGreenSwitch,
  runDelete,
  runDeploy,
  runPlan,
  type EngineTarget,
  type RunResult,
} from './engine.js';
import { EventBus } from './events.js';
import { prepareRun, type ClusterRunRequest, type PreparedRun, type PreparedTarget } from './pipeline.js';
import { renderWarnings } from './render/warnings.js';
import { warningSource } from './render/warning-source.js';
import { attachReporters, SecretMasker } from './report/index.js';
import { unsetSecretValue } from './render/http-step.js';
import { Command, type Settings } from './settings/types.js';
import type { SleptPreview } from './sweep.js';
import type { SwitchAction } from './strategy/blue-green/switch-plan.js';
import { StrategyType } from './strategy/types.js';

export interface ClusterCommandOptions extends ClusterRunRequest {
  /** The spec already loaded and rendered for these settings (the action checks it before reporting a start). */
  prepared?: PreparedRun;
  /**
   * Runs once a cluster's credentials are resolved, before anything is written (previews check namespace ownership).
   */
  checkCluster?: (kubeConfig: KubeConfig, prepared: PreparedTarget) => Promise<void>;
  /** Cancellation from the entry point's signal handlers (see src/cancel.ts). */
  signal?: AbortSignal;
  escalation?: AbortSignal;
}

export interface ClusterCommandResult {
  prepared: PreparedRun;
  result: RunResult;
  /** preview-sweep: the previews it put to sleep (preview.sleepAfter). */
  slept?: SleptPreview[];
}

/**
 * plan / deploy / delete / preview-up / preview-down / preview-sweep: load and render the spec, then hand the targets
 * to the engine, which resolves each cluster's credentials in that cluster's run. Credentials are released whatever
 * happens.
 */
export async function executeClusterCommand(options: ClusterCommandOptions): Promise<ClusterCommandResult> {
  const { settings } = options;
  if (settings.command === Command.PreviewSweep) {
    const { sweepPreviews } = await import('./sweep.js');
    return sweepPreviews({ ...options, providerConfig: (prepared) => providerConfig(prepared, options.env) });
  }
  const prepared = options.prepared ?? (await prepareRun(settings, { env: options.env }));
  maskSecretValues(prepared, options.credentials.mask);
  if (
    settings.command === Command.Plan ||
    settings.command === Command.Deploy ||
    settings.command === Command.PreviewUp
  )
    for (const { target, rendered } of prepared.targets) {
      // The tag a pinned image was written with and the digest it runs as: the log says what was resolved.
      for (const component of rendered.components)
        for (const pin of component.pins ?? [])
          options.bus.emit({
            type: 'log',
            level: 'info',
            cluster: target.name,
            message: `component ${component.name}: image ${pin.image} pinned to ${pin.digest}`,
            at: Date.now(),
          });
      for (const warning of renderWarnings(rendered)) {
        const source = warningSource(warning, { ...prepared.spec, componentPointers: target.componentPointers });
        options.bus.emit({
          type: 'log',
          level: 'warning',
          cluster: target.name,
          message: `component ${warning.component}: ${warning.message}`,
          ...(source ? { source } : {}),
          at: Date.now(),
        });
      }
    }
  const credentials: ClusterCredentials[] = [];
  try {
    // Credentials are resolved inside each cluster's run, so a cluster whose credentials fail fails alone.
    const targets: EngineTarget[] = prepared.targets.map((entry) => ({
      cluster: entry.target.name,
      rendered: entry.rendered,
      kubeConfig: async () => {
        const config = providerConfig(entry, options.env);
        const resolved = await resolveCredentials(config, { ...options.credentials, env: options.env });
        credentials.push(resolved);
        // So a 401 can say where the rejected credentials came from (env var names, provider; no values).
        noteCredentialSource(resolved.kubeConfig, describeProvider(config));
        await options.checkCluster?.(resolved.kubeConfig, entry);
        return resolved.kubeConfig;
      },
    }));
    // preview-down removes the preview's namespace too.
    const removeNamespace = settings.command === Command.PreviewDown;
    const request = {
      targets,
      bus: options.bus,
      options: engineOptions(removeNamespace ? { ...settings, deleteNamespaces: true } : settings),
      command: settings.command,
      runId: options.runId,
      ...(options.tuning ? { tuning: options.tuning } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.escalation ? { escalation: options.escalation } : {}),
    };
    const result =
      settings.command === Command.Plan
        ? await runPlan(request)
        : settings.command === Command.Delete || settings.command === Command.PreviewDown
          ? await runDelete(request)
          : blueGreenSwitch(settings.command, prepared)
            ? await runBlueGreenSwitch(request, blueGreenSwitch(settings.command, prepared) as SwitchAction)
            : await runDeploy({
                ...request,
                ...(settings.command === Command.Promote ? { mode: 'promote' as const } : {}),
                ...(settings.command === Command.Abort ? { mode: 'abort' as const } : {}),
              });
    return { prepared, result };
  } finally {
    await Promise.allSettled(credentials.map((entry) => entry.dispose()));
  }
}

/**
 * promote / abort of an app whose progressive components are all blue-green: the switch of their Services
 * (src/apply/blue-green-switch.ts). Any canary component: the rollout record's path (runDeploy in that mode), which
 * leaves blue-green components alone.
 */
function blueGreenSwitch(command: Command, prepared: PreparedRun): SwitchAction | undefined {
  if (command !== Command.Promote && command !== Command.Abort) return undefined;
  const types = prepared.targets.flatMap(({ rendered }) => rendered.components.map((entry) => entry.strategy?.type));
  return types.includes(StrategyType.BlueGreen) && !types.includes(StrategyType.Canary) ? command : undefined;
}

/**
 * The values of the spec's Secrets (and of kind: http secret headers) come from the environment; registering them
 * keeps them out of every log line, summary, comment and output even if an API error or an event should quote one.
 * Lines are registered one by one too, because log masking matches single lines.
 */
function maskSecretValues(prepared: PreparedRun, mask: (secret: string) => void): void {
  for (const { rendered } of prepared.targets) {
    for (const { object } of rendered.objects) {
      if (object.kind !== 'Secret') continue;
      for (const encoded of Object.values((object.data ?? {}) as Record<string, string>)) {
        const value = Buffer.from(encoded, 'base64').toString('utf8');
        for (const part of new Set([value, ...value.split('\n')])) if (part.trim().length >= 4) mask(part.trim());
      }
    }
    // kind: http header values read from secrets or the environment: whole (with their prefix) and alone.
    for (const step of rendered.steps ?? [])
      for (const header of step.http.headers)
        if (header.secret)
          for (const text of [header.value, header.secretText]) if (text && text !== unsetSecretValue) mask(text);
  }
}

/** A spec without clusters deploys with the local kubeconfig, as kubectl would. */
export function providerConfig(
  prepared: PreparedTarget,
  env: Record<string, string | undefined>,
): ClusterProviderConfig {
  const config = prepared.target.credentials as ClusterProviderConfig & Record<string, unknown>;
  if (config.provider === 'kubeconfig' && Object.keys(config).length === 1) {
    const fromEnv = env.KUBECONFIG?.split(path.delimiter).find((entry) => entry.length > 0);
    return { provider: 'kubeconfig', path: fromEnv ?? path.join(homedir(), '.kube', 'config') };
  }
  // Paths a spec's kubeconfig block names resolve relative to the spec and stay in the repository.
  if (config.provider === 'kubeconfig' && prepared.target.specPaths)
    return { ...config, specPaths: prepared.target.specPaths };
  return config;
}

export interface CommandIO {
  env: Record<string, string | undefined>;
  write: (text: string) => void;
  mode: 'cli' | 'actions';
  signal?: AbortSignal;
  escalation?: AbortSignal;
  /** Receives the job summary the action would write for this run (Markdown), e.g. for the demo to show. */
  summary?: (markdown: string) => void;
}

/** The CLI's cluster commands: live progress on stdout, the final table, an exit code. */
export async function runClusterCommand(settings: Settings, io: CommandIO): Promise<number> {
  const bus = new EventBus();
  const masker = new SecretMasker();
  const reporters = attachReporters({ bus, mode: io.mode, write: (line) => io.write(`${line}\n`), masker });
  try {
    const { prepared } = await executeClusterCommand({
      settings,
      env: io.env,
      bus,
      runId: randomUUID(),
      credentials: { getIdToken: githubIdTokenGetter({ env: io.env }), mask: (secret) => masker.add(secret) },
      ...(io.signal ? { signal: io.signal } : {}),
      ...(io.escalation ? { escalation: io.escalation } : {}),
    });
    const final = reporters.finish({ components: prepared.targets.map(({ rendered }) => rendered) });
    io.summary?.(final.summaryMarkdown);
    return final.exitCode;
  } finally {
    reporters.detach();
  }
}
