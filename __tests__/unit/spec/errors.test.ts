import { describe, expect, it } from 'vitest';
import { problemsOf } from './helpers.js';

interface BadSpec {
  name: string;
  yaml: string;
  message: string | RegExp;
  line: number;
  column: number;
}

const base = `app: shop
components:
  - name: web
    image: nginx:1.27
`;

// Each case: a spec, the message it must produce, and where (1-based line:column) it must point.
const cases: BadSpec[] = [
  { name: 'YAML syntax error', yaml: 'app: shop\ncomponents: [\n  - a\n', message: /invalid YAML/, line: 3, column: 3 },
  { name: 'empty file', yaml: '', message: 'the file is empty', line: 1, column: 1 },
  {
    name: 'two documents',
    yaml: 'app: a\n---\napp: b\n',
    message: 'expected one YAML document, found 2',
    line: 1,
    column: 1,
  },
  { name: 'not a mapping', yaml: '- a\n- b\n', message: 'the spec must be a mapping', line: 1, column: 1 },
  {
    name: 'duplicate key',
    yaml: 'app: a\napp: b\ncomponents: []\n',
    message: /duplicated mapping key/,
    line: 2,
    column: 1,
  },
  {
    name: 'missing app',
    yaml: 'components:\n  - name: web\n    image: x\n',
    message: "missing required field 'app'",
    line: 1,
    column: 1,
  },
  {
    name: 'missing components',
    yaml: 'app: shop\n',
    message: "missing required field 'components'",
    line: 1,
    column: 1,
  },
  {
    name: 'empty components',
    yaml: 'app: shop\ncomponents: []\n',
    message: 'must have at least 1 item',
    line: 2,
    column: 13,
  },
  {
    name: 'bad app name',
    yaml: 'app: Shop_App\ncomponents:\n  - name: web\n    image: x\n',
    message: /"Shop_App" is not valid: A DNS-1123 label/,
    line: 1,
    column: 6,
  },
  {
    name: 'unknown top-level field',
    yaml: `${base}componets: []\n`,
    message: "unknown field 'componets'; did you mean 'components'?",
    line: 5,
    column: 1,
  },
  {
    name: 'unknown component field',
    yaml: `${base}    replicass: 3\n`,
    message: "components[0] (web).replicass: unknown field 'replicass'; did you mean 'replicas'?",
    line: 5,
    column: 5,
  },
  {
    name: 'a Kubernetes field the spec does not model says how to set it with patches, and where',
    yaml: `${base}    hostNetwork: true\n`,
    message:
      /components\[0\] \(web\)\.hostNetwork: unknown field 'hostNetwork'.*add a patch at \/components\/0\/patches/,
    line: 5,
    column: 5,
  },
  {
    name: 'port not a number',
    yaml: `${base}    port: eighty\n`,
    message: 'components[0] (web).port: must be integer, got "eighty"',
    line: 5,
    column: 11,
  },
  { name: 'port out of range', yaml: `${base}    port: 70000\n`, message: 'must be <= 65535', line: 5, column: 11 },
  {
    name: 'bad kind',
    yaml: `${base}    kind: deployment\n`,
    message: /must be one of "service", "worker".*got "deployment"/,
    line: 5,
    column: 11,
  },
  {
    name: 'bad quantity',
    yaml: `${base}    resources:\n      requests:\n        memory: 12 GB\n`,
    message: /memory: "12 GB" is not valid: A Kubernetes quantity/,
    line: 7,
    column: 17,
  },
  {
    name: 'request above limit',
    yaml: `${base}    resources:\n      requests: {memory: 2Gi}\n      limits: {memory: 1Gi}\n`,
    message: 'memory request 2Gi is more than its limit 1Gi',
    line: 6,
    column: 26,
  },
  {
    name: 'duplicate component',
    yaml: `${base}  - name: web\n    image: y\n`,
    message: "duplicate component name 'web' (first used by components[0])",
    line: 5,
    column: 11,
  },
  {
    name: 'unknown depends',
    yaml: `${base}    depends: [db]\n`,
    message: "unknown component 'db' in depends (known: web)",
    line: 5,
    column: 15,
  },
  {
    name: 'self dependency',
    yaml: `${base}    depends: [web]\n`,
    message: "component 'web' depends on itself",
    line: 5,
    column: 15,
  },
  {
    name: 'dependency cycle',
    yaml: 'app: a\ncomponents:\n  - name: x\n    image: i\n    depends: [y]\n  - name: y\n    image: i\n    depends: [x]\n',
    message: 'dependency cycle: x → y → x',
    line: 5,
    column: 5,
  },
  {
    name: 'missing image',
    yaml: 'app: a\ncomponents:\n  - name: web\n    port: 80\n',
    message: "component 'web' (service) needs an image",
    line: 3,
    column: 5,
  },
  {
    name: 'port and ports',
    yaml: `${base}    port: 80\n    ports: [{port: 81}]\n`,
    message: 'give either port or ports, not both',
    line: 5,
    column: 5,
  },
  {
    name: 'port clash',
    yaml: `${base}    ports:\n      - port: 8080\n      - port: 8080\n`,
    message: 'port 8080/TCP is already declared by ports[0]',
    line: 7,
    column: 15,
  },
  {
    name: 'port name clash',
    yaml: `${base}    ports:\n      - {name: http, port: 80}\n      - {name: http, port: 81}\n`,
    message: "port name 'http' is already used by ports[0]",
    line: 7,
    column: 16,
  },
  {
    name: 'cronjob without schedule',
    yaml: 'app: a\ncomponents:\n  - name: c\n    kind: cronjob\n    image: i\n',
    message: "cronjob 'c' needs a schedule",
    line: 3,
    column: 5,
  },
  {
    name: 'bad cron schedule',
    yaml: 'app: a\ncomponents:\n  - name: c\n    kind: cronjob\n    image: i\n    schedule: "* * *"\n',
    message: /must have 5 fields/,
    line: 6,
    column: 16,
  },
  {
    name: 'storage on a deployment',
    yaml: `${base}    storage:\n      - {name: data, mountPath: /data, size: 1Gi}\n`,
    message: 'storage is only for kind: statefulset',
    line: 5,
    column: 5,
  },
  {
    name: 'ingress without port',
    yaml: `${base}    ingress: {host: a.example.com}\n`,
    message: 'ingress needs a port to route to',
    line: 5,
    column: 5,
  },
  {
    name: 'volume with two sources',
    yaml: `${base}    volumes:\n      - name: v\n        mountPath: /v\n        emptyDir: {}\n        secret: s\n`,
    message: /needs exactly one source.*found emptyDir, secret/,
    line: 6,
    column: 9,
  },
  {
    name: 'mount path used twice',
    yaml: `${base}    volumes:\n      - {name: a, mountPath: /v, emptyDir: {}}\n      - {name: b, mountPath: /v, emptyDir: {}}\n`,
    message: 'mount path /v is already used',
    line: 7,
    column: 30,
  },
  {
    name: 'unknown variable',
    yaml: 'app: a\ncomponents:\n  - name: web\n    image: nginx:${tag}\n',
    message: /unknown variable \$\{tag\}/,
    line: 4,
    column: 12,
  },
  {
    name: 'variable of wrong type',
    yaml: 'app: a\nvariables: {n: many}\ncomponents:\n  - name: web\n    image: i\n    replicas: ${n}\n',
    message: 'must be integer, got "many"',
    line: 6,
    column: 15,
  },
  {
    name: 'cluster without provider',
    yaml: `${base}clusters:\n  - name: prod\n`,
    message: "cluster 'prod' must name exactly one provider",
    line: 6,
    column: 5,
  },
  {
    name: 'cluster with two providers',
    yaml: `${base}clusters:\n  - name: prod\n    doks: {cluster: a}\n    lke: {cluster: b}\n`,
    message: /found doks and lke/,
    line: 6,
    column: 5,
  },
  {
    name: 'eks without region',
    yaml: `${base}clusters:\n  - name: prod\n    eks: {cluster: a}\n`,
    message: "missing required field 'region'",
    line: 7,
    column: 5,
  },
  {
    name: 'override of unknown component',
    yaml: `${base}clusters:\n  - name: prod\n    doks: {cluster: a}\n    components:\n      api: {replicas: 2}\n`,
    message: "overrides unknown component 'api'",
    line: 9,
    column: 7,
  },
  {
    name: 'env value of wrong shape',
    yaml: `${base}    env:\n      A: {secret: s}\n`,
    message: /A: a mapping is not valid: expected an environment value/,
    line: 6,
    column: 10,
  },
  {
    name: 'autoscale min above max',
    yaml: `${base}    autoscale: {min: 5, max: 2}\n`,
    message: 'autoscale min (5) is greater than max (2)',
    line: 5,
    column: 5,
  },
  {
    name: 'json patch that is not a list',
    yaml: `${base}    patches:\n      - type: json\n        patch: {a: 1}\n`,
    message: 'a json patch is a list of operations',
    line: 7,
    column: 16,
  },
  {
    name: 'secret without values',
    yaml: `${base}secrets:\n  - name: s\n`,
    message: "secret 's' needs fromEnv or fromFile",
    line: 6,
    column: 5,
  },
  {
    name: 'pull secret of wrong type',
    yaml: `${base}    imagePullSecrets: [s]\nsecrets:\n  - name: s\n    fromEnv: {a: A}\n`,
    message: "secret 's' is opaque, not a docker-config registry secret",
    line: 5,
    column: 24,
  },
  {
    name: 'unknown cluster in component',
    yaml: `${base}    clusters: [prod]\n`,
    message: "unknown cluster 'prod'",
    line: 5,
    column: 16,
  },
  {
    name: 'worker with ports',
    yaml: 'app: a\ncomponents:\n  - name: w\n    kind: worker\n    image: i\n    port: 80\n',
    message: 'a worker has no ports; use kind: service',
    line: 3,
    column: 5,
  },
  {
    name: 'error inside an app group points at the nested child',
    yaml: 'app: a\ncomponents:\n  - name: backend\n    kind: app\n    image: i:1\n    components:\n      - name: api\n        port: nope\n',
    message: 'components[0] (backend).components[0] (api).port: must be integer, got "nope"',
    line: 8,
    column: 15,
  },
  {
    name: 'a child named like another component',
    yaml: 'app: a\ncomponents:\n  - name: api\n    image: i:1\n  - name: backend\n    kind: app\n    image: i:1\n    components:\n      - name: api\n',
    message: "duplicate component name 'api' (first used by components[0])",
    line: 9,
    column: 15,
  },
  {
    name: 'components on a service',
    yaml: `${base}    kind: service\n    components:\n      - { name: x, image: i:1 }\n`,
    message: 'components is only for kind: app (this is a service)',
    line: 6,
    column: 5,
  },
  {
    name: 'an app without components',
    yaml: `${base}  - name: group\n    kind: app\n`,
    message: "app 'group' needs components",
    line: 5,
    column: 5,
  },
  {
    name: 'a child that depends on its own group',
    yaml: 'app: a\ncomponents:\n  - name: g\n    kind: app\n    image: i:1\n    components:\n      - name: x\n        depends: [g]\n',
    message: 'dependency cycle: x → x',
    line: 8,
    column: 9,
  },
  {
    name: 'alias bomb',
    yaml: `a: &a ["x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n`,
    message: /more than 100000 YAML nodes once aliases are expanded/,
    line: 6,
    column: 14,
  },
  {
    name: 'document too deep',
    yaml: `app: a\nx: ${'['.repeat(60)}${']'.repeat(60)}\n`,
    message: /nesting exceeded maxDepth/,
    line: 2,
    column: 43,
  },
];

describe('spec errors name file, line and column and say what was expected', () => {
  it('covers at least 30 distinct bad specs', () => {
    expect(new Set(cases.map((c) => c.name)).size).toBeGreaterThanOrEqual(30);
  });

  for (const bad of cases) {
    it(bad.name, () => {
      const problems = problemsOf(bad.yaml);
      const match = problems.find((problem) =>
        typeof bad.message === 'string' ? problem.message.includes(bad.message) : bad.message.test(problem.message),
      );
      expect(
        match,
        `problems were:\n${problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n')}`,
      ).toBeDefined();
      expect(match?.file).toBe('k8deployer.yaml');
      expect({ line: match?.line, column: match?.column }).toEqual({ line: bad.line, column: bad.column });
    });
  }
});
