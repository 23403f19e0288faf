import type { ContactQuery, PortalAdapter } from '../../core/adapter/types.js';
import type { Contact } from '../../core/model/index.js';

/** The types of `<contact-list>`'s export, shared by its controller and the paging it loads on first use. */

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
