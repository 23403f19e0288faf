/**
 * A slot for a text in a small direct-mapped memo of recent texts (cells of a CSV column repeat row
 * after row): its length and first and last code units, mixed — cheaper than the hash a `Map` computes
 * over every character of a new string. A slot's text is confirmed by comparing it whole.
 *
 * @module
 */

/** How many slots a memo has (a power of two). */
export const textSlots = 256;

/** The slot of `text`, in `[0, textSlots)`. */
export function textSlot(text: string): number {
  const length = text.length;
  if (length === 0) return 0;
  return (length * 31 + text.charCodeAt(0) * 7 + text.charCodeAt(length - 1) * 3) & (textSlots - 1);
}
