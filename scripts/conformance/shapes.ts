import { Validator } from '@cfworker/json-schema';

/**
 * Checks answers against the OpenAPI document: finds the operation of a request (method and path
 * template below the base URL) and validates the JSON body against the schema of its status (or the
 * `4XX` / `5XX` range). A response field the document does not name is allowed (the contract lets
 * clients ignore unknown fields); a missing or mistyped one is a finding.
 */

type Json = Record<string, unknown>;

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  responses: Record<string, Json>;
}

/** Replaces every `$ref` to `#/components/schemas/X` by X itself (the document has no cycles). */
function inline(value: unknown, components: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => inline(item, components));
  if (value && typeof value === 'object') {
    const object = value as Json;
    const ref = object.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      return inline(components[ref.slice('#/components/schemas/'.length)], components);
    }
    const out: Json = {};
    for (const [key, inner] of Object.entries(object)) {
      // Unknown response fields are allowed by the contract.
      if (key === 'additionalProperties' && inner === false) continue;
      out[key] = inline(inner, components);
    }
    return out;
  }
  return value;
}

export class ShapeChecker {
  private readonly operations: Operation[] = [];
  private readonly validators = new Map<string, Validator>();

  constructor(document: Json) {
    const components = ((document.components as Json | undefined)?.schemas ?? {}) as Record<
      string,
      unknown
    >;
    for (const [template, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
      const pattern = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{\w+\\?\}/g, '[^/]+')}$`,
      );
      for (const [method, operation] of Object.entries(item)) {
        const responses: Record<string, Json> = {};
        for (const [status, response] of Object.entries(
          ((operation as Json).responses ?? {}) as Record<string, Json>,
        )) {
          const schema = (
            (response.content as Json | undefined)?.['application/json'] as Json | undefined
          )?.schema;
          if (schema) responses[status] = inline(schema, components) as Json;
        }
        this.operations.push({ method: method.toUpperCase(), template, pattern, responses });
      }
    }
  }

  /**
   * What is wrong with an answer, or undefined when it fits (or the document has no schema for it).
   * `path` is below the base URL (`/contacts/ct-1`).
   */
  check(method: string, path: string, status: number, body: unknown): string | undefined {
    const operation = this.operations.find(
      (candidate) => candidate.method === method && candidate.pattern.test(path),
    );
    if (!operation) return `${method} ${path} is not an operation of the contract`;
    const key = String(status);
    const range = `${key[0]}XX`;
    const schema = operation.responses[key] ?? operation.responses[range];
    if (!schema) {
      return status < 400 && !(key in operation.responses) && status !== 204
        ? `status ${status} is not an answer of ${method} ${operation.template}`
        : undefined;
    }
    const cacheKey = `${method} ${operation.template} ${key in operation.responses ? key : range}`;
    let validator = this.validators.get(cacheKey);
    if (!validator) {
      validator = new Validator(schema, '2020-12', false);
      this.validators.set(cacheKey, validator);
    }
    const result = validator.validate(body);
    if (result.valid) return undefined;
    const first = result.errors.filter((error) => error.keyword !== 'properties').slice(0, 3);
    return `the ${status} body of ${method} ${operation.template} does not fit the document: ${first
      .map((error) => `${error.instanceLocation} ${error.error}`)
      .join('; ')}`;
  }
}
