import { expect } from '@open-wc/testing';
import { editDistance } from '../../../src/core/validation/email-hints.js';
import {
  checkMapping,
  foldHeader,
  importFields,
  mappingBlocks,
  parseSavedMapping,
  saveMapping,
  suggestMapping,
  templateHeaders,
  type ImportField,
} from '../../../src/core/csv/index.js';

const fieldOf = (header: string): ImportField | null => suggestMapping([header]).mapping[0]!;

describe('foldHeader', () => {
  it('ignores accents, case, punctuation, a BOM and surrounding spaces', () => {
    expect(foldHeader('  E-Mail* ')).to.equal('e mail');
    expect(foldHeader('\uFEFFNome')).to.equal('nome');
    expect(foldHeader('TELÉFONO (móvil)')).to.equal('telefono movil');
    expect(foldHeader('Autorizado para utilizar consultoria?')).to.equal(
      'autorizado para utilizar consultoria',
    );
    expect(foldHeader('---')).to.equal('');
  });
});

describe('suggestMapping', () => {
  const headers: [string, ImportField][] = [
    ['Nome', 'name'],
    ['Nome completo', 'name'],
    ['Name', 'name'],
    ['Nombre', 'name'],
    ['NOMBRE Y APELLIDOS', 'name'],
    ['E-mail', 'email'],
    ['Email', 'email'],
    ['Correo', 'email'],
    ['Correo electrónico', 'email'],
    ['CPF', 'document.number'],
    ['Documento', 'document.number'],
    ['DNI', 'document.number'],
    ['Tipo de documento', 'document.type'],
    ['DDI', 'phone.countryCode'],
    ['Código do país', 'phone.countryCode'],
    ['DDD', 'phone.area'],
    ['Código de área', 'phone.area'],
    ['Telefone', 'phone.number'],
    ['Celular', 'phone.number'],
    ['Phone number', 'phone.number'],
    ['Teléfono', 'phone.number'],
    ['Cargo', 'jobTitle'],
    ['Job title', 'jobTitle'],
    ['Puesto', 'jobTitle'],
    ['Perfil', 'role'],
    ['Role', 'role'],
    ['Rol', 'role'],
    ['País', 'country'],
    ['Country', 'country'],
    ['Consultoria', 'consultingAuthorized'],
    ['Autorizado para utilizar consultoria?', 'consultingAuthorized'],
    ['Consultoría', 'consultingAuthorized'],
    ['Empresa', 'company'],
    ['Endereço', 'address'],
    ['Observações', 'notes'],
  ];
  for (const [header, field] of headers) {
    it(`maps "${header}" to ${field}`, () => {
      expect(fieldOf(header)).to.equal(field);
    });
  }

  it('maps every template header of every locale to its own field', () => {
    for (const locale of ['pt-BR', 'en', 'es'] as const) {
      const row = importFields.map((field) => templateHeaders[locale][field]);
      expect(suggestMapping(row).mapping, locale).to.deep.equal([...importFields]);
    }
  });

  it('forgives a typo or two, and a swapped pair of letters', () => {
    const { mapping, matches } = suggestMapping(['Nme', 'Emial', 'Telfone', 'Crago', 'Endereoc']);
    expect(mapping).to.deep.equal(['name', 'email', 'phone.number', 'jobTitle', 'address']);
    expect(matches).to.deep.equal(['typo', 'typo', 'typo', 'typo', 'typo']);
  });

  it('finds the words inside a longer header, the earlier words deciding', () => {
    expect(fieldOf('E-mail do contato')).to.equal('email');
    expect(fieldOf('DDD do celular')).to.equal('phone.area');
    expect(fieldOf('Telefone comercial')).to.equal('phone.number');
    expect(suggestMapping(['E-mail do contato']).matches).to.deep.equal(['contains']);
  });

  it('leaves alone headers that name nothing it knows', () => {
    expect(
      suggestMapping(['Data de nascimento', 'Salário', 'Matrícula', '', 'ID']).mapping,
    ).to.deep.equal([null, null, null, null, null]);
  });

  it('gives each field one column: the better match, then the earlier column', () => {
    expect(suggestMapping(['Telefone', 'Celular']).mapping).to.deep.equal(['phone.number', null]);
    expect(suggestMapping(['Telefone do contato', 'Celular']).mapping).to.deep.equal([
      null,
      'phone.number',
    ]);
    expect(suggestMapping(['E-mail', 'E-mail']).mapping).to.deep.equal(['email', null]);
  });

  it("prefers the company's last mapping, including columns it chose to leave out", () => {
    const remembered = saveMapping(['Col 1', 'Telefone', 'Nome'], ['email', null, 'name']);
    const { mapping, matches } = suggestMapping(['Nome', 'Telefone', 'Col 1', 'Cargo'], remembered);
    expect(mapping).to.deep.equal(['name', null, 'email', 'jobTitle']);
    expect(matches).to.deep.equal(['remembered', 'none', 'remembered', 'exact']);
  });
});

describe('checkMapping', () => {
  it('blocks on a required field without a column, naming the field', () => {
    const headers = ['Nome', 'E-mail', 'CPF', 'Telefone'];
    const issues = checkMapping(suggestMapping(headers).mapping, headers);
    expect(issues).to.deep.equal([
      { severity: 'error', code: 'csv-required-column', field: 'jobTitle' },
    ]);
    expect(mappingBlocks(issues)).to.equal(true);
  });

  it('blocks on two columns for one field (a mapping the user made)', () => {
    const headers = ['Nome', 'E-mail', 'CPF', 'Telefone', 'Cargo', 'Celular'];
    const mapping = [...suggestMapping(headers).mapping];
    mapping[5] = 'phone.number';
    expect(checkMapping(mapping, headers)).to.deep.equal([
      {
        severity: 'error',
        code: 'csv-column-conflict',
        field: 'phone.number',
        params: { columns: '4, 6' },
      },
    ]);
  });

  it('warns about a repeated header and tells which columns are left out', () => {
    const headers = ['Nome', 'E-mail', 'CPF', 'Telefone', 'Cargo', 'e-mail', 'Salário', ''];
    const issues = checkMapping(suggestMapping(headers).mapping, headers);
    expect(mappingBlocks(issues)).to.equal(false);
    expect(issues).to.deep.equal([
      {
        severity: 'warning',
        code: 'csv-duplicate-header',
        column: 5,
        params: { header: 'e-mail', first: 2 },
      },
      { severity: 'info', code: 'csv-unknown-header', column: 6, params: { header: 'Salário' } },
      { severity: 'info', code: 'csv-empty-header', column: 7 },
    ]);
  });
});

describe('saved mappings', () => {
  it('round-trip through JSON and refuse what is not one', () => {
    const saved = saveMapping(['Nome', 'E-MAIL', 'Outro'], ['name', 'email', null]);
    expect(saved).to.deep.equal({
      version: 1,
      columns: { nome: 'name', 'e mail': 'email', outro: null },
    });
    expect(parseSavedMapping(JSON.parse(JSON.stringify(saved)))).to.deep.equal(saved);
    expect(
      parseSavedMapping({ version: 1, columns: { nome: 'name', x: 'password', y: 3 } }),
    ).to.deep.equal({
      version: 1,
      columns: { nome: 'name' },
    });
    for (const junk of [
      null,
      'x',
      1,
      {},
      { version: 2, columns: {} },
      { version: 1, columns: null },
    ]) {
      expect(parseSavedMapping(junk), JSON.stringify(junk)).to.equal(undefined);
    }
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps, stopping past the limit', () => {
    expect(editDistance('nome', 'nome', 2)).to.equal(0);
    expect(editDistance('nme', 'nome', 2)).to.equal(1);
    expect(editDistance('emial', 'email', 2)).to.equal(1);
    expect(editDistance('cargo', 'carga', 2)).to.equal(1);
    expect(editDistance('telefone', 'tlefoen', 2)).to.equal(2);
    expect(editDistance('nome', 'endereco', 1)).to.equal(2);
  });
});
