import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type {
  Contact,
  ContactSortField,
  ContactStatus,
  SortDirection,
} from '../../core/model/index.js';

/** What the user asked the list for: free text, filters and sort. */
export interface ContactQueryState {
  search: string;
  status: ContactStatus[];
  role: string[];
  sort: { field: ContactSortField; direction: SortDirection } | undefined;
}

export interface ContactQueryOptions {
  /** The adapter to ask; read on every request, so a swapped adapter is picked up by the next `reload()`. */
  adapter: () => PortalAdapter | undefined;
  /** Page size for cursor paging (adapters cap it at 500). */
  pageSize: () => number;
  /** Milliseconds a search waits for the next keystroke before it asks the adapter (default 200). */
  debounce?: () => number;
}

/**
 * Loads contacts page by page through `adapter.contacts.list`, for a list that renders only what is in
 * view. It owns the query (search, filters, sort), the loaded rows and the paging cursor:
 *
 * - a search is debounced, and a new query aborts the request of the one it replaces — a slow answer to an
 *   old keystroke never overwrites the answer to a newer one;
 * - `loadMore()` fetches the next page by cursor (one at a time);
 * - `refresh()` reloads as many rows as are loaded now and swaps them in at once, so a list that keeps its
 *   scroller keeps its scroll position;
 * - `upsert()` / `removeLocal()` / `restore()` serve optimistic updates and their rollback.
 *
 * `status` is `idle` (no adapter), `loading` (first page of a new query), `ready` or `error`.
 */
export class ContactQueryController implements ReactiveController {
  items: Contact[] = [];
  total = 0;
  nextCursor: string | null = null;
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** A next page is on its way. */
  loadingMore = false;
  /** A refresh, or a new query over rows already shown, is on its way (the rows stay visible meanwhile). */
  refreshing = false;
  /** A search is waiting for the debounce delay. */
  pending = false;
  /** Goes up each time the rows are replaced by the answer to a new query (not by a refresh). */
  resultId = 0;
  error: unknown;
  state: ContactQueryState = { search: '', status: [], role: [], sort: undefined };

  private abort: AbortController | undefined;
  private moreAbort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private settled: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ContactQueryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reattached after a move in the DOM while a load was cut short: ask again.
    if (this.status === 'loading' || this.pending || this.refreshing) void this.reload();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.abort?.abort();
    this.moreAbort?.abort();
  }

  /** The adapter query for the current state, from the first page. */
  get query(): ContactQuery {
    const { search, status, role, sort } = this.state;
    const filter: NonNullable<ContactQuery['filter']> = {};
    if (status.length) filter.status = status;
    if (role.length) filter.role = role;
    const query: ContactQuery = { limit: this.pageSize };
    if (search.trim()) query.search = search.trim();
    if (filter.status || filter.role) query.filter = filter;
    if (sort) query.sort = sort;
    return query;
  }

  /** Resolves when the latest reload (or refresh) has settled — for callers and tests that must wait. */
  get ready(): Promise<void> {
    return this.settled;
  }

  private get pageSize(): number {
    const size = Math.floor(this.options.pageSize());
    return Number.isFinite(size) && size > 0 ? Math.min(size, 500) : 50;
  }

  /** Changes the search text; asks the adapter after the debounce delay (a newer keystroke restarts it). */
  setSearch(search: string): void {
    if (search === this.state.search) return;
    this.state = { ...this.state, search };
    clearTimeout(this.timer);
    // Whatever was asked for the previous text is stale from now on.
    this.abort?.abort();
    const delay = this.options.debounce?.() ?? 200;
    if (delay <= 0) {
      void this.reload();
      return;
    }
    this.pending = true;
    this.host.requestUpdate();
    this.settled = new Promise((resolve) => this.waiters.push(resolve));
    this.timer = setTimeout(() => void this.reload(), delay);
  }

  /** Changes filters and/or sort; asks the adapter at once. */
  setQuery(change: Partial<Omit<ContactQueryState, 'search'>>): void {
    this.state = { ...this.state, ...change };
    void this.reload();
  }

  /** Loads the first page of the current query, replacing every row. */
  reload(): Promise<void> {
    clearTimeout(this.timer);
    const waiters = this.waiters.splice(0);
    const run = this.fetchFirst(this.pageSize, true).finally(() => {
      for (const resolve of waiters) resolve();
    });
    this.settled = run;
    return run;
  }

  /**
   * Reloads the rows loaded so far (at least one page) and swaps them in at once, without a loading state:
   * the view keeps its rows, and so its scroll position, while the new data is on its way.
   */
  refresh(): Promise<void> {
    if (this.status !== 'ready') return this.reload();
    const run = this.fetchFirst(Math.max(this.items.length, this.pageSize), false);
    this.settled = run;
    return run;
  }

  /** Fetches the next page by cursor, unless one is already on its way or there is none. */
  async loadMore(): Promise<void> {
    const adapter = this.adapterOrUndefined();
    const cursor = this.nextCursor;
    if (!adapter || !cursor || this.loadingMore || this.status !== 'ready' || this.refreshing)
      return;
    const generation = this.generation;
    const abort = (this.moreAbort = new AbortController());
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await adapter.contacts.list({ ...this.query, cursor }, { signal: abort.signal });
      if (generation !== this.generation || abort.signal.aborted) return;
      const known = new Set(this.items.map((c) => c.id));
      this.items = [...this.items, ...page.items.filter((c) => !known.has(c.id))];
      this.nextCursor = page.nextCursor;
      this.total = page.total;
    } catch (error) {
      // A failed next page leaves the loaded rows as they are; scrolling again retries it.
      if (generation === this.generation && !abort.signal.aborted) this.error = error;
    } finally {
      if (generation === this.generation) this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Puts `contact` in place of the row with its id, or at the top when it is new. */
  upsert(contact: Contact): void {
    const index = this.items.findIndex((c) => c.id === contact.id);
    if (index === -1) {
      this.items = [contact, ...this.items];
      this.total += 1;
    } else {
      this.items = this.items.with(index, contact);
    }
    this.host.requestUpdate();
  }

  /** Takes the row out (an optimistic delete); returns a snapshot for `restore()`. */
  removeLocal(id: string): ContactSnapshot {
    const snapshot = this.snapshot();
    const next = this.items.filter((c) => c.id !== id);
    if (next.length !== this.items.length) this.total = Math.max(0, this.total - 1);
    this.items = next;
    this.host.requestUpdate();
    return snapshot;
  }

  /** The rows and total as they are now. */
  snapshot(): ContactSnapshot {
    return { items: this.items, total: this.total };
  }

  /** Puts back one row as it was in `snapshot` (rollback of an optimistic change to it). */
  restore(snapshot: ContactSnapshot, id: string): void {
    const before = snapshot.items.find((c) => c.id === id);
    const index = this.items.findIndex((c) => c.id === id);
    if (before && index !== -1) {
      this.items = this.items.with(index, before);
    } else if (before) {
      // It was removed: put it back where it stood among the rows still present.
      const at = snapshot.items.indexOf(before);
      const following = snapshot.items
        .slice(at + 1)
        .find((c) => this.items.some((i) => i.id === c.id));
      const insertAt = following
        ? this.items.findIndex((c) => c.id === following.id)
        : this.items.length;
      this.items = [...this.items.slice(0, insertAt), before, ...this.items.slice(insertAt)];
      this.total += 1;
    }
    this.host.requestUpdate();
  }

  private adapterOrUndefined(): PortalAdapter | undefined {
    return this.options.adapter();
  }

  private async fetchFirst(count: number, replace: boolean): Promise<void> {
    const adapter = this.adapterOrUndefined();
    this.abort?.abort();
    this.moreAbort?.abort();
    this.loadingMore = false;
    const generation = ++this.generation;
    if (!adapter) {
      this.status = 'idle';
      this.items = [];
      this.total = 0;
      this.nextCursor = null;
      this.host.requestUpdate();
      return;
    }
    const abort = (this.abort = new AbortController());
    this.pending = false;
    // The first load shows a loading state; later queries keep the old rows on screen until the new ones land.
    if (replace && this.status !== 'ready') this.status = 'loading';
    else this.refreshing = true;
    this.host.requestUpdate();
    try {
      const query = this.query;
      let items: Contact[] = [];
      let cursor: string | null = null;
      let total = 0;
      // Page by cursor until `count` rows are in hand (a refresh of a long-scrolled list takes several).
      do {
        const limit = Math.min(500, Math.max(this.pageSize, count - items.length));
        const page = await adapter.contacts.list(
          { ...query, limit, cursor },
          { signal: abort.signal },
        );
        if (abort.signal.aborted || generation !== this.generation) return;
        items = items.concat(page.items);
        cursor = page.nextCursor;
        total = page.total;
      } while (cursor && items.length < count);
      this.items = items;
      this.nextCursor = cursor;
      this.total = total;
      this.error = undefined;
      this.status = 'ready';
      if (replace) this.resultId++;
    } catch (error) {
      if (abort.signal.aborted || generation !== this.generation) return;
      this.error = error;
      if (replace) {
        this.status = 'error';
        this.items = [];
        this.total = 0;
        this.nextCursor = null;
      }
    } finally {
      if (generation === this.generation) this.refreshing = false;
      this.host.requestUpdate();
    }
  }
}

/** Rows and total at one moment, for rolling back an optimistic change. */
export interface ContactSnapshot {
  items: Contact[];
  total: number;
}
