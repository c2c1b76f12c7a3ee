import type { ClusterClient } from '../cluster/client.js';
import { isNotFound } from '../cluster/errors.js';
import { ClusterError } from '../errors.js';
import type { KubeObject } from '../kube/object.js';
import type { ComponentInfo, DesiredObject } from '../render/types.js';
import { repositoryLabel } from '../settings/repository.js';
import type { RepositoryIdentity } from '../settings/types.js';
import {
  ApplySetKeys,
  RevisionKeys,
  TOOLING,
  applySetId,
  chunkKey,
  decodeRevision,
  encodeRevision,
  groupKindOf,
  listAnnotation,
  overflowSecretName,
  parentName,
  parseGroupKind,
  parseListAnnotation,
  type StoredRevision,
} from './applyset.js';

/**
 * The ApplySet parent Secret of one app in one cluster: which kinds and namespaces hold members (so pruning can find
 * them with label selectors) and the last deployed revision (so a failed deploy can be rolled back).
 *
 * Repository scoping. The id stays kubectl's hash of the parent's name and namespace (KEP-3659 defines it so, and
 * every member of an existing install carries it: changing the formula would orphan them or force relabelling every
 * object on upgrade). What keeps the same app name in two repositories apart is the parent itself: a Secret has one
 * name per namespace, so two repositories deploying app `shop` into one namespace would share it. The parent records
 * the repository (label k8deployer.io/repository) and a run from another repository is refused before it writes
 * anything, so it never shares prune, rollback or delete. Migration: a parent without the label (written by an older
 * version) or with our label is ours; the label is added on the first write. Apps in different namespaces (previews
 * included) have different parents and ids already; an app named like another's preview namespace (`shop-pr-1`)
 * still has its own parent name (`k8deployer-shop-pr-1` vs `k8deployer-shop`), hence its own id.
 */
export class ApplySetParent {
  readonly name: string;
  readonly id: string;
  private live: KubeObject | undefined;

  constructor(
    private readonly client: ClusterClient,
    readonly app: string,
    readonly namespace: string,
    private readonly repository?: RepositoryIdentity,
  ) {
    this.name = parentName(app);
    this.id = applySetId(this.name, namespace);
  }

  get exists(): boolean {
    return this.live !== undefined;
  }

  get revision(): number {
    return Number(this.live?.metadata.annotations?.[RevisionKeys.revision] ?? 0) || 0;
  }

  get revisionHash(): string | undefined {
    return this.live?.metadata.annotations?.[RevisionKeys.hash];
  }

  get groupKinds(): string[] {
    return parseListAnnotation(this.live?.metadata.annotations?.[ApplySetKeys.containsGroupKinds]);
  }

  get additionalNamespaces(): string[] {
    return parseListAnnotation(this.live?.metadata.annotations?.[ApplySetKeys.additionalNamespaces]);
  }

  /**
   * Reads the parent and checks it is this app's and this repository's; call it before the first write of a run
   * (load reads it again under the lease).
   */
  async verifyOwner(): Promise<void> {
    this.live = await this.client.get({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
    if (!this.live) return;
    const labelled = this.live.metadata.labels?.[ApplySetKeys.id];
    if (labelled !== this.id) {
      throw new ClusterError(
        this.client.name,
        `Secret ${this.namespace}/${this.name} exists but is not this app's ApplySet parent`,
      );
    }
    const recorded = this.live.metadata.labels?.[repositoryLabel];
    if (recorded && this.repository && recorded !== this.repository.labelValue) {
      throw new ClusterError(
        this.client.name,
        `app ${this.app} in namespace ${this.namespace} was deployed from another repository (${repositoryLabel}=${recorded} on Secret ${this.name}, this is ${this.repository.name}); refusing to share it: rename the app or deploy into another namespace`,
      );
    }
  }

  /** Reads the parent; returns the last deployed revision when there is one. */
  async load(): Promise<StoredRevision | undefined> {
    await this.verifyOwner();
    if (!this.live) return undefined;
    const count = Number(this.live.metadata.annotations?.[RevisionKeys.chunks] ?? 0);
    if (!count) return undefined;
    const chunks: Buffer[] = [];
    for (let index = 0; index < count; index += 1) {
      const holder =
        index === 0
          ? this.live
          : await this.client.get({
              apiVersion: 'v1',
              kind: 'Secret',
              name: overflowSecretName(this.name, index),
              namespace: this.namespace,
            });
      const data = (holder?.['data'] as Record<string, string> | undefined)?.[chunkKey(index)];
      if (!data) throw new ClusterError(this.client.name, `revision chunk ${index} of ${this.name} is missing`);
      chunks.push(Buffer.from(data, 'base64'));
    }
    return decodeRevision(chunks);
  }

  /**
   * True when neither widen nor commit would write for this desired set: the parent records exactly its kinds,
   * namespaces and revision hash, and our repository.
   */
  isCurrent(objects: DesiredObject[], hash: string): boolean {
    const kinds = listAnnotation(objects.map((entry) => groupKindOf(entry.object)));
    const namespaces = listAnnotation(this.namespacesOf(objects.map((entry) => entry.object)));
    const annotations = this.live?.metadata.annotations ?? {};
    return (
      this.live !== undefined &&
      !this.repositoryToRecord() &&
      this.revisionHash === hash &&
      annotations[ApplySetKeys.containsGroupKinds] === kinds &&
      (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces
    );
  }

  /** Before applying: the parent must list every kind and namespace that will hold members (old ∪ new). */
  async widen(objects: KubeObject[]): Promise<void> {
    const kinds = listAnnotation([...this.groupKinds, ...objects.map(groupKindOf)]);
    const namespaces = listAnnotation([...this.additionalNamespaces, ...this.namespacesOf(objects)]);
    const annotations = this.live?.metadata.annotations ?? {};
    if (
      this.live &&
      !this.repositoryToRecord() &&
      annotations[ApplySetKeys.containsGroupKinds] === kinds &&
      (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces
    ) {
      return;
    }
    await this.write(kinds, namespaces);
  }

  /**
   * After a successful deploy and prune: shrink the parent to the kinds now in use and record the revision. No write
   * when nothing changed (an unchanged re-deploy leaves no trace).
   */
  async commit(objects: DesiredObject[], components: ComponentInfo[], hash: string): Promise<number> {
    const kinds = listAnnotation(objects.map((entry) => groupKindOf(entry.object)));
    const namespaces = listAnnotation(this.namespacesOf(objects.map((entry) => entry.object)));
    const annotations = this.live?.metadata.annotations ?? {};
    const sameShape =
      annotations[ApplySetKeys.containsGroupKinds] === kinds &&
      (annotations[ApplySetKeys.additionalNamespaces] ?? '') === namespaces;
    if (this.live && this.revisionHash === hash && sameShape) return this.revision;
    const revision = this.revisionHash === hash ? this.revision : this.revision + 1;
    const chunks = encodeRevision({ revision, objects, components });
    for (let index = 1; index < chunks.length; index += 1) {
      const name = overflowSecretName(this.name, index);
      // `k8deployer-shop-chunk-1` is also the parent's name of an app called `shop-chunk-1`: never write over a Secret
      // that is not one of our own chunks.
      const existing = await this.client.get({ apiVersion: 'v1', kind: 'Secret', name, namespace: this.namespace });
      if (
        existing &&
        (existing.metadata.labels?.[RevisionKeys.app] !== this.app || existing.metadata.labels?.[ApplySetKeys.id])
      ) {
        throw new ClusterError(
          this.client.name,
          `Secret ${this.namespace}/${name} exists and is not a revision chunk of app ${this.app}; refusing to overwrite it`,
        );
      }
      await this.client.apply({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: {
          name: overflowSecretName(this.name, index),
          namespace: this.namespace,
          labels: { [RevisionKeys.app]: this.app },
        },
        type: 'Opaque',
        data: { [chunkKey(index)]: chunks[index]?.toString('base64') ?? '' },
      });
    }
    await this.write(kinds, namespaces, {
      revision,
      hash,
      data: { [chunkKey(0)]: chunks[0]?.toString('base64') ?? '' },
      chunks: chunks.length,
    });
    return revision;
  }

  /** Every object labelled as a member, found through the kinds and namespaces the parent lists. */
  async listMembers(): Promise<KubeObject[]> {
    const namespaces = [this.namespace, ...this.additionalNamespaces];
    const selector = `${ApplySetKeys.partOf}=${this.id}`;
    const lists = await Promise.all(
      this.groupKinds.map(async (groupKind) => {
        const { group, kind } = parseGroupKind(groupKind);
        let resource;
        try {
          resource = await this.client.resourceForGroupKind(group, kind);
        } catch (error) {
          // A kind whose CRD is gone has no members left to find.
          if (isNotFound(error) || error instanceof ClusterError) return [];
          throw error;
        }
        if (!resource.namespaced) return this.client.list(resource.apiVersion, kind, { labelSelector: selector });
        const perNamespace = await Promise.all(
          namespaces.map((namespace) =>
            this.client.list(resource.apiVersion, kind, { namespace, labelSelector: selector }),
          ),
        );
        return perNamespace.flat();
      }),
    );
    return lists.flat();
  }

  async remove(): Promise<void> {
    const count = Number(this.live?.metadata.annotations?.[RevisionKeys.chunks] ?? 0);
    for (let index = 1; index < count; index += 1) {
      await this.client.delete({
        apiVersion: 'v1',
        kind: 'Secret',
        name: overflowSecretName(this.name, index),
        namespace: this.namespace,
      });
    }
    await this.client.delete({ apiVersion: 'v1', kind: 'Secret', name: this.name, namespace: this.namespace });
    this.live = undefined;
  }

  /** Our repository's label value when the parent does not carry it yet (a parent of an older version). */
  private repositoryToRecord(): string | undefined {
    const value = this.repository?.labelValue;
    return value && this.live?.metadata.labels?.[repositoryLabel] !== value ? value : undefined;
  }

  private namespacesOf(objects: KubeObject[]): string[] {
    return objects.map((object) => object.metadata.namespace ?? '').filter((ns) => ns && ns !== this.namespace);
  }

  private async write(
    kinds: string,
    namespaces: string,
    revision?: { revision: number; hash: string; data: Record<string, string>; chunks: number },
  ): Promise<void> {
    const annotations: Record<string, string> = {
      ...this.live?.metadata.annotations,
      [ApplySetKeys.tooling]: TOOLING,
      [ApplySetKeys.containsGroupKinds]: kinds,
    };
    if (namespaces) annotations[ApplySetKeys.additionalNamespaces] = namespaces;
    else delete annotations[ApplySetKeys.additionalNamespaces];
    if (revision) {
      annotations[RevisionKeys.revision] = String(revision.revision);
      annotations[RevisionKeys.hash] = revision.hash;
      annotations[RevisionKeys.chunks] = String(revision.chunks);
    }
    const object: KubeObject = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        ...(this.live?.metadata ?? {}),
        name: this.name,
        namespace: this.namespace,
        labels: {
          ...this.live?.metadata.labels,
          [ApplySetKeys.id]: this.id,
          [RevisionKeys.app]: this.app,
          ...(this.repository ? { [repositoryLabel]: this.repository.labelValue } : {}),
        },
        annotations,
      },
      type: 'Opaque',
      data: revision ? revision.data : (this.live?.['data'] ?? {}),
    };
    delete object.metadata['managedFields'];
    // create / update (not apply): the resourceVersion makes a concurrent writer fail instead of being overwritten.
    this.live = this.live ? await this.client.replace(object) : await this.client.create(object);
  }
}
