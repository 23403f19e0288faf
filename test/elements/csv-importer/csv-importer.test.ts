import { expect, fixture, html } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import type { ImportResult, PortalAdapter } from '../../../src/core/adapter/types.js';
import type { CsvImportClient } from '../../../src/core/csv/client.js';
import { parseRecord } from '../../../src/core/csv/parser.js';
import { CsvImporter } from '../../../src/elements/csv-importer/csv-importer.js';
import { wrapAdapter } from '../../helpers/adapters.js';
import { $, $$, button, settle, until } from '../../helpers/dom.js';
import { world, type World } from '../../helpers/world.js';

if (!customElements.get('csv-importer')) customElements.define('csv-importer', CsvImporter);

/** A fixture of the corpus, byte for byte, as the file a person chooses. */
async function fixtureFile(name: string, type = 'text/csv'): Promise<File> {
  const response = await fetch(`/test/fixtures/csv/${name}`);
  return new File([await response.arrayBuffer()], name, { type });
}

async function mount(adapter: PortalAdapter, lang = 'pt-BR'): Promise<CsvImporter> {
  const el = await fixture<CsvImporter>(
    html`<csv-importer .adapter=${adapter} lang=${lang}></csv-importer>`,
  );
  await until(el, () => $(el, 'h2'));
  return el;
}

function fileInput(el: CsvImporter): HTMLInputElement {
  return $<HTMLInputElement>(el, 'input[type="file"]')!;
}

/** Chooses `file` through the file button, as a person does. */
async function choose(el: CsvImporter, file: File): Promise<void> {
  const input = fileInput(el);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(el, () => el.importer.step !== 'file' || el.importer.notice);
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function checkRows(el: CsvImporter): Promise<void> {
  button(el, /Verificar as linhas|Check the rows/).click();
  await until(el, () => el.importer.step === 'review' && !el.importer.busy);
}

/** A valid CPF from nine digits (its two check digits computed). */
function cpf(base: number): string {
  const digits = String(100_000_000 + base)
    .slice(-9)
    .split('')
    .map(Number);
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((acc, d, i) => acc + d * (length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    digits.push(rest === 10 ? 0 : rest);
  }
  return digits.join('');
}

/** A pt-BR file of `count` valid new contacts. */
function contactsFile(count: number): File {
  const lines = ['Nome;E-mail;CPF;DDD;Telefone;Cargo'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `Pessoa ${i};pessoa${i}@importada.com.br;${cpf(123_000 + i)};11;9${String(10_000_000 + i).slice(-8)};Analista`,
    );
  }
  return new File([lines.join('\r\n')], 'pessoas.csv', { type: 'text/csv' });
}

/** Each row of the result table as a person reads it: its result, and its details. */
function shownResults(el: CsvImporter): { result: string; details: string[] }[] {
  return $$(el, 'table[part="results"] tbody tr').map((tr) => ({
    result: text(tr.querySelector('.outcome')),
    details: [...tr.querySelectorAll('.problems li')].map(text),
  }));
}

/** The cells of each data line of the downloaded result file (every row's result). */
async function resultFileRows(el: CsvImporter): Promise<string[][]> {
  const csv = await el.resultFile(false);
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);
  return lines.map((line) => parseRecord(line, ';'));
}

describe('<csv-importer>', () => {
  let w: World;
  beforeEach(() => {
    w = world();
  });

  it('reads an Excel pt-BR file (Windows-1252, sep=;), shows how, and maps its columns', async () => {
    const el = await mount(w.as('generalAdmin'));
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    expect(el.importer.step).to.equal('mapping');
    const encoding = $<HTMLSelectElement>(el, 'select[part="encoding"]')!;
    const delimiter = $<HTMLSelectElement>(el, 'select[part="delimiter"]')!;
    expect(encoding.value).to.equal('windows-1252');
    expect(delimiter.value).to.equal(';');
    const notes = $$(el, '[part="issue"]').map(text);
    expect(notes.some((note) => note.includes('sep=;'))).to.equal(true);
    expect(notes.some((note) => note.includes('não é UTF-8'))).to.equal(true);
    // Accents decoded, not mojibake; the CPF keeps its text as written.
    const mapping = $(el, 'table[part="mapping"]')!;
    expect(text(mapping)).to.include('Autorizado para utilizar consultoria?');
    expect(text($(el, 'table[part="preview"]'))).to.include('José da Conceição');
    const selects = [...mapping.querySelectorAll('select')];
    expect(selects.map((s) => s.value)).to.deep.equal([
      'name',
      'email',
      'document.number',
      'phone.area',
      'phone.number',
      'jobTitle',
      'consultingAuthorized',
    ]);
  });

  it('says once that every line ends with an empty field, and warns only the line that differs', async () => {
    const el = await mount(w.as('generalAdmin'));
    await choose(el, await fixtureFile('excel-trailing-semicolon-1252.csv'));
    const note =
      'As linhas do arquivo terminam com um campo vazio depois da última coluna; ele foi ignorado.';
    const notes = () => $$(el, '[part="issue"]').map(text);
    expect(
      notes().filter((n) => n === note),
      'at the mapping step',
    ).to.have.length(1);
    await checkRows(el);
    expect(
      notes().filter((n) => n === note),
      'at review',
    ).to.have.length(1);
    const perRow = 'Campos vazios no fim da linha foram ignorados.';
    const warned = $$(el, 'table[part="rows"] tbody tr')
      .filter((tr) => text(tr).includes(perRow))
      .map((tr) => text(tr.querySelector('th')));
    expect(warned).to.deep.equal(['4']);
    await expect(el).to.be.accessible();
  });

  it('gives each row the same result and details in the result file as on screen', async () => {
    const el = await mount(w.as('generalAdmin'));
    await choose(el, await fixtureFile('excel-trailing-semicolon-1252.csv'));
    await checkRows(el);
    button(el, 'Importar 3 contatos').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 5);
    const onScreen = shownResults(el);
    const inFile = (await resultFileRows(el)).map((cells) => cells.slice(-2));
    expect(inFile.map(([result]) => result)).to.deep.equal(onScreen.map((row) => row.result));
    // Row 4 was written: its warning (two empty fields at the end) is said on neither.
    expect(onScreen[2]).to.deep.equal({ result: 'Sucesso!', details: [] });
    inFile.forEach(([, details], i) => {
      expect(details, `row ${i + 2}`).to.equal(onScreen[i]!.details.join(' '));
    });
  });

  it('lets the person override the encoding, and reads the file again', async () => {
    const el = await mount(w.as('generalAdmin'));
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    const encoding = $<HTMLSelectElement>(el, 'select[part="encoding"]')!;
    encoding.value = 'utf-8';
    encoding.dispatchEvent(new Event('change'));
    await until(el, () => el.importer.preview?.encoding.encoding === 'utf-8' && !el.importer.busy);
    expect($<HTMLSelectElement>(el, 'select[part="encoding"]')!.value).to.equal('utf-8');
    // Read as UTF-8 the Windows-1252 accents are not valid: said, not hidden.
    expect($$(el, '[part="issue"]').map(text).join(' ')).to.include('substituídos');
  });

  it('reviews every row naming row and field, fixes stripped CPFs for all rows, imports, shows “Sucesso!”', async () => {
    const admin = w.as('generalAdmin');
    const el = await mount(admin);
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    await checkRows(el);
    expect(el.importer.summary).to.include({ rows: 4, create: 2, error: 2 });
    const rows = $(el, 'table[part="rows"]')!;
    expect(text(rows)).to.include('Número do documento (CPF)');
    expect(text(rows)).to.include('05260181514');
    const suggestion = $(el, '[part="suggestion"]')!;
    expect(text(suggestion)).to.include('Número do documento (CPF): 2 linhas');
    button(suggestion, /Aplicar a todas as 2 linhas/).click();
    await until(el, () => el.importer.summary?.create === 4 && !el.importer.busy);

    const requests: unknown[] = [];
    el.addEventListener('portico-import-request', (event) => requests.push(event.detail));
    const done = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('portico-import-done', resolve as EventListener, { once: true }),
    );
    button(el, 'Importar 4 contatos').click();
    const finished = await done;
    expect(requests).to.have.length(1);
    expect(finished.detail).to.include({ created: 4, failed: 0, cancelled: false });
    await until(el, () => el.importer.resultRows.length === 4);
    const results = $$(el, 'table[part="results"] tbody tr').map(text);
    expect(results).to.have.length(4);
    for (const row of results) expect(row).to.include('Sucesso!');
    const found = await admin.contacts.lookup({ cpfs: ['05260181514', '01860913970'] });
    expect(found.map((c) => c.email).sort()).to.deep.equal([
      'jose.conceicao@acme.com.br',
      'sebastiao@acme.com.br',
    ]);
  });

  it('keeps the valid rows when some are bad, and offers the bad ones as a CSV to fix', async () => {
    const admin = w.as('generalAdmin');
    const el = await mount(admin);
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    await checkRows(el);
    button(el, 'Importar 2 contatos').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 4);
    expect(text($(el, '[part="summary"]'))).to.include('2 criados');
    const results = $$(el, 'table[part="results"] tbody tr').map(text);
    expect(results.filter((row) => row.includes('Sucesso!'))).to.have.length(2);
    expect(results.filter((row) => row.includes('Não importado'))).to.have.length(2);
    expect(results.join(' ')).to.include('Você quis dizer');
    expect($(el, 'button[part="download-failed"]')).to.not.equal(null);
    // What the download holds: the two rows not written, as written, with why.
    const csv = await el.resultFile(true);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).to.have.length(3);
    expect(lines[0]).to.include('Resultado;Detalhes');
    expect(lines[1]).to.include('5260181514');
    expect(lines[1]).to.include('Número do documento (CPF): ');
    expect(lines[2]).to.include('1860913970');
  });

  it('words each row’s result in the result file as the screen does (one source of words)', async () => {
    const el = await mount(w.as('generalAdmin'));
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    await checkRows(el);
    button(el, 'Importar 2 contatos').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 4);
    const onScreen = shownResults(el).map((row) => row.result);
    expect([...onScreen].sort()).to.deep.equal([
      'Não importado',
      'Não importado',
      'Sucesso!',
      'Sucesso!',
    ]);
    // The file lists the rows in the order of the screen (file order).
    expect((await resultFileRows(el)).map((cells) => cells.at(-2))).to.deep.equal(onScreen);
  });

  for (const [lang, role, why] of [
    ['pt-BR', 'Administrador Geral', 'Apenas um Administrador Geral pode conceder permissões.'],
    ['en', 'General admin', 'Only a general admin can grant permissions.'],
  ] as const) {
    it(`writes a refused role in the result file in words, never as an id (${lang})`, async () => {
      const el = await mount(w.as('registrationAdmin'), lang);
      const lines = [
        'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil',
        `Ana Lima;ana.lima@importada.com.br;${cpf(7)};11;912345678;Analista;Administrador geral`,
        `Rui Lima;rui.lima@importada.com.br;${cpf(8)};11;912345679;Analista;Usuário do sistema`,
      ];
      await choose(el, new File([lines.join('\r\n')], 'perfis.csv', { type: 'text/csv' }));
      await checkRows(el);
      expect(el.importer.summary).to.include({ create: 1, error: 1 });
      const csv = await el.resultFile(false);
      const [, refused, created] = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(created).to.not.include('role');
      const details = refused!.split(';').at(-1)!;
      expect(details).to.include(`“${role}”`);
      expect(details).to.include(why);
      expect(details).to.not.match(/general-admin|cannot-grant|\{\w+\}/);
    });
  }

  for (const [lang, words] of [
    [
      'pt-BR',
      'Nenhum perfil se chama “Gerente regional”. Os perfis são: “Administrador Geral”, “Administrador de Cadastros”, “Usuário do Sistema”.',
    ],
    [
      'en',
      'No role is called “Gerente regional”. The roles are: “General admin”, “Registration admin”, “System user”.',
    ],
  ] as const) {
    it(`lists the valid role names for an unknown one, on screen and in the result file (${lang})`, async () => {
      const el = await mount(w.as('generalAdmin'), lang);
      const lines = [
        'Nome;E-mail;CPF;DDD;Telefone;Cargo;Perfil',
        `Ana Lima;ana.lima@importada.com.br;${cpf(7)};11;912345678;Analista;Gerente regional`,
      ];
      await choose(el, new File([lines.join('\r\n')], 'perfis.csv', { type: 'text/csv' }));
      await checkRows(el);
      expect(el.importer.summary).to.include({ error: 1 });
      expect(text($(el, 'table[part="rows"] tbody'))).to.include(words);
      const csv = await el.resultFile(false);
      const details = csv
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')[1]!
        .split(';')
        .at(-1)!;
      expect(details).to.include(words);
    });
  }

  it('on a phone-wide page, every problem reads without scrolling the table sideways, at review and at the result', async () => {
    const el = await mount(w.as('generalAdmin'));
    el.style.width = '320px';
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    await checkRows(el);
    const fits = (table: string) => {
      const scroll = $(el, `table[part="${table}"]`)!.closest('.scroll')!.getBoundingClientRect();
      const lists = $$(el, `table[part="${table}"] :is(.problems, [part="drop"])`);
      expect(lists.length, table).to.be.above(0);
      for (const list of lists) {
        expect(list.getBoundingClientRect().right, text(list)).to.be.at.most(scroll.right);
      }
    };
    fits('rows');
    await expect(el).to.be.accessible();
    button(el, 'Importar 2 contatos').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 4);
    fits('results');
    await expect(el).to.be.accessible();
  });

  it('on a phone-wide page, each column’s choice of field is in sight: the mapping never scrolls sideways', async () => {
    const el = await mount(w.as('generalAdmin'));
    el.style.width = '320px';
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    const table = $(el, 'table[part="mapping"]')!;
    const scroll = table.closest('.scroll')!;
    expect(scroll.scrollWidth, 'the mapping scrolls sideways').to.be.at.most(scroll.clientWidth);
    const box = scroll.getBoundingClientRect();
    const selects = $$<HTMLSelectElement>(el, 'table[part="mapping"] select');
    expect(selects).to.have.length(7);
    for (const select of selects) {
      const { left, right } = select.getBoundingClientRect();
      expect(left, select.value).to.be.at.least(box.left);
      expect(right, select.value).to.be.at.most(box.right);
    }
    // Still a table to a screen reader: each select named by its column's row header.
    expect(selects[0]!.getAttribute('aria-labelledby')).to.equal(
      table.querySelector('tbody th[scope="row"]')!.id,
    );
    await expect(el).to.be.accessible();
  });

  it('a file without a column every contact needs says how to go on, and checks nothing', async () => {
    const el = await mount(w.as('generalAdmin'));
    const file = [
      'Nome;E-mail;CPF;Telefone;Perfil',
      `Ana Lima;ana.lima@importada.com.br;${cpf(7)};(11) 91234-5678;Usuário do sistema`,
    ].join('\r\n');
    await choose(el, new File([file], 'sem-cargo.csv', { type: 'text/csv' }));
    expect(el.importer.step).to.equal('mapping');
    const issues = $$(el, '[part="issue"]').map(text).join(' ');
    expect(issues).to.include('Nenhuma coluna está associada a Cargo');
    expect(issues).to.include('acrescente uma coluna Cargo à planilha e escolha o arquivo de novo');
    expect($<HTMLButtonElement>(el, 'button[part="check-button"]')!.disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('fixes a bad cell in place: the row is checked again and counted anew', async () => {
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    await checkRows(el);
    expect(el.importer.summary).to.include({ create: 2, error: 2 });
    const fix = $<HTMLInputElement>(el, 'input[aria-label="Fix Document number (CPF) of row 2"]')!;
    expect(fix.value).to.equal('5260181514');
    fix.value = '05260181514';
    fix.dispatchEvent(new Event('change'));
    await until(el, () => el.importer.summary?.create === 3 && !el.importer.busy);
    expect(el.importer.summary).to.include({ create: 3, error: 1 });
    const row2 = $$(el, 'table[part="rows"] tbody tr').find(
      (tr) => text(tr.querySelector('th')) === '2',
    )!;
    expect(row2.dataset.outcome).to.equal('create');
    expect(text(row2)).to.include('05260181514');
  });

  it('a choice the worker did not take (a failed call) shows what the plan and the preview still say', async () => {
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, await fixtureFile('excel-ptbr-sep-line-1252.csv'));
    const client = (el.importer as unknown as { client: CsvImportClient }).client;
    const lost = () => Promise.reject(new Error('The worker stopped'));
    // Mapping: a column's field, the encoding and the delimiter.
    client.preview = lost;
    const field = $<HTMLSelectElement>(el, 'table[part="mapping"] tbody select')!;
    const encoding = $<HTMLSelectElement>(el, 'select[part="encoding"]')!;
    const delimiter = $<HTMLSelectElement>(el, 'select[part="delimiter"]')!;
    const shown = [field.value, encoding.value, delimiter.value];
    expect(shown).to.deep.equal(['name', 'windows-1252', ';']);
    for (const [select, other] of [
      [field, ''],
      [encoding, 'utf-8'],
      [delimiter, ','],
    ] as const) {
      select.value = other;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(el, () => el.importer.notice?.code === 'failed' && !el.importer.busy);
      await el.updateComplete;
    }
    expect([field.value, encoding.value, delimiter.value]).to.deep.equal(shown);
    expect(el.importer.preview!.mapping[0]).to.equal('name');
    // Review: updating existing contacts. (Without its own `preview`, the client is itself again.)
    delete (client as { preview?: unknown }).preview;
    await el.importer.setDelimiter(';');
    // The failed choices were not kept either: the file is read as before.
    expect(el.importer.preview!.encoding.encoding).to.equal('windows-1252');
    expect(el.importer.preview!.mapping[0]).to.equal('name');
    await checkRows(el);
    client.setExistingPolicy = lost;
    const radios = $$<HTMLInputElement>(el, '[part="existing"] input[type="radio"]');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([true, false]);
    radios[1]!.click();
    await until(el, () => el.importer.notice?.code === 'failed' && !el.importer.busy);
    await el.updateComplete;
    expect(el.importer.summary!.existing).to.equal('skip');
    expect(radios.map((radio) => radio.checked)).to.deep.equal([true, false]);
  });

  it('reads a UTF-8 file with a BOM: the BOM is not glued to the first header', async () => {
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, await fixtureFile('excel-csv-utf8-bom.csv'));
    expect($<HTMLSelectElement>(el, 'select[part="encoding"]')!.value).to.equal('utf-8');
    expect(text($(el, 'select[part="encoding"] + .hint'))).to.include('byte-order mark');
    expect(el.importer.preview?.headers[0]).to.equal('Nome');
    expect(el.importer.preview?.mapping[0]).to.equal('name');
  });

  it('a host that prevents portico-import-request stops the import before anything is written', async () => {
    const admin = w.as('generalAdmin');
    const calls: string[] = [];
    const spy = wrapAdapter(admin, (path, _args, call) => {
      calls.push(path);
      return call();
    });
    const el = await mount(spy);
    el.addEventListener('portico-import-request', (event) => event.preventDefault());
    await choose(el, await fixtureFile('excel-csv-utf8-bom.csv'));
    await checkRows(el);
    button(el, /Importar 2 contatos/).click();
    await settle(el);
    expect(calls).to.not.include('contacts.import');
    expect(el.importer.step).to.equal('review');
    expect(text($(el, '[role="alert"]'))).to.include('nada foi gravado');
  });

  it('a spreadsheet gets “save it as CSV”, and nothing is read', async () => {
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, new File(['PK'], 'contatos.xlsx', { type: 'application/vnd.ms-excel' }));
    expect(el.importer.step).to.equal('file');
    expect(text($(el, '[role="alert"]'))).to.include('Save it as CSV');
  });

  it('a system user sees why importing is refused, every control disabled (the backend refuses too)', async () => {
    const user = w.as('systemUser');
    const el = await mount(user, 'en');
    expect(fileInput(el).disabled).to.equal(true);
    expect($(el, '[part="drop-zone"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, '#refusal'))).to.match(/^You cannot import contacts\. \S/);
    // The same rule on the backend: the adapter refuses the batch.
    const contact = {
      name: 'Ana Lima',
      email: 'ana.lima@acme.com.br',
      country: 'BR',
      document: { type: 'cpf' as const, number: '19960308251' },
      phone: { countryCode: '55', area: '41', number: '912345678' },
      jobTitle: 'Analista',
    };
    let refused: unknown;
    try {
      await user.contacts.import([{ contact }]);
    } catch (error) {
      refused = error;
    }
    expect((refused as { kind?: string } | undefined)?.kind).to.equal('forbidden');
  });

  it('a row the backend refuses for several fields lists every one, in the result file as on screen', async () => {
    const admin = w.as('generalAdmin');
    const refusing = wrapAdapter(admin, async (path, args, call) => {
      const answer = (await call()) as ImportResult;
      if (path !== 'contacts.import' || (args[1] as { dryRun?: boolean } | undefined)?.dryRun)
        return answer;
      // The backend knows something the file's checks could not: two fields of the first row.
      const results = [...answer.results];
      results[0] = {
        status: 'error',
        error: {
          kind: 'validation',
          code: 'validation',
          fields: [
            { field: 'email', code: 'email-taken' },
            { field: 'document.number', code: 'document-taken' },
          ],
        },
      };
      return { ...answer, results };
    });
    const el = await mount(refusing);
    await choose(el, contactsFile(2));
    await checkRows(el);
    button(el, 'Importar 2 contatos').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 2);
    const shown = shownResults(el)[0]!;
    expect(shown.result).to.equal('Não importado');
    expect(shown.details).to.have.length(2);
    const details = (await resultFileRows(el))[0]!.at(-1)!;
    for (const said of shown.details) expect(details).to.include(said);
  });

  it('a batch whose answer was lost is sent again with the same key: nothing is written twice', async () => {
    const admin = w.as('generalAdmin');
    let calls = 0;
    const keys: unknown[] = [];
    const flaky = wrapAdapter(admin, async (path, args, call) => {
      if (path !== 'contacts.import') return call();
      calls++;
      keys.push((args[1] as { idempotencyKey?: string }).idempotencyKey);
      const answer = await call();
      // The first answer never arrives: the batch was written, the page does not know.
      if (calls === 1) throw new AdapterError('network', 'The connection dropped');
      return answer;
    });
    const el = await mount(flaky, 'en');
    await choose(el, contactsFile(3));
    await checkRows(el);
    button(el, 'Import 3 contacts').click();
    await until(el, () => el.importer.notice?.code === 'import-failed');
    expect(text($(el, '[role="alert"]'))).to.include('The import stopped');
    button(el, 'Try again').click();
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length === 3);
    expect(calls).to.equal(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
    const found = await admin.contacts.lookup({
      emails: ['pessoa0@importada.com.br', 'pessoa1@importada.com.br', 'pessoa2@importada.com.br'],
    });
    expect(found).to.have.length(3);
    const all = await admin.contacts.list({ search: 'importada.com.br', limit: 50 });
    expect(all.total).to.equal(3);
  });

  it('cancel stops after the batch on its way, and says exactly what was written', async () => {
    const admin = w.as('generalAdmin');
    const mounted: { el?: CsvImporter } = {};
    const cancelling = wrapAdapter(admin, async (path, _args, call) => {
      const answer = await call();
      if (path === 'contacts.import') button(mounted.el!, 'Cancel').click();
      return answer;
    });
    const el = (mounted.el = await mount(cancelling, 'en'));
    await choose(el, contactsFile(620));
    await checkRows(el);
    expect(el.importer.summary).to.include({ create: 620 });
    const done = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('portico-import-done', resolve as EventListener, { once: true }),
    );
    button(el, 'Import 620 contacts').click();
    const finished = await done;
    expect(finished.detail).to.include({ created: 500, cancelled: true });
    await until(el, () => el.importer.step === 'done' && el.importer.resultRows.length > 0);
    expect(text($(el, '[role="alert"]'))).to.include('500 contacts were written');
    const all = await admin.contacts.list({ search: 'importada.com.br', limit: 1 });
    expect(all.total).to.equal(500);
    // The rows never sent say so; none is lost from the result.
    while (el.importer.offset + 50 < el.importer.rowTotal) {
      const offset = el.importer.offset;
      button(el, 'Next rows').click();
      await until(el, () => el.importer.offset > offset);
    }
    expect(el.importer.rowTotal).to.equal(620);
    const last = $$(el, 'table[part="results"] tbody tr').map(text);
    expect(last.at(-1)).to.include('Not written (cancelled)');
  });
  it('follows the change feed at review: a contact created or removed elsewhere re-checks the rows it concerns', async () => {
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, contactsFile(3));
    await checkRows(el);
    expect(el.importer.summary).to.include({ rows: 3, create: 3, skip: 0 });

    // Another admin, another session on the same backend, creates the person of row 2.
    const other = w.as('generalAdmin');
    const created = await other.contacts.create({
      name: 'Pessoa Um',
      email: 'Pessoa1@Importada.com.br',
      country: 'BR',
      document: { type: 'cpf', number: cpf(555_001) },
      phone: { countryCode: '55', area: '21', number: '987654321' },
      jobTitle: 'Gerente',
    });
    await until(el, () => el.importer.summary?.skip === 1);
    expect(el.importer.summary).to.include({ rows: 3, create: 2, skip: 1 });
    const row = el.importer.rows.find((view) => view.row === 3)!;
    expect(row.outcome).to.equal('skip');
    expect(row.issues.map((issue) => issue.code)).to.include('csv-exists');
    expect(row.existing?.id).to.equal(created.id);
    expect(text($(el, 'table[part="rows"]'))).to.include('pessoa1@importada.com.br');

    // Removed again elsewhere: the row is a new contact again.
    await other.contacts.remove(created.id, { version: created.version });
    await until(el, () => el.importer.summary?.create === 3);
    expect(el.importer.summary).to.include({ rows: 3, create: 3, skip: 0 });
    expect(el.importer.rows.find((view) => view.row === 3)!.outcome).to.equal('create');
  });

  it("does not re-check on the import's own writes, nor before the rows are checked", async () => {
    const admin = w.as('generalAdmin');
    const calls: string[] = [];
    const el = await mount(
      wrapAdapter(admin, (path, _args, call) => {
        calls.push(path);
        return call();
      }),
      'en',
    );
    await choose(el, contactsFile(2));
    await w.as('generalAdmin').contacts.create({
      name: 'Pessoa Zero',
      email: 'pessoa0@importada.com.br',
      country: 'BR',
      document: { type: 'cpf', number: cpf(555_002) },
      phone: { countryCode: '55', area: '21', number: '987654322' },
      jobTitle: 'Gerente',
    });
    // Past the feed's burst window: anything it would start has started.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(calls).to.not.include('contacts.get');
    await checkRows(el);
    // Checked after the creation: the row is known to exist from the start.
    expect(el.importer.summary).to.include({ rows: 2, create: 1, skip: 1 });
    calls.length = 0;
    button(el, 'Import 1 contact').click();
    await until(el, () => el.importer.step === 'done' && !el.importer.busy);
    // The row the plan skipped was never sent: it is counted all the same.
    expect(text($(el, '[part="summary"]'))).to.equal(
      '1 created, 0 updated, 1 skipped, 0 not imported.',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    expect(calls).to.include('contacts.import');
    expect(calls).to.not.include('contacts.get');
  });
  it('fixes a ragged row cell by cell, and leaves one out or puts it back', async () => {
    const lines = [
      'Nome;E-mail;CPF;DDD;Telefone;Cargo',
      `Pessoa 0;pessoa0@importada.com.br;${cpf(700_000)};11;987650000;Analista`,
      `Pessoa 1;pessoa1@importada.com.br;${cpf(700_001)};11;987650001`,
      `Pessoa 2;pessoa2@importada.com.br;${cpf(700_002)};11;987650002;Analista;sobra`,
    ];
    const el = await mount(w.as('generalAdmin'), 'en');
    await choose(el, new File([lines.join('\r\n')], 'ragged.csv', { type: 'text/csv' }));
    await checkRows(el);
    expect(el.importer.summary).to.include({ rows: 3, create: 1, error: 2 });
    const rows = $(el, 'table[part="rows"]')!;
    expect(text(rows)).to.include('This row has 5 fields where the header has 6.');

    // Too few: the row's fields, each labelled by its header; the missing one filled in.
    const short = $<HTMLFieldSetElement>(el, 'fieldset[part="row-fields"]')!;
    expect(text(short.querySelector('legend'))).to.equal('Fields of row 3');
    const labels = [...short.querySelectorAll('input')].map((input) =>
      input.getAttribute('aria-label'),
    );
    expect(labels).to.deep.equal([
      'Nome of row 3', 'E-mail of row 3', 'CPF of row 3', 'DDD of row 3', 'Telefone of row 3', 'Cargo of row 3',
    ]); // prettier-ignore
    const jobTitle = $<HTMLInputElement>(el, 'input[aria-label="Cargo of row 3"]')!;
    jobTitle.value = 'Gerente';
    jobTitle.dispatchEvent(new Event('change'));
    await until(el, () => el.importer.summary?.error === 1 && !el.importer.busy);
    expect(el.importer.rows.find((row) => row.row === 3)).to.include({ outcome: 'create' });

    // Too many: left out, put back, then its extra field emptied.
    button(el, 'Leave row 4 out').click();
    await until(el, () => el.importer.summary?.skip === 1 && !el.importer.busy);
    expect(el.importer.summary).to.include({ create: 2, skip: 1, error: 0 });
    expect(text(rows)).to.include('You left this row out.');
    expect($(el, 'input[aria-label="Extra field 1 of row 4"]')).to.equal(null);
    button(el, 'Put row 4 back').click();
    await until(el, () => el.importer.summary?.error === 1 && !el.importer.busy);
    const extra = $<HTMLInputElement>(el, 'input[aria-label="Extra field 1 of row 4"]')!;
    expect(extra.value).to.equal('sobra');
    extra.value = '';
    extra.dispatchEvent(new Event('change'));
    await until(el, () => el.importer.summary?.create === 3 && !el.importer.busy);
    expect(el.importer.summary).to.include({ rows: 3, create: 3, skip: 0, error: 0 });
    expect(button(el, 'Import 3 contacts').disabled).to.equal(false);
  });
});
