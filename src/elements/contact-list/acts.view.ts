import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  groupRefusals,
  needsTyping,
  type ActDialog,
} from '../../controllers/contact-list/dialog-acts-controller.js';
import type { Contact } from '../../core/model/index.js';
import type { Verdict } from '../../core/rules/index.js';
import { renderBulkResult } from '../internal/bulk-result.js';
import type { ListWords } from './contact-list.words.js';
import { domId } from './rows.view.js';

/** The view model of the act dialogs. */
export interface ActsView {
  words: ListWords;
  close: () => void;
  confirm: () => void;
  /** Whether the main button may be pressed now. */
  ready: boolean;
  keepOwn: (keep: boolean) => void;
  /** What the person typed to confirm a large bulk delete. */
  typed: (text: string) => void;
  /** Whether a receiver may get the tickets of the transfer on screen (core's `verdict`). */
  receiver: (to: Contact) => Verdict;
  /** The receiver search of a ticket transfer, as it stands. */
  receivers: {
    text: string;
    status: 'idle' | 'loading' | 'ready' | 'error';
    results: Contact[];
    error: unknown;
  };
  search: (text: string) => void;
  choose: (contact: Contact) => void;
}

/** A dialog's header: its title (the dialog's accessible name) and a close button. */
export function renderDialogHeader(
  words: ListWords,
  title: string,
  close: () => void,
): TemplateResult {
  return html`<div class="dialog-header">
    <h2 id="dialog-title">${title}</h2>
    <button type="button" class="icon-btn" aria-label=${words.msg('dialog.close')} @click=${close}>
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

/** The title of an act dialog (also the dialog's accessible name). */
export function actTitle(words: ListWords, state: ActDialog): string {
  const { msg } = words;
  switch (state.kind) {
    case 'confirm':
      if (state.act === 'delete') return msg('confirm.delete-title', { name: state.contact.name });
      if (state.act === 'transfer-admin')
        return msg('confirm.transfer-admin-title', { name: state.contact.name });
      return msg('confirm.transition-title', {
        act: msg(`act.${state.act}`),
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

function renderError(words: ListWords, error: unknown): TemplateResult | typeof nothing {
  return error === undefined
    ? nothing
    : html`<div class="banner" data-tone="error" role="alert">${words.error(error)}</div>`;
}

/** The body and buttons of the act dialog on screen. */
export function renderActDialog(view: ActsView, state: ActDialog): TemplateResult {
  switch (state.kind) {
    case 'confirm':
      return renderConfirm(view, state);
    case 'bulk-confirm':
      return renderBulkConfirm(view, state);
    case 'bulk-result':
      return renderBulkOutcome(view, state);
    case 'transfer':
      return renderTransfer(view, state);
  }
}

/**
 * A confirmation (seed 001's question) for a destructive act on one contact; its buttons say what they
 * do ("Delete contact" / "Cancel"), never Yes / No.
 */
function renderConfirm(
  view: ActsView,
  state: Extract<ActDialog, { kind: 'confirm' }>,
): TemplateResult {
  const { msg } = view.words;
  const name = state.contact.name;
  const question =
    state.act === 'delete'
      ? msg('confirm.delete')
      : state.act === 'transfer-admin'
        ? msg('confirm.transfer-admin')
        : msg(`confirm.${state.act}`, { name });
  return html`<div class="dialog-body">
      ${renderError(view.words, state.error)}
      <p id="dialog-question">${question}</p>
      <p class="subject" part="dialog-subject"><strong>${name}</strong> · ${state.contact.email}</p>
      ${
        state.act === 'transfer-admin' && state.roles
          ? html`<p class="effect" part="dialog-effect" role="status">
              ${msg('confirm.becomes', { name, role: view.words.role(state.roles.admin) })}
              <strong
                >${
                  state.keepOwn
                    ? msg('confirm.stay', { role: view.words.role(state.roles.admin) })
                    : msg('confirm.step-down', { role: view.words.role(state.roles.stepDown) })
                }</strong
              >
            </p>`
          : nothing
      }
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
      <button type="button" class="btn" autofocus @click=${view.close}>
        ${msg('confirm.cancel')}
      </button>
      <button
        type="button"
        class="btn ${state.act === 'transfer-admin' ? 'primary' : 'danger'}"
        ?disabled=${!view.ready}
        @click=${view.confirm}
      >
        ${state.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${msg(`act.${state.act}`)}
      </button>
    </div>`;
}

/**
 * Confirmation of a bulk act: how many of the selection it applies to (core's verdict for each), a
 * typed count before deleting more than a handful, then its progress.
 */
function renderBulkConfirm(
  view: ActsView,
  state: Extract<ActDialog, { kind: 'bulk-confirm' }>,
): TemplateResult {
  const { msg } = view.words;
  const { applicable, count } = state;
  const typing = needsTyping(state);
  return html`<div class="dialog-body">
      ${renderError(view.words, state.error)}
      <p>${msg('bulk.confirm', { count, act: msg(`bulk.${state.act}`) })}</p>
      <p role="status" class="applies" part="bulk-applies">
        ${
          applicable === undefined
            ? html`<span class="spinner" aria-hidden="true"></span> ${msg('bulk.counting')}`
            : msg(`bulk.applies.${state.act}`, { applicable, count })
        }
      </p>
      ${
        typing && !state.busy
          ? html`<div class="field">
              <label for="bulk-typed">${msg('bulk.type-count', { count: applicable ?? 0 })}</label>
              <input
                id="bulk-typed"
                inputmode="numeric"
                autocomplete="off"
                part="bulk-typed"
                .value=${state.typed}
                @input=${(event: Event) => view.typed((event.target as HTMLInputElement).value)}
              />
            </div>`
          : nothing
      }
      ${
        state.busy
          ? html`<p role="status">
              <span class="spinner" aria-hidden="true"></span>
              ${msg('bulk.running', { count: applicable ?? count })}
              <progress
                max=${count}
                .value=${state.progress}
                aria-label=${msg('bulk.running', { count: applicable ?? count })}
              ></progress>
            </p>`
          : nothing
      }
    </div>
    <div class="dialog-actions">
      <button
        type="button"
        class="btn"
        ?autofocus=${!typing}
        ?disabled=${state.busy}
        @click=${view.close}
      >
        ${msg('confirm.cancel')}
      </button>
      <button
        type="button"
        class="btn ${state.act === 'resend-invitation' ? 'primary' : 'danger'}"
        ?disabled=${!view.ready}
        @click=${view.confirm}
      >
        ${msg(`bulk.${state.act}`)}
      </button>
    </div>`;
}

/**
 * The outcome of a bulk act: "18 done, 8 refused:" and the refusals grouped by their reason, each
 * reason once with the contacts it stopped.
 */
function renderBulkOutcome(
  view: ActsView,
  state: Extract<ActDialog, { kind: 'bulk-result' }>,
): TemplateResult {
  const { words } = view;
  const { msg } = words;
  const { outcome } = state;
  return renderBulkResult({
    summary: msg('bulk.summary', { done: outcome.done.length, refused: outcome.refused.length }),
    refused: groupRefusals(outcome.refused),
    refusal: ({ sample, contacts }) =>
      html`<span class="reason"
          >${sample.verdict ? words.reason(sample.verdict) : words.error(sample.error)}</span
        >
        <span class="hint">${msg('bulk.refused-count', { count: contacts.length })}</span>
        <span class="names">${words.list(contacts.map((c) => c.name))}</span>`,
    closeLabel: msg('dialog.close'),
    close: view.close,
  });
}

/** Transfer tickets (seed 001): find the receiving contact by name, choose it, transfer. */
function renderTransfer(
  view: ActsView,
  state: Extract<ActDialog, { kind: 'transfer' }>,
): TemplateResult {
  const { msg } = view.words;
  const { receivers } = view;
  const loading = receivers.status === 'loading';
  const candidates = receivers.results.filter((c) => c.id !== state.from.id);
  const error = state.error ?? (receivers.status === 'error' ? receivers.error : undefined);
  return html`<div class="dialog-body">
      ${renderError(view.words, error)}
      <p>${msg('transfer.count', { count: state.from.openTickets })}</p>
      <div class="field">
        <label for="transfer-search">${msg('transfer.search')}</label>
        <input
          id="transfer-search"
          type="search"
          autocomplete="off"
          aria-controls="transfer-candidates"
          .value=${receivers.text}
          @input=${(event: Event) => view.search((event.target as HTMLInputElement).value)}
        />
      </div>
      <fieldset id="transfer-candidates" class="candidates" aria-busy=${loading ? 'true' : 'false'}>
        <legend>${msg('transfer.choose')}</legend>
        ${
          candidates.length === 0 && !loading
            ? html`<p class="hint">${msg('transfer.none')}</p>`
            : repeat(
                candidates,
                (contact) => contact.id,
                (contact) => {
                  const allowed = view.receiver(contact);
                  const why = domId('why-to', contact.id);
                  return html`<label class="candidate" ?data-refused=${!allowed.allowed}>
                    <input
                      type="radio"
                      name="transfer-to"
                      id=${domId('to', contact.id)}
                      .checked=${state.chosen?.id === contact.id}
                      ?disabled=${!allowed.allowed}
                      aria-describedby=${allowed.allowed ? nothing : why}
                      @change=${() => view.choose(contact)}
                    />
                    <span>${contact.name}</span>
                    <span class="hint">${contact.email}</span>
                    ${
                      allowed.allowed
                        ? nothing
                        : html`<span class="why" id=${why}>${view.words.reason(allowed)}</span>`
                    }
                  </label>`;
                },
              )
        }
      </fieldset>
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" @click=${view.close}>${msg('form.cancel')}</button>
      <button type="button" class="btn primary" ?disabled=${!view.ready} @click=${view.confirm}>
        ${state.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${msg('transfer.submit')}
      </button>
    </div>`;
}
