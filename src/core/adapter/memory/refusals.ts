import type { Explanation } from '../../permissions/index.js';
import { AdapterError, type FieldError } from '../errors.js';

/**
 * The refusals of the memory backend, each an `AdapterError` with a stable code (the words are in
 * `src/i18n/messages/errors.ts`).
 */

export function forbidden(code: string, message: string, fields: FieldError[] = []): AdapterError {
  return new AdapterError('forbidden', message, { code, fields });
}

/** Every bad field at once; the error's code is the field's when there is one, else `invalid-input`. */
export function invalid(
  fields: FieldError[],
  message = 'Some fields are not valid.',
): AdapterError {
  const code = fields.length === 1 ? fields[0]!.code : 'invalid-input';
  return new AdapterError('validation', message, { code, fields });
}

export function notFound(what: string, id: string): AdapterError {
  return new AdapterError('not-found', `No ${what} with id "${id}".`, { code: 'not-found' });
}

/** A write against an old version: `conflict` / `stale-version` with the record as it is now. */
export function stale(current: unknown): AdapterError {
  return new AdapterError(
    'conflict',
    'Someone else changed this record; the current values are attached.',
    {
      code: 'stale-version',
      current,
    },
  );
}

/** An act that does not apply in the record's status: `conflict` / `invalid-transition`, with the record. */
export function invalidTransition(message: string, current: unknown): AdapterError {
  return new AdapterError('conflict', message, { code: 'invalid-transition', current });
}

/**
 * The engine's refusals as one error: its first reason code as the error's code, and every refusal as a
 * field error on `field` with the capability it is about in `params.capability`.
 */
export function refused(explanations: Explanation[], field = ''): AdapterError {
  const first = explanations[0]!;
  return forbidden(
    first.code,
    `Not allowed: ${first.code}${first.missing ? ` (needs ${first.missing})` : ''}.`,
    explanations.map((explanation) => ({
      field,
      code: explanation.code,
      ...(explanation.subject || explanation.missing
        ? { params: { capability: explanation.subject ?? explanation.missing ?? '' } }
        : {}),
    })),
  );
}

/** Refuses a write whose version is not the record's current one. */
export function checkVersion(version: unknown, current: { version: number }, copy: unknown): void {
  if (typeof version !== 'number' || version !== current.version) throw stale(copy);
}
