// The canary's fail-fast signals while a step holds: its pods crash-looping, failing to pull, or restarting. Driven
// by an informer (a watch, no polling); the verdicts are the tracker's pure podFailure, plus "restarted since the
// step began", which the tracker does not count (a deploy's new pods have not run before).
import type { ClusterClient } from '../../cluster/client.js';
import type { KubeObject } from '../../kube/object.js';
import { arrayAt, numberAt, stringAt, uidOf } from '../../track/fields.js';
import { defaultThresholds, podFailure, type FailFastThresholds } from '../../track/failfast.js';

export interface PodWatch {
  /** Resolves with the first failure signal's one line; never rejects. */
  failure: Promise<string>;
  stop(): void;
}

export async function watchCanaryPods(
  client: ClusterClient,
  namespace: string,
  selector: Record<string, string>,
  thresholds: Partial<FailFastThresholds>,
): Promise<PodWatch> {
  const labelSelector = Object.entries(selector)
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
  const informer = await client.informer('v1', 'Pod', { namespace, labelSelector });
  const limits = { ...defaultThresholds, ...thresholds };
  const firstSeen = new Map<string, number>();
  const restartsAtStart = new Map<string, number>();
  for (const pod of informer.list()) restartsAtStart.set(uidOf(pod) ?? pod.metadata.name, restartsOf(pod));
  let settle: (reason: string) => void = () => undefined;
  const failure = new Promise<string>((resolve) => (settle = resolve));
  let timer: NodeJS.Timeout | undefined;
  const evaluate = (): void => {
    const now = Date.now();
    let recheck: number | undefined;
    for (const pod of informer.list()) {
      if (pod.metadata['deletionTimestamp']) continue;
      const verdict = podFailure(pod, now, (key) => firstSeen.get(key) ?? (firstSeen.set(key, now), now), limits);
      if (verdict.failure) return settle(`pod ${pod.metadata.name}: ${verdict.failure.reason}`);
      const key = uidOf(pod) ?? pod.metadata.name;
      const before = restartsAtStart.get(key);
      if (before === undefined) restartsAtStart.set(key, restartsOf(pod));
      else if (restartsOf(pod) > before)
        return settle(`pod ${pod.metadata.name}: ${restartText(pod)} (restarted while the step held)`);
      if (verdict.recheckAt !== undefined) recheck = Math.min(recheck ?? verdict.recheckAt, verdict.recheckAt);
    }
    if (timer) clearTimeout(timer);
    timer = recheck === undefined ? undefined : setTimeout(evaluate, Math.max(0, recheck - Date.now()));
  };
  const unsubscribe = informer.subscribe(() => evaluate());
  const unsubscribeError = informer.onError((error) => settle(`watching the canary's pods failed: ${error.message}`));
  evaluate();
  return {
    failure,
    stop: () => {
      unsubscribe();
      unsubscribeError();
      if (timer) clearTimeout(timer);
    },
  };
}

function restartsOf(pod: KubeObject): number {
  return arrayAt(pod, 'status', 'containerStatuses').reduce<number>(
    (sum, status) => sum + (numberAt(status, 'restartCount') ?? 0),
    0,
  );
}

function restartText(pod: KubeObject): string {
  const status = arrayAt(pod, 'status', 'containerStatuses').find(
    (entry) => (numberAt(entry, 'restartCount') ?? 0) > 0,
  );
  const name = stringAt(status, 'name') ?? '?';
  const reason = stringAt(status, 'lastState', 'terminated', 'reason');
  return `container ${name} restarted${reason ? ` (${reason})` : ''}`;
}
