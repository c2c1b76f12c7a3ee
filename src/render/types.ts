import type { KubeObject } from '../kube/object.js';
import type { BlueGreenMark } from '../strategy/blue-green/types.js';
import type { ResolvedStrategy } from '../strategy/types.js';
import type { HttpStep, RenderedStep, StepDecision } from '../steps/types.js';

/** How the engine treats one desired object beyond a plain server-side apply. */
export interface ApplyOptions {
  /** Delete and re-create when the server says a field is immutable (Jobs, selectors). */
  replaceOnImmutable?: boolean;
  /** Do not wait for readiness (e.g. a LoadBalancer Service whose address is not awaited). */
  skipWait?: boolean;
  /**
   * Order inside the component: every object waits for the objects of the next lower stage of its component to be
   * ready (Helm chart hooks: pre-install Jobs before the chart, post-install after). Default 0.
   */
  stage?: number;
}

export interface DesiredObject {
  /** Name of the spec component this object belongs to. */
  component: string;
  object: KubeObject;
  options?: ApplyOptions;
  /** Set on a kind: http step's graph node (src/steps/node.ts): run the request instead of applying `object`. */
  step?: { http: HttpStep; decision?: StepDecision };
  /** Set on the objects of a blue-green component: what the object is to it (see src/strategy/blue-green). */
  blueGreen?: BlueGreenMark;
}

export interface ImagePin {
  /** The image as written, with its tag. */
  image: string;
  digest: string;
}

export interface ComponentInfo {
  name: string;
  kind: string;
  /** Names of components whose objects must all be ready before this one starts. */
  depends: string[];
  /** What the pods run (`name@sha256:…` for pinned images). */
  images: string[];
  /** `images.pin: digest`: each image as written and the digest its tag named in this run. */
  pins?: ImagePin[];
  /** URLs the component is reachable at once deployed (from Ingress hosts), for reports. */
  urls: string[];
  /** Progressive delivery (canary, blue-green); absent: the workload's own rolling update. */
  strategy?: ResolvedStrategy;
}

/** The pure result of rendering one spec for one cluster target. */
export interface RenderedApp {
  app: string;
  cluster: string;
  /** Namespace the app deploys into by default; also where the ApplySet parent lives. */
  namespace: string;
  components: ComponentInfo[];
  objects: DesiredObject[];
  /** kind: http components: requests the deploy makes, nodes of the dependency graph that write no object. */
  steps?: RenderedStep[];
}
