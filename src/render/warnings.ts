import type { KubeObject } from '../kube/object.js';
import type { RenderedApp } from './types.js';

/**
 * Mistakes the API server accepts without a word and that show up only as a pod that never gets Ready or a Service
 * with no endpoints: a probe on a port the container does not declare, a Service targetPort no selected container
 * has, a Service selecting no pod of the app. Warnings, not errors: each can be intended (a port not declared on
 * purpose, a Service for pods of another app). Pure: computed from the rendered objects, after patches.
 */
export interface RenderWarning {
  component: string;
  message: string;
  /** The rendered object the warning is about. */
  object: { kind: string; name: string };
  /** The offending field, for locating it in the spec or the manifest file it came from (warning-source.ts). */
  field: WarningField;
}

/** Which field of the object is wrong: what warning-source.ts looks for in the text the object came from. */
export type WarningField =
  | { kind: 'probe'; probe: 'readiness' | 'liveness' | 'startup'; container: string; port: number | string }
  | { kind: 'targetPort'; target: number | string }
  | { kind: 'selector' };

interface Container {
  name?: string;
  ports?: { containerPort?: number; name?: string }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface Probe {
  httpGet?: { port?: number | string };
  tcpSocket?: { port?: number | string };
  grpc?: { port?: number };
}
interface Template {
  owner: string;
  object: { kind: string; name: string };
  component: string;
  labels: Record<string, string>;
  containers: Container[];
}

export function renderWarnings(rendered: RenderedApp): RenderWarning[] {
  const warnings: RenderWarning[] = [];
  const templates = rendered.objects.flatMap(({ component, object }) => {
    const template = podTemplateOf(object);
    const ref = { kind: object.kind, name: object.metadata.name };
    return template ? [{ ...template, component, object: ref, owner: `${object.kind} ${object.metadata.name}` }] : [];
  });
  for (const template of templates) warnings.push(...probeWarnings(template));
  for (const { component, object } of rendered.objects) {
    if (object.kind !== 'Service' || object.apiVersion !== 'v1') continue;
    warnings.push(...serviceWarnings(component, object, templates));
  }
  return warnings;
}

/** The pod template fields these checks read; rendered objects are loosely typed, so every level is optional. */
interface PodTemplateFields {
  metadata?: { labels?: Record<string, string> };
  spec?: { containers?: Container[]; initContainers?: (Container & { restartPolicy?: string })[] };
}

/** Where each workload kind keeps its pod template. */
interface WorkloadSpecFields {
  template?: PodTemplateFields;
  jobTemplate?: { spec?: { template?: PodTemplateFields } };
}

function podTemplateOf(object: KubeObject): Omit<Template, 'owner' | 'component' | 'object'> | undefined {
  const spec = object.spec as (WorkloadSpecFields & PodTemplateFields['spec']) | undefined;
  const template: PodTemplateFields | undefined =
    object.kind === 'Pod'
      ? { metadata: object.metadata, spec }
      : object.kind === 'CronJob'
        ? spec?.jobTemplate?.spec?.template
        : ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object.kind)
          ? spec?.template
          : undefined;
  if (!template?.spec) return undefined;
  const sidecars = (template.spec.initContainers ?? []).filter((container) => container.restartPolicy === 'Always');
  return {
    labels: template.metadata?.labels ?? {},
    containers: [...(template.spec.containers ?? []), ...sidecars],
  };
}

const probeKinds = [
  ['readinessProbe', 'readiness'],
  ['livenessProbe', 'liveness'],
  ['startupProbe', 'startup'],
] as const;

function probeWarnings(template: Template): RenderWarning[] {
  const warnings: RenderWarning[] = [];
  for (const container of template.containers) {
    const ports = container.ports ?? [];
    for (const [field, kind] of probeKinds) {
      const probe = container[field];
      const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port ?? probe?.grpc?.port;
      if (port === undefined) continue;
      const declared = ports.some((entry) => (typeof port === 'number' ? entry.containerPort : entry.name) === port);
      if (declared) continue;
      const known = ports.map((entry) =>
        entry.name ? `${entry.name}=${entry.containerPort}` : String(entry.containerPort),
      );
      // A named port must exist (the probe cannot resolve it); a number works but is usually a typo of the port.
      warnings.push({
        component: template.component,
        object: template.object,
        field: { kind: 'probe', probe: kind, container: container.name ?? '', port },
        message: `${template.owner}: ${kind} probe of container ${container.name ?? '?'} uses port ${port}, which the container does not declare (${known.length > 0 ? `ports: ${known.join(', ')}` : 'it declares no ports'})`,
      });
    }
  }
  return warnings;
}

function serviceWarnings(component: string, service: KubeObject, templates: Template[]): RenderWarning[] {
  const spec = (service.spec ?? {}) as {
    selector?: Record<string, string>;
    type?: string;
    ports?: { port?: number; targetPort?: number | string; name?: string }[];
  };
  const selector = spec.selector ?? {};
  // No selector: endpoints are managed by hand (or ExternalName); nothing to check.
  if (Object.keys(selector).length === 0 || spec.type === 'ExternalName') return [];
  const label = `Service ${service.metadata.name}`;
  const object = { kind: 'Service', name: service.metadata.name };
  const selected = templates.filter((template) =>
    Object.entries(selector).every(([key, value]) => template.labels[key] === value),
  );
  if (selected.length === 0) {
    const shown = Object.entries(selector)
      .map(([key, value]) => `${key}=${value}`)
      .join(',');
    return [
      {
        component,
        object,
        field: { kind: 'selector' },
        message: `${label}: selector ${shown} matches no pod template of the app; the Service will have no endpoints`,
      },
    ];
  }
  const warnings: RenderWarning[] = [];
  for (const port of spec.ports ?? []) {
    const target = port.targetPort ?? port.port;
    if (target === undefined) continue;
    const matches = selected.some((template) =>
      template.containers.some((container) =>
        (container.ports ?? []).some((entry) =>
          typeof target === 'number' ? entry.containerPort === target : entry.name === target,
        ),
      ),
    );
    if (matches) continue;
    const owners = selected.map((template) => {
      const ports = template.containers.flatMap((container) =>
        (container.ports ?? []).map((entry) =>
          entry.name ? `${entry.name}=${entry.containerPort}` : String(entry.containerPort),
        ),
      );
      return `${template.owner}: ${ports.length > 0 ? ports.join(', ') : 'no ports'}`;
    });
    warnings.push({
      component,
      object,
      field: { kind: 'targetPort', target },
      message: `${label}: targetPort ${target} (port ${port.port ?? '?'}) matches no container port of the pods it selects (${owners.join('; ')})`,
    });
  }
  return warnings;
}
