import type { TemplateResult, html as litHtml, nothing as litNothing } from 'lit';
import type { live as litLive } from 'lit/directives/live.js';
import type { DateFilterKey } from '../../controllers/contact-list/filter-panel.js';
import type { ContactFilter } from '../../core/model/index.js';
import type { FiltersView } from './filters.view.js';

/**
 * The "Filters" panel of `<contact-list>`, loaded with a dynamic `import()` the first time it opens
 * (as the export's paging is, on the first export): most visits to the list never open it.
 *
 * It imports no module at run time — Lit's `html`, `nothing` and `live` come from the list to
 * {@link filterPanelView}, the statuses and choices in the view model. A module the list and this chunk
 * both imported (Lit above all) would be split by the bundler into a chunk of its own, which compresses
 * worse than inside the list's: the page would load more bytes at once, not fewer.
 *
 * @module
 */

/** What of Lit the panel renders with: the list's own `html`, `nothing` and `live`. */
export interface PanelLit {
  html: typeof litHtml;
  nothing: typeof litNothing;
  live: typeof litLive;
}

/** The panel's render function, made once with the list's Lit (`renderFilterPanel(view)`). */
export function filterPanelView({
  html,
  nothing,
  live,
}: PanelLit): (view: FiltersView) => TemplateResult {
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
              .checked=${live(chosen.has(choice.value))}
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
        .value=${live((view.filter[key] ?? '').slice(0, 10))}
        @change=${(event: Event) => view.onDate(key, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  /**
   * A one-value part (tickets in progress, sign-in) as a select: "All", or one of `values`. The options'
   * `selected` gives the first render its choice (the select's `value` is set before they exist); the
   * `live` value puts it back after a choice the filter did not take (a host that set it back).
   */
  function oneOf<K extends 'tickets' | 'signedIn'>(
    view: FiltersView,
    key: K,
    values: readonly NonNullable<ContactFilter[K]>[],
    set: (value: NonNullable<ContactFilter[K]> | undefined) => void,
  ): TemplateResult {
    const { msg } = view.words;
    // A value that is none of `values` (a host's typo) shows "All", as the browser would.
    const chosen: string = view.filter[key] ?? '';
    const current = (values as readonly string[]).includes(chosen) ? chosen : '';
    return html`<div class="field">
      <label for="filter-${key}">${msg(`filters.${key}`)}</label>
      <select
        id="filter-${key}"
        .value=${live(current)}
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
  return function renderFilterPanel(view: FiltersView): TemplateResult {
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
        view.statuses.map((s) => ({ value: s, label: words.status(s) })),
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
        ${oneOf(view, 'tickets', view.ticketFilters, view.onTickets)}
        ${dateField(view, 'createdFrom')} ${dateField(view, 'createdBefore')}
      </div>
      <div class="dates">
        ${oneOf(view, 'signedIn', view.signedInFilters, view.onSignedIn)}
        ${dateField(view, 'lastSignInFrom')} ${dateField(view, 'lastSignInBefore')}
      </div>
    </div>`;
  };
}
