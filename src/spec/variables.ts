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
 * Replaces variable references in every string of a JSON-like tree. A string that is exactly one reference takes
 * the variable's own type (so `replicas: ${replicas}` stays a number); otherwise the value is spliced as text.
 * Unknown variables without a default are reported with their JSON pointer.
 */
export function substituteVariables(
  value: unknown,
  scope: VariableScope,
  options: { skipKeysAt?: (pointer: string) => boolean } = {},
): { value: unknown; problems: SubstitutionProblem[] } {
  const problems: SubstitutionProblem[] = [];
  const visit = (node: unknown, pointer: string): unknown => {
    if (typeof node === 'string') return substituteString(node, scope, pointer, problems);
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
export function substituteText(text: string, scope: VariableScope): { text: string; problems: SubstitutionProblem[] } {
  const problems: SubstitutionProblem[] = [];
  const result = text.replace(reference, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    const resolved = lookup(name as string, fallback, scope);
    if (resolved === undefined) {
      problems.push(unknownVariable(name as string, '', scope));
      return match;
    }
    return String(resolved);
  });
  return { text: result, problems };
}

function substituteString(text: string, scope: VariableScope, pointer: string, problems: SubstitutionProblem[]): unknown {
  if (!text.includes('${')) return text;
  const whole = wholeReference.exec(text);
  if (whole) {
    const resolved = lookup(whole[1] as string, whole[2], scope);
    if (resolved === undefined) {
      problems.push(unknownVariable(whole[1] as string, pointer, scope));
      return text;
    }
    return resolved;
  }
  return text.replace(reference, (match, name: string | undefined, fallback: string | undefined) => {
    if (match === '$${') return '${';
    const resolved = lookup(name as string, fallback, scope);
    if (resolved === undefined) {
      problems.push(unknownVariable(name as string, pointer, scope));
      return match;
    }
    return String(resolved);
  });
}

function lookup(name: string, fallback: string | undefined, scope: VariableScope): VariableValue | undefined {
  if (Object.hasOwn(scope, name)) return scope[name];
  return fallback;
}

function unknownVariable(name: string, pointer: string, scope: VariableScope): SubstitutionProblem {
  const known = Object.keys(scope).sort();
  const hint = known.length > 0 ? ` (known: ${known.join(', ')})` : '';
  return {
    pointer,
    message: `unknown variable \${${name}}: define it under variables, in the cluster's variables or with --var ${name}=..., or write \${${name},default}${hint}`,
  };
}
