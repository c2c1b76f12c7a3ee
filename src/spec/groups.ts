import { deepMerge } from './merge.js';
import type { Component } from './spec-types.generated.js';

/** A component with where it stands in the spec as written (for error positions). */
export interface PlacedComponent {
  component: Component;
  pointer: string;
}

export interface FlatComponents {
  /** Every leaf component, groups' fields folded in, in spec order. */
  placed: PlacedComponent[];
  /** App group name → the leaf components under it (at any depth), with the group's own pointer. */
  groups: Map<string, { pointer: string; members: string[]; kind?: string }>;
}

const groupOnlyFields = new Set(['name', 'kind', 'components', 'depends']);

/**
 * Flattens `kind: app` groups. A child inherits every field its group sets (the child's own values win; maps
 * merge, lists replace), its `depends` add to the group's, and the group itself renders nothing.
 */
export function flattenComponents(
  components: readonly Component[],
  pointer = '/components',
  inherited: Partial<Component> = {},
  inheritedDepends: string[] = [],
): FlatComponents {
  const placed: PlacedComponent[] = [];
  const groups: FlatComponents['groups'] = new Map();
  components.forEach((component, index) => {
    const own = `${pointer}/${index}`;
    const depends = [...new Set([...inheritedDepends, ...(component.depends ?? [])])];
    if (component.kind === 'app' || component.components) {
      const defaults = { ...inherited };
      for (const [key, value] of Object.entries(component)) {
        if (!groupOnlyFields.has(key))
          (defaults as Record<string, unknown>)[key] = deepMerge((defaults as Record<string, unknown>)[key], value);
      }
      const inner = flattenComponents(component.components ?? [], `${own}/components`, defaults, depends);
      placed.push(...inner.placed);
      for (const [name, group] of inner.groups) groups.set(name, group);
      groups.set(component.name, {
        pointer: own,
        members: inner.placed.map((entry) => entry.component.name),
        ...(component.kind ? { kind: component.kind } : {}),
      });
      return;
    }
    const merged = deepMerge(inherited, component) as Component;
    if (depends.length > 0) merged.depends = depends;
    placed.push({ component: merged, pointer: own });
  });
  return { placed, groups };
}

/** `depends` naming an app group means every component in it. */
export function expandGroupDepends(depends: readonly string[], groups: FlatComponents['groups']): string[] {
  return [...new Set(depends.flatMap((name) => groups.get(name)?.members ?? [name]))];
}
