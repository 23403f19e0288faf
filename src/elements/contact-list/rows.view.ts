import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ContactQueryController } from '../../controllers/contact-list/contact-query-controller.js';
import type {
  KeptRow,
  RowRange,
  WindowTemplate,
} from '../../controllers/contact-list/row-window.js';
import type { Contact, ContactSortField, SortDirection } from '../../core/model/index.js';
import { formatPhone } from '../../core/validation/index.js';
import type { RowAct, Verdict } from '../../core/rules/index.js';
import { statusTone } from '../internal/badge.js';
import { whyDisabled } from '../internal/tip.js';
import type { ListWords } from './contact-list.words.js';

/** The columns of the list (seed 000), in order, and the sort field behind each sortable one. */
export const columns = [
  { key: 'name', sort: 'name' },
  { key: 'email', sort: 'email' },
  { key: 'phone', sort: 'phone' },
  { key: 'jobTitle', sort: 'jobTitle' },
  { key: 'role', sort: 'role' },
  { key: 'status', sort: 'status' },
  { key: 'lastSignInAt', sort: 'lastSignInAt' },
] as const satisfies readonly { key: string; sort: ContactSortField }[];

/** The view model of the header row and the rows. */
export interface RowView {
  words: ListWords;
  verdict: (act: RowAct, contact: Contact) => Verdict;
  isSelected: (contact: Contact) => boolean;
  /** A row's box was clicked; `range`: with Shift, every row from the box clicked last to this one. */
  toggle: (contact: Contact, selected: boolean, range: boolean) => void;
  edit: (contact: Contact, opener: HTMLElement) => void;
  openMenu: (contact: Contact, opener: HTMLElement) => void;
  /** The contact whose menu is open (its trigger says so with `aria-expanded`). */
  menuFor: string | undefined;
  sort: { field: ContactSortField; direction: SortDirection } | undefined;
  sortBy: (field: ContactSortField) => void;
  /** The state of the select-all-loaded box. */
  pageSelection: 'none' | 'some' | 'all';
  togglePage: (selected: boolean) => void;
  rowCount: number;
  /**
   * Everything a row's rendering depends on besides its contact, its selection and its menu (the
   * locale's words, the session, the facts the verdicts read): a row renders again only when its
   * contact (replaced, never changed in place), its selection, its menu or this key changed — a
   * scroll renders the rows that come into view and no other.
   */
  rowKey: readonly unknown[];
}

/** A DOM id from a contact id (ids are opaque strings). */
export const domId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^\w-]/g, '_')}`;

/**
 * The header row: select-all-loaded and a sort button per column, `aria-sort` on the sorted one. The box
 * binds `live()`: a host that undoes its change from `portico-selection-change` leaves the state as it
 * was, and the box the browser flipped must be set back.
 */
export function renderHeader(view: RowView): TemplateResult {
  const { msg } = view.words;
  return html`<div role="row" class="row head" part="header" aria-rowindex="1">
    <div role="columnheader" class="cell select">
      <input
        type="checkbox"
        data-stop
        tabindex="-1"
        aria-label=${msg('select.page')}
        .checked=${live(view.pageSelection === 'all')}
        .indeterminate=${live(view.pageSelection === 'some')}
        ?disabled=${view.rowCount === 0}
        @change=${(event: Event) => view.togglePage((event.target as HTMLInputElement).checked)}
      />
    </div>
    ${columns.map((column) => {
      const sorted = view.sort?.field === column.sort ? view.sort.direction : undefined;
      const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
      return html`<div role="columnheader" class="cell ${column.key}" aria-sort=${ariaSort}>
        <button
          type="button"
          class="sort"
          part="sort-button"
          data-stop
          tabindex="-1"
          title=${msg('list.sort-by', { column: msg(`col.${column.key}`) })}
          @click=${() => view.sortBy(column.sort)}
        >
          ${msg(`col.${column.key}`)}
          <span class="sort-mark" aria-hidden="true"
            >${sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}</span
          >
        </button>
      </div>`;
    })}
    <div role="columnheader" class="cell actions" data-stop tabindex="-1">
      ${msg('col.actions')}
    </div>
  </div>`;
}

/** The columns whose cells, in a card, show the column's name before the value. */
const namedInCards = ['email', 'phone', 'jobTitle', 'role', 'lastSignInAt'] as const;

/**
 * The names a card shows before its fields, as custom properties for the grid (`--_label-email`…):
 * set once on the grid, not on each row, and shown by CSS — a card's cell maps its own to `--_label`,
 * which its `::before` shows (a JSON string is a CSS string) with empty alternative text, so no screen
 * reader reads it: the column header names the cell. (A browser without alternative text for
 * generated content — Firefox before 128 — shows no name.)
 */
export function labelProperties(msg: ListWords['msg']): Record<string, string> {
  return Object.fromEntries(
    namedInCards.map((key) => [`--_label-${key}`, JSON.stringify(msg(`col.${key}`))]),
  );
}

/**
 * A row's box clicked: the selection changes, and the box then shows what the selection is once the
 * host has answered `portico-selection-change` (it may undo the change from its listener). The row is
 * not rendered again when its state ends as it began — `guard` sees nothing new — so the box clicked,
 * which the browser has already flipped, is set here.
 */
function toggleBox(view: RowView, contact: Contact, event: MouseEvent): void {
  const box = event.target as HTMLInputElement;
  view.toggle(contact, box.checked, event.shiftKey);
  box.checked = view.isSelected(contact);
}

/**
 * One contact: a row of cells on wide screens, a card on narrow ones (the same markup, laid out by a
 * container query). Names and every other value are text bindings, so markup in data shows as text.
 *
 * A row is rendered each time one scrolls into view, so its markup is kept to what it shows: no
 * white space between elements (each would be a text node to clone, insert and remove), text set
 * through `.textContent` rather than as a child (a child binding adds a marker comment and a part),
 * a value straight in its cell, and the badge (`renderBadge`'s markup) written in place. A card's
 * field names are the cells' `::before`, from the grid's `--_label-*` (see {@link labelProperties}).
 */
export function renderRow(view: RowView, contact: Contact, index: number): TemplateResult {
  const { words } = view;
  const { msg } = words;
  const selected = view.isSelected(contact);
  const role = words.role(contact.role);
  const edit = whyDisabled({
    id: domId('why-edit', contact.id),
    reason: words.reason(view.verdict('edit', contact)),
    press: (opener) => view.edit(contact, opener),
  });
  // No white space between the elements: Prettier would put it back.
  // prettier-ignore
  return html`<div role="row" class="row" part="row" aria-rowindex=${index + 2
    } aria-selected=${selected ? 'true' : 'false'} data-id=${contact.id} style="top: calc(${index} * var(--_row-height))"
    ><div role="gridcell" class="cell select"
      ><input type="checkbox" data-stop tabindex="-1" aria-label=${msg('select.row', { name: contact.name })
        } .checked=${live(selected)} @click=${(event: MouseEvent) => toggleBox(view, contact, event)}
    /></div
    ><div role="gridcell" class="cell name" data-stop tabindex="-1" part="name" title=${contact.name
      } .textContent=${contact.name}></div
    ><div role="gridcell" class="cell email" data-stop tabindex="-1" title=${contact.email
      } .textContent=${contact.email}></div
    ><div role="gridcell" class="cell phone" data-stop tabindex="-1" .textContent=${
      formatPhone(contact.phone)}></div
    ><div role="gridcell" class="cell jobTitle" data-stop tabindex="-1" title=${contact.jobTitle
      } .textContent=${contact.jobTitle}></div
    ><div role="gridcell" class="cell role" data-stop tabindex="-1" title=${role
      } .textContent=${role}></div
    ><div role="gridcell" class="cell status" data-stop tabindex="-1"
      ><span class="badge" part="badge" data-tone=${statusTone(contact.status)
        } .textContent=${words.status(contact.status)}></span
    ></div
    ><div role="gridcell" class="cell lastSignInAt" data-stop tabindex="-1" .textContent=${
      contact.lastSignInAt ? words.day(contact.lastSignInAt) : msg('list.never-signed-in')}></div
    ><div role="gridcell" class="cell actions"
      ><span class="act has-tip"
        ><button type="button" class="btn small edit" part="edit-button" data-stop tabindex="-1" aria-label=${
          msg('act.edit-of', { name: contact.name })} aria-disabled=${edit.ariaDisabled
          } aria-describedby=${edit.describedBy} @click=${edit.onClick}
          ><svg class="icon" aria-hidden="true" viewBox="0 0 20 20" width="16" height="16"
            fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"
            stroke-linejoin="round"
            ><path d="M13.6 3.4a1.9 1.9 0 0 1 2.7 2.7L7.1 15.3l-3.6.9.9-3.6 9.2-9.2Z"
            /><path d="m12.3 4.7 3 3"
          /></svg
          ><span class="act-text" .textContent=${msg('act.edit')}></span
        ></button
        >${edit.ariaDisabled === 'false'
          ? html`<span class="tip name-tip" aria-hidden="true" .textContent=${msg('act.edit')
            }></span>`
          : edit.tip}</span
      ><button type="button" class="icon-btn" part="menu-button" data-stop tabindex="-1" aria-controls="row-menu"
        aria-expanded=${view.menuFor === contact.id ? 'true' : 'false'} aria-label=${
        msg('act.more', { name: contact.name })} @click=${(event: Event) =>
          view.openMenu(contact, event.currentTarget as HTMLElement)}
        >⋯</button
    ></div
  ></div>`;
}

/** The places of the rows to render, in order: the range, and a kept row before or after it. */
function placesOf(range: RowRange, kept: KeptRow | undefined): number[] {
  const places: number[] = [];
  if (kept && kept.index < range.first) places.push(kept.index);
  for (let at = range.first; at <= range.last; at++) places.push(at);
  if (kept && kept.index > range.last) places.push(kept.index);
  return places;
}

/** The view model of the list's body: its state, and the rows when there are some. */
export interface ListView {
  words: ListWords;
  hasAdapter: boolean;
  /** The rows and the state of their query. */
  rows: Pick<
    ContactQueryController,
    'status' | 'error' | 'items' | 'total' | 'refreshing' | 'loadingMore' | 'reload'
  >;
  /** A search or filter narrows the list (the empty state says so). */
  filtered: boolean;
  /** The width of the Status column, once measured. */
  statusWidth: string | undefined;
  row: RowView;
  /**
   * The rows in the DOM: how many are loaded (the spacer is `count` rows of the height `RowWindow`
   * measured, `--_row-height`, tall), and the window of rows itself — `rows` renders the rows of a
   * range of `rows.items`, each row placed by its own index (its `top` is that many row heights: a
   * row is kept by place, so it never moves while it stays in the DOM), and renders them again by
   * itself on scroll.
   */
  window: { count: number; rows: (template: WindowTemplate) => unknown };
  /** The grid's keyboard (see `ListGridController`): its keydown and focusin listeners. */
  keys: { keydown: (event: KeyboardEvent) => void; focusin: (event: FocusEvent) => void };
}

/**
 * The list's body: no data source, loading, the failure with Retry, or the grid — a header row and
 * the rows, windowed (only the rows in view, and a few beyond, are in the DOM), or the empty row.
 * The grid is one tab stop: every stop (`data-stop`: a cell without a control, or the control a cell
 * holds) is rendered with `tabindex=-1`, and `ListGridController` gives the current one `0`.
 */
export function renderList(view: ListView): TemplateResult {
  const { words, rows } = view;
  const { msg } = words;
  if (!view.hasAdapter)
    return html`<div class="empty" part="empty">${msg('list.no-adapter')}</div>`;
  if (rows.status === 'loading' || rows.status === 'idle')
    return html`<div class="empty" part="empty" role="status">
      <span class="spinner" aria-hidden="true"></span> ${msg('list.loading')}
    </div>`;
  if (rows.status === 'error')
    return html`<div class="empty" part="empty">
      <div class="banner" data-tone="error" role="alert">
        ${msg('list.error', { reason: words.error(rows.error) })}
      </div>
      <button type="button" class="btn" @click=${() => void rows.reload()}>
        ${msg('list.retry')}
      </button>
    </div>`;
  return html`<div
    class="table"
    part="table"
    role="grid"
    aria-multiselectable="true"
    aria-label=${msg('list.label')}
    aria-rowcount=${rows.total + 1}
    aria-busy=${rows.refreshing ? 'true' : 'false'}
    style=${styleMap({ '--_status-width': view.statusWidth, ...labelProperties(msg) })}
    @keydown=${view.keys.keydown}
    @focusin=${view.keys.focusin}
  >
    <div role="rowgroup" class="head-group">${renderHeader(view.row)}</div>
    ${
      rows.items.length === 0
        ? html`<div role="rowgroup">
            <div role="row" class="row empty-row">
              <div role="gridcell" class="empty" part="empty">
                ${msg(view.filtered ? 'list.empty-filtered' : 'list.empty')}
              </div>
            </div>
          </div>`
        : html`<div role="rowgroup" class="body">
            <div role="presentation" class="spacer" style="--_rows: ${view.window.count}"></div>
            ${view.window.rows(
              (range, kept) =>
                html`<div role="presentation" class="window">
                  ${repeat(
                    placesOf(range, kept),
                    // Keyed by place in the list: a scroll keeps the rows still in view and adds
                    // those coming in; a new answer (a keystroke) fills the rows in place instead of
                    // removing them all and cloning new ones.
                    (at) => at,
                    (at) => {
                      const contact = rows.items[at]!;
                      const selected = view.row.isSelected(contact);
                      const menu = view.row.menuFor === contact.id;
                      return guard([contact, at, selected, menu, ...view.row.rowKey], () =>
                        renderRow(view.row, contact, at),
                      );
                    },
                  )}
                </div>`,
            )}
          </div>`
    }
    ${
      rows.loadingMore
        ? html`<div class="more" role="status">
            <span class="spinner" aria-hidden="true"></span> ${msg('list.loading-more')}
          </div>`
        : nothing
    }
  </div>`;
}
