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
  seatRequestSchema,
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
export const seatRequestPageSchema = pageSchema(seatRequestSchema);

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

/** Why one row of an import was refused (`POST /contacts/import`). */
export const importRowErrorSchema = z.object({
  kind: z.enum(['validation', 'conflict', 'forbidden', 'not-found', 'network', 'rate-limited']),
  code: z.string().min(1),
  fields: z.array(
    z.object({
      field: z.string(),
      code: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  ),
});

/** What became of one row of an import. */
export const importRowResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), contact: contactSchema }),
  z.object({
    status: z.literal('updated'),
    contact: contactSchema,
    ignored: z.array(z.enum(['role', 'grants', 'sites'])).optional(),
  }),
  z.object({
    status: z.literal('skipped'),
    code: z.enum(['exists', 'duplicate-in-batch']),
    contactId: z.string().optional(),
    firstRow: z.number().int().nonnegative().optional(),
  }),
  z.object({ status: z.literal('error'), error: importRowErrorSchema }),
]);

/** The answer of `POST /contacts/import`: one result per row sent, and their counts. */
export const importResultSchema = z.object({
  dryRun: z.boolean(),
  results: z.array(importRowResultSchema),
  summary: z.object({
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    error: z.number().int().nonnegative(),
  }),
});

/** The answer of `POST /contacts/lookup`. */
export const contactLookupResultSchema = z.object({ items: z.array(contactSchema) });

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
