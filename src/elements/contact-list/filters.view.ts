import { html, nothing, type TemplateResult } from 'lit';
import type {
  DateFilterKey,
  FilterPart,
  SiteChoice,
} from '../../controllers/contact-list/filter-panel.js';
import type { ContactFilter, ContactStatus } from '../../core/model/index.js';
import type { ListWords } from './contact-list.words.js';

/** The view model of the "Filters" panel and the chips of the active filter. */
export interface FiltersView {
  words: ListWords;
  filter: ContactFilter;
  /** The active parts, one chip each. */
  parts: FilterPart[];
  open: boolean;
  /** The statuses the panel offers, in order. */
  statuses: readonly ContactStatus[];
  /** The policy's role ids. */
  roles: string[];
  /** The choices of the tickets and the sign-in selects. */
  ticketFilters: readonly NonNullable<ContactFilter['tickets']>[];
  signedInFilters: readonly NonNullable<ContactFilter['signedIn']>[];
  /** The company's sites; `undefined` while unknown. */
  sites: SiteChoice[] | undefined;
  siteName: (id: string) => string;
  onToggle: () => void;
  onValue: (key: 'status' | 'role' | 'site', value: string, on: boolean) => void;
  onTickets: (value: 'open' | 'none' | undefined) => void;
  onSignedIn: (value: 'ever' | 'never' | undefined) => void;
  onDate: (key: DateFilterKey, value: string) => void;
  onRemove: (part: FilterPart) => void;
  onClear: () => void;
}

/*
 * The panel itself is in `filter-panel.view.ts`, loaded the first time it opens: most visits to the
 * list never open it. The button and the chips (a filter can come from the host) stay here.
 */

/** The "Filters" button: says how many parts are active, opens and closes the panel. */
export function renderFiltersButton(view: FiltersView): TemplateResult {
  const { msg } = view.words;
  return html`<button
    type="button"
    class="btn filters-toggle"
    part="filters-button"
    aria-expanded=${view.open ? 'true' : 'false'}
    aria-controls="filter-panel"
    @click=${view.onToggle}
  >
    ${msg('filters.button')}${view.parts.length ? html` <span class="count">(${view.parts.length})</span>` : nothing}
  </button>`;
}

/** A chip's words: "Status: Active", "Created from: Jan 31, 2026". */
function partText(view: FiltersView, part: FilterPart): string {
  const { words } = view;
  const { msg } = words;
  switch (part.key) {
    case 'status':
      return `${msg('list.filter-status')}: ${words.status(part.value)}`;
    case 'role':
      return `${msg('list.filter-role')}: ${words.role(part.value)}`;
    case 'site':
      return `${msg('filters.site')}: ${view.siteName(part.value)}`;
    case 'tickets':
      return msg(`filters.tickets.${part.value}`);
    case 'signedIn':
      return msg(`filters.signedIn.${part.value}`);
    default:
      return `${msg(`filters.${part.key}`)}: ${words.day(part.value)}`;
  }
}

/** The active filter as removable chips, and "Clear all filters". */
export function renderFilterChips(view: FiltersView): TemplateResult | typeof nothing {
  const { msg } = view.words;
  if (view.parts.length === 0) return nothing;
  return html`<ul class="chips" part="filter-chips" aria-label=${msg('filters.active')}>
    ${view.parts.map((part) => {
      const text = partText(view, part);
      return html`<li>
        <button
          type="button"
          class="chip"
          data-part=${`${part.key}:${part.value}`}
          aria-label=${msg('filters.remove', { filter: text })}
          @click=${() => view.onRemove(part)}
        >
          <span>${text}</span><span aria-hidden="true">×</span>
        </button>
      </li>`;
    })}
    <li>
      <button type="button" class="btn ghost small clear-filters" @click=${view.onClear}>
        ${msg('filters.clear')}
      </button>
    </li>
  </ul>`;
}
