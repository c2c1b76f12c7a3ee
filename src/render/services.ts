import type { KubeObject } from '../kube/object.js';
import type { ExtraService } from '../spec/spec-types.generated.js';
import { componentLabels, objectMeta, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';
import { extraContainerPorts, resolvePodPort, type NamedPort } from '../spec/ports.js';
import type { NormalizedPort } from './pod.js';

/** Kinds whose pods serve traffic through Services (jobs run to completion and get none). */
export function hasServices(component: EffectiveComponent): boolean {
  return component.kind !== 'job' && component.kind !== 'cronjob';
}

/** Whether any Service (the component's own or one of `services`) routes to the component's pods. */
export function behindService(component: EffectiveComponent, ports: NormalizedPort[]): boolean {
  if (!hasServices(component)) return false;
  const ownService = component.service?.type !== 'None' && ports.some((port) => port.expose);
  return ownService || (component.services?.length ?? 0) > 0;
}

type PortRef = NonNullable<ExtraService['ports']>[number];

/** The component's extra Services: same selector as its own Service, their own type, ports and annotations. */
export function renderExtraServices(
  context: RenderContext,
  component: EffectiveComponent,
  ports: NormalizedPort[],
): { object: KubeObject; skipWait: boolean }[] {
  if (!hasServices(component)) return [];
  const podPorts: NamedPort[] = [...ports, ...(component.sidecars ?? []).flatMap(extraContainerPorts)];
  return (component.services ?? []).map((service) => {
    const type = service.type ?? 'ClusterIP';
    const isLoadBalancer = type === 'LoadBalancer';
    const refs: PortRef[] = service.ports ?? ports.filter((port) => port.expose).map((port) => port.name);
    const servicePorts = refs.map((ref) => {
      const entry = typeof ref === 'object' ? ref : { port: ref };
      // Validation (src/spec/pod-rules.ts) guarantees the reference names a pod port.
      const target = resolvePodPort(entry.port, podPorts) ?? {
        name: String(entry.port),
        port: Number(entry.port),
        protocol: 'TCP' as const,
      };
      const own = ports.find((port) => port.name === target.name);
      const nodePort = type === 'NodePort' || isLoadBalancer ? (entry.nodePort ?? own?.nodePort) : undefined;
      return {
        name: target.name,
        port: entry.servicePort ?? own?.servicePort ?? target.port,
        targetPort: target.name,
        protocol: target.protocol,
        ...(nodePort !== undefined ? { nodePort } : {}),
      };
    });
    const spec: Record<string, unknown> = {
      type: type === 'Headless' ? 'ClusterIP' : type,
      selector: selectorLabels(context, component.name),
      ports: servicePorts,
    };
    if (type === 'Headless') spec.clusterIP = 'None';
    if (service.externalTrafficPolicy && (type === 'NodePort' || isLoadBalancer))
      spec.externalTrafficPolicy = service.externalTrafficPolicy;
    const annotations = {
      ...(isLoadBalancer ? context.target.profile.loadBalancerAnnotations : {}),
      ...service.annotations,
    };
    const object: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: objectMeta(context, service.name, componentLabels(context, component), { annotations }),
      spec,
    };
    return { object, skipWait: isLoadBalancer && service.waitForAddress === false };
  });
}
