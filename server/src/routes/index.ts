import * as z from 'zod';
import {
  sessionSchema,
  contactPageSchema,
  sitePageSchema,
  saasUserPageSchema,
  seatRequestPageSchema,
  invitationPageSchema,
  historyPageSchema,
  transferAdministrationResultSchema,
  transferTicketsResultSchema,
  seatRequestResultSchema,
  importResultSchema,
  contactLookupResultSchema,
} from '../../../src/core/adapter/rest/schemas.js';
import { decodeListQuery } from '../../../src/core/adapter/rest/query.js';
import type { ContactQuery, SeatRequestQuery } from '../../../src/core/adapter/types.js';
import type { ListQuery } from '../../../src/core/model/index.js';
import {
  accessChangeSchema,
  approversSchema,
  contactInputSchema,
  contactPatchSchema,
  contactSchema,
  contactSortFields,
  invitationAcceptanceSchema,
  invitationActivationSchema,
  invitationLinkSchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationTemplateSchema,
  lifecycleActionSchema,
  policySchema,
  registrationMethods,
  saasUserInputSchema,
  saasUserSchema,
  seatSummarySchema,
} from '../../../src/core/model/index.js';
import { ok } from '../http/answers.js';
import type { RequestContext } from '../http/context.js';
import * as q from '../db/queries.js';
import { auditPageSchema, listAudit } from './audit.js';
import { currentSession, switchCompany } from './session.js';
import {
  createContact,
  removeContact,
  transferAdministration,
  transferTickets,
  transitionContact,
  updateContact,
} from './contacts.js';
import { contactHistory } from './history.js';
import {
  acceptLink,
  activateLink,
  confirmContact,
  inspectLink,
  removeInvitation,
  resendInvitation,
  revokeInvitation,
  sendInvitation,
  setContactPassword,
  updateSettings,
  updateTemplate,
} from './invitations.js';
import {
  changeSaasPassword,
  createSaasUser,
  deactivateSaasUser,
  listSeatRequests,
  reactivateSaasUser,
  requestSeats,
} from './seats.js';
import { getSettings } from '../db/journey.js';
import { poolOf } from '../../../src/core/adapter/memory/seats.js';
import type { FieldError } from '../../../src/core/adapter/errors.js';
import {
  contactFilterKeys,
  contactFilterSingleKeys,
  invalid,
} from '../../../src/core/rules/index.js';
import { importContacts, importKeepsKey, lookupContacts } from './imports.js';
import { setAccess, setApprovers, updatePolicy } from './permissions.js';
import type { ListParams, Route } from './route.js';

/**
 * Every endpoint of `docs/rest-api.md`, served by the pipeline (`http/pipeline.ts`) and documented by
 * `openapi.ts` from this one table. Reads are answered from the database; writes read the facts, call
 * the core's decision functions and write the result in the pipeline's transaction — the server never
 * re-implements a rule. The invitee's side (`invitation-links`, `activations`) is served without a
 * session (`open`): the token in the path finds the company.
 */

const id = (ctx: RequestContext): string => ctx.params.id ?? '';

/** A list's query string, decoded as the msw handlers decode it (same codes for the same mistakes). */
const listQuery = (ctx: RequestContext, list: ListParams) =>
  decodeListQuery(ctx.search, {
    filterKeys: list.filterKeys,
    ...(list.singleKeys ? { singleKeys: list.singleKeys } : {}),
    sortFields: list.sortFields,
  });

const contactList: ListParams = {
  filterKeys: contactFilterKeys,
  singleKeys: contactFilterSingleKeys,
  sortFields: contactSortFields,
};
const siteList: ListParams = { filterKeys: [], sortFields: ['name', 'alias'] };
const saasList: ListParams = {
  filterKeys: ['status'],
  singleKeys: ['product'],
  sortFields: ['name', 'email', 'status', 'createdAt'],
};
const seatRequestList: ListParams = {
  filterKeys: ['status'],
  singleKeys: ['product'],
  sortFields: ['requestedAt'],
};
const invitationList: ListParams = {
  filterKeys: ['status'],
  singleKeys: ['contactId', 'expiresBefore'],
  sortFields: ['sentAt', 'expiresAt', 'email', 'status'],
};

/** `GET /seats?product=`: the pool. */
const seatPool: ListParams = { filterKeys: [], singleKeys: ['product'], sortFields: [] };

const passwordBody = z.object({ password: z.string() });
const registrationMethodSchema = z.enum(registrationMethods);
const idList = z.array(z.string());

const record = (description: string, schema: z.ZodType) => ({
  description,
  schema,
  headers: ['ETag'] as const,
});

/** The `handler` of a route served without a session (`Route.open`): never called. */
const openOnly = (): Promise<never> =>
  Promise.reject(new Error('An open route is served by its `open` handler.'));

export const routes: Route[] = [
  // ── session ─────────────────────────────────────────────────────────────────────────────────
  {
    method: 'get',
    path: '/session',
    operationId: 'session.current',
    summary: 'Who is signed in, for which company, and the companies this session may switch to.',
    tag: 'session',
    responses: { 200: { description: 'The session.', schema: sessionSchema } },
    handler: async (ctx) => ok(await currentSession(ctx)),
  },
  {
    method: 'post',
    path: '/session/company',
    operationId: 'session.switchCompany',
    summary: 'Switches the session to another company it serves (a vendor’s staff session).',
    tag: 'session',
    body: z.object({ companyId: z.string() }),
    responses: {
      200: { description: 'The new session.', schema: sessionSchema },
      404: { description: 'The session does not serve that company.' },
    },
    handler: async (ctx) => ok(await switchCompany(ctx)),
  },

  // ── contacts ────────────────────────────────────────────────────────────────────────────────
  {
    method: 'get',
    path: '/contacts',
    operationId: 'contacts.list',
    summary:
      'One page of the company’s contacts: search; filter by status, role, site, tickets in progress, creation date and last sign-in; sort.',
    tag: 'contacts',
    list: contactList,
    responses: { 200: { description: 'A page of contacts.', schema: contactPageSchema } },
    handler: async (ctx) =>
      ok(
        await q.listContacts(
          ctx.tx,
          ctx.companyId,
          ctx.policy,
          listQuery(ctx, contactList) as ContactQuery,
        ),
      ),
  },
  {
    method: 'post',
    path: '/contacts',
    operationId: 'contacts.create',
    summary: 'Creates a contact (needs add-contacts).',
    tag: 'contacts',
    create: true,
    body: contactInputSchema,
    responses: {
      201: {
        description: 'The new contact.',
        schema: contactSchema,
        headers: ['ETag', 'Location'],
      },
      403: { description: 'Not allowed.' },
      422: { description: 'Bad fields, or the e-mail is taken.' },
    },
    concurrency: 'row-locks',
    handler: createContact,
  },
  {
    method: 'get',
    path: '/contacts/{id}',
    operationId: 'contacts.get',
    summary: 'One contact.',
    tag: 'contacts',
    responses: {
      200: record('The contact.', contactSchema),
      404: { description: 'No such contact in this company.' },
    },
    handler: async (ctx) => ok(await q.getContact(ctx.tx, ctx.companyId, id(ctx))),
  },
  {
    method: 'get',
    path: '/contacts/{id}/history',
    operationId: 'contacts.history',
    summary:
      'A contact’s history, newest first unless direction=asc (whoever may edit the contact).',
    tag: 'contacts',
    list: { filterKeys: [], sortFields: ['at'] },
    responses: {
      200: { description: 'A page of history entries.', schema: historyPageSchema },
      403: { description: 'Not allowed to edit this contact.' },
      404: { description: 'No such contact.' },
    },
    handler: contactHistory,
  },
  {
    method: 'patch',
    path: '/contacts/{id}',
    operationId: 'contacts.update',
    summary: 'Edits a contact’s profile (needs edit-contacts; a system user: own contact only).',
    tag: 'contacts',
    versioned: true,
    body: contactPatchSchema,
    responses: {
      200: record('The contact as saved.', contactSchema),
      403: { description: 'Not allowed.' },
      404: { description: 'No such contact.' },
      409: { description: 'Stale version.' },
      422: { description: 'Bad fields (email-immutable when the body has email).' },
    },
    concurrency: 'row-locks',
    handler: updateContact,
  },
  {
    method: 'delete',
    path: '/contacts/{id}',
    operationId: 'contacts.remove',
    summary: 'Deletes a contact for good (needs delete-contacts).',
    tag: 'contacts',
    versioned: true,
    responses: {
      204: { description: 'Deleted.' },
      403: { description: 'tickets-in-progress, last-admin, or not allowed.' },
      404: { description: 'No such contact.' },
      409: { description: 'Stale version.' },
    },
    concurrency: 'row-locks',
    handler: removeContact,
  },
  {
    method: 'post',
    path: '/contacts/{id}/transitions',
    operationId: 'contacts.transition',
    summary:
      'A lifecycle act: activate, inactivate, suspend, reactivate (needs activate-contacts).',
    tag: 'contacts',
    versioned: true,
    body: z.object({ action: lifecycleActionSchema }),
    responses: {
      200: record('The contact after the act.', contactSchema),
      403: { description: 'last-admin, or the engine’s refusal.' },
      404: { description: 'No such contact.' },
      409: { description: 'invalid-transition or stale-version (with current).' },
    },
    concurrency: 'row-locks',
    handler: transitionContact,
  },
  {
    method: 'post',
    path: '/contacts/{id}/transfer-administration',
    operationId: 'contacts.transferAdministration',
    summary: 'Makes the contact a general admin; the actor steps down unless keepOwn.',
    tag: 'contacts',
    body: z.object({ keepOwn: z.boolean().optional() }),
    responses: {
      200: { description: 'Both contacts.', schema: transferAdministrationResultSchema },
      403: { description: 'Not allowed, target-not-active, same-contact.' },
      404: { description: 'No such contact.' },
    },
    concurrency: 'row-locks',
    handler: transferAdministration,
  },
  {
    method: 'post',
    path: '/contacts/{id}/transfer-tickets',
    operationId: 'contacts.transferTickets',
    summary: 'Moves every ticket in progress of the contact to another.',
    tag: 'contacts',
    body: z.object({ to: z.string() }),
    responses: {
      200: {
        description: 'How many moved, and both contacts.',
        schema: transferTicketsResultSchema,
      },
      403: { description: 'Not allowed.' },
      404: { description: 'No such contact.' },
    },
    concurrency: 'row-locks',
    handler: transferTickets,
  },
  {
    method: 'post',
    path: '/contacts/import',
    operationId: 'contacts.import',
    summary:
      'Imports a batch of at most 500 rows (needs import-contacts): each row created, updated, skipped or refused on its own.',
    tag: 'contacts',
    create: true,
    body: z.object({
      rows: z
        .array(
          z.object({
            contact: contactInputSchema,
            version: z.number().int().nonnegative().optional(),
          }),
        )
        .max(500),
      existing: z.enum(['skip', 'update']).optional(),
      dryRun: z.boolean().optional(),
    }),
    responses: {
      200: { description: 'One result per row, and their counts.', schema: importResultSchema },
      403: { description: 'Not allowed to import (the whole batch).' },
      409: { description: 'The Idempotency-Key was used for another batch.' },
      422: { description: 'More than 500 rows, or a bad option.' },
    },
    concurrency: 'row-locks',
    keepsKey: importKeepsKey,
    handler: importContacts,
  },
  {
    method: 'post',
    path: '/contacts/lookup',
    operationId: 'contacts.lookup',
    summary: 'The company’s contacts with any of these e-mails or CPFs (at most 500 of each).',
    tag: 'contacts',
    body: z.object({
      emails: z.array(z.string()).max(500).optional(),
      cpfs: z.array(z.string()).max(500).optional(),
    }),
    responses: {
      200: { description: 'The contacts found, each once.', schema: contactLookupResultSchema },
      422: { description: 'Not arrays of strings, or more than 500 of either.' },
    },
    safe: true,
    handler: lookupContacts,
  },
  {
    method: 'put',
    path: '/contacts/{id}/access',
    operationId: 'permissions.setAccess',
    summary: 'Changes a contact’s role, grants and site permissions at once.',
    tag: 'permissions',
    versioned: true,
    body: accessChangeSchema,
    responses: {
      200: record('The contact with its new access.', contactSchema),
      403: { description: 'cannot-grant, grant-not-held, own-role, last-admin.' },
      404: { description: 'No such contact.' },
      409: { description: 'Stale version.' },
      422: { description: 'unknown-role, unknown-site, unknown-capability.' },
    },
    concurrency: 'row-locks',
    handler: setAccess,
  },
  {
    method: 'post',
    path: '/contacts/{id}/confirm',
    operationId: 'invitations.confirm',
    summary: 'Confirms a contact by hand, without the e-mail round trip.',
    tag: 'invitations',
    versioned: true,
    responses: {
      200: record('The contact, active.', contactSchema),
      403: { description: 'Not allowed.' },
      404: { description: 'No such contact.' },
      409: { description: 'invalid-transition or stale-version.' },
    },
    concurrency: 'row-locks',
    handler: confirmContact,
  },
  {
    method: 'put',
    path: '/contacts/{id}/password',
    operationId: 'invitations.setPassword',
    summary: 'Sets a contact’s password by hand, checked against the password policy.',
    tag: 'invitations',
    versioned: true,
    rateLimit: 'password-change',
    body: passwordBody,
    responses: {
      200: record('The contact.', contactSchema),
      404: { description: 'No such contact.' },
      409: { description: 'Stale version.' },
      422: { description: 'One password entry per unmet rule.' },
      429: { description: 'Too many password changes; Retry-After says when.' },
    },
    concurrency: 'row-locks',
    secrets: ['password'],
    handler: setContactPassword,
  },

  // ── permissions and policy ────────────────────────────────────────────────────────────────
  {
    method: 'get',
    path: '/policy',
    operationId: 'permissions.policy',
    summary: 'The company’s permission policy.',
    tag: 'permissions',
    responses: { 200: record('The policy.', policySchema) },
    handler: (ctx) => Promise.resolve(ok(ctx.policy)),
  },
  {
    method: 'put',
    path: '/policy',
    operationId: 'permissions.updatePolicy',
    summary: 'Replaces the company’s policy (needs the policy’s grant capability).',
    tag: 'permissions',
    versioned: true,
    body: policySchema,
    responses: {
      200: record('The policy as saved.', policySchema),
      403: { description: 'Not allowed.' },
      409: { description: 'Stale version.' },
      422: { description: 'Not a valid policy, or role-in-use.' },
    },
    concurrency: 'row-locks',
    editsPolicy: true,
    handler: updatePolicy,
  },
  {
    method: 'get',
    path: '/approvers',
    operationId: 'permissions.approvers',
    summary: 'Who approves budgets and tickets.',
    tag: 'permissions',
    responses: { 200: record('The approvers.', approversSchema) },
    handler: async (ctx) => ok(await q.getApprovers(ctx.tx, ctx.companyId)),
  },
  {
    method: 'put',
    path: '/approvers',
    operationId: 'permissions.setApprovers',
    summary: 'Sets who approves budgets and tickets (needs define-approvers).',
    tag: 'permissions',
    versioned: true,
    body: z.object({ budgets: idList, tickets: idList }),
    responses: {
      200: record('The approvers as saved.', approversSchema),
      403: { description: 'Not allowed.' },
      409: { description: 'Stale version.' },
      422: { description: 'approver-lacks-capability, approver-inactive, unknown-contact.' },
    },
    concurrency: 'row-locks',
    handler: setApprovers,
  },

  // ── sites, seats, SaaS users ──────────────────────────────────────────────────────────────
  {
    method: 'get',
    path: '/sites',
    operationId: 'sites.list',
    summary: 'One page of the company’s sites.',
    tag: 'sites',
    list: siteList,
    responses: { 200: { description: 'A page of sites.', schema: sitePageSchema } },
    handler: async (ctx) =>
      ok(await q.listSites(ctx.tx, ctx.companyId, listQuery(ctx, siteList) as ListQuery)),
  },
  {
    method: 'get',
    path: '/seats',
    operationId: 'seats.summary',
    summary: 'Seats licensed and used.',
    tag: 'seats',
    responses: { 200: { description: 'The seat summary.', schema: seatSummarySchema } },
    handler: async (ctx) => {
      const errors: FieldError[] = [];
      const product = poolOf(listQuery(ctx, seatPool).filter?.product, 'product', errors);
      if (errors.length) throw invalid(errors);
      return ok(await q.seatSummary(ctx.tx, ctx.companyId, ctx.now, product));
    },
  },
  {
    method: 'post',
    path: '/seats/requests',
    operationId: 'seats.requestMore',
    summary: 'Asks the vendor for more seats.',
    tag: 'seats',
    create: true,
    body: z.object({
      seats: z.number().int().positive(),
      message: z.string(),
      product: z.string().optional(),
    }),
    responses: {
      202: { description: 'The request was recorded.', schema: seatRequestResultSchema },
      403: { description: 'Not allowed (needs manage-saas-users).' },
      422: { description: 'Bad seats, message or product.' },
    },
    handler: requestSeats,
  },
  {
    method: 'get',
    path: '/saas-users',
    operationId: 'seats.list',
    summary: 'One page of the company’s SaaS users.',
    tag: 'seats',
    list: saasList,
    responses: { 200: { description: 'A page of SaaS users.', schema: saasUserPageSchema } },
    handler: async (ctx) =>
      ok(await q.listSaasUsers(ctx.tx, ctx.companyId, listQuery(ctx, saasList))),
  },
  {
    method: 'post',
    path: '/saas-users',
    operationId: 'seats.create',
    summary: 'Adds a SaaS user while a seat is free (needs manage-saas-users).',
    tag: 'seats',
    create: true,
    body: saasUserInputSchema,
    responses: {
      201: record('The new SaaS user.', saasUserSchema),
      403: { description: 'Not allowed (needs manage-saas-users).' },
      409: { description: 'no-seats: every licensed seat of the pool is held (nothing written).' },
      422: { description: 'Bad fields, email-taken, one password entry per unmet rule.' },
    },
    concurrency: 'row-locks',
    secrets: ['password'],
    handler: createSaasUser,
  },
  {
    method: 'put',
    path: '/saas-users/{id}/password',
    operationId: 'seats.changePassword',
    summary: 'Changes an active SaaS user’s password.',
    tag: 'seats',
    versioned: true,
    rateLimit: 'password-change',
    body: passwordBody,
    responses: {
      200: record('The SaaS user.', saasUserSchema),
      404: { description: 'No such SaaS user.' },
      409: { description: 'Stale version or inactive user.' },
      422: { description: 'One password entry per unmet rule.' },
      429: { description: 'Too many password changes; Retry-After says when.' },
    },
    concurrency: 'row-locks',
    secrets: ['password'],
    handler: changeSaasPassword,
  },
  {
    method: 'post',
    path: '/saas-users/{id}/deactivate',
    operationId: 'seats.deactivate',
    summary: 'Deactivates a SaaS user, freeing its seat.',
    tag: 'seats',
    versioned: true,
    responses: {
      200: record('The SaaS user, inactive.', saasUserSchema),
      404: { description: 'No such SaaS user.' },
      409: { description: 'Stale version or already inactive.' },
    },
    concurrency: 'row-locks',
    handler: deactivateSaasUser,
  },
  {
    method: 'post',
    path: '/saas-users/{id}/reactivate',
    operationId: 'seats.reactivate',
    summary: 'Reactivates an inactive SaaS user, who takes a seat again.',
    tag: 'seats',
    versioned: true,
    responses: {
      200: record('The SaaS user, active.', saasUserSchema),
      404: { description: 'No such SaaS user.' },
      409: { description: 'no-seats, stale version, or already active.' },
    },
    concurrency: 'row-locks',
    handler: reactivateSaasUser,
  },
  {
    method: 'get',
    path: '/seats/requests',
    operationId: 'seats.requests',
    summary: 'The company’s requests for more seats, newest first (needs manage-saas-users).',
    tag: 'seats',
    list: seatRequestList,
    responses: {
      200: { description: 'A page of seat requests.', schema: seatRequestPageSchema },
      403: { description: 'Not allowed (needs manage-saas-users).' },
    },
    handler: async (ctx) =>
      ok(await listSeatRequests(ctx, listQuery(ctx, seatRequestList) as SeatRequestQuery)),
  },

  // ── invitations ───────────────────────────────────────────────────────────────────────────
  {
    method: 'get',
    path: '/invitations',
    operationId: 'invitations.list',
    summary:
      'One page of the company’s invitations: search by e-mail, filter by status and contact.',
    tag: 'invitations',
    list: invitationList,
    responses: {
      200: { description: 'A page of invitations.', schema: invitationPageSchema },
      400: { description: 'invalid-query (contactId given twice, …).' },
    },
    handler: async (ctx) =>
      ok(await q.listInvitations(ctx.tx, ctx.companyId, listQuery(ctx, invitationList), ctx.now)),
  },
  {
    method: 'post',
    path: '/invitations',
    operationId: 'invitations.send',
    summary: 'Sends an invitation to a contact who has not signed in yet.',
    tag: 'invitations',
    create: true,
    rateLimit: 'invitation-send',
    body: z.object({
      contactId: z.string(),
      seat: z.object({ product: z.string().optional() }).optional(),
    }),
    responses: {
      201: record('The invitation.', invitationSchema),
      403: { description: 'Not allowed.' },
      404: { description: 'No such contact.' },
      409: {
        description: 'invitation-pending, invalid-transition, or no-seats (with seat).',
      },
      429: { description: 'Too many invitations; Retry-After says when.' },
    },
    concurrency: 'row-locks',
    handler: sendInvitation,
  },
  {
    method: 'post',
    path: '/invitations/{id}/resend',
    operationId: 'invitations.resend',
    summary: 'Sends a pending or expired invitation again (new 30-day period).',
    tag: 'invitations',
    versioned: true,
    rateLimit: 'invitation-send',
    responses: {
      200: record('The invitation.', invitationSchema),
      404: { description: 'No such invitation.' },
      409: { description: 'invalid-transition or stale-version.' },
      429: { description: 'Too many invitations; Retry-After says when.' },
    },
    concurrency: 'row-locks',
    handler: resendInvitation,
  },
  {
    method: 'post',
    path: '/invitations/{id}/revoke',
    operationId: 'invitations.revoke',
    summary: 'Revokes a pending or expired invitation.',
    tag: 'invitations',
    versioned: true,
    responses: {
      200: record('The invitation, revoked.', invitationSchema),
      404: { description: 'No such invitation.' },
      409: { description: 'invalid-transition or stale-version.' },
    },
    concurrency: 'row-locks',
    handler: revokeInvitation,
  },
  {
    method: 'delete',
    path: '/invitations/{id}',
    operationId: 'invitations.remove',
    summary: 'Deletes an expired or revoked invitation.',
    tag: 'invitations',
    versioned: true,
    responses: {
      204: { description: 'Deleted.' },
      404: { description: 'No such invitation.' },
      409: { description: 'not-removable or stale-version.' },
    },
    concurrency: 'row-locks',
    handler: removeInvitation,
  },
  {
    method: 'get',
    path: '/invitation-settings',
    operationId: 'invitations.settings',
    summary:
      'The invitation policy: link validity, automatic sends, resend cooldown, e-mail language, password policy.',
    tag: 'invitations',
    responses: { 200: record('The settings.', invitationSettingsSchema) },
    handler: async (ctx) => ok(await getSettings(ctx.tx, ctx.companyId)),
  },
  {
    method: 'put',
    path: '/invitation-settings',
    operationId: 'invitations.updateSettings',
    summary:
      'Edits the invitation policy (needs manage-invitations; the password policy is read-only).',
    tag: 'invitations',
    versioned: true,
    body: invitationSettingsSchema.omit({ version: true, passwordPolicy: true }).partial(),
    responses: {
      200: record('The settings as saved.', invitationSettingsSchema),
      403: { description: 'Not allowed.' },
      409: { description: 'Stale version.' },
      422: { description: 'A value out of range (every bad field).' },
    },
    concurrency: 'row-locks',
    handler: updateSettings,
  },
  {
    method: 'get',
    path: '/invitation-links/{token}',
    operationId: 'invitations.inspect',
    summary:
      'A setup link as its holder sees it (no session: the token is the credential). Changes nothing.',
    tag: 'invitation-links',
    audience: 'anyone holding the link (no bearer token)',
    responses: {
      200: {
        description: 'The link’s status and, while valid, what to register.',
        schema: invitationLinkSchema,
      },
      404: { description: 'No invitation has this link.' },
    },
    open: inspectLink,
    handler: openOnly,
  },
  {
    method: 'post',
    path: '/invitation-links/{token}/accept',
    operationId: 'invitations.accept',
    summary:
      'Accepts an invitation: Google or Microsoft (active at once) or a password (an activation e-mail goes out).',
    tag: 'invitation-links',
    audience: 'anyone holding the link (no bearer token)',
    body: z.object({
      method: registrationMethodSchema,
      password: z.string().optional(),
      credential: z.string().optional(),
    }),
    responses: {
      200: { description: 'The acceptance.', schema: invitationAcceptanceSchema },
      404: { description: 'No invitation has this link.' },
      409: { description: 'invitation-expired, -revoked, -used or -superseded.' },
      422: { description: 'Bad method, or one password entry per unmet rule.' },
    },
    secrets: ['password', 'credential'],
    open: acceptLink,
    handler: openOnly,
  },
  {
    method: 'post',
    path: '/activations/{token}',
    operationId: 'invitations.activate',
    summary: 'Follows an activation link (once): the account is active.',
    tag: 'invitation-links',
    audience: 'anyone holding the link (no bearer token)',
    responses: {
      200: { description: 'The account is active.', schema: invitationActivationSchema },
      404: { description: 'No activation has this link.' },
      409: { description: 'The link was used or has expired.' },
    },
    open: activateLink,
    handler: openOnly,
  },
  {
    method: 'get',
    path: '/invitation-template',
    operationId: 'invitations.template',
    summary: 'The invitation e-mail ({name}, {company}, {setupUrl}).',
    tag: 'invitations',
    responses: { 200: record('The template.', invitationTemplateSchema) },
    handler: async (ctx) => ok(await q.getTemplate(ctx.tx, ctx.companyId)),
  },
  {
    method: 'put',
    path: '/invitation-template',
    operationId: 'invitations.updateTemplate',
    summary: 'Edits the invitation e-mail (needs manage-invitations).',
    tag: 'invitations',
    versioned: true,
    body: z.object({ subject: z.string(), body: z.string() }),
    responses: {
      200: record('The template as saved.', invitationTemplateSchema),
      403: { description: 'Not allowed.' },
      409: { description: 'Stale version.' },
      422: { description: 'missing-placeholder, unknown-placeholder, too-long.' },
    },
    concurrency: 'row-locks',
    handler: updateTemplate,
  },

  // ── audit (this server's own; not part of PortalAdapter) ──────────────────────────────────
  {
    method: 'get',
    path: '/audit',
    operationId: 'audit.list',
    summary:
      'Every write of the company: who, what, when, version before and after (general admins).',
    tag: 'audit',
    audience: 'general admins (the policy’s admin role)',
    list: { filterKeys: [], sortFields: ['at'] },
    responses: {
      200: { description: 'A page of audit entries, oldest first.', schema: auditPageSchema },
      403: { description: 'Not a general admin.' },
    },
    handler: listAudit,
  },
];
