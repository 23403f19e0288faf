import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../core/model/index.js';
import type { RowAct, Verdict } from '../../core/rules/index.js';
import type { ListWords } from './contact-list.words.js';

/** The view model of a row's acts menu. */
export interface MenuView {
  words: ListWords;
  contact: Contact;
  acts: { act: RowAct; verdict: Verdict }[];
  choose: (act: RowAct | 'details') => void;
  /** Closes the menu; with `refocus`, focus goes back to the button that opened it. */
  close: (refocus?: boolean) => void;
}

/**
 * The acts of one row, in a popover opened by the row's "More actions" button (the disclosure
 * pattern: Tab or the arrow keys move through the acts, Escape closes). "View details" comes first;
 * then every act, enabled or disabled with its reason shown under it and tied to it with
 * `aria-describedby`. Tabbing past the last act (or back past the first) closes the menu and puts
 * focus back on its button — never on whatever follows the popover in the page.
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
    if (event.key === 'Tab' && (event.shiftKey ? at === 0 : at === items.length - 1)) {
      event.preventDefault();
      view.close(true);
      return;
    }
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
    aria-label=${view.words.msg('act.more', { name: view.contact.name })}
    @keydown=${onKey}
    @focusout=${onFocusOut}
  >
    <ul class="menu-list">
      <li class="menu-entry">
        <button
          type="button"
          class="menu-item"
          data-act="details"
          aria-disabled="false"
          @click=${() => view.choose('details')}
        >
          ${view.words.msg('act.details')}
        </button>
      </li>
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
            ${view.words.msg(`act.${act}`)}
          </button>
          ${verdict.allowed ? nothing : html`<span class="why" id=${whyId}>${view.words.reason(verdict)}</span>`}
        </li>`;
      })}
    </ul>
  </div>`;
}

/**
 * The signed-in session could not be loaded: the list says so with the reason, and offers to try
 * again (the acts say the same in their reasons, instead of "waiting").
 */
export function renderSessionFailed(
  words: ListWords,
  error: unknown,
  retry: () => void,
): TemplateResult {
  return html`<div
    class="banner session-failed"
    data-tone="error"
    role="alert"
    part="session-error"
  >
    <span>${words.msg('session.failed', { reason: words.error(error) })}</span>
    <button type="button" class="btn small" @click=${retry}>${words.msg('session.retry')}</button>
  </div>`;
}
