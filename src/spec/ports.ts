import type { Component } from './spec-types.generated.js';

/** A main-container port with its default name: http for the first port (or the `port` shorthand), else port-<n>. */
export interface NamedPort {
  name: string;
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
}

export function mainContainerPorts(component: Pick<Component, 'port' | 'ports'>): NamedPort[] {
  if (component.port !== undefined) return [{ name: 'http', port: component.port, protocol: 'TCP' }];
  return (component.ports ?? []).map((port, index) => ({
    name: port.name ?? (index === 0 ? 'http' : `port-${port.port}`),
    port: port.port,
    protocol: port.protocol ?? 'TCP',
  }));
}

/** Ports of an init container or sidecar, named port-<n> unless named. */
export function extraContainerPorts(container: {
  ports?: { name?: string; port: number; protocol?: 'TCP' | 'UDP' | 'SCTP' }[];
}): NamedPort[] {
  return (container.ports ?? []).map((port) => ({
    name: port.name ?? `port-${port.port}`,
    port: port.port,
    protocol: port.protocol ?? 'TCP',
  }));
}

/** A port reference (name, number, or a number written as a string) → the declared port it means, first match. */
export function resolvePodPort(ref: string | number, ports: readonly NamedPort[]): NamedPort | undefined {
  const number = typeof ref === 'number' ? ref : /^\d+$/.test(ref) ? Number(ref) : undefined;
  return ports.find((port) => (number === undefined ? port.name === ref : port.port === number));
}
