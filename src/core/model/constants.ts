/**
 * The model's fixed vocabularies (statuses, document types, lifecycle acts, sort fields, conditions) and
 * the types named after them, without zod: elements import these, so zod stays out of their bundles.
 * The zod schemas beside this file are built from the same lists, for adapter boundaries (REST, msw, the
 * memory backend's snapshot).
 *
 * @module
 */

/** Where a contact is in its life: created → site assigned → invited → active; or suspended / inactive. */
export const contactStatuses = [
  'potential',
  'site-assigned',
  'invited',
  'active',
  'suspended',
  'inactive',
] as const;
export type ContactStatus = (typeof contactStatuses)[number];

/** Identity document types: a CPF (11 digits, no mask) in Brazil, another document elsewhere. */
export const documentTypes = ['cpf', 'passport', 'national-id', 'other'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Lifecycle acts on a contact (seeds 000, 003). */
export const lifecycleActions = ['activate', 'inactivate', 'suspend', 'reactivate'] as const;
export type LifecycleAction = (typeof lifecycleActions)[number];

/** The fields a contact list can be sorted by (server-side). */
export const contactSortFields = [
  'name',
  'email',
  'phone',
  'jobTitle',
  'role',
  'status',
  'createdAt',
  'lastSignInAt',
] as const;
export type ContactSortField = (typeof contactSortFields)[number];

/**
 * What a contact list can be narrowed to; every part combines with "and", the values of one list part
 * with "or". Dates are ISO 8601 dates or date-times: `…From` inclusive, `…Before` exclusive.
 */
export interface ContactFilter {
  /** Any of these statuses. */
  status?: ContactStatus[];
  /** Any of these role ids. */
  role?: string[];
  /** Holding permissions on any of these sites (site ids). */
  site?: string[];
  /** `open`: with tickets in progress; `none`: without. */
  tickets?: 'open' | 'none';
  /** Created at or after this instant. */
  createdFrom?: string;
  /** Created before this instant. */
  createdBefore?: string;
  /** `ever`: has signed in at least once; `never`: has not. */
  signedIn?: 'ever' | 'never';
  /** Last signed in at or after this instant (never-signed-in contacts do not match). */
  lastSignInFrom?: string;
  /** Last signed in before this instant (never-signed-in contacts do not match). */
  lastSignInBefore?: string;
}

/**
 * The conditions a role's capability can carry:
 * - `own-contact`: only when the target is the actor's own contact (seed 000, footnote **);
 * - `granted`: only when someone allowed to grant it gave it to this person (seed 000, footnote *).
 */
export const conditionIds = ['own-contact', 'granted'] as const;
export type Condition = (typeof conditionIds)[number];

/** Whether a capability is held for the whole company or per site (seed 003). */
export const capabilityScopes = ['company', 'site'] as const;
export type CapabilityScope = (typeof capabilityScopes)[number];

/** A licensed SaaS user's status (seed 000). */
export const saasUserStatuses = ['active', 'inactive'] as const;
export type SaasUserStatus = (typeof saasUserStatuses)[number];

/** The fields a list of SaaS users can be sorted by (server-side). */
export const saasUserSortFields = ['name', 'email', 'status', 'createdAt'] as const;
export type SaasUserSortField = (typeof saasUserSortFields)[number];

/**
 * Where a request for more seats stands: `pending` until the vendor answers it, then `fulfilled`
 * (the seats were added) or `declined`.
 */
export const seatRequestStatuses = ['pending', 'fulfilled', 'declined'] as const;
export type SeatRequestStatus = (typeof seatRequestStatuses)[number];

/** An invitation's status (seeds 002–004). */
export const invitationStatuses = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/**
 * The profile fields of a contact: what `contacts.update` may change. The e-mail is not among them
 * (immutable); access (role, grants, sites) goes through permissions.
 */
export const contactProfileFields = [
  'name',
  'country',
  'document',
  'phone',
  'jobTitle',
  'company',
  'address',
  'notes',
  'consultingAuthorized',
  'communication',
] as const;
export type ContactProfileField = (typeof contactProfileFields)[number];

/**
 * What happened to a contact, in its history (`contacts.history`): its record (`created`, `updated`
 * with the profile fields that changed, `status-changed`, `access-changed` — role, grants or sites —,
 * `tickets-transferred`), and its access journey (`invitation-sent`, `invitation-resent`,
 * `invitation-revoked`, `invitation-accepted` with the method, `confirmed` by hand, `password-set` by
 * hand, `activated` after a manual registration's e-mail step).
 */
export const historyEvents = [
  'created',
  'updated',
  'status-changed',
  'access-changed',
  'tickets-transferred',
  'invitation-sent',
  'invitation-resent',
  'invitation-revoked',
  'invitation-accepted',
  'confirmed',
  'password-set',
  'activated',
] as const;
export type HistoryEvent = (typeof historyEvents)[number];

/** How an invitee set up their access (seed 002): Google, Microsoft, or e-mail and password. */
export const registrationMethods = ['google', 'microsoft', 'password'] as const;
export type RegistrationMethod = (typeof registrationMethods)[number];
export * from './invitation-constants.js';
