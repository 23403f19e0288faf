/**
 * A contact's history, derived from what a write stores: every store calls {@link historyOf} with the
 * records as they were and the decision's {@link Writes}, and keeps the entries it answers (the memory
 * backend in its company state, a server in a table), so every backend tells the same story of the same
 * write. Entries about invitations (sent, resent, revoked, accepted…) come from the invitation rules.
 *
 * @module
 */
import {
  contactProfileFields,
  type ContactProfileField,
  type HistoryEvent,
} from '../model/constants.js';
import type { Contact, HistoryChange, HistoryEntry } from '../model/index.js';
import type { Actor, Explanation, PermissionEngine } from '../permissions/types.js';
import { actCapability } from './contact-acts.js';
import type { Writes } from './writes.js';

/** A history entry before the store gives it an id. */
export type HistoryDraft = Omit<HistoryEntry, 'id'>;

const accessFields = ['role', 'grants', 'sites'] as const;

/** Whether two stored values are the same (records are plain JSON). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function changesOf(
  before: Contact,
  after: Contact,
  fields: readonly (ContactProfileField | (typeof accessFields)[number])[],
): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const field of fields) {
    if (same(before[field], after[field])) continue;
    const change: HistoryChange = { field };
    if (before[field] !== undefined) change.from = before[field];
    if (after[field] !== undefined) change.to = after[field];
    changes.push(change);
  }
  return changes;
}

/**
 * The history entries a write makes: `created` for each new contact; for each replaced one, one entry
 * per kind of change — `status-changed`, `access-changed`, `tickets-transferred` (with the count and
 * the contact on the other side), `updated` (the profile fields that changed). A write that changes
 * nothing a person would notice (only the version) makes none.
 *
 * @param before the stored contact of an id, as it was before the write
 */
export function historyOf(
  before: (id: string) => Contact | undefined,
  writes: Writes,
  actorId: string | null,
  at: string,
): HistoryDraft[] {
  const entries: HistoryDraft[] = [];
  const entry = (contact: Contact, event: HistoryEvent, extra: Partial<HistoryDraft> = {}) =>
    entries.push({
      companyId: contact.companyId,
      contactId: contact.id,
      at,
      actorId,
      event,
      ...extra,
    });
  for (const contact of writes.created ?? []) entry(contact, 'created');
  const updated = writes.updated ?? [];
  for (const after of updated) {
    const was = before(after.id);
    if (!was) continue;
    if (was.status !== after.status) {
      entry(after, 'status-changed', {
        changes: [{ field: 'status', from: was.status, to: after.status }],
      });
    }
    const access = changesOf(was, after, accessFields);
    if (access.length) entry(after, 'access-changed', { changes: access });
    const delta = after.openTickets - was.openTickets;
    if (delta !== 0) {
      const other = updated.find((c) => {
        const prior = c.id === after.id ? undefined : before(c.id);
        return prior !== undefined && c.openTickets - prior.openTickets === -delta;
      });
      entry(after, 'tickets-transferred', {
        count: Math.abs(delta),
        ...(other ? { counterpartId: other.id } : {}),
        changes: [{ field: 'openTickets', from: was.openTickets, to: after.openTickets }],
      });
    }
    const profile = changesOf(was, after, contactProfileFields);
    if (profile.length) entry(after, 'updated', { changes: profile });
  }
  return entries;
}

/**
 * Whether `actor` may read `contactId`'s history: whoever may edit the contact (an administrator any
 * contact's, a system user their own). The detail view asks it; every backend refuses with its code.
 */
export function explainHistory(
  engine: PermissionEngine,
  actor: Actor,
  contactId: string,
): Explanation {
  return engine.explain(actor, actCapability.edit, { contactId });
}
