/**
 * The contact rules of {@link MemoryBackend}: paged search, create, edit, delete, lifecycle acts and
 * transfers. Each function is the body of the backend method of the same name (documented there).
 *
 * @module
 */
import {
  contactStatuses,
  contactSortFields,
  type AccessChange,
  type Contact,
  type ContactInput,
  type LifecycleAction,
  type Page,
} from '../../model/index.js';
import type { Actor } from '../../permissions/index.js';
import { lifecycleTransitions } from '../../rules/index.js';
import { emailKey, validateContactInput, validateContactPatch } from '../../validation/index.js';
import type { FieldError } from '../errors.js';
import type { ContactQuery } from '../types.js';
import { accessErrors } from './access.js';
import { emailsOf, type Operation } from './company.js';
import { copyContact, copySiteAccess } from './copy.js';
import { filterValues, normalizeQuery } from './query.js';
import { checkVersion, forbidden, invalid, invalidTransition, refused } from './refusals.js';

export function listContacts(op: Operation, query?: ContactQuery): Page<Contact> {
  const { state } = op;
  const errors: FieldError[] = [];
  const filter = query?.filter as unknown;
  const status = filterValues(filter, 'status', contactStatuses, errors);
  const role = filterValues(filter, 'role', undefined, errors);
  const normalized = normalizeQuery(query, contactSortFields, 'name', errors);
  return state.table.list(normalized, { status, role });
}

export function getContact(op: Operation, id: string): Contact {
  return copyContact(op.contact(id));
}

export function createContact(
  op: Operation,
  input: ContactInput,
  idempotencyKey?: string,
): Contact {
  const { state, actor } = op;
  op.require('add-contacts');
  const replayed = op.replay('contact', idempotencyKey, input, (id) => {
    const contact = state.table.get(id);
    return contact && copyContact(contact);
  });
  if (replayed) return replayed;

  const result = validateContactInput(input);
  const errors: FieldError[] = result.ok ? [] : [...result.errors];
  const raw = (input ?? {}) as Partial<ContactInput>;
  const policy = state.policy;
  const role = typeof raw.role === 'string' ? raw.role : policy.defaultRole;
  const grants = Array.isArray(raw.grants) ? raw.grants : [];
  const sites = Array.isArray(raw.sites) ? raw.sites : [];
  errors.push(...accessErrors(state, { role, grants, sites }));
  if (result.ok && emailsOf(state).has(emailKey(result.value.email))) {
    errors.push({ field: 'email', code: 'email-taken' });
  }
  if (errors.length || !result.ok) throw invalid(errors);
  const value = result.value;

  const access: AccessChange = { role, grants: [...grants], sites: sites.map(copySiteAccess) };
  if (role !== policy.defaultRole || grants.length || sites.length) {
    // The person to be: no id yet (an id is spent only on a record that is written).
    const prospect: Actor = {
      id: '',
      role: policy.defaultRole,
      grants: [],
      sites: [],
      status: 'potential',
    };
    const refusals = state.engine.validateChange(actor, prospect, access, op.facts());
    if (refusals.length) throw refused(refusals, 'role');
  }
  const id = op.nextId('ct', (candidate) => op.contactIdTaken(candidate));
  const now = op.now();
  const contact: Contact = {
    id,
    companyId: state.company.id,
    name: value.name,
    email: value.email,
    country: value.country,
    document: { ...value.document },
    phone: { ...value.phone },
    jobTitle: value.jobTitle,
    consultingAuthorized: value.consultingAuthorized ?? false,
    communication: value.communication
      ? { ...value.communication }
      : { productNews: false, systemUpdates: true, ticketUpdates: true },
    ...access,
    status: access.sites.length ? 'site-assigned' : 'potential',
    openTickets: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  for (const key of ['company', 'address', 'notes'] as const) {
    const text = value[key];
    if (text) contact[key] = text;
  }
  state.table.insert(contact);
  emailsOf(state).set(emailKey(contact.email), id);
  op.registerContact(id);
  op.remember('contact', idempotencyKey, input, contact);
  op.changed();
  return copyContact(contact);
}

export function updateContact(op: Operation, id: string, patch: unknown, version: number): Contact {
  const { state } = op;
  const current = op.contact(id);
  op.require('edit-contacts', id);
  checkVersion(version, current, copyContact(current));
  const result = validateContactPatch(patch, current);
  if (!result.ok) throw invalid(result.errors);
  const next: Contact = { ...current, version: current.version + 1, updatedAt: op.now() };
  const value = result.value;
  if (value.name !== undefined) next.name = value.name;
  if (value.country !== undefined) next.country = value.country;
  if (value.document !== undefined) next.document = { ...value.document };
  if (value.phone !== undefined) next.phone = { ...value.phone };
  if (value.jobTitle !== undefined) next.jobTitle = value.jobTitle;
  if (value.consultingAuthorized !== undefined)
    next.consultingAuthorized = value.consultingAuthorized;
  if (value.communication !== undefined) next.communication = { ...value.communication };
  for (const key of ['company', 'address', 'notes'] as const) {
    const text = value[key];
    if (text === undefined) continue;
    if (text === '') delete next[key];
    else next[key] = text;
  }
  state.table.replace(next);
  op.changed();
  return copyContact(next);
}

export function removeContact(op: Operation, id: string, version: number): void {
  const { state } = op;
  const current = op.contact(id);
  op.require('delete-contacts', id);
  checkVersion(version, current, copyContact(current));
  if (current.openTickets > 0) {
    throw forbidden(
      'tickets-in-progress',
      'The contact has tickets in progress and cannot be deleted.',
      [
        {
          field: 'openTickets',
          code: 'tickets-in-progress',
          params: { count: current.openTickets },
        },
      ],
    );
  }
  op.statusCheck(current, 'delete');
  state.table.delete(id);
  emailsOf(state).delete(emailKey(current.email));
  op.forgetContact(id);
  for (const invitation of [...state.invitations.values()]) {
    if (invitation.contactId === id) state.invitations.delete(invitation.id);
  }
  const { budgets, tickets } = state.approvers;
  if (budgets.includes(id) || tickets.includes(id)) {
    state.approvers = {
      budgets: budgets.filter((other) => other !== id),
      tickets: tickets.filter((other) => other !== id),
      version: state.approvers.version + 1,
    };
  }
  op.changed();
}

export function transitionContact(
  op: Operation,
  id: string,
  action: LifecycleAction,
  version: number,
): Contact {
  const { state } = op;
  const current = op.contact(id);
  const rule = Object.hasOwn(lifecycleTransitions, action)
    ? lifecycleTransitions[action]
    : undefined;
  if (!rule) {
    throw invalid([
      {
        field: 'action',
        code: 'invalid-value',
        params: { allowed: Object.keys(lifecycleTransitions).join(', ') },
      },
    ]);
  }
  op.require('activate-contacts', id);
  checkVersion(version, current, copyContact(current));
  if (!rule.from.includes(current.status)) {
    throw invalidTransition(
      `Cannot ${action} a contact that is ${current.status}.`,
      copyContact(current),
    );
  }
  if (action === 'suspend' || action === 'inactivate') op.statusCheck(current, action);
  const next: Contact = {
    ...current,
    status: rule.to,
    version: current.version + 1,
    updatedAt: op.now(),
  };
  state.table.replace(next);
  op.changed();
  return copyContact(next);
}

export function transferAdministration(
  op: Operation,
  toId: string,
  keepOwn = false,
): { from: Contact; to: Contact } {
  const { state, actor } = op;
  const target = op.contact(toId);
  op.require('transfer-administration');
  if (target.id === actor.id) {
    throw forbidden('same-contact', 'Administration cannot be transferred to oneself.');
  }
  if (target.status !== 'active') {
    throw forbidden('target-not-active', 'Only an active contact can receive administration.');
  }
  const { adminRole, defaultRole } = state.policy;
  const promotion: AccessChange = { role: adminRole, grants: target.grants, sites: target.sites };
  if (target.role !== adminRole) {
    const refusals = state.engine.validateChange(actor, target, promotion, op.facts());
    if (refusals.length) throw refused(refusals, 'role');
  }
  const now = op.now();
  const to: Contact =
    target.role === adminRole
      ? target
      : { ...target, role: adminRole, version: target.version + 1, updatedAt: now };
  const from: Contact =
    keepOwn || actor.role === defaultRole
      ? actor
      : { ...actor, role: defaultRole, version: actor.version + 1, updatedAt: now };
  state.table.replace(to);
  state.table.replace(from);
  op.changed();
  return { from: copyContact(from), to: copyContact(to) };
}

export function transferTickets(
  op: Operation,
  fromId: string,
  toId: string,
): { moved: number; from: Contact; to: Contact } {
  const { state } = op;
  const source = op.contact(fromId);
  const target = op.contact(toId);
  op.require('transfer-tickets');
  if (source.id === target.id) {
    throw invalid(
      [{ field: 'to', code: 'same-contact' }],
      'Tickets cannot be moved to the same contact.',
    );
  }
  if (target.status !== 'active') {
    throw forbidden('target-not-active', 'Only an active contact can receive tickets.');
  }
  const moved = source.openTickets;
  if (moved === 0) return { moved, from: copyContact(source), to: copyContact(target) };
  const now = op.now();
  const from: Contact = {
    ...source,
    openTickets: 0,
    version: source.version + 1,
    updatedAt: now,
  };
  const to: Contact = {
    ...target,
    openTickets: target.openTickets + moved,
    version: target.version + 1,
    updatedAt: now,
  };
  state.table.replace(from);
  state.table.replace(to);
  op.changed();
  return { moved, from: copyContact(from), to: copyContact(to) };
}
