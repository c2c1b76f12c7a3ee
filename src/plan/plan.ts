import type { ClusterClient } from '../cluster/client.js';
import { UnknownKindError } from '../cluster/discovery.js';
import { ClusterUnreachableError, isImmutableFieldError, isNotFound } from '../cluster/errors.js';
import { describeError } from '../errors.js';
import { ChangeAction, type PlannedChange } from '../events.js';
import { refKey, refOf, type KubeObject } from '../kube/object.js';
import type { ApplyOptions, ComponentInfo, RenderedApp } from '../render/types.js';
import type { RepositoryIdentity } from '../settings/types.js';
import { componentOfMember, decorate, desiredSetHash, memberKey, type StoredRevision } from '../inventory/applyset.js';
import { ApplySetParent } from '../inventory/parent.js';
import { pruneCandidates, type RemovalFlags } from '../inventory/removal.js';
import { withServerScope } from '../cluster/scope.js';
import { buildGraph, DependencyGraph, type GraphNode } from './graph.js';
import { stepObject } from './step-node.js';
import { AdoptionRefusedError, Owner, adoptionRefused, ownerOf } from '../inventory/ownership.js';
import { objectDiff, unchangedByApply } from './diff.js';
import { prefetchLive } from './prefetch.js';
import { Semaphore } from './semaphore.js';
import { resolveUnknowns } from './unknown-values.js';
import { missingStorageClasses } from './storage.js';
import { replaceVerdict } from './replace.js';
import { readNamespace } from './permission-check.js';
import { resolveBlueGreen } from '../strategy/blue-green/resolve.js';
import type { BlueGreenStatus } from '../strategy/blue-green/types.js';
import { markSuperseded } from './superseded.js';
import { provablyUnchanged } from './unchanged.js';
import { planSteps, withoutStepSecrets, type PlannedStep } from './steps.js';

/** Why the dry run could not evaluate an object; deploy acts on the kind (an immutable field is still applied). */
export const ProblemKind = {
  Adoption: 'adoption',
  Immutable: 'immutable',
  Other: 'other',
} as const;
export type ProblemKind = (typeof ProblemKind)[keyof typeof ProblemKind];

/** One desired object with what applying it would do. */
export interface PlannedObject {
  /** refKey of the object: the node's key in the dependency graph. */
  key: string;
  component: string;
  /** The desired object as deploy applies it (ApplySet labels added). */
  object: KubeObject;
  options?: ApplyOptions;
  /** Keys of objects that must be ready before this one is applied. */
  dependsOn: string[];
  action: ChangeAction;
  /** Unified diff of the live and dry-run object (updates only), Secret values masked. */
  diff?: string;
  /** The live object when the action is unchanged: deploy writes nothing and tracks this one. */
  live?: KubeObject;
  /** Replace: the immutable fields that force it. */
  immutableFields?: string[];
  /** Set when the dry run could not evaluate the object. */
  problem?: { kind: ProblemKind; message: string };
  /** What the plan could not know (a secret env var unset) and took from the live object instead. */
  unknownValues?: string[];
}

/**
 * What a deploy would do to one cluster, and what deploy executes (kapp's Calculate → Apply(graph)). A plain value:
 * print it, serialize it (JSON round-trips), post it on a PR.
 */
export interface ClusterPlan {
  cluster: string;
  app: string;
  namespace: string;
  applySetId: string;
  /** Every desired object, dependencies first, with its edges: the graph deploy schedules. */
  objects: PlannedObject[];
  components: ComponentInfo[];
  /** Live members of the current ApplySet that the new set drops: what a prune deletes. */
  prune: KubeObject[];
  /** The inventory the plan was computed against. */
  inventory: { parentExists: boolean; revision?: number };
  /** Objects first (dependencies first), then deletions. */
  changes: PlannedChange[];
  /** Objects the dry run could not evaluate (e.g. a conflict), as `Kind/ns/name: message`. */
  problems: string[];
  /** kind: http steps: graph nodes that write nothing; deploy runs those whose decision says so. */
  steps?: PlannedStep[];
  /** Blue-green components: which color goes live, what is kept or removed, what to run next. */
  blueGreen?: BlueGreenStatus[];
}

export interface PlanOptions {
  force: boolean;
  flags: RemovalFlags;
  adopt?: boolean;
  repository?: RepositoryIdentity;
  /** Dry runs in flight at once (default 8). */
  concurrency?: number;
  /**
   * The inventory already loaded (deploy holds the lease and has read it): the plan reuses it instead of reading it
   * again, and skips the checks deploy has made before its first write.
   */
  inventory?: { parent: ApplySetParent; previous: StoredRevision | undefined; members: KubeObject[] };
  /**
   * Decide from the live objects alone, with no dry run: planning stops with an UnprovenChange at the first object
   * that is not provably unchanged (deploy's check whether it can finish without a single write, see deploy.ts).
   */
  proofOnly?: boolean;
}

/** A proofOnly plan met an object whose change only a dry run (or the apply) can tell. */
export class UnprovenChange extends Error {
  constructor(readonly key: string) {
    super(`${key} may change`);
  }
}

/**
 * Server-side dry run of every desired object (with the ApplySet label the deploy would add), compared with the
 * live object: create / update (with a masked diff) / unchanged; plus members of the current ApplySet that the new
 * set drops (delete). Reads only.
 */
export async function planCluster(
  client: ClusterClient,
  input: RenderedApp,
  options: PlanOptions,
): Promise<ClusterPlan> {
  const scoped = options.inventory ? input : await withServerScope(client, input);
  const inventory = options.inventory ?? (await loadInventory(client, scoped, options.repository));
  const { parent, previous, members } = inventory;
  // Deploy colors its set under the lease before it plans (it commits that set); the plan command does it here.
  const strategies = options.inventory
    ? { rendered: scoped, statuses: [] }
    : resolveBlueGreen(scoped, previous, Date.now());
  const rendered = strategies.rendered;
  const problems: string[] = options.inventory ? [] : await missingStorageClasses(client, rendered.objects);
  const graph = buildGraph(rendered.objects, rendered.components, rendered.steps);
  const order = graph.order().filter((node) => !node.desired.step);
  const { live, prefetched } = await prefetchLive(
    client,
    rendered.objects.map((entry) => entry.object),
    new Map(members.map((member) => [memberKey(member), member])),
  );
  const evaluator = new ObjectEvaluator(client, rendered.namespace, parent.id, options, live, prefetched);
  const planned = await Promise.all(order.map((node) => evaluator.evaluate(node)));
  const objects = planned.filter((entry): entry is PlannedObject => entry !== undefined);
  for (const entry of objects)
    if (entry.problem && entry.action !== ChangeAction.Replace) problems.push(problemLine(entry));
  const prune = pruneCandidates(
    members,
    rendered.objects.map((entry) => entry.object),
    parent.id,
    options.flags,
  );
  const deletions = prune.map((object): PlannedChange => ({
    component: componentOfMember(object, previous),
    ref: refOf(object),
    action: ChangeAction.Delete,
  }));
  // Hashed like deploy records it: without an existing namespace of others that the plan leaves out of the app.
  const kept = new Set(objects.map((entry) => entry.key));
  const recorded = rendered.objects.filter((entry) => kept.has(refKey(refOf(entry.object))));
  const steps = planSteps(graph, {
    actions: objects.map((entry) => entry.action),
    pruned: prune.length,
    ...(parent.revisionHash !== undefined ? { recordedHash: parent.revisionHash } : {}),
    desiredHash: desiredSetHash(recorded, rendered.components, rendered.steps),
  });
  return {
    cluster: client.name,
    app: rendered.app,
    namespace: rendered.namespace,
    applySetId: parent.id,
    objects,
    components: rendered.components,
    prune,
    inventory: { parentExists: parent.exists, ...(previous ? { revision: previous.revision } : {}) },
    changes: markSuperseded(
      [...objects.map(changeOf), ...deletions],
      new Map(objects.map((entry) => [refKey(refOf(entry.object)), entry.object])),
      new Map(prune.map((object) => [refKey(refOf(object)), object])),
    ),
    problems,
    steps,
    blueGreen: strategies.statuses,
  };
}

/** The plan's dependency graph, rebuilt from its plain edges (a plan read back from JSON schedules the same). */
export function graphOfPlan(plan: ClusterPlan): DependencyGraph {
  const graph = new DependencyGraph(
    plan.objects.map((entry) => ({
      component: entry.component,
      object: entry.object,
      ...(entry.options ? { options: entry.options } : {}),
    })),
  );
  for (const step of plan.steps ?? [])
    graph.nodes.set(step.key, {
      key: step.key,
      desired: {
        component: step.component,
        object: stepObject(step.component),
        step: { http: step.http, decision: step.decision },
      },
      dependsOn: new Set(),
      dependents: new Set(),
    });
  for (const entry of [...plan.objects, ...(plan.steps ?? [])])
    for (const dependency of entry.dependsOn) graph.addEdge(entry.key, dependency);
  return graph;
}

async function loadInventory(
  client: ClusterClient,
  rendered: RenderedApp,
  repository: RepositoryIdentity | undefined,
): Promise<{ parent: ApplySetParent; previous: StoredRevision | undefined; members: KubeObject[] }> {
  const parent = new ApplySetParent(client, rendered.app, rendered.namespace, repository);
  const { exists } = await readNamespace(client, rendered.namespace);
  const previous = exists ? await parent.load() : undefined;
  const members = parent.exists ? await parent.listMembers() : [];
  return { parent, previous, members };
}

/** Decides one object's change from its live state and a server-side dry run. */
class ObjectEvaluator {
  private readonly slots: Semaphore;

  constructor(
    private readonly client: ClusterClient,
    private readonly namespace: string,
    private readonly applySetId: string,
    private readonly options: PlanOptions,
    private readonly live: Map<string, KubeObject>,
    private readonly prefetched: Set<string>,
  ) {
    this.slots = new Semaphore(Math.max(1, options.concurrency ?? 8));
  }

  async evaluate(node: GraphNode): Promise<PlannedObject | undefined> {
    const decorated = decorate(node.desired.object, this.applySetId);
    let live: KubeObject | undefined;
    let desired = decorated;
    let base: PlannedObject = {
      key: node.key,
      component: node.desired.component,
      object: desired,
      ...(node.desired.options ? { options: node.desired.options } : {}),
      dependsOn: [...node.dependsOn],
      action: ChangeAction.Create,
    };
    try {
      live = await this.liveOf(decorated);
      const resolved = resolveUnknowns(decorated, live);
      desired = resolved.object;
      base = { ...base, object: desired, ...(resolved.unknownValues ? { unknownValues: resolved.unknownValues } : {}) };
      if (!live) {
        if (this.options.proofOnly) throw new UnprovenChange(node.key);
        // The plan command dry-runs creates too: RBAC and admission refuse a new object as readily as a changed
        // one. (Deploy, which passes its inventory, learns it from the real apply.)
        if (!this.options.inventory)
          await this.slots.run(() => this.client.apply(desired, { dryRun: true, force: this.options.force }));
        return base;
      }
      const owner = ownerOf(live, this.applySetId);
      if (owner !== Owner.Ours && !this.options.adopt) {
        // Deploy uses an existing namespace of others as it is and leaves it out of the app (see ensureNamespace).
        if (desired.kind === 'Namespace' && desired.metadata.name === this.namespace) return undefined;
        throw adoptionRefused(live, owner);
      }
      // Provably unchanged from the live object's own field ownership: no dry run needed (see unchanged.ts).
      if (provablyUnchanged(desired, live)) return { ...base, action: ChangeAction.Unchanged, live };
      if (this.options.proofOnly) throw new UnprovenChange(node.key);
      const { object: dryRun } = await this.slots.run(() =>
        this.client.apply(desired, { dryRun: true, force: this.options.force }),
      );
      // The same resourceVersion proves the live copy is still current, so the comparison is against the truth.
      const current = dryRun.metadata['resourceVersion'] === live.metadata['resourceVersion'];
      if (current && unchangedByApply(live, dryRun)) return { ...base, action: ChangeAction.Unchanged, live };
      return { ...base, action: ChangeAction.Update, diff: objectDiff(live, dryRun) };
    } catch (error) {
      // Nothing on an unreachable cluster can be planned: the cluster fails as a whole, with one reason.
      if (error instanceof ClusterUnreachableError || error instanceof UnprovenChange) throw error;
      if (this.options.proofOnly) throw new UnprovenChange(node.key);
      // A namespace or CRD created by this same deploy does not exist yet: the object can only be new.
      if (isNotFound(error) || error instanceof UnknownKindError) return base;
      const verdict = live ? replaceVerdict(error, node.desired, live, desired) : { kind: 'other' as const };
      // Deploy deletes and re-creates it (execute.ts applies an Immutable problem and replaces on its error).
      if (verdict.kind === 'replace')
        return { ...base, ...verdict.change, problem: { kind: ProblemKind.Immutable, message: describeError(error) } };
      if (verdict.kind === 'refused')
        return {
          ...base,
          action: ChangeAction.Update,
          problem: { kind: ProblemKind.Immutable, message: verdict.problem },
        };
      const kind =
        error instanceof AdoptionRefusedError
          ? ProblemKind.Adoption
          : isImmutableFieldError(error)
            ? ProblemKind.Immutable
            : ProblemKind.Other;
      // A refused create stays a create: what the object would be is what the permission check asks about.
      const action = live ? ChangeAction.Update : ChangeAction.Create;
      return { ...base, action, problem: { kind, message: describeError(error) } };
    }
  }

  /** From the prefetch when it knows the object (absent there = does not exist), else one read. */
  private async liveOf(object: KubeObject): Promise<KubeObject | undefined> {
    const key = memberKey(object);
    return this.live.get(key) ?? (this.prefetched.has(key) ? undefined : await this.client.get(refOf(object)));
  }
}

function changeOf(entry: PlannedObject): PlannedChange {
  return {
    component: entry.component,
    ref: refOf(entry.object),
    action: entry.action,
    ...(entry.diff !== undefined ? { diff: entry.diff } : {}),
    ...(entry.immutableFields ? { immutableFields: entry.immutableFields } : {}),
    ...(entry.unknownValues ? { unknownValues: entry.unknownValues } : {}),
  };
}

function problemLine(entry: PlannedObject): string {
  if (entry.problem?.kind === ProblemKind.Adoption) return entry.problem.message;
  const ref = refOf(entry.object);
  return `${ref.kind}/${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: ${entry.problem?.message ?? ''}`;
}

/**
 * The plan as it may leave the engine (printed, serialized, posted on a PR): Secret values replaced, since the plan
 * deploy executes holds the desired and live objects in full. Diffs are masked already.
 */
export function withoutSecretValues(plan: ClusterPlan): ClusterPlan {
  return {
    ...plan,
    objects: plan.objects.map((entry) => ({
      ...entry,
      object: maskSecret(entry.object),
      ...(entry.live ? { live: maskSecret(entry.live) } : {}),
    })),
    prune: plan.prune.map(maskSecret),
    steps: (plan.steps ?? []).map(withoutStepSecrets),
  };
}

function maskSecret(object: KubeObject): KubeObject {
  if (object.kind !== 'Secret') return object;
  const masked: KubeObject = { ...object };
  for (const field of ['data', 'stringData']) {
    const values = object[field] as Record<string, unknown> | undefined;
    if (values) masked[field] = Object.fromEntries(Object.keys(values).map((key) => [key, '(masked)']));
  }
  // The last applied configuration (kubectl's annotation) holds the values too.
  const annotations = object.metadata.annotations;
  if (annotations?.['kubectl.kubernetes.io/last-applied-configuration'] !== undefined) {
    const { ['kubectl.kubernetes.io/last-applied-configuration']: _dropped, ...rest } = annotations;
    masked.metadata = { ...object.metadata, annotations: rest };
  }
  return masked;
}
