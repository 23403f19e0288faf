import type { ReactiveControllerHost } from 'lit';
import type { Contact } from '../../core/model/index.js';
import { emit } from '../../events.js';

/** What the selection reads of the list: the rows loaded and how many match the query. */
export interface SelectionRows {
  readonly items: readonly Contact[];
  readonly total: number;
}

/**
 * The rows a person selected in `<contact-list>`: some rows, or "every contact matching the filter"
 * minus those unticked. Every change the person makes is told to the host with
 * `portico-selection-change`; `clear()` (a host's call, a new adapter) is silent.
 */
export class SelectionController {
  /** The contacts ticked one by one, by id. */
  selected = new Map<string, Contact>();
  /** Every contact matching the current query is selected, minus `excluded`. */
  allMatching = false;
  /** With `allMatching`, the ids the person unticked. */
  excluded = new Set<string>();
  /** The contact whose box the person clicked last: where a Shift range starts. */
  private anchor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly rows: SelectionRows,
  ) {}

  /** How many contacts are selected (with "all matching", the total minus those unticked). */
  get count(): number {
    return this.allMatching
      ? Math.max(0, this.rows.total - this.excluded.size)
      : this.selected.size;
  }

  /** Whether `contact` is selected. */
  readonly isSelected = (contact: Contact): boolean =>
    this.allMatching ? !this.excluded.has(contact.id) : this.selected.has(contact.id);

  /** How much of the loaded page is selected (the state of the select-all-loaded box). */
  get page(): 'none' | 'some' | 'all' {
    const items = this.rows.items;
    if (!this.allMatching && this.selected.size === 0) return 'none';
    const count = items.filter(this.isSelected).length;
    return count === 0 ? 'none' : count === items.length ? 'all' : 'some';
  }

  /**
   * The person ticked or unticked one row's box — with `range` (Shift held), every row from the box
   * clicked last to this one, in the list's current order, takes this box's new state. The range is
   * read from the rows loaded (`rows.items`), not from the DOM: rows scrolled out of view (the list
   * renders only those in view) are in it. Without a last box still among the rows, only this one.
   */
  readonly toggle = (contact: Contact, on: boolean, range = false): void => {
    const span = range ? this.rangeTo(contact) : [contact];
    this.anchor = contact.id;
    if (this.allMatching) {
      const excluded = new Set(this.excluded);
      for (const c of span) {
        if (on) excluded.delete(c.id);
        else excluded.add(c.id);
      }
      this.excluded = excluded;
    } else {
      const selected = new Map(this.selected);
      for (const c of span) {
        if (on) selected.set(c.id, c);
        else selected.delete(c.id);
      }
      this.selected = selected;
    }
    this.changed();
  };

  /** The rows from the box clicked last to `contact`, both included; `[contact]` without one. */
  private rangeTo(contact: Contact): readonly Contact[] {
    const items = this.rows.items;
    const to = items.findIndex((c) => c.id === contact.id);
    const from = this.anchor === undefined ? -1 : items.findIndex((c) => c.id === this.anchor);
    if (from === -1 || to === -1) return [contact];
    return items.slice(Math.min(from, to), Math.max(from, to) + 1);
  }

  /** The person ticked or unticked every loaded row. */
  readonly togglePage = (on: boolean): void => {
    this.allMatching = false;
    this.excluded = new Set();
    this.selected = on
      ? new Map(this.rows.items.map((c) => [c.id, c] as const))
      : new Map<string, Contact>();
    this.changed();
  };

  /** The person chose "select all matching the filter". */
  readonly selectAllMatching = (): void => {
    this.allMatching = true;
    this.excluded = new Set();
    this.selected = new Map();
    this.changed();
  };

  /** The person cleared the selection. */
  readonly clearByUser = (): void => {
    this.clear();
    this.changed();
  };

  /** The person changed the query: "all matching the filter" meant the old filter, so it is dropped. */
  queryChanged(): void {
    if (this.allMatching) this.clearByUser();
  }

  /** Clears the selection without telling the host (it asked, or the data changed under it). */
  clear(): void {
    this.anchor = undefined;
    this.selected = new Map();
    this.allMatching = false;
    this.excluded = new Set();
    this.host.requestUpdate();
  }

  /** Drops a contact that no longer exists (deleted) from the selection, silently. */
  forget(id: string): void {
    if (!this.selected.has(id)) return;
    const selected = new Map(this.selected);
    selected.delete(id);
    this.selected = selected;
    this.host.requestUpdate();
  }

  /** Tells the host what is selected now (`portico-selection-change`). */
  changed(): void {
    this.host.requestUpdate();
    const ids = this.allMatching
      ? this.rows.items.filter((c) => !this.excluded.has(c.id)).map((c) => c.id)
      : [...this.selected.keys()];
    emit(this.host, 'portico-selection-change', {
      ids,
      allMatching: this.allMatching,
      excluded: [...this.excluded],
      count: this.count,
    });
  }
}
