import type {
  Approvers,
  HistoryEntry,
  Company,
  Contact,
  Invitation,
  InvitationSettings,
  InvitationTemplate,
  Policy,
  SaasUser,
  Site,
} from '../../model/index.js';
import type { AccessLink, Credential } from '../../rules/journey-writes.js';
import type { PermissionEngine } from '../../permissions/index.js';
import {
  documentKey,
  type Decision,
  type HistoryDraft,
  type RuleContext,
} from '../../rules/index.js';
import { emailKey } from '../../validation/index.js';
import type { DemoActors } from '../../demo-data.js';
import { seatUsage, type SeatRecords, type SeatUsage } from '../../rules/seats.js';
import type { PasswordPolicy } from '../../validation/index.js';
import type { FieldError } from '../errors.js';
import type { Change } from '../types.js';
import type { ContactTable } from './contact-table.js';
import type { SeatRequest, SentMail } from './state.js';

/** One client company's state inside the memory backend. */
export interface CompanyState {
  company: Company;
  table: ContactTable;
  policy: Policy;
  engine: PermissionEngine;
  sites: Map<string, Site>;
  saasUsers: Map<string, SaasUser>;
  invitations: Map<string, Invitation>;
  /** Seats licensed for the company's one pool. */
  licensed: number;
  /** Seats licensed per product, for a vendor that sells several (a product not here has none). */
  products: Map<string, number>;
  /** SaaS user id → its password hash (`hashPassword`), never a password. */
  passwordHashes: Map<string, string>;
  /** The company's requests for more seats, oldest first. */
  seatRequests: SeatRequest[];
  template: InvitationTemplate;
  approvers: Approvers;
  /** Every contact's history, oldest first (`historyOf` entries and the invitation rules' own). */
  history: HistoryEntry[];
  /** emailKey → contact id: one e-mail per company. Built on first use (see {@link emailsOf}). */
  emails: Map<string, string> | undefined;
  /** documentKey → the contacts with it (one, unless older data repeats a CPF). See {@link documentsOf}. */
  documents: Map<string, Set<string>> | undefined;
  actors: DemoActors;
  /** The company's invitation settings (link validity, automatic sending, cooldown, locale). */
  settings: InvitationSettings;
  /** token → every link ever sent (setup and activation), so an old one still reads as replaced. */
  links: Map<string, AccessLink>;
  /** contact id → its credential (a salted hash; never a password). */
  credentials: Map<string, Credential>;
  /** Every e-mail the company's journey "sent", oldest first (the demo's mailbox). */
  outbox: SentMail[];
}

export type { SentMail } from './state.js';

/** What the invitation rules need of a store besides the company's state (links, hashing). */
export interface JourneyTools {
  /** A fresh, unguessable link token. */
  newToken(): string;
  /** The setup URL that carries `token`. */
  setupLink(token: string): string;
  /** The activation URL that carries `token`. */
  activationLink(token: string): string;
  /** The portal's sign-in page (the welcome e-mail's link). */
  readonly portalLink: string;
  /** The salted hash of a password (`hashPassword`, `src/core/security/password-hash.ts`). */
  hashPassword(password: string): Promise<string>;
}

/**
 * One call of one person: their company and contact, and what the backend lends an operation (time,
 * ids, permission checks, idempotency, saving). The functions of `contacts.ts`, `access.ts`, `seats.ts`
 * and `invitations.ts` take it first; `MemoryBackend` makes one per call, after checking the actor.
 */
export interface Operation extends JourneyTools {
  readonly state: CompanyState;
  /** The acting contact (active, in `state`'s company). */
  readonly actor: Contact;
  readonly setupUrlBase: string;
  readonly random: () => number;
  clock(): Date;
  /** `clock()` as ISO 8601. */
  now(): string;
  /** Throws `forbidden` with the engine's reason unless the actor holds `capability` (on `contactId`). */
  require(capability: string, contactId?: string): void;
  /** The company's contact `id`, or `not-found`. */
  contact(id: unknown): Contact;
  /** Who decides and when, for a decision of the rules layer. */
  context(): RuleContext;
  /** Active general admins now (counted as `countsAsAdmin` does). */
  adminCount(): number;
  /** Stores what a decision of the rules layer asks, tells its changes, and answers its answer. */
  apply<T>(decision: Decision<T>): T;
  /** Keeps history entries that no contact write makes (the invitation rules' events). */
  record(...drafts: HistoryDraft[]): void;
  /** A new id `<prefix>-n000123` that `taken` does not know. */
  nextId(prefix: string, taken: (id: string) => boolean): string;
  contactIdTaken(id: string): boolean;
  /** The earlier answer to a create with this idempotency key, or undefined for a new key. */
  replay<T>(
    operation: string,
    key: string | undefined,
    body: unknown,
    current: (id: string) => T | undefined,
  ): T | undefined;
  remember(operation: string, key: string | undefined, body: unknown, result: { id: string }): void;
  /** The password rules of SaaS users and of passwords set by hand. */
  readonly passwordPolicy: PasswordPolicy;
  /** Each unmet rule of the password policy as a field error on `password`. */
  passwordErrors(password: unknown, context: { email: string; name: string }): FieldError[];
  /** A write happened: persist soon, and tell `changes` to the company's listeners. */
  changed(...changes: Change[]): void;
}

/** The company's e-mails (uniqueness keys), indexed on first use. */
export function emailsOf(state: CompanyState): Map<string, string> {
  if (!state.emails) {
    const emails = new Map<string, string>();
    for (const contact of state.table.values()) emails.set(emailKey(contact.email), contact.id);
    state.emails = emails;
  }
  return state.emails;
}

/** The company's CPFs (uniqueness keys, {@link documentKey}), indexed on first use. */
export function documentsOf(state: CompanyState): Map<string, Set<string>> {
  if (!state.documents) {
    const documents = new Map<string, Set<string>>();
    for (const contact of state.table.values()) addDocument(documents, contact);
    state.documents = documents;
  }
  return state.documents;
}

/** Indexes `contact`'s document key, if it has one. */
export function addDocument(documents: Map<string, Set<string>>, contact: Contact): void {
  const key = documentKey(contact.document);
  if (key === undefined) return;
  let ids = documents.get(key);
  if (!ids) documents.set(key, (ids = new Set()));
  ids.add(contact.id);
}

/** Forgets `contact`'s document key, if it has one. */
export function dropDocument(documents: Map<string, Set<string>>, contact: Contact): void {
  const key = documentKey(contact.document);
  const ids = key === undefined ? undefined : documents.get(key);
  ids?.delete(contact.id);
  if (ids?.size === 0) documents.delete(key!);
}

/** Seats licensed for a pool: the one pool's, or a product's (0 for a product not licensed). */
export function licensedSeats(state: CompanyState, product: string | undefined): number {
  return product === undefined ? state.licensed : (state.products.get(product) ?? 0);
}

/** The records of a pool at `now`, as `seatUsage` and `holdsSeat` read them. */
export function seatRecords(
  state: CompanyState,
  now: Date | string,
  product: string | undefined,
): SeatRecords {
  return {
    users: state.saasUsers.values(),
    invitations: state.invitations.values(),
    now,
    ...(product === undefined ? {} : { product }),
  };
}

/** A pool's seats at `now`, by the one rule of `seatUsage` (active users and pending seat invitations). */
export function poolUsage(state: CompanyState, now: Date | string, product?: string): SeatUsage {
  return seatUsage({
    licensed: licensedSeats(state, product),
    ...seatRecords(state, now, product),
  });
}

/** Each role's place in the policy, for sorting by role. */
export function roleOrder(policy: Policy): Map<string, number> {
  return new Map(policy.roles.map((role, index) => [role.id, index]));
}
