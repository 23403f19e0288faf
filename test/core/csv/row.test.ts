import { expect } from '@open-wc/testing';
import {
  looksLikeFormula,
  RowReader,
  suggestMapping,
  type RowCheck,
} from '../../../src/core/csv/index.js';
import { generatedRoleNames } from '../../fixtures/csv/generate.js';
import { issueKey } from './support.js';

const headers = [
  'Nome',
  'E-mail',
  'País',
  'Tipo de documento',
  'CPF',
  'DDI',
  'DDD',
  'Telefone',
  'Cargo',
  'Empresa',
  'Consultoria',
  'Perfil',
  'Observações',
];
const mapping = suggestMapping(headers).mapping;

/** A valid Brazilian row, with `changes` by header. */
function row(changes: Record<string, string> = {}): string[] {
  const base: Record<string, string> = {
    Nome: 'Ana Souza',
    'E-mail': 'ana.souza@empresa.com.br',
    País: 'BR',
    'Tipo de documento': '',
    CPF: '529.982.247-25',
    DDI: '55',
    DDD: '11',
    Telefone: '98765-4321',
    Cargo: 'Analista',
    Empresa: '',
    Consultoria: '',
    Perfil: '',
    Observações: '',
  };
  return headers.map((header) => changes[header] ?? base[header]!);
}

const reader = new RowReader(mapping, { roles: generatedRoleNames });
const check = (changes: Record<string, string> = {}): RowCheck => reader.check(row(changes));
const keys = (result: RowCheck) => result.issues.map(issueKey);

describe('RowReader', () => {
  it('reads a valid row into the contact the form would save', () => {
    const result = check({
      Empresa: '  ACME  ',
      Consultoria: 'Sim',
      Perfil: 'Administrador geral',
    });
    expect(result.issues).to.deep.equal([]);
    expect(result.value).to.deep.equal({
      name: 'Ana Souza',
      email: 'ana.souza@empresa.com.br',
      country: 'BR',
      document: { type: 'cpf', number: '52998224725' },
      phone: { countryCode: '55', area: '11', number: '987654321' },
      jobTitle: 'Analista',
      company: 'ACME',
      consultingAuthorized: true,
      role: 'general-admin',
    });
  });

  it('reads countries by code or by name in pt-BR, en and es', () => {
    const cases: [string, string][] = [
      ['br', 'BR'],
      ['Brasil', 'BR'],
      ['Brazil', 'BR'],
      ['BRASIL', 'BR'],
      ['Portugal', 'PT'],
      ['Alemanha', 'DE'],
      ['Germany', 'DE'],
      ['Alemania', 'DE'],
      ['Estados Unidos', 'US'],
      ['EUA', 'US'],
      ['España', 'ES'],
      ['Espanha', 'ES'],
      ['México', 'MX'],
    ];
    for (const [written, code] of cases) {
      const changes: Record<string, string> =
        code === 'BR'
          ? { País: written }
          : { País: written, 'Tipo de documento': 'Passaporte', CPF: 'X123', DDI: '99' };
      expect(check(changes).value?.country, written).to.equal(code);
    }
    expect(keys(check({ País: 'Narnia' }))).to.include('country:country-code');
  });

  it('takes the defaults for what a file leaves out: Brazil, 55, and "other" documents abroad', () => {
    const noCountry = new RowReader(
      suggestMapping(['Nome', 'E-mail', 'CPF', 'DDD', 'Telefone', 'Cargo']).mapping,
    ).check(['Bia', 'bia@x.com.br', '52998224725', '21', '34567890', 'Gerente']);
    expect(noCountry.value?.country).to.equal('BR');
    expect(noCountry.value?.phone).to.deep.equal({
      countryCode: '55',
      area: '21',
      number: '34567890',
    });
    expect(check({ DDI: '' }).value?.phone.countryCode).to.equal('55');
    const abroad = check({
      País: 'PT',
      CPF: 'P1234567',
      DDI: '351',
      DDD: '21',
      Telefone: '3456789',
    });
    expect(abroad.value?.document).to.deep.equal({ type: 'other', number: 'P1234567' });
    expect(
      keys(check({ País: 'PT', CPF: 'P1', DDI: '', DDD: '21', Telefone: '3456789' })),
    ).to.deep.equal(['phone.countryCode:required']);
    const elsewhere = new RowReader(mapping, { defaults: { country: 'pt' } }).check(
      row({ País: '', CPF: 'P1', DDI: '351', DDD: '21', Telefone: '3456789' }),
    );
    expect(elsewhere.value?.country).to.equal('PT');
  });

  it('reads document types in the three languages and refuses others', () => {
    const cases: [string, string][] = [
      ['Passaporte', 'passport'],
      ['passport', 'passport'],
      ['Pasaporte', 'passport'],
      ['RG', 'national-id'],
      ['DNI', 'national-id'],
      ['Cédula', 'national-id'],
      ['Outro', 'other'],
      ['Otro', 'other'],
    ];
    for (const [word, type] of cases) {
      const result = check({ País: 'AR', 'Tipo de documento': word, CPF: '30123456', DDI: '54' });
      expect(result.value?.document.type, word).to.equal(type);
    }
    expect(check({ 'Tipo de documento': 'CPF' }).value?.document.type).to.equal('cpf');
    const bad = check({ 'Tipo de documento': 'Carteirinha' });
    expect(bad.value).to.equal(undefined);
    expect(bad.issues).to.deep.equal([
      {
        severity: 'error',
        code: 'csv-document-type',
        field: 'document.type',
        column: 3,
        params: { value: 'Carteirinha' },
      },
    ]);
  });

  it('reads the consulting flag as a yes or a no in any of the three languages', () => {
    for (const word of [
      'Sim',
      'S',
      'sim',
      'Yes',
      'Y',
      'Sí',
      'Si',
      'true',
      'TRUE',
      '1',
      'x',
      'Verdadeiro',
    ]) {
      expect(check({ Consultoria: word }).value?.consultingAuthorized, word).to.equal(true);
    }
    for (const word of ['Não', 'NAO', 'N', 'No', 'false', '0', 'Falso']) {
      expect(check({ Consultoria: word }).value?.consultingAuthorized, word).to.equal(false);
    }
    expect(check({ Consultoria: '  ' }).value?.consultingAuthorized).to.equal(undefined);
    expect(keys(check({ Consultoria: 'Talvez' }))).to.deep.equal([
      'consultingAuthorized:csv-boolean',
    ]);
  });

  it('reads roles by id or by any of their names, and passes ids on when no names are given', () => {
    expect(check({ Perfil: 'registration-admin' }).value?.role).to.equal('registration-admin');
    expect(check({ Perfil: 'usuario do sistema' }).value?.role).to.equal('system-user');
    expect(check({ Perfil: 'Registration administrator' }).value?.role).to.equal(
      'registration-admin',
    );
    expect(check({ Perfil: 'Administrador de registro' }).value?.role).to.equal(
      'registration-admin',
    );
    expect(keys(check({ Perfil: 'Chefe' }))).to.deep.equal(['role:csv-role-unknown']);
    expect(new RowReader(mapping).check(row({ Perfil: ' auditor ' })).value?.role).to.equal(
      'auditor',
    );
  });

  it('says which roles there are when a role name is unknown, as their ids in the policy order', () => {
    const unknown = check({ Perfil: 'Gerente regional' }).issues;
    expect(unknown).to.deep.equal([
      {
        severity: 'error',
        code: 'csv-role-unknown',
        field: 'role',
        column: headers.indexOf('Perfil'),
        params: {
          value: 'Gerente regional',
          roles: 'general-admin, registration-admin, system-user',
        },
      },
    ]);
  });

  it('reads the area code from inside the phone number when it is not given apart', () => {
    const cases: [string, string, string][] = [
      ['(11) 98765-4321', '11', '987654321'],
      ['+55 21 3456-7890', '21', '34567890'],
      ['0055 (31) 98765-4321', '31', '987654321'],
      ['011 3456-7890', '11', '34567890'],
      ['61987654321', '61', '987654321'],
    ];
    for (const [number, area, rest] of cases) {
      const phone = check({ DDD: '', Telefone: number }).value?.phone;
      expect(phone, number).to.deep.equal({ countryCode: '55', area, number: rest });
    }
    const result = check({ DDD: '', Telefone: '98765-4321' });
    expect(result.issues).to.deep.equal([
      { severity: 'error', code: 'required', field: 'phone.area', column: 6 },
    ]);
    // Abroad, a number is never split as a Brazilian one.
    const abroad = check({ País: 'PT', CPF: 'P1', DDI: '', DDD: '', Telefone: '2134567890' });
    expect(keys(abroad)).to.deep.equal(['phone.countryCode:required']);
  });

  it("drops the ' our exports put before a formula prefix, and flags text a spreadsheet would run", () => {
    const escaped = check({ DDI: "'+55", Empresa: "'-ACME-" });
    expect(escaped.issues).to.deep.equal([]);
    expect(escaped.value?.phone.countryCode).to.equal('55');
    expect(escaped.value?.company).to.equal('-ACME-');
    const formula = check({
      Nome: '=HYPERLINK("http://x.example";"a")',
      Observações: '@SUM(1)|cmd',
    });
    expect(formula.value?.name).to.equal('=HYPERLINK("http://x.example";"a")');
    expect(formula.issues).to.deep.equal([
      { severity: 'warning', code: 'csv-formula-like', field: 'name', column: 0 },
      { severity: 'warning', code: 'csv-formula-like', field: 'notes', column: 12 },
    ]);
  });

  it("points the validators' errors at their columns, with the CPF fix as a suggestion only", () => {
    const result = check({ CPF: '1234567890' });
    expect(result.value).to.equal(undefined);
    expect(result.issues).to.deep.equal([
      {
        severity: 'error',
        code: 'cpf-leading-zeros',
        field: 'document.number',
        column: 4,
        params: { suggestion: '01234567890' },
      },
    ]);
    expect(keys(check({ 'E-mail': 'ana@', DDD: '20', Cargo: ' ' }))).to.have.members([
      'email:email-format',
      'phone.area:phone-ddd',
      'jobTitle:required',
    ]);
  });

  it('reads a row with missing cells as empty ones', () => {
    expect(keys(reader.check(['Ana Souza', 'ana@x.com.br']))).to.have.members([
      'document.number:required',
      'phone.area:required',
      'phone.number:required',
      'jobTitle:required',
    ]);
  });
});

describe('looksLikeFormula', () => {
  it('knows the shapes of formula payloads from plain text', () => {
    for (const text of ['=1+1', ' =A1', "+cmd|' /C calc'!A0", '-2+3+cmd|x', '@SUM(A1)']) {
      expect(looksLikeFormula(text), text).to.equal(true);
    }
    for (const text of ['', '=', 'Ana', '-', '- Sem empresa', '+55 11 98765-4321', '@ana', 'a=b']) {
      expect(looksLikeFormula(text), text).to.equal(false);
    }
  });
});
