/**
 * The dialogs of `<contact-list>` — the add / edit form with its validators, the confirmations, the
 * ticket transfer, the bulk acts and their result, and a contact's detail view with its history. They
 * are loaded with a dynamic `import()` when one is first opened, so the list itself loads with less
 * (`@portico/elements/contact-list` keeps within its budget); `ContactList` renders them inside its
 * `<dialog>` once they are here.
 *
 * @module
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ContactActions } from '../../controllers/contact-list/contact-actions.js';
import type { ContactQueryController } from '../../controllers/contact-list/contact-query-controller.js';
import { DetailController } from '../../controllers/contact-list/detail-controller.js';
import {
  DialogActsController,
  type ConfirmedAct,
} from '../../controllers/contact-list/dialog-acts-controller.js';
import { FormController } from '../../controllers/contact-list/form-controller.js';
import type { ListNotice } from '../../controllers/contact-list/list-notice.js';
import type { SelectionController } from '../../controllers/contact-list/selection-controller.js';
import type { DialogSurface } from '../../controllers/dialog-surface.js';
import type { Portal } from '../../controllers/portal-controller.js';
import type { Contact } from '../../core/model/index.js';
import type { BulkAct, RowAct, Verdict } from '../../core/rules/index.js';
import { actTitle, renderActDialog, renderDialogHeader, type ActsView } from './acts.view.js';
import type { ListWords } from './contact-list.words.js';
import { detailTitle, renderDetail } from './detail.view.js';
import { countryOptions, formTitle, renderContactForm, type FormView } from './form.view.js';

/** What the dialogs need of the list. */
export interface DialogsOptions {
  portal: Portal;
  rows: ContactQueryController;
  actions: ContactActions;
  selection: SelectionController;
  dialog: DialogSurface;
  words: ListWords;
  /** The locale in use (country names, dates). */
  locale: () => string;
  verdict: (act: RowAct, contact: Contact, to?: Contact) => Verdict;
  transition: (contact: Contact, act: RowAct) => Promise<void>;
  refresh: () => Promise<void>;
  debounce: () => number;
  notify: (notice: ListNotice) => void;
  focusRow: (index: number) => void;
}

/** The dialogs, once loaded: what the list opens, and what it renders inside its `<dialog>`. */
export class ContactListDialogs {
  readonly acts: DialogActsController;
  readonly form: FormController;
  readonly detail: DetailController;

  constructor(
    host: ReactiveControllerHost & EventTarget,
    private readonly options: DialogsOptions,
  ) {
    const { portal, rows, actions, selection, dialog, notify } = options;
    this.form = new FormController(host, { portal, actions, rows, dialog, notify });
    this.acts = new DialogActsController(host, {
      portal,
      rows,
      actions,
      selection,
      dialog,
      notify,
      verdict: options.verdict,
      transition: options.transition,
      refresh: options.refresh,
      debounce: options.debounce,
      focusRow: options.focusRow,
    });
    this.detail = new DetailController(host, { portal, dialog });
  }

  /** Opens the dialog of a row's act, or the detail view. */
  open(
    act: ConfirmedAct | 'transfer-tickets' | 'edit' | 'add' | 'details',
    contact: Contact | undefined,
    opener: HTMLElement | null,
  ): void {
    this.closed();
    if (act === 'add') this.form.open('add', undefined, opener);
    else if (!contact) return;
    else if (act === 'edit') this.form.open('edit', contact, opener);
    else if (act === 'details') this.detail.open(contact, opener);
    else this.acts.open(act, contact, opener);
  }

  /** Opens the confirmation of a bulk act on the selection. */
  openBulk(act: BulkAct, opener: HTMLElement | null): void {
    this.closed();
    this.acts.openBulk(act, opener);
  }

  /** The dialog closed: whatever it showed is gone. */
  closed(): void {
    this.acts.closed();
    this.form.closed();
    this.detail.closed();
  }

  /** Whether the dialog shows something wide (the form, the detail view). */
  get wide(): boolean {
    return Boolean(this.form.form || this.detail.detail);
  }

  /** Whether the dialog's text is a question (its description). */
  get question(): boolean {
    return !this.form.form && !this.detail.detail && this.acts.dialog?.kind === 'confirm';
  }

  /**
   * Escape, Close or Cancel: answers whether the dialog may close now. An act on its way keeps it
   * open; a changed form asks first.
   */
  mayClose(): boolean {
    if (this.form.form) return this.form.requestClose();
    return !this.acts.busy;
  }

  /** The dialog's content: its header (title and close button), then the form, the act or the details. */
  render(close: () => void): TemplateResult | typeof nothing {
    const { words } = this.options;
    const form = this.form.form;
    if (form) {
      return html`${renderDialogHeader(words, formTitle(words, form), close)}
      ${renderContactForm(this.formView(form, close))}`;
    }
    const detail = this.detail.detail;
    if (detail) {
      const names = new Intl.DisplayNames([this.options.locale()], { type: 'region' });
      const when = new Intl.DateTimeFormat(this.options.locale(), {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
      const day = new Intl.DateTimeFormat(this.options.locale(), { dateStyle: 'medium' });
      const format = (formatter: Intl.DateTimeFormat) => (iso: string) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? '' : formatter.format(date);
      };
      return html`${renderDialogHeader(words, detailTitle(words, detail), close)}
      ${renderDetail({
        words,
        detail,
        country: (code) => names.of(code) ?? code,
        when: format(when),
        date: format(day),
        edit: this.options.verdict('edit', detail.contact),
        onEdit: (opener) => {
          const contact = detail.fresh.status === 'ready' ? detail.fresh.value : detail.contact;
          this.detail.closed();
          this.form.open('edit', contact, opener);
        },
        more: () => void this.detail.loadMore(),
        retry: () => this.detail.retry(),
        close,
      })}`;
    }
    const act = this.acts.dialog;
    if (!act) return nothing;
    return html`${renderDialogHeader(words, actTitle(words, act), close)}
    ${renderActDialog(this.actsView(close), act)}`;
  }

  private actsView(close: () => void): ActsView {
    const { acts } = this;
    const state = acts.dialog;
    return {
      words: this.options.words,
      close,
      confirm: () => void acts.confirm(),
      ready: acts.ready,
      keepOwn: acts.keepOwn,
      typed: acts.typed,
      receiver: (to) =>
        state?.kind === 'transfer'
          ? this.options.verdict('transfer-tickets', state.from, to)
          : { allowed: false, state: 'session' },
      receivers: acts.receivers,
      search: (text) => acts.receivers.search(text),
      choose: acts.chooseReceiver,
    };
  }

  private formView(form: NonNullable<FormController['form']>, close: () => void): FormView {
    const { words } = this.options;
    const { roles, limit } = this.form.roleChoices();
    return {
      form,
      words,
      countries: countryOptions(this.options.locale(), form.values.country),
      roles: roles.map((role) => ({ value: role, label: words.role(role) })),
      roleLimit: limit
        ? words.msg('form.role-limited', { reason: words.explain.reason(limit) })
        : undefined,
      changed: () => this.form.changed(),
      submit: (event) => {
        event.preventDefault();
        void this.form.submit();
      },
      cancel: close,
      take: (field, value) => void this.form.takeSuggestion(field, value),
      keepEmail: () => void this.form.keepEmail(),
      discard: this.form.discard,
    };
  }
}
