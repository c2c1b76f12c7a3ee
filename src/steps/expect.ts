import type { StatusRange } from './types.js';

/** Any 2xx: what "the request worked" means without an expect.status. */
export const defaultStatus: StatusRange[] = [{ from: 200, to: 299 }];

/**
 * One expect.status item: `204`, `"2xx"` or `"200-299"`. Returns the range, or why it is not one (the validator
 * reports it at the item's position).
 */
export function parseStatus(item: number | string): StatusRange | { error: string } {
  if (typeof item === 'number') return inRange({ from: item, to: item }, String(item));
  const text = item.trim();
  const klass = /^([1-5])xx$/i.exec(text);
  if (klass) {
    const hundred = Number(klass[1]) * 100;
    return { from: hundred, to: hundred + 99 };
  }
  if (/^\d{3}$/.test(text)) return inRange({ from: Number(text), to: Number(text) }, text);
  const range = /^(\d{3})\s*-\s*(\d{3})$/.exec(text);
  if (range) {
    const parsed = { from: Number(range[1]), to: Number(range[2]) };
    if (parsed.from > parsed.to) return { error: `status range ${JSON.stringify(item)} runs backwards` };
    return inRange(parsed, text);
  }
  return { error: `status ${JSON.stringify(item)} is not a code (204), a class ("2xx") or a range ("200-299")` };
}

function inRange(range: StatusRange, text: string): StatusRange | { error: string } {
  if (!Number.isInteger(range.from) || range.from < 100 || range.to > 599)
    return { error: `status ${text} is outside 100-599` };
  return range;
}

/** Every item parsed; items that do not parse are left out (validation has refused the spec before). */
export function parseStatuses(value: number | string | (number | string)[] | undefined): StatusRange[] {
  if (value === undefined) return defaultStatus;
  const items = Array.isArray(value) ? value : [value];
  const ranges = items.map(parseStatus).filter((entry): entry is StatusRange => !('error' in entry));
  return ranges.length > 0 ? ranges : defaultStatus;
}

export function statusMatches(status: number, accepted: StatusRange[]): boolean {
  return accepted.some((range) => status >= range.from && status <= range.to);
}

/** `200-299`, `200, 204`: for the reason of a failure. */
export function describeStatuses(accepted: StatusRange[]): string {
  return accepted
    .map((range) =>
      range.from === range.to
        ? String(range.from)
        : range.from % 100 === 0 && range.to === range.from + 99
          ? `${range.from / 100}xx`
          : `${range.from}-${range.to}`,
    )
    .join(', ');
}

/** Whether an answer is what the step expects; the reason says what was wrong in a few words. */
export function checkAnswer(
  answer: { status: number; body: string },
  expect: { status: StatusRange[]; bodyContains?: string },
): { ok: true } | { ok: false; reason: string } {
  if (!statusMatches(answer.status, expect.status))
    return { ok: false, reason: `expected ${describeStatuses(expect.status)}` };
  if (expect.bodyContains !== undefined && !answer.body.includes(expect.bodyContains))
    return { ok: false, reason: 'body does not contain the expected text' };
  return { ok: true };
}
