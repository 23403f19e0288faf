import type { AdapterErrorKind, FieldError } from './errors.js';
import type {
  AccessChange,
  Approvers,
  Company,
  Contact,
  HistoryEntry,
  ContactFilter,
  ContactInput,
  ContactPatch,
  ContactSortField,
  Invitation,
  InvitationAcceptance,
  InvitationActivation,
  InvitationLink,
  InvitationSettings,
  InvitationSettingsInput,
  InvitationTemplate,
  RegistrationMethod,
  LifecycleAction,
  ListQuery,
  Page,
  Policy,
  SaasUser,
  SaasUserInput,
  SeatRequest,
  SeatSummary,
  Site,
} from '../model/index.js';

/** Every call may be aborted (an element that goes away aborts what it asked). */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** A write names the version it was made against; a stale one answers `conflict` and writes nothing. */
export interface WriteOptions extends RequestOptions {
  version: number;
}

/** A create may carry an idempotency key: the same key never makes a second record. */
export interface CreateOptions extends RequestOptions {
  idempotencyKey?: string;
}

export type ContactQuery = ListQuery<ContactFilter, ContactSortField>;

/** The filter of `invitations.list`; both parts combine with "and". */
export interface InvitationFilter {
  /** Any of these statuses (`expired` is a pending invitation past its `expiresAt`). */
  status?: Invitation['status'][];
  /**
   * Only this contact's invitations (at most one is `pending` at a time), e.g. to resend a contact's
   * invitation from the contact list. An id that is not a contact of the company matches nothing; an
   * empty string is no filter.
   */
  contactId?: string;
  /**
   * Only invitations whose `expiresAt` comes before this moment (ISO 8601): with `status: ['pending']`
   * and now + 7 days, those "expiring within 7 days". An empty string is no filter.
   */
  expiresBefore?: string;
}

/** Options of `invitations.send`: an idempotency key, and whether the invitation takes a seat. */
export interface InvitationSendOptions extends CreateOptions {
  /**
   * Accepting the invitation makes the invitee a licensed SaaS user of this pool (`product` absent =
   * the company's one pool): the invitation holds a seat while it is usable (`conflict` / `no-seats`
   * when none is free, `takeSeatVerdict`), and on acceptance the seat becomes an active SaaS user.
   */
  seat?: { product?: string };
}

/** A query of `invitations.list`: search by e-mail, filter by status and contact. */
export type InvitationQuery = ListQuery<InvitationFilter>;

/**
 * The filter of `seats.list`. `product` names the pool, as everywhere in `seats`: a product's users, or
 * — absent or empty — the users of the company's one pool (those without a product).
 */
export interface SaasUserFilter {
  /** Any of these statuses. */
  status?: SaasUser['status'][];
  /** The pool: a product id; absent or empty = the company's one pool. */
  product?: string;
}

/**
 * A query of `seats.list`: search by name and e-mail, filter by status, within one pool; sort by `name`
 * (default), `email`, `status` or `createdAt`.
 */
export type SaasUserQuery = ListQuery<SaasUserFilter>;

/** A query of `seats.requests`: the pool's requests for more seats, newest first by default. */
export type SeatRequestQuery = ListQuery<
  {
    /** Any of these statuses (`pending`: not answered by the vendor yet). */
    status?: SeatRequest['status'][];
    /** The pool: a product id; absent or empty = the company's one pool. */
    product?: string;
  },
  'requestedAt'
>;

/** Options of the seat calls that are about one pool. */
export interface SeatOptions extends RequestOptions {
  /** The pool: a product id; absent or empty = the company's one pool. */
  product?: string;
}

/** Who is signed in, for which company, and which companies this session may switch to. */
export interface Session {
  actor: Contact;
  company: Company;
  companies: Company[];
}

/** One row of a batch import (`contacts.import`): a contact as the file gives it. */
export interface ImportRow {
  /**
   * The contact. Its e-mail decides: new to the company, it is created (as `contacts.create` would);
   * an existing contact's, it is skipped or — with `existing: 'update'` — that contact's profile is
   * updated (as `contacts.update` would: never its e-mail, nor its role, grants or sites).
   */
  contact: ContactInput;
  /**
   * For an update: the version of the existing contact the user reviewed. When the contact has
   * changed since, the row is refused with `stale-version` (nothing of it is written).
   */
  version?: number;
}

/** Options of `contacts.import`. */
export interface ImportOptions extends RequestOptions {
  /** Checks every row and answers what would happen, writing nothing. */
  dryRun?: boolean;
  /** What becomes of a row whose e-mail belongs to an existing contact. Default `skip`. */
  existing?: 'skip' | 'update';
  /**
   * The batch's key: the same key (with the same rows) answers the first answer again and never
   * writes twice, so a batch whose answer was lost is sent again safely. Derive it from the import and
   * the batch's place in it (`importBatchKey`).
   */
  idempotencyKey?: string;
}

/** Why one row of an import was refused: the error a single create or update would have thrown. */
export interface ImportRowError {
  kind: AdapterErrorKind;
  code: string;
  /** Every bad field of the row (validation), or each refusal (forbidden). */
  fields: FieldError[];
}

/** What became of one row of an import, in the order of the rows sent. */
export type ImportRowResult =
  | { status: 'created'; contact: Contact }
  | {
      status: 'updated';
      contact: Contact;
      /** Fields of the row an import does not change on an existing contact, when they differed. */
      ignored?: ('role' | 'grants' | 'sites')[];
    }
  | {
      status: 'skipped';
      /**
       * `exists`: the e-mail is an existing contact's (`contactId`) and the import skips those;
       * `duplicate-in-batch`: an earlier row of the same batch (`firstRow`, 0-based) has the e-mail.
       */
      code: 'exists' | 'duplicate-in-batch';
      contactId?: string;
      firstRow?: number;
    }
  | { status: 'error'; error: ImportRowError };

/** The answer to a batch: one result per row sent, and their counts. */
export interface ImportResult {
  /** Whether this was a dry run (nothing written; created contacts have provisional ids). */
  dryRun: boolean;
  results: ImportRowResult[];
  summary: { created: number; updated: number; skipped: number; error: number };
}

/** Keys to find existing contacts by (`contacts.lookup`): at most 500 of each. */
export interface ContactLookup {
  /** E-mails, compared as the uniqueness rule does (trimmed, case-insensitive). */
  emails?: string[];
  /** CPFs (11 digits, with or without the mask). */
  cpfs?: string[];
}

export interface ContactsApi {
  list(query?: ContactQuery, options?: RequestOptions): Promise<Page<Contact>>;
  get(id: string, options?: RequestOptions): Promise<Contact>;
  /**
   * What happened to a contact, newest first (`sort: { field: 'at', direction: 'asc' }` for oldest
   * first), paged by cursor: each write that changed it, who made it and what changed, and its access
   * journey (invitations sent, resent, revoked, accepted by which method…). Whoever may edit the
   * contact may read it (`explainHistory`): an administrator anyone's, a system user their own.
   */
  history(id: string, query?: ListQuery, options?: RequestOptions): Promise<Page<HistoryEntry>>;
  create(input: ContactInput, options?: CreateOptions): Promise<Contact>;
  update(id: string, patch: ContactPatch, options: WriteOptions): Promise<Contact>;
  /** Irreversible; refused while the contact has tickets in progress or is the last general admin. */
  remove(id: string, options: WriteOptions): Promise<void>;
  transition(id: string, action: LifecycleAction, options: WriteOptions): Promise<Contact>;
  /** Makes `toId` a general admin; the actor steps down to the default role unless `keepOwn` (seed 001). */
  transferAdministration(
    toId: string,
    options: RequestOptions & { keepOwn?: boolean },
  ): Promise<{ from: Contact; to: Contact }>;
  /** Moves every ticket in progress of `fromId` to `toId` (seed 001). */
  transferTickets(
    fromId: string,
    toId: string,
    options?: RequestOptions,
  ): Promise<{ moved: number; from: Contact; to: Contact }>;
  /**
   * Imports a batch of at most 500 rows (seed 001; needs `import-contacts`, and each row what its
   * create or update needs). Each row goes through the same checks as a single `create` or `update`
   * and is written or refused on its own: the answer has one result per row (created with the
   * contact, updated, skipped and why, or the error with every field). Rows later in the batch see
   * what earlier ones wrote (an e-mail or CPF taken, a duplicate). A refusal of the whole batch (not
   * allowed, more than 500 rows, a bad option) is thrown as an `AdapterError`.
   */
  import(rows: ImportRow[], options?: ImportOptions): Promise<ImportResult>;
  /**
   * The company's contacts with any of these e-mails or CPFs (at most 500 of each), each once: what an
   * importer needs to tell existing contacts apart before it writes. Readable by whoever may list
   * contacts.
   */
  lookup(keys: ContactLookup, options?: RequestOptions): Promise<Contact[]>;
}

export interface PermissionsApi {
  policy(options?: RequestOptions): Promise<Policy>;
  updatePolicy(policy: Policy, options: WriteOptions): Promise<Policy>;
  /** Changes one contact's role, grants and site permissions at once, through the grant checks. */
  setAccess(contactId: string, access: AccessChange, options: WriteOptions): Promise<Contact>;
  approvers(options?: RequestOptions): Promise<Approvers>;
  setApprovers(approvers: Omit<Approvers, 'version'>, options: WriteOptions): Promise<Approvers>;
}

export interface SitesApi {
  list(query?: ListQuery, options?: RequestOptions): Promise<Page<Site>>;
}

/**
 * Licensed SaaS users and their seats (seed 000, "Usuário SaaS"). Every call is about one pool: a
 * product a vendor sells (`product`), or the company's one pool when it is absent. The seat limit is
 * an invariant the backend keeps: a create or a reactivation that would pass it is refused with
 * `conflict` / `no-seats` and writes nothing. A password goes in and never comes out: no answer holds
 * it, and a backend keeps only a salted hash.
 */
export interface SeatsApi {
  /** Seats licensed and used in the pool (`used`: active users and pending seat invitations). */
  summary(options?: SeatOptions): Promise<SeatSummary>;
  list(query?: SaasUserQuery, options?: RequestOptions): Promise<Page<SaasUser>>;
  /** Adds an active user to the pool of `input.product`; `conflict` / `no-seats` when none is free. */
  create(input: SaasUserInput, options?: CreateOptions): Promise<SaasUser>;
  changePassword(id: string, password: string, options: WriteOptions): Promise<SaasUser>;
  /** Deactivates a user: the seat is free at once; the user's data is kept. */
  deactivate(id: string, options: WriteOptions): Promise<SaasUser>;
  /** Reactivates an inactive user, who takes a seat again; `conflict` / `no-seats` when none is free. */
  reactivate(id: string, options: WriteOptions): Promise<SaasUser>;
  /** Asks the vendor for more seats of the pool (seed 000: "peça seu orçamento"). */
  requestMore(
    seats: number,
    message: string,
    options?: SeatOptions,
  ): Promise<{ requestId: string }>;
  /**
   * The company's requests for more seats of a pool, newest first: a second administrator sees that one
   * is already open (`filter.status: ['pending']`). Needs `manage-saas-users`.
   */
  requests(query?: SeatRequestQuery, options?: RequestOptions): Promise<Page<SeatRequest>>;
}

export interface InvitationsApi {
  /**
   * The company's invitations: search by e-mail, filter by status and contact, sort by `sentAt`
   * (default, oldest first), `expiresAt`, `email` or `status`. `filter.contactId` narrows them to one
   * contact, so the invitation to resend is one call away:
   *
   * ```ts
   * const { items } = await adapter.invitations.list({
   *   filter: { contactId, status: ['pending', 'expired'] },
   *   sort: { field: 'sentAt', direction: 'desc' },
   *   limit: 1,
   * });
   * ```
   */
  list(query?: InvitationQuery, options?: RequestOptions): Promise<Page<Invitation>>;
  /**
   * Sends an invitation to a contact who has not signed in (`not-invitable` otherwise) and has no usable
   * one (`invitation-pending`: resend that one): a setup link valid the company's `validityDays`, the
   * invitation e-mail, the contact `invited`. With `seat`, the invitation holds a seat of that pool while
   * it is usable: refused with `conflict` / `no-seats` when none is free (the invitee's own seat excepted).
   */
  send(contactId: string, options?: InvitationSendOptions): Promise<Invitation>;
  /**
   * Sends an open (pending or expired) invitation again: a NEW link — the earlier one stops working —
   * valid `validityDays` from now, `sendCount` + 1. Sooner than the company's `resendCooldownSeconds`
   * after the last send it is `rate-limited` / `resend-cooldown` with `retryAfter` (seconds).
   */
  resend(id: string, options: WriteOptions): Promise<Invitation>;
  /** Revokes an open invitation: its link never works again. */
  revoke(id: string, options: WriteOptions): Promise<Invitation>;
  /** Deletes an expired or revoked invitation (`not-removable` otherwise); the history keeps it. */
  remove(id: string, options: WriteOptions): Promise<void>;
  template(options?: RequestOptions): Promise<InvitationTemplate>;
  /**
   * Changes the invitation e-mail: subject on one line, body with `{link}`; placeholders `{name}`,
   * `{company}`, `{link}`, `{expiresAt}` (`unknown-placeholder` for any other).
   */
  updateTemplate(
    template: Omit<InvitationTemplate, 'version'>,
    options: WriteOptions,
  ): Promise<InvitationTemplate>;
  /** The company's invitation policy: link validity, automatic sending, cooldown, locale, password rules. */
  settings(options?: RequestOptions): Promise<InvitationSettings>;
  updateSettings(
    settings: InvitationSettingsInput,
    options: WriteOptions,
  ): Promise<InvitationSettings>;
  /** Confirms a contact by hand, without the e-mail round trip (seed 004). */
  confirm(contactId: string, options: WriteOptions): Promise<Contact>;
  /** Sets a contact's password by hand (seed 004), checked against the password policy. */
  setPassword(contactId: string, password: string, options: WriteOptions): Promise<Contact>;
  /**
   * The invitee's side (no session needed): what the setup link of `token` is — who invited whom to
   * which company, until when, how one may register — or why it no longer works (`status`). Reading it
   * changes nothing (e-mail security scanners open links before people do). Unknown: `not-found`.
   */
  inspect(token: string, options?: RequestOptions): Promise<InvitationLink>;
  /**
   * Accepts the setup link of `token` (no session needed). `secret` is the password for `password`
   * (checked against the policy, kept only as a salted hash), or the identity provider's credential
   * for `google` / `microsoft` (for a backend that verifies it). A link that no longer works is
   * `conflict`: `invitation-expired`, `invitation-revoked`, `invitation-used`, `invitation-superseded`.
   */
  accept(
    token: string,
    method: RegistrationMethod,
    secret?: string,
    options?: RequestOptions,
  ): Promise<InvitationAcceptance>;
  /**
   * Follows the activation link of a registration with a password (seed 002; no session needed): the
   * account is active. `conflict` / `activation-used`, `activation-expired`; unknown: `not-found`.
   */
  activate(token: string, options?: RequestOptions): Promise<InvitationActivation>;
}

export interface SessionApi {
  current(options?: RequestOptions): Promise<Session>;
  /** A vendor's staff session serving several companies switches between them (seed 003). */
  switchCompany(companyId: string, options?: RequestOptions): Promise<Session>;
}

/**
 * The kinds of record a change can be about: a contact, the company's policy, its approver lists, a site,
 * a SaaS user (a seat), a request for more seats, the seats licensed (`seats`: the vendor changed the
 * licence; `ids` holds the product, or nothing for the one pool), an invitation, the invitation e-mail,
 * the invitation settings (`invitations.settings`), and the session (the signed-in person's own contact
 * or company changed).
 */
export type ChangeRecord =
  | 'contact'
  | 'policy'
  | 'approvers'
  | 'site'
  | 'saas-user'
  | 'seat-request'
  | 'seats'
  | 'invitation'
  | 'template'
  | 'invitation-settings'
  | 'session';

/** One change a write made: which kind of record, which ones, and what happened to them. */
export interface Change {
  record: ChangeRecord;
  kind: 'created' | 'updated' | 'removed';
  /**
   * The ids of the records (contact ids, SaaS user ids, invitation ids, the policy's id, the signed-in
   * contact's id for `session`); empty for a record the company has one of (approvers, template).
   */
  ids: string[];
}

/**
 * What an adapter tells about writes as they happen, so every element on a page can refetch what
 * changed. `subscribe` answers the function that ends the subscription. A listener hears each change
 * once, after the write is stored and before the write's own promise resolves; a listener that throws
 * never undoes or fails the write. Only the signed-in company's changes are told.
 */
export interface ChangeFeed {
  subscribe(listener: (change: Change) => void): () => void;
}

/**
 * The one interface between the elements and a backend. Every list is paged by cursor with server-side
 * search, filter and sort; every write carries a version; every failure is an `AdapterError`.
 */
export interface PortalAdapter {
  readonly contacts: ContactsApi;
  readonly permissions: PermissionsApi;
  readonly sites: SitesApi;
  readonly seats: SeatsApi;
  readonly invitations: InvitationsApi;
  readonly session: SessionApi;
  /**
   * Changes as they are written (optional: an adapter without it simply tells nothing). `MemoryAdapter`
   * tells every write its backend makes, whichever session made it; `RestAdapter` tells its own
   * successful writes.
   */
  readonly changes?: ChangeFeed;
}
