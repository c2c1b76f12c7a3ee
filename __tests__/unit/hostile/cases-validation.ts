import { specCase, type HostileCase } from './harness.js';

const head = 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n';
const service = `${head}    port: 8080\n`;

export const validationCases: HostileCase[] = [
  // Numbers the API server would refuse.
  specCase('replicas: .inf', `${head}    replicas: .inf\n`, {
    refused: /Infinity is not a finite number/,
    line: 5,
    column: 15,
  }),
  specCase('replicas: .nan', `${head}    replicas: .nan\n`, {
    refused: /(NaN is not a finite number|must be integer)/,
    line: 5,
    column: 15,
  }),
  specCase('replicas: 1e20', `${head}    replicas: 1e20\n`, {
    refused: /100000000000000000000 is out of range \(at most 2147483647\)/,
    line: 5,
    column: 15,
  }),
  specCase(
    'replicas from a variable: 1e20',
    `${head}    replicas: \${r}\n`,
    { refused: /out of range/, line: 5, column: 15 },
    { options: { variables: { r: '1e20' } } },
  ),
  specCase('revisionHistoryLimit past int32', `${head}    revisionHistoryLimit: 4294967296\n`, {
    refused: /4294967296 is out of range/,
    line: 5,
    column: 27,
  }),
  specCase(
    'a port from a variable out of range',
    `${head}    port: \${p}\n`,
    { refused: /port: must be <= 65535/, line: 5, column: 11 },
    { options: { variables: { p: '99999' } } },
  ),
  specCase('autoscale max past int32', `${service}    autoscale: {max: 3000000000}\n`, {
    refused: /3000000000 is out of range/,
    line: 6,
    column: 22,
  }),
  specCase('a probe port out of range', `${service}    probes: {readiness: {path: /healthz, port: 70000}}\n`, {
    refused: /port 70000 is not a port number/,
    line: 6,
    column: 48,
  }),
  specCase('an ingress port name with a space', `${service}    ingress: {host: a.example.com, port: "web port"}\n`, {
    refused: /port 'web port' must be a DNS-1123 label/,
    line: 6,
    column: 43,
  }),
  specCase('an image with a trailing newline', `app: shop\ncomponents:\n  - name: web\n    image: "nginx:1.27\\n"\n`, {
    refused: /image 'nginx:1.27\\n' has whitespace or control characters/,
    line: 4,
    column: 13,
  }),
  specCase('a huge number in an env value is text, not a field', `${head}    env: {BIG: 1e20}\n`, { accepted: true }),

  // Label and annotation keys and values.
  specCase('a label key with a space', `${head}    labels: {"team name": web}\n`, {
    refused: /label key 'team name' must be letters, digits/,
    line: 5,
    column: 15,
  }),
  specCase('a label key with a newline', `${head}    labels: {"team\\nname": web}\n`, {
    refused: /label key 'team\\nname'/,
    line: 5,
    column: 15,
  }),
  specCase('a label key with a bad prefix', `${head}    labels: {"Example_Com/team": web}\n`, {
    refused: /its prefix 'Example_Com' must be a DNS-1123 subdomain/,
    line: 5,
    column: 15,
  }),
  specCase('a label key name part over 63 characters', `${head}    labels: {"example.com/${'n'.repeat(64)}": web}\n`, {
    refused: /name part must be at most 63 characters/,
    line: 5,
    column: 15,
  }),
  specCase('a label key with an empty name after the prefix', `${head}    labels: {"example.com/": web}\n`, {
    refused: /needs a name/,
    line: 5,
    column: 15,
  }),
  specCase('a label value over 63 characters', `${head}    labels: {team: ${'v'.repeat(64)}}\n`, {
    refused: /label value 'v+…?' must be at most 63 characters/,
    line: 5,
    column: 20,
  }),
  specCase('a label value with a newline', `${head}    labels: {team: "a\\nb"}\n`, {
    refused: /label value 'a\\nb'/,
    line: 5,
    column: 21,
  }),
  specCase(
    'a label value from a variable with a space',
    `${head}    podLabels: {team: "\${t}"}\n`,
    { refused: /label value 'web team'/, line: 5, column: 24 },
    { options: { variables: { t: 'web team' } } },
  ),
  specCase(
    'a top-level label key with a colon',
    `app: shop\nlabels: {"a:b": c}\ncomponents:\n  - name: web\n    image: i\n`,
    { refused: /label key 'a:b'/, line: 2, column: 11 },
  ),
  specCase('an annotation key with a space', `${head}    annotations: {"my note": x}\n`, {
    refused: /annotation key 'my note'/,
    line: 5,
    column: 20,
  }),
  specCase(
    'an ingress annotation key with a newline',
    `${service}    ingress: {host: a.example.com, annotations: {"a\\nb": x}}\n`,
    { refused: /annotation key 'a\\nb'/, line: 6 },
  ),
  specCase('a nodeSelector value with a slash', `${head}    nodeSelector: {pool: "a/b"}\n`, {
    refused: /label value 'a\/b'/,
    line: 5,
    column: 27,
  }),
  specCase(
    'annotation values may hold any text',
    `${head}    annotations: {note: "any text\\nwith lines: and spaces"}\n`,
    { accepted: true },
  ),

  // Hosts and names.
  specCase('an ingress host with a newline', `${service}    ingress: {host: "shop.example.com\\nevil.example.com"}\n`, {
    refused: /ingress host 'shop.example.com\\nevil.example.com' must be a DNS-1123 subdomain/,
    line: 6,
    column: 22,
  }),
  specCase(
    'an ingress host from a variable with a space',
    `${service}    ingress: {host: "\${h}"}\n`,
    { refused: /ingress host 'a b.example.com'/, line: 6, column: 22 },
    { options: { variables: { h: 'a b.example.com' } } },
  ),
  specCase('an ingress host in upper case', `${service}    ingress: {hosts: [Shop.Example.com]}\n`, {
    refused: /ingress host 'Shop.Example.com'/,
    line: 6,
    column: 23,
  }),
  specCase('an ingress host that is an IP address', `${service}    ingress: {host: 10.0.0.1}\n`, {
    refused: /not an IP address/,
    line: 6,
    column: 21,
  }),
  specCase('an ingress host over 253 characters', `${service}    ingress: {host: ${'a.'.repeat(130)}com}\n`, {
    refused: /at most 253 characters/,
    line: 6,
    column: 21,
  }),
  specCase('a wildcard ingress host is fine', `${service}    ingress: {host: "*.shop.example.com"}\n`, {
    accepted: true,
  }),
  specCase(
    'a cronjob name over 52 characters',
    `app: shop\ncomponents:\n  - name: ${'c'.repeat(53)}\n    kind: cronjob\n    image: i\n    schedule: "@daily"\n`,
    { refused: /cronjob name must be at most 52 characters \(it has 53\)/, line: 3, column: 11 },
  ),
  specCase(
    'a statefulset name over 52 characters',
    `app: shop\ncomponents:\n  - name: ${'s'.repeat(53)}\n    kind: statefulset\n    image: i\n`,
    { refused: /statefulset name must be at most 52 characters/, line: 3, column: 11 },
  ),
  specCase(
    'a 52-character statefulset name is fine',
    `app: shop\ncomponents:\n  - name: ${'s'.repeat(52)}\n    kind: statefulset\n    image: i\n`,
    { accepted: true },
  ),
  specCase(
    'a service name starting with a digit',
    `app: shop\ncomponents:\n  - name: 1web\n    image: i\n    port: 80\n`,
    { refused: /'1web' names a Service, so it must be a DNS-1035 label/, line: 3, column: 11 },
  ),
  specCase(
    'a worker name starting with a digit is fine (no Service)',
    `app: shop\ncomponents:\n  - name: 1worker\n    image: i\n`,
    { accepted: true },
  ),
  specCase('a config data key with a slash', `${head}    config:\n      - {mountPath: /etc/x, data: {"a/b": x}}\n`, {
    refused: /data key 'a\/b' must be letters, digits/,
    line: 6,
    column: 37,
  }),
  specCase(
    'a secret fromEnv key with a space',
    `app: shop\nsecrets:\n  - {name: s, fromEnv: {"db password": DB}}\ncomponents:\n  - name: web\n    image: i\n`,
    { refused: /data key 'db password'/, line: 3, column: 26 },
  ),
  specCase(
    'an env reference to a secret name in upper case',
    `${head}    env: {PASSWORD: {secret: DB_Secret, key: p}}\n`,
    { refused: /secret name 'DB_Secret' must be a DNS-1123 subdomain/, line: 5, column: 30 },
  ),
  specCase('an image pull secret name with a space', `${head}    imagePullSecrets: ["my secret"]\n`, {
    refused: /secret name 'my secret'/,
    line: 5,
    column: 25,
  }),
  specCase('a TLS secret name with a newline', `${service}    ingress: {host: a.example.com, tlsSecret: "a\\nb"}\n`, {
    refused: /tlsSecret 'a\\nb'/,
    line: 6,
  }),
  specCase(
    'a service account name from a variable with a colon',
    `${head}    rbac: {serviceAccount: "\${sa}"}\n`,
    { refused: /service account name 'system:admin'/, line: 5, column: 29 },
    { options: { variables: { sa: 'system:admin' } } },
  ),
  specCase(
    'a namespace with a newline',
    'app: shop\nnamespace: "shop\\nkube-system"\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /namespace 'shop\\nkube-system' is not a valid DNS-1123 label/, line: 2, column: 13 },
  ),
];
