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
  InvitationTemplate,
  LifecycleAction,
  ListQuery,
  Page,
  Policy,
  SaasUser,
  SaasUserInput,
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
}

/** A query of `invitations.list`: search by e-mail, filter by status and contact. */
export type InvitationQuery = ListQuery<InvitationFilter>;

/** A query of `seats.list`: search by name and e-mail, filter by status. */
export type SaasUserQuery = ListQuery<{ status?: SaasUser['status'][] }>;

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

export interface SeatsApi {
  summary(options?: RequestOptions): Promise<SeatSummary>;
  list(query?: SaasUserQuery, options?: RequestOptions): Promise<Page<SaasUser>>;
  create(input: SaasUserInput, options?: CreateOptions): Promise<SaasUser>;
  changePassword(id: string, password: string, options: WriteOptions): Promise<SaasUser>;
  deactivate(id: string, options: WriteOptions): Promise<SaasUser>;
  /** Asks the vendor for more seats (seed 000: "peça seu orçamento"). */
  requestMore(
    seats: number,
    message: string,
    options?: RequestOptions,
  ): Promise<{ requestId: string }>;
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
  send(contactId: string, options?: CreateOptions): Promise<Invitation>;
  resend(id: string, options: WriteOptions): Promise<Invitation>;
  revoke(id: string, options: WriteOptions): Promise<Invitation>;
  template(options?: RequestOptions): Promise<InvitationTemplate>;
  updateTemplate(
    template: Omit<InvitationTemplate, 'version'>,
    options: WriteOptions,
  ): Promise<InvitationTemplate>;
  /** Confirms a contact by hand, without the e-mail round trip (seed 004). */
  confirm(contactId: string, options: WriteOptions): Promise<Contact>;
  /** Sets a contact's password by hand (seed 004), checked against the password policy. */
  setPassword(contactId: string, password: string, options: WriteOptions): Promise<Contact>;
}

export interface SessionApi {
  current(options?: RequestOptions): Promise<Session>;
  /** A vendor's staff session serving several companies switches between them (seed 003). */
  switchCompany(companyId: string, options?: RequestOptions): Promise<Session>;
}

/**
 * The kinds of record a change can be about: a contact, the company's policy, its approver lists, a site,
 * a SaaS user (a seat), a request for more seats, an invitation, the invitation e-mail, and the session
 * (the signed-in person's own contact or company changed).
 */
export type ChangeRecord =
  | 'contact'
  | 'policy'
  | 'approvers'
  | 'site'
  | 'saas-user'
  | 'seat-request'
  | 'invitation'
  | 'template'
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
