import type { ReactiveControllerHost } from 'lit';
import type { Contact, HistoryEntry, Invitation } from '../../core/model/index.js';
import type { Explanation } from '../../core/permissions/types.js';
import { explainHistory } from '../../core/rules/index.js';
import { showDialog, type DialogSurface } from '../dialog-surface.js';
import type { Portal } from '../portal-controller.js';

/** Entries of a contact's history asked for at a time. */
export const historyPageSize = 20;

/** A part of the detail view loaded on its own: on its way, there, or failed (kept as it came). */
export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/** The history of the contact on screen, page by page. */
export interface HistoryState {
  /** Why the actor may not read it (core's `explainHistory`), if they may not. */
  refused: Explanation | undefined;
  status: 'idle' | 'loading' | 'ready' | 'error';
  entries: HistoryEntry[];
  nextCursor: string | null;
  /** A next page is on its way. */
  loadingMore: boolean;
  error: unknown;
}

/** What the detail view shows: the contact, and what is loaded about them. */
export interface DetailState {
  contact: Contact;
  /** The contact as the adapter has it now (the row may be older). */
  fresh: Loaded<Contact>;
  /** Their newest invitation, or `null` when none was ever sent. */
  invitation: Loaded<Invitation | null>;
  /** The names of the company's sites, by id (for the contact's site permissions). */
  sites: Loaded<Map<string, string>>;
  history: HistoryState;
  /** The names of the people the history mentions, by id, as they are learnt. */
  people: Map<string, string>;
}

/** What the detail controller works with, besides its host. */
export interface DetailOptions {
  portal: Portal;
  dialog: DialogSurface;
}

/**
 * A contact's detail view: everything about the person without opening the edit form — the record
 * as the adapter has it now, their newest invitation (`invitations.list({ filter: { contactId } })`),
 * the names of their sites — and their history (`contacts.history`), newest first, page by page, when
 * core's `explainHistory` lets the actor read it. Whatever is on its way is aborted when the view
 * closes, or when the element is disconnected (and asked again on reconnect).
 */
export class DetailController {
  /** The detail view on screen, if any. */
  detail: DetailState | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DetailOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Re-attached while something was on its way: ask again.
    if (this.detail && this.abort?.signal.aborted) this.load(this.detail.contact);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Opens the detail view of `contact`. */
  open(contact: Contact, opener: HTMLElement | null): void {
    this.load(contact);
    void showDialog(this.host, this.options.dialog, opener);
  }

  /** The dialog closed. */
  closed(): void {
    if (!this.detail) return;
    this.abort?.abort();
    this.detail = undefined;
    this.host.requestUpdate();
  }

  private load(contact: Contact): void {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const { signal } = abort;
    const { adapter, engine, actor } = this.options.portal;
    const refused =
      engine && actor
        ? ((explanation) => (explanation.allowed ? undefined : explanation))(
            explainHistory(engine, actor, contact.id),
          )
        : undefined;
    const detail: DetailState = {
      contact,
      fresh: { status: 'loading' },
      invitation: { status: 'loading' },
      sites: contact.sites.length ? { status: 'loading' } : { status: 'ready', value: new Map() },
      history: {
        refused,
        status: refused ? 'idle' : 'loading',
        entries: [],
        nextCursor: null,
        loadingMore: false,
        error: undefined,
      },
      people: new Map(actor ? [[actor.id, actor.name]] : []),
    };
    detail.people.set(contact.id, contact.name);
    this.detail = detail;
    this.host.requestUpdate();
    if (!adapter) return;
    const set = <K extends 'fresh' | 'invitation' | 'sites'>(key: K, value: DetailState[K]) => {
      if (signal.aborted || this.detail !== detail) return;
      detail[key] = value;
      this.host.requestUpdate();
    };
    const settle = <T>(promise: Promise<T>, key: 'fresh' | 'invitation' | 'sites') =>
      promise.then(
        (value) => set(key, { status: 'ready', value } as never),
        (error: unknown) => set(key, { status: 'error', error }),
      );
    void settle(
      adapter.contacts.get(contact.id, { signal }).then((fresh) => {
        detail.people.set(fresh.id, fresh.name);
        return fresh;
      }),
      'fresh',
    );
    void settle(
      adapter.invitations
        .list(
          {
            filter: { contactId: contact.id },
            sort: { field: 'sentAt', direction: 'desc' },
            limit: 1,
          },
          { signal },
        )
        .then((page) => page.items[0] ?? null),
      'invitation',
    );
    if (contact.sites.length) {
      void settle(
        adapter.sites
          .list({ limit: 500 }, { signal })
          .then((page) => new Map(page.items.map((site) => [site.id, site.name]))),
        'sites',
      );
    }
    if (!refused) void this.historyPage(detail, null, signal);
  }

  /** Asks for the next page of the history (older entries). */
  async loadMore(): Promise<void> {
    const detail = this.detail;
    const history = detail?.history;
    if (!detail || !history?.nextCursor || history.loadingMore || !this.abort) return;
    await this.historyPage(detail, history.nextCursor, this.abort.signal);
  }

  private async historyPage(
    detail: DetailState,
    cursor: string | null,
    signal: AbortSignal,
  ): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return;
    const { history } = detail;
    if (cursor) history.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await adapter.contacts.history(
        detail.contact.id,
        { limit: historyPageSize, cursor },
        { signal },
      );
      if (signal.aborted || this.detail !== detail) return;
      await this.learnNames(detail, page.items, signal);
      if (signal.aborted || this.detail !== detail) return;
      history.entries = [...history.entries, ...page.items];
      history.nextCursor = page.nextCursor;
      history.status = 'ready';
      history.error = undefined;
    } catch (error) {
      if (signal.aborted || this.detail !== detail) return;
      history.error = error;
      if (!cursor) history.status = 'error';
    } finally {
      if (this.detail === detail) history.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Asks the names of the people these entries mention (who acted, the other side of a transfer). */
  private async learnNames(
    detail: DetailState,
    entries: HistoryEntry[],
    signal: AbortSignal,
  ): Promise<void> {
    const adapter = this.options.portal.adapter;
    if (!adapter) return;
    const unknown = new Set<string>();
    for (const entry of entries) {
      for (const id of [entry.actorId, entry.counterpartId]) {
        if (id && !detail.people.has(id)) unknown.add(id);
      }
    }
    await Promise.all(
      [...unknown].map((id) =>
        adapter.contacts.get(id, { signal }).then(
          (person) => detail.people.set(id, person.name),
          () => undefined, // a person deleted since: the view says so
        ),
      ),
    );
  }

  /** Asks again what failed to load. */
  retry(): void {
    if (this.detail) this.load(this.detail.contact);
  }
}
