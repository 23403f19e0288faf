import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';

/** Where a tip opens: under its anchor's end edge (a button in a toolbar), or centred under it (a cell). */
export type TipPlacement = 'end' | 'center';

/** How a tip is rendered. */
export interface TipOptions {
  /** Its id: the control it explains names it in `aria-describedby`. */
  id: string;
  /** The words: why the control is disabled. */
  text: string;
  placement?: TipPlacement | undefined;
  /** A `part` for vendors (`reason` in the matrix). */
  part?: string | undefined;
}

/** Room kept between a tip and the edge of the window, in CSS pixels. */
const edge = 8;

/**
 * Moves a tip that shows back inside what can be seen of it — the window, narrowed by every box around
 * it that clips (a list's scrolling rows, a table scrolled sideways) — when its placement would put it
 * past an edge (an act near the left edge of a phone's screen or of a card), narrows it when even that
 * room is less than its width, and opens it above its act when there is no room below (the last card in
 * view) but room above.
 */
export function keepTipInView(tip: HTMLElement): void {
  tip.style.translate = '';
  tip.style.maxWidth = '';
  let box = tip.getBoundingClientRect();
  if (box.width === 0) return;
  const seen = visibleArea(tip);
  const room = seen.right - seen.left - 2 * edge;
  if (room > 0 && box.width > room) {
    tip.style.maxWidth = `${Math.floor(room)}px`;
    box = tip.getBoundingClientRect();
  }
  let x = 0;
  if (box.right > seen.right - edge) x = seen.right - edge - box.right;
  if (box.left + x < seen.left + edge) x = seen.left + edge - box.left;
  let y = 0;
  const act = tip.parentElement?.getBoundingClientRect();
  if (act && box.bottom > seen.bottom && act.top - box.height - 4 >= seen.top) {
    // Above the act, as far from it as it was below (a centred tip overlaps its act a little: not above).
    y = act.top - Math.max(4, box.top - act.bottom) - box.height - box.top;
  }
  if (x || y) tip.style.translate = `${Math.round(x)}px ${Math.round(y)}px`;
}

/** The element or shadow host that holds `node`. */
const holder = (node: Element): Element | null =>
  node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);

/** The part of the window that the boxes clipping `tip` (overflow other than visible) leave in view. */
function visibleArea(tip: HTMLElement): {
  left: number;
  right: number;
  top: number;
  bottom: number;
} {
  const area = {
    left: 0,
    right: document.documentElement.clientWidth,
    top: 0,
    bottom: document.documentElement.clientHeight,
  };
  for (let node = holder(tip); node && node !== document.documentElement; node = holder(node)) {
    const style = getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = node.getBoundingClientRect();
    const left = box.left + node.clientLeft;
    const top = box.top + node.clientTop;
    area.left = Math.max(area.left, left);
    area.right = Math.min(area.right, left + node.clientWidth);
    area.top = Math.max(area.top, top);
    area.bottom = Math.min(area.bottom, top + node.clientHeight);
  }
  return area;
}

const anchors = new WeakSet<Element>();

/** Watches a tip's anchor: each time the tip shows (hover, focus), it is kept in the window. */
function watchAnchor(tip: Element | undefined): void {
  // Called while the tip's template is committed, before it is in its anchor: look once it is.
  if (tip) queueMicrotask(() => watch(tip.parentElement));
}

function watch(anchor: HTMLElement | null): void {
  if (!anchor || anchors.has(anchor)) return;
  anchors.add(anchor);
  const place = () => {
    // The tip shows with the anchor's :hover / :focus-within, which apply by the next frame.
    requestAnimationFrame(() => {
      const current = anchor.querySelector<HTMLElement>(':scope > .tip');
      if (current) keepTipInView(current);
    });
  };
  anchor.addEventListener('pointerenter', place);
  anchor.addEventListener('focusin', place);
}

/**
 * "Why is this disabled": the reason of a control that stays focusable with `aria-disabled`, shown on
 * hover and focus and always its accessible description (`aria-describedby` on the control names
 * `id`). Put it inside the control's anchor — an element with class `has-tip` — right after the
 * control. Needs {@link tipStyles} in the host's styles.
 */
export function renderTip(options: TipOptions): TemplateResult {
  return html`<span
    class="tip"
    part=${ifDefined(options.part)}
    role="tooltip"
    id=${options.id}
    data-placement=${options.placement ?? 'end'}
    ${ref(watchAnchor)}
    >${options.text}</span
  >`;
}

/** What a control that may be refused binds (see {@link whyDisabled}). */
export interface WhyDisabled {
  /** For `aria-disabled`: the control stays focusable, so its reason can be reached. */
  ariaDisabled: 'true' | 'false';
  /** For `aria-describedby`: the tip's id, while disabled. */
  describedBy: string | typeof nothing;
  /** For `@click`: does the act only when allowed, with the control as its opener. */
  onClick: (event: Event) => void;
  /** The tip to put right after the control (nothing while allowed). */
  tip: TemplateResult | typeof nothing;
}

/**
 * The bindings of a control that may be refused: enabled, it does `press`; refused, it stays
 * focusable with `aria-disabled`, does nothing, and its `reason` is its description and its tip.
 *
 * ```ts
 * const add = whyDisabled({ id: 'why-add', reason, press: (opener) => open(opener) });
 * html`<span class="has-tip"><button aria-disabled=${add.ariaDisabled}
 *   aria-describedby=${add.describedBy} @click=${add.onClick}>Add</button>${add.tip}</span>`;
 * ```
 */
export function whyDisabled(options: {
  /** The tip's id. */
  id: string;
  /** Why the control is refused; `undefined` (or empty) when it is allowed. */
  reason: string | undefined;
  press: (opener: HTMLElement) => void;
  placement?: TipPlacement;
  part?: string;
}): WhyDisabled {
  const { id, reason, press } = options;
  const refused = reason !== undefined && reason !== '';
  return {
    ariaDisabled: refused ? 'true' : 'false',
    describedBy: refused ? id : nothing,
    onClick: (event) => {
      if (!refused) press(event.currentTarget as HTMLElement);
    },
    tip: refused
      ? renderTip({ id, text: reason ?? '', placement: options.placement, part: options.part })
      : nothing,
  };
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
    max-width: min(16rem, calc(100vw - 16px));
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
    max-width: min(22em, calc(100vw - 16px));
  }
  .has-tip:hover > .tip,
  .has-tip:focus-within > .tip {
    display: block;
  }
`;
