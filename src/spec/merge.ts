export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Maps merge key by key, the override's values win, lists and scalars are replaced whole. A new value. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override))
    result[key] = Object.hasOwn(result, key) ? deepMerge(result[key], value) : value;
  return result;
}
