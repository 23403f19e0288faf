import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { contactStatuses, type ContactStatus } from '../../core/model/constants.js';
import { renderBadge, statusTone } from '../internal/badge.js';

/**
 * A hidden stack of every status badge in the active locale, all in one grid cell: its width is the
 * widest badge's. The badges are the rows' own (`part="badge"`), so a host's `::part(badge)` styles are
 * measured too. Outside the rows, so a row's text holds only its own status.
 */
export function renderStatusSizer(name: (status: ContactStatus) => string): TemplateResult {
  return html`<div class="status-sizer" aria-hidden="true">
    ${contactStatuses.map((status) => renderBadge(name(status), statusTone(status)))}
  </div>`;
}

/**
 * Keeps the Status column exactly as wide as its widest badge in the active locale and the element's
 * font (each row is its own grid, so the rows can share a track only through a fixed width). Watches
 * the sizer of {@link renderStatusSizer} with a `ResizeObserver`: a new locale, font or theme re-measures.
 */
export class StatusColumnWidth implements ReactiveController {
  /** The widest badge in CSS pixels, once measured. */
  width: number | undefined;

  private observer: ResizeObserver | undefined;
  private observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly sizer: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  /** The width as a CSS length, for a custom property (`undefined` until measured). */
  get css(): string | undefined {
    return this.width === undefined ? undefined : `${this.width}px`;
  }

  hostConnected(): void {
    // Reconnected: watch again (the first connection has nothing rendered yet).
    this.hostUpdated();
  }

  hostUpdated(): void {
    const sizer = this.sizer() ?? null;
    if (sizer === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.borderBoxSize[0];
      if (!box) return;
      const width = Math.ceil(box.inlineSize);
      if (width > 0 && width !== this.width) {
        this.width = width;
        this.host.requestUpdate();
      }
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = sizer;
    if (sizer) this.observer.observe(sizer);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = null;
  }
}
