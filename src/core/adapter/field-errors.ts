/**
 * zod's issues as {@link FieldError}s, in the one vocabulary every refusal of Portico uses. Every place
 * that checks input with a zod schema (the policy, an access change, the REST envelopes) maps its
 * issues here, so a wrong type reads the same whichever endpoint refused it.
 *
 * Only zod's *types* are imported: this module adds nothing to a bundle that does not already carry zod.
 *
 * @module
 */
import type * as z from 'zod';
import type { FieldError } from './errors.js';

/**
 * The codes {@link issuesToFieldErrors} answers (the domain codes of a custom issue, e.g.
 * `email-format`, pass through as they are):
 * - `required` — nothing at that path (or an empty text where one is needed);
 * - `invalid-type` — a value of another type, `params.expected` (`string`, `array`, `object`, `int`…);
 * - `invalid-value` — a value outside the allowed ones: `params.allowed` (the options, comma-separated),
 *   or for numbers `params.min` / `params.max`, or for a format `params.format`;
 * - `too-long` — a text or list longer than `params.max`;
 * - `too-short` — a text or list shorter than `params.min`;
 * - `not-allowed` — a key the schema does not know (one error per key, on that key's path).
 */
export type ShapeErrorCode =
  'required' | 'invalid-type' | 'invalid-value' | 'too-long' | 'too-short' | 'not-allowed';

type Params = Record<string, string | number>;

/** The value at `path` inside `input`, or undefined when any step is missing. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fieldOf(whole: string, path: readonly PropertyKey[]): string {
  return path.length === 0 ? whole : path.map(String).join('.');
}

function error(field: string, code: string, params?: Params): FieldError {
  return params && Object.keys(params).length > 0 ? { field, code, params } : { field, code };
}

const sized = new Set(['string', 'array', 'set', 'file']);

/** A custom issue's own code and plain params (`ctx.addIssue({ code: 'custom', params: { code } })`). */
function custom(field: string, params: Record<string, unknown> | undefined): FieldError {
  const plain: Params = {};
  let code = 'invalid-value';
  for (const [key, value] of Object.entries(params ?? {})) {
    if (key === 'code' && typeof value === 'string') code = value;
    else if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
  }
  return error(field, code, plain);
}

/**
 * Every zod issue as a field error in the vocabulary of {@link ShapeErrorCode}, in zod's order.
 * `input` is what was parsed (zod does not keep it), so a missing value reads `required` rather than
 * `invalid-type`; `whole` is the field of an issue about the input as a whole (default `''`); any
 * other field is the issue's dotted path (`roles.2.capabilities.0.capability`).
 */
export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  whole = '',
): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const field = fieldOf(whole, issue.path);
    const missing = valueAt(input, issue.path) === undefined;
    switch (issue.code) {
      case 'invalid_type':
        errors.push(
          missing && issue.path.length > 0
            ? error(field, 'required')
            : error(field, 'invalid-type', { expected: String(issue.expected) }),
        );
        break;
      case 'invalid_value':
        errors.push(
          missing
            ? error(field, 'required')
            : error(field, 'invalid-value', { allowed: issue.values.map(String).join(', ') }),
        );
        break;
      case 'too_big':
        errors.push(
          sized.has(issue.origin)
            ? error(field, 'too-long', { max: Number(issue.maximum) })
            : error(field, 'invalid-value', { max: Number(issue.maximum) }),
        );
        break;
      case 'too_small':
        if (!sized.has(issue.origin)) {
          errors.push(error(field, 'invalid-value', { min: Number(issue.minimum) }));
        } else if (issue.origin === 'string' && valueAt(input, issue.path) === '') {
          errors.push(error(field, 'required'));
        } else {
          errors.push(error(field, 'too-short', { min: Number(issue.minimum) }));
        }
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys)
          errors.push(error(fieldOf(whole, [...issue.path, key]), 'not-allowed'));
        break;
      case 'invalid_format':
        errors.push(error(field, 'invalid-value', { format: issue.format }));
        break;
      case 'not_multiple_of':
        errors.push(error(field, 'invalid-value', { multipleOf: Number(issue.divisor) }));
        break;
      case 'custom':
        errors.push(custom(field, issue.params));
        break;
      default:
        // invalid_union, invalid_key, invalid_element: the value matches none of what is allowed.
        errors.push(error(field, missing && issue.path.length > 0 ? 'required' : 'invalid-value'));
    }
  }
  return errors;
}
