import { StrategyType, type ResolvedStrategy } from '../types.js';
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

/** The component's blue-green options (defaults filled in), or undefined when it does not use blue-green. */
export function blueGreenOptions(strategy: ResolvedStrategy | undefined): BlueGreenOptions | undefined {
  if (strategy?.type !== StrategyType.BlueGreen) return undefined;
  const keepFor = typeof strategy['keepFor'] === 'string' ? strategy['keepFor'] : defaultKeepFor;
  return {
    switch: strategy['switch'] === SwitchMode.Manual ? SwitchMode.Manual : SwitchMode.Auto,
    keepForMs: durationMs(keepFor),
  };
}
