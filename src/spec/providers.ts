/**
 * The cluster providers: the spec's provider keys, the credentials modules and the render profiles all use this list.
 */
export const ProviderName = {
  Eks: 'eks',
  Doks: 'doks',
  Lke: 'lke',
  Aks: 'aks',
  Gke: 'gke',
  Kubeconfig: 'kubeconfig',
} as const;
export type ProviderName = (typeof ProviderName)[keyof typeof ProviderName];

export const providerNames: readonly ProviderName[] = Object.values(ProviderName);
