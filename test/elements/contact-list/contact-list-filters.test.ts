import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MemoryAdapter } from '../../../src/core/adapter/memory/index.js';
import type { ContactQuery, PortalAdapter } from '../../../src/core/adapter/types.js';
import type { Contact } from '../../../src/core/model/index.js';
import type { ContactList } from '../../../src/elements/contact-list/contact-list.js';
import type { QueryChangeDetail } from '../../../src/events.js';
import { mountList, rows, settled } from '../../helpers/contact-list.js';
import { $, $$ } from '../../helpers/dom.js';

/** Wraps the adapter so every `contacts.list` query is recorded. */
function recording(queries: ContactQuery[]) {
  return (memory: MemoryAdapter): PortalAdapter => ({
    ...memory,
    contacts: {
      ...memory.contacts,
      list: (query, options) => {
        queries.push(structuredClone(query ?? {}));
        return memory.contacts.list(query, options);
      },
    },
  });
}

async function openPanel(el: ContactList): Promise<HTMLElement> {
  $<HTMLButtonElement>(el, '[part="filters-button"]')!.click();
  await el.updateComplete;
  // The sites arrive after the panel opens.
  await el.filters.loadSites();
  await el.updateComplete;
  return $(el, '[part="filter-panel"]')!;
}

function check(panel: HTMLElement, key: string, value: string): HTMLInputElement {
  return panel.querySelector<HTMLInputElement>(`[data-filter="${key}"] input[value="${value}"]`)!;
}

/** Ticks (or unticks) a box as a person does, and waits for the answer. */
async function toggle(el: ContactList, box: HTMLInputElement): Promise<QueryChangeDetail> {
  const event = oneEvent(el, 'portico-query-change');
  box.click();
  const detail = (await event).detail as QueryChangeDetail;
  await settled(el);
  return detail;
}

/** The ids of the rows the list holds, sorted (each one the DOM shows is among them). */
function shownIds(el: ContactList): string[] {
  const held = el.rows.items.map((c) => c.id);
  for (const row of rows(el)) expect(held).to.include(row.dataset.id);
  return held.sort();
}
const chipTexts = (el: ContactList) =>
  $$(el, '.chips .chip').map((chip) => chip.textContent.replace('×', '').trim());

/** The ids of the contacts `keep` accepts, sorted. */
function expected(contacts: Contact[], keep: (c: Contact) => boolean): string[] {
  return contacts
    .filter(keep)
    .map((c) => c.id)
    .sort();
}

/** Every contact the list can show, asked of the adapter itself. */
async function everyone(adapter: PortalAdapter): Promise<Contact[]> {
  return (await adapter.contacts.list({ limit: 500 })).items;
}

describe('<contact-list> — the Filters panel and the chips of the active filter', () => {
  it('opens and closes as a disclosure the keyboard reaches', async () => {
    const { el } = await mountList();
    const button = $<HTMLButtonElement>(el, '[part="filters-button"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="filter-panel"]')).to.equal(null);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const panel = $(el, '#filter-panel')!;
    expect(button.getAttribute('aria-controls')).to.equal(panel.id);
    expect(panel.getAttribute('role')).to.equal('group');
    expect(panel.getAttribute('aria-label')).to.equal('Filters');
    expect(panel.querySelector('[data-filter="status"] legend')!.textContent.trim()).to.equal(
      'Status',
    );
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($(el, '[part="filter-panel"]')).to.equal(null);
  });

  it('asks the adapter for several statuses and shows what it answers', async () => {
    const queries: ContactQuery[] = [];
    const { el, adapter } = await mountList({ contacts: 60, wrap: recording(queries) });
    const panel = await openPanel(el);
    await toggle(el, check(panel, 'status', 'invited'));
    const detail = await toggle(el, check(panel, 'status', 'suspended'));
    expect(detail.filter).to.deep.equal({ status: ['invited', 'suspended'] });
    expect(queries.at(-1)!.filter).to.deep.equal({ status: ['invited', 'suspended'] });
    const all = await everyone(adapter);
    const want = expected(all, (c) => c.status === 'invited' || c.status === 'suspended');
    expect(want.length).to.be.greaterThan(0);
    expect(el.rows.total).to.equal(want.length);
    expect(want.length).to.be.lessThan(50);
    expect(shownIds(el)).to.deep.equal(want);
    // The one-value select says the filter holds several.
    const select = $<HTMLSelectElement>(el, '#status-filter')!;
    expect(select.selectedOptions[0]!.textContent.trim()).to.equal('Several');
    expect(chipTexts(el)).to.deep.equal(['Status: Invited', 'Status: Suspended']);
  });

  it('filters by several roles, by site, by tickets in progress and by creation dates', async () => {
    const queries: ContactQuery[] = [];
    const { el, adapter, data } = await mountList({ contacts: 60, wrap: recording(queries) });
    const all = await everyone(adapter);
    const panel = await openPanel(el);
    // The two rarest roles, so the answer fits one page.
    const counts = new Map<string, number>();
    for (const c of all) counts.set(c.role, (counts.get(c.role) ?? 0) + 1);
    const roles = [...counts]
      .sort((a, b) => a[1] - b[1])
      .map(([role]) => role)
      .slice(0, 2);
    expect(roles.length).to.equal(2);
    for (const role of roles) await toggle(el, check(panel, 'role', role));
    expect(queries.at(-1)!.filter).to.deep.equal({ role: roles });
    const ofRoles = expected(all, (c) => roles.includes(c.role));
    expect(ofRoles.length).to.be.lessThan(50);
    expect(shownIds(el)).to.deep.equal(ofRoles);

    const site = all.filter((c) => roles.includes(c.role)).flatMap((c) => c.sites)[0]!.siteId;
    expect(data.sites.some((s) => s.id === site)).to.equal(true);
    const siteDetail = await toggle(el, check(panel, 'site', site));
    expect(siteDetail.filter).to.deep.equal({ role: roles, site: [site] });
    const onSite = (c: Contact) => roles.includes(c.role) && c.sites.some((s) => s.siteId === site);
    expect(shownIds(el)).to.deep.equal(expected(all, onSite));

    const tickets = panel.querySelector<HTMLSelectElement>('#filter-tickets')!;
    tickets.value = 'open';
    const ticketEvent = oneEvent(el, 'portico-query-change');
    tickets.dispatchEvent(new Event('change'));
    expect(((await ticketEvent).detail as QueryChangeDetail).filter.tickets).to.equal('open');
    await settled(el);
    expect(queries.at(-1)!.filter!.tickets).to.equal('open');
    expect(shownIds(el)).to.deep.equal(expected(all, (c) => onSite(c) && c.openTickets > 0));

    // Clear those, then a creation range: from the median creation day on.
    $<HTMLButtonElement>(el, '.clear-filters')!.click();
    await settled(el);
    expect(queries.at(-1)!.filter).to.equal(undefined);
    const days = all.map((c) => c.createdAt.slice(0, 10)).sort();
    const from = days[Math.floor(days.length / 2)]!;
    const input = $<HTMLInputElement>(el, '#filter-createdFrom')!;
    input.value = from;
    const dateEvent = oneEvent(el, 'portico-query-change');
    input.dispatchEvent(new Event('change'));
    expect(((await dateEvent).detail as QueryChangeDetail).filter).to.deep.equal({
      createdFrom: from,
    });
    await settled(el);
    expect(queries.at(-1)!.filter).to.deep.equal({ createdFrom: from });
    const later = expected(all, (c) => Date.parse(c.createdAt) >= Date.parse(from));
    expect(el.rows.total).to.equal(later.length);
    expect(el.rows.total).to.be.lessThan(all.length);
    // The chip names the calendar day in the locale (a date-time without a zone is local).
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
      new Date(`${from}T00:00:00`),
    );
    expect(chipTexts(el)).to.deep.equal([`Created from: ${shown}`]);
  });

  it('shows the last sign-in ("Never" when none), sorts by it, and filters by sign-in', async () => {
    const queries: ContactQuery[] = [];
    const { el, adapter } = await mountList({ contacts: 60, wrap: recording(queries) });
    const all = await everyone(adapter);
    const header = $(el, '[role="columnheader"].lastSignInAt')!;
    expect(header.textContent).to.contain('Last sign-in');
    // Each row says when its contact last signed in, in the locale, or that they never did.
    const never = all.find((c) => !c.lastSignInAt)!;
    const ever = all.find((c) => c.lastSignInAt)!;
    expect(never, 'the data has someone who never signed in').to.not.equal(undefined);
    const cellOf = (id: string) =>
      $(el, `[role="row"][data-id="${id}"] .cell.lastSignInAt`)?.textContent.trim();
    el.search = never.email;
    await settled(el);
    expect(cellOf(never.id)).to.equal('Never');
    el.search = ever.email;
    await settled(el);
    expect(cellOf(ever.id)).to.equal(
      new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(ever.lastSignInAt!)),
    );
    el.search = '';
    await settled(el);

    // The header sorts by it.
    header.querySelector<HTMLButtonElement>('button.sort')!.click();
    await settled(el);
    expect(queries.at(-1)!.sort).to.deep.equal({ field: 'lastSignInAt', direction: 'asc' });
    expect(header.getAttribute('aria-sort')).to.equal('ascending');

    const panel = await openPanel(el);
    const select = panel.querySelector<HTMLSelectElement>('#filter-signedIn')!;
    select.value = 'never';
    const neverEvent = oneEvent(el, 'portico-query-change');
    select.dispatchEvent(new Event('change'));
    expect(((await neverEvent).detail as QueryChangeDetail).filter).to.deep.equal({
      signedIn: 'never',
    });
    await settled(el);
    expect(queries.at(-1)!.filter).to.deep.equal({ signedIn: 'never' });
    expect(shownIds(el)).to.deep.equal(expected(all, (c) => !c.lastSignInAt));
    expect(chipTexts(el)).to.deep.equal(['Never signed in']);

    // A range of the last sign-in: from the median day on; never-signed-in people are out of it.
    $<HTMLButtonElement>(el, '.clear-filters')!.click();
    await settled(el);
    const days = all.flatMap((c) => (c.lastSignInAt ? [c.lastSignInAt.slice(0, 10)] : [])).sort();
    const from = days[Math.floor(days.length / 2)]!;
    const input = $<HTMLInputElement>(el, '#filter-lastSignInFrom')!;
    input.value = from;
    input.dispatchEvent(new Event('change'));
    await settled(el);
    expect(queries.at(-1)!.filter).to.deep.equal({ lastSignInFrom: from });
    const recent = expected(
      all,
      (c) => c.lastSignInAt !== undefined && Date.parse(c.lastSignInAt) >= Date.parse(from),
    );
    expect(recent.length).to.be.greaterThan(0);
    expect(shownIds(el)).to.deep.equal(recent);
    const shown = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
      new Date(`${from}T00:00:00`),
    );
    expect(chipTexts(el)).to.deep.equal([`Last sign-in from: ${shown}`]);
  });

  it('takes one part out with its chip, and every part out with "Clear all filters"', async () => {
    const queries: ContactQuery[] = [];
    const { el } = await mountList({ contacts: 60, wrap: recording(queries) });
    el.filter = { status: ['active', 'invited'], tickets: 'none' };
    await settled(el);
    expect(chipTexts(el)).to.deep.equal([
      'Status: Active',
      'Status: Invited',
      'Without tickets in progress',
    ]);
    const chip = $<HTMLButtonElement>(el, '.chip[data-part="status:invited"]')!;
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter Status: Invited');
    const removed = oneEvent(el, 'portico-query-change');
    chip.click();
    expect(((await removed).detail as QueryChangeDetail).filter).to.deep.equal({
      status: ['active'],
      tickets: 'none',
    });
    await settled(el);
    expect(queries.at(-1)!.filter).to.deep.equal({ status: ['active'], tickets: 'none' });
    expect(el.rows.items.every((c) => c.status === 'active' && c.openTickets === 0)).to.equal(true);
    // Focus moves to the next chip, not to the page.
    expect(el.shadowRoot!.activeElement?.classList.contains('chip')).to.equal(true);

    const cleared = oneEvent(el, 'portico-query-change');
    $<HTMLButtonElement>(el, '.clear-filters')!.click();
    expect(((await cleared).detail as QueryChangeDetail).filter).to.deep.equal({});
    await settled(el);
    expect(queries.at(-1)!.filter).to.equal(undefined);
    expect(el.rows.total).to.equal(60);
    expect($(el, '[part="filter-chips"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="filters-button"]'));
  });

  it('shows the filter the host keeps: a host that sets it back from portico-query-change leaves no box ticked', async () => {
    const { el } = await mountList({ contacts: 60 });
    const panel = await openPanel(el);
    // A host that allows no status filter: it restores the list from the event, as the docs say.
    el.addEventListener('portico-query-change', () => {
      el.filter = {};
    });
    const invited = check(panel, 'status', 'invited');
    await toggle(el, invited);
    await settled(el);
    expect(el.rows.state.filter).to.deep.equal({});
    expect(invited.checked).to.equal(false);
    expect($(el, '[part="filter-chips"]')).to.equal(null);
    // The same for a box the host unticks again: the box follows the filter, not the click.
    el.filter = { status: ['invited'] };
    await settled(el);
    expect(invited.checked).to.equal(true);
    el.addEventListener('portico-query-change', () => {
      el.filter = { status: ['invited'] };
    });
    await toggle(el, invited);
    await settled(el);
    expect(el.rows.state.filter).to.deep.equal({ status: ['invited'] });
    expect(invited.checked).to.equal(true);
  });

  it('a select or a date (panel or toolbar) the host sets back shows the filter kept, not the choice made', async () => {
    const { el } = await mountList({ contacts: 60 });
    const panel = await openPanel(el);
    el.addEventListener('portico-query-change', () => {
      el.filter = {};
    });
    const tickets = panel.querySelector<HTMLSelectElement>('#filter-tickets')!;
    const from = panel.querySelector<HTMLInputElement>('#filter-createdFrom')!;
    const status = $<HTMLSelectElement>(el, '#status-filter')!;
    const role = $<HTMLSelectElement>(el, '#role-filter')!;
    for (const [control, value] of [
      [tickets, 'open'],
      [from, '2026-01-01'],
      [status, 'active'],
      [role, role.options[1]!.value],
    ] as const) {
      const event = oneEvent(el, 'portico-query-change');
      control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
      expect(((await event).detail as QueryChangeDetail).filter).to.not.deep.equal({});
      await settled(el);
      expect(el.rows.state.filter).to.deep.equal({});
      expect(control.value).to.equal('');
    }
    // A filter the host sets is shown in each; two statuses read "Several".
    el.filter = { tickets: 'open', createdFrom: '2026-02-01', status: ['active', 'invited'] };
    await settled(el);
    expect(tickets.value).to.equal('open');
    expect(from.value).to.equal('2026-02-01');
    expect(status.selectedOptions[0]!.textContent.trim()).to.equal('Several');
    el.filter = { status: ['invited'] };
    await settled(el);
    expect(status.value).to.equal('invited');
    expect(tickets.value).to.equal('');
    // A value no option has (a role the policy lacks) shows "All", never an empty select.
    el.filter = { role: ['nobody'], tickets: 'someday' as never };
    await settled(el);
    for (const select of [role, tickets]) {
      expect(select.selectedIndex).to.equal(0);
      expect(select.value).to.equal('');
    }
  });

  it('speaks pt-BR', async () => {
    const { el } = await mountList({ lang: 'pt-BR' });
    el.filter = { tickets: 'open', createdBefore: '2026-01-31', signedIn: 'ever' };
    await settled(el);
    const panel = await openPanel(el);
    expect(
      panel.querySelector('label[for="filter-lastSignInBefore"]')!.textContent.trim(),
    ).to.equal('Último acesso antes de');
    expect($(el, '[role="columnheader"].lastSignInAt')!.textContent).to.contain('Último acesso');
    expect($(el, '[part="filters-button"]')!.textContent).to.contain('Filtros');
    expect(panel.querySelector('label[for="filter-createdBefore"]')!.textContent.trim()).to.equal(
      'Criado antes de',
    );
    expect(chipTexts(el)).to.deep.equal([
      'Com chamados em andamento',
      'Criado antes de: 31 de jan. de 2026',
      'Já acessou',
    ]);
    expect($(el, '.clear-filters')!.textContent.trim()).to.equal('Limpar todos os filtros');
  });
});
