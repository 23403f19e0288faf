import { html, nothing, type TemplateResult } from 'lit';
import {
  asksForArea,
  type ContactForm,
  type ContactFormValues,
  type FormBanner,
  type FormField,
} from '../../controllers/contact-list/contact-form.js';
import { digitsOnly } from '../../core/search/normalize.js';
import { countryCodes, formatCpf } from '../../core/validation/index.js';
import { renderCheckbox, renderField, renderSelect, renderTextarea } from '../internal/field.js';
import type { ListWords } from './contact-list.words.js';

/** The view model of the add / edit form: the form's state, words, the choices offered, callbacks. */
export interface FormView {
  form: ContactForm;
  words: ListWords;
  countries: { value: string; label: string }[];
  roles: { value: string; label: string }[];
  /** Why fewer roles are offered than the policy has, if they are. */
  roleLimit?: string;
  changed: () => void;
  submit: (event: Event) => void;
  cancel: () => void;
  /** Takes a suggestion into its field (the CPF's lost zeros, the e-mail without its typo). */
  take: (field: 'cpf' | 'email', value: string) => void;
  /** Leaves the e-mail as typed (its suggestion is dismissed). */
  keepEmail: () => void;
  /** The answer to "Discard your changes?". */
  discard: (discard: boolean) => void;
}

/**
 * The countries of the form, named in `locale` and sorted by the locale's collation of those names
 * ("Åland" beside "Albania", "Émirats" among the E's); a country a contact already has is kept even
 * when it is not an ISO code.
 */
export function countryOptions(
  locale: string,
  current: string,
): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const countries = countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
  if (!countries.some((c) => c.value === current))
    countries.unshift({ value: current, label: current });
  return countries;
}

/** The form dialog's title (also its accessible name). */
export function formTitle(words: ListWords, form: ContactForm): string {
  return form.mode === 'add'
    ? words.msg('form.add-title')
    : words.msg('form.edit-title', { name: form.contact?.name ?? '' });
}

/** What the banner over the form says. */
function bannerText(words: ListWords, banner: FormBanner): string {
  if (banner.kind === 'conflict') return words.msg('form.conflict');
  if (banner.kind === 'error') return words.error(banner.error);
  return banner.fields.map((e) => `${e.field}: ${words.explain.field(e)}`).join(' ');
}

/** "Discard your changes?": asked when Escape, Cancel or Close is pressed on a changed form. */
function renderDiscard(view: FormView): TemplateResult {
  const { msg } = view.words;
  return html`<div class="discard" part="discard" role="group" aria-labelledby="discard-title">
    <p id="discard-title"><strong>${msg('form.discard-title')}</strong></p>
    <p>${msg('form.discard-text')}</p>
    <div class="dialog-actions">
      <button type="button" class="btn" data-keep-editing @click=${() => view.discard(false)}>
        ${msg('form.keep-editing')}
      </button>
      <button type="button" class="btn danger" @click=${() => view.discard(true)}>
        ${msg('form.discard')}
      </button>
    </div>
  </div>`;
}

/**
 * The add / edit contact form (seed 001's fields), inside the element's form dialog. Fields the actor
 * may not change (core's `editableFields`) are read-only, with the reason under them.
 */
export function renderContactForm(view: FormView): TemplateResult {
  const { form, words } = view;
  const { msg } = words;
  const v = form.values;
  const errors = form.visibleErrors();
  const err = (field: FormField) => {
    const error = errors.get(field);
    return error ? words.explain.field(error) : undefined;
  };
  const text = (field: FormField) => (value: string) => {
    form.set(field, value);
    view.changed();
  };
  const blur = (field: FormField) => () => {
    form.touched.add(field);
    view.changed();
  };
  /** Why a field is locked (core's reason), shown as its hint; a select or checkbox is disabled. */
  const reasonOf = (field: FormField) => {
    const verdict = form.locked.get(field);
    return verdict ? words.reason(verdict) : undefined;
  };
  /** A text field the actor may not change: read-only, the reason as its hint. */
  const lock = (field: FormField) => ({ readonly: form.locked.has(field), hint: reasonOf(field) });
  const isBrazil = v.country === 'BR';
  const cpfError = errors.get('cpf');
  const suggestion = cpfError?.params?.suggestion;
  const emailSuggestion = form.emailSuggestion();
  const id = (field: string) => `cf-${field}`;
  return html`<form class="contact-form" part="form" novalidate @submit=${view.submit}>
    <div class="dialog-body" ?inert=${form.confirmingDiscard}>
      ${
        form.banner
          ? html`<div class="banner" data-tone=${form.banner.tone} role="alert">
              ${bannerText(words, form.banner)}
            </div>`
          : nothing
      }
      ${
        form.submitted && errors.size
          ? html`<div class="banner" data-tone="error" role="alert">
              ${msg('form.fix-count', { count: errors.size })}
            </div>`
          : nothing
      }
      <div class="form-grid">
        ${renderSelect({
          id: id('country'),
          label: msg('form.country'),
          required: true,
          value: v.country,
          options: view.countries,
          disabled: form.locked.has('country'),
          hint: reasonOf('country'),
          error: err('country'),
          onChange: (value) => {
            form.set('country', value);
            form.touched.add('country');
            view.changed();
          },
        })}
        ${renderField({
          id: id('name'),
          label: msg('form.name'),
          required: true,
          value: v.name,
          autocomplete: 'off',
          ...lock('name'),
          error: err('name'),
          onInput: text('name'),
          onBlur: blur('name'),
        })}
        ${
          isBrazil
            ? html`<div class="with-fix">
                ${renderField({
                  id: id('cpf'),
                  label: msg('form.cpf'),
                  required: true,
                  value: v.cpf,
                  inputmode: 'numeric',
                  autocomplete: 'off',
                  ...lock('cpf'),
                  error: err('cpf'),
                  onInput: text('cpf'),
                  onBlur: () => {
                    // Mask a complete CPF on leaving the field; anything else stays as typed.
                    const typed = form.values.cpf;
                    const digits = digitsOnly(typed);
                    if (digits.length === 11 && /^[\d.\-\s]+$/.test(typed))
                      form.set('cpf', formatCpf(digits));
                    blur('cpf')();
                  },
                })}
                ${
                  suggestion
                    ? html`<button
                        type="button"
                        class="btn small"
                        part="suggestion"
                        @click=${() => view.take('cpf', formatCpf(String(suggestion)))}
                      >
                        ${msg('form.suggestion', { value: formatCpf(String(suggestion)) })}
                      </button>`
                    : nothing
                }
              </div>`
            : html`${renderSelect({
                id: id('documentType'),
                label: msg('form.document-type'),
                required: true,
                value: v.documentType,
                options: (['passport', 'national-id', 'other'] as const).map((type) => ({
                  value: type,
                  label: msg(`form.doc.${type}`),
                })),
                disabled: form.locked.has('documentType'),
                hint: reasonOf('documentType'),
                error: err('documentType'),
                onChange: (value) => {
                  form.set('documentType', value as ContactFormValues['documentType']);
                  view.changed();
                },
              })}
              ${renderField({
                id: id('documentNumber'),
                label: msg('form.document-number'),
                required: true,
                value: v.documentNumber,
                autocomplete: 'off',
                ...lock('documentNumber'),
                error: err('documentNumber'),
                onInput: text('documentNumber'),
                onBlur: blur('documentNumber'),
              })}`
        }
        ${
          asksForArea(v.country)
            ? html`<div class="phone">
                ${renderField({
                  id: id('phoneArea'),
                  label: msg('form.phone-area'),
                  required: true,
                  value: v.phoneArea,
                  inputmode: 'numeric',
                  autocomplete: 'tel-area-code',
                  maxlength: 4,
                  ...lock('phoneArea'),
                  error: err('phoneArea'),
                  onInput: text('phoneArea'),
                  onBlur: blur('phoneArea'),
                })}
                ${renderField({
                  id: id('phoneNumber'),
                  label: msg('form.phone-number'),
                  required: true,
                  type: 'tel',
                  value: v.phoneNumber,
                  autocomplete: 'tel-local',
                  ...lock('phoneNumber'),
                  error: err('phoneNumber'),
                  onInput: text('phoneNumber'),
                  onBlur: blur('phoneNumber'),
                })}
              </div>`
            : renderField({
                id: id('phoneNumber'),
                label: msg('form.phone-national'),
                required: true,
                type: 'tel',
                value: v.phoneNumber,
                autocomplete: 'tel-national',
                ...lock('phoneNumber'),
                error: err('phoneNumber'),
                onInput: text('phoneNumber'),
                onBlur: blur('phoneNumber'),
              })
        }
        ${
          form.mode === 'add'
            ? html`<div class="with-fix">
                  ${renderField({
                    id: id('email'),
                    label: msg('form.email'),
                    required: true,
                    type: 'email',
                    value: v.email,
                    autocomplete: 'off',
                    error: err('email'),
                    onInput: text('email'),
                    onBlur: blur('email'),
                  })}
                  ${
                    emailSuggestion
                      ? html`<div class="suggest" part="email-suggestion" role="status">
                          <span>${msg('form.email-suggestion', { value: emailSuggestion })}</span>
                          <button
                            type="button"
                            class="btn small"
                            part="suggestion"
                            @click=${() => view.take('email', emailSuggestion)}
                          >
                            ${msg('form.suggestion', { value: emailSuggestion })}
                          </button>
                          <button type="button" class="btn small ghost" @click=${view.keepEmail}>
                            ${msg('form.keep-typed')}
                          </button>
                        </div>`
                      : nothing
                  }
                </div>
                ${renderField({
                  id: id('emailConfirmation'),
                  label: msg('form.email-confirmation'),
                  required: true,
                  type: 'email',
                  value: v.emailConfirmation,
                  autocomplete: 'off',
                  error: err('emailConfirmation'),
                  onInput: text('emailConfirmation'),
                  onBlur: blur('emailConfirmation'),
                })}`
            : renderField({
                id: id('email'),
                label: msg('form.email'),
                type: 'email',
                value: v.email,
                readonly: true,
                hint: msg('form.email-readonly'),
              })
        }
        ${renderField({
          id: id('jobTitle'),
          label: msg('form.job-title'),
          required: true,
          value: v.jobTitle,
          ...lock('jobTitle'),
          error: err('jobTitle'),
          onInput: text('jobTitle'),
          onBlur: blur('jobTitle'),
        })}
        ${
          form.mode === 'add'
            ? renderSelect({
                id: id('role'),
                label: msg('form.role'),
                value: v.role,
                options: view.roles,
                hint: view.roleLimit,
                error: err('role'),
                onChange: (value) => {
                  form.set('role', value);
                  view.changed();
                },
              })
            : nothing
        }
        ${renderField({
          id: id('company'),
          label: msg('form.company'),
          value: v.company,
          ...lock('company'),
          error: err('company'),
          onInput: text('company'),
          onBlur: blur('company'),
        })}
        ${renderField({
          id: id('address'),
          label: msg('form.address'),
          value: v.address,
          ...lock('address'),
          error: err('address'),
          onInput: text('address'),
          onBlur: blur('address'),
        })}
        <div class="wide">
          ${renderTextarea({
            id: id('notes'),
            label: msg('form.notes'),
            value: v.notes,
            rows: 3,
            ...lock('notes'),
            error: err('notes'),
            onInput: text('notes'),
            onBlur: blur('notes'),
          })}
        </div>
        <div class="wide">
          ${renderCheckbox({
            id: id('consultingAuthorized'),
            label: msg('form.consulting'),
            checked: v.consultingAuthorized,
            disabled: form.locked.has('consultingAuthorized'),
            hint: reasonOf('consultingAuthorized'),
            onChange: (checked) => {
              form.set('consultingAuthorized', checked);
              view.changed();
            },
          })}
        </div>
      </div>
    </div>
    ${
      form.confirmingDiscard
        ? renderDiscard(view)
        : html`<div class="dialog-actions">
            <button type="button" class="btn" @click=${view.cancel}>${msg('form.cancel')}</button>
            <button type="submit" class="btn primary" ?disabled=${form.busy}>
              ${form.busy ? html`<span class="spinner" aria-hidden="true"></span> ${msg('form.saving')}` : nothing}
              ${form.busy ? nothing : msg(form.mode === 'add' ? 'form.submit-add' : 'form.submit-edit')}
            </button>
          </div>`
    }
  </form>`;
}
