import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import {
  contactStatuses,
  contactSortFields,
  type ContactSortField,
  type ContactStatus,
} from '../../core/model/constants.js';
import type { Contact, SortDirection } from '../../core/model/index.js';
import { ContactActions } from '../../controllers/contact-actions.js';
import { rowActs, verdict, type RowAct, type Verdict } from '../../core/rules/index.js';
import { ContactQueryController } from '../../controllers/contact-query-controller.js';
import { PortalController } from '../../controllers/portal-controller.js';
import { LocaleController, mergeMessages, type Messages } from '../../i18n/index.js';
import { commonMessages } from '../../i18n/messages/common.js';
import { contactListMessages } from '../../i18n/messages/contact-list.js';
import { errorMessages } from '../../i18n/messages/errors.js';
import { permissionMessages } from '../../i18n/messages/permissions.js';
import { validationMessages } from '../../i18n/messages/validation.js';
import { DialogController, ToastController, emit } from '../internal/index.js';
import { ContactListFlows } from './contact-flows.js';
import {
  dialogTitle,
  renderBulkConfirm,
  renderBulkResult,
  renderConfirm,
  renderHeader as renderDialogHeader,
  renderMenu,
  renderTransfer,
  type DialogState,
  type DialogView,
} from './contact-dialogs.js';
import { renderContactForm } from './contact-form-view.js';
import { renderHeader, renderRow, type RowView } from './contact-row.js';
import { renderBulkBar, renderToolbar, type ToolbarView } from './contact-toolbar.js';
import { contactListStyles } from './contact-list.styles.js';
import { describeError, describeVerdict } from './contact-words.js';
import { StatusColumnWidth, renderStatusSizer } from './status-width.js';
import type { SelectionChangeDetail } from './contact-events.js';

export type * from './contact-events.js';

/**
 * The list's catalogue: shared words, the adapter's error words (`error.<kind>`, `error.code.<code>`:
 * `errors.ts` is their one home), validation, the engine's reasons, then the list's own.
 */
const messages = mergeMessages(
  commonMessages,
  errorMessages,
  validationMessages,
  permissionMessages,
  contactListMessages,
) as Messages<string>;

/**
 * Every contact of the client company, fast at 100,000: search, filter and sort through the adapter,
 * rows virtualised and paged by cursor, and every admin act of the seeds — add, edit, activate /
 * inactivate, suspend / reactivate, resend invitation, transfer administration, transfer tickets,
 * delete — each enabled or disabled with the permission engine's reason.
 *
 * Layout follows the element's own width (a container query, so it fits its slot in the page):
 * 960px and wider, one line per contact; 600px to 960px, one row of two lines (name over e-mail,
 * role over job title, status over phone); under 600px, cards. The Status column is as wide as the
 * longest status badge in the active locale; the edit button is an icon in the table and a labelled
 * button on cards.
 *
 * @summary The contacts of a client company, with their administration.
 * @tag contact-list
 *
 * @csspart toolbar - The search, filters, total and "Add contact".
 * @csspart search - The search input.
 * @csspart total - The number of contacts matching the query.
 * @csspart add-button - The "Add contact" button.
 * @csspart bulk-bar - The bar of bulk acts shown while rows are selected.
 * @csspart table - The list (a table on wide containers, cards on narrow ones).
 * @csspart header - The row of column headers.
 * @csspart sort-button - A column's sort button.
 * @csspart row - One contact's row (or card).
 * @csspart name - A contact's name cell.
 * @csspart badge - A status badge.
 * @csspart edit-button - A row's "Edit profile" button (an icon in the table, labelled on cards).
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
 *   960px wide or more: eight tracks (select, name, e-mail, phone, job title, role, status,
 *   actions). Unset, the status track fits the longest status badge of the locale, the actions take
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

  /** Show only contacts in this status (`potential`, `site-assigned`, `invited`, `active`, `suspended`, `inactive`). */
  @property() status: ContactStatus | '' = '';

  /** Show only contacts with this role id (`role` itself is the host's ARIA role, so it is not used). */
  @property({ attribute: 'role-filter' }) roleFilter = '';

  /** The column to sort by (`name`, `email`, `phone`, `jobTitle`, `role`, `status`, `createdAt`). */
  @property() sort: ContactSortField | '' = '';

  /** The sort direction. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'asc';

  /** Milliseconds the search waits for the next keystroke before asking the adapter. */
  @property({ type: Number }) debounce = 200;

  /** @internal */ @state() menu: { contact: Contact; opener: HTMLElement } | undefined;
  /** @internal */ @state() dialog: DialogState | undefined;
  /** @internal */ @state() adminCount = 0;
  /** @internal */ @state() selected = new Map<string, Contact>();
  /** @internal */ @state() allMatching = false;
  /** @internal */ @state() excluded = new Set<string>();

  /** @internal */ @query('.body') body: HTMLElement | null | undefined;
  /** @internal */ @query('dialog') dialogElement: HTMLDialogElement | null | undefined;
  /** @internal */ @query('[popover]') menuElement: HTMLElement | null | undefined;
  /** @internal */ @query('input[type="search"]') searchInput: HTMLInputElement | null | undefined;

  /** @internal */ readonly t = new LocaleController(this, messages);
  /** @internal */ readonly portal = new PortalController(this);
  /** @internal */ readonly rows = new ContactQueryController(this, {
    adapter: () => this.portal.adapter,
    pageSize: () => this.pageSize,
    debounce: () => this.debounce,
  });
  /** @internal */ readonly actions = new ContactActions(this.rows, () => this.portal.adapter);
  /** @internal */ readonly dialogs = new DialogController(this, () => this.dialogElement, {
    onClose: () => {
      this.dialog = undefined;
    },
  });
  /** @internal */ readonly toasts = new ToastController(this);
  /** @internal */ readonly flows: ContactListFlows = new ContactListFlows(this);
  /** @internal */ readonly statusWidth: StatusColumnWidth = new StatusColumnWidth(this, () =>
    this.renderRoot.querySelector('.status-sizer'),
  );
  private loadedFor: PortalAdapter | undefined;
  private countedFor: unknown;
  private lastResult = 0;

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
    return this.allMatching
      ? Math.max(0, this.rows.total - this.excluded.size)
      : this.selected.size;
  }

  /** Clears the selection (does not fire `portico-selection-change`). */
  clearSelection(): void {
    this.selected = new Map();
    this.allMatching = false;
    this.excluded = new Set();
  }

  /** @internal The words of `key` in the element's locale; an unknown key is shown as is. */
  readonly msg = (key: string, params?: Record<string, string | number>): string =>
    this.t.has(key) ? this.t.msg(key, params) : key;

  /** @internal */ readonly reason = (v: Verdict): string => describeVerdict(this.msg, v);
  /** @internal */ readonly errorText = (error: unknown): string => describeError(this.msg, error);
  /** @internal */ readonly roleName = (role: string): string =>
    this.t.has(`role.${role}`) ? this.msg(`role.${role}`) : role;

  /** @internal Whether `act` may be done on `contact`, and why not. */
  readonly verdictFor = (act: RowAct, contact: Contact): Verdict =>
    verdict(
      { engine: this.portal.engine, actor: this.portal.actor, adminCount: this.adminCount },
      act,
      contact,
    );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Requests asked for here join this update instead of scheduling another one.
    const queryChanged =
      changed.has('status') ||
      changed.has('roleFilter') ||
      changed.has('sort') ||
      changed.has('sortDirection');
    if (queryChanged) {
      const status = contactStatuses.includes(this.status as ContactStatus)
        ? [this.status as ContactStatus]
        : [];
      const sortField = contactSortFields.includes(this.sort as ContactSortField)
        ? (this.sort as ContactSortField)
        : undefined;
      this.rows.state = {
        ...this.rows.state,
        status,
        role: this.roleFilter ? [this.roleFilter] : [],
        sort: sortField ? { field: sortField, direction: this.sortDirection } : undefined,
      };
    }
    const adapter = this.portal.adapter;
    if (adapter !== this.loadedFor) {
      this.loadedFor = adapter;
      this.clearSelection();
      this.rows.state = { ...this.rows.state, search: this.search };
      void this.rows.reload();
    } else if (changed.has('search') && this.search !== this.rows.state.search) {
      this.rows.setSearch(this.search);
    } else if (queryChanged && this.hasUpdated) {
      void this.rows.reload();
    }
  }

  protected override updated(): void {
    // The admin count (for the last-admin rule) is asked once the first rows are painted: on a large
    // company it is a filtered count, which must not delay them. A provider's engine arrives in the
    // portal controller's `hostUpdate`, after `willUpdate`, hence here.
    const engine = this.portal.engine;
    if (
      this.portal.adapter &&
      engine &&
      this.rows.status === 'ready' &&
      this.countedFor !== engine
    ) {
      this.countedFor = engine;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (this.isConnected) void this.flows.countAdmins();
          else this.countedFor = undefined;
        }, 0),
      );
    }
    if (this.rows.resultId !== this.lastResult) {
      // A new query's answer starts at the top (the first answer already does: touching `scrollTop`
      // would force a layout before the first rows are painted).
      const first = this.lastResult === 0;
      this.lastResult = this.rows.resultId;
      if (!first && this.body) this.body.scrollTop = 0;
    }
  }

  /** @internal The selection changed by the user: tell the host. */
  selectionChanged(): void {
    const ids = this.allMatching
      ? this.rows.items.filter((c) => !this.excluded.has(c.id)).map((c) => c.id)
      : [...this.selected.keys()];
    emit<SelectionChangeDetail>(this, 'portico-selection-change', {
      ids,
      allMatching: this.allMatching,
      excluded: [...this.excluded],
      count: this.selectionCount,
    });
  }

  private isSelected = (contact: Contact): boolean =>
    this.allMatching ? !this.excluded.has(contact.id) : this.selected.has(contact.id);

  private toggle = (contact: Contact, on: boolean): void => {
    if (this.allMatching) {
      const excluded = new Set(this.excluded);
      if (on) excluded.delete(contact.id);
      else excluded.add(contact.id);
      this.excluded = excluded;
    } else {
      const selected = new Map(this.selected);
      if (on) selected.set(contact.id, contact);
      else selected.delete(contact.id);
      this.selected = selected;
    }
    this.selectionChanged();
  };

  private togglePage = (on: boolean): void => {
    this.allMatching = false;
    this.excluded = new Set();
    this.selected = on
      ? new Map(this.rows.items.map((c) => [c.id, c] as const))
      : new Map<string, Contact>();
    this.selectionChanged();
  };

  private selectAllMatching = (): void => {
    this.allMatching = true;
    this.excluded = new Set();
    this.selected = new Map();
    this.selectionChanged();
  };

  private clearByUser = (): void => {
    this.clearSelection();
    this.selectionChanged();
  };

  private onSearch = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this.clearSelectionOnQuery();
    this.rows.setSearch(text);
  };

  private onStatus = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value as ContactStatus | '';
    this.clearSelectionOnQuery();
    this.rows.setQuery({ status: value ? [value] : [] });
  };

  private onRole = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.clearSelectionOnQuery();
    this.rows.setQuery({ role: value ? [value] : [] });
  };

  private sortBy = (field: ContactSortField): void => {
    const current = this.rows.state.sort;
    const direction: SortDirection =
      current?.field === field && current.direction === 'asc' ? 'desc' : 'asc';
    this.rows.setQuery({ sort: { field, direction } });
  };

  /** "All matching the filter" means this filter: a new query drops it. */
  private clearSelectionOnQuery(): void {
    if (this.allMatching) this.clearByUser();
  }

  private onRange = (event: RangeChangedEvent): void => {
    if (event.last >= this.rows.items.length - 10) void this.rows.loadMore();
  };

  private rowView(): RowView {
    const page = this.rows.items;
    const count = page.filter(this.isSelected).length;
    return {
      msg: this.msg,
      reason: this.reason,
      roleName: this.roleName,
      verdict: this.verdictFor,
      isSelected: this.isSelected,
      toggle: this.toggle,
      edit: (contact, opener) => this.flows.openForm('edit', contact, opener),
      openMenu: (contact, opener) => void this.flows.openMenu(contact, opener),
      menuFor: this.menu?.contact.id,
      sort: this.rows.state.sort,
      sortBy: this.sortBy,
      pageSelection: count === 0 ? 'none' : count === page.length ? 'all' : 'some',
      togglePage: this.togglePage,
      rowCount: page.length,
    };
  }

  private dialogView(): DialogView {
    return {
      msg: this.msg,
      errorText: this.errorText,
      reason: this.reason,
      close: () => this.dialogs.close(),
      confirm: () => void this.flows.confirm(),
      keepOwn: (keep) => {
        if (this.dialog?.kind === 'confirm') this.dialog = { ...this.dialog, keepOwn: keep };
      },
      transferSearch: (text) => this.flows.transferSearch(text),
      transferChoose: (contact) => {
        if (this.dialog?.kind === 'transfer') this.dialog = { ...this.dialog, chosen: contact };
      },
    };
  }

  protected override render(): TemplateResult {
    const toolbar = this.toolbarView();
    return html`${renderToolbar(toolbar)} ${renderBulkBar(toolbar)} ${this.renderBody()}
    ${this.renderMenuPopover()} ${this.renderDialog()}
    ${this.toasts.render(this.msg('toast.dismiss'))} ${renderStatusSizer(this.msg)}`;
  }

  private toolbarView(): ToolbarView {
    const rows = this.rows;
    return {
      msg: this.msg,
      reason: this.reason,
      roleName: this.roleName,
      state: rows.state,
      roles: (this.portal.engine?.policy.roles ?? []).map((role) => role.id),
      busy: rows.pending || rows.refreshing || rows.status === 'loading',
      total: rows.status === 'ready' ? rows.total : undefined,
      add: this.flows.addVerdict(),
      onSearch: this.onSearch,
      onStatus: this.onStatus,
      onRole: this.onRole,
      onAdd: (opener) => this.flows.openForm('add', undefined, opener),
      count: this.selectionCount,
      allMatching: this.allMatching,
      selectAllMatching: this.selectAllMatching,
      clear: this.clearByUser,
      bulkVerdict: (act) => this.flows.bulkVerdict(act),
      onBulk: (act, opener) => this.flows.openBulk(act, opener),
    };
  }

  private renderBody(): TemplateResult {
    const { msg } = this;
    const rows = this.rows;
    if (!this.portal.adapter)
      return html`<div class="empty" part="empty">${msg('list.no-adapter')}</div>`;
    if (rows.status === 'loading' || rows.status === 'idle')
      return html`<div class="empty" part="empty" role="status">
        <span class="spinner" aria-hidden="true"></span> ${msg('list.loading')}
      </div>`;
    if (rows.status === 'error')
      return html`<div class="empty" part="empty">
        <div class="banner" data-tone="error" role="alert">
          ${msg('list.error', { reason: this.errorText(rows.error) })}
        </div>
        <button type="button" class="btn" @click=${() => void rows.reload()}>
          ${msg('list.retry')}
        </button>
      </div>`;
    const view = this.rowView();
    const filtered = Boolean(
      rows.state.search.trim() || rows.state.status.length || rows.state.role.length,
    );
    return html`<div
      class="table"
      part="table"
      role="table"
      aria-label=${msg('list.label')}
      aria-rowcount=${rows.total + 1}
      aria-busy=${rows.refreshing ? 'true' : 'false'}
      style=${styleMap({ '--_status-width': this.statusWidth.css })}
    >
      <div role="rowgroup" class="head-group">${renderHeader(view)}</div>
      ${
        rows.items.length === 0
          ? html`<div role="rowgroup">
              <div role="row" class="row empty-row">
                <div role="cell" class="empty" part="empty">
                  ${msg(filtered ? 'list.empty-filtered' : 'list.empty')}
                </div>
              </div>
            </div>`
          : html`<div role="rowgroup" class="body" @rangeChanged=${this.onRange}>
              ${virtualize({
                items: rows.items,
                keyFunction: (contact: Contact) => contact.id,
                renderItem: (contact: Contact, index: number) => renderRow(view, contact, index),
                scroller: true,
              })}
            </div>`
      }
      ${
        rows.loadingMore
          ? html`<div class="more" role="status">
              <span class="spinner" aria-hidden="true"></span> ${msg('list.loading-more')}
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderMenuPopover(): TemplateResult {
    const menu = this.menu;
    return html`<div
      id="row-menu"
      popover="auto"
      class="menu"
      part="menu"
      @toggle=${this.flows.onMenuToggle}
    >
      ${
        menu
          ? renderMenu({
              msg: this.msg,
              reason: this.reason,
              contact: menu.contact,
              acts: rowActs(menu.contact).map((act) => ({
                act,
                verdict: this.verdictFor(act, menu.contact),
              })),
              choose: (act) => this.flows.choose(act, menu.contact, menu.opener),
              close: () => this.menuElement?.hidePopover(),
            })
          : nothing
      }
    </div>`;
  }

  private renderDialog(): TemplateResult {
    const state = this.dialog;
    const view = this.dialogView();
    let body: TemplateResult | typeof nothing = nothing;
    if (state?.kind === 'form') body = renderContactForm(this.flows.formView(state.form));
    else if (state?.kind === 'confirm') body = renderConfirm(view, state);
    else if (state?.kind === 'bulk-confirm') body = renderBulkConfirm(view, state);
    else if (state?.kind === 'bulk-result') body = renderBulkResult(view, state);
    else if (state?.kind === 'transfer') body = renderTransfer(view, state);
    return html`<dialog
      part="dialog"
      aria-labelledby="dialog-title"
      aria-describedby=${state?.kind === 'confirm' ? 'dialog-question' : nothing}
      class=${state?.kind === 'form' ? 'wide' : ''}
      @cancel=${(event: Event) => {
        if (state && 'busy' in state && state.busy) event.preventDefault();
      }}
    >
      ${state ? html`${renderDialogHeader(view, dialogTitle(view, state))} ${body}` : nothing}
    </dialog>`;
  }
}
