/**
 * A small direct-mapped memo of recent texts (cells of a CSV column repeat row after row): a text's
 * slot is its length and first and last code units, mixed — cheaper than the hash a `Map` computes over
 * every character of a new string. A slot's text is confirmed by comparing it whole, so a text is
 * known only when it is the very text its slot holds; a newer text with the same slot takes its place.
 *
 * @module
 */

/** How many slots a memo has (a power of two). */
const slots = 256;

/** The slot of `text`, in `[0, slots)`. */
function slotOf(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  return (length * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(length - 1) * 3) & (slots - 1);
}

/** Values by text, for the last text of each slot; see the module comment. */
export class TextSlots<T> {
  private readonly texts = new Array<string | undefined>(slots).fill(undefined);
  private readonly values = new Array<T | undefined>(slots).fill(undefined);

  /** The value kept for `text`, if its slot holds it. */
  get(text: string): T | undefined {
    const slot = slotOf(text);
    return this.texts[slot] === text ? this.values[slot] : undefined;
  }

  /** Keeps `value` for `text` in its slot. */
  set(text: string, value: T): void {
    const slot = slotOf(text);
    this.texts[slot] = text;
    this.values[slot] = value;
  }
}
