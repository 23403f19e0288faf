import { html, nothing, type TemplateResult } from 'lit';
import type { FieldError } from '../../core/adapter/errors.js';
import type { SaasUser } from '../../core/model/index.js';
import { saasUserLimits } from '../../core/rules/saas-users.js';
import type { PasswordPolicy } from '../../core/validation/password.js';
import { renderField, renderTextarea } from '../internal/field.js';
import { renderPasswordField, type PasswordFieldController } from '../internal/password.js';
import type { SeatWords } from './saas-seat-panel.words.js';

/** A form of the panel, as typed so far (never the password: that lives in the password field). */
export interface SeatForm {
  kind: 'add' | 'password' | 'request';
  /** The user whose password changes. */
  user?: SaasUser;
  name: string;
  email: string;
  seats: string;
  message: string;
  /** What the backend refused, field by field. */
  errors: readonly FieldError[];
  /** A refusal about no field (no seat free, a conflict, the network). */
  failure?: unknown;
  saving: boolean;
}

/** The view model of the dialog's form. */
export interface FormView {
  words: SeatWords;
  form: SeatForm;
  password: PasswordFieldController;
  policy: PasswordPolicy;
  onField: (field: 'name' | 'email' | 'seats' | 'message', value: string) => void;
  onSubmit: (event: Event) => void;
  onCancel: () => void;
}

function fieldError(view: FormView, field: string): string | undefined {
  const errors = view.form.errors.filter((error) => error.field === field);
  return errors.length ? errors.map((error) => view.words.field(error)).join(' ') : undefined;
}

function renderBody(view: FormView): TemplateResult {
  const { words, form } = view;
  const { msg } = words;
  switch (form.kind) {
    case 'add':
      return html`${renderField({
          id: 'f-name',
          label: msg('form.name'),
          value: form.name,
          required: true,
          autocomplete: 'off',
          maxlength: saasUserLimits.name,
          error: fieldError(view, 'name'),
          onInput: (value) => view.onField('name', value),
        })}
        ${renderField({
          id: 'f-email',
          label: msg('form.email'),
          type: 'email',
          value: form.email,
          required: true,
          autocomplete: 'off',
          error: fieldError(view, 'email'),
          onInput: (value) => view.onField('email', value),
        })}
        ${renderPasswordField(view.password, {
          id: 'f-password',
          label: msg('form.password'),
          policy: view.policy,
          context: { email: form.email, name: form.name },
          required: true,
          error: fieldError(view, 'password'),
          words: words.t,
          explain: words.explain,
        })}
        <p class="hint">${msg('form.seat-note')}</p>`;
    case 'password':
      return renderPasswordField(view.password, {
        id: 'f-password',
        label: msg('form.new-password'),
        policy: view.policy,
        context: { email: form.user?.email ?? '', name: form.user?.name ?? '' },
        required: true,
        error: fieldError(view, 'password'),
        words: words.t,
        explain: words.explain,
      });
    case 'request':
      return html`${renderField({
        id: 'f-seats',
        label: msg('form.seats'),
        type: 'number',
        inputmode: 'numeric',
        value: form.seats,
        required: true,
        error: fieldError(view, 'seats'),
        onInput: (value) => view.onField('seats', value),
      })}
      ${renderTextarea({
        id: 'f-message',
        label: msg('form.message'),
        hint: msg('form.message-hint'),
        value: form.message,
        rows: 3,
        maxlength: saasUserLimits.requestMessage,
        error: fieldError(view, 'message'),
        onInput: (value) => view.onField('message', value),
      })}`;
  }
}

const titles = {
  add: 'form.add-title',
  password: 'form.password-title',
  request: 'form.request-title',
} as const;

/** The dialog's content: a title, the fields of the form, what was refused, cancel and save. */
export function renderForm(view: FormView): TemplateResult {
  const { words, form } = view;
  const { msg } = words;
  const fieldless = form.errors.filter(
    (error) => !['name', 'email', 'password', 'seats', 'message'].includes(error.field),
  );
  const failure =
    form.failure !== undefined
      ? words.error(form.failure)
      : fieldless.length
        ? fieldless.map((error) => words.field(error)).join(' ')
        : '';
  return html`<form class="seat-form" @submit=${view.onSubmit} novalidate>
    <div class="dialog-header">
      <h2 id="dialog-title">${msg(titles[form.kind], { name: form.user?.name ?? '' })}</h2>
    </div>
    <div class="dialog-body">
      ${failure ? html`<div class="banner" data-tone="error" role="alert">${failure}</div>` : nothing}
      ${renderBody(view)}
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" @click=${view.onCancel}>${msg('act.cancel')}</button>
      <button
        type="submit"
        class="btn primary"
        aria-disabled=${form.saving ? 'true' : 'false'}
        aria-busy=${form.saving ? 'true' : 'false'}
      >
        ${msg(form.kind === 'request' ? 'act.send' : 'act.save')}
      </button>
    </div>
  </form>`;
}
