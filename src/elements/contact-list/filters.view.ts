import { html, nothing, type TemplateResult } from 'lit';
import type {
  DateFilterKey,
  FilterPart,
  SiteChoice,
} from '../../controllers/contact-list/filter-panel.js';
import { contactStatuses } from '../../core/model/constants.js';
import { signedInFilters, ticketFilters } from '../../core/rules/contact-query.js';
import type { ContactFilter, ContactStatus } from '../../core/model/index.js';
import type { ListWords } from './contact-list.words.js';

/** The view model of the "Filters" panel and the chips of the active filter. */
export interface FiltersView {
  words: ListWords;
  filter: ContactFilter;
  /** The active parts, one chip each. */
  parts: FilterPart[];
  open: boolean;
  /** The policy's role ids. */
  roles: string[];
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

function checks(
  view: FiltersView,
  key: 'status' | 'role' | 'site',
  legend: string,
  choices: readonly { value: string; label: string }[],
): TemplateResult {
  const chosen = new Set<string>(view.filter[key] ?? []);
  return html`<fieldset class="choices" data-filter=${key}>
    <legend>${legend}</legend>
    ${choices.map(
      (choice) =>
        html`<label class="choice">
          <input
            type="checkbox"
            value=${choice.value}
            .checked=${chosen.has(choice.value)}
            @change=${(event: Event) =>
              view.onValue(key, choice.value, (event.target as HTMLInputElement).checked)}
          />
          ${choice.label}
        </label>`,
    )}
  </fieldset>`;
}

function dateField(view: FiltersView, key: DateFilterKey): TemplateResult {
  const { msg } = view.words;
  return html`<div class="field">
    <label for="filter-${key}">${msg(`filters.${key}`)}</label>
    <input
      id="filter-${key}"
      type="date"
      .value=${(view.filter[key] ?? '').slice(0, 10)}
      @change=${(event: Event) => view.onDate(key, (event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** A one-value part (tickets in progress, sign-in) as a select: "All", or one of `values`. */
function oneOf<K extends 'tickets' | 'signedIn'>(
  view: FiltersView,
  key: K,
  values: readonly NonNullable<ContactFilter[K]>[],
  set: (value: NonNullable<ContactFilter[K]> | undefined) => void,
): TemplateResult {
  const { msg } = view.words;
  const current: string = view.filter[key] ?? '';
  return html`<div class="field">
    <label for="filter-${key}">${msg(`filters.${key}`)}</label>
    <select
      id="filter-${key}"
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        set(values.find((v) => v === value));
      }}
    >
      <option value="" ?selected=${current === ''}>${msg('list.filter-any')}</option>
      ${values.map(
        (value) =>
          html`<option value=${value} ?selected=${current === value}>
            ${msg(`filters.${key}.${value}` as `filters.${'tickets' | 'signedIn'}.${string}` as never)}
          </option>`,
      )}
    </select>
  </div>`;
}

/**
 * The panel (a labelled group under the toolbar, open on demand): statuses and roles (several of
 * each), sites, tickets in progress, creation dates, and sign-in (ever or never, and a range of the
 * last one). Each change asks the adapter at once.
 */
export function renderFilterPanel(view: FiltersView): TemplateResult | typeof nothing {
  if (!view.open) return nothing;
  const { words } = view;
  const { msg } = words;
  return html`<div
    id="filter-panel"
    class="filter-panel"
    part="filter-panel"
    role="group"
    aria-label=${msg('filters.label')}
  >
    ${checks(
      view,
      'status',
      msg('list.filter-status'),
      contactStatuses.map((s: ContactStatus) => ({ value: s, label: words.status(s) })),
    )}
    ${checks(
      view,
      'role',
      msg('list.filter-role'),
      view.roles.map((r) => ({ value: r, label: words.role(r) })),
    )}
    ${
      view.sites?.length
        ? checks(
            view,
            'site',
            msg('filters.site'),
            view.sites.map((s) => ({ value: s.id, label: s.name })),
          )
        : nothing
    }
    <div class="dates">
      ${oneOf(view, 'tickets', ticketFilters, view.onTickets)} ${dateField(view, 'createdFrom')}
      ${dateField(view, 'createdBefore')}
    </div>
    <div class="dates">
      ${oneOf(view, 'signedIn', signedInFilters, view.onSignedIn)}
      ${dateField(view, 'lastSignInFrom')} ${dateField(view, 'lastSignInBefore')}
    </div>
  </div>`;
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
