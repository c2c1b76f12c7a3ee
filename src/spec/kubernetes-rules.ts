import type { Component, K8DeployerSpec } from './spec-types.generated.js';
import type { FlatComponents } from './groups.js';
import { isPlainObject } from './merge.js';
import {
  dataKeyProblem,
  dns1035LabelProblem,
  dnsLabelProblem,
  dnsSubdomainProblem,
  ingressHostProblem,
  labelValueProblem,
  qualifiedNameProblem,
  shorten,
} from './kubernetes-names.js';
import { escapePointerToken } from './yaml-source.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;
type Kind = NonNullable<Component['kind']>;

/** Kubernetes int32 fields (replicas, ports, probe timings, limits) cannot hold more. */
const int32Max = 2_147_483_647;

/**
 * Values the API server would refuse, checked after variables are substituted (so `${var}` values are covered) and
 * pointing at the field as written: object names and name references, label and annotation keys and values, ingress
 * hosts, data keys, and numbers. `kindOf` is the component's resolved kind.
 */
export function checkKubernetesValues(
  spec: K8DeployerSpec,
  flat: FlatComponents,
  kindOf: (component: Component) => Kind,
  at: At,
): void {
  checkLabels(spec.labels, '/labels', at);
  checkAnnotationKeys(spec.annotations, '/annotations', at);
  const defaults = spec.defaults as Record<string, unknown> | undefined;
  checkLabels(defaults?.labels, '/defaults/labels', at);
  checkAnnotationKeys(defaults?.podAnnotations, '/defaults/podAnnotations', at);
  checkLabels(defaults?.nodeSelector, '/defaults/nodeSelector', at);
  spec.secrets?.forEach((secret, index) => {
    for (const field of ['fromEnv', 'fromFile'] as const)
      checkDataKeys(secret[field], `/secrets/${index}/${field}`, at);
  });
  spec.clusters?.forEach((cluster, index) => {
    const profile = cluster.profile as Record<string, unknown> | undefined;
    checkAnnotationKeys(profile?.loadBalancerAnnotations, `/clusters/${index}/profile/loadBalancerAnnotations`, at);
    checkAnnotationKeys(profile?.ingressAnnotations, `/clusters/${index}/profile/ingressAnnotations`, at);
  });
  for (const { component, pointer } of flat.placed) checkComponentValues(component, pointer, kindOf(component), at);
  checkNumbers(spec, '', at);
}

function checkComponentValues(component: Component, pointer: string, kind: Kind, at: At): void {
  const name = component.name;
  // CronJob: the controller appends an 11-character schedule suffix to Job names, which must stay within 63.
  if (kind === 'cronjob' && name.length > 52)
    at(
      `${pointer}/name`,
      `a cronjob name must be at most 52 characters (it has ${name.length}): its Jobs are named <name>-<schedule time>`,
    );
  // StatefulSet: pods carry controller-revision-hash=<name>-<10-character hash>, a label value of at most 63.
  if (kind === 'statefulset' && name.length > 52)
    at(
      `${pointer}/name`,
      `a statefulset name must be at most 52 characters (it has ${name.length}): its revisions are labelled <name>-<hash>`,
    );
  const hasPorts = component.port !== undefined || (component.ports?.length ?? 0) > 0;
  const service = component.service as { type?: string } | undefined;
  // Recent API servers relax Service names to DNS-1123 labels; older ones (most clusters) refuse a leading digit.
  if (hasPorts && kind !== 'job' && kind !== 'cronjob' && kind !== 'manifests' && service?.type !== 'None') {
    const problem = dns1035LabelProblem(name);
    if (problem) at(`${pointer}/name`, `'${shorten(name)}' names a Service, so it ${problem}`);
  }
  checkLabels(component.labels, `${pointer}/labels`, at);
  checkLabels(component.podLabels, `${pointer}/podLabels`, at);
  checkLabels(component.nodeSelector, `${pointer}/nodeSelector`, at);
  checkAnnotationKeys(component.annotations, `${pointer}/annotations`, at);
  checkAnnotationKeys(component.podAnnotations, `${pointer}/podAnnotations`, at);
  checkAnnotationKeys(
    (component.service as Record<string, unknown> | undefined)?.annotations,
    `${pointer}/service/annotations`,
    at,
  );

  const ingress = component.ingress;
  if (ingress) {
    if (ingress.host !== undefined)
      checkValue(ingress.host, `${pointer}/ingress/host`, 'ingress host', ingressHostProblem, at);
    ingress.hosts?.forEach((host, index) =>
      checkValue(host, `${pointer}/ingress/hosts/${index}`, 'ingress host', ingressHostProblem, at),
    );
    checkAnnotationKeys(ingress.annotations, `${pointer}/ingress/annotations`, at);
    for (const field of ['tlsSecret', 'issuer', 'className'] as const) {
      const value = ingress[field];
      if (typeof value === 'string') checkValue(value, `${pointer}/ingress/${field}`, field, dnsSubdomainProblem, at);
    }
  }
  component.config?.forEach((config, index) => checkDataKeys(config.data, `${pointer}/config/${index}/data`, at));

  // Names of other objects this component refers to.
  const reference = (value: unknown, at_: string, what: string) => {
    if (typeof value === 'string') checkValue(value, at_, what, dnsSubdomainProblem, at);
  };
  for (const [key, entry] of Object.entries(component.env ?? {})) {
    const value: unknown = entry;
    if (isPlainObject(value)) {
      reference(value.secret, `${pointer}/env/${escapePointerToken(key)}/secret`, 'secret name');
      reference(value.configMap, `${pointer}/env/${escapePointerToken(key)}/configMap`, 'config map name');
    }
  }
  component.envFrom?.forEach((entry, index) => {
    reference(entry.secret, `${pointer}/envFrom/${index}/secret`, 'secret name');
    reference(entry.configMap, `${pointer}/envFrom/${index}/configMap`, 'config map name');
  });
  component.volumes?.forEach((volume, index) => {
    const record = volume as unknown as Record<string, unknown>;
    reference(record.secret, `${pointer}/volumes/${index}/secret`, 'secret name');
    reference(record.configMap, `${pointer}/volumes/${index}/configMap`, 'config map name');
    reference(record.persistentVolumeClaim, `${pointer}/volumes/${index}/persistentVolumeClaim`, 'claim name');
  });
  component.imagePullSecrets?.forEach((secret, index) =>
    reference(secret, `${pointer}/imagePullSecrets/${index}`, 'secret name'),
  );
  reference(component.rbac?.serviceAccount, `${pointer}/rbac/serviceAccount`, 'service account name');
  reference(component.priorityClassName, `${pointer}/priorityClassName`, 'priority class name');
  component.storage?.forEach((storage, index) =>
    reference(storage.storageClass, `${pointer}/storage/${index}/storageClass`, 'storage class name'),
  );
  component.ports?.forEach((port, index) => {
    if (port.name !== undefined)
      checkValue(port.name, `${pointer}/ports/${index}/name`, 'port name', (value) => dnsLabelProblem(value, 15), at);
  });
  const probes = component.probes as Record<string, unknown> | undefined;
  for (const probe of ['readiness', 'liveness', 'startup']) {
    const setting = probes?.[probe];
    if (isPlainObject(setting)) checkPortReference(setting.port, `${pointer}/probes/${probe}/port`, at);
  }
  checkPortReference(ingress?.port, `${pointer}/ingress/port`, at);
  // The API server refuses pods whose image has surrounding whitespace, but accepts the Deployment: the rollout
  // would then hang with no pods. A newline would also split log lines and reports. (The class is C0 and DEL: Cc
  // without the C1 block.)
  if (
    typeof component.image === 'string' &&
    (component.image.trim() !== component.image || /[^\P{Cc}\u0080-\u009f]/u.test(component.image))
  ) {
    at(`${pointer}/image`, `image '${shorten(component.image)}' has whitespace or control characters`);
  }
}

/** A port given by number (1-65535) or by name (IANA service name: at most 15 characters, with a letter). */
function checkPortReference(port: unknown, pointer: string, at: At): void {
  if (typeof port === 'number') {
    if (!Number.isInteger(port) || port < 1 || port > 65535) at(pointer, `port ${port} is not a port number (1-65535)`);
  } else if (typeof port === 'string') {
    const problem = /^[0-9]+$/.test(port)
      ? Number(port) >= 1 && Number(port) <= 65535
        ? undefined
        : 'is not a port number (1-65535)'
      : /[a-z]/.test(port)
        ? dnsLabelProblem(port, 15)
        : 'needs a letter';
    if (problem) at(pointer, `port '${shorten(port)}' ${problem}`);
  }
}

function checkValue(
  value: string,
  pointer: string,
  what: string,
  problemOf: (value: string) => string | undefined,
  at: At,
): void {
  const problem = problemOf(value);
  if (problem) at(pointer, `${what} '${shorten(value)}' ${problem}`);
}

function checkLabels(labels: unknown, pointer: string, at: At): void {
  if (!isPlainObject(labels)) return;
  for (const [key, value] of Object.entries(labels)) {
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem) at(`${pointer}/${escapePointerToken(key)}`, `label key '${shorten(key)}' ${keyProblem}`, true);
    const valueProblem = typeof value === 'string' ? labelValueProblem(value) : undefined;
    if (valueProblem)
      at(`${pointer}/${escapePointerToken(key)}`, `label value '${shorten(String(value))}' ${valueProblem}`);
  }
}

function checkAnnotationKeys(annotations: unknown, pointer: string, at: At): void {
  if (!isPlainObject(annotations)) return;
  for (const key of Object.keys(annotations)) {
    const problem = qualifiedNameProblem(key);
    if (problem) at(`${pointer}/${escapePointerToken(key)}`, `annotation key '${shorten(key)}' ${problem}`, true);
  }
}

function checkDataKeys(data: unknown, pointer: string, at: At): void {
  if (!isPlainObject(data)) return;
  for (const key of Object.keys(data)) {
    const problem = dataKeyProblem(key);
    if (problem) at(`${pointer}/${escapePointerToken(key)}`, `data key '${shorten(key)}' ${problem}`, true);
  }
}

/** Subtrees whose numbers are not Kubernetes fields of the spec: values spliced as text, and raw patch documents. */
const freeNumbers = /^(\/variables|\/clusters\/\d+\/variables|.*\/env\/[^/]+|.*\/patches)(\/|$)/;

/**
 * Every number must be finite (`.inf` and `.nan` have no JSON form; they would be sent as null) and, where it is a
 * Kubernetes field, fit an int32: `replicas: 1e20` passes "integer >= 0", and the API server silently stores 0
 * (see __tests__/e2e/validation-boundaries.test.ts).
 */
function checkNumbers(node: unknown, pointer: string, at: At): void {
  // Iterative: the document is bounded (node budget), but a walk should not depend on the stack.
  const stack: { node: unknown; pointer: string }[] = [{ node, pointer }];
  while (stack.length > 0) {
    const { node: current, pointer: here } = stack.pop() as { node: unknown; pointer: string };
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) at(here, `${current} is not a finite number (Kubernetes has no infinity or NaN)`);
      else if (Math.abs(current) > int32Max && !freeNumbers.test(here))
        at(here, `${current} is out of range (at most ${int32Max})`);
    } else if (Array.isArray(current)) {
      current.forEach((child, index) => stack.push({ node: child, pointer: `${here}/${index}` }));
    } else if (isPlainObject(current)) {
      for (const [key, child] of Object.entries(current))
        stack.push({ node: child, pointer: `${here}/${escapePointerToken(key)}` });
    }
  }
}
