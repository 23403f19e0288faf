import { html, nothing, type TemplateResult } from 'lit';
import type {
  SettingsDraft,
  TemplateController,
  TemplateTab,
} from '../../controllers/invite-status/template-controller.js';
import type { FieldError } from '../../core/adapter/errors.js';
import type { InvitationPlaceholder } from '../../core/model/constants.js';
import { renderField, renderSelect, renderTextarea } from '../internal/field.js';
import { whyDisabled } from '../internal/tip.js';
import type { InviteWords } from './invite-status.words.js';
import type { TemplateKit } from './template-kit.js';

/** What the invitation e-mail dialog needs: its controller, the words, and what its controls do. */
export interface TemplateView {
  controller: TemplateController;
  words: InviteWords;
  /** Core's lists (placeholders, sending modes, languages). */
  kit: TemplateKit;
  close: () => void;
  /** "Discard your changes?" is asked (closing with unsaved edits), and its answer. */
  discarding: boolean;
  discard: (discard: boolean) => void;
  insert: (placeholder: InvitationPlaceholder) => void;
  /** The field the palette writes into was focused. */
  focusField: (field: 'subject' | 'body') => void;
  switchTab: (tab: TemplateTab, focus: boolean) => void;
}

const tabs: TemplateTab[] = ['mail', 'settings'];

/** The first error of `field`, worded. */
function errorOf(view: TemplateView, errors: FieldError[], field: string): string | undefined {
  const error = errors.find((candidate) => candidate.field === field);
  return error && view.words.explain.field(error);
}

function renderTabs(view: TemplateView): TemplateResult {
  const { controller, words } = view;
  const keydown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(controller.tab) + step + tabs.length) % tabs.length]!;
    view.switchTab(next, true);
  };
  return html`<div
    class="tabs"
    role="tablist"
    aria-label=${words.msg('template.tabs')}
    ?inert=${view.discarding}
    @keydown=${keydown}
  >
    ${tabs.map(
      (tab) =>
        html`<button
          type="button"
          role="tab"
          id="template-tab-${tab}"
          part="template-tab"
          aria-selected=${controller.tab === tab ? 'true' : 'false'}
          aria-controls="template-panel"
          tabindex=${controller.tab === tab ? 0 : -1}
          @click=${() => view.switchTab(tab, false)}
        >
          ${words.msg(tab === 'mail' ? 'template.tab-mail' : 'template.tab-settings')}
        </button>`,
    )}
  </div>`;
}

function renderBanners(view: TemplateView, reason: string | undefined): TemplateResult {
  const { controller, words } = view;
  const { banner } = controller;
  const forbidden = reason
    ? html`<div class="banner" data-tone="info" part="template-forbidden">${reason}</div>`
    : nothing;
  if (!banner) return html`${forbidden}`;
  const text =
    banner.kind === 'conflict'
      ? words.msg('template.conflict')
      : banner.kind === 'fix'
        ? words.msg('template.fix')
        : words.msg('template.failed', { reason: words.error(banner.error) });
  const tone = banner.kind === 'conflict' ? 'warning' : 'error';
  return html`${forbidden}
    <div class="banner" data-tone=${tone} role="alert" part="template-banner">${text}</div>`;
}

function renderMail(view: TemplateView, readonly: boolean): TemplateResult {
  const { controller, words } = view;
  const { msg } = words;
  const errors = controller.mailErrors();
  const preview = controller.preview(msg('template.sample-name'));
  const language = msg(`language.${controller.locale()}`);
  return html`<div class="template-grid">
    <div class="template-editors">
      <div @focusin=${() => view.focusField('subject')}>
        ${renderField({
          id: 'template-subject',
          label: msg('template.subject'),
          value: controller.subject,
          required: true,
          readonly,
          part: 'template-subject',
          error: errorOf(view, errors, 'subject'),
          onInput: (value) => controller.edit('subject', value),
        })}
      </div>
      <div
        class="palette"
        role="group"
        aria-label=${msg('template.placeholders')}
        part="template-palette"
      >
        <span class="palette-label" aria-hidden="true">${msg('template.placeholders')}</span>
        ${view.kit.invitationPlaceholders.map(
          (placeholder) =>
            html`<button
              type="button"
              class="btn small"
              data-placeholder=${placeholder}
              aria-disabled=${readonly ? 'true' : 'false'}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => {
                if (!readonly) view.insert(placeholder);
              }}
            >
              ${msg(`template.ph.${placeholder}`)} <code>{${placeholder}}</code>
            </button>`,
        )}
      </div>
      <div @focusin=${() => view.focusField('body')}>
        ${renderTextarea({
          id: 'template-body',
          label: msg('template.body'),
          value: controller.body,
          rows: 12,
          required: true,
          readonly,
          part: 'template-body',
          hint: msg('template.body-hint'),
          error: errorOf(view, errors, 'body'),
          onInput: (value) => controller.edit('body', value),
        })}
      </div>
    </div>
    <section class="preview" part="template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">${msg('template.preview')}</h3>
      <p class="muted">
        ${
          preview.real
            ? msg('template.preview-for', { name: preview.name, language })
            : msg('template.preview-sample', { language })
        }
      </p>
      <div class="mail" lang=${controller.locale()}>
        <p class="mail-subject">
          <span class="muted">${msg('template.preview-subject')}</span>
          <strong data-preview="subject">${preview.subject}</strong>
        </p>
        <pre class="mail-body" data-preview="body">${preview.body}</pre>
      </div>
    </section>
  </div>`;
}

function renderSettings(view: TemplateView, readonly: boolean): TemplateResult {
  const { controller, words } = view;
  const { msg } = words;
  const errors = controller.settingsErrors();
  const { draft, limits } = controller;
  const numberError = (field: 'validityDays' | 'resendCooldownSeconds') =>
    errors.some((error) => error.field === field)
      ? msg('field.number-range', limits[field])
      : undefined;
  const set =
    <K extends keyof SettingsDraft>(field: K) =>
    (value: string) =>
      controller.editSetting(field, value as SettingsDraft[K]);
  return html`<div class="template-settings">
    ${renderField({
      id: 'settings-validity',
      type: 'number',
      inputmode: 'numeric',
      label: msg('settings.validity'),
      value: draft.validityDays,
      required: true,
      readonly,
      part: 'settings-validity',
      hint: msg('settings.validity-hint', limits.validityDays),
      error: numberError('validityDays'),
      onInput: set('validityDays'),
    })}
    ${renderField({
      id: 'settings-cooldown',
      type: 'number',
      inputmode: 'numeric',
      label: msg('settings.cooldown'),
      value: draft.resendCooldownSeconds,
      required: true,
      readonly,
      part: 'settings-cooldown',
      hint: msg('settings.cooldown-hint', limits.resendCooldownSeconds),
      error: numberError('resendCooldownSeconds'),
      onInput: set('resendCooldownSeconds'),
    })}
    ${renderSelect({
      id: 'settings-auto-send',
      label: msg('settings.auto-send'),
      value: draft.autoSend,
      disabled: readonly,
      part: 'settings-auto-send',
      error: errorOf(view, errors, 'autoSend'),
      options: view.kit.invitationAutoSendModes.map((mode) => ({
        value: mode,
        label: msg(`settings.auto-send.${mode}`),
      })),
      onChange: set('autoSend'),
    })}
    ${renderSelect({
      id: 'settings-locale',
      label: msg('settings.locale'),
      value: draft.locale,
      disabled: readonly,
      part: 'settings-locale',
      error: errorOf(view, errors, 'locale'),
      options: view.kit.mailLocales.map((locale) => ({
        value: locale,
        label: msg(`language.${locale}`),
      })),
      onChange: set('locale'),
    })}
  </div>`;
}

function renderPanel(view: TemplateView, reason: string | undefined): TemplateResult {
  const { controller, words } = view;
  if (controller.status === 'error')
    return html`<div class="banner" data-tone="error" role="alert">
        ${words.msg('template.load-error', { reason: words.error(controller.error) })}
      </div>
      <button type="button" class="btn" @click=${() => void controller.load()}>
        ${words.msg('template.retry')}
      </button>`;
  if (controller.status !== 'ready')
    return html`<div class="empty" role="status">
      <span class="spinner" aria-hidden="true"></span> ${words.msg('template.loading')}
    </div>`;
  const readonly = reason !== undefined;
  return html`${renderBanners(view, reason)}
  ${controller.tab === 'mail' ? renderMail(view, readonly) : renderSettings(view, readonly)}`;
}

/** "Discard your changes?": asked when Escape, Close or × is pressed with unsaved edits. */
function renderDiscard(view: TemplateView): TemplateResult {
  const { msg } = view.words;
  return html`<div
    class="discard"
    part="template-discard"
    role="group"
    aria-labelledby="template-discard-title"
    aria-describedby="template-discard-text"
  >
    <div class="dialog-body">
      <p id="template-discard-title"><strong>${msg('template.discard-title')}</strong></p>
      <p id="template-discard-text">${msg('template.discard-text')}</p>
    </div>
    <div class="dialog-actions">
      <button type="button" class="btn" data-keep-editing @click=${() => view.discard(false)}>
        ${msg('template.keep-editing')}
      </button>
      <button type="button" class="btn danger" @click=${() => view.discard(true)}>
        ${msg('template.discard')}
      </button>
    </div>
  </div>`;
}

/** The invitation e-mail dialog's content: header, tabs, the tab's panel, and its actions. */
export function renderTemplateDialog(view: TemplateView): TemplateResult {
  const { controller, words } = view;
  const { msg } = words;
  const reason = words.reason(controller.verdict());
  return html`<div class="dialog-header">
      <h2 id="template-title">${msg('template.title')}</h2>
      <button
        type="button"
        class="icon-btn"
        aria-label=${msg('template.close')}
        @click=${view.close}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
    ${renderTabs(view)}
    <div
      class="dialog-body"
      id="template-panel"
      role="tabpanel"
      aria-labelledby="template-tab-${controller.tab}"
      ?inert=${view.discarding}
    >
      ${renderPanel(view, reason)}
    </div>
    ${view.discarding ? renderDiscard(view) : renderActions(view, reason)}`;
}

/** Close, and Save once the template and settings are loaded (refused: with `reason`). */
function renderActions(view: TemplateView, reason: string | undefined): TemplateResult {
  const { controller, words } = view;
  const { msg } = words;
  const save = whyDisabled({
    id: 'why-template-save',
    reason,
    press: () => void controller.save(),
    placement: 'end',
  });
  return html`<div class="dialog-actions">
    <button type="button" class="btn ghost" @click=${view.close}>${msg('template.close')}</button>
    ${
      controller.status === 'ready'
        ? html`<span class="has-tip"
            ><button
              type="button"
              class="btn primary"
              part="template-save"
              aria-disabled=${controller.busy ? 'true' : save.ariaDisabled}
              aria-busy=${controller.busy ? 'true' : 'false'}
              aria-describedby=${save.describedBy}
              @click=${controller.busy ? undefined : save.onClick}
            >
              ${msg(controller.tab === 'mail' ? 'template.save' : 'template.save-settings')}</button
            >${save.tip}</span
          >`
        : nothing
    }
  </div>`;
}
