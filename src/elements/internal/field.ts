import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/** What every field helper shares: the control's id, its label, a hint and an error under it. */
interface FieldBase {
  /** The control's id, unique in the host's shadow root; the hint and error get `${id}-hint`, `${id}-error`. */
  id: string;
  /** The visible label (the control's accessible name). */
  label: string;
  /** A help text under the control, linked with `aria-describedby`. */
  hint?: string;
  /** An error under the control, linked with `aria-describedby`; marks the control `aria-invalid`. */
  error?: string;
  required?: boolean;
  disabled?: boolean;
  /** A `part` name for the field's wrapper, for vendors to restyle it with `::part()`. */
  part?: string;
}

/** A text-like `<input>` (text, email, tel, password, search, number, url, date). */
export interface FieldOptions extends FieldBase {
  value: string;
  type?: string;
  readonly?: boolean;
  autocomplete?: string;
  inputmode?: string;
  placeholder?: string;
  maxlength?: number;
  onInput?: (value: string) => void;
  onBlur?: () => void;
}

/** A `<select>` of options. */
export interface SelectOptions extends FieldBase {
  value: string;
  options: { value: string; label: string; disabled?: boolean }[];
  onChange?: (value: string) => void;
}

/** A checkbox with its label beside it. */
export interface CheckboxOptions extends Omit<FieldBase, 'required' | 'error'> {
  checked: boolean;
  onChange?: (checked: boolean) => void;
}

/** A multi-line `<textarea>`. */
export interface TextareaOptions extends FieldBase {
  value: string;
  rows?: number;
  readonly?: boolean;
  maxlength?: number;
  placeholder?: string;
  onInput?: (value: string) => void;
  onBlur?: () => void;
}

/** The ids `aria-describedby` lists: the hint's and the error's, only for those shown. */
function describedBy(opts: Pick<FieldBase, 'id' | 'hint' | 'error'>): string | undefined {
  const ids = [opts.hint ? `${opts.id}-hint` : '', opts.error ? `${opts.id}-error` : ''].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

function renderLabel(opts: FieldBase): TemplateResult {
  return html`<label for=${opts.id}
    >${opts.label}${
      opts.required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing
    }</label
  >`;
}

function renderNotes(opts: Pick<FieldBase, 'id' | 'hint' | 'error'>): TemplateResult {
  return html`${opts.hint ? html`<div class="hint" id="${opts.id}-hint">${opts.hint}</div>` : nothing}
  ${opts.error ? html`<div class="error-text" id="${opts.id}-error">${opts.error}</div>` : nothing}`;
}

/**
 * A labelled input with its hint and error. The label is tied with `for`; a required field shows a
 * mark and carries `required`; an error sets `aria-invalid` and is read with the field.
 */
export function renderField(opts: FieldOptions): TemplateResult {
  return html`<div class="field" part=${ifDefined(opts.part)}>
    ${renderLabel(opts)}
    <input
      id=${opts.id}
      name=${opts.id}
      .type=${opts.type ?? 'text'}
      .value=${live(opts.value)}
      ?required=${opts.required ?? false}
      ?readonly=${opts.readonly ?? false}
      ?disabled=${opts.disabled ?? false}
      autocomplete=${
        // lit-analyzer checks against its own token list; any autofill string is valid here.
        ifDefined(opts.autocomplete as 'on' | undefined)
      }
      inputmode=${ifDefined(opts.inputmode)}
      placeholder=${ifDefined(opts.placeholder)}
      maxlength=${ifDefined(opts.maxlength)}
      aria-invalid=${opts.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(opts))}
      @input=${(event: Event) => opts.onInput?.((event.target as HTMLInputElement).value)}
      @blur=${() => opts.onBlur?.()}
    />
    ${renderNotes(opts)}
  </div>`;
}

/** A labelled `<select>` with its hint and error. */
export function renderSelect(opts: SelectOptions): TemplateResult {
  return html`<div class="field" part=${ifDefined(opts.part)}>
    ${renderLabel(opts)}
    <select
      id=${opts.id}
      name=${opts.id}
      ?required=${opts.required ?? false}
      ?disabled=${opts.disabled ?? false}
      aria-invalid=${opts.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(opts))}
      @change=${(event: Event) => opts.onChange?.((event.target as HTMLSelectElement).value)}
    >
      ${opts.options.map(
        (option) =>
          html`<option
            value=${option.value}
            ?selected=${option.value === opts.value}
            ?disabled=${option.disabled ?? false}
          >
            ${option.label}
          </option>`,
      )}
    </select>
    ${renderNotes(opts)}
  </div>`;
}

/** A checkbox with its label to the right and an optional hint below. */
export function renderCheckbox(opts: CheckboxOptions): TemplateResult {
  return html`<div class="field checkbox" part=${ifDefined(opts.part)}>
    <input
      type="checkbox"
      id=${opts.id}
      name=${opts.id}
      .checked=${live(opts.checked)}
      ?disabled=${opts.disabled ?? false}
      aria-describedby=${ifDefined(describedBy(opts))}
      @change=${(event: Event) => opts.onChange?.((event.target as HTMLInputElement).checked)}
    />
    <label for=${opts.id}>${opts.label}</label>
    ${renderNotes(opts)}
  </div>`;
}

/** A labelled `<textarea>` with its hint and error. */
export function renderTextarea(opts: TextareaOptions): TemplateResult {
  return html`<div class="field" part=${ifDefined(opts.part)}>
    ${renderLabel(opts)}
    <textarea
      id=${opts.id}
      name=${opts.id}
      rows=${opts.rows ?? 4}
      .value=${live(opts.value)}
      ?required=${opts.required ?? false}
      ?readonly=${opts.readonly ?? false}
      ?disabled=${opts.disabled ?? false}
      maxlength=${ifDefined(opts.maxlength)}
      placeholder=${ifDefined(opts.placeholder)}
      aria-invalid=${opts.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(opts))}
      @input=${(event: Event) => opts.onInput?.((event.target as HTMLTextAreaElement).value)}
      @blur=${() => opts.onBlur?.()}
    ></textarea>
    ${renderNotes(opts)}
  </div>`;
}
