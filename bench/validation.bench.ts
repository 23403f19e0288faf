/**
 * Validation throughput, ours beside the usual way of writing it, on the same inputs in the same run:
 * - `validation.cpf` — `isValidCpf` vs the textbook CPF check (strip non-digits with a regex,
 *   `split('')`, `map(Number)`, two loops), over 10,000 mixed values (valid masked and bare, wrong check
 *   digits, all-equal, Excel-stripped, wrong length);
 * - `validation.contact` — `validateContactInput` vs a plain zod 4 schema with the same rules as
 *   refinements (`safeParse`), over 10,000 contact rows of which ~20 % are invalid in various ways;
 * - `validation.contact-wrong-type` — the same two over those rows each given one value of the wrong
 *   type (the path that names every bad type, without zod).
 *
 * Both sides must agree on every input (checked before timing). Rounds are interleaved; medians.
 */
import * as z from 'zod';
import { countryCodes } from '../src/core/validation/countries.js';
import {
  formatCpf,
  generateBrazilianPhone,
  generateCpf,
  isValidCpf,
  validDdds,
  validateContactInput,
} from '../src/core/validation/index.js';
import { mulberry32 } from '../src/core/demo/random.js';
import { higherIsBetter, median, opsPerSecond, type Benchmark } from './types.js';

// ── the reference CPF check, as found in countless tutorials ──────────────────────────────────────

function textbookIsValidCpf(value: string): boolean {
  const cpf = value.replace(/[^\d]+/g, '');
  if (cpf.length !== 11 || /^(\d)\1{10}$/.test(cpf)) return false;
  const digits = cpf.split('').map(Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += digits[i]! * (10 - i);
  let rest = (sum * 10) % 11;
  if (rest === 10) rest = 0;
  if (rest !== digits[9]) return false;
  sum = 0;
  for (let i = 0; i < 10; i++) sum += digits[i]! * (11 - i);
  rest = (sum * 10) % 11;
  if (rest === 10) rest = 0;
  return rest === digits[10];
}

function cpfInputs(count: number, random: () => number): string[] {
  const inputs: string[] = [];
  for (let i = 0; i < count; i++) {
    const cpf = generateCpf(random);
    const kind = i % 10;
    if (kind < 3)
      inputs.push(formatCpf(cpf)); // valid, masked
    else if (kind < 6)
      inputs.push(cpf); // valid, bare
    else if (kind < 8) {
      const last = (Number(cpf[10]) + 1 + Math.floor(random() * 9)) % 10;
      inputs.push(formatCpf(cpf.slice(0, 10) + String(last))); // wrong check digit
    } else if (kind === 8)
      inputs.push(String(i % 10).repeat(11)); // all equal
    else inputs.push(cpf.replace(/^0+/, '').slice(0, 10)); // Excel-stripped or truncated
  }
  return inputs;
}

// ── the reference contact check: a plain zod schema with the same rules ───────────────────────────

const dddEnum = z.enum(validDdds as [string, ...string[]]);
const referenceContactSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    email: z.string().trim().pipe(z.email()),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.enum(countryCodes as [string, ...string[]])),
    document: z.object({
      type: z.enum(['cpf', 'passport', 'national-id', 'other']),
      number: z.string().trim().min(1).max(40),
    }),
    phone: z.object({
      countryCode: z.string().regex(/^[1-9]\d{0,2}$/),
      area: z.string(),
      number: z.string().regex(/^\d+$/),
    }),
    jobTitle: z.string().trim().min(1).max(120),
    company: z.string().max(200).optional(),
    address: z.string().max(500).optional(),
    notes: z.string().max(4000).optional(),
  })
  .superRefine((contact, context) => {
    const brazil = contact.country === 'BR';
    if (brazil && contact.document.type !== 'cpf') {
      context.addIssue({ code: 'custom', path: ['document', 'type'], message: 'cpf required' });
    }
    if (!brazil && contact.document.type === 'cpf') {
      context.addIssue({ code: 'custom', path: ['document', 'type'], message: 'cpf only in BR' });
    }
    if (brazil && !textbookIsValidCpf(contact.document.number)) {
      context.addIssue({ code: 'custom', path: ['document', 'number'], message: 'invalid cpf' });
    }
    const { countryCode, area, number } = contact.phone;
    if (countryCode === '55') {
      if (!dddEnum.safeParse(area).success) {
        context.addIssue({ code: 'custom', path: ['phone', 'area'], message: 'invalid DDD' });
      }
      if (!/^(9\d{8}|[2-5]\d{7})$/.test(number)) {
        context.addIssue({ code: 'custom', path: ['phone', 'number'], message: 'invalid number' });
      }
    } else {
      const total = countryCode.length + area.length + number.length;
      if (total < 7 || total > 15) {
        context.addIssue({ code: 'custom', path: ['phone', 'number'], message: 'E.164' });
      }
    }
  });

const firstNames = [
  'João',
  'Maria',
  'Conceição',
  'Sebastião',
  'Ana',
  'Luís',
  'Beatriz',
  'Raimundo',
];
const lastNames = [
  'Gonçalves',
  'Silva',
  'Souza',
  'Araújo',
  'Pereira',
  'Lima',
  'Carvalho',
  'Ribeiro',
];
const jobTitles = ['Analista de RH', 'Gerente de TI', 'Coordenadora Financeira', 'Contador'];

function contactRows(count: number, random: () => number): Record<string, unknown>[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    const foreign = i % 20 === 7;
    const cpf = generateCpf(random);
    const row: Record<string, unknown> = {
      name: `${first} ${last}`,
      email: `${first}.${last}${i}@empresa.com.br`
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase(),
      country: foreign ? 'PT' : 'BR',
      document: foreign
        ? { type: 'passport', number: `P${100000 + i}` }
        : { type: 'cpf', number: i % 2 ? formatCpf(cpf) : cpf },
      phone: foreign
        ? { countryCode: '351', area: '21', number: '3456789' }
        : generateBrazilianPhone(random),
      jobTitle: pick(jobTitles),
      company: i % 3 ? 'ACME Ltda.' : undefined,
    };
    switch (i % 25) {
      case 3:
        row.document = {
          type: 'cpf',
          number: cpf.slice(0, 10) + String((Number(cpf[10]) + 1) % 10),
        };
        break;
      case 8:
        row.phone = { countryCode: '55', area: '20', number: '987654321' };
        break;
      case 13:
        row.email = 'ana.souza@';
        break;
      case 18:
        row.jobTitle = '';
        break;
      case 23:
        row.name = 'A';
        row.document = { type: 'cpf', number: '11111111111' };
        break;
    }
    rows.push(row);
  }
  return rows;
}

/** Runs `ours` and `anchor` in alternating rounds and returns the median ops/s of each. */
function interleaved(
  ours: (i: number) => unknown,
  anchor: (i: number) => unknown,
  iterations: number,
  rounds: number,
): { ours: number; anchor: number } {
  opsPerSecond(ours, iterations, 2); // warm-up: let both reach the optimising compiler
  opsPerSecond(anchor, iterations, 2);
  const oursSamples: number[] = [];
  const anchorSamples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      oursSamples.push(opsPerSecond(ours, iterations, 1));
      anchorSamples.push(opsPerSecond(anchor, iterations, 1));
    } else {
      anchorSamples.push(opsPerSecond(anchor, iterations, 1));
      oursSamples.push(opsPerSecond(ours, iterations, 1));
    }
  }
  return { ours: median(oursSamples), anchor: median(anchorSamples) };
}

const benchmark: Benchmark = {
  name: 'validation',
  where: 'node',
  run() {
    const random = mulberry32(20261122);

    const cpfs = cpfInputs(10_000, random);
    for (const value of cpfs) {
      if (isValidCpf(value) !== textbookIsValidCpf(value)) {
        throw new Error(`isValidCpf and the textbook check disagree on "${value}"`);
      }
    }
    const cpf = interleaved(
      (i) => isValidCpf(cpfs[i % 10_000]!),
      (i) => textbookIsValidCpf(cpfs[i % 10_000]!),
      200_000,
      9,
    );

    const rows = contactRows(10_000, random);
    let invalid = 0;
    for (const row of rows) {
      const ours = validateContactInput(row).ok;
      if (ours !== referenceContactSchema.safeParse(row).success) {
        throw new Error(`validateContactInput and zod disagree on ${JSON.stringify(row)}`);
      }
      if (!ours) invalid++;
    }
    if (invalid === 0 || invalid === rows.length) throw new Error('the rows are not mixed');
    const contact = interleaved(
      (i) => validateContactInput(rows[i % 10_000]).ok,
      (i) => referenceContactSchema.safeParse(rows[i % 10_000]).success,
      20_000,
      9,
    );

    // Rows with a value of the wrong type take the slower path that names each one (plain shapes, no
    // zod since the elements stopped loading it): keep it fast too.
    const wrongTypes: [string, unknown][] = [
      ['name', 42],
      ['country', 55],
      ['document', '529.982.247-25'],
      ['phone', { countryCode: 55, area: '11', number: '987654321' }],
      ['jobTitle', ['Contador']],
    ];
    const wrong = rows.map((row, i) => {
      const [field, value] = wrongTypes[i % wrongTypes.length]!;
      return { ...row, [field]: value };
    });
    for (const row of wrong) {
      if (validateContactInput(row).ok || referenceContactSchema.safeParse(row).success) {
        throw new Error(`a row with a wrong type was accepted: ${JSON.stringify(row)}`);
      }
    }
    const wrongType = interleaved(
      (i) => validateContactInput(wrong[i % 10_000]).ok,
      (i) => referenceContactSchema.safeParse(wrong[i % 10_000]).success,
      20_000,
      9,
    );

    return [
      higherIsBetter('validation.cpf', cpf.ours, cpf.anchor, 'checks/s', 'textbook CPF check'),
      higherIsBetter(
        'validation.contact',
        contact.ours,
        contact.anchor,
        'rows/s',
        'zod 4 safeParse + refinements',
      ),
      higherIsBetter(
        'validation.contact-wrong-type',
        wrongType.ours,
        wrongType.anchor,
        'rows/s',
        'zod 4 safeParse + refinements',
      ),
    ];
  },
};

export default benchmark;
