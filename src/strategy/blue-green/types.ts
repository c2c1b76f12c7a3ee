// Blue-green rollouts: the names, labels and annotations that carry a component's colors, and the status the engine
// reports. The state lives on the objects themselves (and so in the ApplySet revision), never in a separate record:
// the main Service's selector says which color is live, annotations say when it switched and what was aborted.
import type { KubeObject } from '../../kube/object.js';

export const Color = { Blue: 'blue', Green: 'green' } as const;
export type Color = (typeof Color)[keyof typeof Color];

export function otherColor(color: Color): Color {
  return color === Color.Blue ? Color.Green : Color.Blue;
}

export function isColor(value: unknown): value is Color {
  return value === Color.Blue || value === Color.Green;
}

/** On the pods, the Deployments' selectors and the Services' selectors. */
export const colorLabel = 'k8deployer.io/color';
export const BlueGreenKeys = {
  /** On each color's Deployment: a hash of the version it runs (its spec before coloring). */
  version: 'k8deployer.io/version',
  /** On the main Service: when its selector last changed color (ISO 8601); keepFor counts from it. */
  switchedAt: 'k8deployer.io/switched-at',
  /** On the main Service: the version `abort` switched away from; a deploy of it again does not switch by itself. */
  abortedVersion: 'k8deployer.io/aborted-version',
} as const;

export const SwitchMode = { Auto: 'auto', Manual: 'manual' } as const;
export type SwitchMode = (typeof SwitchMode)[keyof typeof SwitchMode];

export interface BlueGreenOptions {
  switch: SwitchMode;
  keepForMs: number;
}

/** What a rendered object is to its blue-green component; the resolver recolors by it. */
export const BlueGreenRole = {
  /** The Deployment, rendered as `<name>-blue`. */
  Workload: 'workload',
  /** The main Service `<name>`: its selector carries the live color. */
  Service: 'service',
  /** `<name>-preview`: selects the newest version's color. */
  Preview: 'preview',
  /** The HorizontalPodAutoscaler: follows the live color. */
  Autoscaler: 'autoscaler',
} as const;
export type BlueGreenRole = (typeof BlueGreenRole)[keyof typeof BlueGreenRole];

export interface BlueGreenMark {
  role: BlueGreenRole;
  /** The component's base name (`api` for `api-blue`). */
  name: string;
  options: BlueGreenOptions;
}

/** Where a blue-green component stands after this run (or would stand, for plan). */
export const BlueGreenStep = {
  /** No color was live: this one deploys and the Service points at it from the start. */
  FirstDeploy: 'first-deploy',
  /** The new color is deployed; the Service switches once it is ready. */
  Switching: 'switching',
  /** switch: manual: the new color is deployed and waits on the preview Service for `promote`. */
  AwaitingPromote: 'awaiting-promote',
  /** Nothing new: the live color stays; the old one is kept until keepFor ends. */
  Steady: 'steady',
  /** The version being deployed was aborted earlier: no automatic switch to it again. */
  Aborted: 'aborted',
  /** The deploy failed and was rolled back: the color that was live stays live (the switch was not made or undone). */
  RolledBack: 'rolled-back',
  /** After `promote`: the main Service now selects the new color. */
  Promoted: 'promoted',
  /** After `abort`: the main Service selects the old color again (or, before a switch, stays on it). */
  SwitchedBack: 'switched-back',
} as const;
export type BlueGreenStep = (typeof BlueGreenStep)[keyof typeof BlueGreenStep];

/**
 * The part of a desired object (src/render/types.ts DesiredObject) the blue-green functions read and write; declared
 * here so that this folder does not depend on the renderer that depends on it.
 */
export interface LayoutObject {
  component: string;
  object: KubeObject;
  options?: { stage?: number };
  blueGreen?: BlueGreenMark;
}

/** The part of a stored ApplySet revision (src/inventory/applyset.ts) the resolver reads. */
export interface LayoutRevision<T extends LayoutObject> {
  revision: number;
  objects: T[];
}

export interface BlueGreenStatus {
  component: string;
  step: BlueGreenStep;
  /** The color the main Service selects once this run succeeds. */
  activeColor: Color;
  /** The color the preview Service selects (the newest version). */
  previewColor: Color;
  /** The color that was live before the run, when there was one. */
  previousColor?: Color;
  /** The old color kept for an instant switch back, and until when (ISO 8601). */
  kept?: { color: Color; until: string };
  /** The old color this run removes (its keepFor ended). */
  removes?: Color;
  /** The command to run next, if any (`k8deployer promote api`). */
  next?: string;
}
