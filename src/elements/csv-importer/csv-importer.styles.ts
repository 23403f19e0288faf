import { css } from 'lit';
import { controls, tokens } from '../internal/styles.js';

/** `<csv-importer>`'s look: tokens and controls, then its steps, drop zone, tables and progress. */
export const csvImporterStyles = [
  tokens,
  controls,
  css`
    :host {
      display: block;
    }
    h2 {
      font-size: 1.15em;
      margin: 0 0 var(--portico-space);
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--portico-space) * 2);
      list-style: none;
      padding: 0;
      margin: 0 0 calc(var(--portico-space) * 2);
      color: var(--portico-color-muted);
    }
    .steps [aria-current='step'] {
      color: var(--portico-color-text);
      font-weight: 600;
      border-bottom: 3px solid var(--portico-color-primary);
    }
    .drop {
      border: 2px dashed var(--portico-color-border);
      border-radius: var(--portico-radius);
      padding: calc(var(--portico-space) * 3);
      text-align: center;
      background: var(--portico-color-surface);
    }
    .drop[data-dragging='true'] {
      border-color: var(--portico-color-primary);
      background: var(--portico-color-surface-alt);
    }
    .drop[aria-disabled='true'] {
      opacity: 0.7;
    }
    .file-button {
      display: inline-flex;
      position: relative;
      cursor: pointer;
    }
    .file-button:focus-within {
      outline: var(--portico-focus-ring);
      outline-offset: 2px;
    }
    .file-button[data-disabled] {
      cursor: not-allowed;
      opacity: 0.6;
    }
    .template {
      margin-top: calc(var(--portico-space) * 2);
    }
    .read {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--portico-space) * 2);
      margin-bottom: var(--portico-space);
    }
    select,
    input.fix {
      font: inherit;
      padding: 4px 6px;
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
      color: var(--portico-color-text);
    }
    .scroll {
      overflow-x: auto;
      margin: var(--portico-space) 0;
      container-type: inline-size;
    }
    .table {
      border-collapse: collapse;
      width: 100%;
      background: var(--portico-color-surface);
    }
    .table caption {
      text-align: start;
      font-weight: 600;
      padding: var(--portico-space) 0;
    }
    .table th,
    .table td {
      text-align: start;
      vertical-align: top;
      padding: 6px var(--portico-space);
      border-bottom: 1px solid var(--portico-color-border);
    }
    .table thead th {
      background: var(--portico-color-surface-alt);
    }
    .table .sample {
      color: var(--portico-color-muted);
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space);
      margin-bottom: var(--portico-space);
    }
    .filter[aria-pressed='true'] {
      border-color: var(--portico-color-primary);
      color: var(--portico-color-primary);
      font-weight: 600;
    }
    .existing {
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      margin: var(--portico-space) 0;
    }
    .existing label {
      display: block;
    }
    .problems {
      min-width: 18em;
      margin: 0;
      padding-inline-start: 1.2em;
    }
    .row-fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
      gap: 4px;
      min-width: 18em;
      margin: 4px 0;
      padding: 4px 6px;
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
    }
    .row-fields legend {
      font-size: 0.9em;
    }
    .row-fields input.fix {
      min-width: 0;
    }
    .problems [data-severity='error'] {
      color: var(--portico-color-danger);
    }
    .problems [data-severity='warning'] {
      color: var(--portico-color-warning);
    }
    .outcome {
      font-weight: 600;
      white-space: nowrap;
    }
    .outcome[data-outcome='error'],
    .outcome[data-tone='error'] {
      color: var(--portico-color-danger);
    }
    .outcome[data-outcome='create'],
    .outcome[data-outcome='update'],
    .outcome[data-tone='success'] {
      color: var(--portico-color-success);
    }
    .outcome[data-outcome='skip'],
    .outcome[data-tone='muted'] {
      color: var(--portico-color-muted);
    }
    .pager,
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space);
      margin-top: var(--portico-space);
    }
    progress {
      width: 100%;
      height: 1em;
    }
    /* A phone-wide table: the row, its outcome and its problems fit the width, so every problem reads
       without scrolling sideways (the file's own cells, after them, may still scroll). */
    @container (max-width: 40em) {
      .table th,
      .table td {
        padding: 4px;
      }
      .outcome {
        white-space: normal;
      }
      .problems {
        box-sizing: border-box;
        width: calc(100cqi - 11em);
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .table [part='drop'] {
        max-width: calc(100cqi - 11em);
        white-space: normal;
      }
      .row-fields {
        min-width: 0;
      }
      .problems input.fix {
        box-sizing: border-box;
        width: 100%;
      }
    }
    /* The mapping on a phone: each of the file's columns is a block — its name, its first value, the
       field it goes to — so the choice is never scrolled out of sight. The table's markup (row headers,
       the select named by its column) is unchanged; its column headings are kept for screen readers. */
    @container (max-width: 30em) {
      .mapping thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .mapping tr {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        padding: 6px 0;
        border-bottom: 1px solid var(--portico-color-border);
      }
      .mapping th,
      .mapping td {
        border-bottom: 0;
        padding: 2px 4px;
        overflow-wrap: anywhere;
      }
      .mapping select {
        box-sizing: border-box;
        width: 100%;
      }
    }
  `,
];
