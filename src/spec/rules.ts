import type { SpecProblem } from '../errors.js';
import { parseQuantity } from './quantity.js';
import type { Component, K8DeployerSpec } from './spec-types.generated.js';
import { checkEnvNames } from './env-names.js';
import { expandGroupDepends, type FlatComponents } from './groups.js';
import { prototypeKeys } from './bounded-yaml.js';
import { checkKubernetesValues } from './kubernetes-rules.js';
import { specLimits } from './limits.js';
import { isPlainObject } from './merge.js';
import { problemAt, type SourceDocument } from './yaml-source.js';
import { checkPodFields, checkServiceNames } from './pod-rules.js';
import { providerNames } from './providers.js';
import { checkGatewayRoute } from './gateway-rules.js';
import { checkStrategy } from './strategy-rules.js';

const imageKinds = new Set(['service', 'worker', 'statefulset', 'daemonset', 'job', 'cronjob']);

export function componentKind(component: Component): NonNullable<Component['kind']> {
  if (component.kind) return component.kind;
  if (component.components) return 'app';
  if (component.helm) return 'helm';
  if (component.kustomize) return 'kustomize';
  if (component.files) return 'manifests';
  return component.port !== undefined || (component.ports?.length ?? 0) > 0 ? 'service' : 'worker';
}

/** Rules JSON Schema cannot say: references, uniqueness, cycles, clashes, combinations. `flat` is the spec's
 * components with app groups folded in (src/spec/groups.ts), each with its pointer in the spec as written. */
export function checkSemantics(spec: K8DeployerSpec, document: SourceDocument, flat: FlatComponents): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const at = (pointer: string, message: string, preferKey = false) =>
    problems.push(problemAt(document, pointer, message, preferKey));

  const componentNames = new Map<string, string>();
  const named = [
    ...[...flat.groups].map(([name, group]) => ({ name, pointer: group.pointer })),
    ...flat.placed.map(({ component, pointer }) => ({ name: component.name, pointer })),
  ].sort((a, b) => comparePointers(a.pointer, b.pointer));
  for (const { name, pointer } of named) {
    const first = componentNames.get(name);
    if (first !== undefined)
      at(
        `${pointer}/name`,
        `duplicate component name '${name}' (first used by ${first
          .slice(1)
          .replace(/\/(\d+)/g, '[$1]')
          .replace(/\//g, '.')})`,
      );
    else componentNames.set(name, pointer);
  }
  problems.push(...checkEnvNames(spec, document));
  const clusterNames = new Set<string>();
  (spec.clusters ?? []).forEach((cluster, index) => {
    if (clusterNames.has(cluster.name)) at(`/clusters/${index}/name`, `duplicate cluster name '${cluster.name}'`);
    clusterNames.add(cluster.name);
    const given = providerNames.filter((key) => cluster[key] !== undefined);
    if (given.length !== 1) {
      at(
        `/clusters/${index}`,
        `cluster '${cluster.name}' must name exactly one provider (${providerNames.join(', ')}), found ${given.length === 0 ? 'none' : given.join(' and ')}`,
        true,
      );
    }
    for (const name of Object.keys(cluster.components ?? {})) {
      if (!componentNames.has(name))
        at(`/clusters/${index}/components/${name}`, `overrides unknown component '${name}'`, true);
    }
  });
  const secretTypes = new Map<string, string>();
  (spec.secrets ?? []).forEach((secret, index) => {
    if (secretTypes.has(secret.name)) at(`/secrets/${index}/name`, `duplicate secret name '${secret.name}'`);
    secretTypes.set(secret.name, secret.type ?? 'opaque');
    checkSecret(secret, `/secrets/${index}`, at);
  });

  for (const [name, group] of flat.groups) {
    if (group.kind !== undefined && group.kind !== 'app')
      at(`${group.pointer}/components`, `components is only for kind: app (this is a ${group.kind})`, true);
    else if (group.members.length === 0) at(group.pointer, `app '${name}' needs components`, true);
  }
  for (const { component, pointer } of flat.placed) {
    checkComponent(component, pointer, { componentNames, clusterNames, secretTypes, at });
  }
  checkServiceNames(flat.placed, componentKind, at);
  checkCycles(flat, at);
  checkKubernetesValues(spec, flat, componentKind, at);
  (spec.releases ?? []).forEach((rule, index) =>
    checkClusterList(rule.clusters, `/releases/${index}/clusters`, clusterNames, at),
  );
  checkClusterList(spec.preview?.clusters, '/preview/clusters', clusterNames, at);
  return problems;
}

/** Document order of two JSON pointers (numeric tokens compared as numbers). */
function comparePointers(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    if (left[index] === right[index]) continue;
    const x = Number(left[index]);
    const y = Number(right[index]);
    return Number.isNaN(x) || Number.isNaN(y) ? String(left[index]).localeCompare(String(right[index])) : x - y;
  }
  return left.length - right.length;
}

type At = (pointer: string, message: string, preferKey?: boolean) => void;

function checkClusterList(names: string[] | undefined, pointer: string, clusterNames: Set<string>, at: At): void {
  names?.forEach((name, index) => {
    if (!clusterNames.has(name))
      at(
        `${pointer}/${index}`,
        `unknown cluster '${name}'${clusterNames.size ? ` (clusters: ${[...clusterNames].join(', ')})` : ''}`,
      );
  });
}

/** Fields that give a secret's value on the runner: none of them goes with `external`. */
const RUNNER_VALUE_FIELDS = [
  'fromEnv',
  'fromFile',
  'dockerConfigEnv',
  'registry',
  'usernameEnv',
  'passwordEnv',
  'certFile',
  'keyFile',
  'certEnv',
  'keyEnv',
] as const;

function checkSecret(secret: NonNullable<K8DeployerSpec['secrets']>[number], pointer: string, at: At): void {
  if (secret.external) {
    for (const field of RUNNER_VALUE_FIELDS)
      if (secret[field] !== undefined)
        at(
          `${pointer}/${field}`,
          `secret '${secret.name}' reads its values from the store (external); ${field} gives a value on the runner: use one or the other`,
          true,
        );
    if (!secret.external.keys && !secret.external.extract)
      at(
        `${pointer}/external`,
        `external secret '${secret.name}' needs keys or extract (what to read from the store)`,
        true,
      );
    return;
  }
  const type = secret.type ?? 'opaque';
  if (
    type === 'docker-config' &&
    !secret.dockerConfigEnv &&
    !(secret.registry && secret.usernameEnv && secret.passwordEnv)
  ) {
    at(
      pointer,
      `docker-config secret '${secret.name}' needs dockerConfigEnv, or registry + usernameEnv + passwordEnv`,
      true,
    );
  }
  if (type === 'tls' && !((secret.certFile || secret.certEnv) && (secret.keyFile || secret.keyEnv))) {
    at(pointer, `tls secret '${secret.name}' needs certFile or certEnv, and keyFile or keyEnv`, true);
  }
  if (type === 'opaque' && !secret.fromEnv && !secret.fromFile) {
    at(pointer, `secret '${secret.name}' needs fromEnv or fromFile`, true);
  }
}

interface ComponentContext {
  componentNames: Map<string, string>;
  clusterNames: Set<string>;
  secretTypes: Map<string, string>;
  at: At;
}

function checkComponent(component: Component, pointer: string, context: ComponentContext): void {
  const { at } = context;
  const kind = componentKind(component);
  if (imageKinds.has(kind) && !component.image)
    at(pointer, `component '${component.name}' (${kind}) needs an image`, true);
  if (kind === 'manifests') {
    if (!component.files?.length) at(pointer, `component '${component.name}' (manifests) needs files`, true);
    if (component.image)
      at(`${pointer}/image`, `a manifests component takes no image; its objects come from files`, true);
  } else if (component.files) {
    at(`${pointer}/files`, `files is only for kind: manifests`, true);
  }
  checkPackaged(component, kind, pointer, at);
  if (kind === 'cronjob' && !component.schedule) at(pointer, `cronjob '${component.name}' needs a schedule`, true);
  if (component.schedule !== undefined && kind !== 'cronjob')
    at(`${pointer}/schedule`, `schedule is only for kind: cronjob`, true);
  if (
    component.schedule &&
    component.schedule.trim().split(/\s+/).length !== 5 &&
    !component.schedule.startsWith('@')
  ) {
    at(
      `${pointer}/schedule`,
      `schedule '${component.schedule}' must have 5 fields (minute hour day month weekday) or be a macro like @daily`,
    );
  }
  if (component.storage && kind !== 'statefulset')
    at(
      `${pointer}/storage`,
      `storage is only for kind: statefulset (use volumes with persistentVolumeClaim otherwise)`,
      true,
    );
  if (component.port !== undefined && component.ports)
    at(`${pointer}/port`, `give either port or ports, not both`, true);
  const ports = component.ports ?? (component.port !== undefined ? [{ port: component.port }] : []);
  if (component.ingress && ports.length === 0) at(`${pointer}/ingress`, `ingress needs a port to route to`, true);
  if (component.ingress && (kind === 'job' || kind === 'cronjob' || kind === 'worker'))
    at(`${pointer}/ingress`, `a ${kind} cannot have an ingress`, true);
  if (kind === 'worker' && ports.length > 0) at(pointer, `a worker has no ports; use kind: service`, true);
  checkGatewayRoute(component, `${pointer}/ingress`, at);
  checkStrategy(component, kind, pointer, at);
  checkPorts(component, pointer, at);
  checkPodFields(component, kind, pointer, at);

  component.depends?.forEach((name, index) => {
    if (name === component.name) at(`${pointer}/depends/${index}`, `component '${component.name}' depends on itself`);
    else if (!context.componentNames.has(name))
      at(
        `${pointer}/depends/${index}`,
        `unknown component '${name}' in depends${suggestList(context.componentNames.keys())}`,
      );
  });
  component.clusters?.forEach((name, index) => {
    if (!context.clusterNames.has(name))
      at(`${pointer}/clusters/${index}`, `unknown cluster '${name}'${suggestList(context.clusterNames.keys())}`);
  });
  component.imagePullSecrets?.forEach((name, index) => {
    const type = context.secretTypes.get(name);
    if (type !== undefined && type !== 'docker-config')
      at(`${pointer}/imagePullSecrets/${index}`, `secret '${name}' is ${type}, not a docker-config registry secret`);
  });
  checkResources(component, pointer, at);
  component.volumes?.forEach((volume, index) => {
    const sources = ['emptyDir', 'hostPath', 'nfs', 'persistentVolumeClaim', 'secret', 'configMap'].filter(
      (key) => (volume as unknown as Record<string, unknown>)[key] !== undefined,
    );
    if (sources.length !== 1)
      at(
        `${pointer}/volumes/${index}`,
        `volume '${volume.name}' needs exactly one source (emptyDir, hostPath, nfs, persistentVolumeClaim, secret, configMap), found ${sources.length === 0 ? 'none' : sources.join(', ')}`,
        true,
      );
  });
  component.envFrom?.forEach((entry, index) => {
    if ((entry.secret === undefined) === (entry.configMap === undefined))
      at(`${pointer}/envFrom/${index}`, `envFrom entry needs exactly one of secret or configMap`, true);
  });
  component.config?.forEach((config, index) => {
    if (!config.files?.length && !config.data) at(`${pointer}/config/${index}`, `config needs files or data`, true);
    if (!config.mountPath && !config.env)
      at(`${pointer}/config/${index}`, `config needs a mountPath or env: true, or it is never used`, true);
  });
  const mountPaths = new Map<string, string>();
  const mounts = [
    ...(component.volumes ?? []).map((volume, index) => ({
      path: volume.mountPath,
      pointer: `${pointer}/volumes/${index}/mountPath`,
    })),
    ...(component.storage ?? []).map((storage, index) => ({
      path: storage.mountPath,
      pointer: `${pointer}/storage/${index}/mountPath`,
    })),
    ...(component.config ?? []).flatMap((config, index) =>
      config.mountPath ? [{ path: config.mountPath, pointer: `${pointer}/config/${index}/mountPath` }] : [],
    ),
  ];
  for (const mount of mounts) {
    const previous = mountPaths.get(mount.path);
    if (previous) at(mount.pointer, `mount path ${mount.path} is already used`);
    mountPaths.set(mount.path, mount.pointer);
  }
  if (component.pdb && component.pdb.minAvailable !== undefined && component.pdb.maxUnavailable !== undefined) {
    at(`${pointer}/pdb`, `give either minAvailable or maxUnavailable, not both`, true);
  }
  if (component.autoscale) {
    const min = component.autoscale.min ?? component.replicas ?? 1;
    if (min > component.autoscale.max)
      at(`${pointer}/autoscale`, `autoscale min (${min}) is greater than max (${component.autoscale.max})`, true);
    if (kind !== 'service' && kind !== 'worker' && kind !== 'statefulset')
      at(`${pointer}/autoscale`, `autoscale is for services, workers and stateful sets`, true);
  }
  component.patches?.forEach((patch, index) => {
    const isList = Array.isArray(patch.patch);
    if ((patch.type ?? 'merge') === 'json' && !isList)
      at(`${pointer}/patches/${index}/patch`, `a json patch is a list of operations`);
    if ((patch.type ?? 'merge') === 'merge' && isList)
      at(`${pointer}/patches/${index}/patch`, `a merge patch is a mapping; for a list of operations set type: json`);
    if (isList) checkJsonPatchPaths(patch.patch as unknown[], `${pointer}/patches/${index}/patch`, at);
  });
}

/** JSON patch paths reaching prototypes (`/__proto__/x`, `/constructor/prototype`) are refused before applying. */
function checkJsonPatchPaths(operations: unknown[], pointer: string, at: At): void {
  operations.forEach((operation, index) => {
    if (!isPlainObject(operation)) return;
    for (const field of ['path', 'from'] as const) {
      const path = operation[field];
      if (typeof path !== 'string') continue;
      const token = path.split('/').find((part) => prototypeKeys.has(part.replace(/~1/g, '/').replace(/~0/g, '~')));
      if (token !== undefined) at(`${pointer}/${index}/${field}`, `a patch path may not go through '${token}'`);
    }
  });
}

function checkPorts(component: Component, pointer: string, at: At): void {
  const ports = component.ports ?? [];
  const containerPorts = new Map<string, number>();
  const servicePorts = new Map<number, number>();
  const names = new Map<string, number>();
  ports.forEach((port, index) => {
    const key = `${port.port}/${port.protocol ?? 'TCP'}`;
    const clash = containerPorts.get(key);
    if (clash !== undefined) at(`${pointer}/ports/${index}/port`, `port ${key} is already declared by ports[${clash}]`);
    containerPorts.set(key, index);
    const servicePort = port.servicePort ?? port.port;
    const serviceClash = servicePorts.get(servicePort);
    if (serviceClash !== undefined && port.expose !== false)
      at(`${pointer}/ports/${index}`, `service port ${servicePort} clashes with ports[${serviceClash}]`, true);
    if (port.expose !== false) servicePorts.set(servicePort, index);
    if (port.name) {
      const nameClash = names.get(port.name);
      if (nameClash !== undefined)
        at(`${pointer}/ports/${index}/name`, `port name '${port.name}' is already used by ports[${nameClash}]`);
      names.set(port.name, index);
    }
  });
}

function checkResources(component: Component, pointer: string, at: At): void {
  const requests = component.resources?.requests ?? {};
  const limits = component.resources?.limits ?? {};
  for (const resource of ['cpu', 'memory', 'ephemeral-storage'] as const) {
    const request = requests[resource];
    const limit = limits[resource];
    if (request === undefined || limit === undefined) continue;
    const requested = parseQuantity(request);
    const limited = parseQuantity(limit);
    if (requested !== undefined && limited !== undefined && requested > limited) {
      at(`${pointer}/resources/requests/${resource}`, `${resource} request ${request} is more than its limit ${limit}`);
    }
  }
}

/** Iterative depth-first search (a chain of thousands of components must not exhaust the call stack). */
function checkCycles(flat: FlatComponents, at: At): void {
  const graph = new Map(
    flat.placed.map(({ component }) => [component.name, expandGroupDepends(component.depends ?? [], flat.groups)]),
  );
  const pointerOf = new Map(flat.placed.map(({ component, pointer }) => [component.name, pointer]));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  for (const root of graph.keys()) {
    if (state.has(root)) continue;
    // The current path, with each node's position in it and where its dependency list was left off.
    const path: { name: string; next: number }[] = [];
    const position = new Map<string, number>();
    const enter = (name: string) => {
      state.set(name, 'visiting');
      position.set(name, path.length);
      path.push({ name, next: 0 });
    };
    enter(root);
    while (path.length > 0) {
      const top = path[path.length - 1] as { name: string; next: number };
      const depends = graph.get(top.name) ?? [];
      if (top.next >= depends.length) {
        state.set(top.name, 'done');
        position.delete(top.name);
        path.pop();
        continue;
      }
      const name = depends[top.next++] as string;
      if (!graph.has(name) || state.get(name) === 'done') continue;
      if (state.get(name) === 'visiting') {
        if (reported.size >= specLimits.maxReportedCycles) continue;
        const cycle = [...path.slice(position.get(name)).map((entry) => entry.name), name];
        const key = [...cycle].sort().join(',');
        if (!reported.has(key)) {
          reported.add(key);
          at(`${pointerOf.get(name)}/depends`, `dependency cycle: ${cycle.join(' → ')}`, true);
        }
        continue;
      }
      enter(name);
    }
  }
}

/** Names for a hint: a spec may have a thousand components, and the hint repeats in every problem. */
function suggestList(names: Iterable<string>): string {
  const list = [...names];
  if (list.length > 20) return ` (known: ${list.slice(0, 20).join(', ')}, … ${list.length - 20} more)`;
  return list.length > 0 ? ` (known: ${list.join(', ')})` : '';
}

/** kind: helm / kustomize: their own block, nothing that builds a pod (their objects come from the chart). */
function checkPackaged(component: Component, kind: string, pointer: string, at: At): void {
  for (const [field, owner] of [
    ['helm', 'helm'],
    ['kustomize', 'kustomize'],
  ] as const) {
    if (kind === owner && !component[field])
      at(pointer, `component '${component.name}' (${owner}) needs a ${field} block`, true);
    if (kind !== owner && component[field] !== undefined)
      at(`${pointer}/${field}`, `${field} is only for kind: ${owner}`, true);
  }
  if (kind !== 'helm' && kind !== 'kustomize') return;
  for (const field of ['image', 'port', 'ports', 'files', 'initContainers', 'sidecars'] as const) {
    if (component[field] !== undefined)
      at(
        `${pointer}/${field}`,
        `a ${kind} component takes no ${field}; its objects come from the ${kind === 'helm' ? 'chart (set it in helm.values)' : 'kustomization'}`,
        true,
      );
  }
  const helm = component.helm;
  if (!helm) return;
  const remote = helm.repo !== undefined || helm.chart.startsWith('oci://');
  if (helm.repo !== undefined && helm.chart.startsWith('oci://'))
    at(`${pointer}/helm/repo`, `an oci:// chart takes no repo; the reference names its registry`, true);
  if (!remote && helm.version !== undefined)
    at(
      `${pointer}/helm/version`,
      `version is for OCI and repository charts; a chart directory's version is in its Chart.yaml`,
      true,
    );
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(helm.chart) && !helm.chart.startsWith('oci://'))
    at(
      `${pointer}/helm/chart`,
      `chart ${JSON.stringify(helm.chart)}: give an oci:// reference, a directory in the repository, or a chart name with repo: https://…`,
    );
}
