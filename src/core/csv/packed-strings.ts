/**
 * A growing list of strings kept as a few large strings and typed arrays of offsets, not as one heap
 * object per entry: what an import plan keeps for each of hundreds of thousands of rows (its text, its
 * e-mail and CPF keys).
 *
 * Why: a string the parser hands over is a slice of a 64 KB piece of decoded text, and keeping it keeps
 * the piece; hundreds of thousands of small strings kept in the young generation are copied by each
 * scavenge until they are promoted. Here entries wait in a short list until about 4 K characters have
 * gathered, then are joined into one string: one object for a few dozen rows, and the slices die young.
 * (Much larger blocks land in V8's large-object space, and allocating many of them made the import
 * slower, not faster.)
 *
 * An entry may also be a span of a string kept anyway ({@link pushSpan}: a row's text in the piece of
 * the file the parser read it from): that string is then a block itself, and nothing is copied.
 *
 * An entry may be `undefined` (a row without a key). An entry replaced later ({@link set}: an edited
 * row) is kept apart in a map.
 *
 * @module
 */

/** Characters gathered before the waiting entries are joined into one block. */
const blockChars = 1 << 12;

const ABSENT = -1;

function grown(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  let length = array.length;
  while (length < size) length *= 2;
  if (length === array.length) return array;
  const next = new Int32Array(length);
  next.set(array);
  return next;
}

/** Strings by number (0, 1, 2… in the order pushed); see the module comment. */
export class PackedStrings {
  private readonly blocks: string[] = [];
  /** Entries not joined into a block yet, from number `firstWaiting` on. */
  private waiting: string[] = [];
  private waitingChars = 0;
  private firstWaiting = 0;
  /** Per entry: its block, its start in the block, its length (`ABSENT` for undefined). */
  private block = new Int32Array(1024);
  private start = new Int32Array(1024);
  private lengths = new Int32Array(1024);
  private replaced: Map<number, string | undefined> | undefined;
  private count = 0;
  /** The last block added by {@link pushSpan}, while it is the last block. */
  private spanned: string | undefined;

  /** How many entries there are. */
  get length(): number {
    return this.count;
  }

  private next(): number {
    const id = this.count++;
    if (id === this.lengths.length) {
      this.block = grown(this.block, id + 1);
      this.start = grown(this.start, id + 1);
      this.lengths = grown(this.lengths, id + 1);
    }
    return id;
  }

  /**
   * Adds `source.slice(start, end)` as an entry without copying it: `source` is kept (as one block
   * for every span of it pushed in a row). Returns its number.
   */
  pushSpan(source: string, start: number, end: number): number {
    if (this.waiting.length > 0) this.flush();
    if (source !== this.spanned) {
      this.blocks.push(source);
      this.spanned = source;
    }
    const id = this.next();
    this.block[id] = this.blocks.length - 1;
    this.start[id] = start;
    this.lengths[id] = end - start;
    this.firstWaiting = this.count;
    return id;
  }

  /** Adds an entry; returns its number. */
  push(value: string | undefined): number {
    const id = this.next();
    if (value === undefined) {
      this.lengths[id] = ABSENT;
      this.waiting.push('');
    } else {
      this.lengths[id] = value.length;
      this.start[id] = this.waitingChars;
      this.block[id] = this.blocks.length;
      this.waiting.push(value);
      this.waitingChars += value.length;
      if (this.waitingChars >= blockChars) this.flush();
    }
    return id;
  }

  /** Joins the waiting entries into one block. */
  private flush(): void {
    this.blocks.push(this.waiting.join(''));
    this.spanned = undefined;
    this.waiting = [];
    this.waitingChars = 0;
    this.firstWaiting = this.count;
  }

  /** Entry `id` (undefined for an absent one or a number out of range). */
  get(id: number): string | undefined {
    if (id < 0 || id >= this.count) return undefined;
    if (this.replaced?.has(id)) return this.replaced.get(id);
    const length = this.lengths[id]!;
    if (length === ABSENT) return undefined;
    if (id >= this.firstWaiting) return this.waiting[id - this.firstWaiting];
    const start = this.start[id]!;
    return this.blocks[this.block[id]!]!.slice(start, start + length);
  }

  /** Whether entry `id` is `value` (without making a string of it). */
  equals(id: number, value: string): boolean {
    if (this.replaced?.has(id)) return this.replaced.get(id) === value;
    const length = this.lengths[id]!;
    if (length !== value.length) return false;
    if (id >= this.firstWaiting) return this.waiting[id - this.firstWaiting] === value;
    return this.blocks[this.block[id]!]!.startsWith(value, this.start[id]);
  }

  /** Replaces entry `id`. */
  set(id: number, value: string | undefined): void {
    if (id < 0 || id >= this.count) throw new RangeError(`No entry ${id}`);
    this.replaced ??= new Map();
    this.replaced.set(id, value);
  }
}
