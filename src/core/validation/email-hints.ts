/**
 * Typo hints for e-mail addresses: `ana@gmial.com` was almost certainly meant as `ana@gmail.com`. The
 * address is valid as typed (someone may own `gmial.com`), so this is a suggestion a person takes or
 * leaves — the form offers it like the CPF's lost zeros, and never applies it by itself.
 *
 * @module
 */

/**
 * Mail domains people in the seeds' markets type every day: the big webmail providers and the
 * Brazilian ones. A domain one or two keystrokes away from one of these is suggested as it.
 */
export const commonEmailDomains: readonly string[] = Object.freeze([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.com.br',
  'outlook.com',
  'outlook.com.br',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.com.br',
  'icloud.com',
  'me.com',
  'aol.com',
  'protonmail.com',
  'proton.me',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
  'ig.com.br',
  'globo.com',
]);

/**
 * Endings that are no top-level domain, and the one a slip of the finger made of them (`.co`, `.cm` and
 * `.om` are real: Colombia, Cameroon, Oman).
 */
const endingFixes: Readonly<Record<string, string>> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  comm: 'com',
  coom: 'com',
  'con.br': 'com.br',
  'cpm.br': 'com.br',
  'com.vr': 'com.br',
  'com.brr': 'com.br',
  brr: 'br',
  nte: 'net',
  nett: 'net',
  ogr: 'org',
  orgg: 'org',
};

/**
 * The optimal-string-alignment distance between `a` and `b` (insertions, deletions, substitutions and
 * swaps of two neighbours each cost one), or `limit + 1` as soon as it is sure to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The address `value` was probably meant to be, or `undefined` when it looks as intended:
 * - its domain is one or two keystrokes (a swapped pair counts as one) from a common mail domain —
 *   `gmial.com`, `gmail.co`, `hotmial.com`, `yaho.com.br` (one keystroke for domains of up to six
 *   characters before the first dot, so short real domains are left alone);
 * - else its ending is a known slip — `.con`, `.cmo`, `.con.br`, `.nte`…
 *
 * The local part is kept exactly as typed; only an address with one `@` and a dotted domain is looked
 * at. A common domain itself is never "corrected" into another (`live.com` stays).
 *
 * @example suggestEmail('ana@gmial.com') // 'ana@gmail.com'
 * @example suggestEmail('bia@hotmail.con') // 'bia@hotmail.com'
 * @example suggestEmail('caio@empresa.com.br') // undefined
 */
export function suggestEmail(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || trimmed.indexOf('@') !== at) return undefined;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (!domain.includes('.') || commonEmailDomains.includes(domain)) return undefined;
  const limit = domain.indexOf('.') <= 6 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const known of commonEmailDomains) {
    const distance = editDistance(domain, known, limit);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  if (best) return `${local}@${best}`;
  for (const [wrong, right] of Object.entries(endingFixes)) {
    if (domain.endsWith(`.${wrong}`) && domain.length > wrong.length + 1) {
      const fixed = `${domain.slice(0, -wrong.length)}${right}`;
      return `${local}@${fixed}`;
    }
  }
  return undefined;
}
