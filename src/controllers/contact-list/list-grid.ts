import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RowWindow } from './row-window.js';

/**
 * A place in the list's grid, kept by contact rather than by DOM node (rows are virtualised and
 * reused by place): the contact's row (`undefined` for the header row) and the stop's place in it.
 */
export interface GridPlace {
  id: string | undefined;
  col: number;
}

/** What the grid controller works with, besides its host. */
export interface ListGridOptions {
  /** The element with `role="grid"`, once rendered. */
  grid: () => HTMLElement | null | undefined;
  /** The window of rendered rows (it scrolls a row into view, and keeps the stop's row rendered). */
  window: RowWindow;
  /** The loaded rows, in order. */
  rows: () => readonly { id: string }[];
  /** Changes with each new answer of a new query (a search, a filter, a sort). */
  result: () => number;
}

/** A stop of the grid: a cell that holds no control, or the control a cell holds. */
const stopSelector = '[data-stop]';

/** A stop a person can land on in this layout (a card hides the header's "Actions"). */
const usable = (stop: HTMLElement): boolean =>
  !(stop instanceof HTMLInputElement && stop.disabled) && stop.checkVisibility();

/**
 * The keyboard of `<contact-list>`'s rows: the WAI-ARIA data grid pattern over a virtualised list.
 * The grid is one tab stop — the last focused stop keeps `tabindex=0`, every other `-1` (the rows'
 * templates write `-1`; this controller moves the `0`) — and the keys move between stops:
 * ←/→ within a row, ↑/↓ between rows (the header row above the first contact), Home/End to the
 * row's first/last stop, Ctrl+Home/Ctrl+End to the first/last loaded contact, PageUp/PageDown by
 * the rows in view. A stop is a cell that holds no control, or the control a cell holds (a
 * checkbox, a sort button, the edit and acts buttons — a disabled act stays a stop, so its reason is
 * reached). F2 presses a button stop, as Enter does.
 *
 * The place is kept by contact id and column: a row reused for another contact does not carry the
 * tab stop with it, the stop's row stays rendered while scrolled out of view (see `RowWindow`'s
 * `keep`), and moving to a row that is not rendered scrolls it into view and focuses it once it is.
 * When the stop's contact leaves the list, the stop goes to the same column of the first row in view.
 */
export class ListGridController implements ReactiveController {
  private place: GridPlace | undefined;
  /** The stop that holds `tabindex=0` now. */
  private marked: HTMLElement | undefined;
  /** The marked stop's row and its place among the row's stops. */
  private markedAt: { row: HTMLElement; col: number } | undefined;
  private lastResult = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ListGridOptions,
  ) {
    host.addController(this);
  }

  /** The contact whose row holds the tab stop (its row stays rendered). */
  get keptId(): string | undefined {
    return this.place?.id;
  }

  hostUpdated(): void {
    const result = this.options.result();
    if (result === this.lastResult) return;
    this.lastResult = result;
    // A new answer (a sort, a filter) starts at the top; a contact that kept focus is shown instead.
    const focused = this.focusedStop();
    if (focused?.id === undefined) return;
    const index = this.indexOf(focused.id);
    if (index >= 0) this.options.window.reveal(index);
  }

  /**
   * Rows were rendered: the tab stop goes (back) on its contact's stop, wherever that row now is. While
   * focus is elsewhere and the marked stop is still in the grid (a valid single tab stop), this waits
   * until the frame is painted: finding the stop measures (visibility, the scroll position), and right
   * after a render that would make the browser compute styles and layout inside a keystroke. A scroll
   * renders rows around the stop's, which keeps its node: then nothing is done, nor scheduled.
   */
  readonly painted = (): void => {
    if (this.stillMarked()) return;
    if (this.marked?.isConnected && this.marked.tabIndex === 0 && !this.focusedStop()) {
      if (this.settling) return;
      this.settling = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.settling = false;
          this.settle();
        }),
      );
      return;
    }
    this.settle();
  };

  private settling = false;

  private settle(): void {
    const grid = this.options.grid();
    if (!grid) return;
    // Nothing measured when the stop is still marked — checking a stop's visibility would make the
    // browser compute styles mid-frame.
    if (this.stillMarked()) return;
    let stop = this.place && this.stopAt(grid, this.place);
    if (!stop) {
      const col = this.place?.col ?? 1;
      this.place = { id: this.firstInView(grid), col };
      stop = this.stopAt(grid, this.place);
      if (!stop) {
        this.place = { id: undefined, col };
        stop = this.stopAt(grid, this.place);
      }
    }
    if (!stop) return;
    this.place = this.placeOf(stop);
    this.mark(stop);
  }

  /** Focus came to a stop (a key, a click, a script): it becomes the grid's tab stop. */
  readonly focusin = (event: FocusEvent): void => {
    const stop = event.target instanceof HTMLElement ? event.target : null;
    if (!stop?.matches(stopSelector)) return;
    const place = this.placeOf(stop);
    if (!place) return;
    this.place = place;
    this.mark(stop);
  };

  readonly keydown = (event: KeyboardEvent): void => {
    const stop = event.target instanceof HTMLElement ? event.target : null;
    if (!stop?.matches(stopSelector) || event.altKey || event.shiftKey) return;
    const place = this.placeOf(stop);
    const row = stop.closest<HTMLElement>('[role="row"]');
    if (!place || !row) return;
    const stops = [...row.querySelectorAll<HTMLElement>(stopSelector)];
    const ctrl = event.ctrlKey || event.metaKey;
    const count = this.options.rows().length;
    const index = place.id === undefined ? -1 : this.indexOf(place.id);
    const page = this.pageRows();
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const step = event.key === 'ArrowRight' ? 1 : -1;
        let at = place.col + step;
        while (stops[at] && !usable(stops[at]!)) at += step;
        stops[at]?.focus();
        break;
      }
      case 'Home':
      case 'End':
        if (ctrl) {
          if (count > 0)
            void this.go(event.key === 'Home' ? 0 : count - 1, event.key === 'Home' ? 0 : Infinity);
        } else {
          const list = stops.filter(usable);
          (event.key === 'Home' ? list[0] : list.at(-1))?.focus();
        }
        break;
      case 'ArrowDown':
        if (index < count - 1) void this.go(index + 1, place.col);
        break;
      case 'ArrowUp':
        if (index >= 0) void this.go(index - 1, place.col);
        break;
      case 'PageDown':
        if (index < count - 1) void this.go(Math.min(count - 1, index + page), place.col);
        break;
      case 'PageUp':
        if (index > 0) void this.go(Math.max(0, index - page), place.col);
        break;
      case 'F2':
        if (stop instanceof HTMLButtonElement) stop.click();
        break;
      case ' ':
        // A control's own (the checkbox toggles); on a cell, Space would scroll the rows away from it.
        if (stop instanceof HTMLButtonElement || stop instanceof HTMLInputElement) return;
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /**
   * Moves focus to row `index` (-1: the header), at stop `col` or the nearest usable one before it:
   * the row is scrolled into view, and focused once it is rendered.
   */
  private async go(index: number, col: number): Promise<void> {
    const id = index < 0 ? undefined : this.options.rows()[index]?.id;
    this.place = { id, col };
    if (index >= 0) this.options.window.reveal(index);
    let grid = this.options.grid();
    let stop = grid && this.stopAt(grid, this.place);
    if (!stop) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      grid = this.options.grid();
      stop = grid && this.stopAt(grid, this.place);
    }
    stop?.focus();
  }

  /** The stop of `place` (or the nearest usable one in its row) when its row is rendered. */
  private stopAt(grid: HTMLElement, place: GridPlace): HTMLElement | null {
    const row =
      place.id === undefined
        ? grid.querySelector('[role="row"].head')
        : grid.querySelector(`[role="row"][data-id="${CSS.escape(place.id)}"]`);
    if (!row) return null;
    const stops = [...row.querySelectorAll<HTMLElement>(stopSelector)];
    const from = Math.min(place.col, stops.length - 1);
    for (let at = from; at >= 0; at--) if (usable(stops[at]!)) return stops[at]!;
    for (let at = from + 1; at < stops.length; at++) if (usable(stops[at]!)) return stops[at]!;
    return null;
  }

  private placeOf(stop: HTMLElement): GridPlace | undefined {
    const at = stopInRow(stop);
    return at && { id: at.row.dataset.id, col: at.col };
  }

  /**
   * The marked stop still holds the tab stop and is the current place's (its row, reused by place,
   * may now hold another contact). Read from what `mark` kept: no query, no style, no layout.
   */
  private stillMarked(): boolean {
    const { marked, markedAt, place } = this;
    return (
      !!marked?.isConnected &&
      marked.tabIndex === 0 &&
      !!markedAt &&
      !!place &&
      markedAt.row.dataset.id === place.id &&
      markedAt.col === place.col
    );
  }

  private mark(stop: HTMLElement): void {
    if (this.marked === stop && stop.tabIndex === 0) return;
    if (this.marked) this.marked.tabIndex = -1;
    stop.tabIndex = 0;
    this.marked = stop;
    // A stop's place among its row's stops is fixed by the row's template: kept with its row.
    this.markedAt = stopInRow(stop);
  }

  private indexOf(id: string): number {
    return this.options.rows().findIndex((row) => row.id === id);
  }

  /** The place of the stop that has focus, when one in the grid has. */
  private focusedStop(): GridPlace | undefined {
    const grid = this.options.grid();
    const active = (grid?.getRootNode() as ShadowRoot | Document | undefined)?.activeElement;
    if (
      !(active instanceof HTMLElement) ||
      !grid?.contains(active) ||
      !active.matches(stopSelector)
    )
      return undefined;
    return this.placeOf(active);
  }

  /** The rows a page key moves: as many as the scroller shows at once. */
  private pageRows(): number {
    const scroller = this.options.grid()?.querySelector<HTMLElement>('.body');
    const height = scroller?.clientHeight ?? 0;
    return Math.max(1, Math.floor(height / this.options.window.rowHeight));
  }

  /** The id of the first contact in view (rendered), if any. */
  private firstInView(grid: HTMLElement): string | undefined {
    const rows = this.options.rows();
    if (rows.length === 0) return undefined;
    const scroller = grid.querySelector<HTMLElement>('.body');
    const top = Math.floor((scroller?.scrollTop ?? 0) / this.options.window.rowHeight);
    return rows[Math.max(0, Math.min(rows.length - 1, top))]!.id;
  }
}

/** The row of `stop` and its place among the row's stops. */
function stopInRow(stop: HTMLElement): { row: HTMLElement; col: number } | undefined {
  const row = stop.closest<HTMLElement>('[role="row"]');
  return row ? { row, col: [...row.querySelectorAll(stopSelector)].indexOf(stop) } : undefined;
}
