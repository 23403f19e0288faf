/**
 * The row reader's fast path (`RowReader.check`, which asks the validators' `quickContactInput` first,
 * and `RowReader.judge`, a plan's check, which asks `isStoredContactInput`) against the reference
 * (`RowReader.checkFully`, which always runs `validateContactInput`): the same issues, codes, fields,
 * columns, suggestions and values — and for `judge`, the verdict and keys they imply — for rows mixing
 * valid, near-valid and invalid cells of every field, under several mappings and reader options.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  RowReader,
  suggestMapping,
  type RowCheck,
  type RowReaderOptions,
  type RowVerdict,
} from '../../../src/core/csv/index.js';
import { generateCpf } from '../../../src/core/validation/index.js';
import { mulberry32 } from '../../../src/core/demo/random.js';
import { generatedHeader, generatedRoleNames } from '../../fixtures/csv/generate.js';

const cpfs = Array.from({ length: 40 }, (_, i) => generateCpf(mulberry32(i + 1)));
const zeroCpfs = Array.from({ length: 400 }, (_, i) => generateCpf(mulberry32(1000 + i))).filter(
  (cpf) => cpf.startsWith('0'),
);

/** A sample of cells, or anything at all now and then. */
function cells(
  samples: readonly string[],
  extra: fc.Arbitrary<string>[] = [],
): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...samples) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    ...extra.map((arbitrary) => ({ weight: 2, arbitrary })),
  );
}

/** Texts that pass, that need tidying, that look like formulas, that are too short or long. */
const texts = [
  'Ana Souza',
  'João da Conceição',
  'Ñoño Muñoz',
  'Analista Fiscal',
  'Ana  Souza',
  ' Ana Souza',
  'Ana Souza ',
  'Ana\u00a0Souza',
  'Ana\tSouza',
  'Ana\nSouza',
  '\u3000Ana',
  'A',
  'Al',
  '',
  ' ',
  '=HYPERLINK("x")',
  "'=1+1",
  "'Ana",
  '+55 (11)',
  '-SUM(A1)',
  '-5',
  '@SUM(A1)',
  ' =1',
  'x'.repeat(120),
  'x'.repeat(121),
  'x'.repeat(200),
  'x'.repeat(201),
];

const names = cells(texts);
const jobTitles = cells(texts);
const optionalTexts = cells([
  ...texts,
  '',
  '',
  'Construtora Horizonte Ltda.',
  '  ACME  ',
  'Rua A, 1\nApto 2',
  'x'.repeat(500),
  'x'.repeat(501),
]);

const emails = cells(
  [
    'ana.souza@empresa.com.br',
    'Ana.Souza@empresa.com.br',
    'ana@EMPRESA.com.br',
    'ana@Empresa.com',
    ' ana@empresa.com ',
    'ana@empresa.com\u00a0',
    'ana+tag@gmail.com',
    'a_b-c@x-y.com.br',
    "o'brien@x.com",
    'josé@empresa.com.br',
    'ana@empresá.com',
    'ana@ex\u0301ample.com',
    'ana@localhost',
    'ana@',
    '@empresa.com',
    'ana..b@x.com',
    '.ana@x.com',
    'ana.@x.com',
    'ana@x..com',
    'ana@-x.com',
    'ana@x-.com',
    'ana@x.c',
    'ana@x.123',
    'ana@x.c0m',
    'ana@x.com.',
    'ana@@x.com',
    'ana b@x.com',
    `${'a'.repeat(64)}@x.com`,
    `${'a'.repeat(65)}@x.com`,
    `ana@${'d'.repeat(63)}.com`,
    `ana@${'d'.repeat(64)}.com`,
    `${'a'.repeat(60)}@${'d.'.repeat(95)}com`,
    '',
    "'=ana@x.com",
  ],
  [fc.emailAddress()],
);

const countries = cells([
  'BR', 'BR', 'BR', 'br', 'Br', ' BR ', 'Brasil', 'Brazil', 'BRASIL', '', 'PT', 'Portugal', 'pt', 'US',
  'EUA', 'United States', 'AR', 'Argentina', 'España', 'ES', 'XX', 'Atlantis', 'B', "'=BR",
]); // prettier-ignore

const documentTypes = cells([
  '', '', 'CPF', 'CPF', 'cpf', ' CPF ', 'Passaporte', 'Passport', 'Pasaporte', 'RG', 'DNI', 'Cédula',
  'Otro', 'Outro documento', 'Other document', 'Carteira de Identidade', 'National ID', 'xyz', "'=cpf",
]); // prettier-ignore

const documents = cells(
  [
    ...cpfs.slice(0, 10),
    '529.982.247-25',
    ' 52998224725 ',
    '529 982 247 25',
    '52998224726',
    '11111111111',
    '00000000000',
    '123456789',
    '5299822472',
    '529982247250',
    'AB1234567',
    'X1234567',
    'ABC 123',
    ' X1234567 ',
    'X1234567  8',
    '',
    ' ',
    "'=123",
    "'-52998224725",
    'x'.repeat(40),
    'x'.repeat(41),
  ],
  [
    fc.constantFrom(...cpfs),
    fc.constantFrom(...zeroCpfs),
    // Excel-stripped: the leading zeros gone.
    fc.constantFrom(...zeroCpfs).map((cpf) => cpf.replace(/^0+/, '')),
  ],
);

const callingCodes = cells(['55', '55', '55', '', '+55', '0055', '055', ' 55', '1', '351', '54', '5555', '0', '00', 'abc', '4 4']); // prettier-ignore
const areas = cells(['11', '11', '21', '51', '99', '011', '20', '', ' ', '1', '123', 'ab', ' 11', '(11)']); // prettier-ignore
const numbers = cells([
  '987654321', '987654321', '23456789', '964037447', '98765-4321', '3456-7890', '12345678',
  '887654321', '98765432', '9876543210', '(11) 98765-4321', '+55 11 98765-4321', '011 3456-7890',
  '0055 11 987654321', '5511987654321', '2125550100', '912345678', '', ' ', '1234', '123456',
  '9876543210123456', 'abc', '98765 4321', "'-1", '1'.repeat(16),
]); // prettier-ignore

const flags = cells(['', 'Sim', 'Não', 'nao', 'NÃO', 'S', 'N', 'yes', 'No', 'Y', 'Sí', 'true', 'false', '1', '0', 'X', ' Sim ', 'talvez', "'=1"]); // prettier-ignore

const roles = cells([
  '', 'Usuário do sistema', 'usuario do sistema', 'USUÁRIO DO SISTEMA', ' Usuário do sistema ',
  'System user', 'Usuario del sistema', 'Administrador geral', 'General administrator',
  'Administrador general', 'Administrador de cadastro', 'Registration administrator',
  'Administrador de registro', 'Administrador', 'Admin', 'admin', 'general-admin', 'system-user',
  'Usuário', 'User', 'Gerente', 'super admin', "'=admin",
]); // prettier-ignore

/** The generated files' header, with an address column too. */
const header = generatedHeader.flatMap((column) =>
  column === 'Empresa' ? [column, 'Endereço'] : [column],
);

const row = fc.tuple(
  names,
  emails,
  countries,
  documentTypes,
  documents,
  callingCodes,
  areas,
  numbers,
  jobTitles,
  optionalTexts,
  optionalTexts,
  flags,
  roles,
  optionalTexts,
);

/** Readers of several mappings and options; each keeps the columns of `header` it maps. */
/**
 * Holds `check` and `judge` to the reference: `check` gives `checkFully`'s answer exactly, `judge` its
 * issues and refusal, whether it has a value, and that value's e-mail and CPF. Returns the reference.
 */
function expectReference(
  reader: RowReader,
  cellsOfRow: readonly string[],
  message?: string,
): RowCheck {
  const reference = reader.checkFully(cellsOfRow);
  expect(reader.check(cellsOfRow), message).to.deep.equal(reference);
  const value = reference.value;
  const verdict: RowVerdict =
    value === undefined
      ? { issues: reference.issues, valid: false }
      : {
          issues: reference.issues,
          valid: true,
          email: value.email,
          cpf: value.document.type === 'cpf' ? value.document.number : undefined,
          ...(reference.refused ? { refused: reference.refused } : {}),
        };
  expect(reader.judge(cellsOfRow), message).to.deep.equal(verdict);
  return reference;
}

function readerFor(columns: readonly string[], options: RowReaderOptions) {
  const mapping = suggestMapping(columns).mapping;
  const reader = new RowReader(mapping, options);
  const indexes = columns.map((column) => header.indexOf(column));
  return { reader, pick: (all: readonly string[]) => indexes.map((i) => all[i]!) };
}

const refusing: RowReaderOptions = {
  roles: generatedRoleNames,
  refusedRoles: [{ role: 'general-admin', code: 'grant-not-held', missing: 'contacts.grant' }],
};
const readers = [
  readerFor(header, { roles: generatedRoleNames }),
  readerFor(header, refusing),
  readerFor(header, {}),
  readerFor(
    header.filter((column) => column !== 'DDD'),
    { roles: generatedRoleNames },
  ),
  readerFor(
    header.filter((column) => column !== 'País' && column !== 'DDI'),
    { roles: generatedRoleNames, defaults: { country: 'pt', phoneCountryCode: '351' } },
  ),
  readerFor(
    header.filter((column) => column !== 'País' && column !== 'Tipo de documento'),
    { roles: generatedRoleNames, defaults: { phoneCountryCode: '+55' } },
  ),
  // Foreign contacts (another document than a CPF) that read as valid.
  readerFor(
    header.filter((column) => column !== 'País' && column !== 'Tipo de documento'),
    { roles: generatedRoleNames, defaults: { country: 'pt' } },
  ),
];

describe('RowReader fast path', () => {
  it('gives the reference check exactly, for any row (property)', () => {
    fc.assert(
      fc.property(fc.nat(readers.length - 1), row, (which, values) => {
        const { reader, pick } = readers[which]!;
        expectReference(reader, pick(values));
      }),
      { numRuns: 4000 },
    );
  });

  it('gives the reference check for rows made of valid cells, one of them changed (property)', () => {
    let validRows = 0;
    let runs = 0;
    const valid = fc.record({
      name: fc.constantFrom('Ana Souza', 'João da Conceição', 'Li'),
      email: fc.constantFrom('ana.souza@empresa.com.br', 'Bia_2@x-y.com', 'c+d@gmail.com'),
      cpf: fc.constantFrom(...cpfs, ...zeroCpfs),
      area: fc.constantFrom('11', '21', '99'),
      number: fc.constantFrom('987654321', '23456789'),
      jobTitle: fc.constantFrom('Analista', 'Gerente de Contas'),
      company: fc.constantFrom('', 'ACME'),
      flag: fc.constantFrom('', 'Sim', 'Não'),
      role: fc.constantFrom('', 'Usuário do sistema', 'Administrador geral'),
    });
    fc.assert(
      fc.property(
        fc.nat(readers.length - 1),
        valid,
        fc.nat(header.length - 1),
        row,
        (which, v, changed, other) => {
          const { reader, pick } = readers[which]!;
          const all = [
            v.name, v.email, 'BR', 'CPF', v.cpf, '55', v.area, v.number, v.jobTitle, v.company, '',
            v.flag, v.role, '',
          ]; // prettier-ignore
          all[changed] = other[changed]!;
          const reference = expectReference(reader, pick(all));
          runs++;
          if (reference.value !== undefined) validRows++;
        },
      ),
      { numRuns: 4000 },
    );
    // Most of these rows must be valid, or the fast path would hardly be tested.
    expect(validRows, `${validRows} of ${runs} rows valid`).to.be.greaterThan(runs / 4);
  });

  it('reads short rows (cells missing at the end) as the reference does', () => {
    const { reader } = readers[0]!;
    const full = [
      'Ana Souza',
      'ana@x.com',
      'BR',
      'CPF',
      cpfs[0]!,
      '55',
      '11',
      '987654321',
      'Analista',
    ];
    for (let length = 0; length <= full.length; length++) {
      expectReference(reader, full.slice(0, length), String(length));
    }
    expect(reader.judge(full)).to.include({ valid: true, email: 'ana@x.com', cpf: cpfs[0] });
  });
});
