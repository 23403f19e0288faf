/**
 * Text folding for search and sorting: what a person means when they type "joao" for "João".
 * Pure string functions; no locale data, no DOM.
 */

/** Letters NFD does not decompose, folded to what a reader of Portuguese or Spanish would type. */
const extraFolds: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const extraFoldPattern = /[øæœßłđðþı]/g;
const combiningMarks = /\p{M}/gu;

/** The reference folding: NFD, combining marks removed, lower case, the extra folds. */
function foldSlowly(value: string): string {
  return value
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(extraFoldPattern, (letter) => extraFolds[letter] ?? letter);
}

const latinStart = 0xc0;
const latinEnd = 0x17f;
/** The folding of each letter of Latin-1 Supplement and Latin Extended-A (À…ſ), computed once. */
const latinFolds: readonly string[] = Object.freeze(
  Array.from({ length: latinEnd - latinStart + 1 }, (_, i) =>
    foldSlowly(String.fromCharCode(latinStart + i)),
  ),
);

/**
 * Folds text for comparison: Unicode NFD, combining marks (accents, cedilla, tilde) removed, lower case,
 * and a few letters NFD leaves whole (`ø`, `æ`, `ß`, `ł`…) spelled out. Whitespace is kept as is.
 * Text in ASCII and the Latin letters of Portuguese and Spanish takes a table-driven fast path; anything
 * else goes through `String.prototype.normalize`, with the same result.
 *
 * `normalizeText('Conceição GONÇALVES')` → `'conceicao goncalves'`.
 */
export function normalizeText(value: string): string {
  let i = 0;
  for (; i < value.length; i++) if (value.charCodeAt(i) > 127) break;
  if (i === value.length) return value.toLowerCase();
  let out = value.slice(0, i).toLowerCase();
  for (; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : value[i];
    } else if (code >= latinStart && code <= latinEnd) {
      out += latinFolds[code - latinStart];
    } else {
      return foldSlowly(value);
    }
  }
  return out;
}

/** Only the ASCII digits of `value`: `'123.456.789-09'` → `'12345678909'`. */
export function digitsOnly(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) out += value[i];
  }
  return out;
}

/** Text made only of digits and the punctuation people type in documents and phone numbers. */
const numberLike = /^[\d\s.\-/()+]+$/;

/**
 * Splits what a person typed into search terms, each folded with {@link normalizeText}.
 *
 * - Words separated by white space are separate terms; a record matches when it contains every term.
 * - A query made only of digits and the punctuation of documents and phones (`123.456`, `(11) 98765-4321`,
 *   `+55 11 9…`) is one term of its digits, so it matches CPF and phone digits however they were typed.
 * - Within a query of words, a word made only of digits and such punctuation (`123.456-78`) is reduced to its
 *   digits.
 *
 * Returns no terms for a blank query (which matches everything).
 */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (numberLike.test(trimmed) && /\d/.test(trimmed)) return [digitsOnly(trimmed)];
  const terms: string[] = [];
  for (const word of normalizeText(trimmed).split(/\s+/)) {
    if (!word) continue;
    const term = numberLike.test(word) && /\d/.test(word) ? digitsOnly(word) : word;
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * Whether folded `text` contains every term. The reference a search index must agree with: an indexed
 * search returns exactly the records for which this is true.
 */
export function matchesTerms(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}
