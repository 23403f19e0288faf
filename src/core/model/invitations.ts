/**
 * The records of first access besides the invitation itself (`./records.ts`): the company's
 * invitation settings, the password policy they carry, and what the invitee's side of the journey
 * reads and answers — the public view of a setup link, an acceptance, an activation.
 *
 * @module
 */
import * as z from 'zod';
import {
  invitationAutoSendModes,
  invitationLinkStatuses,
  invitationSettingsLimits,
  mailLocales,
  registrationMethods,
} from './constants.js';

/** A password policy as data (the shape of `PasswordPolicy` in `src/core/validation/password.ts`). */
export const passwordPolicySchema = z.object({
  minLength: z.number().int().nonnegative(),
  maxLength: z.number().int().positive().optional(),
  requireUpper: z.boolean(),
  requireLower: z.boolean(),
  requireDigit: z.boolean(),
  requireSpecial: z.boolean(),
  blocklist: z.array(z.string()).optional(),
  rejectPersonalInfo: z.boolean().optional(),
});

const { validityDays, resendCooldownSeconds } = invitationSettingsLimits;

/**
 * A company's invitation policy: how long a setup link lasts, when invitations go out by themselves,
 * how soon one may be sent again, the language of the company's e-mails, and the password policy
 * (read-only here: it is the backend's, shown so a checklist can list every rule).
 */
export const invitationSettingsSchema = z.object({
  /** Days a setup link stays valid after each send (seed 003: 30). */
  validityDays: z.number().int().min(validityDays.min).max(validityDays.max),
  autoSend: z.enum(invitationAutoSendModes),
  /** Seconds between two sends of one invitation; a resend sooner answers 429 with `Retry-After`. */
  resendCooldownSeconds: z
    .number()
    .int()
    .min(resendCooldownSeconds.min)
    .max(resendCooldownSeconds.max),
  /** The language of the company's e-mails and of the dates in them. */
  locale: z.enum(mailLocales),
  passwordPolicy: passwordPolicySchema,
  version: z.number().int().nonnegative(),
});
export type InvitationSettings = z.infer<typeof invitationSettingsSchema>;

/** What `invitations.updateSettings` takes: everything but the version and the password policy. */
export type InvitationSettingsInput = Omit<InvitationSettings, 'version' | 'passwordPolicy'>;

/**
 * A setup link as its holder sees it (`invitations.inspect(token)`), before anything changes. Every
 * status names the company and the dates; only a `valid` link tells who is invited, by whom, how they
 * may register and the password rules. A `used` link tells the e-mail to sign in with.
 */
export const invitationLinkSchema = z.object({
  status: z.enum(invitationLinkStatuses),
  company: z.object({ name: z.string() }),
  sentAt: z.string(),
  expiresAt: z.string(),
  /** The company's locale (the page may start in it). */
  locale: z.enum(mailLocales),
  invitee: z.object({ name: z.string(), email: z.string() }).optional(),
  /** Who sent it (absent when it went out by itself). */
  invitedBy: z.object({ name: z.string() }).optional(),
  methods: z.array(z.enum(registrationMethods)).optional(),
  passwordPolicy: passwordPolicySchema.optional(),
});
export type InvitationLink = z.infer<typeof invitationLinkSchema>;

/**
 * The answer to an acceptance: `active` (Google, Microsoft: the person may sign in now) or
 * `activation-sent` (a password: seed 002's activation e-mail went out; the account is active once
 * its link is followed).
 */
export const invitationAcceptanceSchema = z.object({
  status: z.enum(['active', 'activation-sent']),
  method: z.enum(registrationMethods),
  email: z.string(),
  company: z.object({ name: z.string() }),
});
export type InvitationAcceptance = z.infer<typeof invitationAcceptanceSchema>;

/** The answer to following an activation link: the account is active. */
export const invitationActivationSchema = z.object({
  status: z.literal('active'),
  email: z.string(),
  company: z.object({ name: z.string() }),
});
export type InvitationActivation = z.infer<typeof invitationActivationSchema>;
