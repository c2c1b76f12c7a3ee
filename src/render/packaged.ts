import type { KubeObject } from '../kube/object.js';
import type { RenderContext } from './context.js';
import { objectsFromYaml } from './manifests.js';

/** One object of a chart or kustomization, with where it stands in the component's order. */
export interface PackagedObject {
  object: KubeObject;
  /** Lower stages are applied and ready before higher ones of the same component (chart hooks); 0 otherwise. */
  stage: number;
  /** A hook: re-created when it changes, like Helm's default before-hook-creation delete policy. */
  hook: boolean;
}

const hookAnnotation = 'helm.sh/hook';
const weightAnnotation = 'helm.sh/hook-weight';
/** Hooks that run on install or upgrade; delete, rollback and test hooks have no counterpart in a deploy. */
const preHooks = new Set(['pre-install', 'pre-upgrade']);
const postHooks = new Set(['post-install', 'post-upgrade']);
/** Stage offsets around the chart's own objects (stage 0); a hook's weight orders it within its side. */
const preStage = -1_000_000_000;
const postStage = 1_000_000_000;

/**
 * The objects a packaged component's tool rendered (see src/packaging), in deploy order: Helm hooks become stages
 * (pre-install/pre-upgrade before the chart's objects, post-install/post-upgrade after, each side by weight).
 */
export function renderPackaged(
  context: RenderContext,
  text: string,
  source: string,
): { objects: PackagedObject[]; problems: string[] } {
  const parsed = objectsFromYaml(context, text, source);
  const objects: PackagedObject[] = [];
  for (const object of parsed.objects) {
    const annotations = object.metadata.annotations ?? {};
    const hooks = annotations[hookAnnotation];
    if (hooks === undefined) {
      objects.push({ object, stage: 0, hook: false });
      continue;
    }
    const phases = hooks.split(',').map((phase) => phase.trim());
    const weight = Number.parseInt(annotations[weightAnnotation] ?? '0', 10);
    const offset = Number.isFinite(weight) ? Math.max(-1e6, Math.min(1e6, weight)) : 0;
    if (phases.some((phase) => preHooks.has(phase))) objects.push({ object, stage: preStage + offset, hook: true });
    else if (phases.some((phase) => postHooks.has(phase)))
      objects.push({ object, stage: postStage + offset, hook: true });
    // Other hooks (pre-delete, test, …) are left out: a deploy has no moment they belong to.
  }
  return { objects, problems: parsed.problems };
}
