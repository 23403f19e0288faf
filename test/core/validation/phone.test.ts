import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkPhone,
  formatPhone,
  phoneFromNational,
  generateBrazilianPhone,
  isValidDdd,
  normalizePhone,
  normalizePhoneDigits,
  validDdds,
} from '../../../src/core/validation/index.js';
import { mulberry32 } from '../../../src/core/demo/random.js';

/** ANATEL's list of area codes in use, written out independently of the implementation. */
const anatel =
  '11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 49 51 53 54 55 ' +
  '61 62 63 64 65 66 67 68 69 71 73 74 75 77 79 81 82 83 84 85 86 87 88 89 91 92 93 94 95 96 97 98 99';

const codesOf = (errors: { field: string; code: string }[]) =>
  errors.map((error) => `${error.field}:${error.code}`);

describe('validDdds', () => {
  it("holds exactly ANATEL's 67 area codes, in order", () => {
    expect(validDdds.length).to.equal(67);
    expect(validDdds.join(' ')).to.equal(anatel);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(validDdds)).to.equal(true);
  });

  it('does not contain codes that do not exist', () => {
    for (const area of [
      '00',
      '10',
      '20',
      '23',
      '25',
      '26',
      '29',
      '30',
      '36',
      '39',
      '40',
      '50',
      '52',
      '56',
      '60',
      '70',
      '72',
      '76',
      '78',
      '80',
      '90',
    ]) {
      expect(isValidDdd(area), area).to.equal(false);
    }
  });
});

describe('checkPhone', () => {
  const valid: [string, string, string, string][] = [
    ['55', '11', '987654321', 'São Paulo mobile'],
    ['55', '21', '34567890', 'Rio landline'],
    ['55', '99', '22345678', 'landline starting with 2'],
    ['55', '61', '52345678', 'landline starting with 5'],
    ['+55', '(11)', '98765-4321', 'typed with formatting'],
    ['0055', '011', '98765 4321', 'international and trunk prefixes'],
    ['44', '20', '79460958', 'London'],
    ['1', '212', '5550123', 'New York'],
    ['351', '', '912345678', 'Portugal, no area code'],
    ['683', '', '4002', 'Niue, a 4-digit number'],
  ];
  for (const [countryCode, area, number, why] of valid) {
    it(`accepts ${why}`, () => {
      expect(checkPhone({ countryCode, area, number })).to.deep.equal([]);
    });
  }

  const invalid: [string, string, string, string[], string][] = [
    ['55', '20', '987654321', ['phone.area:phone-ddd'], 'a DDD that does not exist'],
    ['55', '1', '987654321', ['phone.area:phone-ddd'], 'a one-digit DDD'],
    ['55', '', '987654321', ['phone.area:required'], 'no DDD'],
    ['55', '11', '87654321', ['phone.number:phone-brazil-number'], 'a landline starting with 8'],
    [
      '55',
      '11',
      '887654321',
      ['phone.number:phone-brazil-number'],
      'a 9-digit number not starting with 9',
    ],
    ['55', '11', '9876543', ['phone.number:phone-brazil-number'], 'too short'],
    ['55', '11', '9876543210', ['phone.number:phone-brazil-number'], 'too long'],
    ['55', '11', '', ['phone.number:required'], 'no number'],
    ['', '11', '987654321', ['phone.countryCode:required'], 'no country code'],
    ['5555', '', '12345678', ['phone.countryCode:phone-country-code'], 'a 4-digit country code'],
    ['0', '', '12345678', ['phone.countryCode:phone-country-code'], 'country code 0'],
    ['44', '20', '7946095812345', ['phone.number:phone-e164'], 'more than 15 digits'],
    ['44', '', '123', ['phone.number:phone-e164'], 'fewer than 7 digits'],
    ['55', '1l', '9876-5432x', ['phone.area:phone-format', 'phone.number:phone-format'], 'letters'],
    [
      '55',
      '20',
      '12',
      ['phone.area:phone-ddd', 'phone.number:phone-brazil-number'],
      'two bad parts',
    ],
  ];
  for (const [countryCode, area, number, expected, why] of invalid) {
    it(`refuses ${why}: ${expected.join(', ')}`, () => {
      expect(codesOf(checkPhone({ countryCode, area, number }))).to.deep.equal(expected);
    });
  }

  it('names the refused area code', () => {
    expect(
      checkPhone({ countryCode: '55', area: '20', number: '987654321' })[0]?.params,
    ).to.deep.equal({
      area: '20',
    });
  });

  it('accepts every phone the generator makes (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const phone = generateBrazilianPhone(mulberry32(seed));
        return validDdds.includes(phone.area) && checkPhone(phone).length === 0;
      }),
    );
  });

  it('accepts a valid number with every DDD in the list', () => {
    for (const area of validDdds) {
      expect(checkPhone({ countryCode: '55', area, number: '987654321' }), area).to.deep.equal([]);
    }
  });

  it('refuses every two-digit area code not in the list (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 99 })
          .filter((n) => !validDdds.includes(String(n).padStart(2, '0'))),
        fc.integer({ min: 0, max: 99_999_999 }),
        (area, rest) => {
          const phone = {
            countryCode: '55',
            area: String(area).padStart(2, '0'),
            number: `9${String(rest).padStart(8, '0')}`,
          };
          return codesOf(checkPhone(phone)).join() === 'phone.area:phone-ddd';
        },
      ),
    );
  });

  it('treats parts that are not strings as missing instead of throwing', () => {
    const untyped = { countryCode: 55, area: null, number: undefined } as unknown as Parameters<
      typeof checkPhone
    >[0];
    expect(codesOf(checkPhone(untyped))).to.deep.equal([
      'phone.countryCode:required',
      'phone.number:required',
    ]);
    expect(checkPhone(null as unknown as Parameters<typeof checkPhone>[0]).length).to.equal(2);
  });

  it('never throws, whatever is typed (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (countryCode, area, number) => {
        const errors = checkPhone({ countryCode, area, number });
        return errors.every((error) => error.field.startsWith('phone.') && error.code.length > 0);
      }),
    );
  });
});

describe('normalizePhone and formatPhone', () => {
  it('keeps digits only', () => {
    expect(normalizePhoneDigits('(11) 98765-4321')).to.equal('11987654321');
    expect(
      normalizePhone({ countryCode: '+55', area: '(011)', number: '98765-4321' }),
    ).to.deep.equal({
      countryCode: '55',
      area: '11',
      number: '987654321',
    });
  });

  it('writes Brazilian mobiles and landlines the national way', () => {
    expect(formatPhone({ countryCode: '55', area: '11', number: '987654321' })).to.equal(
      '(11) 98765-4321',
    );
    expect(formatPhone({ countryCode: '55', area: '11', number: '34567890' })).to.equal(
      '(11) 3456-7890',
    );
    expect(
      formatPhone({ countryCode: '55', area: '11', number: '987654321' }, { international: true }),
    ).to.equal('+55 11 98765-4321');
  });

  it('writes other countries with their calling code', () => {
    expect(formatPhone({ countryCode: '44', area: '20', number: '79460958' })).to.equal(
      '+44 20 7946 0958',
    );
    expect(formatPhone({ countryCode: '351', area: '', number: '912345678' })).to.equal(
      '+351 912 345 678',
    );
  });

  it('groups a number by its country’s plan (issue 8: not “+1 212 5554 066”)', () => {
    const us = { countryCode: '1', area: '212', number: '5554066' };
    expect(formatPhone(us)).to.equal('+1 212-555-4066');
    expect(formatPhone(us, { national: true })).to.equal('212-555-4066');
    expect(formatPhone({ countryCode: '1', area: '', number: '2125554066' })).to.equal(
      '+1 212-555-4066',
    );
    expect(formatPhone({ countryCode: '351', area: '21', number: '3456789' })).to.equal(
      '+351 213 456 789',
    );
    expect(formatPhone({ countryCode: '34', area: '', number: '612345678' })).to.equal(
      '+34 612 34 56 78',
    );
    // A length the plan does not know falls back to the area code and groups of three or four.
    expect(formatPhone({ countryCode: '1', area: '', number: '5554066' })).to.equal('+1 555 4066');
    expect(formatPhone({ countryCode: '49', area: '30', number: '12345678' })).to.equal(
      '+49 30 1234 5678',
    );
  });

  it('splits a national number the way it is stored', () => {
    expect(phoneFromNational('1', '(212) 555-4066')).to.deep.equal({
      countryCode: '1',
      area: '212',
      number: '5554066',
    });
    expect(phoneFromNational('55', '(011) 98765-4321')).to.deep.equal({
      countryCode: '55',
      area: '11',
      number: '987654321',
    });
    expect(phoneFromNational('351', '213 456 789')).to.deep.equal({
      countryCode: '351',
      area: '',
      number: '213456789',
    });
    // What it splits, formatPhone writes back the same.
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9]\d{9}$/), (digits) => {
        const phone = phoneFromNational('1', digits);
        expect(normalizePhoneDigits(formatPhone(phone, { national: true }))).to.equal(digits);
      }),
    );
  });

  it('leaves missing parts out instead of printing placeholders', () => {
    expect(formatPhone({ countryCode: '55', area: '', number: '987654321' })).to.equal(
      '98765-4321',
    );
    expect(formatPhone({ countryCode: '', area: '', number: '' })).to.equal('');
  });
});
