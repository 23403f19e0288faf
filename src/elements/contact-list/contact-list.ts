// Over 400 lines: a fifth of it is the JSDoc that is the element's public API (the manifest's source).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ActsController, type DialogAct } from '../../controllers/contact-list/acts-controller.js';
import { ContactActions } from '../../controllers/contact-list/contact-actions.js';
import { ContactQueryController } from '../../controllers/contact-list/contact-query-controller.js';
import {
  ContactExportController,
  type ExportScope,
} from '../../controllers/contact-list/export-controller.js';
import {
  FilterPanelController,
  filterParts,
  toggledValue,
  withoutPart,
} from '../../controllers/contact-list/filter-panel.js';
import { ListGridController } from '../../controllers/contact-list/list-grid.js';
import { RowWindow } from '../../controllers/contact-list/row-window.js';
import { SelectionController } from '../../controllers/contact-list/selection-controller.js';
import { FocusKeeper } from '../../controllers/focus-keeper.js';
import { PortalController } from '../../controllers/portal-controller.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import {
  contactSortFields,
  contactStatuses,
  type ContactSortField,
  type ContactStatus,
} from '../../core/model/constants.js';
import type { Contact, ContactFilter, SortDirection } from '../../core/model/index.js';
import type { BulkAct } from '../../core/rules/index.js';
import { compactFilter, signedInFilters, ticketFilters } from '../../core/rules/contact-query.js';
import { emit } from '../../events.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { DialogController } from '../internal/dialog.js';
import { loadOnce } from '../internal/load-once.js';
import { downloadCsv } from '../internal/download.js';
import { ToastController } from '../internal/toast.js';
import { contactListStyles } from './contact-list.styles.js';
import { ListWords, contactListCatalogue } from './contact-list.words.js';
import type { ContactListDialogs } from './dialogs.js';
import { renderMenu, renderSessionFailed } from './menu.view.js';
import { renderList, type ListView, type RowView } from './rows.view.js';
import { StatusColumnWidth, renderStatusSizer } from './status-width.js';
import { renderFilterChips, renderFiltersButton, type FiltersView } from './filters.view.js';
import { renderBulkBar, renderToolbar, type ToolbarView } from './toolbar.view.js';

/** Inputs that take no typing: `/` on them still means "search". */
const notTyped = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** A list attribute's values: separated by spaces or commas, blanks dropped. */
const listOf = (value: string | undefined): string[] =>
  (value ?? '').split(/[\s,]+/).filter((part) => part !== '');

export type {
  QueryChangeDetail,
  BulkRequestDetail,
  ContactDeleteRequestDetail,
  ContactRemovedDetail,
  ContactSavedDetail,
  ContactTransferRequestDetail,
  ContactTransitionRequestDetail,
  SelectionChangeDetail,
} from '../../events.js';

/**
 * Every contact of the client company, fast at 100,000: search, filter and sort through the adapter,
 * rows virtualised and paged by cursor, and every admin act of the seeds — add, edit, activate /
 * inactivate, suspend / reactivate, resend invitation, transfer administration, transfer tickets,
 * delete — each enabled or disabled with the permission engine's reason.
 *
 * Rows are ticked one by one, a range at a time (Shift with a click or Space on a row's box: every row
 * from the box clicked last, rows scrolled out of view included), a loaded page, or every contact
 * matching the filter; the bulk bar acts on them. "Export CSV" downloads every contact matching the
 * search, filters and sort (paged through the adapter), "Export selected" the selection: `;`-separated
 * UTF-8 that Excel opens, in the locale's words, formula prefixes escaped, its first columns those of
 * `<csv-importer>`'s template so the file imports back. Exporting is a read: whoever sees the list may
 * export it, and no event fires (the download is the person's own).
 *
 * Layout follows the element's own width (a container query, so it fits its slot in the page):
 * 1080px and wider, one line per contact; 600px to 1080px, one row of two lines (name over e-mail,
 * role over job title, status over phone, the last sign-in beside them); under 600px, cards. The Status column is as wide as the
 * longest status badge in the active locale; the edit button is an icon in the table and a labelled
 * button on cards.
 *
 * The rows are a WAI-ARIA data grid and one tab stop (the last focused cell): ←/→ between cells (a
 * cell's control — checkbox, sort button, edit, "More actions" — is focused itself), ↑/↓ between rows
 * and cards, Home/End, Ctrl+Home/Ctrl+End (first/last loaded contact), PageUp/PageDown (the rows in
 * view); F2 or Enter presses a button; `/` moves to the search box.
 *
 * `updateComplete` resolves once the element has rendered in the words of its locale (they load on
 * demand: the first render waits for them).
 *
 * @summary The contacts of a client company, with their administration.
 * @tag contact-list
 *
 * @csspart toolbar - The search, filters, total and "Add contact".
 * @csspart search - The search input.
 * @csspart filters-button - "Filters": opens the panel of every filter (it says how many are active).
 * @csspart filter-panel - The panel: statuses and roles (several), sites, tickets in progress, dates.
 * @csspart filter-chips - The active filter, one removable chip per part, and "Clear all filters".
 * @csspart total - The number of contacts matching the query.
 * @csspart add-button - The "Add contact" button.
 * @csspart export-button - "Export CSV": every contact matching the search, filters and sort.
 * @csspart bulk-bar - The bar of bulk acts shown while rows are selected.
 * @csspart bulk-export-button - "Export selected", in the bulk bar.
 * @csspart table - The list (a table on wide containers, cards on narrow ones).
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column's sort button.
 * @csspart row - One contact's row (or card).
 * @csspart name - A contact's name cell.
 * @csspart badge - A status badge.
 * @csspart edit-button - A row's "Edit contact" button (an icon in the table, labelled on cards).
 * @csspart menu-button - A row's "More actions" button.
 * @csspart menu - The menu of a row's acts.
 * @csspart dialog - The dialog (form, confirmations, transfer, bulk result).
 * @csspart dialog-subject - The name and e-mail of the contact a confirmation is about.
 * @csspart form - The add / edit form.
 * @csspart suggestion - The form's "Use …" button that restores a CPF's lost leading zeros.
 * @csspart bulk-summary - The count line of a bulk act's result ("18 done, 2 refused").
 * @csspart bulk-refusals - The list of contacts a bulk act refused, each with its reason.
 * @csspart empty - The empty, loading, error and no-adapter states.
 * @csspart toasts - The live region of outcome messages.
 * @csspart toast - One outcome message.
 *
 * @cssprop [--portico-contact-list-height=480px] - Height of the scrolling list of rows.
 * @cssprop --portico-contact-list-columns - The `grid-template-columns` of a row when the element is
 *   1080px wide or more: nine tracks (select, name, e-mail, phone, job title, role, status,
 *   last sign-in, actions). Unset, the status track fits the longest status badge of the locale, the actions take
 *   two icon buttons, and the e-mail and job title give way first.
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size of the element's text.
 * @cssprop [--portico-color-primary=#1d4ed8] - Accent: "Add contact", focus, selected rows, sort marks, info badges.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssprop [--portico-color-danger=#b42318] - Destructive acts, errors and the "Inactive" badge.
 * @cssprop [--portico-color-success=#067647] - The "Active" badge and success messages.
 * @cssprop [--portico-color-warning=#b54708] - The "Suspended" badge and warnings.
 * @cssprop [--portico-color-text=#1d2939] - Body text and the background of tips.
 * @cssprop [--portico-color-muted=#475467] - Secondary text, reasons, labels and the "Potential" badge.
 * @cssprop [--portico-color-surface=#ffffff] - Background of the list, menus and dialogs.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - The header row and hovered items.
 * @cssprop [--portico-color-border=#d0d5dd] - Rules between rows and control outlines.
 * @cssprop [--portico-radius=6px] - Corner radius of the list, buttons, fields, menus and dialogs.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline.
 *
 * @fires {CustomEvent<SelectionChangeDetail>} portico-selection-change - The user changed the selection.
 * @fires {CustomEvent<QueryChangeDetail>} portico-query-change - The person changed the search,
 *   filter or sort (`{ search, filter, sort }`); setting the same properties back restores the list.
 * @fires {CustomEvent<ContactSavedDetail>} portico-contact-saved - A contact was added or edited.
 * @fires {CustomEvent<ContactRemovedDetail>} portico-contact-removed - A contact was deleted (also
 *   once per contact of a bulk delete).
 * @fires {CustomEvent<ContactDeleteRequestDetail>} portico-contact-delete-request - Cancelable,
 *   before a contact is deleted.
 * @fires {CustomEvent<ContactTransitionRequestDetail>} portico-contact-transition-request -
 *   Cancelable, before a lifecycle act (activate, inactivate, suspend, reactivate).
 * @fires {CustomEvent<ContactTransferRequestDetail>} portico-contact-transfer-request - Cancelable,
 *   before administration or tickets are transferred.
 * @fires {CustomEvent<BulkRequestDetail>} portico-bulk-request - Cancelable, before a bulk act.
 */
export class ContactList extends LitElement {
  static override styles = contactListStyles;

  /** The adapter to use; without one the element uses the nearest `<portico-provider>`'s. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** Rows fetched per page (cursor paging as the user scrolls); adapters cap it at 500. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** The search text (name, e-mail, CPF or phone; accent- and case-insensitive). */
  @property() search = '';

  /**
   * Show only contacts in these statuses, separated by spaces or commas (`potential`, `site-assigned`,
   * `invited`, `active`, `suspended`, `inactive`); wins over `filter.status`.
   */
  @property() status = '';

  /**
   * Show only contacts with these role ids, separated by spaces or commas (`role` itself is the host's
   * ARIA role, so it is not used); wins over `filter.role`.
   */
  @property({ attribute: 'role-filter' }) roleFilter = '';

  /**
   * The whole filter: statuses, roles, sites, tickets in progress (`open` / `none`), creation
   * dates (ISO 8601, `…From` inclusive, `…Before` exclusive) — what `portico-query-change`
   * reports, so a host restores the list by setting it back.
   */
  @property({ attribute: false }) filter: ContactFilter = {};

  /** The column to sort by (`name`, `email`, `phone`, `jobTitle`, `role`, `status`, `createdAt`); unset, by name. */
  @property() sort: ContactSortField | '' = '';

  /** The sort direction. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'asc';

  /** Milliseconds the search waits for the next keystroke before asking the adapter. */
  @property({ type: Number }) debounce = 200;

  @query('.body') private body: HTMLElement | null | undefined;
  @query('dialog') private dialogElement: HTMLDialogElement | null | undefined;
  @query('[popover]') private menuElement: HTMLElement | null | undefined;

  /** @internal */ readonly t = new LocaleController(this, contactListCatalogue);
  /** @internal */ readonly words = new ListWords(this.t);
  /** @internal */ readonly portal = new PortalController(this, {
    // The admin count (for the last-admin rule) waits until the first rows are painted.
    facts: { when: () => this.rows.status === 'ready' },
  });
  /** @internal */ readonly rows: ContactQueryController = new ContactQueryController(this, {
    adapter: () => this.portal.adapter,
    pageSize: () => this.pageSize,
    debounce: () => this.debounce,
  });
  /** @internal */ readonly selection = new SelectionController(this, this.rows);
  /** @internal */ readonly filters = new FilterPanelController(this, () => this.portal.adapter);
  /** The Filters panel's view, once first opened (it loads on demand, as the export's paging does). */
  private filterPanel: ((view: FiltersView) => TemplateResult) | undefined;
  private filterPanelLoading: Promise<void> | undefined;
  /** @internal */ readonly exporter = new ContactExportController(this, {
    adapter: () => this.portal.adapter,
    query: () => this.rows.query,
    items: () => this.rows.items,
    selection: this.selection,
  });
  /** @internal */ readonly window: RowWindow = new RowWindow(this, {
    scroller: () => this.body,
    count: () => this.rows.items.length,
    indexOf: (id) => this.rows.items.findIndex((contact) => contact.id === id),
    // Near the end of the loaded rows, the next page loads.
    onRange: (range) => {
      if (range.last >= this.rows.items.length - 20) void this.rows.loadMore();
    },
    keep: () => this.grid.keptId,
    painted: () => this.grid.painted(),
  });
  /** @internal The rows' keyboard: one tab stop, arrows between cells and rows (the APG data grid). */
  readonly grid: ListGridController = new ListGridController(this, {
    grid: () => this.renderRoot.querySelector<HTMLElement>('[part="table"]'),
    window: this.window,
    rows: () => this.rows.items,
    result: () => this.rows.resultId,
  });
  // What anyone writes on this adapter's backend shows here: the rows refetch exactly what changed.
  private readonly following = this.portal.follow((changes) => {
    if (changes !== 'resync')
      for (const change of changes)
        if (change.record === 'contact' && change.kind === 'removed')
          for (const id of change.ids) this.selection.forget(id);
    this.rows.changed(changes);
  });
  private readonly actions = new ContactActions(this.rows, () => this.portal.adapter);
  /**
   * A render took the focused control away (a toast's close button, the button of a dialog whose
   * opener went with its row) and the page dropped focus: the search box. An open dialog keeps its own.
   */
  private readonly focusKeeper: FocusKeeper = new FocusKeeper(this, () =>
    this.dialogs.isOpen ? null : this.focusTarget(),
  );

  private readonly toasts = new ToastController(this);
  private readonly dialogs: DialogController = new DialogController(
    this,
    () => this.dialogElement,
    {
      onClose: () => this.parts?.closed(),
      keeper: this.focusKeeper,
      keepOpen: () => !(this.parts?.mayClose() ?? true),
    },
  );
  /** @internal */ readonly acts: ActsController = new ActsController(this, {
    portal: this.portal,
    rows: this.rows,
    actions: this.actions,
    menu: () => this.menuElement,
    openDialog: (act, contact, opener) => this.openDialog(act, contact, opener),
    notify: (notice) => this.notify(notice),
  });
  /** @internal The dialogs, once first opened (they load on demand). */
  parts: ContactListDialogs | undefined;
  /** @internal */ readonly statusWidth: StatusColumnWidth = new StatusColumnWidth(this, () =>
    this.renderRoot.querySelector('.status-sizer'),
  );
  private loadedFor: PortalAdapter | undefined;
  private lastResult = 0;

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeyDown);
  }

  /** `/` anywhere in the list but a field or a dialog moves to the search box (as on many admin lists). */
  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const origin = event.composedPath()[0];
    if (
      origin instanceof HTMLElement &&
      (origin.isContentEditable ||
        (origin instanceof HTMLInputElement && !notTyped.has(origin.type)) ||
        origin.closest('textarea, select, dialog, [popover]'))
    )
      return;
    const search = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (!search) return;
    event.preventDefault();
    search.focus();
    search.select();
  };

  /** Reloads the rows loaded so far, keeping the scroll position. */
  async refresh(): Promise<void> {
    const top = this.body?.scrollTop;
    await this.rows.refresh();
    await this.updateComplete;
    if (this.body && top !== undefined && this.body.scrollTop !== top) this.body.scrollTop = top;
  }

  /** Resolves when the rows of the current query are loaded (after any pending debounce). */
  get loaded(): Promise<void> {
    return this.rows.ready.then(() => this.updateComplete).then(() => undefined);
  }

  /** The number of contacts selected (with "all matching the filter", the total minus those excluded). */
  get selectionCount(): number {
    return this.selection.count;
  }

  /** Clears the selection (does not fire `portico-selection-change`). */
  clearSelection(): void {
    this.selection.clear();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    // An opened Filters panel whose view is on its way is part of what the element shows.
    const panel = this.filters.open ? this.filterPanelLoading : undefined;
    if (panel) return panel.then(() => this.getUpdateComplete());
    return this.t.settle(() => super.getUpdateComplete());
  }

  private readonly loadFilterPanel = loadOnce(async () =>
    (await import('./filter-panel.view.js')).filterPanelView({ html, nothing, live }),
  );

  /** Opens or closes the Filters panel; its view loads the first time it opens. */
  private readonly toggleFilters = (): void => {
    this.filters.toggle();
    if (!this.filters.open || this.filterPanel) return;
    this.filterPanelLoading ??= this.loadFilterPanel().then(
      (panel) => {
        this.filterPanel = panel;
        this.filterPanelLoading = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        // Not loaded (offline): the panel closes, says so, and the next opening tries again.
        this.filterPanelLoading = undefined;
        if (this.filters.open) this.filters.toggle();
        this.notify({ kind: 'failed', error });
      },
    );
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Requests asked for here join this update instead of scheduling another one.
    const queryChanged =
      changed.has('status') ||
      changed.has('roleFilter') ||
      changed.has('filter') ||
      changed.has('sort') ||
      changed.has('sortDirection');
    if (queryChanged) {
      const status = listOf(this.status).filter((s): s is ContactStatus =>
        contactStatuses.includes(s as ContactStatus),
      );
      const role = listOf(this.roleFilter);
      const sortField = contactSortFields.includes(this.sort as ContactSortField)
        ? (this.sort as ContactSortField)
        : undefined;
      const filter: ContactFilter = { ...(this.filter ?? {}) };
      if (status.length) filter.status = status;
      if (role.length) filter.role = role;
      this.rows.state = {
        ...this.rows.state,
        filter,
        sort: sortField ? { field: sortField, direction: this.sortDirection } : undefined,
      };
    }
    const adapter = this.portal.adapter;
    if (adapter !== this.loadedFor) {
      this.loadedFor = adapter;
      this.selection.clear();
      this.rows.state = { ...this.rows.state, search: this.search };
      void this.rows.reload();
    } else if (changed.has('search') && this.search !== this.rows.state.search) {
      this.rows.setSearch(this.search);
    } else if (queryChanged && this.hasUpdated) {
      void this.rows.reload();
    }
    if (this.rows.resultId !== this.lastResult) {
      // A new query's answer starts at the top, scrolled there before its rows render (after they
      // render, moving the scroll position would lay them out in the middle of this update).
      if (this.lastResult !== 0) this.window.toTop();
      this.lastResult = this.rows.resultId;
    }
  }

  private notify(notice: Parameters<ListWords['notice']>[0]): void {
    const { text, tone, duration, action } = this.words.notice(notice);
    this.toasts.show(text, tone, duration, action);
  }

  // ── Dialogs (loaded on first use) ──────────────────────────────────────────────────────────────

  /**
   * Loads the dialogs' module once (the form, its validators, the confirmations, the detail view); a
   * chunk that did not arrive (offline) is asked for again on the next click.
   */
  private readonly loadDialogs = loadOnce(async (): Promise<ContactListDialogs> => {
    const dialogs = await import('./dialogs.js');
    this.parts = new dialogs.ContactListDialogs(this, {
      portal: this.portal,
      rows: this.rows,
      actions: this.actions,
      selection: this.selection,
      dialog: this.dialogs,
      words: this.words,
      locale: () => this.t.locale,
      verdict: this.acts.verdict,
      transition: this.acts.transition,
      refresh: () => this.refresh(),
      debounce: () => this.debounce,
      notify: (notice) => this.notify(notice),
      focusRow: (index) => this.focusRow(index),
    });
    return this.parts;
  });

  /** Opens the dialog of an act, loading the dialogs the first time (focus lands once it is open). */
  private async openDialog(
    act: DialogAct | 'add',
    contact: Contact | undefined,
    opener: HTMLElement,
  ): Promise<void> {
    try {
      const parts = await this.loadDialogs();
      parts.open(act, contact, opener);
    } catch (error) {
      this.notify({ kind: 'failed', error });
    }
  }

  private async openBulk(act: BulkAct, opener: HTMLElement): Promise<void> {
    try {
      (await this.loadDialogs()).openBulk(act, opener);
    } catch (error) {
      this.notify({ kind: 'failed', error });
    }
  }

  /** Close, Cancel, Escape: a changed form asks first; an act on its way keeps the dialog open. */
  private readonly closeDialog = (): void => {
    if (this.parts?.mayClose() ?? true) this.dialogs.close();
  };

  /** Where focus goes when the control it was on is gone: the search box. */
  private focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#search');
  }

  /** Focuses the acts button of the row now at `index` (the one after a deleted row), else the search. */
  private focusRow(index: number): void {
    const contact = this.rows.items[Math.min(index, this.rows.items.length - 1)];
    const row = contact
      ? this.renderRoot.querySelector(`[role="row"][data-id="${CSS.escape(contact.id)}"]`)
      : null;
    const target = row?.querySelector<HTMLElement>('[part="menu-button"]') ?? this.focusTarget();
    target?.focus();
  }

  /** The session could not be loaded: ask for it again, then the rows. */
  private readonly retrySession = async (): Promise<void> => {
    await this.portal.reload();
    if (this.rows.status === 'error') await this.rows.reload();
  };

  /**
   * Downloads the contacts of `scope` as CSV (`writeContactCsv`: the import template's columns, then
   * status, sites, tickets and dates, in the locale's words; formula prefixes escaped) and says how
   * many went out.
   */
  private async exportCsv(scope: ExportScope): Promise<void> {
    try {
      const gathered = await this.exporter.gather(scope);
      if (!gathered) return;
      // The writer and the importer's headers load with the first export, not with the list.
      const { writeContactCsv } = await import('../../core/csv/contact-export.js');
      const { msg } = this.words;
      const text = writeContactCsv(gathered.contacts, this.words.exportWords(gathered.siteName));
      downloadCsv(text, `${msg(scope === 'list' ? 'export.file' : 'export.file-selected')}.csv`);
      this.toasts.show(msg('export.done', { count: gathered.contacts.length }), 'success');
    } catch (error) {
      this.notify({ kind: 'failed', error });
    }
  }

  // ── The person's query ─────────────────────────────────────────────────────────────────────────

  /** The person changed the query: "all matching" meant the old one; the host hears the new one. */
  private queried(): void {
    this.selection.queryChanged();
    const { search, sort } = this.rows.state;
    emit(this, 'portico-query-change', {
      search,
      filter: compactFilter(this.rows.state.filter) ?? {},
      sort,
    });
  }

  private onSearch = (event: Event): void => {
    this.rows.setSearch((event.target as HTMLInputElement).value);
    this.queried();
  };

  /** The person changed part of the filter. */
  private setFilter = (change: Partial<ContactFilter>): void => {
    this.rows.setQuery({ filter: { ...this.rows.state.filter, ...change } });
    this.queried();
  };

  private onStatus = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as ContactStatus | '';
    this.setFilter({ status: value ? [value] : [] });
  };

  private onRole = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilter({ role: value ? [value] : [] });
  };

  private filtersView(): FiltersView {
    const { filters } = this;
    const filter = this.rows.state.filter;
    const parts = filterParts(compactFilter(filter) ?? {});
    // A site chip names its site: ask for the names when a site filter arrives from outside.
    if (parts.some((part) => part.key === 'site')) void filters.loadSites();
    return {
      words: this.words,
      filter,
      parts,
      open: filters.open,
      statuses: contactStatuses,
      roles: (this.portal.engine?.policy.roles ?? []).map((role) => role.id),
      ticketFilters,
      signedInFilters,
      sites: filters.sites,
      siteName: (id) => filters.siteName(id),
      onToggle: this.toggleFilters,
      onValue: (key, value, on) =>
        this.setFilter(toggledValue(this.rows.state.filter, key, value as never, on)),
      onTickets: (tickets) => this.setFilter({ tickets }),
      onSignedIn: (signedIn) => this.setFilter({ signedIn }),
      onDate: (key, value) => this.setFilter({ [key]: value || undefined }),
      onRemove: (part) => {
        this.setFilter(withoutPart(this.rows.state.filter, part));
        // The chip is gone: focus stays in the toolbar rather than falling to the page.
        void this.updateComplete.then(() => this.filterFocus());
      },
      onClear: () => {
        this.setFilter({
          status: [],
          role: [],
          site: [],
          tickets: undefined,
          createdFrom: undefined,
          createdBefore: undefined,
          signedIn: undefined,
          lastSignInFrom: undefined,
          lastSignInBefore: undefined,
        });
        void this.updateComplete.then(() => this.filterFocus());
      },
    };
  }

  /** Focus after a chip left: the next chip, else the "Filters" button. */
  private filterFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const next =
      root.querySelector<HTMLElement>('.chips .chip') ??
      root.querySelector<HTMLElement>('[part="filters-button"]');
    next?.focus();
  }

  private sortBy = (field: ContactSortField): void => {
    // Unsorted means by name, A to Z: the first press on Name turns it to Z to A.
    const current = this.rows.state.sort ?? { field: 'name', direction: 'asc' };
    const direction: SortDirection =
      current.field === field && current.direction === 'asc' ? 'desc' : 'asc';
    this.rows.setQuery({ sort: { field, direction } });
    this.queried();
  };

  // ── View models ────────────────────────────────────────────────────────────────────────────────

  private toolbarView(filters: FiltersView): ToolbarView {
    const { rows, selection, acts } = this;
    return {
      words: this.words,
      state: rows.state,
      roles: (this.portal.engine?.policy.roles ?? []).map((role) => role.id),
      busy: rows.pending || rows.refreshing || rows.status === 'loading',
      total: rows.status === 'ready' ? rows.total : undefined,
      loaded: rows.items.length,
      add: acts.addVerdict(),
      onSearch: this.onSearch,
      onStatus: this.onStatus,
      onRole: this.onRole,
      onAdd: (opener) => void this.openDialog('add', undefined, opener),
      filters: renderFiltersButton(filters),
      count: selection.count,
      allMatching: selection.allMatching,
      selectAllMatching: selection.selectAllMatching,
      clear: selection.clearByUser,
      bulkVerdict: acts.bulkVerdict,
      onBulk: (act, opener) => void this.openBulk(act, opener),
      exporting: this.exporter.running,
      onExport: (scope) => void this.exportCsv(scope),
    };
  }

  private rowView(): RowView {
    const { selection } = this;
    return {
      words: this.words,
      verdict: this.acts.verdict,
      isSelected: selection.isSelected,
      toggle: selection.toggle,
      edit: (contact, opener) => void this.acts.start('edit', contact, opener),
      openMenu: (contact, opener) => void this.acts.openMenu(contact, opener),
      menuFor: this.acts.menu?.contact.id,
      // Unsorted is by name, A to Z: the Name header says so.
      sort: this.rows.state.sort ?? { field: 'name', direction: 'asc' },
      sortBy: this.sortBy,
      pageSelection: selection.page,
      togglePage: selection.togglePage,
      rowCount: this.rows.items.length,
      rowKey: [
        this.t.locale,
        this.portal.status,
        this.portal.engine,
        this.portal.actor,
        this.portal.facts.adminCount,
      ],
    };
  }

  private listView(): ListView {
    const rows = this.rows;
    return {
      words: this.words,
      hasAdapter: this.portal.adapter !== undefined,
      rows,
      filtered: rows.filtered,
      statusWidth: this.statusWidth.css,
      row: this.rowView(),
      window: {
        count: this.rows.items.length,
        rows: (template) => this.window.rows(template),
      },
      keys: { keydown: this.grid.keydown, focusin: this.grid.focusin },
    };
  }

  // ── Render dispatch ────────────────────────────────────────────────────────────────────────────

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    const filters = this.filtersView();
    const toolbar = this.toolbarView(filters);
    return html`${
      this.portal.status === 'error'
        ? renderSessionFailed(this.words, this.portal.error, () => void this.retrySession())
        : nothing
    }
    ${renderToolbar(toolbar)}
    ${filters.open && this.filterPanel ? this.filterPanel(filters) : nothing}
    ${renderFilterChips(filters)} ${renderBulkBar(toolbar)} ${renderList(this.listView())}
    ${this.renderMenu()} ${this.renderDialog()}
    ${this.toasts.render(this.words.msg('toast.dismiss'))} ${renderStatusSizer(this.words.status)}`;
  }

  private renderMenu(): TemplateResult {
    const menu = this.acts.menu;
    return html`<div
      id="row-menu"
      popover="auto"
      class="menu"
      part="menu"
      @toggle=${this.acts.menuToggled}
    >
      ${
        menu
          ? renderMenu({
              words: this.words,
              contact: menu.contact,
              acts: this.acts.acts(menu.contact),
              choose: (act) => this.acts.chooseAct(act, menu.contact, menu.opener),
              close: (refocus) => this.acts.closeMenu(refocus),
            })
          : nothing
      }
    </div>`;
  }

  private renderDialog(): TemplateResult {
    const parts = this.parts;
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby=${parts?.question ? 'dialog-question' : nothing}
      class=${parts?.wide ? 'wide' : ''}
      @cancel=${(event: Event) => {
        // A cancel the browser lets no one prevent is asked about once closed (see keepOpen).
        if (event.cancelable && !(parts?.mayClose() ?? true)) event.preventDefault();
      }}
    >
      ${parts ? parts.render(this.closeDialog) : nothing}
    </dialog>`;
  }
}
