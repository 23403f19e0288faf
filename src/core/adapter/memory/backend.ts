// One class on purpose: it is the embedded backend's public API, one documented method per adapter call.
import type {
  Approvers,
  Contact,
  HistoryEntry,
  ContactInput,
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
} from '../../model/index.js';
import { companyFacts, createPermissionEngine } from '../../permissions/index.js';
import { forbidden, historyOf, notFound, refused, type HistoryDraft } from '../../rules/index.js';
import {
  checkPassword,
  defaultPasswordPolicy,
  type PasswordPolicy,
} from '../../validation/index.js';
import { emptyDemoData, type DemoData } from '../../demo-data.js';
import { mulberry32 } from '../../demo/random.js';
import { ChangeHub } from '../changes.js';
import { AdapterError, type FieldError } from '../errors.js';
import type {
  Change,
  ContactLookup,
  ContactQuery,
  ImportOptions,
  ImportResult,
  InvitationQuery,
  SaasUserQuery,
  Session,
} from '../types.js';
import type { Persistence } from '../persistence.js';
import * as accessRules from './access.js';
import { applyWrites } from './apply.js';
import { roleOrder, type CompanyState, type Operation } from './company.js';
import { ContactTable } from './contact-table.js';
import * as contactRules from './contacts.js';
import {
  copyApprovers,
  copyContact,
  copyInvitation,
  copyPolicy,
  copySaasUser,
  copySite,
  copyTemplate,
} from './copy.js';
import * as importRules from './imports.js';
import * as invitationRules from './invitations.js';
import * as seatRules from './seats.js';
import {
  canonicalJson,
  isSnapshot,
  snapshotFormat,
  type IdempotencyRecord,
  type SeatRequest,
  type Snapshot,
} from './state.js';

/** Options of {@link MemoryBackend}. */
export interface MemoryBackendOptions {
  /** The companies and everything in them. The backend never modifies this object. */
  data: DemoData;
  /** The time every write is stamped with and invitations expire by. Default: the real clock. */
  clock?: () => Date;
  /** Where to save after each write (coalesced). Default: nothing is saved. */
  persist?: Persistence;
  /** How long to wait after a write before saving, so a burst of writes is saved once. Default 200 ms. */
  saveDelay?: number;
  /** Called when a save fails; the backend keeps working in memory. */
  onPersistError?: (error: unknown) => void;
  /**
   * Called with what a change listener throws (the write stands, the other listeners still hear).
   * Default: reported as an uncaught error, on its own, after the write.
   */
  onListenerError?: (error: unknown) => void;
  /** Randomness for setup-URL tokens. Default: a generator seeded from `data.seed`. */
  random?: () => number;
  /** The password rules for SaaS users and passwords set by hand. Default: seed 000's four rules. */
  passwordPolicy?: PasswordPolicy;
  /** Where setup URLs point; the token is appended. Default `https://portal.example.com/primeiro-acesso/`. */
  setupUrlBase?: string;
  /**
   * Build the search index and the default (name) order while constructing, so the first list and the
   * first search are as fast as any other (at 100,000 contacts this moves a few hundred milliseconds
   * into the constructor). `false` builds each on first use instead. Default true.
   */
  prepare?: boolean;
}

/**
 * The embedded backend: every client company's contacts, policy, sites, seats and invitations, and every
 * rule a real backend must enforce. Every method takes the acting contact's id and answers as the
 * server would for that person: only their company is visible (another company's id is `not-found`),
 * every act goes through the permission engine, every refusal is an `AdapterError` with a stable code
 * and leaves the store unchanged, reads return copies.
 *
 * The contact and permission writes are the decisions of `src/core/rules` (the same functions the
 * elements ask before they offer an act): each method finds the records, gathers the facts, calls the
 * decision and applies its writes — the pattern a server follows inside a transaction. Every write is
 * told to {@link MemoryBackend.subscribe}'s listeners (and so to each `MemoryAdapter.changes`).
 *
 * The rules, by error:
 * - `not-found` — an id that does not exist in the actor's company (code `not-found`).
 * - `forbidden` — the engine's reason code (`not-in-role`, `own-contact-only`, `not-granted`,
 *   `inactive-actor`, `cannot-grant`, `grant-not-held`, `own-role`, `last-admin`,
 *   `capabilities-fixed`…), or `self` (an act on one's own contact), `not-self-editable`,
 *   `tickets-in-progress` (delete), `seats-full` (SaaS user), `target-not-active` (a transfer to someone
 *   who cannot act), `unknown-actor` (the acting id is nobody).
 * - `validation` — every bad field at once (`fields`), from the shared validators; `email-immutable`,
 *   `email-taken`, `document-taken`, `unknown-role`, `unknown-site`, `unknown-capability`, `role-in-use`,
 *   `same-contact`, password rule codes, `invalid-cursor`…
 * - `conflict` — `stale-version` (with `current`), `invalid-transition` (an act from a status it does not
 *   apply to, with `current`), `already-admin`, `no-tickets`, `invitation-pending`,
 *   `idempotency-key-reused`.
 *
 * Creates honour an idempotency key: the same key (per company and kind of record) answers the same
 * record and never makes a second one; the same key with a different body is a conflict.
 */
export class MemoryBackend {
  /** The contact the default session acts as: the first company's general admin. */
  readonly defaultActorId: string;
  private readonly companies = new Map<string, CompanyState>();
  /** contact id → company id, to find an actor's company. */
  private readonly homeOf = new Map<string, string>();
  private readonly idempotency = new Map<string, IdempotencyRecord>();
  private readonly seatRequests: SeatRequest[] = [];
  private sequence: number;
  private readonly seed: number;
  private readonly dataNow: string;
  private readonly clock: () => Date;
  private readonly random: () => number;
  private readonly passwordPolicy: PasswordPolicy;
  private readonly setupUrlBase: string;
  private readonly persist: Persistence | undefined;
  private readonly saveDelay: number;
  private readonly onPersistError: ((error: unknown) => void) | undefined;
  private dirty = false;
  private saving: Promise<void> | undefined;
  private readonly hub: ChangeHub<(change: Change, companyId: string) => void>;

  constructor(options: MemoryBackendOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.persist = options.persist;
    this.saveDelay = options.saveDelay ?? 200;
    this.onPersistError = options.onPersistError;
    this.hub = new ChangeHub(options.onListenerError);
    this.passwordPolicy = options.passwordPolicy ?? defaultPasswordPolicy;
    this.setupUrlBase = options.setupUrlBase ?? 'https://portal.example.com/primeiro-acesso/';
    const data = options.data;
    this.seed = data.seed;
    this.dataNow = data.now;
    this.random = options.random ?? mulberry32((data.seed ^ 0x5eed) >>> 0);
    this.sequence = 0;
    this.defaultActorId = data.actors.generalAdmin;

    const byCompany = new Map<string, Contact[]>();
    for (const company of data.companies) byCompany.set(company.id, []);
    for (const contact of data.contacts) {
      byCompany.get(contact.companyId)?.push(contact);
      this.homeOf.set(contact.id, contact.companyId);
    }
    for (const company of data.companies) {
      const policy = data.policies[company.id] ?? Object.values(data.policies)[0];
      if (!policy) throw new Error(`createDemoData: no policy for company ${company.id}`);
      const contacts = byCompany.get(company.id)!;
      this.companies.set(company.id, {
        company,
        table: new ContactTable(contacts, roleOrder(policy)),
        policy,
        engine: createPermissionEngine(policy),
        sites: new Map(data.sites.filter((s) => s.companyId === company.id).map((s) => [s.id, s])),
        saasUsers: new Map(
          data.saasUsers.filter((u) => u.companyId === company.id).map((u) => [u.id, u]),
        ),
        invitations: new Map(
          data.invitations.filter((i) => i.companyId === company.id).map((i) => [i.id, i]),
        ),
        licensed: data.seats[company.id]?.licensed ?? 0,
        template: data.templates[company.id] ?? { subject: '', body: '{setupUrl}', version: 1 },
        approvers: data.approvers[company.id] ?? { budgets: [], tickets: [], version: 1 },
        history: [],
        emails: undefined,
        documents: undefined,
        actors: data.companyActors[company.id] ?? data.actors,
      });
    }
    if (options.prepare ?? true) this.prepare();
  }

  /**
   * A backend restored from `persist` when it holds a valid snapshot, else made from `data`. A snapshot
   * that cannot be read or does not have the expected shape is ignored (the backend starts from `data`),
   * never a crash.
   */
  static async open(options: MemoryBackendOptions): Promise<MemoryBackend> {
    let snapshot: unknown;
    try {
      snapshot = await options.persist?.load();
    } catch (error) {
      options.onPersistError?.(error);
    }
    if (isSnapshot(snapshot)) {
      try {
        const backend = new MemoryBackend({ ...options, data: snapshot.data });
        backend.restoreExtras(snapshot);
        return backend;
      } catch (error) {
        options.onPersistError?.(error);
      }
    }
    return new MemoryBackend(options);
  }

  // ── persistence ───────────────────────────────────────────────────────────────────────────────

  /** Everything this backend holds, as plain data (what persistence saves). */
  snapshot(): Snapshot {
    const data = emptyDemoData(this.seed, this.dataNow);
    let first = true;
    for (const [id, state] of this.companies) {
      data.companies.push({ ...state.company });
      for (const contact of state.table.values()) data.contacts.push(copyContact(contact));
      for (const site of state.sites.values()) data.sites.push(copySite(site));
      for (const user of state.saasUsers.values()) data.saasUsers.push(copySaasUser(user));
      for (const invitation of state.invitations.values())
        data.invitations.push(copyInvitation(invitation));
      data.seats[id] = { licensed: state.licensed };
      data.templates[id] = copyTemplate(state.template);
      data.approvers[id] = copyApprovers(state.approvers);
      data.policies[id] = copyPolicy(state.policy);
      data.companyActors[id] = { ...state.actors };
      if (first) data.actors = { ...state.actors };
      first = false;
    }
    return {
      format: snapshotFormat,
      savedAt: this.clock().toISOString(),
      data,
      seatRequests: this.seatRequests.map((request) => ({ ...request })),
      idempotency: [...this.idempotency.values()].map((record) => structuredClone(record)),
      sequence: this.sequence,
      history: [...this.companies.values()].flatMap((state) =>
        state.history.map((entry) => structuredClone(entry)),
      ),
    };
  }

  /** Resolves when every write so far has been saved (or at once without persistence). */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /** Builds the search index and the default sort of every company now rather than on first use. */
  prepare(): void {
    for (const state of this.companies.values()) state.table.prepare();
  }

  private restoreExtras(snapshot: Snapshot): void {
    this.seatRequests.push(...snapshot.seatRequests);
    for (const record of snapshot.idempotency) this.idempotency.set(record.scope, record);
    this.sequence = snapshot.sequence;
    for (const entry of snapshot.history ?? [])
      this.companies.get(entry.companyId)?.history.push(entry);
  }

  // ── changes ─────────────────────────────────────────────────────────────────────────────────

  /**
   * Hears every change every write makes, in any company, whichever session made it (`companyId` says
   * whose). Answers the function that stops listening. `MemoryAdapter.changes` tells a session only its
   * own company's.
   */
  subscribe(listener: (change: Change, companyId: string) => void): () => void {
    return this.hub.subscribe(listener);
  }

  /** Where an error thrown by a change listener goes ({@link MemoryBackendOptions.onListenerError}). */
  reportListenerError(error: unknown): void {
    this.hub.report(error);
  }

  /** The company a contact belongs to, or undefined for an id that is nobody's. */
  companyOf(contactId: string): string | undefined {
    return this.homeOf.get(contactId);
  }

  /** A write happened in `state`'s company: save soon, and tell `changes`. */
  private changed(state: CompanyState, changes: readonly Change[]): void {
    this.save();
    for (const change of changes) this.hub.emit(change, state.company.id);
  }

  /** Save soon (coalesced with the writes that follow). */
  private save(): void {
    if (!this.persist) return;
    this.dirty = true;
    this.saving ??= this.saveLoop();
  }

  private async saveLoop(): Promise<void> {
    try {
      while (this.dirty) {
        await new Promise((resolve) => setTimeout(resolve, this.saveDelay));
        this.dirty = false;
        try {
          await this.persist!.save(this.snapshot());
        } catch (error) {
          this.onPersistError?.(error);
        }
      }
    } finally {
      this.saving = undefined;
    }
  }

  // ── who is acting ─────────────────────────────────────────────────────────────────────────────

  private now(): string {
    return this.clock().toISOString();
  }

  /** Keeps history entries, each with an id of its own (its place in the company's history). */
  private record(state: CompanyState, drafts: HistoryDraft[]): void {
    for (const draft of drafts) {
      const n = String(state.history.length + 1).padStart(6, '0');
      state.history.push({ id: `hx-${state.company.id}-${n}`, ...draft });
    }
  }

  private nextId(prefix: string, taken: (id: string) => boolean): string {
    let id: string;
    do id = `${prefix}-n${String(++this.sequence).padStart(6, '0')}`;
    while (taken(id));
    return id;
  }

  /** Answers a create's idempotency key: the earlier result, or undefined when the key is new. */
  private replay<T>(
    state: CompanyState,
    operation: string,
    key: string | undefined,
    body: unknown,
    current: (id: string) => T | undefined,
  ): T | undefined {
    if (key === undefined) return undefined;
    const record = this.idempotency.get(`${state.company.id}|${operation}|${key}`);
    if (!record) return undefined;
    if (record.fingerprint !== canonicalJson(body)) {
      throw new AdapterError('conflict', 'This idempotency key was used for a different request.', {
        code: 'idempotency-key-reused',
      });
    }
    return current(record.id) ?? (structuredClone(record.result) as T);
  }

  private remember(
    state: CompanyState,
    operation: string,
    key: string | undefined,
    body: unknown,
    result: { id: string },
  ): void {
    if (key === undefined) return;
    const scope = `${state.company.id}|${operation}|${key}`;
    this.idempotency.set(scope, {
      scope,
      fingerprint: canonicalJson(body),
      result: structuredClone(result),
      id: result.id,
    });
  }

  // ── session ───────────────────────────────────────────────────────────────────────────────────

  /** The actor's session: its contact, its company and the companies it may switch to (only its own). */
  session(actorId: string): Session {
    const { state, actor } = this.operation(actorId);
    return {
      actor: copyContact(actor),
      company: { ...state.company },
      companies: [{ ...state.company }],
    };
  }

  /**
   * Switches company. A contact belongs to one company, so only its own is allowed; any other id is
   * `not-found`, exactly as a company the session does not serve.
   */
  switchCompany(actorId: string, companyId: string): Session {
    const { state } = this.operation(actorId);
    if (companyId !== state.company.id) throw notFound('company', companyId);
    return this.session(actorId);
  }

  /**
   * The acting contact, checked (it exists and can act), and everything an operation needs. Suspended
   * and inactive people can do nothing (`inactive-actor`); an id that is nobody is `unknown-actor`.
   */
  private operation(actorId: string): Operation {
    const companyId = this.homeOf.get(actorId);
    const state = companyId === undefined ? undefined : this.companies.get(companyId);
    const actor = state?.table.get(actorId);
    if (!state || !actor) throw forbidden('unknown-actor', `No signed-in contact "${actorId}".`);
    if (actor.status === 'suspended' || actor.status === 'inactive') {
      throw forbidden('inactive-actor', 'A suspended or inactive contact cannot act.');
    }
    return {
      state,
      actor,
      setupUrlBase: this.setupUrlBase,
      random: this.random,
      clock: this.clock,
      now: () => this.now(),
      require: (capability, contactId) => {
        const explanation = state.engine.explain(
          actor,
          capability,
          contactId === undefined ? undefined : { contactId },
        );
        if (!explanation.allowed) throw refused([explanation]);
      },
      contact: (id) => {
        const contact = typeof id === 'string' ? state.table.get(id) : undefined;
        if (!contact) throw notFound('contact', String(id));
        return contact;
      },
      context: () => ({ engine: state.engine, actor, now: this.now() }),
      adminCount: () => companyFacts(state.policy, state.table.values()).adminCount,
      apply: (decision) => {
        const before = (id: string) => state.table.get(id);
        const drafts = historyOf(before, decision.writes, actor.id, this.now());
        this.changed(state, applyWrites(state, decision.writes, this.homeOf));
        this.record(state, drafts);
        return decision.answer;
      },
      record: (...drafts) => this.record(state, drafts),
      nextId: (prefix, taken) => this.nextId(prefix, taken),
      contactIdTaken: (id) => this.homeOf.has(id),
      replay: (operation, key, body, current) => this.replay(state, operation, key, body, current),
      remember: (operation, key, body, result) =>
        this.remember(state, operation, key, body, result),
      recordSeatRequest: (request) => this.seatRequests.push(request),
      passwordErrors: (password, context) => this.passwordErrors(password, context),
      changed: (...changes) => this.changed(state, changes),
    };
  }

  private passwordErrors(
    password: unknown,
    context: { email: string; name: string },
  ): FieldError[] {
    if (typeof password !== 'string') {
      return [{ field: 'password', code: password === undefined ? 'required' : 'invalid-type' }];
    }
    return checkPassword(password, this.passwordPolicy, context).map((issue) => ({
      field: 'password',
      code: issue.code,
      ...(issue.params ? { params: issue.params } : {}),
    }));
  }

  // ── contacts ────────────────────────────────────────────────────────────────────────────────────
  /**
   * One page of the actor's company's contacts: search (accent- and case-insensitive, over name, e-mail,
   * document digits and phone digits, answered from a trigram index), filter by status and role, sort by
   * any of `contactSortFields` (default name, ascending; ties by id), keyset cursor.
   */
  listContacts(actorId: string, query?: ContactQuery): Page<Contact> {
    return contactRules.listContacts(this.operation(actorId), query);
  }

  /** One contact of the actor's company (a copy); another company's or an unknown id is `not-found`. */
  getContact(actorId: string, id: string): Contact {
    return contactRules.getContact(this.operation(actorId), id);
  }

  /**
   * A contact's history, newest first (`sort.direction: 'asc'` for oldest first), paged by cursor:
   * every write that changed it, who made it and what changed. Needs `edit-contacts` on that contact
   * (`explainHistory`): an administrator reads anyone's, a system user their own.
   */
  contactHistory(actorId: string, id: string, query?: ListQuery): Page<HistoryEntry> {
    return contactRules.contactHistory(this.operation(actorId), id, query);
  }

  /**
   * Creates a contact (status `potential`, or `site-assigned` when it comes with sites). Needs
   * `add-contacts`; a role, grants or sites other than the defaults go through the engine's grant checks.
   */
  createContact(actorId: string, input: ContactInput, idempotencyKey?: string): Contact {
    return contactRules.createContact(this.operation(actorId), input, idempotencyKey);
  }

  /**
   * Edits a contact's profile (never its e-mail: `email-immutable`). Needs `edit-contacts` on that
   * contact (a system user: only their own, and there only the policy's `selfEditableFields`:
   * `not-self-editable`); a CPF another contact has is `document-taken`.
   */
  updateContact(actorId: string, id: string, patch: unknown, version: number): Contact {
    return contactRules.updateContact(this.operation(actorId), id, patch, version);
  }

  /**
   * Deletes a contact, irreversibly. Needs `delete-contacts`; refused for one's own contact (`self`),
   * while it has tickets in progress (`tickets-in-progress`) or when it is the last general admin
   * (`last-admin`). Its invitations go with it, and it leaves the approver lists.
   */
  removeContact(actorId: string, id: string, version: number): void {
    contactRules.removeContact(this.operation(actorId), id, version);
  }

  /**
   * A lifecycle act (needs `activate-contacts`): activate (from potential, site assigned, invited or
   * inactive), inactivate (from anything but inactive), suspend (from active), reactivate (from
   * suspended). Anything else is `conflict` / `invalid-transition`; suspending or inactivating oneself is
   * `forbidden` / `self`, the last general admin `forbidden` / `last-admin`. Someone who can no longer act
   * leaves the approver lists.
   */
  transitionContact(
    actorId: string,
    id: string,
    action: LifecycleAction,
    version: number,
  ): Contact {
    return contactRules.transitionContact(this.operation(actorId), id, action, version);
  }

  /**
   * Makes `toId` a general admin (needs `transfer-administration` and the grant checks for the admin
   * role); the actor steps down to the default role unless `keepOwn`. The new admin must be active
   * (`target-not-active`), not oneself (`self`), not a general admin already (`already-admin`).
   */
  transferAdministration(
    actorId: string,
    toId: string,
    keepOwn = false,
  ): { from: Contact; to: Contact } {
    return contactRules.transferAdministration(this.operation(actorId), toId, keepOwn);
  }

  /**
   * Moves every ticket in progress from one contact to another (needs `transfer-tickets`): refused from
   * someone who has none (`no-tickets`), to the same contact (`same-contact`) or to someone who is not
   * active (`target-not-active`).
   */
  transferTickets(
    actorId: string,
    fromId: string,
    toId: string,
  ): { moved: number; from: Contact; to: Contact } {
    return contactRules.transferTickets(this.operation(actorId), fromId, toId);
  }

  // ── imports ─────────────────────────────────────────────────────────────────────────────────────
  /**
   * Imports a batch of at most 500 rows (`decideImport`: needs `import-contacts`, then each row what
   * its create or update needs). Each row is created, updated (`existing: 'update'`: its profile only),
   * skipped (`exists`, `duplicate-in-batch`) or refused with the error a single call would throw; the
   * rows that pass are written together. `dryRun` writes nothing. The same `idempotencyKey` with the
   * same batch answers the first answer again and writes nothing more (another batch under that key
   * is `idempotency-key-reused`).
   */
  importContacts(
    actorId: string,
    rows: unknown,
    options: Pick<ImportOptions, 'existing' | 'dryRun' | 'idempotencyKey'> = {},
  ): ImportResult {
    return importRules.importContacts(this.operation(actorId), rows, options);
  }

  /** The company's contacts with any of these e-mails or CPFs (at most 500 of each), each once. */
  lookupContacts(actorId: string, keys: ContactLookup): Contact[] {
    return importRules.lookupContacts(this.operation(actorId), keys);
  }

  // ── permissions ─────────────────────────────────────────────────────────────────────────────────
  /** The company's permission policy (a copy). Anyone who can act may read it. */
  getPolicy(actorId: string): Policy {
    return accessRules.getPolicy(this.operation(actorId));
  }

  /**
   * Replaces the company's policy (needs the policy's grant capability). Checked with `parsePolicy`
   * (every bad field); a role still held by someone cannot be removed (`roles`, `role-in-use`); then
   * `validatePolicyChange`: no capability written into a role by someone who does not hold it outright,
   * the admin role held by someone who can act, the capabilities unchanged… Approvers follow the policy.
   */
  updatePolicy(actorId: string, policy: unknown, version: number): Policy {
    return accessRules.updatePolicy(this.operation(actorId), policy, version);
  }

  /**
   * Changes a contact's role, extra grants and site permissions at once. Unknown roles, capabilities and
   * sites are `validation` errors; the engine's refusals (`cannot-grant`, `grant-not-held`, `own-role`,
   * `last-admin`…) are `forbidden`, each listed in `fields`. A contact's status follows its sites:
   * potential ↔ site assigned; someone who loses what they approve leaves that approver list.
   */
  setAccess(actorId: string, contactId: string, access: unknown, version: number): Contact {
    return accessRules.setAccess(this.operation(actorId), contactId, access, version);
  }

  /** Who approves budgets and tickets in the company. */
  getApprovers(actorId: string): Approvers {
    return accessRules.getApprovers(this.operation(actorId));
  }

  /**
   * Sets who approves budgets and tickets (needs `define-approvers`, or the grant capability when the
   * policy has no `define-approvers`). Every approver must be a contact of
   * the company who can act (`approver-inactive`) and holds the capability of what they approve:
   * `approve-budgets` for budgets, `open-tickets` for tickets (`approver-lacks-capability`); an unknown id is
   * `unknown-contact`. Duplicates are dropped.
   */
  setApprovers(actorId: string, approvers: unknown, version: number): Approvers {
    return accessRules.setApprovers(this.operation(actorId), approvers, version);
  }

  // ── sites and seats ─────────────────────────────────────────────────────────────────────────────
  /** The company's sites; search over name and alias; sort by `name` (default) or `alias`. */
  listSites(actorId: string, query?: ListQuery): Page<Site> {
    return seatRules.listSites(this.operation(actorId), query);
  }

  /** Seats licensed and used (active SaaS users). */
  seatSummary(actorId: string): SeatSummary {
    return seatRules.seatSummary(this.operation(actorId));
  }

  /** SaaS users; search over name and e-mail; filter by status; sort by name (default), e-mail, status, createdAt. */
  listSaasUsers(actorId: string, query?: SaasUserQuery): Page<SaasUser> {
    return seatRules.listSaasUsers(this.operation(actorId), query);
  }

  /**
   * Adds a SaaS user (needs `manage-saas-users`): refused when every licensed seat is used
   * (`forbidden` / `seats-full`); name, e-mail (valid, unique among the company's SaaS users) and password
   * (each unmet rule of the password policy, on field `password`) are checked.
   */
  createSaasUser(actorId: string, input: SaasUserInput, idempotencyKey?: string): SaasUser {
    return seatRules.createSaasUser(this.operation(actorId), input, idempotencyKey);
  }

  /**
   * Changes an active SaaS user's password (needs `manage-saas-users`), checked against the password
   * policy; an inactive user is `invalid-transition`.
   */
  changeSaasPassword(actorId: string, id: string, password: unknown, version: number): SaasUser {
    return seatRules.changeSaasPassword(this.operation(actorId), id, password, version);
  }

  /** Deactivates a SaaS user, freeing its seat. */
  deactivateSaasUser(actorId: string, id: string, version: number): SaasUser {
    return seatRules.deactivateSaasUser(this.operation(actorId), id, version);
  }

  /** Asks the vendor for more seats: 1–1,000 seats and a message of at most 2,000 characters. */
  requestSeats(actorId: string, seats: unknown, message: unknown): { requestId: string } {
    return seatRules.requestSeats(this.operation(actorId), seats, message);
  }

  // ── invitations ─────────────────────────────────────────────────────────────────────────────────
  /**
   * The company's invitations; search by e-mail; filter by status (`expired` = pending past its date)
   * and by contact (`contactId`: that contact's invitations only; an id outside the company matches
   * nothing); sort by `sentAt` (default), `expiresAt`, `email`, `status`.
   */
  listInvitations(actorId: string, query?: InvitationQuery): Page<Invitation> {
    return invitationRules.listInvitations(this.operation(actorId), query);
  }

  /**
   * Sends an invitation (needs `manage-invitations`) to a contact who has not signed in yet (potential,
   * site assigned or invited; else `invalid-transition`); a still-valid pending invitation is a conflict
   * (`invitation-pending`: resend it instead). The contact becomes `invited`. The setup URL is valid for
   * 30 days.
   */
  sendInvitation(actorId: string, contactId: string, idempotencyKey?: string): Invitation {
    return invitationRules.sendInvitation(this.operation(actorId), contactId, idempotencyKey);
  }

  /** Sends a pending or expired invitation again: a new 30-day period, `sendCount` + 1. */
  resendInvitation(actorId: string, id: string, version: number): Invitation {
    return invitationRules.resendInvitation(this.operation(actorId), id, version);
  }

  /** Revokes a pending or expired invitation; an invited contact goes back to site assigned or potential. */
  revokeInvitation(actorId: string, id: string, version: number): Invitation {
    return invitationRules.revokeInvitation(this.operation(actorId), id, version);
  }

  /** The company's invitation e-mail, with `{name}`, `{company}`, `{setupUrl}` placeholders. */
  getTemplate(actorId: string): InvitationTemplate {
    return invitationRules.getTemplate(this.operation(actorId));
  }

  /**
   * Edits the invitation e-mail (needs `manage-invitations`): subject (1–200 characters) and body
   * (1–10,000); the body must contain `{setupUrl}` (`missing-placeholder`) and no placeholder other than
   * `{name}`, `{company}`, `{setupUrl}` (`unknown-placeholder`).
   */
  updateTemplate(actorId: string, template: unknown, version: number): InvitationTemplate {
    return invitationRules.updateTemplate(this.operation(actorId), template, version);
  }

  /** Confirms a contact by hand (seed 004): it becomes active; its pending invitation is accepted. */
  confirmContact(actorId: string, contactId: string, version: number): Contact {
    return invitationRules.confirmContact(this.operation(actorId), contactId, version);
  }

  /**
   * Sets a contact's password by hand (seed 004; needs `manage-invitations`), checked against the
   * password policy: each unmet rule is a field error on `password`. Refused for an inactive contact
   * (`invalid-transition`). The password itself is not kept by this in-memory backend.
   */
  setContactPassword(
    actorId: string,
    contactId: string,
    password: unknown,
    version: number,
  ): Contact {
    return invitationRules.setContactPassword(
      this.operation(actorId),
      contactId,
      password,
      version,
    );
  }
}
