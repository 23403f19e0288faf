import * as z from 'zod';
import {
  contactProfileFields,
  contactStatuses,
  documentTypes,
  lifecycleActions,
  type ContactProfileField,
} from './constants.js';

/** Where a contact is in its life (the list and its type are in `./constants.ts`, without zod). */
export const contactStatusSchema = z.enum(contactStatuses);

/** Identity document: a CPF (11 digits, no mask) in Brazil, another document elsewhere. */
export const identityDocumentSchema = z.object({
  type: z.enum(documentTypes),
  number: z.string(),
});
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

/** A phone split the way the seeds ask for it: country calling code, area code (DDD), number. Digits only. */
export const phoneSchema = z.object({
  countryCode: z.string(),
  area: z.string(),
  number: z.string(),
});
export type Phone = z.infer<typeof phoneSchema>;

/** Which messages a contact wants (seed 000: "gerencie as preferências de comunicação"). */
export const communicationSchema = z.object({
  productNews: z.boolean(),
  systemUpdates: z.boolean(),
  ticketUpdates: z.boolean(),
});
export type Communication = z.infer<typeof communicationSchema>;

/** The permissions a contact holds on one site (seed 003: different permissions per site). */
export const siteAccessSchema = z.object({
  siteId: z.string(),
  capabilities: z.array(z.string()),
});
export type SiteAccess = z.infer<typeof siteAccessSchema>;

/** A person of a client company. `email` never changes after creation; `version` guards every write. */
export const contactSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  name: z.string(),
  email: z.string(),
  /** ISO 3166-1 alpha-2, e.g. `BR`. */
  country: z.string(),
  document: identityDocumentSchema,
  phone: phoneSchema,
  jobTitle: z.string(),
  company: z.string().optional(),
  address: z.string().optional(),
  notes: z.string().optional(),
  consultingAuthorized: z.boolean(),
  communication: communicationSchema,
  /** A role id of the active policy (`general-admin`, `registration-admin`, `system-user` by default). */
  role: z.string(),
  /** Capability ids granted to this person beyond the role. */
  grants: z.array(z.string()),
  sites: z.array(siteAccessSchema),
  status: contactStatusSchema,
  openTickets: z.number().int().nonnegative(),
  version: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the person last signed in (ISO 8601): set by the backend when an invitation is accepted with
   * Google or Microsoft, an activation link is followed, or a session starts; absent when never.
   */
  lastSignInAt: z.string().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

/** What a caller sends to create a contact: the server fills id, status, version and dates. */
export const contactInputSchema = contactSchema
  .omit({
    id: true,
    companyId: true,
    status: true,
    openTickets: true,
    version: true,
    createdAt: true,
    updatedAt: true,
    lastSignInAt: true,
  })
  .extend({
    role: z.string().optional(),
    grants: z.array(z.string()).optional(),
    sites: z.array(siteAccessSchema).optional(),
    communication: communicationSchema.optional(),
    consultingAuthorized: z.boolean().optional(),
  });
export type ContactInput = z.infer<typeof contactInputSchema>;

/** Profile fields an edit may change. The e-mail is not among them (immutable); access goes through permissions. */
export const contactPatchSchema = contactSchema
  .pick(
    Object.fromEntries(contactProfileFields.map((field) => [field, true])) as Record<
      ContactProfileField,
      true
    >,
  )
  .partial();
export type ContactPatch = z.infer<typeof contactPatchSchema>;

/** Who may do what to a contact's access: role, extra grants and per-site permissions, changed together. */
export const accessChangeSchema = z.object({
  role: z.string(),
  grants: z.array(z.string()),
  sites: z.array(siteAccessSchema),
});
export type AccessChange = z.infer<typeof accessChangeSchema>;

/** Lifecycle acts on a contact (seeds 000, 003); the list and its type are in `./constants.ts`. */
export const lifecycleActionSchema = z.enum(lifecycleActions);
