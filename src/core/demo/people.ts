/**
 * How the demo makes one person: a name, an e-mail from it, a CPF, a phone, a status, timestamps.
 * Randomness always comes in as a parameter.
 *
 * @module
 */
import type { Contact, ContactStatus, Phone } from '../model/index.js';
import { normalizeText } from '../search/index.js';
import { validDdds } from '../validation/phone.js';
import { femaleNames, maleNames, personalDomains, surnameParticles, surnames } from './names.js';
import { pick, randomDigits, randomInt } from './random.js';

/** A day in milliseconds. */
export const day = 86_400_000;

/** Statuses of ordinary contacts, with weights out of 100: mostly active. */
const statusWeights: readonly [ContactStatus, number][] = [
  ['active', 70],
  ['invited', 8],
  ['site-assigned', 5],
  ['potential', 5],
  ['suspended', 6],
  ['inactive', 6],
];

export function weightedStatus(random: () => number): ContactStatus {
  let roll = random() * 100;
  for (const [status, weight] of statusWeights) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 'active';
}

/** The two CPF check digits of nine digits (modulo 11). */
function cpfCheckDigits(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (10 - i);
  let first = (sum * 10) % 11;
  if (first === 10) first = 0;
  sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * (11 - i);
  sum += first * 2;
  let second = (sum * 10) % 11;
  if (second === 10) second = 0;
  return `${first}${second}`;
}

/** A valid CPF; with `leadingZero` its first digit is 0 (the ones Excel damages). Never all-equal. */
export function makeCpf(random: () => number, leadingZero: boolean): string {
  for (;;) {
    const nine = (leadingZero ? '0' : String(randomInt(random, 1, 9))) + randomDigits(random, 8);
    const cpf = nine + cpfCheckDigits(nine);
    if (!/^(\d)\1{10}$/.test(cpf)) return cpf;
  }
}

/** Big-city DDDs weigh more, as in any real customer base. */
export function makeDdd(random: () => number): string {
  const roll = random();
  if (roll < 0.3) return '11';
  if (roll < 0.4) return '21';
  if (roll < 0.46) return '31';
  return pick(random, validDdds);
}

/** A Brazilian phone: 70 % mobile (9 + 8 digits), the rest landlines (8 digits, first 2–5). */
export function makeBrazilianPhone(random: () => number, area: string): Phone {
  const number =
    random() < 0.7
      ? `9${randomInt(random, 6, 9)}${randomDigits(random, 7)}`
      : `${randomInt(random, 2, 5)}${randomDigits(random, 7)}`;
  return { countryCode: '55', area, number };
}

/** A few contacts live abroad: Portugal, Argentina, the United States. */
export function makeForeigner(
  random: () => number,
): Pick<Contact, 'country' | 'document' | 'phone'> {
  const roll = random();
  if (roll < 0.4) {
    return {
      country: 'PT',
      document: { type: 'national-id', number: randomDigits(random, 8) },
      phone: {
        countryCode: '351',
        area: '',
        number: `9${randomInt(random, 1, 6)}${randomDigits(random, 7)}`,
      },
    };
  }
  if (roll < 0.7) {
    return {
      country: 'AR',
      document: { type: 'national-id', number: randomDigits(random, 8) },
      phone: { countryCode: '54', area: '11', number: `4${randomDigits(random, 7)}` },
    };
  }
  return {
    country: 'US',
    document: { type: 'passport', number: randomDigits(random, 9) },
    phone: {
      countryCode: '1',
      area: pick(random, ['212', '305', '415', '617']),
      number: `555${randomDigits(random, 4)}`,
    },
  };
}

/** A person's name and the two words their e-mail is made of. */
export interface PersonName {
  name: string;
  first: string;
  last: string;
}

/** A full name: a given name, sometimes a second one, and one or two surnames with their particles. */
export function makeName(random: () => number): PersonName {
  const given = random() < 0.5 ? femaleNames : maleNames;
  const first = pick(random, given);
  let name = first;
  if (random() < 0.2) {
    const second = pick(random, given);
    if (second !== first) name += ` ${second}`;
  }
  let last = first;
  const count = random() < 0.6 ? 2 : 1;
  for (let i = 0; i < count; i++) {
    const surname = pick(random, surnames);
    if (surname === last) continue;
    const particle = surnameParticles[surname];
    name += particle && random() < 0.35 ? ` ${particle} ${surname}` : ` ${surname}`;
    last = surname;
  }
  return { name, first, last };
}

/** ASCII letters only, for an e-mail local part: "Conceição" → "conceicao". */
function mailWord(word: string): string {
  return normalizeText(word).replace(/[^a-z0-9]/g, '');
}

/** Every word a name is made of, as it appears in an e-mail (folded once per call, not per person). */
export function mailWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of [...femaleNames, ...maleNames, ...surnames]) words.set(word, mailWord(word));
  return words;
}

/**
 * An e-mail from the name, unique in `taken`: `joao.goncalves@horizonte.com.br`, then `joao.goncalves2@…`.
 * `taken` maps each address already used to the next number to try after it.
 */
export function makeEmail(
  random: () => number,
  person: PersonName,
  words: Map<string, string>,
  domain: string,
  taken: Map<string, number>,
): string {
  const first = words.get(person.first) ?? mailWord(person.first);
  const last = words.get(person.last) ?? mailWord(person.last);
  const roll = random();
  const local =
    first === last
      ? first
      : roll < 0.6
        ? `${first}.${last}`
        : roll < 0.8
          ? `${first[0] ?? ''}${last}`
          : `${first}_${last}`;
  const host = random() < 0.85 ? domain : pick(random, personalDomains);
  const base = `${local}@${host}`;
  let email = base;
  let n = taken.get(base);
  if (n !== undefined) {
    do email = `${local}${n++}@${host}`;
    while (taken.has(email));
    taken.set(base, n);
  }
  taken.set(email, 2);
  return email;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `new Date(ms).toISOString()` without a Date per call (civil-from-days, Howard Hinnant's algorithm):
 * demo data writes two timestamps per person.
 */
export function iso(ms: number): string {
  const days = Math.floor(ms / day);
  let rest = ms - days * day;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const mmm = millis < 10 ? `00${millis}` : millis < 100 ? `0${millis}` : String(millis);
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${mmm}Z`;
}
