/**
 * Plain structural checks, without zod, that answer the way the model's zod schemas do: the value with
 * unknown keys dropped, or every problem found, each a {@link FieldError} in the one vocabulary the
 * adapters use — `invalid-type` (`params.expected`), `invalid-value` (`params.allowed`), `too-short`
 * (`params.min`). A few hundred bytes where zod is tens of kilobytes: element code and the validators
 * use these; the zod schemas stay at adapter boundaries, and tests hold the two together.
 *
 * A {@link Shape} is a function: `shape(value, path, issues)` returns the cleaned value, or
 * {@link invalid} after pushing what is wrong onto `issues` (when given; pass `undefined` to only ask).
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';

/** What a {@link Shape} returns for a value it refuses. */
export const invalid: unique symbol = Symbol('invalid');

/** A structural check; `path` is the dotted field the value sits at (`''` for the whole value). */
export type Shape<T> = (value: unknown, path: string, issues?: FieldError[]) => T | typeof invalid;

/** An object check; `keys` lists its fields in the order they are checked (and reported). */
export type ObjectShape<T> = Shape<T> & { readonly keys: readonly string[] };

/** The value type a shape accepts. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

function refuse(
  issues: FieldError[] | undefined,
  field: string,
  code: string,
  params: Record<string, string | number>,
): typeof invalid {
  issues?.push({ field, code, params });
  return invalid;
}

/** A string of at least `min` characters (`too-short`, `params.min`). */
export function text(min = 0): Shape<string> {
  return (value, path, issues) => {
    if (typeof value !== 'string')
      return refuse(issues, path, 'invalid-type', { expected: 'string' });
    return value.length < min ? refuse(issues, path, 'too-short', { min }) : value;
  };
}

/** Any string. */
export const string: Shape<string> = text();

/** `true` or `false`. */
export const boolean: Shape<boolean> = (value, path, issues) =>
  typeof value === 'boolean'
    ? value
    : refuse(issues, path, 'invalid-type', { expected: 'boolean' });

/** A whole number from 0 up to `Number.MAX_SAFE_INTEGER` (versions, counts). */
export const count: Shape<number> = (value, path, issues) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value
    : refuse(issues, path, 'invalid-type', { expected: 'non-negative integer' });

/** One of `values` (`invalid-value`, `params.allowed` lists them). */
export function oneOf<const T extends readonly string[]>(values: T): Shape<T[number]> {
  const allowed: ReadonlySet<unknown> = new Set(values);
  return (value, path, issues) =>
    allowed.has(value)
      ? (value as T[number])
      : refuse(issues, path, 'invalid-value', { allowed: values.join(', ') });
}

/** `undefined`, or what `shape` accepts. */
export function optional<T>(shape: Shape<T>): Shape<T | undefined> {
  return (value, path, issues) => (value === undefined ? undefined : shape(value, path, issues));
}

function at(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/**
 * An array of at least `min` items (`too-short`, `params.min`), each accepted by `item` (each bad one
 * reported at `path.index`).
 */
export function array<T>(item: Shape<T>, min = 0): Shape<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) return refuse(issues, path, 'invalid-type', { expected: 'array' });
    if (value.length < min) return refuse(issues, path, 'too-short', { min });
    const out: T[] = [];
    let ok = true;
    // By index, not `every`/`map`: a hole is an item too, and it is `undefined`.
    for (let i = 0; i < value.length; i++) {
      const result = item(value[i], at(path, i), issues);
      if (result === invalid) {
        ok = false;
        if (!issues) break;
      } else out.push(result);
    }
    return ok ? out : invalid;
  };
}

/** A non-null, non-array object (what an object shape accepts). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An object with these fields, each checked in order; unknown keys are dropped from the value. A field
 * that is absent stays absent; one present as `undefined` stays present (as zod does).
 */
export function object<F extends Record<string, Shape<unknown>>>(
  fields: F,
): ObjectShape<{ [K in keyof F]: Infer<F[K]> }> {
  const keys = Object.keys(fields);
  const check = (value: unknown, path: string, issues?: FieldError[]) => {
    if (!isObject(value)) return refuse(issues, path, 'invalid-type', { expected: 'object' });
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of keys) {
      const result = fields[key]!(value[key], at(path, key), issues);
      if (result === invalid) {
        ok = false;
        if (!issues) break;
      } else if (result !== undefined || key in value) out[key] = result;
    }
    return ok ? (out as { [K in keyof F]: Infer<F[K]> }) : invalid;
  };
  return Object.assign(check, { keys });
}

/** The outcome of {@link parse}: zod's `safeParse` answer, with field errors for issues. */
export type ParseResult<T> = { success: true; data: T } | { success: false; errors: FieldError[] };

/** Runs `shape` on a whole value and collects every problem. */
export function parse<T>(shape: Shape<T>, value: unknown): ParseResult<T> {
  const errors: FieldError[] = [];
  const data = shape(value, '', errors);
  return data === invalid ? { success: false, errors } : { success: true, data };
}
