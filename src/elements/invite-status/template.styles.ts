import { css, type CSSResult } from 'lit';

/**
 * The invitation e-mail dialog's look: the tabs, the editors beside the preview (stacked when narrow),
 * the placeholder palette, and the preview as a plain-text e-mail. Adopted by the element's shadow
 * root, after the shared dialog styles, when the dialog's module first loads.
 */
export const templateStyles: CSSResult = css`
  dialog.template {
    width: min(960px, calc(100vw - 32px));
  }
  .tabs {
    display: flex;
    gap: calc(var(--portico-space) / 2);
    padding: 0 calc(var(--portico-space) * 2.5);
    border-bottom: 1px solid var(--portico-color-border);
  }
  [role='tab'] {
    font: inherit;
    color: var(--portico-color-muted);
    background: none;
    border: 0;
    border-bottom: 3px solid transparent;
    padding: var(--portico-space) calc(var(--portico-space) * 1.5);
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--portico-color-text);
    font-weight: 600;
    border-bottom-color: var(--portico-color-primary);
  }
  [role='tab']:focus-visible {
    outline: var(--portico-focus-ring);
    outline-offset: -2px;
  }
  .template-grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: calc(var(--portico-space) * 2.5);
    align-items: start;
  }
  @media (max-width: 720px) {
    .dialog-body[role='tabpanel'] {
      padding-top: calc(var(--portico-space) * 2);
    }
    .template-grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .template-editors,
  .template-settings {
    display: flex;
    flex-direction: column;
    gap: calc(var(--portico-space) * 1.5);
  }
  .template-settings {
    max-width: 28rem;
  }
  .template-editors textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    resize: vertical;
  }
  .palette {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--portico-space) / 2);
  }
  .palette-label {
    color: var(--portico-color-muted);
    font-size: 0.9em;
    margin-inline-end: calc(var(--portico-space) / 2);
  }
  .palette code {
    color: var(--portico-color-muted);
    font-size: 0.85em;
  }
  .preview {
    display: flex;
    flex-direction: column;
    gap: calc(var(--portico-space) / 2);
  }
  .preview p {
    margin: 0;
  }
  .mail {
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface-alt);
    padding: calc(var(--portico-space) * 1.5);
    display: flex;
    flex-direction: column;
    gap: var(--portico-space);
  }
  .mail-subject {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--portico-space) / 2);
    padding-bottom: var(--portico-space);
    border-bottom: 1px solid var(--portico-color-border);
    overflow-wrap: anywhere;
  }
  .mail-body {
    margin: 0;
    font: inherit;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
