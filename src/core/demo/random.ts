/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence everywhere.
 * Not for secrets — for demo data, tests and stories.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in `[min, max]`. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** `count` random decimal digits (one draw for up to 9 digits: the generator has 32 bits). */
export function randomDigits(random: () => number, count: number): string {
  let out = '';
  for (let left = count; left > 0; left -= 9) {
    const n = Math.min(left, 9);
    out += String(Math.floor(random() * 10 ** n)).padStart(n, '0');
  }
  return out;
}

/** `length` random characters of `[0-9a-z]`, e.g. for setup-URL tokens. */
export function randomToken(random: () => number, length: number): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}
