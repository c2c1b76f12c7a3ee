import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../src/kube/object.js';
import { defaultThresholds, hopelessPull, podFailure } from '../../../src/track/failfast.js';

// Messages as the kubelet puts them in `state.waiting.message`: ErrImagePull carries the runtime's error
// (containerd's `failed to pull and unpack image`, CRI-O's `reading manifest`); since Kubernetes 1.31 ImagePullBackOff
// carries it too, after `Back-off pulling image "<ref>": ErrImagePull: `.
const IMAGE = 'ghcr.io/acme/api:1.2.404';
const HOPELESS: [string, string][] = [
  [
    'containerd: tag not found',
    `rpc error: code = NotFound desc = failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": ${IMAGE}: not found`,
  ],
  ['CRI-O: manifest unknown', `reading manifest 1.2.404 in ghcr.io/acme/api: manifest unknown: manifest unknown`],
  [
    'Docker Hub: private or missing repository',
    'failed to pull and unpack image "docker.io/acme/private:1": failed to resolve reference "docker.io/acme/private:1": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  ],
  [
    'registry token: 401 Unauthorized',
    `failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3Aacme%2Fapi%3Apull&service=ghcr.io: 401 Unauthorized`,
  ],
  [
    'registry: denied',
    `failed to pull and unpack image "${IMAGE}": failed to copy: httpReadSeeker: failed open: unexpected status code https://ghcr.io/v2/acme/api/manifests/sha256:abc: 403 Forbidden - denied: requested access to the resource is denied`,
  ],
  [
    'back-off naming its cause (Kubernetes 1.31+)',
    `Back-off pulling image "${IMAGE}": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": ${IMAGE}: not found`,
  ],
  ['invalid reference format', 'failed to pull and unpack image "Acme/API:1": invalid reference format'],
];
const TRANSIENT: [string, string][] = [
  [
    'i/o timeout',
    `failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": failed to do request: Head "https://ghcr.io/v2/acme/api/manifests/1.2.404": dial tcp 140.82.121.34:443: i/o timeout`,
  ],
  [
    'TLS handshake timeout',
    `failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": failed to do request: Head "https://ghcr.io/v2/acme/api/manifests/1.2.404": net/http: TLS handshake timeout`,
  ],
  [
    'registry 503',
    `failed to pull and unpack image "${IMAGE}": failed to copy: httpReadSeeker: failed open: unexpected status code https://ghcr.io/v2/acme/api/blobs/sha256:abc: 503 Service Unavailable`,
  ],
  [
    'Docker Hub rate limit',
    'failed to pull and unpack image "docker.io/library/nginx:1.27": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/nginx/manifests/sha256:abc: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.',
  ],
  [
    'token fetch timed out (an auth step, but the network failed)',
    `failed to pull and unpack image "${IMAGE}": failed to resolve reference "${IMAGE}": failed to authorize: failed to fetch anonymous token: Get "https://ghcr.io/token": context deadline exceeded`,
  ],
  ['bare back-off (kubelet before 1.31: no cause)', `Back-off pulling image "${IMAGE}"`],
];

const NOW = 1_000_000_000;
function pulling(reason: string, message: string): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'api-1', uid: 'uid-api-1' },
    status: { containerStatuses: [{ name: 'app', state: { waiting: { reason, message } } }] },
  };
}

describe('hopeless image pulls fail at the first signal', () => {
  it.each(HOPELESS)('%s', (_name, message) => {
    expect(hopelessPull(message)).toBe(true);
    for (const reason of ['ErrImagePull', 'ImagePullBackOff']) {
      // Seen just now: no patience for a registry that said no.
      const verdict = podFailure(pulling(reason, message), NOW, () => NOW, defaultThresholds);
      expect(verdict.failure?.reason).toBe(`container app ${reason}: ${message}`);
    }
  });
});

describe('transient image pulls keep the patience threshold', () => {
  it.each(TRANSIENT)('%s', (_name, message) => {
    expect(hopelessPull(message)).toBe(false);
    const fresh = podFailure(pulling('ErrImagePull', message), NOW, () => NOW - 1_000, defaultThresholds);
    expect(fresh.failure).toBeUndefined();
    expect(fresh.recheckAt).toBe(NOW - 1_000 + defaultThresholds.imagePullMs);
    const persisting = podFailure(
      pulling('ImagePullBackOff', message),
      NOW,
      () => NOW - defaultThresholds.imagePullMs,
      defaultThresholds,
    );
    expect(persisting.failure?.reason).toContain('ImagePullBackOff');
  });

  it('an image pull without a message waits too', () => {
    expect(hopelessPull(undefined)).toBe(false);
  });
});
