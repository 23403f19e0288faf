// Over 400 lines: the design tokens and the look of every shared control, one sheet every element adopts.
import { css, unsafeCSS, type CSSResult } from 'lit';
import { darkName, darkTokenDefaults, tokenDefaults, type TokenName } from './theme-tokens.js';

export * from './theme-tokens.js';

const names = Object.keys(tokenDefaults) as TokenName[];
const alias = (name: string) => `--_${name.slice(2)}`;
const darkDefault = (name: TokenName): string | undefined =>
  (darkTokenDefaults as Partial<Record<TokenName, string>>)[name];
/** The space each density gives `--portico-space` when the page sets none, and the control heights. */
const compact = { space: '6px', control: '30px', small: '24px', icon: '28px' };
const comfortable = {
  space: tokenDefaults['--portico-space'],
  control: '36px',
  small: '28px',
  icon: '32px',
};

/*
 * A token set on any ancestor (the page's `:root`, a `<portico-provider>`'s theme) or on the element
 * itself must win over the default, so the defaults cannot simply be declared on `:host` (a declared
 * value beats an inherited one). Instead `:host` resolves each token into a private alias with the
 * default as fallback, and every node of the shadow tree gets the public name back from the alias.
 * The shadow tree re-declares the alias as `inherit` so that a Portico element nested in another's
 * shadow root takes its parent's resolved value instead of forming a cycle.
 *
 * The colour scheme and the density are switches that inherit: `--_portico-dark` and
 * `--_portico-compact` are either a space (on) or the guaranteed-invalid value (off, their initial
 * value). `var(--_portico-dark) X` is then `X` when the switch is on and invalid when it is off, so
 * `var(--_portico-dark-x, light)` picks the dark value or falls back to the light one — plain CSS
 * that works in every browser, with no script and nothing for an element to declare. The switches
 * are set by the `color-scheme` and `density` attributes of an element or of any ancestor
 * provider (see {@link schemeRules}).
 */
const hostRule = names
  .map((name) => {
    const fallback =
      name === '--portico-space'
        ? `var(--_portico-compact-space, ${comfortable.space})`
        : tokenDefaults[name];
    const light = `var(${name}, ${fallback})`;
    const dark = darkDefault(name);
    if (!dark) return `${alias(name)}: ${light};`;
    return `--_portico-when-dark-${name.slice(10)}: var(--_portico-dark) var(${darkName(name)}, ${dark});
      ${alias(name)}: var(--_portico-when-dark-${name.slice(10)}, ${light});`;
  })
  .join('\n');
const treeRule = names
  .map((name) => `${alias(name)}: inherit; ${name}: var(${alias(name)});`)
  .join('\n');
const densityRule = `
  --_portico-compact-space: var(--_portico-compact) ${compact.space};
  --_portico-compact-control: var(--_portico-compact) ${compact.control};
  --_portico-compact-small: var(--_portico-compact) ${compact.small};
  --_portico-compact-icon: var(--_portico-compact) ${compact.icon};
  --_portico-control: var(--_portico-compact-control, ${comfortable.control});
  --_portico-control-small: var(--_portico-compact-small, ${comfortable.small});
  --_portico-control-icon: var(--_portico-compact-icon, ${comfortable.icon});
  --_portico-scheme: var(--_portico-dark) dark;
  color-scheme: var(--_portico-scheme, light);
`;

/**
 * The `color-scheme` (`light`, `dark`, `auto` — the reader's `prefers-color-scheme`) and `density`
 * (`comfortable`, `compact`) attributes, on a Portico element or on a `<portico-provider>` (whose
 * switches every element inside inherits). Part of {@link tokens}; the provider adopts it alone.
 */
export const schemeRules: CSSResult = css`
  :host([color-scheme='dark']) {
    --_portico-dark: ;
  }
  :host([color-scheme='light']),
  :host([color-scheme='auto']) {
    --_portico-dark: initial;
  }
  @media (prefers-color-scheme: dark) {
    :host([color-scheme='auto']) {
      --_portico-dark: ;
    }
  }
  :host([density='compact']) {
    --_portico-compact: ;
  }
  :host([density='comfortable']) {
    --_portico-compact: initial;
  }
`;

/**
 * `:host` defaults for every `--portico-*` token, overridable from the page (on the element or any
 * ancestor), plus the host's base font and colour, the colour scheme and density switches, and the
 * reduced-motion rule every element follows. Put it first in an element's `static styles`.
 * Inside the shadow tree use the public names: `color: var(--portico-color-primary)`; in a rule on
 * `:host` itself use the resolved aliases: `background: var(--_portico-color-surface)`.
 */
// Built as text: the rules are generated from `tokenDefaults`, which a `css` template cannot express.
export const tokens: CSSResult = unsafeCSS(`
  :host {
    ${densityRule}
    ${hostRule}
    font-family: var(--_portico-font-family);
    font-size: var(--_portico-font-size);
    line-height: 1.45;
    color: var(--_portico-color-text);
    -webkit-font-smoothing: antialiased;
  }
  ${schemeRules.cssText}
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
  /* Reduced motion: nothing moves — no transition, no animation (a spinner stands still beside its
     "Loading…" text), no smooth scrolling. test/a11y/criteria.test.ts checks every element. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
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
    min-height: var(--_portico-control);
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
  /* Not a refused one: under the pointer it keeps its refused look (and readable words). */
  .btn.primary:not([aria-disabled='true'], [disabled]):hover {
    background: color-mix(in srgb, var(--portico-color-primary) 86%, #000);
  }
  .btn.danger {
    background: var(--portico-color-danger);
    border-color: var(--portico-color-danger);
    /* The surface colour: white on the light scheme's dark red, near-black on the dark scheme's. */
    color: var(--portico-color-surface);
  }
  .btn.danger:not([aria-disabled='true'], [disabled]):hover {
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
    min-height: var(--_portico-control-small);
    padding: 0 var(--portico-space);
    font-size: 0.92em;
  }
  .icon-btn {
    min-width: var(--_portico-control-icon);
    min-height: var(--_portico-control-icon);
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
    min-height: var(--_portico-control);
    padding: calc(var(--portico-space) * 0.75) var(--portico-space);
    /* 40 % border, 60 % muted: 3.6:1 on white, 4.6:1 on the dark surface (1.4.11 asks 3:1). */
    border: 1px solid
      color-mix(in srgb, var(--portico-color-border) 40%, var(--portico-color-muted));
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

  /*
   * Forced colours (Windows high contrast): the system palette replaces every colour, and
   * backgrounds and shadows no longer draw edges — so every control, banner, tip and dialog gets a
   * system-coloured border, disabled controls turn GrayText, and focus is a Highlight outline.
   */
  @media (forced-colors: active) {
    .btn,
    .icon-btn,
    .btn.ghost {
      border-color: ButtonText;
    }
    .btn.primary {
      border-width: 2px;
    }
    button[disabled],
    .btn[aria-disabled='true'],
    .icon-btn[aria-disabled='true'],
    .btn.ghost[disabled],
    .icon-btn[disabled] {
      color: GrayText;
      border-color: GrayText;
    }
    :focus-visible,
    input:not([type='checkbox']):not([type='radio']):focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
    input[aria-invalid='true'],
    select[aria-invalid='true'],
    textarea[aria-invalid='true'] {
      border-width: 2px;
    }
    .banner,
    .tip {
      border: 1px solid CanvasText;
    }
    .banner {
      border-inline-start-width: 4px;
    }
    .spinner {
      border-color: GrayText;
      border-top-color: CanvasText;
    }
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

  /* Forced colours: the tint is gone, so the badge keeps a border and its mark a shape per tone
     (dot: success, diamond: warning, square: danger, ring: info, bar: neutral) beside its text. */
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .badge::before {
      forced-color-adjust: none;
      background: CanvasText;
      width: 7px;
      height: 2px;
      border-radius: 0;
    }
    .badge[data-tone='success']::before {
      height: 7px;
      border-radius: 50%;
    }
    .badge[data-tone='warning']::before {
      height: 6px;
      width: 6px;
      transform: rotate(45deg);
    }
    .badge[data-tone='danger']::before {
      height: 7px;
    }
    .badge[data-tone='info']::before {
      height: 7px;
      border-radius: 50%;
      background: transparent;
      border: 1.5px solid CanvasText;
    }
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
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
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

/**
 * `.bulk-bar`: the bar of bulk acts shown while rows are selected (`<contact-list>`,
 * `<invite-status>`) — a tinted strip of the count and the acts, `.spacer` pushing what follows to the
 * end, and on a phone the words of its buttons wrapping inside its width rather than running past it.
 */
export const bulkBarStyles: CSSResult = css`
  .bulk-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--portico-space);
    padding: var(--portico-space) calc(var(--portico-space) * 1.5);
    margin-block-end: var(--portico-space);
    border: 1px solid
      color-mix(in srgb, var(--portico-color-primary) 30%, var(--portico-color-surface));
    border-radius: var(--portico-radius);
    background: color-mix(in srgb, var(--portico-color-primary) 6%, var(--portico-color-surface));
  }
  .bulk-bar .spacer {
    flex: 1 1 auto;
  }
  .bulk-bar > *,
  .bulk-bar .act {
    min-width: 0;
    max-width: 100%;
  }
  .bulk-bar .btn {
    padding-block: 4px;
    white-space: normal;
    text-align: start;
  }
`;
