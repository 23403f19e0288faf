/**
 * E-mail addresses, checked pragmatically: the forms people really use, not every form RFC 5322 allows
 * (no quoted local parts, comments or IP-literal domains — no mail provider hands those out, and they
 * are the usual way to smuggle odd characters into a system).
 *
 * @module
 */

/** RFC 5321: at most 254 characters in a path, 64 in the local part, 63 in a domain label. */
export const emailLimits = Object.freeze({ total: 254, local: 64, label: 63 });

/** ASCII symbols RFC 5322 allows in an atom of a local part, besides letters and digits. */
const localSymbols = "!#$%&'*+/=?^_`{|}~-";

/** Letters, digits, `atext` symbols and non-ASCII (RFC 6531) — the characters of a local part's atoms. */
function isLocalChar(code: number, char: string): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code >= 0x80 ||
    localSymbols.includes(char)
  );
}

function isLabelCharCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 || // -
    code >= 0x80 // internationalised domain names
  );
}

/** Whitespace and control characters never belong in an address. */
function isForbiddenCode(code: number): boolean {
  return (
    code <= 32 ||
    code === 0x7f ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether `value` is a usable e-mail address:
 * - exactly one `@`, no whitespace or control characters anywhere (trim first: see {@link normalizeEmail});
 * - at most 254 characters; a local part of 1–64 characters from RFC 5322's `atext` (letters, digits,
 *   ``!#$%&'*+/=?^_`{|}~-``, and non-ASCII letters) with single dots between them, not at either end;
 * - a domain of at least two dot-separated labels, each 1–63 letters, digits or hyphens (non-ASCII
 *   letters allowed for internationalised names), not starting or ending with a hyphen; the last label
 *   (top-level domain) at least 2 characters and not all digits.
 *
 * @example isValidEmail('ana.souza+portal@empresa.com.br') // true
 * @example isValidEmail('ana@localhost') // false: no dot in the domain
 */
export function isValidEmail(value: string): boolean {
  if (typeof value !== 'string') return false;
  return scanEmail(value, false);
}

/**
 * {@link isValidEmail}'s scan; with `stored`, also false for what {@link normalizeEmail} would change
 * in a valid address (a character outside ASCII, an upper-case letter in the domain).
 */
function scanEmail(value: string, stored: boolean): boolean {
  const length = value.length;
  if (length < 5 || length > emailLimits.total) return false;
  const at = value.indexOf('@');
  if (at < 1 || at > emailLimits.local || value.indexOf('@', at + 1) !== -1) return false;

  // Local part: atoms separated by single dots.
  let previous = 46; // pretend a dot came before, so a leading dot fails
  for (let i = 0; i < at; i++) {
    const code = value.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
      previous = code; // a letter or a digit: most of an address
      continue;
    }
    if (code === 46) {
      if (previous === 46) return false;
    } else if (stored && code >= 0x80) {
      return false;
    } else if (isForbiddenCode(code) || !isLocalChar(code, value[i]!)) {
      return false;
    }
    previous = code;
  }
  if (previous === 46) return false;

  // Domain: labels separated by single dots.
  let labels = 0;
  let labelStart = at + 1;
  let allDigits = true;
  for (let i = at + 1; i <= length; i++) {
    const code = i === length ? 46 : value.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (code > 57) allDigits = false;
      continue;
    }
    if (code === 46) {
      const labelLength = i - labelStart;
      if (labelLength < 1 || labelLength > emailLimits.label) return false;
      if (value.charCodeAt(labelStart) === 45 || value.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i === length) {
        if (labelLength < 2 || allDigits) return false;
      }
      labelStart = i + 1;
      allDigits = true;
    } else {
      if (stored && (code >= 0x80 || (code >= 65 && code <= 90))) return false;
      if (isForbiddenCode(code) || !isLabelCharCode(code)) return false;
      if (code < 48 || code > 57) allDigits = false;
    }
  }
  return labels >= 2;
}

/**
 * The form an address is stored in: surrounding whitespace removed, Unicode composed (NFC), the domain
 * lower-cased. The local part keeps its case: RFC 5321 lets a server treat `Ana` and `ana` as different
 * mailboxes, so changing it could point mail elsewhere. To compare addresses for uniqueness ("one
 * e-mail per company"), use {@link emailKey}, which ignores case in the local part too — the way every
 * large provider behaves.
 *
 * @example normalizeEmail('  Ana.Souza@Empresa.COM.br ') // 'Ana.Souza@empresa.com.br'
 */
export function normalizeEmail(value: string): string {
  if (typeof value !== 'string') return '';
  let email = value.trim();
  let at = email.lastIndexOf('@');
  // One pass for the common case, ASCII: is there an upper-case letter in the domain?
  let lower = true;
  for (let i = 0; i < email.length; i++) {
    const code = email.charCodeAt(i);
    if (code >= 0x80) {
      email = email.normalize('NFC');
      at = email.lastIndexOf('@');
      lower = false;
      break;
    }
    if (code >= 65 && code <= 90 && i > at) lower = false;
  }
  if (lower || at < 0) return email;
  for (let i = at + 1; i < email.length; i++) {
    const code = email.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 0x80) {
      return email.slice(0, at) + email.slice(at).toLowerCase();
    }
  }
  return email;
}

/**
 * Whether `value` is a valid address already in the form it is stored in: {@link isValidEmail} accepts
 * it and {@link normalizeEmail} would return it unchanged (ASCII, nothing to trim, a lower-case
 * domain). A fast path for callers that check many addresses (a CSV import); false says nothing more:
 * normalise and check.
 */
export function isStoredEmail(value: string): boolean {
  if (
    value.length <= emailLimits.total &&
    value.indexOf('@') <= emailLimits.local &&
    plainStoredEmail.test(value)
  ) {
    return true;
  }
  // Valid means no whitespace at all, so there is nothing to trim either.
  return scanEmail(value, true);
}

/**
 * The everyday address in its stored form: ASCII letters, digits and `_ + -` in dot-separated atoms, a
 * lower-case domain of letters, digits and inner hyphens (labels of 1–63), a top-level domain of 2–63
 * letters. Within the length limits, every address it matches {@link scanEmail} accepts as stored (a
 * property test holds them together); a regular expression only finds it faster than a loop of
 * `charCodeAt` reads it. What it does not match, {@link scanEmail} decides.
 */
const plainStoredEmail =
  /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * A key under which two addresses are "the same person" for uniqueness checks: normalised and
 * entirely lower-cased (`Ana@X.com` and `ana@x.com` collide). Never shown or used to send mail.
 */
export function emailKey(value: string): string {
  return normalizeEmail(value).toLowerCase();
}

/** The part before the `@` (the whole value when there is none), lower-cased; `''` for an empty value. */
export function emailLocalPart(value: string): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  return (at < 0 ? trimmed : trimmed.slice(0, at)).toLowerCase();
}
