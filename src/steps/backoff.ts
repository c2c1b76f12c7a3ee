/**
 * The waits before each retry: initialMs, doubling, never above maxMs (capped exponential; no jitter, since one
 * deploy makes one request per step and a schedule that is the same every run is easier to reason about).
 */
export function backoffDelays(retries: number, initialMs: number, maxMs: number): number[] {
  const cap = Math.max(0, maxMs);
  const delays: number[] = [];
  let next = Math.max(0, initialMs);
  for (let index = 0; index < retries; index += 1) {
    delays.push(Math.min(next, cap));
    // Stop growing once capped: 2^20 doublings of a large initial delay must not reach Infinity.
    next = Math.min(next * 2, cap);
  }
  return delays;
}
