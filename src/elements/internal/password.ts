/**
 * The password field every element that takes a new password shares (`<saas-seat-panel>`,
 * `<invite-accept>`): the input with show / hide, a live checklist of every rule of the policy — each
 * met or not, as `checkPassword` answers (the field decides nothing) — a polite announcement of what
 * changed, "generate a strong one" (`generatePassword`) and copy.
 *
 * The password lives only in the controller's memory and the input's `value` property (never an
 * attribute); {@link PasswordFieldController.clear} forgets it once it is saved.
 *
 * ```ts
 * readonly password = new PasswordFieldController(this);
 * render() {
 *   return renderPasswordField(this.password, { id: 'pw', label, policy, words: this.t, explain });
 * }
 * ```
 *
 * @module
 */
import {
  css,
  html,
  nothing,
  type CSSResult,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import {
  checkPassword,
  passwordRules,
  type PasswordContext,
  type PasswordPolicy,
  type PasswordRule,
} from '../../core/validation/password.js';
import { generatePassword, type RandomBytes } from '../../core/validation/password-generator.js';
import type { Explainer } from '../../i18n/explain.js';
import type { Words } from '../../i18n/locale-controller.js';
import type { PasswordMessageKey } from '../../i18n/messages/password.js';

/** What the field last told a screen reader, as a value the view words. */
export type PasswordNotice =
  | { kind: 'changed'; rules: { rule: PasswordRule; met: boolean }[]; left: number }
  | { kind: 'generated' | 'copied' | 'copy-failed' };

/** Options of {@link PasswordFieldController}. */
export interface PasswordFieldOptions {
  /** Randomness for `generatePassword` (default `crypto.getRandomValues`; tests pass a seeded one). */
  random?: RandomBytes;
  /** Writes text to the clipboard (default `navigator.clipboard.writeText`). */
  copy?: (text: string) => Promise<void>;
}

const cryptoRandom: RandomBytes = (bytes) => crypto.getRandomValues(bytes);
const clipboardCopy = (text: string) => navigator.clipboard.writeText(text);

/**
 * The state of one password field: the value, whether it is shown, and the last notice. The checklist
 * is not state: it is `checkPassword(value, policy, context)` at each render.
 */
export class PasswordFieldController {
  /** The password typed or generated (memory only). */
  value = '';
  /** Whether the password is shown as text. */
  shown = false;
  /** What the polite live region says now. */
  notice: PasswordNotice | undefined;
  private unmet: Set<string> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PasswordFieldOptions = {},
  ) {}

  /** Every rule of `policy`, each with whether `value` meets it now. */
  checklist(
    policy: PasswordPolicy,
    context: PasswordContext = {},
  ): { rule: PasswordRule; met: boolean }[] {
    const unmet = new Set(checkPassword(this.value, policy, context).map((issue) => issue.code));
    return passwordRules(policy).map((rule) => ({ rule, met: !unmet.has(rule.code) }));
  }

  /** Whether `value` meets every rule of `policy` (the backend checks again; this only guides). */
  meets(policy: PasswordPolicy, context: PasswordContext = {}): boolean {
    return checkPassword(this.value, policy, context).length === 0;
  }

  /** The person typed: keep the value and announce the rules whose state changed. */
  input(value: string, policy: PasswordPolicy, context: PasswordContext = {}): void {
    this.value = value;
    this.announceChanges(policy, context);
    this.host.requestUpdate();
  }

  /** Replaces the value with a strong password that meets `policy`, and shows it. */
  generate(policy: PasswordPolicy, context: PasswordContext = {}): string {
    this.value = generatePassword(policy, this.options.random ?? cryptoRandom, context);
    this.shown = true;
    this.unmet = new Set();
    this.notice = { kind: 'generated' };
    this.host.requestUpdate();
    return this.value;
  }

  toggle(): void {
    this.shown = !this.shown;
    this.host.requestUpdate();
  }

  /** Copies the password to the clipboard; the notice says whether it worked. */
  async copy(): Promise<void> {
    try {
      await (this.options.copy ?? clipboardCopy)(this.value);
      this.notice = { kind: 'copied' };
    } catch {
      this.notice = { kind: 'copy-failed' };
    }
    this.host.requestUpdate();
  }

  /** Forgets the password (after it is saved, or the form is closed) and hides the field again. */
  clear(): void {
    this.value = '';
    this.shown = false;
    this.notice = undefined;
    this.unmet = undefined;
    this.host.requestUpdate();
  }

  private announceChanges(policy: PasswordPolicy, context: PasswordContext): void {
    const list = this.checklist(policy, context);
    const unmet = new Set(list.filter((item) => !item.met).map((item) => item.rule.code));
    const before = this.unmet;
    this.unmet = unmet;
    const changed = list.filter((item) =>
      before === undefined ? item.met : before.has(item.rule.code) === item.met,
    );
    if (changed.length === 0 && this.notice?.kind === 'changed') return;
    this.notice = { kind: 'changed', rules: changed, left: unmet.size };
  }
}

/** What {@link renderPasswordField} shows. */
export interface PasswordFieldSpec {
  /** The input's id, unique in the shadow root (the checklist is `${id}-rules`). */
  id: string;
  label: string;
  policy: PasswordPolicy;
  /** The person's e-mail and name, for a policy that refuses them inside the password. */
  context?: PasswordContext;
  /** An error from the backend (worded by the element), read with the field. */
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /** `new-password` by default. */
  autocomplete?: string;
  /** The element's words: they speak the `password` topic. */
  words: Words<PasswordMessageKey>;
  /** Words a rule (`password.rule.<code>`). */
  explain: Pick<Explainer, 'passwordRule'>;
  /** Called after every change of the value (typed or generated). */
  onChange?: (value: string) => void;
}

function noticeText(notice: PasswordNotice | undefined, spec: PasswordFieldSpec): string {
  if (!notice) return '';
  const { msg } = spec.words;
  switch (notice.kind) {
    case 'changed':
      return [
        ...notice.rules.map(({ rule, met }) =>
          msg(met ? 'pw.met' : 'pw.unmet', { rule: spec.explain.passwordRule(rule) }),
        ),
        msg('pw.summary', { left: notice.left }),
      ].join(' ');
    case 'generated':
      return msg('pw.generated');
    case 'copied':
      return msg('pw.copied');
    case 'copy-failed':
      return msg('pw.copy-failed');
  }
}

/**
 * A labelled password input with show / hide, generate and copy, and the checklist of the policy's rules
 * under it (read with the field through `aria-describedby`). Needs {@link passwordStyles} and the shared
 * `controls` styles.
 */
export function renderPasswordField(
  field: PasswordFieldController,
  spec: PasswordFieldSpec,
): TemplateResult {
  const { id, words } = spec;
  const context = spec.context ?? {};
  const list = field.checklist(spec.policy, context);
  const describedBy = [`${id}-rules`, spec.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field password-field" part="password-field">
    <label for=${id}
      >${spec.label}${
        spec.required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing
      }</label
    >
    <div class="password-row">
      <input
        id=${id}
        name=${id}
        .type=${field.shown ? 'text' : 'password'}
        .value=${live(field.value)}
        ?required=${spec.required ?? false}
        ?disabled=${spec.disabled ?? false}
        autocomplete=${
          // lit-analyzer checks against its own token list; any autofill string is valid here.
          ifDefined((spec.autocomplete ?? 'new-password') as 'on' | undefined)
        }
        spellcheck="false"
        autocapitalize="off"
        aria-invalid=${spec.error ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${(event: Event) => {
          field.input((event.target as HTMLInputElement).value, spec.policy, context);
          spec.onChange?.(field.value);
        }}
      />
      <button
        type="button"
        class="btn small"
        aria-pressed=${field.shown ? 'true' : 'false'}
        aria-controls=${id}
        ?disabled=${spec.disabled ?? false}
        @click=${() => field.toggle()}
      >
        ${words.msg('pw.show')}
      </button>
    </div>
    <div class="password-tools">
      <button
        type="button"
        class="btn small"
        ?disabled=${spec.disabled ?? false}
        @click=${() => {
          field.generate(spec.policy, context);
          spec.onChange?.(field.value);
        }}
      >
        ${words.msg('pw.generate')}
      </button>
      <button
        type="button"
        class="btn small"
        ?disabled=${(spec.disabled ?? false) || field.value === ''}
        @click=${() => void field.copy()}
      >
        ${words.msg('pw.copy')}
      </button>
    </div>
    <p class="hint password-rules-title" id=${`${id}-rules-title`}>${words.msg('pw.rules')}</p>
    <ul class="password-rules" id=${`${id}-rules`} aria-labelledby=${`${id}-rules-title`}>
      ${list.map(({ rule, met }) => {
        const text = spec.explain.passwordRule(rule);
        return html`<li class=${met ? 'met' : 'unmet'} data-rule=${rule.code}>
          <span class="mark" aria-hidden="true">${met ? '✓' : '✗'}</span>
          <span class="visually-hidden"
            >${words.msg(met ? 'pw.met' : 'pw.unmet', { rule: text })}</span
          >
          <span aria-hidden="true">${text}</span>
        </li>`;
      })}
    </ul>
    <p class="visually-hidden" role="status" aria-live="polite">
      ${noticeText(field.notice, spec)}
    </p>
    ${spec.error ? html`<div class="error-text" id=${`${id}-error`}>${spec.error}</div>` : nothing}
  </div>`;
}

/** The look of {@link renderPasswordField}. */
export const passwordStyles: CSSResult = css`
  .password-row {
    display: flex;
    gap: var(--portico-space);
    align-items: stretch;
  }
  .password-row input {
    flex: 1 1 auto;
    min-width: 0;
  }
  .password-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--portico-space);
  }
  .password-rules-title {
    margin: 0;
  }
  .password-rules {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 0.92em;
  }
  .password-rules li {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .password-rules .met {
    color: var(--portico-color-success);
  }
  .password-rules .unmet {
    color: var(--portico-color-muted);
  }
  .password-rules .mark {
    inline-size: 1em;
    font-weight: 700;
  }
`;
