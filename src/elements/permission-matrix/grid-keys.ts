/**
 * Keyboard movement for the matrix's ARIA grids (the APG grid pattern, data cells only): arrows move
 * one cell, Home/End go to the first/last cell of the row, Ctrl+Home/End to the first/last cell of
 * the grid, PageUp/PageDown five rows. Exactly one cell control per grid is in the tab order
 * (roving tabindex); Space and Enter reach the control itself (a button), which toggles.
 *
 * Cells are the elements with `data-row` and `data-col` inside the grid; the active one is remembered
 * per grid by the element (`GridFocus`) so a re-render keeps it.
 */
export interface GridPosition {
  row: number;
  col: number;
}

/** The remembered active cell of each grid, by grid id. */
export class GridFocus {
  private readonly active = new Map<string, GridPosition>();

  /** The active cell of `grid`, clamped to its size; the first cell when none was chosen. */
  position(grid: string, rows: number, cols: (row: number) => number): GridPosition {
    const remembered = this.active.get(grid) ?? { row: 0, col: 0 };
    const row = Math.max(0, Math.min(remembered.row, rows - 1));
    const col = Math.max(0, Math.min(remembered.col, Math.max(0, cols(row) - 1)));
    return { row, col };
  }

  /** `0` for the active cell of the grid, `-1` for every other. */
  tabIndex(grid: string, row: number, col: number, rows: number, cols: (row: number) => number) {
    const at = this.position(grid, rows, cols);
    return at.row === row && at.col === col ? 0 : -1;
  }

  set(grid: string, position: GridPosition): void {
    this.active.set(grid, position);
  }

  /** Forgets a grid's active cell (its shape changed beyond recognition, e.g. another person). */
  reset(grid: string): void {
    this.active.delete(grid);
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
