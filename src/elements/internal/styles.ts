// Over 400 lines: the design tokens and the look of every shared control, one sheet every element adopts.
import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Portico's design tokens and their defaults. Every colour pair used for text was checked against
 * WCAG 2.2 AA (4.5:1): primary 6.7, danger 6.6, success 5.7, warning 5.4, text 14.7 and muted 7.7 on
 * white; each tone stays above 4.5:1 on its own 10 % tint (badges, banners).
 */
export const tokenDefaults = {
  '--portico-font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  '--portico-font-size': '14px',
  '--portico-color-primary': '#1d4ed8',
  '--portico-color-on-primary': '#ffffff',
  '--portico-color-danger': '#b42318',
  '--portico-color-success': '#067647',
  '--portico-color-warning': '#b54708',
  '--portico-color-text': '#1d2939',
  '--portico-color-muted': '#475467',
  '--portico-color-surface': '#ffffff',
  '--portico-color-surface-alt': '#f5f7fa',
  '--portico-color-border': '#d0d5dd',
  '--portico-radius': '6px',
  '--portico-space': '8px',
  '--portico-focus-ring': '2px solid #1d4ed8',
} as const;

/** The name of a Portico design token (`--portico-color-primary`, …). */
export type TokenName = keyof typeof tokenDefaults;

const names = Object.keys(tokenDefaults) as TokenName[];
const alias = (name: string) => `--_${name.slice(2)}`;

/*
 * A token set on any ancestor (the page's `:root`, a `<portico-provider>`'s theme) or on the element
 * itself must win over the default, so the defaults cannot simply be declared on `:host` (a declared
 * value beats an inherited one). Instead `:host` resolves each token into a private alias with the
 * default as fallback, and every node of the shadow tree gets the public name back from the alias.
 * The shadow tree re-declares the alias as `inherit` so that a Portico element nested in another's
 * shadow root takes its parent's resolved value instead of forming a cycle.
 */
const hostRule = names
  .map((name) => `${alias(name)}: var(${name}, ${tokenDefaults[name]});`)
  .join('\n');
const treeRule = names
  .map((name) => `${alias(name)}: inherit; ${name}: var(${alias(name)});`)
  .join('\n');

/**
 * `:host` defaults for every `--portico-*` token, overridable from the page (on the element or any
 * ancestor), plus the host's base font and colour. Put it first in an element's `static styles`.
 * Inside the shadow tree use the public names: `color: var(--portico-color-primary)`; in a rule on
 * `:host` itself use the resolved aliases: `background: var(--_portico-color-surface)`.
 */
// Built as text: the rules are generated from `tokenDefaults`, which a `css` template cannot express.
export const tokens: CSSResult = unsafeCSS(`
  :host {
    ${hostRule}
    font-family: var(--_portico-font-family);
    font-size: var(--_portico-font-size);
    line-height: 1.45;
    color: var(--_portico-color-text);
    -webkit-font-smoothing: antialiased;
  }
  *,
  *::before,
  *::after {
    ${treeRule}
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--portico-color-primary);
  }
`);

/**
 * Buttons, fields, banners and the small layout helpers every element shares:
 * `.btn` (`.primary`, `.danger`, `.ghost`, `.small`), `.icon-btn`, `.field` (label, `.hint`,
 * `.error-text`), `.visually-hidden`, `.toolbar`, `.spinner`, `.empty`,
 * `.banner[data-tone=error|warning|info|success]`.
 */
export const controls: CSSResult = css`
  .btn,
  .icon-btn {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--portico-space) * 0.75);
    min-height: 36px;
    padding: 0 calc(var(--portico-space) * 1.75);
    border: 1px solid var(--portico-color-border);
    border-radius: var(--portico-radius);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    font-weight: 550;
    line-height: 1.2;
    white-space: nowrap;
    cursor: pointer;
    text-decoration: none;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      box-shadow 120ms ease;
  }
  .btn:hover {
    background: var(--portico-color-surface-alt);
    border-color: color-mix(in srgb, var(--portico-color-border) 70%, var(--portico-color-text));
  }
  .btn.primary {
    background: var(--portico-color-primary);
    border-color: var(--portico-color-primary);
    color: var(--portico-color-on-primary);
  }
  .btn.primary:hover {
    background: color-mix(in srgb, var(--portico-color-primary) 86%, #000);
  }
  .btn.danger {
    background: var(--portico-color-danger);
    border-color: var(--portico-color-danger);
    color: #ffffff;
  }
  .btn.danger:hover {
    background: color-mix(in srgb, var(--portico-color-danger) 86%, #000);
  }
  .btn.ghost {
    background: transparent;
    border-color: transparent;
    color: var(--portico-color-primary);
  }
  .btn.ghost:hover {
    background: color-mix(in srgb, var(--portico-color-primary) 8%, transparent);
  }
  .btn.small {
    min-height: 28px;
    padding: 0 var(--portico-space);
    font-size: 0.92em;
  }
  .icon-btn {
    min-width: 32px;
    min-height: 32px;
    padding: 0;
    border-color: transparent;
    background: transparent;
    color: var(--portico-color-muted);
    font-size: 1.15em;
  }
  .icon-btn:hover {
    background: var(--portico-color-surface-alt);
    color: var(--portico-color-text);
  }
  button[disabled],
  .btn[aria-disabled='true'],
  .icon-btn[aria-disabled='true'],
  .btn[disabled]:hover,
  .btn.primary[disabled],
  .btn.danger[disabled] {
    cursor: not-allowed;
    background: var(--portico-color-surface-alt);
    border-color: var(--portico-color-border);
    color: var(--portico-color-muted);
    box-shadow: none;
  }
  .btn.ghost[disabled],
  .btn.ghost[aria-disabled='true'],
  .icon-btn[disabled] {
    background: transparent;
    border-color: transparent;
  }

  :focus-visible {
    outline: var(--portico-focus-ring);
    outline-offset: 2px;
  }
  :focus:not(:focus-visible) {
    outline: none;
  }

  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--portico-color-text);
    background: var(--portico-color-surface);
    width: 100%;
    min-height: 36px;
    padding: calc(var(--portico-space) * 0.75) var(--portico-space);
    border: 1px solid
      color-mix(in srgb, var(--portico-color-border) 55%, var(--portico-color-muted));
    border-radius: var(--portico-radius);
  }
  textarea {
    min-height: 96px;
    resize: vertical;
  }
  input:not([type='checkbox']):not([type='radio']):focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: var(--portico-focus-ring);
    outline-offset: 0;
    border-color: var(--portico-color-primary);
  }
  input[readonly],
  input[disabled],
  select[disabled],
  textarea[readonly],
  textarea[disabled] {
    background: var(--portico-color-surface-alt);
    color: var(--portico-color-muted);
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--portico-color-danger);
    box-shadow: 0 0 0 1px var(--portico-color-danger);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 16px;
    height: 16px;
    margin: 0;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--portico-space) * 0.5);
    min-width: 0;
  }
  .field > label,
  .field .label {
    font-weight: 600;
    color: var(--portico-color-text);
  }
  .field .required-mark {
    color: var(--portico-color-danger);
    margin-inline-start: 2px;
  }
  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    column-gap: var(--portico-space);
  }
  .field.checkbox > label {
    font-weight: 500;
  }
  .field.checkbox .hint {
    flex-basis: 100%;
    padding-inline-start: calc(16px + var(--portico-space));
  }
  .hint {
    color: var(--portico-color-muted);
    font-size: 0.92em;
  }
  .error-text {
    color: var(--portico-color-danger);
    font-size: 0.92em;
    font-weight: 500;
  }
  .error-text:empty {
    display: none;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space);
  }
  .toolbar .spacer {
    flex: 1 1 auto;
  }

  .spinner {
    display: inline-block;
    width: 1.1em;
    height: 1.1em;
    border: 2px solid color-mix(in srgb, currentColor 25%, transparent);
    border-top-color: currentColor;
    border-radius: 50%;
    animation: portico-spin 0.8s linear infinite;
    vertical-align: -0.2em;
  }
  @keyframes portico-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  .empty {
    padding: calc(var(--portico-space) * 4) calc(var(--portico-space) * 2);
    text-align: center;
    color: var(--portico-color-muted);
  }

  .banner {
    --_tone: var(--portico-color-primary);
    display: flex;
    align-items: flex-start;
    gap: var(--portico-space);
    padding: var(--portico-space) calc(var(--portico-space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_tone) 35%, var(--portico-color-surface));
    border-inline-start: 4px solid var(--_tone);
    border-radius: var(--portico-radius);
    background: color-mix(in srgb, var(--_tone) 8%, var(--portico-color-surface));
    color: var(--portico-color-text);
  }
  .banner[data-tone='error'] {
    --_tone: var(--portico-color-danger);
  }
  .banner[data-tone='warning'] {
    --_tone: var(--portico-color-warning);
  }
  .banner[data-tone='success'] {
    --_tone: var(--portico-color-success);
  }
  .banner[data-tone='info'] {
    --_tone: var(--portico-color-primary);
  }
`;

/** `.badge[data-tone=neutral|info|success|warning|danger]`: a small pill of tone-on-tint text. */
export const badgeStyles: CSSResult = css`
  .badge {
    --_tone: var(--portico-color-muted);
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px calc(var(--portico-space) * 1);
    border-radius: 999px;
    border: 1px solid color-mix(in srgb, var(--_tone) 30%, var(--portico-color-surface));
    background: color-mix(in srgb, var(--_tone) 10%, var(--portico-color-surface));
    color: var(--_tone);
    font-size: 0.86em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .badge::before {
    content: '';
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .badge[data-tone='info'] {
    --_tone: var(--portico-color-primary);
  }
  .badge[data-tone='success'] {
    --_tone: var(--portico-color-success);
  }
  .badge[data-tone='warning'] {
    --_tone: var(--portico-color-warning);
  }
  .badge[data-tone='danger'] {
    --_tone: var(--portico-color-danger);
  }
`;

/**
 * A native modal `<dialog>`: `.dialog-header` (title and close button), `.dialog-body`,
 * `.dialog-actions` (buttons, primary last), and a dimmed backdrop.
 */
export const dialogStyles: CSSResult = css`
  dialog {
    padding: 0;
    width: min(560px, calc(100vw - 32px));
    max-height: calc(100vh - 48px);
    border: 1px solid var(--portico-color-border);
    border-radius: calc(var(--portico-radius) * 1.5);
    background: var(--portico-color-surface);
    color: var(--portico-color-text);
    font: inherit;
    box-shadow:
      0 20px 48px rgb(16 24 40 / 0.22),
      0 4px 12px rgb(16 24 40 / 0.12);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(16 24 40 / 0.5);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--portico-space);
    padding: calc(var(--portico-space) * 2) calc(var(--portico-space) * 2.5)
      calc(var(--portico-space) * 1);
  }
  .dialog-header h2,
  .dialog-header h3 {
    margin: 0;
    font-size: 1.15em;
    font-weight: 650;
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--portico-space) * 2);
    padding: var(--portico-space) calc(var(--portico-space) * 2.5);
    overflow: auto;
  }
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--portico-space);
    padding: calc(var(--portico-space) * 2) calc(var(--portico-space) * 2.5);
    border-top: 1px solid var(--portico-color-border);
    background: var(--portico-color-surface-alt);
    border-radius: 0 0 calc(var(--portico-radius) * 1.5) calc(var(--portico-radius) * 1.5);
  }
`;
