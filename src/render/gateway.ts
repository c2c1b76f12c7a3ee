// Gateway API routing: `ingress.gateway` renders an HTTPRoute (gateway.networking.k8s.io/v1) in place of an
// Ingress. TLS, the class and cert-manager belong to the Gateway's listeners, so the rules refuse those fields here.
import type { KubeObject } from '../kube/object.js';
import { componentLabels, objectMeta, type EffectiveComponent, type RenderContext } from './context.js';
import type { NormalizedPort } from './pod.js';

export const HTTP_ROUTE_API = 'gateway.networking.k8s.io/v1';

/** One weighted backend of the route's rules: the stable Service alone, or stable + canary during a canary. */
export interface RouteBackend {
  service: string;
  weight?: number;
}

const PATH_TYPES: Record<string, string> = { Prefix: 'PathPrefix', Exact: 'Exact' };

export function renderHttpRoute(
  context: RenderContext,
  component: EffectiveComponent,
  ports: NormalizedPort[],
  backends: RouteBackend[] = [{ service: component.name }],
): { object?: KubeObject; urls: string[] } {
  const ingress = component.ingress;
  const gateway = ingress?.gateway;
  if (!ingress || !gateway) return { urls: [] };
  const hosts = [...(ingress.host ? [ingress.host] : []), ...(ingress.hosts ?? [])];
  const paths = ingress.paths ?? ['/'];
  const port = routePort(ports, ingress.port);
  const pathType = PATH_TYPES[ingress.pathType ?? 'Prefix'] ?? 'PathPrefix';
  const spec: Record<string, unknown> = {
    parentRefs: gateway.parentRefs.map((ref) => ({
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      name: ref.name,
      ...(ref.namespace ? { namespace: ref.namespace } : {}),
      ...(ref.sectionName ? { sectionName: ref.sectionName } : {}),
      ...(ref.port !== undefined ? { port: ref.port } : {}),
    })),
    ...(hosts.length > 0 ? { hostnames: hosts } : {}),
    rules: [
      {
        matches: paths.map((path) => ({ path: { type: pathType, value: path } })),
        backendRefs: backends.map((backend) => ({
          group: '',
          kind: 'Service',
          name: backend.service,
          port,
          weight: backend.weight ?? 1,
        })),
      },
    ],
  };
  return {
    object: {
      apiVersion: HTTP_ROUTE_API,
      kind: 'HTTPRoute',
      metadata: objectMeta(context, component.name, componentLabels(context, component), {
        annotations: { ...ingress.annotations },
      }),
      spec,
    },
    urls: hosts.map((host) => `http://${host}${paths[0] === '/' ? '' : paths[0]}`),
  };
}

/** backendRefs name a Service port by number (the Gateway API has no named Service ports). */
function routePort(ports: NormalizedPort[], wanted: number | string | undefined): number {
  const target =
    wanted === undefined
      ? ports[0]
      : ports.find((port) => port.name === wanted || port.port === wanted || port.servicePort === wanted);
  return target?.servicePort ?? Number(wanted ?? 80);
}
