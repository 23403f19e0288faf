import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkPassword,
  commonPasswords,
  defaultPasswordPolicy,
  nistPasswordPolicy,
  passwordRules,
  type PasswordPolicy,
} from '../../../src/core/validation/index.js';

const codes = (
  password: string,
  policy?: PasswordPolicy,
  context?: { email?: string; name?: string },
) => checkPassword(password, policy, context).map((issue) => issue.code);

describe('checkPassword with the default policy (seed 000)', () => {
  it('accepts a password that meets the four rules', () => {
    expect(checkPassword('Portal@2026')).to.deep.equal([]);
    expect(checkPassword('Çaçador#1')).to.deep.equal([]);
  });

  it('lists every unmet rule, not only the first', () => {
    expect(checkPassword('abc')).to.deep.equal([
      { code: 'password-min-length', params: { min: 8 } },
      { code: 'password-upper' },
      { code: 'password-digit' },
      { code: 'password-special' },
    ]);
    expect(codes('')).to.deep.equal([
      'password-min-length',
      'password-upper',
      'password-lower',
      'password-digit',
      'password-special',
    ]);
  });

  const single: [string, string][] = [
    ['Ab1!xyz', 'password-min-length'],
    ['portal@2026', 'password-upper'],
    ['PORTAL@2026', 'password-lower'],
    ['Portal@abcd', 'password-digit'],
    ['Portal2026x', 'password-special'],
  ];
  for (const [password, code] of single) {
    it(`says only ${code} for ${password}`, () => {
      expect(codes(password)).to.deep.equal([code]);
    });
  }

  it('counts a space as a special character and an emoji as one character', () => {
    expect(codes('Minha senha 1')).to.deep.equal([]);
    expect(codes('Ab1😀😀😀😀😀')).to.deep.equal([]); // 8 characters, 13 UTF-16 units
    expect(codes('Ab1😀😀😀😀😀'.slice(0, -2))).to.deep.equal(['password-min-length']);
  });

  it('has no blocklist, maximum or personal-information rule', () => {
    expect(codes('Password1!', defaultPasswordPolicy, { email: 'password@x.com' })).to.deep.equal(
      [],
    );
  });
});

describe('checkPassword with the NIST SP 800-63B rev. 4 policy', () => {
  it('accepts a long passphrase without composition rules', () => {
    expect(checkPassword('correct horse battery staple', nistPasswordPolicy)).to.deep.equal([]);
  });

  it('asks for 15 characters and allows up to 64', () => {
    expect(checkPassword('short one here', nistPasswordPolicy)).to.deep.equal([
      { code: 'password-min-length', params: { min: 15 } },
    ]);
    expect(codes('x'.repeat(64) + 'yz', nistPasswordPolicy)).to.deep.equal(['password-max-length']);
    expect(codes('a b c d e f g h i j k l m n o p'.slice(0, 64), nistPasswordPolicy)).to.deep.equal(
      [],
    );
  });

  it('refuses common passwords whatever their case', () => {
    expect(codes('PasswordPassword', nistPasswordPolicy)).to.deep.equal(['password-common']);
    expect(codes('123456789012345', nistPasswordPolicy)).to.deep.equal(['password-common']);
    expect(codes('senha', nistPasswordPolicy)).to.deep.equal([
      'password-min-length',
      'password-common',
    ]);
  });

  it('ships a blocklist of about a hundred common passwords', () => {
    expect(commonPasswords.length).to.be.within(90, 150);
    expect(commonPasswords).to.include('123456');
  });

  it("refuses a password containing the e-mail's local part or the person's name", () => {
    const context = { email: 'Conceicao.Araujo@empresa.com.br', name: 'Conceição Araújo' };
    expect(codes('my conceicao.araujo secret', nistPasswordPolicy, context)).to.deep.equal([
      'password-contains-email',
      'password-contains-name',
    ]);
    expect(codes('ARAUJO family holidays', nistPasswordPolicy, context)).to.deep.equal([
      'password-contains-name',
    ]);
    expect(codes('completely unrelated words', nistPasswordPolicy, context)).to.deep.equal([]);
  });

  it('ignores very short local parts and name particles, which would match too much', () => {
    expect(
      codes('banana split on sunday', nistPasswordPolicy, {
        email: 'ana@x.com',
        name: 'Ana de Sá',
      }),
    ).to.deep.equal([]);
  });
});

describe('passwordRules', () => {
  it("lists seed 000's four rules for the default policy", () => {
    expect(passwordRules(defaultPasswordPolicy)).to.deep.equal([
      { code: 'password-min-length', params: { min: 8 } },
      { code: 'password-upper' },
      { code: 'password-lower' },
      { code: 'password-digit' },
      { code: 'password-special' },
    ]);
  });

  it('lists length, blocklist and personal information for the NIST policy', () => {
    expect(passwordRules(nistPasswordPolicy).map((rule) => rule.code)).to.deep.equal([
      'password-min-length',
      'password-max-length',
      'password-common',
      'password-contains-email',
      'password-contains-name',
    ]);
  });

  it('covers every issue the checker can return (property)', () => {
    const policies = [defaultPasswordPolicy, nistPasswordPolicy];
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...policies),
        fc.emailAddress(),
        (password, policy, email) => {
          const ruleCodes = passwordRules(policy).map((rule) => rule.code);
          return checkPassword(password, policy, { email }).every((issue) =>
            ruleCodes.includes(issue.code),
          );
        },
      ),
    );
  });
});
