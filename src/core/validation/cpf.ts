/**
 * CPF (Cadastro de Pessoas Físicas), the Brazilian individual taxpayer number: 11 digits, the last two
 * check digits computed modulo 11 from the first nine (then ten). Written as `123.456.789-09` or bare.
 *
 * Pure functions, no allocation on the hot path of {@link isValidCpf}: it is run for every row of a
 * CSV import and is benchmarked (`npm run bench -- validation`).
 *
 * @module
 */

/** Why a CPF was refused. `cpf-leading-zeros` comes with a `suggestion` the user may accept. */
export type CpfCode =
  | 'required'
  | 'cpf-format'
  | 'cpf-length'
  | 'cpf-repeated'
  | 'cpf-check-digits'
  | 'cpf-leading-zeros';

/** The result of {@link checkCpf}. */
export interface CpfCheck {
  valid: boolean;
  /** The digits found in the value, in order (for a valid CPF, the 11 digits to store). */
  digits: string;
  /** Set when `valid` is false. */
  code?: CpfCode;
  /**
   * With `cpf-leading-zeros`: the zero-padded 11 digits, a valid CPF. Offer it as a fix; never apply it
   * without the user's consent.
   */
  suggestion?: string;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_DOT = 46;
const CODE_DASH = 45;

/** Spaces a pasted value may carry: ASCII whitespace, no-break spaces, a byte-order mark. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    code === 0xfeff
  );
}

/** Whether `code` is a character a CPF may be written with besides digits (the mask and spaces). */
function isSeparator(code: number): boolean {
  return code === CODE_DOT || code === CODE_DASH || isSpaceCode(code);
}

/**
 * Whether `value` is a valid CPF: 11 digits, optionally written with the usual mask (`.` and `-`) and
 * spaces; not one of the ten all-equal numbers (`000.000.000-00` … `999.999.999-99`, which pass the
 * check-digit arithmetic but are never issued); both check digits right.
 *
 * Surrounding or inner whitespace (spaces, tabs, no-break spaces) is ignored; any other character
 * (letters, `/`, `+`) makes it invalid. Excel-stripped values (9–10 digits) are
 * invalid here; {@link checkCpf} says why and suggests the fix.
 *
 * @example isValidCpf('529.982.247-25') // true
 * @example isValidCpf('52998224725') // true
 * @example isValidCpf('111.111.111-11') // false
 */
export function isValidCpf(value: string): boolean {
  if (typeof value !== 'string') return false;
  let count = 0;
  let sum1 = 0;
  let sum2 = 0;
  let first = -1;
  let allEqual = true;
  let check1 = 0;
  let check2 = 0;
  const length = value.length;
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code >= CODE_0 && code <= CODE_9) {
      const digit = code - CODE_0;
      if (count === 0) first = digit;
      else if (digit !== first) allEqual = false;
      if (count < 9) {
        sum1 += digit * (10 - count);
        sum2 += digit * (11 - count);
      } else if (count === 9) {
        check1 = digit;
        sum2 += digit * 2;
      } else if (count === 10) {
        check2 = digit;
      } else {
        return false;
      }
      count++;
    } else if (!isSeparator(code)) {
      return false;
    }
  }
  if (count !== 11 || allEqual) return false;
  return checkDigit(sum1) === check1 && checkDigit(sum2) === check2;
}

/** The check digit for a weighted sum: `(sum × 10) mod 11`, with 10 written as 0. */
function checkDigit(weightedSum: number): number {
  const rest = (weightedSum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/** The two check digits of the first nine digits of a CPF (a string of 9 digits). */
function checkDigitsOf(nine: string): string {
  let sum1 = 0;
  let sum2 = 0;
  for (let i = 0; i < 9; i++) {
    const digit = nine.charCodeAt(i) - CODE_0;
    sum1 += digit * (10 - i);
    sum2 += digit * (11 - i);
  }
  const d1 = checkDigit(sum1);
  const d2 = checkDigit(sum2 + d1 * 2);
  return `${d1}${d2}`;
}

/**
 * Whether `value` is a valid CPF written as its 11 bare digits: the form {@link checkCpf} stores it in,
 * so a caller checking many values (a CSV import) may keep it as it is. False says nothing more: ask
 * {@link checkCpf}.
 */
export function isStoredCpf(value: string): boolean {
  // {@link isValidCpf} for exactly 11 characters, which must then all be digits: one straight pass,
  // with none of its counting of digits among separators.
  if (value.length !== 11) return false;
  const first = value.charCodeAt(0);
  let sum1 = 0;
  let sum2 = 0;
  let allEqual = true;
  for (let i = 0; i < 9; i++) {
    const code = value.charCodeAt(i);
    const digit = code - CODE_0;
    if (digit < 0 || digit > 9) return false;
    if (code !== first) allEqual = false;
    sum1 += digit * (10 - i);
    sum2 += digit * (11 - i);
  }
  const tenth = value.charCodeAt(9);
  const eleventh = value.charCodeAt(10);
  const check1 = tenth - CODE_0;
  const check2 = eleventh - CODE_0;
  if (check1 < 0 || check1 > 9 || check2 < 0 || check2 > 9) return false;
  if (allEqual && tenth === first && eleventh === first) return false;
  return checkDigit(sum1) === check1 && checkDigit(sum2 + check1 * 2) === check2;
}

/**
 * Checks a CPF and says why it is refused, with a stable code for the message catalogue
 * (`field.<code>` in `src/i18n/messages/validation.ts`):
 * - `required` — empty or only spaces;
 * - `cpf-format` — a character other than digits, `.`, `-` or whitespace;
 * - `cpf-leading-zeros` — 9 or 10 digits that become a valid CPF when zero-padded on the left:
 *   Excel turns `01234567890` into the number `1234567890`, and a person may mask what is left
 *   (`186.091.397-0`): the punctuation is stripped before the digits are counted. The padded value is
 *   in `suggestion`; the result stays invalid so that nothing is changed without the user's consent;
 * - `cpf-length` — not 11 digits (and no leading-zeros fix applies);
 * - `cpf-repeated` — all 11 digits equal;
 * - `cpf-check-digits` — the check digits do not match.
 *
 * @example checkCpf('1234567890') // 10 digits → maybe { code: 'cpf-leading-zeros', suggestion: '01234567890' }
 */
export function checkCpf(value: string): CpfCheck {
  if (typeof value !== 'string') return { valid: false, digits: '', code: 'required' };
  if (isStoredCpf(value)) return { valid: true, digits: value };
  let digits = '';
  let masked = false;
  let bad = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= CODE_0 && code <= CODE_9) digits += value[i];
    else if (code === CODE_DOT || code === CODE_DASH) masked = true;
    else if (!isSpaceCode(code)) bad = true;
  }
  if (bad) return { valid: false, digits, code: 'cpf-format' };
  if (digits.length === 0)
    return { valid: false, digits, code: masked ? 'cpf-length' : 'required' };
  if (digits.length !== 11) {
    if (digits.length === 9 || digits.length === 10) {
      const padded = digits.padStart(11, '0');
      if (isValidCpf(padded)) {
        return { valid: false, digits, code: 'cpf-leading-zeros', suggestion: padded };
      }
    }
    return { valid: false, digits, code: 'cpf-length' };
  }
  if (isRepeated(digits)) return { valid: false, digits, code: 'cpf-repeated' };
  if (checkDigitsOf(digits.slice(0, 9)) !== digits.slice(9)) {
    return { valid: false, digits, code: 'cpf-check-digits' };
  }
  return { valid: true, digits };
}

function isRepeated(digits: string): boolean {
  for (let i = 1; i < digits.length; i++) if (digits[i] !== digits[0]) return false;
  return true;
}

/**
 * Writes a CPF with its mask, `123.456.789-09`. Accepts bare or already-masked input; a value that does
 * not hold exactly 11 digits (or holds other characters) is returned trimmed and otherwise unchanged,
 * so that what the user typed is never lost.
 */
export function formatCpf(value: string): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  let digits = '';
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code >= CODE_0 && code <= CODE_9) digits += trimmed[i];
    else if (!isSeparator(code)) return trimmed;
  }
  if (digits.length !== 11) return trimmed;
  return `${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6, 9)}-${digits.slice(9)}`;
}

/**
 * Makes a valid CPF (11 bare digits) for demo data and tests. Randomness comes in as a parameter:
 * `random` returns numbers in [0, 1), like `Math.random` or a seeded generator.
 */
export function generateCpf(random: () => number): string {
  let nine = '';
  for (let i = 0; i < 9; i++) nine += String(Math.min(9, Math.floor(random() * 10)));
  // All-equal numbers are never issued; nudge the last digit instead of drawing again, so a
  // degenerate generator (always 0) still terminates.
  if (isRepeated(nine)) nine = nine.slice(0, 8) + String((Number(nine[8]) + 1) % 10);
  return nine + checkDigitsOf(nine);
}
