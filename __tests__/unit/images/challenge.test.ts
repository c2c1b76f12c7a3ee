import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../../src/images/challenge.js';

describe('parseChallenges', () => {
  it('reads the Bearer challenge of the Docker registry token authentication spec', () => {
    expect(
      parseChallenges(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull',
        },
      },
    ]);
  });

  it('reads Basic, unquoted values, spaces after commas and escaped quotes', () => {
    expect(parseChallenges('Basic realm="Registry \\"Realm\\""')).toEqual([
      { scheme: 'basic', params: { realm: 'Registry "Realm"' } },
    ]);
    expect(parseChallenges('Bearer realm=https://x/token, service=reg')[0]?.params).toEqual({
      realm: 'https://x/token',
      service: 'reg',
    });
  });

  it('splits several challenges in one header', () => {
    const challenges = parseChallenges('Basic realm="a", Bearer realm="https://b/token",service="s"');
    expect(challenges.map((c) => c.scheme)).toEqual(['basic', 'bearer']);
    expect(challenges[1]?.params.service).toBe('s');
  });

  it('keeps the parameters a registry adds (error), lowercasing names', () => {
    expect(parseChallenges('Bearer Realm="r",Error="invalid_token"')[0]?.params).toEqual({
      realm: 'r',
      error: 'invalid_token',
    });
  });

  it('never throws on malformed or huge headers', () => {
    expect(parseChallenges('')).toEqual([]);
    expect(parseChallenges('Bearer realm="unterminated')).toEqual([{ scheme: 'bearer', params: {} }]);
    expect(parseChallenges('"')).toEqual([]);
    expect(parseChallenges(`Bearer realm="${'x'.repeat(100_000)}"`)).toEqual([{ scheme: 'bearer', params: {} }]);
  });
});
