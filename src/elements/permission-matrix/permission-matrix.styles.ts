import { css } from 'lit';
import { gridStyles } from '../internal/grid.js';
import { pickerStyles } from '../internal/picker.js';
import { badgeStyles, controls, tokens } from '../internal/styles.js';
import { tipStyles } from '../internal/tip.js';

/**
 * `<permission-matrix>`'s look: the shared grid (its cell tones), tip and picker parts, then the
 * tabs, the person and approver layouts, the legend and the review.
 */
export const permissionMatrixStyles = [
  tokens,
  controls,
  badgeStyles,
  tipStyles,
  gridStyles,
  pickerStyles,
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
    /* Forced colours: the selected tab's underline is Highlight (the others' stays Canvas). */
    @media (forced-colors: active) {
      [role='tab'] {
        border-bottom-color: Canvas;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: Highlight;
      }
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
