import { createHash } from 'node:crypto';
import type { SpecProblem } from '../errors.js';
import { partOfLabel } from '../kube/labels.js';
import type { KubeObject } from '../kube/object.js';
import type { ClusterTarget } from '../spec/load.js';
import type { Component, ComponentDefaults } from '../spec/spec-types.generated.js';
import { componentKind } from '../spec/rules.js';

export const managedBy = 'k8deployer';
/** Objects of the app itself (namespace, secrets) belong to this pseudo component; it cannot clash with a DNS label. */
export const appComponent = '(app)';

export interface RenderOptions {
  /** Contents of referenced files by path as written in the spec (from loadSpec). */
  files: ReadonlyMap<string, string>;
  /**
   * What each kind: helm / kustomize component rendered to, by packagedKey(cluster, component) (src/packaging runs
   * the tools before rendering, so rendering stays pure). Absent for a component: rendering it is an error.
   */
  packaged?: ReadonlyMap<string, { text: string; renderer: string }>;
  /** Environment holding deploy-time secret values. */
  env: Record<string, string | undefined>;
  /** 'error' (deploy, plan) refuses missing secret values; 'placeholder' (offline render) fills in a marker. */
  missingSecrets: 'error' | 'placeholder';
  /** Locates a spec node for error messages; pointers are of the spec as written. */
  problemAt: (pointer: string, message: string) => SpecProblem;
}

export interface RenderContext {
  target: ClusterTarget;
  app: string;
  namespace: string;
  options: RenderOptions;
  /** Data of the spec's secrets by name, for checksums that roll pods when a secret changes. */
  secretChecksums: Map<string, string>;
  /** Docker-config secrets of the spec, used for image pulls unless a component names its own. */
  registrySecrets: string[];
  /** Pointer of a component in the spec as written (components are flattened and filtered per cluster). */
  componentPointer: (name: string) => string;
}

/** A component with the spec's defaults folded in. */
export type EffectiveComponent = Component & { kind: NonNullable<Component['kind']> };

export function withDefaults(component: Component, defaults: ComponentDefaults | undefined): EffectiveComponent {
  const merged: Component = { ...component };
  if (defaults) {
    const simple = [
      'replicas',
      'imagePullSecrets',
      'imagePullPolicy',
      'nodeSelector',
      'tolerations',
      'readOnlyRootFilesystem',
      'runAsUser',
      'runAsGroup',
      'fsGroup',
      'topologySpread',
      'revisionHistoryLimit',
      'networkPolicy',
    ] as const;
    for (const key of simple) {
      if (merged[key] === undefined && defaults[key] !== undefined)
        (merged as unknown as Record<string, unknown>)[key] = defaults[key];
    }
    // Only Deployments have a strategy: the spec-wide default does not reach jobs, stateful sets and the like.
    const kind = componentKind(component);
    if (merged.strategy === undefined && defaults.strategy !== undefined && (kind === 'service' || kind === 'worker'))
      merged.strategy = defaults.strategy;
    if (defaults.env) merged.env = { ...defaults.env, ...component.env };
    if (defaults.labels) merged.labels = { ...defaults.labels, ...component.labels };
    // Merged like env and labels: a component adding one annotation must not drop the spec-wide ones.
    if (defaults.podAnnotations) merged.podAnnotations = { ...defaults.podAnnotations, ...component.podAnnotations };
    if (defaults.resources) {
      merged.resources = {
        requests: { ...defaults.resources.requests, ...component.resources?.requests },
        limits: { ...defaults.resources.limits, ...component.resources?.limits },
      };
    }
  }
  return { ...merged, kind: componentKind(component) };
}

export function contentHash(value: unknown, length = 10): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, length);
}

/** The image's tag, or undefined for digests and untagged images. */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? undefined : image.slice(colon + 1);
}

/** Label values: at most 63 characters of [-A-Za-z0-9_.], alphanumeric at both ends. */
export function labelValue(text: string): string {
  return text
    .replace(/[^-A-Za-z0-9_.]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

export function selectorLabels(context: RenderContext, component: string): Record<string, string> {
  return { 'app.kubernetes.io/name': component, 'app.kubernetes.io/instance': context.app };
}

/**
 * The app.kubernetes.io labels of a component's objects. The version label goes only on the workload and its pods
 * (what actually runs that version): on every object it would make each release rewrite all of them.
 */
export function componentLabels(
  context: RenderContext,
  component: EffectiveComponent,
  options: { withVersion?: boolean } = {},
): Record<string, string> {
  const version = options.withVersion
    ? (context.target.spec.version ?? (component.image ? imageTag(component.image) : undefined))
    : undefined;
  const labels: Record<string, string> = {
    ...context.target.spec.labels,
    ...component.labels,
    ...selectorLabels(context, component.name),
    'app.kubernetes.io/component': component.kind,
    [partOfLabel]: context.app,
    'app.kubernetes.io/managed-by': managedBy,
  };
  const cleanVersion = version ? labelValue(version) : '';
  if (cleanVersion) labels['app.kubernetes.io/version'] = cleanVersion;
  return labels;
}

export function appLabels(context: RenderContext): Record<string, string> {
  return {
    ...context.target.spec.labels,
    [partOfLabel]: context.app,
    'app.kubernetes.io/instance': context.app,
    'app.kubernetes.io/managed-by': managedBy,
  };
}

export function objectMeta(
  context: RenderContext,
  name: string,
  labels: Record<string, string>,
  options: { namespaced?: boolean; annotations?: Record<string, string> } = {},
): KubeObject['metadata'] {
  const metadata: KubeObject['metadata'] = { name };
  if (options.namespaced !== false) metadata.namespace = context.namespace;
  metadata.labels = labels;
  const annotations = { ...context.target.spec.annotations, ...options.annotations };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return metadata;
}
