import { expect } from '@open-wc/testing';
import {
  checkCpf,
  checkPassword,
  checkPhone,
  nistPasswordPolicy,
  passwordRules,
  validateContactInput,
  validateContactPatch,
} from '../../../src/core/validation/index.js';
import { locales } from '../../../src/i18n/locales.js';
import { allLocales, type Messages } from '../../../src/i18n/catalogue.js';
import {
  validationMessages as validationTopic,
  type ValidationMessageKey,
} from '../../../src/i18n/messages/validation.js';

/** Bad inputs that, together, make every validator produce every code it has. */
function codesProduced(): Set<string> {
  const codes = new Set<string>();
  const brazil = {
    name: 'Ana Souza',
    email: 'ana@empresa.com.br',
    country: 'BR',
    document: { type: 'cpf', number: '52998224725' },
    phone: { countryCode: '55', area: '11', number: '987654321' },
    jobTitle: 'Analista',
  };
  const inputs: unknown[] = [
    null,
    {},
    {
      ...brazil,
      name: 'A',
      jobTitle: 'x'.repeat(500),
      email: 'nope',
      country: 'ZZ',
      consultingAuthorized: 'yes',
    },
    { ...brazil, document: { type: 'rg', number: '1' } },
    { ...brazil, document: { type: 'passport', number: '1' } },
    { ...brazil, country: 'PT', document: { type: 'cpf', number: '1' } },
    { ...brazil, country: 'PT', document: { type: 'passport', number: '' } },
    ...['x', '123', '11111111111', '52998224726', '1234567890'].map((number) => ({
      ...brazil,
      document: { type: 'cpf', number },
    })),
    { ...brazil, phone: { countryCode: 'a', area: '20', number: '1' } },
    { ...brazil, phone: { countryCode: '55', area: '20', number: '1' } },
    { ...brazil, phone: { countryCode: '5555', area: '', number: '' } },
    { ...brazil, phone: { countryCode: '44', area: '', number: '1' } },
  ];
  for (const input of inputs) {
    const result = validateContactInput(input);
    if (!result.ok) for (const error of result.errors) codes.add(error.code);
  }
  const patch = validateContactPatch({ email: 'x@y.com' });
  if (!patch.ok) for (const error of patch.errors) codes.add(error.code);
  for (const value of ['', 'x', '1', '11111111111', '52998224726', '1234567890']) {
    const code = checkCpf(value).code;
    if (code) codes.add(code);
  }
  for (const error of checkPhone({ countryCode: '55', area: 'x', number: '' }))
    codes.add(error.code);
  for (const password of ['', 'a'.repeat(80), 'password', 'anasouza here']) {
    for (const issue of checkPassword(
      password,
      {
        ...nistPasswordPolicy,
        requireUpper: true,
        requireLower: true,
        requireDigit: true,
        requireSpecial: true,
      },
      { email: 'anasouza@x.com', name: 'Ana Souza' },
    )) {
      codes.add(issue.code);
    }
  }
  return codes;
}

describe('validationMessages', () => {
  // The catalogue loads one locale at a time in the elements; here every locale at once.
  let validationMessages: Messages<ValidationMessageKey>;
  before(async () => {
    validationMessages = await allLocales(validationTopic);
  });

  const produced = codesProduced();

  it('the validators produce the codes this test expects (sanity)', () => {
    for (const code of [
      'required',
      'cpf-leading-zeros',
      'phone-ddd',
      'phone-e164',
      'email-immutable',
      'password-contains-name',
    ]) {
      expect(produced, code).to.include(code);
    }
    expect(produced.size).to.be.greaterThan(25);
  });

  for (const locale of locales) {
    it(`has a field message for every code produced, in ${locale}`, () => {
      const catalogue = validationMessages[locale] as Record<string, unknown>;
      const missing = [...produced].filter(
        (code) => typeof catalogue[`field.${code}`] !== 'string',
      );
      expect(missing).to.deep.equal([]);
    });

    it(`has a checklist line for every password rule, in ${locale}`, () => {
      const catalogue = validationMessages[locale] as Record<string, unknown>;
      const rules = passwordRules({
        ...nistPasswordPolicy,
        requireUpper: true,
        requireLower: true,
        requireDigit: true,
        requireSpecial: true,
      });
      expect(rules.length).to.equal(9);
      for (const rule of rules) {
        expect(catalogue[`password.rule.${rule.code}`], rule.code)
          .to.be.a('string')
          .and.not.equal('');
      }
    });
  }

  it('uses the same keys and placeholders in every locale', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\w+\}/g)
        ?.sort()
        .join() ?? '';
    const keys = Object.keys(validationMessages.en).sort();
    for (const locale of locales) {
      const catalogue = validationMessages[locale] as Record<string, unknown>;
      expect(Object.keys(catalogue).sort(), locale).to.deep.equal(keys);
      for (const key of keys) {
        expect(placeholders(catalogue[key]), `${locale} ${key}`).to.equal(
          placeholders((validationMessages.en as Record<string, unknown>)[key]),
        );
      }
    }
  });

  it('says in Portuguese what the help centre says', () => {
    expect(validationMessages['pt-BR']['field.cpf-check-digits']).to.equal(
      'CPF inválido: dígitos verificadores não conferem',
    );
  });
});
