import { describe, expect, it } from 'vitest';
import {
  dataKeyProblem,
  dns1035LabelProblem,
  dnsSubdomainProblem,
  ingressHostProblem,
  isSystemNamespace,
  labelValueProblem,
  qualifiedNameProblem,
} from '../../../src/spec/kubernetes-names.js';

// Tables mirror k8s.io/apimachinery/pkg/util/validation: [value, valid].
const table: [string, (value: string) => string | undefined, [string, boolean][]][] = [
  [
    'qualified names (label and annotation keys)',
    qualifiedNameProblem,
    [
      ['app', true],
      ['app.kubernetes.io/name', true],
      ['a_b.c-d', true],
      ['A9', true],
      [`example.com/${'n'.repeat(63)}`, true],
      ['team name', false],
      ['a\nb', false],
      ['-a', false],
      ['a-', false],
      ['', false],
      ['example.com/', false],
      ['/name', false],
      ['Example.com/name', false],
      ['a/b/c', false],
      [`example.com/${'n'.repeat(64)}`, false],
      [`${'p'.repeat(254)}/n`, false],
    ],
  ],
  [
    'label values',
    labelValueProblem,
    [
      ['', true],
      ['v1.2.3', true],
      ['a_b-c.d', true],
      ['v'.repeat(63), true],
      ['v'.repeat(64), false],
      ['a b', false],
      ['a/b', false],
      ['-a', false],
      ['1.0+build', false],
      ['a\n', false],
    ],
  ],
  [
    'DNS-1123 subdomains (object names)',
    dnsSubdomainProblem,
    [
      ['web', true],
      ['web.v1', true],
      ['1web', true],
      ['a'.repeat(253), true],
      ['Web', false],
      ['web_1', false],
      ['web.', false],
      ['.web', false],
      ['a'.repeat(254), false],
      ['', false],
      ['system:admin', false],
    ],
  ],
  [
    'DNS-1035 labels (Service names)',
    dns1035LabelProblem,
    [
      ['web', true],
      ['w-1', true],
      ['1web', false],
      ['web-', false],
      ['w'.repeat(64), false],
    ],
  ],
  [
    'ingress hosts',
    ingressHostProblem,
    [
      ['shop.example.com', true],
      ['*.example.com', true],
      ['localhost', true],
      ['shop.example.com\nevil.com', false],
      ['*example.com', false],
      ['a.*.example.com', false],
      ['10.0.0.1', false],
      ['Shop.example.com', false],
      ['shop.example.com:80', false],
    ],
  ],
  [
    'ConfigMap and Secret data keys',
    dataKeyProblem,
    [
      ['config.yaml', true],
      ['.env', true],
      ['A_B-c', true],
      ['a/b', false],
      ['..', false],
      ['.', false],
      ['a b', false],
      ['', false],
    ],
  ],
];

describe.each(table)('%s', (_, problemOf, rows) => {
  it.each(rows)('%j valid: %s', (value, valid) => {
    expect(problemOf(value) === undefined).toBe(valid);
  });
});

it('system namespaces are the kube-* ones; default stays usable', () => {
  expect(['kube-system', 'kube-public', 'kube-node-lease', 'kube-flannel'].every(isSystemNamespace)).toBe(true);
  expect(['default', 'shop', 'kubernetes', 'my-kube-system'].some(isSystemNamespace)).toBe(false);
});
