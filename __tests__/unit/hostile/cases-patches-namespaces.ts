import { parseCliArgs } from '../../../src/settings/cli-args.js';
import { parseVariables } from '../../../src/settings/parse-values.js';
import { specCase, type HostileCase } from './harness.js';

const head = 'app: shop\ncomponents:\n  - name: web\n    image: nginx:1.27\n    port: 8080\n';
const manifestsSpec = 'app: shop\ncomponents:\n  - name: extras\n    kind: manifests\n    files: [extras.yaml]\n';
const configMap = (metadata: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: ${metadata}\ndata: {a: b}\n`;

export const patchCases: HostileCase[] = [
  specCase(
    'a merge patch naming a container that does not exist',
    `${head}    patches:\n      - patch: {spec: {template: {spec: {containers: [{name: wbe, resources: {limits: {cpu: "1"}}}]}}}}\n`,
    { refused: /there is no container 'wbe' in containers \(containers: web\)/, line: 7, column: 9 },
  ),
  specCase(
    'a merge patch naming a missing init container',
    `${head}    patches:\n      - patch: {spec: {template: {spec: {initContainers: [{name: migrate}]}}}}\n`,
    { refused: /no container 'migrate' in initContainers/, line: 7, column: 9 },
  ),
  specCase(
    'a merge patch adding a whole sidecar (with an image) is fine',
    `${head}    patches:\n      - patch: {spec: {template: {spec: {containers: [{name: proxy, image: envoy:1}]}}}}\n`,
    { accepted: true },
  ),
  specCase('a merge patch changing the kind', `${head}    patches:\n      - patch: {kind: StatefulSet}\n`, {
    refused: /a patch cannot change an object's kind \(Deployment\/web\)/,
    line: 7,
    column: 9,
  }),
  specCase(
    'a merge patch changing the apiVersion',
    `${head}    patches:\n      - patch: {apiVersion: apps/v1beta1}\n`,
    { refused: /cannot change an object's apiVersion/, line: 7, column: 9 },
  ),
  specCase(
    'a merge patch moving the object to another namespace',
    `${head}    patches:\n      - patch: {metadata: {namespace: other}}\n`,
    { refused: /cannot change an object's namespace/, line: 7, column: 9 },
  ),
  specCase(
    'a merge patch moving a Service into kube-system',
    `${head}    patches:\n      - target: {kind: Service}\n        patch: {metadata: {namespace: kube-system}}\n`,
    { refused: /cannot change an object's namespace \(Service\/web\)/, line: 7, column: 9 },
  ),
  specCase(
    'a merge patch deleting the namespace (null)',
    `${head}    patches:\n      - patch: {metadata: {namespace: null}}\n`,
    { refused: /cannot change an object's namespace/, line: 7, column: 9 },
  ),
  specCase(
    'a JSON patch renaming the object',
    `${head}    patches:\n      - type: json\n        patch: [{op: replace, path: /metadata/name, value: other}]\n`,
    { refused: /cannot change an object's name/, line: 7, column: 9 },
  ),
  specCase(
    'a JSON patch removing the name',
    `${head}    patches:\n      - type: json\n        patch: [{op: remove, path: /metadata/name}]\n`,
    { refused: /cannot change an object's name/, line: 7, column: 9 },
  ),
  specCase(
    'a JSON patch replacing the whole object',
    `${head}    patches:\n      - type: json\n        patch: [{op: replace, path: "", value: {apiVersion: v1, kind: Secret, metadata: {name: web}}}]\n`,
    { refused: /cannot change an object's (kind|apiVersion)/, line: 7, column: 9 },
  ),
  specCase(
    'a JSON patch path through __proto__',
    `${head}    patches:\n      - type: json\n        patch: [{op: add, path: /__proto__/polluted, value: 1}]\n`,
    { refused: /a patch path may not go through '__proto__'/, line: 8, column: 33 },
  ),
  specCase(
    'a JSON patch path through constructor/prototype',
    `${head}    patches:\n      - type: json\n        patch: [{op: add, path: /spec/constructor/prototype/x, value: 1}]\n`,
    { refused: /may not go through 'constructor'/, line: 8, column: 33 },
  ),
  specCase(
    'a JSON patch "from" through __proto__',
    `${head}    patches:\n      - type: json\n        patch: [{op: copy, from: /__proto__, path: /spec/x}]\n`,
    { refused: /may not go through '__proto__'/, line: 8, column: 34 },
  ),
];

export const namespaceCases: HostileCase[] = [
  specCase('namespace: kube-system', 'app: shop\nnamespace: kube-system\ncomponents:\n  - name: web\n    image: i\n', {
    refused: /namespace 'kube-system' is a Kubernetes system namespace/,
    line: 2,
    column: 12,
  }),
  specCase(
    'a cluster namespace kube-public',
    'app: shop\ncomponents:\n  - name: web\n    image: i\nclusters:\n  - name: prod\n    namespace: kube-public\n    kubeconfig: {path: k}\n',
    { refused: /namespace 'kube-public' is a Kubernetes system namespace/, line: 7, column: 16 },
  ),
  specCase(
    'a namespace kube-node-lease from a variable',
    'app: shop\nnamespace: "${ns}"\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /'kube-node-lease' is a Kubernetes system namespace/, line: 2, column: 13 },
    { options: { variables: { ns: 'kube-node-lease' } } },
  ),
  specCase('any kube-* namespace', 'app: shop\nnamespace: kube-anything\ncomponents:\n  - name: web\n    image: i\n', {
    refused: /system namespace/,
    line: 2,
    column: 12,
  }),
  specCase(
    'an app named kube-system (the default namespace)',
    'app: kube-system\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /namespace 'kube-system' is a Kubernetes system namespace/, line: 1, column: 6 },
  ),
  specCase(
    '--namespace kube-system',
    'app: shop\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /'kube-system' \(from --namespace\) is a Kubernetes system namespace/ },
    { options: { namespaceOverride: 'kube-system' } },
  ),
  specCase(
    'namespace default is allowed',
    'app: shop\nnamespace: default\ncomponents:\n  - name: web\n    image: i\n',
    { accepted: true },
  ),
  specCase(
    'a raw manifest object in kube-system',
    manifestsSpec,
    { refused: /ConfigMap\/evil is in the Kubernetes system namespace 'kube-system'/, line: 5, column: 13 },
    { files: { 'extras.yaml': configMap('{name: evil, namespace: kube-system}') } },
  ),
  specCase(
    'a raw manifest Namespace kube-public',
    manifestsSpec,
    { refused: /Namespace\/kube-public is in the Kubernetes system namespace/, line: 5, column: 13 },
    { files: { 'extras.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: kube-public}\n' } },
  ),
  specCase(
    'a raw manifest in kube-system through a variable',
    `app: shop\nvariables: {ns: kube-system}\n${manifestsSpec.slice('app: shop\n'.length)}`,
    { refused: /in the Kubernetes system namespace 'kube-system'/ },
    { files: { 'extras.yaml': configMap('{name: evil, namespace: "${ns}"}') } },
  ),
];

export const prototypeCases: HostileCase[] = [
  specCase(
    'a top-level __proto__ key',
    'app: shop\n__proto__: {namespace: kube-system}\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /the key '__proto__' is not allowed/, line: 2, column: 1 },
  ),
  specCase(
    'a quoted "__proto__" key in a flow mapping',
    'app: shop\ncomponents:\n  - {name: web, image: i, "__proto__": {replicas: 9}}\n',
    { refused: /'__proto__' is not allowed/, line: 3, column: 28 },
  ),
  specCase(
    '__proto__ in variables',
    'app: shop\nvariables:\n  __proto__: {tag: evil}\ncomponents:\n  - name: web\n    image: "i:${tag,1}"\n',
    { refused: /'__proto__' is not allowed/, line: 3, column: 3 },
  ),
  specCase(
    '__proto__ in labels',
    'app: shop\ncomponents:\n  - name: web\n    image: i\n    labels:\n      __proto__: {a: b}\n',
    { refused: /'__proto__' is not allowed/, line: 6, column: 7 },
  ),
  specCase(
    'constructor in an env map',
    'app: shop\ncomponents:\n  - name: web\n    image: i\n    env:\n      constructor: x\n',
    { refused: /the key 'constructor' is not allowed/, line: 6, column: 7 },
  ),
  specCase(
    'prototype in a merge patch',
    'app: shop\ncomponents:\n  - name: web\n    image: i\n    patches:\n      - patch: {spec: {prototype: {x: 1}}}\n',
    { refused: /the key 'prototype' is not allowed/, line: 6, column: 24 },
  ),
  specCase(
    '__proto__ in an anchored map merged with <<',
    'app: shop\nbase: &b {__proto__: {x: 1}}\ncomponents:\n  - name: web\n    image: i\n',
    { refused: /'__proto__' is not allowed/, line: 2, column: 11 },
  ),
  specCase(
    'an alias of the text __proto__ used as a key',
    'app: shop\nx: &p __proto__\ncomponents:\n  - name: web\n    image: i\n    labels: {*p : {a: b}}\n',
    { refused: /the key '__proto__' is not allowed/, line: 6, column: 14 },
  ),
  specCase(
    '__proto__ in a cluster override',
    'app: shop\ncomponents:\n  - name: web\n    image: i\nclusters:\n  - name: prod\n    kubeconfig: {path: k}\n    components:\n      __proto__: {replicas: 0}\n',
    { refused: /'__proto__' is not allowed/, line: 9, column: 7 },
  ),
  specCase(
    '__proto__ in a raw manifest',
    'app: shop\ncomponents:\n  - name: extras\n    kind: manifests\n    files: [extras.yaml]\n',
    { refused: /extras.yaml:3:12: the key '__proto__' is not allowed/ },
    {
      files: {
        'extras.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {__proto__: {namespace: kube-system}, name: x}\n',
      },
    },
  ),
  specCase(
    'constructor as a ConfigMap key in a raw manifest is data',
    'app: shop\ncomponents:\n  - name: extras\n    kind: manifests\n    files: [extras.yaml]\n',
    { accepted: true },
    { files: { 'extras.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {constructor: y}\n' } },
  ),
  { name: '--var __proto__=x', run: () => parseVariables('var', '__proto__=x'), outcome: { refused: /__proto__/ } },
  {
    name: 'one --var flag __proto__=x on the command line',
    run: () => parseCliArgs(['render', '--var', '__proto__=x']),
    outcome: { refused: /__proto__/ },
  },
  {
    name: '--var as a YAML map with a constructor key',
    run: () => parseVariables('var', 'constructor: x\nother: {a: 1}\n'),
    outcome: { refused: /constructor|bad name/ },
  },
];
