import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Contact } from '../../core/model/index.js';
import type { BulkOutcome } from '../../controllers/contact-actions.js';
import type { BulkAct, RowAct, Verdict } from '../../core/rules/index.js';
import { domId } from './contact-row.js';
import type { ContactForm } from './contact-form.js';

/** Which dialog is showing, and its state. */
export type DialogState =
  | { kind: 'form'; form: ContactForm }
  | {
      kind: 'confirm';
      act: 'delete' | 'transfer-admin' | 'inactivate' | 'suspend';
      contact: Contact;
      keepOwn: boolean;
      busy: boolean;
      error?: string;
    }
  | {
      kind: 'bulk-confirm';
      act: BulkAct;
      count: number;
      busy: boolean;
      progress: number;
      error?: string;
    }
  | { kind: 'bulk-result'; outcome: BulkOutcome }
  | {
      kind: 'transfer';
      from: Contact;
      search: string;
      candidates: Contact[];
      loading: boolean;
      chosen: Contact | undefined;
      busy: boolean;
      error?: string;
    };

/** What the dialog templates need from the element. */
export interface DialogView {
  msg: (key: string, params?: Record<string, string | number>) => string;
  /** Words for an adapter error or a refusal. */
  errorText: (error: unknown) => string;
  reason: (verdict: Verdict) => string;
  close: () => void;
  confirm: () => void;
  keepOwn: (keep: boolean) => void;
  transferSearch: (text: string) => void;
  transferChoose: (contact: Contact) => void;
}

/** The dialog's header: its title (the dialog's accessible name) and a close button. */
export function renderHeader(view: DialogView, title: string): TemplateResult {
  return html`<div class="dialog-header">
    <h2 id="dialog-title">${title}</h2>
    <button
      type="button"
      class="icon-btn"
      aria-label=${view.msg('dialog.close')}
      @click=${view.close}
    >
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

function actLabel(view: DialogView, act: RowAct | BulkAct): string {
  return view.msg(`act.${act}`);
}

/** The title of a dialog (also the dialog's accessible name). */
export function dialogTitle(view: DialogView, state: DialogState): string {
  const { msg } = view;
  switch (state.kind) {
    case 'form':
      return state.form.mode === 'add'
        ? msg('form.add-title')
        : msg('form.edit-title', { name: state.form.contact?.name ?? '' });
    case 'confirm':
      if (state.act === 'delete') return msg('confirm.delete-title', { name: state.contact.name });
      if (state.act === 'transfer-admin')
        return msg('confirm.transfer-admin-title', { name: state.contact.name });
      return msg('confirm.transition-title', {
        act: actLabel(view, state.act),
        name: state.contact.name,
      });
    case 'bulk-confirm':
      return msg(`bulk.${state.act}`);
    case 'bulk-result':
      return msg('bulk.title');
    case 'transfer':
      return msg('transfer.title', { name: state.from.name });
  }
}

function renderError(error: string | undefined): TemplateResult | typeof nothing {
  return error ? html`<div class="banner" data-tone="error" role="alert">${error}</div>` : nothing;
}

/** A yes / no confirmation (seed 001's wording) for a destructive act on one contact. */
export function renderConfirm(
  view: DialogView,
  state: Extract<DialogState, { kind: 'confirm' }>,
): TemplateResult {
  const { msg } = view;
  const name = state.contact.name;
  const question =
    state.act === 'delete'
      ? msg('confirm.delete')
      : state.act === 'transfer-admin'
        ? msg('confirm.transfer-admin')
        : msg(`confirm.${state.act}`, { name });
  return html`<div class="dialog-body">
      ${renderError(state.error)}
      <p id="dialog-question">${question}</p>
      <p class="subject" part="dialog-subject"><strong>${name}</strong> · ${state.contact.email}</p>
      ${
        state.act === 'transfer-admin'
          ? html`<div class="field checkbox">
              <input
                type="checkbox"
                id="keep-own"
                .checked=${state.keepOwn}
                @change=${(event: Event) => view.keepOwn((event.target as HTMLInputElement).checked)}
              />
              <label for="keep-own">${msg('confirm.keep-own')}</label>
            </div>`
          : nothing
      }
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" autofocus @click=${view.close}>${msg('confirm.no')}</button>
      <button
        type="button"
        class="btn ${state.act === 'transfer-admin' ? 'primary' : 'danger'}"
        ?disabled=${state.busy}
        @click=${view.confirm}
      >
        ${state.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${msg('confirm.yes')}
      </button>
    </div>`;
}

/** Confirmation of a bulk act, then its progress. */
export function renderBulkConfirm(
  view: DialogView,
  state: Extract<DialogState, { kind: 'bulk-confirm' }>,
): TemplateResult {
  const { msg } = view;
  return html`<div class="dialog-body">
      ${renderError(state.error)}
      <p>${msg('bulk.confirm', { count: state.count, act: msg(`bulk.${state.act}`) })}</p>
      ${
        state.busy
          ? html`<p role="status">
              <span class="spinner" aria-hidden="true"></span>
              ${msg('bulk.running', { count: state.count })}
              <progress
                max=${state.count}
                .value=${state.progress}
                aria-label=${msg('bulk.running', { count: state.count })}
              ></progress>
            </p>`
          : nothing
      }
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" autofocus ?disabled=${state.busy} @click=${view.close}>
        ${msg('confirm.no')}
      </button>
      <button
        type="button"
        class="btn ${state.act === 'resend-invitation' ? 'primary' : 'danger'}"
        ?disabled=${state.busy}
        @click=${view.confirm}
      >
        ${msg('confirm.yes')}
      </button>
    </div>`;
}

/** The per-item outcome of a bulk act: "18 done, 2 refused:" and each refusal with its reason. */
export function renderBulkResult(
  view: DialogView,
  state: Extract<DialogState, { kind: 'bulk-result' }>,
): TemplateResult {
  const { msg } = view;
  const { outcome } = state;
  return html`<div class="dialog-body">
      <p role="status" class="summary" part="bulk-summary">
        ${msg('bulk.summary', { done: outcome.done.length, refused: outcome.refused.length })}
      </p>
      ${
        outcome.refused.length
          ? html`<ul class="refusals" part="bulk-refusals">
              ${outcome.refused.map(
                (item) =>
                  html`<li>
                    <strong>${item.contact.name}</strong>:
                    ${item.verdict ? view.reason(item.verdict) : view.errorText(item.error)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn primary" autofocus @click=${view.close}>
        ${msg('dialog.close')}
      </button>
    </div>`;
}

/** Transfer tickets (seed 001): find the receiving contact by name, choose it, transfer. */
export function renderTransfer(
  view: DialogView,
  state: Extract<DialogState, { kind: 'transfer' }>,
): TemplateResult {
  const { msg } = view;
  return html`<div class="dialog-body">
      ${renderError(state.error)}
      <p>${msg('transfer.count', { count: state.from.openTickets })}</p>
      <div class="field">
        <label for="transfer-search">${msg('transfer.search')}</label>
        <input
          id="transfer-search"
          type="search"
          autocomplete="off"
          aria-controls="transfer-candidates"
          .value=${state.search}
          @input=${(event: Event) => view.transferSearch((event.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset
        id="transfer-candidates"
        class="candidates"
        aria-busy=${state.loading ? 'true' : 'false'}
      >
        <legend>${msg('transfer.choose')}</legend>
        ${
          state.candidates.length === 0 && !state.loading
            ? html`<p class="hint">${msg('transfer.none')}</p>`
            : repeat(
                state.candidates,
                (contact) => contact.id,
                (contact) =>
                  html`<label class="candidate">
                    <input
                      type="radio"
                      name="transfer-to"
                      id=${domId('to', contact.id)}
                      .checked=${state.chosen?.id === contact.id}
                      @change=${() => view.transferChoose(contact)}
                    />
                    <span>${contact.name}</span>
                    <span class="hint">${contact.email}</span>
                  </label>`,
              )
        }
      </fieldset>
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" @click=${view.close}>${msg('form.cancel')}</button>
      <button
        type="button"
        class="btn primary"
        ?disabled=${!state.chosen || state.busy}
        @click=${view.confirm}
      >
        ${state.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${msg('transfer.submit')}
      </button>
    </div>`;
}

/** What the acts menu needs. */
export interface MenuView {
  msg: DialogView['msg'];
  reason: (verdict: Verdict) => string;
  contact: Contact;
  acts: { act: RowAct; verdict: Verdict }[];
  choose: (act: RowAct) => void;
  close: () => void;
}

/**
 * The acts of one row, in a popover opened by the row's "More actions" button (the disclosure
 * pattern: Tab or the arrow keys move through the acts, Escape closes). Every act is listed, enabled
 * or disabled with its reason shown under it and tied to it with `aria-describedby`.
 */
export function renderMenu(view: MenuView): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    const items = [
      ...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.menu-item'),
    ];
    const at = items.indexOf(event.target as HTMLElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    if (next >= 0) {
      event.preventDefault();
      items[next]?.focus();
    }
  };
  const onFocusOut = (event: FocusEvent) => {
    // Tabbing out of the acts closes them, as leaving any disclosure does.
    const to = event.relatedTarget as Node | null;
    if (to && !(event.currentTarget as HTMLElement).contains(to)) view.close();
  };
  return html`<div
    role="group"
    aria-label=${view.msg('act.more', { name: view.contact.name })}
    @keydown=${onKey}
    @focusout=${onFocusOut}
  >
    <ul class="menu-list">
      ${view.acts.map(({ act, verdict }) => {
        const whyId = `menu-why-${act}`;
        return html`<li class="menu-entry">
          <button
            type="button"
            class="menu-item ${act === 'delete' ? 'danger' : ''}"
            data-act=${act}
            aria-disabled=${verdict.allowed ? 'false' : 'true'}
            aria-describedby=${verdict.allowed ? nothing : whyId}
            @click=${() => {
              if (verdict.allowed) view.choose(act);
            }}
          >
            ${view.msg(`act.${act}`)}
          </button>
          ${verdict.allowed ? nothing : html`<span class="why" id=${whyId}>${view.reason(verdict)}</span>`}
        </li>`;
      })}
    </ul>
  </div>`;
}
