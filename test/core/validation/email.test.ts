import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emailKey, isValidEmail, normalizeEmail } from '../../../src/core/validation/index.js';

describe('isValidEmail', () => {
  const valid = [
    'ana@empresa.com.br',
    'ana.souza+portal@empresa.com.br',
    "o'neil@example.ie",
    'joão.gonçalves@empresa.com.br',
    'ti@xn--caf-dma.com',
    'a@b.co',
    'user_name-1@sub-domain.example.org',
    `${'a'.repeat(64)}@example.com`,
  ];
  for (const email of valid) {
    it(`accepts ${email}`, () => {
      expect(isValidEmail(email)).to.equal(true);
    });
  }

  const invalid: [string, string][] = [
    ['', 'empty'],
    ['ana', 'no @'],
    ['ana@', 'no domain'],
    ['@empresa.com', 'no local part'],
    ['ana@@empresa.com', 'two @'],
    ['ana@empresa@com.br', 'two @ apart'],
    ['ana@localhost', 'no dot in the domain'],
    ['ana@empresa.c', 'a one-letter top-level domain'],
    ['ana@empresa.123', 'a numeric top-level domain'],
    ['ana souza@empresa.com', 'a space'],
    [' ana@empresa.com', 'a leading space (normalise first)'],
    ['ana@empresa .com', 'a space in the domain'],
    ['.ana@empresa.com', 'a leading dot'],
    ['ana.@empresa.com', 'a trailing dot in the local part'],
    ['ana..souza@empresa.com', 'two dots in a row'],
    ['ana@empresa..com', 'an empty label'],
    ['ana@-empresa.com', 'a label starting with a hyphen'],
    ['ana@empresa-.com', 'a label ending with a hyphen'],
    ['ana@empresa.com.', 'a trailing dot'],
    ['ana(x)@empresa.com', 'parentheses'],
    ['"ana"@empresa.com', 'a quoted local part'],
    ['ana@[192.168.0.1]', 'an IP literal'],
    [`${'a'.repeat(65)}@example.com`, 'a local part over 64 characters'],
    [`a@${'b'.repeat(64)}.com`, 'a label over 63 characters'],
    [`a@${'b.'.repeat(126)}com`, 'over 254 characters'],
    ['ana@empresa.com\n', 'a line break'],
  ];
  for (const [email, why] of invalid) {
    it(`refuses ${JSON.stringify(email)} (${why})`, () => {
      expect(isValidEmail(email)).to.equal(false);
    });
  }

  it('never accepts a value with whitespace or more than one @ (property)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const ats = value.split('@').length - 1;
        return !isValidEmail(value) || (ats === 1 && !/\s/.test(value));
      }),
    );
  });
});

describe('e-mail helpers with untyped callers', () => {
  it('answers "invalid" and "" for a value that is not a string, instead of throwing', () => {
    for (const value of [undefined, null, 42]) {
      const untyped = value as unknown as string;
      expect(isValidEmail(untyped)).to.equal(false);
      expect(normalizeEmail(untyped)).to.equal('');
    }
  });
});

describe('normalizeEmail and emailKey', () => {
  it('trims and lower-cases the domain, keeping the local part as typed', () => {
    expect(normalizeEmail('  Ana.Souza@Empresa.COM.br ')).to.equal('Ana.Souza@empresa.com.br');
  });

  it('composes accents so that the same address typed two ways is stored the same', () => {
    expect(normalizeEmail('joa\u0303o@empresa.com')).to.equal('jo\u00e3o@empresa.com');
  });

  it('leaves a value without @ trimmed and otherwise alone', () => {
    expect(normalizeEmail(' Ana ')).to.equal('Ana');
  });

  it('gives the same key to addresses that differ only in case', () => {
    expect(emailKey('Ana@Empresa.com')).to.equal(emailKey(' ana@empresa.COM'));
  });
});
