// Pure: which images a component pins, and what its containers then run.
import type { Component, K8DeployerSpec } from '../spec/spec-types.generated.js';
import { parseImageReference, pinnedReference } from './reference.js';

/** Image as written (after variables) → the digest its tag named when the run resolved it. */
export type PinnedImages = ReadonlyMap<string, string>;

/** The component's own `images.pin` wins over the spec's; the default deploys tags as written. */
export function pinMode(component: Component, spec: K8DeployerSpec): 'tag' | 'digest' {
  return component.images?.pin ?? spec.images?.pin ?? 'tag';
}

/** The images a component's pod runs, as written, with their field: main, then init containers and sidecars. */
export function containerImages(component: Component): { image: string; field: string }[] {
  const images: { image: string; field: string }[] = [];
  if (component.image) images.push({ image: component.image, field: 'image' });
  for (const list of ['initContainers', 'sidecars'] as const)
    component[list]?.forEach((container, index) => {
      if (container.image) images.push({ image: container.image, field: `${list}/${index}/image` });
    });
  return images;
}

/**
 * What a container runs: `name@sha256:…` for a resolved tag, else the image as written (tag pinning, references that
 * already name a digest, and offline `render`, which resolves nothing: `pinned` is undefined there).
 */
export function deployedImage(image: string, mode: 'tag' | 'digest', pinned: PinnedImages | undefined): string {
  if (mode !== 'digest' || pinned === undefined) return image;
  const digest = pinned.get(image);
  if (digest === undefined) return image;
  const reference = parseImageReference(image);
  return typeof reference === 'string' ? image : pinnedReference(reference, digest);
}
