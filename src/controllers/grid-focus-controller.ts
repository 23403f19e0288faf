/** A cell of a grid, by its `data-row` and `data-col`. */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Keyboard focus in ARIA grids (the APG grid pattern, data cells only), for any number of grids in
 * one element, each known by an id. Exactly one cell control per grid is in the tab order (roving
 * tabindex), remembered across renders; in a grid, arrows move one cell, Home/End go to the first/last
 * cell of the row, Ctrl+Home/End to the first/last cell of the grid, PageUp/PageDown five rows. Space
 * and Enter reach the cell's control itself (a button).
 *
 * Cells are the elements with `data-row` and `data-col` inside the grid element; a template gives
 * each `tabindex=${focus.tabIndex(grid, row, col, rows, cols)}`, `@focus` that calls `set`, and the
 * grid `@keydown=${focus.keydown(grid)}`.
 */
export class GridFocusController {
  private readonly active = new Map<string, GridPosition>();
  private readonly listeners = new Map<string, (event: KeyboardEvent) => void>();

  /** The active cell of `grid`, clamped to its size; the first cell when none was chosen. */
  position(grid: string, rows: number, cols: (row: number) => number): GridPosition {
    const remembered = this.active.get(grid) ?? { row: 0, col: 0 };
    const row = Math.max(0, Math.min(remembered.row, rows - 1));
    const col = Math.max(0, Math.min(remembered.col, Math.max(0, cols(row) - 1)));
    return { row, col };
  }

  /** `0` for the active cell of the grid, `-1` for every other. */
  tabIndex(
    grid: string,
    row: number,
    col: number,
    rows: number,
    cols: (row: number) => number,
  ): number {
    const at = this.position(grid, rows, cols);
    return at.row === row && at.col === col ? 0 : -1;
  }

  /** Remembers the active cell of `grid` (a cell got focus). */
  set(grid: string, position: GridPosition): void {
    this.active.set(grid, position);
  }

  /** Forgets a grid's active cell (its shape changed beyond recognition, e.g. another person). */
  reset(grid: string): void {
    this.active.delete(grid);
  }

  /** The keydown listener of grid `grid` (bind it on the element with `role="grid"`); one per grid. */
  keydown(grid: string): (event: KeyboardEvent) => void {
    let listener = this.listeners.get(grid);
    if (!listener) {
      listener = (event) => {
        const table = event.currentTarget;
        if (table instanceof HTMLElement)
          moveInGrid(event, table, (position) => this.set(grid, position));
      };
      this.listeners.set(grid, listener);
    }
    return listener;
  }
}

/**
 * Handles a keydown inside a grid: moves focus and returns true when the key was a movement key.
 * `grid` is the element with `role="grid"`; `onMove` records the new position.
 */
export function moveInGrid(
  event: KeyboardEvent,
  grid: HTMLElement,
  onMove: (position: GridPosition) => void,
): boolean {
  const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-row][data-col]');
  if (!target) return false;
  const cells = [...grid.querySelectorAll<HTMLElement>('[data-row][data-col]')];
  const rows = new Map<number, HTMLElement[]>();
  for (const cell of cells) {
    const row = Number(cell.dataset.row);
    const list = rows.get(row) ?? [];
    list.push(cell);
    rows.set(row, list);
  }
  for (const list of rows.values())
    list.sort((a, b) => Number(a.dataset.col) - Number(b.dataset.col));
  const rowIds = [...rows.keys()].sort((a, b) => a - b);
  const row = Number(target.dataset.row);
  const col = Number(target.dataset.col);
  const rowIndex = rowIds.indexOf(row);
  const inRow = rows.get(row) ?? [];
  const colIndex = inRow.indexOf(target);

  let next: HTMLElement | undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  const cellAt = (rIndex: number, preferCol: number) => {
    const list = rows.get(rowIds[rIndex]!) ?? [];
    return (
      list.find((c) => Number(c.dataset.col) === preferCol) ??
      list[Math.min(preferCol, list.length - 1)]
    );
  };
  switch (event.key) {
    case 'ArrowRight':
      next = inRow[colIndex + 1];
      break;
    case 'ArrowLeft':
      next = inRow[colIndex - 1];
      break;
    case 'ArrowDown':
      if (rowIndex < rowIds.length - 1) next = cellAt(rowIndex + 1, col);
      break;
    case 'ArrowUp':
      if (rowIndex > 0) next = cellAt(rowIndex - 1, col);
      break;
    case 'Home':
      next = ctrl ? rows.get(rowIds[0]!)?.[0] : inRow[0];
      break;
    case 'End':
      next = ctrl ? rows.get(rowIds[rowIds.length - 1]!)?.at(-1) : inRow.at(-1);
      break;
    case 'PageDown':
      next = cellAt(Math.min(rowIds.length - 1, rowIndex + 5), col);
      break;
    case 'PageUp':
      next = cellAt(Math.max(0, rowIndex - 5), col);
      break;
    default:
      return false;
  }
  event.preventDefault();
  if (!next || next === target) return true;
  for (const cell of cells) cell.tabIndex = cell === next ? 0 : -1;
  next.focus();
  onMove({ row: Number(next.dataset.row), col: Number(next.dataset.col) });
  return true;
}
