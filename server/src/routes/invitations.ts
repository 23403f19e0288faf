import * as z from 'zod';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { Contact, Invitation } from '../../../src/core/model/index.js';
import {
  decideAcceptInvitation,
  decideActivation,
  decideConfirmContact,
  decideRemoveInvitation,
  decideResendInvitation,
  decideRevokeInvitation,
  decideSendInvitation,
  decideSetPassword,
  decideUpdateSettings,
  decideUpdateTemplate,
  historyOf,
  inspectInvitationLink,
  invitationAt,
  notFound,
  type AccessLink,
  type Decision,
  type LinkFacts,
  type SendFacts,
  type SettleFacts,
} from '../../../src/core/rules/index.js';
import { applyWrites, type Before } from '../db/apply.js';
import { lockContacts } from '../db/facts.js';
import {
  companyOf,
  currentLink,
  getSettings,
  invitationsOfContact,
  linkByToken,
  lockSeats,
  lockTemplate,
  newId,
  newToken,
  seatFacts,
  storedInvitationById,
} from '../db/journey.js';
import { findContact, getTemplate } from '../db/queries.js';
import { envelope, object, ok, type Answer } from '../http/answers.js';
import type { OpenContext, RequestContext } from '../http/context.js';
import { links } from '../links.js';
import { hashPassword } from '../password.js';
import { auditContact, commit, ruleContext } from './decide.js';

/**
 * The invitation writes (`src/core/rules/invitations.ts`) and the invitee's side
 * (`invitation-links.ts`). Every write about a contact's invitations locks the contact's row first,
 * then reads its invitations: sends and resends of one contact run one after the other, so at most one
 * of its invitations is usable at any time. A write that may hold a seat (a seat invitation sent,
 * resent after expiry, accepted, confirmed) also takes the company's seat lock before counting.
 */

const id = (ctx: { params: Record<string, string> }): string => ctx.params.id ?? '';

function auditInvitation(
  ctx: RequestContext,
  before: Invitation | undefined,
  after: Invitation | undefined,
  recordId: string,
): void {
  ctx.audit({
    recordType: 'invitation',
    recordId,
    versionBefore: before?.version ?? null,
    versionAfter: after?.version ?? null,
  });
}

/** A contact of the company locked with the actor, or `not-found`. */
async function lockedContact(
  ctx: RequestContext,
  contactId: string,
): Promise<{ locked: Map<string, Contact>; contact: Contact }> {
  const locked = await lockContacts(ctx.tx, ctx.companyId, [contactId, ctx.actor.id], 'update');
  const contact = locked.get(contactId);
  if (!contact) throw notFound('contact', contactId);
  return { locked, contact };
}

/** Whether any of `invitations` holds (or is asked to hold) a seat: the write takes the seat lock. */
const touchesSeats = (invitations: readonly Invitation[], asked = false): boolean =>
  asked || invitations.some((invitation) => invitation.seat && invitation.status === 'pending');

/** What a send or resend of a contact's invitation needs, read under the contact's lock. */
async function sendFacts(
  ctx: RequestContext,
  invitations: readonly Invitation[],
  seats: boolean,
): Promise<SendFacts> {
  const { tx, companyId } = ctx;
  if (seats) await lockSeats(tx, companyId);
  return {
    company: await companyOf(tx, companyId),
    settings: await getSettings(tx, companyId),
    template: await getTemplate(tx, companyId),
    invitations,
    newId: () => newId('inv'),
    newToken,
    setupLink: links(ctx.config).setup,
    ...(seats ? { seats: await seatFacts(tx, companyId) } : {}),
  };
}

const byId = (invitations: readonly Invitation[]) =>
  new Map(invitations.map((invitation) => [invitation.id, invitation]));

/** `POST /invitations`: the contact locked, its invitations read; a seat invitation counts seats. */
export async function sendInvitation(ctx: RequestContext): Promise<Answer> {
  const body = object<{ contactId?: unknown; seat?: unknown }>(ctx.body);
  const { contactId } = envelope(z.object({ contactId: z.string() }), body);
  const { locked, contact } = await lockedContact(ctx, contactId);
  const invitations = await invitationsOfContact(ctx.tx, ctx.companyId, contact.id);
  const facts = await sendFacts(ctx, invitations, body.seat !== undefined && body.seat !== null);
  const decision = decideSendInvitation(
    ruleContext(ctx, locked),
    contact,
    { seat: body.seat },
    facts,
  );
  const sent = await commit(ctx, decision, { contacts: locked, invitations: byId(invitations) });
  auditInvitation(ctx, undefined, sent, sent.id);
  return ok(invitationAt(sent, ctx.now.toISOString()), 201);
}

/** The invitation `id` of the company and its contact, the contact locked first, then the invitation. */
async function lockedInvitation(ctx: RequestContext) {
  const unlocked = await storedInvitationById(ctx.tx, ctx.companyId, id(ctx));
  const locked = await lockContacts(
    ctx.tx,
    ctx.companyId,
    [unlocked.contactId, ctx.actor.id],
    'update',
  );
  const invitations = await invitationsOfContact(ctx.tx, ctx.companyId, unlocked.contactId);
  const invitation = invitations.find((one) => one.id === unlocked.id);
  if (!invitation) throw notFound('invitation', id(ctx));
  return { locked, contact: locked.get(invitation.contactId), invitation, invitations };
}

/** `POST /invitations/{id}/resend`: a new link (the current one replaced), a new period. */
export async function resendInvitation(ctx: RequestContext): Promise<Answer> {
  const { locked, contact, invitation, invitations } = await lockedInvitation(ctx);
  if (!contact) throw notFound('contact', invitation.contactId);
  const facts = await sendFacts(ctx, invitations, invitation.seat !== undefined);
  const link = await currentLink(ctx.tx, ctx.companyId, invitation.id);
  const decision = decideResendInvitation(
    ruleContext(ctx, locked),
    invitation,
    contact,
    ctx.version,
    { ...facts, ...(link ? { currentLink: link } : {}) },
  );
  const next = await commit(ctx, decision, { contacts: locked, invitations: byId(invitations) });
  auditInvitation(ctx, invitation, next, next.id);
  return ok(invitationAt(next, ctx.now.toISOString()));
}

/** `POST /invitations/{id}/revoke` and `DELETE /invitations/{id}`: the contact locked first. */
async function close(
  ctx: RequestContext,
  decide: typeof decideRevokeInvitation | typeof decideRemoveInvitation,
): Promise<{ before: Invitation; after: Invitation | undefined }> {
  const { locked, contact, invitation, invitations } = await lockedInvitation(ctx);
  const decision = (decide as typeof decideRevokeInvitation)(
    ruleContext(ctx, locked),
    invitation,
    contact,
    ctx.version,
    { invitations, settings: await getSettings(ctx.tx, ctx.companyId) },
  ) as Decision<Invitation | undefined>;
  const after = await commit(ctx, decision, { contacts: locked, invitations: byId(invitations) });
  auditInvitation(ctx, invitation, after ?? undefined, invitation.id);
  return { before: invitation, after: after ?? undefined };
}

export async function revokeInvitation(ctx: RequestContext): Promise<Answer> {
  const { after } = await close(ctx, decideRevokeInvitation);
  return ok(after);
}

export async function removeInvitation(ctx: RequestContext): Promise<Answer> {
  await close(ctx, decideRemoveInvitation);
  return { status: 204 };
}

/** The e-mail keys of the invitations' contacts (a deactivated SaaS user of one takes its seat again). */
async function emailKeysOf(
  tx: RequestContext['tx'],
  companyId: string,
  invitations: readonly Invitation[],
): Promise<string[]> {
  const ids = [...new Set(invitations.map((invitation) => invitation.contactId))];
  if (!ids.length) return [];
  const rows = await tx
    .selectFrom('contacts')
    .select('email_key')
    .where('company_id', '=', companyId)
    .where('id', 'in', ids)
    .execute();
  return rows.map((row) => row.email_key);
}

/** What settling a contact's invitations needs (confirm, accept), read under the contact's lock. */
async function settleFacts(
  ctx: { tx: RequestContext['tx']; companyId: string; config: RequestContext['config'] },
  invitations: readonly Invitation[],
): Promise<SettleFacts> {
  const { tx, companyId } = ctx;
  const seats = touchesSeats(invitations);
  if (seats) await lockSeats(tx, companyId);
  const invitees = seats ? await emailKeysOf(tx, companyId, invitations) : [];
  return {
    company: await companyOf(tx, companyId),
    settings: await getSettings(tx, companyId),
    invitations,
    ...(seats ? { seats: await seatFacts(tx, companyId, invitees) } : {}),
    newSaasUserId: () => newId('su'),
    portalLink: links(ctx.config).portal,
  };
}

/** `POST /contacts/{id}/confirm`: active at once; its usable invitation accepted. */
export async function confirmContact(ctx: RequestContext): Promise<Answer> {
  const { locked, contact } = await lockedContact(ctx, id(ctx));
  const invitations = await invitationsOfContact(ctx.tx, ctx.companyId, contact.id);
  const facts = await settleFacts(ctx, invitations);
  const decision = decideConfirmContact(ruleContext(ctx, locked), contact, ctx.version, facts);
  const next = await commit(ctx, decision, { contacts: locked, invitations: byId(invitations) });
  auditContact(ctx, contact.id, contact, next);
  return ok(next);
}

/**
 * `PUT /contacts/{id}/password`: decided once on the contact as read, without a credential (a refusal
 * costs no hashing), hashed (scrypt), decided again on the contact locked; only the hash is kept.
 */
export async function setContactPassword(ctx: RequestContext): Promise<Answer> {
  const { password } = envelope(z.object({ password: z.string() }), ctx.body);
  const settings = await getSettings(ctx.tx, ctx.companyId);
  const decide = (contact: Contact, credential: string, locked?: Map<string, Contact>) =>
    decideSetPassword(ruleContext(ctx, locked), contact, password, ctx.version, {
      policy: settings.passwordPolicy,
      credential,
    });
  const unlocked = await findContact(ctx.tx, ctx.companyId, id(ctx));
  if (!unlocked) throw notFound('contact', id(ctx));
  decide(unlocked, '');
  const credential = await hashPassword(password);
  const { locked, contact } = await lockedContact(ctx, id(ctx));
  const next = await commit(ctx, decide(contact, credential, locked), { contacts: locked });
  auditContact(ctx, contact.id, contact, next);
  return ok(next);
}

/** `PUT /invitation-template`: the template's row locked. */
export async function updateTemplate(ctx: RequestContext): Promise<Answer> {
  const current = await lockTemplate(ctx.tx, ctx.companyId);
  const decision = decideUpdateTemplate(ruleContext(ctx), current, ctx.body, ctx.version);
  const next = await commit(ctx, decision, { contacts: new Map(), template: current });
  ctx.audit({
    recordType: 'template',
    recordId: ctx.companyId,
    versionBefore: current.version,
    versionAfter: next.version,
  });
  return ok(next);
}

/** `PUT /invitation-settings`: the settings' row locked (compare-and-set on a first edit). */
export async function updateSettings(ctx: RequestContext): Promise<Answer> {
  const current = await getSettings(ctx.tx, ctx.companyId, 'update');
  const decision = decideUpdateSettings(ruleContext(ctx), current, ctx.body, ctx.version);
  const next = await commit(ctx, decision, { contacts: new Map(), settings: current });
  ctx.audit({
    recordType: 'invitation-settings',
    recordId: ctx.companyId,
    versionBefore: current.version,
    versionAfter: next.version,
  });
  return ok(next);
}

// ── the invitee's side: no session, the token finds the company ──────────────────────────────

/** The refusal of a token no company knows: `not-found` (the token is never echoed back). */
function unknownLink(): AdapterError {
  return new AdapterError('not-found', 'No invitation has this link.', { code: 'not-found' });
}

/** The facts of an invitation link (its contact locked for a write), or `not-found`. */
async function linkFacts(
  ctx: OpenContext,
  lock: boolean,
): Promise<{ link: AccessLink; facts: LinkFacts; invitations: Invitation[] }> {
  const { tx } = ctx;
  const token = ctx.params.token ?? '';
  const found = await linkByToken(tx, token);
  if (!found || found.kind !== 'invitation') throw unknownLink();
  const companyId = found.companyId;
  const contact = lock
    ? (await lockContacts(tx, companyId, [found.contactId], 'update')).get(found.contactId)
    : await findContact(tx, companyId, found.contactId);
  if (!contact) throw unknownLink();
  // Re-read under the contact's lock: a resend may have replaced this link meanwhile.
  const link = (lock ? await linkByToken(tx, token, 'update') : found) ?? found;
  const invitations = lock
    ? await invitationsOfContact(tx, companyId, contact.id)
    : [await storedInvitationById(tx, companyId, link.invitationId)];
  const invitation = invitations.find((one) => one.id === link.invitationId);
  if (!invitation) throw unknownLink();
  const sender = invitation.sentBy
    ? await findContact(tx, companyId, invitation.sentBy)
    : undefined;
  return {
    link,
    invitations,
    facts: {
      link,
      invitation,
      contact,
      company: await companyOf(tx, companyId),
      settings: await getSettings(tx, companyId),
      sender,
    },
  };
}

/** Stores a decision made through a link (nobody signed in: the history names no actor). */
async function commitOpen<T>(
  ctx: OpenContext,
  companyId: string,
  decision: Decision<T>,
  before: Before,
): Promise<T> {
  const history = historyOf(
    (contactId) => before.contacts.get(contactId),
    decision.writes,
    null,
    ctx.now.toISOString(),
  );
  await applyWrites(ctx.tx, companyId, decision.writes, before, history);
  return decision.answer;
}

/** `GET /invitation-links/{token}`: what the setup page shows. Changes nothing. */
export async function inspectLink(ctx: OpenContext): Promise<Answer> {
  const { facts } = await linkFacts(ctx, false);
  return ok(inspectInvitationLink(ctx.now.toISOString(), facts));
}

/**
 * `POST /invitation-links/{token}/accept`: decided once without a credential (an unusable link or a
 * refused password costs no hashing), hashed, decided again under the contact's lock.
 */
export async function acceptLink(ctx: OpenContext): Promise<Answer> {
  const body = object<{ method?: unknown; password?: unknown; credential?: unknown }>(ctx.body);
  const method = body.method;
  const secret = method === 'password' ? body.password : undefined;
  const now = ctx.now.toISOString();
  const decide = async (credential: string, lock: boolean) => {
    const { facts, invitations } = await linkFacts(ctx, lock);
    const settle = await settleFacts(
      { tx: ctx.tx, companyId: facts.company.id, config: ctx.config },
      lock ? invitations : [],
    );
    const decision = decideAcceptInvitation(
      now,
      {
        ...facts,
        credential,
        newToken,
        activationLink: links(ctx.config).activation,
        portalLink: settle.portalLink,
        ...(settle.seats ? { seats: settle.seats } : {}),
        newSaasUserId: settle.newSaasUserId,
      },
      method,
      secret,
    );
    return { facts, invitations, decision };
  };
  await decide('', false);
  const credential =
    method === 'password' && typeof secret === 'string' ? await hashPassword(secret) : '';
  const { facts, invitations, decision } = await decide(credential, true);
  const answer = await commitOpen(ctx, facts.company.id, decision, {
    contacts: new Map([[facts.contact.id, facts.contact]]),
    invitations: byId(invitations),
  });
  ctx.audit({
    companyId: facts.company.id,
    actorId: facts.contact.id,
    recordType: 'invitation',
    recordId: facts.invitation.id,
    versionBefore: facts.invitation.version,
    versionAfter:
      decision.writes.journey?.invitations?.updated?.find((one) => one.id === facts.invitation.id)
        ?.version ?? facts.invitation.version,
  });
  return ok(answer);
}

/** `POST /activations/{token}`: follows an activation link once; the account is active. */
export async function activateLink(ctx: OpenContext): Promise<Answer> {
  const token = ctx.params.token ?? '';
  const found = await linkByToken(ctx.tx, token);
  if (!found || found.kind !== 'activation') throw unknownLink();
  const companyId = found.companyId;
  const contact = (await lockContacts(ctx.tx, companyId, [found.contactId], 'update')).get(
    found.contactId,
  );
  const link = await linkByToken(ctx.tx, token, 'update');
  if (!contact || !link) throw unknownLink();
  const decision = decideActivation(ctx.now.toISOString(), {
    link,
    contact,
    company: await companyOf(ctx.tx, companyId),
    settings: await getSettings(ctx.tx, companyId),
    portalLink: links(ctx.config).portal,
  });
  const answer = await commitOpen(ctx, companyId, decision, {
    contacts: new Map([[contact.id, contact]]),
  });
  ctx.audit({
    companyId,
    actorId: contact.id,
    recordType: 'contact',
    recordId: contact.id,
    versionBefore: contact.version,
    versionAfter: decision.writes.updated?.[0]?.version ?? contact.version,
  });
  return ok(answer);
}
