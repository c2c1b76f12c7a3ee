// I/O at the edge, before rendering (which stays pure): for every component with `images.pin: digest`, the digest
// each of its images' tags names now. One registry request chain per distinct image per run.
import { K8deployerError, SpecError, type SpecProblem } from '../errors.js';
import type { LoadedSpec } from '../spec/load.js';
import { componentKind } from '../spec/rules.js';
import type { K8DeployerSpec } from '../spec/spec-types.generated.js';
import { problemAt } from '../spec/yaml-source.js';
import { credentialFor } from './credentials.js';
import { containerImages, pinMode } from './pin.js';
import { parseImageReference, type ImageReference } from './reference.js';
import { resolveTagDigest, type RegistryClientOptions } from './registry-client.js';

/** Kinds whose pods k8deployer renders itself; charts, kustomizations and manifests carry their own images. */
const podKinds = new Set(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);

/** One or more images could not be resolved: names each component, image and registry, and what to check. */
export class ImageResolveError extends K8deployerError {}

const parallelism = 4;

interface Wanted {
  image: string;
  reference: ImageReference;
  component: string;
  secretNames: string[];
  secrets: K8DeployerSpec['secrets'];
}

/**
 * Resolves every image to pin. Bad references are positioned spec errors (exit 2); registry failures are one
 * ImageResolveError listing every failed image with its component and registry.
 */
export async function resolvePinnedImages(
  spec: LoadedSpec,
  env: Record<string, string | undefined>,
  options: RegistryClientOptions & {
    /**
     * Why no registry credentials may be used (on pull request events the head's spec is untrusted: it could point a
     * docker-config secret's registry elsewhere and have the runner send the credentials there). Anonymous only.
     */
    anonymousOnly?: string;
  } = {},
): Promise<Map<string, string>> {
  const wanted = new Map<string, Wanted>();
  const problems: SpecProblem[] = [];
  for (const target of spec.targets) {
    const dockerSecrets = (target.spec.secrets ?? []).filter((s) => s.type === 'docker-config').map((s) => s.name);
    for (const component of target.spec.components) {
      if (!podKinds.has(componentKind(component)) || pinMode(component, target.spec) !== 'digest') continue;
      const pointer = target.componentPointers.get(component.name) ?? '/components';
      for (const { image, field } of containerImages(component)) {
        if (wanted.has(image)) continue;
        const reference = parseImageReference(image);
        if (typeof reference === 'string') {
          problems.push(problemAt(spec.document, `${pointer}/${field}`, `image '${image}': ${reference}`));
          continue;
        }
        if (reference.digest !== undefined) continue;
        wanted.set(image, {
          image,
          reference,
          component: component.name,
          secretNames: component.imagePullSecrets ?? target.spec.defaults?.imagePullSecrets ?? dockerSecrets,
          secrets: target.spec.secrets,
        });
      }
    }
  }
  if (problems.length > 0) throw new SpecError(problems);

  const pinned = new Map<string, string>();
  const failures: string[] = [];
  const queue = [...wanted.values()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const lookup = options.anonymousOnly
        ? { notes: [options.anonymousOnly] }
        : credentialFor(next.reference.registry, next.secretNames, next.secrets ?? [], env);
      const result = await resolveTagDigest(next.reference, lookup.credential, options);
      if (result.ok) {
        pinned.set(next.image, result.digest);
        continue;
      }
      const notes = lookup.credential ? [] : lookup.notes;
      const hint =
        result.reason === 'not-found'
          ? 'push the tag, or fix the image name or tag in the spec'
          : result.reason === 'unauthorized'
            ? `add a docker-config secret with an auths entry for ${next.reference.registry} (the component's imagePullSecrets, or any docker-config secret of the spec), with its value in the environment${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`
            : 'check that the registry is up and reachable from here';
      failures.push(
        `component '${next.component}': image '${next.image}' on registry ${next.reference.registry}: ${result.message}. Hint: ${hint}`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallelism, queue.length) }, worker));
  if (failures.length > 0) {
    failures.sort();
    throw new ImageResolveError(
      `images.pin: digest: could not resolve ${failures.length} image${failures.length === 1 ? '' : 's'}:\n  ${failures.join('\n  ')}`,
    );
  }
  return pinned;
}
