import { statusLine, type KubeStatus } from './kube/status-text.js';
/** Named errors with exit codes; one top-level handler turns them into a message (never a stack trace). */
export const ExitCode = {
  Ok: 0,
  Failure: 1,
  BadSpec: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class K8deployerError extends Error {
  readonly exitCode: ExitCode = ExitCode.Failure;
  /** True when repeating the same call may succeed (network blips, 429, 5xx). */
  readonly retryable: boolean;

  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryable = options.retryable ?? false;
  }
}

/** One problem in a spec file, located at file:line:column. */
export interface SpecProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** JSON pointer of the offending node, e.g. `/components/0/port`. */
  pointer: string;
}

export class SpecError extends K8deployerError {
  override readonly exitCode: ExitCode = ExitCode.BadSpec;
  readonly problems: SpecProblem[];

  constructor(problems: SpecProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
  }
}

/**
 * Most problems one message lists; a generated or hostile spec can have tens of thousands, and the first hundred
 * say what is wrong. The rest are counted.
 */
export const maxListedProblems = 100;

function formatProblems(problems: SpecProblem[]): string {
  const listed = problems.slice(0, maxListedProblems).map(formatProblem);
  if (problems.length > maxListedProblems) listed.push(`… and ${problems.length - maxListedProblems} more problems`);
  return listed.join('\n');
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Bad CLI flag or action input; names the input. */
export class InputError extends K8deployerError {
  override readonly exitCode: ExitCode = ExitCode.BadSpec;
}

/** Could not obtain credentials: names the provider and the step. */
export class CredentialsError extends K8deployerError {
  constructor(
    readonly provider: string,
    readonly step: string,
    message: string,
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(`${provider}: ${step}: ${message}`, options);
  }
}

/** A cluster could not be reached or answered with an error; names the cluster. */
export class ClusterError extends K8deployerError {
  constructor(
    readonly cluster: string,
    message: string,
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(`cluster ${cluster}: ${message}`, options);
  }
}

/**
 * The one text a person sees for any error: ours carry their message; an API error of @kubernetes/client-node
 * (ApiException: `HTTP-Code`, the raw body, the headers) is reduced to its Status's one-line cause.
 */
export function describeError(error: unknown): string {
  if (error instanceof K8deployerError) return error.message;
  const status = apiExceptionStatus(error);
  if (status) return `HTTP ${status.code}: ${statusLine(status.body, `HTTP ${status.code}`)}`;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function apiExceptionStatus(error: unknown): { code: number; body: KubeStatus } | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, body } = error as Error & { code?: unknown; body?: unknown };
  if (typeof code !== 'number' || body === undefined) return undefined;
  let parsed: unknown = body;
  if (typeof body === 'string') {
    try {
      parsed = JSON.parse(body);
    } catch {
      return { code, body: { message: body.split('\n')[0] ?? '' } };
    }
  }
  return parsed && typeof parsed === 'object' ? { code, body: parsed } : undefined;
}
