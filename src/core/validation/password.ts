/**
 * Password policies as data, and the checker that lists every unmet rule (so a form can show a live
 * checklist and an adapter can refuse with each reason).
 *
 * Two presets ship: {@link defaultPasswordPolicy}, seed 000's four rules, and
 * {@link nistPasswordPolicy}, NIST SP 800-63B rev. 4 (length over composition, a blocklist).
 *
 * @module
 */
import { commonPasswords } from './common-passwords.js';
import { emailLocalPart } from './email.js';

/** A password policy. Plain data: a vendor may load it from its backend, which checks the same rules. */
export interface PasswordPolicy {
  /** Fewest characters (Unicode code points). */
  minLength: number;
  /** Most characters, if capped (NIST asks verifiers to allow at least 64). */
  maxLength?: number;
  /** At least one upper-case letter (any script). */
  requireUpper: boolean;
  /** At least one lower-case letter (any script). */
  requireLower: boolean;
  /** At least one digit. */
  requireDigit: boolean;
  /** At least one character that is neither a letter nor a digit (punctuation, symbols, spaces). */
  requireSpecial: boolean;
  /** Passwords refused outright, compared case-insensitively with the whole password. */
  blocklist?: readonly string[];
  /**
   * Refuse a password that contains the person's e-mail local part or a part of their name (each at
   * least {@link personalInfoMinLength} characters, case- and accent-insensitive), when the caller
   * passes them in the context.
   */
  rejectPersonalInfo?: boolean;
}

/** Every rule a policy can hold; also the codes of the issues {@link checkPassword} returns. */
export type PasswordIssueCode =
  | 'password-min-length'
  | 'password-max-length'
  | 'password-upper'
  | 'password-lower'
  | 'password-digit'
  | 'password-special'
  | 'password-common'
  | 'password-contains-email'
  | 'password-contains-name';

/** One unmet rule. `params` carries the numbers a message shows (`{ min: 8 }`, `{ max: 64 }`). */
export interface PasswordIssue {
  code: PasswordIssueCode;
  params?: Record<string, string | number>;
}

/** One rule of a policy, for a checklist; same shape as an issue. */
export type PasswordRule = PasswordIssue;

/** Context the checker compares the password with. */
export interface PasswordContext {
  email?: string;
  name?: string;
}

/** Shortest e-mail local part or name part that `rejectPersonalInfo` looks for (shorter ones match too much). */
export const personalInfoMinLength = 4;

/**
 * Seed 000's rules: at least 8 characters; upper- and lower-case letters; at least one digit and one
 * special character. No maximum, no blocklist.
 */
export const defaultPasswordPolicy: PasswordPolicy = Object.freeze({
  minLength: 8,
  requireUpper: true,
  requireLower: true,
  requireDigit: true,
  requireSpecial: true,
});

/**
 * NIST SP 800-63B rev. 4 for a password used on its own (single factor): at least 15 characters (the
 * standard allows 8 only when the password is one factor of several; a portal library cannot know that,
 * so it takes the stricter figure); a maximum of 64, the least the standard lets a verifier impose;
 * no composition rules; a blocklist of common passwords ({@link commonPasswords}); and no password that
 * contains the user's e-mail local part or name (context-specific words).
 */
export const nistPasswordPolicy: PasswordPolicy = Object.freeze({
  minLength: 15,
  maxLength: 64,
  requireUpper: false,
  requireLower: false,
  requireDigit: false,
  requireSpecial: false,
  blocklist: commonPasswords,
  rejectPersonalInfo: true,
});

const upper = /\p{Lu}/u;
const lower = /\p{Ll}/u;
const digit = /\p{Nd}/u;
const special = /[^\p{L}\p{M}\p{N}]/u;

/** Lower-cased, compatibility-composed, without diacritics: how passwords and context are compared. */
function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Counts Unicode code points (what a person calls characters), not UTF-16 units. */
function codePoints(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/**
 * Every rule of `policy`, in the order a checklist shows them. The UI marks each one met or unmet with
 * {@link checkPassword}.
 */
export function passwordRules(policy: PasswordPolicy = defaultPasswordPolicy): PasswordRule[] {
  const rules: PasswordRule[] = [
    { code: 'password-min-length', params: { min: policy.minLength } },
  ];
  if (policy.maxLength !== undefined) {
    rules.push({ code: 'password-max-length', params: { max: policy.maxLength } });
  }
  if (policy.requireUpper) rules.push({ code: 'password-upper' });
  if (policy.requireLower) rules.push({ code: 'password-lower' });
  if (policy.requireDigit) rules.push({ code: 'password-digit' });
  if (policy.requireSpecial) rules.push({ code: 'password-special' });
  if (policy.blocklist && policy.blocklist.length > 0) rules.push({ code: 'password-common' });
  if (policy.rejectPersonalInfo) {
    rules.push({ code: 'password-contains-email' }, { code: 'password-contains-name' });
  }
  return rules;
}

/**
 * Checks `password` against `policy` and returns every unmet rule (empty when the password is fine).
 * Length is counted in Unicode code points; an emoji is one character.
 *
 * @param context the person's e-mail and name, for a policy with `rejectPersonalInfo`.
 * @example checkPassword('abc') // min-length, upper, digit, special
 * @example checkPassword('correct horse battery staple', nistPasswordPolicy) // []
 */
export function checkPassword(
  password: string,
  policy: PasswordPolicy = defaultPasswordPolicy,
  context: PasswordContext = {},
): PasswordIssue[] {
  const value = typeof password === 'string' ? password : '';
  const issues: PasswordIssue[] = [];
  const length = codePoints(value);
  if (length < policy.minLength) {
    issues.push({ code: 'password-min-length', params: { min: policy.minLength } });
  }
  if (policy.maxLength !== undefined && length > policy.maxLength) {
    issues.push({ code: 'password-max-length', params: { max: policy.maxLength } });
  }
  if (policy.requireUpper && !upper.test(value)) issues.push({ code: 'password-upper' });
  if (policy.requireLower && !lower.test(value)) issues.push({ code: 'password-lower' });
  if (policy.requireDigit && !digit.test(value)) issues.push({ code: 'password-digit' });
  if (policy.requireSpecial && !special.test(value)) issues.push({ code: 'password-special' });

  const folded = policy.blocklist || policy.rejectPersonalInfo ? fold(value) : '';
  if (policy.blocklist && value !== '') {
    for (const common of policy.blocklist) {
      if (fold(common) === folded) {
        issues.push({ code: 'password-common' });
        break;
      }
    }
  }
  if (policy.rejectPersonalInfo && value !== '') {
    const local = fold(emailLocalPart(context.email ?? ''));
    if (local.length >= personalInfoMinLength && folded.includes(local)) {
      issues.push({ code: 'password-contains-email' });
    }
    const parts = fold(context.name ?? '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part.length >= personalInfoMinLength);
    if (parts.some((part) => folded.includes(part))) {
      issues.push({ code: 'password-contains-name' });
    }
  }
  return issues;
}
