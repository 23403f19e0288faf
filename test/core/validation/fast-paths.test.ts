/**
 * The validators' fast paths — what a caller checking many records (a CSV import) asks first — held to
 * the checks they accelerate: each says "valid and stored as it is" only when the full check agrees.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { QuickContactMemo, quickContactInput } from '../../../src/core/validation/contact.js';
import { isStoredCpf } from '../../../src/core/validation/cpf.js';
import { isStoredEmail } from '../../../src/core/validation/email.js';
import { isStoredPhone } from '../../../src/core/validation/phone.js';
import {
  checkCpf,
  checkPhone,
  generateCpf,
  isValidDdd,
  isValidEmail,
  normalizeEmail,
  normalizePhone,
  validateContactInput,
  validDdds,
} from '../../../src/core/validation/index.js';
import { mulberry32 } from '../../../src/core/demo/random.js';

const isAscii = (value: string) => [...value].every((char) => char.charCodeAt(0) < 0x80);

/** Addresses near the rules' edges: case, dots, hyphens, label and part lengths, non-ASCII. */
const emails = fc.oneof(
  fc.emailAddress(),
  fc.emailAddress().map((email) => email.toUpperCase()),
  fc
    .tuple(
      fc.stringMatching(/^[A-Za-z0-9_+.'-]{0,66}$/),
      fc.array(fc.stringMatching(/^[A-Za-z0-9-]{0,64}$/), { minLength: 1, maxLength: 4 }),
    )
    .map(([local, labels]) => `${local}@${labels.join('.')}`),
  fc.constantFrom(
    'ana@empresa.com.br',
    'ana@Empresa.com',
    ' ana@x.com',
    'josé@x.com',
    'ana@x.com\u00a0',
    `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(57)}`,
    `${'a'.repeat(64)}@${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(58)}`,
  ),
  fc.string({ maxLength: 20 }),
);

describe('validators’ fast paths', () => {
  it('isStoredEmail: an ASCII address valid and already normalised, and nothing else (property)', () => {
    fc.assert(
      fc.property(emails, (email) => {
        const expected = isAscii(email) && isValidEmail(email) && normalizeEmail(email) === email;
        expect(isStoredEmail(email), email).to.equal(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it('isStoredCpf: a valid CPF as its 11 digits, and nothing else (property)', () => {
    const cpfs = fc.oneof(
      fc.nat().map((seed) => generateCpf(mulberry32(seed))),
      fc.nat().map((seed) => generateCpf(mulberry32(seed)).replace(/^0+/, '')),
      fc.stringMatching(/^[0-9. -]{0,14}$/),
      // Eleven characters: all one digit (valid check digits, refused), a digit replaced by anything.
      fc.integer({ min: 0, max: 9 }).map((digit) => String(digit).repeat(11)),
      fc
        .tuple(fc.nat(), fc.nat({ max: 10 }), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([seed, at, char]) => {
          const cpf = generateCpf(mulberry32(seed));
          return cpf.slice(0, at) + char + cpf.slice(at + 1);
        }),
    );
    fc.assert(
      fc.property(cpfs, (cpf) => {
        const check = checkCpf(cpf);
        expect(isStoredCpf(cpf), cpf).to.equal(check.valid && check.digits === cpf);
      }),
      { numRuns: 3000 },
    );
  });

  it('isStoredPhone: valid parts that normalising leaves as they are (property)', () => {
    const part = fc.oneof(
      fc.stringMatching(/^[0-9]{0,16}$/),
      fc.constantFrom('55', '+55', '0055', '011', '11', '20', '351', '1', ''),
      fc.stringMatching(/^[0-9 ()+.-]{0,12}$/),
    );
    fc.assert(
      fc.property(part, part, part, (countryCode, area, number) => {
        const phone = { countryCode, area, number };
        const stored =
          checkPhone(phone).length === 0 &&
          JSON.stringify(normalizePhone(phone)) === JSON.stringify(phone);
        // The fast path may leave a stored phone to the full check, never the other way round.
        if (isStoredPhone(countryCode, area, number))
          expect(stored, JSON.stringify(phone)).to.equal(true);
        if (
          /^[0-9]*$/.test(countryCode + area + number) &&
          stored &&
          !countryCode.startsWith('0')
        ) {
          expect(isStoredPhone(countryCode, area, number), JSON.stringify(phone)).to.equal(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('isValidDdd: exactly the codes of validDdds (property)', () => {
    const areas = fc.oneof(
      fc.stringMatching(/^[0-9]{0,3}$/),
      fc.string({ maxLength: 3 }),
      fc.constantFrom(...validDdds),
    );
    fc.assert(
      fc.property(areas, (area) => {
        expect(isValidDdd(area), area).to.equal(validDdds.includes(area));
      }),
      { numRuns: 3000 },
    );
    for (let code = 0; code < 100; code++) {
      const area = String(code).padStart(2, '0');
      expect(isValidDdd(area), area).to.equal(validDdds.includes(area));
    }
  });

  it('QuickContactMemo knows only the very texts it learnt, not others in the same slot', () => {
    const memo = new QuickContactMemo();
    memo.learnJobTitle('Axa');
    expect(memo.knowsJobTitle('Axa')).to.equal(true);
    // Same length and ends, so the same slot: another text all the same.
    expect(memo.knowsJobTitle('A\ta')).to.equal(false);
    expect(memo.knowsJobTitle('Aya')).to.equal(false);
    const row = (jobTitle: string) => ({
      name: 'Ana Souza',
      email: 'ana@x.com.br',
      country: 'BR',
      document: { type: 'cpf', number: generateCpf(mulberry32(7)) },
      phone: { countryCode: '55', area: '11', number: '987654321' },
      jobTitle,
    });
    expect(quickContactInput(row('Axa'), memo)?.jobTitle).to.equal('Axa');
    expect(quickContactInput(row('A\ta'), memo)).to.equal(undefined);
  });

  it('quickContactInput: the value validateContactInput returns, or undefined (property)', () => {
    const text = fc.oneof(
      fc.constantFrom(
        'Ana Souza',
        'Analista',
        'Li',
        'A',
        '',
        ' Ana',
        'Ana  Souza',
        'Ana\tS',
        'x'.repeat(121),
      ),
      fc.string({ maxLength: 8 }),
    );
    /** Mostly `valid`, sometimes anything of `others`. */
    const mostly = (valid: fc.Arbitrary<unknown>, others: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: others });
    const input = fc.record(
      {
        name: mostly(fc.constant('Ana Souza'), text),
        email: mostly(fc.constantFrom('ana@x.com.br', 'Bia_2@x-y.com'), emails),
        country: mostly(fc.constantFrom('BR', 'PT'), fc.constantFrom('br', 'US', 'XX', '')),
        document: fc.record(
          {
            type: mostly(
              fc.constantFrom('cpf', 'other', undefined),
              fc.constantFrom('passport', 'national-id', 'rg'),
            ),
            number: fc.oneof(
              fc.nat().map((seed) => generateCpf(mulberry32(seed))),
              fc.constantFrom('529.982.247-25', 'X1234567', ' X1', '', 'x'.repeat(41)),
            ),
          },
          { requiredKeys: ['number'] },
        ),
        phone: fc.record({
          countryCode: mostly(fc.constant('55'), fc.constantFrom('+55', '351', '1', '', '0')),
          area: mostly(fc.constant('11'), fc.constantFrom('011', '20', '', '21')),
          number: mostly(
            fc.constantFrom('987654321', '23456789'),
            fc.constantFrom('12345678', '98765-4321', ''),
          ),
        }),
        jobTitle: mostly(fc.constant('Analista'), text),
        company: mostly(
          fc.constantFrom(undefined, '', 'ACME'),
          fc.constantFrom(' ', ' ACME', 'x'.repeat(201)),
        ),
        address: fc.constantFrom(undefined, '', 'Rua A, 1'),
        notes: mostly(
          fc.constantFrom(undefined, '', 'Liga à tarde'),
          fc.constant('x'.repeat(4001)),
        ),
        consultingAuthorized: mostly(fc.constantFrom(undefined, true, false), fc.constant('yes')),
        role: mostly(fc.constantFrom(undefined, 'system-user'), fc.constant(3)),
        communication: mostly(
          fc.constant(undefined),
          fc.constant({
            productNews: true,
            systemUpdates: false,
            ticketUpdates: true,
          }),
        ),
        grants: mostly(fc.constant(undefined), fc.constant(['contacts.read'])),
      },
      { requiredKeys: ['name', 'email', 'country', 'document', 'phone', 'jobTitle'] },
    );
    let quick = 0;
    let runs = 0;
    // One memo for every run, as one import keeps one for all its rows: its answers are the same.
    const memo = new QuickContactMemo();
    let remembered = 0;
    fc.assert(
      fc.property(input, (record) => {
        runs++;
        const value = quickContactInput(record);
        const known = typeof record.jobTitle === 'string' && memo.knowsJobTitle(record.jobTitle);
        expect(quickContactInput(record, memo), 'with a memo').to.deep.equal(value);
        if (known && value !== undefined) remembered++;
        if (value === undefined) return;
        quick++;
        expect(validateContactInput(record)).to.deep.equal({ ok: true, value });
      }),
      { numRuns: 5000 },
    );
    expect(quick, `${quick} of ${runs} taken`).to.be.greaterThan(runs / 50);
    expect(remembered, 'job titles found in the memo').to.be.greaterThan(0);
  });
});
