import type { FlatComponents } from './groups.js';
import { parseQuantity } from './quantity.js';
import type { K8DeployerSpec, Preview } from './spec-types.generated.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;

/** LimitRange defaults when the spec's preview.quota names none: small, so many previews fit on one cluster. */
export const defaultPreviewRequest = { cpu: '50m', memory: '64Mi' } as const;
export const defaultPreviewLimit = { cpu: '500m', memory: '512Mi' } as const;

/** The seed's leaf components: names in preview.seed, an app group standing for all its members. */
export function seedComponents(preview: Preview | undefined, flat: Pick<FlatComponents, 'groups'>): Set<string> {
  const names = new Set<string>();
  for (const name of preview?.seed ?? []) {
    const group = flat.groups.get(name);
    for (const member of group ? group.members : [name]) names.add(member);
  }
  return names;
}

/**
 * preview.seed names components, and nothing outside the seed depends on one (outside previews the seed is left
 * out, so such a dependency could never be met). The quota's defaults must be valid for Kubernetes: a LimitRange
 * whose default request exceeds its default limit is refused by the API server.
 */
export function checkPreviewRules(spec: K8DeployerSpec, flat: FlatComponents, at: At): void {
  const preview = spec.preview;
  if (!preview) return;
  const known = new Set([...flat.placed.map(({ component }) => component.name), ...flat.groups.keys()]);
  (preview.seed ?? []).forEach((name, index) => {
    if (!known.has(name)) at(`/preview/seed/${index}`, `unknown component '${name}'`);
  });
  const seed = seedComponents(preview, flat);
  for (const { component, pointer } of flat.placed) {
    if (seed.has(component.name)) continue;
    (component.depends ?? []).forEach((dependency, index) => {
      if (seed.has(dependency))
        at(
          `${pointer}/depends/${index}`,
          `'${dependency}' is a preview seed (preview.seed), which runs only in previews, after every other component; '${component.name}' cannot depend on it`,
        );
    });
  }
  const quota = preview.quota;
  if (!quota) return;
  for (const resource of ['cpu', 'memory'] as const) {
    const request = quota.defaultRequest?.[resource] ?? defaultPreviewRequest[resource];
    const limit = quota.defaultLimit?.[resource] ?? defaultPreviewLimit[resource];
    const requested = parseQuantity(request);
    const limited = parseQuantity(limit);
    if (requested !== undefined && limited !== undefined && requested > limited) {
      const pointer = quota.defaultRequest?.[resource] !== undefined ? 'defaultRequest' : 'defaultLimit';
      at(
        `/preview/quota/${pointer}/${resource}`,
        `the default ${resource} request ${String(request)} is above the default ${resource} limit ${String(limit)}; Kubernetes refuses such a LimitRange`,
      );
    }
  }
}
