import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkCpf,
  formatCpf,
  generateCpf,
  isValidCpf,
} from '../../../src/core/validation/index.js';
import { mulberry32 } from '../../../src/core/demo/random.js';

describe('isValidCpf', () => {
  const cases: [string, boolean, string][] = [
    ['123.456.789-09', true, 'the classic example, masked'],
    ['12345678909', true, 'the classic example, bare'],
    ['111.444.777-35', true, 'another published example'],
    ['529.982.247-25', true, 'masked'],
    ['  529.982.247-25 ', true, 'surrounded by spaces (pasted)'],
    ['529 982 247 25', true, 'spaced'],
    ['01234567890', true, 'leading zero, bare'],
    ['012.345.678-90', true, 'leading zero, masked'],
    ['00100000037', true, 'two leading zeros'],
    ['529.982.247-26', false, 'wrong second check digit'],
    ['529.982.247-15', false, 'wrong first check digit'],
    ['12345678900', false, 'wrong check digits'],
    ['000.000.000-00', false, 'all zeros'],
    ['11111111111', false, 'all ones'],
    ['999.999.999-99', false, 'all nines'],
    ['1234567890', false, 'Excel-stripped (10 digits)'],
    ['100000037', false, 'Excel-stripped (9 digits)'],
    ['123456789091', false, '12 digits'],
    ['', false, 'empty'],
    ['abc.def.ghi-jk', false, 'letters'],
    ['529.982.247/25', false, 'a slash'],
    ['529.982.247-2a', false, 'a letter among digits'],
  ];
  for (const [value, valid, why] of cases) {
    it(`${valid ? 'accepts' : 'refuses'} ${JSON.stringify(value)} (${why})`, () => {
      expect(isValidCpf(value)).to.equal(valid);
    });
  }

  it('refuses each of the ten all-equal numbers, masked or bare', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const bare = String(digit).repeat(11);
      expect(isValidCpf(bare), bare).to.equal(false);
      expect(isValidCpf(formatCpf(bare)), formatCpf(bare)).to.equal(false);
    }
  });

  it('accepts every CPF the generator makes, bare and masked (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const cpf = generateCpf(mulberry32(seed));
        return /^\d{11}$/.test(cpf) && isValidCpf(cpf) && isValidCpf(formatCpf(cpf));
      }),
    );
  });

  /** `(Σ digit × weight × 10) mod 11` for both check digits, before 10 is written as 0. */
  const rawRemainders = (cpf: string): [number, number] => {
    const digits = [...cpf].map(Number);
    let sum1 = 0;
    let sum2 = 0;
    for (let i = 0; i < 9; i++) sum1 += digits[i]! * (10 - i);
    for (let i = 0; i < 10; i++) sum2 += digits[i]! * (11 - i);
    return [(sum1 * 10) % 11, (sum2 * 10) % 11];
  };

  const changeDigit = (cpf: string, position: number, delta: number) =>
    cpf.slice(0, position) + String((Number(cpf[position]) + delta) % 10) + cpf.slice(position + 1);

  it('refuses every single-digit change of a check digit (property)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 9, max: 10 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, position, delta) => {
          const altered = changeDigit(generateCpf(mulberry32(seed)), position, delta);
          return !isValidCpf(altered) && !checkCpf(altered).valid;
        },
      ),
    );
  });

  // The mod-11 scheme writes a remainder of 10 as 0, so a change in the first nine digits can move a
  // remainder from 0 to 10 (or back) and keep a check digit: about 0.2 % of single-digit changes give
  // another valid CPF. Every other change is refused.
  it('refuses every single-digit change of the first nine digits, except the 10-as-0 collisions (property)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (seed, position, delta) => {
          const cpf = generateCpf(mulberry32(seed));
          const altered = changeDigit(cpf, position, delta);
          if (!isValidCpf(altered)) return !checkCpf(altered).valid;
          const [before1, before2] = rawRemainders(cpf);
          const [after1, after2] = rawRemainders(altered);
          const collided = (a: number, b: number) =>
            a !== b && (a === 10 || b === 10) && (a === 0 || b === 0);
          return collided(before1, after1) || collided(before2, after2);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses real single-digit typos of a known CPF', () => {
    for (const typo of ['529.982.247-35', '529.982.248-25', '429.982.247-25', '529.982.247-24']) {
      expect(isValidCpf(typo), typo).to.equal(false);
    }
  });

  it('agrees with checkCpf on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.- a/') }), (value) => {
        return isValidCpf(value) === checkCpf(value).valid;
      }),
    );
  });
});

describe('checkCpf', () => {
  it('returns the 11 bare digits of a valid CPF', () => {
    expect(checkCpf('529.982.247-25')).to.deep.equal({ valid: true, digits: '52998224725' });
  });

  const codes: [string, string][] = [
    ['', 'required'],
    ['   ', 'required'],
    ['529.982.247-2x', 'cpf-format'],
    ['CPF 52998224725', 'cpf-format'],
    ['5299822', 'cpf-length'],
    ['529.982.247-255', 'cpf-length'],
    ['..-', 'cpf-length'],
    ['222.222.222-22', 'cpf-repeated'],
    ['529.982.247-26', 'cpf-check-digits'],
  ];
  for (const [value, code] of codes) {
    it(`says ${code} for ${JSON.stringify(value)}`, () => {
      const result = checkCpf(value);
      expect(result.valid).to.equal(false);
      expect(result.code).to.equal(code);
      expect(result.suggestion).to.equal(undefined);
    });
  }

  it('suggests the zero-padded CPF when Excel stripped one leading zero, without applying it', () => {
    expect(checkCpf('1234567890')).to.deep.equal({
      valid: false,
      digits: '1234567890',
      code: 'cpf-leading-zeros',
      suggestion: '01234567890',
    });
  });

  it('suggests the zero-padded CPF when Excel stripped two leading zeros', () => {
    const result = checkCpf('100000037');
    expect(result.code).to.equal('cpf-leading-zeros');
    expect(result.suggestion).to.equal('00100000037');
    expect(result.valid).to.equal(false);
  });

  it('suggests nothing when the padded value is not a valid CPF either', () => {
    const result = checkCpf('1234567891');
    expect(result.code).to.equal('cpf-length');
    expect(result).not.to.have.property('suggestion');
  });

  it('suggests the zero-padded CPF for a stripped value written with punctuation', () => {
    // Issue 9: "186.091.397-0" is 01860913970 without its zero, masked after Excel stripped it.
    expect(checkCpf('186.091.397-0')).to.deep.equal({
      valid: false,
      digits: '1860913970',
      code: 'cpf-leading-zeros',
      suggestion: '01860913970',
    });
    expect(checkCpf(' 1.000.000-37 ').suggestion).to.equal('00100000037');
  });

  it('suggests nothing for a short masked value whose padding is not a valid CPF', () => {
    const result = checkCpf('123.456.789-1');
    expect(result.code).to.equal('cpf-length');
    expect(result).not.to.have.property('suggestion');
  });

  it('finds the fix for every valid CPF starting with one or two zeros once Excel strips them (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 2 }), (seed, zeros) => {
        // A random source whose first draws are 0 makes a CPF that starts with that many zeros.
        const source = mulberry32(seed);
        let draws = 0;
        const cpf = generateCpf(() => (draws++ < zeros ? 0 : source()));
        const stripped = cpf.replace(/^0+/, '');
        fc.pre(stripped.length === 11 - zeros); // the third digit happened to be 0 too
        const result = checkCpf(stripped);
        return (
          cpf.startsWith('0'.repeat(zeros)) &&
          result.code === 'cpf-leading-zeros' &&
          result.suggestion === cpf &&
          !result.valid
        );
      }),
    );
  });
});

describe('untyped callers', () => {
  it('answers "invalid" for a value that is not a string, instead of throwing', () => {
    const values: unknown[] = [undefined, null, 52998224725, {}];
    for (const value of values) {
      const untyped = value as string;
      expect(isValidCpf(untyped)).to.equal(false);
      expect(checkCpf(untyped)).to.deep.equal({ valid: false, digits: '', code: 'required' });
      expect(formatCpf(untyped)).to.equal('');
    }
  });
});

describe('formatCpf', () => {
  it('masks 11 digits', () => {
    expect(formatCpf('52998224725')).to.equal('529.982.247-25');
    expect(formatCpf(' 529.982.247-25 ')).to.equal('529.982.247-25');
  });

  it('returns anything else trimmed and unchanged, so nothing typed is lost', () => {
    expect(formatCpf(' 1234567890 ')).to.equal('1234567890');
    expect(formatCpf('abc')).to.equal('abc');
  });
});

describe('generateCpf', () => {
  it('is deterministic for a given random source', () => {
    expect(generateCpf(mulberry32(42))).to.equal(generateCpf(mulberry32(42)));
  });

  it('still makes a valid CPF from a degenerate random source', () => {
    expect(isValidCpf(generateCpf(() => 0))).to.equal(true);
    expect(isValidCpf(generateCpf(() => 0.9999999))).to.equal(true);
  });
});
