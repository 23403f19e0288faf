import { css } from 'lit';
import { passwordStyles } from '../internal/password.js';
import { badgeStyles, bulkBarStyles, controls, dialogStyles, tokens } from '../internal/styles.js';
import { tipStyles } from '../internal/tip.js';

/** `<invite-status>`'s styles: one person's panel, or the company's table (cards under 600px). */
export const inviteStatusStyles = [
  tokens,
  controls,
  badgeStyles,
  tipStyles,
  css`
    :host {
      display: block;
      container: invite-status / inline-size;
    }
    h2,
    h3 {
      margin: 0;
      font-size: 1.05em;
      display: flex;
      align-items: center;
      gap: var(--portico-space);
    }
    h2 {
      font-size: 1.2em;
    }
    .muted {
      color: var(--portico-color-muted);
    }
    .person {
      display: grid;
      gap: calc(var(--portico-space) * 2);
    }
    .person-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portico-space);
    }
    .person-head .email {
      color: var(--portico-color-muted);
    }
    .invitation,
    .timeline {
      display: grid;
      gap: var(--portico-space);
      padding: calc(var(--portico-space) * 1.5);
      border: 1px solid var(--portico-color-border);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
    }
    .dates,
    .timeline ol {
      margin: 0;
      padding-inline-start: 1.2em;
      display: grid;
      gap: 4px;
    }
    .timeline li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--portico-space);
    }
    .timeline .when {
      color: var(--portico-color-muted);
    }
    .acts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portico-space);
    }
    .toolbar {
      padding-block-end: var(--portico-space);
      align-items: flex-end;
    }
    .toolbar .search {
      flex: 1 1 14rem;
      max-width: 24rem;
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
    td .muted {
      display: block;
      font-size: 0.9em;
    }
    .more {
      margin-block-start: var(--portico-space);
    }
    @container invite-status (max-width: 600px) {
      thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      tr {
        display: grid;
        gap: 4px;
        padding: var(--portico-space);
        border-block-end: 1px solid var(--portico-color-border);
      }
      th,
      td {
        padding: 0;
        border: 0;
      }
    }
    .template-bar {
      display: flex;
      justify-content: flex-end;
      margin-top: var(--portico-space);
    }
  `,
];

/** The acts' additions (w5-invacts): the dialogs, the password field, the selection and its bulk bar. */
export const actsStyles = [
  dialogStyles,
  passwordStyles,
  bulkBarStyles,
  css`
    .acts + .acts {
      margin-block-start: var(--portico-space);
    }
    .select {
      inline-size: 2.5em;
    }
    .select input {
      inline-size: 18px;
      block-size: 18px;
      margin: 0;
    }
    .dialog-body p {
      margin: 0;
    }
    .refusals {
      margin: 0;
      padding-inline-start: 1.2em;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .refusals .reason {
      display: block;
      color: var(--portico-color-muted);
    }
  `,
];
