import { css } from 'lit';
import { badgeStyles, controls, tokens } from '../internal/styles.js';

/**
 * `<permission-matrix>`'s look. Cell tones: `inherited` (held through the role: a green tint and a
 * check), `granted` (given to this person: solid primary with a star), `limited` (under a condition:
 * a half mark), `none` (a dash). Staged cells get a dashed amber outline. The difference is in the
 * text of each cell too, never in colour alone.
 */
export const permissionMatrixStyles = [
  tokens,
  controls,
  badgeStyles,
  css`
    :host {
      display: block;
    }

    .tabs {
      display: flex;
      gap: 2px;
      border-bottom: 1px solid var(--portico-color-border);
      margin-bottom: calc(var(--portico-space) * 2);
    }
    [role='tab'] {
      font: inherit;
      font-weight: 600;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: var(--portico-space) calc(var(--portico-space) * 2);
      border: 0;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
      background: transparent;
      color: var(--portico-color-muted);
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      color: var(--portico-color-primary);
      border-bottom-color: var(--portico-color-primary);
    }
    [role='tab']:hover {
      color: var(--portico-color-text);
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--portico-color-warning);
    }

    .panel {
      display: flex;
      flex-direction: column;
      gap: calc(var(--portico-space) * 1.5);
    }
    h3 {
      margin: 0;
      font-size: 1.05em;
      font-weight: 650;
    }
    .muted {
      color: var(--portico-color-muted);
    }
    .loading {
      display: flex;
      align-items: center;
      gap: var(--portico-space);
      color: var(--portico-color-muted);
    }
    .banner {
      margin: 0;
    }
    .banner .btn {
      margin-inline-start: auto;
    }

    .scroll {
      position: relative;
    }
    /* On narrow screens a wide table scrolls on its own (reasons may then scroll with it). */
    @media (max-width: 720px) {
      .scroll {
        overflow-x: auto;
      }
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

    .tip {
      display: none;
      position: absolute;
      z-index: 2;
      inset-inline-start: 50%;
      top: calc(100% - 4px);
      transform: translateX(-50%);
      width: max-content;
      max-width: 22em;
      padding: 6px 10px;
      border-radius: var(--portico-radius);
      background: var(--portico-color-text);
      color: var(--portico-color-surface);
      font-size: 0.88em;
      font-weight: 500;
      text-align: start;
      white-space: normal;
      box-shadow: 0 4px 12px rgb(16 24 40 / 0.2);
    }
    .cell:hover .tip,
    .cell:focus-within .tip {
      display: block;
    }

    .person-layout {
      display: grid;
      grid-template-columns: minmax(12em, 16em) minmax(0, 1fr);
      gap: calc(var(--portico-space) * 3);
      align-items: start;
    }
    .person-layout > :only-child {
      grid-column: 1 / -1;
    }
    @media (max-width: 720px) {
      .person-layout {
        grid-template-columns: 1fr;
      }
    }
    .person-body {
      display: flex;
      flex-direction: column;
      gap: calc(var(--portico-space) * 1.5);
      min-width: 0;
    }
    .person-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--portico-space);
    }
    .role-field {
      max-width: 28em;
    }
    .role-line .label {
      font-weight: 600;
    }
    .changed-note {
      color: var(--portico-color-warning);
    }

    .picker {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .picker .hint {
      margin: 0;
      min-height: 1.2em;
    }
    .picker .blocked {
      color: var(--portico-color-warning);
    }
    .results {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .results li {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
    }
    .result {
      max-width: 100%;
      white-space: normal;
      text-align: start;
      justify-content: flex-start;
    }
    .result[aria-pressed='true'] {
      border-color: var(--portico-color-primary);
      color: var(--portico-color-primary);
    }
    .result-email {
      font-size: 0.86em;
      color: var(--portico-color-muted);
      padding-inline-start: var(--portico-space);
    }

    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--portico-space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
      color: var(--portico-color-muted);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 14px;
      height: 14px;
      border-radius: 4px;
      border: 1px solid var(--portico-color-border);
    }
    .legend [data-tone='inherited'] .swatch {
      background: color-mix(
        in srgb,
        var(--portico-color-success) 20%,
        var(--portico-color-surface)
      );
      border-color: var(--portico-color-success);
    }
    .legend [data-tone='granted'] .swatch {
      background: var(--portico-color-primary);
      border-color: var(--portico-color-primary);
    }

    .sites {
      display: flex;
      flex-direction: column;
      gap: var(--portico-space);
    }
    .sites th.row-head {
      min-width: 8em;
    }
    .assign {
      align-items: flex-end;
    }
    .assign .field {
      min-width: 14em;
    }

    .approvers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
      gap: calc(var(--portico-space) * 2);
    }
    .approver-list {
      display: flex;
      flex-direction: column;
      gap: var(--portico-space);
      padding: calc(var(--portico-space) * 1.5);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
    }
    .approver-list ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .approver-list li {
      display: flex;
      align-items: center;
      gap: var(--portico-space);
      padding: 4px 0;
      border-bottom: 1px solid var(--portico-color-border);
    }
    .approver-list li > span:first-child {
      flex: 1;
    }

    .review {
      margin-top: calc(var(--portico-space) * 2);
      padding: calc(var(--portico-space) * 1.5);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface-alt);
      display: flex;
      flex-direction: column;
      gap: var(--portico-space);
    }
    .review .count {
      margin-inline-start: var(--portico-space);
      font-weight: 500;
      color: var(--portico-color-warning);
      font-size: 0.9em;
    }
    .summary,
    .refusals {
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .refusals {
      color: var(--portico-color-danger);
    }
    .review .btn {
      /* State changes (enabled ↔ disabled) are immediate: no fading colour pair to misread. */
      transition: none;
    }
    .review p {
      margin: 0;
    }
    .notice:empty {
      display: none;
    }
  `,
];
