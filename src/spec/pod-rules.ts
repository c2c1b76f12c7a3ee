import type { Component, Container, HttpProbe, LifecycleHandler, Probes } from './spec-types.generated.js';
import type { PlacedComponent } from './groups.js';
import { extraContainerPorts, mainContainerPorts, resolvePodPort, type NamedPort } from './ports.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;
type Kind = NonNullable<Component['kind']>;

const podKinds = new Set<Kind>(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);

/**
 * Rules for the pod fields (containers, probes, lifecycle hooks, extra Services) that JSON Schema cannot say:
 * unique names, references to declared ports and volumes, hook combinations.
 */
export function checkPodFields(component: Component, kind: Kind, pointer: string, at: At): void {
  const initContainers = component.initContainers ?? [];
  const sidecars = component.sidecars ?? [];
  if (!podKinds.has(kind)) {
    for (const field of ['initContainers', 'sidecars', 'services', 'lifecycle', 'containerName'] as const) {
      if (component[field] !== undefined)
        at(`${pointer}/${field}`, `${field} is only for components that run pods (this is a ${kind})`, true);
    }
    return;
  }
  const mainName = component.containerName ?? component.name;
  const containerNames = new Map<string, string>([
    [mainName, component.containerName !== undefined ? 'containerName' : 'the main container'],
  ]);
  const mainPorts = mainContainerPorts(component);
  const podPorts = new Map<string, string>(mainPorts.map((port) => [port.name, 'the main container']));
  const podNumbers = new Map<string, string>(
    mainPorts.map((port) => [`${port.port}/${port.protocol}`, 'the main container']),
  );
  const volumeNames = new Set([
    ...(component.volumes ?? []).map((volume) => volume.name),
    ...(component.storage ?? []).map((storage) => storage.name),
    ...(component.config ?? []).map((config, index) => config.name ?? (index === 0 ? 'config' : `config-${index + 1}`)),
  ]);

  const checkContainer = (container: Container, list: 'initContainers' | 'sidecars', index: number): void => {
    const at_ = `${pointer}/${list}/${index}`;
    const label = `${list}[${index}] (${container.name})`;
    const clash = containerNames.get(container.name);
    if (clash !== undefined) at(`${at_}/name`, `container name '${container.name}' is already used by ${clash}`);
    else containerNames.set(container.name, label);
    if (container.image === undefined && component.image === undefined)
      at(at_, `${label} needs an image (the component has none to inherit)`, true);
    const ports = extraContainerPorts(container);
    ports.forEach((port, portIndex) => {
      const nameClash = podPorts.get(port.name);
      if (nameClash !== undefined)
        at(
          `${at_}/ports/${portIndex}`,
          `port name '${port.name}' is already used by ${nameClash} (port names are unique in the pod)`,
          true,
        );
      podPorts.set(port.name, label);
      const key = `${port.port}/${port.protocol}`;
      const numberClash = podNumbers.get(key);
      if (numberClash !== undefined)
        at(
          `${at_}/ports/${portIndex}/port`,
          `port ${key} is already used by ${numberClash} (containers of a pod share its network)`,
        );
      podNumbers.set(key, label);
    });
    if (list === 'initContainers') {
      // Kubernetes refuses probes and hooks on init containers that are not sidecars.
      if (container.probes !== undefined)
        at(
          `${at_}/probes`,
          `an init container runs to completion and takes no probes (a container that keeps running is a sidecar)`,
          true,
        );
      if (container.lifecycle !== undefined)
        at(
          `${at_}/lifecycle`,
          `an init container takes no lifecycle hooks (a container that keeps running is a sidecar)`,
          true,
        );
    } else {
      checkProbes(container.probes, ports, `${at_}/probes`, true, at);
      checkLifecycle(container.lifecycle, ports, `${at_}/lifecycle`, at);
    }
    container.volumeMounts?.forEach((mount, mountIndex) => {
      if (!volumeNames.has(mount.name)) {
        at(
          `${at_}/volumeMounts/${mountIndex}/name`,
          `'${mount.name}' is not a volume, storage claim or config of component '${component.name}'${volumeNames.size ? ` (known: ${[...volumeNames].join(', ')})` : ''}`,
        );
      }
    });
  };
  initContainers.forEach((container, index) => checkContainer(container, 'initContainers', index));
  sidecars.forEach((container, index) => checkContainer(container, 'sidecars', index));

  if (kind !== 'job' && kind !== 'cronjob') checkProbes(component.probes, mainPorts, `${pointer}/probes`, false, at);
  checkLifecycle(component.lifecycle, mainPorts, `${pointer}/lifecycle`, at);
  const preStop = component.lifecycle?.preStop;
  const grace = component.terminationGracePeriodSeconds;
  if (preStop && preStop.sleep !== undefined && grace !== undefined && grace <= preStop.sleep) {
    at(
      `${pointer}/terminationGracePeriodSeconds`,
      `terminationGracePeriodSeconds (${grace}) must be more than the preStop sleep (${preStop.sleep}), or the app gets no time to shut down`,
    );
  }
  checkServicePorts(component, kind, pointer, [...mainPorts, ...sidecars.flatMap(extraContainerPorts)], at);
}

function describePorts(ports: readonly NamedPort[]): string {
  return ports.length > 0
    ? ` (ports: ${ports.map((port) => `${port.name}=${port.port}`).join(', ')})`
    : ' (it declares no ports)';
}

/** A probe or hook naming a port must name one of its own container's ports: a typo would only show up as restarts. */
function checkPortName(port: string | number | undefined, ports: readonly NamedPort[], pointer: string, at: At): void {
  if (typeof port !== 'string' || /^\d+$/.test(port)) return;
  if (!ports.some((candidate) => candidate.name === port))
    at(pointer, `port '${port}' is not a port of this container${describePorts(ports)}`);
}

function checkProbes(
  probes: Probes | undefined,
  ports: readonly NamedPort[],
  pointer: string,
  sidecar: boolean,
  at: At,
): void {
  if (!probes) return;
  for (const kind of ['readiness', 'liveness', 'startup'] as const) {
    const probe: HttpProbe | false | undefined = probes[kind];
    if (!probe) continue;
    const where = `${pointer}/${kind}`;
    const handlers = [
      probe.exec !== undefined,
      probe.tcp === true,
      probe.path !== undefined,
      probe.grpc !== undefined,
    ].filter(Boolean).length;
    if (handlers > 1) at(where, `a probe checks one way: give one of path, grpc, tcp or exec`, true);
    if (probe.exec === undefined && probe.port === undefined && ports.length === 0)
      at(where, `this probe needs a port: the container declares none (give port, or exec)`, true);
    checkPortName(probe.port, ports, `${where}/port`, at);
    if (
      (probe.headers !== undefined || probe.scheme !== undefined) &&
      (probe.grpc !== undefined || probe.tcp || probe.exec)
    )
      at(where, `headers and scheme are for HTTP probes`, true);
  }
  if (probes.path !== undefined && probes.grpc !== undefined)
    at(pointer, `give either path or grpc as the probe shorthand, not both`, true);
  if (sidecar && (probes.path !== undefined || probes.grpc !== undefined) && ports.length === 0)
    at(pointer, `the probe shorthand needs a port: the container declares none`, true);
}

function checkLifecycle(lifecycle: Component['lifecycle'], ports: readonly NamedPort[], pointer: string, at: At): void {
  for (const hook of ['preStop', 'postStart'] as const) {
    const handler: LifecycleHandler | false | undefined = lifecycle?.[hook];
    if (!handler) continue;
    const where = `${pointer}/${hook}`;
    const given = (['sleep', 'exec', 'path'] as const).filter((key) => handler[key] !== undefined);
    if (given.length !== 1)
      at(
        where,
        `a ${hook} hook needs exactly one of sleep, exec or path, found ${given.length === 0 ? 'none' : given.join(' and ')}`,
        true,
      );
    if ((handler.port !== undefined || handler.headers !== undefined) && handler.path === undefined)
      at(where, `port and headers are for an HTTP hook (path)`, true);
    if (handler.path !== undefined && handler.port === undefined && ports.length === 0)
      at(where, `this HTTP hook needs a port: the container declares none`, true);
    checkPortName(handler.port, ports, `${where}/port`, at);
  }
}

function checkServicePorts(
  component: Component,
  kind: Kind,
  pointer: string,
  podPorts: readonly NamedPort[],
  at: At,
): void {
  const services = component.services ?? [];
  if (services.length === 0) return;
  if (kind === 'job' || kind === 'cronjob') {
    at(`${pointer}/services`, `a ${kind} runs to completion and has no Services`, true);
    return;
  }
  const exposed = (component.ports ?? (component.port !== undefined ? [{ port: component.port }] : [])).filter(
    (port) => !('expose' in port) || port.expose !== false,
  );
  services.forEach((service, index) => {
    const where = `${pointer}/services/${index}`;
    if (service.ports === undefined && exposed.length === 0)
      at(where, `service '${service.name}' needs ports: the component exposes none`, true);
    const targets = new Map<string, number>();
    service.ports?.forEach((ref, refIndex) => {
      const entry = typeof ref === 'object' ? ref : { port: ref };
      const refPointer = typeof ref === 'object' ? `${where}/ports/${refIndex}/port` : `${where}/ports/${refIndex}`;
      const target = resolvePodPort(entry.port, podPorts);
      if (!target) {
        at(
          refPointer,
          `port ${typeof entry.port === 'number' ? entry.port : `'${entry.port}'`} is not a port of the main container or a sidecar${describePorts(podPorts)}`,
        );
        return;
      }
      const first = targets.get(target.name);
      if (first !== undefined)
        at(refPointer, `port '${target.name}' is already listed by ports[${first}] of this service`);
      targets.set(target.name, refIndex);
      if (
        typeof ref === 'object' &&
        ref.nodePort !== undefined &&
        service.type !== 'NodePort' &&
        service.type !== 'LoadBalancer'
      ) {
        at(`${where}/ports/${refIndex}/nodePort`, `nodePort is for NodePort and LoadBalancer services`);
      }
    });
  });
}

/**
 * Service names share the namespace: a component's own Service is named after it, and `services` entries must
 * clash neither with those nor with each other (the later one would silently replace the first).
 */
export function checkServiceNames(
  placed: readonly PlacedComponent[],
  kindOf: (component: Component) => Kind,
  at: At,
): void {
  const owners = new Map<string, string>();
  for (const { component } of placed) {
    const kind = kindOf(component);
    const exposed = component.port !== undefined || (component.ports ?? []).some((port) => port.expose !== false);
    if (podKinds.has(kind) && kind !== 'job' && kind !== 'cronjob' && exposed && component.service?.type !== 'None') {
      owners.set(component.name, `component '${component.name}' (its own Service)`);
    }
  }
  for (const { component, pointer } of placed) {
    component.services?.forEach((service, index) => {
      const owner = owners.get(service.name);
      if (owner !== undefined)
        at(`${pointer}/services/${index}/name`, `service name '${service.name}' is already used by ${owner}`);
      else owners.set(service.name, `services[${index}] of component '${component.name}'`);
    });
  }
}
