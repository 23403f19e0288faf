// Over 400 lines: one sheet for the list's three layouts (table, two-line rows, cards) and its dialogs.
import { css } from 'lit';
import { badgeStyles, bulkBarStyles, controls, dialogStyles, tokens } from '../internal/styles.js';
import { tipStyles } from '../internal/tip.js';

/**
 * `<contact-list>`'s styles. The host is a size container: under 600px of its own width the rows
 * become cards (a container query, so the element adapts to its slot in the page, not to the window).
 */
export const contactListStyles = [
  tokens,
  controls,
  badgeStyles,
  dialogStyles,
  tipStyles,
  bulkBarStyles,
  css`
    :host {
      display: block;
      container: contact-list / inline-size;
    }

    .toolbar {
      padding-block-end: var(--portico-space);
      align-items: flex-end;
    }
    .toolbar .search {
      flex: 1 1 16rem;
      max-width: 26rem;
    }
    .toolbar .filter {
      flex: 0 1 11rem;
    }
    .toolbar .filter label {
      font-size: 0.86em;
    }
    .filters-toggle[aria-expanded='true'] {
      background: color-mix(
        in srgb,
        var(--portico-color-primary) 10%,
        var(--portico-color-surface)
      );
    }
    .filter-panel {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space) calc(var(--portico-space) * 2);
      padding: var(--portico-space) calc(var(--portico-space) * 1.5);
      margin-block-end: var(--portico-space);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
    }
    .filter-panel .choices {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 9rem;
    }
    .filter-panel legend {
      font-size: 0.86em;
      font-weight: 600;
      padding: 0;
      margin-block-end: 4px;
    }
    .filter-panel .choice {
      display: flex;
      align-items: center;
      gap: 6px;
      min-height: 28px;
    }
    .filter-panel .dates {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--portico-space);
    }
    .chips {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin: 0 0 var(--portico-space);
      padding: 0;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 28px;
      padding: 2px 10px;
      border: 1px solid
        color-mix(in srgb, var(--portico-color-primary) 40%, var(--portico-color-surface));
      border-radius: 999px;
      background: color-mix(in srgb, var(--portico-color-primary) 8%, var(--portico-color-surface));
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .chip:focus-visible {
      outline: 2px solid var(--portico-color-primary);
      outline-offset: 2px;
    }
    .total {
      position: relative;
      color: var(--portico-color-muted);
      min-height: 36px;
      display: inline-flex;
      align-items: center;
      font-variant-numeric: tabular-nums;
    }
    /* Beside the count, outside its box: a page loading as the list scrolls moves nothing else. */
    .total .spinner {
      position: absolute;
      inset-inline-end: calc(100% + 6px);
    }

    /*
     * Each row is its own grid (only the rows in view are in the DOM), so the columns line up
     * through fixed tracks: Status as wide as its widest badge in the locale (measured), actions two
     * icon buttons, the rest shared, the e-mail and the job title giving way first.
     */
    .table {
      --_status: var(--_status-width, 8.5rem);
      --_actions: calc(2 * 32px + 4px);
      --_columns: var(
        --portico-contact-list-columns,
        2rem minmax(9rem, 1.6fr) minmax(6rem, 1.4fr) 8.75rem minmax(5rem, 0.9fr)
          minmax(7.5rem, 1.2fr) var(--_status) minmax(6.5rem, 0.5fr) var(--_actions)
      );
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
      overflow: hidden;
    }
    .row {
      display: grid;
      grid-template-columns: var(--_columns);
      align-items: center;
      column-gap: var(--portico-space);
      width: 100%;
      min-height: 48px;
      padding: 6px calc(var(--portico-space) * 1.5);
      border-bottom: 1px solid var(--portico-color-border);
      background: var(--portico-color-surface);
    }
    .row[aria-selected='true'] {
      background: color-mix(in srgb, var(--portico-color-primary) 7%, var(--portico-color-surface));
    }
    .row.head {
      min-height: 40px;
      background: var(--portico-color-surface-alt);
      font-weight: 600;
    }
    .row.empty-row {
      display: block;
      border-bottom: 0;
    }
    .cell {
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    /* A cell without a control is a stop of the grid (see ListGridController): its ring sits inside it. */
    .cell[data-stop]:focus-visible {
      outline: var(--portico-focus-ring);
      outline-offset: -2px;
      border-radius: 2px;
    }
    .cell.name {
      font-weight: 600;
    }
    .cell.phone {
      font-variant-numeric: tabular-nums;
    }
    .cell.actions {
      display: flex;
      justify-content: flex-end;
      gap: 4px;
      overflow: visible;
    }
    .edit .icon {
      flex: none;
    }

    /* The widest status badge, measured (see status-width.ts): never seen, never read. */
    .status-sizer {
      position: absolute;
      display: grid;
      justify-items: start;
      height: 0;
      overflow: hidden;
      visibility: hidden;
      pointer-events: none;
    }
    .status-sizer > * {
      grid-area: 1 / 1;
    }
    .sort {
      font: inherit;
      font-weight: 600;
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 4px 2px;
      border: 0;
      background: transparent;
      color: inherit;
      cursor: pointer;
      max-width: 100%;
    }
    .sort-mark {
      color: var(--portico-color-muted);
      font-size: 0.8em;
    }
    [aria-sort='ascending'] .sort-mark,
    [aria-sort='descending'] .sort-mark {
      color: var(--portico-color-primary);
    }

    /*
     * The scroller of the windowed rows (see RowWindow): as tall as asked, its content kept apart.
     * The spacer, as tall as every loaded row, has no children: --_rows is inherited, so set on an
     * ancestor of the rows a new page would restyle every row; on the spacer it restyles the spacer.
     * Each rendered row lies over it at its own place (its index in rows): a row never moves.
     * RowWindow places the rows, so the browser does not move the scroll position (no anchoring).
     */
    .body {
      /* One row's height: RowWindow writes the measured one here, without rendering the element again. */
      --_row-height: 48px;
      position: relative;
      height: var(--portico-contact-list-height, 480px);
      overflow-x: hidden;
      overflow-y: auto;
      overscroll-behavior: contain;
      overflow-anchor: none;
      contain: strict;
    }
    .spacer {
      height: calc(var(--_rows) * var(--_row-height));
    }
    .window {
      position: absolute;
      inset-block-start: 0;
      inset-inline: 0;
    }
    .window > .row {
      position: absolute;
      inset-inline: 0;
      z-index: 0;
    }
    .more {
      padding: var(--portico-space);
      text-align: center;
      color: var(--portico-color-muted);
      border-top: 1px solid var(--portico-color-border);
    }

    /*
     * A row's act: a refusal's reason shows on hover or focus and is always the button's accessible
     * description; in the table, where the edit button is an icon, its name shows the same way.
     */
    .act {
      display: inline-flex;
    }
    .why {
      color: var(--portico-color-muted);
      font-size: 0.86em;
      font-weight: 400;
      white-space: normal;
    }
    /* The edit button's name, shown like a tip where the button is an icon (the table). */
    .has-tip:hover > .name-tip,
    .has-tip:focus-within > .name-tip {
      display: none;
    }

    .menu {
      position: fixed;
      inset: auto;
      margin: 0;
      min-width: 15rem;
      max-width: 22rem;
      padding: 4px;
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
      color: var(--portico-color-text);
      box-shadow: 0 12px 32px rgb(16 24 40 / 0.18);
    }
    .menu-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .menu-entry {
      display: flex;
      flex-direction: column;
      padding-block-end: 2px;
    }
    .menu-entry .why {
      padding: 0 10px 6px;
    }
    .menu-item {
      font: inherit;
      display: block;
      width: 100%;
      padding: 8px 10px;
      border: 0;
      border-radius: calc(var(--portico-radius) - 2px);
      background: transparent;
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .menu-item:hover,
    .menu-item:focus-visible {
      background: var(--portico-color-surface-alt);
    }
    .menu-item:focus-visible {
      outline-offset: -2px;
    }
    .menu-item.danger {
      color: var(--portico-color-danger);
    }
    .menu-item[aria-disabled='true'] {
      cursor: not-allowed;
      color: var(--portico-color-muted);
      padding-block-end: 2px;
    }

    dialog.wide {
      width: min(760px, calc(100vw - 32px));
    }
    dialog > .dialog-body,
    .contact-form .dialog-body {
      min-height: 0;
    }
    .contact-form {
      display: flex;
      flex-direction: column;
      min-height: 0;
    }
    .form-grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: calc(var(--portico-space) * 2);
    }
    .form-grid .wide {
      grid-column: 1 / -1;
    }
    .form-grid .phone {
      display: grid;
      grid-template-columns: 6rem 1fr;
      gap: var(--portico-space);
    }
    .with-fix {
      display: flex;
      flex-direction: column;
      gap: 4px;
      align-items: flex-start;
    }
    .with-fix .field {
      align-self: stretch;
    }
    .subject {
      overflow-wrap: anywhere;
    }
    .candidates {
      display: flex;
      flex-direction: column;
      gap: 2px;
      max-height: 16rem;
      overflow: auto;
      margin: 0;
      padding: 4px;
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
    }
    .candidates legend {
      padding: 0 4px;
      font-weight: 600;
    }
    .candidate {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: var(--portico-space);
      align-items: center;
      padding: 6px 8px;
      border-radius: calc(var(--portico-radius) - 2px);
      cursor: pointer;
    }
    .candidate:hover {
      background: var(--portico-color-surface-alt);
    }
    .candidate .hint {
      grid-column: 2;
    }
    .refusals {
      margin: 0;
      padding-inline-start: 1.2rem;
      max-height: 16rem;
      overflow: auto;
      overflow-wrap: anywhere;
    }
    progress {
      width: 100%;
    }

    /* A table (wide and medium containers): the edit button is an icon beside "More actions". */
    @container contact-list (min-width: 600px) {
      .row .edit {
        min-width: 32px;
        min-height: 32px;
        padding: 0;
        border-color: transparent;
        background: transparent;
        color: var(--portico-color-muted);
      }
      .row .edit:hover {
        background: var(--portico-color-surface-alt);
        color: var(--portico-color-text);
      }
      .row .edit[aria-disabled='true'] {
        background: transparent;
        border-color: transparent;
        color: color-mix(in srgb, var(--portico-color-muted) 55%, var(--portico-color-surface));
      }
      .row .act-text {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
        white-space: nowrap;
      }
      .has-tip:hover > .name-tip,
      .has-tip:focus-within > .name-tip {
        display: block;
      }
      /* Tips open beside the button, over the cells before it, above the neighbouring rows. */
      .row:hover,
      .row:focus-within {
        z-index: 1;
      }
      .row .tip {
        inset-block-start: 50%;
        inset-inline-end: calc(100% + 6px);
        translate: 0 -50%;
      }
    }

    /*
     * Medium containers (600px to 1080px): still one row per contact, on two lines: name over e-mail,
     * role over job title, status over phone.
     */
    @container contact-list (min-width: 600px) and (max-width: 1079.98px) {
      .row:not(.empty-row) {
        grid-template-columns:
          2rem minmax(0, 1.5fr) minmax(0, 1fr) max(var(--_status), 8.75rem)
          minmax(6rem, 0.7fr) var(--_actions);
        grid-template-areas:
          'select name  role     status lastSignInAt actions'
          'select email jobTitle phone  lastSignInAt actions';
        row-gap: 1px;
        padding-block: 6px;
      }
      .row.head {
        padding-block: 4px;
      }
      .row:not(.head) .cell.email,
      .row:not(.head) .cell.jobTitle,
      .row:not(.head) .cell.phone {
        color: var(--portico-color-muted);
        font-size: 0.92em;
      }
      .row.head .sort {
        padding-block: 1px;
      }
      .row .cell.phone {
        /* Under the status badge: never widens the shared track, an odd number is cut with an ellipsis. */
        contain: inline-size;
      }
    }

    /* Medium containers and cards place the cells by name. */
    @container contact-list (max-width: 1079.98px) {
      .row .cell.select {
        grid-area: select;
      }
      .row .cell.name {
        grid-area: name;
      }
      .row .cell.email {
        grid-area: email;
      }
      .row .cell.phone {
        grid-area: phone;
      }
      .row .cell.jobTitle {
        grid-area: jobTitle;
      }
      .row .cell.role {
        grid-area: role;
      }
      .row .cell.status {
        grid-area: status;
      }
      .row .cell.lastSignInAt {
        grid-area: lastSignInAt;
      }
      .row .cell.actions {
        grid-area: actions;
      }
    }

    /* Cards on narrow containers (seed 000's columns, stacked). */
    @container contact-list (max-width: 599.98px) {
      .row.head {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 12px;
        padding-block: 4px;
      }
      .row.head .cell.actions {
        display: none;
      }
      /* Top to bottom in the cells' order, so ←/→ go through a card as it reads (the status too). */
      .row:not(.head):not(.empty-row) {
        grid-template-columns: 2.25rem minmax(0, 1fr);
        grid-template-areas:
          'select name'
          'select email'
          'select phone'
          'select jobTitle'
          'select role'
          'select status'
          'select lastSignInAt'
          'select actions';
        row-gap: 2px;
        padding-block: 10px;
      }
      .row .cell.select {
        align-self: start;
      }
      /*
       * A long name or e-mail wraps (anywhere: an e-mail has no spaces) instead of being cut with "…"
       * on its first line. Two lines on every card, used or not: RowWindow needs one row height per
       * layout. Past two lines (over ~60 characters at 390px) the end is still cut (no line-clamp:
       * Chromium 150 put its "…" on the first line of an e-mail broken anywhere).
       */
      .row:not(.head) .cell.name,
      .row:not(.head) .cell.email {
        height: 2lh;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .row .cell.status {
        justify-self: start;
      }
      .row .cell.actions {
        justify-content: flex-start;
        padding-block-start: 4px;
      }
      .cell.email {
        --_label: var(--_label-email);
      }
      .cell.phone {
        --_label: var(--_label-phone);
      }
      .cell.jobTitle {
        --_label: var(--_label-jobTitle);
      }
      .cell.role {
        --_label: var(--_label-role);
      }
      .cell.lastSignInAt {
        --_label: var(--_label-lastSignInAt);
      }
      .row:not(.head) .cell::before {
        content: var(--_label) / '';
        white-space: nowrap;
        color: var(--portico-color-muted);
        margin-inline-end: 6px;
        font-size: 0.86em;
      }
      .toolbar .search {
        max-width: none;
        flex-basis: 100%;
      }
    }
  `,
];
