import { describe, expect, it } from 'vitest';
import { problemsOf, targetsOf } from './helpers.js';

// The pod fields (src/spec/pod-rules.ts): each bad spec must be refused with this message at this line:column.
const base = `app: shop
components:
  - name: web
    image: nginx:1.27
    ports: [{ name: http, port: 8080 }]
`;
const cases = {
  dupContainer: `${base}    sidecars: [{ name: web }]\n`,
  dupContainer2: `${base}    initContainers:\n      - name: a\n    sidecars:\n      - name: a\n`,
  probePort: `${base}    probes:\n      readiness: { path: /x, port: htp }\n`,
  sidecarProbePort: `${base}    sidecars:\n      - name: s\n        ports: [{ name: adm, port: 9000 }]\n        probes: { readiness: { grpc: true, port: http } }\n`,
  initProbe: `${base}    initContainers:\n      - name: s\n        probes: { path: /x }\n`,
  twoHandlers: `${base}    probes:\n      readiness: { path: /x, tcp: true }\n`,
  sidecarNoPort: `${base}    sidecars:\n      - name: s\n        probes: { readiness: { path: /x } }\n`,
  hook: `${base}    lifecycle:\n      preStop: { sleep: 5, exec: [a] }\n`,
  hookPort: `${base}    lifecycle:\n      postStart: { path: /a, port: nope }\n`,
  grace: `${base}    lifecycle: { preStop: { sleep: 40 } }\n    terminationGracePeriodSeconds: 30\n`,
  mount: `${base}    sidecars:\n      - name: s\n        volumeMounts: [{ name: data, mountPath: /d }]\n`,
  portClash: `${base}    sidecars:\n      - name: s\n        ports: [{ name: http, port: 8080 }]\n`,
  svcPort: `${base}    services:\n      - name: pub\n        ports: [https]\n`,
  svcName: `${base}    services:\n      - name: web\n`,
  svcName2: `${base}    services:\n      - name: pub\n  - name: api\n    image: x:1\n    port: 80\n    services: [{ name: pub }]\n`,
  svcBadName: `${base}    services:\n      - name: Pub_1\n`,
  svcJob: `app: shop\ncomponents:\n  - name: j\n    kind: job\n    image: x:1\n    services: [{ name: pub, ports: [80] }]\n`,
  nodePort: `${base}    services:\n      - name: pub\n        ports: [{ port: http, nodePort: 30001 }]\n`,
  badHeader: `${base}    probes:\n      readiness: { path: /x, headers: { "bad header": x } }\n`,
  sidecarNoImage: `app: shop\ncomponents:\n  - name: m\n    kind: manifests\n    files: [a.yaml]\n    sidecars: [{ name: s }]\n`,
} as const;

const table: { name: string; yaml: string; message: string; line: number; column: number }[] = [
  {
    name: 'a sidecar named like the main container',
    yaml: cases.dupContainer,
    message: "container name 'web' is already used by the main container",
    line: 6,
    column: 24,
  },
  {
    name: 'an init container and a sidecar with one name',
    yaml: cases.dupContainer2,
    message: "container name 'a' is already used by initContainers[0] (a)",
    line: 9,
    column: 15,
  },
  {
    name: 'a probe naming a port that does not exist',
    yaml: cases.probePort,
    message: "port 'htp' is not a port of this container (ports: http=8080)",
    line: 7,
    column: 36,
  },
  {
    name: "a sidecar probe naming the main container's port",
    yaml: cases.sidecarProbePort,
    message: "port 'http' is not a port of this container (ports: adm=9000)",
    line: 9,
    column: 50,
  },
  {
    name: 'probes on an init container',
    yaml: cases.initProbe,
    message: 'an init container runs to completion and takes no probes (a container that keeps running is a sidecar)',
    line: 8,
    column: 9,
  },
  {
    name: 'a probe with two handlers',
    yaml: cases.twoHandlers,
    message: 'a probe checks one way: give one of path, grpc, tcp or exec',
    line: 7,
    column: 7,
  },
  {
    name: 'a sidecar HTTP probe without any port',
    yaml: cases.sidecarNoPort,
    message: 'this probe needs a port: the container declares none (give port, or exec)',
    line: 8,
    column: 19,
  },
  {
    name: 'a hook with two actions',
    yaml: cases.hook,
    message: 'a preStop hook needs exactly one of sleep, exec or path, found sleep and exec',
    line: 7,
    column: 7,
  },
  {
    name: 'a hook naming an unknown port',
    yaml: cases.hookPort,
    message: "port 'nope' is not a port of this container (ports: http=8080)",
    line: 7,
    column: 36,
  },
  {
    name: 'a grace period shorter than the preStop sleep',
    yaml: cases.grace,
    message:
      'terminationGracePeriodSeconds (30) must be more than the preStop sleep (40), or the app gets no time to shut down',
    line: 7,
    column: 36,
  },
  {
    name: 'a sidecar mounting an unknown volume',
    yaml: cases.mount,
    message: "'data' is not a volume, storage claim or config of component 'web'",
    line: 8,
    column: 32,
  },
  {
    name: 'a sidecar port clashing with the main container',
    yaml: cases.portClash,
    message: "port name 'http' is already used by the main container (port names are unique in the pod)",
    line: 8,
    column: 17,
  },
  {
    name: 'an extra Service naming an unknown port',
    yaml: cases.svcPort,
    message: "port 'https' is not a port of the main container or a sidecar (ports: http=8080)",
    line: 8,
    column: 17,
  },
  {
    name: "an extra Service named like a component's own Service",
    yaml: cases.svcName,
    message: "service name 'web' is already used by component 'web' (its own Service)",
    line: 7,
    column: 15,
  },
  {
    name: 'two components with the same extra Service name',
    yaml: cases.svcName2,
    message: "service name 'pub' is already used by services[0] of component 'web'",
    line: 11,
    column: 24,
  },
  {
    name: 'Services on a job',
    yaml: cases.svcJob,
    message: 'a job runs to completion and has no Services',
    line: 6,
    column: 5,
  },
  {
    name: 'a nodePort on a ClusterIP Service',
    yaml: cases.nodePort,
    message: 'nodePort is for NodePort and LoadBalancer services',
    line: 8,
    column: 41,
  },
  {
    name: 'sidecars on a manifests component',
    yaml: cases.sidecarNoImage,
    message: 'sidecars is only for components that run pods (this is a manifests)',
    line: 6,
    column: 5,
  },
];

describe('pod field validation', () => {
  for (const row of table) {
    it(row.name, () => {
      const problems = problemsOf(row.yaml);
      expect(problems.map((problem) => problem.message)).toContain(row.message);
      expect(problems.find((problem) => problem.message === row.message)).toMatchObject({
        line: row.line,
        column: row.column,
      });
    });
  }

  it('a bad Service name is refused by the schema (DNS-1035: starts with a letter, lowercase)', () => {
    expect(problemsOf(cases.svcBadName)[0]).toMatchObject({ line: 7, column: 15 });
    expect(problemsOf(`${base}    services: [{ name: 1pub }]\n`)[0]?.message).toMatch(/DNS-1035/);
    expect(problemsOf(`${base}    services: [{ name: ${'a'.repeat(64)} }]\n`)[0]?.message).toMatch(/DNS-1035/);
  });

  it('caps the container and Service lists with a positioned error (bounded work on hostile input)', () => {
    const sidecars = Array.from({ length: 33 }, (_, index) => `      - name: s${index}\n`).join('');
    const problems = problemsOf(`${base}    sidecars:\n${sidecars}`);
    expect(problems[0]).toMatchObject({ line: 7, column: 7 });
    expect(problems[0]?.message).toMatch(/sidecars: .*32 items/);
  });

  it('accepts numeric probe ports that are not declared (an app may serve health on its own port)', () => {
    expect(targetsOf(`${base}    probes: { readiness: { path: /x, port: 9999 } }\n`)).toHaveLength(1);
  });

  it('accepts a sidecar mounting a config and a storage claim by name', () => {
    const spec = `app: shop\ncomponents:\n  - name: db\n    kind: statefulset\n    image: pg:16\n    ports: [{ port: 5432 }]\n    storage: [{ name: data, mountPath: /data, size: 1Gi }]\n    config: [{ name: conf, env: true, data: { a: b } }]\n    sidecars: [{ name: backup, volumeMounts: [{ name: data, mountPath: /backup }, { name: conf, mountPath: /etc/conf }] }]\n`;
    expect(targetsOf(spec)).toHaveLength(1);
  });
});
