import type { SpecProblem } from '../errors.js';
import { isPlainObject } from './merge.js';
import type { K8DeployerSpec } from './spec-types.generated.js';
import { escapePointerToken, problemAt, type SourceDocument } from './yaml-source.js';

/**
 * Variables the runner and GitHub set for the job: the job's token, the runner's internal tokens and URLs
 * (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN), every action input. A spec is repository content, so it
 * may not read them, neither as a credential source nor as a Secret value.
 */
const reservedPrefixes = ['GITHUB_', 'ACTIONS_', 'RUNNER_', 'INPUT_'];

export function isReservedEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  return upper === 'GITHUB_TOKEN' || reservedPrefixes.some((prefix) => upper.startsWith(prefix));
}

/**
 * Every place where the spec names an environment variable to read: the cluster provider blocks' `*Env` fields,
 * the secrets' `fromEnv` values and `*Env` fields, and kind: http header values' `valueEnv`. (A unit test holds this
 * to the schema: every property described as an environment variable lives in one of these places.)
 */
export function envNameReferences(spec: K8DeployerSpec): { name: string; pointer: string }[] {
  const refs: { name: string; pointer: string }[] = [];
  const collect = (block: unknown, pointer: string): void => {
    if (!isPlainObject(block)) return;
    for (const [key, value] of Object.entries(block)) {
      const at = `${pointer}/${escapePointerToken(key)}`;
      if (key.endsWith('Env') && typeof value === 'string') refs.push({ name: value, pointer: at });
      if (key === 'fromEnv' && isPlainObject(value)) {
        for (const [secretKey, name] of Object.entries(value)) {
          if (typeof name === 'string') refs.push({ name, pointer: `${at}/${escapePointerToken(secretKey)}` });
        }
      }
    }
  };
  spec.clusters?.forEach((cluster, index) => {
    for (const [key, value] of Object.entries(cluster))
      if (isPlainObject(value) && key !== 'components' && key !== 'variables' && key !== 'profile')
        collect(value, `/clusters/${index}/${key}`);
  });
  spec.secrets?.forEach((secret, index) => collect(secret, `/secrets/${index}`));
  // kind: http header values ({ valueEnv }), in groups at any depth.
  const components = (list: unknown, pointer: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((component: unknown, index) => {
      if (!isPlainObject(component)) return;
      const at = `${pointer}/${index}`;
      const http = component['http'];
      const headers = isPlainObject(http) ? http['headers'] : undefined;
      if (isPlainObject(headers))
        for (const [name, value] of Object.entries(headers))
          collect(value, `${at}/http/headers/${escapePointerToken(name)}`);
      components(component['components'], `${at}/components`);
    });
  };
  components(spec.components, '/components');
  return refs;
}

export function checkEnvNames(spec: K8DeployerSpec, document: SourceDocument): SpecProblem[] {
  return envNameReferences(spec)
    .filter(({ name }) => isReservedEnvName(name))
    .map(({ name, pointer }) =>
      problemAt(
        document,
        pointer,
        `environment variable ${name} belongs to the runner or GitHub (GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_*); the spec may not read it. ` +
          'Pass the value through a variable of your own in the step env (env: {MY_TOKEN: ${{ secrets.X }}})',
      ),
    );
}
