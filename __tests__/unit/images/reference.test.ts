import { describe, expect, it } from 'vitest';
import {
  authsKeyRegistry,
  isLoopbackHost,
  parseImageReference,
  pinnedReference,
  registryBaseUrl,
  type ImageReference,
} from '../../../src/images/reference.js';

const digest = `sha256:${'a'.repeat(64)}`;

function parsed(text: string): ImageReference {
  const result = parseImageReference(text);
  if (typeof result === 'string') throw new Error(result);
  return result;
}

describe('parseImageReference', () => {
  it('fills in Docker Hub and library/ for a bare name, and latest for no tag', () => {
    expect(parsed('nginx')).toEqual({
      registry: 'docker.io',
      repository: 'library/nginx',
      tag: 'latest',
      name: 'nginx',
    });
    expect(parsed('nginx:1.27')).toMatchObject({ registry: 'docker.io', repository: 'library/nginx', tag: '1.27' });
  });

  it('keeps Docker Hub user repositories as they are', () => {
    expect(parsed('bitnami/redis:7')).toMatchObject({ registry: 'docker.io', repository: 'bitnami/redis', tag: '7' });
    expect(parsed('docker.io/library/nginx:1')).toMatchObject({ registry: 'docker.io', repository: 'library/nginx' });
    expect(parsed('index.docker.io/nginx')).toMatchObject({ registry: 'docker.io', repository: 'library/nginx' });
  });

  it('takes the first component as the registry when it has a dot, a port, or is localhost', () => {
    expect(parsed('ghcr.io/acme/api:1.2.3')).toMatchObject({
      registry: 'ghcr.io',
      repository: 'acme/api',
      tag: '1.2.3',
    });
    expect(parsed('127.0.0.1:5000/team/app:v1')).toMatchObject({
      registry: '127.0.0.1:5000',
      repository: 'team/app',
      tag: 'v1',
      name: '127.0.0.1:5000/team/app',
    });
    expect(parsed('localhost/app')).toMatchObject({ registry: 'localhost', repository: 'app', tag: 'latest' });
    expect(parsed('[::1]:5000/app:2')).toMatchObject({ registry: '[::1]:5000', repository: 'app', tag: '2' });
    // A port-less, dot-less first component is a Docker Hub namespace, not a host.
    expect(parsed('acme/api')).toMatchObject({ registry: 'docker.io', repository: 'acme/api' });
  });

  it('reads a port in the host apart from a tag', () => {
    expect(parsed('registry.example.com:8443/app')).toMatchObject({
      registry: 'registry.example.com:8443',
      repository: 'app',
      tag: 'latest',
    });
  });

  it('keeps an existing digest (with or without a tag)', () => {
    expect(parsed(`ghcr.io/acme/api@${digest}`).digest).toBe(digest);
    expect(parsed(`ghcr.io/acme/api:1.2.3@${digest}`)).toMatchObject({ tag: '1.2.3', digest });
  });

  it('refuses what the grammar does not allow, with the reason', () => {
    expect(parseImageReference('')).toMatch(/empty/);
    expect(parseImageReference('ghcr.io/Acme/api')).toMatch(/'Acme'.*not a valid repository name component/);
    expect(parseImageReference('api:-bad')).toMatch(/'-bad' is not a valid tag/);
    expect(parseImageReference('api@sha256:short')).toMatch(/not a digest/);
    expect(parseImageReference('ghcr.io//api')).toMatch(/not a valid repository name component/);
    expect(parseImageReference(`a/${'b'.repeat(600)}`)).toMatch(/longer than 512/);
    expect(parseImageReference('bad_host.io:x/app')).toMatch(/not a valid tag|registry host/);
  });
});

describe('pinnedReference', () => {
  it('drops the tag and keeps the spelling as written', () => {
    expect(pinnedReference(parsed('nginx:1.27'), digest)).toBe(`nginx@${digest}`);
    expect(pinnedReference(parsed('127.0.0.1:5000/app:v1'), digest)).toBe(`127.0.0.1:5000/app@${digest}`);
  });
});

describe('registry hosts', () => {
  it('talks to Docker Hub on its API host, loopback over HTTP, everything else over HTTPS', () => {
    expect(registryBaseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(isLoopbackHost('[::1]:5000')).toBe(true);
    expect(isLoopbackHost('127.example.com')).toBe(false);
    expect(isLoopbackHost('10.0.0.1:5000')).toBe(false);
  });

  it('matches docker-config auths keys written as URLs or hosts', () => {
    expect(authsKeyRegistry('https://index.docker.io/v1/')).toBe('docker.io');
    expect(authsKeyRegistry('ghcr.io')).toBe('ghcr.io');
    expect(authsKeyRegistry('https://127.0.0.1:5000')).toBe('127.0.0.1:5000');
    expect(authsKeyRegistry('Registry.Example.com:8443/v2/')).toBe('registry.example.com:8443');
  });
});
