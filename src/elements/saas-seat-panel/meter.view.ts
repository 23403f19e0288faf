import { html, nothing, type TemplateResult } from 'lit';
import type { SeatRequest, SeatSummary } from '../../core/model/index.js';
import type { seatLevel } from '../../core/rules/seats.js';
import { whyDisabled } from '../internal/tip.js';
import type { SeatWords } from './saas-seat-panel.words.js';

/** The view model of the seat meter and the acts beside it. */
export interface MeterView {
  words: SeatWords;
  /** The heading: the panel's title (with the product when there is one). */
  title: string;
  summary: SeatSummary;
  level: ReturnType<typeof seatLevel>;
  /** Why "add" is refused now (the engine's or the seat rule's reason); `undefined` when allowed. */
  addRefusal: string | undefined;
  /** Why asking for more is refused; `undefined` when allowed. */
  askRefusal: string | undefined;
  /** A vendor's plain contact address: shown instead of the request form. */
  salesEmail: string;
  /** The pool's open requests, newest first. */
  requests: readonly SeatRequest[];
  onAdd: (opener: HTMLElement) => void;
  onAsk: (opener: HTMLElement) => void;
}

/** The seat meter: used / licensed in words and as a bar, what counts, the notice from 80 %. */
export function renderMeter(view: MeterView): TemplateResult {
  const { words, summary, level } = view;
  const { msg } = words;
  const { used, licensed } = summary;
  const share = licensed > 0 ? Math.min(1, used / licensed) : used > 0 ? 1 : 0;
  const active = summary.activeUsers ?? used;
  const invitations = summary.pendingInvitations ?? 0;
  const valueText = msg('meter.value', { used, licensed });
  const notice =
    level === 'high'
      ? msg('level.high')
      : level === 'full'
        ? msg('level.full')
        : level === 'over'
          ? msg('level.over', { count: used - licensed })
          : '';
  const add = whyDisabled({ id: 'why-add', reason: view.addRefusal, press: view.onAdd });
  const ask = whyDisabled({ id: 'why-ask', reason: view.askRefusal, press: view.onAsk });
  const open = view.requests[0];
  return html`<section class="meter-panel" part="meter" aria-labelledby="seat-title">
    <h2 id="seat-title">${view.title}</h2>
    <div class="meter-head">
      <span id="meter-label" class="meter-label">${msg('meter.label')}</span>
      <span class="meter-figure" aria-hidden="true">${used} / ${licensed}</span>
    </div>
    <div
      class="meter"
      role="progressbar"
      aria-labelledby="meter-label"
      aria-valuemin="0"
      aria-valuemax=${Math.max(licensed, used)}
      aria-valuenow=${used}
      aria-valuetext=${valueText}
      data-level=${level}
    >
      <span class="meter-fill" style="inline-size: ${(share * 100).toFixed(1)}%"></span>
    </div>
    <p class="meter-words">
      ${msg('meter.words', { used, licensed })} · ${msg('meter.made-of', { active, invitations })} ·
      ${msg('meter.free', { count: Math.max(0, licensed - used) })}
    </p>
    ${
      notice
        ? html`<p
            class="banner"
            part="seat-notice"
            data-tone=${level === 'high' ? 'warning' : 'error'}
          >
            ${notice}
          </p>`
        : nothing
    }
    ${
      open
        ? html`<p class="banner" part="open-request" data-tone="info">
            ${msg('requests.open', {
              count: open.seats,
              date: words.date(open.requestedAt),
              id: open.id,
            })}
          </p>`
        : nothing
    }
    <div class="toolbar meter-acts">
      <span class="has-tip"
        ><button
          type="button"
          class="btn primary"
          part="add-button"
          data-act="add"
          aria-disabled=${add.ariaDisabled}
          aria-describedby=${add.describedBy}
          @click=${add.onClick}
        >
          ${msg('act.add')}</button
        >${add.tip}</span
      >
      ${
        view.salesEmail
          ? html`<p class="sales" part="sales-contact">
              <a href=${`mailto:${view.salesEmail}`}
                >${msg('contact.sales', { email: view.salesEmail })}</a
              >
            </p>`
          : html`<span class="has-tip"
              ><button
                type="button"
                class="btn"
                part="ask-button"
                data-act="ask-more"
                aria-disabled=${ask.ariaDisabled}
                aria-describedby=${ask.describedBy}
                @click=${ask.onClick}
              >
                ${msg('act.ask-more')}</button
              >${ask.tip}</span
            >`
      }
    </div>
  </section>`;
}
