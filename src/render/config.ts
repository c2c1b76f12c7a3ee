import path from 'node:path';
import { SpecError } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import { unknownChecksum, unknownValuesAnnotation } from '../kube/unknown.js';
import type { Secret } from '../spec/spec-types.generated.js';
import {
  appLabels,
  componentLabels,
  contentHash,
  objectMeta,
  type EffectiveComponent,
  type RenderContext,
} from './context.js';
import type { ConfigMount } from './pod.js';
import { renderExternalSecret } from './external-secret.js';

/** ConfigMaps of one component; each name carries a hash of its data so a change rolls the pods. */
export function renderConfigMaps(
  context: RenderContext,
  component: EffectiveComponent,
): { objects: KubeObject[]; mounts: ConfigMount[] } {
  const objects: KubeObject[] = [];
  const mounts: ConfigMount[] = [];
  (component.config ?? []).forEach((config, index) => {
    const data: Record<string, string> = {};
    for (const file of config.files ?? []) data[path.basename(file)] = context.options.files.get(file) ?? '';
    Object.assign(data, config.data);
    const shortName = config.name ?? (index === 0 ? 'config' : `config-${index + 1}`);
    const name = `${component.name}-${shortName}-${contentHash(data)}`;
    objects.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: objectMeta(context, name, componentLabels(context, component)),
      // Immutable: the hash in the name already gives every content its own object.
      immutable: true,
      data,
    });
    const mount: ConfigMount = { configMapName: name, volumeName: shortName, env: config.env === true };
    if (config.mountPath) mount.mountPath = config.mountPath;
    mounts.push(mount);
  });
  return { objects, mounts };
}

const secretPlaceholder = 'k8deployer-placeholder';

/** The spec's secrets, with values read from the environment or files at deploy time. */
export function renderSecrets(context: RenderContext, secrets: Secret[]): KubeObject[] {
  const problems: ReturnType<RenderContext['options']['problemAt']>[] = [];
  const objects = secrets.map((secret, index) => {
    if (secret.external) return renderExternalSecret(context, secret, secret.external);
    const pointer = `/secrets/${index}`;
    const unknown: { key: string; env: string }[] = [];
    const fromEnv = (variable: string, field: string, key: string): string => {
      const value = context.options.env[variable];
      if (value !== undefined && value !== '') return value;
      if (!unknown.some((entry) => entry.key === key)) unknown.push({ key, env: variable });
      if (context.options.missingSecrets === 'error')
        problems.push(
          context.options.problemAt(
            `${pointer}/${field}`,
            `secret '${secret.name}': environment variable ${variable} is not set`,
          ),
        );
      return secretPlaceholder;
    };
    const data: Record<string, string> = {};
    let type = 'Opaque';
    switch (secret.type ?? 'opaque') {
      case 'opaque':
        for (const [key, variable] of Object.entries(secret.fromEnv ?? {}))
          data[key] = fromEnv(variable, `fromEnv/${key}`, key);
        for (const [key, file] of Object.entries(secret.fromFile ?? {}))
          data[key] = context.options.files.get(file) ?? '';
        break;
      case 'docker-config':
        type = 'kubernetes.io/dockerconfigjson';
        data['.dockerconfigjson'] = secret.dockerConfigEnv
          ? decodeMaybeBase64Json(fromEnv(secret.dockerConfigEnv, 'dockerConfigEnv', '.dockerconfigjson'))
          : dockerConfig(
              secret.registry ?? '',
              fromEnv(secret.usernameEnv ?? '', 'usernameEnv', '.dockerconfigjson'),
              fromEnv(secret.passwordEnv ?? '', 'passwordEnv', '.dockerconfigjson'),
            );
        break;
      case 'tls':
        type = 'kubernetes.io/tls';
        data['tls.crt'] = secret.certFile
          ? (context.options.files.get(secret.certFile) ?? '')
          : fromEnv(secret.certEnv ?? '', 'certEnv', 'tls.crt');
        data['tls.key'] = secret.keyFile
          ? (context.options.files.get(secret.keyFile) ?? '')
          : fromEnv(secret.keyEnv ?? '', 'keyEnv', 'tls.key');
        break;
    }
    // A placeholder is not the value: plan takes the live one instead (src/plan/unknown-values.ts).
    context.secretChecksums.set(secret.name, unknown.length > 0 ? unknownChecksum : contentHash(data, 16));
    const encoded = Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, Buffer.from(value).toString('base64')]),
    );
    const metadata = objectMeta(context, secret.name, appLabels(context));
    if (unknown.length > 0)
      metadata.annotations = { ...metadata.annotations, [unknownValuesAnnotation]: JSON.stringify(unknown) };
    return { apiVersion: 'v1', kind: 'Secret', metadata, type, data: encoded };
  });
  if (problems.length > 0) throw new SpecError(problems);
  return objects;
}

function decodeMaybeBase64Json(value: string): string {
  if (value.trim().startsWith('{')) return value;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.trim().startsWith('{') ? decoded : value;
}

function dockerConfig(registry: string, username: string, password: string): string {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  return JSON.stringify({ auths: { [registry]: { username, password, auth } } });
}
