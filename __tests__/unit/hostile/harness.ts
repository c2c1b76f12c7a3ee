import { ExitCode, K8deployerError, SpecError } from '../../../src/errors.js';
import { renderApp } from '../../../src/render/index.js';
import { referencedFiles, resolveTargets, type SpecOptions } from '../../../src/spec/load.js';
import { parseYamlSource, problemAt } from '../../../src/spec/yaml-source.js';

/** What a hostile input must produce: a refusal (exit code 2 unless said otherwise) or, for look-alikes, success. */
export type Outcome = { refused: RegExp; line?: number; column?: number; exitCode?: number } | { accepted: true };

export interface HostileCase {
  name: string;
  run: () => unknown;
  outcome: Outcome;
}

export interface SpecInput {
  files?: Record<string, string>;
  options?: SpecOptions;
}

/** The whole offline path a spec text takes: parse, validate per cluster, render (patches, manifests). */
export function renderSpecText(text: string, input: SpecInput = {}): number {
  const document = parseYamlSource(text, 'k8deployer.yaml');
  let objects = 0;
  for (const target of resolveTargets(document, input.options ?? {})) {
    const files = new Map<string, string>();
    for (const ref of referencedFiles(target.spec)) files.set(ref.path, input.files?.[ref.path] ?? '');
    const rendered = renderApp(target, {
      files,
      env: {},
      missingSecrets: 'placeholder',
      problemAt: (pointer, message) => problemAt(document, pointer, message),
    });
    objects += rendered.objects.length;
  }
  return objects;
}

export function specCase(
  name: string,
  text: string | (() => string),
  outcome: Outcome,
  input: SpecInput = {},
): HostileCase {
  return { name, run: () => renderSpecText(typeof text === 'string' ? text : text(), input), outcome };
}

export interface Observed {
  error?: unknown;
  value?: unknown;
  /** Wall-clock time: catches waiting (a FIFO, stdin) that uses no CPU. */
  elapsedMs: number;
  /** CPU time of this process: the work itself, unaffected by other processes competing for the machine. */
  cpuMs: number;
}

export async function observe(hostile: HostileCase): Promise<Observed> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const measure = () => {
    const used = process.cpuUsage(cpu);
    return { elapsedMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  try {
    const value = await hostile.run();
    return { value, ...measure() };
  } catch (error) {
    return { error, ...measure() };
  }
}

/** The text a user would see, and the exit code the top-level handler would return. */
export function describeRefusal(error: unknown): { text: string; exitCode: number; line?: number; column?: number } {
  if (error instanceof SpecError) {
    const first = error.problems[0];
    return {
      text: error.message,
      exitCode: error.exitCode,
      ...(first ? { line: first.line, column: first.column } : {}),
    };
  }
  if (error instanceof K8deployerError) return { text: error.message, exitCode: error.exitCode };
  return { text: String(error), exitCode: ExitCode.Failure };
}
