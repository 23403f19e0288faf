/**
 * The refusals every backend answers, each an `AdapterError` with a stable code (the words are in
 * `src/i18n/messages/errors.ts`): the memory backend, the reference server and a vendor's own backend
 * built on these rules throw exactly these.
 *
 * @module
 */
import { AdapterError, type FieldError } from '../adapter/errors.js';
import type { Explanation } from '../permissions/types.js';
import type { StateReason, Verdict } from './contact-acts.js';

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

/**
 * A write against an old version: `conflict` / `stale-version` with the record as it is now (a copy:
 * a caller changing it changes no store).
 */
export function stale(current: unknown): AdapterError {
  return new AdapterError(
    'conflict',
    'Someone else changed this record; the current values are attached.',
    { code: 'stale-version', current: structuredClone(current) },
  );
}

/**
 * An act that does not apply in the record's status: `conflict` / `invalid-transition`, with the
 * record (a copy); `reason`, when given, says which (`suspend-not-active`, `already-inactive`…) as the one
 * field error on `field`.
 */
export function invalidTransition(
  message: string,
  current: unknown,
  reason?: { field: string; code: string },
): AdapterError {
  return new AdapterError('conflict', message, {
    code: 'invalid-transition',
    current: structuredClone(current),
    fields: reason ? [reason] : [],
  });
}

/**
 * The engine's refusals as one error: its first reason code as the error's code, and every refusal as a
 * field error on `field` with the capability it is about in `params.capability` (and the role, for a
 * policy check, in `params.role`).
 */
export function refused(
  explanations: Explanation[],
  field: string | ((explanation: Explanation) => string) = '',
): AdapterError {
  const first = explanations[0]!;
  const fieldOf = typeof field === 'string' ? () => field : field;
  return forbidden(
    first.code,
    `Not allowed: ${first.code}${first.missing ? ` (needs ${first.missing})` : ''}.`,
    explanations.map((explanation) => {
      const field = fieldOf(explanation);
      const params: Record<string, string> = {};
      const capability = explanation.subject ?? explanation.missing;
      if (capability) params.capability = capability;
      if (explanation.role) params.role = explanation.role;
      if (explanation.siteId) params.site = explanation.siteId;
      return Object.keys(params).length
        ? { field, code: explanation.code, params }
        : { field, code: explanation.code };
    }),
  );
}

/** Refuses a write whose version is not the record's current one (`stale-version`, with `copy`). */
export function checkVersion(version: unknown, current: { version: number }, copy: unknown): void {
  if (typeof version !== 'number' || version !== current.version) throw stale(copy);
}

/** A sentence for developers (never shown to people: the catalogue words each code). */
const stateMessages: Record<StateReason, string> = {
  'tickets-in-progress': 'The contact has tickets in progress and cannot be deleted.',
  'no-tickets': 'The contact has no tickets in progress to transfer.',
  'already-admin': 'The contact is already a general admin.',
  self: 'Nobody can do this to their own contact; hand administration over instead.',
  'same-contact': 'Tickets cannot be moved to the contact they come from.',
  'target-not-active': 'Only an active contact can receive this.',
  'not-invitable':
    'The contact has signed in already, or is suspended or inactive: no invitation applies.',
  'invitation-pending': 'The contact already has a usable invitation; resend that one instead.',
  'invitation-closed': 'The invitation was accepted or revoked; it cannot be used again.',
  'resend-cooldown': 'The invitation was sent moments ago; it can be sent again later.',
  'not-removable': 'Only an expired or revoked invitation can be deleted.',
  'link-not-usable': 'The setup link of this invitation no longer works.',
  'contact-inactive': 'An inactive contact cannot be given a password.',
  'suspend-not-active': 'Only an active contact can be suspended.',
  'already-inactive': 'The contact is already inactive.',
  'invalid-transition': 'This act does not apply to the contact in its status.',
  'not-self-editable': 'This field of your own contact is set by an administrator.',
  session: 'No signed-in session.',
  'session-failed': 'The signed-in session could not be loaded.',
};

/**
 * A refused {@link Verdict} as the error a backend answers, with the same code the UI shows:
 * the engine's reason as `forbidden`; `tickets-in-progress`, `self`, `target-not-active`,
 * `not-self-editable`, `session` as `forbidden`; `already-admin` and `no-tickets` as `conflict` with
 * `current` (the UI's view was probably stale); `same-contact` as `validation` on field `to`; a lifecycle
 * act from the wrong status as `conflict` / `invalid-transition` with `current`, and the reason
 * (`suspend-not-active`, `already-inactive`) as its field error on `action`; an invitation act from
 * the wrong status likewise, with the reason (`not-invitable`, `invitation-closed`, `not-removable`,
 * `link-not-usable`, `contact-inactive`) on `status`; `invitation-pending` as `conflict` with
 * `current`; `resend-cooldown` as `rate-limited` with `retryAfter` (seconds).
 */
export function verdictError(
  verdict: Exclude<Verdict, { allowed: true }>,
  current?: unknown,
): AdapterError {
  if ('engine' in verdict) return refused([verdict.engine]);
  const { state } = verdict;
  const message = stateMessages[state];
  switch (state) {
    case 'tickets-in-progress':
      return forbidden(state, message, [
        {
          field: 'openTickets',
          code: state,
          params: { count: Number(verdict.params?.count ?? 0) },
        },
      ]);
    case 'already-admin':
    case 'no-tickets':
      return new AdapterError('conflict', message, {
        code: state,
        current: structuredClone(current),
      });
    case 'same-contact':
      return invalid([{ field: 'to', code: state }], message);
    case 'suspend-not-active':
    case 'already-inactive':
      return invalidTransition(message, current, { field: 'action', code: state });
    case 'not-invitable':
    case 'invitation-closed':
    case 'not-removable':
    case 'link-not-usable':
    case 'contact-inactive':
      return invalidTransition(message, current, { field: 'status', code: state });
    case 'invitation-pending':
      return new AdapterError('conflict', message, {
        code: state,
        current: structuredClone(current),
      });
    case 'resend-cooldown':
      return new AdapterError('rate-limited', message, {
        code: state,
        retryAfter: Math.max(1, Number(verdict.params?.seconds ?? 1)),
      });
    case 'invalid-transition':
      return invalidTransition(message, current);
    default:
      return forbidden(state, message);
  }
}
