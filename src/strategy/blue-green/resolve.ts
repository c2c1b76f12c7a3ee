// Pure: the blue layout the renderer made + the last deployed revision + the time → the objects this deploy applies
// and where each blue-green component stands. The revision is the state: the main Service's selector names the live
// color, its annotations when it switched and what was aborted; the old color's Deployment is carried over from the
// revision unchanged (so it is neither rewritten nor pruned) until keepFor ends.
import { colorOf, paint } from './render.js';
import {
  BlueGreenKeys,
  BlueGreenRole,
  BlueGreenStep,
  Color,
  SwitchMode,
  otherColor,
  type BlueGreenMark,
  type BlueGreenStatus,
  type LayoutObject,
  type LayoutRevision,
} from './types.js';
import { nextCommand } from './commands.js';
import { withAnnotations } from './switch-plan.js';

export interface ResolvedBlueGreen<R> {
  rendered: R;
  statuses: BlueGreenStatus[];
}

/** One component's objects in the last revision, by role (workloads by color). */
interface PreviousLayout<T extends LayoutObject> {
  service?: T;
  preview?: T;
  workloads: Map<Color, T>;
}

/** Colors every blue-green component of `rendered`; other objects pass through untouched. */
export function resolveBlueGreen<T extends LayoutObject, R extends { objects: T[] }>(
  rendered: R,
  previous: LayoutRevision<T> | undefined,
  now: number,
): ResolvedBlueGreen<R> {
  const names = [...new Set(rendered.objects.flatMap((entry) => (entry.blueGreen ? [entry.component] : [])))];
  if (names.length === 0) return { rendered, statuses: [] };
  let objects = rendered.objects;
  const statuses: BlueGreenStatus[] = [];
  for (const component of names) {
    const own = objects.filter((entry) => entry.component === component && entry.blueGreen);
    const resolved = resolveComponent(component, own, previousLayout(previous, component), now);
    objects = [...objects.filter((entry) => !own.includes(entry)), ...resolved.objects];
    statuses.push(resolved.status);
  }
  return { rendered: { ...rendered, objects }, statuses };
}

function resolveComponent<T extends LayoutObject>(
  component: string,
  own: T[],
  previous: PreviousLayout<T>,
  now: number,
): { objects: T[]; status: BlueGreenStatus } {
  const of = (role: BlueGreenMark['role']): T | undefined => own.find((entry) => entry.blueGreen?.role === role);
  const workload = of(BlueGreenRole.Workload) as T;
  const mark = workload.blueGreen as BlueGreenMark;
  const { options, name } = mark;
  const version = versionAnnotation(workload);
  const painted = (entry: T | undefined, color: Color): T[] =>
    entry ? [{ ...entry, object: paint(entry.object, entry.blueGreen?.role ?? 'workload', name, color) }] : [];
  const service = (color: Color, annotations: Record<string, string | undefined>): T[] =>
    painted(of(BlueGreenRole.Service), color).map((entry) => withAnnotations(entry, annotations));
  const lastService = previous.service?.object.metadata.annotations ?? {};
  const carried = {
    [BlueGreenKeys.switchedAt]: lastService[BlueGreenKeys.switchedAt],
    [BlueGreenKeys.abortedVersion]: lastService[BlueGreenKeys.abortedVersion],
  };
  const switchedNow = {
    [BlueGreenKeys.switchedAt]: new Date(now).toISOString(),
    [BlueGreenKeys.abortedVersion]: undefined,
  };
  const layout = (live: Color, preview: Color, annotations: Record<string, string | undefined>) => [
    ...service(live, annotations),
    ...painted(of(BlueGreenRole.Preview), preview),
    ...painted(of(BlueGreenRole.Autoscaler), live),
  ];

  const active = previous.service ? colorOf(previous.service.object, BlueGreenRole.Service) : undefined;
  const activeWorkload = active ? previous.workloads.get(active) : undefined;
  if (!active || !activeWorkload) {
    // Nothing live yet (or the live color's Deployment is not ours to keep): one color, selected from the start.
    const color = active ?? Color.Blue;
    return {
      objects: [...painted(workload, color), ...layout(color, color, switchedNow)],
      status: { component, step: BlueGreenStep.FirstDeploy, activeColor: color, previewColor: color },
    };
  }
  const idle = otherColor(active);
  const idleWorkload = previous.workloads.get(idle);
  const previewColor = previous.preview ? colorOf(previous.preview.object, BlueGreenRole.Preview) : active;
  // The idle color holds a version newer than the live one (awaiting promote, or aborted) when the preview selects it.
  const idleIsPending = idleWorkload !== undefined && previewColor === idle;
  const base = { component, previousColor: active };

  if (version === versionAnnotation(activeWorkload)) {
    const switchedAt = Date.parse(carried[BlueGreenKeys.switchedAt] ?? '');
    const until = (Number.isNaN(switchedAt) ? now : switchedAt) + options.keepForMs;
    // Back to the live version: a pending one on the idle color is dropped (and so is its abort mark).
    const keep = idleWorkload && !idleIsPending && now < until ? [idleWorkload] : [];
    const annotations = idleIsPending ? { ...carried, [BlueGreenKeys.abortedVersion]: undefined } : carried;
    return {
      objects: [...painted(workload, active), ...keep, ...layout(active, active, annotations)],
      status: {
        ...base,
        step: BlueGreenStep.Steady,
        activeColor: active,
        previewColor: active,
        ...(keep.length > 0 ? { kept: { color: idle, until: new Date(until).toISOString() } } : {}),
        ...(idleWorkload && keep.length === 0 ? { removes: idle } : {}),
      },
    };
  }

  const sameAsPending = idleIsPending && versionAnnotation(idleWorkload) === version;
  if (sameAsPending && carried[BlueGreenKeys.abortedVersion] === version) {
    // Aborted before: deploying the same version again must not undo the abort by itself.
    return {
      objects: [...painted(workload, idle), activeWorkload, ...layout(active, idle, carried)],
      status: {
        ...base,
        step: BlueGreenStep.Aborted,
        activeColor: active,
        previewColor: idle,
        next: nextCommand('promote', component),
      },
    };
  }
  if (options.switch === SwitchMode.Manual) {
    return {
      objects: [...painted(workload, idle), activeWorkload, ...layout(active, idle, carried)],
      status: {
        ...base,
        step: BlueGreenStep.AwaitingPromote,
        activeColor: active,
        previewColor: idle,
        next: nextCommand('promote', component),
      },
    };
  }
  return {
    objects: [...painted(workload, idle), activeWorkload, ...layout(idle, idle, switchedNow)],
    status: {
      ...base,
      step: BlueGreenStep.Switching,
      activeColor: idle,
      previewColor: idle,
      kept: { color: active, until: new Date(now + options.keepForMs).toISOString() },
      next: nextCommand('abort', component),
    },
  };
}

function previousLayout<T extends LayoutObject>(
  previous: LayoutRevision<T> | undefined,
  component: string,
): PreviousLayout<T> {
  const layout: PreviousLayout<T> = { workloads: new Map() };
  for (const entry of previous?.objects ?? []) {
    if (entry.component !== component || !entry.blueGreen) continue;
    const role = entry.blueGreen.role;
    if (role === BlueGreenRole.Service) layout.service = entry;
    else if (role === BlueGreenRole.Preview) layout.preview = entry;
    else if (role === BlueGreenRole.Workload) {
      const color = colorOf(entry.object, role);
      if (color) layout.workloads.set(color, entry);
    }
  }
  return layout;
}

function versionAnnotation(entry: LayoutObject): string | undefined {
  return entry.object.metadata.annotations?.[BlueGreenKeys.version];
}
