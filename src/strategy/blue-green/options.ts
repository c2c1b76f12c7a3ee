import type { BlueGreenStrategy } from '../../spec/spec-types.generated.js';
import { SwitchMode, type BlueGreenOptions } from './types.js';

/** keepFor when the spec does not say: long enough to notice a bad release, short enough not to double costs. */
export const defaultKeepFor = '1h';

const unitMs = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30m` → 1 800 000. The schema has checked the form already; anything else is a programming error. */
export function durationMs(text: string): number {
  const match = /^([0-9]{1,6})([smhd])$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  return Number(match[1]) * unitMs[match[2] as keyof typeof unitMs];
}

/** The component's blue-green options, or undefined when it does not use blue-green. */
export function blueGreenOptions(strategy: 'blue-green' | BlueGreenStrategy | undefined): BlueGreenOptions | undefined {
  if (strategy === undefined) return undefined;
  const given = typeof strategy === 'string' ? { type: strategy } : strategy;
  if (given.type !== 'blue-green') return undefined;
  return {
    switch: 'switch' in given && given.switch === SwitchMode.Manual ? SwitchMode.Manual : SwitchMode.Auto,
    keepForMs: durationMs(('keepFor' in given ? given.keepFor : undefined) ?? defaultKeepFor),
  };
}
