/**
 * The dialogs of `<invite-status>`: the confirmation of an act (resend, revoke, confirm by hand,
 * suspend), the password set by hand, the confirmation and the result of a bulk act. Loaded with a
 * dynamic `import()` when a dialog is first opened, so the element loads with less.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type {
  BulkRefusal,
  InviteDialog,
} from '../../controllers/invite-status/invite-acts-controller.js';
import type { Contact, InvitationSettings } from '../../core/model/index.js';
import { renderBulkResult } from '../internal/bulk-result.js';
import { renderPasswordField, type PasswordFieldController } from '../internal/password.js';
import type { InviteWords } from './invite-status.words.js';

/** What the dialogs need from the element. */
export interface DialogsView {
  words: InviteWords;
  state: InviteDialog;
  contact: Contact | undefined;
  settings: InvitationSettings | undefined;
  password: PasswordFieldController;
  close: () => void;
  confirm: () => void;
}

/** The header: the title (the dialog's accessible name) and a close button. */
function header(view: DialogsView, title: string): TemplateResult {
  return html`<div class="dialog-header">
    <h2 id="dialog-title">${title}</h2>
    <button
      type="button"
      class="icon-btn"
      aria-label=${view.words.msg('dialog.close')}
      @click=${view.close}
    >
      <span aria-hidden="true">×</span>
    </button>
  </div>`;
}

/** Cancel and the main button (busy while the write runs). */
function actions(
  view: DialogsView,
  label: string,
  tone: string,
  busy = false,
  disabled = false,
): TemplateResult {
  const { msg } = view.words;
  return html`<div class="dialog-actions">
    <button type="button" class="btn" @click=${view.close} ?disabled=${busy}>
      ${msg('ask.cancel')}
    </button>
    <button
      type="button"
      class="btn ${tone}"
      data-confirm
      aria-disabled=${busy || disabled ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      @click=${busy || disabled ? undefined : view.confirm}
    >
      ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing} ${label}
    </button>
  </div>`;
}

/** One refusal of a bulk act: the invitation, and the reason it was not done. */
function refusal(view: DialogsView, item: BulkRefusal): TemplateResult {
  const { words } = view;
  return html`<strong>${item.invitation.email}</strong>
    <span class="reason"
      >${
        item.verdict
          ? words.reason(item.verdict)
          : item.error !== undefined
            ? words.error(item.error)
            : words.msg('bulk.canceled')
      }</span
    >`;
}

/** The inside of the dialog on screen. */
export function renderDialogBody(view: DialogsView): TemplateResult {
  const { words, state, contact } = view;
  const { msg } = words;
  switch (state.kind) {
    case 'confirm': {
      const email = state.invitation?.email ?? contact?.email ?? '';
      const danger = state.act === 'revoke' || state.act === 'suspend';
      return html`${header(view, msg(`ask.${state.act}-title`))}
        <div class="dialog-body">
          <p id="dialog-question">${msg(`ask.${state.act}`, { email })}</p>
        </div>
        ${actions(view, msg(`act.${state.act}`), danger ? 'danger' : 'primary')}`;
    }
    case 'password': {
      const name = contact?.name ?? '';
      const policy = view.settings?.passwordPolicy;
      return html`${header(view, msg('setpw.title', { name }))}
        <div class="dialog-body">
          <p id="dialog-question">${msg('setpw.note', { name })}</p>
          ${
            policy
              ? renderPasswordField(view.password, {
                  id: 'new-password',
                  label: msg('setpw.label'),
                  policy,
                  context: { email: contact?.email ?? '', name },
                  required: true,
                  disabled: state.busy,
                  words: words.t,
                  explain: words.explain,
                  error: state.error === undefined ? undefined : words.error(state.error),
                })
              : nothing
          }
        </div>
        ${actions(view, msg('setpw.save'), 'primary', state.busy, view.password.value === '')}`;
    }
    case 'bulk-confirm': {
      const count = state.targets.length;
      return html`${header(view, msg(`bulk.${state.act}-title`, { count }))}
        <div class="dialog-body">
          <p id="dialog-question">${msg(`bulk.${state.act}-ask`)}</p>
          ${
            state.busy
              ? html`<p role="status">
                  <span class="spinner" aria-hidden="true"></span> ${msg('bulk.running')}
                </p>`
              : nothing
          }
        </div>
        ${actions(view, msg(`bulk.${state.act}`), state.act === 'revoke' ? 'danger' : 'primary', state.busy)}`;
    }
    case 'bulk-result':
      return html`${header(view, msg('bulk.result-title'))}
      ${renderBulkResult({
        summary: msg('bulk.summary', { done: state.done.length, refused: state.refused.length }),
        refused: state.refused,
        refusal: (item) => refusal(view, item),
        closeLabel: msg('dialog.close'),
        close: view.close,
      })}`;
  }
}
