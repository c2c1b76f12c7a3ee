/**
 * Kubernetes' own name rules (k8s.io/apimachinery/pkg/util/validation), so values the API server would refuse are
 * refused while validating the spec, with a position, instead of half-way through a deploy. Each returns undefined
 * when the value is valid, else why not.
 */

const dns1123LabelPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035LabelPattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const dns1123SubdomainPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const qualifiedNamePattern = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const configMapKeyPattern = /^[-._a-zA-Z0-9]+$/;

/** Names most objects take (Deployment, ConfigMap, Secret, ServiceAccount, ...): a DNS-1123 subdomain. */
export function dnsSubdomainProblem(value: string): string | undefined {
  if (value.length === 0) return 'must not be empty';
  if (value.length > 253) return `must be at most 253 characters (it has ${value.length})`;
  return dns1123SubdomainPattern.test(value)
    ? undefined
    : 'must be a DNS-1123 subdomain: lower case letters, digits, - and ., starting and ending with a letter or digit';
}

export function dnsLabelProblem(value: string, max = 63): string | undefined {
  if (value.length > max) return `must be at most ${max} characters (it has ${value.length})`;
  return dns1123LabelPattern.test(value)
    ? undefined
    : 'must be a DNS-1123 label: lower case letters, digits and -, starting and ending with a letter or digit';
}

/** Service names: a DNS-1035 label (must start with a letter, so it can be an environment variable prefix). */
export function dns1035LabelProblem(value: string): string | undefined {
  if (value.length > 63) return `must be at most 63 characters (it has ${value.length})`;
  return dns1035LabelPattern.test(value)
    ? undefined
    : 'must be a DNS-1035 label: lower case letters, digits and -, starting with a letter and ending with a letter or digit';
}

/** Label and annotation keys: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined) {
    const problem = dnsSubdomainProblem(prefix);
    if (problem) return `its prefix '${shorten(prefix)}' ${problem}`;
  }
  if (name.length === 0) return 'needs a name (after the prefix)';
  if (name.length > 63) return `its name part must be at most 63 characters (it has ${name.length})`;
  return qualifiedNamePattern.test(name)
    ? undefined
    : 'must be letters, digits, -, _ and ., starting and ending with a letter or digit (optionally prefixed with a DNS subdomain and /)';
}

/** Label values: empty, or at most 63 characters of the qualified-name alphabet. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length === 0) return undefined;
  if (value.length > 63) return `must be at most 63 characters (it has ${value.length})`;
  return qualifiedNamePattern.test(value)
    ? undefined
    : 'must be letters, digits, -, _ and ., starting and ending with a letter or digit';
}

/** ConfigMap and Secret data keys. */
export function dataKeyProblem(key: string): string | undefined {
  if (key.length === 0 || key.length > 253) return 'must be 1 to 253 characters';
  if (key === '.' || key === '..') return `must not be '${key}'`;
  return configMapKeyPattern.test(key) ? undefined : 'must be letters, digits, -, _ and .';
}

/** Ingress hosts: a DNS-1123 subdomain (RFC 1123 names), optionally `*.` for a wildcard; never an IP address. */
export function ingressHostProblem(host: string): string | undefined {
  const name = host.startsWith('*.') ? host.slice(2) : host;
  const problem = dnsSubdomainProblem(name);
  if (problem) return problem;
  if (/^[0-9.]+$/.test(name)) return 'must be a DNS name, not an IP address';
  return undefined;
}

/**
 * Namespaces Kubernetes itself runs in. A deploy (or prune) there could replace or delete cluster components, so
 * an app, a cluster entry or a raw manifest may not target them. `default` stays allowed: it is the usual home of
 * small apps and holds nothing the cluster needs.
 */
export function isSystemNamespace(namespace: string): boolean {
  return namespace.startsWith('kube-');
}

export function shorten(text: string, max = 60): string {
  const flat = JSON.stringify(text).slice(1, -1);
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
