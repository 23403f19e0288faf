/**
 * A strong password that meets a {@link PasswordPolicy}: long (at least 16 characters, or the policy's
 * minimum when it asks for more, never past its maximum), drawn uniformly from letters, digits and
 * symbols without look-alikes (no `I l 1 O 0`), with one character of each class the policy requires,
 * and checked against the whole policy (blocklist, the person's name and e-mail) before it is answered.
 *
 * Randomness is a parameter: pass `crypto.getRandomValues` (the elements do); tests pass a seeded one.
 *
 * @module
 */
import { checkPassword, type PasswordContext, type PasswordPolicy } from './password.js';

/** Fills `bytes` with random values (the shape of `crypto.getRandomValues`). */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const digits = '23456789';
const symbols = '!@#$%&*?+=-_';

/** The length a generated password has under `policy`. */
export function generatedPasswordLength(policy: PasswordPolicy): number {
  const wanted = Math.max(16, policy.minLength);
  return policy.maxLength === undefined ? wanted : Math.min(wanted, policy.maxLength);
}

/** A uniform index below `size` (rejection sampling: no modulo bias). */
function pick(size: number, random: RandomBytes): number {
  const limit = 256 - (256 % size);
  const byte = new Uint8Array(1);
  for (;;) {
    random(byte);
    if (byte[0]! < limit) return byte[0]! % size;
  }
}

/**
 * A password that meets every rule of `policy` for the person in `context`. Tries again in the rare
 * case a draw breaks a rule (a name inside it); throws only for a policy no password can meet.
 */
export function generatePassword(
  policy: PasswordPolicy,
  random: RandomBytes,
  context: PasswordContext = {},
): string {
  const length = generatedPasswordLength(policy);
  const required = [
    policy.requireUpper ? upper : '',
    policy.requireLower ? lower : '',
    policy.requireDigit ? digits : '',
    policy.requireSpecial ? symbols : '',
  ].filter(Boolean);
  if (required.length > length) throw new RangeError('No password can meet this policy.');
  const all = upper + lower + digits + symbols;
  for (let attempt = 0; attempt < 100; attempt++) {
    const chars = required.map((set) => set[pick(set.length, random)]!);
    while (chars.length < length) chars.push(all[pick(all.length, random)]!);
    // Shuffle (Fisher–Yates) so the required characters are not always first.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = pick(i + 1, random);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const password = chars.join('');
    if (checkPassword(password, policy, context).length === 0) return password;
  }
  throw new RangeError('No password can meet this policy.');
}
