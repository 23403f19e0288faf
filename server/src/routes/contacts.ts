import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import {
  lifecycleActionSchema,
  type Contact,
  type ContactInput,
  type ContactPatch,
} from '../../../src/core/model/index.js';
import {
  decideCreateContact,
  decideRemoveContact,
  decideTransferAdministration,
  decideTransferTickets,
  decideTransition,
  decideUpdateContact,
  notFound,
  prepareContactInput,
  prepareContactPatch,
} from '../../../src/core/rules/index.js';
import { envelope, object, ok, type Answer } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import {
  adminCountNow,
  documentTaken,
  emailTaken,
  lockContacts,
  lockKeys,
  lockWithAdmins,
  siteIds,
} from '../db/facts.js';
import { getApprovers } from '../db/queries.js';
import { auditContact, commit, ruleContext } from './decide.js';

/**
 * The contact writes. Each is one READ COMMITTED transaction (`concurrency: 'row-locks'` in the route
 * table) that locks the rows its decision's facts come from — in the order of `db/facts.ts` — reads
 * them, asks the decision of `src/core/rules`, and stores what it decided (`commit`). Why row locks
 * rather than SERIALIZABLE: racing writes of one company (20 admins demoting each other) then wait
 * for each other and each gets a definite answer at once, instead of aborting and retrying.
 */

const id = (ctx: RequestContext): string => ctx.params.id ?? '';

/** A new contact's id: random, so two server processes never hand out the same one. */
export const newContactId = (): string => `ct-${randomBytes(10).toString('hex')}`;

/** A locked contact of the company, or `not-found` (another company's id included). */
function found(contacts: ReadonlyMap<string, Contact>, contactId: string): Contact {
  const contact = contacts.get(contactId);
  if (!contact) throw notFound('contact', contactId);
  return contact;
}

/**
 * `POST /contacts`. Locks the new e-mail's and CPF's keys, then looks them up: of two creates of one
 * e-mail, the second waits for the first and is refused `email-taken`. The admin count is read
 * unlocked: a create adds a contact and can never leave the company without an admin.
 */
export async function createContact(ctx: RequestContext): Promise<Answer> {
  const { tx, companyId, policy } = ctx;
  const prepared = prepareContactInput(object<ContactInput>(ctx.body));
  const { email, document } = prepared.keys;
  await lockKeys(tx, companyId, [email, document]);
  const decision = decideCreateContact(ruleContext(ctx), prepared, {
    newId: newContactId,
    companyId,
    adminCount: await adminCountNow(tx, companyId, policy),
    emailTaken: email !== undefined && (await emailTaken(tx, companyId, email)),
    documentTaken: document !== undefined && (await documentTaken(tx, companyId, document)),
    sites: await siteIds(tx, companyId),
  });
  const created = await commit(ctx, decision, { contacts: new Map() });
  auditContact(ctx, created.id, undefined, created);
  const answer = ok(created, 201);
  answer.headers = {
    ...answer.headers,
    Location: `${ctx.baseUrl}/contacts/${encodeURIComponent(created.id)}`,
  };
  return answer;
}

/**
 * `PATCH /contacts/{id}`. Locks the contact (and the actor) for the version check and the write, and
 * a changed CPF's key for its lookup.
 */
export async function updateContact(ctx: RequestContext): Promise<Answer> {
  const { tx, companyId } = ctx;
  const patch = object<ContactPatch>(ctx.body);
  const locked = await lockContacts(tx, companyId, [id(ctx), ctx.actor.id], 'update');
  const current = found(locked, id(ctx));
  const prepared = prepareContactPatch(patch, current);
  const document = prepared.keys.document;
  await lockKeys(tx, companyId, [document]);
  const decision = decideUpdateContact(ruleContext(ctx, locked), current, prepared, ctx.version, {
    documentTaken: document !== undefined && (await documentTaken(tx, companyId, document)),
  });
  const next = await commit(ctx, decision, { contacts: locked });
  auditContact(ctx, current.id, current, next);
  return ok(next);
}

/** The facts of an act that may lower the admin count: the admins and the record(s), locked. */
async function statusFacts(ctx: RequestContext, ids: string[]) {
  const { contacts, adminCount } = await lockWithAdmins(ctx.tx, ctx.companyId, ctx.policy, [
    ...ids,
    ctx.actor.id,
  ]);
  return { contacts, adminCount };
}

/** `DELETE /contacts/{id}`: the contact, the actor and every general admin locked. */
export async function removeContact(ctx: RequestContext): Promise<Answer> {
  const { contacts, adminCount } = await statusFacts(ctx, [id(ctx)]);
  const current = found(contacts, id(ctx));
  const approvers = await getApprovers(ctx.tx, ctx.companyId);
  const decision = decideRemoveContact(ruleContext(ctx, contacts), current, ctx.version, {
    adminCount,
    approvers,
  });
  await commit(ctx, decision, { contacts, approvers });
  auditContact(ctx, current.id, current, undefined);
  return { status: 204 };
}

/** `POST /contacts/{id}/transitions`: the contact, the actor and every general admin locked. */
export async function transitionContact(ctx: RequestContext): Promise<Answer> {
  const { action } = envelope(z.object({ action: lifecycleActionSchema }), ctx.body);
  const { contacts, adminCount } = await statusFacts(ctx, [id(ctx)]);
  const current = found(contacts, id(ctx));
  const approvers = await getApprovers(ctx.tx, ctx.companyId);
  const decision = decideTransition(ruleContext(ctx, contacts), current, action, ctx.version, {
    adminCount,
    approvers,
  });
  const next = await commit(ctx, decision, { contacts, approvers });
  auditContact(ctx, current.id, current, next);
  return ok(next);
}

/**
 * `POST /contacts/{id}/transfer-administration`: the new admin, the actor (who may step down) and
 * every general admin locked.
 */
export async function transferAdministration(ctx: RequestContext): Promise<Answer> {
  const { keepOwn } = envelope(z.object({ keepOwn: z.boolean().optional() }), ctx.body ?? {});
  const { contacts, adminCount } = await statusFacts(ctx, [id(ctx)]);
  const target = found(contacts, id(ctx));
  const approvers = await getApprovers(ctx.tx, ctx.companyId);
  const decision = decideTransferAdministration(
    ruleContext(ctx, contacts),
    target,
    keepOwn ?? false,
    { adminCount, approvers },
  );
  const answer = await commit(ctx, decision, { contacts, approvers });
  auditContact(ctx, target.id, target, answer.to);
  return ok(answer);
}

/** `POST /contacts/{id}/transfer-tickets`: both contacts (and the actor) locked, in id order. */
export async function transferTickets(ctx: RequestContext): Promise<Answer> {
  const { to } = envelope(z.object({ to: z.string() }), ctx.body);
  const locked = await lockContacts(ctx.tx, ctx.companyId, [id(ctx), to, ctx.actor.id], 'update');
  const source = found(locked, id(ctx));
  const target = found(locked, to);
  const decision = decideTransferTickets(ruleContext(ctx, locked), source, target);
  const answer = await commit(ctx, decision, { contacts: locked });
  auditContact(ctx, source.id, source, answer.from);
  return ok(answer);
}
