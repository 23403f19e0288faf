import { html, nothing, type TemplateResult } from 'lit';
import {
  seatSorts,
  seatStatusFilters,
  type BulkResult,
  type SeatSort,
  type SeatStatusFilter,
} from '../../controllers/saas-seat-panel/seats-controller.js';
import type { SaasUser } from '../../core/model/index.js';
import type { SaasUserAct, SeatVerdict } from '../../core/rules/saas-users.js';
import { saasUserActs } from '../../core/rules/saas-users.js';
import { renderBadge } from '../internal/badge.js';
import { whyDisabled } from '../internal/tip.js';
import type { SeatWords } from './saas-seat-panel.words.js';

/** The view model of the SaaS users list. */
export interface ListView {
  words: SeatWords;
  items: readonly SaasUser[];
  total: number;
  more: boolean;
  search: string;
  filter: SeatStatusFilter;
  sort: SeatSort;
  selected: ReadonlySet<string>;
  /** Why "deactivate selected" is refused (nothing selected is fine: it is then disabled). */
  bulkRefusal: string | undefined;
  bulkResults: readonly BulkResult[] | undefined;
  /** `act:id` of the act running now. */
  busy: string | undefined;
  verdict: (act: SaasUserAct, user: SaasUser) => SeatVerdict;
  onSearch: (event: Event) => void;
  onFilter: (filter: SeatStatusFilter) => void;
  onSort: (sort: SeatSort) => void;
  onSelect: (user: SaasUser, on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onAct: (act: SaasUserAct, user: SaasUser, opener: HTMLElement) => void;
  onBulk: () => void;
  onCloseResults: () => void;
  onExport: () => void;
  onMore: () => void;
}

function renderToolbar(view: ListView): TemplateResult {
  const { msg } = view.words;
  return html`<div class="toolbar" part="toolbar">
    <div class="field search">
      <label for="search">${msg('filter.search')}</label>
      <input
        id="search"
        type="search"
        part="search"
        autocomplete="off"
        placeholder=${msg('filter.search-placeholder')}
        .value=${view.search}
        @input=${view.onSearch}
      />
    </div>
    <div class="field">
      <label for="status-filter">${msg('filter.status')}</label>
      <select
        id="status-filter"
        part="status-filter"
        @change=${(e: Event) =>
          view.onFilter((e.target as HTMLSelectElement).value as SeatStatusFilter)}
      >
        ${seatStatusFilters.map(
          (option) =>
            html`<option value=${option} ?selected=${option === view.filter}>
              ${option === 'all' ? msg('filter.all') : view.words.status(option)}
            </option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="sort">${msg('filter.sort')}</label>
      <select
        id="sort"
        part="sort"
        @change=${(e: Event) => view.onSort((e.target as HTMLSelectElement).value as SeatSort)}
      >
        ${seatSorts.map(
          (option) =>
            html`<option value=${option} ?selected=${option === view.sort}>
              ${msg(`sort.${option}`)}
            </option>`,
        )}
      </select>
    </div>
    <span class="spacer"></span>
    <span class="total" part="total" role="status"
      >${msg('list.total', { count: view.total })}</span
    >
  </div>`;
}

function renderBulkBar(view: ListView): TemplateResult {
  const { msg } = view.words;
  const count = view.selected.size;
  const running = view.busy === 'bulk-deactivate';
  const reason = count === 0 ? undefined : view.bulkRefusal;
  const bulk = whyDisabled({ id: 'why-bulk', reason, press: () => view.onBulk() });
  return html`<div class="toolbar bulk" part="bulk-bar">
    <span class="selected-count" aria-live="polite">${msg('list.selected', { count })}</span>
    <span class="has-tip"
      ><button
        type="button"
        class="btn small danger"
        part="bulk-button"
        ?disabled=${count === 0}
        aria-disabled=${running ? 'true' : bulk.ariaDisabled}
        aria-busy=${running ? 'true' : 'false'}
        aria-describedby=${bulk.describedBy}
        @click=${running ? undefined : bulk.onClick}
      >
        ${msg('act.bulk-deactivate')}</button
      >${bulk.tip}</span
    >
    <span class="spacer"></span>
    <button type="button" class="btn small" part="export-button" @click=${view.onExport}>
      ${msg('act.export')}
    </button>
  </div>`;
}

function renderResults(view: ListView, results: readonly BulkResult[]): TemplateResult {
  const { msg } = view.words;
  const failed = results.filter((r) => r.error !== undefined).length;
  return html`<section class="results" part="bulk-results" aria-labelledby="results-title">
    <div class="results-head">
      <h3 id="results-title" tabindex="-1">${msg('bulk.title')}</h3>
      <button type="button" class="btn small ghost" @click=${view.onCloseResults}>
        ${msg('act.close')}
      </button>
    </div>
    <p>${msg('bulk.summary', { done: results.length - failed, failed })}</p>
    <ul>
      ${results.map(
        (r) =>
          html`<li data-id=${r.user.id} data-ok=${r.error === undefined ? 'true' : 'false'}>
            <strong>${r.user.name}</strong>:
            ${
              r.error === undefined
                ? msg('bulk.ok')
                : msg('bulk.failed', { reason: view.words.error(r.error) })
            }
          </li>`,
      )}
    </ul>
  </section>`;
}

const labels = {
  'change-password': 'act.change-password',
  deactivate: 'act.deactivate',
  reactivate: 'act.reactivate',
} as const;

function renderAct(view: ListView, act: SaasUserAct, user: SaasUser): TemplateResult {
  const running = view.busy === `${act}:${user.id}`;
  const control = whyDisabled({
    id: `why-${act}-${user.id}`,
    reason: view.words.reason(view.verdict(act, user)),
    press: (opener) => view.onAct(act, user, opener),
  });
  return html`<span class="has-tip"
    ><button
      type="button"
      class="btn small ${act === 'deactivate' ? 'danger' : ''}"
      part="act-button"
      data-act=${act}
      aria-disabled=${running ? 'true' : control.ariaDisabled}
      aria-busy=${running ? 'true' : 'false'}
      aria-describedby=${control.describedBy}
      @click=${running ? undefined : control.onClick}
    >
      ${view.words.msg(labels[act])}</button
    >${control.tip}</span
  >`;
}

function renderRow(view: ListView, user: SaasUser): TemplateResult {
  const { words } = view;
  const active = user.status === 'active';
  return html`<tr part="row" data-id=${user.id}>
    <td class="check">
      <input
        type="checkbox"
        aria-label=${words.msg('act.select', { name: user.name })}
        .checked=${view.selected.has(user.id)}
        ?disabled=${!active}
        @change=${(e: Event) => view.onSelect(user, (e.target as HTMLInputElement).checked)}
      />
    </td>
    <th scope="row">${user.name}</th>
    <td class="email">${user.email}</td>
    <td>${renderBadge(words.status(user.status), active ? 'success' : 'neutral')}</td>
    <td><time datetime=${user.createdAt}>${words.date(user.createdAt)}</time></td>
    <td>
      <div class="acts" role="group" aria-label=${words.msg('act.acts-for', { name: user.name })}>
        ${saasUserActs(user).map((act) => renderAct(view, act, user))}
      </div>
    </td>
  </tr>`;
}

/** The SaaS users: toolbar, bulk bar, results of the last bulk act, table, "Show more". */
export function renderUserList(view: ListView): TemplateResult {
  const { msg } = view.words;
  const selectable = view.items.filter((user) => user.status === 'active');
  const all = selectable.length > 0 && selectable.every((user) => view.selected.has(user.id));
  const filtered = view.search !== '' || view.filter !== 'all';
  return html`${renderToolbar(view)} ${renderBulkBar(view)}
    ${view.bulkResults ? renderResults(view, view.bulkResults) : nothing}
    <div class="table-wrap" part="panel">
      <table part="table" aria-label=${msg('list.label')}>
        <thead>
          <tr>
            <th scope="col" class="check">
              <input
                type="checkbox"
                aria-label=${msg('act.select-all')}
                .checked=${all}
                ?disabled=${selectable.length === 0}
                @change=${(e: Event) => view.onSelectAll((e.target as HTMLInputElement).checked)}
              />
            </th>
            <th scope="col">${msg('col.name')}</th>
            <th scope="col">${msg('col.email')}</th>
            <th scope="col">${msg('col.status')}</th>
            <th scope="col">${msg('col.created')}</th>
            <th scope="col">${msg('col.acts')}</th>
          </tr>
        </thead>
        <tbody>
          ${
            view.items.length === 0
              ? html`<tr>
                  <td colspan="6" class="empty" part="empty">
                    ${msg(filtered ? 'list.empty-filtered' : 'list.empty')}
                  </td>
                </tr>`
              : view.items.map((user) => renderRow(view, user))
          }
        </tbody>
      </table>
    </div>
    ${
      view.more
        ? html`<button type="button" class="btn more" part="more-button" @click=${view.onMore}>
            ${msg('act.more')}
          </button>`
        : nothing
    }`;
}
