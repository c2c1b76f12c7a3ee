import type { Component } from './spec-types.generated.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;

/**
 * `ingress.gateway` renders an HTTPRoute: TLS, the class and cert-manager are the Gateway listener's business, and
 * the route has no implementation-specific path type, so those Ingress fields are refused with how to do it.
 */
export function checkGatewayRoute(component: Component, pointer: string, at: At): void {
  const ingress = component.ingress;
  if (!ingress?.gateway) return;
  const listenerFields = ['tls', 'tlsSecret', 'issuer', 'className'] as const;
  for (const key of listenerFields) {
    if (ingress[key] !== undefined)
      at(
        `${pointer}/${key}`,
        `${key} does not apply with ingress.gateway: TLS and the class are set on the Gateway's listener (parentRefs[].sectionName picks it)`,
        true,
      );
  }
  if (ingress.pathType === 'ImplementationSpecific')
    at(`${pointer}/pathType`, `an HTTPRoute has no ImplementationSpecific paths: use Prefix or Exact`);
  if (ingress.gateway.parentRefs.length === 0)
    at(`${pointer}/gateway/parentRefs`, `parentRefs needs at least one Gateway`);
}
