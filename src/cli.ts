import { listenForInterrupts, signalExitCode } from './cancel.js';
import { describeError, ExitCode, InputError, K8deployerError, SpecError } from './errors.js';
import { prepareRun } from './pipeline.js';
import { objectFiles, objectsToYaml } from './render/print.js';
import { renderWarnings } from './render/warnings.js';
import { warningLine, warningSource } from './render/warning-source.js';
import { writeObjectFiles } from './render/write-files.js';
import { parseCliArgs } from './settings/cli-args.js';
import { Command, type Settings } from './settings/types.js';

/** CLI entry: parse flags → the same run the action does → exit code. Never prints a stack trace for bad input. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv[0] === 'demo') {
      requireClusterNode('demo');
      const { runDemo } = await import('./demo.js');
      return await runDemo(argv.slice(1), process.env);
    }
    const invocation = parseCliArgs(argv, process.env);
    if (invocation.kind === 'help') {
      process.stdout.write(`${invocation.text}\n`);
      return ExitCode.Ok;
    }
    const settings = invocation.settings;
    if (settings.command === Command.Render) return await render(settings);
    requireClusterNode(settings.command);
    // Loaded only for cluster commands: the Kubernetes client needs Node 22+, offline render does not.
    const { runClusterCommand } = await import('./commands.js');
    // Ctrl-C / SIGTERM: the first cancels the run (rollback policy within a grace window, lease released, exit
    // 130 / 143); the second skips what is left of the rollback; the third exits at once.
    const interruption = listenForInterrupts({
      onSignal: (signal, count) => {
        if (count === 1)
          process.stderr.write(
            `\ninterrupted (${signal}): stopping; rolling back per policy and releasing the lease (again to skip the rollback)\n`,
          );
        else if (count === 2) {
          process.stderr.write(`\ninterrupted again (${signal}): skipping the rollback, releasing the lease\n`);
          // A request stuck on an unresponsive API server must not hold the terminal much longer.
          setTimeout(() => process.exit(signalExitCode(signal)), 3_000).unref();
        } else process.exit(signalExitCode(signal));
      },
    });
    try {
      const code = await runClusterCommand(settings, {
        env: process.env,
        write: (text) => process.stdout.write(text),
        mode: 'cli',
        signal: interruption.signal,
        escalation: interruption.escalation,
      });
      return interruption.received ? signalExitCode(interruption.received) : code;
    } finally {
      interruption.dispose();
    }
  } catch (error) {
    return reportError(error);
  }
}

function requireClusterNode(command: string): void {
  const nodeMajor = Number(process.versions.node.split('.')[0]);
  if (nodeMajor < 22) {
    throw new InputError(
      `k8deployer ${command} talks to clusters and needs Node.js 22 or later (this is ${process.versions.node}); render works on any Node.js from 20`,
    );
  }
}

async function render(settings: Settings): Promise<number> {
  const prepared = await prepareRun(settings, { env: process.env });
  // kubectl accepts these silently; the pods or endpoints would show the mistake only on the cluster.
  for (const { target, rendered } of prepared.targets)
    for (const warning of renderWarnings(rendered)) {
      const source = warningSource(warning, { ...prepared.spec, componentPointers: target.componentPointers });
      process.stderr.write(`${warningLine(target.name, warning, source)}\n`);
    }
  if (settings.outputDir) {
    const outputDir = settings.outputDir;
    const files = prepared.targets.flatMap(({ rendered }) =>
      objectFiles(rendered, { showSecrets: settings.showSecrets === true }),
    );
    const count = await writeObjectFiles(outputDir, files);
    process.stderr.write(`wrote ${count} objects for ${prepared.targets.length} cluster(s) to ${outputDir}\n`);
    return ExitCode.Ok;
  }
  for (const { target, rendered } of prepared.targets) {
    process.stdout.write(
      `# cluster ${target.name} (${target.provider}), namespace ${rendered.namespace}: ${rendered.objects.length} objects\n`,
    );
    process.stdout.write(
      objectsToYaml(
        rendered.objects.map((desired) => desired.object),
        { showSecrets: settings.showSecrets === true },
      ),
    );
  }
  return ExitCode.Ok;
}

export function reportError(error: unknown): number {
  if (error instanceof SpecError) {
    process.stderr.write(
      `error: the spec is not valid (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}):\n${error.message}\n`,
    );
    return error.exitCode;
  }
  process.stderr.write(`error: ${describeError(error)}\n`);
  if (process.env.K8DEPLOYER_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return error instanceof K8deployerError ? error.exitCode : ExitCode.Failure;
}
