/**
 * Which rows hold a key (an e-mail, a CPF), in row order: the index duplicates are found with.
 *
 * A plan reads a file of hundreds of thousands of rows, almost every one with a key of its own, and
 * asks nothing of the index until the file is read. So the rows' keys are first only gathered
 * ({@link KeyTable.hold}): each key's hash and text kept in arrays, nothing looked up. Then
 * {@link KeyTable.settle} sorts them by hash (a radix sort: a few sequential passes) and numbers the
 * keys in that order; rows with the same hash are next to each other, and only theirs are compared as
 * text. A hash table would do the same with one random memory access per key into a table of
 * megabytes: on 100,000 rows most of those miss the cache, and they cost several times the sort.
 *
 * After that, a key is known by its number: a plan keeps each row's key numbers and asks about a row
 * with no hashing at all. A key's text is found by a binary search over the sorted hashes; a key first
 * met later (an edited row) is kept in a small map. Keys are never forgotten (a key no row holds any
 * more has no holders); a plan's keys are bounded by its rows and edits.
 *
 * @module
 */

import { PackedStrings } from './packed-strings.js';

/** No key: what a row without a key is given. */
export const NO_KEY = -1;

/** What {@link KeyTable.hold} answers before {@link KeyTable.settle}: the number is not known yet. */
export const KEY_PENDING = -2;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function grown<T extends Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(
  array: T,
  size: number,
): T {
  if (size <= array.length) return array;
  let length = array.length * 2;
  while (length < size) length *= 2;
  const next = new (array.constructor as new (length: number) => T)(length);
  next.set(array);
  return next;
}

/**
 * The hash of `key`, unsigned: FNV-1a over its UTF-16 code units taken two at a time (half the
 * multiplications), then mixed so that every unit reaches every bit. {@link KeyTable.hold} computes the
 * same inline.
 */
function hash(key: string): number {
  let h = FNV_OFFSET;
  const length = key.length;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    h = Math.imul(h ^ (key.charCodeAt(i) | (key.charCodeAt(i + 1) << 16)), FNV_PRIME);
  }
  if (i < length) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/** The last step of {@link hash}: the high bits folded into the low ones (MurmurHash3's finaliser). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Bits a key's code units leave in {@link KeyTable.hold}'s `seen`: the unit itself, and bit 16 for an
 * upper-case ASCII letter. A key may change when lower-cased when `seen` has bit 16 or a bit of 0xff80
 * (a unit outside ASCII). Branch-free: most keys are scanned without one.
 */
function seenBits(code: number): number {
  return code | (((code - 65) >>> 0 < 26 ? 1 : 0) << 16);
}

/**
 * `hashes[0…count-1]` sorted (unsigned), stably, beside each one's position and row: three passes of
 * 11 bits, each reading the last pass's output in order.
 */
function sortByHash(
  hashes: Uint32Array,
  rows: Int32Array,
  count: number,
): {
  sorted: Uint32Array<ArrayBuffer>;
  positions: Int32Array<ArrayBuffer>;
  rows: Int32Array<ArrayBuffer>;
} {
  let fromHashes = hashes.slice(0, count);
  let fromPositions = new Int32Array(count);
  let fromRows = rows.slice(0, count);
  let toHashes = new Uint32Array(count);
  let toPositions = new Int32Array(count);
  let toRows = new Int32Array(count);
  for (let i = 0; i < count; i++) fromPositions[i] = i;
  const counts = new Int32Array(2049);
  for (let shift = 0; shift < 32; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[((fromHashes[i]! >>> shift) & 2047) + 1]!++;
    for (let bucket = 0; bucket < 2048; bucket++) counts[bucket + 1]! += counts[bucket]!;
    for (let i = 0; i < count; i++) {
      const h = fromHashes[i]!;
      const to = counts[(h >>> shift) & 2047]!++;
      toHashes[to] = h;
      toPositions[to] = fromPositions[i]!;
      toRows[to] = fromRows[i]!;
    }
    const hashesNext = toHashes;
    toHashes = fromHashes;
    fromHashes = hashesNext;
    const positionsNext = toPositions;
    toPositions = fromPositions;
    fromPositions = positionsNext;
    const rowsNext = toRows;
    toRows = fromRows;
    fromRows = rowsNext;
  }
  return { sorted: fromHashes, positions: fromPositions, rows: fromRows };
}

/** Rows by key; see the module comment. */
export class KeyTable {
  /** Whether keys are compared in lower case (e-mails). */
  private readonly fold: boolean;
  private settled = false;
  /** Keys held before {@link settle}: their rows, hashes and texts, by position. */
  private heldRows: Int32Array<ArrayBuffer>;
  private heldHashes: Uint32Array<ArrayBuffer>;
  private held = 0;
  /** The texts of the held keys, by position; after {@link settle}, the sorted keys' texts (see `sample`). */
  private readonly texts = new PackedStrings();
  /** Keys numbered at {@link settle}: number → its hash (ascending) and a position holding its text. */
  private sortedHashes = new Uint32Array(0);
  private sample = new Int32Array(0);
  private sorted = 0;
  /** Keys first met after {@link settle}, numbered from `sorted` on. */
  private readonly later = new Map<string, number>();
  private readonly laterTexts: string[] = [];
  /** The first holder of each key number, or -1 when no row holds it. */
  private firsts = new Int32Array(1024);
  /** Every holder, in order, of the keys held by more than one row. */
  private readonly many = new Map<number, number[]>();

  /** `expected`: about how many keys; `fold`: keys compared in lower case. */
  constructor(expected = 1024, fold = false) {
    const size = Math.max(16, Math.min(expected, 1 << 20));
    this.heldRows = new Int32Array(size);
    this.heldHashes = new Uint32Array(size);
    this.fold = fold;
  }

  /** `key` as compared: lower-cased when folding (itself when it has no upper-case letter). */
  private folded(key: string): string {
    if (!this.fold) return key;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if ((code >= 65 && code <= 90) || code >= 0x80) return key.toLowerCase();
    }
    return key;
  }

  /**
   * Row `row` holds `key`. Before {@link settle} (rows in increasing order), the key is only kept
   * and {@link KEY_PENDING} answered: `settle` gives its number. After, it is the key's number.
   *
   * `source` and `from`: where the caller keeps `key` anyway (`source.startsWith(key, from)`; a plan
   * keeps the file's text). The key's text is then that span of `source`, not a copy, unless it is
   * compared in lower case and is not.
   */
  hold(row: number, key: string, source?: string, from = 0): number {
    if (this.settled) {
      const id = this.find(key, true);
      this.add(id, row);
      return id;
    }
    // Hash (as `hash` does) and look for upper case in one pass; most keys have none. The code units
    // are read from `source` when the key is a span of it: a file's text is one flat string, where a
    // key cut from it is a slice, each of whose reads goes through the text it slices.
    const units = source ?? key;
    let i = source === undefined ? 0 : from;
    const end = i + key.length;
    let h = FNV_OFFSET;
    let seen = 0;
    for (; i + 1 < end; i += 2) {
      const a = units.charCodeAt(i);
      const b = units.charCodeAt(i + 1);
      seen |= seenBits(a) | seenBits(b);
      h = Math.imul(h ^ (a | (b << 16)), FNV_PRIME);
    }
    if (i < end) {
      const a = units.charCodeAt(i);
      seen |= seenBits(a);
      h = Math.imul(h ^ a, FNV_PRIME);
    }
    let text = key;
    let unsigned = mix(h);
    if (this.fold && (seen & 0x1ff80) !== 0) {
      text = key.toLowerCase();
      unsigned = hash(text);
    }
    const at = this.held++;
    if (at === this.heldRows.length) {
      this.heldRows = grown(this.heldRows, at + 1);
      this.heldHashes = grown(this.heldHashes, at + 1);
    }
    this.heldRows[at] = row;
    this.heldHashes[at] = unsigned;
    if (source !== undefined && text === key) this.texts.pushSpan(source, from, from + key.length);
    else this.texts.push(text);
    return KEY_PENDING;
  }

  /**
   * Numbers the keys held so far and writes each holder's key number into `ids` (by row), and 1 into
   * `repeated` for each row holding a key an earlier row holds; from then on the table answers
   * questions. Does nothing the second time.
   */
  settle(ids?: Int32Array, repeated?: Uint8Array): void {
    if (this.settled) return;
    this.settled = true;
    const count = this.held;
    const sortedBy = sortByHash(this.heldHashes, this.heldRows, count);
    const { sorted: hashes, positions: order, rows } = sortedBy;
    // Keys are numbered in hash order: key `id`'s hash is `sortedHashes[id]`.
    const sortedHashes = new Uint32Array(count);
    const sample = new Int32Array(count);
    const firsts = new Int32Array(Math.max(count, 1024));
    let keys = 0;
    for (let k = 0; k < count;) {
      const h = hashes[k]!;
      let end = k + 1;
      while (end < count && hashes[end] === h) end++;
      if (end === k + 1) {
        const row = rows[k]!;
        sortedHashes[keys] = h;
        sample[keys] = order[k]!;
        firsts[keys] = row;
        if (ids) ids[row] = keys;
        keys++;
      } else {
        // The same hash: the same key, or (rarely) another. Held in row order, the sort being stable.
        const group = keys;
        for (let m = k; m < end; m++) {
          const at = order[m]!;
          const text = this.texts.get(at)!;
          const row = rows[m]!;
          let id = -1;
          for (let other = group; other < keys; other++) {
            if (this.texts.equals(sample[other]!, text)) {
              id = other;
              break;
            }
          }
          if (id < 0) {
            id = keys++;
            sortedHashes[id] = h;
            sample[id] = at;
            firsts[id] = row;
          } else {
            let holders = this.many.get(id);
            if (!holders) {
              holders = [firsts[id]!];
              this.many.set(id, holders);
            }
            holders.push(row);
            if (repeated) repeated[row] = 1;
          }
          if (ids) ids[row] = id;
        }
      }
      k = end;
    }
    this.sortedHashes = sortedHashes;
    this.sample = sample;
    this.sorted = keys;
    this.firsts = firsts;
    this.heldRows = new Int32Array(0);
    this.heldHashes = new Uint32Array(0);
  }

  /** The number of `key`, adding it when `add`; {@link NO_KEY} when absent and not added. */
  find(key: string, add = false): number {
    if (!this.settled) {
      if (this.held > 0) throw new Error('KeyTable: settle() the held keys first');
      this.settle();
    }
    const text = this.folded(key);
    const h = hash(text);
    const sortedHashes = this.sortedHashes;
    let low = 0;
    let high = this.sorted;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sortedHashes[middle]! < h) low = middle + 1;
      else high = middle;
    }
    for (let id = low; id < this.sorted && sortedHashes[id] === h; id++) {
      if (this.texts.equals(this.sample[id]!, text)) return id;
    }
    const later = this.later.get(text);
    if (later !== undefined) return later;
    if (!add) return NO_KEY;
    const id = this.sorted + this.laterTexts.length;
    this.laterTexts.push(text);
    this.later.set(text, id);
    this.firsts = grown(this.firsts, id + 1);
    this.firsts[id] = -1;
    return id;
  }

  /** The text of key number `id` (lower-cased when folding). */
  keyOf(id: number): string | undefined {
    if (id < 0) return undefined;
    return id < this.sorted ? this.texts.get(this.sample[id]!) : this.laterTexts[id - this.sorted];
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
