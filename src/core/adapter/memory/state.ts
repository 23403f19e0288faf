import * as z from 'zod';
import {
  approversSchema,
  companySchema,
  contactSchema,
  historyEntrySchema,
  invitationSchema,
  invitationSettingsSchema,
  invitationTemplateSchema,
  policySchema,
  saasUserSchema,
  seatRequestSchema,
  siteSchema,
  type HistoryEntry,
  type SeatRequest,
  type InvitationSettings,
} from '../../model/index.js';
import { mailLocales } from '../../model/constants.js';
import type { DemoData } from '../../demo-data.js';
import type { AccessLink, Credential } from '../../rules/journey-writes.js';
import type { OutgoingMail } from '../../rules/journey-writes.js';

/** An e-mail the memory backend "sent", with an id of its own. */
export interface SentMail extends OutgoingMail {
  id: string;
}

export type { SeatRequest } from '../../model/index.js';

/** A kept password hash: whose, and the hash (`hashPassword`'s output, never a password). */
export interface PasswordHashRecord {
  companyId: string;
  saasUserId: string;
  hash: string;
}

/** What a create with an idempotency key answered, so a retry gets the same record. */
export interface IdempotencyRecord {
  /** `companyId|operation|key`. */
  scope: string;
  /** The request body, canonically serialised: the same key with another body is refused. */
  fingerprint: string;
  /** The record made (as it was then). */
  result: unknown;
  /** Its id, to answer the record as it is now when it still exists. */
  id: string;
}

/**
 * Everything a `MemoryBackend` holds, as plain JSON-compatible data: what `Persistence` saves and
 * `MemoryBackend.open` restores. `format` changes when the shape does; an unknown format is ignored.
 */
export interface Snapshot {
  format: typeof snapshotFormat;
  savedAt: string;
  data: DemoData;
  seatRequests: SeatRequest[];
  idempotency: IdempotencyRecord[];
  /** The last number used for new ids. */
  sequence: number;
  /** Every company's contact history (absent in snapshots saved before it existed). */
  history?: HistoryEntry[];
  /** The SaaS users' password hashes (absent in snapshots saved before they were kept). */
  passwordHashes?: PasswordHashRecord[];
  /** Each company's invitation settings, by company id (absent in older snapshots: the defaults). */
  invitationSettings?: Record<string, InvitationSettings>;
  /** Every setup and activation link sent. */
  links?: AccessLink[];
  /** Every contact's credential: salted hashes, never a password. */
  credentials?: (Credential & { companyId: string })[];
  /** Every e-mail "sent" (the demo's mailbox). */
  mail?: SentMail[];
}

export const snapshotFormat = 'portico-memory/1' as const;

const actorsSchema = z.object({
  generalAdmin: z.string(),
  registrationAdmin: z.string(),
  systemUser: z.string(),
});

/** The shape of {@link DemoData}, checked when a snapshot is loaded from storage. */
export const demoDataSchema = z.object({
  seed: z.number(),
  now: z.string(),
  companies: z.array(companySchema).min(1),
  contacts: z.array(contactSchema),
  sites: z.array(siteSchema),
  saasUsers: z.array(saasUserSchema),
  invitations: z.array(invitationSchema),
  seats: z.record(
    z.string(),
    z.object({
      licensed: z.number().int().nonnegative(),
      products: z.record(z.string(), z.number().int().nonnegative()).optional(),
    }),
  ),
  templates: z.record(z.string(), invitationTemplateSchema),
  approvers: z.record(z.string(), approversSchema),
  policies: z.record(z.string(), policySchema),
  actors: actorsSchema,
  companyActors: z.record(z.string(), actorsSchema),
});

export const snapshotSchema = z.object({
  format: z.literal(snapshotFormat),
  savedAt: z.string(),
  data: demoDataSchema,
  // Requests saved before they had a status were all still pending.
  seatRequests: z.array(
    seatRequestSchema.extend({ status: seatRequestSchema.shape.status.default('pending') }),
  ),
  idempotency: z.array(
    z.object({ scope: z.string(), fingerprint: z.string(), result: z.unknown(), id: z.string() }),
  ),
  sequence: z.number().int().nonnegative(),
  history: z.array(historyEntrySchema).optional(),
  passwordHashes: z
    .array(z.object({ companyId: z.string(), saasUserId: z.string(), hash: z.string() }))
    .optional(),
  invitationSettings: z.record(z.string(), invitationSettingsSchema).optional(),
  links: z
    .array(
      z.object({
        token: z.string().min(1),
        kind: z.enum(['invitation', 'activation']),
        companyId: z.string(),
        contactId: z.string(),
        invitationId: z.string(),
        issuedAt: z.string(),
        expiresAt: z.string(),
        usedAt: z.string().optional(),
        replacedAt: z.string().optional(),
      }),
    )
    .optional(),
  credentials: z
    .array(
      z.object({
        companyId: z.string(),
        contactId: z.string(),
        hash: z.string(),
        setAt: z.string(),
      }),
    )
    .optional(),
  mail: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(['invitation', 'activation', 'welcome']),
        companyId: z.string(),
        contactId: z.string(),
        to: z.string(),
        subject: z.string(),
        body: z.string(),
        link: z.string(),
        locale: z.enum(mailLocales),
        at: z.string(),
      }),
    )
    .optional(),
});

/** Whether `value` is a snapshot this version can restore (shape checked record by record). */
export function isSnapshot(value: unknown): value is Snapshot {
  return snapshotSchema.safeParse(value).success;
}

/** JSON with object keys sorted, so two equal bodies serialise the same whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(inner).sort())
        sorted[key] = (inner as Record<string, unknown>)[key];
      return sorted;
    }
    return inner;
  });
}
