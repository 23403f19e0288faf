/**
 * Invitations of {@link MemoryBackend}: the list, send, resend, revoke, delete, the invitation e-mail
 * and settings, confirming a contact and setting a password by hand, and what a contact write sets off
 * (automatic invitations, settled ones). Each function is the body of the backend method of the same
 * name (documented there): it finds the records, gathers the facts, asks the decision of
 * `src/core/rules/invitations.ts`, and applies it. The invitee's side is in `invitation-links.ts`.
 *
 * @module
 */
import type {
  Contact,
  Invitation,
  InvitationSettings,
  InvitationTemplate,
  Page,
} from '../../model/index.js';
import { matchesTerms, normalizeText } from '../../search/index.js';
import {
  decideConfirmContact,
  decideLifecycleFollowUps,
  decideRemoveInvitation,
  decideResendInvitation,
  decideRevokeInvitation,
  decideSendInvitation,
  decideSetPassword,
  decideUpdateSettings,
  decideUpdateTemplate,
  invitationAt,
  notFound,
  type ContactChange,
  type Decision,
  type RuleContext,
  type SeatFacts,
  type SendFacts,
  type SettleFacts,
} from '../../rules/index.js';
import type { FieldError } from '../errors.js';
import type { InvitationQuery } from '../types.js';
import { licensedSeats, type CompanyState, type JourneyTools, type Operation } from './company.js';
import { copyContact, copyInvitation, copyTemplate } from './copy.js';
import { filterValues, normalizeQuery, pageOf } from './query.js';

const invitationSortFields = ['sentAt', 'expiresAt', 'email', 'status'] as const;
const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;

/**
 * Reads a one-value string filter (`contactId`, `expiresBefore`): the value, or undefined for none
 * (absent, null or empty); anything else is a field error on `filter.<name>`.
 */
function singleFilter(filter: unknown, name: string, errors: FieldError[]): string | undefined {
  if (typeof filter !== 'object' || filter === null) return undefined;
  const value = (filter as Record<string, unknown>)[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    errors.push({ field: `filter.${name}`, code: 'invalid-type' });
    return undefined;
  }
  return value;
}

export function listInvitations(op: Operation, query?: InvitationQuery): Page<Invitation> {
  const { state } = op;
  const now = op.now();
  const errors: FieldError[] = [];
  const status = filterValues(query?.filter, 'status', invitationStatuses, errors);
  const contactId = singleFilter(query?.filter, 'contactId', errors);
  const expiresBefore = singleFilter(query?.filter, 'expiresBefore', errors);
  if (expiresBefore !== undefined && Number.isNaN(Date.parse(expiresBefore))) {
    errors.push({
      field: 'filter.expiresBefore',
      code: 'invalid-value',
      params: { format: 'date-time' },
    });
  }
  const q = normalizeQuery(query, invitationSortFields, 'sentAt', errors);
  const before = expiresBefore === undefined ? undefined : Date.parse(expiresBefore);
  const matches = [...state.invitations.values()]
    .filter((invitation) => contactId === undefined || invitation.contactId === contactId)
    .map((invitation) => invitationAt(invitation, now))
    .filter(
      (invitation) =>
        (!status || status.has(invitation.status)) &&
        (before === undefined || Date.parse(invitation.expiresAt) < before) &&
        matchesTerms(normalizeText(invitation.email), q.terms),
    );
  return pageOf(
    matches,
    q,
    (invitation, field) => invitation[field as (typeof invitationSortFields)[number]],
    copyInvitation,
  );
}

/** Every invitation of `contactId`, as stored. */
export function invitationsOf(state: CompanyState, contactId: string): Invitation[] {
  return [...state.invitations.values()].filter((invitation) => invitation.contactId === contactId);
}

/** The company's seats, for an invitation that takes one. */
function seatFacts(state: CompanyState): SeatFacts {
  return {
    licensed: state.licensed,
    licensedFor: (product) => licensedSeats(state, product),
    users: [...state.saasUsers.values()],
    invitations: [...state.invitations.values()],
  };
}

/** What a send or resend of `contactId`'s invitation needs. */
function sendFacts(
  op: Pick<Operation, 'state' | 'nextId'> & JourneyTools,
  contactId: string,
): SendFacts {
  const { state } = op;
  return {
    company: state.company,
    settings: state.settings,
    template: state.template,
    invitations: invitationsOf(state, contactId),
    newId: () => op.nextId('inv', (id) => state.invitations.has(id)),
    newToken: () => op.newToken(),
    setupLink: (token) => op.setupLink(token),
    seats: seatFacts(state),
  };
}

/** What settling a contact's invitations (confirm, follow-ups, accept) needs. */
export function settleFacts(
  op: Pick<Operation, 'state' | 'nextId'> & JourneyTools,
  contactId: string,
): SettleFacts {
  const { state } = op;
  return {
    company: state.company,
    settings: state.settings,
    invitations: invitationsOf(state, contactId),
    seats: seatFacts(state),
    newSaasUserId: () => op.nextId('su', (id) => state.saasUsers.has(id)),
    portalLink: op.portalLink,
  };
}

export function sendInvitation(
  op: Operation,
  contactId: string,
  seat: unknown,
  idempotencyKey?: string,
): Invitation {
  const { state } = op;
  const body = seat === undefined ? { contactId } : { contactId, seat };
  const replayed = op.replay('invitation', idempotencyKey, body, (id) => {
    const invitation = state.invitations.get(id);
    return invitation && invitationAt(copyInvitation(invitation), op.now());
  });
  if (replayed) return replayed;
  const contact = op.contact(contactId);
  const sent = op.apply(
    decideSendInvitation(op.context(), contact, { seat }, sendFacts(op, contact.id)),
  );
  op.remember('invitation', idempotencyKey, body, sent);
  return copyInvitation(sent);
}

/** The stored invitation `id` and its contact (`not-found` for an id outside the company). */
function found(
  op: Operation,
  id: string,
): { invitation: Invitation; contact: Contact | undefined } {
  const invitation = op.state.invitations.get(id);
  if (!invitation) throw notFound('invitation', id);
  return { invitation, contact: op.state.table.get(invitation.contactId) };
}

export function resendInvitation(op: Operation, id: string, version: number): Invitation {
  const { invitation, contact } = found(op, id);
  if (!contact) throw notFound('contact', invitation.contactId);
  const current = [...op.state.links.values()].find(
    (link) => link.kind === 'invitation' && link.invitationId === id && !link.replacedAt,
  );
  const facts: SendFacts = {
    ...sendFacts(op, contact.id),
    ...(current ? { currentLink: current } : {}),
  };
  return copyInvitation(
    op.apply(decideResendInvitation(op.context(), invitation, contact, version, facts)),
  );
}

const closeFacts = (op: Operation, contactId: string) => ({
  invitations: invitationsOf(op.state, contactId),
  settings: op.state.settings,
});

export function revokeInvitation(op: Operation, id: string, version: number): Invitation {
  const { invitation, contact } = found(op, id);
  return copyInvitation(
    op.apply(
      decideRevokeInvitation(
        op.context(),
        invitation,
        contact,
        version,
        closeFacts(op, invitation.contactId),
      ),
    ),
  );
}

export function removeInvitation(op: Operation, id: string, version: number): void {
  const { invitation, contact } = found(op, id);
  op.apply(
    decideRemoveInvitation(
      op.context(),
      invitation,
      contact,
      version,
      closeFacts(op, invitation.contactId),
    ),
  );
}

export function getTemplate(op: Operation): InvitationTemplate {
  return copyTemplate(op.state.template);
}

export function updateTemplate(
  op: Operation,
  template: unknown,
  version: number,
): InvitationTemplate {
  return copyTemplate(
    op.apply(decideUpdateTemplate(op.context(), op.state.template, template, version)),
  );
}

export function getSettings(op: Operation): InvitationSettings {
  return structuredClone(op.state.settings);
}

export function updateSettings(
  op: Operation,
  settings: unknown,
  version: number,
): InvitationSettings {
  return structuredClone(
    op.apply(decideUpdateSettings(op.context(), op.state.settings, settings, version)),
  );
}

export function confirmContact(op: Operation, contactId: string, version: number): Contact {
  const contact = op.contact(contactId);
  return copyContact(
    op.apply(decideConfirmContact(op.context(), contact, version, settleFacts(op, contact.id))),
  );
}

/**
 * Sets a contact's password by hand: asks the decision once with no credential (a refusal costs no
 * hashing), hashes the password, then decides again on the contact as it is then and stores only the
 * hash.
 */
export async function setContactPassword(
  op: Operation,
  contactId: string,
  password: unknown,
  version: number,
): Promise<Contact> {
  const decide = (credential: string) =>
    decideSetPassword(op.context(), op.contact(contactId), password, version, {
      policy: op.state.settings.passwordPolicy,
      credential,
    });
  decide('');
  const credential = await op.hashPassword(password as string);
  return copyContact(op.apply(decide(credential)));
}

/**
 * What the contact writes of `decision` set off by itself (`decideLifecycleFollowUps`): automatic
 * invitations, invitations settled when their contact leaves the invitable statuses. Undefined when
 * nothing follows. `before` answers a contact as it was before the decision was stored.
 */
export function followUps(
  op: Pick<Operation, 'state' | 'nextId'> & JourneyTools,
  context: RuleContext,
  decision: Decision<unknown>,
  before: (id: string) => Contact | undefined,
): Decision<void> | undefined {
  const { state } = op;
  const changes: ContactChange[] = [];
  for (const after of decision.writes.created ?? []) changes.push({ before: undefined, after });
  for (const after of decision.writes.updated ?? []) {
    const was = before(after.id);
    if (was && was.status !== after.status) changes.push({ before: was, after });
  }
  if (!changes.length) return undefined;
  const facts = sendFacts(op, '');
  return decideLifecycleFollowUps(context, changes, {
    ...facts,
    invitationsOf: (contactId) => invitationsOf(state, contactId),
    newSaasUserId: () => op.nextId('su', (id) => state.saasUsers.has(id)),
  });
}
