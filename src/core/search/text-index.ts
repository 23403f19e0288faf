import { matchesTerms } from './normalize.js';

/** Separates the fields of one document's text, so no term ever matches across two fields. */
export const fieldSeparator = '\u0001';

/**
 * Characters of folded text packed into 6 bits (1–63), so an ordinary trigram is an index into a dense
 * table of 2^18 entries: letters, digits and the punctuation of names, e-mails and numbers. 0 = any other.
 */
const charCodes = new Uint8Array(128);
"abcdefghijklmnopqrstuvwxyz0123456789 .@_-+'/()&,:;!?#*%$="
  .split('')
  .forEach((char, index) => (charCodes[char.charCodeAt(0)] = index + 1));
charCodes[1] = 63; // the field separator
const denseSize = 1 << 18;

function packed(code: number): number {
  return code < 128 ? charCodes[code]! : 0;
}

/** The dense key of the trigram at `at`, or -1 when one of its characters has no 6-bit code. */
function denseKey(text: string, at: number): number {
  const a = packed(text.charCodeAt(at));
  const b = packed(text.charCodeAt(at + 1));
  const c = packed(text.charCodeAt(at + 2));
  return a && b && c ? (a << 12) | (b << 6) | c : -1;
}

/** Any trigram as a number (three UTF-16 code units), for the rare ones without a dense key. */
function sparseKey(text: string, at: number): number {
  return (
    text.charCodeAt(at) * 4_294_967_296 + text.charCodeAt(at + 1) * 65_536 + text.charCodeAt(at + 2)
  );
}

/**
 * An inverted trigram index over already-folded text, for substring search without a full scan.
 *
 * Each document is a caller-chosen non-negative integer `key` with one text (fold it first with
 * `normalizeText`; join several fields with {@link fieldSeparator}). A search takes the terms (see
 * `searchTerms`), picks the shortest posting list among the terms' trigrams as candidates, and verifies
 * each candidate with a substring test — so the result is exactly what a scan with `matchesTerms` would
 * find, in far less work. Terms shorter than three characters cannot narrow anything: a query of only such
 * terms verifies every document (still over pre-folded text, with no folding at query time).
 *
 * Layout: a bulk-built base (posting lists packed in one `Int32Array`, addressed through a dense table of
 * the trigrams of ordinary characters) plus a small delta of lists for documents set since. Every version
 * of a document gets a fresh slot, so lists stay sorted and append-only; slots of replaced or deleted
 * documents are skipped, and the whole index is rebuilt into a new base once they outnumber the live ones.
 */
export class TextIndex {
  /** slot → text, or undefined once the slot is stale. */
  private texts: (string | undefined)[] = [];
  /** slot → the caller's key. */
  private keys: number[] = [];
  /** caller's key → its live slot. */
  private slots = new Map<number, number>();
  private stale = 0;
  /** Base: dense key → [start, end) in `basePostings`. */
  private baseStart = new Int32Array(0);
  private basePostings = new Int32Array(0);
  /** Delta: lists of slots set after the base was built, and of trigrams without a dense key. */
  private delta = new Map<number, number[]>();

  /**
   * An index of documents `keys[i]` with folded `texts[i]`, built in bulk — much faster than setting
   * them one by one. A key given twice keeps its last text.
   */
  static build(keys: readonly number[], texts: readonly string[]): TextIndex {
    const index = new TextIndex();
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const previous = index.slots.get(key);
      if (previous !== undefined) {
        index.texts[previous] = undefined;
        index.stale++;
      }
      index.slots.set(key, index.texts.length);
      index.texts.push(texts[i]);
      index.keys.push(key);
    }
    index.rebuild();
    return index;
  }

  /** How many documents are indexed. */
  get size(): number {
    return this.slots.size;
  }

  /** Adds document `key` with `text`, or replaces its text. */
  set(key: number, text: string): void {
    const previous = this.slots.get(key);
    if (previous !== undefined) {
      if (this.texts[previous] === text) return;
      this.texts[previous] = undefined;
      this.stale++;
    }
    const slot = this.texts.length;
    this.texts.push(text);
    this.keys.push(key);
    this.slots.set(key, slot);
    this.post(slot, text);
    this.compactIfWorthIt();
  }

  /** Removes document `key`; unknown keys are ignored. */
  delete(key: number): void {
    const slot = this.slots.get(key);
    if (slot === undefined) return;
    this.slots.delete(key);
    this.texts[slot] = undefined;
    this.stale++;
    this.compactIfWorthIt();
  }

  /** The indexed text of `key`, if any. */
  text(key: number): string | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.texts[slot];
  }

  /**
   * The keys of every document containing all `terms` (already folded), in the order they were last set.
   * No terms → every document.
   */
  search(terms: readonly string[]): number[] {
    // The shortest list among all trigrams of all terms: base segment + delta list.
    let bestStart = 0;
    let bestEnd = 0;
    let bestDelta: readonly number[] | undefined;
    let bestLength = Infinity;
    for (const term of terms) {
      for (let at = 0; at + 3 <= term.length; at++) {
        const dense = denseKey(term, at);
        let start = 0;
        let end = 0;
        if (dense >= 0 && this.baseStart.length) {
          start = this.baseStart[dense]!;
          end = this.baseStart[dense + 1]!;
        }
        const extra = this.delta.get(dense >= 0 ? dense : denseSize + sparseKey(term, at));
        const length = end - start + (extra?.length ?? 0);
        if (length === 0) return [];
        if (length < bestLength) {
          bestStart = start;
          bestEnd = end;
          bestDelta = extra;
          bestLength = length;
        }
      }
    }
    const found: number[] = [];
    const verify = (slot: number) => {
      const text = this.texts[slot];
      if (text !== undefined && matchesTerms(text, terms)) found.push(this.keys[slot]!);
    };
    if (bestLength === Infinity) {
      for (let slot = 0; slot < this.texts.length; slot++) verify(slot);
      return found;
    }
    for (let i = bestStart; i < bestEnd; i++) verify(this.basePostings[i]!);
    if (bestDelta) for (const slot of bestDelta) verify(slot);
    return found;
  }

  /** Adds one slot's trigrams to the delta lists. */
  private post(slot: number, text: string): void {
    for (let at = 0; at + 3 <= text.length; at++) {
      const dense = denseKey(text, at);
      const key = dense >= 0 ? dense : denseSize + sparseKey(text, at);
      const list = this.delta.get(key);
      if (!list) this.delta.set(key, [slot]);
      else if (list[list.length - 1] !== slot) list.push(slot);
    }
  }

  /** Renumbers live documents into consecutive slots and packs their trigrams into a new base. */
  private rebuild(): void {
    if (this.stale > 0) {
      const texts: string[] = [];
      const keys: number[] = [];
      const slots = new Map<number, number>();
      for (let slot = 0; slot < this.texts.length; slot++) {
        const text = this.texts[slot];
        if (text === undefined) continue;
        slots.set(this.keys[slot]!, texts.length);
        texts.push(text);
        keys.push(this.keys[slot]!);
      }
      this.texts = texts;
      this.keys = keys;
      this.slots = slots;
      this.stale = 0;
    }
    const texts = this.texts as string[];
    this.delta = new Map();

    // Count (each trigram once per document), lay out, fill. The dense key is rolled along the text
    // (one table lookup per character); a window holding an uncoded character goes to the delta.
    const counts = new Int32Array(denseSize + 1);
    const last = new Int32Array(denseSize).fill(-1);
    for (let slot = 0; slot < texts.length; slot++) {
      const text = texts[slot]!;
      let key = 0;
      let run = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const c = code < 128 ? charCodes[code]! : 0;
        if (c === 0) {
          run = 0;
          continue;
        }
        key = ((key << 6) | c) & (denseSize - 1);
        if (++run < 3 || last[key] === slot) continue;
        last[key] = slot;
        counts[key]!++;
      }
    }
    const start = new Int32Array(denseSize + 1);
    let total = 0;
    for (let key = 0; key < denseSize; key++) {
      start[key] = total;
      total += counts[key]!;
    }
    start[denseSize] = total;
    const postings = new Int32Array(total);
    const fill = start.slice(0, denseSize);
    last.fill(-1);
    for (let slot = 0; slot < texts.length; slot++) {
      const text = texts[slot]!;
      let key = 0;
      let run = 0;
      let lastUncoded = -3;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const c = code < 128 ? charCodes[code]! : 0;
        if (c === 0) {
          run = 0;
          lastUncoded = i;
        } else {
          key = ((key << 6) | c) & (denseSize - 1);
          run++;
        }
        if (i < 2) continue;
        if (run >= 3) {
          if (last[key] === slot) continue;
          last[key] = slot;
          postings[fill[key]!++] = slot;
        } else if (lastUncoded >= i - 2) {
          const sparse = denseSize + sparseKey(text, i - 2);
          const list = this.delta.get(sparse);
          if (!list) this.delta.set(sparse, [slot]);
          else if (list[list.length - 1] !== slot) list.push(slot);
        }
      }
    }
    this.baseStart = start;
    this.basePostings = postings;
  }

  private compactIfWorthIt(): void {
    if (this.stale >= 1024 && this.stale >= this.slots.size) this.rebuild();
  }
}
