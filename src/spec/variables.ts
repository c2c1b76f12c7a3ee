import { escapePointerToken } from './yaml-source.js';

export type VariableValue = string | number | boolean;
export type VariableScope = Record<string, VariableValue>;

export interface SubstitutionProblem {
  pointer: string;
  message: string;
}

// ${name} or ${name,default}; `$${` writes a literal `${`.
const reference = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:,([^}]*))?\}/g;
const wholeReference = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)(?:,([^}]*))?\}$/;

/**
 * Most text all references in one substitution may add. Values are not expanded again, but one 500 KiB value
 * referenced from every line of a 1 MiB spec would still build gigabytes; 4 MiB is four times the largest spec
 * and far beyond any real one. Past it the substitution stops and reports where.
 */
export const maxExpansionChars = 4 * 1024 * 1024;

/** Counts what references add; says once, at the first reference past the budget, that the cap was hit. */
class ExpansionBudget {
  private used = 0;
  exceeded = false;
  constructor(readonly limit: number) {}
  /** False when adding `text` would pass the budget (then the reference stays as written). */
  take(length: number): boolean {
    if (this.exceeded) return false;
    this.used += length;
    if (this.used > this.limit) this.exceeded = true;
    return !this.exceeded;
  }
}

/**
 * Replaces variable references in every string of a JSON-like tree. A string that is exactly one reference takes
 * the variable's own type (so `replicas: ${replicas}` stays a number); otherwise the value is spliced as text.
 * Unknown variables without a default are reported with their JSON pointer.
 */
export function substituteVariables(
  value: unknown,
  scope: VariableScope,
  options: { skipKeysAt?: (pointer: string) => boolean; maxExpansionChars?: number } = {},
): { value: unknown; problems: SubstitutionProblem[] } {
  const problems: SubstitutionProblem[] = [];
  const budget = new ExpansionBudget(options.maxExpansionChars ?? maxExpansionChars);
  const visit = (node: unknown, pointer: string): unknown => {
    if (typeof node === 'string') return substituteString(node, scope, pointer, problems, budget);
    if (Array.isArray(node)) return node.map((item, index) => visit(item, `${pointer}/${index}`));
    if (node !== null && typeof node === 'object') {
      const result: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const childPointer = `${pointer}/${escapePointerToken(key)}`;
        result[key] = options.skipKeysAt?.(childPointer) ? child : visit(child, childPointer);
      }
      return result;
    }
    return node;
  };
  return { value: visit(value, ''), problems };
}

/** Text substitution (no typing): for raw manifest files, where the YAML author's quoting decides the type. */
export function substituteText(
  text: string,
  scope: VariableScope,
  options: { maxExpansionChars?: number } = {},
): { text: string; problems: SubstitutionProblem[] } {
  const problems: SubstitutionProblem[] = [];
  const budget = new ExpansionBudget(options.maxExpansionChars ?? maxExpansionChars);
  return { text: spliceReferences(text, scope, '', problems, budget), problems };
}

function substituteString(
  text: string,
  scope: VariableScope,
  pointer: string,
  problems: SubstitutionProblem[],
  budget: ExpansionBudget,
): unknown {
  if (!text.includes('${')) return text;
  const whole = wholeReference.exec(text);
  if (whole) {
    const resolved = lookup(whole[1] as string, whole[2], scope);
    if (resolved === undefined) {
      problems.push(unknownVariable(whole[1] as string, pointer, scope));
      return text;
    }
    return typeof resolved === 'string' && !spend(budget, resolved.length, pointer, problems) ? text : resolved;
  }
  return spliceReferences(text, scope, pointer, problems, budget);
}

function spliceReferences(
  text: string,
  scope: VariableScope,
  pointer: string,
  problems: SubstitutionProblem[],
  budget: ExpansionBudget,
): string {
  return text.replace(reference, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    const resolved = lookup(name as string, fallback, scope);
    if (resolved === undefined) {
      problems.push(unknownVariable(name as string, pointer, scope));
      return match;
    }
    const value = String(resolved);
    return spend(budget, value.length, pointer, problems) ? value : match;
  });
}

function spend(budget: ExpansionBudget, length: number, pointer: string, problems: SubstitutionProblem[]): boolean {
  const wasExceeded = budget.exceeded;
  if (budget.take(length)) return true;
  if (!wasExceeded)
    problems.push({
      pointer,
      message: `variable references here expand the text past ${budget.limit} characters; refusing it (is a large value referenced many times?)`,
    });
  return false;
}

function lookup(name: string, fallback: string | undefined, scope: VariableScope): VariableValue | undefined {
  if (Object.hasOwn(scope, name)) return scope[name];
  return fallback;
}

function unknownVariable(name: string, pointer: string, scope: VariableScope): SubstitutionProblem {
  const known = Object.keys(scope).sort();
  // A spec may define thousands of variables; the hint names a few, not all, in each of possibly many problems.
  const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')}, … ${known.length - 20} more` : known.join(', ');
  const hint = known.length > 0 ? ` (known: ${shown})` : '';
  return {
    pointer,
    message: `unknown variable \${${name}}: define it under variables, in the cluster's variables or with --var ${name}=..., or write \${${name},default}${hint}`,
  };
}
