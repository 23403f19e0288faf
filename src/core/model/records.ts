import * as z from 'zod';
import {
  historyEvents,
  invitationStatuses,
  registrationMethods,
  saasUserStatuses,
  seatRequestStatuses,
} from './constants.js';

/** A client company. A vendor's staff session may serve several (seed 003). */
export const companySchema = z.object({ id: z.string(), name: z.string() });
export type Company = z.infer<typeof companySchema>;

/** A site a contact can be given access to (seed 003). */
export const siteSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  name: z.string(),
  alias: z.string().optional(),
  url: z.string().optional(),
});
export type Site = z.infer<typeof siteSchema>;

/** A licensed SaaS user (seed 000). */
export const saasUserSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  name: z.string(),
  email: z.string(),
  status: z.enum(saasUserStatuses),
  /** The licensed product whose seat this user holds; absent = the company's one pool. */
  product: z.string().optional(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SaasUser = z.infer<typeof saasUserSchema>;

/**
 * A new SaaS user: name, e-mail, password (write-only: no answer ever contains it, and a backend keeps
 * only a salted hash), and the product whose seat it takes (absent = the company's one pool).
 */
export const saasUserInputSchema = z.object({
  name: z.string(),
  email: z.string(),
  password: z.string(),
  product: z.string().optional(),
});
export type SaasUserInput = z.infer<typeof saasUserInputSchema>;

/**
 * Seats used against seats licensed, for one pool (`product`, absent = the company's one pool).
 * `used` counts what `seatUsage` counts: active users and pending, unexpired seat invitations, each
 * person once; it may exceed `licensed` after the vendor lowers the licence. `activeUsers` and
 * `pendingInvitations` say what `used` is made of (optional: a backend may answer only the totals).
 */
export const seatSummarySchema = z.object({
  licensed: z.number().int().nonnegative(),
  used: z.number().int().nonnegative(),
  activeUsers: z.number().int().nonnegative().optional(),
  pendingInvitations: z.number().int().nonnegative().optional(),
  product: z.string().optional(),
});
export type SeatSummary = z.infer<typeof seatSummarySchema>;

/**
 * A request for more seats (seed 000: "peça seu orçamento"): how many, a message, for which pool, who
 * asked and when, and where it stands. It stays `pending` until the vendor answers it, so a second
 * administrator sees one is already open.
 */
export const seatRequestSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  actorId: z.string(),
  seats: z.number().int().positive(),
  message: z.string(),
  product: z.string().optional(),
  status: z.enum(seatRequestStatuses),
  requestedAt: z.string(),
});
export type SeatRequest = z.infer<typeof seatRequestSchema>;

/**
 * An invitation to set up access (seeds 002–004): a setup URL valid for the company's `validityDays`
 * (30 by default). Each send or resend gives it a new link (the earlier one stops working).
 */
export const invitationSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  contactId: z.string(),
  email: z.string(),
  status: z.enum(invitationStatuses),
  setupUrl: z.string(),
  sentAt: z.string(),
  expiresAt: z.string(),
  sendCount: z.number().int().positive(),
  /**
   * Present when accepting this invitation makes the invitee a licensed SaaS user: the invitation
   * holds a seat of that product's pool (`product` absent = the company's one pool) while it is pending
   * and unexpired (see `seatUsage` in `src/core/rules/seats.ts`). Absent: the invitation takes no seat.
   */
  seat: z.object({ product: z.string().optional() }).optional(),
  /** Who sent it last (a contact id); absent when it went out by itself (the company's `autoSend`). */
  sentBy: z.string().optional(),
  /** `accepted`: when, and how the invitee registered (absent when an administrator confirmed by hand). */
  acceptedAt: z.string().optional(),
  method: z.enum(registrationMethods).optional(),
  /** `revoked`: when. */
  revokedAt: z.string().optional(),
  version: z.number().int().nonnegative(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** The editable invitation e-mail (seed 003: "Visualizar" → "Editar email"). */
export const invitationTemplateSchema = z.object({
  subject: z.string(),
  body: z.string(),
  version: z.number().int().nonnegative(),
});
export type InvitationTemplate = z.infer<typeof invitationTemplateSchema>;

/** Who approves budgets and tickets (seed 000); only a general admin changes it. */
export const approversSchema = z.object({
  budgets: z.array(z.string()),
  tickets: z.array(z.string()),
  version: z.number().int().nonnegative(),
});
export type Approvers = z.infer<typeof approversSchema>;

/** One field a history entry changed: its value before and after (absent = unset). */
export const historyChangeSchema = z.object({
  field: z.string(),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/**
 * One thing that happened to a contact: when, who did it (`actorId`; `null` when the contact did it
 * through an invitation link, or the system did), what (`event`), and what changed. Entries are never
 * edited; a contact's history is read newest first through `contacts.history`. No password, hash or
 * token ever appears in one.
 */
export const historyEntrySchema = z.object({
  id: z.string(),
  companyId: z.string(),
  contactId: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  event: z.enum(historyEvents),
  /** The fields that changed (`updated`, `access-changed`: `role`, `grants`, `sites`; `status-changed`: `status`). */
  changes: z.array(historyChangeSchema).optional(),
  /** `invitation-accepted`: how the invitee registered. */
  method: z.enum(registrationMethods).optional(),
  /** The invitation an invitation event is about. */
  invitationId: z.string().optional(),
  /** `tickets-transferred`: how many, and to or from whom (`counterpartId`). */
  count: z.number().int().nonnegative().optional(),
  counterpartId: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
