// The benchmark's own view of a namespace, the same for every tool: it watches the Deployments and Pods and records
// when each Deployment appeared, when it was first rolled out, and when the first pod showed a hopeless failure.
// Its requests carry OBSERVER_MARKER in their URI so that the request counts can leave them out.
import { Watch, type KubeConfig } from '@kubernetes/client-node';

/** A label selector that matches everything and names the observer in the request URI. */
export const OBSERVER_MARKER = 'bench-observer';

interface DeploymentLike {
  metadata?: { name?: string; generation?: number };
  spec?: { replicas?: number; template?: { spec?: { containers?: { image?: string }[] } } };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
  };
}

interface PodLike {
  metadata?: { name?: string };
  status?: { containerStatuses?: { state?: { waiting?: { reason?: string } } }[] };
}

/** Rolled out: the controller saw the latest spec and every replica is the new template's and available. */
export function rolledOut(d: DeploymentLike): boolean {
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  return (
    (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 1) &&
    (s.updatedReplicas ?? 0) === want &&
    (s.replicas ?? 0) === want &&
    (s.availableReplicas ?? 0) === want
  );
}

const HOPELESS = new Set(['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'InvalidImageName']);

export interface Tracked {
  firstSeen: number;
  rolledOutAt?: number;
  latest: DeploymentLike;
}

export class NamespaceObserver {
  readonly deployments = new Map<string, Tracked>();
  firstFailure?: { at: number; pod: string; reason: string };
  private readonly aborts: AbortController[] = [];
  private readonly waiters = new Set<() => void>();
  private stopped = false;

  constructor(
    private readonly kubeConfig: KubeConfig,
    readonly namespace: string,
  ) {}

  async start(): Promise<void> {
    await Promise.all([
      this.watch(`/apis/apps/v1/namespaces/${this.namespace}/deployments`, (phase, obj) =>
        this.onDeployment(phase, obj as DeploymentLike),
      ),
      this.watch(`/api/v1/namespaces/${this.namespace}/pods`, (_phase, obj) => this.onPod(obj as PodLike)),
    ]);
  }

  stop(): void {
    this.stopped = true;
    for (const abort of this.aborts) abort.abort();
  }

  /** Forget the failure seen so far (before the next scenario). */
  resetFailure(): void {
    this.firstFailure = undefined;
  }

  /** Resolves with the time `probe` first holds (checked on every event), or undefined after `timeoutMs`. */
  until(probe: () => boolean, timeoutMs: number): Promise<number | undefined> {
    if (probe()) return Promise.resolve(Date.now());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        resolve(undefined);
      }, timeoutMs);
      const check = (): void => {
        if (!probe()) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(Date.now());
      };
      this.waiters.add(check);
    });
  }

  /** The Deployment runs `image` on every replica, rolled out. */
  serving(name: string, image: string): boolean {
    const d = this.deployments.get(name)?.latest;
    return !!d && rolledOut(d) && d.spec?.template?.spec?.containers?.[0]?.image === image;
  }

  private onDeployment(phase: string, d: DeploymentLike): void {
    const name = d.metadata?.name;
    if (!name) return;
    const now = Date.now();
    if (phase === 'DELETED') {
      this.deployments.delete(name);
    } else {
      const tracked = this.deployments.get(name) ?? { firstSeen: now, latest: d };
      tracked.latest = d;
      if (tracked.rolledOutAt === undefined && rolledOut(d)) tracked.rolledOutAt = now;
      this.deployments.set(name, tracked);
    }
    this.notify();
  }

  private onPod(pod: PodLike): void {
    if (this.firstFailure) return;
    for (const status of pod.status?.containerStatuses ?? []) {
      const reason = status.state?.waiting?.reason;
      if (reason && HOPELESS.has(reason)) {
        this.firstFailure = { at: Date.now(), pod: pod.metadata?.name ?? '?', reason };
        this.notify();
        return;
      }
    }
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async watch(path: string, onEvent: (phase: string, obj: unknown) => void): Promise<void> {
    const restart = (): void => {
      if (!this.stopped) setTimeout(() => void this.watch(path, onEvent), 200);
    };
    try {
      const abort = await new Watch(this.kubeConfig).watch(
        path,
        { labelSelector: `!${OBSERVER_MARKER}`, allowWatchBookmarks: false },
        onEvent,
        () => restart(),
      );
      this.aborts.push(abort);
    } catch {
      restart();
    }
  }
}
