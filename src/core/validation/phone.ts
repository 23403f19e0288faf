/**
 * Phones as the seeds ask for them: country calling code, area code (DDD in Brazil) and number.
 *
 * Brazil (`55`) is checked against ANATEL's numbering plan: the DDD must be one of the 67 area codes in
 * use, a mobile number is `9` + 8 digits, a landline 8 digits starting with 2–5. Other countries are
 * checked against E.164: a 1–3 digit country code not starting with 0, at most 15 digits in all.
 *
 * @module
 */
import type { FieldError } from '../adapter/errors.js';
import type { Phone } from '../model/index.js';
import { digitsOnly } from '../search/normalize.js';

/**
 * The 67 Brazilian area codes (DDD) in use, per ANATEL's numbering plan. Ordered; frozen.
 * Codes such as 20, 23, 25, 26, 29, 30, 36, 39, 40, 50, 52, 56–60, 70, 72, 76, 78, 80 and 90 do not exist.
 */
export const validDdds: readonly string[] = Object.freeze([
  '11', '12', '13', '14', '15', '16', '17', '18', '19',
  '21', '22', '24', '27', '28',
  '31', '32', '33', '34', '35', '37', '38',
  '41', '42', '43', '44', '45', '46', '47', '48', '49',
  '51', '53', '54', '55',
  '61', '62', '63', '64', '65', '66', '67', '68', '69',
  '71', '73', '74', '75', '77', '79',
  '81', '82', '83', '84', '85', '86', '87', '88', '89',
  '91', '92', '93', '94', '95', '96', '97', '98', '99',
]); // prettier-ignore

/** Brazil's country calling code. */
export const brazilCountryCode = '55';

/** E.164: at most 15 digits, country code included. */
export const e164MaxDigits = 15;

/**
 * The fewest digits (country code included) accepted for a number outside Brazil. The shortest
 * subscriber numbers in use (4–5 digits, e.g. Niue, Saint Helena) with their country code reach 7.
 */
export const e164MinDigits = 7;

/**
 * {@link validDdds} as a table indexed by the code's value (a look-up by two character codes costs less
 * than hashing a new string for a set: a CSV import asks once per row).
 */
const dddTable: Uint8Array = (() => {
  const table = new Uint8Array(100);
  for (const ddd of validDdds) table[Number(ddd)] = 1;
  return table;
})();

/** Whether `area` (digits) is a Brazilian DDD in use. */
export function isValidDdd(area: string): boolean {
  if (typeof area !== 'string' || area.length !== 2) return false;
  const tens = area.charCodeAt(0) - 48;
  const units = area.charCodeAt(1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 && dddTable[tens * 10 + units] === 1;
}

/** Whether `value` is all ASCII digits (empty included). */
function isDigits(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Keeps only the ASCII digits of `value` (`'(11) 98765-4321'` → `'11987654321'`). */
export function normalizePhoneDigits(value: string): string {
  if (typeof value !== 'string') return '';
  return isDigits(value) ? value : digitsOnly(value);
}

/**
 * A phone reduced to digits, the way it is stored: country code without `+` or the `00`
 * international prefix (`'+55'`, `'0055'` → `'55'`); in Brazil, the area code without the trunk
 * prefix `0` (`'011'` → `'11'`); the number without spaces, dashes or parentheses.
 */
export function normalizePhone(phone: Phone): Phone {
  if (typeof phone !== 'object' || phone === null) return { countryCode: '', area: '', number: '' };
  const countryCode = stripLeadingZeros(normalizePhoneDigits(phone.countryCode));
  let area = normalizePhoneDigits(phone.area);
  if (countryCode === brazilCountryCode && area.length === 3 && area[0] === '0')
    area = area.slice(1);
  return { countryCode, area, number: normalizePhoneDigits(phone.number) };
}

/** Whether `value` holds only what a person may type in a phone part: digits, spaces, `( ) . + - /`. */
function isPhoneText(value: string): boolean {
  if (typeof value !== 'string') return true; // absent: reported as `required`, not as formatting
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    // space, tab, no-break space, ( ) + - . /
    if (code === 32 || code === 9 || code === 0xa0) continue;
    if (code === 40 || code === 41 || code === 43 || code === 45 || code === 46 || code === 47)
      continue;
    return false;
  }
  return true;
}

/** Strips the `00` international prefix (or any leading zeros) from a country code. */
function stripLeadingZeros(digits: string): string {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  return start === 0 ? digits : digits.slice(start);
}

/** Whether `number` (digits) is a Brazilian mobile (9 + 8 digits) or landline (8 digits, 2–5 first). */
export function isValidBrazilianNumber(number: string): boolean {
  if (typeof number !== 'string') return false;
  if (number.length === 9) return number[0] === '9';
  if (number.length === 8) return number[0]! >= '2' && number[0]! <= '5';
  return false;
}

/**
 * Whether a phone's parts are valid and already in the form they are stored in: {@link checkPhone}
 * finds nothing and {@link normalizePhone} would return them unchanged (digits only, a country code
 * without `+`, `00` or a leading zero, a Brazilian DDD without its trunk `0`). A fast path for callers
 * that check many phones (a CSV import); false says nothing more: check and normalise.
 */
export function isStoredPhone(countryCode: string, area: string, number: string): boolean {
  if (countryCode === brazilCountryCode) {
    return isValidDdd(area) && isDigits(number) && isValidBrazilianNumber(number);
  }
  const total = countryCode.length + area.length + number.length;
  return (
    countryCode.length >= 1 &&
    countryCode.length <= 3 &&
    countryCode.charCodeAt(0) !== 48 &&
    number !== '' &&
    total >= e164MinDigits &&
    total <= e164MaxDigits &&
    isDigits(countryCode) &&
    isDigits(area) &&
    isDigits(number)
  );
}

/**
 * Checks a phone and returns every problem, each naming its part (`phone.countryCode`, `phone.area`,
 * `phone.number`) with a stable code:
 * - `required` — the part is empty (the area code is required only for Brazil);
 * - `phone-format` — a character other than digits, spaces, `( ) . + - /`;
 * - `phone-country-code` — not 1–3 digits once a `+` or `00` prefix is removed (`0`, `5555`);
 * - `phone-ddd` — Brazil: not one of the 67 DDDs in use (`params.area`);
 * - `phone-brazil-number` — Brazil: neither `9` + 8 digits (mobile) nor 8 digits starting 2–5 (landline);
 * - `phone-e164` — elsewhere: country code + area + number outside 7–15 digits (`params.min`, `params.max`).
 *
 * The parts are normalised first ({@link normalizePhone}), so `'+55'`, `'(11)'` and `'98765-4321'` pass.
 * A part that is not a string (from an untyped caller) counts as empty; nothing throws.
 */
export function checkPhone(phone: Phone): FieldError[] {
  if (typeof phone !== 'object' || phone === null)
    phone = { countryCode: '', area: '', number: '' };
  const errors: FieldError[] = [];
  const countryOk = isPhoneText(phone.countryCode);
  const areaOk = isPhoneText(phone.area);
  const numberOk = isPhoneText(phone.number);
  if (!countryOk) errors.push({ field: 'phone.countryCode', code: 'phone-format' });
  if (!areaOk) errors.push({ field: 'phone.area', code: 'phone-format' });
  if (!numberOk) errors.push({ field: 'phone.number', code: 'phone-format' });
  const { countryCode, area, number } = normalizePhone(phone);
  const rawCountry = normalizePhoneDigits(phone.countryCode);

  if (countryOk) {
    if (rawCountry === '') errors.push({ field: 'phone.countryCode', code: 'required' });
    else if (
      countryCode === '' ||
      countryCode.length > 3 ||
      rawCountry.length - countryCode.length > 2
    ) {
      errors.push({ field: 'phone.countryCode', code: 'phone-country-code' });
    }
  }

  if (countryCode === brazilCountryCode) {
    if (areaOk) {
      if (area === '') errors.push({ field: 'phone.area', code: 'required' });
      else if (!isValidDdd(area)) {
        errors.push({ field: 'phone.area', code: 'phone-ddd', params: { area } });
      }
    }
    if (numberOk) {
      if (number === '') errors.push({ field: 'phone.number', code: 'required' });
      else if (!isValidBrazilianNumber(number)) {
        errors.push({ field: 'phone.number', code: 'phone-brazil-number' });
      }
    }
    return errors;
  }

  if (numberOk) {
    if (number === '') errors.push({ field: 'phone.number', code: 'required' });
    else if (countryOk && areaOk && countryCode !== '' && countryCode.length <= 3) {
      const total = countryCode.length + area.length + number.length;
      if (total > e164MaxDigits || total < e164MinDigits) {
        errors.push({
          field: 'phone.number',
          code: 'phone-e164',
          params: { min: e164MinDigits, max: e164MaxDigits },
        });
      }
    }
  }
  return errors;
}

/** Splits `digits` into two groups with a separator, the longer group first (`98765-4321`). */
function splitNumber(digits: string, separator: string): string {
  if (digits.length <= 4) return digits;
  const cut = digits.length - Math.floor(digits.length / 2);
  return `${digits.slice(0, cut)}${separator}${digits.slice(cut)}`;
}

/** Cuts `digits` into groups of the given sizes (the last group takes whatever is left). */
function groups(digits: string, sizes: readonly number[]): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const [index, size] of sizes.entries()) {
    const end = index === sizes.length - 1 ? digits.length : at + size;
    if (at < digits.length) parts.push(digits.slice(at, end));
    at = end;
  }
  return parts;
}

/** How a subscriber number of `length` digits is grouped when its country has no plan of its own. */
function genericGroups(length: number): readonly number[] {
  if (length <= 4) return [length];
  if (length <= 8) return [length - 4 < 3 ? length - 3 : length - 4, 0];
  if (length === 9) return [3, 3, 3];
  if (length === 10) return [3, 3, 4];
  return [3, 4, 4];
}

/**
 * National numbering plans the form's countries use, by calling code: how many digits the national
 * number has, how it is grouped and with what between the groups (ITU-T E.164 national plans, as
 * telephone directories print them). A number of another length falls back to the generic grouping.
 */
const nationalPlans: Readonly<
  Record<string, { length: number; groups: readonly number[]; separator: string[]; area: number }>
> = {
  // North American Numbering Plan (US, Canada, much of the Caribbean): 212-555-4066.
  '1': { length: 10, groups: [3, 3, 4], separator: ['-', '-'], area: 3 },
  // Portugal: 213 456 789, 912 345 678.
  '351': { length: 9, groups: [3, 3, 3], separator: [' ', ' '], area: 0 },
  // Spain: 912 34 56 78, 612 34 56 78.
  '34': { length: 9, groups: [3, 2, 2, 2], separator: [' ', ' ', ' '], area: 0 },
};

/**
 * A national number (digits, any formatting) split the way it is stored for `countryCode`: Brazil keeps
 * its DDD in `area` (the first two digits); the North American plan its three-digit area code; other
 * countries keep the whole national number in `number`.
 */
export function phoneFromNational(countryCode: string, national: string): Phone {
  const code = stripLeadingZeros(normalizePhoneDigits(countryCode));
  let digits = normalizePhoneDigits(national);
  if (code === brazilCountryCode) {
    if (digits.length > 2 && digits[0] === '0') digits = digits.slice(1);
    return { countryCode: code, area: digits.slice(0, 2), number: digits.slice(2) };
  }
  const plan = nationalPlans[code];
  if (plan?.area && digits.length === plan.length)
    return { countryCode: code, area: digits.slice(0, plan.area), number: digits.slice(plan.area) };
  return { countryCode: code, area: '', number: digits };
}

/**
 * Writes a phone for people to read, by its country's plan. Brazil: `(11) 98765-4321`,
 * `(11) 3456-7890` (national form; pass `{ international: true }` for `+55 11 98765-4321`). Elsewhere,
 * international by default: the United States `+1 212-555-4066`, Portugal `+351 213 456 789`, Spain
 * `+34 912 34 56 78`, any other `+44 20 7946 0958` (area code, then the number in groups); pass
 * `{ national: true }` for the number without its calling code (`212-555-4066`). Parts that are
 * missing are left out; nothing the user typed is dropped except formatting characters.
 */
export function formatPhone(
  phone: Phone,
  options: { international?: boolean; national?: boolean } = {},
): string {
  const { countryCode, area, number } = normalizePhone(phone);
  if (countryCode === brazilCountryCode || countryCode === '') {
    if (options.international && countryCode) {
      return [`+${countryCode}`, area, splitNumber(number, '-')].filter(Boolean).join(' ');
    }
    return [area && `(${area})`, splitNumber(number, '-')].filter(Boolean).join(' ');
  }
  const plan = nationalPlans[countryCode];
  const national = area + number;
  let text: string;
  if (plan && national.length === plan.length) {
    text = groups(national, plan.groups).reduce(
      (all, group, index) => (index === 0 ? group : `${all}${plan.separator[index - 1]}${group}`),
      '',
    );
  } else {
    text = [area, groups(number, genericGroups(number.length)).join(' ')].filter(Boolean).join(' ');
  }
  return options.national ? text : [`+${countryCode}`, text].filter(Boolean).join(' ');
}

/**
 * Makes a valid Brazilian phone for demo data and tests: a DDD in use and, about two times in three, a
 * mobile number (9 + 8 digits), otherwise a landline (2–5 + 7 digits). `random` returns numbers in
 * [0, 1), like `Math.random` or a seeded generator.
 */
export function generateBrazilianPhone(random: () => number): Phone {
  const pick = (n: number) => Math.min(n - 1, Math.floor(random() * n));
  const area = validDdds[pick(validDdds.length)]!;
  const mobile = random() < 2 / 3;
  let number = mobile ? '9' : String(2 + pick(4));
  const rest = mobile ? 8 : 7;
  for (let i = 0; i < rest; i++) number += String(pick(10));
  return { countryCode: brazilCountryCode, area, number };
}
