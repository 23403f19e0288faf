import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { showDialog } from '../../controllers/dialog-surface.js';
import { FocusKeeper, type LostFocus } from '../../controllers/focus-keeper.js';
import { PortalController } from '../../controllers/portal-controller.js';
import {
  SeatsController,
  type SeatSort,
  type SeatStatusFilter,
  type WriteOutcome,
} from '../../controllers/saas-seat-panel/seats-controller.js';
import { AdapterError } from '../../core/adapter/errors.js';
import type { PortalAdapter } from '../../core/adapter/types.js';
import { writeCsv } from '../../core/csv/writer.js';
import type { SaasUser } from '../../core/model/index.js';
import type { SaasUserAct } from '../../core/rules/saas-users.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { DialogController } from '../internal/dialog.js';
import { downloadCsv } from '../internal/download.js';
import { PasswordFieldController } from '../internal/password.js';
import { ToastController } from '../internal/toast.js';
import { renderForm, type SeatForm } from './forms.view.js';
import { renderUserList } from './list.view.js';
import { renderMeter } from './meter.view.js';
import { saasSeatPanelStyles } from './saas-seat-panel.styles.js';
import { SeatWords, saasSeatPanelCatalogue } from './saas-seat-panel.words.js';

export type { SaasUserChangedDetail, SaasUserRequestDetail } from '../../events.js';

/**
 * The company's licensed SaaS users and their seats (seed 000, "Usuário SaaS"). A meter says how many
 * seats are used of those licensed — active SaaS users and pending seat invitations, each person once,
 * the one seat rule of `src/core/rules/seats.ts` — in words and as a bar, with a notice from 80 %; at
 * the limit "Add SaaS user" is disabled with the reason, beside the way to ask for more seats (a form
 * that sends `seats.requestMore` and shows the request's id; open requests are shown to every admin),
 * or a vendor's plain `sales-email`.
 *
 * The SaaS users are searched, filtered by status, ordered and paged through the adapter; each can
 * have its password changed, be deactivated (the seat is free, the data kept) or reactivated (takes a
 * seat; refused with the reason when none is free); several at once can be deactivated, with each
 * one's result; the list exports as CSV (formula prefixes escaped). A new password is typed with a
 * live checklist of the company's password policy, shown or hidden, generated and copied; it goes to
 * the adapter and nowhere else — no event, notice, log or storage, and the field is emptied once
 * saved.
 *
 * Every act is enabled or disabled by the rule the backend enforces (`src/core/rules/saas-users.ts`),
 * with its reason on hover and focus; a cancelable `portico-saas-user-request` fires before each
 * write. An actor without `manage-saas-users` (a system user) sees a plain "not allowed" state.
 *
 * @summary Licensed SaaS users and their seats: meter, list, add, passwords, deactivate, ask for more.
 * @tag saas-seat-panel
 *
 * @csspart meter - The seat meter, its notice and the add / ask acts.
 * @csspart seat-notice - The notice from 80 % of the seats (and at or over the limit).
 * @csspart open-request - An open request for more seats.
 * @csspart add-button - "Add SaaS user".
 * @csspart ask-button - "Ask for more seats".
 * @csspart sales-contact - The vendor's contact address, when `sales-email` is set.
 * @csspart toolbar - The search, the status filter, the order and the total.
 * @csspart search - The search input.
 * @csspart status-filter - The status select.
 * @csspart sort - The order select.
 * @csspart total - The number of SaaS users matching.
 * @csspart bulk-bar - The selection's count, "Deactivate selected" and "Export CSV".
 * @csspart bulk-button - "Deactivate selected".
 * @csspart export-button - "Export CSV".
 * @csspart bulk-results - Each SaaS user's result of the last bulk deactivation.
 * @csspart panel - The table's frame.
 * @csspart table - The table of SaaS users.
 * @csspart row - One SaaS user's row.
 * @csspart badge - A status badge.
 * @csspart act-button - A row's act button.
 * @csspart more-button - "Show more".
 * @csspart dialog - The dialog of the add, password and request forms.
 * @csspart password-field - The password field with its checklist.
 * @csspart empty - The empty, loading, forbidden, error and no-adapter states.
 * @csspart toasts - The live region of outcome messages.
 * @csspart toast - One outcome message.
 *
 * @cssprop [--portico-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif] - Font of all text.
 * @cssprop [--portico-font-size=14px] - Base font size of the element's text.
 * @cssprop [--portico-color-primary=#1d4ed8] - Accent: the meter's bar, "Add SaaS user", focus.
 * @cssprop [--portico-color-on-primary=#ffffff] - Text on the accent colour.
 * @cssprop [--portico-color-danger=#b42318] - A full or over-licensed meter, deactivate, errors.
 * @cssprop [--portico-color-success=#067647] - The "Active" badge, a met password rule, success messages.
 * @cssprop [--portico-color-warning=#b54708] - The meter from 80 %.
 * @cssprop [--portico-color-text=#1d2939] - Body text and the background of tips.
 * @cssprop [--portico-color-muted=#475467] - Secondary text: e-mails, unmet password rules.
 * @cssprop [--portico-color-surface=#ffffff] - Background of panels, the table and the dialog.
 * @cssprop [--portico-color-surface-alt=#f5f7fa] - The header row and the meter's track.
 * @cssprop [--portico-color-border=#d0d5dd] - Rules and outlines.
 * @cssprop [--portico-radius=6px] - Corner radius.
 * @cssprop [--portico-space=8px] - The spacing unit.
 * @cssprop [--portico-focus-ring=2px solid #1d4ed8] - The focus outline.
 *
 * @fires {CustomEvent<SaasUserRequestDetail>} portico-saas-user-request - Cancelable, before a SaaS
 *   user is added, has the password changed, is deactivated or reactivated, before a bulk
 *   deactivation and before more seats are asked for. Never holds a password.
 * @fires {CustomEvent<SaasUserChangedDetail>} portico-saas-user-changed - The write is done.
 */
export class SaasSeatPanel extends LitElement {
  static override styles = saasSeatPanelStyles;

  /** The adapter to use; without one the element uses the nearest `<portico-provider>`'s. */
  @property({ attribute: false }) adapter: PortalAdapter | undefined;

  /** The licensed product whose seats are shown; empty: the company's one pool. */
  @property() product = '';

  /**
   * A plain address of the vendor's sales team: when set, the panel shows it (a `mailto:` link)
   * instead of the form that asks for more seats through the adapter.
   */
  @property({ attribute: 'sales-email' }) salesEmail = '';

  /** SaaS users fetched per page; adapters cap it at 500. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  /** Milliseconds the search waits for the next keystroke before asking the adapter. */
  @property({ type: Number }) debounce = 200;

  /** @internal */ readonly t = new LocaleController(this, saasSeatPanelCatalogue);
  /** @internal */ readonly words = new SeatWords(this.t);
  /** @internal */ readonly portal = new PortalController(this);
  private readonly toasts = new ToastController(this);
  /** @internal */ readonly seats: SeatsController = new SeatsController(this, {
    portal: this.portal,
    product: () => this.product,
    pageSize: () => this.pageSize,
    notify: (notice) => {
      const { text, tone, duration } = this.words.notice(notice);
      this.toasts.show(text, tone, duration);
    },
  });
  /** @internal */ readonly password = new PasswordFieldController(this);
  /**
   * The element's one focus fallback: a render took the focused control away (or a dialog closed
   * whose opener is gone): focus goes to {@link focusAfter}, not to the page.
   */
  private readonly focusKeeper = new FocusKeeper(this, (lost) => this.focusAfter(lost));
  private readonly dialog = new DialogController(
    this,
    () => this.renderRoot.querySelector<HTMLDialogElement>('dialog'),
    { onClose: () => this.formClosed(), keeper: this.focusKeeper },
  );
  /** @internal The form open in the dialog. */
  @state() form: SeatForm | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** Loads what the element shows again. */
  async refresh(): Promise<void> {
    await this.seats.load();
    await this.updateComplete;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.formClosed();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.t.settle(() => super.getUpdateComplete());
  }

  /** @internal The CSV of every SaaS user the search and filter match (formula prefixes escaped). */
  async csvText(): Promise<string> {
    const users = await this.seats.everyMatch();
    const { msg } = this.words;
    return writeCsv([
      [msg('col.name'), msg('col.email'), msg('csv.status'), msg('col.created')],
      ...users.map((user) => [
        user.name,
        user.email,
        this.words.status(user.status),
        user.createdAt.slice(0, 10),
      ]),
    ]);
  }

  private async exportCsv(): Promise<void> {
    try {
      const text = await this.csvText();
      downloadCsv(text, this.product ? `saas-users-${this.product}.csv` : 'saas-users.csv');
    } catch (error) {
      this.toasts.show(
        this.words.msg('fail.generic', { reason: this.words.error(error) }),
        'error',
        0,
      );
    }
  }

  private onSearch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.seats.setQuery({ search: value }), this.debounce);
  };

  private openForm(kind: SeatForm['kind'], opener: HTMLElement, user?: SaasUser): void {
    this.password.clear();
    this.form = {
      kind,
      ...(user ? { user } : {}),
      name: '',
      email: '',
      seats: '1',
      message: '',
      errors: [],
      saving: false,
    };
    // Opened once the form is drawn, so focus lands on its first field.
    void showDialog(this, this.dialog, opener);
  }

  /**
   * Where focus goes when the control that had it went with the change it made (WAI-ARIA APG: the
   * next logical place): a row's act, to the row's act that took its place (Reactivate after
   * Deactivate); "Deactivate selected", to the heading of its results once they are in; the results'
   * Close, to the "select all" box. Nothing while a write runs or a dialog is open.
   */
  private focusAfter(lost: LostFocus): HTMLElement | null {
    const root = this.renderRoot;
    if (this.seats.busy || this.dialog.isOpen) return null;
    const search = root.querySelector<HTMLElement>('#search');
    if (lost.row !== undefined) {
      const row = [...root.querySelectorAll<HTMLElement>('tr[data-id]')].find(
        (tr) => tr.dataset.id === lost.row,
      );
      return row?.querySelector<HTMLElement>('[part="act-button"]') ?? search;
    }
    if (lost.control.matches('[part="bulk-button"]'))
      return root.querySelector<HTMLElement>('#results-title');
    return root.querySelector<HTMLElement>('thead input:not(:disabled)') ?? search;
  }

  /** The dialog closed: the form and its password are forgotten. */
  private formClosed(): void {
    this.form = undefined;
    this.password.clear();
  }

  private onAct = (act: SaasUserAct, user: SaasUser, opener: HTMLElement): void => {
    if (act === 'change-password') this.openForm('password', opener, user);
    else void this.seats.act(act, user);
  };

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = this.form;
    if (!form || form.saving) return;
    this.form = { ...form, saving: true, errors: [] };
    const { seats } = this;
    let outcome: WriteOutcome;
    switch (form.kind) {
      case 'add':
        outcome = await seats.create({
          name: form.name,
          email: form.email,
          password: this.password.value,
        });
        break;
      case 'password':
        outcome = form.user
          ? await seats.changePassword(form.user, this.password.value)
          : 'cancelled';
        break;
      case 'request':
        outcome = await seats.requestMore(Number(form.seats), form.message);
        break;
    }
    if (this.form?.kind !== form.kind) return;
    if (outcome === 'saved') {
      this.password.clear();
      this.dialog.close();
      return;
    }
    const error = typeof outcome === 'object' ? outcome.error : undefined;
    const fields = AdapterError.is(error) && error.kind === 'validation' ? error.fields : undefined;
    this.form = {
      ...form,
      saving: false,
      errors: fields ?? [],
      ...(error === undefined || fields ? {} : { failure: error }),
    };
  };

  protected override render(): TemplateResult | typeof nothing {
    if (!this.t.loaded) return nothing;
    return html`${this.renderBody()}
      <dialog part="dialog" aria-labelledby="dialog-title">
        ${
          this.form
            ? renderForm({
                words: this.words,
                form: this.form,
                password: this.password,
                policy: this.seats.policy,
                onField: (field, value) => {
                  if (this.form) this.form = { ...this.form, [field]: value };
                },
                onSubmit: (event) => void this.onSubmit(event),
                onCancel: () => this.dialog.close(),
              })
            : nothing
        }
      </dialog>
      ${this.toasts.render(this.words.msg('toast.close'))}`;
  }

  private renderBody(): TemplateResult {
    const { seats, words, portal } = this;
    const { msg } = words;
    if (!portal.adapter)
      return html`<div class="empty" part="empty">${msg('seat.no-adapter')}</div>`;
    const failed =
      portal.status === 'error' ? portal.error : seats.status === 'error' ? seats.error : undefined;
    if (failed !== undefined || portal.status === 'error' || seats.status === 'error')
      return html`<div class="empty" part="empty">
        <div class="banner" data-tone="error" role="alert">
          ${msg('seat.error', { reason: words.error(failed) })}
        </div>
        <button
          type="button"
          class="btn"
          @click=${() => void (portal.status === 'error' ? portal.reload() : seats.load())}
        >
          ${msg('seat.retry')}
        </button>
      </div>`;
    if (seats.status === 'forbidden') {
      const reason = words.reason(seats.requestVerdict());
      return html`<div class="empty forbidden" part="empty">
        <p>${msg('seat.forbidden')}</p>
        ${reason ? html`<p class="hint">${reason}</p>` : nothing}
      </div>`;
    }
    if (seats.status !== 'ready' || !seats.summary)
      return html`<div class="empty" part="empty" role="status">
        <span class="spinner" aria-hidden="true"></span> ${msg('seat.loading')}
      </div>`;
    const first = seats.items.find((user) => seats.selected.has(user.id));
    return html`<div class="layout">
      ${renderMeter({
        words,
        title: this.product
          ? msg('seat.title-product', { product: this.product })
          : msg('seat.title'),
        summary: seats.summary,
        level: seats.level ?? 'ok',
        addRefusal: words.reason(seats.addVerdict()),
        askRefusal: words.reason(seats.requestVerdict()),
        salesEmail: this.salesEmail,
        requests: seats.requests,
        onAdd: (opener) => this.openForm('add', opener),
        onAsk: (opener) => this.openForm('request', opener),
      })}
      ${renderUserList({
        words,
        items: seats.items,
        total: seats.total,
        more: seats.nextCursor !== null,
        search: seats.search,
        filter: seats.filter,
        sort: seats.sort,
        selected: seats.selected,
        bulkRefusal: first ? words.reason(seats.verdict('deactivate', first)) : undefined,
        bulkResults: seats.bulkResults,
        busy: seats.busy,
        verdict: seats.verdict,
        onSearch: this.onSearch,
        onFilter: (filter: SeatStatusFilter) => seats.setQuery({ filter }),
        onSort: (sort: SeatSort) => seats.setQuery({ sort }),
        onSelect: (user, on) => seats.toggle(user, on),
        onSelectAll: (on) => seats.toggleAll(on),
        onAct: this.onAct,
        onBulk: () => void seats.bulkDeactivate(),
        onCloseResults: () => {
          seats.bulkResults = undefined;
          this.requestUpdate();
        },
        onExport: () => void this.exportCsv(),
        onMore: () => void seats.loadMore(),
      })}
    </div>`;
  }
}
