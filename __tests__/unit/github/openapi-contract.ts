import { createRequire } from 'node:module';
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';

/**
 * GitHub's official OpenAPI description of api.github.com (npm `@octokit/openapi`, the dereferenced variant, so no
 * `$ref` needs resolving), used by the contract server to check every request it receives: the operation exists,
 * path and query parameters are declared and of the declared type, and the JSON body matches the request schema.
 */

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
}

export interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  externalDocs?: { url: string };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  operation: Operation;
}

let routes: Route[] | undefined;
// CommonJS packages: under NodeNext the class and the plugin sit on `default`.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;
const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes: false });
addFormats(ajv);
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

function load(): Route[] {
  if (routes) return routes;
  const require = createRequire(import.meta.url);
  const description = require('@octokit/openapi/generated/api.github.com.deref.json') as {
    paths: Record<string, Record<string, Operation>>;
  };
  routes = [];
  for (const [template, item] of Object.entries(description.paths)) {
    const names: string[] = [];
    const source = template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`));
    const pattern = new RegExp(
      `^${source.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        // A `{path}` parameter (contents API) spans slashes.
        return name === 'path' ? '(.+)' : '([^/]+)';
      })}$`,
    );
    for (const [method, operation] of Object.entries(item)) {
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
        routes.push({ method: method.toUpperCase(), template, pattern, names, operation });
    }
  }
  return routes;
}

function validate(schema: Record<string, unknown>, value: unknown): string | undefined {
  let check = compiled.get(schema);
  if (!check) {
    check = ajv.compile(schema);
    compiled.set(schema, check);
  }
  return check(value) ? undefined : ajv.errorsText(check.errors);
}

/** Query and path values arrive as strings: read them as the schema's type before validating. */
function typed(schema: Record<string, unknown> | undefined, raw: string): unknown {
  const type = schema?.['type'];
  if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

export interface Checked {
  operation?: Operation;
  template?: string;
  /** Everything about the request the description does not allow. */
  problems: string[];
}

export function checkRequest(method: string, path: string, query: URLSearchParams, body?: unknown): Checked {
  const route = load().find((r) => r.method === method && r.pattern.test(path));
  if (!route) return { problems: [`${method} ${path}: no such operation in GitHub's OpenAPI description`] };
  const problems: string[] = [];
  const label = `${method} ${route.template} (${route.operation.operationId})`;
  const values = route.pattern.exec(path)?.slice(1) ?? [];
  const parameters = route.operation.parameters ?? [];
  for (const [index, name] of route.names.entries()) {
    const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
    const problem = parameter?.schema
      ? validate(parameter.schema, typed(parameter.schema, decodeURIComponent(values[index] ?? '')))
      : undefined;
    if (problem) problems.push(`${label}: path parameter ${name}: ${problem}`);
  }
  for (const [name, raw] of query) {
    const parameter = parameters.find((p) => p.in === 'query' && p.name === name);
    if (!parameter) {
      problems.push(`${label}: undeclared query parameter ${name}`);
      continue;
    }
    const problem = parameter.schema ? validate(parameter.schema, typed(parameter.schema, raw)) : undefined;
    if (problem) problems.push(`${label}: query parameter ${name}: ${problem}`);
  }
  for (const parameter of parameters)
    if (parameter.in === 'query' && parameter.required && !query.has(parameter.name))
      problems.push(`${label}: missing required query parameter ${parameter.name}`);
  const schema = route.operation.requestBody?.content['application/json']?.schema;
  if (body !== undefined && !schema) problems.push(`${label}: takes no request body`);
  if (body === undefined && route.operation.requestBody?.required) problems.push(`${label}: request body required`);
  if (body !== undefined && schema) {
    const problem = validate(schema, body);
    if (problem) problems.push(`${label}: body: ${problem}`);
  }
  return { operation: route.operation, template: route.template, problems };
}
