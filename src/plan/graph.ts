import { K8deployerError } from '../errors.js';
import { groupOf, refKey, refOf, type KubeObject } from '../kube/object.js';
import type { ComponentInfo, DesiredObject } from '../render/types.js';
import { referencedNames } from './references.js';

export interface GraphNode {
  key: string;
  desired: DesiredObject;
  /** Keys of objects that must be ready before this one is applied. */
  dependsOn: Set<string>;
  /** Keys of objects waiting for this one. */
  dependents: Set<string>;
}

/** Objects that must be ready before others are applied. Built per engine.md ("Order"). */
export class DependencyGraph {
  readonly nodes = new Map<string, GraphNode>();

  constructor(objects: DesiredObject[]) {
    for (const desired of objects) {
      const key = refKey(refOf(desired.object));
      if (this.nodes.has(key)) throw new K8deployerError(`the desired set contains ${key} twice`);
      this.nodes.set(key, { key, desired, dependsOn: new Set(), dependents: new Set() });
    }
  }

  addEdge(from: string, to: string): void {
    if (from === to) return;
    const node = this.nodes.get(from);
    const target = this.nodes.get(to);
    if (!node || !target) return;
    node.dependsOn.add(to);
    target.dependents.add(from);
  }

  /** Dependencies first. Throws naming the cycle when there is one. */
  order(): GraphNode[] {
    const cycle = findCycle(this);
    if (cycle) throw new K8deployerError(`dependency cycle: ${cycle.join(' → ')}`);
    const result: GraphNode[] = [];
    const done = new Set<string>();
    const visit = (node: GraphNode): void => {
      if (done.has(node.key)) return;
      done.add(node.key);
      for (const dep of node.dependsOn) {
        const next = this.nodes.get(dep);
        if (next) visit(next);
      }
      result.push(node);
    };
    for (const node of this.nodes.values()) visit(node);
    return result;
  }

  /**
   * Length of the longest chain of dependents hanging off each object, weighting workloads (which take time to
   * become ready) over objects that are ready once applied. Higher = more urgent to apply.
   */
  criticality(): Map<string, number> {
    const memo = new Map<string, number>();
    const visit = (node: GraphNode): number => {
      const known = memo.get(node.key);
      if (known !== undefined) return known;
      let longest = 0;
      for (const key of node.dependents) {
        const next = this.nodes.get(key);
        if (next) longest = Math.max(longest, visit(next));
      }
      const value = longest + (SLOW_KINDS.has(node.desired.object.kind) ? 10 : 1);
      memo.set(node.key, value);
      return value;
    };
    for (const node of this.nodes.values()) visit(node);
    return memo;
  }

  /** Longest chain of dependencies (in nodes): what bounds a DAG-scheduled deploy's wall time. */
  depth(): number {
    const memo = new Map<string, number>();
    const depthOf = (node: GraphNode): number => {
      const known = memo.get(node.key);
      if (known !== undefined) return known;
      let deepest = 0;
      for (const dep of node.dependsOn) {
        const next = this.nodes.get(dep);
        if (next) deepest = Math.max(deepest, depthOf(next));
      }
      memo.set(node.key, deepest + 1);
      return deepest + 1;
    };
    // reduce, not Math.max(...spread): a spread of 100k+ arguments overflows the stack.
    return this.order().reduce((deepest, node) => Math.max(deepest, depthOf(node)), 0);
  }
}

/**
 * Returns the keys along one cycle (first key repeated at the end), or undefined. Iterative: a chain of thousands
 * of objects must not exhaust the call stack.
 */
export function findCycle(graph: DependencyGraph): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const root of graph.nodes.keys()) {
    if (state.has(root)) continue;
    const path: { key: string; deps: Iterator<string> }[] = [];
    const position = new Map<string, number>();
    const enter = (key: string) => {
      state.set(key, 'visiting');
      position.set(key, path.length);
      path.push({ key, deps: (graph.nodes.get(key)?.dependsOn ?? new Set<string>()).values() });
    };
    enter(root);
    while (path.length > 0) {
      const top = path[path.length - 1] as { key: string; deps: Iterator<string> };
      const next = top.deps.next();
      if (next.done) {
        state.set(top.key, 'done');
        position.delete(top.key);
        path.pop();
        continue;
      }
      const seen = state.get(next.value);
      if (seen === 'done') continue;
      if (seen === 'visiting') return [...path.slice(position.get(next.value)).map((entry) => entry.key), next.value];
      enter(next.value);
    }
  }
  return undefined;
}

/** Kinds whose readiness takes real time (pods, controllers). */
const SLOW_KINDS = new Set([
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'Pod',
  'CustomResourceDefinition',
  'APIService',
]);

const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob', 'Pod']);
const WORKLOAD_INPUTS = new Set([
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
]);

/** The built-in edges of engine.md plus the spec's component `depends`. */
export function buildGraph(objects: DesiredObject[], components: ComponentInfo[] = []): DependencyGraph {
  const graph = new DependencyGraph(objects);
  const byKindName = new Map<string, string>();
  const crdKeys = new Map<string, string>();
  for (const node of graph.nodes.values()) {
    const object = node.desired.object;
    byKindName.set(kindNameKey(object.kind, object.metadata.name, object.metadata.namespace), node.key);
    if (object.kind === 'CustomResourceDefinition') {
      const spec = object['spec'] as { group?: string; names?: { kind?: string } } | undefined;
      if (spec?.group && spec.names?.kind) crdKeys.set(`${spec.names.kind}.${spec.group}`, node.key);
    }
  }
  const find = (kind: string, name: string, namespace?: string): string | undefined =>
    byKindName.get(kindNameKey(kind, name, namespace));

  for (const node of graph.nodes.values()) {
    const object = node.desired.object;
    const namespace = object.metadata.namespace;
    if (namespace) {
      const nsKey = find('Namespace', namespace);
      if (nsKey) graph.addEdge(node.key, nsKey);
    }
    const crd = crdKeys.get(`${object.kind}.${groupOf(object.apiVersion)}`);
    if (crd) graph.addEdge(node.key, crd);
    for (const edge of bindingEdges(object)) {
      const target = find(edge.kind, edge.name, edge.kind.startsWith('Cluster') ? undefined : namespace);
      if (target) graph.addEdge(node.key, target);
    }
    if (object.kind === 'PersistentVolumeClaim') {
      const className = (object['spec'] as { storageClassName?: string } | undefined)?.storageClassName;
      const target = className ? find('StorageClass', className) : undefined;
      if (target) graph.addEdge(node.key, target);
    }
    if (WORKLOADS.has(object.kind)) addWorkloadEdges(graph, node, find);
  }
  addComponentEdges(graph, components);
  addStageEdges(graph);
  return graph;
}

function stageOf(node: GraphNode): number {
  return node.desired.options?.stage ?? 0;
}

/** Within a component, each object waits for every object of the next lower stage (chart hooks, see render). */
function addStageEdges(graph: DependencyGraph): void {
  const byComponent = new Map<string, Map<number, string[]>>();
  for (const node of graph.nodes.values()) {
    const stages = byComponent.get(node.desired.component) ?? new Map<number, string[]>();
    const stage = stageOf(node);
    stages.set(stage, [...(stages.get(stage) ?? []), node.key]);
    byComponent.set(node.desired.component, stages);
  }
  for (const stages of byComponent.values()) {
    if (stages.size < 2) continue;
    const ordered = [...stages.keys()].sort((a, b) => a - b);
    for (let index = 1; index < ordered.length; index += 1) {
      const before = stages.get(ordered[index - 1] as number) ?? [];
      for (const from of stages.get(ordered[index] as number) ?? []) for (const to of before) graph.addEdge(from, to);
    }
  }
}

function addWorkloadEdges(
  graph: DependencyGraph,
  node: GraphNode,
  find: (kind: string, name: string, namespace?: string) => string | undefined,
): void {
  const object = node.desired.object;
  const namespace = object.metadata.namespace;
  const refs = referencedNames(object);
  for (const [kind, names] of Object.entries(refs) as [string, string[]][]) {
    for (const name of names) {
      // A Secret an ExternalSecret of the same name produces exists only once the operator synced it.
      const target =
        find(kind, name, namespace) ?? (kind === 'Secret' ? find('ExternalSecret', name, namespace) : undefined);
      // Not on an object of its component staged after it: Helm runs a pre-install hook before all chart objects.
      const staged = target ? graph.nodes.get(target) : undefined;
      if (!target || !staged) continue;
      if (staged.desired.component === node.desired.component && stageOf(staged) > stageOf(node)) continue;
      graph.addEdge(node.key, target);
    }
  }
  const serviceAccount = refs.ServiceAccount[0] ?? 'default';
  for (const other of graph.nodes.values()) {
    const candidate = other.desired.object;
    if (!WORKLOAD_INPUTS.has(candidate.kind)) continue;
    // Inputs of the same component come first even when referenced indirectly (env from generated names, RBAC).
    // …unless they are staged after it (a chart's objects come after its pre-install hooks, even its inputs).
    const sameComponent = other.desired.component === node.desired.component && stageOf(other) <= stageOf(node);
    const bindsOurAccount =
      (candidate.kind === 'RoleBinding' || candidate.kind === 'ClusterRoleBinding') &&
      bindsServiceAccount(candidate, serviceAccount, namespace);
    if (sameComponent || bindsOurAccount) graph.addEdge(node.key, other.key);
  }
}

function addComponentEdges(graph: DependencyGraph, components: ComponentInfo[]): void {
  const byComponent = new Map<string, string[]>();
  for (const node of graph.nodes.values()) {
    const list = byComponent.get(node.desired.component) ?? [];
    list.push(node.key);
    byComponent.set(node.desired.component, list);
  }
  for (const component of components) {
    for (const dependency of component.depends) {
      if (!components.some((entry) => entry.name === dependency)) {
        throw new K8deployerError(`component ${component.name} depends on unknown component ${dependency}`);
      }
      for (const from of byComponent.get(component.name) ?? []) {
        for (const to of byComponent.get(dependency) ?? []) graph.addEdge(from, to);
      }
    }
  }
}

function bindingEdges(object: KubeObject): { kind: string; name: string }[] {
  if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') return [];
  const roleRef = object['roleRef'] as { kind?: string; name?: string } | undefined;
  return roleRef?.kind && roleRef.name ? [{ kind: roleRef.kind, name: roleRef.name }] : [];
}

function bindsServiceAccount(binding: KubeObject, account: string, namespace?: string): boolean {
  const subjects = (binding['subjects'] as { kind?: string; name?: string; namespace?: string }[] | undefined) ?? [];
  return subjects.some(
    (subject) =>
      subject.kind === 'ServiceAccount' &&
      subject.name === account &&
      (subject.namespace ?? binding.metadata.namespace) === namespace,
  );
}

function kindNameKey(kind: string, name: string, namespace?: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}
