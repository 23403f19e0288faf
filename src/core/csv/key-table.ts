/**
 * Which rows hold a key (an e-mail, a CPF), in row order: the index duplicates are found with.
 *
 * A plan adds a key for almost every row of a file of hundreds of thousands, and rarely a second holder
 * for one. A `Map` does that with two lookups per new key (`get`, then `set`) and rebuilds a table of
 * objects as it grows; this keeps an open-addressing table in an `Int32Array` and finds or adds a key
 * in one probe sequence. Each slot holds the key's hash beside its number, so a probe reads one cache
 * line and a key's text is compared only when the hashes agree. A key is known by its number from then
 * on: a plan keeps each row's key numbers, not the keys' text again, and asks about a row's key with
 * no hashing at all. Keys are never forgotten (a key no row holds any more has no holders), which
 * keeps probing simple; a plan's keys are bounded by its rows and edits.
 *
 * @module
 */

import { PackedStrings } from './packed-strings.js';

/** No key: what a slot holds before one is added, and what a row without a key is given. */
export const NO_KEY = -1;

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
  /** Pairs of (hash, key number + 1); a number of 0 marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** Keys by number, packed (see `packed-strings.ts`). */
  private readonly keys = new PackedStrings();
  /** The first holder of each key number, or -1 when no row holds it. */
  private firsts = new Int32Array(1024);
  /** Every holder, in order, of the keys held by more than one row. */
  private readonly many = new Map<number, number[]>();

  constructor(expected = 1024) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The number of `key`, adding it when `add`; {@link NO_KEY} when absent and not added. */
  find(key: string, add = false): number {
    const h = hash(key);
    const slots = this.slots;
    let at = h & this.mask;
    for (;;) {
      const id = slots[2 * at + 1]! - 1;
      if (id < 0) break;
      if (slots[2 * at] === h && this.keys.equals(id, key)) return id;
      at = (at + 1) & this.mask;
    }
    if (!add) return NO_KEY;
    const id = this.keys.push(key);
    this.firsts = grown(this.firsts, id + 1);
    this.firsts[id] = -1;
    slots[2 * at] = h;
    slots[2 * at + 1] = id + 1;
    if (this.keys.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const size = (this.mask + 1) * 2;
    const slots = new Int32Array(size * 2);
    const mask = size - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let at = old[from]! & mask;
      while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
      slots[2 * at] = old[from]!;
      slots[2 * at + 1] = old[from + 1]!;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The text of key number `id`. */
  keyOf(id: number): string | undefined {
    return id < 0 ? undefined : this.keys.get(id);
  }

  /** Adds `row` as a holder of key number `id`; returns the first holder (`row` itself when it is the first). */
  add(id: number, row: number): number {
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

  /** Takes `row` off the holders of key number `id`. */
  remove(id: number, row: number): void {
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

  /** The first row holding key number `id`, if any. */
  first(id: number): number | undefined {
    const first = id < 0 ? -1 : this.firsts[id]!;
    return first < 0 ? undefined : first;
  }

  /** Every row holding key number `id`, in order. */
  rows(id: number): number[] {
    if (id < 0 || this.firsts[id]! < 0) return [];
    return [...(this.many.get(id) ?? [this.firsts[id]!])];
  }
}
