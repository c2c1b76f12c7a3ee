import type { ClusterClient } from '../cluster/client.js';
import { ClusterError } from '../errors.js';
import type { ObjectRef } from '../kube/object.js';

/** Resolves when the object no longer exists, watching (not polling) its kind in its namespace. */
export async function waitUntilGone(
  client: ClusterClient,
  ref: ObjectRef,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const informer = await client.informer(ref.apiVersion, ref.kind, ref.namespace ? { namespace: ref.namespace } : {});
  if (!informer.get(ref.name, ref.namespace)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      clearTimeout(timer);
      unsubscribe();
      unsubscribeError();
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = (): void =>
      done(new ClusterError(client.name, `cancelled while waiting for ${ref.kind} ${ref.name} to go`));
    const timer = setTimeout(
      () =>
        done(
          new ClusterError(client.name, `${ref.kind} ${ref.name} still exists after ${Math.round(timeoutMs / 1000)} s`),
        ),
      timeoutMs,
    );
    const unsubscribe = informer.subscribe(() => {
      if (!informer.get(ref.name, ref.namespace)) done();
    });
    const unsubscribeError = informer.onError((error) => done(error));
    signal?.addEventListener('abort', onAbort, { once: true });
    // An already aborted signal fires no event: without this the wait would sit out its whole timeout.
    if (signal?.aborted) onAbort();
    else if (!informer.get(ref.name, ref.namespace)) done();
  });
}
