import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AsyncDirective, directive, type DirectiveResult } from 'lit/async-directive.js';

/** The rows in the DOM: indexes `first` to `last` (inclusive) of the loaded rows. */
export interface RowRange {
  first: number;
  last: number;
}

export interface RowWindowOptions {
  /** The scrolling element (the list's body), once rendered. */
  scroller: () => HTMLElement | null | undefined;
  /** How many rows are loaded. */
  count: () => number;
  /** Rows rendered beyond each edge of the view, so a fast scroll does not show blank space (default 8). */
  overscan?: number;
  /** The rows in the DOM changed (e.g. to load the next page near the end). */
  onRange?: (range: RowRange) => void;
  /** The place among the loaded rows of the row with this id (-1 when none). */
  indexOf?: (id: string) => number;
  /**
   * A contact whose row stays rendered out of the range even while nothing in it has focus (the
   * grid's tab stop, so Tab back into the list finds it), besides the row that holds focus.
   */
  keep?: () => string | undefined;
  /** The rows in the DOM were rendered (by the host, or by a scroll alone). */
  painted?: () => void;
}

/**
 * A row kept in the DOM outside the range because it holds focus (scrolled out of view, it stays, so
 * focus survives scrolling it out and back): its place among the loaded rows.
 */
export interface KeptRow {
  index: number;
}

/** A focused control in a row: the row, its contact's id, the control's place among the row's elements. */
interface FocusedRow {
  row: HTMLElement;
  id: string;
  at: number;
}

/**
 * Renders the window of rows: the rows of `range` and a kept row, each placed by its index (row `i`
 * sits `i` times `--_row-height` below the spacer's top).
 */
export type WindowTemplate = (range: RowRange, kept: KeptRow | undefined) => unknown;

/**
 * Windowing for a list whose rows have one height per layout: only the rows in view (and a few
 * beyond) are in the DOM. The scroller holds a spacer as tall as every loaded row; each rendered
 * row lies over it at its own place (its index times the row height, by CSS). Rows are kept by place,
 * so a row that stays in the DOM never moves: a scroll adds the rows coming into view and removes
 * those leaving, and the browser lays out and paints those alone. A scroll costs one range
 * computation and, when the range changed, a render of the window alone, in the same frame (scroll
 * events come before the frame's rendering): the host's template puts the window where it goes with
 * {@link RowWindow.rows} (a directive), and a scroll renders that part again by itself — the rest of
 * the host (toolbar, header, dialogs) is not rendered again. Nothing is measured per row: the row
 * height is read from one rendered row when the layout (the scroller's width) changes.
 *
 * One render per change: after the host renders (`hostUpdated`) nothing here asks for another one.
 * The measured row height goes straight to the scroller's `--_row-height` (the spacer is sized in rows
 * and each row is placed by CSS), a range that changed meanwhile renders the
 * window alone, and `onRange` is told once the update is done — so Lit's "change-in-update" (a
 * second render scheduled by the first) does not happen.
 *
 * It replaces `@lit-labs/virtualizer` here, which positions every row on its own and walks the rows
 * once per row it positions — the bulk of a scroll frame at 100,000 contacts (see
 * `bench/trace-scroll.ts`).
 */
export class RowWindow implements ReactiveController {
  /** The rows to render. */
  range: RowRange = { first: 0, last: -1 };
  /** The height of one row in CSS pixels, once measured (a guess until then). */
  rowHeight = 48;

  private scrollerElement: HTMLElement | undefined;
  private resize: ResizeObserver | undefined;
  /** The row height must be read again (a first layout, or the scroller's width changed). */
  private stale = true;
  private measuredWidth = -1;
  private viewHeight = 0;
  /** The scroller's scroll position, as of its last scroll event (reading it would force a layout). */
  private top = 0;
  private readonly overscan: number;
  /** The contact whose row holds focus: its row stays rendered out of the range. */
  private focusedId: string | undefined;
  /** The focused row control as the host's update began (see `keepFocus`). */
  private focusBefore: FocusedRow | undefined;
  /** The directive that renders the window, while it is in the host's DOM. */
  private painter: WindowRowsDirective | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowWindowOptions,
  ) {
    this.overscan = options.overscan ?? 8;
    host.addController(this);
  }

  /** The height of every loaded row together (the spacer's height). */
  get height(): number {
    return this.options.count() * this.rowHeight;
  }

  /**
   * The rows to render now: the range, within the rows loaded — before the first scroll is known, a
   * first screenful (so the first rows are in the DOM at the first render, without a second pass).
   */
  get rendered(): RowRange {
    const count = this.options.count();
    if (count === 0) return { first: 0, last: -1 };
    const { first, last } = this.range;
    if (last < 0) return { first: 0, last: Math.min(count - 1, 24 + this.overscan) };
    const clampedFirst = Math.min(first, count - 1);
    return { first: clampedFirst, last: Math.min(last, count - 1) };
  }

  hostConnected(): void {
    // Reconnected: watch the scroller again (it may be the same element).
    this.scrollerElement = undefined;
  }

  /**
   * The window of rows, for the host's template: `template` renders the rows of a range, and is
   * called again on its own when a scroll changes the range (with the host's latest `template`).
   */
  rows(template: WindowTemplate): DirectiveResult<typeof WindowRowsDirective> {
    return windowRows(this, template);
  }

  hostUpdate(): void {
    this.focusBefore = this.focusedRow();
  }

  hostUpdated(): void {
    this.keepFocus(this.focusBefore);
    this.focusBefore = undefined;
    const scroller = this.options.scroller() ?? undefined;
    if (scroller !== this.scrollerElement) this.watch(scroller);
    if (scroller) {
      this.measure(scroller);
      this.update(scroller, true);
    }
    this.options.painted?.();
  }

  hostDisconnected(): void {
    this.watch(undefined);
  }

  /** @internal The window's directive renders the rows. */
  painted(painter: WindowRowsDirective): void {
    this.painter = painter;
  }

  /** @internal The window's directive left the DOM. */
  unpainted(painter: WindowRowsDirective): void {
    if (this.painter === painter) this.painter = undefined;
  }

  /** Scrolls so that row `index` is in view (the least movement). */
  reveal(index: number): void {
    const scroller = this.scrollerElement;
    if (!scroller) return;
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = bottom - scroller.clientHeight;
    this.top = scroller.scrollTop;
    this.update(scroller);
  }

  /**
   * Back to the first row, for a new answer: called before the host renders it, so the rows render
   * at the top at once and nothing is laid out in the middle of the update (the scroll position is
   * only written when it is not at the top already).
   */
  toTop(): void {
    const scroller = this.scrollerElement;
    if (this.top !== 0 && scroller) scroller.scrollTop = 0;
    this.top = 0;
    this.range = this.rangeAt(0, this.viewHeight || scroller?.clientHeight || 0);
  }

  private watch(scroller: HTMLElement | undefined): void {
    this.scrollerElement?.removeEventListener('scroll', this.onScroll);
    this.scrollerElement?.removeEventListener('focusin', this.onFocus);
    this.scrollerElement?.removeEventListener('focusout', this.onFocus);
    this.focusedId = undefined;
    this.resize?.disconnect();
    this.scrollerElement = scroller;
    this.measuredWidth = -1;
    this.stale = true;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    scroller.addEventListener('focusin', this.onFocus);
    scroller.addEventListener('focusout', this.onFocus);
    this.resize ??= new ResizeObserver((entries) => {
      const current = this.scrollerElement;
      const box = entries.find((entry) => entry.target === current)?.contentRect;
      if (!current || !box) return;
      this.viewHeight = box.height;
      if (box.width !== this.measuredWidth) {
        this.measuredWidth = box.width;
        this.stale = true;
      }
      this.host.requestUpdate();
    });
    this.resize.observe(scroller);
    this.viewHeight = scroller.clientHeight;
    this.top = scroller.scrollTop;
  }

  /** Focus came into a row, or left the rows. */
  private readonly onFocus = (event: FocusEvent): void => {
    const scroller = this.scrollerElement;
    const into = event.type === 'focusin' ? event.target : event.relatedTarget;
    const row =
      into instanceof Element && scroller?.contains(into)
        ? into.closest<HTMLElement>('[role="row"][data-id]')
        : null;
    this.focusedId = row?.dataset.id;
  };

  /** The row that holds focus, when it is outside the range (see {@link KeptRow}). */
  kept(range: RowRange): KeptRow | undefined {
    const id = this.focusedId ?? this.options.keep?.();
    if (id === undefined) return undefined;
    const index = this.options.indexOf?.(id) ?? -1;
    if (index < 0 || (index >= range.first && index <= range.last)) return undefined;
    return { index };
  }

  private readonly onScroll = (): void => {
    const scroller = this.scrollerElement;
    if (!scroller) return;
    this.top = scroller.scrollTop;
    this.update(scroller);
  };

  /**
   * Reads the row height from a rendered row, once per layout (width) of the scroller — only then:
   * reading a size after every render would force the browser to lay the rows out in the middle of
   * each scroll frame.
   */
  private measure(scroller: HTMLElement): void {
    if (!this.stale) return;
    const row = scroller.querySelector<HTMLElement>('[role="row"]');
    if (!row) return;
    const height = row.getBoundingClientRect().height;
    this.stale = false;
    if (height > 0 && Math.abs(height - this.rowHeight) > 0.5) this.rowHeight = height;
    // Written on every (re)watched scroller: a new one starts at the stylesheet's guess. The rows are
    // placed in rows of this height by CSS, so none is rendered again.
    scroller.style.setProperty('--_row-height', `${this.rowHeight}px`);
  }

  /** The rows to render with the view scrolled `top` pixels down and `view` pixels tall. */
  private rangeAt(top: number, view: number): RowRange {
    const count = this.options.count();
    if (view <= 0) return { first: 0, last: -1 };
    const first = Math.max(0, Math.floor(top / this.rowHeight) - this.overscan);
    const last = Math.min(count - 1, Math.ceil((top + view) / this.rowHeight) + this.overscan);
    return { first, last };
  }

  /**
   * Computes the range for the scroll position; when it changed, renders the window alone (the host
   * is not rendered again). Right after a host render (`settling`), `onRange` waits until the update
   * is done (it may ask for another one).
   */
  private update(scroller: HTMLElement, settling = false): void {
    const view = this.viewHeight || scroller.clientHeight;
    const { first, last } = this.rangeAt(this.top, view);
    if (first === this.range.first && last === this.range.last) return;
    const range = (this.range = { first, last });
    this.paint();
    if (settling) void this.host.updateComplete.then(() => this.options.onRange?.(range));
    else this.options.onRange?.(range);
  }

  /** Renders the window for the current range, or the host when the window is not in its DOM. */
  private paint(): void {
    if (!this.painter) {
      this.host.requestUpdate();
      return;
    }
    const before = this.focusedRow();
    this.painter.paint();
    this.keepFocus(before);
    this.options.painted?.();
  }

  /** The control in a row that has focus, with the row's contact id and its place in the row. */
  private focusedRow(): FocusedRow | undefined {
    const scroller = this.scrollerElement;
    const active = (scroller?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    if (!scroller || !active || !scroller.contains(active)) return undefined;
    const row = active.closest<HTMLElement>('[role="row"][data-id]');
    if (!row?.dataset.id) return undefined;
    return { row, id: row.dataset.id, at: [...row.querySelectorAll('*')].indexOf(active) };
  }

  /**
   * Rows are kept by place, so a render may put another contact in the focused row (a row above it
   * left or came in): focus follows its contact to the same control of the contact's row.
   */
  private keepFocus(before: FocusedRow | undefined): void {
    if (!before || before.row.dataset.id === before.id || !this.scrollerElement) return;
    const row = this.scrollerElement.querySelector(
      `[role="row"][data-id="${CSS.escape(before.id)}"]`,
    );
    const target = row?.querySelectorAll('*')[before.at];
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  }
}

/**
 * The window of rows in the host's template (see {@link RowWindow.rows}): renders the rows of the
 * window's range, and renders them again by itself (`setValue`) when the range changes.
 */
class WindowRowsDirective extends AsyncDirective {
  private window: RowWindow | undefined;
  private template: WindowTemplate | undefined;

  render(window: RowWindow, template: WindowTemplate): unknown {
    if (this.window && this.window !== window) this.window.unpainted(this);
    this.window = window;
    this.template = template;
    return this.rowsNow();
  }

  /** Renders the rows of the window's current range. */
  paint(): void {
    if (this.isConnected && this.window) this.setValue(this.rowsNow());
  }

  protected override disconnected(): void {
    this.window?.unpainted(this);
  }

  protected override reconnected(): void {
    this.paint();
  }

  private rowsNow(): unknown {
    const { window, template } = this;
    if (!window || !template) return noChange;
    const range = window.rendered;
    window.painted(this);
    return template(range, window.kept(range));
  }
}

const windowRows = directive(WindowRowsDirective);
