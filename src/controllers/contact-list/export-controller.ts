import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactExportOptions, ExportScope, ExportedContacts } from './export.types.js';

export type {
  ContactExportOptions,
  ExportScope,
  ExportSelection,
  ExportedContacts,
} from './export.types.js';

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
      // The paging loads on the first export: most visits to the list never export.
      const { gatherContacts } = await import('./export-gather.js');
      const gathered = await gatherContacts(adapter, this.options, scope, abort.signal);
      return abort.signal.aborted ? undefined : gathered;
    } finally {
      if (this.abort === abort) {
        this.running = undefined;
        this.abort = undefined;
      }
      this.host.requestUpdate();
    }
  }
}
