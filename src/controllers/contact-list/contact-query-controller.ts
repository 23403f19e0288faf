import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../core/adapter/errors.js';
import type { Change, ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type {
  Contact,
  ContactFilter,
  ContactSortField,
  SortDirection,
} from '../../core/model/index.js';
import {
  compactFilter,
  contactMatch,
  matchesContactQuery,
} from '../../core/rules/contact-query.js';
import { searchTerms } from '../../core/search/index.js';

/** What the user asked the list for: free text, filters and sort. */
export interface ContactQueryState {
  search: string;
  filter: ContactFilter;
  sort: { field: ContactSortField; direction: SortDirection } | undefined;
}

/** More changed contacts than this in one burst of the change feed: reload the rows instead of each. */
const fetchEachUpTo = 20;

/** The value a row is ordered by, for `field`: a change of it may move the row. */
function sortValue(contact: Contact, field: ContactSortField): string {
  switch (field) {
    case 'phone':
      return `${contact.phone.countryCode} ${contact.phone.area} ${contact.phone.number}`;
    case 'createdAt':
      return contact.createdAt;
    default:
      return String(contact[field]);
  }
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
 * - `applyAnswer()` keeps the rows the query's answer after a write (see there); `removeLocal()` /
 *   `restore()` serve optimistic deletes and the rollback of optimistic changes;
 * - `changed()` follows the change feed: what another element or session wrote shows here.
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
  state: ContactQueryState = { search: '', filter: {}, sort: undefined };

  private abort: AbortController | undefined;
  private moreAbort: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private settled: Promise<void> = Promise.resolve();
  private waiters: (() => void)[] = [];
  /** Rows that left because they no longer match the query, by id → the version that left. */
  private gone = new Map<string, number>();
  private feedAbort: AbortController | undefined;

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
    this.feedAbort?.abort();
  }

  /** The adapter query for the current state, from the first page. */
  get query(): ContactQuery {
    const { search, sort } = this.state;
    const query: ContactQuery = { limit: this.pageSize };
    const filter = compactFilter(this.state.filter);
    if (search.trim()) query.search = search.trim();
    if (filter) query.filter = filter;
    if (sort) query.sort = sort;
    return query;
  }

  /** Whether the current query narrows the list (a search or a filter). */
  get filtered(): boolean {
    return Boolean(this.state.search.trim() || compactFilter(this.state.filter));
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

  /** Changes the filter and/or sort; asks the adapter at once. */
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

  /**
   * Applies what a write answered (or what the change feed fetched) to the rows, so they stay exactly
   * the answer of the current query — the one call an act makes after its write:
   *
   * - a contact the rows hold is replaced in place when it still matches the query (search and filter,
   *   asked of `src/core`'s `matchesContactQuery`, the rule the backends answer lists with) and keeps
   *   its place in the sort; it leaves the rows, and the total follows, when it no longer matches
   *   (inactivated under "Active", renamed out of a search);
   * - an answer older than the row held (a lower `version`) is ignored;
   * - what cannot be decided here refetches the rows loaded so far (`refresh()`), keeping the scroll
   *   position: a contact the rows do not hold that matches the query (where would it go?), one that
   *   does not match while more pages exist (was it counted in the total?), a row whose sort value
   *   changed (it may move). A contact the rows do not hold is never inserted, and the total never
   *   grows by an id the query did not answer.
   *
   * `created`: ids of contacts just made, which cannot have been among the rows before. Answers the
   * refetch when there is one, else at once.
   */
  applyAnswer(
    contacts: readonly Contact[],
    options: { created?: readonly string[] } = {},
  ): Promise<void> {
    let refetch = false;
    let items = this.items;
    let total = this.total;
    const terms = searchTerms(this.state.search);
    const match = contactMatch(compactFilter(this.state.filter), []);
    const sortField = this.state.sort?.field ?? 'name';
    for (const contact of contacts) {
      const index = items.findIndex((c) => c.id === contact.id);
      const matches = matchesContactQuery(contact, terms, match);
      if (index === -1) {
        const left = this.gone.get(contact.id);
        if (left !== undefined && !matches) {
          // It left the rows for not matching, and still does not.
          this.gone.set(contact.id, Math.max(left, contact.version));
          continue;
        }
        const isNew = options.created?.includes(contact.id) ?? false;
        if (matches || (this.nextCursor !== null && !isNew)) refetch = true;
        continue;
      }
      const held = items[index]!;
      if (contact.version < held.version) continue;
      if (!matches) {
        items = items.filter((c) => c.id !== contact.id);
        total = Math.max(0, total - 1);
        this.gone.set(contact.id, contact.version);
        continue;
      }
      items = items.with(index, contact);
      if (sortValue(held, sortField) !== sortValue(contact, sortField)) refetch = true;
    }
    if (items !== this.items || total !== this.total) {
      this.items = items;
      this.total = total;
      this.host.requestUpdate();
    }
    return refetch && this.status === 'ready' ? this.refresh() : Promise.resolve();
  }

  /** Shows `contact` in place of the row with its id; the same as `applyAnswer([contact])`. */
  upsert(contact: Contact): void {
    void this.applyAnswer([contact]);
  }

  /**
   * Follows the change feed (see `Portal.follow`): contacts removed leave the rows; contacts created or
   * updated are fetched again, one by one (up to twenty — more reload the rows), and applied with
   * {@link applyAnswer}; `'resync'` (changes may have been missed) and a policy change when the list
   * is sorted by role reload the rows.
   */
  changed(changes: readonly Change[] | 'resync'): void {
    if (this.status !== 'ready') return;
    if (changes === 'resync') {
      void this.refresh();
      return;
    }
    const removed = new Set<string>();
    const touched = new Set<string>();
    const created = new Set<string>();
    let reorder = false;
    for (const change of changes) {
      if (change.record === 'policy' && this.state.sort?.field === 'role') reorder = true;
      if (change.record !== 'contact') continue;
      for (const id of change.ids) {
        if (change.kind === 'removed') {
          removed.add(id);
          touched.delete(id);
        } else {
          touched.add(id);
          removed.delete(id);
          if (change.kind === 'created') created.add(id);
        }
      }
    }
    if (removed.size) this.forget([...removed]);
    if (reorder || touched.size > fetchEachUpTo) {
      void this.refresh();
      return;
    }
    if (touched.size) void this.fetchChanged([...touched], [...created]);
  }

  /** Rows of contacts that no longer exist leave; one the rows did not hold may have been counted. */
  private forget(ids: readonly string[]): void {
    const gone = new Set(ids);
    const items = this.items.filter((c) => !gone.has(c.id));
    const dropped = this.items.length - items.length;
    if (dropped) {
      this.items = items;
      this.total = Math.max(0, this.total - dropped);
      this.host.requestUpdate();
    }
    for (const id of ids) this.gone.delete(id);
    if (dropped < ids.length && this.nextCursor !== null) void this.refresh();
  }

  private async fetchChanged(ids: string[], created: string[]): Promise<void> {
    const adapter = this.adapterOrUndefined();
    if (!adapter) return;
    const abort = (this.feedAbort = new AbortController());
    const generation = this.generation;
    const found: Contact[] = [];
    const missing: string[] = [];
    try {
      await Promise.all(
        ids.map(async (id) => {
          try {
            found.push(await adapter.contacts.get(id, { signal: abort.signal }));
          } catch (error) {
            if (AdapterError.is(error) && error.kind === 'not-found') missing.push(id);
            else throw error;
          }
        }),
      );
    } catch {
      // Could not ask: reload what is shown instead (unless a newer load already replaces it).
      if (!abort.signal.aborted && generation === this.generation) void this.refresh();
      return;
    }
    if (abort.signal.aborted || generation !== this.generation) return;
    if (missing.length) this.forget(missing);
    await this.applyAnswer(found, { created });
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
    this.gone.delete(id);
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
      this.gone.clear();
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
