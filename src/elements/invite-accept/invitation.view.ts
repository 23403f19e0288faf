import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { InvitationLink, RegistrationMethod } from '../../core/model/index.js';
import {
  renderPasswordField,
  type PasswordFieldController,
  type PasswordFieldSpec,
} from '../internal/password.js';
import type { AcceptWords } from './invite-accept.words.js';

/** The password form's view model: the shared password field, then the confirmation. */
export interface PasswordView {
  /** The shared field (show / hide, live checklist, generate, copy) and what it shows. */
  field: PasswordFieldController;
  spec: PasswordFieldSpec;
  confirm: string;
  /** Under the confirmation: they differ. */
  confirmError?: string | undefined;
  onConfirm(value: string): void;
  onSubmit(): void;
}

/** The view model of a valid invitation: who invited whom, until when, and the ways to sign up. */
export interface InvitationView {
  words: AcceptWords;
  link: InvitationLink;
  /** The method chosen (the password form shows for `password`). */
  method: RegistrationMethod | undefined;
  busy: RegistrationMethod | 'activate' | undefined;
  /** Why the last press failed. */
  failure: string | undefined;
  password: PasswordView;
  onProvider(provider: 'google' | 'microsoft'): void;
  onPasswordChosen(): void;
}

function renderBusy(on: boolean): TemplateResult | typeof nothing {
  return on ? html`<span class="spinner" aria-hidden="true"></span>` : nothing;
}

/** The password form: new password (show/hide), its live checklist, the confirmation, the button. */
function renderPasswordForm(view: InvitationView): TemplateResult {
  const { words, password: form, busy } = view;
  const { msg } = words;
  return html`<form
    class="password-form"
    part="password-form"
    novalidate
    @submit=${(event: Event) => {
      event.preventDefault();
      form.onSubmit();
    }}
  >
    <fieldset>
      <legend>${msg('accept.password-legend')}</legend>
      ${renderPasswordField(form.field, form.spec)}
      <div class="field">
        <label for="pw-confirm">${msg('accept.confirm-label')}</label>
        <input
          id="pw-confirm"
          name="confirm"
          .type=${form.field.shown ? 'text' : 'password'}
          .value=${live(form.confirm)}
          autocomplete="new-password"
          required
          aria-invalid=${form.confirmError ? 'true' : 'false'}
          aria-describedby=${ifDefined(form.confirmError ? 'pw-confirm-error' : undefined)}
          @input=${(event: Event) => form.onConfirm((event.target as HTMLInputElement).value)}
        />
        ${
          form.confirmError
            ? html`<div class="error-text" id="pw-confirm-error">${form.confirmError}</div>`
            : nothing
        }
      </div>
    </fieldset>
    <button
      type="submit"
      class="btn primary"
      part="accept-button"
      ?disabled=${busy !== undefined}
      aria-busy=${busy === 'password' ? 'true' : 'false'}
    >
      ${renderBusy(busy === 'password')}
      ${msg(busy === 'password' ? 'accept.working' : 'accept.submit')}
    </button>
  </form>`;
}

/** A valid invitation: the invitation, the ways to sign up, the password form when chosen. */
export function renderInvitation(view: InvitationView): TemplateResult {
  const { words, link, busy } = view;
  const { msg } = words;
  const methods = link.methods ?? [];
  const invitee = link.invitee ?? { name: '', email: '' };
  const who = { name: invitee.name, email: invitee.email, company: link.company.name };
  const provider = (id: 'google' | 'microsoft') =>
    methods.includes(id)
      ? html`<button
          type="button"
          class="btn provider"
          part="provider-button"
          data-provider=${id}
          ?disabled=${busy !== undefined}
          aria-busy=${busy === id ? 'true' : 'false'}
          @click=${() => view.onProvider(id)}
        >
          ${renderBusy(busy === id)} ${msg(`accept.${id}`)}
        </button>`
      : nothing;
  return html`<section class="page" part="page" data-tone="info" aria-labelledby="title">
    <h2 id="title" tabindex="-1">${msg('accept.title', { company: link.company.name })}</h2>
    <p part="invitation">
      ${
        link.invitedBy
          ? msg('accept.invited-by', { ...who, inviter: link.invitedBy.name })
          : msg('accept.invited', who)
      }
    </p>
    <p class="muted" part="expiry">
      ${msg('accept.expires', { date: words.date(link.expiresAt) })}
    </p>
    <div class="choose" role="group" aria-labelledby="choose-title">
      <h3 id="choose-title">${msg('accept.choose')}</h3>
      <p class="muted">${msg('accept.nothing-yet')}</p>
      <div class="providers">${provider('google')} ${provider('microsoft')}</div>
      ${
        methods.includes('password')
          ? html`<div class="or" aria-hidden="true"><span>${msg('accept.or')}</span></div>
              <button
                type="button"
                class="btn"
                part="password-choice"
                aria-expanded=${view.method === 'password' ? 'true' : 'false'}
                aria-controls="password-area"
                ?disabled=${busy !== undefined}
                @click=${view.onPasswordChosen}
              >
                ${msg('accept.password')}
              </button>`
          : nothing
      }
    </div>
    ${
      view.failure
        ? html`<div class="banner" data-tone="error" role="alert">
            ${msg('accept.failed', { reason: view.failure })}
          </div>`
        : nothing
    }
    <div id="password-area">${view.method === 'password' ? renderPasswordForm(view) : nothing}</div>
  </section>`;
}
