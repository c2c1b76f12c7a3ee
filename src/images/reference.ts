// Pure: container image references as Docker and containerd read them (the distribution/reference grammar):
// `[registry[:port]/]path[:tag][@digest]`, with Docker Hub's defaults filled in.

/** An image reference split into what the registry API needs. */
export interface ImageReference {
  /** Registry host as written (or docker.io), with its port: the key of docker-config `auths` entries. */
  registry: string;
  /** Repository path inside the registry, e.g. `library/nginx`. */
  repository: string;
  /** Tag; `latest` when the reference names neither a tag nor a digest. */
  tag: string;
  /** `sha256:…` when the reference already names a digest (such references are deployed as written). */
  digest?: string;
  /** The name as written, without tag and digest, so a pinned reference keeps the user's spelling. */
  name: string;
}

export const dockerHub = 'docker.io';
/** Docker Hub's API lives on another host than its name. */
const dockerHubApi = 'registry-1.docker.io';

const maxReferenceLength = 512;
const maxNameLength = 255;
const pathComponent = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
const sha256Pattern = /^sha256:[a-f0-9]{64}$/;
const hostPattern =
  /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]{1,5})?$/;

/** Parses an image reference; a string says what is wrong with it. */
export function parseImageReference(text: string): ImageReference | string {
  if (text.length === 0) return 'the image reference is empty';
  if (text.length > maxReferenceLength) return `the image reference is longer than ${maxReferenceLength} characters`;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return `'${digest}' is not a digest (algorithm:hex, e.g. sha256:…)`;
  }
  let tag: string | undefined;
  const colon = rest.indexOf(':', rest.lastIndexOf('/') + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag))
      return `'${tag}' is not a valid tag (letters, digits, _ . -, at most 128, not starting with . or -)`;
  }
  const name = rest;
  if (name.length > maxNameLength) return `the image name is longer than ${maxNameLength} characters`;
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  // Docker's rule: the first component is a registry host when it has a dot or a port, or is localhost.
  const hasHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasHost ? first : dockerHub;
  let repository = hasHost ? name.slice(slash + 1) : name;
  if (hasHost && !hostPattern.test(registry)) return `'${registry}' is not a registry host[:port]`;
  if (registry === 'index.docker.io') registry = dockerHub;
  if (registry === dockerHub && !repository.includes('/')) repository = `library/${repository}`;
  for (const component of repository.split('/')) {
    if (!pathComponent.test(component))
      return `'${component}' in '${name}' is not a valid repository name component (lowercase letters, digits and . _ - separators)`;
  }
  const reference: ImageReference = { registry, repository, tag: tag ?? 'latest', name };
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/** `name@digest`: what a pinned container runs (the tag is dropped: the digest alone decides what is pulled). */
export function pinnedReference(reference: ImageReference, digest: string): string {
  return `${reference.name}@${digest}`;
}

/** The host the registry's HTTP API answers on. */
export function apiHost(registry: string): string {
  return registry === dockerHub ? dockerHubApi : registry;
}

/**
 * Loopback registries are spoken to over plain HTTP, as Docker and containerd do by default (127.0.0.0/8 and
 * localhost are their built-in insecure registries); everything else over HTTPS.
 */
export function registryBaseUrl(registry: string): string {
  return `${isLoopbackHost(registry) ? 'http' : 'https'}://${apiHost(registry)}`;
}

export function isLoopbackHost(hostWithPort: string): boolean {
  const host = hostWithPort.startsWith('[')
    ? hostWithPort.slice(1, hostWithPort.indexOf(']'))
    : hostWithPort.replace(/:[0-9]+$/, '');
  return host === 'localhost' || host === '::1' || /^127\.[0-9]+\.[0-9]+\.[0-9]+$/.test(host);
}

export function isSha256Digest(text: string): boolean {
  return sha256Pattern.test(text);
}

/**
 * The registry a docker-config `auths` key stands for: keys may be URLs (`https://index.docker.io/v1/`) or hosts.
 */
export function authsKeyRegistry(key: string): string {
  let host = key.trim().replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, '');
  const slash = host.indexOf('/');
  if (slash >= 0) host = host.slice(0, slash);
  host = host.toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? dockerHub : host;
}
