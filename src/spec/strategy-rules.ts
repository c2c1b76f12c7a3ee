// Rules for `strategy` that JSON Schema cannot say: which kinds take it, and which traffic split fits the component.
import type { Analysis, Component } from './spec-types.generated.js';

type At = (pointer: string, message: string, preferKey?: boolean) => void;

/** Kinds a canary can run for: a Deployment (a second one beside it is the canary). */
const canaryKinds = new Set(['service', 'worker']);
const maxQueryLength = 4000;
const maxUrlLength = 2048;

export function checkStrategy(component: Component, kind: string, pointer: string, at: At): void {
  const strategy = component.strategy;
  if (strategy === undefined) return;
  const type = typeof strategy === 'string' ? strategy : strategy.type;
  const here = `${pointer}/strategy`;
  if (typeof strategy !== 'string' && strategy.type === 'blue-green') checkAnalysis(strategy.analysis, here, at);
  if (type !== 'canary') return;
  if (!canaryKinds.has(kind)) {
    at(here, `strategy canary is for kind service or worker (a Deployment), not ${kind}`, true);
    return;
  }
  if (typeof strategy === 'string' || strategy.type !== 'canary') return;
  const traffic = strategy.traffic;
  if (traffic === 'gateway' && !component.ingress?.gateway)
    at(`${here}/traffic`, `traffic gateway needs ingress.gateway (the HTTPRoute whose weights it sets)`);
  if (traffic === 'nginx' && (!component.ingress || component.ingress.gateway))
    at(`${here}/traffic`, `traffic nginx needs an ingress (not ingress.gateway): the canary Ingress mirrors it`);
  if ((traffic === 'gateway' || traffic === 'nginx') && kind === 'worker')
    at(`${here}/traffic`, `a worker receives no HTTP traffic: use traffic replicas`);
  checkAnalysis(strategy.analysis, here, at);
}

function checkAnalysis(analysis: Analysis | undefined, here: string, at: At): void {
  for (const [index, check] of (analysis?.prometheus ?? []).entries()) {
    if (check.min === undefined && check.max === undefined)
      at(`${here}/analysis/prometheus/${index}`, `a Prometheus check needs min or max (the threshold)`, true);
    if (check.query.trim() === '' || check.query.length > maxQueryLength)
      at(`${here}/analysis/prometheus/${index}/query`, `query must be 1 to ${maxQueryLength} characters`);
    if (check.url.length > maxUrlLength)
      at(`${here}/analysis/prometheus/${index}/url`, `url is longer than ${maxUrlLength} characters`);
  }
  for (const [index, check] of (analysis?.http ?? []).entries())
    if (check.url.length > maxUrlLength)
      at(`${here}/analysis/http/${index}/url`, `url is longer than ${maxUrlLength} characters`);
}
