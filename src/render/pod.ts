import type { HttpProbe, Port } from '../spec/spec-types.generated.js';
import { contentHash, selectorLabels, type EffectiveComponent, type RenderContext } from './context.js';
import { defaultReplicas } from './policy.js';
import { parseQuantity } from '../spec/quantity.js';

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
  if (component.port !== undefined) return [{ name: 'http', port: component.port, servicePort: 80, protocol: 'TCP', expose: true }];
  return (component.ports ?? []).map((port: Port, index) => {
    const normalized: NormalizedPort = {
      name: port.name ?? (index === 0 ? 'http' : `port-${port.port}`),
      port: port.port,
      servicePort: port.servicePort ?? port.port,
      protocol: port.protocol ?? 'TCP',
      expose: port.expose !== false,
    };
    if (port.nodePort !== undefined) normalized.nodePort = port.nodePort;
    return normalized;
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

function resources(component: EffectiveComponent): Record<string, Record<string, string>> {
  const requests = { ...defaultResources.requests, ...stringify(component.resources?.requests) };
  const limits = { ...defaultResources.limits, ...stringify(component.resources?.limits) };
  // A default limit below an explicit request would be invalid: such a limit rises to the request.
  for (const resource of Object.keys(defaultResources.limits)) {
    const request = requests[resource];
    const limit = limits[resource];
    const explicitLimit = (component.resources?.limits as Record<string, unknown> | undefined)?.[resource] !== undefined;
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

function probeHandler(probe: HttpProbe, fallbackPort: string | undefined, path: string | undefined): Record<string, unknown> | undefined {
  const port = probe.port ?? fallbackPort;
  if (probe.exec) return { exec: { command: probe.exec } };
  if (port === undefined) return undefined;
  const httpPath = probe.tcp ? undefined : (probe.path ?? path);
  return httpPath ? { httpGet: { path: httpPath, port } } : { tcpSocket: { port } };
}

type ProbeKind = 'readiness' | 'liveness' | 'startup';
const probeTiming: Record<ProbeKind, Record<string, number>> = {
  readiness: { periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 3, successThreshold: 1 },
  liveness: { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
  // Up to 2 minutes to start before liveness takes over.
  startup: { periodSeconds: 2, timeoutSeconds: 2, failureThreshold: 60 },
};

function probes(component: EffectiveComponent, ports: NormalizedPort[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const firstPort = ports[0]?.name;
  const given = component.probes ?? {};
  for (const kind of ['readiness', 'liveness', 'startup'] as const) {
    const setting = given[kind];
    if (setting === false) continue;
    // Derived liveness checks the socket only (a failing dependency behind a health URL must not restart pods), and
    // only when readiness checks something else: a liveness probe identical to readiness only adds restarts.
    if (kind === 'liveness' && setting === undefined && (given.path === undefined || given.readiness !== undefined)) continue;
    const probe: HttpProbe = setting ?? {};
    const path = kind === 'liveness' && setting === undefined ? undefined : given.path;
    const handler = probeHandler(probe, firstPort, path);
    if (!handler) continue;
    const { path: _path, port: _port, tcp: _tcp, exec: _exec, ...timing } = probe;
    result[`${kind}Probe`] = { ...handler, ...probeTiming[kind], ...timing };
  }
  return result;
}

function envVars(component: EffectiveComponent): Record<string, unknown>[] {
  return Object.entries(component.env ?? {}).map(([name, value]) => {
    if (value === null || typeof value !== 'object') return { name, value: String(value) };
    if ('secret' in value) return { name, valueFrom: { secretKeyRef: { name: value.secret, key: value.key, ...(value.optional ? { optional: true } : {}) } } };
    if ('configMap' in value) return { name, valueFrom: { configMapKeyRef: { name: value.configMap, key: value.key, ...(value.optional ? { optional: true } : {}) } } };
    return { name, valueFrom: { fieldRef: { fieldPath: value.field } } };
  });
}

function envFrom(component: EffectiveComponent, configs: ConfigMount[]): Record<string, unknown>[] {
  const fromSpec = (component.envFrom ?? []).map((entry) => {
    const source = entry.secret ? { secretRef: { name: entry.secret } } : { configMapRef: { name: entry.configMap } };
    return entry.prefix ? { prefix: entry.prefix, ...source } : source;
  });
  const fromConfigs = configs.filter((config) => config.env).map((config) => ({ configMapRef: { name: config.configMapName } }));
  return [...fromSpec, ...fromConfigs];
}

/** Names of the spec secrets a component uses, to roll its pods when their data changes. */
function referencedSecrets(component: EffectiveComponent, pullSecrets: string[]): string[] {
  const names = new Set<string>(pullSecrets);
  for (const value of Object.values(component.env ?? {})) if (value && typeof value === 'object' && 'secret' in value) names.add(value.secret);
  for (const entry of component.envFrom ?? []) if (entry.secret) names.add(entry.secret);
  for (const volume of component.volumes ?? []) if (volume.secret) names.add(volume.secret);
  return [...names].sort();
}

export interface PodTemplateInput {
  component: EffectiveComponent;
  ports: NormalizedPort[];
  configs: ConfigMount[];
  serviceAccountName: string;
  automountToken: boolean;
  /** Extra labels (version) on the pods besides the selector. */
  labels: Record<string, string>;
  /** Jobs restart on failure differently and have no probes. */
  forJob?: boolean;
  /** StatefulSet claim templates mounted by name. */
  storageMounts?: { name: string; mountPath: string }[];
}

export function podTemplate(context: RenderContext, input: PodTemplateInput): Record<string, unknown> {
  const { component, ports, configs } = input;
  const readOnlyRoot = component.readOnlyRootFilesystem !== false;
  const uid = component.runAsUser ?? defaultUid;
  const volumes: Record<string, unknown>[] = [];
  const mounts: Record<string, unknown>[] = [];
  if (readOnlyRoot) {
    volumes.push({ name: 'tmp', emptyDir: {} });
    mounts.push({ name: 'tmp', mountPath: '/tmp' });
  }
  for (const config of configs) {
    if (!config.mountPath) continue;
    volumes.push({ name: config.volumeName, configMap: { name: config.configMapName } });
    mounts.push({ name: config.volumeName, mountPath: config.mountPath, readOnly: true });
  }
  for (const volume of component.volumes ?? []) {
    const source = volume.emptyDir
      ? { emptyDir: volume.emptyDir }
      : volume.hostPath
        ? { hostPath: volume.hostPath }
        : volume.nfs
          ? { nfs: volume.nfs }
          : volume.persistentVolumeClaim
            ? { persistentVolumeClaim: { claimName: volume.persistentVolumeClaim } }
            : volume.secret
              ? { secret: { secretName: volume.secret } }
              : { configMap: { name: volume.configMap } };
    volumes.push({ name: volume.name, ...source });
    mounts.push({ name: volume.name, mountPath: volume.mountPath, ...(volume.subPath ? { subPath: volume.subPath } : {}), ...(volume.readOnly ? { readOnly: true } : {}) });
  }
  for (const storage of input.storageMounts ?? []) mounts.push({ name: storage.name, mountPath: storage.mountPath });

  const image = component.image ?? '';
  const container: Record<string, unknown> = {
    name: component.name,
    image,
    // Always: tags move, and every pull re-checks the node's right to the image. Digests cannot move.
    imagePullPolicy: component.imagePullPolicy ?? (image.includes('@sha256:') ? 'IfNotPresent' : 'Always'),
  };
  if (component.command) container.command = component.command;
  if (component.args) container.args = component.args;
  if (component.workingDir) container.workingDir = component.workingDir;
  const containerPorts = ports.map((port) => ({ name: port.name, containerPort: port.port, protocol: port.protocol }));
  if (containerPorts.length > 0) container.ports = containerPorts;
  const env = envVars(component);
  if (env.length > 0) container.env = env;
  const fromSources = envFrom(component, configs);
  if (fromSources.length > 0) container.envFrom = fromSources;
  container.resources = resources(component);
  if (!input.forJob) Object.assign(container, probes(component, ports));
  container.securityContext = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: readOnlyRoot,
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: uid,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
  if (mounts.length > 0) container.volumeMounts = mounts;

  const pullSecrets = component.imagePullSecrets ?? context.registrySecrets;
  const spec: Record<string, unknown> = {
    serviceAccountName: input.serviceAccountName,
    automountServiceAccountToken: input.automountToken,
    securityContext: { runAsNonRoot: true, runAsUser: uid, runAsGroup: uid, fsGroup: uid, seccompProfile: { type: 'RuntimeDefault' } },
    containers: [container],
  };
  if (pullSecrets.length > 0) spec.imagePullSecrets = pullSecrets.map((name) => ({ name }));
  if (volumes.length > 0) spec.volumes = volumes;
  if (input.forJob) spec.restartPolicy = component.restartPolicy ?? 'Never';
  if (component.terminationGracePeriodSeconds !== undefined) spec.terminationGracePeriodSeconds = component.terminationGracePeriodSeconds;
  if (component.nodeSelector) spec.nodeSelector = component.nodeSelector;
  if (component.tolerations) spec.tolerations = component.tolerations;
  if (component.nodeAffinity) spec.affinity = { nodeAffinity: component.nodeAffinity };
  if (component.priorityClassName) spec.priorityClassName = component.priorityClassName;
  const replicas = component.replicas ?? defaultReplicas(component);
  if (!input.forJob && component.kind !== 'daemonset' && component.topologySpread !== false && (replicas > 1 || component.autoscale)) {
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
    annotations['k8deployer.io/secrets-checksum'] = contentHash(secretNames.map((name) => [name, context.secretChecksums.get(name)]));
  }
  const metadata: Record<string, unknown> = { labels: { ...input.labels, ...component.podLabels, ...selectorLabels(context, component.name) } };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  return { metadata, spec };
}
