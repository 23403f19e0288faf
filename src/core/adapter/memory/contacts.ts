/**
 * The contact rules of {@link MemoryBackend}: paged search, create, edit, delete, lifecycle acts and
 * transfers. Each function is the body of the backend method of the same name (documented there): it
 * finds the records, gathers the facts, asks the decision of `src/core/rules`, and applies it.
 *
 * @module
 */
import {
  contactSortFields,
  type Contact,
  type ContactInput,
  type HistoryEntry,
  type LifecycleAction,
  type ListQuery,
  type Page,
} from '../../model/index.js';
import {
  decideCreateContact,
  decideRemoveContact,
  decideTransferAdministration,
  decideTransferTickets,
  decideTransition,
  decideUpdateContact,
  explainHistory,
  prepareContactInput,
  refused,
  prepareContactPatch,
} from '../../rules/index.js';
import type { FieldError } from '../errors.js';
import type { ContactQuery } from '../types.js';
import { documentsOf, emailsOf, type Operation } from './company.js';
import { copyContact } from './copy.js';
import { normalizeQuery, pageOf } from './query.js';
import { contactMatch } from '../../rules/contact-query.js';

export function listContacts(op: Operation, query?: ContactQuery): Page<Contact> {
  const { state } = op;
  const errors: FieldError[] = [];
  const match = contactMatch(query?.filter, errors);
  const normalized = normalizeQuery(query, contactSortFields, 'name', errors);
  return state.table.list(normalized, match);
}

export function getContact(op: Operation, id: string): Contact {
  return copyContact(op.contact(id));
}

const historySortFields = ['at'] as const;

/** A contact's history, newest first by default (see `explainHistory` for who may read it). */
export function contactHistory(op: Operation, id: string, query?: ListQuery): Page<HistoryEntry> {
  const contact = op.contact(id);
  const explanation = explainHistory(op.state.engine, op.actor, contact.id);
  if (!explanation.allowed) throw refused([explanation]);
  const q = normalizeQuery(
    { ...query, sort: { field: 'at', direction: 'desc', ...query?.sort } },
    historySortFields,
    'at',
  );
  const entries = op.state.history.filter((entry) => entry.contactId === contact.id);
  return pageOf(
    entries,
    q,
    (entry) => entry.at,
    (entry) => structuredClone(entry),
  );
}

export function createContact(
  op: Operation,
  input: ContactInput,
  idempotencyKey?: string,
): Contact {
  const { state } = op;
  op.require('add-contacts');
  const replayed = op.replay('contact', idempotencyKey, input, (id) => {
    const contact = state.table.get(id);
    return contact && copyContact(contact);
  });
  if (replayed) return replayed;
  const prepared = prepareContactInput(input);
  const { email, document } = prepared.keys;
  const created = op.apply(
    decideCreateContact(op.context(), prepared, {
      newId: () => op.nextId('ct', (candidate) => op.contactIdTaken(candidate)),
      companyId: state.company.id,
      adminCount: op.adminCount(),
      emailTaken: email !== undefined && emailsOf(state).has(email),
      documentTaken: document !== undefined && documentsOf(state).has(document),
      sites: state.sites,
    }),
  );
  op.remember('contact', idempotencyKey, input, created);
  return copyContact(created);
}

export function updateContact(op: Operation, id: string, patch: unknown, version: number): Contact {
  const current = op.contact(id);
  const prepared = prepareContactPatch(patch, current);
  const document = prepared.keys.document;
  const next = op.apply(
    decideUpdateContact(op.context(), current, prepared, version, {
      documentTaken: document !== undefined && documentsOf(op.state).has(document),
    }),
  );
  return copyContact(next);
}

/** The facts of an act that may leave the company without an admin or take someone off the approvers. */
const statusFacts = (op: Operation) => ({
  adminCount: op.adminCount(),
  approvers: op.state.approvers,
});

export function removeContact(op: Operation, id: string, version: number): void {
  const current = op.contact(id);
  op.apply(decideRemoveContact(op.context(), current, version, statusFacts(op)));
}

export function transitionContact(
  op: Operation,
  id: string,
  action: LifecycleAction,
  version: number,
): Contact {
  const current = op.contact(id);
  return copyContact(
    op.apply(decideTransition(op.context(), current, action, version, statusFacts(op))),
  );
}

export function transferAdministration(
  op: Operation,
  toId: string,
  keepOwn = false,
): { from: Contact; to: Contact } {
  const target = op.contact(toId);
  const { from, to } = op.apply(
    decideTransferAdministration(op.context(), target, keepOwn, statusFacts(op)),
  );
  return { from: copyContact(from), to: copyContact(to) };
}

export function transferTickets(
  op: Operation,
  fromId: string,
  toId: string,
): { moved: number; from: Contact; to: Contact } {
  const source = op.contact(fromId);
  const target = op.contact(toId);
  const { moved, from, to } = op.apply(decideTransferTickets(op.context(), source, target));
  return { moved, from: copyContact(from), to: copyContact(to) };
}
