/**
 * The fixed vocabularies of invitations and first access, without zod (elements import these, so zod
 * stays out of their bundles). The zod schemas in `./invitations.ts` are built from the same lists.
 *
 * @module
 */

/**
 * When an invitation goes out by itself (a company's setting):
 * - `manual` — only when an administrator sends it (seed 003: "Em E-mail de convite, clique em Enviar");
 * - `on-create` — as soon as the contact is created (seed 004: "o Tiflux enviará automaticamente");
 * - `on-site-assigned` — once the contact is given a first site (seed 003's order: created → site
 *   assigned → invited).
 */
export const invitationAutoSendModes = ['manual', 'on-create', 'on-site-assigned'] as const;
export type InvitationAutoSend = (typeof invitationAutoSendModes)[number];

/**
 * What a setup link is when its holder opens it (`invitations.inspect`): `valid` (it can be accepted),
 * `expired` (past its date: ask for a new one), `revoked` (withdrawn by an administrator), `used`
 * (accepted already: sign in instead), `superseded` (a newer e-mail replaced it: use the latest one).
 * An unknown token is `not-found`.
 */
export const invitationLinkStatuses = [
  'valid',
  'expired',
  'revoked',
  'used',
  'superseded',
] as const;
export type InvitationLinkStatus = (typeof invitationLinkStatuses)[number];

/** The languages a company's e-mails (invitation dates, activation, welcome) are written in. */
export const mailLocales = ['pt-BR', 'en', 'es'] as const;
export type MailLocale = (typeof mailLocales)[number];

/**
 * The placeholders of the invitation e-mail: the invitee's name, the company's name, the setup link,
 * and the date the link expires (in the company's locale). `{setupUrl}` is still read as `{link}`
 * (templates written before `{link}` existed).
 */
export const invitationPlaceholders = ['name', 'company', 'link', 'expiresAt'] as const;
export type InvitationPlaceholder = (typeof invitationPlaceholders)[number];

/** The older name of `{link}`, still accepted in a template. */
export const legacyLinkPlaceholder = 'setupUrl';

/** Seed 003: "O URL é válido por 30 dias". */
export const defaultValidityDays = 30;

/** Seconds an invitation must wait before it is sent again (a resend sooner is `rate-limited`). */
export const defaultResendCooldownSeconds = 60;

/** The longest a company may make its links last, and its resend cooldown. */
export const invitationSettingsLimits = {
  validityDays: { min: 1, max: 90 },
  resendCooldownSeconds: { min: 0, max: 86_400 },
  subject: { max: 200 },
  body: { max: 10_000 },
} as const;
