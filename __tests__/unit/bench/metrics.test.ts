import { describe, expect, it } from 'vitest';
import {
  byVerb,
  counterDelta,
  openWatches,
  parsePrometheusText,
  requestCounts,
} from '../../../bench/harness/metrics.js';

// Lines as kube-apiserver 1.33 exposes them on /metrics (HELP/TYPE comments, labels in sorted order).
const scrape = `# HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.
# TYPE apiserver_request_total counter
apiserver_request_total{code="200",component="apiserver",dry_run="",group="apps",resource="deployments",scope="resource",subresource="",verb="APPLY",version="v1"} 50
apiserver_request_total{code="201",component="apiserver",dry_run="",group="apps",resource="deployments",scope="resource",subresource="",verb="APPLY",version="v1"} 2
apiserver_request_total{code="200",component="apiserver",dry_run="All",group="apps",resource="deployments",scope="resource",subresource="",verb="APPLY",version="v1"} 9
apiserver_request_total{code="200",component="apiserver",dry_run="",group="apps",resource="deployments",scope="resource",subresource="status",verb="PUT",version="v1"} 120
apiserver_request_total{code="200",component="apiserver",dry_run="",group="",resource="pods",scope="namespace",subresource="",verb="LIST",version="v1"} 3
# HELP apiserver_longrunning_requests [ALPHA] Gauge of all active long-running apiserver requests
# TYPE apiserver_longrunning_requests gauge
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="namespace",subresource="",verb="WATCH",version="v1"} 4
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="cluster",subresource="",verb="WATCH",version="v1"} 2
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="namespace",subresource="exec",verb="CONNECT",version="v1"} 1
`;

describe('parsePrometheusText', () => {
  it('reads names, labels and values, skipping comments and blank lines', () => {
    const samples = parsePrometheusText(scrape);
    expect(samples).toHaveLength(8);
    expect(samples[0]).toEqual({
      name: 'apiserver_request_total',
      labels: {
        code: '200',
        component: 'apiserver',
        dry_run: '',
        group: 'apps',
        resource: 'deployments',
        scope: 'resource',
        subresource: '',
        verb: 'APPLY',
        version: 'v1',
      },
      value: 50,
    });
  });

  it('unescapes label values and reads special values, exponents and timestamps', () => {
    const samples = parsePrometheusText(
      ['m{path="a\\"b\\\\c\\nd",x="1,2}"} 1.5e3 1700000000000', 'n +Inf', 'o{} NaN', 'p{le="0.5",} -2'].join('\n'),
    );
    expect(samples[0]).toEqual({ name: 'm', labels: { path: 'a"b\\c\nd', x: '1,2}' }, value: 1500 });
    expect(samples[1]?.value).toBe(Infinity);
    expect(samples[2]?.value).toBeNaN();
    expect(samples[3]).toEqual({ name: 'p', labels: { le: '0.5' }, value: -2 });
  });

  it('refuses a malformed line with its number instead of skipping it', () => {
    expect(() => parsePrometheusText('ok 1\nbroken{a="1" 2')).toThrow(/metrics line 2: /);
    expect(() => parsePrometheusText('x{a=1} 2')).toThrow(/line 1: bad label/);
    expect(() => parsePrometheusText('x twelve')).toThrow(/line 1: bad value/);
  });
});

describe('request counts', () => {
  it('sums apiserver_request_total per verb and resource, without dry runs', () => {
    const counts = requestCounts(parsePrometheusText(scrape));
    expect(Object.fromEntries(counts)).toEqual({
      'APPLY deployments': 52,
      'PUT deployments/status': 120,
      'LIST pods': 3,
    });
    expect(byVerb(counts)).toEqual({ APPLY: 52, LIST: 3, PUT: 120 });
  });

  it('takes the increase between two scrapes, dropping keys that did not grow', () => {
    const before = new Map([
      ['APPLY deployments', 10],
      ['LIST pods', 3],
    ]);
    const after = new Map([
      ['APPLY deployments', 60],
      ['LIST pods', 3],
      ['POST secrets', 1],
    ]);
    expect(Object.fromEntries(counterDelta(before, after))).toEqual({ 'APPLY deployments': 50, 'POST secrets': 1 });
  });

  it('adds up open watches per resource from the long-running gauge, other verbs left out', () => {
    expect(Object.fromEntries(openWatches(parsePrometheusText(scrape)))).toEqual({ pods: 6 });
  });
});
