import type {
  Container,
  Env,
  EnvFrom,
  HttpProbe,
  LifecycleHandler,
  Port,
  Probes,
  Resources,
} from '../spec/spec-types.generated.js';
import { containerImages, deployedImage, pinMode } from '../images/pin.js';
import type { ImagePin } from './types.js';
import { contentHash, imageTag, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';
import { defaultReplicas } from './policy.js';
import { unknownChecksum } from '../kube/unknown.js';
import { parseQuantity } from '../spec/quantity.js';
import { extraContainerPorts, mainContainerPorts, resolvePodPort, type NamedPort } from '../spec/ports.js';

export const defaultUid = 10001;

export interface NormalizedPort {
  name: string;
  port: number;
  servicePort: number;
  protocol: 'TCP' | 'UDP' | 'SCTP';
  nodePort?: number;
  expose: boolean;
}

export function normalizedPorts(component: EffectiveComponent): NormalizedPort[] {
  const shorthand = component.port !== undefined;
  return mainContainerPorts(component).map((port, index) => {
    const given: Port | undefined = shorthand ? undefined : component.ports?.[index];
    const normalized: NormalizedPort = {
      ...port,
      servicePort: given?.servicePort ?? (shorthand ? 80 : port.port),
      expose: given?.expose !== false,
    };
    if (given?.nodePort !== undefined) normalized.nodePort = given.nodePort;
    return normalized;
  });
}

/** Every port the pod listens on: the main container's, then each sidecar's (init containers have finished). */
export function podPorts(component: EffectiveComponent): NamedPort[] {
  return [...normalizedPorts(component), ...(component.sidecars ?? []).flatMap(extraContainerPorts)];
}

/** Images the pod runs (main first, `name@sha256:…` when pinned), for reports. */
export function podImages(component: EffectiveComponent, context: RenderContext): string[] {
  const images = [
    component.image,
    ...[...(component.initContainers ?? []), ...(component.sidecars ?? [])].map(
      (container) => container.image ?? component.image,
    ),
  ];
  const mode = pinMode(component, context.target.spec);
  return [
    ...new Set(
      images
        .filter((image): image is string => Boolean(image))
        .map((image) => deployedImage(image, mode, context.options.pinnedImages)),
    ),
  ];
}

/** The tag → digest pins of a component's images, for reports (what the tag named when this run resolved it). */
export function podPins(component: EffectiveComponent, context: RenderContext): ImagePin[] {
  const pinned = context.options.pinnedImages;
  if (pinMode(component, context.target.spec) !== 'digest' || !pinned) return [];
  return containerImages(component).flatMap(({ image }) => {
    const digest = pinned.get(image);
    return digest ? [{ image, digest }] : [];
  });
}

/** A generated ConfigMap that the pod mounts or imports. */
export interface ConfigMount {
  configMapName: string;
  volumeName: string;
  mountPath?: string;
  env: boolean;
}

const defaultResources: Record<'requests' | 'limits', Record<string, string>> = {
  requests: { cpu: '100m', memory: '128Mi', 'ephemeral-storage': '64Mi' },
  limits: { cpu: '1', memory: '256Mi', 'ephemeral-storage': '1Gi' },
};

function resources(given: Resources | undefined): Record<string, Record<string, string>> {
  const requests = { ...defaultResources.requests, ...stringify(given?.requests) };
  const limits = { ...defaultResources.limits, ...stringify(given?.limits) };
  // A default limit below an explicit request would be invalid: such a limit rises to the request.
  for (const resource of Object.keys(defaultResources.limits)) {
    const request = requests[resource];
    const limit = limits[resource];
    const explicitLimit = (given?.limits as Record<string, unknown> | undefined)?.[resource] !== undefined;
    if (request === undefined || limit === undefined || explicitLimit) continue;
    if ((parseQuantity(request) ?? 0) > (parseQuantity(limit) ?? Infinity)) limits[resource] = request;
  }
  return { requests, limits };
}

function stringify(list: object | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(list ?? {})) if (value !== undefined) result[key] = String(value);
  return result;
}

type ProbeKind = 'readiness' | 'liveness' | 'startup';
const probeTiming: Record<ProbeKind, Record<string, number>> = {
  readiness: { periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3, successThreshold: 1 },
  liveness: { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
  // Up to 2 minutes to start before liveness takes over.
  startup: { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 },
};

/** A port number, or a declared port's name resolved to its number (gRPC probes take numbers only). */
function portNumber(port: string | number, ports: readonly NamedPort[]): number | undefined {
  if (typeof port === 'number') return port;
  return /^\d+$/.test(port) ? Number(port) : resolvePodPort(port, ports)?.port;
}

function httpHeaders(headers: Record<string, string> | undefined): Record<string, unknown> {
  const list = Object.entries(headers ?? {}).map(([name, value]) => ({ name, value }));
  return list.length > 0 ? { httpHeaders: list } : {};
}

type GrpcSetting = HttpProbe['grpc'];

function probeHandler(
  probe: HttpProbe,
  ports: readonly NamedPort[],
  shorthand: { path?: string; grpc?: GrpcSetting },
): Record<string, unknown> | undefined {
  if (probe.exec) return { exec: { command: probe.exec } };
  const port = probe.port ?? ports[0]?.name;
  if (port === undefined) return undefined;
  const explicitKind = probe.tcp || probe.path !== undefined || probe.grpc !== undefined;
  const grpc = probe.grpc ?? (explicitKind ? undefined : shorthand.grpc);
  if (grpc !== undefined) {
    const number = portNumber(port, ports);
    if (number === undefined) return undefined;
    return {
      grpc: {
        port: number,
        ...(typeof grpc === 'object' && grpc.service !== undefined ? { service: grpc.service } : {}),
      },
    };
  }
  const httpPath = probe.tcp ? undefined : (probe.path ?? (explicitKind ? undefined : shorthand.path));
  if (!httpPath) return { tcpSocket: { port } };
  return {
    httpGet: { path: httpPath, port, ...(probe.scheme ? { scheme: probe.scheme } : {}), ...httpHeaders(probe.headers) },
  };
}

function probes(given: Probes, ports: readonly NamedPort[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const hasShorthand = given.path !== undefined || given.grpc !== undefined;
  for (const kind of ['readiness', 'liveness', 'startup'] as const) {
    const setting = given[kind];
    if (setting === false) continue;
    // Derived liveness checks the socket only (a failing dependency behind a health URL must not restart pods), and
    // only when readiness checks something else: a liveness probe identical to readiness only adds restarts.
    if (kind === 'liveness' && setting === undefined && (!hasShorthand || given.readiness !== undefined)) continue;
    const probe: HttpProbe = setting ?? {};
    const derivedLiveness = kind === 'liveness' && setting === undefined;
    const shorthand = derivedLiveness
      ? {}
      : {
          ...(given.path !== undefined ? { path: given.path } : {}),
          ...(given.grpc !== undefined ? { grpc: given.grpc } : {}),
        };
    const handler = probeHandler(probe, ports, shorthand);
    if (!handler) continue;
    const {
      path: _path,
      port: _port,
      tcp: _tcp,
      exec: _exec,
      grpc: _grpc,
      headers: _headers,
      scheme: _scheme,
      ...timing
    } = probe;
    result[`${kind}Probe`] = { ...handler, ...probeTiming[kind], ...timing };
  }
  return result;
}

/** Seconds a preStop hook holds the pod back while endpoints drop it, so in-flight and new connections still land. */
export const defaultPreStopSleep = 5;
/** What the app gets after preStop to finish requests and exit (Kubernetes' own default grace period). */
export const appShutdownSeconds = 30;

type LifecycleHook = LifecycleHandler | false | undefined;

function lifecycleHandler(hook: LifecycleHandler, ports: readonly NamedPort[]): Record<string, unknown> {
  if (hook.sleep !== undefined) return { sleep: { seconds: hook.sleep } };
  if (hook.exec) return { exec: { command: hook.exec } };
  return { httpGet: { path: hook.path, port: hook.port ?? ports[0]?.name ?? 80, ...httpHeaders(hook.headers) } };
}

function lifecycle(
  hooks: { preStop?: LifecycleHook; postStart?: LifecycleHook },
  ports: readonly NamedPort[],
): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = {};
  if (hooks.postStart) result.postStart = lifecycleHandler(hooks.postStart, ports);
  if (hooks.preStop) result.preStop = lifecycleHandler(hooks.preStop, ports);
  return Object.keys(result).length > 0 ? result : undefined;
}

/**
 * The main container's preStop: as given, else a short sleep when a Service routes to the pod (endpoint removal and
 * the container's SIGTERM race otherwise, and requests land on a process that is shutting down).
 */
export function mainPreStop(component: EffectiveComponent, behindService: boolean): LifecycleHook {
  const given = component.lifecycle?.preStop;
  if (given !== undefined) return given;
  return behindService ? { sleep: defaultPreStopSleep } : undefined;
}

function envVars(env: Env | undefined): Record<string, unknown>[] {
  return Object.entries(env ?? {}).map(([name, value]) => {
    if (value === null || typeof value !== 'object') return { name, value: String(value) };
    if ('secret' in value)
      return {
        name,
        valueFrom: {
          secretKeyRef: { name: value.secret, key: value.key, ...(value.optional ? { optional: true } : {}) },
        },
      };
    if ('configMap' in value)
      return {
        name,
        valueFrom: {
          configMapKeyRef: { name: value.configMap, key: value.key, ...(value.optional ? { optional: true } : {}) },
        },
      };
    return { name, valueFrom: { fieldRef: { fieldPath: value.field } } };
  });
}

function envFrom(entries: EnvFrom | undefined, configs: ConfigMount[]): Record<string, unknown>[] {
  const fromSpec = (entries ?? []).map((entry) => {
    const source = entry.secret ? { secretRef: { name: entry.secret } } : { configMapRef: { name: entry.configMap } };
    return entry.prefix ? { prefix: entry.prefix, ...source } : source;
  });
  const fromConfigs = configs
    .filter((config) => config.env)
    .map((config) => ({ configMapRef: { name: config.configMapName } }));
  return [...fromSpec, ...fromConfigs];
}

/** Names of the spec secrets a pod uses, to roll it when their data changes. */
function referencedSecrets(component: EffectiveComponent, pullSecrets: string[]): string[] {
  const names = new Set<string>(pullSecrets);
  for (const container of [component, ...(component.initContainers ?? []), ...(component.sidecars ?? [])]) {
    for (const value of Object.values(container.env ?? {}))
      if (value && typeof value === 'object' && 'secret' in value) names.add(value.secret);
    for (const entry of container.envFrom ?? []) if (entry.secret) names.add(entry.secret);
  }
  for (const volume of component.volumes ?? []) if (volume.secret) names.add(volume.secret);
  return [...names].sort();
}

/** Everything one container (main, init or sidecar) renders from; unset fields take the same defaults for all three. */
export interface ContainerInput {
  name: string;
  image: string;
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never' | undefined;
  command?: string[] | undefined;
  args?: string[] | undefined;
  workingDir?: string | undefined;
  ports: readonly NamedPort[];
  env?: Env | undefined;
  envFrom?: EnvFrom | undefined;
  configs?: ConfigMount[];
  resources?: Resources | undefined;
  /** Probes as given (undefined: derived from the first port); none at all for init containers and Job mains. */
  probes?: Probes | undefined;
  withProbes: boolean;
  lifecycle?: { preStop?: LifecycleHook; postStart?: LifecycleHook };
  readOnlyRoot: boolean;
  uid: number;
  gid: number;
  mounts: Record<string, unknown>[];
  /** Always: a native sidecar (an init container that keeps running). */
  restartPolicy?: 'Always';
}

/** One container with k8deployer's defaults: pull policy, resources, probes, restricted security context. */
export function renderContainer(input: ContainerInput): Record<string, unknown> {
  const container: Record<string, unknown> = {
    name: input.name,
    image: input.image,
    // Always: tags move, and every pull re-checks the node's right to the image. Digests cannot move.
    imagePullPolicy: input.imagePullPolicy ?? defaultPullPolicy(input.image),
  };
  if (input.restartPolicy) container.restartPolicy = input.restartPolicy;
  if (input.command) container.command = input.command;
  if (input.args) container.args = input.args;
  if (input.workingDir) container.workingDir = input.workingDir;
  const containerPorts = input.ports.map((port) => ({
    name: port.name,
    containerPort: port.port,
    protocol: port.protocol,
  }));
  if (containerPorts.length > 0) container.ports = containerPorts;
  const env = envVars(input.env);
  if (env.length > 0) container.env = env;
  const fromSources = envFrom(input.envFrom, input.configs ?? []);
  if (fromSources.length > 0) container.envFrom = fromSources;
  container.resources = resources(input.resources);
  if (input.withProbes) Object.assign(container, probes(input.probes ?? {}, input.ports));
  const hooks = input.lifecycle ? lifecycle(input.lifecycle, input.ports) : undefined;
  if (hooks) container.lifecycle = hooks;
  container.securityContext = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: input.readOnlyRoot,
    runAsNonRoot: true,
    runAsUser: input.uid,
    runAsGroup: input.gid,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
  if (input.mounts.length > 0) container.volumeMounts = input.mounts;
  return container;
}

export interface PodTemplateInput {
  component: EffectiveComponent;
  ports: NormalizedPort[];
  configs: ConfigMount[];
  serviceAccountName: string;
  automountToken: boolean;
  /** A Service routes to these pods: the main container gets the default preStop delay. */
  behindService?: boolean;
  /** Extra labels (version) on the pods besides the selector. */
  labels: Record<string, string>;
  /** Jobs restart on failure differently and have no probes. */
  forJob?: boolean;
  /** StatefulSet claim templates mounted by name. */
  storageMounts?: { name: string; mountPath: string }[];
}

function volumeSource(volume: NonNullable<EffectiveComponent['volumes']>[number]): Record<string, unknown> {
  if (volume.emptyDir) return { emptyDir: volume.emptyDir };
  if (volume.hostPath) return { hostPath: volume.hostPath };
  if (volume.nfs) return { nfs: volume.nfs };
  if (volume.persistentVolumeClaim) return { persistentVolumeClaim: { claimName: volume.persistentVolumeClaim } };
  if (volume.secret) return { secret: { secretName: volume.secret } };
  return { configMap: { name: volume.configMap } };
}

export function podTemplate(context: RenderContext, input: PodTemplateInput): Record<string, unknown> {
  const { component, ports, configs } = input;
  const readOnlyRoot = component.readOnlyRootFilesystem !== false;
  const uid = component.runAsUser ?? defaultUid;
  const gid = component.runAsGroup ?? uid;
  const extraContainers = [...(component.initContainers ?? []), ...(component.sidecars ?? [])];
  const mountedByExtras = new Set(
    extraContainers.flatMap((container) => (container.volumeMounts ?? []).map((mount) => mount.name)),
  );
  const tmpMount = { name: 'tmp', mountPath: '/tmp' };
  const volumes: Record<string, unknown>[] = [];
  const mounts: Record<string, unknown>[] = [];
  if (readOnlyRoot || extraContainers.some((container) => container.readOnlyRootFilesystem === true))
    volumes.push({ name: 'tmp', emptyDir: {} });
  if (readOnlyRoot) mounts.push(tmpMount);
  for (const config of configs) {
    // A config without a mountPath is still a volume when an init container or sidecar mounts it.
    if (!config.mountPath && !mountedByExtras.has(config.volumeName)) continue;
    volumes.push({ name: config.volumeName, configMap: { name: config.configMapName } });
    if (config.mountPath) mounts.push({ name: config.volumeName, mountPath: config.mountPath, readOnly: true });
  }
  for (const volume of component.volumes ?? []) {
    volumes.push({ name: volume.name, ...volumeSource(volume) });
    mounts.push({
      name: volume.name,
      mountPath: volume.mountPath,
      ...(volume.subPath ? { subPath: volume.subPath } : {}),
      ...(volume.readOnly ? { readOnly: true } : {}),
    });
  }
  for (const storage of input.storageMounts ?? []) mounts.push({ name: storage.name, mountPath: storage.mountPath });

  const mode = pinMode(component, context.target.spec);
  const runs = (image: string) => deployedImage(image, mode, context.options.pinnedImages);
  const preStop = input.forJob ? component.lifecycle?.preStop : mainPreStop(component, input.behindService ?? false);
  const main = renderContainer({
    name: component.containerName ?? component.name,
    image: runs(component.image ?? ''),
    imagePullPolicy: component.imagePullPolicy,
    command: component.command,
    args: component.args,
    workingDir: component.workingDir,
    ports,
    env: component.env,
    envFrom: component.envFrom,
    configs,
    resources: component.resources,
    probes: component.probes,
    withProbes: !input.forJob,
    lifecycle: { preStop, postStart: component.lifecycle?.postStart },
    readOnlyRoot,
    uid,
    gid,
    mounts,
  });
  const extra = (container: Container, sidecar: boolean): Record<string, unknown> => {
    const ownReadOnlyRoot = container.readOnlyRootFilesystem ?? readOnlyRoot;
    const ownMounts = (container.volumeMounts ?? []).map((mount) => ({
      name: mount.name,
      mountPath: mount.mountPath,
      ...(mount.subPath ? { subPath: mount.subPath } : {}),
      ...(mount.readOnly ? { readOnly: true } : {}),
    }));
    return renderContainer({
      name: container.name,
      image: runs(container.image ?? component.image ?? ''),
      imagePullPolicy: container.imagePullPolicy ?? component.imagePullPolicy,
      command: container.command,
      args: container.args,
      workingDir: container.workingDir,
      ports: extraContainerPorts(container),
      env: container.env,
      envFrom: container.envFrom,
      resources: container.resources,
      probes: container.probes,
      // Kubernetes allows probes and hooks on sidecars only; an init container's success is its exit code.
      withProbes: sidecar,
      lifecycle: sidecar ? { ...container.lifecycle } : {},
      readOnlyRoot: ownReadOnlyRoot,
      uid: container.runAsUser ?? uid,
      gid: container.runAsGroup ?? gid,
      mounts: [...(ownReadOnlyRoot ? [tmpMount] : []), ...ownMounts],
      ...(sidecar ? { restartPolicy: 'Always' as const } : {}),
    });
  };
  // Init containers run first and in order, then each sidecar starts (after its startup probe, if any), then main.
  const initContainers = [
    ...(component.initContainers ?? []).map((container) => extra(container, false)),
    ...(component.sidecars ?? []).map((container) => extra(container, true)),
  ];

  const pullSecrets = component.imagePullSecrets ?? context.registrySecrets;
  const spec: Record<string, unknown> = {
    serviceAccountName: input.serviceAccountName,
    automountServiceAccountToken: input.automountToken,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: uid,
      runAsGroup: gid,
      fsGroup: component.fsGroup ?? gid,
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
  if (initContainers.length > 0) spec.initContainers = initContainers;
  spec.containers = [main];
  if (pullSecrets.length > 0) spec.imagePullSecrets = pullSecrets.map((name) => ({ name }));
  if (volumes.length > 0) spec.volumes = volumes;
  if (input.forJob) spec.restartPolicy = component.restartPolicy ?? 'Never';
  // The grace period covers the preStop delay plus the app's own shutdown, or the delay eats the shutdown time.
  const grace =
    component.terminationGracePeriodSeconds ??
    (preStop && preStop.sleep !== undefined ? preStop.sleep + appShutdownSeconds : undefined);
  if (grace !== undefined) spec.terminationGracePeriodSeconds = grace;
  if (component.nodeSelector) spec.nodeSelector = component.nodeSelector;
  if (component.tolerations) spec.tolerations = component.tolerations;
  if (component.nodeAffinity) spec.affinity = { nodeAffinity: component.nodeAffinity };
  if (component.priorityClassName) spec.priorityClassName = component.priorityClassName;
  const replicas = component.replicas ?? defaultReplicas(component);
  if (
    !input.forJob &&
    component.kind !== 'daemonset' &&
    component.topologySpread !== false &&
    (replicas > 1 || component.autoscale)
  ) {
    const selector = { matchLabels: selectorLabels(context, component.name) };
    spec.topologySpreadConstraints = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'].map((topologyKey) => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: selector,
    }));
  }

  const annotations: Record<string, string> = { ...component.podAnnotations };
  const secretNames = referencedSecrets(component, pullSecrets).filter((name) => context.secretChecksums.has(name));
  if (secretNames.length > 0) {
    const checksums = secretNames.map((name) => [name, context.secretChecksums.get(name)]);
    annotations['k8deployer.io/secrets-checksum'] = checksums.some(([, sum]) => sum === unknownChecksum)
      ? unknownChecksum
      : contentHash(checksums);
  }
  const metadata: Record<string, unknown> = {
    labels: { ...input.labels, ...component.podLabels, ...selectorLabels(context, component.name) },
  };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return { metadata, spec };
}

/**
 * What users expect (and what Kubernetes itself defaults to): a pinned tag or digest is pulled once per node
 * (IfNotPresent); `:latest` or no tag at all moves, so it is pulled on every start (Always).
 */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  if (image.includes('@')) return 'IfNotPresent';
  const tag = imageTag(image);
  return tag === undefined || tag === 'latest' ? 'Always' : 'IfNotPresent';
}
