import type { KubeObject } from '../kube/object.js';
import { componentLabels, objectMeta, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';
import type { NormalizedPort } from './pod.js';

export function renderService(
  context: RenderContext,
  component: EffectiveComponent,
  ports: NormalizedPort[],
): { object?: KubeObject; skipWait: boolean } {
  const exposed = ports.filter((port) => port.expose);
  const requested = component.service?.type ?? (component.kind === 'statefulset' ? 'Headless' : 'ClusterIP');
  if (exposed.length === 0 || requested === 'None') return { skipWait: false };
  const isLoadBalancer = requested === 'LoadBalancer';
  const annotations = {
    ...(isLoadBalancer ? context.target.profile.loadBalancerAnnotations : {}),
    ...component.service?.annotations,
  };
  const spec: Record<string, unknown> = {
    type: requested === 'Headless' ? 'ClusterIP' : requested,
    selector: selectorLabels(context, component.name),
    ports: exposed.map((port) => ({
      name: port.name,
      port: port.servicePort,
      targetPort: port.name,
      protocol: port.protocol,
      ...(port.nodePort !== undefined && requested !== 'ClusterIP' && requested !== 'Headless'
        ? { nodePort: port.nodePort }
        : {}),
    })),
  };
  if (requested === 'Headless') {
    spec.clusterIP = 'None';
    // Peers of a stateful set must find each other before they are ready (e.g. to form a quorum).
    spec.publishNotReadyAddresses = component.kind === 'statefulset';
  }
  if (component.service?.externalTrafficPolicy && (requested === 'NodePort' || isLoadBalancer))
    spec.externalTrafficPolicy = component.service.externalTrafficPolicy;
  return {
    object: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: objectMeta(context, component.name, componentLabels(context, component), { annotations }),
      spec,
    },
    skipWait: isLoadBalancer && component.service?.waitForAddress === false,
  };
}

export function renderIngress(
  context: RenderContext,
  component: EffectiveComponent,
  ports: NormalizedPort[],
): { object?: KubeObject; urls: string[] } {
  const ingress = component.ingress;
  if (!ingress) return { urls: [] };
  const hosts = [...(ingress.host ? [ingress.host] : []), ...(ingress.hosts ?? [])];
  const paths = ingress.paths ?? ['/'];
  const target =
    ingress.port === undefined
      ? ports[0]
      : ports.find(
          (port) => port.name === ingress.port || port.port === ingress.port || port.servicePort === ingress.port,
        );
  const backend = {
    service: { name: component.name, port: target ? { name: target.name } : { number: Number(ingress.port) } },
  };
  const httpPaths = paths.map((path) => ({ path, pathType: ingress.pathType ?? 'Prefix', backend }));
  const rules =
    hosts.length > 0 ? hosts.map((host) => ({ host, http: { paths: httpPaths } })) : [{ http: { paths: httpPaths } }];
  const tls = ingress.tls ?? (ingress.issuer !== undefined || ingress.tlsSecret !== undefined);
  const annotations: Record<string, string> = { ...context.target.profile.ingressAnnotations, ...ingress.annotations };
  if (ingress.issuer) annotations['cert-manager.io/cluster-issuer'] = ingress.issuer;
  const spec: Record<string, unknown> = { rules };
  const className = ingress.className ?? context.target.profile.ingressClass;
  if (className) spec.ingressClassName = className;
  if (tls && hosts.length > 0) spec.tls = [{ hosts, secretName: ingress.tlsSecret ?? `${component.name}-tls` }];
  const scheme = tls ? 'https' : 'http';
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: objectMeta(context, component.name, componentLabels(context, component), { annotations }),
      spec,
    },
    urls: hosts.map((host) => `${scheme}://${host}${paths[0] === '/' ? '' : paths[0]}`),
  };
}

/**
 * Admits traffic only to the declared ports (main container and sidecars, which every Service of the component
 * targets);
 * egress stays open (DNS, APIs) since the app's needs are unknown.
 */
export function renderNetworkPolicy(
  context: RenderContext,
  component: EffectiveComponent,
  ports: readonly Pick<NormalizedPort, 'port' | 'protocol'>[],
): KubeObject | undefined {
  if (component.networkPolicy === false) return undefined;
  const ingress =
    ports.length > 0 ? [{ ports: ports.map((port) => ({ port: port.port, protocol: port.protocol })) }] : [];
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: objectMeta(context, component.name, componentLabels(context, component)),
    spec: {
      podSelector: { matchLabels: selectorLabels(context, component.name) },
      policyTypes: ['Ingress', 'Egress'],
      ingress,
      egress: [{}],
    },
  };
}
