// Pure: registry credentials from the spec's docker-config secrets, whose values come from the environment at deploy
// time (the same values the pods' imagePullSecrets get). The values never leave this module except in Authorization
// headers; messages name only the secret and the variable (`source`).
import { decodeMaybeBase64Json } from './docker-config.js';
import type { Secret } from '../spec/spec-types.generated.js';
import { authsKeyRegistry } from './reference.js';

export interface RegistryCredential {
  username: string;
  password: string;
  /** Where it came from, for messages: `secret 'regcred' (env REGISTRY_AUTH)`. Never the value. */
  source: string;
}

/** What was looked at for one registry, for an unauthorized error: which sources were tried. */
export interface CredentialLookup {
  credential?: RegistryCredential;
  /** Sources that exist but could not be used, with why (`secret 'x' has no entry for host`). */
  notes: string[];
}

/** A docker config larger than this is not a pull secret; it is refused rather than parsed. */
const maxDockerConfigBytes = 256 * 1024;

/**
 * The credential for `registry` from the named secrets, first match in order. `secretNames` are the component's
 * imagePullSecrets, or every docker-config secret of the spec when it names none (as the pods get them).
 */
export function credentialFor(
  registry: string,
  secretNames: readonly string[],
  secrets: readonly Secret[],
  env: Record<string, string | undefined>,
): CredentialLookup {
  const notes: string[] = [];
  const wanted = registry.toLowerCase();
  for (const name of secretNames) {
    const secret = secrets.find((candidate) => candidate.name === name);
    if (!secret) {
      notes.push(`secret '${name}' is not declared in the spec, so its credentials cannot be read at deploy time`);
      continue;
    }
    if ((secret.type ?? 'opaque') !== 'docker-config') continue;
    if (secret.external) {
      notes.push(
        `secret '${name}' comes from a secret store (external), so its credentials cannot be read at deploy time`,
      );
      continue;
    }
    if (secret.dockerConfigEnv) {
      const source = `secret '${name}' (env ${secret.dockerConfigEnv})`;
      const value = env[secret.dockerConfigEnv];
      if (value === undefined || value === '') {
        notes.push(`${source} is not set`);
        continue;
      }
      const found = fromDockerConfig(value, wanted, source);
      if (typeof found === 'string') notes.push(found);
      else if (found) return { credential: found, notes };
      continue;
    }
    if (secret.registry !== undefined && authsKeyRegistry(secret.registry) === wanted) {
      const source = `secret '${name}' (env ${secret.usernameEnv ?? '?'}, ${secret.passwordEnv ?? '?'})`;
      const username = secret.usernameEnv ? env[secret.usernameEnv] : undefined;
      const password = secret.passwordEnv ? env[secret.passwordEnv] : undefined;
      if (!username || !password) {
        notes.push(`${source} is not set`);
        continue;
      }
      return { credential: { username, password, source }, notes };
    }
  }
  return { notes };
}

/** The `auths` entry for `registry` of one .dockerconfigjson document; a string says why it cannot be used. */
function fromDockerConfig(value: string, registry: string, source: string): RegistryCredential | string | undefined {
  if (value.length > maxDockerConfigBytes) return `${source} is larger than ${maxDockerConfigBytes} bytes`;
  let config: unknown;
  try {
    config = JSON.parse(decodeMaybeBase64Json(value));
  } catch {
    return `${source} is not a JSON docker config`;
  }
  const auths = (config as { auths?: unknown } | null)?.auths;
  if (auths === null || typeof auths !== 'object') return `${source} has no auths`;
  for (const [key, entry] of Object.entries(auths as Record<string, unknown>)) {
    if (authsKeyRegistry(key) !== registry || entry === null || typeof entry !== 'object') continue;
    const fields = entry as Record<string, unknown>;
    if (typeof fields.username === 'string' && typeof fields.password === 'string' && fields.username !== '')
      return { username: fields.username, password: fields.password, source };
    if (typeof fields.auth === 'string') {
      const decoded = Buffer.from(fields.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
      return `${source}: the auths entry for ${registry} has an auth field that is not base64 user:password`;
    }
    return `${source}: the auths entry for ${registry} has neither auth nor username and password`;
  }
  return undefined;
}
