import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
}

/**
 * Windowing for a list whose rows have one height per layout: only the rows in view (and a few
 * beyond) are in the DOM. The scroller holds a spacer as tall as every loaded row; the rendered
 * rows sit in normal flow inside a window moved down by `offset` pixels. A scroll costs one range
 * computation; the host renders only when the range changes, in the same frame (scroll events come
 * before the frame's rendering), and nothing is measured per row: the row height is read from one
 * rendered row when the layout (the scroller's width) changes.
 *
 * One render per change: after the host renders (`hostUpdated`) nothing here asks for another one
 * unless the rows in view are missing from the DOM. The measured row height goes straight to the
 * scroller's `--_row-height` (the spacer is sized in rows by CSS; the window's offset is corrected in
 * place), a new range the rendered rows already cover waits for the next render, and `onRange` is
 * told once the update is done — so Lit's "change-in-update" (a second render scheduled by the first) does not happen.
 *
 * It replaces `@lit-labs/virtualizer` here, which positions every row on its own and walks the rows
 * once per row it positions — the bulk of a scroll frame at 100,000 contacts (see
 * `bench/trace-scroll.ts`).
 */
export class RowWindow implements ReactiveController {
  /** The rows to render. */
  range: RowRange = { first: 0, last: -1 };
  /** The rows the host's last render put in the DOM (`rendered` as of `hostUpdate`). */
  private shown: RowRange = { first: 0, last: -1 };
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

  /** How far down the window of rows sits. */
  get offset(): number {
    return this.rendered.first * this.rowHeight;
  }

  hostConnected(): void {
    // Reconnected: watch the scroller again (it may be the same element).
    this.scrollerElement = undefined;
  }

  hostUpdate(): void {
    this.shown = this.rendered;
  }

  hostUpdated(): void {
    const scroller = this.options.scroller() ?? undefined;
    if (scroller !== this.scrollerElement) this.watch(scroller);
    if (!scroller) return;
    this.measure(scroller);
    this.update(scroller, true);
  }

  hostDisconnected(): void {
    this.watch(undefined);
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
    this.resize?.disconnect();
    this.scrollerElement = scroller;
    this.measuredWidth = -1;
    this.stale = true;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
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
    // Written on every (re)watched scroller: a new one starts at the stylesheet's guess. The window's
    // offset was rendered with the old height: moved here too (the next render writes the same).
    scroller.style.setProperty('--_row-height', `${this.rowHeight}px`);
    const window = scroller.querySelector<HTMLElement>('.window');
    if (window) window.style.transform = `translateY(${this.shown.first * this.rowHeight}px)`;
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
   * Computes the range for the scroll position; asks the host to render when it changed — right
   * after a render (`settling`), only when the rows in view are not in the DOM yet.
   */
  private update(scroller: HTMLElement, settling = false): void {
    const view = this.viewHeight || scroller.clientHeight;
    const { first, last } = this.rangeAt(this.top, view);
    if (first === this.range.first && last === this.range.last) return;
    this.range = { first, last };
    const range = this.range;
    if (!settling) {
      this.host.requestUpdate();
      this.options.onRange?.(range);
      return;
    }
    if (!this.covers(this.shown, this.top, view)) this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.options.onRange?.(range));
  }

  /** Whether `shown` holds every row visible with the view `top` pixels down and `view` tall. */
  private covers(shown: RowRange, top: number, view: number): boolean {
    const count = this.options.count();
    if (count === 0 || view <= 0) return true;
    const first = Math.floor(top / this.rowHeight);
    // The last row any part of which is above the view's bottom edge.
    const last = Math.min(count - 1, Math.ceil((top + view) / this.rowHeight) - 1);
    return shown.first <= first && last <= shown.last;
  }
}
