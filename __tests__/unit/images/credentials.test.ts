import { describe, expect, it } from 'vitest';
import { credentialFor } from '../../../src/images/credentials.js';
import type { Secret } from '../../../src/spec/spec-types.generated.js';

const secrets: Secret[] = [
  { name: 'hub', type: 'docker-config', dockerConfigEnv: 'HUB_CONFIG' },
  {
    name: 'local',
    type: 'docker-config',
    registry: '127.0.0.1:5000',
    usernameEnv: 'REG_USER',
    passwordEnv: 'REG_PASS',
  },
  { name: 'plain', type: 'opaque', fromEnv: { key: 'X' } },
];

const hubConfig = JSON.stringify({
  auths: {
    'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hub:pass').toString('base64') },
    'ghcr.io': { username: 'gh', password: 'ghp_secret' },
  },
});

describe('credentialFor', () => {
  it('reads an auths entry (auth base64, or username/password) from a .dockerconfigjson env value', () => {
    const env = { HUB_CONFIG: hubConfig };
    expect(credentialFor('docker.io', ['hub'], secrets, env).credential).toEqual({
      username: 'hubuser',
      password: 'hub:pass',
      source: "secret 'hub' (env HUB_CONFIG)",
    });
    expect(credentialFor('ghcr.io', ['hub'], secrets, env).credential?.username).toBe('gh');
    // The env value may be base64 of the document, as for the pull secret itself.
    const encoded = { HUB_CONFIG: Buffer.from(hubConfig).toString('base64') };
    expect(credentialFor('ghcr.io', ['hub'], secrets, encoded).credential?.password).toBe('ghp_secret');
  });

  it('reads registry + usernameEnv/passwordEnv secrets for their registry only', () => {
    const env = { REG_USER: 'alice', REG_PASS: 's3cret' };
    expect(credentialFor('127.0.0.1:5000', ['hub', 'local'], secrets, env).credential).toEqual({
      username: 'alice',
      password: 's3cret',
      source: "secret 'local' (env REG_USER, REG_PASS)",
    });
    expect(credentialFor('ghcr.io', ['local'], secrets, env).credential).toBeUndefined();
  });

  it('says which sources it looked at without their values', () => {
    const lookup = credentialFor('127.0.0.1:5000', ['hub', 'local', 'cluster-only'], secrets, {
      HUB_CONFIG: 'not json',
    });
    expect(lookup.credential).toBeUndefined();
    expect(lookup.notes).toEqual([
      "secret 'hub' (env HUB_CONFIG) is not a JSON docker config",
      "secret 'local' (env REG_USER, REG_PASS) is not set",
      "secret 'cluster-only' is not declared in the spec, so its credentials cannot be read at deploy time",
    ]);
    expect(JSON.stringify(lookup)).not.toContain('not json');
  });

  it('refuses an oversized docker config instead of parsing it', () => {
    const lookup = credentialFor('docker.io', ['hub'], secrets, {
      HUB_CONFIG: `{"auths":{"x":"${'a'.repeat(300_000)}"}}`,
    });
    expect(lookup.notes[0]).toMatch(/larger than 262144 bytes/);
  });
});

describe('credentialFor and secrets from a store', () => {
  it('notes that an external docker-config secret cannot be read on the runner', () => {
    const external: Secret[] = [{ name: 'store', type: 'docker-config', external: { store: 'vault', keys: {} } }];
    expect(credentialFor('ghcr.io', ['store'], external, {}).notes).toEqual([
      "secret 'store' comes from a secret store (external), so its credentials cannot be read at deploy time",
    ]);
  });
});
