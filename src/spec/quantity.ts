const binarySuffixes: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const decimalSuffixes: Record<string, number> = { m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const quantityPattern = /^\+?((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;

/** A Kubernetes quantity as a plain number (cores or bytes), or undefined when it is not one. */
export function parseQuantity(quantity: string | number): number | undefined {
  if (typeof quantity === 'number') return Number.isFinite(quantity) && quantity >= 0 ? quantity : undefined;
  const match = quantityPattern.exec(quantity.trim());
  if (!match) return undefined;
  const amount = Number(match[1]);
  const suffix = match[2] ?? '';
  const factor = binarySuffixes[suffix] ?? decimalSuffixes[suffix];
  return factor === undefined ? undefined : amount * factor;
}
