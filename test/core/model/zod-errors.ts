import type * as z from 'zod';
import type { FieldError } from '../../../src/core/adapter/errors.js';

/**
 * A zod schema's issues in the field-error vocabulary of `src/core/model/shape.ts`, for tests that hold
 * the plain shapes to the model's zod schemas: `invalid-type` (`params.expected`), `invalid-value`
 * (`params.allowed`), `too-short` (`params.min`); any other issue keeps zod's code, so it shows up as
 * a difference.
 */
export function zodFieldErrors(schema: z.ZodType, value: unknown): FieldError[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue): FieldError => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'invalid_type') {
      return { field, code: 'invalid-type', params: { expected: issue.expected } };
    }
    if (issue.code === 'invalid_value') {
      return {
        field,
        code: 'invalid-value',
        params: { allowed: issue.values.map(String).join(', ') },
      };
    }
    if (issue.code === 'too_small' && issue.origin !== 'number') {
      return { field, code: 'too-short', params: { min: Number(issue.minimum) } };
    }
    return { field, code: issue.code };
  });
}
