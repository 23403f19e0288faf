import { html, type TemplateResult } from 'lit';
import type { ContactStatus } from '../../core/model/index.js';

/** The tones a badge comes in (see `badgeStyles`). */
export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

/**
 * A small pill with `label` as text. Needs `badgeStyles` in the host's styles. (The text is set
 * through `.textContent`: a list renders one per row that scrolls into view, and a child binding
 * would add a marker comment and a part to each.)
 */
export function renderBadge(label: string, tone: BadgeTone = 'neutral'): TemplateResult {
  return html`<span class="badge" part="badge" data-tone=${tone} .textContent=${label}></span>`;
}

const tones: Record<ContactStatus, BadgeTone> = {
  potential: 'neutral',
  'site-assigned': 'info',
  invited: 'info',
  active: 'success',
  suspended: 'warning',
  inactive: 'danger',
};

/** The tone a contact's status is shown in: active is green, suspended amber, inactive red, the rest calm. */
export function statusTone(status: ContactStatus): BadgeTone {
  return tones[status] ?? 'neutral';
}
