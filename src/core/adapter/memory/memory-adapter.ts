import type {
  AccessChange,
  Approvers,
  Contact,
  ContactInput,
  ContactPatch,
  InvitationSettingsInput,
  InvitationTemplate,
  LifecycleAction,
  ListQuery,
  Page,
  Policy,
  RegistrationMethod,
  SaasUserInput,
  SeatSummary,
  Site,
} from '../../model/index.js';
import type { DemoData } from '../../demo-data.js';
import { tell } from '../changes.js';
import type {
  ChangeFeed,
  ContactLookup,
  ContactQuery,
  ContactsApi,
  CreateOptions,
  ImportOptions,
  ImportRow,
  InvitationQuery,
  InvitationSendOptions,
  InvitationsApi,
  PermissionsApi,
  PortalAdapter,
  RequestOptions,
  SaasUserQuery,
  SeatOptions,
  SeatRequestQuery,
  SeatsApi,
  Session,
  SessionApi,
  SitesApi,
  WriteOptions,
} from '../types.js';
import type { Persistence } from '../persistence.js';
import { hashPassword } from '../../security/password-hash.js';
import { MemoryBackend, type MemoryBackendOptions } from './backend.js';

/** Options of {@link MemoryAdapter}: a backend to share, or data to make one from. */
export type MemoryAdapterOptions = (
  | { backend: MemoryBackend; data?: undefined }
  | ({ data: DemoData; backend?: undefined } & Omit<MemoryBackendOptions, 'data'>)
) & {
  /** Who is signed in (a contact id). Default: the data's general admin. */
  actorId?: string;
  /** Simulated network delay of every call, in milliseconds (stories, the demo). Default 0. */
  latency?: number;
};

/** Waits `ms` (at least a microtask), or rejects with the signal's reason when it aborts first. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  signal?.throwIfAborted();
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      // An abort rejects with the signal's own reason (a DOMException `AbortError` unless the caller
      // gave another), exactly like fetch.
      reject(signal!.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * The embedded `PortalAdapter`: one person's session on a {@link MemoryBackend}, no server needed.
 * It enforces the same policy and invariants a real backend must (the backend does), answers lists from
 * an index, and can persist to IndexedDB.
 *
 * ```ts
 * const adapter = new MemoryAdapter({ data: createDemoData({ contacts: 2000, seed: 1 }) });
 * // "view as": several sessions on one backend
 * const backend = new MemoryBackend({ data });
 * const asSystemUser = new MemoryAdapter({ backend, actorId: data.actors.systemUser });
 * ```
 *
 * Every call is asynchronous, honours `signal` (an aborted call rejects with the signal's reason and
 * changes nothing), and waits `latency` ms first when set. Failures are `AdapterError`s.
 */
export class MemoryAdapter implements PortalAdapter {
  readonly backend: MemoryBackend;
  readonly actorId: string;
  readonly latency: number;
  readonly contacts: ContactsApi;
  readonly permissions: PermissionsApi;
  readonly sites: SitesApi;
  readonly seats: SeatsApi;
  readonly invitations: InvitationsApi;
  readonly session: SessionApi;
  /**
   * Every change its backend writes in the signed-in company, whichever session wrote it (two
   * adapters over one `MemoryBackend` hear each other's writes), plus a `session` change when the
   * signed-in person's own contact changes.
   */
  readonly changes: ChangeFeed;

  constructor(options: MemoryAdapterOptions) {
    if (options.backend) this.backend = options.backend;
    else {
      const { actorId: _actor, latency: _latency, ...backendOptions } = options;
      this.backend = new MemoryBackend(backendOptions);
    }
    this.actorId = options.actorId ?? this.backend.defaultActorId;
    this.latency = Math.max(0, options.latency ?? 0);
    const b = this.backend;
    const me = this.actorId;
    const run = <T>(options: RequestOptions | undefined, work: () => T | Promise<T>): Promise<T> =>
      this.run(options, work);

    this.contacts = {
      list: (query?: ContactQuery, o?: RequestOptions): Promise<Page<Contact>> =>
        run(o, () => b.listContacts(me, query)),
      get: (id: string, o?: RequestOptions) => run(o, () => b.getContact(me, id)),
      history: (id: string, query?: ListQuery, o?: RequestOptions) =>
        run(o, () => b.contactHistory(me, id, query)),
      create: (input: ContactInput, o?: CreateOptions) =>
        run(o, () => b.createContact(me, input, o?.idempotencyKey)),
      update: (id: string, patch: ContactPatch, o: WriteOptions) =>
        run(o, () => b.updateContact(me, id, patch, o?.version)),
      remove: (id: string, o: WriteOptions) => run(o, () => b.removeContact(me, id, o?.version)),
      transition: (id: string, action: LifecycleAction, o: WriteOptions) =>
        run(o, () => b.transitionContact(me, id, action, o?.version)),
      transferAdministration: (toId: string, o: RequestOptions & { keepOwn?: boolean }) =>
        run(o, () => b.transferAdministration(me, toId, o?.keepOwn ?? false)),
      transferTickets: (fromId: string, toId: string, o?: RequestOptions) =>
        run(o, () => b.transferTickets(me, fromId, toId)),
      import: (rows: ImportRow[], o?: ImportOptions) =>
        run(o, () =>
          b.importContacts(me, rows, {
            existing: o?.existing,
            dryRun: o?.dryRun,
            idempotencyKey: o?.idempotencyKey,
          }),
        ),
      lookup: (keys: ContactLookup, o?: RequestOptions) => run(o, () => b.lookupContacts(me, keys)),
    };
    this.permissions = {
      policy: (o?: RequestOptions): Promise<Policy> => run(o, () => b.getPolicy(me)),
      updatePolicy: (policy: Policy, o: WriteOptions) =>
        run(o, () => b.updatePolicy(me, policy, o?.version)),
      setAccess: (contactId: string, access: AccessChange, o: WriteOptions) =>
        run(o, () => b.setAccess(me, contactId, access, o?.version)),
      approvers: (o?: RequestOptions): Promise<Approvers> => run(o, () => b.getApprovers(me)),
      setApprovers: (approvers: Omit<Approvers, 'version'>, o: WriteOptions) =>
        run(o, () => b.setApprovers(me, approvers, o?.version)),
    };
    this.sites = {
      list: (query?: ListQuery, o?: RequestOptions): Promise<Page<Site>> =>
        run(o, () => b.listSites(me, query)),
    };
    // A password is hashed first (WebCrypto is asynchronous), then the backend decides and stores in
    // one synchronous step: no other write can slip between its seat check and its write.
    const hash = (password: unknown, o: RequestOptions | undefined) => {
      o?.signal?.throwIfAborted();
      return hashPassword(typeof password === 'string' ? password : '', b.passwordHashing);
    };
    this.seats = {
      summary: (o?: SeatOptions): Promise<SeatSummary> =>
        run(o, () => b.seatSummary(me, o?.product)),
      list: (query?: SaasUserQuery, o?: RequestOptions) => run(o, () => b.listSaasUsers(me, query)),
      create: async (input: SaasUserInput, o?: CreateOptions) => {
        const passwordHash = await hash(input?.password, o);
        return run(o, () => b.createSaasUser(me, input, o?.idempotencyKey, passwordHash));
      },
      changePassword: async (id: string, password: string, o: WriteOptions) => {
        const passwordHash = await hash(password, o);
        return run(o, () => b.changeSaasPassword(me, id, password, o?.version, passwordHash));
      },
      deactivate: (id: string, o: WriteOptions) =>
        run(o, () => b.deactivateSaasUser(me, id, o?.version)),
      reactivate: (id: string, o: WriteOptions) =>
        run(o, () => b.reactivateSaasUser(me, id, o?.version)),
      requestMore: (seats: number, message: string, o?: SeatOptions) =>
        run(o, () => b.requestSeats(me, seats, message, o?.product)),
      requests: (query?: SeatRequestQuery, o?: RequestOptions) =>
        run(o, () => b.listSeatRequests(me, query)),
    };
    this.invitations = {
      list: (query?: InvitationQuery, o?: RequestOptions) =>
        run(o, () => b.listInvitations(me, query)),
      send: (contactId: string, o?: InvitationSendOptions) =>
        run(o, () => b.sendInvitation(me, contactId, o?.idempotencyKey, o?.seat)),
      resend: (id: string, o: WriteOptions) => run(o, () => b.resendInvitation(me, id, o?.version)),
      revoke: (id: string, o: WriteOptions) => run(o, () => b.revokeInvitation(me, id, o?.version)),
      remove: (id: string, o: WriteOptions) => run(o, () => b.removeInvitation(me, id, o?.version)),
      template: (o?: RequestOptions): Promise<InvitationTemplate> =>
        run(o, () => b.getTemplate(me)),
      updateTemplate: (template: Omit<InvitationTemplate, 'version'>, o: WriteOptions) =>
        run(o, () => b.updateTemplate(me, template, o?.version)),
      settings: (o?: RequestOptions) => run(o, () => b.getInvitationSettings(me)),
      updateSettings: (settings: InvitationSettingsInput, o: WriteOptions) =>
        run(o, () => b.updateInvitationSettings(me, settings, o?.version)),
      confirm: (contactId: string, o: WriteOptions) =>
        run(o, () => b.confirmContact(me, contactId, o?.version)),
      setPassword: (contactId: string, password: string, o: WriteOptions) =>
        run(o, () => b.setContactPassword(me, contactId, password, o?.version)),
      // The invitee's side needs no session: the token is the key.
      inspect: (token: string, o?: RequestOptions) => run(o, () => b.inspectInvitation(token)),
      accept: (token: string, method: RegistrationMethod, secret?: string, o?: RequestOptions) =>
        run(o, () => b.acceptInvitation(token, method, secret)),
      activate: (token: string, o?: RequestOptions) => run(o, () => b.activateAccount(token)),
    };
    this.session = {
      current: (o?: RequestOptions): Promise<Session> => run(o, () => b.session(me)),
      switchCompany: (companyId: string, o?: RequestOptions) =>
        run(o, () => b.switchCompany(me, companyId)),
    };
    this.changes = {
      subscribe: (listener) => {
        // A contact belongs to one company for good; an id that is nobody's hears nothing.
        const company = b.companyOf(me);
        if (company === undefined) return () => undefined;
        return b.subscribe((change, companyId) => {
          if (companyId === company) tell(listener, change, me, (e) => b.reportListenerError(e));
        });
      },
    };
  }

  /**
   * An adapter on a backend restored from `persist` (e.g. `indexedDbPersistence()`) when it holds a saved
   * snapshot, else made from `data`; every write is saved back (coalesced).
   */
  static async restore(
    options: { data: DemoData; persist: Persistence; actorId?: string; latency?: number } & Omit<
      MemoryBackendOptions,
      'data' | 'persist'
    >,
  ): Promise<MemoryAdapter> {
    const { actorId, latency, ...backendOptions } = options;
    const backend = await MemoryBackend.open(backendOptions);
    return new MemoryAdapter({ backend, actorId, latency });
  }

  /** Another person's session on the same backend (the demo's "view as"). */
  as(actorId: string): MemoryAdapter {
    return new MemoryAdapter({ backend: this.backend, actorId, latency: this.latency });
  }

  private async run<T>(
    options: RequestOptions | undefined,
    work: () => T | Promise<T>,
  ): Promise<T> {
    const signal = options?.signal;
    await pause(this.latency, signal);
    signal?.throwIfAborted();
    return work();
  }
}
