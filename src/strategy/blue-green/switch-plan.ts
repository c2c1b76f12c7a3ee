// Pure: what `promote` or `abort` does to the blue-green components of the last deployed revision. The decision
// is made on the revision alone (it is the state, see resolve.ts); the caller checks the target color is ready
// in the cluster before it writes.
import { colorOf, paint } from './render.js';
import { nextCommand } from './commands.js';
import {
  BlueGreenKeys,
  BlueGreenRole,
  BlueGreenStep,
  otherColor,
  type BlueGreenMark,
  type BlueGreenStatus,
  type Color,
  type LayoutObject,
  type LayoutRevision,
} from './types.js';

export const SwitchAction = { Promote: 'promote', Abort: 'abort' } as const;
export type SwitchAction = (typeof SwitchAction)[keyof typeof SwitchAction];

export interface ComponentSwitch<T extends LayoutObject = LayoutObject> {
  component: string;
  /** The main Service (and autoscaler) as they are after the switch; empty when nothing changes. */
  changed: T[];
  /** The Deployment that must be ready before the Service is pointed at it (absent when the Service stays). */
  needsReady?: T;
  status?: BlueGreenStatus;
  /** Nothing to do, said in one line (info). */
  note?: string;
  /** Cannot be done, said in one line (the run fails). */
  problem?: string;
}

export interface SwitchPlan<T extends LayoutObject> {
  components: ComponentSwitch<T>[];
  /** The revision's objects with every change applied: what the command records as the next revision. */
  objects: T[];
}

export function planSwitch<T extends LayoutObject>(
  previous: LayoutRevision<T>,
  action: SwitchAction,
  now: number,
): SwitchPlan<T> {
  const components: ComponentSwitch<T>[] = [];
  let objects = previous.objects;
  const names = [
    ...new Set(
      previous.objects.flatMap((entry) => (entry.blueGreen?.role === BlueGreenRole.Service ? [entry.component] : [])),
    ),
  ];
  for (const component of names) {
    const decided = decide(previous.objects, component, action, now);
    components.push(decided);
    for (const entry of decided.changed) objects = objects.map((old) => (sameObject(old, entry) ? entry : old));
  }
  return { components, objects };
}

function decide<T extends LayoutObject>(
  all: T[],
  component: string,
  action: SwitchAction,
  now: number,
): ComponentSwitch<T> {
  const own = all.filter((entry) => entry.component === component && entry.blueGreen);
  const byRole = (role: BlueGreenMark['role']) => own.filter((entry) => entry.blueGreen?.role === role);
  const service = byRole(BlueGreenRole.Service)[0] as T;
  const { name, options } = service.blueGreen as BlueGreenMark;
  const active = colorOf(service.object, BlueGreenRole.Service);
  if (!active) return { component, changed: [], problem: `component ${component}: the main Service selects no color` };
  const idle = otherColor(active);
  const preview = byRole(BlueGreenRole.Preview)[0];
  const previewColor = (preview && colorOf(preview.object, BlueGreenRole.Preview)) ?? active;
  const workload = (color: Color) =>
    byRole(BlueGreenRole.Workload).find((entry) => colorOf(entry.object, BlueGreenRole.Workload) === color);
  const idleWorkload = workload(idle);
  const annotations = service.object.metadata.annotations ?? {};
  const versionOf = (entry: T | undefined) => entry?.object.metadata.annotations?.[BlueGreenKeys.version];
  const pointTo = (color: Color, set: Record<string, string | undefined>): T[] => [
    withAnnotations({ ...service, object: paint(service.object, BlueGreenRole.Service, name, color) }, set),
    ...byRole(BlueGreenRole.Autoscaler).map((entry) => ({
      ...entry,
      object: paint(entry.object, BlueGreenRole.Autoscaler, name, color),
    })),
  ];
  const switchedAt = new Date(now).toISOString();
  const kept = { color: active, until: new Date(now + options.keepForMs).toISOString() };
  const pending = idleWorkload !== undefined && previewColor === idle;

  if (action === SwitchAction.Promote) {
    if (!pending)
      return { component, changed: [], note: `component ${component}: nothing waits for promote (${active} is live)` };
    return {
      component,
      changed: pointTo(idle, { [BlueGreenKeys.switchedAt]: switchedAt, [BlueGreenKeys.abortedVersion]: undefined }),
      needsReady: idleWorkload,
      status: {
        component,
        step: BlueGreenStep.Promoted,
        activeColor: idle,
        previewColor: idle,
        previousColor: active,
        kept,
        next: nextCommand('abort', component),
      },
    };
  }
  if (pending) {
    // Before the switch: nothing to switch back; the waiting version is marked so a re-deploy does not switch to it.
    const version = versionOf(idleWorkload);
    const status: BlueGreenStatus = {
      component,
      step: BlueGreenStep.Aborted,
      activeColor: active,
      previewColor: idle,
      next: nextCommand('promote', component),
    };
    if (annotations[BlueGreenKeys.abortedVersion] === version)
      return { component, changed: [], note: `component ${component}: already aborted (${active} is live)` };
    return { component, changed: pointTo(active, { [BlueGreenKeys.abortedVersion]: version }), status };
  }
  if (!idleWorkload) {
    const since = annotations[BlueGreenKeys.switchedAt];
    const ended = since ? ` (keepFor ended ${new Date(Date.parse(since) + options.keepForMs).toISOString()})` : '';
    return {
      component,
      changed: [],
      problem: `component ${component}: cannot switch back: the old color ${idle} was already removed${ended}; deploy the previous version instead`,
    };
  }
  return {
    component,
    changed: pointTo(idle, {
      [BlueGreenKeys.switchedAt]: switchedAt,
      [BlueGreenKeys.abortedVersion]: versionOf(workload(active)),
    }),
    needsReady: idleWorkload,
    status: {
      component,
      step: BlueGreenStep.SwitchedBack,
      activeColor: idle,
      previewColor: active,
      previousColor: active,
      next: nextCommand('promote', component),
    },
  };
}

function sameObject(a: LayoutObject, b: LayoutObject): boolean {
  return (
    a.object.kind === b.object.kind && a.object.metadata.name === b.object.metadata.name && a.component === b.component
  );
}

/** The entry with these annotations set (undefined values removed). */
export function withAnnotations<T extends LayoutObject>(entry: T, values: Record<string, string | undefined>): T {
  const annotations: Record<string, string> = { ...entry.object.metadata.annotations };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete annotations[key];
    else annotations[key] = value;
  }
  const metadata = { ...entry.object.metadata };
  if (Object.keys(annotations).length > 0) metadata.annotations = annotations;
  else delete metadata.annotations;
  return { ...entry, object: { ...entry.object, metadata } };
}
