import type { SpecProblem } from '../errors.js';
import type { Component, K8DeployerSpec } from '../spec/spec-types.generated.js';
import { escapePointerToken } from '../spec/yaml-source.js';
import { parseStatuses } from '../steps/expect.js';
import type { HttpStep, StepHeader } from '../steps/types.js';

export interface StepRenderOptions {
  secrets: NonNullable<K8DeployerSpec['secrets']>;
  env: Record<string, string | undefined>;
  /** Deploys need every value; plan and render send nothing and take a placeholder. */
  missingSecrets: 'error' | 'placeholder';
  problemAt: (pointer: string, message: string) => SpecProblem;
}

/** Stands in for a secret value the environment does not hold (plan, render): never sent. */
export const unsetSecretValue = '(unset)';

/** Pure: a validated kind: http component → the request it makes, defaults filled in, secret values read. */
export function renderHttpStep(
  component: Component,
  pointer: string,
  options: StepRenderOptions,
): { step: HttpStep; problems: SpecProblem[] } {
  const http = component.http ?? { url: '' };
  const problems: SpecProblem[] = [];
  const headers: StepHeader[] = [];
  for (const [name, value] of Object.entries(http.headers ?? {})) {
    const where = `${pointer}/http/headers/${escapePointerToken(name)}`;
    if (typeof value === 'string') {
      headers.push({ name, value, secret: false });
      continue;
    }
    const variable =
      'secret' in value
        ? options.secrets.find((secret) => secret.name === value.secret)?.fromEnv?.[value.key]
        : value.valueEnv;
    const read = variable !== undefined ? options.env[variable] : undefined;
    let secret = read ?? '';
    if (secret === '') {
      // A spec secret's missing variable is reported where the secret reads it (renderSecrets).
      if (options.missingSecrets === 'error' && !('secret' in value))
        problems.push(
          options.problemAt(`${where}/valueEnv`, `header ${name}: environment variable ${variable ?? ''} is not set`),
        );
      secret = unsetSecretValue;
    } else if (/[\r\n\0]/.test(secret)) {
      // The value itself is never quoted: it is a secret.
      problems.push(
        options.problemAt(where, `header ${name}: its secret value contains CR, LF or NUL (header injection)`),
      );
      secret = unsetSecretValue;
    }
    headers.push({ name, value: `${value.prefix ?? ''}${secret}`, secret: true, secretText: secret });
  }
  let body: string | undefined;
  if (typeof http.body === 'string') body = http.body;
  else if (http.body !== undefined) {
    body = JSON.stringify(http.body);
    if (!headers.some((header) => header.name.toLowerCase() === 'content-type'))
      headers.push({ name: 'content-type', value: 'application/json', secret: false });
  }
  const step: HttpStep = {
    method: http.method ?? 'GET',
    url: http.url,
    headers,
    ...(body !== undefined ? { body } : {}),
    expect: {
      status: parseStatuses(http.expect?.status),
      ...(http.expect?.bodyContains !== undefined ? { bodyContains: http.expect.bodyContains } : {}),
    },
    retries: http.retries ?? 2,
    backoff: {
      initialMs: Math.round((http.backoff?.initialSeconds ?? 1) * 1000),
      maxMs: Math.round((http.backoff?.maxSeconds ?? Math.max(30, http.backoff?.initialSeconds ?? 0)) * 1000),
    },
    timeoutMs: Math.round((http.timeoutSeconds ?? 10) * 1000),
    totalTimeoutMs: Math.round((http.totalTimeoutSeconds ?? 120) * 1000),
    when: http.when ?? 'changed',
  };
  return { step, problems };
}
