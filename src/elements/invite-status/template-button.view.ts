import { html, type TemplateResult } from 'lit';
import type { Verdict } from '../../core/rules/contact-acts.js';
import { whyDisabled } from '../internal/tip.js';
import type { InviteWords } from './invite-status.words.js';

/**
 * "Invitation e-mail": opens the e-mail and settings dialog; refused (with the engine's reason as its
 * tip) for whoever may not change them.
 */
export function renderTemplateButton(
  words: InviteWords,
  verdict: Verdict,
  press: (opener: HTMLElement) => void,
): TemplateResult {
  const control = whyDisabled({ id: 'why-template', reason: words.reason(verdict), press });
  return html`<span class="has-tip"
    ><button
      type="button"
      class="btn"
      part="template-button"
      aria-haspopup="dialog"
      aria-disabled=${control.ariaDisabled}
      aria-describedby=${control.describedBy}
      @click=${control.onClick}
    >
      ${words.msg('template.open')}</button
    >${control.tip}</span
  >`;
}
