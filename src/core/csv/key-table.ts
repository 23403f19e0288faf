/**
 * Which rows hold a key (an e-mail, a CPF), in row order: the index duplicates are found with.
 *
 * A plan adds a key for almost every row of a file of hundreds of thousands, and rarely a second holder
 * for one. A `Map` does that with two lookups per new key (`get`, then `set`) and rebuilds a table of
 * objects as it grows; this keeps an open-addressing table of key numbers in an `Int32Array` and finds
 * or adds a key in one probe sequence. Keys are never forgotten (a key no row holds any more has no
 * holders), which keeps probing simple; a plan's keys are bounded by its rows and edits.
 *
 * @module
 */

import { PackedStrings } from './packed-strings.js';

const EMPTY = -1;

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}

/** FNV-1a over the UTF-16 code units of `key`. */
function hash(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h;
}

/** Rows by key; see the module comment. */
export class KeyTable {
  private slots: Int32Array;
  private mask: number;
  /** Keys by number, packed (see `packed-strings.ts`), with their hashes. */
  private readonly keys = new PackedStrings();
  private hashes = new Int32Array(1024);
  /** The first holder of each key number, or -1 when no row holds it. */
  private firsts = new Int32Array(1024);
  /** Every holder, in order, of the keys held by more than one row. */
  private readonly many = new Map<number, number[]>();

  constructor(expected = 1024) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** The number of `key`, adding it when `add`; -1 when absent and not added. */
  private find(key: string, add: boolean): number {
    const h = hash(key);
    let at = h & this.mask;
    for (;;) {
      const id = this.slots[at]!;
      if (id === EMPTY) break;
      if (this.hashes[id] === h && this.keys.equals(id, key)) return id;
      at = (at + 1) & this.mask;
    }
    if (!add) return -1;
    const id = this.keys.push(key);
    this.hashes = grown(this.hashes, id + 1);
    this.firsts = grown(this.firsts, id + 1);
    this.hashes[id] = h;
    this.firsts[id] = -1;
    this.slots[at] = id;
    if (this.keys.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let id = 0; id < this.keys.length; id++) {
      let at = this.hashes[id]! & mask;
      while (slots[at] !== EMPTY) at = (at + 1) & mask;
      slots[at] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Adds `row` as a holder of `key`; returns the first holder (`row` itself when it is the first). */
  add(key: string, row: number): number {
    const id = this.find(key, true);
    const first = this.firsts[id]!;
    if (first < 0) {
      this.firsts[id] = row;
      return row;
    }
    let holders = this.many.get(id);
    if (!holders) {
      holders = [first];
      this.many.set(id, holders);
    }
    let at = holders.length;
    while (at > 0 && holders[at - 1]! > row) at--;
    holders.splice(at, 0, row);
    this.firsts[id] = holders[0]!;
    return holders[0]!;
  }

  /** Takes `row` off the holders of `key`. */
  remove(key: string, row: number): void {
    const id = this.find(key, false);
    if (id < 0) return;
    const holders = this.many.get(id);
    if (!holders) {
      if (this.firsts[id] === row) this.firsts[id] = -1;
      return;
    }
    const rest = holders.filter((held) => held !== row);
    if (rest.length <= 1) this.many.delete(id);
    else this.many.set(id, rest);
    this.firsts[id] = rest.length > 0 ? rest[0]! : -1;
  }

  /** The first row holding `key`, if any. */
  first(key: string): number | undefined {
    const id = this.find(key, false);
    const first = id < 0 ? -1 : this.firsts[id]!;
    return first < 0 ? undefined : first;
  }

  /** Every row holding `key`, in order. */
  rows(key: string): number[] {
    const id = this.find(key, false);
    if (id < 0 || this.firsts[id]! < 0) return [];
    return [...(this.many.get(id) ?? [this.firsts[id]!])];
  }
}
