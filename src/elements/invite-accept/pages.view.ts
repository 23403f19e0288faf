import { html, nothing, type TemplateResult } from 'lit';

/** The view model of a page that tells where the invitee stands and what to do next. */
export interface NoticePageView {
  /** `danger` for a link that no longer works, `success` when done, `info` otherwise. */
  tone: 'info' | 'success' | 'warning' | 'danger';
  title: string;
  body: string;
  /** A next step: a link (the sign-in page) or a button (try again, activate). */
  action?:
    | { label: string; href: string }
    | { label: string; onClick: () => void; busy?: boolean; primary?: boolean };
  /** A line under the body (the reason a press failed). */
  failure?: string | undefined;
}

/** A page with a heading, what happened, and the next step. */
export function renderNoticePage(view: NoticePageView): TemplateResult {
  const { action } = view;
  return html`<section class="page" part="page" data-tone=${view.tone} aria-labelledby="title">
    <h2 id="title" tabindex="-1">${view.title}</h2>
    <p>${view.body}</p>
    ${
      view.failure
        ? html`<div class="banner" data-tone="error" role="alert">${view.failure}</div>`
        : nothing
    }
    ${
      !action
        ? nothing
        : 'href' in action
          ? html`<a class="btn primary" part="action" href=${action.href}>${action.label}</a>`
          : html`<button
              type="button"
              class="btn ${action.primary ? 'primary' : ''}"
              part="action"
              aria-busy=${action.busy ? 'true' : 'false'}
              ?disabled=${action.busy ?? false}
              @click=${action.onClick}
            >
              ${action.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
              ${action.label}
            </button>`
    }
  </section>`;
}
