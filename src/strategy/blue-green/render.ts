// Pure: a component's ordinary objects (one Deployment, one Service) → the blue-green layout, rendered as if blue
// were the only color. The resolver (resolve.ts) repaints it with the colors the cluster's state calls for.
import { createHash } from 'node:crypto';
import type { KubeObject } from '../../kube/object.js';
import { BlueGreenKeys, BlueGreenRole, Color, colorLabel, type BlueGreenMark, type BlueGreenOptions } from './types.js';

export interface MarkedObject {
  object: KubeObject;
  blueGreen?: BlueGreenMark;
}

export function previewServiceName(name: string): string {
  return `${name}-preview`;
}

export function colorName(name: string, color: Color): string {
  return `${name}-${color}`;
}

/**
 * The component's objects in blue-green form: Deployment `<name>` becomes `<name>-blue` (its version hash in an
 * annotation, the color on its pods and selector), the Service `<name>` selects the color, a ClusterIP Service
 * `<name>-preview` selects it too, an autoscaler targets it. Throws a message (for a positioned error) when the
 * component has no Deployment or no Service of its name.
 */
export function toBlueGreen(objects: KubeObject[], name: string, options: BlueGreenOptions): MarkedObject[] {
  const isWorkload = (object: KubeObject): boolean => object.kind === 'Deployment' && object.metadata.name === name;
  const isService = (object: KubeObject): boolean => object.kind === 'Service' && object.metadata.name === name;
  if (!objects.some(isWorkload)) throw new Error('blue-green needs a Deployment (kind service)');
  const service = objects.find(isService);
  if (!service) throw new Error('blue-green needs a Service: give the component a port');
  const mark = (role: BlueGreenMark['role']): BlueGreenMark => ({ role, name, options });
  const result: MarkedObject[] = [];
  for (const object of objects) {
    if (isWorkload(object)) {
      const versioned = structuredClone(object);
      versioned.metadata.annotations = {
        ...versioned.metadata.annotations,
        [BlueGreenKeys.version]: versionOf(object),
      };
      result.push({ object: paint(versioned, BlueGreenRole.Workload, name, Color.Blue), blueGreen: mark('workload') });
    } else if (isService(object)) {
      result.push({ object: paint(object, BlueGreenRole.Service, name, Color.Blue), blueGreen: mark('service') });
      result.push({
        object: paint(previewOf(object), BlueGreenRole.Preview, name, Color.Blue),
        blueGreen: mark('preview'),
      });
    } else if (object.kind === 'HorizontalPodAutoscaler' && targetName(object) === name) {
      result.push({ object: paint(object, BlueGreenRole.Autoscaler, name, Color.Blue), blueGreen: mark('autoscaler') });
    } else {
      result.push({ object });
    }
  }
  return result;
}

/** A copy of a blue-green object painted in `color`: its name, selector or target, whichever its role has. */
export function paint(object: KubeObject, role: BlueGreenRole, name: string, color: Color): KubeObject {
  const copy = structuredClone(object);
  const spec = (copy['spec'] ?? {}) as Record<string, unknown>;
  switch (role) {
    case BlueGreenRole.Workload: {
      copy.metadata.name = colorName(name, color);
      copy.metadata.labels = { ...copy.metadata.labels, [colorLabel]: color };
      const selector = (spec['selector'] ?? {}) as { matchLabels?: Record<string, string> };
      spec['selector'] = { ...selector, matchLabels: { ...selector.matchLabels, [colorLabel]: color } };
      const template = (spec['template'] ?? {}) as { metadata?: { labels?: Record<string, string> } };
      spec['template'] = {
        ...template,
        metadata: { ...template.metadata, labels: { ...template.metadata?.labels, [colorLabel]: color } },
      };
      break;
    }
    case BlueGreenRole.Service:
    case BlueGreenRole.Preview:
      spec['selector'] = { ...(spec['selector'] as Record<string, string> | undefined), [colorLabel]: color };
      break;
    case BlueGreenRole.Autoscaler:
      spec['scaleTargetRef'] = { ...(spec['scaleTargetRef'] as object), name: colorName(name, color) };
      break;
  }
  copy['spec'] = spec;
  return copy;
}

/** The color an object of the layout is painted in, read back (undefined when it carries none). */
export function colorOf(object: KubeObject, role: BlueGreenRole): Color | undefined {
  const spec = (object['spec'] ?? {}) as Record<string, unknown>;
  const value =
    role === BlueGreenRole.Workload
      ? object.metadata.labels?.[colorLabel]
      : role === BlueGreenRole.Autoscaler
        ? undefined
        : (spec['selector'] as Record<string, string> | undefined)?.[colorLabel];
  return value === Color.Blue || value === Color.Green ? value : undefined;
}

/** Stable hash of the Deployment as the spec renders it (before coloring): equal hashes = the same version. */
export function versionOf(object: KubeObject): string {
  return createHash('sha256')
    .update(JSON.stringify(sortKeys(object)))
    .digest('hex')
    .slice(0, 16);
}

/** The preview Service: the main one's ports, always ClusterIP (no second load balancer, no node ports). */
function previewOf(service: KubeObject): KubeObject {
  const spec = structuredClone((service['spec'] ?? {}) as Record<string, unknown>);
  const ports = ((spec['ports'] ?? []) as Record<string, unknown>[]).map(({ nodePort: _dropped, ...port }) => port);
  const headless = spec['clusterIP'] === 'None';
  // Load balancer annotations are the main Service's business.
  const { annotations: _annotations, ...metadata } = service.metadata;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { ...metadata, name: previewServiceName(service.metadata.name) },
    spec: {
      type: 'ClusterIP',
      ...(headless ? { clusterIP: 'None' } : {}),
      selector: spec['selector'],
      ports,
    },
  };
}

function targetName(object: KubeObject): unknown {
  return ((object['spec'] as Record<string, unknown> | undefined)?.['scaleTargetRef'] as { name?: unknown })?.name;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  return value;
}
