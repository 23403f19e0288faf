/**
 * What the invitation rules ask a store to write besides contacts: invitations, setup and activation
 * links, credentials (salted hashes only), SaaS users that take over an invitation's seat, the
 * company's invitation settings and e-mail, the access-journey entries of a contact's history, and the
 * e-mails to send. Part of a decision's `Writes` (`writes.journey`).
 *
 * @module
 */
import type {
  HistoryEntry,
  Invitation,
  InvitationSettings,
  InvitationTemplate,
  SaasUser,
} from '../model/index.js';
import type { MailLocale } from '../model/constants.js';

/**
 * A link sent by e-mail, as a store keeps it (never shown to administrators as a record: the
 * invitation's `setupUrl` is its URL). `invitation` links are governed by their invitation's status;
 * a resend replaces an invitation's link (`replacedAt`), so the earlier one stops working.
 * `activation` links finish a registration with a password (seed 002) and work once (`usedAt`).
 */
export interface AccessLink {
  token: string;
  kind: 'invitation' | 'activation';
  companyId: string;
  contactId: string;
  invitationId: string;
  issuedAt: string;
  expiresAt: string;
  /** An activation link followed. */
  usedAt?: string;
  /** An invitation link a newer send replaced. */
  replacedAt?: string;
}

/** A contact's sign-in credential: a salted hash (`hashPassword`, `src/core/security/password-hash.ts`), never the password. */
export interface Credential {
  contactId: string;
  hash: string;
  setAt: string;
}

/** The kinds of e-mail the journey sends (seed 002: invitation or welcome, activation, then ready). */
export type MailKind = 'invitation' | 'activation' | 'welcome';

/** An e-mail to send: plain text, already in the company's language, with its one link. */
export interface OutgoingMail {
  kind: MailKind;
  companyId: string;
  contactId: string;
  to: string;
  subject: string;
  body: string;
  /** The link the body carries (setup, activation, or the portal's sign-in page). */
  link: string;
  locale: MailLocale;
  at: string;
}

/** The invitation rules' part of a decision's writes; a store applies it with the rest, as one unit. */
export interface JourneyWrites {
  /** New invitations (insert), invitations to replace (same id), invitation ids to delete. */
  invitations?: { created?: Invitation[]; updated?: Invitation[]; removed?: string[] };
  /** Links to insert or replace (same token). */
  links?: AccessLink[];
  /** Credentials to set (replace the contact's). */
  credentials?: Credential[];
  /** SaaS users to insert: an accepted seat invitation's seat becomes an active user of its pool. */
  saasUsers?: SaasUser[];
  /** The company's invitation settings, when they change. */
  settings?: InvitationSettings;
  /** The company's invitation e-mail, when it changes. */
  template?: InvitationTemplate;
  /** Access-journey entries of contacts' histories (the store gives each an id). */
  history?: Omit<HistoryEntry, 'id'>[];
  /** E-mails to send once the writes are stored. */
  mail?: OutgoingMail[];
}
