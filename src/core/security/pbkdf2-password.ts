/**
 * Password hashing for the stores in `src/core` (the memory backend; any JavaScript backend that
 * wants the same format): PBKDF2-HMAC-SHA-256 through WebCrypto (`crypto.subtle`, in browsers, Web
 * Workers and Node ≥ 20), a random 16-byte salt per password, stored as
 * `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64url). The iteration count travels with the hash,
 * so raising the cost later never breaks an older hash. A password is never kept, logged or returned
 * in clear: only this string is stored.
 *
 * (The reference server hashes with scrypt in `server/src/password.ts`; both formats name themselves,
 * so a store can tell which verifier a hash needs.)
 *
 * @module
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const defaultPbkdf2Iterations = 600_000;

/** The scheme name at the start of every hash this module makes. */
export const pbkdf2Scheme = 'pbkdf2-sha256';

const keyBits = 256;

/** Options of {@link hashPasswordPbkdf2}. */
export interface Pbkdf2Options {
  /** Iterations (default {@link defaultPbkdf2Iterations}); tests and demos may lower it. */
  iterations?: number;
  /** The salt (default: 16 random bytes). Only tests pass one. */
  salt?: Uint8Array;
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('WebCrypto (crypto.subtle) is not available to hash passwords.');
  return api;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const api = subtle();
  const key = await api.importKey(
    'raw',
    new TextEncoder().encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await api.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    keyBits,
  );
  return new Uint8Array(bits);
}

/**
 * The salted hash of `password` (normalised to NFC first, so "é" typed either way is one password).
 *
 * @example await hashPasswordPbkdf2('Tr0ca!Senha') // 'pbkdf2-sha256$600000$…$…'
 */
export async function hashPasswordPbkdf2(
  password: string,
  options: Pbkdf2Options = {},
): Promise<string> {
  const iterations = options.iterations ?? defaultPbkdf2Iterations;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new RangeError('PBKDF2 needs a whole number of iterations of at least 1.');
  }
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return [pbkdf2Scheme, String(iterations), toBase64Url(salt), toBase64Url(hash)].join('$');
}

/**
 * Whether `password` matches `stored` (made by {@link hashPasswordPbkdf2}); false for anything that is
 * not this format. The comparison takes the same time whatever bytes differ.
 */
export async function verifyPasswordPbkdf2(password: string, stored: string): Promise<boolean> {
  const [scheme, count, saltText, hashText, ...rest] = stored.split('$');
  if (scheme !== pbkdf2Scheme || rest.length || !count || !/^\d{1,9}$/.test(count)) return false;
  const iterations = Number(count);
  const salt = saltText === undefined ? undefined : fromBase64Url(saltText);
  const expected = hashText === undefined ? undefined : fromBase64Url(hashText);
  if (!salt || !expected || iterations < 1 || expected.length !== keyBits / 8) return false;
  const actual = await derive(password, salt, iterations);
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= actual[i]! ^ expected[i]!;
  return difference === 0;
}

/** Whether `value` looks like a hash of this module (a store checks before it keeps one). */
export function isPbkdf2Hash(value: string): boolean {
  return /^pbkdf2-sha256\$\d{1,9}\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]{43}$/.test(value);
}
