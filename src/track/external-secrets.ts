// ExternalSecret readiness (External Secrets Operator, external-secrets.io/v1). The operator has no
// observedGeneration; it records the generation it synced in status.syncedResourceVersion as
// `<generation>-<hash of labels and annotations>` (pkg/controllers/util GetResourceVersion), and a Ready condition
// with reason SecretSynced or SecretSyncedError.
import { ObjectStatus } from '../events.js';
import type { KubeObject } from '../kube/object.js';
import { condition, generationOf, stringAt } from './fields.js';
import { conditionText, inProgress, ready, type Readiness } from './verdict.js';

export function externalSecretReadiness(object: KubeObject): Readiness {
  const generation = generationOf(object);
  const synced = stringAt(object, 'status', 'syncedResourceVersion');
  const readyCondition = condition(object, 'Ready');
  if (!readyCondition) return inProgress('waiting for External Secrets Operator to sync it (no Ready condition yet)');
  // A Ready=True from before our change is not an answer about this generation.
  if (generation !== undefined && synced !== undefined && !synced.startsWith(`${generation}-`))
    return inProgress(`waiting for External Secrets Operator to sync generation ${generation}`);
  if (readyCondition.status === 'True') return ready('synced from the store');
  // The operator retries on its own, but a store that refuses the read (missing key, no access, unknown store) does
  // not heal by waiting: fail fast with the operator's words.
  if (readyCondition.reason === 'SecretSyncedError')
    return { status: ObjectStatus.Failed, message: conditionText('Ready', readyCondition) };
  return inProgress(conditionText('Ready', readyCondition));
}
