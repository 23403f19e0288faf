import * as z from 'zod';
import {
  approversSchema,
  companySchema,
  contactSchema,
  historyEntrySchema,
  invitationAcceptanceSchema,
  invitationActivationSchema,
  invitationLinkSchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationTemplateSchema,
  pageSchema,
  policySchema,
  saasUserSchema,
  seatSummarySchema,
  siteSchema,
} from '../../model/index.js';

/**
 * The shape of every successful response body in `docs/rest-api.md`. `RestAdapter` checks each
 * answer against these before handing it to an element: a backend that answers something else
 * produces a `network` error with code `bad-response`, never a half-typed object.
 */

export const sessionSchema = z.object({
  actor: contactSchema,
  company: companySchema,
  companies: z.array(companySchema),
});

export const contactPageSchema = pageSchema(contactSchema);
export const sitePageSchema = pageSchema(siteSchema);
export const saasUserPageSchema = pageSchema(saasUserSchema);
export const invitationPageSchema = pageSchema(invitationSchema);
export const historyPageSchema = pageSchema(historyEntrySchema);

export const transferAdministrationResultSchema = z.object({
  from: contactSchema,
  to: contactSchema,
});

export const transferTicketsResultSchema = z.object({
  moved: z.number().int().nonnegative(),
  from: contactSchema,
  to: contactSchema,
});

export const seatRequestResultSchema = z.object({ requestId: z.string().min(1) });

export {
  approversSchema,
  contactSchema,
  invitationAcceptanceSchema,
  invitationActivationSchema,
  invitationLinkSchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationTemplateSchema,
  policySchema,
  saasUserSchema,
  seatSummarySchema,
};
