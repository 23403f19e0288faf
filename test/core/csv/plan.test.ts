import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CsvParser,
  ImportPlan,
  ImportSession,
  suggestMapping,
  type ExistingContact,
  type PlanRowView,
} from '../../../src/core/csv/index.js';
import { RowReader } from '../../../src/core/csv/row.js';
import { issueKey, lookupOver } from './support.js';

const header = ['Nome', 'E-mail', 'CPF', 'DDD', 'Telefone', 'Cargo', 'Perfil'];
const mapping = suggestMapping(header).mapping;

/** Valid CPFs, the first ones with a leading zero. */
const cpfs = [
  '05260181514', '01860913970', '04628194858', '09093786571', '00189555920', '18301661313',
  '19960308251', '31993518169', '89754323194', '21862527679', '89711471051', '62917034246',
]; // prettier-ignore

function line(i: number, changes: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    Nome: `Pessoa ${i}`,
    'E-mail': `pessoa${i}@x.com.br`,
    CPF: cpfs[i % cpfs.length]!,
    DDD: '11',
    Telefone: `9876500${String(i).padStart(2, '0')}`,
    Cargo: 'Analista',
    Perfil: '',
  };
  return header.map((name) => changes[name] ?? base[name]!);
}

/** A plan of `rows` (row numbers from 2, the header being row 1). */
function planOf(rows: string[][], options: ConstructorParameters<typeof ImportPlan>[2] = {}) {
  const plan = new ImportPlan(header, mapping, options);
  rows.forEach((cells, i) => plan.add(cells, i + 2, i + 2));
  return plan;
}

const outcomes = (plan: ImportPlan) =>
  plan.query({ limit: 1000 }).rows.map((row) => `${row.row}:${row.outcome}`);

describe('ImportPlan', () => {
  it('counts a row of empty cells as blank, not as a row', () => {
    const plan = planOf([line(0), ['', ' ', '', '', '', '', ''], line(1)]);
    expect(plan.summary).to.include({ rows: 2, create: 2, blank: 1 });
    expect(outcomes(plan)).to.deep.equal(['2:create', '4:create']);
  });

  it('points a duplicate at the first valid row, and re-judges both when either is fixed', () => {
    const plan = planOf([
      line(0),
      line(1, { 'E-mail': 'PESSOA0@X.COM.BR' }),
      line(2, { 'E-mail': 'pessoa0@x.com.br' }),
    ]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip', '4:skip']);
    expect(plan.view(2).issues).to.deep.equal([
      {
        severity: 'skip',
        code: 'csv-duplicate-email',
        field: 'email',
        column: 1,
        params: { firstRow: 2 },
      },
    ]);

    // The first one gets another address: the second becomes the first, the third points at it.
    expect(plan.edit(0, 1, 'outra@x.com.br')).to.deep.equal([0, 1, 2]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:create', '4:skip']);
    expect(plan.view(2).issues[0]!.params).to.deep.equal({ firstRow: 3 });

    // The third one gets an address of its own.
    expect(plan.edit(2, 1, 'terceira@x.com.br')).to.deep.equal([1, 2]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:create', '4:create']);

    // An earlier row taking an address makes the later holder its duplicate.
    plan.edit(0, 1, 'terceira@x.com.br');
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:create', '4:skip']);
    expect(plan.view(2).issues[0]!.params).to.deep.equal({ firstRow: 2 });
  });

  it('finds the same CPF written with and without its mask', () => {
    const plan = planOf([line(0, { CPF: '052.601.815-14' }), line(1, { CPF: '05260181514' })]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip']);
    expect(plan.view(1).issues.map(issueKey)).to.deep.equal(['document.number:csv-duplicate-cpf']);
  });

  it('leaves invalid rows out of duplicate checks until they are fixed', () => {
    const plan = planOf([line(0, { DDD: '20' }), line(1, { 'E-mail': 'pessoa0@x.com.br' })]);
    expect(outcomes(plan)).to.deep.equal(['2:error', '3:create']);
    plan.edit(0, 3, '21');
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip']);
  });

  it('finds again from its text what a row refused by the validators alone was refused with', () => {
    const rows = [
      line(0, { DDD: '20' }),
      line(1, { Nome: 'A', 'E-mail': 'pessoa1@' }),
      line(2, { Nome: 'Pessoa "Dois"; da Silva', DDD: '20' }),
      // A warning beside the error: kept as they are.
      line(3, { Cargo: '=Analista', DDD: '20' }),
      // An error offering a fix: counted by the kind of fix, the fix found again when taken.
      line(4, { CPF: '189555920' }),
    ];
    const plan = planOf(rows);
    const reader = new RowReader(mapping);
    rows.forEach((cells, index) => {
      expect(plan.view(index).issues, `row ${index}`).to.deep.equal(reader.check(cells).issues);
    });
    expect(plan.view(1).issues.map(issueKey)).to.deep.equal([
      'name:too-short',
      'email:email-format',
    ]);
    expect(plan.summary).to.include({ rows: 5, error: 5, withWarnings: 1 });
    expect(plan.summary.suggestions.map((group) => group.count)).to.deep.equal([1]);
    expect(plan.query({ code: 'phone-ddd' }).total).to.equal(3);
    expect(plan.query({ outcome: 'warning' }).rows.map((row) => row.index)).to.deep.equal([3]);

    // Edited to another error, then fixed: the row's outcome and issues follow, and stay when
    // the plan works its outcome out again (leaving it out and putting it back).
    plan.edit(0, 3, '00');
    expect(plan.view(0).issues.map(issueKey)).to.deep.equal(['phone.area:phone-ddd']);
    plan.edit(0, 3, '21');
    plan.drop(0);
    plan.drop(0, false);
    expect(plan.view(0)).to.include({ outcome: 'create' });
    expect(plan.view(0).issues).to.deep.equal([]);
    plan.edit(3, 3, '21');
    expect(plan.view(3).outcome).to.equal('create');
    expect(plan.view(3).issues.map(issueKey)).to.deep.equal(['jobTitle:csv-formula-like']);
    expect(plan.applySuggestion('document.number', 'cpf-leading-zeros')).to.deep.equal([4]);
    expect(plan.view(4)).to.include({ outcome: 'create' });
    expect(plan.view(4).cells[2]).to.equal('00189555920');
    expect(plan.summary.suggestions).to.deep.equal([]);
  });

  it('fixes a row in place: padded when short, checked again, its parse flags dropped', () => {
    const plan = planOf([line(0).slice(0, 5)]);
    expect(plan.view(0).issues.map(issueKey)).to.deep.equal([':csv-too-few-fields']);
    const [changed] = plan.edit(0, 5, 'Gerente').map((index) => plan.view(index));
    expect(changed!.outcome).to.equal('create');
    expect(changed!.cells).to.deep.equal(line(0, { Cargo: 'Gerente' }));

    const long = planOf([[...line(0), 'sobra']]);
    expect(long.view(0).outcome).to.equal('error');
    long.edit(0, 7, '');
    expect(long.view(0)).to.include({ outcome: 'create' });
    expect(long.view(0).cells).to.deep.equal(line(0));
    expect(() => long.edit(0, 9, 'x')).to.throw(RangeError);
    expect(() => long.edit(5, 0, 'x')).to.throw(RangeError);
    expect(() => long.view(-1)).to.throw(RangeError);
  });

  it('applies a suggestion to every row like it, and only with consent', () => {
    const plan = planOf([
      line(0, { CPF: '5260181514' }),
      line(1, { CPF: '1860913970' }),
      line(2, { CPF: '189555920' }),
      line(3, { CPF: '5260181515' }),
    ]);
    expect(plan.summary.suggestions).to.deep.equal([
      { field: 'document.number', code: 'cpf-leading-zeros', column: 2, count: 3 },
    ]);
    expect(plan.summary.create).to.equal(0);
    expect(plan.applySuggestion('document.number', 'cpf-leading-zeros')).to.deep.equal([0, 1, 2]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:create', '4:create', '5:error']);
    expect(plan.view(2).cells[2]).to.equal('00189555920');
    expect(plan.summary.suggestions).to.deep.equal([]);
  });

  it('filters rows by outcome, warning and issue, paged', () => {
    const plan = planOf([
      line(0),
      line(1, { DDD: '20' }),
      line(2, { Nome: '=1+1' }),
      line(3, { DDD: '20', 'E-mail': 'x@' }),
      line(4, { 'E-mail': 'pessoa0@x.com.br' }),
    ]);
    const rows = (page: { rows: PlanRowView[] }) => page.rows.map((row) => row.row);
    expect(plan.query({ outcome: 'error' })).to.include({ total: 2 });
    expect(rows(plan.query({ outcome: 'error' }))).to.deep.equal([3, 5]);
    expect(rows(plan.query({ outcome: 'create' }))).to.deep.equal([2, 4]);
    expect(rows(plan.query({ outcome: 'skip' }))).to.deep.equal([6]);
    expect(rows(plan.query({ outcome: 'warning' }))).to.deep.equal([4]);
    expect(rows(plan.query({ code: 'phone-ddd' }))).to.deep.equal([3, 5]);
    expect(rows(plan.query({ code: 'required', field: 'email' }))).to.deep.equal([]);
    expect(rows(plan.query({ code: 'csv-duplicate-email' }))).to.deep.equal([6]);
    const page = plan.query({ offset: 1, limit: 2 });
    expect(page.total).to.equal(5);
    expect(rows(page)).to.deep.equal([3, 4]);
    expect(plan.summary).to.include({ rows: 5, create: 2, skip: 1, error: 2, withWarnings: 1 });
  });

  it('looks up existing contacts in batches and follows the skip-or-update choice', async () => {
    const existing: ExistingContact[] = [
      { id: 'c-1', email: 'Pessoa1@X.com.br', version: 4 },
      { id: 'c-2', email: 'alguem@x.com.br', cpf: '046.281.948-58', version: 1 },
      { id: 'c-3', email: 'pessoa3@x.com.br', cpf: '09093786571', version: 2 },
    ];
    const lookup = lookupOver(existing);
    const plan = planOf([0, 1, 2, 3, 4].map((i) => line(i, i === 1 ? { Perfil: 'gestor' } : {})));
    expect(plan.summary.checkedExisting).to.equal(false);
    await plan.lookupExisting(lookup, { batchSize: 2 });
    expect(lookup.queries.map((query) => query.emails.length)).to.deep.equal([2, 2, 1]);
    expect(lookup.queries[0]).to.deep.equal({
      emails: ['pessoa0@x.com.br', 'pessoa1@x.com.br'],
      cpfs: ['05260181514', '01860913970'],
    });
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip', '4:error', '5:skip', '6:create']);
    expect(plan.view(1).issues).to.deep.equal([
      {
        severity: 'skip',
        code: 'csv-exists',
        field: 'email',
        column: 1,
        params: { contactId: 'c-1' },
      },
    ]);
    expect(plan.view(2).issues.map(issueKey)).to.deep.equal(['document.number:csv-cpf-taken']);
    expect(plan.summary).to.include({ checkedExisting: true, existing: 'skip' });

    plan.setExistingPolicy('update');
    expect(outcomes(plan)).to.deep.equal([
      '2:create',
      '3:update',
      '4:error',
      '5:update',
      '6:create',
    ]);
    expect(plan.view(1)).to.include({ outcome: 'update' });
    expect(plan.view(1).existing).to.deep.equal({ id: 'c-1', version: 4 });

    const { writes, next } = plan.writes(0, 3);
    expect(next).to.equal(4);
    expect(writes.map((write) => `${write.row}:${write.kind}`)).to.deep.equal([
      '2:create',
      '3:update',
      '5:update',
    ]);
    const update = writes[1]!;
    expect(update.kind).to.equal('update');
    expect(update.existing).to.deep.equal({ id: 'c-1', version: 4 });
    // The adapter finds the contact by its e-mail and updates its profile only.
    expect(update.input.email).to.equal(plan.view(1).cells[1]);
    expect(update.input.role).to.equal('gestor');
    const rest = plan.writes(next!, 10);
    expect(rest.next).to.equal(null);
    expect(rest.writes.map((write) => `${write.row}:${write.kind}`)).to.deep.equal(['6:create']);

    // A fixed row is looked up again, alone.
    plan.edit(4, 1, 'pessoa3@x.com.br');
    expect(plan.view(4).outcome).to.equal('skip'); // a duplicate of row 5 in the file
    plan.edit(4, 1, 'alguem2@x.com.br');
    const before = lookup.queries.length;
    await plan.lookupExisting(lookup);
    expect(lookup.queries.slice(before)).to.deep.equal([
      { emails: ['alguem2@x.com.br'], cpfs: ['00189555920'] },
    ]);
  });

  it('leaves a row out and puts it back: a skip that frees its e-mail for duplicates', () => {
    const plan = planOf([line(0), line(1, { 'E-mail': 'pessoa0@x.com.br' }), line(2).slice(0, 4)]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip', '4:error']);
    expect(plan.drop(0)).to.deep.equal([0, 1]);
    expect(outcomes(plan)).to.deep.equal(['2:skip', '3:create', '4:error']);
    expect(plan.view(0).issues).to.deep.equal([
      { severity: 'skip', code: 'csv-dropped', field: '' },
    ]);
    expect(plan.writes(0, 10).writes.map((write) => write.row)).to.deep.equal([3]);
    // The ragged row: left out, then fixed in place instead (editing puts it back).
    plan.drop(2);
    expect(plan.summary).to.include({ rows: 3, create: 1, skip: 2, error: 0 });
    plan.edit(2, 4, '987650002');
    expect(plan.view(2).outcome).to.equal('error'); // still no job title
    plan.edit(2, 5, 'Analista');
    expect(plan.view(2)).to.include({ outcome: 'create' });
    // Put back, row 2 is first again and row 3 its duplicate.
    expect(plan.drop(0, false)).to.deep.equal([0, 1]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip', '4:create']);
    expect(plan.summary).to.include({ rows: 3, create: 2, skip: 1, error: 0 });
    expect(() => plan.drop(3)).to.throw(RangeError);
  });

  it('looks up again only the rows a change elsewhere concerns', async () => {
    const existing: ExistingContact[] = [{ id: 'c-1', email: 'pessoa1@x.com.br', version: 1 }];
    const lookup = lookupOver(existing);
    const plan = planOf([0, 1, 2, 3].map((i) => line(i)));
    await plan.lookupExisting(lookup);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:skip', '4:create', '5:create']);
    // Created elsewhere with row 4's CPF (and another e-mail); c-1 removed.
    existing.push({ id: 'c-2', email: 'outra@x.com.br', cpf: cpfs[2]!, version: 1 });
    existing.shift();
    expect(
      plan.forgetExisting({ ids: ['c-1', 'c-2'], emails: ['Outra@X.com.br'], cpfs: [cpfs[2]!] }),
    ).to.equal(2);
    const before = lookup.queries.length;
    await plan.lookupExisting(lookup);
    expect(lookup.queries.slice(before)).to.deep.equal([
      { emails: ['pessoa1@x.com.br', 'pessoa2@x.com.br'], cpfs: [cpfs[1]!, cpfs[2]!] },
    ]);
    expect(outcomes(plan)).to.deep.equal(['2:create', '3:create', '4:error', '5:create']);
    expect(plan.view(2).issues.map(issueKey)).to.deep.equal(['document.number:csv-cpf-taken']);
    // Not knowing what changed: every row is looked up again.
    expect(plan.forgetExisting({ all: true })).to.equal(4);
  });

  it('says a trailing empty field on most lines once for the file, and warns only the rows that differ', () => {
    // Rows 2–5 end with one empty field the header lacks; row 6 with two; row 7 has the header's width.
    const plan = planOf([
      [...line(0), ''],
      [...line(1), ''],
      [...line(2), ' '],
      [...line(3), ''],
      [...line(4), '', ''],
      line(5),
    ]);
    expect(plan.summary.withWarnings, 'before the file is settled').to.equal(5);
    expect(plan.settleShape()).to.deep.equal({
      severity: 'info',
      code: 'csv-trailing-empty-fields',
      params: { count: 1 },
    });
    expect(plan.summary).to.include({ rows: 6, create: 6, withWarnings: 1 });
    const warned = plan.query({ outcome: 'warning' }).rows;
    expect(warned.map((row) => [row.row, row.issues])).to.deep.equal([
      [
        6,
        [
          {
            severity: 'warning',
            code: 'csv-extra-empty-fields',
            field: '',
            params: { expected: 7, found: 9 },
          },
        ],
      ],
    ]);
    expect(plan.view(0).cells).to.deep.equal(line(0));
    expect(plan.settleShape(), 'the same note when asked again').to.include({
      code: 'csv-trailing-empty-fields',
    });
  });

  it('keeps every row’s warning when no width is on more than half the rows', () => {
    const plan = planOf([[...line(0), ''], [...line(1), ''], line(2), line(3)]);
    expect(plan.settleShape()).to.equal(undefined);
    expect(plan.summary.withWarnings).to.equal(2);
    expect(plan.view(0).issues.map(issueKey)).to.deep.equal([':csv-extra-empty-fields']);
  });

  it('accounts for every record exactly once, whatever the file holds (property)', () => {
    const cell = fc.constantFrom(
      '',
      ' ',
      'Ana',
      'x@y.com.br',
      '52998224725',
      '20',
      '11',
      '987654321',
      'A',
    );
    const record = fc.oneof(
      fc.array(cell, { minLength: 0, maxLength: 9 }),
      fc.nat({ max: 11 }).map((i) => line(i)),
      fc.nat({ max: 11 }).map((i) => line(i % 3)),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 40 }), (records) => {
        const plan = new ImportPlan(header, mapping);
        let blank = 0;
        records.forEach((cells, i) => {
          const added = plan.add(cells, i + 2, i + 2);
          if (!added) blank++;
          expect(added).to.equal(cells.some((value) => value.trim() !== ''));
        });
        const summary = plan.summary;
        expect(summary.rows + summary.blank).to.equal(records.length);
        expect(summary.blank).to.equal(blank);
        expect(summary.create + summary.update + summary.skip + summary.error).to.equal(
          summary.rows,
        );
        const page = plan.query({ limit: 1000 });
        const rows = page.rows.map((row) => row.row);
        expect(new Set(rows).size).to.equal(rows.length);
        for (const outcome of ['create', 'update', 'skip', 'error'] as const) {
          expect(plan.query({ outcome, limit: 1000 }).total).to.equal(summary[outcome]);
        }
        for (const row of page.rows) {
          const blocking = row.issues.filter((issue) => issue.severity !== 'warning');
          if (row.outcome === 'create') expect(blocking).to.deep.equal([]);
          else expect(blocking.length, `row ${row.row} ${row.outcome}`).to.be.above(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('ImportSession', () => {
  const text = [
    'sep=;',
    header.join(';'),
    line(0).join(';'),
    '',
    line(1, { CPF: '1860913970' }).join(';'),
    line(2, { 'E-mail': 'pessoa0@x.com.br' }).join(';'),
  ].join('\r\n');

  it('plans a file, and writes the result file in the words it is given', async () => {
    const session = new ImportSession();
    const preview = await session.open(new Blob([text]));
    expect(preview.sample.length).to.equal(3);
    const result = await session.run();
    expect(result.summary).to.include({ rows: 3, create: 1, skip: 1, error: 1, blank: 1 });
    const csv = session.resultCsv(
      {
        result: 'Resultado',
        details: 'Detalhes',
        'not-sent': 'Não importado',
        skipped: 'Ignorado',
        created: 'Sucesso!',
        'field.document.number': 'CPF',
        'cpf-leading-zeros': 'Zeros perdidos; você quis dizer {suggestion}?',
        'csv-duplicate-email': 'Repetido (linha {firstRow})',
      },
      [{ index: 0, status: 'created' }],
    );
    const parsed: string[][] = [];
    const parser = new CsvParser(
      { delimiter: ';' },
      { record: (fields) => parsed.push(fields), blank() {} },
    );
    parser.push(csv.slice(1));
    parser.end();
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(parsed[0]).to.deep.equal([...header, 'Resultado', 'Detalhes']);
    expect(parsed[1]!.slice(-2)).to.deep.equal(['Sucesso!', '']);
    // A planned error was never sent: the screen's word for it, not the review's "Erro".
    expect(parsed[2]!.slice(-2)).to.deep.equal([
      'Não importado',
      'CPF: Zeros perdidos; você quis dizer 01860913970?',
    ]);
    expect(parsed[3]!.slice(-2)).to.deep.equal(['Ignorado', 'field.email: Repetido (linha 2)']);
  });

  it('words the ids and codes an issue carries as params: a role, a list of roles, a reason', async () => {
    const session = new ImportSession();
    const file = [
      'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil',
      'Ana Lima;ana@x.com.br;52998224725;11;912345678;Analista;Chefe',
      'Rui Lima;rui@x.com.br;11144477735;11;912345679;Analista;Gestor',
    ].join('\r\n');
    await session.open(new Blob([file]));
    await session.run({
      roles: [
        { id: 'boss', names: ['Chefe'] },
        { id: 'lead', names: ['Gestor'] },
        { id: 'manager', names: ['Gestor'] },
      ],
      refusedRoles: [{ role: 'boss', code: 'grant-not-held', missing: 'grant' }],
    });
    const csv = session.resultCsv({
      'csv-role-refused': 'Não pode dar “{role}”. {reason}',
      'csv-role-ambiguous': '“{value}” pode ser {roles}.',
      'param.role.boss': 'Chefia',
      'param.roles.lead': '«Liderança»',
      'param.roles.manager': '«Gerência»',
      'param.reason.grant-not-held': 'Você não tem “{missing}”.',
      'param.missing.grant': 'Conceder permissões',
    });
    const details = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';').at(-1));
    expect(details).to.deep.equal([
      'field.role: Não pode dar “Chefia”. Você não tem “Conceder permissões”.',
      'field.role: “Gestor” pode ser «Liderança», «Gerência».',
    ]);
  });

  it("writes a row's details as sentences one after the other, other texts apart with “; ”", async () => {
    const session = new ImportSession();
    const file = ['Nome;E-mail;CPF;DDD;Telefone;Cargo', 'A;nope;123;11;1;'].join('\r\n');
    await session.open(new Blob([file]));
    await session.run();
    const details = (labels: Record<string, string>) =>
      session.resultCsv(labels).trim().split('\r\n')[1]!.split(';').slice(-1)[0];
    const sentences = {
      'too-short': 'Curto demais.',
      'email-format': 'E-mail inválido.',
      'cpf-length': 'CPF curto.',
      'phone-brazil-number': 'Número inválido.',
      required: 'Obrigatório.',
    };
    expect(details(sentences)).to.equal(
      'field.name: Curto demais. field.email: E-mail inválido. field.document.number: CPF curto. ' +
        'field.phone.number: Número inválido. field.jobTitle: Obrigatório.',
    );
  });

  it('writes only the rows not written when asked: planned errors and the adapter’s refusals', async () => {
    const session = new ImportSession();
    await session.open(new Blob([text]));
    await session.run();
    const read = (csv: string) => {
      const parsed: string[][] = [];
      const parser = new CsvParser(
        { delimiter: ';' },
        { record: (fields) => parsed.push(fields), blank() {} },
      );
      parser.push(csv.slice(1));
      parser.end();
      return parsed;
    };
    const labels = {
      result: 'Resultado',
      details: 'Detalhes',
      'not-sent': 'Não enviado',
      failed: 'Falhou',
    };
    // Row 0 created, row 1 a planned error (never sent), row 2 skipped as a duplicate.
    const planned = read(
      session.resultCsv(labels, [{ index: 0, status: 'created' }], { failedOnly: true }),
    );
    expect(planned.length).to.equal(2);
    expect(planned[0]).to.deep.equal([...header, 'Resultado', 'Detalhes']);
    expect(planned[1]![header.indexOf('CPF')]).to.equal('1860913970');
    expect(planned[1]!.at(-2)).to.equal('Não enviado');
    // Row 0 refused by the adapter: it joins the file, with the adapter's code first in its details.
    const refused = read(
      session.resultCsv(
        labels,
        [{ index: 0, status: 'failed', code: 'email-taken', field: 'email' }],
        {
          failedOnly: true,
        },
      ),
    );
    expect(refused.map((row) => row.at(-2))).to.deep.equal(['Resultado', 'Falhou', 'Não enviado']);
    expect(refused[1]!.at(-1)).to.equal('field.email: email-taken');
  });

  it('says of a row to create that was never sent “not written” when the import was cancelled', async () => {
    const session = new ImportSession();
    await session.open(new Blob([text]));
    await session.run();
    const labels = {
      'not-sent': 'Não importado',
      'not-written': 'Não gravado',
      skipped: 'Ignorado',
    };
    const words = (cancelled: boolean) =>
      session
        .resultCsv(labels, [], { cancelled })
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.split(';').at(-2));
    // Row 0 to create, row 1 a planned error, row 2 a duplicate left out.
    expect(words(true)).to.deep.equal(['Não gravado', 'Não importado', 'Ignorado']);
    expect(words(false)).to.deep.equal(['Não importado', 'Não importado', 'Ignorado']);
  });

  it('notes a trailing empty field at the mapping step (the preview) and at review, once each', async () => {
    const file = [header.join(';'), ...[0, 1, 2].map((i) => `${line(i).join(';')};`)].join('\r\n');
    const session = new ImportSession();
    const preview = await session.open(new Blob([file]));
    const result = await session.run();
    for (const view of [preview, result]) {
      expect(view.fileIssues).to.deep.equal([
        { severity: 'info', code: 'csv-trailing-empty-fields', params: { count: 1 } },
      ]);
    }
    expect(result.summary).to.include({ create: 3, withWarnings: 0 });
  });

  it('refuses to hand out writes while the import is blocked, and plans nothing before run()', async () => {
    const session = new ImportSession();
    await session.open(new Blob(['Nome;E-mail\r\nAna;ana@x.com.br\r\n']));
    expect(() => session.rows()).to.throw(/run\(\) first/);
    const result = await session.run();
    expect(result.blocked).to.equal(true);
    expect(() => session.writes(0, 10)).to.throw(/blocked/);
  });
});
