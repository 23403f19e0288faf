import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type { Contact } from '../../core/model/index.js';

/** What an export takes: every contact matching the query, or the selection. */
export type ExportScope = 'list' | 'selection';

/** What the export reads of the selection. */
export interface ExportSelection {
  readonly selected: ReadonlyMap<string, Contact>;
  readonly allMatching: boolean;
  readonly excluded: ReadonlySet<string>;
}

export interface ContactExportOptions {
  adapter: () => PortalAdapter | undefined;
  /** The list's query now: search, filter and sort (its paging is the export's own). */
  query: () => ContactQuery;
  /** The rows loaded, in the list's order (fresher than a selection's copy: they follow the feed). */
  items: () => readonly Contact[];
  selection: ExportSelection;
}

/** What an export gathered: its contacts in the list's order and the names of their sites. */
export interface ExportedContacts {
  contacts: Contact[];
  siteName: (id: string) => string;
}

/** The largest page adapters answer. */
const pageLimit = 500;

/**
 * Gathers what `<contact-list>` exports, through the adapter and never from the DOM (the list renders
 * only the rows in view, and holds only the pages scrolled to):
 *
 * - `list`: every contact matching the list's search, filter and sort, paged through `contacts.list`
 *   by cursor, in the list's order;
 * - `selection`: "all matching the filter" is the same pages minus the rows unticked; rows ticked one
 *   by one are taken as the list holds them now (a row the change feed updated is exported updated),
 *   in the list's order, those ticked under an earlier query after them.
 *
 * The names of the contacts' sites are asked of `sites.list` (their ids, if that fails). Export is a
 * read: whoever may list the contacts may export what the list shows them — the adapter answers the
 * same as for the list, and no rule of the engine names it. One export at a time; a disconnect aborts it.
 */
export class ContactExportController implements ReactiveController {
  /** The export on its way, if any. */
  running: ExportScope | undefined;
  private abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ContactExportOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Gathers the contacts of `scope`; `undefined` when another export runs or this one was aborted. */
  async gather(scope: ExportScope): Promise<ExportedContacts | undefined> {
    const adapter = this.options.adapter();
    if (!adapter || this.running) return undefined;
    const abort = (this.abort = new AbortController());
    this.running = scope;
    this.host.requestUpdate();
    try {
      const contacts = await this.contacts(adapter, scope, abort.signal);
      const siteName = await this.siteNames(adapter, contacts, abort.signal);
      return abort.signal.aborted ? undefined : { contacts, siteName };
    } finally {
      if (this.abort === abort) {
        this.running = undefined;
        this.abort = undefined;
      }
      this.host.requestUpdate();
    }
  }

  private async contacts(
    adapter: PortalAdapter,
    scope: ExportScope,
    signal: AbortSignal,
  ): Promise<Contact[]> {
    const { selection } = this.options;
    if (scope === 'list' || selection.allMatching) {
      const all = await this.everyMatch(adapter, signal);
      return scope === 'list' ? all : all.filter((c) => !selection.excluded.has(c.id));
    }
    const loaded = this.options.items();
    const shown = loaded.filter((c) => selection.selected.has(c.id));
    const at = new Set(shown.map((c) => c.id));
    return [...shown, ...[...selection.selected.values()].filter((c) => !at.has(c.id))];
  }

  /** Every contact matching the list's query, page by page. */
  private async everyMatch(adapter: PortalAdapter, signal: AbortSignal): Promise<Contact[]> {
    const query: ContactQuery = { ...this.options.query(), limit: pageLimit };
    const all: Contact[] = [];
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await adapter.contacts.list({ ...query, cursor }, { signal });
      for (const contact of page.items)
        if (!seen.has(contact.id)) {
          seen.add(contact.id);
          all.push(contact);
        }
      cursor = page.nextCursor;
    } while (cursor !== null && !signal.aborted);
    return all;
  }

  /** The names of the sites the contacts hold permissions on; a site's id when it cannot be named. */
  private async siteNames(
    adapter: PortalAdapter,
    contacts: readonly Contact[],
    signal: AbortSignal,
  ): Promise<(id: string) => string> {
    const names = new Map<string, string>();
    if (contacts.some((c) => c.sites.length > 0)) {
      try {
        let cursor: string | null = null;
        do {
          const page = await adapter.sites.list({ limit: pageLimit, cursor }, { signal });
          for (const site of page.items) names.set(site.id, site.name);
          cursor = page.nextCursor;
        } while (cursor !== null && !signal.aborted);
      } catch {
        // Without the names, the sites are written by id: the export still holds every contact.
      }
    }
    return (id) => names.get(id) ?? id;
  }
}
