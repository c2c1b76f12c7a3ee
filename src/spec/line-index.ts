/**
 * Offsets → 1-based line and column. Line starts are indexed once per text and searched by bisection, so reporting
 * thousands of problems in one large file stays linear instead of rescanning the file for each problem. A few texts
 * are kept, so problems that alternate between the spec and the files it names do not rebuild the index each time.
 */
const cache: { text: string; starts: Uint32Array }[] = [];
const cacheSize = 4;

function lineStarts(text: string): Uint32Array {
  const hit = cache.find((entry) => entry.text === text);
  if (hit) return hit.starts;
  let count = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  const starts = new Uint32Array(count);
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts[line++] = index + 1;
  cache.unshift({ text, starts });
  cache.length = Math.min(cache.length, cacheSize);
  return starts;
}

/** 1-based line and column of an offset (clamped to the text). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1 };
}
