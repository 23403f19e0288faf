import { css } from 'lit';
import { passwordStyles } from '../internal/password.js';
import { badgeStyles, controls, dialogStyles, tokens } from '../internal/styles.js';
import { tipStyles } from '../internal/tip.js';

/** `<saas-seat-panel>`'s styles: the meter, the table (cards under 600px), the dialog's forms. */
export const saasSeatPanelStyles = [
  tokens,
  controls,
  badgeStyles,
  tipStyles,
  dialogStyles,
  passwordStyles,
  css`
    :host {
      display: block;
      container: saas-seat-panel / inline-size;
    }
    h2,
    h3 {
      margin: 0;
      font-size: 1.05em;
    }
    h2 {
      font-size: 1.2em;
    }
    .layout {
      display: grid;
      gap: calc(var(--portico-space) * 2);
    }
    .meter-panel {
      display: grid;
      gap: var(--portico-space);
      padding: calc(var(--portico-space) * 1.5);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
    }
    .meter-head {
      display: flex;
      justify-content: space-between;
      font-weight: 600;
    }
    .meter {
      position: relative;
      block-size: 12px;
      border-radius: 6px;
      background: var(--portico-color-surface-alt);
      border: 1px solid var(--portico-color-border);
      overflow: hidden;
    }
    .meter-fill {
      display: block;
      block-size: 100%;
      background: var(--portico-color-primary);
    }
    .meter[data-level='high'] .meter-fill {
      background: var(--portico-color-warning);
    }
    .meter[data-level='full'] .meter-fill,
    .meter[data-level='over'] .meter-fill {
      background: var(--portico-color-danger);
    }
    @media (forced-colors: active) {
      .meter-fill {
        background: Highlight;
      }
    }
    .meter-words,
    .sales {
      margin: 0;
    }
    .banner {
      margin: 0;
    }
    .acts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space);
    }
    .toolbar {
      align-items: flex-end;
    }
    .toolbar .search {
      flex: 1 1 14rem;
      max-width: 24rem;
    }
    .results {
      display: grid;
      gap: 4px;
      padding: var(--portico-space);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
    }
    .results-head {
      display: flex;
      justify-content: space-between;
      align-items: center;
    }
    .results p,
    .results ul {
      margin: 0;
    }
    .results [data-ok='false'] {
      color: var(--portico-color-danger);
    }
    .table-wrap {
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      overflow-x: auto;
      background: var(--portico-color-surface);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: var(--portico-space);
      text-align: start;
      vertical-align: middle;
      border-block-end: 1px solid var(--portico-color-border);
    }
    thead th {
      background: var(--portico-color-surface-alt);
      font-weight: 600;
    }
    tbody th {
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .email {
      overflow-wrap: anywhere;
      color: var(--portico-color-muted);
    }
    .check {
      inline-size: 2rem;
    }
    .more {
      justify-self: start;
    }
    @container saas-seat-panel (max-width: 600px) {
      table,
      thead,
      tbody {
        display: block;
      }
      thead tr > :not(.check) {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tbody tr {
        display: grid;
        grid-template-columns: 2rem 1fr;
        gap: 4px var(--portico-space);
        padding: var(--portico-space);
        border-block-end: 1px solid var(--portico-color-border);
      }
      tbody tr > :not(.check) {
        grid-column: 2;
      }
      tbody tr > .check {
        grid-row: 1 / span 5;
      }
      th,
      td {
        padding: 0;
        border: 0;
      }
      thead th.check {
        padding: var(--portico-space);
      }
    }
  `,
];
