// Small statistics for benchmark figures. Pure.

/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is not within 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Median: the mean of the two middle values for an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How a cost grows with size between consecutive points: the exponent k in cost ∝ size^k (1 linear, 2 quadratic).
 * A step whose exponent is ≥ 1.5 is what the scale figures call a quadratic step.
 */
export function growthExponents(points: readonly { size: number; cost: number }[]): number[] {
  const result: number[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    result.push(Math.log(b.cost / a.cost) / Math.log(b.size / a.size));
  }
  return result;
}
