import { css } from 'lit';
import { passwordStyles } from '../internal/password.js';
import { controls, tokens } from '../internal/styles.js';

/** `<invite-accept>`'s styles: one card, centred, that fits a phone. */
export const inviteAcceptStyles = [
  tokens,
  controls,
  passwordStyles,
  css`
    :host {
      display: block;
      max-width: 34rem;
      margin-inline: auto;
    }
    .page {
      display: grid;
      gap: calc(var(--portico-space) * 1.5);
      padding: calc(var(--portico-space) * 3);
      border: 1px solid var(--portico-color-border);
      border-block-start: 4px solid var(--portico-color-primary);
      border-radius: var(--portico-radius);
      background: var(--portico-color-surface);
    }
    .page[data-tone='danger'] {
      border-block-start-color: var(--portico-color-danger);
    }
    .page[data-tone='success'] {
      border-block-start-color: var(--portico-color-success);
    }
    .page[data-tone='warning'] {
      border-block-start-color: var(--portico-color-warning);
    }
    h2,
    h3,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.35em;
    }
    h3 {
      font-size: 1.05em;
    }
    h2:focus {
      outline: none;
    }
    .muted {
      color: var(--portico-color-muted);
    }
    .choose,
    .providers,
    .password-form,
    fieldset {
      display: grid;
      gap: var(--portico-space);
    }
    .page > .btn,
    .page > a.btn,
    .choose .btn,
    .password-form > .btn {
      width: 100%;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-block-end: var(--portico-space);
    }
    .or {
      display: flex;
      align-items: center;
      gap: var(--portico-space);
      color: var(--portico-color-muted);
    }
    .or::before,
    .or::after {
      content: '';
      flex: 1;
      border-block-start: 1px solid var(--portico-color-border);
    }
  `,
];
