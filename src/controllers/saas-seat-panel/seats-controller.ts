import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PortalAdapter, SaasUserQuery } from '../../core/adapter/types.js';
import { AdapterError } from '../../core/adapter/errors.js';
import type { SaasUser, SeatRequest, SeatSummary } from '../../core/model/index.js';
import {
  addSaasUserVerdict,
  requestSeatsVerdict,
  saasUserVerdict,
  type SaasUserAct,
  type SeatVerdict,
} from '../../core/rules/saas-users.js';
import { seatLevel } from '../../core/rules/seats.js';
import { defaultPasswordPolicy, type PasswordPolicy } from '../../core/validation/password.js';
import { emit, type SaasUserWriteAct } from '../../events.js';
import type { Portal } from '../portal-controller.js';

/** The status filter of the users list. */
export const seatStatusFilters = ['all', 'active', 'inactive'] as const;
export type SeatStatusFilter = (typeof seatStatusFilters)[number];

/** The orders the users list offers: a field and a direction. */
export const seatSorts = [
  'name-asc',
  'name-desc',
  'email-asc',
  'status-asc',
  'createdAt-desc',
] as const;
export type SeatSort = (typeof seatSorts)[number];

/** An outcome the element words (a controller holds no words). */
export type SeatNotice =
  | {
      kind: 'done';
      act: Exclude<SaasUserWriteAct, 'bulk-deactivate' | 'request-seats'>;
      name: string;
    }
  | { kind: 'requested'; requestId: string }
  | { kind: 'bulk'; done: number; failed: number }
  | { kind: 'failed'; error: unknown };

/** What became of a write: saved, cancelled by a listener (or not allowed), or refused with `error`. */
export type WriteOutcome = 'saved' | 'cancelled' | { error: unknown };

/** One user's result in a bulk deactivation. */
export interface BulkResult {
  user: SaasUser;
  /** Absent when the user was deactivated. */
  error?: unknown;
}

/** What `SeatsController` sees of its element. */
export type SeatsHost = ReactiveControllerHost & EventTarget;

export interface SeatsOptions {
  portal: Portal;
  /** The pool: a product id; empty = the company's one pool. */
  product(): string;
  /** Users fetched per page. */
  pageSize(): number;
  notify(notice: SeatNotice): void;
}

/** The records a change of which changes what the panel shows. */
const followed = new Set(['saas-user', 'seat-request', 'seats', 'invitation', 'session', 'policy']);

/**
 * The data and acts of `<saas-seat-panel>`: the pool's seats, a page of its SaaS users by search,
 * status and order, the open requests for more seats and the password policy. Every act is asked of
 * the rules the backend enforces (`addSaasUserVerdict`, `saasUserVerdict`, `requestSeatsVerdict`),
 * announced by a cancelable `portico-saas-user-request`, written through the adapter, then the panel
 * reads again. A password goes to the adapter and nowhere else: no event, notice or state keeps it.
 */
export class SeatsController implements ReactiveController {
  /** `forbidden`: the actor may not manage SaaS users (a plain state, not an error). */
  status: 'idle' | 'loading' | 'ready' | 'error' | 'forbidden' = 'idle';
  error: unknown;
  summary: SeatSummary | undefined;
  items: SaasUser[] = [];
  total = 0;
  nextCursor: string | null = null;
  /** The pool's open (pending) requests for more seats, newest first. */
  requests: SeatRequest[] = [];
  policy: PasswordPolicy = defaultPasswordPolicy;
  search = '';
  filter: SeatStatusFilter = 'all';
  sort: SeatSort = 'name-asc';
  /** Ids of the users ticked for a bulk act. */
  readonly selected = new Set<string>();
  /** The last bulk deactivation's results, until dismissed. */
  bulkResults: BulkResult[] | undefined;
  /** The act running now (`act:id`). */
  busy: string | undefined;

  private abort: AbortController | undefined;
  private interrupted = false;
  private loadedFor: { adapter: PortalAdapter; product: string; actor: string } | undefined;

  constructor(
    private readonly host: SeatsHost,
    private readonly options: SeatsOptions,
  ) {
    host.addController(this);
    options.portal.follow((changes) => {
      if (this.status !== 'ready') return;
      if (changes === 'resync' || changes.some((change) => followed.has(change.record)))
        void this.load(true);
    });
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      void this.load();
    }
  }

  hostDisconnected(): void {
    if (this.status === 'loading') this.interrupted = true;
    this.abort?.abort();
  }

  /**
   * After the portal controller's own `hostUpdate` (it was added first), so a session handed over by a
   * `<portico-provider>` in this very update is seen.
   */
  hostUpdate(): void {
    this.follow();
  }

  /** Loads again when the adapter, the actor or the product changed (each update asks). */
  follow(): void {
    const { portal } = this.options;
    const adapter = portal.adapter;
    const product = this.options.product();
    if (!adapter || portal.status !== 'ready' || !portal.actor) {
      if (!adapter) {
        this.loadedFor = undefined;
        this.abort?.abort();
        this.status = 'idle';
      }
      return;
    }
    const last = this.loadedFor;
    const actor = portal.actor.id;
    if (last && last.adapter === adapter && last.product === product && last.actor === actor)
      return;
    this.loadedFor = { adapter, product, actor };
    this.selected.clear();
    this.bulkResults = undefined;
    void this.load();
  }

  private get context() {
    const { portal } = this.options;
    return { engine: portal.engine, actor: portal.actor };
  }

  private get product(): string | undefined {
    return this.options.product() || undefined;
  }

  /** Seats used and licensed, once loaded. */
  get usage(): { licensed: number; used: number } | undefined {
    return this.summary && { licensed: this.summary.licensed, used: this.summary.used };
  }

  /** How full the pool is (`seatLevel`, the rule the notice at 80 % follows). */
  get level(): ReturnType<typeof seatLevel> | undefined {
    return this.usage && seatLevel(this.usage);
  }

  /** Whether the actor may add a user now (the right, then a free seat). */
  readonly addVerdict = (): SeatVerdict => addSaasUserVerdict(this.context, this.usage);

  /** Whether `act` may be done on `user` now. */
  readonly verdict = (act: SaasUserAct, user: SaasUser): SeatVerdict =>
    saasUserVerdict(this.context, act, user, this.usage);

  /** Whether the actor may ask for more seats (and read the requests). */
  readonly requestVerdict = (): SeatVerdict => requestSeatsVerdict(this.context);

  /** Sets the search, filter or order, and loads the first page again. */
  setQuery(change: { search?: string; filter?: SeatStatusFilter; sort?: SeatSort }): void {
    if (change.search !== undefined) this.search = change.search;
    if (change.filter !== undefined) this.filter = change.filter;
    if (change.sort !== undefined) this.sort = change.sort;
    this.selected.clear();
    void this.load();
  }

  /** Loads everything the panel shows; `quiet` keeps what is shown until the answers land. */
  async load(quiet = false): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return;
    const rights = this.requestVerdict();
    if (!rights.allowed) {
      this.abort?.abort();
      this.status = 'forbidden';
      this.host.requestUpdate();
      return;
    }
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const signal = abort.signal;
    if (!quiet) {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    const product = this.product;
    const pool = product === undefined ? {} : { product };
    try {
      const [summary, page, requests, settings] = await Promise.all([
        adapter.seats.summary({ ...pool, signal }),
        adapter.seats.list(this.query(null, this.items.length), { signal }),
        adapter.seats.requests({ filter: { status: ['pending'], ...pool }, limit: 5 }, { signal }),
        adapter.invitations.settings({ signal }).catch(() => undefined),
      ]);
      if (signal.aborted) return;
      this.summary = summary;
      this.items = page.items;
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.requests = requests.items;
      if (settings?.passwordPolicy) this.policy = settings.passwordPolicy;
      for (const id of [...this.selected])
        if (!this.items.some((user) => user.id === id && user.status === 'active'))
          this.selected.delete(id);
      this.status = 'ready';
      this.error = undefined;
    } catch (error) {
      if (signal.aborted) return;
      if (AdapterError.is(error) && error.kind === 'forbidden') this.status = 'forbidden';
      else if (quiet && this.status === 'ready') return;
      else this.status = 'error';
      this.error = error;
    }
    this.host.requestUpdate();
  }

  /** Loads the next page. */
  async loadMore(): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter || this.nextCursor === null || this.status !== 'ready') return;
    try {
      const page = await adapter.seats.list(this.query(this.nextCursor));
      this.items = [...this.items, ...page.items];
      this.total = page.total;
      this.nextCursor = page.nextCursor;
    } catch (error) {
      this.options.notify({ kind: 'failed', error });
    }
    this.host.requestUpdate();
  }

  /**
   * The query of the list. `keep` (a reload) asks for as many rows as are shown, so a write does not
   * take away the pages loaded.
   */
  query(cursor: string | null, keep = 0): SaasUserQuery {
    const [field, direction] = this.sort.split('-') as [string, 'asc' | 'desc'];
    const product = this.product;
    return {
      cursor,
      limit: Math.min(500, Math.max(this.options.pageSize(), keep)),
      search: this.search,
      filter: {
        status: this.filter === 'all' ? [] : [this.filter],
        ...(product === undefined ? {} : { product }),
      },
      sort: { field, direction },
    };
  }

  /** Every user the search and filter match, page after page (for the CSV export). */
  async everyMatch(signal?: AbortSignal): Promise<SaasUser[]> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return [];
    const all: SaasUser[] = [];
    let cursor: string | null = null;
    do {
      const page = await adapter.seats.list({ ...this.query(cursor), limit: 500 }, { signal });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return all;
  }

  /** Ticks or unticks a user for a bulk act (active users only: the one bulk act deactivates). */
  toggle(user: SaasUser, on: boolean): void {
    if (on && user.status === 'active') this.selected.add(user.id);
    else this.selected.delete(user.id);
    this.host.requestUpdate();
  }

  /** Ticks every active user shown, or none. */
  toggleAll(on: boolean): void {
    this.selected.clear();
    if (on) for (const user of this.items) if (user.status === 'active') this.selected.add(user.id);
    this.host.requestUpdate();
  }

  /**
   * Fires the cancelable request; false when a listener cancelled it or another act runs.
   * The detail never holds a password.
   */
  private ask(detail: Parameters<typeof emit<'portico-saas-user-request'>>[2]): boolean {
    if (this.busy) return false;
    return emit(this.host, 'portico-saas-user-request', detail);
  }

  private pool(): { product?: string } {
    const product = this.product;
    return product === undefined ? {} : { product };
  }

  /**
   * Adds a user. Answers `saved`, or the error for the form to show (a validation's fields,
   * `no-seats`…), or `cancelled` when a listener cancelled the request.
   */
  async create(input: { name: string; email: string; password: string }): Promise<WriteOutcome> {
    const adapter = this.options.portal.adapter;
    if (!adapter || !this.addVerdict().allowed) return 'cancelled';
    if (!this.ask({ act: 'create', email: input.email, ...this.pool() })) return 'cancelled';
    return this.write('create', async () => {
      const user = await adapter.seats.create({ ...input, ...this.pool() });
      emit(this.host, 'portico-saas-user-changed', { act: 'create', user, ...this.pool() });
      this.options.notify({ kind: 'done', act: 'create', name: user.name });
    });
  }

  /** Changes `user`'s password; answers as {@link create}. */
  async changePassword(user: SaasUser, password: string): Promise<WriteOutcome> {
    const adapter = this.options.portal.adapter;
    if (!adapter || !this.verdict('change-password', user).allowed) return 'cancelled';
    if (!this.ask({ act: 'change-password', userId: user.id, ...this.pool() })) return 'cancelled';
    return this.write(`change-password:${user.id}`, async () => {
      const saved = await adapter.seats.changePassword(user.id, password, {
        version: user.version,
      });
      emit(this.host, 'portico-saas-user-changed', {
        act: 'change-password',
        user: saved,
        ...this.pool(),
      });
      this.options.notify({ kind: 'done', act: 'change-password', name: saved.name });
    });
  }

  /** Deactivates or reactivates `user`; a failure is notified. */
  async act(act: 'deactivate' | 'reactivate', user: SaasUser): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter || !this.verdict(act, user).allowed) return;
    if (!this.ask({ act, userId: user.id, ...this.pool() })) return;
    const outcome = await this.write(`${act}:${user.id}`, async () => {
      const saved = await adapter.seats[act](user.id, { version: user.version });
      emit(this.host, 'portico-saas-user-changed', { act, user: saved, ...this.pool() });
      this.options.notify({ kind: 'done', act, name: saved.name });
    });
    if (typeof outcome === 'object') this.options.notify({ kind: 'failed', error: outcome.error });
  }

  /** Deactivates every ticked user, one by one; each result is kept for the panel to show. */
  async bulkDeactivate(): Promise<void> {
    const adapter = this.options.portal.adapter;
    const users = this.items.filter((user) => this.selected.has(user.id));
    const allowed = users.filter((user) => this.verdict('deactivate', user).allowed);
    if (!adapter || !allowed.length) return;
    if (!this.ask({ act: 'bulk-deactivate', userIds: allowed.map((u) => u.id), ...this.pool() }))
      return;
    this.busy = 'bulk-deactivate';
    this.host.requestUpdate();
    const results: BulkResult[] = [];
    for (const user of allowed) {
      try {
        results.push({ user: await adapter.seats.deactivate(user.id, { version: user.version }) });
      } catch (error) {
        results.push({ user, error });
      }
    }
    this.busy = undefined;
    this.bulkResults = results;
    this.selected.clear();
    const done = results.filter((r) => r.error === undefined);
    emit(this.host, 'portico-saas-user-changed', {
      act: 'bulk-deactivate',
      results: results.map((r) =>
        r.error === undefined
          ? { userId: r.user.id, ok: true }
          : {
              userId: r.user.id,
              ok: false,
              code: AdapterError.is(r.error) ? r.error.code : 'unknown',
            },
      ),
      ...this.pool(),
    });
    this.options.notify({ kind: 'bulk', done: done.length, failed: results.length - done.length });
    await this.load(true);
  }

  /** Asks the vendor for `seats` more seats; answers as {@link create}. */
  async requestMore(seats: number, message: string): Promise<WriteOutcome> {
    const adapter = this.options.portal.adapter;
    if (!adapter || !this.requestVerdict().allowed) return 'cancelled';
    if (!this.ask({ act: 'request-seats', seats, ...this.pool() })) return 'cancelled';
    return this.write('request-seats', async () => {
      const { requestId } = await adapter.seats.requestMore(seats, message, this.pool());
      emit(this.host, 'portico-saas-user-changed', {
        act: 'request-seats',
        requestId,
        ...this.pool(),
      });
      this.options.notify({ kind: 'requested', requestId });
    });
  }

  /** Runs a write with its control busy, then reads again; answers `saved`, or the error. */
  private async write(busy: string, run: () => Promise<void>): Promise<WriteOutcome> {
    this.busy = busy;
    this.host.requestUpdate();
    let outcome: WriteOutcome = 'saved';
    try {
      await run();
    } catch (error) {
      outcome = { error };
    } finally {
      this.busy = undefined;
    }
    // A conflict means what is shown is out of date: read again either way.
    await this.load(true);
    return outcome;
  }
}
