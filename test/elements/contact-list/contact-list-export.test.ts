import { expect, waitUntil } from '@open-wc/testing';
import { AdapterError } from '../../../src/core/adapter/errors.js';
import { parseRecord } from '../../../src/core/csv/index.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import ptWords from '../../../src/i18n/glossary/pt-BR.js';
import { mountList, rows, searchFor, settled, toastText } from '../../helpers/contact-list.js';
import { wrapAdapter } from '../../helpers/adapters.js';
import { $, button } from '../../helpers/dom.js';

/** A file the list handed to the browser to download. */
interface Download {
  name: string;
  text: string;
}

/**
 * Catches the downloads the page starts (the object URL's blob and the link's file name) instead of
 * letting the browser save them; `restore()` puts the browser's own back.
 */
function catchDownloads(): { files: Download[]; restore: () => void } {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL.bind(URL);
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = createObjectURL(blob);
    if (blob instanceof Blob) blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob || !this.download) return click.call(this);
    void blob.text().then((text) => files.push({ name: this.download, text }));
  };
  return {
    files,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** The CSV's records (no BOM), each split into fields. */
const records = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => parseRecord(line, ';'));

async function exported(el: ContactList, files: Download[], control: HTMLElement) {
  const before = files.length;
  control.click();
  await waitUntil(() => files.length > before, 'the file is downloaded');
  await el.updateComplete;
  return files.at(-1)!;
}

describe('<contact-list> — export as CSV', () => {
  let downloads: ReturnType<typeof catchDownloads>;
  beforeEach(() => {
    downloads = catchDownloads();
  });
  afterEach(() => downloads.restore());

  it('exports every contact matching the search and filter, across pages, in the list order', async () => {
    const { el, adapter } = await mountList({ contacts: 260 });
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    status.value = 'active';
    status.dispatchEvent(new Event('change'));
    await settled(el);
    await searchFor(el, 'a');
    // The list holds one page of more than one.
    expect(el.rows.total).to.be.greaterThan(el.rows.items.length);
    expect(rows(el).length).to.be.lessThan(el.rows.items.length);

    const file = await exported(el, downloads.files, $(el, '[part="export-button"]')!);
    const [header, ...lines] = records(file.text);
    expect(file.name).to.equal('contacts.csv');
    const expected = await adapter.contacts.list({
      search: 'a',
      filter: { status: ['active'] },
      limit: 500,
    });
    expect(expected.nextCursor).to.equal(null);
    const email = header!.indexOf('E-mail');
    expect(lines.map((line) => line[email])).to.deep.equal(expected.items.map((c) => c.email));
    expect(lines.map((line) => line[header!.indexOf('Status')])).to.satisfy((all: string[]) =>
      all.every((s) => s === 'Active'),
    );
    expect(toastText(el)).to.contain(`Exported ${expected.total} contacts.`);
    await expect(el).to.be.accessible();
  });

  it("escapes a formula prefix: =cmd is written as '=cmd", async () => {
    const { el } = await mountList({
      mutate: (data) => {
        const contact = data.contacts.find((c) => c.id === 'ct-000003')!;
        contact.name = '=cmd|" /C calc"!A0';
        contact.jobTitle = '@SUM(A1)';
      },
    });
    await searchFor(el, 'sonia.xavier');
    const file = await exported(el, downloads.files, $(el, '[part="export-button"]')!);
    const line = file.text.split('\r\n')[1]!;
    expect(line.startsWith(`"'=cmd|"" /C calc""!A0";sonia.xavier@horizonte.com.br;`)).to.equal(
      true,
    );
    expect(line).to.contain(`;"'@SUM(A1)";`);
    const [, row] = records(file.text);
    expect(row![0]).to.equal(`'=cmd|" /C calc"!A0`);
  });

  it('exports the selection in pt-BR words, from the bulk bar', async () => {
    const { el, data } = await mountList({ lang: 'pt-BR' });
    const boxes = rows(el).map((row) => row.querySelector<HTMLInputElement>('input')!);
    boxes[0]!.click();
    boxes[2]!.click();
    await el.updateComplete;
    const bar = $(el, '[part="bulk-bar"]')!;
    const file = await exported(el, downloads.files, button(bar, 'Exportar selecionados'));
    expect(file.name).to.equal('contatos-selecionados.csv');
    const [header, ...lines] = records(file.text);
    expect(header).to.deep.equal([
      'Nome',
      'E-mail',
      'País',
      'Tipo de documento',
      'CPF ou documento',
      'DDI',
      'DDD',
      'Telefone',
      'Cargo',
      'Empresa',
      'Endereço',
      'Observações',
      'Autorizado a usar consultoria',
      'Perfil',
      'Status',
      'Sites',
      'Chamados em andamento',
      'Criado em',
      'Último acesso',
    ]);
    const ids = [rows(el)[0]!.dataset.id, rows(el)[2]!.dataset.id];
    expect(lines.map((line) => line[1])).to.deep.equal(
      ids.map((id) => data.contacts.find((c) => c.id === id)!.email),
    );
    const cell = (line: string[], name: string) => line[header!.indexOf(name)];
    const first = data.contacts.find((c) => c.id === ids[0])!;
    expect(cell(lines[0]!, 'País')).to.equal('Brasil');
    expect(cell(lines[0]!, 'Perfil')).to.equal(
      ptWords.role[first.role as keyof typeof ptWords.role],
    );
    expect(cell(lines[0]!, 'Status')).to.equal(ptWords.status[first.status]);
    expect(cell(lines[0]!, 'Autorizado a usar consultoria')).to.equal(
      first.consultingAuthorized ? 'Sim' : 'Não',
    );
    expect(cell(lines[0]!, 'Criado em')).to.equal(first.createdAt.slice(0, 10));
    expect(toastText(el)).to.contain('2 contatos exportados.');
  });

  it('exports "all matching the filter" minus the rows unticked, pages not loaded included', async () => {
    const { el } = await mountList({ contacts: 160 });
    rows(el)[0]!.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    button($(el, '[part="bulk-bar"]')!, /Select all 160 contacts/).click();
    await el.updateComplete;
    const dropped = rows(el)[1]!.dataset.id!;
    rows(el)[1]!.querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    expect(el.rows.items.length).to.be.lessThan(160);
    const bar = $(el, '[part="bulk-bar"]')!;
    const file = await exported(el, downloads.files, button(bar, 'Export selected'));
    const lines = records(file.text).slice(1);
    expect(lines).to.have.length(159);
    const droppedEmail = el.rows.items.find((c) => c.id === dropped)!.email;
    expect(lines.map((line) => line[1])).not.to.include(droppedEmail);
  });
  it('a page that fails mid-export says why, downloads nothing, and the next try works', async () => {
    let failNext = false;
    const { el } = await mountList({
      contacts: 120,
      wrap: (memory) =>
        wrapAdapter(memory, (path, args, call) => {
          const query = args[0] as { cursor?: string | null; limit?: number } | undefined;
          if (path === 'contacts.list' && failNext && query?.limit === 500) {
            failNext = false;
            return Promise.reject(new AdapterError('network', 'offline'));
          }
          return call();
        }),
    });
    failNext = true;
    const exportButton = $<HTMLButtonElement>(el, '[part="export-button"]')!;
    exportButton.click();
    await waitUntil(
      () => toastText(el).includes('The server could not be reached'),
      'the failure is told',
    );
    await el.updateComplete;
    expect(downloads.files).to.have.length(0);
    expect(exportButton.getAttribute('aria-disabled')).to.equal('false');
    const file = await exported(el, downloads.files, exportButton);
    expect(records(file.text)).to.have.length(121);
  });
});
