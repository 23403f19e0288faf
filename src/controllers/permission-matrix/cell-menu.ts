import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What a cell menu needs of its element: to render again, and its shadow root to find its parts. */
export type CellMenuHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** The cell a menu is open for: its `data-key` in the grid, and what it is about. */
export interface CellMenuTarget {
  key: string;
  role: string;
  capability: string;
}

const items = '[role^="menuitem"]';
const margin = 8;

/**
 * The state menu of a role-table cell (the APG menu button pattern inside an ARIA grid): one menu open
 * at a time, shown in the top layer (a `popover`, so a scrolling table never clips it) next to its
 * cell and kept inside the viewport; focus goes to the cell's current state, Up/Down/Home/End move,
 * Escape and Tab close it and return focus to the cell, a click outside closes it; it follows its
 * cell when the page or the table scrolls.
 *
 * The menu element is `#cell-menu` in the host's render root, with `popover="manual"`.
 */
export class CellMenuController implements ReactiveController {
  /** The cell whose menu is open. */
  open: CellMenuTarget | undefined;
  private focusPending = false;

  constructor(private readonly host: CellMenuHost) {
    host.addController(this);
  }

  /** Opens the menu of `target`, or closes it when it is open already. */
  toggle(target: CellMenuTarget): void {
    if (this.open?.key === target.key) {
      this.close(true);
      return;
    }
    this.open = target;
    this.focusPending = true;
    document.addEventListener('pointerdown', this.onPointerDown, true);
    window.addEventListener('resize', this.onViewportChange);
    window.addEventListener('scroll', this.onViewportChange, true);
    this.host.requestUpdate();
  }

  /** Closes the menu; `refocus` puts focus back on its cell. */
  close(refocus: boolean): void {
    const target = this.open;
    if (!target) return;
    this.open = undefined;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    window.removeEventListener('resize', this.onViewportChange);
    window.removeEventListener('scroll', this.onViewportChange, true);
    const menu = this.menu();
    if (menu?.matches(':popover-open')) menu.hidePopover();
    if (refocus) this.cell(target.key)?.focus();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.open;
    const menu = this.menu();
    const cell = target && this.cell(target.key);
    if (!target || !menu || !cell) return;
    if (!menu.matches(':popover-open')) menu.showPopover();
    place(menu, cell.getBoundingClientRect());
    if (this.focusPending) {
      this.focusPending = false;
      const all = [...menu.querySelectorAll<HTMLElement>(items)];
      const start =
        all.find((item) => item.getAttribute('aria-checked') === 'true') ??
        all.find((item) => item.getAttribute('aria-disabled') !== 'true') ??
        all[0];
      start?.focus({ preventScroll: true });
    }
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /** The menu's keydown listener: moves between items, closes on Escape and Tab. */
  readonly keydown = (event: KeyboardEvent): void => {
    const menu = event.currentTarget as HTMLElement;
    const all = [...menu.querySelectorAll<HTMLElement>(items)];
    const at = all.indexOf(event.target as HTMLElement);
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = all[(at + 1) % all.length];
        break;
      case 'ArrowUp':
        next = all[(at - 1 + all.length) % all.length];
        break;
      case 'Home':
        next = all[0];
        break;
      case 'End':
        next = all.at(-1);
        break;
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus({ preventScroll: true });
  };

  private menu(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#cell-menu');
  }

  private cell(key: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`button[data-key="${CSS.escape(key)}"]`);
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const menu = this.menu();
    const cell = this.open && this.cell(this.open.key);
    // A press on the cell itself toggles it (its click handler does): leave that to it.
    if ((menu && path.includes(menu)) || (cell && path.includes(cell))) return;
    this.close(false);
  };

  /** The page or the table scrolled, or the window changed size: the menu follows its cell. */
  private readonly onViewportChange = (): void => {
    const menu = this.menu();
    const cell = this.open && this.cell(this.open.key);
    if (menu && cell) place(menu, cell.getBoundingClientRect());
  };
}

/** Puts `menu` under its cell (above when there is no room below), inside the viewport. */
function place(menu: HTMLElement, anchor: DOMRect): void {
  const { width, height } = menu.getBoundingClientRect();
  const below = anchor.bottom + 4;
  const above = anchor.top - 4 - height;
  const top = below + height <= window.innerHeight - margin || above < margin ? below : above;
  const centred = anchor.left + anchor.width / 2 - width / 2;
  const left = Math.max(margin, Math.min(centred, window.innerWidth - width - margin));
  menu.style.top = `${Math.max(margin, top)}px`;
  menu.style.left = `${left}px`;
}
