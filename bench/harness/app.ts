// The benchmark apps: the synthetic depth-3 app (N components in three levels, each below the first depending on
// one or two of the level above) written as a k8deployer spec, and the dependency arithmetic every tool's figures
// use (levels, critical path). Pure.

export interface BenchComponent {
  name: string;
  level: number;
  depends: string[];
}

export const BENCH_DEPTH = 3;

/** Components in BENCH_DEPTH levels: a fifth, two fifths, the rest; dependencies spread over the level above. */
export function benchComponents(count: number): BenchComponent[] {
  const perLevel = [Math.floor(count / 5), Math.floor((count * 2) / 5)];
  perLevel.push(count - perLevel[0]! - perLevel[1]!);
  const components: BenchComponent[] = [];
  const levels: string[][] = [];
  perLevel.forEach((size, level) => {
    levels.push([]);
    for (let i = 0; i < size; i += 1) {
      const name = `c${level + 1}-${i}`;
      const above = levels[level - 1] ?? [];
      const depends = above.length ? [...new Set([above[i % above.length]!, above[(i * 7 + 3) % above.length]!])] : [];
      components.push({ name, level: level + 1, depends });
      levels[level]!.push(name);
    }
  });
  return components;
}

export type Fault = 'image-pull' | 'crashloop';

export interface SpecOptions {
  count: number;
  delaySeconds: number;
  namespace: string;
  clusters: { name: string; kubeconfig: string }[];
  /** One component's next release: a tag that does not exist (image-pull) or a container that crashes. */
  fault?: { component: string; kind: Fault };
}

export const benchImage = (name: string, tag: string): string => `registry.example.com/bench/${name}:${tag}`;

/** The synthetic app as a k8deployer spec (a plain object; dump it as YAML). */
export function benchSpec(options: SpecOptions): Record<string, unknown> {
  return {
    app: 'bench',
    namespace: options.namespace,
    components: benchComponents(options.count).map(({ name, depends }) => {
      const fault = options.fault?.component === name ? options.fault.kind : undefined;
      const tag = fault === 'image-pull' ? 'does-not-exist' : fault === 'crashloop' ? '2' : '1';
      return {
        name,
        image: benchImage(name, tag),
        port: 8080,
        ...(depends.length ? { depends } : {}),
        podAnnotations: {
          'testbed.k8deployer.io/ready-delay': `${options.delaySeconds}s`,
          ...(fault ? { 'testbed.k8deployer.io/fault': fault } : {}),
        },
      };
    }),
    clusters: options.clusters.map((c) => ({ name: c.name, kubeconfig: { path: c.kubeconfig } })),
  };
}

/** Dependency levels (1-based depth of the longest chain of dependencies), names in input order. */
export function levelsOf(components: readonly { name: string; depends: readonly string[] }[]): string[][] {
  const byName = new Map(components.map((c) => [c.name, c]));
  const depth = new Map<string, number>();
  const visit = (name: string, path: Set<string>): number => {
    const known = depth.get(name);
    if (known !== undefined) return known;
    if (path.has(name)) throw new Error(`dependency cycle through ${name}`);
    path.add(name);
    const deps = byName.get(name)?.depends ?? [];
    const value = 1 + Math.max(0, ...deps.filter((d) => byName.has(d)).map((d) => visit(d, path)));
    path.delete(name);
    depth.set(name, value);
    return value;
  };
  const result: string[][] = [];
  for (const component of components) (result[visit(component.name, new Set()) - 1] ??= []).push(component.name);
  return result.filter(Boolean);
}

/**
 * What a zero-overhead orchestrator that honours the dependencies would take: the longest chain of per-component
 * times (each component's measured apply→ready time; components with none count 0).
 */
export function criticalPathMs(
  components: readonly { name: string; depends: readonly string[] }[],
  ownMs: ReadonlyMap<string, number>,
): number {
  const byName = new Map(components.map((c) => [c.name, c]));
  const finish = new Map<string, number>();
  const visit = (name: string): number => {
    const known = finish.get(name);
    if (known !== undefined) return known;
    finish.set(name, 0); // a cycle contributes nothing rather than recursing forever
    const deps = byName.get(name)?.depends ?? [];
    const value = (ownMs.get(name) ?? 0) + Math.max(0, ...deps.map(visit));
    finish.set(name, value);
    return value;
  };
  return Math.max(0, ...components.map((c) => visit(c.name)));
}
