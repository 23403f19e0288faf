import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContactQueryState } from '../../controllers/contact-list/contact-query-controller.js';
import type { ExportScope } from '../../controllers/contact-list/export-controller.js';
import { contactStatuses } from '../../core/model/constants.js';
import type { BulkAct, Verdict } from '../../core/rules/index.js';
import { whyDisabled } from '../internal/tip.js';
import type { ListWords } from './contact-list.words.js';

/** The value of "Several": no status or role id is `*`, and the option is disabled (never chosen). */
const SEVERAL = '*';

/** "Several", selected, when the filter holds more values than a one-value select can show. */
function several(words: ListWords, values: readonly string[] | undefined) {
  return (values ?? []).length > 1
    ? html`<option value=${SEVERAL} disabled selected>${words.msg('list.filter-several')}</option>`
    : nothing;
}

/**
 * What a one-value select shows of a filter part: "All" (`''`), its one value, or "Several". Bound
 * `live` on the select, so a choice the filter did not take (a host that set the filter back from
 * `portico-query-change`) is undone; the options' `selected` gives the first render its choice. A
 * value none of `options` has (roles not loaded yet, an id the policy lacks) shows "All", as the
 * browser would, rather than an empty select.
 */
function oneValue(values: readonly string[] | undefined, options: readonly string[]): string {
  if (!values || values.length === 0) return '';
  if (values.length > 1) return SEVERAL;
  return options.includes(values[0]!) ? values[0]! : '';
}

/** The view model of the toolbar and the bulk bar. */
export interface ToolbarView {
  words: ListWords;
  state: ContactQueryState;
  /** The policy's role ids, for the role filter. */
  roles: string[];
  /** A query is on its way. */
  busy: boolean;
  /** The number of matches, once known. */
  total: number | undefined;
  /** How many of them are loaded (the first ones, in order). */
  loaded: number;
  add: Verdict;
  onSearch: (event: Event) => void;
  onStatus: (event: Event) => void;
  onRole: (event: Event) => void;
  onAdd: (opener: HTMLElement) => void;
  /** The "Filters" button (it opens the panel of every filter). */
  filters: TemplateResult;
  /** How many contacts are selected. */
  count: number;
  allMatching: boolean;
  selectAllMatching: () => void;
  clear: () => void;
  bulkVerdict: (act: BulkAct) => Verdict;
  onBulk: (act: BulkAct, opener: HTMLElement) => void;
  /** The export on its way, if any. */
  exporting: ExportScope | undefined;
  onExport: (scope: ExportScope) => void;
}

/**
 * "Export CSV" (every contact matching the query) or "Export selected": "Exporting…" while its pages
 * arrive, and the other export waits (one at a time).
 */
function renderExport(view: ToolbarView, scope: ExportScope): TemplateResult {
  const { msg } = view.words;
  const running = view.exporting === scope;
  return html`<button
    type="button"
    class="btn ${scope === 'list' ? '' : 'small'}"
    part=${scope === 'list' ? 'export-button' : 'bulk-export-button'}
    aria-disabled=${view.exporting ? 'true' : 'false'}
    aria-busy=${running ? 'true' : 'false'}
    @click=${() => {
      if (!view.exporting) view.onExport(scope);
    }}
  >
    ${running ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    ${msg(running ? 'export.running' : scope === 'list' ? 'export.list' : 'export.selection')}
  </button>`;
}

/**
 * Search, status and role filters (one value each; "Filters" holds the rest), the total ("Showing 1–150
 * of 2,000" on screen; a screen reader's status region says only "2,000 contacts", so it speaks when a
 * search, filter or write changes the count, not at every page loaded as the list scrolls), "Export CSV"
 * and "Add contact" — enabled, or disabled with the engine's reason, visible on hover and focus and read
 * as its description.
 */
export function renderToolbar(view: ToolbarView): TemplateResult {
  const { words, state } = view;
  const { msg } = words;
  const add = whyDisabled({ id: 'why-add', reason: words.reason(view.add), press: view.onAdd });
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search" class="visually-hidden">${msg('list.search')}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        placeholder=${msg('list.search-placeholder')}
        .value=${state.search}
        @input=${view.onSearch}
      />
    </div>
    <div class="field filter">
      <label for="status-filter">${msg('list.filter-status')}</label>
      <select
        id="status-filter"
        .value=${live(oneValue(state.filter.status, contactStatuses))}
        @change=${view.onStatus}
      >
        <option value="" ?selected=${(state.filter.status ?? []).length === 0}>
          ${msg('list.filter-any')}
        </option>
        ${several(words, state.filter.status)}
        ${contactStatuses.map(
          (status) =>
            html`<option
              value=${status}
              ?selected=${state.filter.status?.length === 1 && state.filter.status[0] === status}
            >
              ${words.status(status)}
            </option>`,
        )}
      </select>
    </div>
    <div class="field filter">
      <label for="role-filter">${msg('list.filter-role')}</label>
      <select
        id="role-filter"
        .value=${live(oneValue(state.filter.role, view.roles))}
        @change=${view.onRole}
      >
        <option value="" ?selected=${(state.filter.role ?? []).length === 0}>
          ${msg('list.filter-any')}
        </option>
        ${several(words, state.filter.role)}
        ${view.roles.map(
          (role) =>
            html`<option
              value=${role}
              ?selected=${state.filter.role?.length === 1 && state.filter.role[0] === role}
            >
              ${words.role(role)}
            </option>`,
        )}
      </select>
    </div>
    ${view.filters}
    <span class="spacer"></span>
    <span class="total" part="total" aria-hidden="true">
      ${view.busy ? html`<span class="spinner"></span>` : nothing}
      ${
        view.total === undefined
          ? nothing
          : view.loaded > 0 && view.loaded < view.total
            ? msg('list.showing', { first: 1, last: view.loaded, total: view.total })
            : msg('list.total', { count: view.total })
      }
    </span>
    <span class="visually-hidden" role="status" id="total-status"
      >${view.total === undefined ? nothing : msg('list.total', { count: view.total })}</span
    >
    ${view.total ? renderExport(view, 'list') : nothing}
    <span class="act has-tip">
      <button
        type="button"
        class="btn primary"
        part="add-button"
        aria-disabled=${add.ariaDisabled}
        aria-describedby=${add.describedBy}
        @click=${add.onClick}
      >
        ${msg('act.add')}
      </button>
      ${add.tip}
    </span>
  </div>`;
}

/**
 * The selection's count, "select all matching the filter", "Export selected", and the bulk acts with
 * their reasons.
 */
export function renderBulkBar(view: ToolbarView): TemplateResult | typeof nothing {
  const { words, count } = view;
  const { msg } = words;
  if (count === 0) return nothing;
  const acts: BulkAct[] = ['inactivate', 'resend-invitation', 'delete'];
  return html`<div class="bulk-bar" part="bulk-bar" role="group" aria-label=${msg('bulk.label')}>
    <strong>${msg('select.count', { count })}</strong>
    ${
      !view.allMatching && view.total !== undefined && view.total > count
        ? html`<button type="button" class="btn ghost small" @click=${view.selectAllMatching}>
            ${msg('select.all-matching', { count: view.total })}
          </button>`
        : nothing
    }
    <button type="button" class="btn ghost small" @click=${view.clear}>
      ${msg('select.clear')}
    </button>
    <span class="spacer"></span>
    ${renderExport(view, 'selection')}
    ${acts.map((act) => {
      const bulk = whyDisabled({
        id: `why-bulk-${act}`,
        reason: words.reason(view.bulkVerdict(act)),
        press: (opener) => view.onBulk(act, opener),
      });
      return html`<span class="act has-tip">
        <button
          type="button"
          class="btn small ${act === 'delete' ? 'danger' : ''}"
          data-bulk=${act}
          aria-disabled=${bulk.ariaDisabled}
          aria-describedby=${bulk.describedBy}
          @click=${bulk.onClick}
        >
          ${msg(`bulk.${act}`)}
        </button>
        ${bulk.tip}
      </span>`;
    })}
  </div>`;
}
