import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { whyDisabled } from './tip.js';

/** A small padlock: the cell cannot be changed (the reason is in text beside it). */
const lockIcon = html`<svg
  class="lock"
  viewBox="0 0 16 16"
  width="12"
  height="12"
  aria-hidden="true"
  focusable="false"
>
  <path
    fill="currentColor"
    d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z"
  />
</svg>`;

/** The shell of a grid: its caption (the accessible name), header row and row groups. */
export interface GridSpec {
  /** The id of the caption (the table's accessible name); also a hook for tests and stories. */
  captionId: string;
  caption: string;
  /** An ARIA grid of cell controls with one tab stop (`true`), or a plain read-only table. */
  interactive: boolean;
  /** More classes on the table (e.g. `person`). */
  classes?: string;
  /** The header row's cells (`<th scope="col">…`). */
  head: TemplateResult;
  /** The row groups (`<tbody>…`). */
  body: TemplateResult | TemplateResult[];
  /** The grid's keydown listener (see `GridFocusController.keydown`). */
  keydown?: (event: KeyboardEvent) => void;
}

/**
 * A table of cells, as an ARIA grid when its cells are controls. On narrow screens it scrolls on its
 * own. Needs {@link gridStyles} (and `tipStyles` for the reasons of disabled cells).
 */
export function renderGrid(spec: GridSpec): TemplateResult {
  return html`<div class="scroll">
    <table
      class="matrix ${spec.classes ?? ''}"
      part="grid"
      role=${spec.interactive ? 'grid' : 'table'}
      aria-labelledby=${spec.captionId}
      @keydown=${spec.keydown}
    >
      <caption id=${spec.captionId}>
        <span class="held-in-view">${spec.caption}</span>
      </caption>
      <thead>
        <tr>
          ${spec.head}
        </tr>
      </thead>
      ${spec.body}
    </table>
  </div>`;
}

/** How a cell reads: its tone drives the look, `label` the accessible name, `text` what is seen. */
export interface CellSpec {
  grid: string;
  /** A stable hook for tests and stories: `<capability>@<role id | site id | "access">`. */
  key: string;
  row: number;
  col: number;
  /** The accessible name: "Approves budgets, Registration admin: Yes". */
  label: string;
  /** The visible text of the state. */
  text: string;
  /** `inherited` (from a role), `granted` (explicit), `limited` (conditional), `none`. */
  tone: 'inherited' | 'granted' | 'limited' | 'none';
  /** For an on/off cell; ignored when the cell opens a menu (`menu`). */
  checked: boolean | 'mixed';
  /**
   * The cell opens a menu of states instead of toggling (the APG menu button): the menu's id, and
   * whether it is open. `onToggle` then opens or closes it.
   */
  menu?: { id: string; expanded: boolean } | undefined;
  /** Staged and not saved. */
  changed: boolean;
  changedText: string;
  /** Why the cell cannot be toggled; `undefined` when it can. */
  reason: string | undefined;
  /** Whether to render a control at all (false in a read-only table). */
  interactive: boolean;
  tabIndex: number;
  onToggle: () => void;
  onFocus: () => void;
}

/**
 * One cell of a grid. Interactive cells hold a checkbox-like button (or, with `menu`, a button that
 * opens a menu of states) that stays focusable when disabled (`aria-disabled`), so its reason — shown
 * beside it on hover and focus, and linked with `aria-describedby` — reaches keyboard and
 * screen-reader users alike.
 */
export function renderGridCell(spec: CellSpec): TemplateResult {
  const face = html`<span class="mark" aria-hidden="true"></span
    ><span class="cell-text">${spec.text}</span>`;
  if (!spec.interactive) {
    return html`<td class="cell" part="cell" data-tone=${spec.tone} data-key=${spec.key}>
      <span class="cell-face">${face}</span>
    </td>`;
  }
  const why = whyDisabled({
    id: `${spec.grid}-tip-${spec.row}-${spec.col}`,
    reason: spec.reason,
    press: spec.onToggle,
    placement: 'center',
    part: 'reason',
  });
  const menu = spec.menu;
  const checked = spec.checked === 'mixed' ? 'mixed' : spec.checked ? 'true' : 'false';
  return html`<td
    role="gridcell"
    class="cell has-tip"
    part="cell"
    data-tone=${spec.tone}
    ?data-changed=${spec.changed}
  >
    <button
      type="button"
      class="cell-face"
      role=${ifDefined(menu ? undefined : 'checkbox')}
      data-row=${spec.row}
      data-col=${spec.col}
      data-key=${spec.key}
      tabindex=${spec.tabIndex}
      aria-checked=${ifDefined(menu ? undefined : checked)}
      aria-haspopup=${ifDefined(menu ? 'menu' : undefined)}
      aria-expanded=${ifDefined(menu ? (menu.expanded && why.ariaDisabled !== 'true' ? 'true' : 'false') : undefined)}
      aria-controls=${ifDefined(menu?.expanded && why.ariaDisabled !== 'true' ? menu.id : undefined)}
      aria-disabled=${why.ariaDisabled}
      aria-label=${spec.changed ? `${spec.label} (${spec.changedText})` : spec.label}
      aria-describedby=${why.describedBy}
      @click=${why.onClick}
      @focus=${spec.onFocus}
    >
      ${face}${why.ariaDisabled === 'true' ? lockIcon : nothing}
    </button>
    ${why.tip}
  </td>`;
}

/**
 * The look of {@link renderGrid} and {@link renderGridCell}. Cell tones: `inherited` (a green tint
 * and a check), `granted` (solid primary with a star), `limited` (a half mark), `none` (a dash);
 * staged cells get a dashed amber outline. The difference is in each cell's text too, never in
 * colour alone.
 */
export const gridStyles: CSSResult = css`
  .scroll {
    position: relative;
  }
  table.matrix {
    border-collapse: separate;
    border-spacing: 0;
    min-width: 100%;
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
  }
  caption {
    text-align: start;
    font-weight: 650;
    padding-bottom: var(--portico-space);
  }
  th,
  td {
    padding: 6px var(--portico-space);
    border-bottom: 1px solid var(--portico-color-border);
    text-align: center;
    vertical-align: middle;
  }
  thead th {
    background: var(--portico-color-surface-alt);
    font-weight: 650;
    font-size: 0.92em;
  }
  th.row-head {
    text-align: start;
    font-weight: 500;
    min-width: 14em;
  }
  tr.group th {
    text-align: start;
    background: var(--portico-color-surface-alt);
    color: var(--portico-color-muted);
    font-size: 0.82em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  tbody:last-child tr:last-child > * {
    border-bottom: 0;
  }

  .cell {
    position: relative;
  }
  .cell-face {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 30px;
    padding: 2px 10px;
    border-radius: 999px;
    border: 1px solid transparent;
    background: transparent;
    color: var(--portico-color-muted);
    white-space: nowrap;
  }
  button.cell-face {
    cursor: pointer;
  }
  button.cell-face:hover {
    border-color: var(--portico-color-border);
  }
  button.cell-face[aria-disabled='true'] {
    cursor: not-allowed;
  }
  .mark::before {
    content: '–';
    font-weight: 700;
  }
  [data-tone='inherited'] .cell-face {
    color: var(--portico-color-success);
    background: color-mix(in srgb, var(--portico-color-success) 9%, var(--portico-color-surface));
    border-color: color-mix(
      in srgb,
      var(--portico-color-success) 35%,
      var(--portico-color-surface)
    );
  }
  [data-tone='inherited'] .mark::before {
    content: '✓';
  }
  [data-tone='granted'] .cell-face {
    color: var(--portico-color-on-primary);
    background: var(--portico-color-primary);
    border-color: var(--portico-color-primary);
  }
  [data-tone='granted'] .mark::before {
    content: '★';
  }
  [data-tone='limited'] .cell-face {
    color: var(--portico-color-warning);
    background: color-mix(in srgb, var(--portico-color-warning) 8%, var(--portico-color-surface));
    border-style: dotted;
    border-color: var(--portico-color-warning);
  }
  [data-tone='limited'] .mark::before {
    content: '◐';
  }
  .cell[data-changed] .cell-face {
    outline: 2px dashed var(--portico-color-warning);
    outline-offset: 2px;
  }
  button.cell-face:focus-visible {
    outline: var(--portico-focus-ring);
    outline-offset: 3px;
  }
  .lock {
    flex: none;
    opacity: 0.75;
  }
  /* Forced colours: the tones' tints are gone (their marks ✓ ★ ◐ – stay); a cell that can be pressed
     keeps a ButtonText edge, one that cannot reads GrayText, a staged change a Highlight outline. */
  @media (forced-colors: active) {
    button.cell-face {
      border-color: ButtonText;
    }
    button.cell-face[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .cell[data-changed] .cell-face {
      outline-color: Highlight;
    }
  }
  /*
   * On narrow screens a wide table scrolls on its own, its first column (what each row is) staying
   * in place while the other columns scroll under it; the row names take less room and wrap, and so
   * do the cells' words, so a phone shows more than one column beside them.
   */
  @media (max-width: 720px) {
    .scroll {
      overflow-x: auto;
    }
    th.row-head {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      min-width: 8.5em;
      max-width: 11em;
      background: var(--portico-color-surface);
      box-shadow: inset -1px 0 0 var(--portico-color-border);
    }
    thead th.row-head {
      background: var(--portico-color-surface-alt);
    }
    /* The table's name and its groups' names span the scrolling width: their words stay in view. */
    .held-in-view {
      position: sticky;
      inset-inline-start: 0;
      display: inline-block;
    }
    .cell-face {
      white-space: normal;
      text-align: start;
    }
  }
`;
