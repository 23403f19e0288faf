import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Where a tip opens: under its anchor's end edge (a button in a toolbar), or centred under it (a cell). */
export type TipPlacement = 'end' | 'center';

/** How a tip is rendered. */
export interface TipOptions {
  /** Its id: the control it explains names it in `aria-describedby`. */
  id: string;
  /** The words: why the control is disabled. */
  text: string;
  placement?: TipPlacement;
  /** A `part` for vendors (`reason` in the matrix). */
  part?: string;
  /** More classes (e.g. `why`). */
  classes?: string;
}

/**
 * "Why is this disabled": the reason of a control that stays focusable with `aria-disabled`, shown on
 * hover and focus and always its accessible description (`aria-describedby` on the control names
 * `id`). Put it inside the control's anchor — an element with class `has-tip` — right after the
 * control. Needs {@link tipStyles} in the host's styles.
 */
export function renderTip(options: TipOptions): TemplateResult {
  return html`<span
    class="tip ${options.classes ?? ''}"
    part=${ifDefined(options.part)}
    role="tooltip"
    id=${options.id}
    data-placement=${options.placement ?? 'end'}
    >${options.text}</span
  >`;
}

/** The look of {@link renderTip}: dark text box, hidden until its `has-tip` anchor is hovered or focused. */
export const tipStyles: CSSResult = css`
  .has-tip {
    position: relative;
  }
  .tip {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 4px);
    inset-inline-end: 0;
    width: max-content;
    max-width: 16rem;
    padding: 6px 8px;
    border-radius: var(--portico-radius);
    background: var(--portico-color-text);
    color: var(--portico-color-surface);
    font-size: 0.86em;
    font-weight: 400;
    text-align: start;
    white-space: normal;
    box-shadow: 0 4px 12px rgb(16 24 40 / 0.2);
    display: none;
  }
  .tip[data-placement='center'] {
    inset-block-start: calc(100% - 4px);
    inset-inline-end: auto;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    max-width: 22em;
  }
  .has-tip:hover > .tip,
  .has-tip:focus-within > .tip {
    display: block;
  }
`;
