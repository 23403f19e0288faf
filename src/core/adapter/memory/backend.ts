// One class on purpose: it is the embedded backend's public API, one documented method per adapter call.
import type {
  Approvers,
  Contact,
  HistoryEntry,
  ContactInput,
  Invitation,
  InvitationAcceptance,
  InvitationActivation,
  InvitationLink,
  InvitationSettings,
  InvitationSettingsInput,
  InvitationTemplate,
  LifecycleAction,
  ListQuery,
  Page,
  Policy,
  SaasUser,
  SaasUserInput,
  SeatRequest,
  SeatSummary,
  Site,
} from '../../model/index.js';
import { companyFacts, createPermissionEngine } from '../../permissions/index.js';
import {
  decideSignIn,
  defaultInvitationSettings,
  forbidden,
  historyOf,
  notFound,
  passwordErrors,
  refused,
  setupUrlToken,
  type AccessLink,
  type Decision,
  type HistoryDraft,
} from '../../rules/index.js';
import {
  hashPassword,
  isPasswordHash,
  type PasswordHashOptions,
} from '../../security/password-hash.js';
import { defaultPasswordPolicy, type PasswordPolicy } from '../../validation/index.js';
import { emptyDemoData, type DemoData } from '../../demo-data.js';
import { mulberry32, randomToken } from '../../demo/random.js';
import { ChangeHub } from '../changes.js';
import { AdapterError } from '../errors.js';
import type {
  Change,
  ContactLookup,
  ContactQuery,
  ImportOptions,
  ImportResult,
  InvitationQuery,
  SaasUserQuery,
  SeatRequestQuery,
  Session,
} from '../types.js';
import type { Persistence } from '../persistence.js';
import * as accessRules from './access.js';
import { applyWrites } from './apply.js';
import {
  roleOrder,
  type CompanyState,
  type JourneyTools,
  type Operation,
  type SentMail,
} from './company.js';
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
import * as linkRules from './invitation-links.js';
import * as seatRules from './seats.js';
import {
  canonicalJson,
  isSnapshot,
  snapshotFormat,
  type IdempotencyRecord,
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
  /**
   * How passwords are hashed before the backend keeps them — a SaaS user's (`MemoryAdapter` hashes it)
   * and an invitee's credential (`hashPassword`'s options). Default: 600,000 PBKDF2 iterations. Tests that add many users may
   * lower it.
   */
  passwordHashing?: PasswordHashOptions;
  /** Where setup URLs point; the token is appended. Default `https://portal.example.com/primeiro-acesso/`. */
  setupUrlBase?: string;
  /**
   * Where activation URLs point (seed 002: the e-mail that ends a registration with a password); the
   * token is appended. Default `https://portal.example.com/ativar-conta/`.
   */
  activationUrlBase?: string;
  /** The portal's sign-in page, the link of the welcome e-mail. Default `https://portal.example.com/`. */
  portalUrl?: string;
  /**
   * The invitation settings every company starts with (each may change its own through
   * `invitations.updateSettings`). Default: links valid 30 days, sent by hand, 60 s between sends, pt-BR.
   */
  invitationDefaults?: Partial<InvitationSettingsInput>;
  /**
   * Build the search index and the default (name) order while constructing, so the first list and the
   * first search are as fast as any other (at 100,000 contacts this moves most of a second into the
   * constructor). By default each is built on first use instead — the first list builds the order it
   * sorts by, the first search the index — so making a backend costs little more than reading its
   * data; a server warms them with {@link MemoryBackend.prepare}. Default false.
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
 *   `tickets-in-progress` (delete), `target-not-active` (a transfer to someone
 *   who cannot act), `unknown-actor` (the acting id is nobody).
 * - `validation` — every bad field at once (`fields`), from the shared validators; `email-immutable`,
 *   `email-taken`, `document-taken`, `unknown-role`, `unknown-site`, `unknown-capability`, `role-in-use`,
 *   `same-contact`, password rule codes, `invalid-cursor`…
 * - `conflict` — `stale-version` (with `current`), `invalid-transition` (an act from a status it does not
 *   apply to, with `current`), `already-admin`, `no-tickets`, `invitation-pending`, `no-seats` (a SaaS user created or
 *   reactivated, or a seat invitation, with no free seat: nothing written; `current` holds the usage),
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
  private sequence: number;
  private readonly seed: number;
  private readonly dataNow: string;
  private readonly clock: () => Date;
  private readonly random: () => number;
  /** The password rules every password is checked against. */
  readonly passwordPolicy: PasswordPolicy;
  /** How passwords are hashed before this backend keeps them (see {@link MemoryBackendOptions}). */
  readonly passwordHashing: PasswordHashOptions;
  private readonly setupUrlBase: string;
  private readonly activationUrlBase: string;
  private readonly portalUrl: string;
  private mailSequence = 0;
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
    this.passwordHashing = { ...options.passwordHashing };
    this.setupUrlBase = options.setupUrlBase ?? 'https://portal.example.com/primeiro-acesso/';
    this.activationUrlBase =
      options.activationUrlBase ?? 'https://portal.example.com/ativar-conta/';
    this.portalUrl = options.portalUrl ?? 'https://portal.example.com/';
    const settings: InvitationSettings = {
      ...defaultInvitationSettings(this.passwordPolicy),
      ...options.invitationDefaults,
    };
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
        products: new Map(Object.entries(data.seats[company.id]?.products ?? {})),
        passwordHashes: new Map(),
        seatRequests: [],
        template: data.templates[company.id] ?? { subject: '', body: '{setupUrl}', version: 1 },
        approvers: data.approvers[company.id] ?? { budgets: [], tickets: [], version: 1 },
        history: [],
        emails: undefined,
        documents: undefined,
        actors: data.companyActors[company.id] ?? data.actors,
        settings: structuredClone(settings),
        links: linksOf(data.invitations.filter((i) => i.companyId === company.id)),
        credentials: new Map(),
        outbox: [],
      });
    }
    if (options.prepare) this.prepare();
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
      data.seats[id] = state.products.size
        ? { licensed: state.licensed, products: Object.fromEntries(state.products) }
        : { licensed: state.licensed };
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
      seatRequests: [...this.companies.values()].flatMap((state) =>
        state.seatRequests.map((request) => ({ ...request })),
      ),
      idempotency: [...this.idempotency.values()].map((record) => structuredClone(record)),
      sequence: this.sequence,
      history: [...this.companies.values()].flatMap((state) =>
        state.history.map((entry) => structuredClone(entry)),
      ),
      passwordHashes: [...this.companies.values()].flatMap((state) =>
        [...state.passwordHashes].map(([saasUserId, hash]) => ({
          companyId: state.company.id,
          saasUserId,
          hash,
        })),
      ),
      invitationSettings: Object.fromEntries(
        [...this.companies].map(([id, state]) => [id, structuredClone(state.settings)]),
      ),
      links: [...this.companies.values()].flatMap((state) =>
        [...state.links.values()].map((link) => ({ ...link })),
      ),
      credentials: [...this.companies.values()].flatMap((state) =>
        [...state.credentials.values()].map((credential) => ({
          companyId: state.company.id,
          ...credential,
        })),
      ),
      mail: [...this.companies.values()].flatMap((state) =>
        state.outbox.map((mail) => ({ ...mail })),
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
    for (const request of snapshot.seatRequests) {
      // Requests saved before they had a status were all still pending.
      const kept: SeatRequest = { ...request, status: request.status ?? 'pending' };
      this.companies.get(request.companyId)?.seatRequests.push(kept);
    }
    for (const { companyId, saasUserId, hash } of snapshot.passwordHashes ?? [])
      this.companies.get(companyId)?.passwordHashes.set(saasUserId, hash);
    for (const record of snapshot.idempotency) this.idempotency.set(record.scope, record);
    this.sequence = snapshot.sequence;
    for (const entry of snapshot.history ?? [])
      this.companies.get(entry.companyId)?.history.push(entry);
    for (const [id, settings] of Object.entries(snapshot.invitationSettings ?? {})) {
      const state = this.companies.get(id);
      if (state) state.settings = settings;
    }
    for (const link of snapshot.links ?? [])
      this.companies.get(link.companyId)?.links.set(link.token, link);
    for (const { companyId, ...credential } of snapshot.credentials ?? []) {
      this.companies.get(companyId)?.credentials.set(credential.contactId, credential);
    }
    for (const mail of snapshot.mail ?? []) this.companies.get(mail.companyId)?.outbox.push(mail);
    this.mailSequence = (snapshot.mail ?? []).length;
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
   * Records that `contactId` signed in now (`decideSignIn`, the rule the reference server follows for a
   * new session): its `lastSignInAt` becomes now, its version stays. A host's sign-in flow over the
   * memory backend calls this (the demo does when it acts as someone). An unknown id is `forbidden` /
   * `unknown-actor`; a contact who is not active is `forbidden` / `inactive-actor`.
   */
  signIn(contactId: string): Contact {
    const { state, actor } = this.operation(contactId);
    return copyContact(this.store(state, decideSignIn(actor, this.now()), {}));
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
      context: () => {
        // An operation that waited (hashing a password) acts as its actor is now, or not at all.
        const current = state.table.get(actorId);
        if (!current || current.status === 'suspended' || current.status === 'inactive') {
          throw forbidden('inactive-actor', 'A suspended or inactive contact cannot act.');
        }
        return { engine: state.engine, actor: current, now: this.now() };
      },
      adminCount: () => companyFacts(state.policy, state.table.values()).adminCount,
      apply: (decision) => this.store(state, decision, { actor }),
      record: (...drafts) => this.record(state, drafts),
      nextId: (prefix, taken) => this.nextId(prefix, taken),
      contactIdTaken: (id) => this.homeOf.has(id),
      replay: (operation, key, body, current) => this.replay(state, operation, key, body, current),
      remember: (operation, key, body, result) =>
        this.remember(state, operation, key, body, result),
      passwordPolicy: this.passwordPolicy,
      passwordErrors: (password, context) => passwordErrors(password, this.passwordPolicy, context),
      changed: (...changes) => this.changed(state, changes),
      ...this.journeyTools(),
    };
  }

  /** What the invitation rules need of this store: tokens, links, hashing. */
  private journeyTools(): JourneyTools {
    return {
      newToken: () => randomToken(this.random, 32),
      setupLink: (token) => this.setupUrlBase + encodeURIComponent(token),
      activationLink: (token) => this.activationUrlBase + encodeURIComponent(token),
      portalLink: this.portalUrl,
      hashPassword: (password) => hashPassword(password, this.passwordHashing),
    };
  }

  /**
   * Stores a decision: its writes, the history they make (`historyOf`, and the journey's own
   * entries), then — for a write of someone signed in — what it sets off by itself
   * (`decideLifecycleFollowUps`: an automatic invitation, a settled one), stored in the same unit and
   * named to nobody. Changes are told once everything is stored. Answers the decision's answer, as
   * the follow-ups left it (a contact invited by itself is answered invited).
   */
  private store<T>(state: CompanyState, decision: Decision<T>, by: { actor?: Contact }): T {
    const now = this.now();
    const was = new Map<string, Contact>();
    for (const contact of decision.writes.updated ?? []) {
      const before = state.table.get(contact.id);
      if (before) was.set(contact.id, before);
    }
    const before = (id: string) => was.get(id) ?? state.table.get(id);
    const changes = this.keep(state, decision, by.actor?.id ?? null, before, now);
    let answer = decision.answer;
    const actor = by.actor;
    if (actor) {
      const tools = {
        state,
        nextId: (prefix: string, taken: (id: string) => boolean) => this.nextId(prefix, taken),
        ...this.journeyTools(),
      };
      const context = { engine: state.engine, actor, now };
      const more = invitationRules.followUps(tools, context, decision, (id) => was.get(id));
      if (more) {
        const stored = new Map<string, Contact>();
        for (const contact of more.writes.updated ?? []) {
          const current = state.table.get(contact.id);
          if (current) stored.set(contact.id, current);
        }
        changes.push(...this.keep(state, more, null, (id) => stored.get(id), now));
        const id = (answer as { id?: unknown } | null)?.id;
        const followed = more.writes.updated?.find((contact) => contact.id === id);
        if (followed && (answer as { status?: unknown }).status !== undefined) {
          answer = followed as T;
        }
      }
    }
    this.changed(state, changes);
    return answer;
  }

  /** Applies `decision`'s writes and keeps the history they make; answers the changes made. */
  private keep(
    state: CompanyState,
    decision: Decision<unknown>,
    actorId: string | null,
    before: (id: string) => Contact | undefined,
    now: string,
  ): Change[] {
    const drafts = historyOf(before, decision.writes, actorId, now);
    const changes = applyWrites(state, decision.writes, this.homeOf, () => this.nextMailId());
    this.record(state, [...drafts, ...(decision.writes.journey?.history ?? [])]);
    return changes;
  }

  private nextMailId(): string {
    return `mail-${String(++this.mailSequence).padStart(6, '0')}`;
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

  /**
   * Seats licensed and used in a pool (`product`; absent = the company's one pool): `used` counts active
   * users and pending, unexpired seat invitations, each person once (`seatUsage`).
   */
  seatSummary(actorId: string, product?: unknown): SeatSummary {
    return seatRules.seatSummary(this.operation(actorId), product);
  }

  /**
   * SaaS users of one pool (`filter.product`; absent = the one pool); search over name and e-mail;
   * filter by status; sort by name (default), e-mail, status, createdAt.
   */
  listSaasUsers(actorId: string, query?: SaasUserQuery): Page<SaasUser> {
    return seatRules.listSaasUsers(this.operation(actorId), query);
  }

  /**
   * Adds a SaaS user (`decideCreateSaasUser`: needs `manage-saas-users`; name, e-mail — valid, unique in
   * the pool — and password — each unmet rule of the password policy, on field `password` — checked;
   * then a free seat, else `conflict` / `no-seats`, nothing written). `passwordHash` is
   * `await hashPassword(input.password)`: the backend keeps that, never the password (`MemoryAdapter`
   * hashes before it calls, so the seat check and the write stay one synchronous step).
   */
  createSaasUser(
    actorId: string,
    input: SaasUserInput,
    idempotencyKey: string | undefined,
    passwordHash: string,
  ): SaasUser {
    requireHash(passwordHash);
    return seatRules.createSaasUser(this.operation(actorId), input, idempotencyKey, passwordHash);
  }

  /**
   * Changes an active SaaS user's password (needs `manage-saas-users`), checked against the password
   * policy; an inactive user is `invalid-transition` (`saas-user-inactive`). Keeps `passwordHash` only.
   */
  changeSaasPassword(
    actorId: string,
    id: string,
    password: unknown,
    version: number,
    passwordHash: string,
  ): SaasUser {
    requireHash(passwordHash);
    return seatRules.changeSaasPassword(
      this.operation(actorId),
      id,
      password,
      version,
      passwordHash,
    );
  }

  /** Deactivates a SaaS user, freeing its seat; the user's data (and password hash) is kept. */
  deactivateSaasUser(actorId: string, id: string, version: number): SaasUser {
    return seatRules.deactivateSaasUser(this.operation(actorId), id, version);
  }

  /** Reactivates an inactive SaaS user, who takes a seat again: `conflict` / `no-seats` when none is free. */
  reactivateSaasUser(actorId: string, id: string, version: number): SaasUser {
    return seatRules.reactivateSaasUser(this.operation(actorId), id, version);
  }

  /**
   * Asks the vendor for more seats of a pool (needs `manage-saas-users`): 1–1,000 seats and a message of
   * at most 2,000 characters. The request stays `pending` until the vendor answers.
   */
  requestSeats(
    actorId: string,
    seats: unknown,
    message: unknown,
    product?: unknown,
  ): { requestId: string } {
    return seatRules.requestSeats(this.operation(actorId), seats, message, product);
  }

  /** The company's requests for more seats of a pool, newest first (needs `manage-saas-users`). */
  listSeatRequests(actorId: string, query?: SeatRequestQuery): Page<SeatRequest> {
    return seatRules.listSeatRequests(this.operation(actorId), query);
  }

  /**
   * The vendor sets how many seats company `companyId` has licensed for a pool (`product`; absent = the
   * one pool). Not an adapter call — a vendor's own systems do this; here it stands in for them (the
   * demo, tests). Lowering the licence below what is used takes nothing away: the pool is over-licensed
   * and refuses every new seat until enough are freed. Raising it answers the pool's pending requests
   * (`fulfilled`).
   */
  setLicensedSeats(companyId: string, licensed: number, product?: string): void {
    const state = this.companies.get(companyId);
    if (!state) throw notFound('company', companyId);
    seatRules.setLicensedSeats(
      { state, changed: (...changes) => this.changed(state, changes) },
      licensed,
      product || undefined,
    );
  }

  // ── invitations ─────────────────────────────────────────────────────────────────────────────────
  /**
   * The company's invitations; search by e-mail; filter by status (`expired` = pending past its date),
   * by contact (`contactId`: that contact's invitations only; an id outside the company matches
   * nothing) and by expiry (`expiresBefore`: those whose `expiresAt` comes before that moment); sort by
   * `sentAt` (default), `expiresAt`, `email`, `status`.
   */
  listInvitations(actorId: string, query?: InvitationQuery): Page<Invitation> {
    return invitationRules.listInvitations(this.operation(actorId), query);
  }

  /**
   * Sends an invitation (`decideSendInvitation`: needs `manage-invitations`) to a contact who has not
   * signed in yet (else `invalid-transition` / `not-invitable`); a usable invitation is a conflict
   * (`invitation-pending`: resend it instead). The contact becomes `invited`; the link lasts the
   * company's `validityDays`; the invitation e-mail goes to the outbox. With `seat`, the invitation
   * holds a seat of that pool while usable: refused with `conflict` / `no-seats` when none is free
   * (`takeSeatVerdict`, the one seat rule).
   */
  sendInvitation(
    actorId: string,
    contactId: string,
    idempotencyKey?: string,
    seat?: unknown,
  ): Invitation {
    return invitationRules.sendInvitation(this.operation(actorId), contactId, seat, idempotencyKey);
  }

  /**
   * Sends an open invitation again (`decideResendInvitation`): a new link (the earlier one stops
   * working), a new validity period, `sendCount` + 1; sooner than the company's cooldown it is
   * `rate-limited` / `resend-cooldown` with `retryAfter`.
   */
  resendInvitation(actorId: string, id: string, version: number): Invitation {
    return invitationRules.resendInvitation(this.operation(actorId), id, version);
  }

  /** Revokes an open invitation; an invited contact goes back to site assigned or potential. */
  revokeInvitation(actorId: string, id: string, version: number): Invitation {
    return invitationRules.revokeInvitation(this.operation(actorId), id, version);
  }

  /** Deletes an expired or revoked invitation (`not-removable` otherwise). */
  removeInvitation(actorId: string, id: string, version: number): void {
    invitationRules.removeInvitation(this.operation(actorId), id, version);
  }

  /** The company's invitation e-mail, with `{name}`, `{company}`, `{link}`, `{expiresAt}` placeholders. */
  getTemplate(actorId: string): InvitationTemplate {
    return invitationRules.getTemplate(this.operation(actorId));
  }

  /**
   * Edits the invitation e-mail (`decideUpdateTemplate`: needs `manage-invitations`): subject (1–200
   * characters, one line) and body (1–10,000); the body must contain `{link}` (`missing-placeholder`)
   * and no placeholder other than `{name}`, `{company}`, `{link}`, `{expiresAt}`
   * (`unknown-placeholder`; the older `{setupUrl}` still reads as `{link}`).
   */
  updateTemplate(actorId: string, template: unknown, version: number): InvitationTemplate {
    return invitationRules.updateTemplate(this.operation(actorId), template, version);
  }

  /** The company's invitation settings (validity, automatic sending, cooldown, locale, password policy). */
  getInvitationSettings(actorId: string): InvitationSettings {
    return invitationRules.getSettings(this.operation(actorId));
  }

  /** Changes the company's invitation settings (`decideUpdateSettings`: needs `manage-invitations`). */
  updateInvitationSettings(
    actorId: string,
    settings: unknown,
    version: number,
  ): InvitationSettings {
    return invitationRules.updateSettings(this.operation(actorId), settings, version);
  }

  /**
   * Confirms a contact by hand (seed 004; `decideConfirmContact`): it becomes active; its usable
   * invitation is accepted; the welcome e-mail goes out.
   */
  confirmContact(actorId: string, contactId: string, version: number): Contact {
    return invitationRules.confirmContact(this.operation(actorId), contactId, version);
  }

  /**
   * Sets a contact's password by hand (seed 004; `decideSetPassword`: needs `manage-invitations`),
   * checked against the password policy: each unmet rule is a field error on `password`. Refused for
   * an inactive contact (`invalid-transition` / `contact-inactive`). Only a salted hash is kept.
   */
  setContactPassword(
    actorId: string,
    contactId: string,
    password: unknown,
    version: number,
  ): Promise<Contact> {
    return invitationRules.setContactPassword(
      this.operation(actorId),
      contactId,
      password,
      version,
    );
  }

  // ── the invitee's side (no session) ─────────────────────────────────────────────────────────────
  /**
   * A setup link as its holder sees it (`inspectInvitationLink`): changes nothing. An unknown token is
   * `not-found`.
   */
  inspectInvitation(token: unknown): InvitationLink {
    return linkRules.inspectInvitation(this.linkOperation(), token);
  }

  /**
   * Accepts a setup link with Google, Microsoft or a password (`decideAcceptInvitation`). A link that
   * is not valid is `conflict` (`invitation-expired`, `-revoked`, `-used`, `-superseded`).
   */
  acceptInvitation(
    token: unknown,
    method: unknown,
    secret?: unknown,
  ): Promise<InvitationAcceptance> {
    return linkRules.acceptInvitation(this.linkOperation(), token, method, secret);
  }

  /** Follows an activation link (`decideActivation`): the contact becomes active. */
  activateAccount(token: unknown): InvitationActivation {
    return linkRules.activateAccount(this.linkOperation(), token);
  }

  /**
   * The e-mails the journey "sent" in `companyId`'s company (every company's without it), oldest first:
   * invitations, activations, welcomes — the demo's mailbox. Not part of any adapter's contract: a real
   * backend sends them.
   */
  mailbox(companyId?: string): SentMail[] {
    return [...this.companies.values()]
      .filter((state) => companyId === undefined || state.company.id === companyId)
      .flatMap((state) => state.outbox.map((mail) => ({ ...mail })))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private linkOperation(): linkRules.LinkOperation {
    return {
      ...this.journeyTools(),
      find: (token) => {
        if (typeof token !== 'string' || !token) return undefined;
        for (const state of this.companies.values()) {
          const link = state.links.get(token);
          if (link) return { state, link };
        }
        return undefined;
      },
      now: () => this.now(),
      nextId: (prefix, taken) => this.nextId(prefix, taken),
      apply: (state, decision) => this.store(state, decision, {}),
    };
  }
}

/** The links of invitations a store starts with (each one's current setup URL). */
function linksOf(invitations: readonly Invitation[]): Map<string, AccessLink> {
  const links = new Map<string, AccessLink>();
  for (const invitation of invitations) {
    const token = setupUrlToken(invitation.setupUrl);
    if (!token) continue;
    links.set(token, {
      token,
      kind: 'invitation',
      companyId: invitation.companyId,
      contactId: invitation.contactId,
      invitationId: invitation.id,
      issuedAt: invitation.sentAt,
      expiresAt: invitation.expiresAt,
    });
  }
  return links;
}

/** Refuses to keep anything but a password hash (a password passed by mistake is never stored). */
function requireHash(passwordHash: string): void {
  if (!isPasswordHash(passwordHash)) {
    throw new TypeError(
      'The backend keeps only a hash of the password: pass hashPassword(password).',
    );
  }
}
