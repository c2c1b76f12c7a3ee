import type { ProviderName } from './providers.js';
import type { ProviderProfile } from './spec-types.generated.js';

export interface ResolvedProfile {
  storageClass?: string;
  ingressClass?: string;
  loadBalancerAnnotations: Record<string, string>;
  ingressAnnotations: Record<string, string>;
  /** How a canary splits traffic when its strategy does not say (src/render/strategy.ts); unset: replicas. */
  trafficSplit?: 'replicas' | 'nginx' | 'gateway';
}

/**
 * What differs between providers, so one spec deploys unchanged everywhere. Values are what each provider ships
 * by default (or its documented managed add-on); every field can be overridden by a cluster's `profile`.
 */
const providerProfiles: Record<ProviderName, ResolvedProfile> = {
  eks: {
    storageClass: 'gp2',
    ingressClass: 'alb',
    loadBalancerAnnotations: {
      'service.beta.kubernetes.io/aws-load-balancer-type': 'external',
      'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type': 'ip',
      'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing',
    },
    ingressAnnotations: {
      'alb.ingress.kubernetes.io/scheme': 'internet-facing',
      'alb.ingress.kubernetes.io/target-type': 'ip',
    },
  },
  doks: {
    storageClass: 'do-block-storage',
    ingressClass: 'nginx',
    loadBalancerAnnotations: {},
    ingressAnnotations: {},
  },
  lke: {
    storageClass: 'linode-block-storage-retain',
    ingressClass: 'nginx',
    loadBalancerAnnotations: {},
    ingressAnnotations: {},
  },
  aks: {
    storageClass: 'managed-csi',
    ingressClass: 'webapprouting.kubernetes.azure.com',
    loadBalancerAnnotations: {},
    ingressAnnotations: {},
  },
  gke: { storageClass: 'standard-rwo', ingressClass: 'gce', loadBalancerAnnotations: {}, ingressAnnotations: {} },
  kubeconfig: { loadBalancerAnnotations: {}, ingressAnnotations: {} },
};

export function resolveProfile(provider: ProviderName, overrides: ProviderProfile | undefined): ResolvedProfile {
  const base = providerProfiles[provider];
  const profile: ResolvedProfile = {
    loadBalancerAnnotations: { ...base.loadBalancerAnnotations, ...overrides?.loadBalancerAnnotations },
    ingressAnnotations: { ...base.ingressAnnotations, ...overrides?.ingressAnnotations },
  };
  const storageClass = overrides?.storageClass ?? base.storageClass;
  const ingressClass = overrides?.ingressClass ?? base.ingressClass;
  if (storageClass) profile.storageClass = storageClass;
  if (ingressClass) profile.ingressClass = ingressClass;
  if (overrides?.trafficSplit) profile.trafficSplit = overrides.trafficSplit;
  return profile;
}
