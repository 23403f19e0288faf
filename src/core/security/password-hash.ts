/**
 * Passwords at rest: one salted, slow hash (PBKDF2-HMAC-SHA-256 through WebCrypto, so the same code runs
 * in a page, a Worker and Node 20) and its constant-time check. Whatever keeps a password — the memory
 * backend, a vendor's Node backend — keeps only what {@link hashPassword} answers:
 *
 * ```
 * pbkdf2-sha256$600000$<salt, base64url>$<derived key, base64url>
 * ```
 *
 * The cost travels with the hash, so it can rise later without breaking hashes already kept. The
 * default follows OWASP's Password Storage Cheat Sheet (2023) for PBKDF2-HMAC-SHA256: 600,000
 * iterations, a 16-byte random salt, a 32-byte key. The password itself is never returned, logged
 * or stored; it is normalised to NFC first, so the same password typed on two keyboards matches.
 *
 * @module
 */

/** The scheme name a hash starts with. */
export const passwordHashScheme = 'pbkdf2-sha256';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const defaultPasswordHashIterations = 600_000;

/** Options of {@link hashPassword}. */
export interface PasswordHashOptions {
  /** PBKDF2 iterations (default {@link defaultPasswordHashIterations}; at least 1,000). */
  iterations?: number;
  /** Fills a salt with random bytes (default `crypto.getRandomValues`): randomness is a parameter. */
  random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
}

const saltLength = 16;
const keyBits = 256;
const minIterations = 1_000;

function subtle(): SubtleCrypto {
  const crypto = (globalThis as { crypto?: Crypto }).crypto;
  if (!crypto?.subtle) throw new Error('WebCrypto (crypto.subtle) is not available here');
  return crypto.subtle;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[\w-]*$/.test(text)) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const crypto = subtle();
  const key = await crypto.importKey(
    'raw',
    new TextEncoder().encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    keyBits,
  );
  return new Uint8Array(bits);
}

/** The hash to keep for `password`: a fresh salt each time, so one password never hashes the same twice. */
export async function hashPassword(
  password: string,
  options: PasswordHashOptions = {},
): Promise<string> {
  const iterations = Math.max(
    minIterations,
    Math.floor(options.iterations ?? defaultPasswordHashIterations),
  );
  const random =
    options.random ??
    ((bytes: Uint8Array<ArrayBuffer>) =>
      (globalThis as { crypto: Crypto }).crypto.getRandomValues(bytes));
  const salt = random(new Uint8Array(saltLength));
  const key = await derive(password, salt, iterations);
  return [passwordHashScheme, iterations, toBase64Url(salt), toBase64Url(key)].join('$');
}

/** Whether `value` has the shape of a hash {@link hashPassword} makes (says nothing of which password). */
export function isPasswordHash(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const [scheme, iterations, salt, key, extra] = value.split('$');
  return (
    scheme === passwordHashScheme &&
    extra === undefined &&
    /^\d+$/.test(iterations ?? '') &&
    Number(iterations) >= minIterations &&
    /^[\w-]{16,}$/.test(salt ?? '') &&
    /^[\w-]{40,}$/.test(key ?? '')
  );
}

/**
 * Whether `password` is the one `stored` was made from. Compares in constant time; anything that is
 * not a hash of this scheme answers false (never throws for bad input).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (typeof password !== 'string' || !isPasswordHash(stored)) return false;
  const [, iterations, salt, key] = stored.split('$') as [string, string, string, string];
  const saltBytes = fromBase64Url(salt);
  const expected = fromBase64Url(key);
  if (!saltBytes || !expected) return false;
  const actual = await derive(password, saltBytes, Number(iterations));
  if (actual.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ expected[i]!;
  return difference === 0;
}
