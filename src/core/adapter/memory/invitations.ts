/**
 * Invitations of {@link MemoryBackend}: send, resend, revoke, the invitation e-mail, confirming a contact
 * and setting a password by hand. Each function is the body of the backend method of the same name
 * (documented there).
 *
 * @module
 */
import type { Contact, Invitation, InvitationTemplate, Page } from '../../model/index.js';
import { matchesTerms, normalizeText } from '../../search/index.js';
import { randomToken } from '../../demo/random.js';
import { invitationValidityDays } from '../../demo-data.js';
import { AdapterError, type FieldError } from '../errors.js';
import type { Change, InvitationQuery } from '../types.js';
import { invitable, poolUsage, seatRecords, type Operation } from './company.js';
import { copyContact, copyInvitation, copyTemplate } from './copy.js';
import { filterValues, normalizeQuery, pageOf } from './query.js';
import { poolOf } from './seats.js';
import {
  checkVersion,
  holdsSeat,
  invalid,
  invalidTransition,
  noSeats,
  notFound,
  takeSeatVerdict,
} from '../../rules/index.js';

const day = 86_400_000;
const invitationSortFields = ['sentAt', 'expiresAt', 'email', 'status'] as const;
const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
const templatePlaceholders = ['name', 'company', 'setupUrl'] as const;

/** When a setup URL sent at `sentAt` stops working (ISO 8601). */
function expiryOf(sentAt: Date): string {
  return new Date(sentAt.getTime() + invitationValidityDays * day).toISOString();
}

/** An invitation as it is now: a pending one past its expiry reads as `expired`. */
function current(op: Operation, invitation: Invitation): Invitation {
  if (invitation.status === 'pending' && invitation.expiresAt <= op.now()) {
    return { ...invitation, status: 'expired' };
  }
  return { ...invitation };
}

/**
 * Reads the `contactId` filter: a contact id, or undefined for none (absent, null or empty); anything
 * else is a field error on `filter.contactId`.
 */
function contactFilter(filter: unknown, errors: FieldError[]): string | undefined {
  if (typeof filter !== 'object' || filter === null) return undefined;
  const contactId = (filter as Record<string, unknown>).contactId;
  if (contactId === undefined || contactId === null || contactId === '') return undefined;
  if (typeof contactId !== 'string') {
    errors.push({ field: 'filter.contactId', code: 'invalid-type' });
    return undefined;
  }
  return contactId;
}

export function listInvitations(op: Operation, query?: InvitationQuery): Page<Invitation> {
  const { state } = op;
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', invitationStatuses, errors);
  const contactId = contactFilter(query?.filter, errors);
  const q = normalizeQuery(query, invitationSortFields, 'sentAt', errors);
  const matches = [...state.invitations.values()]
    .filter((invitation) => contactId === undefined || invitation.contactId === contactId)
    .map((invitation) => current(op, invitation))
    .filter(
      (invitation) =>
        (!status || status.has(invitation.status)) &&
        matchesTerms(normalizeText(invitation.email), q.terms),
    );
  return pageOf(
    matches,
    q,
    (invitation, field) => invitation[field as (typeof invitationSortFields)[number]],
    copyInvitation,
  );
}

export function sendInvitation(
  op: Operation,
  contactId: string,
  idempotencyKey?: string,
  seat?: { product?: string },
): Invitation {
  const { state } = op;
  op.require('manage-invitations');
  const body = seat ? { contactId, seat } : { contactId };
  const replayed = op.replay('invitation', idempotencyKey, body, (id) => {
    const invitation = state.invitations.get(id);
    return invitation && current(op, invitation);
  });
  if (replayed) return replayed;
  const contact = op.contact(contactId);
  if (!invitable.includes(contact.status)) {
    throw invalidTransition(
      `A contact who is ${contact.status} cannot be invited.`,
      copyContact(contact),
    );
  }
  const pending = [...state.invitations.values()]
    .map((invitation) => current(op, invitation))
    .find((invitation) => invitation.contactId === contactId && invitation.status === 'pending');
  if (pending) {
    throw new AdapterError('conflict', 'This contact already has a valid invitation; resend it.', {
      code: 'invitation-pending',
      current: pending,
    });
  }
  const now = op.clock();
  // A seat invitation holds a seat of its pool until it is accepted, revoked or expires: the one seat
  // rule decides whether one is free (the invitee's own seat, if they hold one, is not a new one).
  const errors: FieldError[] = [];
  const pool = poolOf(seat?.product, 'seat.product', errors);
  if (errors.length) throw invalid(errors);
  if (seat) {
    const usage = poolUsage(state, now, pool);
    const verdict = takeSeatVerdict(usage, holdsSeat(contact.email, seatRecords(state, now, pool)));
    if (!verdict.allowed) throw noSeats(usage);
  }
  const invitation: Invitation = {
    id: op.nextId('inv', (id) => state.invitations.has(id)),
    companyId: state.company.id,
    contactId,
    email: contact.email,
    status: 'pending',
    setupUrl: op.setupUrlBase + randomToken(op.random, 24),
    sentAt: now.toISOString(),
    expiresAt: expiryOf(now),
    sendCount: 1,
    ...(seat ? { seat: pool === undefined ? {} : { product: pool } } : {}),
    version: 1,
  };
  state.invitations.set(invitation.id, invitation);
  const changes: Change[] = [{ record: 'invitation', kind: 'created', ids: [invitation.id] }];
  if (contact.status !== 'invited') {
    state.table.replace({
      ...contact,
      status: 'invited',
      version: contact.version + 1,
      updatedAt: invitation.sentAt,
    });
    changes.push({ record: 'contact', kind: 'updated', ids: [contact.id] });
  }
  op.remember('invitation', idempotencyKey, body, invitation);
  op.changed(...changes);
  return copyInvitation(invitation);
}

/**
 * The stored invitation `id`, checked for an act that applies only to a pending or expired one
 * (resend, revoke): `not-found`, the actor's `manage-invitations`, the version, then the status
 * (`invalid-transition`, saying the invitation cannot be `done`).
 */
function openInvitation(op: Operation, id: string, version: number, done: string): Invitation {
  const stored = op.state.invitations.get(id);
  if (!stored) throw notFound('invitation', id);
  op.require('manage-invitations');
  const invitation = current(op, stored);
  checkVersion(version, invitation, invitation);
  if (invitation.status !== 'pending' && invitation.status !== 'expired') {
    throw invalidTransition(
      `An invitation that is ${invitation.status} cannot be ${done}.`,
      invitation,
    );
  }
  return stored;
}

export function resendInvitation(op: Operation, id: string, version: number): Invitation {
  const { state } = op;
  const stored = openInvitation(op, id, version, 'resent');
  const now = op.clock();
  const next: Invitation = {
    ...stored,
    status: 'pending',
    sentAt: now.toISOString(),
    expiresAt: expiryOf(now),
    sendCount: stored.sendCount + 1,
    version: stored.version + 1,
  };
  state.invitations.set(id, next);
  op.changed({ record: 'invitation', kind: 'updated', ids: [id] });
  return copyInvitation(next);
}

export function revokeInvitation(op: Operation, id: string, version: number): Invitation {
  const { state } = op;
  const stored = openInvitation(op, id, version, 'revoked');
  const now = op.now();
  const next: Invitation = { ...stored, status: 'revoked', version: stored.version + 1 };
  state.invitations.set(id, next);
  const changes: Change[] = [{ record: 'invitation', kind: 'updated', ids: [id] }];
  const contact = state.table.get(stored.contactId);
  if (contact?.status === 'invited') {
    state.table.replace({
      ...contact,
      status: contact.sites.length ? 'site-assigned' : 'potential',
      version: contact.version + 1,
      updatedAt: now,
    });
    changes.push({ record: 'contact', kind: 'updated', ids: [contact.id] });
  }
  op.changed(...changes);
  return copyInvitation(next);
}

export function getTemplate(op: Operation): InvitationTemplate {
  return copyTemplate(op.state.template);
}

export function updateTemplate(
  op: Operation,
  template: unknown,
  version: number,
): InvitationTemplate {
  const { state } = op;
  op.require('manage-invitations');
  checkVersion(version, state.template, copyTemplate(state.template));
  const body = (template ?? {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const [field, max] of [
    ['subject', 200],
    ['body', 10_000],
  ] as const) {
    const value = body[field];
    if (typeof value !== 'string')
      errors.push({ field, code: value === undefined ? 'required' : 'invalid-type' });
    else if (!value.trim()) errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'too-long', params: { max } });
    else {
      for (const match of value.matchAll(/\{(\w+)\}/g)) {
        if (!(templatePlaceholders as readonly string[]).includes(match[1]!)) {
          errors.push({ field, code: 'unknown-placeholder', params: { placeholder: match[0] } });
        }
      }
      if (field === 'body' && !value.includes('{setupUrl}')) {
        errors.push({
          field,
          code: 'missing-placeholder',
          params: { placeholder: '{setupUrl}' },
        });
      }
    }
  }
  if (errors.length) throw invalid(errors);
  state.template = {
    subject: body.subject as string,
    body: body.body as string,
    version: state.template.version + 1,
  };
  op.changed({ record: 'template', kind: 'updated', ids: [] });
  return copyTemplate(state.template);
}

export function confirmContact(op: Operation, contactId: string, version: number): Contact {
  const { state } = op;
  const contact = op.contact(contactId);
  op.require('manage-invitations');
  checkVersion(version, contact, copyContact(contact));
  if (!invitable.includes(contact.status)) {
    throw invalidTransition(
      `A contact who is ${contact.status} cannot be confirmed.`,
      copyContact(contact),
    );
  }
  const now = op.now();
  const accepted: string[] = [];
  for (const stored of state.invitations.values()) {
    if (stored.contactId === contactId && stored.status === 'pending') {
      state.invitations.set(stored.id, {
        ...stored,
        status: 'accepted',
        version: stored.version + 1,
      });
      accepted.push(stored.id);
    }
  }
  const next: Contact = {
    ...contact,
    status: 'active',
    version: contact.version + 1,
    updatedAt: now,
  };
  state.table.replace(next);
  const changes: Change[] = [{ record: 'contact', kind: 'updated', ids: [contactId] }];
  if (accepted.length) changes.push({ record: 'invitation', kind: 'updated', ids: accepted });
  op.changed(...changes);
  return copyContact(next);
}

export function setContactPassword(
  op: Operation,
  contactId: string,
  password: unknown,
  version: number,
): Contact {
  const { state } = op;
  const contact = op.contact(contactId);
  op.require('manage-invitations');
  checkVersion(version, contact, copyContact(contact));
  if (contact.status === 'inactive') {
    throw invalidTransition(
      'An inactive contact cannot be given a password.',
      copyContact(contact),
    );
  }
  const errors = op.passwordErrors(password, { email: contact.email, name: contact.name });
  if (errors.length) throw invalid(errors);
  const next: Contact = { ...contact, version: contact.version + 1, updatedAt: op.now() };
  state.table.replace(next);
  op.changed({ record: 'contact', kind: 'updated', ids: [contactId] });
  return copyContact(next);
}
